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
    // tatweel joins letters; between digits (or a digit and no letter) it is a dash, one "-"
    // for the run, so two numbers stay two
    ("٢ـــ٣", "2-3"),
    ("١٥ـ٢٠ دولارا", "15-20 دولارا"),
    ("موسم ٢٠٢٣ـ٢٠٢٤", "موسم 2023-2024"),
    ("(١٩٩٠ـ) ـ٥", "(1990-) -5"),
    ("بـ3500 والـ٢٠ ومـ٣", "ب3500 وال20 وم3"),
    ("٣ـً", "3"),
    ("ــــ نهاية ــــ", " نهايه "),
    // elongation is one letter typed again; letters that only fold alike ("ي ئ ي") are no
    // elongation but keep at most two (so the output is its own normal form)
    ("البيئية الشيئي", "البييه الشيي"),
    ("ييييئ", "يي"),
    ("ئئئ", "ي"),
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
    ("يئئ", "يي"),
    ("مم", "مم"),
    ("aaaa", "aaaa"),
    ("👨\u{200D}👩\u{200D}👧", "👨\u{200D}👩\u{200D}👧"),
    ("كتا\u{200D}ب", "كتاب"),
    ("ﷲ", "الله"),
    ("ﻛﺘﺎﺑﺎﹰ ﺟﺪﻳﺪﺍﹰ محمﹼد", "كتابا جديدا محمد"),
    // the Quranic small waw and small yeh go with the other Quranic marks
    ("إِنَّ لَهُۥ وَلِىِّۦ دَاوُۥدَ", "ان له ولي داود"),
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
    // ZWNJ is Persian and Urdu spelling (a word's parts written apart), not an invisible
    // control: display keeps it; the persian fold (search) drops it
    (
        "می\u{200C}خواهم کتاب\u{200C}ها",
        "می\u{200C}خواهم کتاب\u{200C}ها",
    ),
    ("ｄｈａｄ", "dhad"),
    ("لَهُۥ وَلِىِّۦ", "لَهُۥ وَلِىِّۦ"),
    // an isolated form of a harakah on a letter (legacy and PDF text) is that harakah: its
    // compatibility decomposition's space would cut the word in two
    ("محمﹼد", "محمّد"),
    ("ﻛﺘﺎﺑﺎﹰ ﺟﺪﻳﺪﺍﹰ", "كتاباً جديداً"),
    ("ﻣﹸﺤﹶﻤﹼﺪﹲ", "مُحَمّدٌ"),
    ("مﹼﹶ", "م\u{064E}\u{0651}"),
    ("مـﹰ", "مـ\u{064B}"),
    // ... and so is the isolated form of shadda with a harakah (was "الل َّه", two words)
    ("ﺑِﺴْﻢِ ﺍﻟﻠﱠﻪِ", "بِسْمِ اللَّهِ"),
    ("ﻣﺤﻤﱢﺪ", "محمِّد"),
    ("ﱠ", " \u{064E}\u{0651}"),
    // with nothing to sit on it stays a spacing mark (a space and the mark)
    ("ﹰ", " \u{064B}"),
    ("قال ﹶ", "قال \u{064E}"),
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
        (|o| o.persian = true, "می\u{200C}خواهم", "ميخواهم"),
        // heh doachashmee (U+06BE), the Urdu heh of aspirates, as a Persian/Urdu text writes
        // the heh of "هذا"
        (|o| o.persian = true, "ھذا کتاب ھے", "هذا كتاب هي"),
        (|o| o.persian = false, "ھذا", "ھذا"),
        (|o| o.bidi = true, "می\u{200C}خواهم", "می\u{200C}خواهم"),
        (
            |o| o.digits = Some(Digits::Latin),
            "٢٠٢٤ و۱۴۰۳ و١٢٫٥ و٣٬٠٠٠",
            "2024 و1403 و12.5 و3,000",
        ),
        (|o| o.digits = Some(Digits::Arabic), "2024 و۱۴", "٢٠٢٤ و١٤"),
        // a keycap emoji keeps its digit (Unicode has keycaps on 0-9 # * only: "١️⃣" was a
        // digit and two stray marks); a digit with a selector alone is a digit
        (
            |o| o.digits = Some(Digits::Arabic),
            "1\u{FE0F}\u{20E3} 2\u{20E3} 3\u{FE0F} 45\u{20E3}",
            "1\u{FE0F}\u{20E3} 2\u{20E3} ٣\u{FE0F} ٤5\u{20E3}",
        ),
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
fn a_kept_mark_composes_with_the_folded_letter() {
    // With diacritics kept, a hamza or madda after a letter that a fold changes meets the
    // folded letter on the next pass (ی → ي, then ي + ٔ = ئ): it must meet it on the first,
    // or normalizing twice differs from normalizing once.
    let keep_marks = |f: fn(&mut Options)| {
        opts(|o| {
            *o = Options::preset("search").unwrap();
            o.diacritics = false;
            f(o);
        })
    };
    let n = keep_marks(|_| ());
    for (input, expected) in [
        ("ی\u{0654}", "ي"),   // Farsi yeh + hamza: ئ, then the hamza fold
        ("فأ\u{0653}", "فا"), // أ + madda: آ, then the alef fold
        ("إ\u{0655}", "ا"),
        ("ؤ\u{0654}", "و"),
        ("ﻷ\u{0653}", "لا"), // the presentation form decomposes first
        ("یَ\u{0654}", "يَ"), // a kept harakah between them blocks nothing
    ] {
        assert_eq!(n.normalize(input), expected, "{input:?}");
        assert_eq!(n.normalize(expected), expected, "{expected:?}");
    }
    // Without the hamza fold the hamza stays on its seat.
    let n = keep_marks(|o| o.hamza = false);
    assert_eq!(n.normalize("ی\u{0654}ک"), "ئك");
    // Marks the preset drops are still dropped, not composed: no change there.
    let n = Normalizer::preset("search").unwrap();
    assert_eq!(n.normalize("ی\u{0654}"), "ي");
    let n = opts(|o| {
        o.unicode = true;
        o.persian = true;
        o.diacritics = true;
    });
    assert_eq!(n.normalize("ی\u{0654}"), "ي");
}

#[test]
fn isolated_harakah_forms_map_back_to_their_character() {
    let n = Normalizer::preset("display").unwrap();
    let a = n.normalize_aligned("محمﹼد");
    assert_eq!(a.text(), "محمّد");
    // the shadda (U+0651, 2 bytes out) comes from U+FE7C (3 bytes in, at byte 6)
    assert_eq!(a.offsets(), &[(0, 2), (2, 4), (4, 6), (6, 9), (9, 11)]);
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

/// (input, expected) under "search": a run of three or more of one letter is one letter, or
/// two where the word has that letter doubled (the segmenter's word list decides).
const DOUBLED: &[(&str, &str)] = &[
    // the article before a word in ل, and a prefix before its root's first letter
    ("الللللله", "الله"),
    ("اللللغة العربية", "اللغه العربيه"),
    ("الللليل طويل", "الليل طويل"),
    ("ممممتاز", "ممتاز"),
    ("ممممتازة", "ممتازه"),
    // one letter typed again
    ("شكرررراً", "شكرا"),
    ("جمييييل", "جميل"),
    ("كللللل شي", "كل شي"),
    ("هلللللا والله", "هلا والله"),
    ("ههههههه", "ه"),
    ("مممممم", "م"),
    ("اللهمممم", "اللهم"),
    // long vowels stay one where the word with one is a word
    ("ياااااا", "يا"),
    ("مبرووووك", "مبروك"),
    ("حلووووو", "حلو"),
    ("رااااائع", "رايع"),
    // behind clitics: the whole word, or what follows و ف, ب ك ل and the article
    ("والللله", "والله"),
    ("بالللله", "بالله"),
    ("بالللغة", "باللغه"),
    // marks and tatweel between the letters belong to the run
    ("اللَّلَّلَّه", "الله"),
    ("الـلـلـلـه", "الله"),
    // several runs in one word, each decided with the others
    ("مممممتااااااز", "ممتاز"),
    ("يااااا الللللله", "يا الله"),
    // a run of two is no elongation; Latin letters are not touched
    ("الله مم", "الله مم"),
    ("Allllah aaaa", "Allllah aaaa"),
];

#[test]
fn doubled_letters() {
    let n = Normalizer::preset("search").unwrap();
    for &(input, expected) in DOUBLED {
        assert_eq!(n.normalize(input), expected, "input {input:?}");
        assert_eq!(n.normalize(expected), expected, "twice {input:?}");
        let a = n.normalize_aligned(input);
        assert_eq!(a.text(), expected, "aligned {input:?}");
        let cps: Vec<u32> = input.chars().map(|c| c as u32).collect();
        let via_cps = n
            .normalize_code_points(&cps)
            .unwrap()
            .map_or(input.to_string(), |v| v.to_string());
        assert_eq!(via_cps, expected, "code points {input:?}");
    }
}

#[test]
fn a_doubled_letter_maps_back_to_its_run() {
    let n = Normalizer::preset("search").unwrap();
    let text = "قال الللللله";
    let a = n.normalize_aligned(text);
    assert_eq!(a.text(), "قال الله");
    // ا ل ل ه: the second ل covers the rest of the run (each letter is two bytes)
    assert_eq!(&a.offsets()[4..], &[(7, 9), (9, 11), (11, 21), (21, 23)]);
    let (s, e) = a.to_original(4, 8);
    assert_eq!(&text[s..e], "الللللله");
    let (s, e) = a.to_original(6, 7);
    assert_eq!(&text[s..e], "ل".repeat(5));
}

#[test]
fn a_long_word_keeps_one_letter_of_a_run() {
    // past the longest word weighed, a run is one letter whatever the word
    let n = Normalizer::preset("search").unwrap();
    let long = format!("{}الللللله", "بت".repeat(30));
    assert_eq!(n.normalize(&long), format!("{}اله", "بت".repeat(30)));
    // and a word with more runs than are weighed together
    assert_eq!(n.normalize("ببببتتتتثثثثالللللله"), "بتثاله");
}

#[test]
fn a_tatweel_dash_maps_back_to_its_run() {
    let n = Normalizer::preset("search").unwrap();
    let text = "٢ـــ٣";
    let a = n.normalize_aligned(text);
    assert_eq!(a.text(), "2-3");
    // each Arabic-Indic digit and tatweel is two bytes: the dash covers the whole run
    assert_eq!(a.offsets(), &[(0, 2), (2, 8), (8, 10)]);
    // with the fold off, tatweel stays whatever stands around it
    let keep = opts(|o| o.digits = Some(Digits::Latin));
    assert_eq!(keep.normalize(text), "2ـــ3");
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

    fn fold_alike() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(vec![
                'ي', 'ئ', 'ى', 'ی', 'ا', 'أ', 'إ', 'آ', 'و', 'ؤ', 'ه', 'ة', 'ـ', '\u{064E}', ' ',
                'ب',
            ]),
            0..40,
        )
        .prop_map(|v| v.into_iter().collect())
    }

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
            prop_assert_eq!(&via_cps, &n.normalize(&s).into_owned());
            let chars: Vec<char> = s.chars().collect();
            let via_chars = n.normalize_code_points(&chars).unwrap().map_or(s.clone(), |v| v.to_string());
            prop_assert_eq!(via_chars, via_cps);
            // Two-byte units (as Python stores BMP text) agree too.
            if s.chars().all(|c| (c as u32) < 0x10000) {
                let narrow: Vec<u16> = s.chars().map(|c| c as u32 as u16).collect();
                let via_narrow = n.normalize_code_points(&narrow).unwrap().map_or(s.clone(), |v| v.to_string());
                prop_assert_eq!(via_narrow, n.normalize(&s).into_owned());
            }
        }

        #[test]
        fn runs_of_letters_that_fold_alike(s in fold_alike()) {
            // elongation (one input letter three times or more) against letters that only fold
            // to one (ي ئ ى ی, ا أ إ آ, و ؤ, ه ة): every path agrees and the output is its own
            // normal form
            let n = search_normalizer();
            let once = n.normalize(&s).into_owned();
            prop_assert_eq!(&n.normalize(&once).into_owned(), &once);
            let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
            let via_cps = n.normalize_code_points(&cps).unwrap().map_or(s.clone(), |v| v.to_string());
            prop_assert_eq!(&via_cps, &once);
            let narrow: Vec<u16> = s.chars().map(|c| c as u32 as u16).collect();
            let via_narrow = n.normalize_code_points(&narrow).unwrap().map_or(s.clone(), |v| v.to_string());
            prop_assert_eq!(&via_narrow, &once);
            let a = n.normalize_aligned(&s);
            prop_assert_eq!(a.text(), once.as_str());
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

    /// Short pieces of text (code points) that exercise every case of the fast pass and, when
    /// `slow`, the reasons it gives up, rarely enough that most strings still go through it to
    /// the end.
    fn pieces(slow: bool) -> impl Strategy<Value = Vec<u32>> {
        let pick = |v: &[u32]| {
            proptest::sample::select(v.to_vec())
                .prop_map(|c| vec![c])
                .boxed()
        };
        let range = |r: std::ops::RangeInclusive<u32>| r.prop_map(|c| vec![c]).boxed();
        let mut arms: Vec<(u32, BoxedStrategy<Vec<u32>>)> = vec![
            (8, range(0x0620..=0x064A)),
            // An elongated letter.
            (
                1,
                (0x0620u32..=0x064A, 2..6usize)
                    .prop_map(|(c, n)| vec![c; n])
                    .boxed(),
            ),
            (3, range(0x064B..=0x0652)),
            (
                3,
                pick(&[
                    0x20, 0x20, 0x0A, 0x0A, 0x09, 0x0D, 0x0B, 0x85, 0xA0, 0x2028, 0x3000, 0x202F,
                ]),
            ),
            (1, range(0x0610..=0x061A)),
            (1, range(0x0656..=0x06FF)),
            (1, range(0x0660..=0x066D)),
            (1, range(0x06F0..=0x06F9)),
            // A run of tatweel after a digit (a dash unless a letter follows).
            (
                1,
                (
                    proptest::sample::select(vec![0x32u32, 0x0662, 0x06F3, 0x20, 0x0628]),
                    1..4usize,
                )
                    .prop_map(|(c, n)| {
                        let mut v = vec![c];
                        v.extend(std::iter::repeat_n(0x0640, n));
                        v
                    })
                    .boxed(),
            ),
            (1, range(0x21..=0x7E)),
            (1, range(0x80..=0xFF)),
            (
                1,
                pick(&[
                    0x200B, 0x200C, 0x200E, 0x200F, 0x202B, 0x2066, 0xFEFF, 0xAD, 0x061C, 0x0640,
                ]),
            ),
            (
                1,
                pick(&[
                    0x1F600, 0x1F3FD, 0xFE0F, 0x08F0, 0x0750, 0x08A0, 0x10FFFF, 0x0, 0x0E01, 0x4E00,
                ]),
            ),
            // A keycap ("1️⃣", "2⃣"), or its pieces apart.
            (
                1,
                (
                    proptest::sample::select(vec![0x31u32, 0x0662, 0x23, 0x0628]),
                    proptest::sample::select(vec![
                        vec![0xFE0Fu32, 0x20E3],
                        vec![0x20E3],
                        vec![0xFE0F],
                        vec![0xFE0F, 0x20, 0x20E3],
                    ]),
                )
                    .prop_map(|(c, tail)| std::iter::once(c).chain(tail).collect())
                    .boxed(),
            ),
        ];
        if slow {
            // A letter that composes with a following madda or hamza, with a dropped mark or
            // control between them at times.
            let composing = (
                proptest::sample::select(vec![0x0627u32, 0x0648, 0x064A, 0x06C1, 0x06D2, 0x06D5]),
                proptest::sample::select(vec![vec![], vec![0x064E], vec![0x0640], vec![0x200F]]),
                0x0653u32..=0x0655,
            )
                .prop_map(|(a, between, h)| {
                    let mut v = vec![a];
                    v.extend(between);
                    v.push(h);
                    v
                });
            arms.push((2, composing.boxed()));
            arms.push((
                1,
                pick(&[
                    0x0653, 0x0654, 0x0655, 0x0301, 0x05B0, 0xFEFB, 0xFEF7, 0xFE8D, 0xFDF2, 0xFB56,
                    0xFF21, 0x200D, 0x2029, 0x1D165,
                ]),
            ));
            arms.push((
                1,
                proptest::char::any().prop_map(|c| vec![c as u32]).boxed(),
            ));
        }
        proptest::strategy::Union::new_weighted(arms)
    }

    /// Strings of those pieces.
    fn tricky() -> impl Strategy<Value = Vec<u32>> {
        prop_oneof![2 => Just(false), 1 => Just(true)]
            .prop_flat_map(|slow| proptest::collection::vec(pieces(slow), 0..30))
            .prop_map(|v| v.concat())
    }

    fn any_options() -> impl Strategy<Value = Options> {
        (proptest::array::uniform12(any::<bool>()), 0..3u8).prop_map(|(f, d)| Options {
            unicode: f[0],
            bidi: f[1],
            whitespace: f[2],
            diacritics: f[3],
            tatweel: f[4],
            alef: f[5],
            alef_maksura: f[6],
            teh_marbuta: f[7],
            hamza: f[8],
            persian: f[9],
            punctuation: f[10],
            elongation: f[11],
            digits: [None, Some(Digits::Latin), Some(Digits::Arabic)][d as usize],
        })
    }

    /// What the general engine alone gives: the output code points, or None when unchanged.
    fn general(n: &Normalizer, cps: &[u32]) -> Engine {
        let mut out = Vec::new();
        Ok(match n.general_into(cps, &mut out)? {
            Appended::Changed { .. } => Some(out),
            _ => None,
        })
    }

    /// Through the fast pass (falling back when it gives up), into a buffer that already holds
    /// another text's output, as a batch shares one.
    fn fast<U: CodeUnit, O: OutputUnit>(
        n: &Normalizer,
        units: &[U],
    ) -> std::result::Result<Option<Vec<u32>>, usize> {
        let mut out: Vec<O> = vec![<O as fast::FastOut>::from_code(0x41); 3];
        let r = n.code_points_into(units, &mut out);
        let tail: Vec<u32> = out.iter().skip(3).map(|&c| c.into()).collect();
        match r? {
            Appended::Changed { kind } => {
                // `kind` picks the same storage kind as the largest code point.
                let max = tail.iter().copied().max().unwrap_or(0);
                let class = |c: u32| [0x80, 0x100, 0x10000, u32::MAX].iter().position(|&l| c < l);
                assert_eq!(
                    class(kind.min(0x10FFFF)),
                    class(max),
                    "kind {kind:#x} max {max:#x}"
                );
                Ok(Some(tail))
            }
            Appended::Unchanged | Appended::Overflow => {
                assert!(tail.is_empty(), "output left behind: {tail:?}");
                Ok(None)
            }
        }
    }

    /// `o` itself (`preset` 0), or the options of preset `preset` of [`PRESET_NAMES`] (1-based).
    fn chosen(o: Options, preset: usize) -> Options {
        match preset {
            0 => o,
            p => Options::preset(PRESET_NAMES[p - 1]).unwrap(),
        }
    }

    /// What [`general`] answers: the normalized code points (None: unchanged), or where the
    /// input is invalid.
    type Engine = std::result::Result<Option<Vec<u32>>, usize>;

    /// The fast pass over `cps` gives what the engine gives, in four-byte storage and, when
    /// every code point fits, in two-byte storage; returns the engine's answer.
    fn wide_and_narrow_agree(
        n: &Normalizer,
        cps: &[u32],
    ) -> std::result::Result<Engine, TestCaseError> {
        let want = general(n, cps);
        prop_assert_eq!(fast::<u32, u32>(n, cps), want.clone());
        if cps.iter().all(|&c| c < 0x10000) {
            let narrow: Vec<u16> = cps.iter().map(|&c| c as u16).collect();
            prop_assert_eq!(fast::<u16, u16>(n, &narrow), want.clone());
        }
        Ok(want)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn fast_pass_agrees_with_engine(cps in tricky(), o in any_options(), preset in 0..4usize) {
            let n = Normalizer::new(chosen(o, preset));
            let want = wide_and_narrow_agree(&n, &cps)?;
            if cps.iter().all(|&c| c < 0x100) {
                let one: Vec<u8> = cps.iter().map(|&c| c as u8).collect();
                prop_assert_eq!(fast::<u8, u16>(&n, &one), want.clone());
            }
            // And with a lone surrogate somewhere: the same index from both.
            let mut bad = cps.clone();
            let at = cps.len() / 2;
            bad.insert(at, 0xDC00);
            prop_assert_eq!(fast::<u32, u32>(&n, &bad), Err(at));
            let narrow: Vec<u16> = bad.iter().map(|&c| c.min(0xFFFF) as u16).collect();
            prop_assert_eq!(fast::<u16, u16>(&n, &narrow).err(), Some(at));
        }
    }

    /// Long runs of what the fast pass's tight loop writes as it is (Arabic letters, ASCII,
    /// Arabic punctuation and digits), broken now and then by what sends it to the slower
    /// paths (a mark, tatweel, a second space, a letter repeated, an emoji, a control, a
    /// character that gives up), behind a prefix of 0–39 units so that every break falls at
    /// every position of an 8-, 16- or 32-unit block (where a vector pass would cut).
    fn blocky() -> impl Strategy<Value = Vec<u32>> {
        let clean = prop_oneof![
            8 => 0x0621u32..=0x064A,
            3 => 0x20u32..=0x7E,
            1 => 0x060Cu32..=0x066C,
        ];
        let piece = prop_oneof![
            12 => clean.prop_map(|c| vec![c]),
            1 => (0x0621u32..=0x064A, 2..5usize).prop_map(|(c, n)| vec![c; n]),
            1 => proptest::sample::select(vec![
                vec![0x064Eu32], vec![0x0651, 0x064E], vec![0x0640], vec![0x20, 0x20],
                vec![0x20, 0x0A], vec![0x0A], vec![0xA0], vec![0x1F60D], vec![0x200F],
                vec![0x0662, 0x0640, 0x0663], vec![0x0627, 0x0654], vec![0xFEFB], vec![0x06A9],
                vec![0x2026], vec![0xE9], vec![0x09],
            ]),
        ];
        (0..40usize, proptest::collection::vec(piece, 0..120)).prop_map(|(pad, v)| {
            let mut out: Vec<u32> = (0..pad as u32).map(|k| 0x0628 + (k % 2) * 2).collect();
            out.extend(v.concat());
            out
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1500))]
        #[test]
        fn long_clean_runs_agree_with_engine(cps in blocky(), o in any_options(), preset in 0..4usize) {
            let n = Normalizer::new(chosen(o, preset));
            let _engine = wide_and_narrow_agree(&n, &cps)?;
        }
    }

    /// Block edges under "search", in UTF-8 and in two- and four-byte storage (exact outputs):
    /// what straddles the 8th/9th and 16th/17th units, and then each case again at every
    /// position around a 32- and a 64-unit edge (where a vector pass would cut).
    #[test]
    fn block_edges() {
        let n = Normalizer::preset("search").unwrap();
        let check = |input: &str, expected: &str| {
            assert_eq!(n.normalize(input), expected, "utf-8 {input:?}");
            if input.chars().all(|c| c <= '\u{FFFF}') {
                let narrow: Vec<u16> = input.encode_utf16().collect();
                let got = match n.normalize_code_points(&narrow) {
                    Ok(Some(out)) => out.to_string(),
                    Ok(None) => input.to_string(),
                    Err(at) => panic!("invalid at {at}"),
                };
                assert_eq!(got, expected, "two-byte {input:?}");
            }
            let wide: Vec<u32> = input.chars().map(|c| c as u32).collect();
            let got = match n.normalize_code_points(&wide) {
                Ok(Some(out)) => out.to_string(),
                Ok(None) => input.to_string(),
                Err(at) => panic!("invalid at {at}"),
            };
            assert_eq!(got, expected, "four-byte {input:?}");
        };
        let cases: &[(&str, &str)] = &[
            // A diacritic as the 8th unit, as the 9th, and as the 16th.
            ("كتبكتبك\u{064E}تبكتبكتب", "كتبكتبكتبكتبكتب"),
            ("كتبكتبكت\u{064E}بكتبكتب", "كتبكتبكتبكتبكتب"),
            ("كتبكتبكتبكتبكت\u{064E}بكتب", "كتبكتبكتبكتبكتبكتب"),
            // A run of three letters over the 8/9 edge (units 7–9), and of four over 16/17.
            ("كتبكتبجمييييل", "كتبكتبجميل"),
            ("كتبكتبكتبكتبكيييييل", "كتبكتبكتبكتبكيل"),
            // A doubled letter at the edge stays two.
            ("كتبكتبكممتاز", "كتبكتبكممتاز"),
            // Two spaces over the edge; a space then a line break.
            ("كتبكتبك  تب", "كتبكتبك تب"),
            ("كتبكتبك \nتب كتبكتبكتب", "كتبكتبك\nتب كتبكتبكتب"),
            // Folds on both sides of an edge.
            ("كتبكتبكةأتبكتبكتبكإى", "كتبكتبكهاتبكتبكتبكاي"),
            ("مدرسة١٢٣٤٥٦٧٨٩ مدرسة", "مدرسه123456789 مدرسه"),
            // Tatweel at the edge: dropped between letters, a dash between digits.
            ("كتبكتبكـتبكتبكتب", "كتبكتبكتبكتبكتب"),
            ("كتبكتب٢ـ٣ كتبكتبكتب", "كتبكتب2-3 كتبكتبكتب"),
            // An emoji, a bidi mark and a letter that composes, at the edge.
            ("كتبكتبك😍كتبكتبكتب", "كتبكتبك😍كتبكتبكتب"),
            ("كتبكتبك\u{200F}كتبكتبكتب", "كتبكتبككتبكتبكتب"),
            ("كتبكتبكا\u{0654}تبكتبكتب", "كتبكتبكاتبكتبكتب"),
            // The same letter on both sides of an edge (two of them: kept).
            ("كتبكتبككتبكتبكتب", "كتبكتبككتبكتبكتب"),
        ];
        for &(input, expected) in cases {
            check(input, expected);
        }
        // Words that straddle an edge: after `pad` units of letters (and a space, or not).
        let words: &[(&str, &str)] = &[
            ("جمييييل", "جميل"),
            ("ممتاز", "ممتاز"),
            ("مَدْرَسَةٌ", "مدرسه"),
            ("أإآى", "ااي"),
            ("١٢ـ٣", "12-3"),
            ("بـــاب", "باب"),
            ("ب😍ب", "ب😍ب"),
            ("ب\u{200F}ب", "بب"),
            ("ا\u{0654}ب", "اب"),
            ("ﻻ", "لا"),
            ("بب", "بب"),
            ("ب\u{00A0}\u{00A0}ب", "ب ب"),
        ];
        for pad in [
            0usize, 1, 6, 7, 8, 15, 16, 24, 29, 30, 31, 32, 33, 34, 62, 63, 64,
        ] {
            let letters: String = "كتس".chars().cycle().take(pad).collect();
            for &(word, want) in words {
                check(
                    &format!("{letters} {word} كتب"),
                    &format!("{letters} {want} كتب"),
                );
                check(&format!("{letters}{word}"), &format!("{letters}{want}"));
            }
        }
    }

    /// Letters that folds change, the marks that compose with them, and what may stand between.
    fn hamza_heavy() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(vec![
                'ا', 'أ', 'إ', 'آ', 'ٱ', 'و', 'ؤ', 'ي', 'ى', 'ئ', 'ی', 'ې', 'ۓ', 'ے', 'ہ', 'ە',
                'ۀ', 'ة', 'ه', 'ل', 'ب', '\u{0653}', '\u{0654}', '\u{0655}', '\u{064E}',
                '\u{0651}', '\u{0670}', '\u{0640}', '\u{200D}', '\u{200F}', 'ﻷ', 'ﺈ', 'ﯾ', ' ',
                'ﹰ', 'ﹼ', 'ﹶ', 'ﹷ', '١', '5', '-',
            ]),
            0..16,
        )
        .prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn every_option_set_is_idempotent(s in hamza_heavy(), o in any_options()) {
            let n = Normalizer::new(o);
            let once = n.normalize(&s).into_owned();
            let twice = n.normalize(&once).into_owned();
            prop_assert_eq!(once, twice, "input {:?}", s);
        }
    }
}
