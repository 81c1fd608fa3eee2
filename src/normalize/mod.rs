//! Normalization (being written).
/// Names of every normalization option.
pub const OPTION_NAMES: &[&str] = &[
    "unicode", "bidi", "whitespace", "diacritics", "tatweel", "alef", "alef_maksura",
    "teh_marbuta", "hamza", "persian", "digits", "punctuation", "elongation",
];
