//! Tokens and sentences.
//!
//! [`tokenize`] is one forward pass over the text that yields [`Token`]s with byte spans and a
//! [`TokenKind`]; [`sentences`] groups tokens into sentences. Both are linear in the input.
//!
//! ```
//! use dhad::tokenize::{tokenize, TokenKind};
//! let text = "سعرها بـ3500 ليرة 🇸🇾 www.example.com";
//! let t: Vec<(&str, TokenKind)> = tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect();
//! assert_eq!(t, [("سعرها", TokenKind::Word), ("بـ", TokenKind::Word), ("3500", TokenKind::Number),
//!     ("ليرة", TokenKind::Word), ("🇸🇾", TokenKind::Emoji), ("www.example.com", TokenKind::Url)]);
//! ```

mod classify;
mod scanner;
mod sentences;

pub use scanner::tokenize;
pub(crate) use scanner::{email_at, keycap_at, link_at, tag_at, url_at};
pub(crate) use sentences::LINE_BREAKS;
pub use sentences::{sentences, sentences_from_tokens};

use crate::normalize::search_normalize;
use std::borrow::Cow;

/// What a token is. Prints as its API name and parses back from it
/// (`"hashtag".parse::<TokenKind>()`).
///
/// ```
/// use dhad::tokenize::TokenKind;
/// assert_eq!(TokenKind::Url.to_string(), "url");
/// assert_eq!("emoji".parse::<TokenKind>().unwrap(), TokenKind::Emoji);
/// assert!("Emoji".parse::<TokenKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum TokenKind {
    /// A word: Arabic script (with its diacritics and tatweel) or another non-Latin script.
    Word = 0,
    /// A number in digits of any script, with its internal separators ("3,500", "١٢٫٥").
    Number = 1,
    /// Punctuation (a run of the same mark is one token: "...", "؟؟").
    Punct = 2,
    /// Any other symbol (%, ٪, $, +, …).
    Symbol = 3,
    /// A word in Latin script.
    Latin = 4,
    /// A URL (http://, https://, www., or a bare domain with a known top-level domain:
    /// "aljazeera.net", "t.me/qanat").
    Url = 5,
    /// An e-mail address.
    Email = 6,
    /// A hashtag (#سوريا, #news).
    Hashtag = 7,
    /// A mention (@user).
    Mention = 8,
    /// An emoji, including ZWJ sequences, modifiers, keycaps and flags.
    Emoji = 9,
}

impl TokenKind {
    /// Every kind, in code order.
    pub const ALL: [TokenKind; 10] = [
        TokenKind::Word,
        TokenKind::Number,
        TokenKind::Punct,
        TokenKind::Symbol,
        TokenKind::Latin,
        TokenKind::Url,
        TokenKind::Email,
        TokenKind::Hashtag,
        TokenKind::Mention,
        TokenKind::Emoji,
    ];

    /// The kind's name as the Python API spells it (`"word"`, `"number"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Latin => "latin",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
        }
    }

    /// The kind for a name, if it is one.
    pub fn from_name(name: &str) -> Option<TokenKind> {
        TokenKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The kind for a code (`kind as u8`).
    pub fn from_code(code: u8) -> Option<TokenKind> {
        TokenKind::ALL.get(code as usize).copied()
    }
}

api_names!(TokenKind, "token kind");

/// One token: a byte span of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `text` (the text it was made from; "" if `start..end` does not fall
    /// on its character boundaries).
    ///
    /// ```
    /// let text = "مرحباً بكم";
    /// let t = dhad::tokenize::tokenize(text)[1];
    /// assert_eq!(t.text(text), "بكم");
    /// ```
    #[must_use]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or_default()
    }

    /// The search-normalized form of the token (see [`search_normalize`]); borrowed when it is
    /// unchanged.
    ///
    /// ```
    /// let text = "مَدْرَسَةٌ";
    /// let t = dhad::tokenize::tokenize(text)[0];
    /// assert_eq!(t.norm(text), "مدرسه");
    /// ```
    #[must_use]
    pub fn norm<'a>(&self, text: &'a str) -> Cow<'a, str> {
        search_normalize(self.text(text))
    }
}

#[cfg(test)]
mod tests;
