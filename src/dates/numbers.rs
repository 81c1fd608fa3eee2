//! Reading a number at a token position — the one place the date grammar reads numbers.
//!
//! Digit groups are read here. Number words (cardinal and ordinal) are read by the crate's
//! number parser, [`crate::numbers::extract_numbers`], on a short window starting at the token
//! (its first mention only, found without reading on past it); this file keeps only a cheap
//! gate (which folded words can start a number word) so that the parser runs at few positions.

use std::cell::RefCell;
use std::collections::HashMap;

use super::lexicon::W;
use super::scan::{Kind, Tok};
use crate::numbers::{first_number, NumberKind, Value};

/// A number read at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Num {
    /// The value.
    pub value: i64,
    /// Written as an ordinal ("الخامس عشر", "ثالث").
    pub ordinal: bool,
    /// Its first word had the article.
    pub definite: bool,
    /// Written in digits.
    pub digits: bool,
    /// Number of digits when written in digits.
    pub ndigits: usize,
    /// Token index just after the number.
    pub end: usize,
}

/// Stems of the number words up to the tens, as they begin a folded word (article stripped).
/// Only a gate: whether a word is worth handing to the number parser.
/// (their first two letters are a bit set, `START_PAIRS`, built from this list)
const STARTS: &[&str] = &[
    "واحد", "احد", "احدي", "اثن", "ثنت", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع", "عشر",
    "اول", "ثان", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "حادي",
    // spoken forms of the number lexicon ("الساعة تلاتة", "الساعة اتناشر بالليل" gave nothing)
    "تلات", "تلت", "تمان", "تمن", "اتن", "اطن", "تنع", "حدا", "حدع", "سطا", "سطع",
];

fn split_article(w: &str) -> (bool, &str) {
    match w.strip_prefix("ال") {
        Some(r) if r.chars().count() >= 2 => (true, r),
        _ => (false, w),
    }
}

/// Whether a folded word (no clitics) may be a number word (a cheap gate, not a parse).
pub(crate) fn is_number_word(w: &str) -> bool {
    // a year said in words starts with its thousands ("عام ألفين وعشرين", "سنة ألف وتسعمائة")
    if matches!(w, "الف" | "الفين" | "الفان") {
        return true;
    }
    let (_, bare) = split_article(w);
    // Every start begins with one of few pairs of letters: most words leave at the first test.
    begins_a_start(bare) && bare.chars().count() <= 7 && starts_with_a_start(bare)
}

/// Whether the first two letters of `w` are the first two of one of `STARTS` (a bit test; every
/// start has at least two letters, each two bytes from a lead byte D8 or D9).
fn begins_a_start(w: &str) -> bool {
    match *w.as_bytes() {
        [a0 @ (0xD8 | 0xD9), a1, b0 @ (0xD8 | 0xD9), b1, ..] => {
            let k = start_pair_bit(a0, a1, b0, b1);
            START_PAIRS[k / 64] >> (k % 64) & 1 == 1
        }
        _ => false,
    }
}

/// The bit of a pair of letters of U+0600–U+067F given as their UTF-8 bytes (lead D8 or D9).
const fn start_pair_bit(a0: u8, a1: u8, b0: u8, b1: u8) -> usize {
    let a = ((a0 & 1) as usize) << 6 | (a1 & 0x3F) as usize;
    let b = ((b0 & 1) as usize) << 6 | (b1 & 0x3F) as usize;
    a * 128 + b
}

/// The first two letters of each of `STARTS`, one bit a pair (`start_pair_bit`).
const START_PAIRS: [u64; 128 * 128 / 64] = {
    let mut out = [0u64; 128 * 128 / 64];
    let mut i = 0;
    while i < STARTS.len() {
        let s = STARTS[i].as_bytes();
        assert!(
            s.len() >= 4 && (s[0] == 0xD8 || s[0] == 0xD9) && (s[2] == 0xD8 || s[2] == 0xD9),
            "a start of fewer than two letters of U+0600-U+067F"
        );
        let k = start_pair_bit(s[0], s[1], s[2], s[3]);
        out[k / 64] |= 1 << (k % 64);
        i += 1;
    }
    out
};

/// `STARTS.iter().any(|s| w.starts_with(s))`, without a byte comparison a start: every start
/// is at most eight bytes, so `w`'s first eight bytes, read as one integer, are masked down to
/// each start's length and compared with it (this gate runs on every word of a date search).
fn starts_with_a_start(w: &str) -> bool {
    let b = w.as_bytes();
    let mut head = [0u8; 8];
    let n = b.len().min(8);
    if let (Some(h), Some(src)) = (head.get_mut(..n), b.get(..n)) {
        h.copy_from_slice(src);
    }
    let head = u64::from_le_bytes(head);
    START_PREFIXES
        .iter()
        .any(|&(bits, mask, len)| b.len() >= len && head & mask == bits)
}

/// Each of `STARTS` as (its bytes little-endian, the mask of its length, its length).
const START_PREFIXES: [(u64, u64, usize); STARTS.len()] = {
    let mut out = [(0, 0, 0); STARTS.len()];
    let mut i = 0;
    while i < STARTS.len() {
        let s = STARTS[i].as_bytes();
        assert!(s.len() <= 8, "a start of more than eight bytes");
        let (mut bits, mut j) = (0u64, 0);
        while j < s.len() {
            bits |= (s[j] as u64) << (8 * j);
            j += 1;
        }
        let mask = if s.len() == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * s.len())) - 1
        };
        out[i] = (bits, mask, s.len());
        i += 1;
    }
    out
};

#[cfg(test)]
#[test]
fn the_first_letters_gate_covers_every_start() {
    for s in STARTS {
        assert!(begins_a_start(s), "{s}");
        assert!(is_number_word(s), "{s}");
    }
    assert!(!is_number_word("مدينه"));
    // exactly the starts' first two letters: any other pair of the block is turned away
    let pairs: std::collections::HashSet<(char, char)> = STARTS
        .iter()
        .filter_map(|s| {
            let mut c = s.chars();
            Some((c.next()?, c.next()?))
        })
        .collect();
    for a in '\u{0600}'..='\u{067F}' {
        for b in '\u{0600}'..='\u{067F}' {
            let w = format!("{a}{b}");
            assert_eq!(begins_a_start(&w), pairs.contains(&(a, b)), "{w:?}");
        }
    }
    assert!(!begins_a_start("") && !begins_a_start("ث") && !begins_a_start("ab"));
}

#[cfg(test)]
#[test]
fn the_masked_gate_is_the_list_test() {
    let reference = |w: &str| STARTS.iter().any(|s| w.starts_with(s));
    let mut words = vec![String::new(), "ا".into(), "x".into(), "اثنا\u{0}".into()];
    for s in STARTS {
        let mut w = (*s).to_string();
        // every prefix of every start, and the start with more after it
        while let Some(c) = w.pop() {
            words.push(format!("{w}{c}"));
            words.push(w.clone());
            words.push(format!("{w}{c}ة"));
            words.push(format!("{w}ي{c}"));
        }
    }
    for w in words
        .iter()
        .map(String::as_str)
        .chain(["مدينه", "ثلاثين", "سطعش", "تسعة"])
    {
        assert_eq!(starts_with_a_start(w), reference(w), "{w:?}");
    }
}

/// Number words read so far in one text (the grammar asks the same position several times).
/// Keyed by token index and hashed by the crate's word hasher, not SipHash (the keys are
/// positions, and the default hasher's cost showed in the profile of a date search).
#[derive(Default)]
pub(crate) struct Cache(RefCell<HashMap<(usize, bool), Option<Num>, crate::hash::WordBuild>>);

fn from_value(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => i64::try_from(*i).ok(),
        Value::Float(_) => None,
    }
}

/// Reads a number (digits, or number words) starting at token `i` of `text`.
///
/// With `single`, only the one token (for "الرابعة وأربعون دقيقة", where the hour is the first
/// word alone).
pub(crate) fn read_number(
    text: &str,
    toks: &[Tok],
    i: usize,
    single: bool,
    cache: &Cache,
) -> Option<Num> {
    let t = toks.get(i)?;
    if t.kind == Kind::Digits {
        if !t.norm.bytes().all(|b| b.is_ascii_digit()) || t.norm.len() > 9 {
            return None;
        }
        let value = t.norm.parse::<i64>().ok()?;
        return Some(Num {
            value,
            ordinal: false,
            definite: false,
            digits: true,
            ndigits: t.norm.len(),
            end: i + 1,
        });
    }
    if t.kind != Kind::Word || !t.num_word {
        return None;
    }
    if let Some(hit) = cache.0.borrow().get(&(i, single)) {
        return *hit;
    }
    // "ثلاثة وثلث" is 3⅓ to the number parser; the clock wants the 3 (the third is minutes)
    let found = words_at(text, toks, i, single).or_else(|| {
        if single {
            None
        } else {
            words_at(text, toks, i, true)
        }
    });
    cache.0.borrow_mut().insert((i, single), found);
    found
}

fn words_at(text: &str, toks: &[Tok], i: usize, single: bool) -> Option<Num> {
    let t = toks.get(i)?;
    let last = if single {
        i
    } else {
        (i + 3).min(toks.len().saturating_sub(1))
    };
    let window = text.get(t.cstart..toks.get(last)?.end)?;
    let m = first_number(window)?;
    // the number starts in the first word: at its start, or after a clitic the scanner left
    // there ("للرابع من تموز": ل + ال, whose ل stays in the window and out of the mention;
    // it gave "تموز" alone)
    if m.start != 0 && (m.start >= t.end - t.cstart || t.pre.is_empty()) {
        return None;
    }
    let ordinal = match m.kind {
        NumberKind::Ordinal => true,
        NumberKind::Cardinal => false,
        _ => return None,
    };
    let value = from_value(&m.value)?;
    // the token just after the number (the number's span may take in its unit word)
    let mut end = i + 1;
    for (j, tj) in toks.iter().enumerate().take(last + 1).skip(i + 1) {
        if tj.end - t.cstart <= m.end {
            end = j + 1;
        }
    }
    if m.unit.is_some() {
        while end > i + 1
            && matches!(
                toks.get(end - 1).and_then(Tok::w),
                Some(W::Unit(..) | W::Decades(..))
            )
        {
            end -= 1;
        }
    }
    Some(Num {
        value,
        ordinal,
        definite: t.norm.starts_with("ال"),
        digits: false,
        ndigits: 0,
        end,
    })
}
