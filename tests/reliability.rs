//! Reliability: the fuzz targets' invariants (fuzz/src/lib.rs, included here verbatim) checked on
//! the committed seed corpus, on property-generated text, and on regression inputs found by
//! fuzzing or by the scaling script.

#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod checks;

use dhad::normalize::{search_normalize, Normalizer};
use dhad::tokenize::{sentences, tokenize};
use proptest::prelude::*;

/// Every file of fuzz/seeds/ passes every check.
#[test]
fn seed_corpus_passes_every_check() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let bytes = std::fs::read(&path).unwrap();
        checks::check_all(&checks::text_of(&bytes));
        n += 1;
    }
    assert!(n >= 25, "the seed corpus has at least 25 files, found {n}");
}

/// Text drawn from the characters dhad treats specially, so that properties hit the rare paths.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ا",
        "أ",
        "إ",
        "آ",
        "ٱ",
        "ى",
        "ي",
        "ة",
        "ه",
        "ؤ",
        "ئ",
        "و",
        "ل",
        "ب",
        "ک",
        "ی",
        "ہ",
        "ۃ",
        "\u{064E}",
        "\u{0651}",
        "\u{0652}",
        "\u{0653}",
        "\u{0654}",
        "\u{0655}",
        "\u{0670}",
        "\u{0301}",
        "\u{0640}",
        "\u{200C}",
        "\u{200D}",
        "\u{200E}",
        "\u{200F}",
        "\u{202B}",
        "\u{FEFF}",
        "\u{00AD}",
        "ﻻ",
        "ﷺ",
        "ﺑ",
        "Ａ",
        "١",
        "٫",
        "٬",
        "۱",
        "5",
        ".",
        ",",
        "،",
        "؟",
        "!",
        "…",
        "%",
        "٪",
        " ",
        "\u{00A0}",
        "\n",
        "\r",
        "\t",
        "\u{2029}",
        "\u{2028}",
        "\u{85}",
        "\u{0}",
        "\u{7}",
        "#",
        "@",
        "_",
        "a",
        "Z",
        "'",
        "http://",
        "www.",
        "x@y.z",
        "(",
        ")",
        "«",
        "»",
        "\"",
        "👍",
        "🏽",
        "\u{FE0F}",
        "🇸",
        "🇾",
        "\u{20E3}",
        "👩",
        "한",
        "é",
        "د.",
        "هـ",
        "م",
        "ص.ب",
        "ألف",
        "مليار",
        "ثلاثة",
        "عشرين",
        "مئة",
        "في المئة",
        "نحو",
        "من",
        "إلى",
        "بين",
        "-",
        "/",
        ":",
        "رمضان",
        "يناير",
        "2024",
        "١٤٤٥",
        "الساعة",
        "10:30",
        "أمس",
        "صباحا",
        "الماضي",
        "دولار",
        "كم",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn every_check_on_hostile_text(text in hostile_text()) {
        checks::check_all(&text);
    }

    #[test]
    fn every_check_on_any_text(text in any::<String>()) {
        checks::check_all(&text);
    }

    #[test]
    fn option_variants_slice_back(text in hostile_text(), offset in -900i32..900) {
        check_option_variants(&text, offset);
    }

    #[test]
    fn random_options_keep_alignment(bits in any::<u16>(), text in hostile_text()) {
        let n = Normalizer::new(checks::options_from_bits(bits));
        checks::check_normalize(&text, &n, false);
        checks::check_aligned(&text, &n);
    }
}

/// Search normalization must be idempotent around joiners (found by the `normalize` fuzz target):
/// a ZWJ dropped after an Arabic letter must not leave a second ZWJ behind that the next pass
/// would drop.
#[test]
fn search_is_idempotent_around_joiners() {
    let cases = [
        ("ا\u{200D}\u{200D}ب", "اب"),
        ("ا\u{200C}\u{200D}ب", "اب"),
        ("ب\u{064E}\u{200D}\u{200D}", "ب"),
        ("ا\u{200E}\u{200D}ب", "اب"),
        ("👍\u{200D}👍", "👍\u{200D}👍"),
    ];
    for (text, want) in cases {
        let once = search_normalize(text);
        assert_eq!(once, want, "search_normalize({text:?})");
        assert_eq!(search_normalize(&once), once, "second pass over {text:?}");
    }
}

/// Exact tokens and sentences on a few hostile one-liners (values, not just "no panic").
#[test]
fn hostile_one_liners_tokenize_exactly() {
    let text = "ووووو ٩٩٩٩ ...... 👍👍";
    let toks: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
    assert_eq!(toks, ["ووووو", "٩٩٩٩", "......", "👍", "👍"]);
    let s: Vec<&str> = sentences(text).iter().map(|s| s.slice(text)).collect();
    // emoji after a sentence's end on its line belong to that sentence
    assert_eq!(s, ["ووووو ٩٩٩٩ ...... 👍👍"]);
    assert_eq!(search_normalize("ب\u{064E}\u{064E}\u{064E}\u{064E}"), "ب");
}

/// An elongation run's second letter that was folded (ى → ي after ي) is not the input unchanged:
/// the lazy output used to borrow the unfolded input, so `normalize` ≠ `normalize_aligned`.
#[test]
fn folded_second_letter_of_a_run_is_written() {
    let n = Normalizer::preset("search").unwrap();
    for (text, want) in [
        ("يى", "يي"),
        // two yehs then an alef maksura: letters that fold alike, no elongation; two kept
        ("ييى", "يي"),
        ("بيى", "بيي"),
        ("آا", "اا"),
        ("ىى ", "يي "),
    ] {
        assert_eq!(n.normalize(text), want, "normalize({text:?})");
        assert_eq!(
            n.normalize_aligned(text).text(),
            want,
            "normalize_aligned({text:?})"
        );
    }
}

/// Characters the fold drops (bidi marks, a joiner inside Arabic, tatweel when removed) no longer
/// split a letter from its marks: composition and canonical order see through them, as the second
/// pass does (found by the `normalize` fuzz target: normalization was not idempotent).
#[test]
fn dropped_characters_do_not_split_clusters() {
    let display = Normalizer::preset("display").unwrap();
    let mut tatweel = dhad::normalize::Options::preset("display").unwrap();
    tatweel.tatweel = true;
    let tatweel = Normalizer::new(tatweel);
    let cases: [(&Normalizer, &str, &str); 6] = [
        (&display, "أ\u{0653}\u{200D}\u{0655}", "أ\u{0655}\u{0653}"),
        (&display, "ا\u{200D}\u{0653}", "آ"),
        (&display, "ا\u{200F}\u{0654}", "أ"),
        (&display, "و\u{200E}\u{200E}\u{0654}ل", "ؤل"),
        (&tatweel, "ا\u{0640}\u{0653}", "آ"),
        (&display, "a\u{200D}\u{0301}", "a\u{200D}\u{0301}"),
    ];
    for (n, text, want) in cases {
        let once = n.normalize(text);
        assert_eq!(once, want, "normalize({text:?})");
        assert_eq!(n.normalize(&once), once, "second pass over {text:?}");
        let a = n.normalize_aligned(text);
        assert_eq!(a.text(), want);
        assert_eq!(
            a.to_original(0, a.offsets().len()),
            (0, text.len()),
            "the whole output maps to the whole input of {text:?}"
        );
    }
}

/// A mark the fold drops must not block the composition of a later mark (found by the
/// `normalize` fuzz target): `p` + U+0655 + U+0301 composed only on the second pass.
#[test]
fn dropped_marks_do_not_block_composition() {
    for (text, want) in [
        ("p\u{0655}\u{0301}", "ṕ"),
        ("p\u{0653}\u{0654}\u{0301}", "ṕ"),
        ("e\u{064E}\u{0301}", "é"),
        ("\u{0627}\u{0654}\u{064E}", "ا"),
    ] {
        let once = search_normalize(text);
        assert_eq!(once, want, "search_normalize({text:?})");
        assert_eq!(search_normalize(&once), once);
    }
}

/// Numbers that overflow give a clear error, never a wrapped value; the largest that fits is exact.
#[test]
fn overflowing_numbers_are_errors_not_wrapped_values() {
    use dhad::numbers::{parse_number, Value};
    let max = i128::MAX.to_string();
    assert_eq!(parse_number(&max), Ok(Value::Int(i128::MAX)));
    let over = "170141183460469231731687303715884105728"; // i128::MAX + 1
    assert_eq!(
        parse_number(over).unwrap_err().to_string(),
        format!("{over:?} is not one number: it does not fit in a 128-bit integer.")
    );
    assert!(parse_number(&"9".repeat(400)).is_err());
    assert!(parse_number(&"٩".repeat(400)).is_err());
    assert!(parse_number(&format!("-{}", "9".repeat(50))).is_err());
    assert_eq!(
        parse_number("مليار مليار مليار").unwrap_err().to_string(),
        "\"مليار مليار مليار\" is not one number: \"مليار\" cannot follow \"مليار\" in one number."
    );
    // In running text an overflowing digit string is no mention at all (not a wrong one).
    let text = format!("{} دولار", "9".repeat(400));
    assert_eq!(dhad::numbers::extract_numbers(&text), vec![]);
}

/// `extract_numbers` on "a.a.a.…" rescanned the rest of the run from every letter looking for an
/// e-mail address (found by scripts/scaling.py: `analyze` on 1 MB took 208 s). The answers here
/// are exact; the time is measured by the script, not asserted.
#[test]
fn email_lookalike_runs_give_exact_numbers() {
    use dhad::numbers::{extract_numbers, Value};
    let text = format!("{} 3 كتب", "a.".repeat(20_000));
    let m = extract_numbers(&text);
    assert_eq!(m.len(), 1);
    assert_eq!((m[0].value, m[0].text(&text)), (Value::Int(3), "3 كتب"));
    let mail = "اكتب إلى a.b-c@example.org أو اتصل على 3 أرقام";
    let m = extract_numbers(mail);
    assert_eq!(
        m.iter().map(|x| x.text(mail)).collect::<Vec<_>>(),
        ["3 أرقام"]
    );
}

/// A Rust caller can hand `extract_dates` any `CivilDateTime`, not only the years a Python
/// `datetime` holds: a reference at the ends of the `i32` years overflowed the resolver's year
/// arithmetic (a panic in debug builds, a wrapped year in release). The same holds for the
/// public date arithmetic of `CivilDateTime`, which saturates instead.
#[test]
fn extreme_references_and_date_arithmetic_do_not_overflow() {
    use dhad::dates::{extract_dates, extract_dates_with_offset, CivilDateTime};
    let texts = [
        "عيد الفطر",
        "سنة ١٤٤٣ هـ",
        "ثمانينيات القرن الماضي",
        "15 مارس 2021",
        "الأحد الماضي",
        "قبل يومين",
    ];
    let references = [
        CivilDateTime::new(i32::MAX, 12, 31, 23, 59, 59),
        CivilDateTime::new(i32::MIN, 1, 1, 0, 0, 0),
        CivilDateTime::new(2024, 13, 40, 99, 99, 99),
    ];
    for r in references {
        for text in texts {
            for m in extract_dates(text, r) {
                assert!(text.get(m.start..m.end).is_some(), "{text:?} at {r:?}");
            }
            let _ = extract_dates_with_offset(text, r, Some(i32::MIN));
        }
    }
    // A date given in full does not depend on the reference, even an extreme one.
    let m = &extract_dates("15 مارس 2021", CivilDateTime::new(i32::MAX, 1, 1, 0, 0, 0))[0];
    assert_eq!(m.value, Some(CivilDateTime::date(2021, 3, 15)));

    let t = CivilDateTime::new(2024, 1, 31, 12, 0, 0);
    let last = CivilDateTime::new(i32::MAX, 12, 31, 12, 0, 0);
    let first = CivilDateTime::new(i32::MIN, 1, 1, 12, 0, 0);
    assert_eq!(t.add_days(i64::MAX), last);
    assert_eq!(t.add_days(i64::MIN), first);
    assert_eq!(t.add_months(i64::MAX).year, i32::MAX);
    assert_eq!(t.add_months(i64::MIN).year, i32::MIN);
    assert_eq!(t.add_seconds(i64::MAX).year, i32::MAX);
    assert_eq!(CivilDateTime::from_timestamp(i64::MIN).year, i32::MIN);
}

/// Spans of `start..end` pairs: in order, non-empty, non-overlapping, on character boundaries.
fn assert_spans(text: &str, spans: impl IntoIterator<Item = (usize, usize)>, who: &str) {
    let mut prev_end = 0;
    for (i, (s, e)) in spans.into_iter().enumerate() {
        assert!(
            checks::is_span(text, s, e),
            "{who}: item {i} ({s}, {e}) is not a span of {text:?}"
        );
        assert!(s < e, "{who}: item {i} is empty");
        assert!(s >= prev_end, "{who}: item {i} overlaps the previous one");
        prev_end = e;
    }
}

/// The entry points with options, which the fuzz checks (`check_all`) run only at their
/// defaults: `extract_numbers_with`, `extract_dates_with_offset`, `sentences_from_tokens`, and
/// `EntityRecognizer` without its model, by labels and with dates given.
fn check_option_variants(text: &str, offset: i32) {
    use dhad::dates::{extract_dates, extract_dates_with_offset};
    use dhad::entities::{EntityRecognizer, Label};
    use dhad::numbers::{extract_numbers_with, ExtractOptions};
    use dhad::tokenize::sentences_from_tokens;

    let bare = extract_numbers_with(text, &ExtractOptions { bare_units: true });
    assert_spans(text, bare.iter().map(|m| (m.start, m.end)), "bare_units");

    let reference = checks::reference_from(0x0012_0a1e_0f02_07e8);
    let dates = extract_dates_with_offset(text, reference, Some(offset));
    assert_spans(
        text,
        dates.iter().map(|m| (m.start, m.end)),
        "dates with offset",
    );
    let spans =
        |d: &[dhad::dates::DateMention]| d.iter().map(|m| (m.start, m.end)).collect::<Vec<_>>();
    assert_eq!(
        spans(&dates),
        spans(&extract_dates(text, reference)),
        "the UTC offset moves values, never spans"
    );

    assert_eq!(
        sentences_from_tokens(text, &tokenize(text)),
        sentences(text),
        "sentences_from_tokens over tokenize is sentences"
    );

    let plain = EntityRecognizer::new(true).with_model(false);
    assert_spans(
        text,
        plain.extract(text).iter().map(|e| (e.start, e.end)),
        "without model",
    );
    let r = EntityRecognizer::default();
    let all = r.extract(text);
    assert_spans(
        text,
        all.iter().map(|e| (e.start, e.end)),
        "default recognizer",
    );
    assert_eq!(
        r.extract_with_dates(text, &extract_dates(text, reference)),
        all,
        "extract_with_dates with the text's dates is extract"
    );
    for labels in [&[Label::Loc][..], &[Label::Per, Label::Date], &Label::ALL] {
        let want: Vec<_> = all
            .iter()
            .filter(|e| labels.contains(&e.label))
            .copied()
            .collect();
        assert_eq!(
            r.extract_labels(text, labels),
            want,
            "extract_labels({labels:?})"
        );
    }
}

/// The option variants on a few sentences with numbers, dates and names in them.
#[test]
fn option_variants_on_news_sentences() {
    for text in [
        "وصل الوفد إلى الرياض صباح الخميس 5 يونيو 2025 خلال أسبوع",
        "التقى الرئيس إيمانويل ماكرون نظيره في باريس الساعة 8 مساء بتوقيت غرينتش",
        "",
        "\u{064E}\u{0651}",
    ] {
        check_option_variants(text, 180);
    }
}

/// The Quranic small waw and small yeh (U+06E5, U+06E6) are letters to Unicode (combining
/// class 0) that the diacritics fold drops: like a dropped control, they must not split a
/// letter from the marks after them, or those marks come out in non-canonical order and a
/// second pass reorders them (found by the `search_is_idempotent` proptest).
#[test]
fn dropped_small_waw_and_yeh_do_not_split_clusters() {
    for (text, want) in [
        ("ﭐۥ\u{0300}\u{0316}", "ا\u{0316}\u{0300}"),
        ("اۥ\u{0300}\u{0316}", "ا\u{0316}\u{0300}"),
        ("لۦ\u{0301}\u{0323}", "ل\u{0323}\u{0301}"),
        ("لَهُۥ", "له"),
    ] {
        let once = search_normalize(text);
        assert_eq!(once, want, "search_normalize({text:?})");
        assert_eq!(search_normalize(&once), once, "second pass over {text:?}");
        let n = dhad::normalize::search_normalizer();
        assert_eq!(n.normalize_aligned(text).text(), want);
        let cps: Vec<u32> = text.chars().map(|c| c as u32).collect();
        let via_cps = n
            .normalize_code_points(&cps)
            .unwrap()
            .map_or(text.to_string(), |v| v.to_string());
        assert_eq!(via_cps, want, "code points of {text:?}");
    }
}
