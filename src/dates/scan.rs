//! One pass over the text: words, digit groups and punctuation with byte offsets, each word
//! folded (see [`fold`]) and split from its proclitics (و ف ب ل ك) when the rest is date
//! vocabulary, so that spans can leave the clitics out.

use std::borrow::Cow;

use super::lexicon::{lookup, Pos, W};
use super::numbers::is_number_word;

/// The kind of a scanned token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Arabic letters.
    Word,
    /// Latin letters.
    Latin,
    /// Digits, possibly with inner `/ : - .` between digits.
    Digits,
    /// Any other visible character.
    Punct,
}

/// A scanned token.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'t> {
    /// Byte offset of the token (clitics included).
    #[allow(dead_code)]
    pub start: usize,
    /// Byte offset where the token's core starts (after any clitics).
    pub cstart: usize,
    /// Byte end.
    pub end: usize,
    /// The kind.
    pub kind: Kind,
    /// Folded core (digits made ASCII for digit groups): borrowed from the text when folding
    /// left the word as written (most words), so that a token costs no allocation.
    pub norm: Cow<'t, str>,
    /// The clitics stripped, folded (e.g. "و", "وب", "ل").
    pub pre: String,
    /// The word as written has a madda alef (آ) — "آب" is August, "اب" is usually "father".
    pub madda: bool,
    /// The word as written starts with a madda alef ("آلان" is a name, "الآن" is now).
    pub lead_madda: bool,
    /// The lexicon meaning of the core, looked up once here (the grammar asks many times).
    meaning: Option<W>,
    /// A word that may be a number word ([`is_number_word`] of the core), also decided once.
    pub num_word: bool,
}

impl<'t> Tok<'t> {
    /// A token that is no word (digits with their inner separators, or a punctuation mark) at
    /// `start..end`, normalized to `norm`.
    fn plain(start: usize, end: usize, kind: Kind, norm: Cow<'t, str>) -> Tok<'t> {
        Tok {
            start,
            cstart: start,
            end,
            kind,
            norm,
            pre: String::new(),
            madda: false,
            lead_madda: false,
            meaning: None,
            num_word: false,
        }
    }

    /// The lexicon meaning of the core.
    #[inline]
    pub fn w(&self) -> Option<W> {
        self.meaning
    }
    /// Whether the core is this folded word.
    pub fn is(&self, s: &str) -> bool {
        self.norm == s
    }
    /// Whether the token had the conjunction و attached.
    pub fn has_wa(&self) -> bool {
        self.pre.starts_with('و')
    }
}

const fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FC}')
}

const fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

/// The ASCII digit of a decimal digit in any of the three scripts.
pub(crate) fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        _ => None,
    }
}

/// Room for a folded word in the scratch buffers [`fold`] writes to: longer than nearly every
/// Arabic word (32 letters), so that the buffer is not grown word after word.
const WORD_ROOM: usize = 64;

/// Folds one Arabic word for lexicon look-up: diacritics and tatweel dropped, alef variants to
/// bare alef, alef maqsura to yeh, teh marbuta to heh, hamza seats to their letter.
///
/// Most characters fold to themselves, so the word is copied in runs: a character of the
/// Arabic block is read from its two UTF-8 bytes (lead byte D8–DB) and looked up in
/// [`ARABIC_FOLD`], and only one that changes ends a run (a word with no diacritic and no
/// hamza seat is one copy).
pub(crate) fn fold(word: &str, out: &mut String) {
    out.clear();
    let b = word.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while let Some(&c0) = b.get(i) {
        let (n, f) = match (c0, b.get(i + 1)) {
            (0xD8..=0xDB, Some(&c1)) => {
                let u = (u32::from(c0 & 0x1F) << 6) | u32::from(c1 & 0x3F);
                let f = ARABIC_FOLD.get((u - 0x600) as usize).copied().unwrap_or(0);
                if u32::from(f) == u {
                    i += 2;
                    continue;
                }
                (2, (f != 0).then(|| char::from_u32(u32::from(f))).flatten())
            }
            (0..=0x7F, _) if !c0.is_ascii_uppercase() => {
                i += 1;
                continue;
            }
            _ => {
                let Some(c) = word.get(i..).and_then(|r| r.chars().next()) else {
                    break;
                };
                let f = fold_char(c);
                if f == Some(c) {
                    i += c.len_utf8();
                    continue;
                }
                (c.len_utf8(), f)
            }
        };
        out.push_str(word.get(run..i).unwrap_or(""));
        if let Some(f) = f {
            out.push(f);
        }
        i += n;
        run = i;
    }
    out.push_str(word.get(run..).unwrap_or(""));
}

/// What [`fold`] makes of one character: `None` drops it.
const fn fold_char(c: char) -> Option<char> {
    Some(match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ک' => 'ك',
        'ی' | 'ې' => 'ي',
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        c => c,
    })
}

/// [`fold_char`] of U+0600..U+06FF (0: dropped); every folded character there is in the block.
static ARABIC_FOLD: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut k = 0;
    while k < 256 {
        if let Some(c) = char::from_u32(0x600 + k as u32) {
            if let Some(f) = fold_char(c) {
                t[k] = f as u32 as u16;
            }
        }
        k += 1;
    }
    t
};

/// Whether a folded core is something the date grammar reads.
fn known(core: &str) -> bool {
    lookup(core).is_some() || is_number_word(core)
}

/// Whether a core left after stripping clitics may be taken: two-letter cores only when they
/// are function words ("وفي"), so "باب" is not ب + "اب".
fn known_core(core: &str) -> bool {
    if core.chars().count() >= 3 {
        return known(core);
    }
    matches!(lookup(core), Some(W::F(_)))
}

/// Splits a folded word into (clitics, core) when the core is date vocabulary.
fn strip(folded: &str) -> Option<(usize, usize)> {
    // returns (clitic byte length in folded, same) — folded prefixes are one 2-byte letter each
    let mut rest = folded;
    let mut n = 0usize;
    if let Some(r) = rest.strip_prefix('و').or_else(|| rest.strip_prefix('ف')) {
        // "ونص" (and a half, spoken): the one two-letter fraction of an hour
        let half = matches!(lookup(r), Some(W::Frac(_) | W::Pos(Pos::Middle)));
        if r.chars().count() >= 2 && (known_core(r) || half) {
            return Some((1, 0));
        }
        rest = r;
        n = 1;
    }
    for p in ['ب', 'ل', 'ك'] {
        if let Some(r) = rest.strip_prefix(p) {
            if r.chars().count() >= 2 && known_core(r) {
                return Some((n + 1, 0));
            }
            // لل = ل + ال
            if p == 'ل' && r.starts_with('ل') {
                let mut s = String::with_capacity(r.len() + 2);
                s.push('ا');
                s.push_str(r);
                if known(&s) {
                    return Some((n + 1, 1));
                }
            }
        }
    }
    if n == 1 && (rest.chars().count() == 1 || rest.is_empty()) {
        return None;
    }
    None
}

/// The spoken "this" of the Levant and the Gulf, ها glued to a word with the article
/// ("هالأسبوع" this week, "هالسنة", "بهالشهر" in this month; "هذا/هذه" + the word): the
/// number of folded letters up to and with the ه, whose rest is the article and a word of the
/// date vocabulary that is no function word ("هالة", a name, and "هالك" stay words).
fn this_prefix(folded: &str) -> Option<usize> {
    let mut n = 0;
    let mut rest = folded;
    if let Some(r) = rest.strip_prefix(['و', 'ف']) {
        rest = r;
        n += 1;
    }
    if let Some(r) = rest.strip_prefix(['ب', 'ل', 'ك']) {
        if r.starts_with("هال") {
            rest = r;
            n += 1;
        }
    }
    let core = rest.strip_prefix('ه').filter(|c| c.starts_with("ال"))?;
    let this_ok = lookup(core).is_some_and(|w| !matches!(w, W::F(_)) && is_trigger_meaning(w));
    this_ok.then_some(n + 1)
}

/// The byte offset in `word` (as written) after its first `letters` Arabic letters (marks
/// after a letter stay with the next letter's side, as [`strip`]'s cut does).
fn letters_cut(word: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (k, ch) in word.char_indices() {
        if is_arabic_letter(ch) {
            if seen == letters {
                return k;
            }
            seen += 1;
        }
    }
    word.len()
}

/// `r` without its first one or two spaces.
fn skip_spaces(r: &str) -> &str {
    let n = r.bytes().take(2).take_while(|&c| c == b' ').count();
    r.get(n..).unwrap_or("")
}

/// A day/month/year written with spaces around its slashes ("23 / 7 / 2023", "2023 / 7 / 23")
/// starting at byte `i`: its end and its digits joined with "/". Looks at most at three short
/// digit runs, so a scan stays linear.
fn spaced_slash_date(text: &str, i: usize) -> Option<(usize, String)> {
    let b = text.as_bytes();
    let mut pos = i;
    let mut norm = String::new();
    let mut lens = [0usize; 3];
    for (part, len) in lens.iter_mut().enumerate() {
        if part > 0 {
            // one or two spaces, a slash, one or two spaces
            let mut sp = 0;
            while b.get(pos) == Some(&b' ') && sp < 3 {
                pos += 1;
                sp += 1;
            }
            if !(1..=2).contains(&sp) || b.get(pos) != Some(&b'/') {
                return None;
            }
            pos += 1;
            let mut sp = 0;
            while b.get(pos) == Some(&b' ') && sp < 3 {
                pos += 1;
                sp += 1;
            }
            if !(1..=2).contains(&sp) {
                return None;
            }
            norm.push('/');
        }
        while let Some(c) = text.get(pos..).and_then(|r| r.chars().next()) {
            let Some(v) = digit_value(c) else { break };
            if *len == 4 {
                return None;
            }
            norm.push((b'0' + v) as char);
            pos += c.len_utf8();
            *len += 1;
        }
    }
    let ok = matches!(lens, [1 | 2, 1 | 2, 2 | 4] | [4, 1 | 2, 1 | 2]);
    // not followed by more of the chain: a digit, or a separator (spaced or not) and a digit
    let rest = text.get(pos..).unwrap_or("");
    let digit_first = |r: &str| r.chars().next().and_then(digit_value).is_some();
    let more = digit_first(rest)
        || skip_spaces(rest)
            .strip_prefix(['/', ':', '-', '.'])
            .is_some_and(|r| digit_first(skip_spaces(r)));
    if !ok || more {
        return None;
    }
    Some((pos, norm))
}

/// A token's normalized form `norm` of `written`, borrowed from the text when it is the same
/// (most words, digit groups in ASCII, Latin words in lower case), so that a token costs no
/// allocation.
fn as_written<'t>(written: &'t str, norm: &str) -> Cow<'t, str> {
    if norm == written {
        Cow::Borrowed(written)
    } else {
        Cow::Owned(norm.to_string())
    }
}

/// Scans `text` into tokens.
pub(crate) fn scan(text: &str) -> Vec<Tok<'_>> {
    // A token of running text takes about ten bytes (a word of four or five letters and a
    // space): room for one every eight bytes spares the vector its doublings, which cost as
    // much as a tenth of the scan (a window is at most 69 kB, so this is bounded too)
    let mut toks = Vec::with_capacity(text.len() / 8 + 1);
    let mut it = text.char_indices().peekable();
    let mut buf = String::with_capacity(WORD_ROOM);
    let mut digits = String::new();
    let mut no_email_until = 0;
    while let Some(&(i, c)) = it.peek() {
        // A URL or an e-mail address is one opaque token, as for the tokenizer and the numbers:
        // the date in a path ("https://site.com/2024/03/15/…") or a month's name in it is no
        // date of the text. So is a hashtag or a handle: "#اليوم_الوطني" and "#السبت_الأسود"
        // name a topic, not today or Saturday.
        let opaque = crate::tokenize::link_at(text, i, c, &mut no_email_until).or_else(|| {
            (c == '#' || c == '@')
                .then(|| crate::tokenize::tag_at(text, i))
                .flatten()
        });
        if let Some(end) = opaque {
            while it.peek().is_some_and(|&(j, _)| j < end) {
                it.next();
            }
            toks.push(Tok::plain(i, end, Kind::Punct, Cow::Borrowed("\u{FFFC}")));
            continue;
        }
        if is_arabic_letter(c) || (is_arabic_mark(c) && c != '\u{0640}') {
            let mut end = i;
            let mut madda = false;
            while let Some(&(j, d)) = it.peek() {
                if is_arabic_letter(d) || is_arabic_mark(d) {
                    madda |= d == 'آ';
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let word = &text[i..end];
            fold(word, &mut buf);
            let mut tok = Tok {
                start: i,
                cstart: i,
                end,
                kind: Kind::Word,
                norm: Cow::Borrowed(""),
                pre: String::new(),
                madda,
                lead_madda: word.starts_with('آ'),
                meaning: None,
                num_word: false,
            };
            let whole = lookup(&buf);
            let whole_num = is_number_word(&buf);
            if whole.is_some() || whole_num || buf.chars().count() < 3 {
                tok.norm = as_written(word, &buf);
                tok.meaning = whole;
                tok.num_word = whole_num;
            } else if let Some((letters, add_alef)) = strip(&buf) {
                // find the byte offset in the original after `letters` base letters
                let mut seen = 0;
                let mut cut = word.len();
                for (k, ch) in word.char_indices() {
                    if is_arabic_letter(ch) {
                        if seen == letters {
                            cut = k;
                            break;
                        }
                        seen += 1;
                    }
                }
                let pre: String = buf.chars().take(letters).collect();
                let mut core: String = buf.chars().skip(letters).collect();
                if add_alef == 1 {
                    core.insert(0, 'ا');
                }
                tok.cstart = i + cut;
                tok.meaning = lookup(&core);
                tok.num_word = is_number_word(&core);
                tok.norm = Cow::Owned(core);
                tok.pre = pre;
            } else if let Some(letters) = this_prefix(&buf) {
                // "هالأسبوع", "بهالشهر": the spoken ها (this) before the article is a token of
                // its own, "هذا", and the rest is the word with its article ("الأسبوع")
                let ha = letters - 1;
                let ha_start = i + letters_cut(word, ha);
                let core_start = i + letters_cut(word, letters);
                let core: String = buf.chars().skip(letters).collect();
                toks.push(Tok {
                    start: i,
                    cstart: ha_start,
                    end: core_start,
                    kind: Kind::Word,
                    norm: Cow::Borrowed("هذا"),
                    pre: buf.chars().take(ha).collect(),
                    madda: false,
                    lead_madda: false,
                    meaning: lookup("هذا"),
                    num_word: false,
                });
                tok.start = core_start;
                tok.cstart = core_start;
                tok.meaning = lookup(&core);
                tok.norm = Cow::Owned(core);
            } else {
                tok.norm = as_written(word, &buf);
            }
            if let Some(dir) = spoken_direction(&toks, &tok) {
                // "الأسبوع اللي فات": the relative clause is one direction word
                if let Some(rel) = toks.pop() {
                    tok.start = rel.start;
                    tok.cstart = rel.cstart;
                    tok.norm = Cow::Borrowed(dir);
                    tok.meaning = lookup(dir);
                    tok.num_word = false;
                }
            }
            toks.push(tok);
        } else if let Some((end, norm)) = digit_value(c).and_then(|_| spaced_slash_date(text, i)) {
            // "٢٣ / ٧ / ٢٠٢٣": one digit group, as if written without the spaces (it starts
            // with a digit: asked only there, not at every space)
            while it.peek().is_some_and(|&(j, _)| j < end) {
                it.next();
            }
            toks.push(Tok::plain(i, end, Kind::Digits, Cow::Owned(norm)));
        } else if digit_value(c).is_some() {
            let mut end = i;
            let norm = &mut digits;
            norm.clear();
            while let Some(&(j, d)) = it.peek() {
                if let Some(v) = digit_value(d) {
                    norm.push((b'0' + v) as char);
                    end = j + d.len_utf8();
                    it.next();
                } else if d == '\u{0640}' && norm.as_bytes().last().is_some_and(u8::is_ascii_digit)
                {
                    // a tatweel run between digits is a dash drawn out ("٢٠٢٤ـ٠٥ـ١٢"), as the
                    // normalizer and the numbers read it
                    let rest = &text[j..];
                    let run = rest.len() - rest.trim_start_matches('\u{0640}').len();
                    if rest[run..].chars().next().and_then(digit_value).is_some() {
                        norm.push('-');
                        while it.peek().is_some_and(|&(k, _)| k < j + run) {
                            it.next();
                        }
                    } else {
                        break;
                    }
                } else if matches!(d, '/' | ':' | '-' | '.' | '\u{066B}' | '\\')
                    && norm.as_bytes().last().is_some_and(u8::is_ascii_digit)
                {
                    // a separator counts only when a digit follows it
                    let mut look = text[j + d.len_utf8()..].chars();
                    if look.next().and_then(digit_value).is_some() {
                        norm.push(match d {
                            '\u{066B}' => '.',
                            '\\' => '/',
                            d => d,
                        });
                        it.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            toks.push(Tok::plain(
                i,
                end,
                Kind::Digits,
                as_written(&text[i..end], norm),
            ));
        } else if c.is_alphabetic() {
            let mut end = i;
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphabetic() && !is_arabic_letter(d) {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            fold(&text[i..end], &mut buf);
            toks.push(Tok {
                start: i,
                cstart: i,
                end,
                kind: Kind::Latin,
                norm: as_written(&text[i..end], &buf),
                pre: String::new(),
                madda: false,
                lead_madda: false,
                meaning: lookup(&buf),
                num_word: false,
            });
        } else {
            it.next();
            if !c.is_whitespace()
                && !c.is_control()
                && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{0640}')
            {
                let mark = text.get(i..i + c.len_utf8()).unwrap_or("");
                toks.push(Tok::plain(
                    i,
                    i + c.len_utf8(),
                    Kind::Punct,
                    Cow::Borrowed(mark),
                ));
            }
        }
    }
    toks
}

/// The spoken "which passed" / "which comes" after a date word ("الأسبوع اللي فات", "الشهر
/// اللي راح", "السنة اللي فاتت", Gulf "الأسبوع اللي طاف", "الجمعة اللي جاية"): the direction
/// word it means ("الماضي", "المقبل") when `verb` follows a bare "اللي"/"الذي"/"التي" that
/// follows a word of the date vocabulary. Looks back two tokens only.
fn spoken_direction(toks: &[Tok<'_>], verb: &Tok<'_>) -> Option<&'static str> {
    if !verb.pre.is_empty() {
        return None;
    }
    let dir = match verb.norm.as_ref() {
        "فات" | "فاتت" | "راح" | "راحت" | "مضي" | "مضت" | "طاف" | "طافت" => {
            "الماضي"
        }
        "جاي" | "جايه" | "ياي" | "يايه" => "المقبل",
        _ => return None,
    };
    let [.., head, rel] = toks else { return None };
    let rel_ok = rel.kind == Kind::Word
        && rel.pre.is_empty()
        && matches!(rel.norm.as_ref(), "اللي" | "الذي" | "التي" | "الي");
    let head_ok = head.kind == Kind::Word
        && matches!(
            head.w(),
            Some(W::Unit(_, 1, true) | W::Weekday(..) | W::Month(..) | W::Season(_, true))
        );
    (rel_ok && head_ok).then_some(dir)
}

/// A cheap test: could `text` hold a date at all? True when it has a digit or a word of the
/// date vocabulary (with or without clitics).
pub(crate) fn may_have_dates(text: &str) -> bool {
    if has_digit(text.as_bytes()) {
        return true;
    }
    let gate = gate_words();
    let ends = gate_ends();
    let tails = gate_tails();
    let mut buf = String::with_capacity(WORD_ROOM);
    arabic_words(text).any(|word| {
        let [a, b, c] = folded_tail(word);
        if b.is_some_and(|b| c.is_some_and(|c| ends.contains(b, c) == Some(false))) {
            return false;
        }
        if let (Some(a), Some(b), Some(c)) = (a, b, c) {
            if tails.contains(a, b, c) == Some(false) {
                return false;
            }
        }
        fold(word, &mut buf);
        gate.contains(buf.as_str())
    })
}

/// The last three letters of the [`gate_words`] ([`crate::hash::ArabicTails`]): a second
/// filter behind [`gate_ends`], as cheap, that turns away most of the words whose last two
/// letters end some gate word ("ين", "ان", "يه") before they are folded and looked up.
fn gate_tails() -> &'static crate::hash::ArabicTails {
    static TAILS: std::sync::OnceLock<crate::hash::ArabicTails> = std::sync::OnceLock::new();
    TAILS.get_or_init(|| {
        let mut tails = crate::hash::ArabicTails::new();
        for w in gate_words() {
            tails.insert_tail(w);
        }
        tails
    })
}

/// The last three characters of [`fold`]'s form of `word`, a run of [`arabic_words`] (two
/// bytes a character), read from its end, first to last; `None` for those it lacks.
fn folded_tail(word: &str) -> [Option<char>; 3] {
    let mut kept = word.as_bytes().rchunks_exact(2).filter_map(|c| {
        let u = (u32::from(c[0] & 0x1F) << 6) | u32::from(c[1] & 0x3F);
        let f = ARABIC_FOLD.get(u.checked_sub(0x600)? as usize).copied()?;
        char::from_u32(u32::from(f)).filter(|&f| f != '\0')
    });
    let c = kept.next();
    let b = kept.next();
    let a = kept.next();
    [a, b, c]
}

/// The last two letters of the [`gate_words`]: those words end in few of the pairs, so about
/// half the words of news text are turned away by their [`folded_tail`] before they are folded
/// whole and looked up.
fn gate_ends() -> &'static crate::hash::ArabicPairs {
    static ENDS: std::sync::OnceLock<crate::hash::ArabicPairs> = std::sync::OnceLock::new();
    ENDS.get_or_init(|| {
        let mut ends = crate::hash::ArabicPairs::new(false);
        for w in gate_words() {
            let mut last = w.chars().rev();
            match (last.next(), last.next()) {
                (Some(b), Some(a)) => {
                    ends.insert(a, b);
                }
                // (a gate word of one letter would let every word through; none is that short)
                _ => return crate::hash::ArabicPairs::new(true),
            }
        }
        ends
    })
}

/// Whether `bytes` hold a digit: ASCII, Arabic-Indic (UTF-8 D9 A0–A9) or Persian (DB B0–B9).
/// Each byte is tested with the next one, without a branch inside a chunk of 64 (the loop
/// the compiler turns into vector code), where a byte-by-byte loop with an early exit cost
/// about ten instructions a byte.
fn has_digit(bytes: &[u8]) -> bool {
    let hit = |x: u8, y: u8| {
        (x.wrapping_sub(b'0') < 10)
            | ((x == 0xD9) & (y.wrapping_sub(0xA0) < 10))
            | ((x == 0xDB) & (y.wrapping_sub(0xB0) < 10))
    };
    let Some((&last, _)) = bytes.split_last() else {
        return false;
    };
    let (body, next) = (&bytes[..bytes.len() - 1], &bytes[1..]);
    body.chunks(64)
        .zip(next.chunks(64))
        .any(|(a, b)| a.iter().zip(b).fold(false, |acc, (&x, &y)| acc | hit(x, y)))
        || last.is_ascii_digit()
}

/// Whether each character of U+0600..U+06FF is part of an Arabic word (a letter or a mark).
static WORD_CHAR: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < 256 {
        if let Some(c) = char::from_u32(0x600 + k as u32) {
            t[k] = is_arabic_letter(c) || is_arabic_mark(c);
        }
        k += 1;
    }
    t
};

/// The runs of Arabic letters and marks in `text`, read from the bytes: every such character
/// is two bytes with a lead byte D8–DB, which no other character's bytes contain.
fn arabic_words(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while let Some(&c0) = b.get(i) {
            let word_char = matches!(c0, 0xD8..=0xDB)
                && b.get(i + 1).is_some_and(|&c1| {
                    let k = (usize::from(c0 & 0x03) << 6) | usize::from(c1 & 0x3F);
                    WORD_CHAR.get(k).copied().unwrap_or(false)
                });
            if word_char {
                start.get_or_insert(i);
                i += 2;
            } else {
                i += 1;
                if let Some(s) = start {
                    return text.get(s..i - 1);
                }
            }
        }
        start.and_then(|s| text.get(s..i))
    })
}

/// Every folded word the gate opens for: each trigger alone and behind every clitic chain
/// [`clitic_trigger`] strips (و/ف, ب/ل/ك, both, and لل for ل + ال), so that the gate costs one
/// look-up a word. The same words as `is_trigger(w) || clitic_trigger(w)` (a test holds them
/// to it).
fn gate_words() -> &'static crate::hash::WordSet<String> {
    static GATE: std::sync::OnceLock<crate::hash::WordSet<String>> = std::sync::OnceLock::new();
    GATE.get_or_init(|| {
        let mut set = crate::hash::WordSet::default();
        for (t, w) in super::lexicon::entries() {
            if !is_trigger_meaning(w) {
                continue;
            }
            let mut cores = vec![t.to_string()];
            cores.extend(['ب', 'ل', 'ك'].iter().map(|p| format!("{p}{t}")));
            if let Some(rest) = t.strip_prefix('ا').filter(|r| r.starts_with('ل')) {
                cores.push(format!("ل{rest}"));
                // the spoken "this" before the article: "هالأسبوع", "بهالشهر"
                cores.extend(["ه", "به", "له", "كه"].iter().map(|p| format!("{p}{t}")));
            }
            for core in cores {
                set.insert(format!("و{core}"));
                set.insert(format!("ف{core}"));
                set.insert(core);
            }
        }
        set
    })
}

/// Whether a core [`strip`] can leave of the folded word `w` is a trigger. Every such core is
/// tried (one look-up each), not only the one `strip` picks: a superset, which is all a gate
/// needs, without `strip`'s tests of the other cores. `restored` is a scratch buffer. The gate
/// itself reads [`gate_words`], which holds the same words.
#[cfg(test)]
fn clitic_trigger(w: &str, restored: &mut String) -> bool {
    let after_conj = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'));
    if after_conj.is_some_and(is_trigger) {
        return true;
    }
    // the spoken "this" before the article: "هالأسبوع", "وبهالشهر"
    let this = |r: &str| {
        r.strip_prefix('ه')
            .filter(|c| c.starts_with("ال"))
            .is_some_and(is_trigger)
    };
    if [Some(w), after_conj]
        .into_iter()
        .flatten()
        .any(|r| this(r) || r.strip_prefix(['ب', 'ل', 'ك']).is_some_and(this))
    {
        return true;
    }
    [Some(w), after_conj].into_iter().flatten().any(|rest| {
        let Some((p, r)) = ['ب', 'ل', 'ك']
            .iter()
            .find_map(|&p| rest.strip_prefix(p).map(|r| (p, r)))
        else {
            return false;
        };
        if is_trigger(r) {
            return true;
        }
        // لل = ل + ال
        p == 'ل' && r.starts_with('ل') && {
            restored.clear();
            restored.push('ا');
            restored.push_str(r);
            is_trigger(restored)
        }
    })
}

/// Words that can start or anchor a date (function words alone cannot).
#[cfg(test)]
fn is_trigger(core: &str) -> bool {
    lookup(core).is_some_and(is_trigger_meaning)
}

/// The meanings of [`is_trigger`]'s words.
fn is_trigger_meaning(w: W) -> bool {
    matches!(
        w,
        W::Month(..)
            | W::MonthHead(_)
            | W::Weekday(..)
            | W::RelDay(_)
            | W::Now
            | W::Pod(_)
            | W::Holiday(_)
            | W::HolidayHead
            | W::Decade(_)
            | W::Century
            | W::DecadeWord
            | W::QuarterWord
            | W::Decades(..)
            | W::Season(..)
            | W::Unit(..)
            | W::Frac(_)
            | W::Pos(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gate as it was before [`clitic_trigger`]: the one core [`strip`] picks.
    fn gate_with_strip(word: &str) -> bool {
        let mut buf = String::new();
        fold(word, &mut buf);
        if is_trigger(&buf) {
            return true;
        }
        strip(&buf).is_some_and(|(l, a)| {
            let mut core: String = buf.chars().skip(l).collect();
            if a == 1 {
                core.insert(0, 'ا');
            }
            is_trigger(&core)
        })
    }

    /// The gate as it was before [`gate_words`]: a trigger, or one behind clitics.
    fn gate_with_lookups(text: &str) -> bool {
        let mut buf = String::new();
        let mut restored = String::new();
        text.chars().any(|c| digit_value(c).is_some())
            || text
                .split(|c: char| !(is_arabic_letter(c) || is_arabic_mark(c)))
                .filter(|w| !w.is_empty())
                .any(|w| {
                    fold(w, &mut buf);
                    is_trigger(&buf) || clitic_trigger(&buf, &mut restored)
                })
    }

    #[test]
    fn the_fold_table_is_fold_char() {
        let mut buf = String::new();
        for u in 0..0x800u32 {
            let Some(c) = char::from_u32(u) else { continue };
            fold(&c.to_string(), &mut buf);
            let want: String = fold_char(c).into_iter().collect();
            assert_eq!(buf, want, "U+{u:04X}");
        }
    }

    /// [`fold`] as it was: one character at a time through [`fold_char`].
    fn fold_by_char(word: &str) -> String {
        word.chars().filter_map(fold_char).collect()
    }

    #[test]
    fn folding_in_runs_is_folding_by_character() {
        // words mixing unchanged letters, letters that change, marks that drop, Latin of
        // either case, other scripts and the block's edges, in every order
        let pieces = [
            "ك", "تاب", "أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ک", "ی", "\u{064E}", "\u{0651}",
            "\u{0640}", "\u{0670}", "\u{06D6}", "؀", "ۿ", "A", "z", "Q", "1", "é", "É", "ж", "€",
            "😀", "ݐ", "ࢠ",
        ];
        let mut buf = String::new();
        let mut n = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let w = format!("{a}{b}{c}{a}");
                    fold(&w, &mut buf);
                    assert_eq!(buf, fold_by_char(&w), "{w:?}");
                    n += 1;
                }
            }
        }
        assert!(n > 20_000);
    }

    #[test]
    fn the_byte_tests_agree_with_the_character_tests() {
        let pieces = [
            "ك", "ة", "\u{064E}", "\u{0640}", "؀", "٠", "٩", "۰", "۹", "٪", "ۺ", "ۿ", "0", "9",
            "a", " ", "،", "é", "ж", "€", "😀", "\u{0600}", "\u{06FF}", "ڀ", "ٱ",
        ];
        let mut n = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let t = format!("{a}{b}{c}");
                    let digit = t.chars().any(|c| digit_value(c).is_some());
                    assert_eq!(has_digit(t.as_bytes()), digit, "{t:?}");
                    let words: Vec<&str> = t
                        .split(|c: char| !(is_arabic_letter(c) || is_arabic_mark(c)))
                        .filter(|w| !w.is_empty())
                        .collect();
                    assert_eq!(arabic_words(&t).collect::<Vec<_>>(), words, "{t:?}");
                    n += 1;
                }
            }
        }
        assert!(n > 10_000);
        // a digit at either edge of a 64-byte chunk
        for at in [0, 1, 62, 63, 64, 65, 127, 128, 199] {
            let mut t = "ك".repeat(100).into_bytes();
            t[at] = b'7';
            assert!(has_digit(&t), "{at}");
        }
        let mut t = "ب".repeat(70);
        t.push('٣');
        assert!(has_digit(t.as_bytes()));
        assert!(!has_digit("ب".repeat(70).as_bytes()));
    }

    #[test]
    fn the_gate_set_holds_the_words_the_lookups_accepted() {
        // every vocabulary word behind every chain of up to three letters that could be
        // clitics, and the same cut short by a letter at either end
        let prefixes = [
            "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "لل", "ولل", "فلل",
            "ال", "بال", "وال", "ي", "ت", "س", "وس", "كال", "فال", "ا", "وا",
        ];
        let mut n = 0;
        let mut open = 0;
        for w in crate::dates::lexicon::words() {
            let cuts = [
                w.to_string(),
                w.chars().skip(1).collect::<String>(),
                w.chars()
                    .take(w.chars().count().saturating_sub(1))
                    .collect(),
            ];
            for core in cuts {
                for p in prefixes {
                    let word = format!("{p}{core}");
                    let text = format!("قال {word} شيئا");
                    let old = gate_with_lookups(&text);
                    assert_eq!(may_have_dates(&text), old, "{word}");
                    n += 1;
                    open += usize::from(old);
                }
            }
        }
        assert!(n > 10_000 && open > 1000 && open < n, "{n} {open}");
    }

    #[test]
    fn the_end_filter_lets_every_gate_word_through() {
        // as written, with marks and tatweel (which fold drops) at its end, and spelled with
        // hamza and teh marbuta forms that fold to its letters
        let mut n = 0;
        for w in gate_words() {
            let spelled = w.replacen('ا', "أ", 1).replace('ه', "ة").replace('ي', "ى");
            for form in [
                w.clone(),
                format!("{w}\u{64B}"),
                format!("{w}\u{640}\u{651}"),
                spelled,
            ] {
                assert!(may_have_dates(&format!("قال {form} شيئا")), "{form}");
                n += 1;
            }
        }
        assert!(n > 10_000, "{n}");
        assert_eq!(folded_tail("سوريا"), [Some('ر'), Some('ي'), Some('ا')]);
        assert_eq!(folded_tail("مدرسةً"), [Some('ر'), Some('س'), Some('ه')]);
        assert_eq!(folded_tail("ةً"), [None, None, Some('ه')]);
    }

    #[test]
    fn the_gate_passes_every_word_the_parser_could_anchor_on() {
        let mut n = 0;
        for w in crate::dates::lexicon::words() {
            let bare = w.strip_prefix("ال");
            let mut forms: Vec<String> = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فك", "فل"]
                .iter()
                .map(|c| format!("{c}{w}"))
                .collect();
            if let Some(b) = bare {
                forms.extend(["لل", "ولل", "فلل"].iter().map(|c| format!("{c}{b}")));
            }
            for f in forms {
                if gate_with_strip(&f) {
                    n += 1;
                    assert!(may_have_dates(&format!("قال {f} شيئا")), "{f}");
                }
            }
        }
        assert!(n > 1000, "{n}");
        for text in ["ذهب الولد إلى المدرسة", "", "مدينة لبنان الكبرى"]
        {
            assert!(!may_have_dates(text), "{text}");
        }
        for text in ["وفي الأسبوع الماضي", "للشهر", "ويوم", "عام 2020", "٣ أيام"]
        {
            assert!(may_have_dates(text), "{text}");
        }
    }
}
