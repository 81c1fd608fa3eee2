//! The statistical tagger: a first-order linear-chain model over BIO tags (an averaged
//! structured perceptron, trained by `train.rs`), decoded with Viterbi.
//!
//! Features are hashed to `u32` ids and computed by [`Featurizer`], the same code at training and
//! at inference. The weights are stored pruned and quantized to `i8` (see `data/entities/model.bin`).

use super::gazetteer::{GazMatch, List};
use super::text::{Analysis, Kind};
use super::Label;

/// Number of tags: O, then B/I for PER, LOC, ORG, MISC.
pub(crate) const NT: usize = 9;

/// The label of a tag, and whether it begins a chunk.
pub(crate) fn tag_info(t: usize) -> Option<(Label, bool)> {
    let l = match t.div_ceil(2) {
        1 => Label::Per,
        2 => Label::Loc,
        3 => Label::Org,
        4 => Label::Misc,
        _ => return None,
    };
    Some((l, t % 2 == 1))
}

/// The B tag of a label (0 for labels the tagger does not know).
#[cfg_attr(not(feature = "train"), allow(dead_code))]
pub(crate) fn begin_tag(l: Label) -> usize {
    match l {
        Label::Per => 1,
        Label::Loc => 3,
        Label::Org => 5,
        Label::Misc => 7,
        _ => 0,
    }
}

/// May tag `t` follow tag `p` (`p == NT` is the start)?
#[inline]
pub(crate) fn allowed(p: usize, t: usize) -> bool {
    if t == 0 || t % 2 == 1 {
        return true;
    }
    // I-X after B-X or I-X only
    p != NT && p != 0 && p.div_ceil(2) == t.div_ceil(2)
}

#[inline]
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[inline]
fn mix(template: u64, v: u64) -> u32 {
    let mut x = v ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    (x as u32) | 1
}

fn first_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// The last `n` characters of `s` (all of it when shorter).
#[cfg(test)]
fn last_chars(s: &str, n: usize) -> &str {
    if n == 0 {
        return "";
    }
    match s.char_indices().rev().nth(n - 1) {
        Some((i, _)) => s.get(i..).unwrap_or(s),
        None => s,
    }
}

/// Per-token values the features are built from: those a neighbour or the cache of weight sums
/// reads. The rest of a token's own features (its bare form's spelling, its clitics) are
/// hashed from the analysis only when the cache misses ([`Featurizer::own_features`]): most
/// tokens are words the cache has.
#[derive(Debug, Clone, Copy, Default)]
struct TokFeat {
    w: u64,
    c: u64,
    shape: u64,
    gaz: u64,
    /// Identifies the token's own features (templates 0..=9: they depend on its folded and
    /// canonical forms only), for the cache of their weights.
    own: u64,
    /// The token's index in the analysis.
    at: usize,
}

/// A canonical form without its article, when four bytes or more are left.
fn bare_of(c: &str) -> &str {
    c.strip_prefix("ال").filter(|r| r.len() >= 4).unwrap_or(c)
}

/// What the features read of a word's characters ([`spelling`]).
#[derive(Debug, PartialEq)]
struct Spelling {
    /// FNV-1a hashes of the first 2 and 3 characters and of the whole word
    pre2: u64,
    pre3: u64,
    all: u64,
    /// byte offsets where the last 2 and the last 3 characters start (0 when there are fewer)
    suf2: usize,
    suf3: usize,
    /// number of characters
    nch: usize,
}

/// The [`Spelling`] of `s`, in one pass over its bytes.
#[inline]
fn spelling(s: &str) -> Spelling {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let (mut h2, mut h3) = (None, None);
    // complete characters before the byte at hand, and where the last three started
    let mut nch = 0;
    let mut starts = [0usize; 3];
    for (i, &b) in s.as_bytes().iter().enumerate() {
        // a character starts at every byte that is not a continuation byte
        if b & 0xC0 != 0x80 {
            starts = [starts[1], starts[2], i];
            if i > 0 {
                nch += 1;
                if nch == 2 {
                    h2 = Some(h);
                } else if nch == 3 {
                    h3 = Some(h);
                }
            }
        }
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    Spelling {
        pre2: h2.unwrap_or(h),
        pre3: h3.unwrap_or(h),
        all: h,
        suf2: starts[1],
        suf3: starts[0],
        nch: if s.is_empty() { 0 } else { nch + 1 },
    }
}

/// Computes the feature ids of every token of an analysed text.
pub(crate) struct Featurizer<'a> {
    a: &'a Analysis,
    toks: Vec<TokFeat>,
    /// A period after the last token when the text does not end in punctuation: every
    /// training sentence does, so a name at the very end of a title or a table cell would
    /// otherwise meet a context the tagger never saw ("قال الرئيس إيمانويل ماكرون" lost
    /// "ماكرون"). Only its word and canonical form are read (as a neighbour).
    end: Option<TokFeat>,
}

const BOS: u64 = 0x1234_5678;
const EOS: u64 = 0x8765_4321;

impl<'a> Featurizer<'a> {
    /// Prepares the per-token values of an analysed text; `gaz` are the built-in gazetteer
    /// matches.
    #[cfg_attr(not(any(test, feature = "train")), allow(dead_code))]
    pub fn new(a: &'a Analysis, gaz: &[GazMatch]) -> Featurizer<'a> {
        Featurizer::over(a, gaz, 0..a.toks.len())
    }

    /// [`Featurizer::new`] for the tokens `range` of `a` alone, as if they were the whole text
    /// (a line of a longer text: the tagger learnt from single sentences); gazetteer matches
    /// that reach outside the range are left out.
    pub fn over(
        a: &'a Analysis,
        gaz: &[GazMatch],
        range: std::ops::Range<usize>,
    ) -> Featurizer<'a> {
        let base = range.start;
        let mut toks = Vec::with_capacity(range.len());
        for (i, t) in a.toks.iter().enumerate().take(range.end).skip(base) {
            let w = a.word(i);
            let c = a.canon(i);
            // (the characters of the bare form: its bytes that start one)
            let nch = bare_of(c).bytes().filter(|&b| b & 0xC0 != 0x80).count();
            let lenb = match nch {
                0..=2 => 0u64,
                3 => 1,
                4 => 2,
                5..=6 => 3,
                _ => 4,
            };
            let kind = match t.kind {
                Kind::Arabic => 0u64,
                Kind::Latin => 1,
                Kind::Number => 2,
                Kind::Punct => 3,
            };
            let art = u64::from(c.starts_with("ال"));
            let hw = fnv(w.as_bytes());
            // without clitics the canonical form is the word itself (its hash computed once)
            let hc = if t.nclitic == 0 {
                hw
            } else {
                fnv(c.as_bytes())
            };
            toks.push(TokFeat {
                w: hw,
                c: hc,
                shape: kind * 16 + lenb * 2 + art,
                gaz: 0,
                own: (hw.rotate_left(29) ^ hc.wrapping_mul(0x9e37_79b9_7f4a_7c15)) | 1,
                at: i,
            });
        }
        // (a part of a text is read with the matches sorted by their last token, as the
        // recognizer keeps them, so that all the lines of a text cost one pass over them)
        let inside = if range == (0..a.toks.len()) {
            gaz
        } else {
            debug_assert!(gaz.is_sorted_by_key(|m| m.last));
            let from = gaz.partition_point(|m| m.last < base);
            let to = gaz.partition_point(|m| m.last < range.end);
            gaz.get(from..to).unwrap_or(&[])
        };
        for m in inside {
            let code = u64::from(m.list.code());
            if matches!(m.list, List::User(_) | List::Misc | List::Per) || m.first < base {
                continue;
            }
            for i in m.first..=m.last {
                let pos = if m.first == m.last {
                    2
                } else if i == m.first {
                    0
                } else {
                    1
                };
                if let Some(t) = toks.get_mut(i - base) {
                    t.gaz |= 1u64 << ((code * 3 + pos) & 63);
                }
            }
        }
        let last = range.end.checked_sub(1).filter(|&l| l >= base);
        let end = toks
            .last()
            .filter(|_| {
                last.and_then(|l| a.toks.get(l))
                    .is_some_and(|t| t.kind != Kind::Punct)
            })
            .map(|_| {
                let dot = fnv(b".");
                TokFeat {
                    w: dot,
                    c: dot,
                    ..TokFeat::default()
                }
            });
        Featurizer { a, toks, end }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Writes the feature ids of token `i` into `out` (cleared first).
    #[cfg_attr(not(feature = "train"), allow(dead_code))]
    pub fn features(&self, i: usize, out: &mut Vec<u32>) {
        out.clear();
        self.own_features(i, out);
        self.context_features(i, out);
    }

    /// The key of token `i`'s own features (see [`Featurizer::own_features`]).
    #[inline]
    fn own_key(&self, i: usize) -> u64 {
        self.toks.get(i).map_or(0, |t| t.own)
    }

    /// Appends the ids of the features of token `i` that depend on its own forms only: the
    /// same for every occurrence of a word, so their weights can be cached.
    fn own_features(&self, i: usize, out: &mut Vec<u32>) {
        let Some(t) = self.toks.get(i) else { return };
        let (w, c) = (self.a.word(t.at), self.a.canon(t.at));
        let bare = bare_of(c);
        let sp = spelling(bare);
        let nclitic = self.a.toks.get(t.at).map_or(0, |x| usize::from(x.nclitic));
        let clitic = if nclitic == 0 {
            fnv(b"")
        } else {
            fnv(first_chars(w, nclitic).as_bytes())
        };
        out.push(mix(0, 0));
        out.push(mix(1, t.w));
        out.push(mix(2, t.c));
        out.push(mix(3, sp.all));
        out.push(mix(4, sp.pre2));
        out.push(mix(5, sp.pre3));
        out.push(mix(6, fnv(bare.get(sp.suf2..).unwrap_or(bare).as_bytes())));
        out.push(mix(7, fnv(bare.get(sp.suf3..).unwrap_or(bare).as_bytes())));
        out.push(mix(8, clitic ^ u64::from(c.starts_with("ال"))));
        out.push(mix(9, t.shape));
    }

    /// Appends the ids of the features of token `i` that look at its neighbours or at the
    /// gazetteer matches around it.
    fn context_features(&self, i: usize, out: &mut Vec<u32>) {
        let Some(t) = self.toks.get(i) else { return };
        let get = |j: isize| -> Option<&TokFeat> {
            if j < 0 {
                None
            } else if j as usize == self.toks.len() {
                self.end.as_ref()
            } else {
                self.toks.get(j as usize)
            }
        };
        let ii = i as isize;
        let p1 = get(ii - 1);
        let n1 = get(ii + 1);
        let p2 = get(ii - 2);
        let n2 = get(ii + 2);
        let w = |x: Option<&TokFeat>, e: u64| x.map_or(e, |t| t.w);
        let c = |x: Option<&TokFeat>, e: u64| x.map_or(e, |t| t.c);
        out.push(mix(10, w(p1, BOS)));
        out.push(mix(11, w(n1, EOS)));
        out.push(mix(12, w(p2, BOS)));
        out.push(mix(13, w(n2, EOS)));
        out.push(mix(14, c(p1, BOS)));
        out.push(mix(15, c(n1, EOS)));
        out.push(mix(16, c(p1, BOS).rotate_left(17) ^ t.c));
        out.push(mix(17, t.c.rotate_left(17) ^ c(n1, EOS)));
        for b in set_bits(t.gaz) {
            out.push(mix(21, b));
            out.push(mix(22, b * 1000 + t.shape));
        }
        for (tmpl, x) in GAZ_TEMPLATES.into_iter().zip([p1, n1, p2, n2]) {
            let bits = x.map_or(0, |t| t.gaz);
            if x.is_none() {
                out.push(mix(tmpl, 77));
            } else if bits == 0 {
                out.push(mix(tmpl, 99));
            }
            out.extend(set_bits(bits).map(|b| mix(tmpl, b)));
        }
        if t.gaz == 0 {
            out.push(mix(27, 0));
        }
    }
}

/// The summed weights of the features one word type brings, whatever its place: its own
/// (templates 0..=9) and those it gives a neighbour that has it one or two tokens before or
/// after (templates 10..=15). They depend on the word's folded and canonical forms only.
/// Every sum fits an `i16` (a weight is an `i8`, and a word has ten own features and at most
/// two in a neighbour's role), which halves what the cache stores and copies.
#[derive(Debug, Clone, Copy, Default)]
struct WordSums {
    own: [i16; NT],
    /// as the token before (templates 10 and 14)
    p1: [i16; NT],
    /// as the token after (11 and 15)
    n1: [i16; NT],
    /// two before (12)
    p2: [i16; NT],
    /// two after (13)
    n2: [i16; NT],
}

/// Weight sums that do not depend on the text: the neighbours past either end of it, and the
/// gazetteer features of a neighbour that matched nothing or does not exist.
#[derive(Debug, Clone, Copy, Default)]
struct Fixed {
    /// before the first token: as p1 and p2
    bos_p1: [i32; NT],
    bos_p2: [i32; NT],
    /// after the last token: as n1 and n2
    eos_n1: [i32; NT],
    eos_n2: [i32; NT],
    /// the period [`Featurizer`] adds after a text that does not end in punctuation
    end: WordSums,
    /// templates 23..=26 (p1, n1, p2, n2): a neighbour without gazetteer matches, and none
    no_gaz: [[i32; NT]; 4],
    missing: [[i32; NT]; 4],
    /// template 27: the token itself matched nothing
    own_no_gaz: [i32; NT],
}

/// Compiled weights.
#[derive(Debug)]
pub(crate) struct Model {
    /// Unique among the models of this process (keys the per-thread cache of weight sums).
    id: u64,
    scale: f32,
    trans: Vec<f32>,
    /// Open-addressing table of feature ids (0 = empty), apart from their weights: most
    /// lookups miss (words the model never kept), and the ids alone (4 bytes a slot) stay in
    /// the processor's cache where slots with their weights would not.
    keys: Vec<u32>,
    /// The weights of the feature in the same slot of `keys`.
    rows: Vec<[i8; NT]>,
    mask: usize,
    fixed: Fixed,
    gaz: GazWeights,
}

/// Values of a token's shape ([`TokFeat::shape`]: kind * 16 + length class * 2 + article, at
/// most 57).
const SHAPES: u64 = 64;

/// The weights of the gazetteer features (templates 21..=26), by list bit: a token's matches
/// are a few of 64 bits and each bit's feature ids are fixed, so their weights are read from
/// arrays rather than looked up in the table (the same rows: a feature the model did not keep
/// has a row of zeros here, as it adds nothing there).
#[derive(Debug, Default)]
struct GazWeights {
    /// template 21, by bit
    own: Vec<[i8; NT]>,
    /// template 22, by bit * [`SHAPES`] + shape
    own_shape: Vec<[i8; NT]>,
    /// [`GAZ_TEMPLATES`] (the neighbours p1, n1, p2, n2), by neighbour * 64 + bit
    near: Vec<[i8; NT]>,
}

/// Magic bytes of the model file.
pub(crate) const MAGIC: &[u8; 8] = b"DHADNER2";

fn rd_u32(b: &[u8], at: &mut usize) -> Option<u32> {
    let s = b.get(*at..*at + 4)?;
    *at += 4;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// The indices of the set bits of `mask`, lowest first (a token's gazetteer list bits).
#[inline]
fn set_bits(mut mask: u64) -> impl Iterator<Item = u64> {
    std::iter::from_fn(move || {
        (mask != 0).then(|| {
            let b = u64::from(mask.trailing_zeros());
            mask &= mask - 1;
            b
        })
    })
}

/// `a + b`, elementwise.
#[inline]
fn add(mut a: [i32; NT], b: &[i32; NT]) -> [i32; NT] {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
    a
}

/// `a + b`, elementwise.
#[inline]
fn add16(mut a: [i32; NT], b: &[i16; NT]) -> [i32; NT] {
    for (x, &y) in a.iter_mut().zip(b) {
        *x += i32::from(y);
    }
    a
}

/// `a` plus the weights `row`, if any.
#[inline]
fn add_row(mut a: [i32; NT], row: Option<&[i8; NT]>) -> [i32; NT] {
    if let Some(r) = row {
        for (x, &v) in a.iter_mut().zip(r) {
            *x += i32::from(v);
        }
    }
    a
}

/// The gazetteer templates of the neighbours p1, n1, p2, n2 (see
/// [`Featurizer::context_features`]), in that order.
const GAZ_TEMPLATES: [u64; 4] = [23, 24, 25, 26];

impl Model {
    /// Loads the model file format written by the training routine.
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        if b.get(..8)? != MAGIC {
            return None;
        }
        let mut at = 8;
        let nt = rd_u32(b, &mut at)? as usize;
        if nt != NT {
            return None;
        }
        let scale = f32::from_bits(rd_u32(b, &mut at)?);
        let mut trans = Vec::with_capacity((NT + 1) * NT);
        for _ in 0..(NT + 1) * NT {
            trans.push(f32::from_bits(rd_u32(b, &mut at)?));
        }
        let n = rd_u32(b, &mut at)? as usize;
        // at most half full: most lookups miss, and a miss probes until an empty slot (the
        // shipped model's table, 59% full before, probed 3.4 slots a miss on average; 29% full,
        // 1.5)
        let cap = (2 * n).next_power_of_two().max(16);
        let mut keys = vec![0u32; cap];
        let mut rows = vec![[0i8; NT]; cap];
        let mask = cap - 1;
        for _ in 0..n {
            let key = rd_u32(b, &mut at)?;
            let mut row = [0i8; NT];
            for (r, &v) in row.iter_mut().zip(b.get(at..at + NT)?) {
                *r = i8::from_le_bytes([v]);
            }
            at += NT;
            let mut slot = (key as usize).wrapping_mul(0x9E37_79B1) & mask;
            loop {
                let k = keys.get_mut(slot)?;
                if *k == 0 || *k == key {
                    *k = key;
                    *rows.get_mut(slot)? = row;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut m = Model {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            scale,
            trans,
            keys,
            rows,
            mask,
            // (filled in below: the sums need the table)
            fixed: Fixed::default(),
            gaz: GazWeights::default(),
        };
        let weights = |key: u32| m.row(key).copied().unwrap_or_default();
        m.gaz = GazWeights {
            own: (0..64).map(|b| weights(mix(21, b))).collect(),
            own_shape: (0..64 * SHAPES)
                .map(|i| weights(mix(22, i / SHAPES * 1000 + i % SHAPES)))
                .collect(),
            near: GAZ_TEMPLATES
                .iter()
                .flat_map(|&t| (0..64).map(move |b| (t, b)))
                .map(|(t, b)| weights(mix(t, b)))
                .collect(),
        };
        let z = [0i32; NT];
        let dot = fnv(b".");
        m.fixed = Fixed {
            bos_p1: m.sum(&[mix(10, BOS), mix(14, BOS)], z),
            bos_p2: m.sum(&[mix(12, BOS)], z),
            eos_n1: m.sum(&[mix(11, EOS), mix(15, EOS)], z),
            eos_n2: m.sum(&[mix(13, EOS)], z),
            end: WordSums {
                n1: narrow(m.sum(&[mix(11, dot), mix(15, dot)], z)),
                n2: narrow(m.sum(&[mix(13, dot)], z)),
                ..WordSums::default()
            },
            no_gaz: GAZ_TEMPLATES.map(|t| m.sum(&[mix(t, 99)], z)),
            missing: GAZ_TEMPLATES.map(|t| m.sum(&[mix(t, 77)], z)),
            own_no_gaz: m.sum(&[mix(27, 0)], z),
        };
        Some(m)
    }

    #[inline]
    fn row(&self, key: u32) -> Option<&[i8; NT]> {
        let mut slot = (key as usize).wrapping_mul(0x9E37_79B1) & self.mask;
        loop {
            let k = *self.keys.get(slot)?;
            if k == key {
                return self.rows.get(slot);
            }
            if k == 0 {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Number of stored features.
    #[cfg(test)]
    pub fn n_features(&self) -> usize {
        self.keys.iter().filter(|&&k| k != 0).count()
    }

    /// The best tag sequence.
    pub fn tag(&self, f: &Featurizer) -> Vec<usize> {
        let n = f.len();
        if n == 0 {
            return Vec::new();
        }
        let mut vit = Viterbi::new(n, |p, t| self.trans.get(p * NT + t).copied().unwrap_or(0.0));
        WORD_CACHE.with(|cache| {
            let mut guard = cache.try_borrow_mut();
            let cache = guard.as_deref_mut().ok();
            self.emissions(f, cache, |acc| {
                let mut e = [0f32; NT];
                for (o, &a) in e.iter_mut().zip(acc.iter()) {
                    *o = a as f32 * self.scale;
                }
                vit.push(&e);
            });
        });
        vit.finish()
    }

    /// The summed weights of the features token `i` of `f` brings as a word type (see
    /// [`WordSums`]).
    fn word_sums(&self, f: &Featurizer, i: usize, feats: &mut Vec<u32>) -> WordSums {
        let z = [0i32; NT];
        feats.clear();
        f.own_features(i, feats);
        let Some(t) = f.toks.get(i) else {
            return WordSums::default();
        };
        WordSums {
            own: narrow(self.sum(feats, z)),
            p1: narrow(self.sum(&[mix(10, t.w), mix(14, t.c)], z)),
            n1: narrow(self.sum(&[mix(11, t.w), mix(15, t.c)], z)),
            p2: narrow(self.sum(&[mix(12, t.w)], z)),
            n2: narrow(self.sum(&[mix(13, t.w)], z)),
        }
    }

    /// [`WordSums`] of token `i` of `f`, from `cache` when it has them (and put there when not).
    fn cached_sums(
        &self,
        f: &Featurizer,
        i: usize,
        cache: &mut Option<&mut WordCache>,
        feats: &mut Vec<u32>,
    ) -> WordSums {
        let key = f.own_key(i);
        let slot = (key >> 40) as usize & (WORD_SLOTS - 1);
        if let Some(p) = cache
            .as_deref()
            .filter(|c| c.keys.get(slot) == Some(&key))
            .and_then(|c| c.sums.get(slot))
        {
            return *p;
        }
        let s = self.word_sums(f, i, feats);
        if let Some(c) = cache.as_deref_mut() {
            if let (Some(k), Some(p)) = (c.keys.get_mut(slot), c.sums.get_mut(slot)) {
                (*k, *p) = (key, s);
            }
        }
        s
    }

    /// Calls `out` with the emission of every token of `f`, in order. The emission of a token
    /// is the sum of the weights of its features ([`Featurizer::features`]), added up in parts: what each word
    /// type brings as itself and as a neighbour ([`WordSums`], taken from `cache` where it has
    /// them: function words and frequent names make up most tokens), what the ends of the
    /// text and absent gazetteer matches bring ([`Fixed`]), the weights of the gazetteer
    /// matches by list bit ([`GazWeights`]), and table lookups for the word pairs. The sums are
    /// exact integers, so the emissions are those of the plain sum.
    fn emissions(
        &self,
        f: &Featurizer,
        mut cache: Option<&mut WordCache>,
        mut out: impl FnMut(&[i32; NT]),
    ) {
        if let Some(c) = cache.as_deref_mut() {
            if c.owner != self.id {
                c.owner = self.id;
                c.keys.iter_mut().for_each(|k| *k = 0);
            }
        }
        let n = f.len();
        let mut feats = Vec::with_capacity(64);
        // the sums of tokens i-2..=i+2, token j in slot j % 5: a window, so that a long text
        // costs no memory per token here
        let mut ring = [WordSums::default(); 5];
        for (j, slot) in ring.iter_mut().enumerate().take(n.min(2)) {
            *slot = self.cached_sums(f, j, &mut cache, &mut feats);
        }
        let fx = &self.fixed;
        let tok = |j: usize| -> Option<&TokFeat> {
            if j == n {
                f.end.as_ref()
            } else {
                f.toks.get(j)
            }
        };
        for (i, t) in f.toks.iter().enumerate() {
            if i + 2 < n {
                ring[(i + 2) % 5] = self.cached_sums(f, i + 2, &mut cache, &mut feats);
            }
            // the neighbour at `j` (one past the end: the added period, if any)
            let at = |j: usize| -> Option<&WordSums> {
                if j < n {
                    ring.get(j % 5)
                } else if j == n && f.end.is_some() {
                    Some(&fx.end)
                } else {
                    None
                }
            };
            // a neighbour's sums, or what a missing one brings
            let role = |acc, x: Option<&WordSums>, sums: fn(&WordSums) -> &[i16; NT], none| match x
            {
                Some(x) => add16(acc, sums(x)),
                None => add(acc, none),
            };
            let mut acc = add16([0; NT], &ring[i % 5].own);
            acc = role(acc, i.checked_sub(1).and_then(at), |x| &x.p1, &fx.bos_p1);
            acc = role(acc, i.checked_sub(2).and_then(at), |x| &x.p2, &fx.bos_p2);
            acc = role(acc, at(i + 1), |x| &x.n1, &fx.eos_n1);
            acc = role(acc, at(i + 2), |x| &x.n2, &fx.eos_n2);
            let p1 = i.checked_sub(1).and_then(|j| f.toks.get(j));
            let n1 = tok(i + 1);
            for b in set_bits(t.gaz) {
                acc = add_row(acc, self.gaz.own.get(b as usize));
                acc = add_row(
                    acc,
                    if t.shape < SHAPES {
                        self.gaz.own_shape.get((b * SHAPES + t.shape) as usize)
                    } else {
                        self.row(mix(22, b * 1000 + t.shape))
                    },
                );
            }
            let p2 = i.checked_sub(2).and_then(|j| f.toks.get(j));
            let n2 = tok(i + 2);
            for (k, x) in [p1, n1, p2, n2].into_iter().enumerate() {
                match x {
                    None => acc = add(acc, &fx.missing[k]),
                    Some(x) if x.gaz == 0 => acc = add(acc, &fx.no_gaz[k]),
                    Some(x) => {
                        for b in set_bits(x.gaz) {
                            acc = add_row(acc, self.gaz.near.get(k * 64 + b as usize));
                        }
                    }
                }
            }
            if t.gaz == 0 {
                acc = add(acc, &fx.own_no_gaz);
            }
            let pairs = [
                mix(16, p1.map_or(BOS, |x| x.c).rotate_left(17) ^ t.c),
                mix(17, t.c.rotate_left(17) ^ n1.map_or(EOS, |x| x.c)),
            ];
            out(&self.sum(&pairs, acc));
        }
    }

    /// `acc` plus the weights of the features `keys` (the table lookups are independent, so the
    /// processor overlaps their cache misses).
    #[inline]
    fn sum(&self, keys: &[u32], mut acc: [i32; NT]) -> [i32; NT] {
        for &k in keys {
            acc = add_row(acc, self.row(k));
        }
        acc
    }
}

/// Slots of [`WordCache`] (a power of two). 98 bytes a slot: 16,384 slots are 1.6 MB a
/// thread, within one core's L2 here (2 MB). Over the ANERcorp train sentences, a pass with the
/// cache warm costs 1.3% fewer instructions than with 8,192 slots (0.8 MB), and 32,768 slots
/// (3.2 MB, past the L2) would take 1.3% more off again (the sixteen table look-ups and the
/// hashing of the words a smaller cache had lost).
const WORD_SLOTS: usize = 16384;

/// `a` as the `i16` it fits ([`WordSums`]).
fn narrow(a: [i32; NT]) -> [i16; NT] {
    a.map(|x| x.clamp(i16::MIN.into(), i16::MAX.into()) as i16)
}

/// Per-thread cache of [`WordSums`] (sixteen table lookups a word), direct mapped by the
/// word's key. The sums are exact integers, so a hit gives what the lookups would. The keys
/// are kept apart from the sums so that the test for a hit stays in the processor's cache.
struct WordCache {
    /// The model the sums are of ([`Model::id`]; 0: none yet).
    owner: u64,
    keys: Vec<u64>,
    sums: Vec<WordSums>,
}

thread_local! {
    static WORD_CACHE: std::cell::RefCell<WordCache> = std::cell::RefCell::new(WordCache {
        owner: 0,
        keys: vec![0; WORD_SLOTS],
        sums: vec![WordSums::default(); WORD_SLOTS],
    });
}

/// [`NT`] rounded up to whole vectors of four `f32`: the width of [`Viterbi`]'s rows.
const LANES: usize = NT.div_ceil(4) * 4;

/// First-order Viterbi fed one token's emissions at a time.
pub(crate) struct Viterbi {
    /// Transition scores with the BIO constraint folded in (row `NT` is the start), each row
    /// padded with -inf to [`LANES`].
    tr: [[f32; LANES]; NT + 1],
    score: [f32; NT],
    back: Vec<[u8; NT]>,
    started: bool,
}

impl Viterbi {
    /// A decoder for about `n` tokens with transition scores `trans(p, t)` (`p == NT`: start).
    pub fn new(n: usize, trans: impl Fn(usize, usize) -> f32) -> Viterbi {
        let mut tr = [[f32::NEG_INFINITY; LANES]; NT + 1];
        for (p, row) in tr.iter_mut().enumerate() {
            for (t, x) in row.iter_mut().enumerate().take(NT) {
                if allowed(p, t) {
                    *x = trans(p, t);
                }
            }
        }
        Viterbi {
            tr,
            score: [f32::NEG_INFINITY; NT],
            back: Vec::with_capacity(n),
            started: false,
        }
    }

    /// The next token's emission scores.
    #[inline]
    pub fn push(&mut self, e: &[f32; NT]) {
        let tr = &self.tr;
        if !self.started {
            self.started = true;
            for t in 0..NT {
                self.score[t] = e[t] + tr[NT][t];
            }
            self.back.push([0u8; NT]);
            return;
        }
        // every tag at once, over the previous tags in order; a transition the BIO constraint
        // forbids scores -inf, which is never better, so the maxima and the ties that win are
        // those of the allowed transitions alone (branch-free: the comparisons are
        // unpredictable, and the tags' lanes, padded to a multiple of four, make vector code)
        let mut best = [f32::NEG_INFINITY; LANES];
        let mut bk = [0u8; LANES];
        for (p, (&sp, row)) in self.score.iter().zip(tr).enumerate() {
            for ((b, k), &x) in best.iter_mut().zip(bk.iter_mut()).zip(row) {
                let s = sp + x;
                let better = s > *b;
                *b = if better { s } else { *b };
                *k = if better { p as u8 } else { *k };
            }
        }
        let mut next = [0f32; NT];
        for ((n, &b), &x) in next.iter_mut().zip(&best).zip(e) {
            *n = b + x;
        }
        self.score = next;
        let mut back = [0u8; NT];
        back.copy_from_slice(bk.get(..NT).unwrap_or(&[0; NT]));
        self.back.push(back);
    }

    /// The best tag sequence of the tokens pushed.
    pub fn finish(self) -> Vec<usize> {
        let n = self.back.len();
        if n == 0 {
            return Vec::new();
        }
        let mut best = 0;
        for t in 0..NT {
            if self.score[t] > self.score[best] {
                best = t;
            }
        }
        let mut tags = vec![0usize; n];
        tags[n - 1] = best;
        for i in (1..n).rev() {
            best = usize::from(self.back[i][best]);
            tags[i - 1] = best;
        }
        tags
    }
}

/// First-order Viterbi over emissions; `trans(p, t)` with `p == NT` the start.
#[cfg_attr(not(any(test, feature = "train")), allow(dead_code))]
pub(crate) fn viterbi(emit: &[[f32; NT]], trans: impl Fn(usize, usize) -> f32) -> Vec<usize> {
    let mut v = Viterbi::new(emit.len(), trans);
    for e in emit {
        v.push(e);
    }
    v.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_respects_bio() {
        // emissions prefer I-PER first, which is not allowed at the start
        let mut e = [[0f32; NT]; 2];
        e[0][2] = 5.0;
        e[0][1] = 1.0;
        e[1][2] = 3.0;
        let tags = viterbi(&e, |_, _| 0.0);
        assert_eq!(tags, vec![1, 2]);
    }

    #[test]
    fn one_pass_spelling_is_the_plain_one() {
        for w in ["", "ا", "اب", "سوريا", "العراق", "nato", "a\u{301}bc"] {
            let sp = spelling(w);
            assert_eq!(
                (sp.pre2, sp.pre3, sp.all, sp.nch),
                (
                    fnv(first_chars(w, 2).as_bytes()),
                    fnv(first_chars(w, 3).as_bytes()),
                    fnv(w.as_bytes()),
                    w.chars().count()
                ),
                "{w}"
            );
            assert_eq!(w.get(sp.suf2..), Some(last_chars(w, 2)), "{w}");
            assert_eq!(w.get(sp.suf3..), Some(last_chars(w, 3)), "{w}");
        }
        assert_eq!(last_chars("سوريا", 2), "يا");
        assert_eq!(last_chars("يا", 3), "يا");
        assert_eq!(last_chars("abc", 0), "");
    }

    #[test]
    fn cached_weight_sums_change_nothing() {
        let m = Model::from_bytes(include_bytes!("../../data/entities/model.bin"))
            .expect("model.bin loads");
        let rec = crate::entities::EntityRecognizer::new(true);
        // the same words in different places, twice over (the second pass hits the cache);
        // places and bodies the gazetteers match, next to each other and at both ends; a text
        // that ends in punctuation and one that does not
        for text in [
            "قال الرئيس محمد إن محمد سافر إلى بغداد، وقال وزير الخارجية في بغداد إن الرئيس عاد.",
            "بغداد ودمشق والأمم المتحدة في باريس",
            "سوريا",
            "",
        ] {
            let (a, gaz) = rec.inner.analyse(text);
            let f = Featurizer::new(&a, &gaz);
            // the plain sum of every feature of every token
            let mut feats = Vec::new();
            let plain: Vec<[i32; NT]> = (0..f.len())
                .map(|i| {
                    f.features(i, &mut feats);
                    m.sum(&feats, [0; NT])
                })
                .collect();
            let mut uncached = Vec::new();
            m.emissions(&f, None, |e| uncached.push(*e));
            assert_eq!(uncached, plain, "{text}");
            let tags = viterbi(
                &plain
                    .iter()
                    .map(|e| e.map(|a| a as f32 * m.scale))
                    .collect::<Vec<_>>(),
                |p, t| m.trans.get(p * NT + t).copied().unwrap_or(0.0),
            );
            assert_eq!(m.tag(&f), tags, "{text}");
            assert_eq!(m.tag(&f), tags, "{text}");
            assert_eq!(tags.iter().any(|&t| t != 0), !text.is_empty(), "{text}");
        }
    }

    #[test]
    fn shipped_model_loads() {
        let m = Model::from_bytes(include_bytes!("../../data/entities/model.bin"))
            .expect("model.bin loads");
        assert!(m.n_features() > 1000);
        assert!(Model::from_bytes(b"DHADNER2\x09\0\0\0").is_none());
        assert!(Model::from_bytes(b"").is_none());
    }

    #[test]
    fn tag_names() {
        assert_eq!(tag_info(3), Some((Label::Loc, true)));
        assert_eq!(tag_info(8), Some((Label::Misc, false)));
        assert_eq!(tag_info(0), None);
        assert!(!allowed(0, 2) && allowed(1, 2) && allowed(2, 2) && !allowed(3, 2));
    }
}
