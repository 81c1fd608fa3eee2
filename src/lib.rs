//! # dhad — Arabic text toolkit
//!
//! Normalization with alignment, tokenization, sentence splitting (and, as they land, clitic
//! segmentation, number, entity and date extraction), in plain Rust with byte offsets; the
//! `python` feature adds the PyO3 module `dhad._dhad`, which converts to code-point offsets.
//!
//! ```
//! use dhad::normalize::search_normalize;
//! use dhad::tokenize::{tokenize, TokenKind};
//!
//! let text = "وصلَ ٣٥٠٠ لاجئ إلى #حلب";
//! assert_eq!(search_normalize(text), "وصل 3500 لاجي الي #حلب");
//! let tokens = tokenize(text);
//! let kinds: Vec<TokenKind> = tokens.iter().map(|t| t.kind).collect();
//! assert_eq!(kinds, [TokenKind::Word, TokenKind::Number, TokenKind::Word, TokenKind::Word, TokenKind::Hashtag]);
//! assert_eq!(&text[tokens[1].start..tokens[1].end], "٣٥٠٠");
//! ```
#![deny(missing_docs)]

/// `Display` and `FromStr` for a name enum that has `ALL` and `as_str`: it prints as its API
/// string and parses back from exactly that string; any other string is an
/// [`Error::InvalidInput`] that lists the accepted names.
macro_rules! api_names {
    ($ty:ty, $what:literal) => {
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = $crate::Error;

            fn from_str(s: &str) -> $crate::Result<Self> {
                <$ty>::ALL
                    .into_iter()
                    .find(|k| k.as_str() == s)
                    .ok_or_else(|| {
                        $crate::error::unknown_name($what, s, <$ty>::ALL.map(<$ty>::as_str))
                    })
            }
        }
    };
}

pub mod dates;
pub mod entities;
pub mod error;
mod hash;
pub mod normalize;
pub mod numbers;
pub mod segment;
pub mod span;
pub mod tokenize;

#[cfg(feature = "python")]
mod python;

pub use error::{Error, Result};
pub use span::Span;
