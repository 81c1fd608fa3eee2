//! # dhad — Arabic text toolkit
//!
//! Normalization with alignment, tokenization and sentence splitting, clitic segmentation, and
//! number, date and entity extraction for Arabic, in plain Rust and offline: every lexicon,
//! gazetteer and model is compiled in. The `python` feature adds the PyO3 module `dhad._dhad`
//! (the Python package), which converts spans to code points.
//!
//! | Module | Entry points | Gives |
//! |---|---|---|
//! | [`normalize`] | [`normalize::normalize`], [`normalize::search_normalize`], [`normalize::Normalizer`] | `Cow<str>`, or [`normalize::Aligned`] mapping back to the input |
//! | [`tokenize`] | [`tokenize::tokenize`], [`tokenize::sentences`] | [`tokenize::Token`]s, [`Span`]s |
//! | [`segment`] | [`segment::segment`], [`segment::segment_word`] | [`segment::Segments`]: prefixes, stem, suffixes |
//! | [`numbers`] | [`numbers::parse_number`], [`numbers::extract_numbers`] | [`numbers::Value`], [`numbers::NumberMention`]s |
//! | [`dates`] | [`dates::extract_dates`] | [`dates::DateMention`]s resolved against a reference |
//! | [`entities`] | [`entities::extract_entities`], [`entities::EntityRecognizer`] | [`entities::Entity`]s |
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
//!
//! // Numbers, names and dates of one sentence, each a byte span of it.
//! let text = "استقبلت عمّان أكثر من ثلاثة آلاف زائر يوم الجمعة";
//! let n = &dhad::numbers::extract_numbers(text)[0];
//! assert_eq!((n.text(text), n.value), ("أكثر من ثلاثة آلاف زائر", dhad::numbers::Value::Int(3000)));
//! let places: Vec<&str> = dhad::entities::extract_entities(text)
//!     .iter()
//!     .filter(|e| e.label == dhad::entities::Label::Loc)
//!     .map(|e| e.text(text))
//!     .collect();
//! assert_eq!(places, ["عمّان"]);
//! ```
//!
//! ## Conventions
//! - **Spans are byte offsets** into the `&str` given, half-open and on character boundaries:
//!   `&text[m.start..m.end]` is the mention, for every result of every module (the `text()`
//!   methods slice for you). A segment is a byte range of its word.
//! - **No panics, on any input**: any `&str` is valid text, and the empty string gives empty
//!   results. Invalid *arguments* (an unknown preset, a text that is not one number for
//!   [`numbers::parse_number`], a string with a space for [`segment::segment_word`]) are an
//!   [`Error`], whose message is a full sentence.
//! - **Share freely**: every engine and result is `Send + Sync`. The default engines (the
//!   search normalizer, the entity recognizer, the lexicons) are built once, on first use, and
//!   shared. The library starts no threads: over many texts, use your own pool (rayon's
//!   `par_iter`, for one).
//! - The name enums ([`tokenize::TokenKind`], [`entities::Label`], [`numbers::NumberKind`],
//!   [`dates::Grain`], …) print as the Python API's strings and parse back from them.
//! - **Features**: `serde` derives `Serialize` and `Deserialize` for the results and options
//!   (name enums as those strings, number values as plain numbers: `{"start": 30, "end": 40,
//!   "label": "LOC", "source": "gazetteer"}`); `python` builds the extension module.
#![deny(missing_docs)]

/// `Display` and `FromStr` for a name enum that has `ALL` and `as_str`: it prints as its API
/// string and parses back from exactly that string; any other string is an
/// [`Error::InvalidInput`] that lists the accepted names.
macro_rules! api_names {
    ($ty:ty, $what:literal) => {
        serde_as_str!($ty);

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

/// With the `serde` feature, `Serialize` and `Deserialize` for a type with `Display` and
/// `FromStr`: it is its string, as in the Python API ("PER", "word", "cardinal").
macro_rules! serde_as_str {
    ($ty:ty) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(
                d: D,
            ) -> std::result::Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
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
