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
