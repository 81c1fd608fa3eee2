//! The one fast hasher for the crate's compiled-in word tables.
//!
//! Keys are short folded words from our own lexicons, not attacker-chosen, so SipHash's
//! flooding resistance buys nothing and its per-call cost dominates; a collision costs one extra
//! comparison.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hasher that reads eight bytes at a time and mixes in the length.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ 0x9e37_79b9_7f4a_7c15;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
        let mut w = [0u8; 8];
        let rest = chunks.remainder();
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w) ^ (bytes.len() as u64))
            .wrapping_mul(0x517c_c1b7_2722_0a95);
        self.0 = h;
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
}

/// Hash builder of [`WordHasher`].
pub(crate) type WordBuild = BuildHasherDefault<WordHasher>;
/// A map keyed by words.
pub(crate) type WordMap<K, V> = HashMap<K, V, WordBuild>;
/// A set of words.
pub(crate) type WordSet<K> = HashSet<K, WordBuild>;

/// A frozen map from words to `u16` values, laid out for lookups in a large vocabulary: one
/// open-addressing array of 12-byte slots (hash tag, offset, length, value) over one byte
/// arena holding every word. A lookup reads one slot (a miss usually stops there, on an empty
/// slot or a different tag) and, on a hit, the word's bytes, where a `HashMap<String, _>` reads
/// a control group, a bucket and the `String`'s own allocation.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordTable {
    slots: Vec<Slot>,
    arena: Vec<u8>,
    mask: usize,
}

/// One slot of a [`WordTable`]; `tag == 0` is empty.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    tag: u32,
    off: u32,
    len: u16,
    val: u16,
}

/// The tag of a word in a [`WordTable`] (never 0, the empty slot's) and its first slot under
/// `mask`, from the hash [`WordMap`] computes.
#[inline]
fn tag_and_slot(w: &[u8], mask: usize) -> (u32, usize) {
    let mut h = WordHasher::default();
    h.write(w);
    let h = h.finish();
    ((h >> 32) as u32 | 1, h as usize & mask)
}

impl WordTable {
    /// The table of `words`; `None` when a word is longer than 65,535 bytes or all of them
    /// together longer than 4 GiB (the slots hold 16- and 32-bit lengths and offsets).
    pub fn new<'a>(words: impl ExactSizeIterator<Item = (&'a str, u16)>) -> Option<WordTable> {
        let cap = (words.len() * 2).next_power_of_two().max(16);
        let mut t = WordTable {
            slots: vec![Slot::default(); cap],
            arena: Vec::new(),
            mask: cap - 1,
        };
        for (w, val) in words {
            let len = u16::try_from(w.len()).ok()?;
            let off = u32::try_from(t.arena.len()).ok()?;
            let (tag, mut i) = tag_and_slot(w.as_bytes(), t.mask);
            loop {
                let s = t.slots.get_mut(i)?;
                if s.tag == 0 {
                    *s = Slot { tag, off, len, val };
                    break;
                }
                i = (i + 1) & t.mask;
            }
            t.arena.extend_from_slice(w.as_bytes());
        }
        Some(t)
    }

    /// The value of `w`. The words given to [`WordTable::new`] are taken to be distinct.
    #[inline]
    pub fn get(&self, w: &str) -> Option<u16> {
        let (tag, mut i) = tag_and_slot(w.as_bytes(), self.mask);
        loop {
            let s = self.slots.get(i)?;
            if s.tag == 0 {
                return None;
            }
            if s.tag == tag && usize::from(s.len) == w.len() {
                let at = s.off as usize;
                if self.arena.get(at..at + w.len()) == Some(w.as_bytes()) {
                    return Some(s.val);
                }
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// A set of pairs of characters of the Arabic block (U+0600..U+06FF), one bit a pair: a
/// pre-filter before a word table, by a word's first and last or last two letters, that costs
/// one bit test.
#[derive(Debug, Clone)]
pub(crate) struct ArabicPairs(Vec<u64>);

impl ArabicPairs {
    /// The bit of `(a, b)`, `None` when either is outside the block.
    #[inline]
    fn bit(a: char, b: char) -> Option<usize> {
        let (a, b) = (
            u32::from(a).checked_sub(0x600)?,
            u32::from(b).checked_sub(0x600)?,
        );
        (a < 256 && b < 256).then_some((a * 256 + b) as usize)
    }

    /// No pair (`false`) or every pair (`true`).
    pub fn new(all: bool) -> ArabicPairs {
        ArabicPairs(vec![if all { u64::MAX } else { 0 }; 256 * 256 / 64])
    }

    /// Adds `(a, b)`; `false` (and nothing added) when either is outside the block.
    pub fn insert(&mut self, a: char, b: char) -> bool {
        match Self::bit(a, b).and_then(|k| self.0.get_mut(k / 64).map(|w| (w, k))) {
            Some((w, k)) => {
                *w |= 1 << (k % 64);
                true
            }
            None => false,
        }
    }

    /// Whether `(a, b)` is in the set; `None` when either is outside the block.
    #[inline]
    pub fn contains(&self, a: char, b: char) -> Option<bool> {
        let k = Self::bit(a, b)?;
        self.0.get(k / 64).map(|w| w >> (k % 64) & 1 == 1)
    }
}

/// A set of triples of letters of U+0620..U+065F (six bits each, 32 kB), one bit a triple: a
/// second pre-filter, by a word's last three letters, behind [`ArabicPairs`]'s last two.
#[derive(Debug, Clone)]
pub(crate) struct ArabicTails(Vec<u64>);

impl ArabicTails {
    /// The bit of `(a, b, c)`, `None` when one is outside U+0620..U+065F.
    #[inline]
    fn bit(a: char, b: char, c: char) -> Option<usize> {
        let six = |x: char| {
            let k = u32::from(x).checked_sub(0x620)?;
            (k < 64).then_some(k as usize)
        };
        Some(six(a)? << 12 | six(b)? << 6 | six(c)?)
    }

    /// No triple.
    pub fn new() -> ArabicTails {
        ArabicTails(vec![0; (1 << 18) / 64])
    }

    /// Adds `(a, b, c)`; `false` (and nothing added) when one is outside the range.
    pub fn insert(&mut self, a: char, b: char, c: char) -> bool {
        match Self::bit(a, b, c).and_then(|k| self.0.get_mut(k / 64).map(|w| (w, k))) {
            Some((w, k)) => {
                *w |= 1 << (k % 64);
                true
            }
            None => false,
        }
    }

    /// Whether `(a, b, c)` is in the set; `None` when one is outside the range.
    #[inline]
    pub fn contains(&self, a: char, b: char, c: char) -> Option<bool> {
        let k = Self::bit(a, b, c)?;
        self.0.get(k / 64).map(|w| w >> (k % 64) & 1 == 1)
    }

    /// Adds the last three characters of `w`, when it has three in the range: the set of the
    /// tails of a word list. (A word of the list without such a tail adds nothing, and so can
    /// turn no word away: a word equal to it has no such tail either, and is let through.)
    pub fn insert_tail(&mut self, w: &str) {
        let mut last = w.chars().rev();
        if let (Some(c), Some(b), Some(a)) = (last.next(), last.next(), last.next()) {
            self.insert(a, b, c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_pairs() {
        let mut p = ArabicPairs::new(false);
        assert!(p.insert('د', 'ر') && !p.insert('a', 'ر'));
        assert_eq!(p.contains('د', 'ر'), Some(true));
        assert_eq!(p.contains('ر', 'د'), Some(false));
        assert_eq!(p.contains('د', 'z'), None);
        assert_eq!(ArabicPairs::new(true).contains('ۿ', 'ء'), Some(true));
    }

    #[test]
    fn arabic_tails() {
        let mut t = ArabicTails::new();
        assert!(t.insert('ك', 'ت', 'ب') && !t.insert('a', 'ت', 'ب') && !t.insert('ۿ', 'ت', 'ب'));
        assert_eq!(t.contains('ك', 'ت', 'ب'), Some(true));
        assert_eq!(t.contains('ب', 'ت', 'ك'), Some(false));
        assert_eq!(t.contains('ك', 'ت', 'z'), None);
        t.insert_tail("مكتوب");
        assert_eq!(t.contains('ت', 'و', 'ب'), Some(true));
        assert_eq!(t.contains('ؠ', 'ؠ', 'ؠ'), Some(false));
        assert_eq!(t.contains('ٟ', 'ٟ', 'ٟ'), Some(false));
    }

    #[test]
    fn equal_words_hash_equal_and_lengths_differ() {
        let h = |s: &str| {
            let mut x = WordHasher::default();
            x.write(s.as_bytes());
            x.finish()
        };
        assert_eq!(h("كتاب"), h("كتاب"));
        assert_ne!(h("ab"), h("ab\0"));
        let mut m: WordMap<&str, u8> = WordMap::default();
        m.insert("ثلاثة", 3);
        assert_eq!(m.get("ثلاثة"), Some(&3));
    }

    #[test]
    fn word_table_gives_what_the_map_gives() {
        let words: Vec<String> = (0..5000).map(|i| format!("كلمة{i}")).collect();
        let t = WordTable::new(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (w.as_str(), i as u16)),
        )
        .expect("builds");
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), Some(i as u16), "{w}");
        }
        for w in ["", "كلمة", "كلمة5000", "كلمة12 ", "x"] {
            assert_eq!(t.get(w), None, "{w}");
        }
        let empty = WordTable::new(std::iter::empty()).expect("builds");
        assert_eq!(empty.get("كتاب"), None);
        assert!(WordTable::new([("a".repeat(70_000).as_str(), 1u16)].into_iter()).is_none());
    }
}
