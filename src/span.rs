//! Byte spans.

/// A half-open byte span `start..end` of a text (what [`crate::tokenize::sentences`] gives).
///
/// ```
/// let text = "جاء. ذهب.";
/// let s = dhad::tokenize::sentences(text);
/// assert_eq!(s[1], dhad::Span::new(8, 15));
/// assert_eq!(s[1].slice(text), "ذهب.");
/// assert_eq!(s[1].slice("ab"), ""); // not a span of that text: empty, no panic
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The text of the span (empty if it does not fall on character boundaries of `text`).
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or_default()
    }
}
