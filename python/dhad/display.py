"""HTML rendering of documents for Jupyter (``Document._repr_html_``) and standalone pages."""

from __future__ import annotations

import html
from typing import Any

COLORS = {
    "PER": "#f4a3a3",
    "LOC": "#9fd3a8",
    "ORG": "#9cc3f0",
    "MISC": "#e3c98f",
    "DATE": "#c9a7e8",
    "TIME": "#e8a7d8",
    "NUM": "#d9d9d9",
}

STYLE = """
<style>
.dhad-doc{direction:rtl;text-align:right;line-height:2.2;font-size:1.15em;color:inherit;
  font-family:'Noto Naskh Arabic','Amiri','Segoe UI',Tahoma,sans-serif;unicode-bidi:isolate}
.dhad-doc mark{border-radius:.35em;padding:.1em .3em;color:#111}
.dhad-doc mark .dhad-label{font-size:.65em;font-weight:bold;margin-inline-start:.3em;
  font-family:monospace;direction:ltr;unicode-bidi:isolate}
.dhad-doc .dhad-num{border-bottom:2px dotted #888;background:none;color:inherit}
.dhad-legend{direction:ltr;font-size:.8em;margin-bottom:.4em}
.dhad-legend span{border-radius:.3em;padding:0 .4em;margin-right:.4em;color:#111}
</style>
"""


def _marks(doc: Any) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, label, title) for entities, dates and numbers, without overlaps."""
    marks: list[tuple[int, int, str, str, str]] = []
    for e in doc.entities:
        marks.append((e.start, e.end, "ent", e.label, f"{e.label} ({e.source})"))
    for d in getattr(doc, "dates", []):
        value = d.value.isoformat() if d.value is not None else "unresolved"
        marks.append((d.start, d.end, "ent", d.label, f"{d.label}: {value} ({d.grain})"))
    for n in doc.numbers:
        title = f"{n.kind}: {n.value}"
        if n.range_end is not None:
            title += f"–{n.range_end}"
        if n.unit:
            title += f" {n.unit}"
        marks.append((n.start, n.end, "num", "NUM", title))
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str, str, str]] = []
    end = -1
    for m in marks:
        if m[0] >= end:
            kept.append(m)
            end = m[1]
    return kept


def document_fragment(doc: Any) -> str:
    """An HTML fragment: legend, then the text right-to-left with every mention marked."""
    text = doc.text
    out: list[str] = []
    pos = 0
    labels_seen: list[str] = []
    for start, end, kind, label, title in _marks(doc):
        out.append(html.escape(text[pos:start]))
        span_text = html.escape(text[start:end])
        if kind == "num":
            out.append(f'<span class="dhad-num" title="{html.escape(title, quote=True)}">{span_text}</span>')
        else:
            color = COLORS.get(label, "#ddd")
            out.append(
                f'<mark class="dhad-ent dhad-{html.escape(label.lower())}" style="background:{color}" '
                f'title="{html.escape(title, quote=True)}">{span_text}'
                f'<span class="dhad-label">{html.escape(label)}</span></mark>'
            )
        if label not in labels_seen:
            labels_seen.append(label)
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    legend = "".join(
        f'<span style="background:{COLORS.get(lab, "#ddd")}">{html.escape(lab)}</span>' for lab in labels_seen
    )
    return f'{STYLE}<div class="dhad-legend">{legend}</div><div class="dhad-doc" dir="rtl" lang="ar">{body}</div>'


def document_page(doc: Any) -> str:
    """A standalone HTML page for one document."""
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<title>dhad</title></head><body>" + document_fragment(doc) + "</body></html>\n"
    )
