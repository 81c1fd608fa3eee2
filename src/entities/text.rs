//! Token stream of the entity recognizer: tokens with byte spans, their search-folded
//! forms and their clitic analysis.
//!
//! Everything the gazetteers, the rules and the tagger look at comes from [`Analysis`], so the
//! three parts (and the training routine) see exactly the same features.
//!
//! Tokenizing, folding and clitic stripping are private helpers here until the crate-wide
//! tokenizer, `search_normalize` and segmenter land; each is one function so it can be swapped.

use super::gazetteer::PLACE_BIT;

/// Kind of a token of the entity stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of Arabic letters (with their marks).
    Arabic,
    /// A run of other letters (Latin, Cyrillic ...).
    Latin,
    /// A run of digits.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token of the analysed text.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Byte span in the original text.
    #[cfg_attr(not(feature = "train"), allow(dead_code))]
    pub start: usize,
    /// Byte end in the original text.
    pub end: usize,
    /// Kind.
    pub kind: Kind,
    /// Byte offset in the original text where the token's stem begins (after clitics such as
    /// و ب ل ك ف; the article ال stays with the stem).
    pub stem_start: usize,
    /// Range of the folded whole token in [`Analysis::folded`].
    pub w: (usize, usize),
    /// Range of the canonical (clitics stripped, folded) form in [`Analysis::stream`].
    pub c: (usize, usize),
    /// Number of clitic letters stripped (0..=3).
    pub nclitic: u8,
    /// Bit mask of the single-word hint lists the canonical form is in (see `gazetteer::hint_bit`).
    pub hint: u16,
    /// An unknown word the stripper left whole, or one seen only as a rare person's name: the
    /// segmenter may still find a clitic in it.
    pub maybe_clitic: bool,
    /// An unknown word the stripper cut before the article ("وبالاقتصاد"): right for most
    /// words, wrong for names that begin like a clitic chain ("كاليفورنيا", "فالنسيا"), so
    /// an entity span asks the segmenter, whose lexicon knows such names whole.
    pub guessed: bool,
}

/// Separator between tokens in [`Analysis::stream`] (never produced by folding).
pub(crate) const SEP: char = '\u{1}';

/// Folds one character the way the "search" normalization does. Returns `None` for characters
/// that are dropped (diacritics, tatweel), the folded character otherwise.
#[inline]
pub(crate) fn fold_char(c: char) -> Option<char> {
    // the Arabic block, most of the text: one table look-up (the table is `fold_rule` itself)
    match (c as u32)
        .checked_sub(0x600)
        .and_then(|k| ARABIC_FOLD.get(k as usize))
    {
        Some(0) => None,
        Some(&f) => char::from_u32(u32::from(f)),
        None => fold_rule(c),
    }
}

/// What [`fold_char`] makes of one character: `None` drops it.
const fn fold_rule(c: char) -> Option<char> {
    Some(match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => return None,
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => 'ا',
        '\u{0649}' | '\u{06CC}' | '\u{06D2}' | '\u{0626}' => 'ي',
        '\u{0629}' | '\u{06C0}' | '\u{06D5}' => 'ه',
        '\u{0624}' => 'و',
        '\u{06A9}' | '\u{06AA}' => 'ك',
        '\u{0660}'..='\u{0669}' => (b'0' + (c as u32 - 0x0660) as u8) as char,
        '\u{06F0}'..='\u{06F9}' => (b'0' + (c as u32 - 0x06F0) as u8) as char,
        'A'..='Z' => c.to_ascii_lowercase(),
        SEP => ' ',
        _ => c,
    })
}

/// [`fold_rule`] of U+0600..U+06FF, 0 where it drops the character (no character of the block
/// folds to U+0000).
static ARABIC_FOLD: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut k = 0;
    while k < 256 {
        if let Some(c) = char::from_u32(0x600 + k as u32) {
            if let Some(f) = fold_rule(c) {
                t[k] = f as u32 as u16;
            }
        }
        k += 1;
    }
    t
};

/// Whether each character below U+0700 folds to itself ([`fold_rule`]); no mark does, as marks
/// drop.
static KEEPS: [bool; 0x700] = {
    let mut t = [false; 0x700];
    let mut k = 0;
    while k < 0x700 {
        if let Some(c) = char::from_u32(k as u32) {
            t[k] = matches!(fold_rule(c), Some(f) if f == c);
        }
        k += 1;
    }
    t
};

/// Whether `c` folds to itself, by [`KEEPS`] (`false` above its range, where [`fold_char`]
/// decides).
#[inline]
fn keeps(c: char) -> bool {
    KEEPS.get(c as usize).copied().unwrap_or(false)
}

/// [`fold_char`] inside a word, `base` being the last letter before `c` (updated here). The
/// superscript ("dagger") alef of Quranic spelling is a long vowel the ordinary spelling writes
/// as a plain alef ("ٱلْعَٰلَمِينَ" is "العالمين", the worlds, not the town "العلمين"; "إبرٰهيم" is
/// "ابراهيم"), so it folds to one, except on an alef or alef maksura ("موسىٰ") that already
/// write it.
#[inline]
fn fold_mark(c: char, base: &mut char) -> Option<char> {
    if c == '\u{0670}' {
        return (!matches!(*base, '\0' | 'ا' | 'ى' | '\u{0671}')).then_some('ا');
    }
    if !is_mark(c) {
        *base = c;
    }
    fold_char(c)
}

/// Appends the folded form of `s` to `out`. As in the "search" normalization (by the same
/// rule, `Elongation`), elongation (one Arabic letter typed three times or more in a row:
/// "الرياااض") is written once, or twice where the word has that letter doubled ("الللللله"),
/// and a run of letters that only fold alike ("البيئية": ي ئ ي) twice at most.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    // a run of U+0621..=U+065F alone (most words): read two bytes a character
    if fold_arabic_into(s, out) {
        return;
    }
    // Arabic presentation forms (old PDFs and some keyboards: "ﺍﻟﻘﺎﻫﺮﺓ") are their letters,
    // a lam-alef ligature two of them, as the "display" normalization reads them.
    fold_plain_into(&plain_letters(s), out);
}

/// `s` with each Arabic presentation form replaced by its letters (borrowed when it has none);
/// once: a form without a decomposition, "﴾", stays itself.
fn plain_letters(s: &str) -> std::borrow::Cow<'_, str> {
    // (every form is encoded from a 0xEF byte, which Arabic letters never use: one byte scan)
    if !s.as_bytes().contains(&0xEF) || !s.chars().any(is_presentation_form) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut plain = String::with_capacity(s.len());
    for c in s.chars() {
        if is_presentation_form(c) {
            unicode_normalization::char::decompose_compatible(c, |d| plain.push(d));
        } else {
            plain.push(c);
        }
    }
    std::borrow::Cow::Owned(plain)
}

/// [`fold_into`] for a word without presentation forms.
fn fold_plain_into(s: &str, out: &mut String) {
    // Nearly every word has no run of three: one plain pass, and the run rules only for a word
    // that has one.
    // Most characters fold to themselves (one table look-up tells): they are copied in runs,
    // and only one that changes (or drops) is written on its own.
    let start = out.len();
    let (mut last, mut before) = ('\0', '\u{1}');
    let mut three = false;
    let mut base = '\0';
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let f = if keeps(c) {
            // what fold_mark gives: no mark keeps itself, so `c` is the base of the marks after it
            base = c;
            Some(c)
        } else {
            let f = fold_mark(c, &mut base);
            if f != Some(c) {
                out.push_str(s.get(run..i).unwrap_or(""));
                run = i + c.len_utf8();
                if let Some(f) = f {
                    out.push(f);
                }
            }
            f
        };
        if let Some(f) = f {
            three |= f == last && f == before;
            (before, last) = (last, f);
        }
    }
    out.push_str(s.get(run..).unwrap_or(""));
    if three {
        out.truncate(start);
        fold_runs_into(s, out);
    }
}

/// [`fold_plain_into`] for a word of U+0621..=U+065F alone (no presentation form, no dagger
/// alef: each character folds by [`ARABIC_FOLD`] alone), read from its two-byte UTF-8 pairs
/// instead of decoded character by character. `false`, and nothing written, when `s` is not
/// such a word (the test is made in the same pass, not in one of its own before it).
fn fold_arabic_into(s: &str, out: &mut String) -> bool {
    if s.len() % 2 != 0 {
        return false;
    }
    let start = out.len();
    let (mut last, mut before) = (0u16, 1u16);
    let mut three = false;
    let mut run = 0;
    for (k, pair) in s.as_bytes().chunks_exact(2).enumerate() {
        if !arabic_pair(pair[0], pair[1]) {
            out.truncate(start);
            return false;
        }
        let u = (u16::from(pair[0] & 0x1F) << 6) | u16::from(pair[1] & 0x3F);
        let f = ARABIC_FOLD
            .get(usize::from(u.wrapping_sub(0x600)))
            .copied()
            .unwrap_or(0);
        if f != u {
            let i = 2 * k;
            out.push_str(s.get(run..i).unwrap_or(""));
            run = i + 2;
            if let Some(c) = char::from_u32(u32::from(f)).filter(|_| f != 0) {
                out.push(c);
            }
        }
        if f != 0 {
            three |= f == last && f == before;
            (before, last) = (last, f);
        }
    }
    out.push_str(s.get(run..).unwrap_or(""));
    if three {
        out.truncate(start);
        fold_runs_into(s, out);
    }
    true
}

/// Is `c` an Arabic presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF; not the byte order mark)?
fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// [`fold_into`] for a word with a run of three or more of one folded character.
fn fold_runs_into(s: &str, out: &mut String) {
    use crate::normalize::{Elongation, Step, Utf8};
    let mut run = Elongation::NONE;
    let mut base = '\0';
    let src = Utf8(s);
    for (at, c) in s.char_indices() {
        let Some(f) = fold_mark(c, &mut base) else {
            continue;
        };
        if is_arabic_letter(f) {
            match run.letter(f as u32, c as u32, &src, at) {
                Step::Write => {}
                Step::Skip => continue,
                Step::Unwrite => {
                    // the second of the run, written by this call
                    out.pop();
                    continue;
                }
            }
        } else {
            run.end();
        }
        out.push(f);
    }
}

/// The folded form of `s` (the search normalization restricted to what matching needs).
#[cfg(test)]
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

#[inline]
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

#[inline]
fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}')
        // the ornate parentheses around a Quranic quotation are punctuation
        && !matches!(c, '\u{FEFF}' | '\u{FD3E}' | '\u{FD3F}')
}

#[inline]
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

fn class(c: char) -> Option<Kind> {
    // fast paths for ASCII and Arabic punctuation (the same answers as the general tests below)
    if c.is_ascii() {
        return if c.is_ascii_digit() {
            Some(Kind::Number)
        } else if c.is_ascii_whitespace() || c.is_ascii_control() || c == '_' {
            // (the underscore joins the words of hashtags and handles: "#معرض_الكتاب",
            // "@سارة_أحمد"; it separates them like a space)
            None
        } else if c.is_ascii_alphabetic() {
            Some(Kind::Latin)
        } else {
            Some(Kind::Punct)
        };
    }
    // the Arabic letters and marks of U+0621-U+065F (most of the text)
    if ('\u{0621}'..='\u{065F}').contains(&c) {
        return Some(Kind::Arabic);
    }
    if matches!(c, '،' | '؛' | '؟' | '«' | '»' | '\u{066A}'..='\u{066D}') {
        return Some(Kind::Punct);
    }
    general_class(c)
}

/// The class of `c` by the general tests alone ([`class`] answers the same, faster for ASCII
/// and Arabic punctuation).
fn general_class(c: char) -> Option<Kind> {
    if is_arabic_letter(c) || is_mark(c) {
        Some(Kind::Arabic)
    } else if is_digit(c) {
        Some(Kind::Number)
    } else if c.is_whitespace()
        || c.is_control()
        || c == '_'
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    {
        None
    } else if c.is_alphabetic() {
        Some(Kind::Latin)
    } else {
        Some(Kind::Punct)
    }
}

/// Does character `c` of class `k` carry on a run of class `ck`? A decimal or thousands
/// separator carries a number on only when `digit_after()` says a digit follows it.
#[inline]
fn continues(ck: Kind, k: Option<Kind>, c: char, digit_after: impl FnOnce() -> bool) -> bool {
    match (ck, k) {
        (Kind::Arabic, Some(Kind::Arabic)) | (Kind::Latin, Some(Kind::Latin)) => true,
        (Kind::Number, Some(Kind::Number)) => true,
        (Kind::Latin, Some(_)) if is_mark(c) => true,
        (Kind::Number, Some(Kind::Punct)) if matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}') => {
            digit_after()
        }
        _ => false,
    }
}

/// Splits `text` into tokens: runs of Arabic letters, runs of other letters, runs of digits (with
/// inner decimal separators) and single punctuation characters. Whitespace is dropped.
pub(crate) fn raw_tokens(text: &str) -> Vec<(usize, usize, Kind)> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut cur: Option<(usize, Kind)> = None;
    let mut i = 0;
    let mut no_email_until = 0;
    while let Some(c) = text.get(i..).and_then(|r| r.chars().next()) {
        if let Some((_, Kind::Arabic)) = cur {
            // the rest of an Arabic run, most of the text, read byte-wise
            let j = arabic_run_end(text.as_bytes(), i);
            if j > i {
                i = j;
                continue;
            }
        }
        let k = class(c);
        let next = i + c.len_utf8();
        if let Some((s, ck)) = cur {
            let digit_after = || {
                text.get(next..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(is_digit)
            };
            if continues(ck, k, c, digit_after) {
                i = next;
                continue;
            }
            out.push((s, i, ck));
            cur = None;
        }
        // A URL or an e-mail address is one opaque token, as for the tokenizer: no name is
        // read inside it ("https://ar.wikipedia.org/wiki/القاهرة", "https" as a person).
        if let Some(end) = crate::tokenize::link_at(text, i, c, &mut no_email_until) {
            out.push((i, end, Kind::Punct));
            i = end;
            continue;
        }
        match k {
            Some(Kind::Punct) => out.push((i, next, Kind::Punct)),
            Some(k) => cur = Some((i, k)),
            None => {}
        }
        i = next;
    }
    if let Some((s, k)) = cur {
        out.push((s, text.len(), k));
    }
    out
}

/// Whether the UTF-8 bytes `x`, `y` are a character of U+0621..=U+065F (letters and marks
/// [`class`] calls Arabic): lead D8 with A1..BF or lead D9 with 80..9F.
#[inline]
fn arabic_pair(x: u8, y: u8) -> bool {
    (x == 0xD8 && y >= 0xA1) || (x == 0xD9 && y <= 0x9F)
}

/// The end of the run of [`arabic_pair`] characters that starts at byte `i` of the UTF-8 text
/// `b`.
#[inline]
fn arabic_run_end(b: &[u8], mut i: usize) -> usize {
    while let Some(&[x, y]) = b.get(i..i + 2) {
        if arabic_pair(x, y) {
            i += 2;
        } else {
            break;
        }
    }
    i
}

/// Clitic prefix chains tried, longest last (conjunction, then preposition).
const CHAINS: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// One way to cut a clitic chain off a folded word ([`chain_cuts`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cut {
    /// Letters cut off.
    pub nclitic: usize,
    /// Their byte length.
    pub skip: usize,
    /// Whether the rest gets back the alef of the article ("لل" + noun: ل + ال + noun).
    pub alef: bool,
}

/// `rest` with the alef of the article the preposition ل ate put back ("لبنك" of "للبنك" →
/// "البنك"), in one allocation of its size (`format!` started small and grew it again: a
/// tenth of the clitic stripper's time).
fn with_article_alef(rest: &str) -> String {
    let mut s = String::with_capacity(rest.len() + 'ا'.len_utf8());
    s.push('ا');
    s.push_str(rest);
    s
}

impl Cut {
    /// What is left of `word` after the cut.
    pub fn rest<'a>(&self, word: &'a str) -> std::borrow::Cow<'a, str> {
        let r = word.get(self.skip..).unwrap_or("");
        if self.alef {
            std::borrow::Cow::Owned(with_article_alef(r))
        } else {
            std::borrow::Cow::Borrowed(r)
        }
    }
}

/// Every cut of a clitic chain ([`CHAINS`]) off the folded word `word` that leaves two letters
/// or more, with the article's alef restored after a ل where that reading exists.
pub(crate) fn chain_cuts(word: &str) -> impl Iterator<Item = Cut> + '_ {
    CHAINS.iter().flat_map(move |chain| {
        let rest = word
            .strip_prefix(chain)
            .filter(|r| r.chars().nth(1).is_some());
        let plain = rest.map(|_| Cut {
            nclitic: chain.chars().count(),
            skip: chain.len(),
            alef: false,
        });
        let alef = rest
            .filter(|r| chain.ends_with('ل') && r.starts_with('ل') && !r.starts_with("ال"))
            .and(plain)
            .map(|c| Cut { alef: true, ..c });
        plain.into_iter().chain(alef)
    })
}

/// The hint mask of a word found only in the weak person-name list (see
/// `gazetteer::hint_bit`).
const RARE_ONLY: u16 = 2;

/// Is `hint` that of a word found only in the weak person-name list? The bits that say where a
/// word stands in longer names ("بكأس": ب + the first word of "كأس العالم") do not count.
pub(crate) fn rare_only(hint: u16) -> bool {
    hint & !(super::gazetteer::FIRST_BIT | super::gazetteer::CUT_BIT) == RARE_ONLY
}

/// The hint bit of a word of the common-word list.
const COMMON: u16 = 4;

/// Is `surface`, which the stripper would cut after `nclitic` letters leaving a listed common
/// word, an ordinary word of its own, more frequent whole than cut ("بطولة", championship, not
/// ب + "طولة"; but "وقال" is و + "قال")? Asked of the segmenter's word list.
fn whole_word(surface: &str, nclitic: usize) -> bool {
    let Some(whole) = crate::segment::word_entry(surface) else {
        return false;
    };
    let rest = surface
        .get(skip_letters(surface, nclitic)..)
        .and_then(crate::segment::word_entry)
        .map_or(0, |e| e.zipf10);
    (whole.is_dictionary_word() || whole.zipf10 >= 30) && whole.zipf10 > rest
}

/// Does the segmenter's word list have `surface` as a word of the dictionary (hunspell-ar)?
fn dictionary_word(surface: &str) -> bool {
    crate::segment::word_entry(surface).is_some_and(|e| e.is_dictionary_word())
}

/// Result of the clitic analysis of one folded word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stripped {
    /// Number of leading letters that are clitics.
    pub nclitic: usize,
    /// Byte length of those letters in the folded word.
    pub skip: usize,
    /// Whether the canonical form restores the alef of the article ("لل" → "ال").
    pub alef: bool,
    /// The hint-list mask of the canonical form (0 when it is not a known word).
    pub hint: u16,
    /// Whether the canonical form is a known word.
    pub known: bool,
}

impl Stripped {
    const NONE: Stripped = Stripped {
        nclitic: 0,
        skip: 0,
        alef: false,
        hint: 0,
        known: false,
    };

    /// The canonical form of `word` (the folded word this analysis is of).
    pub fn canon(&self, word: &str) -> String {
        Cut {
            nclitic: self.nclitic,
            skip: self.skip,
            alef: self.alef,
        }
        .rest(word)
        .into_owned()
    }
}

/// Splits leading clitics off a folded Arabic word. `known` says whether a folded form is a
/// word of a gazetteer (and gives its hint-list mask): a known word is never cut ("لبنان", "وليد"), and a cut is preferred
/// when it leaves a known word ("ولبنان" → "لبنان"). Unknown words lose a clitic chain only
/// before the article ("وبالعراق" → "العراق", "للعراق" → "العراق").
///
/// This is the one function to swap for the crate's segmenter.
pub(crate) fn strip_clitics(word: &str, known: &dyn Fn(&str) -> Option<u16>) -> Stripped {
    if let Some(hint) = known(word) {
        // a word seen only once as a person's name in Wikidata ("بروما") gives way to a cut
        // that leaves a listed place ("روما"); a person's name stays whole ("فريموند", not
        // ف + "ريموند")
        // ("للبرتغال" too: ل + "البرتغال", the preposition having eaten the article's alef)
        let place = |rest: &str| known(rest).is_some_and(|h| h & PLACE_BIT != 0);
        let cut = rare_only(hint)
            .then(|| {
                ["و", "ف", "ب", "ل", "ك"].iter().find_map(|c| {
                    let rest = word.strip_prefix(c)?;
                    if *c == "ل" && rest.starts_with('ل') && !rest.starts_with("ال") {
                        let restored = with_article_alef(rest);
                        return place(&restored).then(|| (c, known(&restored), true));
                    }
                    (rest.chars().count() >= 3 && place(rest)).then(|| (c, known(rest), false))
                })
            })
            .flatten();
        return match cut {
            Some((c, h, alef)) => Stripped {
                nclitic: 1,
                skip: c.len(),
                alef,
                hint: h.unwrap_or(0),
                known: true,
            },
            None => Stripped {
                hint,
                known: true,
                ..Stripped::NONE
            },
        };
    }
    // short words, and words that do not start with a clitic letter, stay whole
    let starts = matches!(word.chars().next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك'));
    if !starts || word.len() < 6 {
        return Stripped::NONE;
    }
    let mut best: Option<Stripped> = None;
    for chain in CHAINS {
        let Some(rest) = word.strip_prefix(chain) else {
            continue;
        };
        let n = chain.chars().count();
        if rest.chars().count() < 2 {
            continue;
        }
        let cand = Stripped {
            nclitic: n,
            skip: chain.len(),
            alef: false,
            hint: 0,
            known: false,
        };
        let plain = known(rest);
        // "لل" + noun: the preposition ate the alef of the article.
        if chain.ends_with('ل') && rest.starts_with('ل') && !rest.starts_with("ال") {
            let restored = with_article_alef(rest);
            let cand = Stripped { alef: true, ..cand };
            if let Some(hint) = known(&restored) {
                return Stripped {
                    hint,
                    known: true,
                    ..cand
                };
            }
            // "للبنان" is ل + لبنان: the plain reading when that is the known word
            if restored.chars().count() >= 4 && plain.is_none() {
                best.get_or_insert(cand);
                continue;
            }
        }
        if let Some(hint) = plain {
            return Stripped {
                hint,
                known: true,
                ..cand
            };
        }
        if rest.starts_with("ال") && rest.chars().count() >= 4 && best.is_none() {
            best = Some(cand);
        }
    }
    best.unwrap_or(Stripped::NONE)
}

/// For an unknown word the stripper left whole: the number of leading conjunction and
/// preposition letters the crate's segmenter finds ("وبرينان" → و + برينان). Used for entity
/// spans only; the tagger's features keep the word whole.
pub(crate) fn span_clitics(word: &str) -> usize {
    if !matches!(word.chars().next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك')) || word.len() < 8 {
        return 0;
    }
    let seg = crate::segment::segment(word);
    let mut n = 0;
    let mut skip = 0;
    for &(s, e) in &seg.prefixes {
        match word.get(s..e) {
            // a name after the similative ك ("like") is rare, a name that begins with ك
            // common ("كاولون")
            Some("ك") if s == 0 => break,
            Some("و" | "ف" | "ب" | "ل" | "ك") if s == skip => {
                n += 1;
                skip = e;
            }
            _ => break,
        }
    }
    if n > 0 && word.get(skip..).is_some_and(|r| r.chars().count() >= 3) {
        n
    } else {
        0
    }
}

/// Byte offset in `s` after its first `n` letters (marks that follow a letter belong to it).
pub(crate) fn skip_letters(s: &str, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    let mut seen = 0;
    for (i, c) in s.char_indices() {
        if is_mark(c) {
            continue;
        }
        if seen == n {
            return i;
        }
        seen += 1;
    }
    s.len()
}

/// A text cut into tokens, with folded and canonical forms.
#[derive(Debug, Default)]
pub(crate) struct Analysis {
    /// Tokens in order.
    pub toks: Vec<Tok>,
    /// Folded whole tokens, each followed by [`SEP`].
    pub folded: String,
    /// `SEP` + canonical forms each followed by `SEP`: the string the gazetteer automaton scans.
    pub stream: String,
}

impl Analysis {
    /// Analyses `text`. `known` is the gazetteer vocabulary test used by the clitic stripper.
    pub fn new(text: &str, known: &dyn Fn(&str) -> Option<u16>) -> Analysis {
        let raw = raw_tokens(text);
        let mut a = Analysis {
            toks: Vec::with_capacity(raw.len()),
            folded: String::with_capacity(text.len() + raw.len()),
            stream: String::with_capacity(text.len() + raw.len() + 1),
        };
        a.stream.push(SEP);
        // the token before is a person-name word (a strong list's, not a listed common word)
        let mut after_name = false;
        for (s, e, kind) in raw {
            let surface = text.get(s..e).unwrap_or("");
            let ws = a.folded.len();
            fold_into(surface, &mut a.folded);
            let we = a.folded.len();
            let cs = a.stream.len();
            let mut nclitic = 0;
            let mut stem_start = s;
            let mut hint = 0;
            let mut maybe_clitic = false;
            let mut guessed = false;
            let w = a.folded.get(ws..we).unwrap_or("");
            if kind == Kind::Arabic {
                let st = if after_name && known(w).is_some_and(rare_only) {
                    // a word seen once as a person's name, right after a name word, is that
                    // name's next part, not a clitic and a place: "مايكل بالاك" (Ballack),
                    // not ب + "ألاك" (a Mauritanian town) as "بروما" is ب + "روما"
                    Stripped {
                        hint: RARE_ONLY,
                        known: true,
                        ..Stripped::NONE
                    }
                } else {
                    let st = strip_clitics(w, known);
                    // (behind the similative ك, "like", the word left may be a name too:
                    // "كلية" is a college, not ك + "ليه"; a name after "like" is rare)
                    let similative = w.get(..st.skip).is_some_and(|c| c.contains('ك'));
                    // (nor is a place behind a clitic where the whole word is an ordinary one
                    // and more frequent: "بنوك" is banks, not ب + "نوك" (Nuuk), "بداخله" is
                    // inside it; "ببغداد" and "بمصر" are cut, rarer than the place alone)
                    let place = st.hint & PLACE_BIT != 0 && st.hint & (1 | RARE_ONLY) == 0;
                    if st.nclitic > 0
                        && (st.hint & COMMON != 0
                            && (st.hint & (1 | RARE_ONLY | PLACE_BIT) == 0 || similative)
                            || place)
                        && !st.alef
                        && whole_word(surface, st.nclitic)
                        && (!place || dictionary_word(surface))
                    {
                        Stripped::NONE
                    } else {
                        st
                    }
                };
                hint = st.hint;
                if st.nclitic > 0 {
                    nclitic = st.nclitic;
                    stem_start = s + skip_letters(surface, st.nclitic);
                    guessed = !st.known && !st.alef;
                } else if !st.known || rare_only(st.hint) && !after_name {
                    // the segmenter is asked only for tokens that end up in an entity
                    // (Analysis::stem_start); a word seen once as a person's name may be a
                    // clitic and an ordinary word too ("بكأس": ب + "كأس", the cup)
                    maybe_clitic = true;
                }
                if st.alef {
                    a.stream.push('ا');
                }
                a.stream.push_str(w.get(st.skip..).unwrap_or(""));
            } else {
                a.stream.push_str(w);
            }
            // (a definite nisba, "المغربي", is an adjective far more often than a surname: the
            // rare name word after it may still be a clitic and a word, "المغربي بكأس")
            after_name = kind == Kind::Arabic
                && hint & 1 != 0
                && hint & 4 == 0
                && !(w.starts_with("ال") && w.ends_with('ي'));
            let ce = a.stream.len();
            a.folded.push(SEP);
            a.stream.push(SEP);
            a.toks.push(Tok {
                start: s,
                end: e,
                kind,
                stem_start,
                w: (ws, we),
                c: (cs, ce),
                nclitic: nclitic.min(3) as u8,
                hint,
                maybe_clitic,
                guessed,
            });
        }
        a
    }

    /// Applies further clitic cuts ([`Gazetteer::recuts`](super::gazetteer::Gazetteer::recuts))
    /// to the canonical forms of their tokens and rebuilds the stream. `text` is the text this
    /// analysis is of, `known` the vocabulary test it was made with (for the new hints).
    pub fn apply_cuts(
        &mut self,
        text: &str,
        mut cuts: Vec<(usize, Cut)>,
        known: &dyn Fn(&str) -> Option<u16>,
    ) {
        if cuts.is_empty() {
            return;
        }
        cuts.sort_by_key(|&(i, _)| i);
        cuts.dedup_by_key(|&mut (i, _)| i);
        let old = std::mem::take(&mut self.stream);
        let mut stream = String::with_capacity(old.len() + cuts.len());
        stream.push(SEP);
        let mut next = cuts.iter().peekable();
        for (i, t) in self.toks.iter_mut().enumerate() {
            let canon = old.get(t.c.0..t.c.1).unwrap_or("");
            let cs = stream.len();
            match next.next_if(|&&(j, _)| j == i) {
                Some((_, cut)) => {
                    let rest = cut.rest(canon);
                    stream.push_str(&rest);
                    let n = usize::from(t.nclitic) + cut.nclitic;
                    t.nclitic = n.min(3) as u8;
                    let surface = text.get(t.start..t.end).unwrap_or("");
                    t.stem_start = t.start + skip_letters(surface, n);
                    t.hint = known(&rest).unwrap_or(0);
                    t.guessed = false;
                    t.maybe_clitic = false;
                }
                None => stream.push_str(canon),
            }
            t.c = (cs, stream.len());
            stream.push(SEP);
        }
        self.stream = stream;
    }

    /// Where the stem of token `i` starts in `text` (the text this analysis is of): after the
    /// clitics the stripper found, or, for an unknown word, after the conjunction and
    /// preposition prefixes the crate's segmenter finds.
    pub fn stem_start(&self, text: &str, i: usize) -> usize {
        let Some(t) = self.toks.get(i) else {
            return text.len();
        };
        // "لله" (to God: ل + الله, written with two lams) keeps its ل: after it only "له" is
        // left, which reads as the pronoun ("الحمد لله"); a conjunction before it still goes
        let w = self.word(i);
        if let Some(before) = w
            .strip_suffix("لله")
            .filter(|b| matches!(*b, "" | "و" | "ف"))
        {
            let surface = text.get(t.start..t.end).unwrap_or("");
            return t.start + skip_letters(surface, before.chars().count());
        }
        // (the segmenter reads the word as written: folded, "بطولة" would be "بطوله", which it
        // cuts as ب + "طول" + ه)
        let surface = text.get(t.start..t.end).unwrap_or("");
        // a cut the stripper guessed, or a person-name word it found behind a "و" ("وليام":
        // William, or و + "ليام", Liam), is undone where the segmenter's lexicon has the whole
        // word as the likelier reading: a name, not clitics; so is a cut that left a word seen
        // once as a person's name ("بانغي": Bangui, not ب + "انغي")
        if t.guessed
            || t.nclitic == 1 && t.hint & 1 != 0 && w.starts_with('و')
            || t.nclitic == 1 && rare_only(t.hint)
        {
            return if crate::segment::segment(surface).prefixes.is_empty() {
                t.start
            } else {
                t.stem_start
            };
        }
        if !t.maybe_clitic {
            return t.stem_start;
        }
        match span_clitics(surface) {
            0 => t.stem_start,
            // (a rare name word loses a clitic only before an ordinary word: the dictionary's
            // or a frequent one)
            n if rare_only(t.hint)
                && !surface
                    .get(skip_letters(surface, n)..)
                    .and_then(crate::segment::word_entry)
                    .is_some_and(|e| e.is_dictionary_word() || e.zipf10 >= 30) =>
            {
                t.stem_start
            }
            n => t.start + skip_letters(surface, n),
        }
    }

    /// Token `i` as written in `text` (the text this analysis is of); `None` when out of range.
    pub fn written<'t>(&self, text: &'t str, i: usize) -> Option<&'t str> {
        self.toks.get(i).and_then(|t| text.get(t.start..t.end))
    }

    /// The folded whole form of token `i` ("" when out of range).
    pub fn word(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.folded.get(t.w.0..t.w.1))
            .unwrap_or("")
    }

    /// The canonical form of token `i` ("" when out of range).
    pub fn canon(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.stream.get(t.c.0..t.c.1))
            .unwrap_or("")
    }

    /// Index of the token whose canonical form starts at byte `off` of the stream.
    pub fn tok_at_stream(&self, off: usize) -> Option<usize> {
        self.toks.binary_search_by(|t| t.c.0.cmp(&off)).ok()
    }

    /// Index of the token whose canonical form ends at byte `off` of the stream.
    pub fn tok_ending_at_stream(&self, off: usize) -> Option<usize> {
        self.toks.binary_search_by(|t| t.c.1.cmp(&off)).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        for (inp, exp) in [
            ("أحمد", "احمد"),
            ("مُحَمَّد", "محمد"),
            ("سورية", "سوريه"),
            ("مصطفى", "مصطفي"),
            ("٢٠٢٤", "2024"),
            ("ـــالعراق", "العراق"),
            ("NATO", "nato"),
            // elongation: three or more of one letter become one (two where the word has
            // that letter doubled), two stay
            ("الرياااض", "الرياض"),
            ("الللللله", "الله"),
            ("ممممتاز", "ممتاز"),
            ("والللليبي", "والليبي"),
            ("جمييييل", "جميل"),
            ("جداا", "جداا"),
            ("هههههه", "ه"),
            ("aaa", "aaa"),
            ("البيئية", "البييه"),
            // the dagger alef is a long vowel, written by an alef maksura before it
            ("ٱلْعَٰلَمِينَ", "العالمين"),
            ("إبرٰهيم", "ابراهيم"),
            ("موسىٰ", "موسي"),
            ("يَٰٓأَيُّهَا", "ياايها"),
        ] {
            assert_eq!(fold(inp), exp, "{inp}");
        }
    }

    #[test]
    fn tokens() {
        let t = "قال: «وبالعراق» 3.5 NATO!";
        let got: Vec<&str> = raw_tokens(t).iter().map(|&(s, e, _)| &t[s..e]).collect();
        assert_eq!(got, ["قال", ":", "«", "وبالعراق", "»", "3.5", "NATO", "!"]);
        // a URL and an e-mail address are one token each, the ornate parentheses punctuation
        let t = "انظر https://ar.wikipedia.org/wiki/القاهرة. أو info@example.com ﴿قُلْ﴾";
        let got: Vec<(&str, Kind)> = raw_tokens(t)
            .iter()
            .map(|&(s, e, k)| (&t[s..e], k))
            .collect();
        assert_eq!(
            got,
            [
                ("انظر", Kind::Arabic),
                ("https://ar.wikipedia.org/wiki/القاهرة", Kind::Punct),
                (".", Kind::Punct),
                ("أو", Kind::Arabic),
                ("info@example.com", Kind::Punct),
                ("﴿", Kind::Punct),
                ("قُلْ", Kind::Arabic),
                ("﴾", Kind::Punct),
            ]
        );
    }

    #[test]
    fn clitics() {
        let known = |w: &str| {
            ["لبنان", "وليد", "سوريا", "العراق"]
                .contains(&w)
                .then_some(0)
        };
        for (inp, n, canon) in [
            ("وبالعراق", 2, "العراق"),
            ("للعراق", 1, "العراق"),
            ("لبنان", 0, "لبنان"),
            ("ولبنان", 1, "لبنان"),
            ("وليد", 0, "وليد"),
            ("لسوريا", 1, "سوريا"),
            ("والموصل", 1, "الموصل"),
            ("كتاب", 0, "كتاب"),
            ("للمدرسه", 1, "المدرسه"),
        ] {
            let s = strip_clitics(inp, &known);
            assert_eq!((s.nclitic, s.canon(inp).as_str()), (n, canon), "{inp}");
        }
    }

    #[test]
    fn segmenter_for_spans() {
        assert_eq!(span_clitics("وبرينان"), 1);
        assert_eq!(span_clitics("برينان"), 0);
        let a = Analysis::new("قال وبرينان", &|_| None);
        assert_eq!(
            &"قال وبرينان"[a.stem_start("قال وبرينان", 1)..a.toks[1].end],
            "برينان"
        );
        assert_eq!(a.canon(1), "وبرينان");
    }

    #[test]
    fn class_fast_paths_agree_with_the_general_tests() {
        for c in (0u32..0x800)
            .chain(0x2000..0x2100)
            .filter_map(char::from_u32)
        {
            assert_eq!(class(c), general_class(c), "{c:?}");
        }
    }

    /// [`fold_into`] as it was: [`fold_mark`] and a push for every character, and the run
    /// rules for a word with three of one folded character in a row.
    fn fold_by_char(s: &str) -> String {
        // (presentation forms first, each its letters: "ﻻ" is lam and alef)
        let expanded = plain_letters(s);
        let s = &*expanded;
        let mut base = '\0';
        let plain: String = s.chars().filter_map(|c| fold_mark(c, &mut base)).collect();
        let folded: Vec<char> = plain.chars().collect();
        if !folded.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) {
            return plain;
        }
        let mut out = String::new();
        fold_runs_into(s, &mut out);
        out
    }

    #[test]
    fn folding_in_runs_is_folding_by_character() {
        // characters that keep themselves, change, drop or depend on the letter before (the
        // dagger alef), around the edges of the table, in every order of three
        let pieces = [
            "ب", "ا", "ى", "أ", "ة", "ۀ", "\u{064E}", "\u{0651}", "\u{0670}", "\u{0640}", "٣", "۵",
            "A", "z", "7", " ", "\u{1}", "\0", "é", "ݐ", "ࢠ", "ﻻ", "😀", "،",
        ];
        let mut out = String::new();
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let w = format!("{a}{b}{c}");
                    out.clear();
                    fold_into(&w, &mut out);
                    assert_eq!(out, fold_by_char(&w), "{w:?}");
                }
            }
        }
        assert!(KEEPS.iter().filter(|&&k| k).count() > 1000);
    }

    #[test]
    fn folding_arabic_by_pairs_is_the_plain_folding() {
        // every character of the byte-wise range, alone, after a letter, in runs of two to
        // four (elongation) and among letters that fold alike
        let mut words = Vec::new();
        for c in ('\u{0621}'..='\u{065F}').filter(|c| c.len_utf8() == 2) {
            for w in [
                format!("{c}"),
                format!("ب{c}"),
                format!("{c}{c}ب"),
                format!("ال{c}{c}{c}"),
                format!("{c}{c}{c}{c}ه"),
                format!("ي{c}ى{c}ئ"),
                format!("الل{c}للله"),
            ] {
                words.push(w);
            }
        }
        for w in &words {
            assert_eq!(arabic_run_end(w.as_bytes(), 0), w.len(), "{w:?}");
            let (mut fast, mut plain) = (String::from("x"), String::from("x"));
            fold_into(w, &mut fast);
            fold_plain_into(w, &mut plain);
            assert_eq!(fast, plain, "{w:?}");
        }
    }

    #[test]
    fn fold_table_agrees_with_the_rule() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            assert_eq!(fold_char(c), fold_rule(c), "{c:?}");
        }
    }

    #[test]
    fn arabic_runs_read_bytewise_as_by_class() {
        // every character of the Arabic block after an Arabic letter: the byte-wise run ends
        // exactly where `class` stops calling the characters Arabic
        for c in (0x600u32..0x700)
            .chain([0x41, 0x20, 0x661])
            .filter_map(char::from_u32)
        {
            let s = format!("ب{c}ب");
            let b = s.as_bytes();
            let end = arabic_run_end(b, 2);
            let by_class = if ('\u{0621}'..='\u{065F}').contains(&c) {
                2 + c.len_utf8() + 2
            } else {
                2
            };
            assert_eq!(end, by_class, "{c:?}");
            assert_eq!(arabic_run_end(b, 0), if by_class > 2 { b.len() } else { 2 });
        }
        assert_eq!(arabic_run_end(b"", 0), 0);
        assert_eq!(arabic_run_end("ب".as_bytes(), 1), 1);
        assert_eq!(
            raw_tokens("وَبِالعِراقِ، 12.5 «قال» abc"),
            vec![
                (0, 24, Kind::Arabic),
                (24, 26, Kind::Punct),
                (27, 31, Kind::Number),
                (32, 34, Kind::Punct),
                (34, 40, Kind::Arabic),
                (40, 42, Kind::Punct),
                (43, 46, Kind::Latin),
            ]
        );
        // the same tokens as a character-by-character reading, on text that mixes everything
        let mixed = "قالَ ـــ المُتحدّثُ: «وصلَ 3,500.25 زائرٍ» إلى ﻻهور و٢٫٥ café\u{301} x\u{64B}y 😀 #سوريا_الآن \u{200F}ک ی";
        for (k, _) in mixed.char_indices() {
            let t = &mixed[k..];
            assert_eq!(raw_tokens(t), by_chars(t), "{t:?}");
        }
    }

    /// [`raw_tokens`] read one character at a time (the reference for its byte-wise runs).
    fn by_chars(text: &str) -> Vec<(usize, usize, Kind)> {
        let mut out = Vec::new();
        let mut cur: Option<(usize, Kind)> = None;
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let k = general_class(c);
            if let Some((s, ck)) = cur {
                if continues(
                    ck,
                    k,
                    c,
                    || matches!(it.peek(), Some(&(_, n)) if is_digit(n)),
                ) {
                    continue;
                }
                out.push((s, i, ck));
                cur = None;
            }
            match k {
                Some(Kind::Punct) => out.push((i, i + c.len_utf8(), Kind::Punct)),
                Some(k) => cur = Some((i, k)),
                None => {}
            }
        }
        if let Some((s, k)) = cur {
            out.push((s, text.len(), k));
        }
        out
    }

    #[test]
    fn skip_marks() {
        let s = "وَبِالعراق";
        assert_eq!(&s[skip_letters(s, 2)..], "العراق");
        assert_eq!(skip_letters("ab", 5), 2);
    }
}
