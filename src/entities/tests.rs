//! Tests of the whole recognizer, with sentences written for them.
use super::*;

fn found(r: &EntityRecognizer, text: &str) -> Vec<(String, &'static str, &'static str)> {
    r.extract(text).iter().map(|e| (e.text(text).to_string(), e.label.as_str(), e.source.as_str())).collect()
}

#[test]
fn user_names_after_clitics() {
    let mut r = EntityRecognizer::new(false);
    r.add(Label::Org, ["شركة النسيم"]).unwrap();
    assert_eq!(found(&r, "وقال مدير وبشركة النسيم"), [("شركة النسيم".to_string(), "ORG", "gazetteer")]);
    assert!(r.add(Label::Per, ["  "]).is_err());
    assert!(r.add(Label::Per, ["(("]).is_err());
}

#[test]
fn never_panics_and_spans_hold() {
    for t in ["", " ", "\u{0651}", "و", "ال", "(((", "«»", "د.", "الرئيس", "x\u{0300}y", "١٢٣٫٤", "ـــ", "\u{200F}\u{202B}"] {
        for e in extract_entities(t) {
            assert!(t.get(e.start..e.end).is_some(), "{t:?}");
        }
    }
}
