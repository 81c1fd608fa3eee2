"""The pandas accessor and the Arrow tables: exact offsets, missing values, parity with the object path."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from types import SimpleNamespace as NS

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dhad
import dhad.arrow
import dhad.pandas  # noqa: F401  (registers Series.dhad)

TEXTS = [
    "وصلَ ٣٥٠٠ لاجئ إلى #حلب 😀 يوم 2024-03-15.",
    "",
    "قال @سالم: راجع https://example.org/ص أو اكتب إلى a.b@example.com",
    "𝒜 الفَتْحة 🇯🇴 عمّان، ثم غادر!",
    "ثلاثة آلاف وخمسمائة",
]


def expected_token_rows(texts, labels):
    rows = []
    for label, text in zip(labels, texts):
        for t in dhad.tokenize(text):
            rows.append((label, t.text, t.start, t.end, t.kind, t.norm))
    return rows


# ---------------------------------------------------------------- pandas: normalize


def test_normalize_keeps_missing_values_index_and_name():
    s = pd.Series(["أَهْلاً ١٢٣", None, "غادر", np.nan, pd.NA], index=[10, 20, 30, 40, 50], name="t", dtype=object)
    out = s.dhad.normalize()
    assert out.index.tolist() == [10, 20, 30, 40, 50] and out.name == "t"
    assert out[10] == "اهلا 123" and out[30] == "غادر"
    assert out[20] is None and np.isnan(out[40]) and out[50] is pd.NA
    assert s.dhad.normalize("none", digits="arabic")[10] == "أَهْلاً ١٢٣"
    assert s.dhad.normalize(diacritics=False)[10] == "اَهْلاً 123"


def test_normalize_keeps_a_string_dtype():
    s = pd.Series(["أحمد", None], dtype="string")
    out = s.dhad.normalize()
    assert out.dtype == s.dtype and out[0] == "احمد" and out[1] is pd.NA


def test_normalize_rejects_unknown_preset_and_non_str():
    with pytest.raises(dhad.DhadError):
        pd.Series(["x"]).dhad.normalize("shout")
    with pytest.raises(TypeError, match=r"the value at index 'b' is int"):
        pd.Series(["x", 3], index=["a", "b"], dtype=object).dhad.normalize()


@pytest.mark.parametrize("method", ["normalize", "tokens", "sentences", "numbers", "entities", "dates"])
def test_a_bad_value_is_named_by_its_index_label_not_its_place_among_the_present_ones(method):
    # The batch error said "texts[1]": the bad value's place among the non-missing values, which
    # is neither its label ('c') nor its position (2) in the Series.
    s = pd.Series(["وصل", None, "x\ud800y", "غادر"], index=["a", "b", "c", "d"], dtype=object)
    with pytest.raises(dhad.DhadError) as e:
        getattr(s.dhad, method)()
    assert str(e.value).startswith(
        "Series.dhad: the value at index 'c' contains a lone surrogate at index 1, which is not valid Unicode text"
    )


# ---------------------------------------------------------------- pandas: tokens


def test_tokens_one_row_per_token_with_exact_offsets_and_labels():
    labels = ["a", "b", "c", "d", "e"]
    s = pd.Series(TEXTS, index=labels)
    df = s.dhad.tokens()
    assert list(df.columns) == ["doc", "text", "start", "end", "kind", "norm"]
    assert [tuple(r) for r in df.itertuples(index=False)] == expected_token_rows(TEXTS, labels)
    for r in df.itertuples(index=False):
        assert s[r.doc][r.start : r.end] == r.text
    assert df["start"].dtype == np.int64 and df["kind"].dtype == "category"
    # astral characters count as one code point, as in Python
    d = df[df["doc"] == "d"]
    assert d["text"].tolist()[:2] == ["𝒜", "الفَتْحة"] and d["start"].tolist()[:2] == [0, 2]


def test_tokens_skip_missing_texts_and_keep_labels():
    s = pd.Series(["وصل الوفد", None, np.nan, "غادر"], index=[7, 8, 9, 10], dtype=object)
    df = s.dhad.tokens(norm=False)
    assert list(df.columns) == ["doc", "text", "start", "end", "kind"]
    assert df[["doc", "text", "start", "end"]].values.tolist() == [[7, "وصل", 0, 3], [7, "الوفد", 4, 9], [10, "غادر", 0, 4]]


def test_tokens_of_empty_and_all_missing_series():
    for s in (pd.Series([], dtype=object), pd.Series([None, np.nan], dtype=object)):
        df = s.dhad.tokens()
        assert len(df) == 0 and list(df.columns) == ["doc", "text", "start", "end", "kind", "norm"]


def test_tokens_same_with_threads_and_without_pyarrow_path(monkeypatch):
    s = pd.Series(TEXTS * 50)
    a = s.dhad.tokens(threads=1)
    b = s.dhad.tokens(threads=2)
    pd.testing.assert_frame_equal(a, b)
    monkeypatch.setattr(dhad.pandas, "_has_arrow", lambda: False)
    c = s.dhad.tokens(threads=2)
    assert [tuple(r) for r in c.itertuples(index=False)] == [tuple(r) for r in a.itertuples(index=False)]


def test_sentences_rows():
    s = pd.Series(["وصل الوفد. ثم غادر", None, "سؤال؟ نعم!"], index=["x", "y", "z"])
    df = s.dhad.sentences()
    assert df.values.tolist() == [
        ["x", "وصل الوفد.", 0, 10],
        ["x", "ثم غادر", 11, 18],
        ["z", "سؤال؟", 0, 5],
        ["z", "نعم!", 6, 10],
    ]


@pytest.mark.parametrize(
    "method, fn",
    [("numbers", "extract_numbers_batch"), ("entities", "extract_entities_batch"), ("dates", "extract_dates_batch")],
)
def test_mention_tables(method, fn):
    s = pd.Series(["وصل ثلاثة آلاف لاجئ إلى القاهرة يوم ١٥ مارس ٢٠٢٤", None, "زار محمد عمّان في ٢ يناير"], index=["p", "q", "r"])
    if not hasattr(dhad._dhad, fn):
        with pytest.raises(NotImplementedError, match=f"{method} are not part of this build of dhad"):
            getattr(s.dhad, method)()
        return
    df = getattr(s.dhad, method)()
    assert set(df["doc"]) <= {"p", "r"}
    for r in df.itertuples(index=False):
        assert s[r.doc][r.start : r.end] == r.text


def test_mention_tables_from_objects(monkeypatch):
    """The table layout, with stand-in mention objects of the documented shape."""
    t = "وصل ٣٥٠٠ لاجئ و2.5 طن"

    def fake_numbers(texts, **kw):
        out = []
        for text in texts:
            found = []
            for sub, value in (("٣٥٠٠", 3500), ("2.5", 2.5)):
                if sub in text:
                    i = text.index(sub)
                    found.append(NS(text=sub, start=i, end=i + len(sub), value=value, kind="cardinal", approx=None, range_end=None, unit=None, unit_norm=None))
            out.append(found)
        return out

    monkeypatch.setattr(dhad._dhad, "extract_numbers_batch", fake_numbers, raising=False)
    df = pd.Series([t, None, "لا شيء"], index=[1, 2, 3]).dhad.numbers()
    assert list(df.columns) == ["doc", "text", "start", "end", "value", "kind", "approx", "range_end", "unit", "unit_norm"]
    assert df[["doc", "text", "start", "end", "value"]].values.tolist() == [[1, "٣٥٠٠", 4, 8, 3500], [1, "2.5", 15, 18, 2.5]]
    assert type(df["value"][0]) is int  # exact values, not floats
    table = dhad.arrow.analyze_table([t, "لا شيء"], "numbers")
    assert table.column("doc").to_pylist() == [0, 0] and table.column("value").to_pylist() == [3500, 2.5]


# ---------------------------------------------------------------- Arrow


def test_arrow_tokens_equal_the_object_path():
    table = dhad.arrow.analyze_table(TEXTS)
    assert table.column_names == ["doc", "start", "end", "text", "kind", "norm"]
    rows = list(zip(*(table.column(c).to_pylist() for c in ("doc", "text", "start", "end", "kind", "norm"))))
    assert rows == expected_token_rows(TEXTS, range(len(TEXTS)))
    assert table.schema.field("text").type == pa.large_string()
    assert table.schema.field("kind").type == pa.dictionary(pa.uint8(), pa.string())
    assert dhad.arrow.to_arrow(dhad.analyze_batch(TEXTS)).equals(table)
    for d, s, e, text in zip(*(table.column(c).to_pylist() for c in ("doc", "start", "end", "text"))):
        assert TEXTS[d][s:e] == text


def test_arrow_options_and_errors():
    t = dhad.arrow.tokens_table((x for x in ["غادر الوفد"]), norm=False, threads=1)
    assert t.column_names == ["doc", "start", "end", "text", "kind"] and t.num_rows == 2
    assert dhad.arrow.analyze_table([]).num_rows == 0
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not int"):
        dhad.arrow.analyze_table(["x", 1])
    with pytest.raises(TypeError, match="not a single str"):
        dhad.arrow.analyze_table("نص")
    with pytest.raises(dhad.DhadError, match="what must be one of"):
        dhad.arrow.analyze_table(["x"], "verbs")
    # an option of another kind is ignored, as documented, so one call loops over every kind
    assert dhad.arrow.analyze_table(["وصل 3 رجال"], "numbers", reference="x", labels=["PER"]).equals(
        dhad.arrow.analyze_table(["وصل 3 رجال"], "numbers"))
    s = dhad.arrow.analyze_table(["وصل. ثم غادر"], "sentences")
    assert s.to_pylist() == [
        {"doc": 0, "start": 0, "end": 4, "text": "وصل."},
        {"doc": 0, "start": 5, "end": 12, "text": "ثم غادر"},
    ]


def test_arrow_mention_values_that_do_not_fit_one_type_stay_exact():
    mentions = [[NS(text="a", start=0, end=1, value=10**30), NS(text="b", start=1, end=2, value=1)]]
    t = dhad.arrow.mentions_table(mentions, ("value",))
    assert t.column("value").to_pylist() == [str(10**30), "1"]


def test_arrow_dates_of_naive_and_aware_references_together_stay_exact():
    # Documents analyzed against a naive and an aware reference went into one timestamp column
    # typed after the first value: Arrow read the naive 00:00 as UTC (or the aware 00:00+03:00
    # as 21:00 the day before, in a naive column), shifting the dates without a word. A mix is
    # kept exact as text, as for other values of mixed kinds.
    import datetime as dt

    riyadh = dt.timezone(dt.timedelta(hours=3))
    naive = dhad.analyze_batch(["غدا"], reference=dt.datetime(2024, 5, 1, 9))
    aware = dhad.analyze_batch(["غدا"], reference=dt.datetime(2024, 5, 1, 9, tzinfo=riyadh))
    for docs, want in (
        (naive + aware, ["2024-05-02T00:00:00", "2024-05-02T00:00:00+03:00"]),
        (aware + naive, ["2024-05-02T00:00:00+03:00", "2024-05-02T00:00:00"]),
    ):
        t = dhad.arrow.to_arrow(docs, "dates")
        assert t.column("value").to_pylist() == want
        assert t.column("end_value").to_pylist() == [None, None]
    # one kind only keeps its timestamp type
    t = dhad.arrow.to_arrow(aware + aware, "dates")
    assert t.schema.field("value").type == pa.timestamp("us", tz="+03:00")
    assert t.column("value").to_pylist() == [dt.datetime(2024, 5, 2, tzinfo=riyadh)] * 2


def test_arrow_mention_tables_have_one_schema_whatever_the_texts_hold():
    # The types were inferred from the values: a chunk without mentions gave null columns, one
    # with only whole numbers int64 and one with 2.5 double, one without approximations a null
    # approx column. Tables of chunks of a corpus could then not be concatenated (or written to
    # one Parquet file): "Schema at index 1 was different".
    import datetime as dt

    chunks = [["لا شيء هنا"], ["وصل ٣٥٠٠ لاجئ إلى حلب يوم ٥ مايو ٢٠٢٤"], ["نحو ٢٫٥ كيلو من 10 إلى 20 غدا مع سالم"]]
    ref = dt.datetime(2024, 5, 1, 9, 30)
    want = {
        "sentences": [],
        "numbers": [("value", pa.float64()), ("kind", pa.string()), ("approx", pa.string()),
                    ("range_end", pa.float64()), ("unit", pa.string()), ("unit_norm", pa.string())],
        "entities": [("label", pa.string()), ("source", pa.string())],
        "dates": [("label", pa.string()), ("value", pa.timestamp("us")), ("grain", pa.string()),
                  ("end_value", pa.timestamp("us")), ("calendar", pa.string())],
    }
    head = [("doc", pa.int64()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.large_string())]
    for what, fields in want.items():
        tables = [dhad.arrow.analyze_table(c, what, reference=ref) for c in chunks]
        for t in tables:
            assert t.schema == pa.schema(head + fields), (what, t.schema)
        whole = pa.concat_tables(tables)
        assert whole.num_rows == sum(t.num_rows for t in tables)
        docs = [d for c in chunks for d in dhad.analyze_batch(c, reference=ref)]
        assert dhad.arrow.to_arrow(docs, what).schema == pa.schema(head + fields)
    numbers = dhad.arrow.analyze_table(chunks[1] + chunks[2], "numbers")
    assert numbers.column("value").to_pylist() == [3500.0, 5.0, 2024.0, 2.5, 10.0]
    assert numbers.column("range_end").to_pylist() == [None, None, None, None, 20.0]
    # dates keep the time zone of an aware reference, also in a table without dates
    riyadh = dt.timezone(dt.timedelta(hours=3))
    for c in chunks:
        t = dhad.arrow.analyze_table(c, "dates", reference=ref.replace(tzinfo=riyadh))
        assert t.schema.field("value").type == pa.timestamp("us", tz="+03:00")
    t = dhad.arrow.analyze_table(chunks[2], "dates", reference=ref.replace(tzinfo=riyadh))
    assert t.column("value").to_pylist() == [dt.datetime(2024, 5, 2, tzinfo=riyadh)]


def test_polars_frame():
    import polars as pl

    df = dhad.arrow.analyze_frame(TEXTS)
    assert isinstance(df, pl.DataFrame)
    assert df["text"].to_list() == dhad.arrow.analyze_table(TEXTS).column("text").to_pylist()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("وصل الوفد١٢3.،؟!ـًa😀𝒜\u200f\n#@")), max_size=40), max_size=6))
def test_arrow_offsets_property(texts):
    table = dhad.arrow.analyze_table(texts)
    rows = list(zip(*(table.column(c).to_pylist() for c in ("doc", "text", "start", "end", "kind", "norm"))))
    assert rows == expected_token_rows(texts, range(len(texts)))


# ---------------------------------------------------------------- missing extras


@pytest.mark.parametrize(
    "module, blocked, extra",
    [("dhad.pandas", "pandas", "dhad[pandas]"), ("dhad.arrow", "pyarrow", "dhad[arrow]"), ("dhad.dask", "dask", "dhad[dask]")],
)
def test_missing_extra_says_what_to_install(module, blocked, extra):
    code = textwrap.dedent(
        f"""
        import sys
        sys.modules[{blocked!r}] = None
        try:
            import {module}
        except ImportError as e:
            print(e)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert f"{module} needs {'pyarrow' if blocked == 'pyarrow' else blocked}, which is not installed: pip install '{extra}'" in out


def test_accessor_reload_is_quiet(recwarn):
    importlib.reload(dhad.pandas)
    assert pd.Series(["x"]).dhad.normalize().tolist() == ["x"]
    assert [str(w.message) for w in recwarn] == []


def test_top_level_wrappers():
    assert dhad.analyze_table(TEXTS).equals(dhad.arrow.analyze_table(TEXTS))
    assert dhad.analyze_table(TEXTS, "sentences").equals(dhad.arrow.analyze_table(TEXTS, "sentences"))
    docs = dhad.analyze_batch(TEXTS)
    assert dhad.to_arrow(docs).equals(dhad.arrow.to_arrow(docs))
    assert dhad.to_arrow(docs, "sentences").equals(dhad.arrow.analyze_table(TEXTS, "sentences"))


def test_progress_bar_through_the_accessor_and_arrow(capfd):
    s = pd.Series(TEXTS * 3)
    quiet = s.dhad.tokens()
    assert capfd.readouterr().err == ""
    shown = s.dhad.tokens(progress=True)
    err = capfd.readouterr().err
    pd.testing.assert_frame_equal(quiet, shown)
    assert "dhad" in err and f"{len(s)}/{len(s)}" in err
    dhad.arrow.analyze_table(TEXTS, progress=True)
    assert f"{len(TEXTS)}/{len(TEXTS)}" in capfd.readouterr().err


def test_to_arrow_takes_the_documents_of_errors_none():
    # to_arrow(docs) failed with "'NoneType' object has no attribute 'tokens'" on the None that
    # analyze_batch(..., errors="none") puts in place of a bad item; it has no rows, and the
    # other documents keep their positions.
    texts = ["وصل الوفد", None, "غادر ٣ رجال"]
    docs = dhad.analyze_batch(texts, errors="none")
    for what in dhad.arrow.WHAT:
        table = dhad.arrow.to_arrow(docs, what)
        want = dhad.arrow.analyze_table([texts[0], "", texts[2]], what)
        assert table.to_pylist() == want.to_pylist(), what
    assert dhad.arrow.to_arrow(docs).column("doc").to_pylist() == [0, 0, 2, 2, 2]


def test_number_tables_carry_the_normalized_unit():
    t = "اشترى ٣ كيلو سكر بـ20 دولارا"
    df = pd.Series([t]).dhad.numbers()
    assert df[["text", "unit", "unit_norm"]].values.tolist() == [["٣ كيلو", "كيلو", "kg"], ["20 دولارا", "دولارا", "USD"]]
    table = dhad.arrow.analyze_table([t], "numbers")
    assert table.column("unit_norm").to_pylist() == ["kg", "USD"]


def test_accessor_passes_the_extractors_options():
    s = pd.Series(["وصل سالم إلى عمّان يوم الأحد", None, "دفع دولار"], index=["a", "b", "c"])
    every = s.dhad.entities()
    assert every[["doc", "text", "label"]].values.tolist() == [
        ["a", "سالم", "PER"], ["a", "عمّان", "LOC"], ["a", "يوم الأحد", "DATE"], ["c", "دولار", "MISC"]
    ]
    names = s.dhad.entities(labels=["PER", "LOC"])
    assert names[["doc", "text", "label"]].values.tolist() == [["a", "سالم", "PER"], ["a", "عمّان", "LOC"]]
    assert s.dhad.numbers().empty
    bare = s.dhad.numbers(bare_units=True)
    assert bare[["doc", "text", "value", "unit_norm"]].values.tolist() == [["a", "يوم", 1, "day"], ["c", "دولار", 1, "USD"]]


def test_arrow_tables_take_the_entity_labels_and_bare_units_of_the_accessor():
    # Series.dhad.entities(labels=...) and .numbers(bare_units=...) had no equivalent in
    # dhad.arrow: analyze_table(..., labels=[...]) was a TypeError, so a names-only or
    # Duckling-style table needed the object path.
    t = dhad.arrow.analyze_table(["سافر في أسبوع"], "numbers", bare_units=True)
    assert (t.column("text").to_pylist(), t.column("value").to_pylist(), t.column("unit_norm").to_pylist()) == (
        ["أسبوع"], [1.0], ["week"]
    )
    assert dhad.arrow.analyze_table(["سافر في أسبوع"], "numbers").num_rows == 0
    text = "زار محمد القاهرة غدا"
    t = dhad.arrow.analyze_table([text], "entities", labels=["LOC", "DATE"])
    assert list(zip(t.column("text").to_pylist(), t.column("label").to_pylist())) == [("القاهرة", "LOC"), ("غدا", "DATE")]
    assert dhad.arrow.analyze_frame([text], "entities", labels="PER")["text"].to_list() == ["محمد"]
    assert dhad.analyze_table([text], "entities", labels="PER").column("text").to_pylist() == ["محمد"]
