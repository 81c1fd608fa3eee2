//! The character folding table: one entry per code point of U+0000–U+06FF, plus a function for
//! the rest. Built once per [`super::Normalizer`] from its options, so the hot loop is one lookup.

use super::options::{Digits, Options};

// A table entry packs the output character (low 21 bits) with flags, or a special action.
/// The entry is a special action (one of the constants below), not a character.
pub(crate) const SPECIAL: u32 = 1 << 31;
/// The input character is a combining mark (canonical combining class > 0). Flags may be set on
/// special entries too, so compare specials with `entry & !FLAGS`.
pub(crate) const MARK: u32 = 1 << 30;
/// The output is an Arabic letter that elongation watches (set only when `elongation` is on).
pub(crate) const LETTER: u32 = 1 << 29;
/// The output differs from the input.
pub(crate) const CHANGED: u32 = 1 << 28;
/// The input is an Arabic letter or a combining mark (a ZWJ after it is dropped under `bidi`).
pub(crate) const ARABIC: u32 = 1 << 27;
/// The input is a mark, a compatibility character (which may decompose into marks), or an
/// invisible character the fold drops that may stand between a letter and its marks: the engine
/// looks closer before folding the character in front of it.
pub(crate) const TRIGGER: u32 = 1 << 26;
/// Every flag bit.
pub(crate) const FLAGS: u32 = MARK | LETTER | CHANGED | ARABIC | TRIGGER;
/// Mask of the output character.
pub(crate) const CHAR: u32 = 0x1F_FFFF;

/// Drop the character.
pub(crate) const DROP: u32 = SPECIAL;
/// A whitespace character that is not a line break (collapsed when `whitespace` is on).
pub(crate) const SPACE: u32 = SPECIAL | 1;
/// A line break (collapsed when `whitespace` is on).
pub(crate) const NEWLINE: u32 = SPECIAL | 2;
/// A paragraph separator (counts as two line breaks).
pub(crate) const PARAGRAPH: u32 = SPECIAL | 3;
/// A compatibility character that must be decomposed first (presentation forms, fullwidth).
pub(crate) const COMPAT: u32 = SPECIAL | 4;
/// A zero-width joiner under `bidi`: dropped after Arabic, kept elsewhere (emoji sequences).
pub(crate) const ZWJ: u32 = SPECIAL | 5;

/// Size of the direct table.
pub(crate) const TABLE_LEN: usize = 0x700;

/// Harakat, tanwin, shadda, sukun and the other Arabic combining marks of the main block, and
/// the Quranic small waw and small yeh (U+06E5, U+06E6: modifier letters in Unicode, used as
/// marks of a long vowel in Uthmani text: "لَهُۥ").
pub(crate) fn is_arabic_diacritic(c: u32) -> bool {
    matches!(c, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E8
        | 0x06EA..=0x06ED | 0x08CA..=0x08E1 | 0x08E3..=0x08FF)
}

/// Arabic-script letters (the ones a word is made of), used by elongation and the tokenizer.
/// The ornate parentheses U+FD3E and U+FD3F that enclose a Quranic quotation or verse number
/// ("﴿رَبِّ زِدْنِي عِلْمًا﴾", "﴿٢﴾") sit among the presentation forms but are punctuation.
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0620..=0x063F | 0x0641..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3
        | 0x06D5 | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF | 0x0750..=0x077F
        | 0x0870..=0x0887 | 0x0889..=0x088E | 0x08A0..=0x08C9 | 0xFB50..=0xFD3D
        | 0xFD40..=0xFDFB | 0xFE70..=0xFEFC)
}

fn is_bidi_control(c: u32) -> bool {
    // ZWJ (U+200D) is decided by context in the engine, not here; ZWNJ (U+200C) is spelling
    // (Persian and Urdu write a word's parts apart with it) and goes with the persian fold.
    matches!(c, 0x00AD | 0x061C | 0x200B | 0x200E | 0x200F | 0x202A..=0x202E
        | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF)
}

fn whitespace_class(c: u32) -> Option<u32> {
    match c {
        0x0A | 0x0B | 0x0C | 0x85 | 0x2028 => Some(NEWLINE),
        0x2029 => Some(PARAGRAPH),
        0x09 | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => {
            Some(SPACE)
        }
        _ => None,
    }
}

/// Does `c` decompose into something else under compatibility decomposition?
fn has_compat_decomposition(c: u32) -> bool {
    let Some(ch) = char::from_u32(c) else {
        return false;
    };
    let mut differs = false;
    unicode_normalization::char::decompose_compatible(ch, |d| differs |= d != ch);
    differs
}

/// The table entry for one code point under `o` (the table is this function, precomputed).
pub(crate) fn action(c: u32, o: &Options) -> u32 {
    let a = fold(c, o);
    let mark = match char::from_u32(c) {
        Some(ch)
            if c >= 0x300 && unicode_normalization::char::canonical_combining_class(ch) != 0 =>
        {
            MARK
        }
        _ => 0,
    };
    let arabic = if mark != 0 || char::from_u32(c).is_some_and(is_arabic_letter) {
        ARABIC
    } else {
        0
    };
    // Dropped starters that may stand between a letter and its marks: controls, tatweel, and
    // the Quranic small waw and yeh (letters to Unicode, dropped with the diacritics).
    let invisible = (a == DROP
        && (matches!(c, 0x00AD | 0x0640 | 0x061C | 0x06E5 | 0x06E6) || c >= 0x200B))
        || a == ZWJ;
    let trigger = if mark != 0 || invisible || a == COMPAT {
        TRIGGER
    } else {
        0
    };
    if a & SPECIAL != 0 {
        return a | mark | arabic | trigger;
    }
    let mut entry = a | mark | arabic | trigger;
    if a != c {
        entry |= CHANGED;
    }
    if o.elongation && char::from_u32(a).is_some_and(is_arabic_letter) {
        entry |= LETTER;
    }
    entry
}

/// The fold of one code point: a character, or a special action.
fn fold(c: u32, o: &Options) -> u32 {
    if o.whitespace {
        if let Some(w) = whitespace_class(c) {
            return w;
        }
    }
    if o.bidi && is_bidi_control(c) {
        return DROP;
    }
    if o.bidi && c == 0x200D {
        return ZWJ;
    }
    if o.persian && c == 0x200C {
        return DROP;
    }
    if o.unicode
        && matches!(c, 0xFB50..=0xFDFF | 0xFE70..=0xFEFE | 0xFF01..=0xFF5E)
        && has_compat_decomposition(c)
    {
        return COMPAT;
    }
    let mut c = c;
    if o.persian {
        c = match c {
            0x06A9 | 0x06AA => 0x0643,                            // ک ڪ → ك
            0x06CC | 0x06D0 | 0x06D2 | 0x06D3 => 0x064A,          // ی ې ے ۓ → ي
            0x06C1 | 0x06C2 | 0x06D5 | 0x06C0 | 0x06BE => 0x0647, // ہ ۂ ە ۀ ھ → ه
            0x06C3 => 0x0629,                                     // ۃ → ة
            _ => c,
        };
    }
    if o.diacritics && (is_arabic_diacritic(c) || matches!(c, 0x0653..=0x0655)) {
        return DROP;
    }
    if o.tatweel && c == 0x0640 {
        return DROP;
    }
    if o.alef
        && matches!(
            c,
            0x0622 | 0x0623 | 0x0625 | 0x0671 | 0x0672 | 0x0673 | 0x0675
        )
    {
        c = 0x0627;
    }
    if o.alef_maksura && c == 0x0649 {
        c = 0x064A;
    }
    if o.teh_marbuta && c == 0x0629 {
        c = 0x0647;
    }
    if o.hamza {
        c = match c {
            0x0624 => 0x0648,
            0x0626 => 0x064A,
            _ => c,
        };
    }
    match o.digits {
        Some(Digits::Latin) => {
            c = match c {
                0x0660..=0x0669 => c - 0x0660 + 0x30,
                0x06F0..=0x06F9 => c - 0x06F0 + 0x30,
                0x066B => 0x2E,
                0x066C => 0x2C,
                _ => c,
            }
        }
        Some(Digits::Arabic) => {
            c = match c {
                0x30..=0x39 => c - 0x30 + 0x0660,
                0x06F0..=0x06F9 => c - 0x06F0 + 0x0660,
                _ => c,
            }
        }
        None => {}
    }
    if o.punctuation {
        c = match c {
            0x060C => 0x2C,
            0x061B => 0x3B,
            0x061F => 0x3F,
            0x066A => 0x25,
            _ => c,
        };
    }
    c
}

/// Build the direct table for U+0000–U+06FF.
pub(crate) fn build(o: &Options) -> Box<[u32; TABLE_LEN]> {
    let mut t = Box::new([0u32; TABLE_LEN]);
    for (i, slot) in t.iter_mut().enumerate() {
        *slot = action(i as u32, o);
    }
    t
}
