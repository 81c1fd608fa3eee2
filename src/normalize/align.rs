//! The alignment between a normalized text and its original.

/// A normalized text with, for every output character, the byte span of the original it came
/// from. Spans of consecutive characters never overlap backwards except inside one composed
/// cluster, so a span maps back as the smallest original span covering all its characters.
///
/// Units: [`Aligned::offsets`] and the result of [`Aligned::to_original`] are byte offsets of
/// the original; the arguments of `to_original` count characters of [`Aligned::text`] (one
/// offset pair per output `char`).
///
/// ```
/// let n = dhad::normalize::search_normalizer();
/// let original = "قالَ: «أهلاً»";
/// let a = n.normalize_aligned(original);
/// assert_eq!(a.text(), "قال: «اهلا»");
/// // Output characters 6..10 ("اهلا") came from "أهلا" of the original. A character the
/// // fold drops (the final tanween here) belongs to no output character, so it stays out.
/// let (s, e) = a.to_original(6, 10);
/// assert_eq!(&original[s..e], "أهلا");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aligned {
    text: String,
    original_len: usize,
    offsets: Vec<(usize, usize)>,
}

impl Aligned {
    pub(crate) fn new(original_len: usize, text: String, offsets: Vec<(usize, usize)>) -> Aligned {
        Aligned {
            text,
            original_len,
            offsets,
        }
    }

    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// One `(start, end)` byte span of the original per output character.
    pub fn offsets(&self) -> &[(usize, usize)] {
        &self.offsets
    }

    /// Map the output characters `start..end` (character indices of [`Aligned::text`]) back to a
    /// byte span of the original. Indices past the end are clamped; an empty span maps to the
    /// position before the character it precedes.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        let n = self.offsets.len();
        let start = start.min(n);
        let end = end.clamp(start, n);
        if start == end {
            let at = match self.offsets.get(start) {
                Some(&(s, _)) => s,
                None => self.offsets.last().map_or(self.original_len, |&(_, e)| e),
            };
            return (at, at);
        }
        let span = self.offsets.get(start..end).unwrap_or_default();
        let lo = span.iter().map(|p| p.0).min().unwrap_or(0);
        let hi = span.iter().map(|p| p.1).max().unwrap_or(lo);
        (lo, hi)
    }
}
