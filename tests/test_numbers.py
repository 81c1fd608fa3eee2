"""Numbers from Python: parse_number, extract_numbers, the batch twin and NumberMention."""

import os
import pickle
import threading

import pytest

import dhad

PARSE = [
    ("3500", 3500),
    ("٣٥٠٠", 3500),
    ("۳۵۰۰", 3500),
    ("3,500", 3500),
    ("٣٬٥٠٠", 3500),
    ("12.5", 12.5),
    ("١٢٫٥", 12.5),
    ("-7", -7),
    ("ثلاثة", 3),
    ("إحدى عشرة", 11),
    ("اثني عشر", 12),
    ("مائتان وخمسون", 250),
    ("ثلاث مائة", 300),
    ("ثلاثة آلاف وخمسمائة", 3500),
    ("أحد عشر ألفا", 11000),
    ("مليون و 200 ألف", 1200000),
    ("2.5 مليون", 2500000),
    ("الخامس والعشرون", 25),
    ("تلتمية", 300),
    ("حداشر", 11),
    ("ثلاثة ونصف", 3.5),
    ("3/4", 0.75),
    ("ترليون", 10**12),
    ("ألف مليار", 10**12),
]


@pytest.mark.parametrize("text,value", PARSE)
def test_parse_number(text, value):
    got = dhad.parse_number(text)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize(
    "text,fragment",
    [
        ("ثلاثة خمسمائة", "خمسمائة"),
        ("ألف ألف مليون", "مليون"),
        ("كتاب", "not a number word"),
        ("", "empty"),
        ("آلاف", "vague"),
        ("9" * 50, "128-bit"),
    ],
)
def test_parse_number_errors(text, fragment):
    with pytest.raises(dhad.DhadError) as e:
        dhad.parse_number(text)
    assert fragment in str(e.value)
    assert isinstance(e.value, ValueError)


def test_parse_number_error_on_a_huge_text_quotes_its_head_only():
    word = "س" * 1_000_000
    with pytest.raises(dhad.DhadError) as e:
        dhad.parse_number("ثلاثة " + word)
    head = "ثلاثة " + "س" * 54
    assert str(e.value) == (
        f'"{head}"… (1000006 characters) is not one number: "{"س" * 60}"… cannot follow "ثلاثة" in one number.'
    )


def test_parse_number_type_error():
    with pytest.raises(TypeError, match="text must be str"):
        dhad.parse_number(12)


def test_exact_mentions_with_code_point_offsets():
    text = "قالَ: اعتقل نحو 3500 محتجز، وبثلاثة آلاف وخمسمائة دولار في الخامس عشر من الشهر."
    ms = dhad.extract_numbers(text)
    assert [(m.text, m.value, m.kind, m.approx, m.unit, m.unit_norm) for m in ms] == [
        ("نحو 3500 محتجز", 3500, "cardinal", "about", "محتجز", None),
        ("ثلاثة آلاف وخمسمائة دولار", 3500, "cardinal", None, "دولار", "USD"),
        ("الخامس عشر", 15, "ordinal", None, None, None),
    ]
    assert (ms[0].start, ms[0].end) == (12, 26)
    for m in ms:
        assert text[m.start : m.end] == m.text


EXTRACT = [
    ("25%", [("25%", 25, "percent", None, None)]),
    ("خمسة في المائة", [("خمسة في المائة", 5, "percent", None, None)]),
    ("من 10 إلى 20 دولار", [("من 10 إلى 20 دولار", 10, "cardinal", None, 20)]),
    ("بين 10 و20", [("بين 10 و20", 10, "cardinal", None, 20)]),
    ("10-20", [("10-20", 10, "cardinal", None, 20)]),
    ("أكثر من 100", [("أكثر من 100", 100, "cardinal", "more_than", None)]),
    ("ما لا يقل عن 20", [("ما لا يقل عن 20", 20, "cardinal", "at_least", None)]),
    ("عشرات الآلاف", [("عشرات الآلاف", 10000, "cardinal", "order_of", None)]),
    ("ساعة ونصف", [("ساعة ونصف", 1.5, "fraction", None, None)]),
    ("ثلاثة أرباع", [("ثلاثة أرباع", 0.75, "fraction", None, None)]),
    ("دمرت دبابتين", [("دبابتين", 2, "cardinal", None, None)]),
    # kitchen measures and servings have broken plurals, so their -ين form is a dual
    ("أضيفي كوبين من الدقيق", [("كوبين", 2, "cardinal", None, None)]),
    ("اشتريت رغيفين وكيسين", [("رغيفين", 2, "cardinal", None, None), ("كيسين", 2, "cardinal", None, None)]),
    # a date written in digits with tatweel between its parts holds no quantity
    ("صدر القرار بتاريخ ٢٠٢٤ـ٠٥ـ١٢ عن المحكمة", []),
    # a clitic + a two-letter stem + "ان" is a surname (Fidan), not "and two hands"
    ("التقى هاكان فيدان بالوزير", []),
    ("أمسكه بيدين", [("يدين", 2, "cardinal", None, None)]),
    ("يوم الاثنين", []),
    ("الأحد", []),
    ("أحد الجنود", []),
    ("بين حين وآخر في فلسطين والبحرين", []),
    ("الحسين وحسين والمسلمين", []),
    ("الـ 20 الشهر الجاري", [("الـ 20", 20, "ordinal", None, None)]),
    ("وصل ألفا لاجئ", [("ألفا لاجئ", 2000, "cardinal", None, None)]),
    # "ألفا" the Greek letter is no number
    ("انتشر المتحور ألفا في الربيع", []),
    ("اشترى سيارة ألفا روميو حمراء", []),
    ("بلغ عددهم ألفا", [("ألفا", 1000, "cardinal", None, None)]),
    ("بلغ العجز 15 مليار جنيه في الربع الأخير من 2023",
     [("15 مليار جنيه", 15_000_000_000, "cardinal", None, None), ("2023", 2023, "cardinal", None, None)]),
    ("وصل الوفد أول أمس", []),
    ("أرسلت نحو 1500 جندي", [("نحو 1500 جندي", 1500, "cardinal", "about", None)]),
]


@pytest.mark.parametrize("text,expected", EXTRACT)
def test_extract_numbers_table(text, expected):
    got = [(m.text, m.value, m.kind, m.approx, m.range_end) for m in dhad.extract_numbers(text)]
    assert got == expected


def test_value_types():
    ms = dhad.extract_numbers("نصف و 3 و 2.5 مليون و 1.5")
    assert [type(m.value) for m in ms] == [float, int, int, float]
    big = dhad.extract_numbers("ألف مليار")
    assert big[0].value == 10**12 and type(big[0].value) is int


def test_bare_units_option():
    assert dhad.extract_numbers("في أسبوع") == []
    ms = dhad.extract_numbers("في أسبوع", bare_units=True)
    assert [(m.text, m.value, m.unit_norm) for m in ms] == [("أسبوع", 1, "week")]
    # after a duration word a lone time unit counts by default
    ms = dhad.extract_numbers("خلال أسبوع")
    assert [(m.text, m.value, m.unit_norm) for m in ms] == [("أسبوع", 1, "week")]
    # and so does a unit noun that is the whole text (a table cell, a label)
    cells = ["كيلوغرام", "كيلوغرام صافي", "شهر", "الشهر"]
    got = [[(m.text, m.value, m.unit_norm) for m in ms] for ms in dhad.extract_numbers_batch(cells)]
    assert got == [[("كيلوغرام", 1, "kg")], [], [("شهر", 1, "month")], []]


def test_mention_object_protocol():
    text = "نحو 30 دولارا"
    (m,) = dhad.extract_numbers(text)
    assert m.to_dict() == {
        "text": "نحو 30 دولارا",
        "start": 0,
        "end": 13,
        "value": 30,
        "kind": "cardinal",
        "approx": "about",
        "range_end": None,
        "unit": "دولارا",
        "unit_norm": "USD",
    }
    assert pickle.loads(pickle.dumps(m)) == m
    assert repr(m) == "NumberMention('نحو 30 دولارا', 30, cardinal, 0:13, approx=about, unit=\"دولارا\", unit_norm=\"USD\")"
    same = dhad.NumberMention("نحو 30 دولارا", 0, 13, 30, "cardinal", "about", None, "دولارا", "USD")
    assert same == m and hash(same) == hash(m)
    assert m != dhad.NumberMention("نحو 30 دولارا", 0, 13, 31, "cardinal", "about", None, "دولارا", "USD")
    with pytest.raises(AttributeError):
        m.value = 3  # frozen
    with pytest.raises(dhad.DhadError, match="unknown number kind"):
        dhad.NumberMention("3", 0, 1, 3, "weird")
    with pytest.raises(dhad.DhadError, match="does not fit"):
        dhad.NumberMention("3", 0, 5, 3, "cardinal")
    with pytest.raises(TypeError, match="value must be int or float"):
        dhad.NumberMention("3", 0, 1, "3", "cardinal")


def test_batch_equals_single_and_keeps_order():
    texts = ["قتل 3 أشخاص", "", "ثلاثة آلاف وخمسمائة", "لا أرقام هنا", "25% و ٣٠٪"] * 40
    single = [dhad.extract_numbers(t) for t in texts]
    assert dhad.extract_numbers_batch(texts) == single
    assert dhad.extract_numbers_batch(texts, threads=2) == single
    assert dhad.extract_numbers_batch(iter(texts), threads=1) == single
    # large enough to run in parallel
    big = ["نحو 3500 محتجز في 14 عربة. " * 200] * 60
    assert dhad.extract_numbers_batch(big, threads=2) == [dhad.extract_numbers(t) for t in big]


def test_batch_errors():
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        dhad.extract_numbers_batch(["3", 4])
    assert dhad.extract_numbers_batch(["3", 4], errors="none")[1] is None
    with pytest.raises(TypeError, match="not a single str"):
        dhad.extract_numbers_batch("ثلاثة")


def test_spans_slice_back_on_odd_text():
    texts = [
        "😀 ٣ 😀 ثلاثة\u200f آلاف",
        "e\u0301 3 é ٤٥٪ 🇪🇬 مليون",
        "ـــ ثلاثة ـــ",
        "\x00 5 \n\t 6",
        "ثَلَاثَةُ آلَافٍ",
    ]
    for t in texts:
        for m in dhad.extract_numbers(t):
            assert t[m.start : m.end] == m.text


def test_threads_share_the_module():
    text = "بين 10 و20 في المائة و نحو مليون دولار " * 50
    expected = dhad.extract_numbers(text)
    out = []

    def work():
        out.append(dhad.extract_numbers(text) == expected)

    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert out == [True] * 4


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_batch_after_fork():
    texts = ["نحو 3500 محتجز. " * 500] * 40
    expected = dhad.extract_numbers_batch(texts, threads=2)
    pid = os.fork()
    if pid == 0:
        ok = dhad.extract_numbers_batch(texts, threads=2) == expected
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0


def test_analyze_reports_numbers():
    doc = dhad.analyze("اعتقل نحو 3500 شخص")
    assert [(n.text, n.value) for n in doc.numbers] == [("نحو 3500 شخص", 3500)]


def test_clock_times_and_phone_numbers_are_no_quantities():
    assert dhad.extract_numbers("وصل القطار الساعة 10:30 صباحا") == []
    assert dhad.extract_numbers("اتصلوا على 0501234567 للاستفسار") == []
    # ... but parse_number still reads the digits it is given
    assert dhad.parse_number("0501234567") == 501234567
    got = [(m.text, m.value) for m in dhad.extract_numbers("احتل المرتبة 15 عالمياً بعد الساعات الأربع والعشرين")]
    assert got == [("15", 15), ("الأربع والعشرين", 24)]
    assert [m.kind for m in dhad.extract_numbers("الساعات الأربع والعشرين")] == ["cardinal"]


QA6 = [
    # phone numbers written in groups are no quantities
    ("للتواصل +966 50 123 4567 على مدار الساعة", []),
    ("الهاتف 050-123-4567 للحجز", []),
    ("اتصلوا على 00962 79 123 4567", []),
    # digits after the article after a singular noun of a series or ranking are an ordinal ...
    ("احتل المنتخب المركز الـ15 عالميا", [("الـ15", 15, "ordinal", None, None)]),
    ("فاز باللقب للمرة الـ15", [("الـ15", 15, "ordinal", None, None)]),
    # ... after a plural a count
    ("وافق قادة الدول الـ27 على الخطة", [("27", 27, "cardinal", None, None)]),
    # a fraction before a definite scale is a part of it
    ("جمعت الحملة ثلاثة أرباع المليون دولار",
     [("ثلاثة أرباع المليون دولار", 750000, "cardinal", None, None)]),
]


def _mentions(text, *fields):
    """The mentions of `text` as tuples of their text and `fields`, each span checked."""
    found = dhad.extract_numbers(text)
    for m in found:
        assert text[m.start:m.end] == m.text
    return [(m.text, *(getattr(m, f) for f in fields)) for m in found]


@pytest.mark.parametrize("text,expected", QA6)
def test_phones_ordinals_after_the_article_and_parts_of_a_scale(text, expected):
    assert _mentions(text, "value", "kind", "approx", "range_end") == expected


WISHES = [
    # a scale word before a wish or thanks is a figure of speech, not a count
    ("ألف مبروك يا بطل", []),
    ("الف الف مبروك للعروسين", []),
    ("مليون شكر على المساعدة", []),
    ("وألف تحية لكل المتابعين", []),
    ("مية مبروك يا عمي", []),
    # ... while the money beside it is still counted, and a wish is never the counted noun
    ("ربح ألف دينار فقالوا له ألف مبروك", [("ألف دينار", 1000, "دينار", "dinar")]),
    ("ثلاثة آلاف مبروك", [("ثلاثة آلاف", 3000, None, None)]),
]


@pytest.mark.parametrize("text,expected", WISHES)
def test_wishes_and_thanks_are_no_counts(text, expected):
    assert _mentions(text, "value", "unit", "unit_norm") == expected


RANGES_AND_DESIGNATIONS = [
    # without من/بين: a range when the end's scale counts for both, or after a hedge
    ("شارك 3 إلى 4 آلاف شخص", [("3 إلى 4 آلاف شخص", 3000, 4000, None, "شخص")]),
    ("تكلف المشروع 5 أو 6 ملايين دولار", [("5 أو 6 ملايين دولار", 5000000, 6000000, None, "دولار")]),
    ("وصل بنحو 3 إلى 4 آلاف زائر", [("نحو 3 إلى 4 آلاف زائر", 3000, 4000, "about", "زائر")]),
    ("فاز الفريق 3 إلى 1", [("3", 3, None, None, None), ("1", 1, None, None, None)]),
    # digits joined to a name are a designation, no quantity
    ("تراجعت إصابات كوفيد-19 هذا الشهر", []),
    ("وصلت طائرات إف-16 ومقاتلات سو-35", []),
    ("اجتمع قادة مجموعة G20 في روما", []),
    # ... a currency code glued to its amount is its unit
    ("دفع USD100 رسوما", [("USD100", 100, None, None, "USD")]),
]


@pytest.mark.parametrize("text,expected", RANGES_AND_DESIGNATIONS)
def test_ranges_without_a_frame_and_designations(text, expected):
    assert _mentions(text, "value", "range_end", "approx", "unit") == expected


QA10 = [
    # a number in thousands before مليون/مليار counts that scale: 3,500 million
    ("بلغت قيمة الصادرات نحو ثلاثة آلاف وخمسمائة مليون دولار العام الماضي",
     [("نحو ثلاثة آلاف وخمسمائة مليون دولار", 3500000000, None, "about", "دولار")]),
    ("رصدت الحكومة ألفا وخمسمائة مليون درهم للمشروع",
     [("ألفا وخمسمائة مليون درهم", 1500000000, None, None, "درهم")]),
    # ... but after "بين" the و separates the two ends
    ("تتراوح الكلفة بين 800 ألف و2 مليون دولار",
     [("بين 800 ألف و2 مليون دولار", 800000, 2000000, None, "دولار")]),
    # versions, addresses and section numbers are no quantities
    ("الإصدار 3.2.1 متاح للتحميل", []),
    ("حدّث هاتفك إلى iOS 17.4.1 الآن", []),
    ("عنوان الخادم 192.168.1.10 في الشبكة", []),
    ("بلغت الميزانية 12.500.750 دولار", [("12.500.750 دولار", 12500750, None, None, "دولار")]),
    # a national phone number in pairs
    ("للحجز: 05 22 33 44 55 أو 06-61-23-45-67", []),
]


@pytest.mark.parametrize("text,expected", QA10)
def test_thousands_of_millions_versions_and_phone_pairs(text, expected):
    assert _mentions(text, "value", "range_end", "approx", "unit") == expected


def test_metres_after_a_decimal():
    text = "يبلغ طول اللاعب 1.92 م ووزنه 88 كغ"
    got = [(m.text, m.value, m.unit_norm) for m in dhad.extract_numbers(text)]
    assert got == [("1.92 م", 1.92, "m"), ("88 كغ", 88, "kg")]
    assert [m.text for m in dhad.extract_numbers("ولد سنة 1990 م")] == ["1990"]


QA11 = [
    ("عيار 18 وصل 210 دراهم", [("18", 18, None, None, None), ("210 دراهم", 210, None, None, "دراهم")]),
    ("انتهت المباراة بفوزهم بهدفين مقابل هدف واحد", [("هدفين", 2, None, None, "هدفين"), ("هدف واحد", 1, None, None, "هدف")]),
    ("تكلفة الرحلة 900 دينار للفرد الواحد", [("900 دينار", 900, None, None, "دينار")]),
    ("باع أسهمه بـ 2.5 م دولار", [("2.5 م دولار", 2500000, None, None, "دولار")]),
]


@pytest.mark.parametrize("text,expected", QA11)
def test_verbs_one_after_its_noun_and_a_million_abbreviated(text, expected):
    assert _mentions(text, "value", "range_end", "approx", "unit") == expected


def test_parse_thousands_of_a_larger_scale():
    assert dhad.parse_number("ثلاثة آلاف وخمسمائة مليون") == 3500000000
    assert dhad.parse_number("عشرين ألف مليون") == 20000000000
    with pytest.raises(dhad.DhadError):
        dhad.parse_number("مليون وثلاثة آلاف مليار")


QA13 = [
    # the accusative "one" after its noun counts it (was nothing)
    ("دفعت دولارا واحدا فقط", [("دولارا واحدا", 1, None, None, "دولارا")]),
    ("لم يبق إلا ريالاً واحداً", [("ريالاً واحداً", 1, None, None, "ريالاً")]),
    ("سجل هدفا واحدا", [("هدفا واحدا", 1, None, None, "هدفا")]),
    # the scale again after its fraction, without the article (was two numbers)
    ("يسكنها مليون ونصف مليون نسمة", [("مليون ونصف مليون نسمة", 1500000, None, None, "نسمة")]),
    # Egyptian thousands written as one word (was nothing)
    ("دفع خمستلاف جنيه", [("خمستلاف جنيه", 5000, None, None, "جنيه")]),
    ("تلتلاف وخمسمية", [("تلتلاف وخمسمية", 3500, None, None, None)]),
]


@pytest.mark.parametrize("text,expected", QA13)
def test_accusative_one_half_a_scale_and_one_word_thousands(text, expected):
    assert _mentions(text, "value", "range_end", "approx", "unit") == expected
    assert [m.unit_norm for m in dhad.extract_numbers("دفعت دولارا واحدا فقط")] == ["USD"]
    assert dhad.parse_number("واحدا") == 1


@pytest.mark.parametrize("text,expected", [
    # the hedge before the article of digits was lost (a plain 500)
    ("قرابة الـ500 شخص", [("قرابة الـ500 شخص", 500, None, "about", "شخص")]),
    ("أكثر من الـ100 شخص", [("أكثر من الـ100 شخص", 100, None, "more_than", "شخص")]),
    ("احتل المركز الـ 20", [("الـ 20", 20, None, None, None)]),
])
def test_a_hedge_before_the_article_of_digits(text, expected):
    assert _mentions(text, "value", "range_end", "approx", "unit") == expected


@pytest.mark.parametrize("text,expected", [
    # the indefinite accusative of a feminine unit ("ثلاثًا", its tanwin written as an alef)
    # was no number: "تسعًا وتسعين" gave 90
    ("رعى الراعي تِسْعًا وَتِسْعِينَ نَعْجَةً",
     [("تِسْعًا وَتِسْعِينَ نَعْجَةً", 99, None, None, "نَعْجَةً")]),
    ("باع ثلاثا وعشرين ناقة", [("ثلاثا وعشرين ناقة", 23, None, None, "ناقة")]),
    ("مكث سنة وزاد عليها خمسًا", [("خمسًا", 5, None, None, None)]),
    # with the article it is a weekday written without its hamza
    ("نلتقي يوم الثلاثا في المكتب", []),
])
def test_the_accusative_of_feminine_units(text, expected):
    assert _mentions(text, "value", "range_end", "approx", "unit") == expected
    assert dhad.parse_number("ثلاثًا وعشرين") == 23


@pytest.mark.parametrize("text,expected", [
    # a verse number is a label: after the end-of-ayah sign it took the next verse's first
    # word as its counted noun ("١٢ خَلَقَ", 12)
    ("عَلَّمَ الْقُرْآنَ ۝١٢ خَلَقَ الْإِنسَانَ ۝١٣", []),
    ("رَبِّ ٱلْعَٰلَمِينَ ﴿٢﴾ ٱلرَّحْمَٰنِ", []),
    ("حفظ ۝ 5 آيات", [("5 آيات", 5, None, None, "آيات")]),
    ("۝.5", [(".5", 0.5, None, None, None)]),
])
def test_no_quantity_in_verse_numbers(text, expected):
    assert _mentions(text, "value", "range_end", "approx", "unit") == expected


@pytest.mark.parametrize("text,expected", [
    # a decimal said with "فاصل" and two spoken digits after the point (two numbers before)
    ("سجل التضخم ستة فاصل واحد بالمئة", [("ستة فاصل واحد بالمئة", 6.1, "percent", None, None)]),
    ("بلغت الحصة تسعة فاصل خمسة وعشرين في المئة",
     [("تسعة فاصل خمسة وعشرين في المئة", 9.25, "percent", None, None)]),
    ("رصدت واحد فاصل ثمانية مليار دولار",
     [("واحد فاصل ثمانية مليار دولار", 1800000000, "cardinal", None, "USD")]),
    # "سالب" is a minus sign (it was dropped)
    ("انخفضت الحرارة إلى سالب ثلاث درجات", [("سالب ثلاث درجات", -3, "cardinal", None, "deg")]),
    ("بلغ العائد سالب 0.4 بالمئة", [("سالب 0.4 بالمئة", -0.4, "percent", None, None)]),
    # percentage and basis points are one unit (the unit was "نقطة" alone)
    ("تراجعت البطالة 0.6 نقطة مئوية", [("0.6 نقطة مئوية", 0.6, "cardinal", None, "pp")]),
    ("خفض الفائدة 50 نقطة أساس", [("50 نقطة أساس", 50, "cardinal", None, "bp")]),
    # a percent after a range's end counts for both (was 2 and 4%)
    ("يتوقع تضخما 2 إلى 4%", [("2 إلى 4%", 2, "percent", 4, None)]),
    # tenths of a second belong to a race time (".9" was a number)
    ("أنهى السباق في 3:29.9 دقيقة", []),
])
def test_finance_decimals_minus_points_and_percent_ranges(text, expected):
    got = [(m.text, m.value, m.kind, m.range_end, m.unit_norm) for m in dhad.extract_numbers(text)]
    for m in dhad.extract_numbers(text):
        assert text[m.start:m.end] == m.text
    assert got == expected
    assert dhad.parse_number("اثنان فاصل خمسة") == 2.5


@pytest.mark.parametrize("text,expected", [
    # a score after a word of the result was a range ("1-4", range_end 4)
    ("فاز الزوار 1-4 على مضيفيهم", [("1", 1, None, None), ("4", 4, None, None)]),
    ("انتهى اللقاء بنتيجة 0-2", [("0", 0, None, None), ("2", 2, None, None)]),
    ("فاز بجائزة الأطفال 3-6 سنوات", [("3-6 سنوات", 3, 6, "year")]),
    # "يوم" before a weekday names the day (was "1 يوم", a day counted)
    ("فاز 3-1 يوم الجمعة", [("3", 3, None, None), ("1", 1, None, None)]),
])
def test_scores_and_a_unit_before_a_weekday(text, expected):
    got = [(m.text, m.value, m.range_end, m.unit_norm) for m in dhad.extract_numbers(text)]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # a minus after the conjunction was taken for a designation ("كوفيد-19") and dropped
    ("يتوقع انكماشا بين -3% و-4%", [("-3%", -3, "percent"), ("-4%", -4, "percent")]),
    # "ناقص" before a temperature is a minus sign (it was dropped)
    ("بلغت الحرارة ناقص 7 درجات مئوية", [("ناقص 7 درجات مئوية", -7, "cardinal")]),
    ("لعب الفريق ناقص 2 لاعبين", [("2 لاعبين", 2, "cardinal")]),
])
def test_a_minus_after_the_conjunction_and_minus_before_a_temperature(text, expected):
    assert _mentions(text, "value", "kind") == expected


@pytest.mark.parametrize("text,expected", [
    # after a word of proportion a defined خمس/سبع/تسع/عشر is a fraction (it was 5, 10)
    ("ارتفعت الأسعار بنسبة الخمس", [("الخمس", 0.2, "fraction")]),
    ("تراجع الإنتاج بنسبة تصل إلى العشر", [("العشر", 0.1, "fraction")]),
    ("ما نسبته الربع", [("الربع", 0.25, "fraction")]),
    ("تراجع بنسبة الثلثين", [("الثلثين", 2 / 3, "fraction")]),
    # elsewhere it is the cardinal, and the forms with teh marbuta are always cardinals
    ("الخمس سنوات الماضية", [("الخمس سنوات", 5, "cardinal")]),
    ("بنسبة العشرة بالمئة", [("العشرة بالمئة", 10, "percent")]),
])
def test_a_defined_fraction_after_a_word_of_proportion(text, expected):
    assert _mentions(text, "value", "kind") == expected


@pytest.mark.parametrize("text,expected", [
    # ISO 4217 codes before the amount (in capitals) as well as after it
    ("بلغ السعر SAR 500 للقطعة", [("SAR 500", 500, "SAR")]),
    ("USD 1,200", [("USD 1,200", 1200, "USD")]),
    ("EUR 3.5 مليون", [("EUR 3.5 مليون", 3500000, "EUR")]),
    ("500 SAR و20 CAD", [("500 SAR", 500, "SAR"), ("20 CAD", 20, "CAD")]),
    ("$500 و500$", [("$500", 500, "USD"), ("500$", 500, "USD")]),
    # a lower-case English word is no currency code before a number
    ("try 5 times", [("5", 5, None)]),
    # the country glued before a dollar sign is part of the unit (was "$ 2 مليار")
    ("بقيمة US$ 2 مليار", [("US$ 2 مليار", 2000000000, "USD")]),
])
def test_currency_codes_before_and_after_the_amount(text, expected):
    assert _mentions(text, "value", "unit_norm") == expected


@pytest.mark.parametrize("text,expected", [
    # tatweel drawn out between digits is a dash: a range, as with "-" (was two numbers)
    ("من ١٥ـ٢٠ دولارا", [("من ١٥ـ٢٠ دولارا", 15, 20)]),
    ("موسم ٢٠٢٣ـــ٢٠٢٤", [("٢٠٢٣ـــ٢٠٢٤", 2023, 2024)]),
    # joined to a letter it is part of the word; before a lone number it is no minus
    ("بـ3500 ريال", [("3500 ريال", 3500, None)]),
    ("ـ5 قتلى", [("5 قتلى", 5, None)]),
])
def test_tatweel_between_digits_is_a_dash(text, expected):
    assert _mentions(text, "value", "range_end") == expected


@pytest.mark.parametrize("text,expected", [
    # the construct dual of trillion (was no number)
    ("نحو تريليوني دولار", [("نحو تريليوني دولار", 2000000000000, "about", "USD")]),
    # a hedge before the article of a percent (was "40 بالمئة" alone)
    ("قرابة الـ40 بالمئة", [("قرابة الـ40 بالمئة", 40, "about", None)]),
    # the quarter- and semi-final are stages, no fractions (were 0.25 and 0.5)
    ("تأهل إلى ربع النهائي ثم نصف النهائي", []),
    # dialect "ولا" (or) is no counted noun (was the unit of 250)
    ("٢٥٠ ولا ٣٠٠؟", [("٢٥٠", 250, None, None), ("٣٠٠", 300, None, None)]),
])
def test_qa20_finance_sports_social(text, expected):
    assert _mentions(text, "value", "approx", "unit_norm") == expected


@pytest.mark.parametrize("text,expected", [
    # "إلى" between bare numbers before a unit of the table is a range (was 40 and "60 كم")
    ("الرياح 40 إلى 60 كم/ساعة", [("40 إلى 60 كم/ساعة", 40, 60, "km/h")]),
    # a start with its own unit is a conversion
    ("حوّل 100 دولار إلى 375 ريال",
     [("100 دولار", 100, None, "USD"), ("375 ريال", 375, None, "riyal")]),
])
def test_unframed_range_before_a_unit(text, expected):
    assert _mentions(text, "value", "range_end", "unit_norm") == expected


@pytest.mark.parametrize("text,expected", [
    # a period before three digits groups thousands before a counted noun (was 1.2 dead)
    ("سقط 1.200 قتيل في القصف", [("1.200 قتيل", 1200, None)]),
    # and before a currency of a hundred cents when the digits end in "00"
    ("دفع العميل 15.000 دولار", [("15.000 دولار", 15000, "USD")]),
    # an exchange rate, a dinar of a thousand fils and a measure stay decimals
    ("أغلق اليورو عند 1.085 دولار", [("1.085 دولار", 1.085, "USD")]),
    ("سعر اللتر 2.500 دينار كويتي", [("2.500 دينار كويتي", 2.5, "KWD")]),
    ("وزن الطرد 1.250 كغ", [("1.250 كغ", 1.25, "kg")]),
    # unless the text writes its decimals with a comma
    ("نما القطاع 5,7% وأنتج 1.250 طنا", [("5,7%", 5.7, None), ("1.250 طنا", 1250, "t")]),
    # a range's end read so lets the range go up (was 900 and 1200 apart)
    ("قتل ما بين 900 و1.200 شخص", [("ما بين 900 و1.200 شخص", 900, None)]),
    # a pound of no fraction in use; a dinar's decimal comma in a text of decimal commas
    ("تجاوز الدولار 14.750 ليرة لبنانية", [("14.750 ليرة لبنانية", 14750, "LBP")]),
    ("بلغ التضخم 6,7% وسعر الكيلوغرام 45,500 دينار", [("6,7%", 6.7, None), ("45,500 دينار", 45.5, "dinar")]),
    # one period group before a decimal comma (was 13.245 and 67 points)
    ("أغلق المؤشر عند 13.245,67 نقطة", [("13.245,67 نقطة", 13245.67, None)]),
    # a counted noun after one group of three makes it thousands; a scale word, a unit that
    # takes fractions and a bare number keep the decimal
    ("قتل 3.500 شخص في الفيضانات", [("3.500 شخص", 3500, None)]),
    ("بلغ عدد السكان 3.5 مليون", [("3.5 مليون", 3500000, None)]),
    ("اشترى 12.5 كيلو من الأرز", [("12.5 كيلو", 12.5, "kg")]),
    ("سجل المؤشر 3.500", [("3.500", 3.5, None)]),
])
def test_a_period_grouping_thousands(text, expected):
    assert _mentions(text, "value", "unit_norm") == expected


@pytest.mark.parametrize("text,expected", [
    # a unit divided by another after a slash is one unit (was the first alone)
    ("سجل السكري 180 ملغ/دل صباحا", [("180 ملغ/دل", 180, "mg/dL")]),
    ("الغبار 180 ميكروغرام/م3", [("180 ميكروغرام/م3", 180, "ug/m3")]),
    ("تدفق 250 م3/ث", [("250 م3/ث", 250, "m3/s")]),
    ("رياح بسرعة 70 كم في الساعة", [("70 كم في الساعة", 70, "km/h")]),
    # alternatives are no ratio
    ("سعر 10 دولار/يورو", [("10 دولار", 10, "USD")]),
])
def test_compound_units(text, expected):
    assert _mentions(text, "value", "unit_norm") == expected


@pytest.mark.parametrize("text,expected", [
    # degrees on the Richter scale are a magnitude (they were "deg", a temperature or angle)
    ("هزة بقوة 6.2 درجات على مقياس ريختر", [("6.2 درجات على مقياس ريختر", 6.2, "Richter")]),
    ("زلزال بقوة 5 على سلم ريختر", [("5 على سلم ريختر", 5, "Richter")]),
    # a strength with no scale named: degrees, but no normalized unit
    ("زلزال بقوة 5.8 درجات", [("5.8 درجات", 5.8, None)]),
    ("ارتفعت الحرارة إلى 41 درجة", [("41 درجة", 41, "deg")]),
])
def test_earthquake_magnitudes(text, expected):
    assert _mentions(text, "value", "unit_norm") == expected


@pytest.mark.parametrize("text,expected", [
    # a country's currency in the accusative and plural keeps the country (was the generic one)
    ("دفع 350 دينارا أردنيا شهريا", [("350 دينارا أردنيا", 350, "JOD")]),
    ("قيمته ٣٠ ريالا عمانيا", [("٣٠ ريالا عمانيا", 30, "OMR")]),
    ("تبرع بعشرة دنانير عراقية", [("عشرة دنانير عراقية", 10, "IQD")]),
    ("ربح 20 ألف أوقية موريتانية", [("20 ألف أوقية موريتانية", 20000, "MRU")]),
    # dialect numbers of every region (were nothing, or the scale alone)
    ("دفعت تلتالاف جنيه", [("تلتالاف جنيه", 3000, "pound")]),
    ("عندي خمسطعشر سنة", [("خمسطعشر سنة", 15, "year")]),
    ("بقات ليا خمسطاش ألف ريال", [("خمسطاش ألف ريال", 15000, "riyal")]),
    ("خاصني ميا ألف درهم", [("ميا ألف درهم", 100000, "dirham")]),
    ("اشتريت جوج كيلو", [("جوج كيلو", 2, "kg")]),
    # a label after "رقم" counts nothing; "يدين" before its object is a verb
    ("اللاعب رقم 10 سجل", [("10", 10, None)]),
    ("مجلس الأمن يدين الهجوم", []),
])
def test_country_currencies_dialect_numbers_and_labels(text, expected):
    assert _mentions(text, "value", "unit_norm") == expected


@pytest.mark.parametrize("text,expected", [
    # digits after a numbered thing (a road, a gate, an article of a law) are its label, as after
    # "رقم" ("الطريق 7 مغلق" counted "مغلق")
    ("الطريق 7 مغلق بسبب الثلوج", [("7", 7, "cardinal", None)]),
    ("توجه الركاب إلى البوابة 12 المخصصة", [("12", 12, "cardinal", None)]),
    # the noun after a verb is its subject, and the number counts
    ("تتسع القاعة 300 شخص", [("300 شخص", 300, "cardinal", "شخص")]),
])
def test_labels_after_numbered_things(text, expected):
    assert _mentions(text, "value", "kind", "unit") == expected


@pytest.mark.parametrize("text,expected", [
    # "إلا ربع" / "إلا ثلث" after a unit takes the part off (was the count and a stray quarter)
    ("استغرق الفحص ساعتين إلا ربع", [("ساعتين إلا ربع", 1.75, "fraction", "hour")]),
    ("بدي كيلو إلا ربع بندورة", [("كيلو إلا ربع", 0.75, "fraction", "kg")]),
    # before a definite word it is the exception it says
    ("حضر 30 طالبا إلا ربع الصف", [("30 طالبا", 30, "cardinal", None), ("ربع", 0.25, "fraction", None)]),
])
def test_a_unit_less_a_quarter(text, expected):
    assert _mentions(text, "value", "kind", "unit_norm") == expected


@pytest.mark.parametrize("text,expected", [
    # spoken adverbs and prepositions with a pronoun are no counted noun (each was the unit)
    ("بدي 3 كمان", [("3", 3, None)]),
    ("دفعت 200 عشانك", [("200", 200, None)]),
    ("جابوا 6 معاهم", [("6", 6, None)]),
    # nor is the word after the hour of the clock
    ("الساعة 8 موعدنا", [("8", 8, None)]),
    # a noun is still counted
    ("جابوا 6 كراسي معاهم", [("6 كراسي", 6, "كراسي")]),
])
def test_spoken_function_words_and_the_hour_count_nothing(text, expected):
    assert _mentions(text, "value", "unit") == expected


@pytest.mark.parametrize("text,expected", [
    # Arabizi digits are letters (were numbers)
    ("sa7bi 3andi 2 wlad", [("2", 2, None)]),
    # a model number counts nothing (was "15 برو")
    ("سعر الآيفون 15 برو", [("15", 15, None)]),
    # the spoken "of" is no counted noun
    ("شديت 3 ديال الكيلو", [("3", 3, None)]),
])
def test_arabizi_models_and_the_spoken_of(text, expected):
    assert _mentions(text, "value", "unit") == expected


@pytest.mark.parametrize("text,span,value", [
    # a spoken clock time is one number of hours, in digits as in words
    ("الساعة 3 وربع", "3 وربع", 3.25),
    ("الساعة ثلاثة وربع", "ثلاثة وربع", 3.25),
    ("بنتلاقى الساعة 9 ونص", "9 ونص", 9.5),
])
def test_digits_take_a_spoken_fraction_as_words_do(text, span, value):
    ms = dhad.extract_numbers(text)
    assert [(m.text, m.value, m.kind) for m in ms] == [(span, value, "fraction")]
    assert all(text[m.start:m.end] == m.text for m in ms)


@pytest.mark.parametrize("text,expected", [
    # Egypt's "ج" glued to an amount is the pound
    ("دفعت 500ج", [("500ج", 500, "ج", "pound")]),
    ("الكيلو بـ5ج", [("5ج", 5, "ج", "pound")]),
    # apart, after a thing numbered with letters, or one digit alone it is no unit
    ("بـ 200 ج", [("200", 200, None, None)]),
    ("طلاب الصف 5ج", [("5", 5, None, None)]),
    ("ساكن في شقة 12ج", [("12", 12, None, None)]),
    ("اختار 3ج", [("3", 3, None, None)]),
])
def test_egyptian_pound_letter_glued_to_digits(text, expected):
    ms = dhad.extract_numbers(text)
    assert [(m.text, m.value, m.unit, m.unit_norm) for m in ms] == expected
    assert all(text[m.start:m.end] == m.text for m in ms)


@pytest.mark.parametrize("text,span,value", [
    ("هلق الساعة تلاتة إلا ربع", "تلاتة إلا ربع", 2.75),
    ("الساعة 3 إلا ربع", "3 إلا ربع", 2.75),
])
def test_a_quarter_to_the_hour_is_taken_off(text, span, value):
    assert [(m.text, m.value, m.kind) for m in dhad.extract_numbers(text)] == [
        (span, value, "fraction")]


@pytest.mark.parametrize("text,expected,numbers", [
    # the Arabic comma glued between digits: a decimal comma before one or two digits, a
    # thousands comma before three; before four, or with a space, it separates two numbers
    ("نسبة النجاح ٨٧،٥٪", [("٨٧،٥٪", 87.5, "percent")], ["٨٧،٥"]),
    ("الدين ١٢،٥٠٠ دينار", [("١٢،٥٠٠ دينار", 12500, "cardinal")], ["١٢،٥٠٠"]),
    ("في 2019،2020", [("2019", 2019, "cardinal"), ("2020", 2020, "cardinal")], ["2019", "2020"]),
])
def test_the_arabic_comma_between_digits(text, expected, numbers):
    assert _mentions(text, "value", "kind") == expected
    assert [t.text for t in dhad.tokenize(text) if t.kind == "number"] == numbers


@pytest.mark.parametrize("text,expected", [
    # a damma on the stem's first letter makes the fraction, behind the article too
    ("حصل على الخُمس من الإرث", [("الخُمس", 0.2, "fraction")]),
    ("الخَمس", [("الخَمس", 5, "cardinal")]),
    # a clock time written with a point is no quantity
    ("وصل الرئيس في الساعة 10.30 صباحاً", []),
    ("الساعة 10.5", [("10.5", 10.5, "cardinal")]),
])
def test_damma_fractions_and_clock_times_with_a_point(text, expected):
    assert _mentions(text, "value", "kind") == expected


def test_a_whole_number_with_a_vulgar_fraction_and_degrees_in_arabic_letters():
    # parse_number reads "2½" as extract_numbers does
    assert dhad.parse_number("2½") == 2.5
    assert [(m.text, m.value) for m in dhad.extract_numbers("2½ كيلو")] == [("2½ كيلو", 2.5)]
    with pytest.raises(dhad.DhadError, match='"½" cannot follow "2"'):
        dhad.parse_number("2 ½")
    # "°م" is Celsius, as "°C" is
    assert _mentions("الحرارة 35°م اليوم", "value", "unit", "unit_norm") == [("35°م", 35, "°م", "C")]


@pytest.mark.parametrize("text,expected", [
    # a slash is a fraction only where fractions are written so: not sizes, nor two numbers
    # that are both larger than a written denominator, nor a larger first number
    ("مقاس 42/44", [("42", 42, "cardinal"), ("44", 44, "cardinal")]),
    ("قياس 8/10", [("8", 8, "cardinal"), ("10", 10, "cardinal")]),
    ("خدمة 24/7", [("24", 24, "cardinal"), ("7", 7, "cardinal")]),
    ("أضف 3/4 كوب", [("3/4 كوب", 0.75, "fraction")]),
    ("حصل على 17/20", [("17/20", 0.85, "fraction")]),
    ("سرعة الغالق 1/250 ثانية", [("1/250 ثانية", 0.004, "fraction")]),
])
def test_digit_slashes_that_are_no_fractions(text, expected):
    assert _mentions(text, "value", "kind") == expected


def test_a_day_and_month_with_a_slash_is_still_a_date():
    ref = __import__("datetime").datetime(2025, 3, 10)
    [d] = dhad.extract_dates("في 12/5 وصل", reference=ref)
    assert (d.text, d.label, d.value.month, d.value.day) == ("12/5", "DATE", 5, 12)


@pytest.mark.parametrize("text,expected", [
    # storage, battery and energy units, in words and Latin abbreviations
    ("سعة 256GB", [("256GB", 256, "GB", "GB")]),
    ("ذاكرة 256 جيجابايت", [("256 جيجابايت", 256, "جيجابايت", "GB")]),
    ("بطارية ٥٠٠٠ mAh", [("٥٠٠٠ mAh", 5000, "mAh", "mAh")]),
    ("بطارية 5000 ميلي أمبير", [("5000 ميلي أمبير", 5000, "ميلي أمبير", "mAh")]),
    ("قرص 2 تيرابايت", [("2 تيرابايت", 2, "تيرابايت", "TB")]),
    ("64 كيلوبايت", [("64 كيلوبايت", 64, "كيلوبايت", "kB")]),
    ("10 كيلوواط ساعة", [("10 كيلوواط ساعة", 10, "كيلوواط ساعة", "kWh")]),
    ("استهلاك 10 kWh", [("10 kWh", 10, "kWh", "kWh")]),
])
def test_storage_battery_and_energy_units(text, expected):
    assert _mentions(text, "value", "unit", "unit_norm") == expected


@pytest.mark.parametrize("text,expected", [
    # a counted noun stands bare after its number: no glued preposition, no verb with its object
    ("تأجلت إلى 12/5 بسبب الظروف", [("12", 12, None), ("5", 5, None)]),
    ("سجل الدقيقة 23 و78 ليفوز فريقه", [("23", 23, None), ("78", 78, None)]),
    ("عيار 21 وصل إلى 3,250 جنيها", [("21", 21, None), ("3,250 جنيها", 3250, "جنيها")]),
    # four digits below 1900 count a noun; a modern year does not
    ("خصص المبلغ لتطوير 1200 مدرسة", [("1200 مدرسة", 1200, "مدرسة")]),
    ("رؤية 2030 طموحة", [("2030", 2030, None)]),
])
def test_counted_nouns_stand_bare_after_their_number(text, expected):
    assert _mentions(text, "value", "unit") == expected


@pytest.mark.parametrize("text,expected", [
    # a ten defined only by its article counts the unit after it; after a definite noun it
    # stays the ordinal
    ("خلال العشرين سنة الماضية", [("العشرين سنة", 20, "cardinal")]),
    ("القرن العشرين", [("العشرين", 20, "ordinal")]),
])
def test_a_defined_ten_before_its_unit_counts_it(text, expected):
    assert _mentions(text, "value", "kind") == expected


def _qa_sentences():
    path = os.path.join(os.path.dirname(__file__), "data", "qa_sentences.txt")
    with open(path, encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip() and not line.startswith("#")]


def test_qa_sentences_slice_back_and_batch_as_single():
    # the sentences of the numbers-and-dates QA: every mention slices back, and the batch
    # twins give what the single calls give
    texts = _qa_sentences()
    assert len(texts) >= 200
    ref = __import__("datetime").datetime(2025, 3, 12, 10)
    numbers = [dhad.extract_numbers(t) for t in texts]
    dates = [dhad.extract_dates(t, reference=ref) for t in texts]
    for t, ns, ds in zip(texts, numbers, dates):
        assert all(t[m.start:m.end] == m.text for m in ns)
        assert all(t[d.start:d.end] == d.text for d in ds)
    assert dhad.extract_numbers_batch(texts) == numbers
    assert dhad.extract_dates_batch(texts, reference=ref) == dates
