//! A small per-thread cache of recent segmentations.
//!
//! Word frequencies are Zipfian: in news text about two tokens in three are among a few
//! thousand distinct words, so remembering the last segmentation seen in each of 4,096 slots
//! (direct-mapped by a hash of the word) spares most of the analysis. Every hit compares the
//! whole word, so the cache can never change an answer; words longer than [`MAX_WORD`] bytes
//! are not cached.

use std::cell::RefCell;

use super::{LemmaFix, Raw, MAX_PIECES};

/// Longest word (in bytes) kept in the cache.
const MAX_WORD: usize = 30;
const SLOTS: usize = 4096;

#[derive(Clone, Copy)]
struct Slot {
    len: u8,
    word: [u8; MAX_WORD],
    bounds: [u8; MAX_PIECES + 1],
    n_pieces: u8,
    n_prefixes: u8,
    fix: u8,
    keep: u8,
    letter: char,
}

const EMPTY: Slot = Slot {
    len: 0,
    word: [0; MAX_WORD],
    bounds: [0; MAX_PIECES + 1],
    n_pieces: 0,
    n_prefixes: 0,
    fix: 0,
    keep: 0,
    letter: '\0',
};

thread_local! {
    static CACHE: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
}

fn slot_of(word: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for &b in word {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    (h ^ (h >> 15)) as usize & (SLOTS - 1)
}

/// The cached segmentation of `word`, or `compute(word)` (then remembered).
pub(super) fn get_or_compute(word: &str, compute: impl FnOnce(&str) -> Raw) -> Raw {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_WORD {
        return compute(word);
    }
    let i = slot_of(bytes);
    let hit = CACHE.try_with(|c| {
        let c = c.try_borrow().ok()?;
        let s = c.get(i)?;
        (usize::from(s.len) == bytes.len() && s.word.get(..bytes.len()) == Some(bytes))
            .then(|| to_raw(s))
    });
    if let Ok(Some(raw)) = hit {
        return raw;
    }
    let raw = compute(word);
    if let Some(slot) = to_slot(bytes, &raw) {
        let _ = CACHE.try_with(|c| {
            if let Ok(mut c) = c.try_borrow_mut() {
                if c.is_empty() {
                    c.resize(SLOTS, EMPTY);
                }
                if let Some(s) = c.get_mut(i) {
                    *s = slot;
                }
            }
        });
    }
    raw
}

fn to_slot(bytes: &[u8], raw: &Raw) -> Option<Slot> {
    let mut s = EMPTY;
    s.len = u8::try_from(bytes.len()).ok()?;
    s.word.get_mut(..bytes.len())?.copy_from_slice(bytes);
    for (d, &b) in s.bounds.iter_mut().zip(raw.bounds.iter()) {
        *d = u8::try_from(b).ok()?;
    }
    s.n_pieces = u8::try_from(raw.n_pieces).ok()?;
    s.n_prefixes = u8::try_from(raw.n_prefixes).ok()?;
    let (fix, keep, letter) = match raw.lemma {
        LemmaFix::Same => (0, 0, '\0'),
        LemmaFix::ReplaceLast { keep_end, letter } => (1, u8::try_from(keep_end).ok()?, letter),
        LemmaFix::Article => (2, 0, '\0'),
        LemmaFix::AppendAlef => (3, 0, '\0'),
    };
    s.fix = fix;
    s.keep = keep;
    s.letter = letter;
    Some(s)
}

fn to_raw(s: &Slot) -> Raw {
    let mut bounds = [0usize; MAX_PIECES + 1];
    for (d, &b) in bounds.iter_mut().zip(s.bounds.iter()) {
        *d = usize::from(b);
    }
    Raw {
        bounds,
        n_pieces: usize::from(s.n_pieces),
        n_prefixes: usize::from(s.n_prefixes),
        lemma: match s.fix {
            1 => LemmaFix::ReplaceLast {
                keep_end: usize::from(s.keep),
                letter: s.letter,
            },
            2 => LemmaFix::Article,
            3 => LemmaFix::AppendAlef,
            _ => LemmaFix::Same,
        },
    }
}
