//! Clitic segmentation: split an Arabic word into its prefixes, stem and pronoun suffixes.
//!
//! Arabic writes conjunctions (و ف), prepositions (ب ل ك), the future particle (س), the article
//! (ال) and object/possessive pronouns (ه ها هم هما هن ك كم كما كن ي ني نا) as part of the word:
//! "وبالعراق" is و+ب+ال+عراق, "مدينتها" is مدينت+ها (stem lemma مدينة). [`segment`] finds that
//! split; every piece is an exact byte range of the word, so the pieces join back to it.
//!
//! ```
//! use dhad::segment::segment;
//! let w = "وبالعراق";
//! let s = segment(w);
//! assert_eq!(s.prefix_strs(w), vec!["و", "ب", "ال"]);
//! assert_eq!(s.stem_str(w), "عراق");
//! assert_eq!(s.joined(w), "و+ب+ال+عراق");
//! let w = "مدينتها";
//! let s = segment(w);
//! assert_eq!((s.stem_str(w), s.suffix_strs(w)), ("مدينت", vec!["ها"]));
//! assert_eq!(s.stem_lemma, "مدينة");
//! assert_eq!(segment("وزير").joined("وزير"), "وزير"); // not و+زير
//! ```
//!
//! # How it decides
//! 1. **Candidates.** A small grammar proposes every legal analysis: an optional conjunction
//!    (و ف), then an optional preposition (ب ل ك) or the future س (only before an imperfect
//!    prefix ي ت ن أ), a stem (with the article still inside it, as in the Penn Arabic
//!    Treebank), and an optional pronoun suffix (never after the article, never after
//!    tanween). After the preposition ل the article surfaces as a single ل ("للسلطة" =
//!    ل + (ا)لسلطة); when the noun itself starts with ل the article's ل is dropped too
//!    ("لله" = ل + (ال)له). The prepositions ب and ل also stand as stems before a pronoun
//!    ("لها" = ل+ها). Hunspell-ar's parts of speech veto a few: ب and ك do not go before a
//!    form listed only as a verb (بحثت), س not before one listed only as a noun (ستالين), and
//!    "نا" after a past-tense verb is its subject ending, not a clitic (انطلقنا). No pronoun
//!    follows the particles that never carry one (ثم, أم, قد … : ثمنا, أمكن), and no analysis
//!    cuts inside a word of the exception list (وكذلك = و+كذلك, وحده = وحد+ه).
//! 2. **Scores** (log10 units). An analysis scores the Zipf frequency of its stem as a word
//!    of its own — with the letter a suffix changed restored (مدينت→مدينة, إلي→إلى,
//!    أبناؤ→أبناء, أعطا→أعطى, يشاركو→يشاركوا; the lemma is the most frequent of these
//!    spellings, so نشرت+ها keeps the verb) — plus, per clitic, the clitic's prior and
//!    [`CLITIC_BONUS`]; the unsplit analysis scores the whole word's frequency. Evidence that
//!    a string is a real stem is added on either side: [`HUNSPELL_WORD_BONUS`] /
//!    [`HUNSPELL_STEM_BONUS`] when it is a hunspell-ar stem or one with a plural, dual,
//!    feminine or nisba ending; [`PARTICLE_STEM_BONUS`] for the particles of hunspell-ar's
//!    tools list (قد إن أن في على …, the closed class clitics attach to);
//!    [`ARTICLE_STEM_BONUS`] for a stem that is ال + a known word ("وال…", "بال…" are almost
//!    never one word). Words listed in the exception file as whole (وزير, لبنان, فقه …) are
//!    never split, and preferred as stems (ووزير = و+وزير). An unknown word starting with و is
//!    taken as و + an unknown word. The best score wins; a tie keeps fewer pieces. In short:
//!    split when the stem is frequent enough to explain the word as "stem + clitic", keep the
//!    word whole when it is far more frequent than that (وزير ≫ و + زير) or a known stem.
//! 3. **Article.** Finally ال is split off the chosen stem unless the word is in the
//!    keep-article list (الله, الذي, التي …), or it is a frequent word whose remainder is no
//!    word at all (البانيا), or its alef is a dropped hamza or madda and the hamzated spelling
//!    is the more frequent word (اليك = إليك, الاف = آلاف; not اليوم), or hunspell-ar (which
//!    lists words without the article) lists the whole word as a verb or noun and what follows
//!    ال is no noun, or far rarer than that verb: the ال of a stem (التقى, التزم, التقاء).
//!
//! There is no trained model: the bonuses are five constants set once (each clitic's
//! threshold is about the 95th percentile of the clitic-to-stem frequency ratio of frequent
//! stems, then the dictionary evidence), and the priors (`data/segment/priors.tsv`) are
//! learned by the build script from wordfreq alone: for the 5,000 most frequent stems, the
//! median ratio freq(clitic + stem) / freq(stem) where that form occurs. No gold data went into
//! the lexicon or the priors.
//!
//! # Data, size and speed
//! `data/segment/lexicon.bin` (3.64 MB in the binary, 1.50 MB deflated in a wheel) holds the
//! 408,615 words of wordfreq's Arabic list with Zipf ≥ 1.5 plus the stems of hunspell-ar, one
//! byte per letter, sorted, each with its Zipf frequency and part-of-speech bits; it is built by
//! `scripts/build_segment_lexicon.py` (Zipf ≥ 2.0 would take 2.29 MB and cost 0.05 points of
//! word accuracy on the UD gold; we keep the rarer words). At first use an open-addressing hash index is built over
//! it (about 6 ms, 4 MB of memory). Measured on this machine: a hash lookup costs about 22 ns;
//! the same keys in an `fst::Map` take 2.19 MB instead of 3.64 MB but about 105 ns per lookup,
//! and a word costs several lookups, so the sorted array with a hash index is kept. A small
//! per-thread cache (4,096 slots, exact: a hit compares the whole word) remembers recent
//! words, which in Zipfian text spares most analyses. Measured in thread CPU time on one core
//! of this shared 2-core machine, on the ANERcorp news sentences: [`segment`] about 180 ns
//! per word including its allocations; in Python `tokenize_batch(texts, clitics=True)` about
//! 38 MB/s against 130 MB/s without clitics (`scripts/bench_segment.py`). On the UD
//! Arabic-PUD gold (`scripts/eval_segments.py`, ATB convention with our article merged back):
//! 99.0% of 11,113 Arabic words right, 96.1% of the 1,749 words the gold splits; split points
//! precision 97.6%, recall 96.4%.
//!
//! `data/segment/exceptions.txt` is the hand-written list of words that only look
//! clitic-laden (وزير, بريطانيا, لبنان, فقه, وجه …) and of words that keep their ال.
//!
//! Diacritics, Quranic marks and tatweel are ignored for the decision and stay inside the piece
//! of the letter they follow. "بـ" with tatweel before anything ("بـ3500") is a prefix of its
//! own, and so is the article written "الـ" before a number or a quotation ("بالـ20" =
//! ب+الـ+20).
//! Alef wasla (Uthmani "ٱلْكِتَٰبُ") reads as alef, presentation forms (PDF text "ﻭﺍﻟﻜﺘﺎﺏ") as
//! their letters; no cut falls inside a ligature (ﻻ). Words with non-Arabic characters come
//! back whole.

mod cache;
mod lexicon;

pub(crate) use lexicon::decode_letter;
use lexicon::{
    code_letter, lexicon, Entry, Lexicon, FLAG_HUNSPELL, FLAG_HUNSPELL_LIKE, FLAG_NOUN,
    FLAG_PARTICLE, FLAG_VERB,
};

/// The log10 bonus added per clitic of an analysis (see the module docs, step 2).
pub const CLITIC_BONUS: f32 = 1.0;

/// The log10 bonus of the unsplit analysis when the word is a stem of hunspell-ar, or one
/// with a plural, dual, feminine or nisba ending (يات يون يين ات ون ين ان ية ي).
pub const HUNSPELL_WORD_BONUS: f32 = 2.0;

/// The log10 bonus of a split analysis whose stem (or its restored form) is a stem of
/// hunspell-ar or one with a plural, dual, feminine or nisba ending.
pub const HUNSPELL_STEM_BONUS: f32 = 2.0;

/// The log10 bonus of a split analysis whose stem starts with the article before a known
/// word: "وال…", "بال…", "كال…", "لل…" are almost never one word.
pub const ARTICLE_STEM_BONUS: f32 = 1.5;

/// The log10 bonus of a split analysis whose stem is a particle (قد إن أن ما في على …):
/// "وقد", "فإن", "بأن", "فيه", "عليها" are clitic forms, whatever else they could spell.
pub const PARTICLE_STEM_BONUS: f32 = 2.0;

/// Size in bytes of the compiled-in word list of the segmenter.
pub const LEXICON_BYTES: usize = lexicon::LEXICON_BYTES;

/// The clitic segmentation of one word: byte ranges relative to the word.
///
/// `prefixes`, `stem` and `suffixes` are half-open byte ranges into the word that was
/// segmented; in order they cover the whole word exactly (the stem may be empty only after
/// prefixes written with tatweel and nothing else, such as "بـ" or "بالـ"). `stem_lemma` is the
/// stem with the letter restored that a suffix changed (مدينت → مدينة, إلي → إلى).
///
/// ```
/// let w = "فسيكتبونها";
/// let s = dhad::segment::segment(w);
/// assert_eq!(s.pieces(w), vec!["ف", "س", "يكتبون", "ها"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Segments {
    /// The prefix clitics, outermost first (و, ب, ال for "وبالعراق").
    pub prefixes: Vec<(usize, usize)>,
    /// The stem.
    pub stem: (usize, usize),
    /// The suffix clitics (at most one pronoun today).
    pub suffixes: Vec<(usize, usize)>,
    /// The stem's dictionary form: the stem text with a restored teh marbuta, alef maksura,
    /// hamza, or the article of "لله" (الله).
    pub stem_lemma: String,
}

fn slice(word: &str, r: (usize, usize)) -> &str {
    word.get(r.0..r.1).unwrap_or("")
}

impl Segments {
    /// The prefix texts of `word` (the word this was computed from).
    ///
    /// ```
    /// let s = dhad::segment::segment("وللسلطة");
    /// assert_eq!(s.prefix_strs("وللسلطة"), vec!["و", "ل", "ل"]);
    /// ```
    pub fn prefix_strs<'a>(&self, word: &'a str) -> Vec<&'a str> {
        self.prefixes.iter().map(|&r| slice(word, r)).collect()
    }

    /// The stem text of `word`.
    ///
    /// ```
    /// assert_eq!(dhad::segment::segment("كتابهم").stem_str("كتابهم"), "كتاب");
    /// ```
    pub fn stem_str<'a>(&self, word: &'a str) -> &'a str {
        slice(word, self.stem)
    }

    /// The suffix texts of `word`.
    ///
    /// ```
    /// assert_eq!(dhad::segment::segment("كتابهم").suffix_strs("كتابهم"), vec!["هم"]);
    /// ```
    pub fn suffix_strs<'a>(&self, word: &'a str) -> Vec<&'a str> {
        self.suffixes.iter().map(|&r| slice(word, r)).collect()
    }

    /// All pieces in order (prefixes, stem if not empty, suffixes).
    ///
    /// ```
    /// assert_eq!(dhad::segment::segment("وبه").pieces("وبه"), vec!["و", "ب", "ه"]);
    /// ```
    pub fn pieces<'a>(&self, word: &'a str) -> Vec<&'a str> {
        let mut v = self.prefix_strs(word);
        if self.stem.0 < self.stem.1 {
            v.push(self.stem_str(word));
        }
        v.extend(self.suffix_strs(word));
        v
    }

    /// The pieces joined with `+` ("و+ب+ال+عراق").
    ///
    /// ```
    /// assert_eq!(dhad::segment::segment("بالبيت").joined("بالبيت"), "ب+ال+بيت");
    /// ```
    pub fn joined(&self, word: &str) -> String {
        self.pieces(word).join("+")
    }

    /// Whether the word was split at all.
    pub fn is_split(&self) -> bool {
        !self.prefixes.is_empty() || !self.suffixes.is_empty()
    }

    /// Index of the article among `prefixes`, if there is one: a prefix "ال", or the single
    /// "ل" that the article becomes after the preposition ل.
    pub fn article_index(&self, word: &str) -> Option<usize> {
        let texts = self.prefix_strs(word);
        let codes = |t: &str| -> Vec<u8> {
            let mut v = Vec::new();
            for c in t.chars() {
                let mut buf = [0u8; 4];
                let k = analysis_letters(c, &mut buf);
                v.extend_from_slice(buf.get(..k).unwrap_or_default());
            }
            v
        };
        texts.iter().enumerate().position(|(i, t)| {
            let letters = codes(t);
            letters == [ALEF, LAM]
                || (letters == [LAM]
                    && i > 0
                    && texts.get(i - 1).is_some_and(|p| codes(p).contains(&LAM)))
        })
    }

    /// The pieces in the Penn Arabic Treebank convention, where the article stays on its noun
    /// ("وبالعراق" → و, ب, العراق): the convention of the UD Arabic treebanks.
    ///
    /// ```
    /// let w = "وللسلطة";
    /// assert_eq!(dhad::segment::segment(w).atb_pieces(w), vec!["و", "ل", "لسلطة"]);
    /// ```
    pub fn atb_pieces<'a>(&self, word: &'a str) -> Vec<&'a str> {
        let mut out = Vec::new();
        let art = self.article_index(word);
        let mut stem_start = self.stem.0;
        for (i, &r) in self.prefixes.iter().enumerate() {
            if Some(i) == art {
                stem_start = r.0;
                break;
            }
            out.push(slice(word, r));
        }
        let stem_text = slice(word, (stem_start, self.stem.1));
        if !stem_text.is_empty() {
            out.push(stem_text);
        }
        out.extend(self.suffix_strs(word));
        out
    }
}

/// Segments one word. Never fails: a word that is not Arabic, or that has no clitic, comes
/// back whole as its own stem (an empty word gives an empty stem).
///
/// ```
/// use dhad::segment::segment;
/// assert_eq!(segment("لها").joined("لها"), "ل+ها");
/// assert_eq!(segment("سيكون").joined("سيكون"), "س+يكون");
/// assert_eq!(segment("بـ3500").joined("بـ3500"), "بـ+3500");
/// assert_eq!(segment("Paris").joined("Paris"), "Paris");
/// ```
#[must_use]
pub fn segment(word: &str) -> Segments {
    segment_raw(word).into_segments(word)
}

/// What the segmenter's word list (wordfreq + hunspell-ar) knows about an Arabic word: its
/// Zipf frequency and dictionary flags; letters only are read (diacritics and tatweel are
/// skipped). Used by the entity recognizer to tell ordinary words from names.
pub(crate) fn word_entry(word: &str) -> Option<Entry> {
    // coded on the stack, as the entity rules ask many times a sentence (a word of more letters
    // than the buffer, rare, is coded on the heap)
    let mut codes = [0u8; 64];
    let mut n = 0;
    for code in word.chars().filter_map(lexicon::code_letter) {
        let Some(slot) = codes.get_mut(n) else {
            return lexicon().get(&lexicon::code_str(word));
        };
        *slot = code;
        n += 1;
    }
    lexicon().get(codes.get(..n)?)
}

/// [`word_entry`] for a word already coded one byte a letter ([`analysis_letters`]).
pub(crate) fn coded_entry(codes: &[u8]) -> Option<Entry> {
    lexicon().get(codes)
}

/// Segments one word, rejecting input that is not one word: an error (a full sentence) for an
/// empty string or one that contains whitespace.
///
/// ```
/// assert!(dhad::segment::segment_word("في البيت").is_err());
/// assert_eq!(dhad::segment::segment_word("فيه").unwrap().joined("فيه"), "في+ه");
/// ```
pub fn segment_word(word: &str) -> crate::Result<Segments> {
    if word.is_empty() {
        return Err(crate::Error::InvalidInput(
            "segment() needs one word, but the string is empty.".to_string(),
        ));
    }
    if let Some((i, c)) = word.char_indices().find(|(_, c)| c.is_whitespace()) {
        return Err(crate::Error::InvalidInput(format!(
            "segment() needs one word without whitespace, but the string has {:?} (U+{:04X}) at \
             character {}; split the text with tokenize() first.",
            c,
            c as u32,
            word[..i].chars().count()
        )));
    }
    Ok(segment(word))
}

/// The longest word (in letters) that is analysed; longer ones come back whole.
const MAX_LETTERS: usize = 48;

const WAW: u8 = 0x48; // و
const FEH: u8 = 0x41; // ف
const BEH: u8 = 0x28; // ب
const LAM: u8 = 0x44; // ل
const KAF: u8 = 0x43; // ك
const SEEN: u8 = 0x33; // س
const ALEF: u8 = 0x27; // ا
const YEH: u8 = 0x4A; // ي
const TEH: u8 = 0x2A; // ت
const NOON: u8 = 0x46; // ن
const ALEF_HAMZA_ABOVE: u8 = 0x23; // أ
const ALEF_HAMZA_BELOW: u8 = 0x25; // إ
const ALEF_MADDA: u8 = 0x22; // آ
const TEH_MARBUTA: u8 = 0x29; // ة
const ALEF_MAKSURA: u8 = 0x49; // ى
const HAMZA: u8 = 0x21; // ء
const WAW_HAMZA: u8 = 0x24; // ؤ
const YEH_HAMZA: u8 = 0x26; // ئ
const HEH: u8 = 0x47; // ه
const MEEM: u8 = 0x45; // م
const DAL: u8 = 0x2F; // د

/// The pronoun suffixes, longest first.
const SUFFIXES: &[&[u8]] = &[
    &[HEH, MEEM, ALEF], // هما
    &[KAF, MEEM, ALEF], // كما
    &[HEH, ALEF],       // ها
    &[HEH, MEEM],       // هم
    &[HEH, NOON],       // هن
    &[KAF, MEEM],       // كم
    &[KAF, NOON],       // كن
    &[NOON, YEH],       // ني
    &[NOON, ALEF],      // نا
    &[HEH],             // ه
    &[KAF],             // ك
    &[YEH],             // ي
];

/// Harakat (also their presentation forms, U+FE70–U+FE7F), Quranic marks (with the small waw
/// and yeh of Uthmani text, U+06E5–U+06E6), tatweel, and the invisible characters the
/// tokenizer keeps inside a word (the soft hyphen U+00AD, ZWJ, the word joiners U+2060 and
/// U+FEFF: "والمدر\u{AD}سة" was left whole): skipped for the decision, kept in the piece of the
/// letter they follow. ZWNJ is not one of them: Persian and Urdu spell with it.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}' | '\u{0640}'
        | '\u{FE70}'..='\u{FE72}' | '\u{FE74}' | '\u{FE76}'..='\u{FE7F}'
        | '\u{00AD}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Tanween, or a presentation form of it.
fn is_tanween(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{064D}' | '\u{FE70}'..='\u{FE72}' | '\u{FE74}')
}

/// The letter codes the analysis reads for `c`, into `out`, and how many (0: not a letter).
/// Alef wasla (ٱ, Uthmani text) is an alef, so that "وَٱلْكِتَٰبِ" has its article, and a
/// presentation form (text from PDFs and legacy systems: "ﻭﺍﻟﻜﺘﺎﺏ") is the letter it stands for;
/// a ligature gives its letters (ﻻ: ل ا), between which no cut may fall.
pub(crate) fn analysis_letters(c: char, out: &mut [u8; 4]) -> usize {
    let code = |d: char| {
        if d == '\u{0671}' {
            Some(ALEF)
        } else {
            code_letter(d)
        }
    };
    if let Some(b) = code(c) {
        out[0] = b;
        return 1;
    }
    if !matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') {
        return 0;
    }
    // The decomposition, with a hamza or madda composed back onto its letter (ﺌ: ي + ٔ = ئ).
    let mut n: usize = 0;
    let mut ok = true;
    let mut last = None;
    unicode_normalization::char::decompose_compatible(c, |d| {
        let composed = last.and_then(|l| unicode_normalization::char::compose(l, d));
        let (d, at) = match composed {
            Some(x) => (x, n.saturating_sub(1)),
            None => (d, n),
        };
        match (code(d), out.get_mut(at)) {
            (Some(b), Some(slot)) => {
                *slot = b;
                n = at + 1;
                last = Some(d);
            }
            _ => ok = false,
        }
    });
    if ok {
        n
    } else {
        0
    }
}

/// Coded letters of a word with the byte offset where each starts.
struct Letters {
    codes: [u8; MAX_LETTERS],
    starts: [usize; MAX_LETTERS + 1],
    n: usize,
    /// The word ends in tanween (ً ٌ ٍ), which no pronoun suffix carries.
    tanween: bool,
}

impl Letters {
    /// The letters of `word`, or `None` if it has a character that is neither an Arabic letter
    /// nor a mark/tatweel, or too many letters.
    fn read(word: &str) -> Option<Letters> {
        let mut l = Letters {
            codes: [0; MAX_LETTERS],
            starts: [0; MAX_LETTERS + 1],
            n: 0,
            tanween: false,
        };
        for (i, c) in word.char_indices() {
            if is_tanween(c) {
                l.tanween = true;
            } else if !is_mark(c) {
                l.tanween = false;
            }
            let mut buf = [0u8; 4];
            let k = analysis_letters(c, &mut buf);
            if k > 0 {
                if l.n + k > MAX_LETTERS {
                    return None;
                }
                // The letters of a ligature share its start: a cut there would fall inside it.
                let start = if l.n == 0 { 0 } else { i };
                for &b in buf.get(..k).unwrap_or_default() {
                    l.codes[l.n] = b;
                    l.starts[l.n] = start;
                    l.n += 1;
                }
            } else if !is_mark(c) {
                return None;
            }
        }
        l.starts[l.n] = word.len();
        Some(l)
    }

    fn codes(&self) -> &[u8] {
        &self.codes[..self.n]
    }

    /// Would a cut before letter `k` fall inside a ligature (ﻻ)?
    fn inside_ligature(&self, k: usize) -> bool {
        k > 0 && k < self.n && self.starts.get(k) == self.starts.get(k - 1)
    }
}

/// The value of a word in the lexicon in log10 (Zipf) units.
fn zipf_of(e: Option<Entry>) -> Option<f32> {
    e.map(|e| {
        let z = f32::from(e.zipf10) / 10.0;
        if z <= 0.0 && e.flags & FLAG_HUNSPELL != 0 {
            1.2
        } else {
            z
        }
    })
}

/// Score of a word that is not in the lexicon.
const UNKNOWN: f32 = 1.0;

/// How much lower a stem written with a bare alef scores as its hamzated form (اضاف as أضاف).
const BARE_ALEF_PENALTY: f32 = 0.5;

/// Bonus of an analysis whose stem is a word of the exception list's [whole] section.
const WHOLE_STEM_BONUS: f32 = 1.5;

/// Bonus of و + stem when the whole word is unknown (see `best_analysis`).
const UNKNOWN_WAW_BONUS: f32 = 1.0;

/// A stem key for lookup, built in a small buffer.
struct Key {
    buf: [u8; MAX_LETTERS + 2],
    len: usize,
}

impl Key {
    fn new(pre: &[u8], body: &[u8], last: Option<u8>) -> Key {
        let mut k = Key {
            buf: [0; MAX_LETTERS + 2],
            len: 0,
        };
        for &b in pre.iter().chain(body.iter()) {
            if k.len < k.buf.len() {
                k.buf[k.len] = b;
                k.len += 1;
            }
        }
        if let (Some(b), true) = (last, k.len > 0) {
            k.buf[k.len - 1] = b;
        }
        k
    }
    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// The score of a stem key: its frequency; for an unknown word with the article, the
/// frequency of the rest plus the article's prior.
/// Whether a coded word is a hunspell-ar stem, or a noun stem of hunspell-ar (or its feminine
/// in ة) with a plural, dual, feminine or nisba ending (يات يون يين ات ون ين ان ية ي), or a
/// verb form with ون ين ان: hunspell lists singular stems only. Precomputed for every lexicon
/// word by the build script; a word outside the lexicon is not.
fn hunspell_like(lex: &Lexicon, key: &[u8]) -> bool {
    lex.get(key)
        .is_some_and(|e| e.flags & FLAG_HUNSPELL_LIKE != 0)
}

fn stem_score(lex: &Lexicon, key: &[u8]) -> f32 {
    let e = lex.get(key);
    let flag = |e: Option<Entry>, f: u8| e.is_some_and(|e| e.flags & f != 0);
    if key.len() >= 4 && key.starts_with(&[ALEF, LAM]) && !lex.keep_article.contains(key) {
        // The article: judge the noun after it.
        let rest = key.get(2..).unwrap_or(&[]);
        let re = lex.get(rest);
        let rest_known = re.is_some()
            || lex
                .get(Key::new(rest, &[TEH_MARBUTA], None).bytes())
                .is_some();
        let z = match (zipf_of(e), zipf_of(re)) {
            (Some(z), _) => z,
            (None, Some(zr)) => (zr + lex.article_prior + CLITIC_BONUS).max(UNKNOWN + 0.6),
            (None, None) => UNKNOWN + 0.6,
        };
        let bonus = if rest_known { ARTICLE_STEM_BONUS } else { 0.0 }
            + if flag(re, FLAG_HUNSPELL_LIKE) {
                HUNSPELL_STEM_BONUS
            } else {
                0.0
            };
        return z + bonus;
    }
    zipf_of(e).unwrap_or(UNKNOWN)
        + if flag(e, FLAG_HUNSPELL_LIKE) {
            HUNSPELL_STEM_BONUS
        } else {
            0.0
        }
        + if flag(e, FLAG_PARTICLE) {
            PARTICLE_STEM_BONUS
        } else {
            0.0
        }
}

#[derive(Clone, Copy, Debug)]
enum LamArticle {
    /// No article assimilation.
    None,
    /// ل + ال surfacing as لل: the stem's first ل is the article ("للسلطة").
    Lam,
    /// ل + ال + ل…: article fully dropped ("لله" = ل + [ال]له).
    Dropped,
}

#[derive(Clone, Copy, Debug)]
struct Analysis {
    /// Letter index after the conjunction (0 if none).
    conj_end: usize,
    /// Letter index after the preposition/future particle (== conj_end if none).
    mid_end: usize,
    /// Letter index where the suffix starts (== n if none).
    suf_start: usize,
    lam: LamArticle,
    /// Replacement of the stem's last letter for the lemma.
    last: Option<u8>,
    /// The lemma is the stem plus an alef (the plural "وا" of a verb loses its alef before a
    /// pronoun: يشاركو+ه → يشاركوا).
    append_alef: bool,
    score: f32,
    pieces: u8,
}

fn prior(lex: &Lexicon, prefix: bool, clitic: &[u8]) -> f32 {
    let map = if prefix {
        &lex.prefix_prior
    } else {
        &lex.suffix_prior
    };
    map.get(clitic).copied().unwrap_or(-3.0)
}

fn best_analysis(lex: &Lexicon, l: &Letters) -> Analysis {
    let w = l.codes();
    let n = w.len();
    let unsplit = Analysis {
        conj_end: 0,
        mid_end: 0,
        suf_start: n,
        lam: LamArticle::None,
        last: None,
        append_alef: false,
        score: {
            let e = lex.get(w);
            let particle = e.is_some_and(|e| e.flags & FLAG_PARTICLE != 0);
            zipf_of(e).unwrap_or(UNKNOWN)
                + if hunspell_like(lex, w) {
                    HUNSPELL_WORD_BONUS
                } else {
                    0.0
                }
                + if particle { PARTICLE_STEM_BONUS } else { 0.0 }
        },
        pieces: 1,
    };
    if n < 2 || lex.whole.contains(w) {
        return unsplit;
    }
    let w_known = lex.get(w).is_some();
    // The word is a word of the exception list, or its feminine in ة, plus a pronoun
    // ("والدي" = والد+ي, "والدته" = والدة+ه): its first letters are no conjunction and article.
    // (Only a word whose second and third letters are ال can be read so.)
    let listed_then_pronoun = !l.tanween
        && matches!(w.get(1..3), Some([ALEF, LAM]))
        && SUFFIXES.iter().any(|s| {
            n > s.len() + 1 && w.ends_with(s) && {
                let stem = w.get(..n - s.len()).unwrap_or(&[]);
                lex.whole.contains(stem)
                    || (stem.last() == Some(&TEH)
                        && lex
                            .whole
                            .contains(Key::new(&[], stem, Some(TEH_MARBUTA)).bytes()))
            }
        });
    let mut best = unsplit;
    let debug = cfg!(test) && std::env::var_os("DHAD_SEGMENT_DEBUG").is_some();
    if debug {
        eprintln!("  unsplit {:?}", unsplit);
    }
    let mut consider = |a: Analysis| {
        if debug {
            eprintln!("  cand {:?}", a);
        }
        if a.score > best.score + 1e-4
            || ((a.score - best.score).abs() <= 1e-4 && a.pieces < best.pieces)
        {
            best = a;
        }
    };

    let conj_opts: &[usize] = if matches!(w.first(), Some(&WAW) | Some(&FEH)) {
        &[0, 1]
    } else {
        &[0]
    };
    for &ce in conj_opts {
        let conj_score = if ce == 1 {
            prior(lex, true, &w[..1]) + CLITIC_BONUS
        } else {
            0.0
        };
        let mid_opts: &[usize] = if matches!(
            w.get(ce),
            Some(&BEH) | Some(&LAM) | Some(&KAF) | Some(&SEEN)
        ) {
            &[0, 1]
        } else {
            &[0]
        };
        for &m in mid_opts {
            let me = ce + m;
            let mid = if m == 1 { w.get(ce).copied() } else { None };
            let mid_score = match mid {
                Some(c) => prior(lex, true, &[c]) + CLITIC_BONUS,
                None => 0.0,
            };
            if mid == Some(SEEN)
                && !matches!(
                    w.get(me),
                    Some(&YEH) | Some(&TEH) | Some(&NOON) | Some(&ALEF_HAMZA_ABOVE)
                )
            {
                continue;
            }
            // Suffix options: none, or each pronoun the word ends with (not after tanween).
            for suffix in SUFFIXES.iter().map(Some).chain(std::iter::once(None)) {
                let (ss, suf): (usize, &[u8]) = match suffix {
                    None => (n, &[]),
                    Some(_) if l.tanween => continue,
                    Some(s) => {
                        if n < s.len() || !w.ends_with(s) {
                            continue;
                        }
                        (n - s.len(), s)
                    }
                };
                if ce == 0 && m == 0 && suf.is_empty() {
                    continue; // the unsplit analysis
                }
                if ss <= me {
                    continue;
                }
                let stem = &w[me..ss];
                let suf_score = if suf.is_empty() {
                    0.0
                } else {
                    prior(lex, false, suf) + CLITIC_BONUS
                };
                let pieces = 1 + u8::from(ce == 1) + m as u8 + u8::from(!suf.is_empty());
                let base = conj_score + mid_score + suf_score;

                // ب or ل standing as the stem before a pronoun: "لها", "وبه".
                if stem.len() == 1 {
                    if !suf.is_empty() && m == 0 && matches!(stem[0], BEH | LAM) {
                        consider(Analysis {
                            conj_end: ce,
                            mid_end: me,
                            suf_start: ss,
                            lam: LamArticle::None,
                            last: None,
                            append_alef: false,
                            score: 9.0 + conj_score,
                            pieces,
                        });
                    }
                    continue;
                }
                if mid == Some(SEEN) && stem.len() < 3 {
                    continue;
                }
                // Part of speech from hunspell-ar: the prepositions ب and ك do not go before a
                // form known only as a verb (ب+حثت), the future س not before one known only as
                // a noun (س+تالين).
                let flags = lex.get(stem).map_or(0, |e| e.flags);
                let verb_only = flags & FLAG_VERB != 0 && flags & (FLAG_NOUN | FLAG_PARTICLE) == 0;
                let noun_only = flags & FLAG_NOUN != 0 && flags & (FLAG_VERB | FLAG_PARTICLE) == 0;
                if (matches!(mid, Some(BEH) | Some(KAF)) && verb_only)
                    || (mid == Some(SEEN) && noun_only)
                {
                    continue;
                }
                // No preposition goes before لدى (also written لدي): "بلدي" is بلدي, not ب+لدي.
                if matches!(mid, Some(BEH) | Some(LAM) | Some(KAF))
                    && matches!(stem, [LAM, DAL, ALEF_MAKSURA | YEH])
                {
                    continue;
                }
                // The pronoun ني (me) goes on verbs and particles (ساعدني, إنني); a noun takes
                // ي for "my", so a form known only as a noun keeps its ني (سيدني is Sydney).
                if suf == [NOON, YEH] && noun_only {
                    continue;
                }
                // After a past-tense verb, "نا" is the subject ending ("طلبنا", we asked), not
                // a clitic; after an imperfect verb (ي ت ن أ …) it is the object ("يجعلنا").
                if suf == [NOON, ALEF]
                    && verb_only
                    && !matches!(
                        stem.first(),
                        Some(&YEH) | Some(&TEH) | Some(&NOON) | Some(&ALEF_HAMZA_ABOVE)
                    )
                {
                    continue;
                }
                let has_article = stem.len() >= 4 && stem.starts_with(&[ALEF, LAM]);
                if has_article && (!suf.is_empty() || listed_then_pronoun) {
                    continue;
                }
                // No pronoun after a two-letter particle in alef (ها ذا لا يا ما): هاني, ذاك;
                // nor after the particles that never carry one (ثم+نا is ثمنا).
                if !suf.is_empty()
                    && ((stem.len() == 2 && stem.last() == Some(&ALEF))
                        || lex.no_pronoun.contains(stem))
                {
                    continue;
                }
                // Never cut inside a word of the exception list: و+ك+ذلك is و+كذلك, و+هنا+ك
                // is و+هناك, و+حد+ه is وحد+ه.
                let whole =
                    |a: usize, b: usize| w.get(a..b).is_some_and(|span| lex.whole.contains(span));
                let has_suf = !suf.is_empty();
                if (m == 1 && whole(ce, ss))
                    || (has_suf && whole(me, n))
                    || (m == 1 && has_suf && whole(ce, n))
                    || (ce == 1 && whole(0, ss))
                {
                    continue;
                }
                // Plain stem, and the variants a suffix may have changed.
                // After the pronoun ي the stem's dictionary bonus is not given: nouns in ي
                // are far more often nisba adjectives or construct plurals/duals (بحري،
                // مراسلي، ملياري) than "my …" in news and encyclopedic text.
                let ss_of = |k: &[u8]| {
                    let z = stem_score(lex, k);
                    if suf == [YEH] && hunspell_like(lex, k) {
                        z - HUNSPELL_STEM_BONUS
                    } else {
                        z
                    }
                };
                if lex.whole.contains(stem) {
                    let bonus = WHOLE_STEM_BONUS + ss_of(stem);
                    consider(Analysis {
                        conj_end: ce,
                        mid_end: me,
                        suf_start: ss,
                        lam: LamArticle::None,
                        last: None,
                        append_alef: false,
                        score: bonus + base,
                        pieces,
                    });
                    continue;
                }
                let mut variants: [(Option<u8>, f32); 4] = [(None, f32::MIN); 4];
                variants[0] = (None, ss_of(stem));
                // Web text often drops the hamza of a stem-initial alef after a clitic
                // ("واضاف", "لاطلاق"): judge such a stem by its hamzated form too, a little
                // lower. Not for two-letter stems (ان, بان: Ban Ki-moon).
                if stem.len() >= 4 && stem.first() == Some(&ALEF) && m + ce > 0 {
                    let rest = stem.get(1..).unwrap_or(&[]);
                    for hamza in [ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW] {
                        let k = Key::new(&[hamza], rest, None);
                        if lex.get(k.bytes()).is_some() {
                            let z = ss_of(k.bytes()) - BARE_ALEF_PENALTY;
                            if z > variants[0].1 {
                                variants[0] = (None, z);
                            }
                        }
                    }
                }
                if !suf.is_empty() {
                    let alt = match stem.last() {
                        Some(&TEH) => Some(TEH_MARBUTA),
                        Some(&YEH) => Some(ALEF_MAKSURA),
                        Some(&WAW_HAMZA) | Some(&YEH_HAMZA) => Some(HAMZA),
                        Some(&ALEF) => Some(ALEF_MAKSURA),
                        _ => None,
                    };
                    if let Some(b) = alt {
                        let k = Key::new(&[], stem, Some(b));
                        if lex.get(k.bytes()).is_some() {
                            // A listed word is preferred as a stem in its restored form too
                            // (والدت+ه is والدة+ه), as in its plain form below.
                            let listed = if lex.whole.contains(k.bytes()) {
                                WHOLE_STEM_BONUS
                            } else {
                                0.0
                            };
                            variants[1] = (Some(b), ss_of(k.bytes()) + listed);
                        }
                    }
                    if stem.last() == Some(&WAW) {
                        let k = Key::new(stem, &[ALEF], None);
                        if lex.get(k.bytes()).is_some() {
                            variants[2] = (None, ss_of(k.bytes()));
                        }
                    }
                }
                // A word unknown to the lexicon that starts with و is far more often و + an
                // unknown word (a foreign name, a rare verb) than one unknown word. The bonus
                // is the conjunction's, whatever follows it, so that what follows is split as
                // it is on its own: "ولترامب" is و+ل+ترامب as "لترامب" is ل+ترامب (the bonus
                // on و+لترامب alone made it beat the preposition's split).
                let waw_unknown = if ce == 1 && w[0] == WAW && !w_known {
                    UNKNOWN_WAW_BONUS
                } else {
                    0.0
                };
                // The variants give the same pieces: the best one scores the analysis, and the
                // lemma is the most frequent spelling (نشرت+ها keeps the verb نشرت, حياة wins
                // over حيات).
                let raw_z = |vi: usize| -> f32 {
                    let k = match vi {
                        1 => Key::new(&[], stem, variants[1].0),
                        2 => Key::new(stem, &[ALEF], None),
                        _ => Key::new(&[], stem, None),
                    };
                    zipf_of(lex.get(k.bytes())).unwrap_or(0.0)
                };
                let mut best_score = f32::MIN;
                let mut lemma_vi = 0;
                let mut lemma_z = f32::MIN;
                for (vi, &(_, z)) in variants.iter().enumerate().take(3) {
                    if z > f32::MIN {
                        best_score = best_score.max(z);
                        let rz = raw_z(vi);
                        if rz > lemma_z + 1e-4 {
                            lemma_z = rz;
                            lemma_vi = vi;
                        }
                    }
                }
                if best_score > f32::MIN {
                    consider(Analysis {
                        conj_end: ce,
                        mid_end: me,
                        suf_start: ss,
                        lam: LamArticle::None,
                        last: if lemma_vi == 1 { variants[1].0 } else { None },
                        append_alef: lemma_vi == 2,
                        score: best_score + waw_unknown + base,
                        pieces,
                    });
                }
                // After the preposition ل, a stem starting with ل may hide the article.
                if mid == Some(LAM) && stem.first() == Some(&LAM) && suf.is_empty() {
                    if stem.len() >= 3 {
                        let k = Key::new(&[ALEF], stem, None);
                        let z = stem_score(lex, k.bytes());
                        consider(Analysis {
                            conj_end: ce,
                            mid_end: me,
                            suf_start: ss,
                            lam: LamArticle::Lam,
                            last: None,
                            append_alef: false,
                            score: z + base + 0.01,
                            pieces: pieces + 1,
                        });
                    }
                    let k = Key::new(&[ALEF, LAM], stem, None);
                    if lex.get(k.bytes()).is_some() {
                        // "لله" = ل + [ال]له: the same pieces as ل + له, with the lemma الله.
                        let z = stem_score(lex, k.bytes()).max(stem_score(lex, stem))
                            + if lex.keep_article.contains(k.bytes()) {
                                0.01
                            } else {
                                0.0
                            };
                        consider(Analysis {
                            conj_end: ce,
                            mid_end: me,
                            suf_start: ss,
                            lam: LamArticle::Dropped,
                            last: None,
                            append_alef: false,
                            score: z + base,
                            pieces,
                        });
                    }
                }
            }
        }
    }
    best
}

/// Whether the article ال at the start of `stem` (coded) is split off.
fn split_article(lex: &Lexicon, stem: &[u8]) -> bool {
    if stem.len() < 4 || !stem.starts_with(&[ALEF, LAM]) || lex.keep_article.contains(stem) {
        return false;
    }
    let rest = stem.get(2..).unwrap_or(&[]);
    let whole_z = zipf_of(lex.get(stem)).unwrap_or(0.0);
    // Web text drops the hamza or madda of a word-initial alef: اليك is إليك, الاف آلاف, الية
    // آلية. No article when that spelling is a more frequent word than both the word as
    // written and the rest after ال (a misspelling is rarer than its correct form; اليوم,
    // الحق, الحادية keep their article: يوم ≫ أليوم, الحادية ≫ إلحادية).
    let hamzated = [ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA]
        .iter()
        .filter_map(|&h| zipf_of(lex.get(Key::new(&[h], stem.get(1..)?, None).bytes())))
        .fold(f32::MIN, f32::max);
    let rest_e = lex.get(rest);
    let rest_z = zipf_of(rest_e).unwrap_or(0.0);
    if hamzated > whole_z && hamzated > rest_z {
        return false;
    }
    // The article goes on nouns only: a verb or verbal noun whose stem starts with ال keeps it
    // (see `al_in_stem`), and so does a past tense of such a verb whose ending hunspell-ar does
    // not list (التزمت، التحقوا، التقطنا: التزم، التحق، التقط).
    if al_in_stem(lex, stem)
        || [
            &[TEH][..],
            &[WAW, ALEF],
            &[TEH, ALEF],
            &[TEH, MEEM],
            &[NOON, ALEF],
        ]
        .iter()
        .any(|end| {
            stem.len() >= end.len() + 5
                && stem.ends_with(end)
                && stem.get(..stem.len() - end.len()).is_some_and(|base| {
                    lex.get(base).is_some_and(|e| e.flags & FLAG_VERB != 0) && al_in_stem(lex, base)
                })
        })
    {
        return false;
    }
    if whole_z >= 3.0 && rest_e.is_none() {
        // A frequent word whose remainder is no word (البانيا): keep it, unless the remainder
        // is a known word once its teh marbuta is restored or it is a plural/nisba form.
        let known_variant = [&[TEH_MARBUTA][..], &[YEH][..], &[YEH, TEH_MARBUTA][..]]
            .iter()
            .any(|suf| lex.get(Key::new(rest, suf, None).bytes()).is_some());
        return known_variant;
    }
    true
}

/// Whether the ال that `word` (coded) starts with belongs to its stem. hunspell-ar lists words
/// without the article, so a listed verb or noun that starts with ال has those letters in its
/// stem: a verb of form VIII of a root in ل (التقى، التزم، التحق) or its verbal noun (التقاء،
/// التهاب). It is taken so when it is the more frequent word and what follows ال is no listed
/// noun (تحق, تزم are verbs; unknown to hunspell, مي, it may be a noun), or, for a verb, at
/// least ten times as frequent as that noun (التقى ≫ تقى). ال+تهم, ال+توت, ال+حسين stay split.
fn al_in_stem(lex: &Lexicon, word: &[u8]) -> bool {
    let Some(e) = lex.get(word) else {
        return false;
    };
    let rest_e = lex.get(word.get(2..).unwrap_or(&[]));
    let (whole_z, rest_z) = (
        zipf_of(Some(e)).unwrap_or(0.0),
        zipf_of(rest_e).unwrap_or(0.0),
    );
    let listed = e.flags & FLAG_HUNSPELL != 0 && e.flags & (FLAG_VERB | FLAG_NOUN) != 0;
    let rest_not_noun =
        rest_e.is_none_or(|r| r.flags & FLAG_HUNSPELL != 0 && r.flags & FLAG_NOUN == 0);
    let verb_far_ahead = e.flags & FLAG_VERB != 0 && whole_z >= rest_z + 1.0;
    listed && whole_z > rest_z && (rest_not_noun || verb_far_ahead)
}

/// How the stem's lemma differs from the stem text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LemmaFix {
    /// The lemma is the stem text.
    Same,
    /// The lemma is the stem text up to byte `keep_end` (absolute in the word) plus `letter`.
    ReplaceLast {
        /// End of the kept part of the stem (the start of its last letter).
        keep_end: usize,
        /// The restored letter (ة ى ء).
        letter: char,
    },
    /// The lemma is "ال" + the stem text ("لله" → الله).
    Article,
    /// The lemma is the stem text + "ا" (يشاركو+ه → يشاركوا).
    AppendAlef,
}

/// The most pieces a word can have (a tatweel conjunction and preposition, then a conjunction,
/// preposition, article, the stem and a suffix).
pub(crate) const MAX_PIECES: usize = 8;

/// A segmentation without allocation: piece boundaries as byte offsets into the word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Raw {
    /// `bounds[0] = 0 <= bounds[1] <= … <= bounds[n_pieces] = word.len()`.
    pub bounds: [usize; MAX_PIECES + 1],
    /// Number of pieces: prefixes, the stem, suffixes.
    pub n_pieces: usize,
    /// How many of the pieces are prefixes.
    pub n_prefixes: usize,
    /// How the lemma differs from the stem.
    pub lemma: LemmaFix,
}

impl Raw {
    fn whole(len: usize) -> Raw {
        let mut bounds = [0; MAX_PIECES + 1];
        bounds[1] = len;
        Raw {
            bounds,
            n_pieces: 1,
            n_prefixes: 0,
            lemma: LemmaFix::Same,
        }
    }

    /// Appends a piece ending at `end` (ignored if the table is full: the last piece grows).
    fn push(&mut self, end: usize) {
        if self.n_pieces < MAX_PIECES {
            self.n_pieces += 1;
        }
        self.bounds[self.n_pieces] = end;
    }

    /// The stem's byte range.
    pub(crate) fn stem(&self) -> (usize, usize) {
        let at = |i: usize| self.bounds.get(i).copied().unwrap_or(0);
        (at(self.n_prefixes), at(self.n_prefixes + 1))
    }

    /// The stem lemma of `word`.
    pub(crate) fn lemma(&self, word: &str) -> String {
        let (a, b) = self.stem();
        match self.lemma {
            LemmaFix::Same => word.get(a..b).unwrap_or("").to_string(),
            LemmaFix::ReplaceLast { keep_end, letter } => {
                let mut s = word.get(a..keep_end).unwrap_or("").to_string();
                s.push(letter);
                s
            }
            LemmaFix::Article => format!("ال{}", word.get(a..b).unwrap_or("")),
            LemmaFix::AppendAlef => format!("{}ا", word.get(a..b).unwrap_or("")),
        }
    }

    fn into_segments(self, word: &str) -> Segments {
        let at = |i: usize| self.bounds.get(i).copied().unwrap_or(word.len());
        let np = self.n_prefixes;
        Segments {
            prefixes: (0..np).map(|i| (at(i), at(i + 1))).collect(),
            stem: (at(np), at(np + 1)),
            suffixes: (np + 1..self.n_pieces)
                .map(|i| (at(i), at(i + 1)))
                .collect(),
            stem_lemma: self.lemma(word),
        }
    }
}

/// Segments one word into piece boundaries without allocating (the fast path of
/// `tokenize(clitics=True)`); [`segment`] wraps it.
pub(crate) fn segment_raw(word: &str) -> Raw {
    cache::get_or_compute(word, segment_uncached)
}

/// [`segment_raw`] without the per-thread cache.
fn segment_uncached(word: &str) -> Raw {
    if let Some(r) = tatweel_prefix(word).or_else(|| tatweel_article(word)) {
        return r;
    }
    analyse(word, 0, Raw::whole(word.len()), 0)
}

/// Analyses `word[from..]` and appends its pieces to `raw` (which holds `n_prefixes` prefixes
/// ending at `from`).
fn analyse(word: &str, from: usize, mut raw: Raw, n_prefixes: usize) -> Raw {
    let part = word.get(from..).unwrap_or("");
    raw.n_pieces = n_prefixes;
    raw.n_prefixes = n_prefixes;
    let whole = |mut raw: Raw| {
        raw.push(word.len());
        raw
    };
    if part.is_empty() {
        return whole(raw);
    }
    let Some(l) = Letters::read(part) else {
        return whole(raw);
    };
    if l.n == 0 {
        return whole(raw);
    }
    let lex = lexicon();
    let a = best_analysis(lex, &l);
    // A cut inside a ligature (ﻻ is ل + ا in one character) cannot be made: the word stays
    // whole (the article alone is simply left on its stem, below).
    let lam_cut = matches!(a.lam, LamArticle::Lam).then_some(a.mid_end + 1);
    if [
        Some(a.conj_end),
        Some(a.mid_end),
        lam_cut,
        Some(a.suf_start),
    ]
    .into_iter()
    .flatten()
    .any(|k| l.inside_ligature(k))
    {
        return whole(raw);
    }
    let at = |i: usize| from + l.starts.get(i).copied().unwrap_or(part.len());
    if a.conj_end > 0 {
        raw.push(at(a.conj_end));
    }
    if a.mid_end > a.conj_end {
        raw.push(at(a.mid_end));
    }
    let mut stem_start = a.mid_end;
    let codes = l.codes();
    let stem_codes = codes.get(a.mid_end..a.suf_start).unwrap_or(&[]);
    match a.lam {
        LamArticle::Lam => {
            raw.push(at(stem_start + 1));
            stem_start += 1;
        }
        LamArticle::Dropped => {}
        LamArticle::None => {
            if a.suf_start == l.n
                && !l.inside_ligature(stem_start + 2)
                && split_article(lex, stem_codes)
            {
                raw.push(at(stem_start + 2));
                stem_start += 2;
            }
        }
    }
    raw.n_prefixes = raw.n_pieces;
    let _ = stem_start;
    raw.push(at(a.suf_start));
    if a.suf_start < l.n {
        raw.push(word.len());
    }
    raw.lemma = match (a.lam, a.last) {
        (LamArticle::Dropped, _) => {
            let k = Key::new(&[ALEF, LAM], stem_codes, None);
            if lex.keep_article.contains(k.bytes()) {
                LemmaFix::Article
            } else {
                LemmaFix::Same
            }
        }
        // the stem ends in a ligature: its last letter cannot be replaced alone
        (_, Some(_)) if l.inside_ligature(a.suf_start.saturating_sub(1)) => LemmaFix::Same,
        (_, Some(b)) => LemmaFix::ReplaceLast {
            keep_end: at(a.suf_start.saturating_sub(1)),
            letter: decode_letter(b),
        },
        _ if a.append_alef => LemmaFix::AppendAlef,
        _ => LemmaFix::Same,
    };
    raw
}

/// "بـ3500", "وبـ«قسد»", a lone "بـ": a conjunction and/or preposition written with tatweel
/// before anything. The rest is segmented on its own.
fn tatweel_prefix(word: &str) -> Option<Raw> {
    let mut chars = word.char_indices().peekable();
    let mut raw = Raw::whole(word.len());
    raw.n_pieces = 0;
    let mut n = 0;
    if let Some(&(_, c)) = chars.peek() {
        if matches!(c, 'و' | 'ف') {
            chars.next();
            let end = chars.peek().map(|&(i, _)| i).unwrap_or(word.len());
            raw.push(end);
            n += 1;
        }
    }
    let (_, c) = chars.next()?;
    if !matches!(c, 'ب' | 'ل' | 'ك') {
        return None;
    }
    let mut end = chars.peek().map(|&(i, _)| i).unwrap_or(word.len());
    let mut saw = false;
    while let Some(&(_, 'ـ')) = chars.peek() {
        chars.next();
        saw = true;
        end = chars.peek().map(|&(i, _)| i).unwrap_or(word.len());
    }
    if !saw {
        return None;
    }
    raw.push(end);
    n += 1;
    if end == word.len() {
        // A lone "بـ": the prefix and an empty stem.
        raw.n_prefixes = n;
        raw.push(end);
        return Some(raw);
    }
    Some(analyse(word, end, raw, n))
}

/// "بالـ", "والـ", "للـ", "الـ": the article written with tatweel, after an optional conjunction
/// and preposition, before a number, a quotation or nothing ("بالـ20", "للـ«أونروا»"; the
/// tokenizer leaves "بالـ" a word of its own). Every piece is a prefix, as for "بـ"; after the
/// preposition ل the article is the single "لـ"; what follows is segmented on its own. Before
/// an Arabic letter the tatweel only draws the word out ("بالـــعراق"): the usual analysis.
fn tatweel_article(word: &str) -> Option<Raw> {
    // The letters (at most four: و ب ا ل) and where each starts; marks stay with their letter.
    let mut letters = [('\0', 0usize); 4];
    let mut n = 0;
    let mut saw_tatweel = false;
    let mut rest_at = word.len();
    for (i, c) in word.char_indices() {
        if c == '\u{0640}' && n > 0 {
            saw_tatweel = true;
        } else if is_mark(c) {
            // a harakah stays in the piece of its letter
        } else if saw_tatweel {
            rest_at = i;
            break;
        } else if code_letter(c).is_some() && n < letters.len() {
            letters[n] = (c, i);
            n += 1;
        } else {
            return None;
        }
    }
    let rest = word.get(rest_at..).unwrap_or("");
    if !saw_tatweel
        || rest
            .chars()
            .next()
            .is_some_and(crate::normalize::is_arabic_letter)
    {
        return None;
    }
    let letters = letters.get(..n)?;
    let is = |i: usize, c: char| letters.get(i).is_some_and(|&(l, _)| l == c);
    let conj = usize::from(is(0, 'و') || is(0, 'ف'));
    let prep = usize::from(
        letters
            .get(conj)
            .is_some_and(|&(l, _)| matches!(l, 'ب' | 'ل' | 'ك')),
    );
    // The article: ال, or the single ل it becomes after the preposition ل.
    let article = if n == conj + prep + 2 && is(conj + prep, 'ا') && is(conj + prep + 1, 'ل') {
        conj + prep
    } else if n == conj + 2 && is(conj, 'ل') && is(conj + 1, 'ل') {
        conj + 1
    } else {
        return None;
    };
    let mut raw = Raw::whole(word.len());
    raw.n_pieces = 0;
    for &(_, start) in letters.get(1..=article).unwrap_or_default() {
        raw.push(start);
    }
    raw.push(rest_at);
    if rest.is_empty() {
        raw.n_prefixes = raw.n_pieces;
        raw.push(word.len());
        return Some(raw);
    }
    let n_prefixes = raw.n_pieces;
    Some(analyse(word, rest_at, raw, n_prefixes))
}

#[cfg(test)]
mod tests;
