//! Table tests: our own sentences, each with a fixed reference.

use super::*;

/// Prints what is found in $DATES_DEBUG (a debugging aid; asserts nothing by design).
#[test]
fn debug_env() {
    let Ok(text) = std::env::var("DATES_DEBUG") else {
        return;
    };
    let r = CivilDateTime::new(2013, 2, 12, 4, 30, 0);
    for m in extract_dates(&text, r) {
        println!("{:?} [{}]", m, &text[m.start..m.end]);
    }
}
