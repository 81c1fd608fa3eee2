//! The one error type of the crate.

use std::fmt;

/// Everything that can go wrong in dhad. Each message is a full sentence that says
/// what was wrong and what would have been accepted. Only invalid arguments are errors: text
/// never is (extraction on any `&str` returns results, possibly none).
///
/// ```
/// use dhad::Error;
/// let e = dhad::numbers::parse_number("ثلاثة خمسمائة").unwrap_err();
/// assert!(matches!(e, Error::NotANumber { .. }));
/// assert!(e.to_string().starts_with("\"ثلاثة خمسمائة\" is not one number"));
/// let e = dhad::normalize::Normalizer::preset("loud").unwrap_err();
/// assert_eq!(e, Error::UnknownPreset { name: "loud".into() });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// An unknown normalization preset name.
    UnknownPreset {
        /// The name that was given.
        name: String,
    },
    /// An unknown normalization option name.
    UnknownOption {
        /// The name that was given.
        name: String,
    },
    /// A known option with a value it cannot take.
    InvalidOptionValue {
        /// The option.
        option: String,
        /// The value that was given, as text.
        value: String,
        /// The values that are accepted.
        expected: String,
    },
    /// Any other invalid argument (a message that stands on its own).
    InvalidInput(String),
    /// `parse_number` was given a text that is not exactly one number.
    NotANumber {
        /// The text that was given.
        text: String,
        /// Why it is not one number (a sentence fragment).
        reason: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownPreset { name } => write!(
                f,
                "unknown normalization preset {name:?}; expected one of \"none\", \"display\", \"search\""
            ),
            Error::UnknownOption { name } => write!(
                f,
                "unknown normalization option {name:?}; expected one of {}",
                crate::normalize::OPTION_NAMES.join(", ")
            ),
            Error::InvalidOptionValue { option, value, expected } => {
                write!(f, "invalid value {value} for option {option:?}; expected {expected}")
            }
            Error::InvalidInput(msg) => f.write_str(msg),
            Error::NotANumber { text, reason } => {
                // Quote a long input by its head only: a 1 MB string makes no useful message.
                match text.char_indices().nth(QUOTE_HEAD) {
                    Some(_) => write!(
                        f,
                        "{} ({} characters) is not one number: {reason}.",
                        quote(text),
                        text.chars().count()
                    ),
                    None => write!(f, "{text:?} is not one number: {reason}."),
                }
            }
        }
    }
}

/// How many characters of a long text an error message quotes.
const QUOTE_HEAD: usize = 60;

/// `s` quoted (`{:?}`), by its first [`QUOTE_HEAD`] characters and "…" when it is longer: an
/// error message about a huge input stays short.
pub(crate) fn quote(s: &str) -> String {
    match s.char_indices().nth(QUOTE_HEAD) {
        Some((cut, _)) => format!("{:?}…", s.get(..cut).unwrap_or(s)),
        None => format!("{s:?}"),
    }
}

impl std::error::Error for Error {}

/// The error for `name`, which is none of `names`: "Unknown {what} "x"; expected one of "a", "b".".
pub(crate) fn unknown_name<const N: usize>(what: &str, name: &str, names: [&str; N]) -> Error {
    let names: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
    Error::InvalidInput(format!(
        "Unknown {what} {name:?}; expected one of {}.",
        names.join(", ")
    ))
}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_inputs_are_quoted_by_their_head() {
        let e = Error::NotANumber {
            text: "١".repeat(100),
            reason: "too long".into(),
        };
        assert_eq!(
            e.to_string(),
            format!(
                "{:?}… (100 characters) is not one number: too long.",
                "١".repeat(60)
            )
        );
        let e = Error::NotANumber {
            text: "ثلاثة خمسمائة".into(),
            reason: "no".into(),
        };
        assert_eq!(e.to_string(), "\"ثلاثة خمسمائة\" is not one number: no.");
    }

    #[test]
    fn quote_cuts_long_texts_only() {
        assert_eq!(quote("ثلاثة"), "\"ثلاثة\"");
        assert_eq!(quote(&"x".repeat(60)), format!("{:?}", "x".repeat(60)));
        assert_eq!(quote(&"x".repeat(61)), format!("{:?}…", "x".repeat(60)));
    }
}
