"""Tokens and sentences from Python: kinds, code-point offsets, the Tokens sequence, batches."""

import pickle

import pytest

import dhad


def triples(text):
    return [(t.text, t.kind, t.start, t.end) for t in dhad.tokenize(text)]


def test_exact_tokens_and_offsets():
    text = "قالَ الوزيرُ: بلغ العدد ٣٥٠٠ لاجئ (12.5%) في #حلب 😀"
    assert triples(text) == [
        ("قالَ", "word", 0, 4),
        ("الوزيرُ", "word", 5, 12),
        (":", "punct", 12, 13),
        ("بلغ", "word", 14, 17),
        ("العدد", "word", 18, 23),
        ("٣٥٠٠", "number", 24, 28),
        ("لاجئ", "word", 29, 33),
        ("(", "punct", 34, 35),
        ("12.5", "number", 35, 39),
        ("%", "symbol", 39, 40),
        (")", "punct", 40, 41),
        ("في", "word", 42, 44),
        ("#حلب", "hashtag", 45, 49),
        ("😀", "emoji", 50, 51),
    ]


CASES = [
    ("بـ3500", [("بـ", "word"), ("3500", "number")]),
    ("الـ20", [("الـ", "word"), ("20", "number")]),
    ("١٢٫٥ و٣٬٥٠٠ و3,500", [("١٢٫٥", "number"), ("و", "word"), ("٣٬٥٠٠", "number"), ("و", "word"), ("3,500", "number")]),
    ("٥٠٪", [("٥٠", "number"), ("٪", "symbol")]),
    ("٥؉ ٭", [("٥", "number"), ("؉", "symbol"), ("٭", "symbol")]),
    ("زوروا https://dhad.org/a?b=1.", [("زوروا", "word"), ("https://dhad.org/a?b=1", "url"), (".", "punct")]),
    ("www.dhad.org", [("www.dhad.org", "url")]),
    # an Arabic word glued to the host is not part of the URL; an Arabic path is
    ("زوروا www.dhad.orgوشكراً", [("زوروا", "word"), ("www.dhad.org", "url"), ("وشكراً", "word")]),
    ("https://ar.wikipedia.org/wiki/مصر", [("https://ar.wikipedia.org/wiki/مصر", "url")]),
    ("راسلوا info@dhad.org", [("راسلوا", "word"), ("info@dhad.org", "email")]),
    # an Arabic local part (RFC 6531) is one address, not a word and the mention "@gmail"
    ("راسلوا عبدالله@gmail.com", [("راسلوا", "word"), ("عبدالله@gmail.com", "email")]),
    ("@صحفي و@user_1", [("@صحفي", "mention"), ("و", "word"), ("@user_1", "mention")]),
    ("#سوريا #news", [("#سوريا", "hashtag"), ("#news", "hashtag")]),
    ("👨\u200d👩\u200d👧 🇪🇬 👍🏽", [("👨\u200d👩\u200d👧", "emoji"), ("🇪🇬", "emoji"), ("👍🏽", "emoji")]),
    ("1\ufe0f\u20e3 أولا", [("1\ufe0f\u20e3", "emoji"), ("أولا", "word")]),
    ("«نعم»، “لا”؛ لماذا؟", [("«", "punct"), ("نعم", "word"), ("»", "punct"), ("،", "punct"), ("“", "punct"),
                              ("لا", "word"), ("”", "punct"), ("؛", "punct"), ("لماذا", "word"), ("؟", "punct")]),
    ("استخدم Python بسرعة", [("استخدم", "word"), ("Python", "latin"), ("بسرعة", "word")]),
    ("جمـــيل", [("جمـــيل", "word")]),
    ("كَتَبَ", [("كَتَبَ", "word")]),
    ("ن\u200cص", [("ن\u200cص", "word")]),
    # Uthmani text: the small waw and small yeh (U+06E5, U+06E6) sit inside the word
    ("إِنَّ لَهُۥ دَاوُۥدَ", [("إِنَّ", "word"), ("لَهُۥ", "word"), ("دَاوُۥدَ", "word")]),
    # the end-of-ayah sign is visible: a symbol before the verse number
    ("لِّلْمُتَّقِينَ ۝٢", [("لِّلْمُتَّقِينَ", "word"), ("۝", "symbol"), ("٢", "number")]),
    # a Quranic pause mark between words is punctuation
    ("رَيْبَ ۛ فِيهِ ۛ", [("رَيْبَ", "word"), ("ۛ", "punct"), ("فِيهِ", "word"), ("ۛ", "punct")]),
    ("", []),
    ("\u200f\u200e  \n", []),
    # a ZWJ outside an emoji sequence is no token; a soft hyphen inside a word keeps it whole
    ("شكرا\u200d🌹", [("شكرا", "word"), ("🌹", "emoji")]),
    ("المدر\u00adسة 😀", [("المدر\u00adسة", "word"), ("😀", "emoji")]),
    # a link glued to a clitic (with or without tatweel) is a link
    ("وhttps://dhad.org و بـwww.dhad.org", [("و", "word"), ("https://dhad.org", "url"), ("و", "word"),
                                          ("بـ", "word"), ("www.dhad.org", "url")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_token_kinds(text, expected):
    toks = dhad.tokenize(text)
    assert [(t.text, t.kind) for t in toks] == expected
    for t in toks:
        assert text[t.start : t.end] == t.text


def test_norm_is_search_normalized():
    toks = dhad.tokenize("أَحْمَدُ في المدرسةِ ٣")
    assert [t.norm for t in toks] == ["احمد", "في", "المدرسه", "3"]


def test_tokens_is_a_lazy_sequence():
    text = "ذهب أحمد إلى السوق."
    toks = dhad.tokenize(text)
    assert len(toks) == 5
    assert toks[0].text == "ذهب" and toks[-1].text == "."
    assert [t.text for t in toks[1:3]] == ["أحمد", "إلى"]
    assert isinstance(toks[1:3], dhad.Tokens)
    assert [t.text for t in toks[::2]] == ["ذهب", "إلى", "."]
    assert toks.texts == ["ذهب", "أحمد", "إلى", "السوق", "."]
    assert toks.starts == [0, 4, 9, 13, 18]
    assert toks.ends == [3, 8, 12, 18, 19]
    assert toks.kinds == ["word", "word", "word", "word", "punct"]
    assert toks.text == text
    assert toks == dhad.tokenize(text)
    assert toks == list(toks)
    assert toks != dhad.tokenize("ذهب")
    with pytest.raises(IndexError, match="token index 5 out of range for 5 tokens"):
        toks[5]
    with pytest.raises(TypeError, match="Tokens indices must be integers or slices, not str"):
        toks["a"]


def test_to_numpy():
    import numpy as np

    # the columnar views, under their own names (API.md)
    cols = dhad.tokenize("ذهب أحمد 3").to_numpy()
    assert list(cols) == ["texts", "starts", "ends", "kinds"]
    assert cols["texts"].tolist() == ["ذهب", "أحمد", "3"]
    assert cols["starts"].tolist() == [0, 4, 9]
    assert cols["ends"].dtype == np.int64
    assert cols["ends"].tolist() == [3, 8, 10]
    assert cols["kinds"].tolist() == ["word", "word", "number"]


def test_token_objects():
    t = dhad.tokenize("في ٢٠٢٤")[1]
    assert repr(t) == "Token('٢٠٢٤', number, 3:7)"
    assert t.to_dict() == {"text": "٢٠٢٤", "start": 3, "end": 7, "kind": "number", "norm": "2024"}
    assert t == dhad.Token("٢٠٢٤", 3, 7, "number")
    assert hash(t) == hash(dhad.Token("٢٠٢٤", 3, 7, "number"))
    assert t.segments is None
    with pytest.raises(dhad.DhadError, match='unknown token kind "noun"'):
        dhad.Token("x", 0, 1, "noun")
    with pytest.raises(dhad.DhadError, match=r"token span \(0, 5\) does not fit its text of length 1"):
        dhad.Token("x", 0, 5, "latin")


def test_pickle_round_trips():
    toks = dhad.tokenize("وصل ٣ وفود إلى #بغداد")
    assert pickle.loads(pickle.dumps(toks)) == toks
    assert pickle.loads(pickle.dumps(toks[2])) == toks[2]
    spans = dhad.sentences("جملة. أخرى")
    assert pickle.loads(pickle.dumps(spans)) == spans


def test_sentences():
    text = "زار د. سمير المدينة. بلغ السعر 12.5 دولار! هل تأتي؟ الموقع www.dhad.org مفيد.\n\nفقرة جديدة"
    got = [(s.text, s.start, s.end) for s in dhad.sentences(text)]
    assert [g[0] for g in got] == [
        "زار د. سمير المدينة.",
        "بلغ السعر 12.5 دولار!",
        "هل تأتي؟",
        "الموقع www.dhad.org مفيد.",
        "فقرة جديدة",
    ]
    for s, start, end in got:
        assert text[start:end] == s
    assert dhad.sentences("") == []
    # no space after the period between two Arabic words: still two sentences
    assert [s.text for s in dhad.sentences("وصلنا بالسلامة.الحمد لله")] == ["وصلنا بالسلامة.", "الحمد لله"]
    assert [s.text for s in dhad.sentences("في 500 ق.م.ثم")] == ["في 500 ق.م.ثم"]
    assert [s.text for s in dhad.sentences("ولد عام 1990.وفي 2012 تخرج")] == ["ولد عام 1990.", "وفي 2012 تخرج"]
    assert repr(dhad.sentences("نعم.")[0]) == "Span('نعم.', 0:4)"
    assert dhad.sentences("نعم.")[0].to_dict() == {"text": "نعم.", "start": 0, "end": 4}


@pytest.mark.parametrize("text,expected", [
    # a list item at the start of a line opens a sentence; the heading before it ends there
    ("شروط التسجيل:\n1. صورة من الهوية.\n2. شهادة الميلاد.",
     ["شروط التسجيل:", "1. صورة من الهوية.", "2. شهادة الميلاد."]),
    ("طريقة التحضير:\n• نخلط الدقيق مع السكر\n• نضيف البيض",
     ["طريقة التحضير:", "• نخلط الدقيق مع السكر", "• نضيف البيض"]),
    ("تصل درجة الحرارة المتوقعة إلى\n-3 درجات في المرتفعات", ["تصل درجة الحرارة المتوقعة إلى\n-3 درجات في المرتفعات"]),
    # "ص" (صباحا) after a number ends a sentence like "م"; before a number it is a page
    ("يبدأ الدوام 8 ص. ويغلق المكتب ظهرا", ["يبدأ الدوام 8 ص.", "ويغلق المكتب ظهرا"]),
    ("راجع المجلد 2 ص. 17 من الموسوعة", ["راجع المجلد 2 ص. 17 من الموسوعة"]),
    # the end of an aside in brackets is not the sentence's; a sentence in brackets is one
    ("قال (مازحاً!) إنه سيعود 😀. ثم خرج", ["قال (مازحاً!) إنه سيعود 😀.", "ثم خرج"]),
    ("(انظر الصورة.) ثم عاد.", ["(انظر الصورة.)", "ثم عاد."]),
    # terminal punctuation opening a sentence ends none: no sentence of "..." alone
    ("...وهكذا انتهى كل شيء", ["...وهكذا انتهى كل شيء"]),
    ("انتهى.\n... ثم بدأ من جديد", ["انتهى.", "... ثم بدأ من جديد"]),
])
def test_sentences_around_lists_and_clock_markers(text, expected):
    got = dhad.sentences(text)
    assert [s.text for s in got] == expected
    assert all(text[s.start:s.end] == s.text for s in got)


@pytest.mark.parametrize("text,expected", [
    # one sentence a line, no periods: a chat export
    ("مساء النور يا شباب\nوصلت المطار الحين\nمين جاي ياخذني؟",
     ["مساء النور يا شباب", "وصلت المطار الحين", "مين جاي ياخذني؟"]),
    # a line ending in an emoji or a hashtag, and a line of hashtags or a mention
    ("الحمد لله على السلامة يا أبو محمد، نورت البلد والله 🌹\nمتى نشوفك؟",
     ["الحمد لله على السلامة يا أبو محمد، نورت البلد والله 🌹", "متى نشوفك؟"]),
    ("افتتاح المعرض الدولي للكتاب بمشاركة واسعة من دور النشر العربية\n#معرض_الكتاب #القراءة",
     ["افتتاح المعرض الدولي للكتاب بمشاركة واسعة من دور النشر العربية", "#معرض_الكتاب #القراءة"]),
    ("تم تحديث الجدول الزمني لامتحانات الفصل الدراسي الثاني لهذا العام\n@وزارة_التعليم",
     ["تم تحديث الجدول الزمني لامتحانات الفصل الدراسي الثاني لهذا العام", "@وزارة_التعليم"]),
    # an e-mail wrapped at about 70 characters: the breaks fall where the width ran out
    ("نود إعلامكم بأن الاجتماع الدوري لمجلس الإدارة قد تأجل إلى الأسبوع\n"
     "المقبل بسبب سفر عدد من الأعضاء، وسنرسل لكم جدول الأعمال المعدل\n"
     "قبل الموعد بيومين على الأقل.\nمع التحية",
     ["نود إعلامكم بأن الاجتماع الدوري لمجلس الإدارة قد تأجل إلى الأسبوع\n"
      "المقبل بسبب سفر عدد من الأعضاء، وسنرسل لكم جدول الأعمال المعدل\n"
      "قبل الموعد بيومين على الأقل.", "مع التحية"]),
    # a short line that ends on a preposition or a comma goes on
    ("وصلت الشحنة من\nميناء جدة أمس", ["وصلت الشحنة من\nميناء جدة أمس"]),
    ("بعد انتهاء الدوام،\nاجتمع الموظفون", ["بعد انتهاء الدوام،\nاجتمع الموظفون"]),
])
def test_a_line_break_ends_a_sentence_unless_the_line_is_wrapped(text, expected):
    got = dhad.sentences(text)
    assert [s.text for s in got] == expected
    assert all(text[s.start:s.end] == s.text for s in got)
    assert dhad.sentences_batch([text, text]) == [got, got]
    assert dhad.analyze(text).sentences == got


def test_a_version_glued_to_a_latin_name_is_one_token():
    text = "نزل تحديث v3.2.1 للتطبيق"
    toks = dhad.tokenize(text)
    assert [(t.text, t.kind) for t in toks] == [
        ("نزل", "word"), ("تحديث", "word"), ("v3.2.1", "latin"), ("للتطبيق", "word")]
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert dhad.extract_numbers(text) == []


@pytest.mark.parametrize("text,expected", [
    # model and code names: a Latin word hyphened to a part with a digit is one token
    ("جربت ChatGPT-4o أمس", [("جربت", "word"), ("ChatGPT-4o", "latin"), ("أمس", "word")]),
    ("طائرات F-16 ولقاح COVID-19", [
        ("طائرات", "word"), ("F-16", "latin"), ("ولقاح", "word"), ("COVID-19", "latin")]),
    # words joined by a hyphen alone stay apart, and so does a small letter minus a number
    ("Wi-Fi", [("Wi", "latin"), ("-", "punct"), ("Fi", "latin")]),
    ("x-2", [("x", "latin"), ("-", "punct"), ("2", "number")]),
])
def test_a_latin_name_hyphened_to_digits_is_one_token(text, expected):
    toks = dhad.tokenize(text)
    assert [(t.text, t.kind) for t in toks] == expected
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_batches_equal_map_of_single():
    texts = [c[0] for c in CASES] * 20 + ["جملة أولى. ثانية"] * 10
    assert dhad.tokenize_batch(texts) == [dhad.tokenize(t) for t in texts]
    assert dhad.tokenize_batch(texts, threads=2) == [dhad.tokenize(t) for t in texts]
    assert dhad.sentences_batch(texts) == [dhad.sentences(t) for t in texts]
    big = ["نص طويل فيه كلمات كثيرة " * 400] * 40
    assert dhad.tokenize_batch(big, threads=2) == [dhad.tokenize(t) for t in big]


def test_batch_errors_name_the_index():
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not bytes"):
        dhad.tokenize_batch(["ok", b"bad"])
    out = dhad.tokenize_batch(["ok", b"bad", "نعم"], errors="none")
    assert out[1] is None and out[2].texts == ["نعم"]
    with pytest.raises(TypeError, match=r"texts\[0\] must be str, not NoneType"):
        dhad.sentences_batch([None])
    with pytest.raises(TypeError, match="text must be str, not int"):
        dhad.tokenize(5)


def test_progress_bar_runs(capsys):
    out = dhad.tokenize_batch(["نص"] * 10, progress=True)
    assert len(out) == 10
    assert "10/10" in capsys.readouterr().err


def test_ornate_parentheses_are_punctuation():
    # U+FD3E/U+FD3F enclose a Quranic quotation or verse number; they were letters glued to
    # the words inside ("﴿وَقُل", "عِلْمًا﴾")
    text = "قال تعالى: ﴿وَقُل رَّبِّ زِدْنِي عِلْمًا﴾ ﴿١١٤﴾"
    toks = dhad.tokenize(text)
    assert [(t.text, t.kind) for t in toks] == [
        ("قال", "word"), ("تعالى", "word"), (":", "punct"), ("﴿", "punct"), ("وَقُل", "word"),
        ("رَّبِّ", "word"), ("زِدْنِي", "word"), ("عِلْمًا", "word"), ("﴾", "punct"),
        ("﴿", "punct"), ("١١٤", "number"), ("﴾", "punct")]
    assert all(text[t.start:t.end] == t.text for t in toks)
    segs = [(t.text, t.segments and str(t.segments)) for t in dhad.tokenize("﴿وَقُل", clitics=True)]
    assert segs == [("﴿", None), ("وَقُل", "وَ+قُل")]


@pytest.mark.parametrize("text,expected", [
    # the sentence's period between a URL's host and the next word was part of the host
    ("زوروا www.example.com.وشكراً",
     [("زوروا", "word"), ("www.example.com", "url"), (".", "punct"), ("وشكراً", "word")]),
    # a closing parenthesis that opens none inside the URL is the text's
    ("(الصورة https://example.org/a_(b).jpg)",
     [("(", "punct"), ("الصورة", "word"), ("https://example.org/a_(b).jpg", "url"), (")", "punct")]),
])
def test_url_ends(text, expected):
    assert [(t.text, t.kind) for t in dhad.tokenize(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a bare domain with a known top-level domain is a link (it was three latin/punct tokens)
    ("زوروا موقع aljazeera.net أو example.com/news",
     [("aljazeera.net", "url"), ("example.com/news", "url")]),
    ("تابعونا على t.me/qanat وspa.gov.sa", [("t.me/qanat", "url"), ("spa.gov.sa", "url")]),
    ("المصدر: example.com.", [("example.com", "url"), (".", "punct")]),
    ("الرابط:example.com", [("example.com", "url")]),
    # versions, abbreviations, decimals, file names and glued sentence ends are not
    ("v3.2.1 و Python3.11", [("v3.2.1", "latin"), ("Python3.11", "latin")]),
    ("e.g. U.S. الخ. 3.5", [(".", "punct")] * 5 + [("3.5", "number")]),
    ("report.pdf و تقرير.docx و end.Next", [(".", "punct")] * 3),
])
def test_bare_domains(text, expected):
    got = [(t.text, t.kind) for t in dhad.tokenize(text)
           if t.kind in ("url", "email") or "." in t.text]
    assert got == expected
    for t in dhad.tokenize(text):
        assert text[t.start:t.end] == t.text


def test_a_sentence_does_not_end_inside_a_bare_domain():
    text = "زرت aljazeera.net اليوم. ثم example.com."
    assert [s.text for s in dhad.sentences(text)] == ["زرت aljazeera.net اليوم.", "ثم example.com."]


@pytest.mark.parametrize("text,expected", [
    # no space typed after a period that follows a sign or an emoji (was one sentence)
    ("ارتفع 60%.وانخفض", ["ارتفع 60%.", "وانخفض"]),
    ("رائع 👏👏.شكرا لكم", ["رائع 👏👏.", "شكرا لكم"]),
    # the scale letter after "°" is no abbreviation (was one sentence)
    ("الحرارة ٣٥°م. والرطوبة عالية", ["الحرارة ٣٥°م.", "والرطوبة عالية"]),
])
def test_sentence_ends_after_signs_emoji_and_degrees(text, expected):
    assert [s.text for s in dhad.sentences(text)] == expected


def test_a_heading_over_table_rows_is_a_sentence_of_its_own():
    # a full line over short rows that stand alone was joined to the first row
    text = ("نتائج مباريات الجولة الخامسة عشرة من الدوري المصري الممتاز لكرة القدم\n"
            "الأهلي 2 الزمالك 1\nبيراميدز 3 المصري 0")
    got = [s.text for s in dhad.sentences(text)]
    assert got == ["نتائج مباريات الجولة الخامسة عشرة من الدوري المصري الممتاز لكرة القدم",
                   "الأهلي 2 الزمالك 1", "بيراميدز 3 المصري 0"]
    for s in dhad.sentences(text):
        assert text[s.start:s.end] == s.text
    # wrapped prose whose short line ends the sentence stays one
    prose = ("أكد المتحدث باسم الوزارة أن فرق الصيانة تعمل على إصلاح الأعطال في الشبكة\n"
             "منذ الصباح.\nوأضاف أن الخدمة ستعود")
    assert [s.text for s in dhad.sentences(prose)] == [
        "أكد المتحدث باسم الوزارة أن فرق الصيانة تعمل على إصلاح الأعطال في الشبكة\nمنذ الصباح.",
        "وأضاف أن الخدمة ستعود"]


def test_the_name_ali_ends_a_line():
    # "علي" (Ali) was read as "على" and held the line open
    assert [s.text for s in dhad.sentences("د. أحمد م. علي\nمدير المستشفى")] == [
        "د. أحمد م. علي", "مدير المستشفى"]


def test_to_numpy_of_no_tokens_keeps_string_columns():
    # np.asarray([]) is a float64 array: the texts and kinds of an empty text came back as
    # floats, so concatenating the columns of many texts turned every string into an object.
    import numpy as np

    cols = dhad.tokenize(" \n").to_numpy()
    assert (cols["texts"].dtype.kind, cols["kinds"].dtype.kind) == ("U", "U")
    assert (cols["starts"].dtype, cols["ends"].dtype) == (np.int64, np.int64)
    both = np.concatenate([cols["texts"], dhad.tokenize("ذهب").to_numpy()["texts"]])
    assert both.tolist() == ["ذهب"] and both.dtype.kind == "U"


def test_tokens_is_a_sequence_with_count_and_index():
    # API.md calls Tokens a read-only sequence, but it was no collections.abc.Sequence and had
    # no count() or index(): code that checks isinstance(x, Sequence), or calls x.index(t),
    # refused it.
    from collections.abc import Sequence

    toks = dhad.tokenize("قال الوفد إن الوفد غادر")
    assert isinstance(toks, Sequence)
    second = toks[1]
    assert (toks.count(second), toks.index(second), second in toks) == (1, 1, True)
    again = toks[3]
    assert again.text == second.text and again != second  # same word, another place
    assert (toks.index(again), toks.index(again, -2), toks.index(again, 1, 4)) == (3, 3, 3)
    for start, stop in ((0, 3), (4, None), (-1, None)):
        with pytest.raises(ValueError, match=r"Tokens.index\(x\): x is not one of the tokens"):
            toks.index(again, start, stop)
    assert (toks.count("الوفد"), "الوفد" in toks) == (0, False)  # tokens hold Token objects
    assert toks[1:].index(second) == 0
    # with clitics, a token's segments count too, as in ==
    seg = dhad.tokenize("قال الوفد", clitics=True)
    assert seg.count(seg[1]) == 1 and dhad.tokenize("قال الوفد")[1] not in seg
    assert list(reversed(toks))[0].text == "غادر"


@pytest.mark.parametrize("text,expected", [
    # a digit for a letter at the start of an Arabizi word is part of one latin token
    ("3andi 2 wlad", [("3andi", "latin"), ("2", "number"), ("wlad", "latin")]),
    ("kifak 7abibi, ma3a 3a2ilti", [
        ("kifak", "latin"), ("7abibi", "latin"), (",", "punct"), ("ma3a", "latin"),
        ("3a2ilti", "latin")]),
    # units, ordinals, multipliers and English words of quantity glued to a digit stay apart
    ("3km 5mg 10x 2nd 4G 5min", [
        ("3", "number"), ("km", "latin"), ("5", "number"), ("mg", "latin"),
        ("10", "number"), ("x", "latin"), ("2", "number"), ("nd", "latin"),
        ("4", "number"), ("G", "latin"), ("5", "number"), ("min", "latin")]),
])
def test_an_arabizi_word_is_one_latin_token(text, expected):
    toks = dhad.tokenize(text)
    assert [(t.text, t.kind) for t in toks] == expected
    assert all(text[t.start:t.end] == t.text for t in toks)
    # the numbers follow the same rule: an Arabizi word holds no number
    latin = {t.text for t in toks if t.kind == "latin"}
    assert not any(m.text in latin or m.start in {t.start for t in toks if t.text in latin}
                   for m in dhad.extract_numbers(text))
