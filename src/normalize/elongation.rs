//! The elongation rule, one letter at a time: the one place that decides it, for the general
//! engine, the fast pass and the entity recognizer's fold.
//!
//! Elongation is one key pressed again ("جمييييل"): a run of three or more of one input letter
//! is written once, or twice when the word has that letter doubled ("الللللله" is "الله", the
//! article before a word in ل; "ممممتاز" is "ممتاز"). Only the word can tell, so a run of three
//! (rare: nothing is looked up without one) weighs the spellings of its word with one and two
//! copies in the segmenter's word list ([`run_is_doubled`]). Letters that only fold alike
//! ("البيئية": ي ئ ي, all written ي) are no elongation; but more than two of one letter in a
//! row would be read as one on the next pass, so such a mixed run is written twice at most, and
//! the output is its own normal form.

use super::engine::Source;
use super::table::{is_arabic_diacritic, is_arabic_letter};

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

    /// The next letter elongation watches: written as `out`, from the input `input`, which
    /// starts at position `at` of `src` (read only at the third letter of a run, to weigh its
    /// word: [`run_is_doubled`]).
    #[inline]
    pub(crate) fn letter<R: Source + ?Sized>(
        &mut self,
        out: u32,
        input: u32,
        src: &R,
        at: usize,
    ) -> Step {
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
                    if run_is_doubled(src, at) {
                        // the second letter written stays; the rest of the run joins it
                        return Step::Skip;
                    }
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

/// The most characters (letters, marks, tatweel) of a word whose runs are weighed; a longer
/// word keeps one letter of each run, as before the word list was asked.
const WORD_CHARS: usize = 48;
/// The most runs of three or more in one word weighed together (2³ spellings looked up); a word
/// with more keeps one letter of each.
const MAX_RUNS: usize = 3;

const ALEF: u8 = 0x27;
const WAW: u8 = 0x48;
const YEH: u8 = 0x4A;

/// Alef, with or without hamza or madda (letter codes).
fn is_alef(b: u8) -> bool {
    matches!(b, 0x22 | 0x23 | 0x25 | ALEF)
}

/// Can `c` stand inside a word: an Arabic letter, a combining mark, tatweel, or an invisible
/// control that the folds drop between letters?
fn in_word(c: char) -> bool {
    let u = c as u32;
    is_arabic_letter(c)
        || is_arabic_diacritic(u)
        || matches!(u, 0x0640 | 0x00AD | 0x061C | 0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF)
        || (u >= 0x300 && unicode_normalization::char::canonical_combining_class(c) != 0)
}

/// Should the run of one letter whose third letter starts at `at` of `src` be written twice
/// (a doubled letter, "الللللله" → "الله") rather than once ("جمييييل" → "جميل")?
///
/// The word around `at` (letters, marks and tatweel; at most [`WORD_CHARS`]) is read as the
/// segmenter's word list spells words, and every spelling with each run of three or more as
/// one or two letters (up to [`MAX_RUNS`] runs) is looked up, whole or behind the clitics
/// و ف, ب ك ل and the article. The most frequent known spelling wins, the one with fewer
/// doubled runs on a tie, and one letter when none is known. A run of alef is always one
/// letter (no word doubles it); one of waw or yeh, long vowels ("ياااا", "مبرووووك"), is two
/// only when its spelling with one is no word at all.
///
/// A consonant run that letters follow in its word is read as a doubled letter unless its
/// single spelling is more than ten times as frequent (its doubled spelling gains one Zipf
/// point, and wins a tie): a held key stretches the sound typed, and inside a word a doubled
/// consonant is a long one, while a single one is stretched through its vowel ("للللله" is
/// "لله", not the commoner "له"; "اللللي" is "اللي"). A run ending its word is the last key
/// held, and frequency alone decides ("حبببب" is "حب").
///
/// A pure function of the input and the run, decided the same from every run of the word; the
/// output has no run of three left, so a second pass never asks again (idempotence).
#[cold]
#[inline(never)]
pub(crate) fn run_is_doubled<R: Source + ?Sized>(src: &R, at: usize) -> bool {
    doubled(src, at).unwrap_or(false)
}

/// A run of three or more of one letter: where it starts in the coded word, and how long.
#[derive(Clone, Copy)]
struct Run {
    start: usize,
    len: usize,
    letter: u8,
}

/// What a doubled spelling of an inner consonant run is worth over its frequency: one Zipf
/// point (×10), see [`run_is_doubled`].
const INNER_DOUBLE: u32 = 10;

fn doubled<R: Source + ?Sized>(src: &R, at: usize) -> Option<bool> {
    // The start of the word.
    let mut start = at;
    let mut n = 0;
    while let Some((c, p)) = src.prev(start) {
        if !in_word(c) {
            break;
        }
        n += 1;
        if n > WORD_CHARS {
            return None;
        }
        start = p;
    }
    // Its letters, coded as the word list spells them.
    n = 0;
    let mut letters = [0u8; WORD_CHARS * 2];
    let mut len: usize = 0;
    let mut here = None;
    let mut pos = start;
    while let Some((c, next)) = src.decode(pos) {
        if !in_word(c) {
            break;
        }
        n += 1;
        if n > WORD_CHARS {
            return None;
        }
        if pos == at {
            here = Some(len);
        }
        let mut buf = [0u8; 4];
        let k = crate::segment::analysis_letters(c, &mut buf);
        if k == 0 {
            if is_arabic_letter(c) {
                // a letter the word list never spells with (Persian, Urdu)
                return None;
            }
            // A hamza or madda that composes with the letter before it (ا + ٔ = أ).
            if let Some(last) = len.checked_sub(1).and_then(|i| letters.get_mut(i)) {
                let composed =
                    unicode_normalization::char::compose(crate::segment::decode_letter(*last), c);
                let mut one = [0u8; 4];
                if let Some(x) = composed {
                    if crate::segment::analysis_letters(x, &mut one) == 1 {
                        *last = one[0];
                    }
                }
            }
        }
        for &b in buf.get(..k).unwrap_or_default() {
            *letters.get_mut(len)? = b;
            len += 1;
        }
        pos = next;
    }
    // Runs of alef are one letter in every spelling (no word doubles an alef).
    let mut here = here?;
    let mut word = [0u8; WORD_CHARS * 2];
    let (mut w, mut i) = (0, 0);
    for chunk in letters.get(..len)?.chunk_by(|x, y| x == y) {
        let (letter, run) = (*chunk.first()?, chunk.len());
        let keep = if run >= 3 && is_alef(letter) {
            if (i..i + run).contains(&here) {
                return Some(false);
            }
            if here >= i + run {
                here -= run - 1;
            }
            1
        } else {
            run
        };
        for _ in 0..keep {
            *word.get_mut(w)? = letter;
            w += 1;
        }
        i += run;
    }
    let word = word.get(..w)?;
    // The runs of three or more, and which of them holds `at`.
    let mut runs = [Run {
        start: 0,
        len: 0,
        letter: 0,
    }; MAX_RUNS];
    let (mut n_runs, mut mine) = (0, None);
    let mut i = 0;
    for chunk in word.chunk_by(|x, y| x == y) {
        let (letter, run) = (*chunk.first()?, chunk.len());
        if run >= 3 {
            if (i..i + run).contains(&here) {
                mine = Some(n_runs);
            }
            *runs.get_mut(n_runs)? = Run {
                start: i,
                len: run,
                letter,
            };
            n_runs += 1;
        }
        i += run;
    }
    let mine = mine?;
    let runs = runs.get(..n_runs)?;
    // The score of every spelling (bit k set: run k written twice).
    let mut scores = [None; 1 << MAX_RUNS];
    let mut spelling = [0u8; WORD_CHARS * 2];
    for (mask, score) in scores.iter_mut().enumerate().take(1 << n_runs) {
        let mut w = 0;
        let mut from = 0;
        for (k, r) in runs.iter().enumerate() {
            let copies = if mask >> k & 1 == 1 { 2 } else { 1 };
            for &b in word.get(from..r.start + copies)? {
                *spelling.get_mut(w)? = b;
                w += 1;
            }
            from = r.start + r.len;
        }
        for &b in word.get(from..)? {
            *spelling.get_mut(w)? = b;
            w += 1;
        }
        *score = known(spelling.get(..w)?);
    }
    // A consonant run that letters follow in its word.
    let inner = |r: &Run| !matches!(r.letter, WAW | YEH) && r.start + r.len < word.len();
    // (score with the inner runs' worth, doubled runs worth nothing, inner runs doubled, mask)
    let mut best: Option<(u32, u32, u32, usize)> = None;
    for (mask, &score) in scores.iter().enumerate().take(1 << n_runs) {
        let Some(score) = score else {
            continue;
        };
        // A long vowel doubled only where one would be no word.
        let vowel_ok = runs.iter().enumerate().all(|(k, r)| {
            mask >> k & 1 == 0
                || !matches!(r.letter, WAW | YEH)
                || scores.get(mask & !(1 << k)).is_some_and(Option::is_none)
        });
        if !vowel_ok {
            continue;
        }
        let doubled = |k: usize| mask >> k & 1 == 1;
        let inner_ones = runs
            .iter()
            .enumerate()
            .filter(|&(k, r)| doubled(k) && inner(r))
            .count() as u32;
        let plain_ones = mask.count_ones() - inner_ones;
        let key = (
            u32::from(score) + INNER_DOUBLE * inner_ones,
            plain_ones,
            inner_ones,
            mask,
        );
        // The higher score; on a tie fewer plain doubles, then more inner ones.
        let better = best.is_none_or(|(s, plain, inn, _)| {
            key.0 > s || (key.0 == s && (key.1 < plain || (key.1 == plain && key.2 > inn)))
        });
        if better {
            best = Some(key);
        }
    }
    Some(best.is_some_and(|(_, _, _, mask)| mask >> mine & 1 == 1))
}

/// How well the word list knows a coded word: its Zipf frequency ×10 (a dictionary stem that
/// wordfreq does not list counts as 1.2), whole or behind the clitics و ف, then ب ك ل, then
/// the article (the first that the list has); `None` when it knows none.
fn known(word: &[u8]) -> Option<u8> {
    const FEH: u8 = 0x41;
    const BEH: u8 = 0x28;
    const KAF: u8 = 0x43;
    const LAM: u8 = 0x44;
    let score = |w: &[u8]| {
        crate::segment::coded_entry(w).map(|e| {
            if e.zipf10 == 0 && e.is_dictionary_word() {
                12
            } else {
                e.zipf10
            }
        })
    };
    if let Some(s) = score(word) {
        return Some(s);
    }
    let mut rest = word;
    if let [WAW | FEH, tail @ ..] = rest {
        rest = tail;
        if let (true, Some(s)) = (rest.len() >= 2, score(rest)) {
            return Some(s);
        }
    }
    if let [BEH | KAF | LAM, tail @ ..] = rest {
        rest = tail;
        if let (true, Some(s)) = (rest.len() >= 2, score(rest)) {
            return Some(s);
        }
    }
    if let [ALEF, LAM, tail @ ..] = rest {
        if tail.len() >= 2 {
            return score(tail);
        }
    }
    None
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
        let input: String = letters.iter().map(|&(_, i)| i).collect();
        let src = super::super::engine::Utf8(&input);
        let mut e = Elongation::NONE;
        let mut out = String::new();
        for (&(o, i), (at, _)) in letters.iter().zip(input.char_indices()) {
            match e.letter(o as u32, i as u32, &src, at) {
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

    /// (input, search-normalized): which runs of one letter are written twice.
    const DOUBLED: &[(&str, &str)] = &[
        // A run inside its word stretches a long (doubled) consonant more often than a single
        // one: the doubled spelling wins unless it is more than ten times rarer.
        ("الحمد للللله", "الحمد لله"),
        ("للللله", "لله"),
        ("وللللله الأمر", "ولله الامر"),
        ("اللللي قلته", "اللي قلته"),
        ("الللللله", "الله"),
        ("بالللله", "بالله"),
        ("ممممتاز", "ممتاز"),
        ("شكرررا", "شكرا"),
        // ... and loses to a far more frequent single spelling
        ("ككككل يوم", "كل يوم"),
        ("ممممن هذا", "من هذا"),
        // a run that ends its word is the last key held: frequency alone decides
        ("حبببب", "حب"),
        ("حقققق", "حق"),
        ("هههههه", "ه"),
        // long vowels: two only where one is no word; alef is always one
        ("جمييييل", "جميل"),
        ("مبرووووك", "مبروك"),
        ("يااااا", "يا"),
    ];

    #[test]
    fn doubled() {
        let n = crate::normalize::search_normalizer();
        for &(text, want) in DOUBLED {
            assert_eq!(n.normalize(text), want, "{text}");
            assert_eq!(n.normalize(want), want, "{want} is its own normal form");
        }
    }
}
