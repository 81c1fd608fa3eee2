"""Normalization from Python: presets, every switch, alignment, errors, pickling, batches."""

import pickle
import sys

import pytest

import dhad

SEARCH = [
    ("", ""),
    ("مَدْرَسَةٌ", "مدرسه"),
    ("أحمد وإبراهيم وآمنة", "احمد وابراهيم وامنه"),
    ("ذهب إلى المستشفى", "ذهب الي المستشفي"),
    ("سؤال وبيئة", "سوال وبييه"),
    ("جمـــيل جمييييل", "جميل جميل"),
    # tatweel joins letters; a run between digits (or a digit and no letter) is a dash
    ("٢ـــ٣", "2-3"),
    ("الفترة ١٩٩٠ـ٢٠٠٠ بـ3500 والـ٢٠", "الفتره 1990-2000 ب3500 وال20"),
    # elongation is one letter typed again; letters that only fold alike are no elongation
    # ("البيئية" is not "البيه") but keep at most two, so the output is its own normal form
    ("البيئية", "البييه"),
    ("عام ٢٠٢٤ و۱۴۰۳", "عام 2024 و1403"),
    ("١٢٫٥ و٣٬٥٠٠", "12.5 و3,500"),
    ("کتاب یک", "كتاب يك"),
    ("ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", "السلام عليكم"),
    ("سطر  \u00a0 آخر", "سطر اخر"),
    ("\u200fمرحبا\u200e", "مرحبا"),
    ("ا\u0654حمد", "احمد"),
    # Uthmani text: the small waw and small yeh go with the other Quranic marks
    ("إِنَّ لَهُۥ وَلِىِّۦ دَاوُۥدَ", "ان له ولي داود"),
]


# A run of three or more of one letter is one letter, or two where the word has that letter
# doubled: the segmenter's word list weighs the word spelt with one and with two.
DOUBLED = [
    ("الللللله أكبر", "الله اكبر"),
    ("الحمدلللله", "الحمدلله"),
    ("ممممتاز جداااا", "ممتاز جدا"),
    ("الللليلة الللللغة", "الليله اللغه"),
    ("شكرررراً", "شكرا"),
    ("كبييييير", "كبير"),
    # long vowels stay one where the word with one is a word
    ("مبرووووك ياااا صديقي", "مبروك يا صديقي"),
    # behind clitics
    ("والللله بالللله", "والله بالله"),
    # marks and tatweel between the letters belong to the run; several runs in one word
    ("الـلَّـلَّـلَّـه", "الله"),
    ("مممممتااااااز", "ممتاز"),
    # laughter is one letter, Latin is untouched
    ("هههههه lollll", "ه lollll"),
    # a run inside its word is a doubled (long) consonant unless one is far more frequent;
    # a run ending its word is the last key held
    ("الحمد للللله", "الحمد لله"),
    ("اللللي قلته", "اللي قلته"),
    ("ككككل يوم", "كل يوم"),
    ("حبببب", "حب"),
]


@pytest.mark.parametrize("text,expected", DOUBLED)
def test_doubled_letters(text, expected):
    n = dhad.Normalizer("search")
    assert n.normalize(text) == expected
    assert n.normalize(expected) == expected
    a = n.normalize_aligned(text)
    assert a.text == expected
    # the whole output maps back to the input it came from
    s, e = a.to_original(0, len(a.text))
    assert n.normalize(text[s:e]) == expected


def test_doubled_letter_maps_back_to_its_run():
    text = "قال الللللله"
    a = dhad.Normalizer("search").normalize_aligned(text)
    assert a.text == "قال الله"
    # the second ل stands for the rest of the run
    s, e = a.to_original(6, 7)
    assert text[s:e] == "ل" * 5
    s, e = a.to_original(4, 8)
    assert text[s:e] == "الللللله"


@pytest.mark.parametrize("text,expected", SEARCH)
def test_search_preset(text, expected):
    assert dhad.normalize(text) == expected
    assert dhad.normalize(text, "search") == expected
    assert dhad.Normalizer("search").normalize(text) == expected


DISPLAY = [
    ("مَدْرَسَةٌ ١٢", "مَدْرَسَةٌ ١٢"),
    ("ﻻ  ﺑﺄﺱ", "لا بأس"),
    ("ا\u0654", "أ"),
    ("\ufeffنص\u200b", "نص"),
    ("فقرة\n\n\n\nفقرة", "فقرة\n\nفقرة"),
    # ZWNJ is part of Persian and Urdu spelling (a lossless display keeps it; search drops it)
    ("می\u200cخواهم کتاب\u200cها", "می\u200cخواهم کتاب\u200cها"),
]


@pytest.mark.parametrize("text,expected", DISPLAY)
def test_display_preset(text, expected):
    assert dhad.normalize(text, "display") == expected


def test_none_preset_is_identity():
    text = "أَحْمَد  ١٢ ﻻ"
    assert dhad.normalize(text, "none") == text


SWITCHES = [
    ({"diacritics": True}, "كَتَبَ", "كتب"),
    ({"tatweel": True}, "الـ20", "ال20"),
    ({"alef": True}, "أإآٱ", "اااا"),
    ({"alef_maksura": True}, "على", "علي"),
    ({"teh_marbuta": True}, "مدرسة", "مدرسه"),
    ({"hamza": True}, "سؤال سائل", "سوال سايل"),
    ({"persian": True}, "ک ی", "ك ي"),
    ({"persian": True}, "می\u200cخواهم", "ميخواهم"),
    ({"persian": True}, "ھذا ھو", "هذا هو"),
    ({"bidi": True}, "می\u200cخواهم", "می\u200cخواهم"),
    ({"digits": "latin"}, "٣٤ ۵", "34 5"),
    ({"digits": "arabic"}, "34 ۵", "٣٤ ٥"),
    # a keycap emoji keeps its ASCII digit ("١️⃣" is no picture), in narrow and wide strings
    ({"digits": "arabic"}, "1\ufe0f\u20e3 و2\u20e3 3\ufe0f", "1\ufe0f\u20e3 و2\u20e3 ٣\ufe0f"),
    ({"digits": "arabic"}, "5\ufe0f\u20e3 😀 6", "5\ufe0f\u20e3 😀 ٦"),
    ({"punctuation": True}, "نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"),
    ({"elongation": True}, "رااااائع", "رائع"),
    ({"whitespace": True}, "a \t b", "a b"),
    ({"bidi": True}, "\u202bنص\u202c", "نص"),
    ({"unicode": True}, "ﻣﺮﺣﺒﺎ", "مرحبا"),
]


@pytest.mark.parametrize("opts,text,expected", SWITCHES)
def test_each_switch_alone(opts, text, expected):
    assert dhad.normalize(text, "none", **opts) == expected
    assert dhad.Normalizer("none", **opts).normalize(text) == expected


def test_isolated_harakah_forms_stay_on_their_word():
    # legacy and PDF text writes harakat as isolated forms (U+FE70…FE7E); their compatibility
    # decomposition starts with a space, which cut "محمﹼد" into two words
    assert dhad.normalize("محمﹼد", "display") == "محمّد"
    assert dhad.normalize("ﻛﺘﺎﺑﺎﹰ ﺟﺪﻳﺪﺍﹰ محمﹼد") == "كتابا جديدا محمد"
    assert dhad.normalize("قال ﹶ", "display") == "قال \u064e"
    a = dhad.Normalizer("display").normalize_aligned("محمﹼد")
    assert a.text == "محمّد" and a.to_original(3, 4) == (3, 4)
    assert dhad.Normalizer("search").normalize_batch(["محمﹼد"] * 3) == ["محمد"] * 3


@pytest.mark.parametrize(
    "opts,text,expected",
    [
        # harakat kept: a hamza or madda after a letter a fold changes composes with the folded
        # letter at once (ی + ٔ → ئ → ي), so a second pass finds nothing left to do
        ({"diacritics": False}, "پایٔ", "پاي"),
        ({"diacritics": False}, "فأٓ", "فا"),
        ({"diacritics": False, "hamza": False}, "یٔک", "ئك"),
        ({"diacritics": False}, "مسؤٔولَ", "مسوولَ"),
    ],
)
def test_kept_marks_compose_with_the_folded_letter(opts, text, expected):
    n = dhad.Normalizer("search", **opts)
    assert n.normalize(text) == expected
    assert n.normalize(expected) == expected
    assert n.normalize_aligned(text).text == expected
    assert n.normalize_batch([text, text]) == [expected, expected]


def test_options_override_preset():
    assert dhad.normalize("أحمد", alef=False) == "أحمد"
    assert dhad.normalize("٣٤", digits=None) == "٣٤"
    assert dhad.normalize("نعم، لا", punctuation=True) == "نعم, لا"


def test_options_dict():
    opts = dhad.Normalizer("display", digits="latin").options
    assert opts == {
        "unicode": True, "bidi": True, "whitespace": True, "diacritics": False, "tatweel": False,
        "alef": False, "alef_maksura": False, "teh_marbuta": False, "hamza": False, "persian": False,
        "punctuation": False, "elongation": False, "digits": "latin",
    }


def test_unchanged_text_is_the_same_object():
    text = "كتب الطالب درسه"
    assert dhad.normalize(text) is text
    assert dhad.normalize_batch([text])[0] is text


def test_errors_name_the_bad_value():
    with pytest.raises(dhad.DhadError, match=r'unknown normalization preset "loud"; expected one of "none", "display", "search"'):
        dhad.normalize("x", "loud")
    with pytest.raises(dhad.DhadError, match=r'unknown normalization option "colour"'):
        dhad.Normalizer(colour=True)
    with pytest.raises(dhad.DhadError, match=r'option "alef" must be True or False, not 1'):
        dhad.normalize("x", alef=1)
    with pytest.raises(dhad.DhadError, match=r'invalid value "roman" for option "digits"; expected "latin", "arabic" or None'):
        dhad.normalize("x", digits="roman")
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        dhad.normalize(b"abc")
    with pytest.raises(TypeError, match="text must be str, not NoneType"):
        dhad.normalize(None)
    assert issubclass(dhad.DhadError, ValueError)


def test_lone_surrogate_is_a_clear_error():
    with pytest.raises(dhad.DhadError, match="text contains a lone surrogate at index 3"):
        dhad.normalize("abc\ud800def")
    with pytest.raises(dhad.DhadError, match=r"texts\[1\] contains a lone surrogate at index 0"):
        dhad.normalize_batch(["ok", "\udfff"])


def test_aligned_maps_back():
    text = "قالَ  الدكتورُ: «جمييييل»"
    a = dhad.Normalizer("search").normalize_aligned(text)
    assert a.text == "قال الدكتور: «جميل»"
    assert a.original == text
    assert len(a.offsets) == len(a.text) == len(a)
    s, e = a.to_original(14, 18)
    assert text[s:e] == "جمييييل"
    s, e = a.to_original(4, 11)
    assert text[s:e] == "الدكتور"
    assert a.to_original(3, 4) == (4, 6)
    assert a.to_original(0, 0) == (0, 0)
    with pytest.raises(dhad.DhadError, match=r"span \(5, 2\) is not inside the normalized text"):
        a.to_original(5, 2)
    # an index too large for a machine integer is out of range like any other
    with pytest.raises(dhad.DhadError, match=r"span \(0, 1000000000000000000000000000000\) is not inside"):
        a.to_original(0, 10**30)
    with pytest.raises(TypeError, match=r"to_original\(\) start must be an int, not str"):
        a.to_original("0", 1)
    assert pickle.loads(pickle.dumps(a)) == a


def test_tatweel_dash_aligns_to_its_run():
    text = "من ١٥ـــ٢٠"
    for n in (dhad.Normalizer("search"), dhad.Normalizer("none", tatweel=True)):
        a = n.normalize_aligned(text)
        assert a.text == n.normalize(text)
        dash = a.text.index("-")
        s, e = a.to_original(dash, dash + 1)
        assert text[s:e] == "ـــ"
    assert dhad.normalize(text, "none", tatweel=True) == "من ١٥-٢٠"
    # the fast path over a Python str and the UTF-8 engine agree (batch goes through both)
    texts = ["٢ـ٣", "ـ٥", "٥ـ", "xـ5", "بـ5", "5ـب", "5ـً", "ـ", " ـ "]
    assert dhad.normalize_batch(texts) == [dhad.normalize(t) for t in texts]
    assert [dhad.normalize(t) for t in texts] == ["2-3", "-5", "5-", "x-5", "ب5", "5ب", "5", "", " "]


def test_aligned_ligature_maps_to_one_char():
    a = dhad.Normalizer("display").normalize_aligned("ﻻ")
    assert a.text == "لا"
    assert a.offsets == [(0, 1), (0, 1)]


def test_normalizer_pickles_and_compares():
    n = dhad.Normalizer("search", alef=False)
    m = pickle.loads(pickle.dumps(n))
    assert m == n and hash(m) == hash(n)
    assert m.normalize("أحمد") == "أحمد"
    assert dhad.Normalizer("search") != dhad.Normalizer("display")
    assert "alef=False" in repr(n)


def test_batch_equals_map_of_single():
    texts = [t for t, _ in SEARCH] * 50
    assert dhad.normalize_batch(texts) == [dhad.normalize(t) for t in texts]
    assert dhad.normalize_batch(iter(texts), threads=2) == [dhad.normalize(t) for t in texts]
    n = dhad.Normalizer("display")
    assert n.normalize_batch(texts, threads=1) == [n.normalize(t) for t in texts]
    assert dhad.normalize_batch(texts, "none", digits="latin") == [dhad.normalize(t, "none", digits="latin") for t in texts]


def test_big_batch_runs_in_parallel_and_in_order():
    texts = [f"النص رقم {i} مَعَ تَشْكِيل" * 20 for i in range(3000)]
    out = dhad.normalize_batch(texts, threads=2)
    assert out[1234] == f"النص رقم {1234} مع تشكيل" * 20
    assert len(out) == 3000


def test_batch_errors():
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, not int"):
        dhad.normalize_batch(["a", "b", 3])
    assert dhad.normalize_batch(["أ", 3, None, "ب"], errors="none") == ["ا", None, None, "ب"]
    with pytest.raises(TypeError, match="texts must be an iterable of str, not a single str"):
        dhad.normalize_batch("abc")
    with pytest.raises(TypeError, match="texts must be an iterable of str, not int"):
        dhad.normalize_batch(5)
    with pytest.raises(dhad.DhadError, match="threads must be a positive integer or None, not 0"):
        dhad.normalize_batch(["a"], threads=0)
    with pytest.raises(dhad.DhadError, match='errors must be "raise" or "none", not "skip"'):
        dhad.normalize_batch(["a"], errors="skip")
    assert dhad.normalize_batch([]) == []


@pytest.mark.parametrize(
    "text,expected",
    [("٣٤", "34"), ("ﻻ", "لا"), ("١٢ é\u00a0x", "12 é x"), ("😀  ٣", "😀 3"), ("أ😀", "ا😀"), ("ab\u00a0\u00a0c", "ab c")],
)
def test_new_strings_are_canonical(text, expected):
    # Results written straight into CPython's storage must be indistinguishable from ordinary
    # strs: same kind (ASCII, Latin-1, UCS-2, UCS-4), equality, hash, isascii().
    for out in (dhad.normalize(text), dhad.normalize_batch([text] * 3, threads=2)[2]):
        assert out == expected
        assert hash(out) == hash(expected)
        assert out.isascii() == expected.isascii()
        assert out.encode("utf-8") == expected.encode("utf-8")
        assert sys.getsizeof(out) == sys.getsizeof(expected)


@pytest.mark.parametrize(
    "threads,error,message",
    [
        (10**30, dhad.DhadError, "threads must be a positive integer or None, not an integer this large"),
        ("2", TypeError, "threads must be a positive integer or None, not str"),
        (True, TypeError, "threads must be a positive integer or None, not a bool"),
        (-1, dhad.DhadError, "threads must be a positive integer or None, not -1"),
    ],
)
def test_bad_thread_counts_are_named(threads, error, message):
    for batch in (dhad.normalize_batch, dhad.tokenize_batch, dhad.extract_numbers_batch):
        with pytest.raises(error, match=message):
            batch(["نص"], threads=threads)


# Texts in every storage kind CPython has (ASCII, Latin-1, UCS-2, UCS-4) whose results land in
# every kind, including narrower than the input (Arabic digits that become ASCII).
KINDS = [
    ("plain ascii text", "plain ascii text"),
    ("café  crème", "café crème"),
    ("٣٤ ٥٦", "34 56"),
    ("مَدْرَسَةٌ  جمييييل", "مدرسه جميل"),
    ("😀  أهلاً", "😀 اهلا"),
    ("١٢ é\u00a0x", "12 é x"),
    ("سطر\n\n\n\nسطر", "سطر\n\nسطر"),
    ("ﻻ شيء", "لا شيء"),
    ("كتب الطالب درسه", "كتب الطالب درسه"),
]


def _same_kind(out, expected, original=None):
    # A slice is a fresh str of the canonical kind with no cached UTF-8, which would count in
    # getsizeof; an unchanged text comes back as the input object itself, cache and all.
    fresh = (expected + "\0")[:-1]
    return (
        out == expected
        and hash(out) == hash(expected)
        and out.isascii() == expected.isascii()
        and (out is original or sys.getsizeof(out) == sys.getsizeof(fresh))
    )


def test_a_one_character_result_is_pythons_own_object():
    # CPython shares one object per code point below 256 (chr(), slicing); a result of one such
    # character is that object, as Python itself would make it (a fresh equal str had differed
    # in size once the shared one had cached its UTF-8 form, which hypothesis found)
    "é".encode("utf-8")
    n = dhad.Normalizer("display")
    assert n.normalize("\u200fé") is chr(0xE9)
    assert n.normalize_batch(["\u200fé", "\u200fa"]) == ["é", "a"]
    assert all(a is b for a, b in zip(n.normalize_batch(["\u200fé", "\u200fa"]), [chr(0xE9), chr(0x61)]))
    assert n.normalize("\u200fض") == "ض"


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_big_mixed_batch_is_canonical_and_in_order(threads):
    # Big enough to run in parallel, over more than one window of texts (4096 on one thread,
    # 32768 on several); every result must be an ordinary str of the right kind.
    texts = [t for t, _ in KINDS] * 4000
    out = dhad.normalize_batch(texts, threads=threads)
    assert len(out) == len(texts)
    for i, (text, result) in enumerate(zip(texts, out)):
        expected = KINDS[i % len(KINDS)][1]
        assert _same_kind(result, expected, text), (i, text, result)
        if text == expected:
            assert result is text


def test_big_batch_errors_name_the_first_bad_item():
    texts = [t for t, _ in KINDS] * 1000
    bad = list(texts)
    bad[5000] = "ok\ud800"
    bad[7000] = 7
    # Types are checked before any text is normalized, so the int is named first.
    with pytest.raises(TypeError, match=r"texts\[7000\] must be str, not int"):
        dhad.normalize_batch(bad, threads=2)
    bad[7000] = "\udfff"
    with pytest.raises(dhad.DhadError, match=r"texts\[5000\] contains a lone surrogate at index 2"):
        dhad.normalize_batch(bad, threads=2)
    bad[7000] = 7
    out = dhad.normalize_batch(bad, threads=2, errors="none")
    assert out[5000] is None and out[7000] is None
    assert out[4999] == dhad.normalize(texts[4999]) and out[7001] == dhad.normalize(texts[7001])


def test_batches_from_several_python_threads_at_once():
    # Each batch has its own work queue; they share the worker pools without waiting on each
    # other while one of them holds the GIL.
    from concurrent.futures import ThreadPoolExecutor

    texts = [t for t, _ in KINDS] * 800
    want = [dhad.normalize(t) for t in texts]
    with ThreadPoolExecutor(4) as ex:
        results = list(ex.map(lambda k: dhad.normalize_batch(texts, threads=1 + k % 3), range(8)))
    assert all(r == want for r in results)


def test_fast_path_agrees_with_the_general_engine():
    # normalize() reads the str's storage and takes the one-lookup-per-character path;
    # normalize_aligned() runs the general engine over UTF-8. Both must agree exactly, for
    # every option set.
    from hypothesis import given, settings, strategies as st

    alphabet = st.one_of(
        st.characters(min_codepoint=0x0620, max_codepoint=0x0655),
        st.sampled_from(list(" \n\t\u00a0\u2028\u2029\u200d\u200f\u0640ـًٌٍَُِّْٰ٠١٢٫٬ﻻﺍ😀éa1,")),
        st.characters(),
    )
    flags = [name for name in dhad.Normalizer().options if name != "digits"]

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(alphabet, max_size=40).map("".join),
        st.dictionaries(st.sampled_from(flags), st.booleans()),
        st.sampled_from(["latin", "arabic", None]),
        st.sampled_from(["none", "display", "search"]),
    )
    def check(text, options, digits, preset):
        n = dhad.Normalizer(preset, digits=digits, **options)
        try:
            expected = n.normalize_aligned(text).text
        except dhad.DhadError:  # a lone surrogate
            with pytest.raises(dhad.DhadError):
                n.normalize(text)
            return
        out = n.normalize(text)
        assert _same_kind(out, expected, text)
        assert n.normalize_batch([text])[0] == expected

    check()


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")
def test_parallel_batch_after_fork_and_with_progress():
    import os

    texts = [t for t, _ in KINDS] * 1000
    want = dhad.normalize_batch(texts, threads=2, progress=True)
    assert want == [dhad.normalize(t) for t in texts]
    pid = os.fork()
    if pid == 0:  # the child: the parent's worker threads do not exist here
        ok = dhad.normalize_batch(texts, threads=2) == want
        os._exit(0 if ok else 3)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_normalizer_repr_names_its_preset_and_what_differs():
    # repr listed every switch after 'none': Normalizer() showed as
    # "Normalizer('none', unicode=True, bidi=True, ...)", a 'none' normalizer at first sight.
    cases = [
        (dhad.Normalizer(), "Normalizer('search')"),
        (dhad.Normalizer("display"), "Normalizer('display')"),
        (dhad.Normalizer("none"), "Normalizer('none')"),
        (dhad.Normalizer("display", digits="latin"), "Normalizer('display', digits='latin')"),
        (dhad.Normalizer("search", alef=False, digits=None), "Normalizer('search', alef=False, digits=None)"),
        (dhad.Normalizer("none", punctuation=True), "Normalizer('none', punctuation=True)"),
        (dhad.Normalizer("none", unicode=True, bidi=True, whitespace=True, tatweel=True), "Normalizer('display', tatweel=True)"),
    ]
    for n, want in cases:
        assert repr(n) == want
        assert eval(want, {"Normalizer": dhad.Normalizer}) == n
