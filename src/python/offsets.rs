//! Byte offsets (the core) to code-point offsets (Python), in one forward pass per document.

/// Converts byte offsets of one text to code-point offsets. Offsets asked in non-decreasing
/// order cost one pass over the text in all; a smaller offset restarts from the beginning.
pub(crate) struct CharOffsets<'a> {
    text: &'a [u8],
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharOffsets {
            text: text.as_bytes(),
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point index of byte offset `b` (clamped to the text).
    #[inline]
    pub(crate) fn at(&mut self, b: usize) -> usize {
        let b = b.min(self.text.len());
        if self.ascii {
            return b;
        }
        if b < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let slice = self.text.get(self.byte..b).unwrap_or_default();
        // Count the bytes that start a character (everything but 0b10xx_xxxx).
        self.chars += slice.iter().filter(|&&x| (x as i8) >= -0x40).count();
        self.byte = b;
        self.chars
    }
}
