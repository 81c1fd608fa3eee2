//! The elongation rule, one letter at a time: the one place that decides it, for the general
//! engine, the fast pass and the entity recognizer's fold.
//!
//! Elongation is one key pressed again ("جمييييل"): a run of three or more of one input letter
//! is written once. Letters that only fold alike ("البيئية": ي ئ ي, all written ي) are no
//! elongation; but more than two of one letter in a row would be read as one on the next
//! pass, so such a mixed run is written twice at most, and the output is its own normal form.

/// What to do with a letter ([`Elongation::letter`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// Write it.
    Write,
    /// Leave it out (its span joins the last letter written).
    Skip,
    /// Take back the last letter written, and leave this one out: the third of a run of one
    /// input letter, the second of which was already written.
    Unwrite,
}

/// The run of one output letter so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Elongation {
    /// The output letter of the run, the input of its last letter.
    out: u32,
    input: u32,
    /// How many letters came, and how many of them are written.
    run: u32,
    written: u32,
    /// Whether every letter of the run so far was the same input.
    pure: bool,
}

impl Elongation {
    /// No run.
    pub(crate) const NONE: Elongation = Elongation {
        out: u32::MAX,
        input: u32::MAX,
        run: 0,
        written: 0,
        pure: true,
    };

    /// A run that starts with the letter `out` (from the input `input`), already written.
    #[inline]
    pub(crate) fn first(out: u32, input: u32) -> Elongation {
        Elongation {
            out,
            input,
            run: 1,
            written: 1,
            pure: true,
        }
    }

    /// The next letter elongation watches: written as `out`, from the input `input`.
    #[inline]
    pub(crate) fn letter(&mut self, out: u32, input: u32) -> Step {
        if out != self.out {
            *self = Elongation::first(out, input);
            return Step::Write;
        }
        let same = self.pure && input == self.input;
        self.input = input;
        if same {
            self.run += 1;
            if self.run >= 3 {
                if self.run == 3 {
                    self.written = 1;
                    return Step::Unwrite;
                }
                return Step::Skip;
            }
        } else {
            self.pure = false;
            if self.written >= 2 {
                return Step::Skip;
            }
        }
        self.written += 1;
        Step::Write
    }

    /// Anything but a letter (or a character dropped on the way) ends the run.
    #[inline]
    pub(crate) fn end(&mut self) {
        *self = Elongation::NONE;
    }
}

/// Tatweel (U+0640) draws out the join between two letters ("جمـــيل", "الـ20"): the
/// `tatweel` fold drops it. Between two digits, or a digit and anything that is not an Arabic
/// letter, there is no join to draw out: typesetters use it as a dash ("١٥ـ٢٠", "٢٠١٠ـ٢٠١٥"),
/// and dropping it would glue two numbers into one ("٢ـــ٣" is not 23). Such a run is written
/// as one "-" instead. `before` and `after` are the input characters on either side of the
/// run (`None` at the edges of the text); a run is judged once, from its first tatweel
/// (`before` a tatweel means the run started earlier: never a dash from there).
///
/// Marks count as letters here (a tatweel carrying a harakah "ـً" is a letter's seat), so
/// every context that the fold dropped before it still drops: only the dash is new.
#[inline]
pub(crate) fn tatweel_is_dash(before: Option<char>, after: Option<char>) -> bool {
    let digit = |c: Option<char>| {
        c.is_some_and(|c| {
            c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
        })
    };
    let joins = |c: Option<char>| {
        c.is_some_and(|c| {
            c == '\u{0640}'
                || super::table::is_arabic_letter(c)
                || (c as u32 >= 0x300
                    && unicode_normalization::char::canonical_combining_class(c) != 0)
        })
    };
    (digit(before) || digit(after)) && !joins(before) && !joins(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The output of a run of letters given as (output, input) pairs.
    fn apply(letters: &[(char, char)]) -> String {
        let mut e = Elongation::NONE;
        let mut out = String::new();
        for &(o, i) in letters {
            match e.letter(o as u32, i as u32) {
                Step::Write => out.push(o),
                Step::Skip => {}
                Step::Unwrite => {
                    out.pop();
                }
            }
        }
        out
    }

    #[test]
    fn runs() {
        let y = ('ي', 'ي');
        let hamza = ('ي', 'ئ');
        assert_eq!(apply(&[y, y]), "يي");
        assert_eq!(apply(&[y, y, y]), "ي");
        assert_eq!(apply(&[y, y, y, y, y]), "ي");
        assert_eq!(apply(&[y, hamza, y]), "يي");
        assert_eq!(apply(&[y, y, y, hamza]), "يي");
        assert_eq!(apply(&[hamza, hamza, hamza]), "ي");
        assert_eq!(apply(&[y, ('ب', 'ب'), y]), "يبي");
    }

    #[test]
    fn tatweel_between() {
        // (before, after, is a dash)
        let table: &[(Option<char>, Option<char>, bool)] = &[
            (Some('٢'), Some('٣'), true),
            (Some('2'), Some('3'), true),
            (Some('۲'), None, true),
            (None, Some('٣'), true),
            (Some(' '), Some('5'), true),
            (Some('5'), Some('('), true),
            (Some('x'), Some('5'), true),
            (Some('ب'), Some('3'), false),
            (Some('ل'), Some('2'), false),
            (Some('2'), Some('ب'), false),
            (Some('ﻟ'), Some('2'), false),
            (Some('\u{064E}'), Some('2'), false),
            (Some('2'), Some('\u{064B}'), false),
            (Some('\u{0640}'), Some('2'), false),
            (Some('ج'), Some('ي'), false),
            (Some(' '), Some(' '), false),
            (None, None, false),
        ];
        for &(b, a, dash) in table {
            assert_eq!(tatweel_is_dash(b, a), dash, "{b:?} ـ {a:?}");
        }
    }
}
