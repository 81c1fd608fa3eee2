//! Byte offsets (the core) to code-point offsets (Python), in one forward pass per document.

/// Converts byte offsets of one text to code-point offsets. Offsets asked in non-decreasing
/// order cost one pass over the text in all; a smaller offset walks back from the last one, so
/// nearly sorted offsets (alignment spans, where a decomposed or reordered character repeats its
/// input span) cost the distance moved. (Restarting from the beginning made `normalize_aligned`
/// quadratic on text such as a run of lam-alef ligatures.)
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
            let back = self.text.get(b..self.byte).unwrap_or_default();
            self.chars -= back.iter().filter(|&&x| (x as i8) >= -0x40).count();
            self.byte = b;
            return self.chars;
        }
        let slice = self.text.get(self.byte..b).unwrap_or_default();
        // Count the bytes that start a character (everything but 0b10xx_xxxx).
        self.chars += slice.iter().filter(|&&x| (x as i8) >= -0x40).count();
        self.byte = b;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    #[test]
    fn forward_backward_and_clamped() {
        let text = "aب€😀z"; // bytes: a 0, ب 1..3, € 3..6, 😀 6..10, z 10..11
        let mut c = CharOffsets::new(text);
        let asked = [0, 3, 10, 6, 1, 11, 3, 3, 99, 0];
        let got: Vec<usize> = asked.iter().map(|&b| c.at(b)).collect();
        assert_eq!(got, [0, 2, 4, 3, 1, 5, 2, 2, 5, 0]);
    }
}
