//! Reliability of clitic segmentation: the invariants of `segment` on every token of the fuzz
//! seed corpus (fuzz/seeds) and on property-generated words.

use dhad::segment::{segment, segment_word, Segments};
use proptest::prelude::*;

/// Pieces are contiguous byte ranges on character boundaries that cover the word exactly.
fn check(word: &str, s: &Segments) {
    let mut at = 0;
    let ranges = s
        .prefixes
        .iter()
        .chain(std::iter::once(&s.stem))
        .chain(s.suffixes.iter());
    for &(a, b) in ranges {
        assert_eq!(a, at, "{word:?}: gap or overlap in {s:?}");
        assert!(
            a <= b && word.is_char_boundary(a) && word.is_char_boundary(b),
            "{word:?}: {s:?}"
        );
        at = b;
    }
    assert_eq!(at, word.len(), "{word:?}: {s:?} does not cover the word");
    assert_eq!(s.pieces(word).concat(), word);
    assert!(
        s.stem.0 < s.stem.1 || !s.prefixes.is_empty() || word.is_empty(),
        "{word:?}: {s:?}"
    );
    assert!(s.suffixes.len() <= 1);
    let _ = s.atb_pieces(word);
    let _ = s.article_index(word);
    assert_eq!(segment(word), *s, "{word:?}: not deterministic");
    let has_space = word.chars().any(char::is_whitespace);
    assert_eq!(
        segment_word(word).is_err(),
        word.is_empty() || has_space,
        "{word:?}"
    );
}

#[test]
fn every_token_of_the_seed_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("{} not found; skipping", dir.display());
        return;
    };
    let mut n = 0;
    for e in entries.flatten() {
        let bytes = std::fs::read(e.path()).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        for t in dhad::tokenize::tokenize(&text) {
            let w = &text[t.start..t.end];
            check(w, &segment(w));
            n += 1;
        }
        for w in text.split(char::is_whitespace) {
            check(w, &segment(w));
        }
        check(&text, &segment(&text));
    }
    assert!(n > 0);
}

fn clitic_heavy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "و", "ف", "ب", "ل", "ك", "س", "ال", "لل", "ه", "ها", "هم", "ي", "نا", "كم", "ـ", "ة", "ى",
        "ت", "ا", "أ", "إ", "ؤ", "ئ", "ء", "\u{064B}", "\u{064E}", "\u{0651}", "\u{0670}", "كتاب",
        "وزير", "عراق", "مدين", "يكون", "3", "x", "\u{200C}", "ٱ", "ی",
    ]);
    prop::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn invariants_on_clitic_heavy_words(w in clitic_heavy()) {
        check(&w, &segment(&w));
    }
}
