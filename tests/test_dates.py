"""Dates and times from Python: values as datetimes (naive or aware), spans, batches, pickling."""

import pickle
from datetime import date, datetime, timedelta, timezone

import pytest

import dhad

REF = datetime(2024, 3, 20, 10, 0, 0)  # a Wednesday; 10 Ramadan 1445


def found(text, reference=REF):
    return [(m.text, m.label, m.value, m.grain, m.end_value, m.calendar)
            for m in dhad.extract_dates(text, reference=reference)]


CASES = [
    ("وقعت الحادثة في 15 مارس 2021",
     [("15 مارس 2021", "DATE", datetime(2021, 3, 15), "day", None, "gregorian")]),
    ("صدر القرار في ١٥ آذار ٢٠٢١",
     [("١٥ آذار ٢٠٢١", "DATE", datetime(2021, 3, 15), "day", None, "gregorian")]),
    ("وصل الوزير أمس وسيغادر بعد غد",
     [("أمس", "DATE", datetime(2024, 3, 19), "day", None, "gregorian"),
      ("بعد غد", "DATE", datetime(2024, 3, 22), "day", None, "gregorian")]),
    ("يبدأ الاجتماع الساعة الثالثة عصرا",
     [("الساعة الثالثة عصرا", "TIME", datetime(2024, 3, 20, 15), "hour", None, "gregorian")]),
    ("تبدأ الرحلة في 14:30",
     [("14:30", "TIME", datetime(2024, 3, 20, 14, 30), "minute", None, "gregorian")]),
    ("من 10 إلى 12 شباط",
     [("من 10 إلى 12 شباط", "DATE", datetime(2024, 2, 10), "day", datetime(2024, 2, 13), "gregorian")]),
    ("في 15 رمضان 1445 هـ",
     [("15 رمضان 1445 هـ", "DATE", datetime(2024, 3, 25), "day", None, "hijri")]),
    ("الأسبوع المقبل", [("الأسبوع المقبل", "DATE", datetime(2024, 3, 25), "week", None, "gregorian")]),
    ("خلال الساعات الـ24 الماضية",
     [("خلال الساعات الـ24 الماضية", "TIME", datetime(2024, 3, 19, 10), "second", datetime(2024, 3, 20, 10), "gregorian")]),
    ("تتواصل الاحتجاجات منذ عام 2011 وحتى اليوم",
     [("عام 2011 وحتى اليوم", "DATE", datetime(2011, 1, 1), "day", datetime(2024, 3, 21), "gregorian")]),
    ("نما الاقتصاد خلال الفترة من 2015 إلى 2019",
     [("من 2015 إلى 2019", "DATE", datetime(2015, 1, 1), "year", datetime(2020, 1, 1), "gregorian")]),
    ("عيد الفطر 1445",
     [("عيد الفطر 1445", "DATE", datetime(2024, 4, 10), "day", None, "hijri")]),
    ("صلينا عيد الفطر الماضي في المسجد",
     [("عيد الفطر الماضي", "DATE", datetime(2023, 4, 21), "day", None, "hijri")]),
    ("يوافق المولد النبوي 12 ربيع الأول 1446هـ",
     [("المولد النبوي", "DATE", datetime(2024, 9, 15), "day", None, "hijri"),
      ("12 ربيع الأول 1446هـ", "DATE", datetime(2024, 9, 15), "day", None, "hijri")]),
    ("الدوام من 9 صباحا حتى 5 مساء",
     [("من 9 صباحا حتى 5 مساء", "TIME", datetime(2024, 3, 20, 9), "hour", datetime(2024, 3, 20, 18),
       "gregorian")]),
    ("أصيب 3 صباح اليوم",
     [("صباح اليوم", "TIME", datetime(2024, 3, 20, 4), "hour", datetime(2024, 3, 20, 12), "gregorian")]),
    ("نتقابل الساعة ١١ ونص بالليل",
     [("الساعة ١١ ونص بالليل", "TIME", datetime(2024, 3, 20, 23, 30), "minute", None, "gregorian")]),
    ("جرت الانتخابات في ٢٣ / ٧ / ٢٠٢٣.",
     [("٢٣ / ٧ / ٢٠٢٣", "DATE", datetime(2023, 7, 23), "day", None, "gregorian")]),
    ("تنطلق القمة في الثامنة من مساء الأحد",
     [("الثامنة من مساء الأحد", "TIME", datetime(2024, 3, 24, 20), "hour", None, "gregorian")]),
    ("يعمل في الخليج منذ 2015 ولم يزر أهله",
     [("2015", "DATE", datetime(2015, 1, 1), "year", None, "gregorian")]),
    ("حفرت البئر منذ 1200 سنة", [("منذ 1200 سنة", "DATE", datetime(824, 3, 20), "day", None, "gregorian")]),
    ("أغلقت المدارس قبل عيد الأضحى بيومين",
     [("قبل عيد الأضحى بيومين", "DATE", datetime(2024, 6, 14), "day", None, "hijri")]),
    ("التقى الوزيران عشية رأس السنة",
     [("عشية رأس السنة", "DATE", datetime(2023, 12, 31), "day", None, "gregorian")]),
    ("خرج المتظاهرون غداة الاستفتاء", []),
    ("غادر الوفد قبل نحو ثلاثة أيام",
     [("قبل نحو ثلاثة أيام", "DATE", datetime(2024, 3, 17), "day", None, "gregorian")]),
    ("بدأ الحصار منذ أكثر من عامين", []),
    ("تراجعت البطالة في الفترة 2015-2019",
     [("2015-2019", "DATE", datetime(2015, 1, 1), "year", datetime(2020, 1, 1), "gregorian")]),
    ("استقال الوزير قبل أسبوع من الانتخابات", []),
    ("عاد الوفد بعد يومين من عيد الفطر",
     [("بعد يومين من عيد الفطر", "DATE", datetime(2024, 4, 12), "day", None, "hijri")]),
    ("تراجعت الصادرات في العام قبل الماضي",
     [("العام قبل الماضي", "DATE", datetime(2022, 1, 1), "year", None, "gregorian")]),
    ("يبقى القرار ساريا حتى إشعار آخر", []),
    ("قال أحد المسؤولين إن عدد القتلى بلغ 15", []),
    ("", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_values_and_spans(text, expected):
    assert found(text) == expected
    for m in dhad.extract_dates(text, reference=REF):
        assert text[m.start:m.end] == m.text


def test_spans_leave_clitics_out_and_count_code_points():
    text = "وَقالَ إنه سيعود وفي 5 مارس 😀 وبالأسبوع المقبل"
    ms = dhad.extract_dates(text, reference=REF)
    assert [m.text for m in ms] == ["5 مارس", "الأسبوع المقبل"]
    for m in ms:
        assert text[m.start:m.end] == m.text


def test_aware_reference_keeps_its_timezone():
    tz = timezone(timedelta(hours=3))
    ref = datetime(2024, 3, 20, 23, 30, tzinfo=tz)
    (m,) = dhad.extract_dates("غدا", reference=ref)
    assert m.value == datetime(2024, 3, 21, tzinfo=tz)
    assert m.value.tzinfo is tz
    (m,) = dhad.extract_dates("الآن", reference=ref)
    assert m.value == ref


def test_naive_reference_gives_naive_values_and_date_works():
    (m,) = dhad.extract_dates("أمس", reference=date(2024, 1, 1))
    assert m.value == datetime(2023, 12, 31) and m.value.tzinfo is None


def test_default_reference_is_now():
    (m,) = dhad.extract_dates("اليوم")
    today = datetime.now()
    assert m.value.date() in {today.date(), (today - timedelta(minutes=1)).date()}


def test_unresolvable_date_has_no_value():
    (m,) = dhad.extract_dates("في 31 فبراير", reference=REF)
    assert m.text == "31 فبراير" and m.value is None


def test_objects_pickle_compare_and_print():
    (m,) = dhad.extract_dates("في 15 مارس 2021", reference=REF)
    assert pickle.loads(pickle.dumps(m)) == m
    assert m.to_dict() == {"text": "15 مارس 2021", "start": 3, "end": 15, "label": "DATE",
                           "value": datetime(2021, 3, 15), "grain": "day", "end_value": None,
                           "calendar": "gregorian"}
    assert repr(m) == "DateMention('15 مارس 2021', DATE, 2021-03-15T00:00:00, day, gregorian, 3:15)"
    again = dhad.DateMention("15 مارس 2021", 3, 15, "DATE", datetime(2021, 3, 15), "day", None, "gregorian")
    assert again == m and hash(again) == hash(m)
    with pytest.raises(dhad.DhadError, match='unknown grain "fortnight"; expected one of year'):
        dhad.DateMention("x", 0, 1, "DATE", None, "fortnight", None, "gregorian")
    with pytest.raises(AttributeError):
        m.start = 4


def test_date_mention_checks_its_values_as_number_mention_does():
    # Any object was accepted as value or end_value, and repr() then failed with
    # "AttributeError: 'str' object has no attribute 'isoformat'".
    for bad, name in [("2021-03-15", "str"), (5, "int"), (date(2021, 3, 15), "date")]:
        with pytest.raises(TypeError) as e:
            dhad.DateMention("x", 0, 1, "DATE", bad, "day", None, "gregorian")
        assert str(e.value) == f"value must be a datetime.datetime or None, not {name}"
        with pytest.raises(TypeError) as e:
            dhad.DateMention("x", 0, 1, "DATE", None, "day", bad, "gregorian")
        assert str(e.value) == f"end_value must be a datetime.datetime or None, not {name}"
    m = dhad.DateMention("x", 0, 1, "TIME", None, "hour", datetime(2021, 3, 15, 9), "gregorian")
    assert repr(m) == "DateMention('x', TIME, None → 2021-03-15T09:00:00, hour, gregorian, 0:1)"


def test_batches_equal_map_of_single():
    texts = [c[0] for c in CASES] * 30
    single = [dhad.extract_dates(t, reference=REF) for t in texts]
    assert dhad.extract_dates_batch(texts, reference=REF) == single
    assert dhad.extract_dates_batch(texts, reference=REF, threads=2) == single
    big = ["في 15 مارس 2021 قال الوزير كلاما كثيرا " * 300] * 30
    assert dhad.extract_dates_batch(big, reference=REF, threads=2) == [
        dhad.extract_dates(t, reference=REF) for t in big]


def test_bad_arguments():
    with pytest.raises(TypeError, match="text must be str, not int"):
        dhad.extract_dates(5)
    with pytest.raises(TypeError, match="reference must be a datetime.datetime, a datetime.date or None, not str"):
        dhad.extract_dates("اليوم", reference="2024-01-01")
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not bytes"):
        dhad.extract_dates_batch(["اليوم", b"x"], reference=REF)


def test_never_crashes_on_odd_input():
    for text in ["\u064b" * 10, "١/١/٠", "99:99", "0/0/0000", "ـ" * 50, "الساعة " * 1000,
                 "من " * 500 + "إلى", "\x00\x01", "٢٠٢٠-١٣-٤٥", "9999-12-31", "1/1/1"]:
        for m in dhad.extract_dates(text, reference=REF):
            assert text[m.start:m.end] == m.text


def test_spans_slice_the_text_on_any_input():
    from hypothesis import given, settings, strategies as st

    pieces = st.sampled_from(["في", "من", "إلى", "الساعة", "الثالثة", "عصرا", "15", "١٥", "3/5/2020",
                              "مارس", "آذار", "رمضان", "هـ", "عام", "2019", "الأحد", "الماضي", "أمس",
                              "غدا", "بعد", "قبل", "يومين", "وفي", "بالأمس", "😀", "ـ", "\u064b", " "])

    @settings(max_examples=200, deadline=None)
    @given(st.lists(pieces, max_size=25), st.text(max_size=20))
    def check(words, noise):
        text = " ".join(words) + noise
        for m in dhad.extract_dates(text, reference=REF):
            assert text[m.start:m.end] == m.text
            if m.value is not None and m.end_value is not None:
                assert m.value < m.end_value

    check()


def test_clock_time_in_another_zone_is_brought_to_the_reference_zone():
    tz = timezone(timedelta(hours=3))
    ref = datetime(2024, 3, 20, 10, tzinfo=tz)
    (m,) = dhad.extract_dates("يبدأ البث الساعة 8 مساء بتوقيت غرينتش", reference=ref)
    assert m.text == "الساعة 8 مساء بتوقيت غرينتش"
    assert m.value == datetime(2024, 3, 20, 23, tzinfo=tz)
    (m,) = dhad.extract_dates("الساعة 8 مساء بتوقيت غرينتش", reference=ref.replace(tzinfo=None))
    assert m.value == datetime(2024, 3, 20, 20)


def test_a_long_text_gives_what_its_paragraphs_give():
    # a text far longer than the scanner's window: every mention found, at the right place
    para = "وصل الوفد يوم الأحد 12 مارس 2023، ثم غادر في 15/08/2023. " * 3
    text = "\n".join([para] * 2000)
    got = dhad.extract_dates(text, reference=REF)
    one = dhad.extract_dates(para, reference=REF)
    assert len(got) == 2000 * len(one)
    assert all(text[m.start:m.end] == m.text for m in got)
    assert [m.value for m in got[: len(one)]] == [m.value for m in one]


def spans(text, reference=REF):
    return [(m.text, m.start, m.end, m.value, m.end_value, m.grain, m.calendar)
            for m in dhad.extract_dates(text, reference=reference)]


# (text, [(mention, start, end, value, end_value, grain, calendar)]), against REF
NEWS_CASES = [
    # Hijri days resolved with the Umm al-Qura table
    ("يصعد الحجاج إلى جبل عرفات يوم عرفة",
     [("يوم عرفة", 26, 34, datetime(2024, 6, 15), None, "day", "hijri")]),
    ("وتحيي الطائفة ذكرى عاشوراء",
     [("عاشوراء", 19, 26, datetime(2024, 7, 16), None, "day", "hijri")]),
    ("عطلة رسمية بمناسبة الإسراء والمعراج 1446 هـ",
     [("الإسراء والمعراج 1446 هـ", 19, 43, datetime(2025, 1, 27), None, "day", "hijri")]),
    # quarters and halves of a year: first day of the part, first day after it, grain month
    ("ارتفعت الأرباح في الربع الأول من 2024",
     [("الربع الأول من 2024", 18, 37, datetime(2024, 1, 1), datetime(2024, 4, 1), "month", "gregorian")]),
    ("تراجع النمو في الربع الثالث من العام الجاري",
     [("الربع الثالث من العام الجاري", 15, 43, datetime(2024, 7, 1), datetime(2024, 10, 1), "month",
       "gregorian")]),
    ("سجلت الشركة خسائر في الربع الأخير من العام الماضي",
     [("الربع الأخير من العام الماضي", 21, 49, datetime(2023, 10, 1), datetime(2024, 1, 1), "month",
       "gregorian")]),
    ("وخلال النصف الثاني من 2023 تحسنت الصادرات",
     [("النصف الثاني من 2023", 6, 26, datetime(2023, 7, 1), datetime(2024, 1, 1), "month", "gregorian")]),
    ("النصف الأول من العام",
     [("النصف الأول من العام", 0, 20, datetime(2024, 1, 1), datetime(2024, 7, 1), "month", "gregorian")]),
    ("سجل الفريق في الربع الأخير من المباراة", []),
    # decades: the 1900s unless another century is said; early/mid/late = first 3/middle 4/last 3 years
    ("شهدت التسعينيات نموا",
     [("التسعينيات", 5, 15, datetime(1990, 1, 1), datetime(2000, 1, 1), "year", "gregorian")]),
    ("هاجر والده إلى كندا في ثمانينيات القرن الماضي",
     [("ثمانينيات القرن الماضي", 23, 45, datetime(1980, 1, 1), datetime(1990, 1, 1), "year", "gregorian")]),
    ("انتشرت الموضة خلال الستينات",
     [("الستينات", 19, 27, datetime(1960, 1, 1), datetime(1970, 1, 1), "year", "gregorian")]),
    ("بدأت الأزمة أوائل السبعينيات",
     [("أوائل السبعينيات", 12, 28, datetime(1970, 1, 1), datetime(1973, 1, 1), "year", "gregorian")]),
    ("وفي أواخر التسعينيات عاد",
     [("أواخر التسعينيات", 4, 20, datetime(1997, 1, 1), datetime(2000, 1, 1), "year", "gregorian")]),
    ("منتصف الثمانينيات",
     [("منتصف الثمانينيات", 0, 17, datetime(1983, 1, 1), datetime(1987, 1, 1), "year", "gregorian")]),
    ("تحديات العشرينيات من القرن الحادي والعشرين",
     [("العشرينيات من القرن الحادي والعشرين", 7, 42, datetime(2020, 1, 1), datetime(2030, 1, 1), "year",
       "gregorian")]),
    ("رجل في الستينات من عمره", []),
    # a half after a counted duration adds half the unit
    ("غادر الوفد قبل شهرين ونصف",
     [("قبل شهرين ونصف", 11, 25, datetime(2024, 1, 5), None, "day", "gregorian")]),
    ("تقلع الطائرة بعد ساعة ونصف",
     [("بعد ساعة ونصف", 13, 26, datetime(2024, 3, 20, 11, 30), None, "minute", "gregorian")]),
    ("يعيش هنا منذ سنة ونصف",
     [("منذ سنة ونصف", 9, 21, datetime(2022, 9, 20), None, "day", "gregorian")]),
]


@pytest.mark.parametrize("text,expected", NEWS_CASES)
def test_news_expressions_with_offsets(text, expected):
    assert spans(text) == expected
    for m in dhad.extract_dates(text, reference=REF):
        assert text[m.start:m.end] == m.text


# Relative weekdays, hours and nights that read silently wrong before (against REF, a Wednesday)
RELATIVE_CASES = [
    ("التقى الوزيران الخميس قبل الماضي في الدوحة",
     [("الخميس قبل الماضي", "DATE", datetime(2024, 3, 7), "day", None, "gregorian")]),
    ("تبدأ الجولة الجمعة بعد المقبلة",
     [("الجمعة بعد المقبلة", "DATE", datetime(2024, 3, 29), "day", None, "gregorian")]),
    ("يصل الوفد الأسبوع بعد المقبل",
     [("الأسبوع بعد المقبل", "DATE", datetime(2024, 4, 1), "week", None, "gregorian")]),
    ("وصلت البعثة الأول من أمس إلى بغداد",
     [("الأول من أمس", "DATE", datetime(2024, 3, 18), "day", None, "gregorian")]),
    ("قصفت الطائرات في الساعات الأولى من صباح اليوم",
     [("صباح اليوم", "TIME", datetime(2024, 3, 20, 4), "hour", datetime(2024, 3, 20, 12), "gregorian")]),
    ("تبث الحلقة الثانية مساء اليوم",
     [("مساء اليوم", "TIME", datetime(2024, 3, 20, 18), "hour", datetime(2024, 3, 21), "gregorian")]),
    ("يعقد المؤتمر مساء اليوم الساعة 8",
     [("مساء اليوم الساعة 8", "TIME", datetime(2024, 3, 20, 20), "hour", None, "gregorian")]),
    ("أغلقت المحال الثانية عشرة ليلا",
     [("الثانية عشرة ليلا", "TIME", datetime(2024, 3, 21), "hour", None, "gregorian")]),
    ("سمع دوي الانفجار الساعة الواحدة بعد منتصف الليل",
     [("الساعة الواحدة بعد منتصف الليل", "TIME", datetime(2024, 3, 21, 1), "hour", None, "gregorian")]),
    ("لم ينم السكان الليلة الماضية",
     [("الليلة الماضية", "TIME", datetime(2024, 3, 19, 18), "hour", datetime(2024, 3, 20), "gregorian")]),
    # "ليلة" + a weekday, holiday or Hijri day: the night before it
    ("زار أهله ليلة الجمعة",
     [("ليلة الجمعة", "TIME", datetime(2024, 3, 21, 18), "hour", datetime(2024, 3, 22), "gregorian")]),
    ("شنت غارات ليلة الخميس الجمعة",
     [("ليلة الخميس الجمعة", "TIME", datetime(2024, 3, 21, 18), "hour", datetime(2024, 3, 22), "gregorian")]),
    ("ازدحمت الأسواق ليلة عيد الفطر",
     [("ليلة عيد الفطر", "TIME", datetime(2024, 4, 9, 18), "hour", datetime(2024, 4, 10), "hijri")]),
    ("امتلأ المسجد ليلة 27 رمضان",
     [("ليلة 27 رمضان", "TIME", datetime(2024, 4, 5, 18), "hour", datetime(2024, 4, 6), "hijri")]),
    ("سهروا ليلة 31 ديسمبر",
     [("ليلة 31 ديسمبر", "TIME", datetime(2024, 12, 31, 18), "hour", datetime(2025, 1, 1), "gregorian")]),
]


@pytest.mark.parametrize("text,expected", RELATIVE_CASES)
def test_relative_weekdays_hours_and_nights(text, expected):
    assert found(text) == expected


# the first or last n units of a month or year; of an event, nothing
PERIOD_CASES = [
    ("يعتكف المصلون في العشر الأواخر من رمضان",
     [("العشر الأواخر من رمضان", "DATE", datetime(2024, 3, 31), "day", datetime(2024, 4, 10), "hijri")]),
    ("نما الاقتصاد في الأشهر الثلاثة الأولى من العام",
     [("الأشهر الثلاثة الأولى من العام", "DATE", datetime(2024, 1, 1), "month", datetime(2024, 4, 1),
       "gregorian")]),
    ("اشتدت المنافسة في الأيام العشرة الأخيرة من الحملة", []),
]


@pytest.mark.parametrize("text,expected", PERIOD_CASES)
def test_first_or_last_units_of_a_period(text, expected):
    assert found(text) == expected


G, H = "gregorian", "hijri"

# seasons, decades, Hijri months with a direction, accusative counts, bare years (against REF,
# 10 Ramadan 1445)
QA_CASES = [
    # meteorological seasons: three months, grain month, end exclusive
    ("سافرنا صيف 2024 إلى تركيا",
     [("صيف 2024", "DATE", datetime(2024, 6, 1), "month", datetime(2024, 9, 1), G)]),
    ("انتهت المعركة خريف 2019",
     [("خريف 2019", "DATE", datetime(2019, 9, 1), "month", datetime(2019, 12, 1), G)]),
    ("في الربيع الماضي زرت القاهرة",
     [("الربيع الماضي", "DATE", datetime(2023, 3, 1), "month", datetime(2023, 6, 1), G)]),
    ("كان هذا الشتاء باردا",
     [("هذا الشتاء", "DATE", datetime(2023, 12, 1), "month", datetime(2024, 3, 1), G)]),
    ("في الصيف تكثر الحرائق", []),
    ("خلال شتاء العام المقبل",
     [("شتاء العام المقبل", "DATE", None, "day", None, G)]),
    # decades and centuries
    ("تضاعف عدد السكان في العقد الماضي",
     [("العقد الماضي", "DATE", datetime(2014, 1, 1), "year", datetime(2024, 1, 1), G)]),
    ("ستنمو الصناعة خلال العقد المقبل",
     [("خلال العقد المقبل", "DATE", datetime(2025, 1, 1), "year", datetime(2035, 1, 1), G)]),
    ("في العقد الأول من القرن الحالي",
     [("العقد الأول من القرن الحالي", "DATE", datetime(2000, 1, 1), "year", datetime(2010, 1, 1), G)]),
    ("تضاعف الإنتاج منذ مطلع القرن",
     [("مطلع القرن", "DATE", datetime(2000, 1, 1), "year", datetime(2030, 1, 1), G)]),
    ("انتهى العقد السابق مع النادي", []),
    # Hijri months before or after the reference month
    ("تبدأ السنة الدراسية في محرم المقبل",
     [("محرم المقبل", "DATE", datetime(2024, 7, 7), "day", datetime(2024, 8, 5), H)]),
    ("أدى فريضة الحج في ذي الحجة الماضي",
     [("ذي الحجة الماضي", "DATE", datetime(2023, 6, 19), "day", datetime(2023, 7, 19), H)]),
    ("ينتهي العمل منتصف رمضان المقبل",
     [("منتصف رمضان المقبل", "DATE", datetime(2025, 3, 15), "day", None, H)]),
    # counts in the accusative
    ("غادر قريته منذ 20 عاما",
     [("منذ 20 عاما", "DATE", datetime(2004, 3, 20), "day", None, G)]),
    ("تنتهي الولاية بعد 11 شهرا",
     [("بعد 11 شهرا", "DATE", datetime(2025, 2, 20), "day", None, G)]),
    ("قضى 20 عاما في المنفى", []),
    # years: after منذ unless a counted noun follows, after في before punctuation
    ("سجلت الوزارة منذ 2020 حالة إصابة", []),
    ("منذ 2020 حالة الطوارئ قائمة",
     [("2020", "DATE", datetime(2020, 1, 1), "year", None, G)]),
    ("وفي 2019، أعلنت الحكومة خطة",
     [("2019", "DATE", datetime(2019, 1, 1), "year", None, G)]),
    ("وزعت اللقاحات في 2000 مدرسة", []),
    ("هجروا من قراهم في عام 48", []),
    ("في الفترة 2019 - 2021",
     [("2019 - 2021", "DATE", datetime(2019, 1, 1), "year", datetime(2022, 1, 1), G)]),
    ("فاز الفريق 2019 - 2021", []),
    ("ارتفع العدد من 2020 حتى 2023", []),
    # counted from an event: nothing; from a holiday: shifted
    ("وصل المحققون بعد 3 أيام من الحادث", []),
    ("يعود الطلاب بعد 3 أيام من عيد الفطر",
     [("بعد 3 أيام من عيد الفطر", "DATE", datetime(2024, 4, 13), "day", None, H)]),
]


@pytest.mark.parametrize("text,expected", QA_CASES)
def test_seasons_decades_directions_and_years(text, expected):
    assert found(text) == expected
    for m in dhad.extract_dates(text, reference=REF):
        assert text[m.start:m.end] == m.text


def test_seasons_move_with_the_reference():
    aug = datetime(2024, 8, 10, 12, 0)
    assert found("احترقت الغابات الصيف الماضي", aug) == [
        ("الصيف الماضي", "DATE", datetime(2023, 6, 1), "month", datetime(2023, 9, 1), G)]
    assert found("هذا الشتاء سيكون قاسيا", aug) == [
        ("هذا الشتاء", "DATE", datetime(2024, 12, 1), "month", datetime(2025, 3, 1), G)]


# the nth weekday of a named month (the weekday was dropped, giving the month)
WEEKDAY_OF_MONTH_CASES = [
    ("خرج المصلون في الجمعة الأخيرة من رمضان",
     [("الجمعة الأخيرة من رمضان", "DATE", datetime(2024, 4, 5), "day", None, H)]),
    ("تظاهروا الجمعة الأخيرة من شهر مارس",
     [("الجمعة الأخيرة من شهر مارس", "DATE", datetime(2024, 3, 29), "day", None, G)]),
    ("صلينا الجمعة الأخيرة في المسجد",
     [("الجمعة الأخيرة", "DATE", datetime(2024, 3, 15), "day", None, G)]),
    # a direction word makes a weak month name a month
    ("رمضان المقبل سيكون في الشتاء",
     [("رمضان المقبل", "DATE", datetime(2025, 3, 1), "day", datetime(2025, 3, 30), H)]),
    ("أكد رمضان أن الفريق جاهز", []),
    # 24:00 is the midnight that ends the day
    ("تنتهي المهلة الساعة 24:00 يوم الخميس",
     [("الساعة 24:00 يوم الخميس", "TIME", datetime(2024, 3, 22), "minute", None, G)]),
]


@pytest.mark.parametrize("text,expected", WEEKDAY_OF_MONTH_CASES)
def test_nth_weekday_of_a_named_month(text, expected):
    assert found(text) == expected


# dates QA pass 2: names built on a date, the nth day of a feast, seasons of two years,
# weekdays that contradict their date, duals of years, midnight in another zone
QA8_CASES = [
    # a day and month after a name head, without a year, is part of the name
    ("أقيمت المباراة على ملعب 5 جويلية بالعاصمة", []),
    ("يسكن في مدينة 6 أكتوبر منذ سنوات", []),
    ("أحيا المصريون ذكرى ثورة 25 يناير", []),
    ("تغير العالم بعد أحداث 11 سبتمبر", []),
    ("نددت حركة 20 فبراير بالقرار", []),
    ("التقى الفريقان بملعب 5 جويلية", []),
    ("حرب أكتوبر غيرت المنطقة", []),
    ("شارك في ثورة 25 يناير 2011",
     [("25 يناير 2011", "DATE", datetime(2011, 1, 25), "day", None, G)]),
    ("في يوم 11 سبتمبر وقع الهجوم",
     [("11 سبتمبر", "DATE", datetime(2024, 9, 11), "day", None, G)]),
    ("وصلنا بملعب 5 جويلية مساء أمس",
     [("مساء أمس", "TIME", datetime(2024, 3, 19, 18), "hour", datetime(2024, 3, 20), G)]),
    # the nth day of a feast or a month
    ("يزور الأقارب ثاني أيام عيد الفطر",
     [("ثاني أيام عيد الفطر", "DATE", datetime(2024, 4, 11), "day", None, H)]),
    ("أغلقت المحلات اليوم الثاني من عيد الأضحى",
     [("اليوم الثاني من عيد الأضحى", "DATE", datetime(2024, 6, 17), "day", None, H)]),
    ("صام أول أيام رمضان",
     [("أول أيام رمضان", "DATE", datetime(2024, 3, 11), "day", None, H)]),
    ("أول جمعة من رمضان المقبل",
     [("أول جمعة من رمضان المقبل", "DATE", datetime(2025, 3, 7), "day", None, H)]),
    ("خرجنا ثالث أيام العيد", []),
    # two consecutive years
    ("كان شتاء 2023-2024 باردا",
     [("شتاء 2023-2024", "DATE", datetime(2023, 12, 1), "month", datetime(2024, 3, 1), G)]),
    ("هدافو موسم 2023-2024",
     [("2023-2024", "DATE", datetime(2023, 1, 1), "year", datetime(2025, 1, 1), G)]),
    ("ميزانية السنة المالية 2023-24",
     [("2023-24", "DATE", datetime(2023, 1, 1), "year", datetime(2025, 1, 1), G)]),
    ("صيف 2023-2024", []),
    ("فاز الفريق 2023-2024", []),
    # both years of a dual
    ("تراجعت الصادرات خلال عامي 2022 و2023",
     [("عامي 2022 و2023", "DATE", datetime(2022, 1, 1), "year", datetime(2024, 1, 1), G)]),
    # a dash after a bare weekday sets it beside its date
    ("الأحد - 24 مارس 2024",
     [("الأحد - 24 مارس 2024", "DATE", datetime(2024, 3, 24), "day", None, G)]),
    # a definite hour and an indefinite ten are minutes; a clock after "now" is the time
    ("وصلنا الساعة الثالثة وعشرين دقيقة",
     [("الساعة الثالثة وعشرين دقيقة", "TIME", datetime(2024, 3, 20, 15, 20), "minute", None, G)]),
    ("الساعة الآن 10:30",
     [("الآن 10:30", "TIME", datetime(2024, 3, 20, 10, 30), "minute", None, G)]),
    # a Hijri date a day off its weekday: the weekday tells the day
    ("صام المسلمون يوم الثلاثاء 1 رمضان 1445 هـ",
     [("يوم الثلاثاء 1 رمضان 1445 هـ", "DATE", datetime(2024, 3, 12), "day", None, H)]),
]


@pytest.mark.parametrize("text,expected", QA8_CASES)
def test_names_feast_days_two_years_and_duals(text, expected):
    test_seasons_decades_directions_and_years(text, expected)  # values, then spans by slicing


def test_a_weekday_that_contradicts_the_date_gives_no_value():
    text = "قضت المحكمة يوم الاثنين 17 مارس 2024 بسجن المتهم"  # 17 March 2024 is a Sunday
    [m] = dhad.extract_dates(text, reference=REF)
    assert (m.text, m.value) == ("يوم الاثنين 17 مارس 2024", None)


def test_midnight_in_another_zone_is_brought_to_the_reference_zone():
    gmt = datetime(2024, 3, 20, 10, 0, tzinfo=timezone.utc)
    [m] = dhad.extract_dates("تنتهي المهلة عند منتصف الليل بتوقيت مكة", reference=gmt)
    assert m.text == "منتصف الليل بتوقيت مكة"
    assert m.value == datetime(2024, 3, 20, 21, 0, tzinfo=timezone.utc)


QA10_CASES = [
    # the Maghrebi "فاتح" (the first of a month) with its weekday
    ("تنطلق الامتحانات يوم الإثنين فاتح يوليوز 2024.",
     [("يوم الإثنين فاتح يوليوز 2024", "DATE", datetime(2024, 7, 1), "day", None, G)]),
    ("تبدأ السنة الهجرية فاتح محرم 1446",
     [("فاتح محرم 1446", "DATE", datetime(2024, 7, 7), "day", None, H)]),
    ("اشتريت قميصا بلون فاتح", []),
    # "على الساعة" joins the clock time to its date; "بعد الزوال" is the afternoon
    ("الاجتماع يوم 12 يونيو على الساعة العاشرة صباحا",
     [("12 يونيو على الساعة العاشرة صباحا", "TIME", datetime(2024, 6, 12, 10), "hour", None, G)]),
    ("يصل الوفد غدا على الساعة 11 صباحا",
     [("غدا على الساعة 11 صباحا", "TIME", datetime(2024, 3, 21, 11), "hour", None, G)]),
    ("سيعقد اللقاء في 5 ماي 2024 على الساعة الرابعة بعد الزوال",
     [("5 ماي 2024 على الساعة الرابعة بعد الزوال", "TIME", datetime(2024, 5, 5, 16), "hour", None, G)]),
    ("تعرف على الساعة الذكية الجديدة", []),
    # a weekday after a month without a day is a date of its own
    ("يبدأ شهر رمضان يوم الاثنين 11 مارس 2024",
     [("شهر رمضان", "DATE", datetime(2024, 3, 11), "day", datetime(2024, 4, 10), H),
      ("يوم الاثنين 11 مارس 2024", "DATE", datetime(2024, 3, 11), "day", None, G)]),
    # "عند" + an hour after a day
    ("المباراة مساء السبت المقبل عند التاسعة",
     [("مساء السبت المقبل عند التاسعة", "TIME", datetime(2024, 3, 23, 21), "hour", None, G)]),
    ("توقف عند الثامنة", []),
]


@pytest.mark.parametrize("text,expected", QA10_CASES)
def test_maghrebi_dates_hours_after_at_and_weekdays_after_a_month(text, expected):
    test_seasons_decades_directions_and_years(text, expected)  # values, then spans by slicing


def test_wa_fi_opens_a_new_clause_except_before_the_hour():
    ref = datetime(2024, 3, 20, 12, 0)
    got = [(d.text, d.value) for d in dhad.extract_dates("وصل مساء الخميس وفي اليوم التالي غادر.", reference=ref)]
    assert got == [("مساء الخميس", datetime(2024, 3, 21, 18, 0)), ("اليوم التالي", None)]
    [d] = dhad.extract_dates("الاجتماع يوم الخميس 21 مارس وفي الساعة العاشرة صباحا.", reference=ref)
    assert (d.label, d.value) == ("TIME", datetime(2024, 3, 21, 10, 0))


def test_a_weekday_and_a_day_before_a_range_end_with_its_month():
    # it gave two dates: this week's Sunday and 28 March
    ref = datetime(2024, 3, 20, 12, 0)
    [d] = dhad.extract_dates("تقام الدورة من الأحد 24 إلى الخميس 28 مارس في الرياض", reference=ref)
    assert (d.text, d.value, d.end_value) == (
        "من الأحد 24 إلى الخميس 28 مارس", datetime(2024, 3, 24), datetime(2024, 3, 29))


def test_a_range_of_hours_takes_the_part_of_the_day_of_its_end():
    # only "5 مساء" was found; the start is a morning hour when the evening would put it
    # after the end
    got = [(d.text, d.value, d.end_value) for d in dhad.extract_dates("يعمل المحل من 9 إلى 5 مساء", reference=REF)]
    assert got == [("من 9 إلى 5 مساء", datetime(2024, 3, 20, 9), datetime(2024, 3, 20, 18))]
    got = [(d.text, d.value) for d in dhad.extract_dates("من الساعة 9 إلى الساعة 5 مساء", reference=REF)]
    assert got == [("من الساعة 9 إلى الساعة 5 مساء", datetime(2024, 3, 20, 9))]
    got = [(d.text, d.value) for d in dhad.extract_dates("البث من 8 إلى 11 ليلا", reference=REF)]
    assert got == [("من 8 إلى 11 ليلا", datetime(2024, 3, 20, 20))]
    assert dhad.extract_dates("ارتفع العدد من 9 إلى 12 مليونا", reference=REF) == []
    # on the day said before it (it gave tomorrow, and the hours today)
    got = [(d.text, d.value, d.end_value) for d in dhad.extract_dates("يفتح المتحف غدا من 9 إلى 5 مساء", reference=REF)]
    assert got == [("غدا من 9 إلى 5 مساء", datetime(2024, 3, 21, 9), datetime(2024, 3, 21, 18))]


def test_the_gregorian_year_named_as_such_keeps_its_word():
    # the span left "الميلادي" out, and with it the direction after it
    [d] = dhad.extract_dates("قبل نهاية العام الميلادي المقبل", reference=REF)
    assert (d.text, d.value, d.grain) == ("نهاية العام الميلادي المقبل", datetime(2025, 12, 1), "month")


QA13_CASES = [
    # a position in a week: "نهاية الأسبوع" is the weekend (Friday to Sunday), "مطلع" its start
    ("تزدحم الشواطئ خلال عطلة نهاية الأسبوع",
     [("نهاية الأسبوع", "DATE", datetime(2024, 3, 22), "day", datetime(2024, 3, 25), G)]),
    ("سافرنا نهاية الأسبوع الماضي",
     [("نهاية الأسبوع الماضي", "DATE", datetime(2024, 3, 15), "day", datetime(2024, 3, 18), G)]),
    ("تبدأ الامتحانات مطلع الأسبوع المقبل",
     [("مطلع الأسبوع المقبل", "DATE", datetime(2024, 3, 25), "day", None, G)]),
    ("يصل الوفد منتصف الأسبوع القادم",
     [("منتصف الأسبوع القادم", "DATE", datetime(2024, 3, 27), "day", None, G)]),
    # the spoken "آخر/أول" + a definite period word
    ("الراتب ينزل آخر الشهر",
     [("آخر الشهر", "DATE", datetime(2024, 3, 31), "day", None, G)]),
    ("نسافر أول الشهر الجاي",
     [("أول الشهر الجاي", "DATE", datetime(2024, 4, 1), "day", None, G)]),
    ("أول مرة أزور المدينة", []),
    # parts of a month: thirds are tens of days, the last one runs to the month's end
    ("يصرف الراتب في الثلث الأخير من الشهر",
     [("الثلث الأخير من الشهر", "DATE", datetime(2024, 3, 21), "day", datetime(2024, 4, 1), G)]),
    ("في النصف الثاني من الشهر",
     [("النصف الثاني من الشهر", "DATE", datetime(2024, 3, 16), "day", datetime(2024, 4, 1), G)]),
    ("الثلث الأخير من رمضان المقبل",
     [("الثلث الأخير من رمضان المقبل", "DATE", datetime(2025, 3, 21), "day", datetime(2025, 3, 30), H)]),
    ("قام الثلث الأخير من الليل", []),
    # a kind of year is not the calendar year
    ("مع نهاية العام الدراسي", []),
    ("في بداية السنة المالية", []),
    # spoken "which passed / which comes" after a date word, and "المسا"
    ("شفته الأسبوع اللي فات",
     [("الأسبوع اللي فات", "DATE", datetime(2024, 3, 11), "week", None, G)]),
    ("السنة اللي فاتت",
     [("السنة اللي فاتت", "DATE", datetime(2023, 1, 1), "year", None, G)]),
    ("الجمعة اللي جاية",
     [("الجمعة اللي جاية", "DATE", datetime(2024, 3, 22), "day", None, G)]),
    ("نسافر الأسبوع الياي",
     [("الأسبوع الياي", "DATE", datetime(2024, 3, 25), "week", None, G)]),
    ("الشخص اللي فات علينا", []),
    ("نشوفك بكرة المسا",
     [("بكرة المسا", "TIME", datetime(2024, 3, 21, 18), "hour", datetime(2024, 3, 22), G)]),
    ("مسا الخير يا جماعة", []),
]


@pytest.mark.parametrize("text,expected", QA13_CASES)
def test_weekends_parts_of_months_and_spoken_directions(text, expected):
    test_seasons_decades_directions_and_years(text, expected)  # values, then spans by slicing


def test_news_timestamps_with_a_dash_and_am_pm_letters():
    # the dash made an interval from the day's midnight to the time; "م" (PM) was left out
    assert found("نشر في: 17/03/2024 - 10:45") == [
        ("17/03/2024 - 10:45", "TIME", datetime(2024, 3, 17, 10, 45), "minute", None, G)]
    assert found("الأحد 17 مارس 2024 - 09:15 م") == [
        ("الأحد 17 مارس 2024 - 09:15 م", "TIME", datetime(2024, 3, 17, 21, 15), "minute", None, G)]
    assert found("12:05 ص") == [("12:05 ص", "TIME", datetime(2024, 3, 20, 0, 5), "minute", None, G)]
    assert found("17 مارس - 20 مارس") == [
        ("17 مارس - 20 مارس", "DATE", datetime(2024, 3, 17), "day", datetime(2024, 3, 21), G)]
    assert found("أصيب 3 م") == []


@pytest.mark.parametrize("text,expected", [
    # decades as ten years (they gave nothing)
    ("يعيش في المنفى منذ عقدين.", [("منذ عقدين", "DATE", datetime(2004, 3, 20), "day", None, G)]),
    ("قبل ثلاثة عقود من الزمن", [("قبل ثلاثة عقود من الزمن", "DATE", datetime(1994, 3, 20), "day", None, G)]),
    ("خلال العقدين الماضيين",
     [("خلال العقدين الماضيين", "DATE", datetime(2004, 1, 1), "year", datetime(2024, 1, 1), G)]),
    ("بعد عقد الاجتماع", []),
    ("وقع عقد مع النادي", []),
])
def test_decades_as_durations(text, expected):
    test_seasons_decades_directions_and_years(text, expected)


@pytest.mark.parametrize("text,expected", [
    # a URL or an e-mail address is one opaque token: the date of its path and a month's
    # name in it were dates of the text
    ("نشر الخبر على https://news.example.com/2023/11/05/تقرير", []),
    ("المصدر: https://ar.wikipedia.org/wiki/الخامس_من_يونيو", []),
    ("راسلوا march2024@example.com للتسجيل", []),
    # a hashtag names a topic: "#اليوم_الوطني" is no today
    ("احتفلنا أمس مع #اليوم_الوطني_السعودي", [("أمس", "DATE", datetime(2024, 3, 19), "day", None, "gregorian")]),
    ("نشر https://example.com/2023/11/05 يوم 5 نوفمبر 2023",
     [("5 نوفمبر 2023", "DATE", datetime(2023, 11, 5), "day", None, "gregorian")]),
])
def test_no_date_inside_a_url_or_an_email_address(text, expected):
    assert found(text) == expected
    doc = dhad.analyze(text, reference=REF)
    assert [(e.text, e.label) for e in doc.entities if e.label in ("DATE", "TIME")] == \
        [(m[0], m[1]) for m in expected]


@pytest.mark.parametrize("text,expected", [
    # an era marker after a range's end dates its start too; the start was a year of the
    # common era ("عامي 1304" was 1304 CE); years before Christ have no datetime value
    ("حكم الفرعون بين عامي 1304 و1237 ق.م",
     [("بين عامي 1304 و1237 ق.م", "DATE", None, "year", None, G)]),
    ("ازدهرت المدينة من عام 600 إلى عام 450 ق.م",
     [("من عام 600 إلى عام 450 ق.م", "DATE", None, "year", None, G)]),
    ("بني السور سنة 221 ق م", [("سنة 221 ق م", "DATE", None, "year", None, G)]),
    ("بين عامي 1096 و1099 م",
     [("بين عامي 1096 و1099 م", "DATE", datetime(1096, 1, 1), "year", datetime(1100, 1, 1), G)]),
    # a race time in clock form is no time of day (it was 14:03:11 today)
    ("فاز بالماراثون بزمن 2:03:11 ساعة", []),
    # ... and so are seconds on an hour of one digit with no "الساعة" and no part of the day
    ("قطع مسافة 42.195 كم في 2:05:30.", []),
    ("قطع الميل في 3:43 دقيقة", []),
    # a weekday that contradicts a Hijri date: no value, but still the Hijri calendar
    ("يصادف السبت غرة شوال 1445", [("السبت غرة شوال 1445", "DATE", None, "day", None, H)]),
])
def test_years_before_christ_race_times_and_contradicted_hijri_dates(text, expected):
    assert found(text) == expected
    for m in dhad.extract_dates(text, reference=REF):
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text,expected", [
    # a century in digits without the article, or in Roman numerals (both gave nothing)
    ("ازدهرت الصناعة في القرن 18",
     [("القرن 18", "DATE", datetime(1700, 1, 1), "year", datetime(1800, 1, 1), G)]),
    ("كتب في القرن XVII", [("القرن XVII", "DATE", datetime(1600, 1, 1), "year", datetime(1700, 1, 1), G)]),
    ("في القرن 4 ق.م", []),
])
def test_centuries_in_digits_and_roman_numerals(text, expected):
    assert found(text) == expected


MID_MONTH_HOURS_AND_MODELS = [
    # the night of mid-Sha'ban is the night before the 15th, as for any Hijri day
    ("تحيي الأسر ليلة النصف من شعبان",
     [("ليلة النصف من شعبان", "TIME", datetime(2024, 2, 24, 18), "hour", datetime(2024, 2, 25), "hijri")]),
    ("يصوم بعضهم النصف من شعبان",
     [("النصف من شعبان", "DATE", datetime(2024, 2, 25), "day", None, "hijri")]),
    ("تصرف الإعانات في النصف من الشهر المقبل",
     [("النصف من الشهر المقبل", "DATE", datetime(2024, 4, 15), "day", None, "gregorian")]),
    ("نال المرشح النصف من الأصوات", []),
    # a clock hour before the part of a named day
    ("تبدأ الأمسية 9 مساء الخميس",
     [("9 مساء الخميس", "TIME", datetime(2024, 3, 21, 21), "hour", None, "gregorian")]),
    ("تفتح القاعة من 7 إلى 9 مساء الخميس",
     [("من 7 إلى 9 مساء الخميس", "TIME", datetime(2024, 3, 21, 19), "hour", datetime(2024, 3, 21, 22),
       "gregorian")]),
    ("توقفت الخدمة عند 9 مساء أمس",
     [("9 مساء أمس", "TIME", datetime(2024, 3, 19, 21), "hour", None, "gregorian")]),
    ("قتل 5 مساء أمس",
     [("مساء أمس", "TIME", datetime(2024, 3, 19, 18), "hour", datetime(2024, 3, 20), "gregorian")]),
    # a model number is no day
    ("تطرح أبل آيفون 16 الشهر المقبل",
     [("الشهر المقبل", "DATE", datetime(2024, 4, 1), "month", None, "gregorian")]),
    ("يعقد المؤتمر في 16 الشهر المقبل",
     [("16 الشهر المقبل", "DATE", datetime(2024, 4, 16), "day", None, "gregorian")]),
]


@pytest.mark.parametrize("text,expected", MID_MONTH_HOURS_AND_MODELS)
def test_mid_month_nights_hours_before_a_named_day_and_model_numbers(text, expected):
    assert found(text) == expected


def test_a_numeric_date_with_tatweel_between_its_parts():
    # the drawn-out tatweel is a dash, as the normalizer writes it ("2024-05-12")
    assert found("صدر القرار بتاريخ ٢٠٢٤ـ٠٥ـ١٢ عن المحكمة") == [
        ("٢٠٢٤ـ٠٥ـ١٢", "DATE", datetime(2024, 5, 12), "day", None, "gregorian")]
    assert dhad.normalize("٢٠٢٤ـ٠٥ـ١٢") == "2024-05-12"


@pytest.mark.parametrize("text,expected", [
    # the Maghreb's "الفصل" + an ordinal + a year is a quarter (was no date)
    ("تراجع النمو خلال الفصل الثالث من 2023",
     [("الفصل الثالث من 2023", "DATE", datetime(2023, 7, 1), "month", datetime(2023, 10, 1), "gregorian")]),
    ("ارتفعت الصادرات في الفصل الأول من العام الجاري",
     [("الفصل الأول من العام الجاري", "DATE", datetime(2024, 1, 1), "month", datetime(2024, 4, 1),
       "gregorian")]),
    # a chapter or a school term is none
    ("يبدأ الفصل الثالث من الرواية بحادث", []),
    ("امتحانات الفصل الأول من العام الدراسي", []),
])
def test_maghreb_quarters(text, expected):
    assert found(text) == expected


def test_an_about_before_the_hour_of_a_day():
    # "about" before "الساعة" still gives the day its hour (was the day and today's 10:00)
    assert found("تعلن النتائج يوم الاثنين المقبل في حدود الساعة العاشرة صباحا") == [
        ("يوم الاثنين المقبل في حدود الساعة العاشرة صباحا", "TIME", datetime(2024, 3, 25, 10), "hour",
         None, "gregorian")]


@pytest.mark.parametrize("text,expected", [
    # "في اليوم" counts per day, "في اليوم نفسه" is an event's day (both were today)
    ("تناول الدواء مرتين في اليوم", []),
    ("وفي اليوم نفسه أعلنت الحكومة", []),
    ("وصل الوفد اليوم", [("اليوم", "DATE", datetime(2024, 3, 20), "day", None, "gregorian")]),
])
def test_per_day_and_the_same_day_are_no_today(text, expected):
    assert found(text) == expected


def test_a_position_in_a_period_takes_no_day_after_a_connector():
    # the day after "في" is a date of its own (its year was left out of the span)
    assert [m[0] for m in found("تنتهي المهلة نهاية العام في 31 ديسمبر 2025")] == [
        "نهاية العام", "31 ديسمبر 2025"]


@pytest.mark.parametrize("text,expected", [
    # a clock time and a month with no day name no moment: two mentions (was one DATE with no
    # value)
    ("الاجتماع الساعة 10:30 يناير", [
        ("الساعة 10:30", "TIME", datetime(2024, 3, 20, 10, 30), "minute", None, "gregorian"),
        ("يناير", "DATE", datetime(2024, 1, 1), "month", None, "gregorian")]),
    ("يناير 2025 10:30", [
        ("يناير 2025", "DATE", datetime(2025, 1, 1), "month", None, "gregorian"),
        ("10:30", "TIME", datetime(2024, 3, 20, 10, 30), "minute", None, "gregorian")]),
    # with a day the time is on it
    ("10:30 5 يناير", [("10:30 5 يناير", "TIME", datetime(2024, 1, 5, 10, 30), "minute", None,
                        "gregorian")]),
])
def test_a_clock_time_beside_a_month_without_a_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a range of clock times past midnight ends on the next day (was two mentions)
    ("يستمر الحظر من الساعة 7 مساء حتى 6 صباحا", [
        ("من الساعة 7 مساء حتى 6 صباحا", "TIME", datetime(2024, 3, 20, 19),
         "hour", datetime(2024, 3, 21, 7), "gregorian")]),
    # the dual of day names two days (was the second alone)
    ("انعقدت القمة يومي 14 و15 مايو", [
        ("يومي 14 و15 مايو", "DATE", datetime(2024, 5, 14), "day", datetime(2024, 5, 16),
         "gregorian")]),
    # a place named after a weekday is no date
    ("صلينا في مسجد الجمعة", []),
    ("سوق الأحد مزدحم", []),
    # the Gulf's and the Maghreb's tomorrow and yesterday
    ("باجر بنروح البحر", [("باجر", "DATE", datetime(2024, 3, 21), "day", None, "gregorian")]),
    ("البارح كان الجو حار", [("البارح", "DATE", datetime(2024, 3, 19), "day", None,
                              "gregorian")]),
])
def test_overnight_ranges_dual_days_weekday_places_and_dialect_days(text, expected):
    assert found(text) == expected
    assert all(text[m.start:m.end] == m.text for m in dhad.extract_dates(text, reference=REF))


@pytest.mark.parametrize("text,expected", [
    # days joined by و before their month (was the last day alone)
    ("تقام الفعاليات في 1 و2 يونيو",
     [("1 و2 يونيو", "DATE", datetime(2024, 6, 1), "day", datetime(2024, 6, 3), "gregorian")]),
    ("الجلسات في 5 و12 مايو",
     [("5", "DATE", datetime(2024, 5, 5), "day", None, "gregorian"),
      ("12 مايو", "DATE", datetime(2024, 5, 12), "day", None, "gregorian")]),
    # hours less a quarter (was "بعد ساعتين", the quarter left out)
    ("يوصل الباص بعد ساعتين إلا ربع",
     [("بعد ساعتين إلا ربع", "TIME", datetime(2024, 3, 20, 11, 45), "minute", None, "gregorian")]),
])
def test_joined_days_and_hours_less_a_quarter(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # spoken parts of the day and the Gulf's "لين" (were nothing)
    ("الدوام من 7 الصبح لين 2 الظهر",
     [("من 7 الصبح لين 2 الظهر", "TIME", datetime(2024, 3, 20, 7), "hour", datetime(2024, 3, 20, 15), "gregorian")]),
    # the Gulf's day after tomorrow (was tomorrow)
    ("عقب باجر نسافر", [("عقب باجر", "DATE", datetime(2024, 3, 22), "day", None, "gregorian")]),
    # a range over the new year (was two dates, the end in the start's year)
    ("العطلة من 25 ديسمبر إلى 2 يناير",
     [("من 25 ديسمبر إلى 2 يناير", "DATE", datetime(2024, 12, 25), "day", datetime(2025, 1, 3), "gregorian")]),
    # the spoken third (was 8:00)
    ("الساعة 8 وتلت", [("الساعة 8 وتلت", "TIME", datetime(2024, 3, 20, 20, 20), "minute", None, "gregorian")]),
])
def test_dialect_times_and_ranges(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the spoken "this" glued to the article (Levant, Gulf) is "هذا/هذه"
    ("سافرت هالأسبوع", [("هالأسبوع", "DATE", datetime(2024, 3, 18), "week", None, "gregorian")]),
    ("بدي خلّص بهالشهر", [("هالشهر", "DATE", datetime(2024, 3, 1), "month", None, "gregorian")]),
    ("هالسنة ما في مطر", [("هالسنة", "DATE", datetime(2024, 1, 1), "year", None, "gregorian")]),
    # a name and words that only start with the letters are no date
    ("رأيت هالة في الحفل", []),
    ("هالني ما رأيت", []),
])
def test_the_spoken_this_glued_to_the_article(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the spoken "ago" after a past verb (Egypt, the Levant)
    ("شفته من يومين", [("من يومين", "DATE", datetime(2024, 3, 18), "day", None, "gregorian")]),
    ("سافروا من أسبوع", [("من أسبوع", "DATE", datetime(2024, 3, 13), "day", None, "gregorian")]),
    # the "من" of a quantity, a make-up, a replacement or a range is no "ago"
    ("أكثر من يومين", []),
    ("البرنامج يتكون من يومين", []),
    ("استمر لمدة أكثر من أسبوع", []),
    ("بدلا من يومين", []),
    ("تعبت من يومين لتلاتة", []),
])
def test_the_spoken_ago_after_a_past_verb(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the verb's object or place may stand between the verb and the spoken "ago"
    ("اشتريت الموبايل من شهر", [("من شهر", "DATE", datetime(2024, 2, 20), "day", None, "gregorian")]),
    # a date word between is a date of its own
    ("وصل الشهر الماضي من 3 أيام", [("الشهر الماضي", "DATE", datetime(2024, 2, 1), "month", None, "gregorian")]),
    # bare minutes after the hour, and the news's day of the current month
    ("الساعة 3 وعشرة", [("الساعة 3 وعشرة", "TIME", datetime(2024, 3, 20, 15, 10), "minute", None, "gregorian")]),
    ("تأجلت المباراة إلى 25 الجاري", [("25 الجاري", "DATE", datetime(2024, 3, 25), "day", None, "gregorian")]),
    ("المشاريع 5 الجاري تنفيذها", []),
    ("هذا العام الدراسي صعب", []),
])
def test_spoken_and_news_dates_found_in_qa(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the news's clock with a decimal point is a time after "الساعة" or before a part of the day
    ("وصل الرئيس الساعة 10.30", [("الساعة 10.30", "TIME", datetime(2024, 3, 20, 10, 30), "minute", None, "gregorian")]),
    ("تبدأ المباراة 9.45 مساءً", [("9.45 مساءً", "TIME", datetime(2024, 3, 20, 21, 45), "minute", None, "gregorian")]),
    ("الساعة 10.75", []),
    ("ارتفع المؤشر 10.30 نقطة", []),
])
def test_clock_times_with_a_decimal_point(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a modern year after "في" or "خلال" before a word (no round hundred, no unit) is the year
    ("نما الاقتصاد في 2023 مقارنة بـ 2022", [("2023", "DATE", datetime(2023, 1, 1), "year", None, "gregorian")]),
    ("خلال 2024 ارتفعت الأسعار", [("2024", "DATE", datetime(2024, 1, 1), "year", None, "gregorian")]),
    ("وزعت اللقاحات في 2000 مدرسة", []),
    # two consecutive years after "عام" span both, as after "موسم"
    ("نتائج الثانوية العامة لعام 2024/2025",
     [("2024/2025", "DATE", datetime(2024, 1, 1), "year", datetime(2026, 1, 1), "gregorian")]),
])
def test_bare_years_and_year_spans_found_in_qa(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the spoken "to" is ل, glued on or alone, between two clock times or two weekdays
    ("الدوام من الساعة 8 للساعة 2 الظهر",
     [("من الساعة 8 للساعة 2 الظهر", "TIME", datetime(2024, 3, 20, 8), "hour", datetime(2024, 3, 20, 15), "gregorian")]),
    ("من الأحد للخميس",
     [("من الأحد للخميس", "DATE", datetime(2024, 3, 24), "day", datetime(2024, 3, 29), "gregorian")]),
])
def test_the_spoken_to_is_lam(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a range of clock times written with a point; an end on neither half follows its start
    ("من 10.30 إلى 11.45 صباحا",
     [("من 10.30 إلى 11.45 صباحا", "TIME", datetime(2024, 3, 20, 10, 30), "minute", datetime(2024, 3, 20, 11, 46), "gregorian")]),
    ("من الساعة 8 إلى الساعة العاشرة",
     [("من الساعة 8 إلى الساعة العاشرة", "TIME", datetime(2024, 3, 20, 20), "hour", datetime(2024, 3, 20, 23), "gregorian")]),
])
def test_ranges_of_clock_times_found_in_qa(text, expected):
    assert found(text) == expected
