//! Table tests of the segmenter: our own words, each clitic, each order, each trap.

use super::*;

fn check(table: &[(&str, &str)]) {
    let mut bad = Vec::new();
    for &(word, expected) in table {
        let s = segment(word);
        let got = s.joined(word);
        if got != expected {
            bad.push(format!("{word}: got {got}, expected {expected}"));
        }
        assert_eq!(
            s.pieces(word).concat(),
            word,
            "pieces of {word} do not join back"
        );
    }
    assert!(
        bad.is_empty(),
        "{} of {} wrong:\n{}",
        bad.len(),
        table.len(),
        bad.join("\n")
    );
}

static CASES: &str = include_str!("../../tests/data/segment_cases.tsv");

#[test]
fn table_of_cases() {
    let table: Vec<(&str, &str)> = CASES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect();
    assert!(table.len() >= 200, "only {} cases", table.len());
    check(&table);
}

#[test]
fn basics() {
    check(&[
        ("وبالعراق", "و+ب+ال+عراق"),
        ("مدينتها", "مدينت+ها"),
        ("وزير", "وزير"),
        ("للسلطة", "ل+ل+سلطة"),
        ("لها", "ل+ها"),
        ("سيكون", "س+يكون"),
        ("فيه", "في+ه"),
    ]);
}

/// `DHAD_SEGMENT_DEBUG=1 DHAD_SEGMENT_WORDS="w1 w2" cargo test --lib segment::tests::explain -- --ignored --nocapture`
#[test]
#[ignore]
fn explain() {
    let words = std::env::var("DHAD_SEGMENT_WORDS").unwrap_or_default();
    for w in words.split_whitespace() {
        eprintln!("{w}:");
        let s = segment(w);
        eprintln!("=> {} (lemma {})", s.joined(w), s.stem_lemma);
    }
}

#[test]
fn cached_answers_equal_fresh_ones() {
    let words: Vec<&str> = CASES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t').map(|(w, _)| w))
        .collect();
    for _ in 0..3 {
        for w in &words {
            assert_eq!(segment_raw(w), segment_uncached(w), "{w}");
        }
    }
}

#[test]
fn lemmas_restore_what_the_suffix_changed() {
    for (word, stem, lemma) in [
        ("مدينتها", "مدينت", "مدينة"),
        ("حكومته", "حكومت", "حكومة"),
        ("حياته", "حيات", "حياة"),
        ("عليه", "علي", "على"),
        ("إليها", "إلي", "إلى"),
        ("لديهم", "لدي", "لدى"),
        ("أعطاه", "أعطا", "أعطى"),
        ("يشاركوه", "يشاركو", "يشاركوا"),
        ("نشرتها", "نشرت", "نشرت"),
        ("حملته", "حملت", "حملة"),
        ("كتابه", "كتاب", "كتاب"),
        ("للسلطة", "سلطة", "سلطة"),
        ("لله", "له", "الله"),
        ("وبالعراق", "عراق", "عراق"),
    ] {
        let s = segment(word);
        assert_eq!(s.stem_str(word), stem, "stem of {word}");
        assert_eq!(s.stem_lemma, lemma, "lemma of {word}");
    }
}

#[test]
fn exact_byte_ranges() {
    let w = "وبالعراق";
    let s = segment(w);
    assert_eq!(s.prefixes, vec![(0, 2), (2, 4), (4, 8)]);
    assert_eq!(s.stem, (8, 16));
    assert!(s.suffixes.is_empty());
    let w = "مدينتها";
    let s = segment(w);
    assert!(s.prefixes.is_empty());
    assert_eq!(s.stem, (0, 10));
    assert_eq!(s.suffixes, vec![(10, 14)]);
}

#[test]
fn tatweel_prefix_and_marks() {
    check(&[
        ("بـ3500", "بـ+3500"),
        ("وبـ3500", "و+بـ+3500"),
        ("لـ2020", "لـ+2020"),
        ("بـ", "بـ"),
        ("وبـ", "و+بـ"),
        ("بـالعراق", "بـ+ال+عراق"),
        ("وَقَالَ", "وَ+قَالَ"),
        ("كِتَابُهُ", "كِتَابُ+هُ"),
        ("مصريٌ", "مصريٌ"),
        ("كتابـه", "كتابـ+ه"),
        // the invisible characters a word keeps (soft hyphen, ZWJ, word joiners) are read
        // through like a harakah; the word was left whole
        ("والمدر\u{AD}سة", "و+ال+مدر\u{AD}سة"),
        ("وبال\u{AD}عراق", "و+ب+ال\u{AD}+عراق"),
        ("كتا\u{2060}بهم", "كتا\u{2060}ب+هم"),
        ("و\u{200D}بالعراق", "و\u{200D}+ب+ال+عراق"),
        // (ZWNJ is Persian and Urdu spelling: a word with it stays whole)
        ("و\u{200C}بالعراق", "و\u{200C}بالعراق"),
    ]);
    let s = segment("بـ");
    assert_eq!(s.prefixes, vec![(0, 4)]);
    assert_eq!(s.stem, (4, 4));
    assert_eq!(s.stem_str("بـ"), "");
}

/// The article written with tatweel before a number or a quotation ("بالـ20", "للـ«أونروا»"):
/// the tokenizer leaves "بالـ" as a word of its own, whose pieces are the preposition and the
/// article, with an empty stem, as for "بـ".
#[test]
fn tatweel_article() {
    check(&[
        ("بالـ", "ب+الـ"),
        ("والـ", "و+الـ"),
        ("فالـ", "ف+الـ"),
        ("كالـ", "ك+الـ"),
        ("وبالـ", "و+ب+الـ"),
        ("للـ", "ل+لـ"),
        ("وللـ", "و+ل+لـ"),
        ("الـ", "الـ"),
        ("بالــــ", "ب+الــــ"),
        // a word after the article is analysed as usual, tatweel or not
        ("بالـــعراق", "ب+الـــ+عراق"),
        ("الـــذي", "الـــذي"),
        // called on the whole string, as for "بـ3500"
        ("بالـ20", "ب+الـ+20"),
        ("وللـ«أونروا»", "و+ل+لـ+«أونروا»"),
    ]);
    let w = "بالـ";
    let s = segment(w);
    assert_eq!(s.prefixes, vec![(0, 2), (2, 8)]);
    assert_eq!(s.stem, (8, 8));
    assert_eq!(s.stem_lemma, "");
    assert_eq!(s.article_index(w), Some(1));
    assert_eq!(s.atb_pieces(w), vec!["ب", "الـ"]);
    let w = "للـ";
    let s = segment(w);
    assert_eq!(s.prefixes, vec![(0, 2), (2, 6)]);
    assert_eq!(s.article_index(w), Some(1));
    let s = segment("الـ");
    assert_eq!((s.prefixes.clone(), s.stem), (vec![(0, 6)], (6, 6)));
}

/// Text extracted from PDFs and legacy systems keeps the presentation forms of letters (and
/// of harakat); the tokenizer makes words of them, and their clitics are split as in plain text.
#[test]
fn presentation_forms() {
    check(&[
        ("ﻭﺍﻟﻜﺘﺎﺏ", "ﻭ+ﺍﻟ+ﻜﺘﺎﺏ"),
        ("ﺑﺎﻟﻌﺮﺍﻕ", "ﺑ+ﺎﻟ+ﻌﺮﺍﻕ"),
        ("ﻛﺘﺎﺑﻬﻢ", "ﻛﺘﺎﺑ+ﻬﻢ"),
        ("ﻭﻗﺎﻝ", "ﻭ+ﻗﺎﻝ"),
        ("ﻭﺯﻳﺮ", "ﻭﺯﻳﺮ"),
        ("ﻭﻗﺎﻝﹶ", "ﻭ+ﻗﺎﻝﹶ"),
        // a lam-alef ligature is two letters in one character: cuts around it are made, none
        // inside it (ال + ا… keeps its article, ل + ا… its ل)
        ("ﻭﺍﻟﻼﺟﺌﻴﻦ", "ﻭ+ﺍﻟ+ﻼﺟﺌﻴﻦ"),
        ("ﻭﻻ", "ﻭ+ﻻ"),
        ("ﻓﻼ", "ﻓ+ﻼ"),
        ("ﺍﻻﻧﺘﺨﺎﺑﺎﺕ", "ﺍﻻﻧﺘﺨﺎﺑﺎﺕ"),
        ("ﻭﺍﻻﻧﺘﺨﺎﺑﺎﺕ", "ﻭ+ﺍﻻﻧﺘﺨﺎﺑﺎﺕ"),
        ("ﻷﻥ", "ﻷﻥ"),
        ("ﷲ", "ﷲ"),
        ("ﻭﷲ", "ﻭ+ﷲ"),
    ]);
    let w = "ﺑﺎﻟﻌﺮﺍﻕ";
    let s = segment(w);
    assert_eq!(s.article_index(w), Some(1));
    assert_eq!(s.atb_pieces(w), vec!["ﺑ", "ﺎﻟﻌﺮﺍﻕ"]);
    let w = "ﻟﻠﺴﻠﻄﺔ";
    let s = segment(w);
    assert_eq!(s.joined(w), "ﻟ+ﻠ+ﺴﻠﻄﺔ");
    assert_eq!(s.article_index(w), Some(1));
}

#[test]
fn non_arabic_and_odd_input_comes_back_whole() {
    for w in [
        "Paris",
        "3500",
        "",
        "ـ",
        "\u{064E}",
        "و",
        "ال",
        "a-b",
        "👍",
        "كتابx",
        "پژوهش",
    ] {
        let s = segment(w);
        assert!(
            s.prefixes.is_empty() && s.suffixes.is_empty(),
            "{w:?} was split"
        );
        assert_eq!(s.stem, (0, w.len()));
        assert_eq!(s.stem_lemma, w);
    }
    let long = "ب".repeat(10_000);
    assert_eq!(segment(&long).stem, (0, long.len()));
    let long = "بـ".repeat(5_000);
    assert_eq!(segment(&long).pieces(&long).concat(), long);
}

#[test]
fn segment_word_rejects_non_words() {
    let e = segment_word("").unwrap_err().to_string();
    assert_eq!(e, "segment() needs one word, but the string is empty.");
    let e = segment_word("في البيت").unwrap_err().to_string();
    assert_eq!(
        e,
        "segment() needs one word without whitespace, but the string has ' ' (U+0020) at \
         character 2; split the text with tokenize() first."
    );
    assert!(segment_word("كتاب\n").is_err());
    assert_eq!(
        segment_word("وكتابه").map(|s| s.joined("وكتابه")),
        Ok("و+كتاب+ه".to_string())
    );
}

#[test]
fn helpers() {
    let w = "وللسلطة";
    let s = segment(w);
    assert_eq!(s.prefix_strs(w), vec!["و", "ل", "ل"]);
    assert_eq!(s.article_index(w), Some(2));
    assert_eq!(s.atb_pieces(w), vec!["و", "ل", "لسلطة"]);
    assert!(s.is_split());
    let w = "بالعراق";
    let s = segment(w);
    assert_eq!(s.article_index(w), Some(1));
    assert_eq!(s.atb_pieces(w), vec!["ب", "العراق"]);
    let w = "كتاب";
    assert!(!segment(w).is_split());
    assert_eq!(segment(w).atb_pieces(w), vec!["كتاب"]);
    assert_eq!(segment("ولها").article_index("ولها"), None);
    // the article with alef wasla (Uthmani text)
    let w = "وَٱلْكِتَٰبِ";
    let s = segment(w);
    assert_eq!(s.article_index(w), Some(1));
    assert_eq!(s.atb_pieces(w), vec!["وَ", "ٱلْكِتَٰبِ"]);
}

#[test]
fn segments_are_send_and_sync() {
    fn ok<T: Send + Sync>() {}
    ok::<Segments>();
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn arabicish() -> impl Strategy<Value = String> {
        let alphabet: Vec<char> = "وفبلكسالهمنيتةىأإآءؤئـًٌٍَُِّْ ab1٣«»".chars().collect();
        proptest::collection::vec(proptest::sample::select(alphabet), 0..24)
            .prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn pieces_join_back(w in arabicish()) {
            let s = segment(&w);
            prop_assert_eq!(s.pieces(&w).concat(), w.clone());
            let mut at = 0;
            for &(a, b) in s.prefixes.iter().chain(std::iter::once(&s.stem)).chain(s.suffixes.iter()) {
                prop_assert_eq!(a, at);
                prop_assert!(b >= a);
                prop_assert!(w.is_char_boundary(a) && w.is_char_boundary(b));
                at = b;
            }
            prop_assert_eq!(at, w.len());
        }

        #[test]
        fn the_cache_never_changes_an_answer(w in arabicish()) {
            let fresh = segment_uncached(&w);
            prop_assert_eq!(segment_raw(&w), fresh);
            prop_assert_eq!(segment_raw(&w), fresh);
        }

        #[test]
        fn any_string_never_panics(w in any::<String>()) {
            let s = segment(&w);
            prop_assert_eq!(s.pieces(&w).concat(), w.clone());
            let _ = s.atb_pieces(&w);
        }
    }
}

#[test]
fn word_entry_codes_on_the_stack_as_on_the_heap() {
    // listed words, with marks and other characters skipped, and words of more letters than
    // the stack buffer
    for w in [
        "كتاب",
        "الكتاب",
        "كِتَابٌ",
        "كتـاب",
        "x كتاب",
        "مدرسة",
        "",
        "abc",
    ] {
        assert_eq!(word_entry(w), lexicon().get(&lexicon::code_str(w)), "{w}");
    }
    assert!(word_entry("كتاب").is_some());
    for n in [63, 64, 65, 100] {
        let w = "ب".repeat(n);
        assert_eq!(word_entry(&w), lexicon().get(&lexicon::code_str(&w)), "{n}");
    }
}
