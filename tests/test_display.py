"""HTML display: structure, labels, hover values, right-to-left, escaping (parsed with html.parser)."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from types import SimpleNamespace as NS


import dhad
from dhad import display


class Tree(HTMLParser):
    """Collects every element (tag, attrs, text inside it) and the text of the document divs."""

    VOID = {"br", "meta", "img", "hr", "input", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self.stack: list[dict] = []
        self.docs: list[str] = []  # text of each .dhad-doc, labels left out, <br> as "\n"

    def _in(self, cls: str) -> bool:
        return any(cls in e["class"] for e in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        el = {"tag": tag, "attrs": a, "class": (a.get("class") or "").split(), "text": ""}
        self.elements.append(el)
        if tag == "br" and self._in("dhad-doc"):
            self.docs[-1] += "\n"
        if tag in self.VOID:
            return
        if "dhad-doc" in el["class"]:
            self.docs.append("")
        self.stack.append(el)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1]["tag"] == tag, f"unbalanced </{tag}>"
        self.stack.pop()

    def handle_data(self, data):
        for el in self.stack:
            el["text"] += data
        if self._in("dhad-doc") and not self._in("dhad-label"):
            self.docs[-1] += data

    def find(self, cls: str) -> list[dict]:
        return [e for e in self.elements if cls in e["class"]]


def parse(html: str) -> Tree:
    t = Tree()
    t.feed(html)
    t.close()
    assert not t.stack, "unclosed elements"
    return t


def number(text, sub, value, kind="cardinal", approx=None, range_end=None, unit=None, at=0):
    i = text.index(sub, at)
    return NS(text=sub, start=i, end=i + len(sub), value=value, kind=kind, approx=approx, range_end=range_end, unit=unit)


def entity(text, sub, label, source="gazetteer", at=0):
    i = text.index(sub, at)
    return NS(text=sub, start=i, end=i + len(sub), label=label, source=source)


def date(text, sub, value, grain="day", label="DATE", end_value=None, calendar="gregorian"):
    i = text.index(sub)
    return NS(text=sub, start=i, end=i + len(sub), label=label, value=value, grain=grain, end_value=end_value, calendar=calendar)


TEXT = "زار محمد العلي القاهرة في ١٥ مارس ٢٠٢٤ مع ٣٠٠٠ شخص من الأمم المتحدة"


def rich_doc() -> NS:
    t = TEXT
    return NS(
        text=t,
        entities=[
            entity(t, "محمد العلي", "PER", "model"),
            entity(t, "القاهرة", "LOC"),
            entity(t, "الأمم المتحدة", "ORG"),
            entity(t, "١٥ مارس ٢٠٢٤", "DATE", "rule"),
        ],
        numbers=[number(t, "٣٠٠٠", 3000, unit="شخص"), number(t, "١٥", 15), number(t, "٢٠٢٤", 2024)],
        dates=[date(t, "١٥ مارس ٢٠٢٤", dt.datetime(2024, 3, 15))],
    )


def test_plain_document_round_trips_and_is_rtl():
    doc = dhad.analyze("وصل الوفد.\nثم غادر")
    tree = parse(doc._repr_html_())
    (div,) = tree.find("dhad-doc")
    assert div["attrs"]["dir"] == "rtl" and div["attrs"]["lang"] == "ar"
    assert tree.docs == ["وصل الوفد.\nثم غادر"]
    assert [e["tag"] for e in tree.elements].count("br") == 1


def test_entities_dates_and_numbers_are_marked_with_labels_and_hover_values():
    doc = rich_doc()
    tree = parse(display.document_fragment(doc))
    assert tree.docs == [TEXT]  # the text survives exactly, labels aside
    marks = tree.find("dhad-ent")
    assert [(m["attrs"]["data-label"], m["text"]) for m in marks] == [
        ("PER", "محمد العليPER"),
        ("LOC", "القاهرةLOC"),
        ("DATE", "١٥ مارس ٢٠٢٤DATE"),
        ("ORG", "الأمم المتحدةORG"),
    ]
    assert [m["class"] for m in marks] == [
        ["dhad-ent", "dhad-per"], ["dhad-ent", "dhad-loc"], ["dhad-ent", "dhad-date"], ["dhad-ent", "dhad-org"],
    ]
    assert marks[0]["attrs"]["title"] == "PER · person (model)"
    # the DATE entity and the date mention are one mark carrying the resolved value
    assert marks[2]["attrs"]["title"] == "DATE: 2024-03-15 (day, gregorian) — DATE · date (rule)"
    labels = [e for e in tree.find("dhad-label")]
    assert [lab["text"] for lab in labels] == ["PER", "LOC", "DATE", "ORG"]
    assert all(lab["attrs"]["dir"] == "ltr" for lab in labels)
    nums = [e for e in tree.find("dhad-num") if "data-value" in e["attrs"]]
    assert [(n["text"], n["attrs"]["data-value"], n["attrs"]["title"]) for n in nums] == [
        ("١٥", "15", "15 (cardinal)"),
        ("٢٠٢٤", "2024", "2,024 (cardinal)"),
        ("٣٠٠٠", "3000", "3,000 (cardinal) شخص"),
    ]
    # the numbers of the date sit inside its mark
    date_mark = marks[2]
    assert "١٥" in date_mark["text"] and "٢٠٢٤" in date_mark["text"]
    legend = tree.find("dhad-legend")[0]
    assert legend["text"].split() == "PER person LOC place ORG organization DATE date NUM number (hover for its value)".split()


def test_number_titles_say_range_approx_kind_and_unit():
    t = "بين 10 و20 بالمئة وعشرات الآلاف و2.5 كيلو"
    doc = NS(
        text=t,
        entities=[],
        numbers=[
            number(t, "10 و20", 10, range_end=20, kind="percent"),
            number(t, "عشرات الآلاف", 10000, approx="order_of"),
            number(t, "2.5", 2.5, unit="كيلو"),
        ],
        dates=[],
    )
    nums = [e for e in parse(display.document_fragment(doc)).find("dhad-num") if "data-value" in e["attrs"]]
    assert [n["attrs"]["title"] for n in nums] == [
        "10–20 (percent)",
        "order of 10,000 (cardinal)",
        "2.5 (cardinal) كيلو",
    ]
    assert [n["attrs"]["data-value"] for n in nums] == ["10", "10000", "2.5"]


def test_overlaps_and_bad_spans_are_dropped_not_broken():
    t = "جامعة الدول العربية في القاهرة"
    doc = NS(
        text=t,
        entities=[
            entity(t, "جامعة الدول العربية", "ORG"),
            entity(t, "الدول العربية", "MISC"),  # inside the ORG: dropped
            entity(t, "القاهرة", "LOC"),
            NS(text="x", start=5, end=99, label="PER", source="rule"),  # out of range: dropped
            NS(text="", start=3, end=3, label="PER", source="rule"),  # empty: dropped
        ],
        numbers=[  # crosses the end of the ORG: left out
            NS(text="بية في", start=t.index("بية"), end=t.index("في") + 2, value=1, kind="cardinal", approx=None,
               range_end=None, unit=None)
        ],
        dates=[],
    )
    tree = parse(display.document_fragment(doc))
    assert [m["attrs"]["data-label"] for m in tree.find("dhad-ent")] == ["ORG", "LOC"]
    assert [e for e in tree.find("dhad-num") if "data-value" in e["attrs"]] == []
    assert tree.docs == [t]


def test_unknown_label_gets_a_neutral_class():
    t = "مرحبا بكم"
    doc = NS(text=t, entities=[entity(t, "مرحبا", "GREETING")], numbers=[], dates=[])
    (m,) = parse(display.document_fragment(doc)).find("dhad-ent")
    assert m["class"] == ["dhad-ent", "dhad-other"] and m["attrs"]["data-label"] == "GREETING"


HOSTILE = '<script>alert("x")</script> قال \u202eمحمد\u202c "أهلاً" & <img src=x onerror=alert(1)> \'\n</div>'


def test_hostile_document_is_escaped():
    t = HOSTILE
    bad = 'PER" onmouseover="alert(1)'
    doc = NS(
        text=t,
        entities=[NS(text="محمد", start=t.index("محمد"), end=t.index("محمد") + 4, label=bad, source='<b>"x"</b>')],
        numbers=[
            NS(text="alert", start=t.index("alert"), end=t.index("alert") + 5, value='"><script>', kind="<i>",
               approx=None, range_end=None, unit="</span>")
        ],
        dates=[],
    )
    for html in (display.document_fragment(doc), display.document_page(doc), dhad.analyze(t).to_html()):
        tree = parse(html)
        tags = {e["tag"] for e in tree.elements}
        assert "script" not in tags and "img" not in tags and "b" not in tags and "i" not in tags
        assert tree.docs == [t]  # every character of the text shown as text
        for e in tree.elements:
            assert not any(k.startswith("on") for k in e["attrs"]), e
    tree = parse(display.document_fragment(doc))
    (m,) = tree.find("dhad-ent")
    assert m["attrs"]["data-label"] == bad and m["class"] == ["dhad-ent", "dhad-other"]
    assert m["attrs"]["title"] == bad + ' · name (<b>"x"</b>)'
    (n,) = [e for e in tree.find("dhad-num") if "data-value" in e["attrs"]]
    assert n["attrs"]["data-value"] == '"><script>' and n["attrs"]["title"] == '"><script> (<i>) </span>'


def test_page_is_standalone_and_themed():
    doc = dhad.analyze("وصل الوفد")
    page = doc.to_html()
    assert page.startswith("<!DOCTYPE html>\n")
    tree = parse(page)
    (html_el,) = [e for e in tree.elements if e["tag"] == "html"]
    assert html_el["attrs"] == {"lang": "ar", "dir": "rtl"}
    metas = [e["attrs"] for e in tree.elements if e["tag"] == "meta"]
    assert {"charset": "utf-8"} in metas
    assert {"name": "color-scheme", "content": "light dark"} in metas
    style = "".join(e["text"] for e in tree.elements if e["tag"] == "style")
    assert "prefers-color-scheme:dark" in style
    assert '[data-jp-theme-light="false"] .dhad' in style and "body.vscode-dark .dhad" in style
    assert display.document_page(doc, title="<x>").count("<title>&lt;x&gt;</title>") == 1


def test_many_documents_share_one_legend(tmp_path):
    t1, t2 = "زار القاهرة", "قال محمد"
    docs = [
        NS(text=t1, entities=[entity(t1, "القاهرة", "LOC")], numbers=[], dates=[]),
        NS(text=t2, entities=[entity(t2, "محمد", "PER")], numbers=[], dates=[]),
    ]
    for html in (display.render(docs), display.Display(docs)._repr_html_()):
        tree = parse(html)
        assert tree.docs == [t1, t2]
        assert len(tree.find("dhad-legend")) == 1
        assert tree.find("dhad-legend")[0]["text"].split() == ["PER", "person", "LOC", "place"]
    assert display.render(docs[0]) == display.document_fragment(docs[0])
    path = display.save(docs, tmp_path / "docs.html", title="two")
    saved = path.read_text(encoding="utf-8")
    assert saved.startswith("<!DOCTYPE html>") and parse(saved).docs == [t1, t2]
    assert repr(display.Display(docs)) == "Display(2 documents)"


def test_real_numbers_show_their_value():
    doc = dhad.analyze("وصل ٣٥٠٠ لاجئ إلى المدينة، وغادر عشرون")
    assert doc.numbers, "the build extracts numbers, so this text has some"
    nums = [e for e in parse(doc._repr_html_()).find("dhad-num") if "data-value" in e["attrs"]]
    assert [(n["text"], n["attrs"]["data-value"]) for n in nums] == [(m.text, str(m.value)) for m in doc.numbers]
    assert nums[0]["attrs"]["data-value"] == "3500" and nums[0]["attrs"]["title"].startswith("3,500 (cardinal)")


def test_real_entities_are_highlighted():
    doc = dhad.analyze("وصل الوفد إلى القاهرة")
    tree = parse(doc._repr_html_())
    assert tree.docs == [doc.text]
    assert [(m["attrs"]["data-label"], m["text"]) for m in tree.find("dhad-ent")] == [
        (e.label, e.text + e.label) for e in doc.entities
    ]


def test_documents_from_errors_none_show_with_their_missing_ones():
    # analyze_batch(..., errors="none") puts None in place of a bad item; Display, render and
    # save failed on it with "'NoneType' object has no attribute 'text'".
    docs = dhad.analyze_batch(["زار محمد القاهرة", None, "غادر"], errors="none")
    assert docs[1] is None
    for html in (display.render(docs), display.Display(docs)._repr_html_()):
        tree = parse(html)
        assert tree.docs == ["زار محمد القاهرة", "غادر"]
        (missing,) = tree.find("dhad-missing")
        assert missing["text"] == "—" and missing["attrs"]["title"] == "no document (None)"
    assert repr(display.Display(docs)) == "Display(3 documents)"


def test_a_stray_bidi_control_is_shut_in_its_own_isolate():
    # A left-to-right override (U+202D) or embedding left open in pasted text reversed the
    # Arabic after it, mentions included, up to the end of the line: only the mentions were
    # isolates. Each line piece holding a control is now an isolate of its own (a dir
    # attribute, which isolates with or without the stylesheet); other text is left as it was.
    t = "قال \u202dمحمد في القاهرة\nثم \u202bغادر\u202c إلى بيروت\nوعاد"
    doc = NS(text=t, entities=[entity(t, "القاهرة", "LOC"), entity(t, "بيروت", "LOC")], numbers=[], dates=[])
    tree = parse(display.document_fragment(doc))
    assert tree.docs == [t]
    isos = tree.find("dhad-iso")
    assert [(e["tag"], e["attrs"]["dir"], e["text"]) for e in isos] == [
        ("span", "rtl", "قال \u202dمحمد في "),
        ("span", "rtl", "ثم \u202bغادر\u202c إلى "),
    ]
    plain = NS(text="قال محمد\nوعاد", entities=[], numbers=[], dates=[])
    assert display.document_fragment(plain).endswith('<div class="dhad-doc" dir="rtl" lang="ar">قال محمد<br>وعاد</div></div>')
