//! The fast path over code points (a Python str's one, two or four-byte storage): one table
//! lookup and one store per character, with whitespace collapsing and elongation kept inline
//! (they need only the previous output and a run counter). Anything that needs to look around
//! (composition, presentation forms, ZWJ, paragraph separators, a keycap's U+20E3 when digits
//! become Arabic-Indic, and under `unicode` two kept combining marks in a row or a kept mark
//! outside the Arabic block) makes the pass give up, and the caller runs the general engine
//! over the whole text instead: at most two passes, so still linear.
//!
//! It must give exactly what the general engine gives; `tests.rs` holds both to that with a
//! property test over every preset and random option sets.

use unicode_normalization::char::canonical_combining_class;

use super::engine::CodeUnits;
use super::options::{Digits, Options};
use super::table::{self, CHAR, DROP, FLAGS, LETTER, MARK, NEWLINE, SPACE, SPECIAL, TABLE_LEN};
use super::{tatweel_is_dash, Elongation, Step};

/// Output code point mask of a fast entry (the same 21 bits as the general table).
const OUT: u32 = CHAR;
/// The output is an Arabic letter elongation watches.
const F_LETTER: u32 = 1 << 21;
/// U+0020 under `whitespace`: written like any character by the tight loop, which stops at a
/// second one in a row (`prev` is this entry throughout a whitespace run) so that it collapses.
const SPACE_CHAR: u32 = 0x20 | (1 << 22);
/// Entries at or above this are actions, not characters.
const K_DROP: u32 = 1 << 28;
/// Whitespace other than a line break (collapsed).
const K_SPACE: u32 = 2 << 28;
/// A line break (collapsed).
const K_NEWLINE: u32 = 3 << 28;
/// Needs the general engine.
const K_SLOW: u32 = 4 << 28;
/// A combining mark that is kept and composes with nothing (an Arabic haraka under `unicode`
/// without `diacritics`): written as it is unless it follows another mark, whose order
/// canonical ordering might change (the output code point is in the low bits).
const K_MARK: u32 = 5 << 28;
/// The action bits of an entry.
const KIND: u32 = 0xF << 28;

/// No elongation run in progress (never equal to an output code point).
const NO_RUN: u32 = u32::MAX;
/// Not inside a whitespace run.
const NO_WS: u32 = u32::MAX;

/// Why the fast pass stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stop {
    /// A character needs the general engine: run it over the whole text.
    Slow,
    /// The code unit at this index is not a Unicode scalar value (a lone surrogate).
    Invalid(usize),
}

/// What the fast pass produced (its output was appended to the caller's buffer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Done {
    /// The output equals the input.
    Unchanged,
    /// The output differs. `kind` is the bitwise OR of the output code points: its highest bit
    /// is that of the largest one, so it picks the same PEP 393 storage kind (ASCII, one, two
    /// or four bytes) as the largest code point.
    Changed {
        /// OR of the output code points.
        kind: u32,
    },
}

/// A unit of code-point output the fast pass can write.
pub(crate) trait FastOut: Copy {
    /// The largest code point the unit holds.
    const MAX: u32;
    /// `c` as this unit; only called with code points up to `MAX`.
    fn from_code(c: u32) -> Self;
    /// The code point.
    fn code(self) -> u32;
}

impl FastOut for u16 {
    const MAX: u32 = 0xFFFF;
    #[inline(always)]
    fn from_code(c: u32) -> u16 {
        c as u16
    }
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}

impl FastOut for u32 {
    const MAX: u32 = 0x10FFFF;
    #[inline(always)]
    fn from_code(c: u32) -> u32 {
        c
    }
    #[inline(always)]
    fn code(self) -> u32 {
        self
    }
}

/// The per-normalizer table of the fast pass: one entry per code point below U+0700.
#[derive(Clone)]
pub(crate) struct FastTable {
    entries: Box<[u32; TABLE_LEN]>,
}

/// Combining marks of the Arabic block that the general engine may drop (or keep, one at a
/// time) where they stand: they compose with nothing (checked by a test against every starter),
/// so removing them first gives what composing first would. U+0653–U+0655 (madda, hamza above
/// and below) compose with alef, waw and yeh and stay with the general engine.
fn droppable_mark(c: u32) -> bool {
    matches!(c, 0x0610..=0x06FF) && !matches!(c, 0x0653..=0x0655)
}

/// The fast entry for `c`, from its general table entry `g`.
fn entry(c: u32, g: u32, o: &Options) -> u32 {
    if g & SPECIAL != 0 {
        return match g & !FLAGS {
            DROP if g & MARK != 0 && o.unicode && !droppable_mark(c) => K_SLOW,
            DROP => K_DROP,
            SPACE if c == 0x20 => SPACE_CHAR,
            SPACE => K_SPACE,
            NEWLINE => K_NEWLINE,
            // Paragraph separators (one character, two line breaks), presentation forms and
            // other compatibility characters, ZWJ (decided by what stands before it).
            _ => K_SLOW,
        };
    }
    if g & MARK != 0 && o.unicode {
        // A kept mark: composition and the order of several marks belong to the general
        // engine; one mark that composes with nothing stays where it is.
        return if droppable_mark(c) {
            K_MARK | (g & OUT)
        } else {
            K_SLOW
        };
    }
    let letter = if g & LETTER != 0 { F_LETTER } else { 0 };
    (g & OUT) | letter
}

/// Code points at or above U+0700 that every option set leaves alone with no flag: no
/// whitespace, control, compatibility character, Arabic letter or mark among them (the test
/// `plain_above_is_identity` checks this against the general table for every code point).
#[inline]
fn plain_above(c: u32) -> bool {
    // Emoji and their modifiers hold no combining mark: no lookup needed for the usual ones.
    if matches!(c, 0x1F000..=0x1FAFF) {
        return true;
    }
    c >= 0x0900
        && !matches!(c, 0x1680 | 0x2000..=0x206F | 0x3000 | 0xD800..=0xDFFF)
        && !matches!(c, 0xFB50..=0xFDFF | 0xFE70..=0xFEFF | 0xFF01..=0xFF5E)
        && c <= 0x10FFFF
        && char::from_u32(c).is_some_and(|ch| canonical_combining_class(ch) == 0)
}

/// Where the run of tatweel that starts at `pos` of `input` ends, when it is written as a dash
/// (the engine's rule, [`tatweel_is_dash`], over the same input characters).
#[inline]
fn dash_end<I: Copy + Into<u32>>(input: &[I], pos: usize) -> Option<usize> {
    let at = |j: usize| {
        input
            .get(j)
            .map(|&u| char::from_u32(u.into()).unwrap_or('\u{FFFD}'))
    };
    let before = pos.checked_sub(1).and_then(at);
    if before == Some('\u{0640}') {
        return None;
    }
    let mut end = pos;
    while at(end) == Some('\u{0640}') {
        end += 1;
    }
    tatweel_is_dash(before, at(end)).then_some(end)
}

impl FastTable {
    /// Derive the fast table from the general one.
    pub(crate) fn new(general: &[u32; TABLE_LEN], o: &Options) -> FastTable {
        let mut entries = Box::new([0u32; TABLE_LEN]);
        for (c, (slot, &g)) in entries.iter_mut().zip(general.iter()).enumerate() {
            *slot = entry(c as u32, g, o);
        }
        FastTable { entries }
    }

    /// The entry of a code point beyond the table (rare in Arabic text: emoji, typographic
    /// spaces and controls, other scripts).
    #[cold]
    #[inline(never)]
    fn above(c: u32, at: usize, o: &Options, max: u32) -> Result<u32, Stop> {
        if (0xD800..=0xDFFF).contains(&c) || c > 0x10FFFF {
            return Err(Stop::Invalid(at));
        }
        if c > max {
            // Four-byte input into two-byte output: the general engine reports the overflow.
            return Err(Stop::Slow);
        }
        if c == 0x20E3 && o.digits == Some(Digits::Arabic) {
            // A keycap ("1️⃣") keeps its ASCII digit, which the general engine sees by
            // looking ahead from the digit.
            return Err(Stop::Slow);
        }
        if plain_above(c) {
            return Ok(c);
        }
        Ok(entry(c, table::action(c, o), o))
    }

    /// Normalize `input` onto the end of `out`, or stop. On `Err`, `out` may hold a partial
    /// output past its old length; the caller truncates it.
    ///
    /// Every fold this pass handles keeps a BMP character in the BMP, so `u16` output suits
    /// one- and two-byte input; a code point past `O::MAX` stops the pass.
    #[inline]
    pub(crate) fn run<I: Copy + Into<u32>, O: FastOut>(
        &self,
        input: &[I],
        o: &Options,
        out: &mut Vec<O>,
    ) -> Result<Done, Stop> {
        let start = out.len();
        // The output is never longer than the input here (nothing expands: the characters
        // that do give up), so it is written into a slice of the input's length.
        out.resize(start + input.len(), O::from_code(0));
        let written = self.fill(input, o, out.get_mut(start..).unwrap_or_default());
        out.truncate(start + written.unwrap_or(0));
        written?;
        let new = out.get(start..).unwrap_or_default();
        // Both checks are one vectorizable pass over the output, cheaper than per character.
        let same =
            new.len() == input.len() && new.iter().zip(input).all(|(&a, &b)| a.code() == b.into());
        if same {
            return Ok(Done::Unchanged);
        }
        let kind = new.iter().fold(0, |k, &c| k | c.code());
        Ok(Done::Changed { kind })
    }

    /// The loop of [`FastTable::run`]: writes into `buf` (as long as `input`) and returns how
    /// many units it wrote.
    #[inline(always)]
    fn fill<I: Copy + Into<u32>, O: FastOut>(
        &self,
        input: &[I],
        o: &Options,
        buf: &mut [O],
    ) -> Result<usize, Stop> {
        // Read position `i`, write position `w`: `w` never passes `i` (at most one unit is
        // written per input unit), so the writes stay inside `buf`; `get_mut` checks anyway.
        let (mut i, mut w) = (0usize, 0usize);
        // The entry of the previous character written (SPACE_CHAR inside a whitespace run),
        // and the run of one Arabic letter so far (elongation, see `Elongation`).
        let mut prev = NO_RUN;
        let mut run = Elongation::NONE;
        // Line breaks in the current whitespace run (0, 1 or 2), or NO_WS.
        let mut ws = NO_WS;
        // The last character written was a kept mark (dropped characters do not count: the
        // engine looks through them when it orders marks).
        let mut after_mark = false;
        loop {
            // The common case in a tight loop: a character in the table that is written as one
            // character, different from the one before it. (Input and output advance together
            // here, so one zipped pair of slices needs no bounds check per character.)
            let src = input.get(i..).unwrap_or_default();
            let dst = buf.get_mut(w..).unwrap_or_default();
            let mut k = 0;
            for (&unit, slot) in src.iter().zip(dst.iter_mut()) {
                let Some(&e) = self.entries.get(unit.into() as usize) else {
                    break;
                };
                if e >= K_DROP || e == prev {
                    break;
                }
                *slot = O::from_code(e & OUT);
                prev = e;
                k += 1;
            }
            if k > 0 {
                // the tight loop writes each character after a different one: a run of one
                run = match src.get(k - 1) {
                    Some(&u) if prev & F_LETTER != 0 => Elongation::first(prev & OUT, u.into()),
                    _ => Elongation::NONE,
                };
                i += k;
                w += k;
                // The tight loop writes a space only after something else: it starts a run.
                ws = if prev == SPACE_CHAR { 0 } else { NO_WS };
                after_mark = false;
            }
            // Everything else, one character at a time.
            let Some(&unit) = input.get(i) else {
                break;
            };
            let c: u32 = unit.into();
            let e = match self.entries.get(c as usize) {
                Some(&e) => e,
                None => Self::above(c, i, o, O::MAX)?,
            };
            i += 1;
            if e < K_DROP {
                if e == SPACE_CHAR && ws != NO_WS {
                    // A space inside a whitespace run: collapsed.
                    continue;
                }
                if e & F_LETTER != 0 {
                    match run.letter(e & OUT, c, &CodeUnits(input), i - 1) {
                        Step::Write => {}
                        Step::Skip => continue,
                        Step::Unwrite => {
                            w = w.saturating_sub(1);
                            continue;
                        }
                    }
                } else {
                    run.end();
                }
                prev = e;
                ws = if e == SPACE_CHAR { 0 } else { NO_WS };
                after_mark = false;
                if let Some(slot) = buf.get_mut(w) {
                    *slot = O::from_code(e & OUT);
                }
                w += 1;
                continue;
            }
            match e & KIND {
                K_DROP if c == 0x0640 => {
                    // A run of tatweel standing for a dash is written as one "-".
                    if let Some(end) = dash_end(input, i - 1) {
                        prev = self.entries.get(0x2D).copied().unwrap_or(0x2D);
                        run.end();
                        ws = NO_WS;
                        after_mark = false;
                        if let Some(slot) = buf.get_mut(w) {
                            *slot = O::from_code(0x2D);
                        }
                        w += 1;
                        i = end;
                    }
                }
                K_DROP => {}
                K_MARK if !after_mark => {
                    // Like any other character that is not a letter: it ends a letter run and
                    // a whitespace run.
                    prev = e;
                    run.end();
                    ws = NO_WS;
                    after_mark = true;
                    if let Some(slot) = buf.get_mut(w) {
                        *slot = O::from_code(e & OUT);
                    }
                    w += 1;
                }
                K_SPACE => {
                    after_mark = false;
                    prev = SPACE_CHAR;
                    run.end();
                    if ws == NO_WS {
                        if let Some(slot) = buf.get_mut(w) {
                            *slot = O::from_code(0x20);
                        }
                        w += 1;
                        ws = 0;
                    }
                }
                K_NEWLINE => {
                    after_mark = false;
                    prev = SPACE_CHAR;
                    run.end();
                    match ws {
                        NO_WS | 1 => {
                            if let Some(slot) = buf.get_mut(w) {
                                *slot = O::from_code(0x0A);
                            }
                            w += 1;
                            ws = if ws == NO_WS { 1 } else { 2 };
                        }
                        0 => {
                            // Spaces then a line break: the run becomes one line break.
                            if let Some(slot) = w.checked_sub(1).and_then(|l| buf.get_mut(l)) {
                                *slot = O::from_code(0x0A);
                            }
                            ws = 1;
                        }
                        _ => {}
                    }
                }
                _ => return Err(Stop::Slow),
            }
        }
        Ok(w.min(buf.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::options::Digits;

    fn option_sets() -> Vec<Options> {
        let mut all = Options::preset("search").unwrap_or_default();
        all.punctuation = true;
        let mut arabic = all;
        arabic.digits = Some(Digits::Arabic);
        let plain = Options {
            alef: true,
            ..Options::default()
        };
        vec![
            all,
            arabic,
            plain,
            Options::preset("display").unwrap_or_default(),
        ]
    }

    #[test]
    fn plain_above_is_identity() {
        for o in option_sets() {
            for c in 0x0700..=0x10FFFF_u32 {
                if plain_above(c) {
                    assert_eq!(table::action(c, &o), c, "U+{c:04X} under {o:?}");
                }
            }
        }
    }

    #[test]
    fn droppable_marks_compose_with_nothing() {
        // A mark composes with a starter only into a character whose canonical decomposition
        // holds it; none holds a droppable mark.
        for x in 0..=0x10FFFF_u32 {
            let Some(ch) = char::from_u32(x) else {
                continue;
            };
            unicode_normalization::char::decompose_canonical(ch, |d| {
                assert!(
                    d == ch || canonical_combining_class(d) == 0 || !droppable_mark(d as u32),
                    "U+{x:04X} decomposes to droppable U+{:04X}",
                    d as u32
                );
            });
        }
    }

    /// (input, expected) under "search" through the fast pass alone (none of these gives up).
    const FAST: &[(&str, &str)] = &[
        ("سلام", "سلام"),
        ("مَدْرَسَةٌ", "مدرسه"),
        ("جمييييل  جدااا", "جميل جدا"),
        ("ممَمم", "م"),
        ("a \u{00A0}\n b", "a\nb"),
        ("a\n\n\nb", "a\n\nb"),
        ("a\n \nb", "a\n\nb"),
        ("١٢٫٥ 😍", "12.5 😍"),
        ("اـــأ", "اا"),
        ("٢ـــ٣ الـ20 ـ5", "2-3 ال20 -5"),
    ];

    #[test]
    fn fast_table() {
        let o = Options::preset("search").unwrap_or_default();
        let n = super::super::Normalizer::new(o);
        for &(input, expected) in FAST {
            let units: Vec<u32> = input.chars().map(|c| c as u32).collect();
            let mut out: Vec<u32> = Vec::new();
            let got = n.fast.run(&units, &o, &mut out);
            assert!(got.is_ok(), "{input:?} gave up: {got:?}");
            let text: String = out.iter().filter_map(|&c| char::from_u32(c)).collect();
            assert_eq!(text, expected, "input {input:?}");
            assert_eq!(got == Ok(Done::Unchanged), input == expected, "{input:?}");
        }
    }

    #[test]
    fn gives_up_where_the_engine_looks_around() {
        let o = Options::preset("search").unwrap_or_default();
        let n = super::super::Normalizer::new(o);
        for input in ["ا\u{0654}", "ﻻ", "a\u{200D}b", "a\u{2029}b", "e\u{0301}"] {
            let units: Vec<u16> = input.encode_utf16().collect();
            let mut out: Vec<u16> = Vec::new();
            assert_eq!(
                n.fast.run(&units, &o, &mut out),
                Err(Stop::Slow),
                "{input:?}"
            );
        }
        let mut out: Vec<u16> = Vec::new();
        assert_eq!(
            n.fast.run(&[0x61u16, 0xDC00], &o, &mut out),
            Err(Stop::Invalid(1))
        );
    }

    #[test]
    fn display_keeps_single_marks_fast() {
        let o = Options::preset("display").unwrap_or_default();
        let n = super::super::Normalizer::new(o);
        let run = |s: &str| {
            let units: Vec<u16> = s.encode_utf16().collect();
            let mut out: Vec<u16> = Vec::new();
            n.fast
                .run(&units, &o, &mut out)
                .map(|d| (d, String::from_utf16_lossy(&out)))
        };
        assert_eq!(run("مَدْرَسَةٌ"), Ok((Done::Unchanged, "مَدْرَسَةٌ".into())));
        assert!(matches!(run("دَ  سٌ"), Ok((Done::Changed { .. }, s)) if s == "دَ سٌ"));
        // Two marks in a row may need reordering; a mark on alef may compose.
        assert_eq!(run("بَّ"), Err(Stop::Slow));
        assert_eq!(run("بَ\u{200F}ّ"), Err(Stop::Slow));
        assert_eq!(run("ا\u{0654}"), Err(Stop::Slow));
    }
}
