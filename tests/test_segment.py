"""Python surface of clitic segmentation: dhad.segment, segment_batch, Segments, Token.segments.

The word table is shared with the Rust tests (tests/data/segment_cases.tsv, written for dhad).
"""

import os
import pickle
import threading

import pytest

import dhad

HERE = os.path.dirname(os.path.abspath(__file__))


def _cases():
    rows = []
    with open(os.path.join(HERE, "data", "segment_cases.tsv"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            word, expected = line.split("\t")
            rows.append((word, expected))
    return rows


CASES = _cases()


def test_table_is_big_enough():
    assert len(CASES) >= 200


@pytest.mark.parametrize("word,expected", CASES)
def test_table(word, expected):
    s = dhad.segment(word)
    assert str(s) == expected
    assert "".join(s.prefixes) + s.stem + "".join(s.suffixes) == word
    assert s.word == word


def test_fields_and_lemma():
    s = dhad.segment("وبالعراق")
    assert s.prefixes == ("و", "ب", "ال")
    assert s.stem == "عراق"
    assert s.suffixes == ()
    assert s.stem_lemma == "عراق"
    assert s.pieces == ("و", "ب", "ال", "عراق")
    s = dhad.segment("مدينتها")
    assert (s.prefixes, s.stem, s.suffixes, s.stem_lemma) == ((), "مدينت", ("ها",), "مدينة")
    assert dhad.segment("عليه").stem_lemma == "على"
    assert dhad.segment("إليها").stem_lemma == "إلى"
    assert dhad.segment("لله").stem_lemma == "الله"
    assert str(dhad.segment("للسلطة")) == "ل+ل+سلطة"


def test_repr_str_eq_hash_dict_pickle():
    s = dhad.segment("ومدينتها")
    assert str(s) == "و+مدينت+ها"
    assert repr(s) == "Segments('و+مدينت+ها', stem_lemma='مدينة')"
    assert s == dhad.segment("ومدينتها")
    assert s != dhad.segment("مدينتها")
    assert s != "و+مدينت+ها"
    assert hash(s) == hash(dhad.segment("ومدينتها"))
    assert len({s, dhad.segment("ومدينتها")}) == 1
    assert s.to_dict() == {"prefixes": ["و"], "stem": "مدينت", "suffixes": ["ها"], "stem_lemma": "مدينة"}
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        t = pickle.loads(pickle.dumps(s, protocol=proto))
        assert t == s and str(t) == str(s) and t.stem_lemma == "مدينة"
    built = dhad.Segments(["و"], "مدينت", ["ها"], "مدينة")
    assert built == s
    assert dhad.Segments([], "كتاب", []).stem_lemma == "كتاب"


def test_non_arabic_and_tatweel():
    assert str(dhad.segment("Paris")) == "Paris"
    assert dhad.segment("Paris").prefixes == ()
    assert str(dhad.segment("بـ3500")) == "بـ+3500"
    s = dhad.segment("بـ")
    assert s.prefixes == ("بـ",) and s.stem == "" and s.pieces == ("بـ",)
    assert str(dhad.segment("وَقَالَ")) == "وَ+قَالَ"


def test_article_with_tatweel():
    # "بالـ20": the tokenizer leaves "بالـ" as a word; its pieces are the preposition and the
    # article, with an empty stem (as for "بـ"), not one unsplit stem.
    toks = dhad.tokenize("سافر بالـ20 دولاراً وللـ«أونروا» حصة", clitics=True)
    got = [(t.text, t.segments.prefixes, t.segments.stem) for t in toks if t.kind == "word"]
    assert got[1] == ("بالـ", ("ب", "الـ"), "")
    assert got[3] == ("وللـ", ("و", "ل", "لـ"), "")
    assert str(dhad.segment("والـ")) == "و+الـ"
    assert dhad.segment("الـ").prefixes == ("الـ",) and dhad.segment("الـ").stem == ""


def test_presentation_forms_and_uthmani_spelling():
    # PDF text keeps presentation forms; Uthmani text writes the article with alef wasla
    toks = dhad.tokenize("ﻭﺍﻟﻜﺘﺎﺏ ﻭﺯﻳﺮ وَٱلْكِتَٰبِ", clitics=True)
    assert [str(t.segments) for t in toks] == ["ﻭ+ﺍﻟ+ﻜﺘﺎﺏ", "ﻭﺯﻳﺮ", "وَ+ٱلْ+كِتَٰبِ"]
    assert toks[0].segments.prefixes == ("ﻭ", "ﺍﻟ") and toks[0].segments.stem == "ﻜﺘﺎﺏ"
    # a ligature (ﻻ = ل + ا) is never cut inside; cuts around it are made
    assert [str(dhad.segment(w)) for w in ["ﻭﻻ", "ﻭﺍﻟﻼﺟﺌﻴﻦ", "ﺍﻻﻧﺘﺨﺎﺑﺎﺕ"]] == ["ﻭ+ﻻ", "ﻭ+ﺍﻟ+ﻼﺟﺌﻴﻦ", "ﺍﻻﻧﺘﺨﺎﺑﺎﺕ"]


def test_errors():
    with pytest.raises(dhad.DhadError, match="needs one word without whitespace, but the string has ' '"):
        dhad.segment("في البيت")
    with pytest.raises(dhad.DhadError, match="the string is empty"):
        dhad.segment("")
    with pytest.raises(ValueError):
        dhad.segment("كتاب\n")
    with pytest.raises(TypeError, match="word must be str, not int"):
        dhad.segment(3)
    with pytest.raises(TypeError, match=r"words\[1\] must be str, not bytes"):
        dhad.segment_batch(["كتاب", b"x"])
    with pytest.raises(dhad.DhadError):
        dhad.segment_batch(["كتاب", "في البيت"])


def test_batch_equals_map_of_single():
    words = [w for w, _ in CASES] * 5
    assert dhad.segment_batch(words) == [dhad.segment(w) for w in words]
    assert dhad.segment_batch(words, threads=2) == [dhad.segment(w) for w in words]
    assert dhad.segment_batch(iter(["وله", "لها"])) == [dhad.segment("وله"), dhad.segment("لها")]
    assert dhad.segment_batch(["كتاب", "في البيت", 5], errors="none") == [dhad.segment("كتاب"), None, None]
    assert dhad.segment_batch([]) == []


def test_threads():
    words = [w for w, _ in CASES]
    expected = [str(dhad.segment(w)) for w in words]
    out = {}

    def run(i):
        out[i] = [str(s) for s in dhad.segment_batch(words)]

    ts = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert all(v == expected for v in out.values())


TEXT = "قال وزير الخارجية إن الحكومة ستدعم مدينتها وبالعراق بـ3500 دولار، وللسلطة رأيها."


def test_tokenize_with_clitics():
    toks = dhad.tokenize(TEXT, clitics=True)
    got = [(t.text, str(t.segments) if t.segments is not None else None) for t in toks]
    assert got == [
        ("قال", "قال"),
        ("وزير", "وزير"),
        ("الخارجية", "ال+خارجية"),
        ("إن", "إن"),
        ("الحكومة", "ال+حكومة"),
        ("ستدعم", "س+تدعم"),
        ("مدينتها", "مدينت+ها"),
        ("وبالعراق", "و+ب+ال+عراق"),
        ("بـ", "بـ"),
        ("3500", None),
        ("دولار", "دولار"),
        ("،", None),
        ("وللسلطة", "و+ل+ل+سلطة"),
        ("رأيها", "رأي+ها"),
        (".", None),
    ]
    for t in toks:
        assert TEXT[t.start : t.end] == t.text
        if t.segments is not None:
            assert "".join(t.segments.pieces) == t.text
            assert t.segments == dhad.segment(t.text)
    assert dhad.tokenize(TEXT)[7].segments is None
    sliced = toks[6:8]
    assert [str(t.segments) for t in sliced] == ["مدينت+ها", "و+ب+ال+عراق"]
    d = toks[6].to_dict()
    assert d["segments"] == {"prefixes": [], "stem": "مدينت", "suffixes": ["ها"], "stem_lemma": "مدينة"}
    t2 = pickle.loads(pickle.dumps(toks[7]))
    assert t2.segments == toks[7].segments


def test_tokenize_batch_with_clitics():
    texts = [TEXT, "وكتابه", "", "Paris 2024"]
    batch = dhad.tokenize_batch(texts, clitics=True)
    for text, toks in zip(texts, batch):
        single = dhad.tokenize(text, clitics=True)
        assert [t.segments for t in toks] == [t.segments for t in single]
    assert str(batch[1][0].segments) == "و+كتاب+ه"


def test_offsets_with_astral_characters():
    text = "😀 وبالعراق 😀 ومدينتها"
    toks = dhad.tokenize(text, clitics=True)
    words = [t for t in toks if t.kind == "word"]
    assert [str(t.segments) for t in words] == ["و+ب+ال+عراق", "و+مدينت+ها"]
    for t in words:
        assert text[t.start : t.end] == t.text


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    given = None

if given is not None:
    _ALPHABET = list("وفبلكسالهمنيتةىأإآءؤئـًٌٍَُِّْab1٣«»") + ["😀", "\u200c", "ی"]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_ALPHABET), max_size=20).map("".join))
    def test_pieces_join_back_property(word):
        if not word or any(c.isspace() for c in word):
            return
        s = dhad.segment(word)
        assert "".join(s.prefixes) + s.stem + "".join(s.suffixes) == word
        assert s.word == word
        assert dhad.segment_batch([word]) == [s]

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=40))
    def test_tokenize_clitics_property(text):
        toks = dhad.tokenize(text, clitics=True)
        for t in toks:
            assert text[t.start : t.end] == t.text
            if t.kind == "word":
                assert "".join(t.segments.pieces) == t.text
            else:
                assert t.segments is None
