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
        assert_eq!(s.pieces(word).concat(), word, "pieces of {word} do not join back");
    }
    assert!(bad.is_empty(), "{} of {} wrong:\n{}", bad.len(), table.len(), bad.join("\n"));
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
