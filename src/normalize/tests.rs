use super::*;

fn opts(f: impl FnOnce(&mut Options)) -> Normalizer {
    let mut o = Options::default();
    f(&mut o);
    Normalizer::new(o)
}

/// (input, expected) under the "search" preset.
const SEARCH: &[(&str, &str)] = &[
    ("", ""),
    ("سلام", "سلام"),
    ("مَدْرَسَةٌ", "مدرسه"),
    ("أحمد وإبراهيم وآمنة", "احمد وابراهيم وامنه"),
    ("ٱلْحَمْدُ لِلَّهِ", "الحمد لله"),
    ("مستشفى", "مستشفي"),
    ("مسؤول وبيئة", "مسوول وبييه"),
    ("الرحمٰن", "الرحمن"),
    ("جمـــيل", "جميل"),
    ("جمييييل", "جميل"),
    ("الله أكبر", "الله اكبر"),
    ("شديد", "شديد"),
    ("١٢٣٤٥٦٧٨٩٠", "1234567890"),
    ("۱۲۳۴", "1234"),
    ("١٢٫٥", "12.5"),
    ("٣٬٥٠٠", "3,500"),
    ("کتاب یک", "كتاب يك"),
    ("ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", "السلام عليكم"),
    ("ﻻ", "لا"),
    ("ﻷ", "لا"),
    ("a  b\t\tc", "a b c"),
    ("سطر\n\n\nسطر", "سطر\n\nسطر"),
    ("سطر \n سطر", "سطر\nسطر"),
    ("\u{200F}مرحبا\u{200E}", "مرحبا"),
    ("ا\u{0654}حمد", "احمد"),
    ("و\u{0654}", "و"),
    ("قال:«نعم»، ثم؟", "قال:«نعم»، ثم؟"),
    ("x\u{00A0}\u{00A0}y", "x y"),
    ("ممممم", "م"),
    ("ٱٱ", "اا"),
    ("يئئ", "ي"),
    ("مم", "مم"),
    ("aaaa", "aaaa"),
    ("👨\u{200D}👩\u{200D}👧", "👨\u{200D}👩\u{200D}👧"),
    ("كتا\u{200D}ب", "كتاب"),
    ("ﷲ", "الله"),
];

#[test]
fn search_table() {
    let n = Normalizer::preset("search").unwrap();
    for &(input, expected) in SEARCH {
        assert_eq!(n.normalize(input), expected, "input {input:?}");
        assert_eq!(
            n.normalize_aligned(input).text(),
            expected,
            "aligned {input:?}"
        );
    }
}

/// (input, expected) under "display": nothing that carries meaning changes.
const DISPLAY: &[(&str, &str)] = &[
    ("مَدْرَسَةٌ", "مَدْرَسَةٌ"),
    ("أحمد ١٢٣ مستشفى", "أحمد ١٢٣ مستشفى"),
    ("ﻻ  ﺑﺄﺱ", "لا بأس"),
    ("ا\u{0654}", "أ"),
    ("ا\u{064E}\u{0654}", "أ\u{064E}"),
    ("ي\u{0654}", "ئ"),
    ("و\u{0654}", "ؤ"),
    ("ا\u{0653}", "آ"),
    ("ا\u{0655}", "إ"),
    ("ب\u{0651}\u{064E}", "ب\u{064E}\u{0651}"),
    ("\u{FEFF}نص\u{200B}", "نص"),
    ("ｄｈａｄ", "dhad"),
    ("جمـــيل", "جمـــيل"),
    ("e\u{0301}", "é"),
];

#[test]
fn display_table() {
    let n = Normalizer::preset("display").unwrap();
    for &(input, expected) in DISPLAY {
        assert_eq!(n.normalize(input), expected, "input {input:?}");
    }
}

#[test]
fn each_switch_alone() {
    type Case = (fn(&mut Options), &'static str, &'static str);
    let cases: &[Case] = &[
        (|o| o.diacritics = true, "كَتَبَ أَحْمَدُ", "كتب أحمد"),
        (|o| o.tatweel = true, "الـ20 جمـيل", "ال20 جميل"),
        (|o| o.alef = true, "أإآٱا", "ااااا"),
        (|o| o.alef_maksura = true, "على مستشفى", "علي مستشفي"),
        (|o| o.teh_marbuta = true, "مدرسة", "مدرسه"),
        (|o| o.hamza = true, "سؤال سائل", "سوال سايل"),
        (|o| o.persian = true, "ک ی ہ ە ۀ ۃ", "ك ي ه ه ه ة"),
        (
            |o| o.digits = Some(Digits::Latin),
            "٢٠٢٤ و۱۴۰۳ و١٢٫٥ و٣٬٠٠٠",
            "2024 و1403 و12.5 و3,000",
        ),
        (|o| o.digits = Some(Digits::Arabic), "2024 و۱۴", "٢٠٢٤ و١٤"),
        (
            |o| o.punctuation = true,
            "نعم، لا؛ لماذا؟ ٥٪",
            "نعم, لا; لماذا? ٥%",
        ),
        (|o| o.elongation = true, "رااااائع جداااا", "رائع جدا"),
        (|o| o.whitespace = true, " a \u{2003}\u{00A0} b ", " a b "),
        (
            |o| o.bidi = true,
            "\u{202B}نص\u{202C}\u{2066}x\u{2069}",
            "نصx",
        ),
        (|o| o.unicode = true, "ﻣﺮﺣﺒﺎ", "مرحبا"),
    ];
    for (set, input, expected) in cases {
        let n = opts(*set);
        assert_eq!(n.normalize(input), *expected, "input {input:?}");
    }
    // Every switch off: identity.
    assert_eq!(opts(|_| ()).normalize("أَحْمَدُ ١٢"), "أَحْمَدُ ١٢");
}

#[test]
fn composition_happens_before_folding() {
    // A combining hamza above alef is first composed to أ, then the alef fold sees it.
    let n = opts(|o| {
        o.unicode = true;
        o.alef = true;
    });
    assert_eq!(n.normalize("ا\u{0654}حمد"), "احمد");
    let n = opts(|o| {
        o.unicode = true;
        o.hamza = true;
    });
    assert_eq!(n.normalize("مسو\u{0654}ول"), "مسوول");
    // Without unicode, the mark stays a separate character.
    let n = opts(|o| o.alef = true);
    assert_eq!(n.normalize("ا\u{0654}"), "ا\u{0654}");
}

#[test]
fn borrowed_when_unchanged() {
    let n = Normalizer::preset("search").unwrap();
    assert!(matches!(n.normalize("كتب الطالب درسه"), Cow::Borrowed(_)));
    assert!(matches!(n.normalize("كتب  الطالب"), Cow::Owned(_)));
    assert!(matches!(n.normalize(""), Cow::Borrowed(_)));
    // Dropping only trailing characters still needs no copy.
    assert!(matches!(n.normalize("كتبَ"), Cow::Borrowed("كتب")));
}

#[test]
fn alignment_maps_back() {
    let n = Normalizer::preset("search").unwrap();
    let text = "قالَ  الدكتورُ: «جمييييل»";
    let a = n.normalize_aligned(text);
    assert_eq!(a.text(), "قال الدكتور: «جميل»");
    assert_eq!(a.offsets().len(), a.text().chars().count());
    // "الدكتور" is chars 4..11 of the output.
    let (s, e) = a.to_original(4, 11);
    assert_eq!(&text[s..e], "الدكتورُ".trim_end_matches('\u{064F}'));
    // "جميل" covers the whole elongated word.
    let (s, e) = a.to_original(14, 18);
    assert_eq!(&text[s..e], "جمييييل");
    // The collapsed space covers both input spaces.
    let (s, e) = a.to_original(3, 4);
    assert_eq!(&text[s..e], "  ");
    // Empty and out-of-range spans are clamped.
    assert_eq!(a.to_original(0, 0), (0, 0));
    assert_eq!(a.to_original(100, 200), (text.len(), text.len()));
}

#[test]
fn aligned_presentation_forms() {
    let n = Normalizer::preset("display").unwrap();
    let text = "ﻻ";
    let a = n.normalize_aligned(text);
    assert_eq!(a.text(), "لا");
    assert_eq!(a.offsets(), &[(0, 3), (0, 3)]);
    assert_eq!(a.to_original(1, 2), (0, 3));
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn arabicish() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                4 => proptest::char::range('\u{0600}', '\u{06FF}'),
                1 => proptest::char::range('\u{FB50}', '\u{FEFF}'),
                1 => Just(' '), 1 => Just('\n'), 1 => Just('\u{00A0}'),
                1 => proptest::char::range('\u{0300}', '\u{036F}'),
                1 => proptest::char::range('\u{2000}', '\u{206F}'),
                1 => proptest::char::any(),
                1 => proptest::char::range('a', 'z'),
            ],
            0..60,
        )
        .prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn code_points_agree_with_utf8(s in arabicish(), preset in prop_oneof![Just("display"), Just("search")]) {
            let n = Normalizer::preset(preset).unwrap();
            let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
            let via_cps: String = match n.normalize_code_points(&cps).unwrap() {
                None => s.clone(),
                Some(v) => v.to_string(),
            };
            prop_assert_eq!(via_cps, n.normalize(&s).into_owned());
            // Two-byte units (as Python stores BMP text) agree too.
            if s.chars().all(|c| (c as u32) < 0x10000) {
                let narrow: Vec<u16> = s.chars().map(|c| c as u32 as u16).collect();
                let via_narrow = n.normalize_code_points(&narrow).unwrap().map_or(s.clone(), |v| v.to_string());
                prop_assert_eq!(via_narrow, n.normalize(&s).into_owned());
            }
        }

        #[test]
        fn search_is_idempotent(s in arabicish()) {
            let n = search_normalizer();
            let once = n.normalize(&s).into_owned();
            let twice = n.normalize(&once).into_owned();
            prop_assert_eq!(once, twice);
        }

        #[test]
        fn aligned_agrees_and_maps_inside(s in arabicish(), preset in prop_oneof![Just("display"), Just("search")]) {
            let n = Normalizer::preset(preset).unwrap();
            let a = n.normalize_aligned(&s);
            let plain = n.normalize(&s).into_owned();
            prop_assert_eq!(a.text(), plain.as_str());
            prop_assert_eq!(a.offsets().len(), a.text().chars().count());
            for &(st, en) in a.offsets() {
                prop_assert!(st <= en && en <= s.len());
                prop_assert!(s.is_char_boundary(st) && s.is_char_boundary(en));
            }
            let k = a.offsets().len();
            let (st, en) = a.to_original(k / 3, k);
            prop_assert!(st <= en && en <= s.len() && s.is_char_boundary(st) && s.is_char_boundary(en));
        }
    }
}
