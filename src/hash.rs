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

#[cfg(test)]
mod tests {
    use super::*;

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
}
