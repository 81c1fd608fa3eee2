"""HTML rendering of analyzed documents, for Jupyter and for standalone pages.

``Document._repr_html_()`` and ``Document.to_html()`` call into this module; :func:`render` and
:class:`Display` do the same for a list of documents (a notebook shows ``Display(docs)`` as one
block), and :func:`save` writes a standalone page.

What the rendering promises:

- The text reads right to left (``dir="rtl"``, ``lang="ar"``), every mention in its own bidi
  isolate, and every piece of text holding a bidi control character (an embedding, override or
  isolate left open) in an isolate of its own, so Latin names, digits or stray controls in the
  text cannot reorder the rest of the line.
- Entities are highlighted by label with a legend of the labels present; date and time mentions
  carry their resolved value; numbers are underlined and show their parsed value on hover (the
  ``title`` attribute, and ``data-value`` for scripts).
- All text from the document — the text itself, mention texts, labels, units, values — is
  escaped; colours and class names come from fixed tables, never from the document. A document
  containing ``<script>`` renders as those characters.
- Readable in light and dark themes: colours are CSS variables with a dark set chosen by
  ``prefers-color-scheme`` and by JupyterLab's and VS Code's dark themes.

The renderer duck-types its input: anything with ``.text`` and (optionally) ``.entities``,
``.numbers``, ``.dates`` lists of objects with ``.start``/``.end`` in code points works.

Example:
    >>> import dhad
    >>> html = dhad.analyze("وصل الوفد <b>").to_html()
    >>> "&lt;b&gt;" in html and "<b>" not in html
    True
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any, Iterable

__all__ = ["LABELS", "Display", "render", "save", "document_fragment", "document_page", "documents_fragment"]

#: Labels with a colour of their own, in legend order, and what each means.
LABELS: dict[str, str] = {
    "PER": "person",
    "LOC": "place",
    "ORG": "organization",
    "MISC": "other name",
    "DATE": "date",
    "TIME": "time",
    "NUM": "number",
}

STYLE = """<style>
.dhad{--dhad-per:#f7b2b2;--dhad-loc:#a8dcb1;--dhad-org:#a9cbf3;--dhad-misc:#ead29b;
  --dhad-date:#d2b4ee;--dhad-time:#f0b5e0;--dhad-other:#d9d9d9;--dhad-mark-fg:#111;
  --dhad-num:#b35c00;--dhad-muted:#666;color:inherit}
@media (prefers-color-scheme:dark){.dhad{--dhad-per:#7a2f2f;--dhad-loc:#2f6b3a;--dhad-org:#2f4f7f;
  --dhad-misc:#6f5a22;--dhad-date:#5b3a7f;--dhad-time:#7a3466;--dhad-other:#555;--dhad-mark-fg:#f3f3f3;
  --dhad-num:#ffb060;--dhad-muted:#aaa}}
[data-jp-theme-light="false"] .dhad,body.vscode-dark .dhad,body.vscode-high-contrast .dhad,
.dhad.dhad-dark{--dhad-per:#7a2f2f;--dhad-loc:#2f6b3a;--dhad-org:#2f4f7f;--dhad-misc:#6f5a22;
  --dhad-date:#5b3a7f;--dhad-time:#7a3466;--dhad-other:#555;--dhad-mark-fg:#f3f3f3;--dhad-num:#ffb060;
  --dhad-muted:#aaa}
[data-jp-theme-light="true"] .dhad,body.vscode-light .dhad,.dhad.dhad-light{--dhad-per:#f7b2b2;
  --dhad-loc:#a8dcb1;--dhad-org:#a9cbf3;--dhad-misc:#ead29b;--dhad-date:#d2b4ee;--dhad-time:#f0b5e0;
  --dhad-other:#d9d9d9;--dhad-mark-fg:#111;--dhad-num:#b35c00;--dhad-muted:#666}
.dhad-doc{direction:rtl;text-align:right;line-height:2.3;font-size:1.15em;unicode-bidi:isolate;
  font-family:'Noto Naskh Arabic','Amiri','Segoe UI',Tahoma,sans-serif;margin:.2em 0 .8em 0}
.dhad-doc mark{border-radius:.35em;padding:.1em .3em;color:var(--dhad-mark-fg);unicode-bidi:isolate;
  background:var(--dhad-other)}
.dhad-doc mark.dhad-per{background:var(--dhad-per)}.dhad-doc mark.dhad-loc{background:var(--dhad-loc)}
.dhad-doc mark.dhad-org{background:var(--dhad-org)}.dhad-doc mark.dhad-misc{background:var(--dhad-misc)}
.dhad-doc mark.dhad-date{background:var(--dhad-date)}.dhad-doc mark.dhad-time{background:var(--dhad-time)}
.dhad-label{font-size:.62em;font-weight:bold;margin-inline-start:.35em;font-family:monospace;
  unicode-bidi:isolate;vertical-align:middle}
.dhad-num{border-bottom:2px dotted var(--dhad-num);unicode-bidi:isolate;cursor:help}
.dhad-legend{direction:ltr;text-align:left;font-size:.8em;margin:.2em 0;color:var(--dhad-muted)}
.dhad-legend mark{border-radius:.3em;padding:0 .4em;color:var(--dhad-mark-fg);
  background:var(--dhad-other)}
.dhad-legend mark.dhad-per{background:var(--dhad-per)}.dhad-legend mark.dhad-loc{background:var(--dhad-loc)}
.dhad-legend mark.dhad-org{background:var(--dhad-org)}.dhad-legend mark.dhad-misc{background:var(--dhad-misc)}
.dhad-legend mark.dhad-date{background:var(--dhad-date)}.dhad-legend mark.dhad-time{background:var(--dhad-time)}
.dhad-legend .dhad-num{color:inherit}.dhad-legend .dhad-item{margin-right:.9em;white-space:nowrap}
</style>"""

_CLASS_SAFE = re.compile(r"[^a-z0-9_-]")


def _esc(value: Any) -> str:
    """Any value as escaped HTML text, safe inside element content and quoted attributes."""
    return html.escape(str(value), quote=True)


def _label_class(label: str) -> str:
    """A CSS class for a label: ``dhad-per`` for the known ones, ``dhad-other`` otherwise."""
    return "dhad-" + label.lower() if label in LABELS else "dhad-other"


def _fmt_value(v: Any) -> str:
    if v is None:
        return "?"
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        return f"{v:,.6g}" if abs(v) < 1e15 else repr(v)
    iso = getattr(v, "isoformat", None)
    return iso() if callable(iso) else str(v)


def _number_title(n: Any) -> str:
    """The hover text of a number: ``"3,500 (cardinal)"``, ``"about 100 (cardinal) لاجئ"``."""
    value = _fmt_value(getattr(n, "value", None))
    range_end = getattr(n, "range_end", None)
    if range_end is not None:
        value += "–" + _fmt_value(range_end)
    approx = getattr(n, "approx", None)
    if approx:
        value = approx.replace("_", " ") + " " + value
    kind = getattr(n, "kind", None)
    title = f"{value} ({kind})" if kind else value
    unit = getattr(n, "unit", None)
    if unit:
        title += f" {unit}"
    return title


_GRAIN_FORMAT = {
    "year": "%Y",
    "month": "%Y-%m",
    "week": "%Y-%m-%d",
    "day": "%Y-%m-%d",
    "hour": "%Y-%m-%d %H:%M",
    "minute": "%Y-%m-%d %H:%M",
}


def _fmt_moment(v: Any, grain: Any) -> str:
    """A datetime as precise as its grain (``2024-03`` for a month); anything else as text."""
    fmt = _GRAIN_FORMAT.get(grain) if isinstance(grain, str) else None
    if fmt and hasattr(v, "strftime"):
        try:
            return v.strftime(fmt) + (v.strftime(" %z") if getattr(v, "tzinfo", None) else "")
        except (ValueError, TypeError):
            pass
    return _fmt_value(v)


def _date_title(d: Any) -> str:
    value = getattr(d, "value", None)
    grain = getattr(d, "grain", None)
    text = _fmt_moment(value, grain) if value is not None else "unresolved"
    end_value = getattr(d, "end_value", None)
    if end_value is not None:
        text += " – " + _fmt_moment(end_value, grain)
    extra = [x for x in (getattr(d, "grain", None), getattr(d, "calendar", None)) if x]
    return f"{getattr(d, 'label', 'DATE')}: {text}" + (f" ({', '.join(extra)})" if extra else "")


def _valid(m: Any, n: int) -> bool:
    s, e = getattr(m, "start", None), getattr(m, "end", None)
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n


class _Mark:
    __slots__ = ("start", "end", "label", "title", "value")

    def __init__(self, start: int, end: int, label: str, title: str, value: Any = None) -> None:
        self.start, self.end, self.label, self.title, self.value = start, end, label, title, value


def _marks(doc: Any) -> tuple[list[_Mark], list[_Mark]]:
    """Highlighted spans (entities and dates, not overlapping) and numbers (each either inside one
    highlight or outside all, not overlapping), both sorted by position."""
    n = len(doc.text)
    outer: list[_Mark] = []
    for e in getattr(doc, "entities", None) or ():
        if _valid(e, n):
            source = getattr(e, "source", None)
            label = str(getattr(e, "label", "MISC"))
            title = f"{label} · {LABELS.get(label, 'name')}" + (f" ({source})" if source else "")
            outer.append(_Mark(e.start, e.end, label, title))
    by_span = {(m.start, m.end): m for m in outer}
    for d in getattr(doc, "dates", None) or ():
        if not _valid(d, n):
            continue
        title = _date_title(d)
        same = by_span.get((d.start, d.end))
        if same is not None:  # the DATE/TIME entity of the same mention: add the resolved value
            same.title = f"{title} — {same.title}"
            continue
        outer.append(_Mark(d.start, d.end, str(getattr(d, "label", "DATE")), title))
    outer.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mark] = []
    for m in outer:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    nums: list[_Mark] = []
    candidates = sorted(
        (x for x in (getattr(doc, "numbers", None) or ()) if _valid(x, n)), key=lambda x: (x.start, -(x.end - x.start))
    )
    j = 0
    for x in candidates:
        if nums and x.start < nums[-1].end:
            continue
        while j < len(kept) and kept[j].end <= x.start:
            j += 1
        # Keep it when it lies wholly inside the highlight at j, or wholly before it.
        if j < len(kept) and x.end > kept[j].start and not (kept[j].start <= x.start and x.end <= kept[j].end):
            continue
        nums.append(_Mark(x.start, x.end, "NUM", _number_title(x), getattr(x, "value", None)))
    return kept, nums


#: Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). One left open
#: in the text (pasted text often has them) reorders everything after it up to the line's end.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _text(s: str) -> str:
    """``s`` as HTML: escaped, line breaks as ``<br>``, and each line piece holding a bidi control
    in an isolate of its own (``dir`` isolates without the stylesheet too), so the control
    cannot reach the text, the mentions or the lines after it."""
    if _BIDI_CONTROL.search(s) is None:
        return _esc(s).replace("\n", "<br>")
    return "<br>".join(
        f'<span class="dhad-iso" dir="rtl">{_esc(line)}</span>' if _BIDI_CONTROL.search(line) else _esc(line)
        for line in s.split("\n")
    )


def _render_numbers(text: str, a: int, b: int, nums: list[_Mark], k: int, out: list[str]) -> int:
    """Write ``text[a:b]`` with the numbers from ``nums[k]`` on that lie in it; return the next k."""
    pos = a
    while k < len(nums) and nums[k].end <= b:
        m = nums[k]
        out.append(_text(text[pos : m.start]))
        out.append(
            f'<span class="dhad-num" title="{_esc(m.title)}" data-value="{_esc(m.value)}">'
            f"{_text(text[m.start : m.end])}</span>"
        )
        pos = m.end
        k += 1
    out.append(_text(text[pos:b]))
    return k


def _body(doc: Any) -> tuple[str, list[str]]:
    """The marked-up text and the labels it uses (legend order)."""
    text = doc.text
    outer, nums = _marks(doc)
    out: list[str] = []
    pos, k = 0, 0
    for m in outer:
        k = _render_numbers(text, pos, m.start, nums, k, out)
        out.append(f'<mark class="dhad-ent {_label_class(m.label)}" data-label="{_esc(m.label)}" title="{_esc(m.title)}">')
        k = _render_numbers(text, m.start, m.end, nums, k, out)
        out.append(f'<span class="dhad-label" dir="ltr">{_esc(m.label)}</span></mark>')
        pos = m.end
    _render_numbers(text, pos, len(text), nums, k, out)
    used = {m.label for m in outer} | ({"NUM"} if nums else set())
    order = [lab for lab in LABELS if lab in used] + sorted(used - set(LABELS))
    return "".join(out), order


def _legend(labels: Iterable[str]) -> str:
    items = []
    for lab in labels:
        if lab == "NUM":
            items.append(
                '<span class="dhad-item"><span class="dhad-num" title="hover a number for its value">NUM</span> '
                "number (hover for its value)</span> "
            )
        else:
            items.append(
                f'<span class="dhad-item"><mark class="{_label_class(lab)}">{_esc(lab)}</mark> '
                f"{_esc(LABELS.get(lab, 'other'))}</span> "
            )
    return f'<div class="dhad-legend">{"".join(items)}</div>' if items else ""


def _doc_div(body: str) -> str:
    return f'<div class="dhad-doc" dir="rtl" lang="ar">{body}</div>'


def document_fragment(doc: Any) -> str:
    """An HTML fragment for one document: a legend of the labels present, then the text."""
    body, labels = _body(doc)
    return f'{STYLE}<div class="dhad">{_legend(labels)}{_doc_div(body)}</div>'


#: Where a list of documents holds None (a bad item of ``analyze_batch(..., errors="none")``).
_MISSING = '<div class="dhad-missing" title="no document (None)" style="color:var(--dhad-muted)">—</div>'


def documents_fragment(docs: Iterable[Any]) -> str:
    """An HTML fragment for many documents: one legend for all of them, then each text (a dash
    for a ``None``, so that the others keep their places)."""
    parts: list[str] = []
    seen: list[str] = []
    for doc in docs:
        if doc is None:
            parts.append(_MISSING)
            continue
        body, labels = _body(doc)
        parts.append(_doc_div(body))
        seen.extend(lab for lab in labels if lab not in seen)
    order = [lab for lab in LABELS if lab in seen] + sorted(set(seen) - set(LABELS))
    return f'{STYLE}<div class="dhad">{_legend(order)}{"".join(parts)}</div>'


def _page(fragment: str, title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        '<meta name="color-scheme" content="light dark">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title>"
        "<style>body{max-width:52em;margin:2em auto;padding:0 1em;background:Canvas;color:CanvasText}</style>"
        f"</head><body>{fragment}</body></html>\n"
    )


def document_page(doc: Any, title: str = "dhad") -> str:
    """A standalone HTML page for one document (what ``Document.to_html()`` returns)."""
    return _page(document_fragment(doc), title)


def render(docs: Any, *, page: bool = False, title: str = "dhad") -> str:
    """HTML for one document or a list of them.

    Args:
        docs: A ``dhad.Document`` (or anything with ``.text``), or an iterable of them.
        page: A standalone page (``<!DOCTYPE html>`` …) instead of a fragment.
        title: The page title.

    Returns:
        The HTML as a string.
    """
    frag = document_fragment(docs) if hasattr(docs, "text") else documents_fragment(docs)
    return _page(frag, title) if page else frag


def save(docs: Any, path: str | Path, *, title: str = "dhad") -> Path:
    """Write :func:`render` ``(docs, page=True)`` to ``path`` (UTF-8) and return the path."""
    p = Path(path)
    p.write_text(render(docs, page=True, title=title), encoding="utf-8")
    return p


class Display:
    """Documents shown together in Jupyter: ``Display(dhad.analyze_batch(texts))``."""

    def __init__(self, docs: Any) -> None:
        self.docs = [docs] if hasattr(docs, "text") else list(docs)

    def _repr_html_(self) -> str:
        return documents_fragment(self.docs)

    def __repr__(self) -> str:
        return f"Display({len(self.docs)} documents)"
