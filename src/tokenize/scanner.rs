//! The tokenizer: one forward pass, each branch consuming a maximal run of its class.

use super::classify::*;
use super::{Token, TokenKind};

/// Split `text` into tokens, in order. Whitespace, control and invisible format characters
/// separate tokens and belong to none. Spans are byte offsets into `text`, on character
/// boundaries, so `&text[t.start..t.end]` (or [`Token::text`]) is always the token. Linear in
/// the length of `text`; never panics (the empty string has no tokens).
///
/// ```
/// use dhad::tokenize::{tokenize, TokenKind};
/// let text = "ارتفع السعر ٢٥٪ منذ 2020، انظر https://example.com #اقتصاد";
/// let tokens = tokenize(text);
/// let pairs: Vec<(&str, TokenKind)> = tokens.iter().map(|t| (t.text(text), t.kind)).collect();
/// assert_eq!(pairs, [
///     ("ارتفع", TokenKind::Word),
///     ("السعر", TokenKind::Word),
///     ("٢٥", TokenKind::Number),
///     ("٪", TokenKind::Symbol),
///     ("منذ", TokenKind::Word),
///     ("2020", TokenKind::Number),
///     ("،", TokenKind::Punct),
///     ("انظر", TokenKind::Word),
///     ("https://example.com", TokenKind::Url),
///     ("#اقتصاد", TokenKind::Hashtag),
/// ]);
/// // Byte offsets: each Arabic letter is two bytes in UTF-8.
/// assert_eq!((tokens[2].start, tokens[2].end), (22, 26));
/// assert_eq!(tokens[2].norm(text), "25");
/// assert!(tokenize("").is_empty());
/// ```
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut sc = Scanner {
        text,
        pos: 0,
        no_email_until: 0,
        tokens: Vec::with_capacity(text.len() / 5 + 1),
    };
    sc.run();
    sc.tokens
}

struct Scanner<'a> {
    text: &'a str,
    pos: usize,
    /// Byte offset up to which we know no e-mail address can start (keeps the look-ahead linear).
    no_email_until: usize,
    tokens: Vec<Token>,
}

impl Scanner<'_> {
    #[inline]
    fn peek_at(&self, at: usize) -> Option<char> {
        self.text.get(at..)?.chars().next()
    }

    /// Advance from `at` while `f` holds; returns the end.
    #[inline]
    fn take_while(&self, at: usize, f: impl Fn(char) -> bool) -> usize {
        take_while(self.text, at, f)
    }

    /// Record a token and move past it (always forward, even if a branch found nothing).
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        if end > start {
            self.tokens.push(Token { start, end, kind });
            self.pos = end;
        } else {
            self.pos = start + self.peek_at(start).map_or(1, char::len_utf8);
        }
    }

    fn prev_char(&self, at: usize) -> Option<char> {
        self.text.get(..at)?.chars().next_back()
    }

    fn run(&mut self) {
        while let Some(c) = self.peek_at(self.pos) {
            let start = self.pos;
            let next = self.peek_at(start + c.len_utf8());
            // (a joiner inside an emoji sequence is consumed by the emoji branch; one that is
            // left over, "شكرا\u{200D}🌹", is as invisible as any other and joins nothing)
            if is_skipped(c) {
                self.pos += c.len_utf8();
                continue;
            }
            if let Some(end) = keycap_at(self.text, start) {
                self.push(start, end, TokenKind::Emoji);
            } else if let Some(end) = self.url(start) {
                self.push(start, end, TokenKind::Url);
            } else if let Some(end) = self.email(start) {
                self.push(start, end, TokenKind::Email);
            } else if let Some(end) = self.arabic_email(start, c) {
                // an address whose local part is the Arabic word just before: "عبدالله@gmail.com"
                if let Some(word) = self.tokens.pop() {
                    self.push(word.start, end, TokenKind::Email);
                }
            } else if (c == '#' || c == '@') && self.tag_allowed(start) {
                if let Some(end) = tag_at(self.text, start) {
                    let kind = if c == '#' {
                        TokenKind::Hashtag
                    } else {
                        TokenKind::Mention
                    };
                    self.push(start, end, kind);
                } else {
                    self.push(start, start + 1, TokenKind::Symbol);
                }
            } else if crate::numbers::arabizi_at(self.text, start) {
                // "3andi", "7abibi": a digit for a letter starts a Latin word (the numbers'
                // rule, so neither module reads it as a number)
                let end = self.latin_word(start);
                self.push(start, end, TokenKind::Latin);
            } else if is_digit(c) {
                let end = self.number(start);
                self.push(start, end, TokenKind::Number);
            } else if is_arabic_letter(c) || is_arabic_mark(c) {
                let end = self.arabic_word(start);
                // A run of tatweel alone is a dash drawn out ("ـــ"), and a Quranic pause mark
                // with no letter to sit on ("رَيْبَ ۛ فِيهِ") marks where a reader may stop:
                // punctuation, not words.
                let not_a_word = self.text.get(start..end).is_some_and(|w| {
                    w.chars().all(|ch| ch == '\u{0640}')
                        || (!w.chars().any(is_arabic_letter)
                            && w.chars().any(|ch| matches!(ch, '\u{06D6}'..='\u{06DC}')))
                });
                let kind = if not_a_word {
                    TokenKind::Punct
                } else {
                    TokenKind::Word
                };
                self.push(start, end, kind);
            } else if is_latin_letter(c) {
                let end = self.latin_word(start);
                self.push(start, end, TokenKind::Latin);
            } else if starts_emoji(c, next) {
                let end = self.emoji(start, c);
                self.push(start, end, TokenKind::Emoji);
            } else if c.is_alphabetic() {
                let end = self.take_while(start, |ch| ch.is_alphabetic() || is_mark(ch));
                self.push(start, end, TokenKind::Word);
            } else if c.is_numeric() {
                let end = self.take_while(start, |ch| ch.is_numeric());
                self.push(start, end, TokenKind::Number);
            } else if is_punct(c) {
                let end = self.take_while(start, |ch| ch == c);
                self.push(start, end, TokenKind::Punct);
            } else {
                // A symbol, or a mark with nothing to sit on: one token with the marks after it.
                let end = self.take_while(start + c.len_utf8(), is_mark);
                self.push(start, end, TokenKind::Symbol);
            }
        }
    }

    fn url(&self, at: usize) -> Option<usize> {
        url_at(self.text, at)
    }

    fn email(&mut self, at: usize) -> Option<usize> {
        email_at(self.text, at, &mut self.no_email_until)
    }

    /// The end of an e-mail address whose local part is the Arabic word token right before the
    /// `@` at `at` (two letters at least, so a glued conjunction stays one: "و@user"), with an
    /// ASCII domain after it (internationalized addresses, RFC 6531).
    fn arabic_email(&self, at: usize, c: char) -> Option<usize> {
        if c != '@' {
            return None;
        }
        let word = self.tokens.last()?;
        if word.end != at
            || word.kind != TokenKind::Word
            || self.text.get(word.start..word.end)?.chars().count() < 2
        {
            return None;
        }
        domain_end(self.text, at)
    }

    /// `#`/`@` start a hashtag or mention unless they follow a Latin letter, digit or `_`
    /// ("C#", "a@b"); after an Arabic letter they do, since a conjunction may be glued on ("و#حلب").
    fn tag_allowed(&self, at: usize) -> bool {
        !self
            .prev_char(at)
            .is_some_and(|p| p.is_ascii_alphanumeric() || p == '_')
    }

    /// Digits with single separators between digits. The Arabic comma is one too when one to
    /// three digits follow it, as Arabic keyboards write a decimal or thousands comma with it
    /// ("١٢،٥٪", "١٢،٥٠٠"), the rule the numbers follow; "2019،2020" stays two numbers.
    fn number(&self, at: usize) -> usize {
        let mut end = self.take_while(at, is_digit);
        loop {
            match self.peek_at(end) {
                Some(sep) if is_digit_separator(sep) || sep == '\u{060C}' => {
                    let after = end + sep.len_utf8();
                    if self.peek_at(after).is_some_and(is_digit) {
                        let run_end = self.take_while(after, is_digit);
                        let digits = self
                            .text
                            .get(after..run_end)
                            .map_or(0, |r| r.chars().count());
                        if sep == '\u{060C}' && digits > 3 {
                            return end;
                        }
                        end = run_end;
                    } else {
                        return end;
                    }
                }
                _ => return end,
            }
        }
    }

    /// Arabic letters, marks and tatweel; an invisible character that joins a word's parts
    /// ([`is_word_joiner`]) stays inside when more of the word follows.
    fn arabic_word(&self, at: usize) -> usize {
        let mut end = at;
        while let Some(ch) = self.peek_at(end) {
            let inside = is_arabic_letter(ch)
                || is_arabic_mark(ch)
                || (is_word_joiner(ch)
                    && self
                        .peek_at(end + ch.len_utf8())
                        .is_some_and(|n| is_arabic_letter(n) || is_arabic_mark(n)));
            if !inside {
                break;
            }
            end += ch.len_utf8();
        }
        end
    }

    /// Latin letters, their combining marks, ASCII digits after a letter, an apostrophe between
    /// letters ("don't"), an invisible joiner or soft hyphen between letters
    /// ("inter\u{AD}national"), and a period between two digits, so a version is one token
    /// ("v3.2.1", "Python3.11"; it was "v3", ".", "2.1", a number).
    ///
    /// A hyphen joins a part that holds a digit: model and code names are one word
    /// ("ChatGPT-4o", "COVID-19", "F-16", "GPT-4.5"; they were a word, a hyphen, a number and
    /// at times a letter, while "COVID19" was already one). Words joined by a hyphen alone stay
    /// apart ("Wi-Fi", as Arabic ones do), as does a lone small letter minus a number ("x-2").
    fn latin_word(&self, at: usize) -> usize {
        let mut end = self.latin_run(at);
        let lone_small = self
            .text
            .get(at..end)
            .is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_lowercase));
        if lone_small {
            return end;
        }
        while self.peek_at(end) == Some('-')
            && self
                .peek_at(end + 1)
                .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            let part_end = self.latin_run(end + 1);
            let has_digit = self
                .text
                .get(end + 1..part_end)
                .is_some_and(|p| p.bytes().any(|b| b.is_ascii_digit()));
            if !has_digit {
                break;
            }
            end = part_end;
        }
        end
    }

    /// The run of [`Self::latin_word`] without hyphens: letters, marks, digits, an apostrophe
    /// between letters, a period between digits.
    fn latin_run(&self, at: usize) -> usize {
        let mut end = at;
        let mut prev: Option<char> = None;
        while let Some(ch) = self.peek_at(end) {
            let inside =
                is_latin_letter(ch) || ch.is_ascii_digit() || (is_mark(ch) && (ch as u32) < 0x0370);
            let apostrophe = (matches!(ch, '\'' | '’')
                || (is_word_joiner(ch) && prev.is_some_and(is_latin_letter)))
                && self
                    .peek_at(end + ch.len_utf8())
                    .is_some_and(is_latin_letter);
            let version_dot = ch == '.'
                && prev.is_some_and(|p| p.is_ascii_digit())
                && self.peek_at(end + 1).is_some_and(|n| n.is_ascii_digit());
            prev = Some(ch);
            if inside || apostrophe || version_dot {
                end += ch.len_utf8();
            } else {
                break;
            }
        }
        end
    }

    /// An emoji sequence: base, modifiers/selectors/tags, ZWJ-joined further emoji; flags in pairs.
    fn emoji(&self, at: usize, c: char) -> usize {
        let mut end = at + c.len_utf8();
        if is_regional_indicator(c) {
            if let Some(n) = self.peek_at(end).filter(|&n| is_regional_indicator(n)) {
                end += n.len_utf8();
            }
            return end;
        }
        loop {
            end = self.take_while(end, continues_emoji);
            match (self.peek_at(end), self.peek_at(end + 3)) {
                (Some('\u{200D}'), Some(n)) if starts_emoji(n, None) || emoji_like(n) => {
                    end += 3 + n.len_utf8();
                }
                _ => return end,
            }
        }
    }
}

/// Any non-Latin-1 emoji character (what may follow a ZWJ inside a sequence).
fn emoji_like(c: char) -> bool {
    use unicode_properties::UnicodeEmoji;
    (c as u32) > 0xFF && c.is_emoji_char()
}

/// Advance from `at` while `f` holds; returns the end.
#[inline]
fn take_while(text: &str, mut at: usize, f: impl Fn(char) -> bool) -> usize {
    let rest = text.get(at..).unwrap_or_default();
    for c in rest.chars() {
        if !f(c) {
            break;
        }
        at += c.len_utf8();
    }
    at
}

fn starts_with_ci(text: &str, at: usize, prefix: &str) -> bool {
    text.as_bytes()
        .get(at..at + prefix.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The end of the keycap emoji starting at byte `at` of `text` (a digit, `#` or `*`, an
/// optional U+FE0F, then U+20E3: "1️⃣"), if one does. Also used by the number scanner: a
/// keycap is a picture, not a number.
pub(crate) fn keycap_at(text: &str, at: usize) -> Option<usize> {
    let rest = text.as_bytes().get(at..)?;
    let (&first, tail) = rest.split_first()?;
    if !(first.is_ascii_digit() || first == b'#' || first == b'*') {
        return None;
    }
    // U+FE0F is EF B8 8F and U+20E3 is E2 83 A3 in UTF-8
    let tail = tail.strip_prefix(&[0xEF, 0xB8, 0x8F]).unwrap_or(tail);
    tail.starts_with(&[0xE2, 0x83, 0xA3])
        .then(|| text.len() - tail.len() + 3)
}

/// The end of the hashtag or @mention starting at byte `at` of `text`, if one does: `#` or `@`
/// not glued to a Latin letter, digit or `_` before it, then tag characters, at least one of
/// them a letter or `_`. Also used by the number scanner, so that "@user_1" holds no number.
pub(crate) fn tag_at(text: &str, at: usize) -> Option<usize> {
    let c = text.get(at..)?.chars().next()?;
    if c != '#' && c != '@' {
        return None;
    }
    let glued = text
        .get(..at)?
        .chars()
        .next_back()
        .is_some_and(|p| p.is_ascii_alphanumeric() || p == '_');
    if glued {
        return None;
    }
    let body_start = at + c.len_utf8();
    let body_len: usize = text
        .get(body_start..)?
        .chars()
        .take_while(|&ch| is_tag_char(ch))
        .map(char::len_utf8)
        .sum();
    let body = text.get(body_start..body_start + body_len)?;
    body.chars()
        .any(|ch| ch.is_alphabetic() || ch == '_')
        .then_some(body_start + body_len)
}

/// The end of the URL starting at byte `at` of `text`, if one does: http://, https://, www.,
/// or a bare domain ([`bare_domain_at`]: "aljazeera.net", "example.com/news").
/// Trailing sentence punctuation and a closing parenthesis with no opening one stay outside.
/// Also used by the number scanner, so that a URL's digits are never numbers.
pub(crate) fn url_at(text: &str, at: usize) -> Option<usize> {
    let first = text.as_bytes().get(at)?;
    let head = if !matches!(first, b'h' | b'H' | b'w' | b'W') {
        0
    } else if starts_with_ci(text, at, "https://") {
        8
    } else if starts_with_ci(text, at, "http://") {
        7
    } else if starts_with_ci(text, at, "www.") {
        4
    } else {
        0
    };
    if head == 0 {
        return bare_domain_at(text, at);
    }
    if text
        .get(..at)
        .and_then(|b| b.chars().next_back())
        .is_some_and(glued_to_word)
    {
        return None;
    }
    url_rest(text, at + head, true)
}

/// Does a link that starts right after `p` belong to a word instead (a letter or digit before
/// it: "xhttp://", "file2.com")? Not after Arabic, whose conjunctions and prepositions are
/// written glued to the next word, with or without a tatweel: "وhttps://x.com", "بـwww.x.com",
/// "وexample.com" are a clitic and a link.
fn glued_to_word(p: char) -> bool {
    p.is_alphanumeric() && !is_arabic_letter(p) && !is_arabic_mark(p)
}

/// The end of a URL's body from byte `from` (just after its scheme or "www.", or after a bare
/// domain's host where its path starts; `in_host` says which), if it holds anything.
fn url_rest(text: &str, from: usize, in_host: bool) -> Option<usize> {
    // The URL runs to a space or a character that cannot be in one. In the host (before any
    // / ? #) an Arabic letter after a Latin letter or digit ends it too, also across a dot:
    // that is a word typed with no space after the address ("www.example.comوشكرا",
    // "www.example.com.وشكرا", the sentence's period between); a host is Latin or Arabic
    // throughout, and an Arabic path ("/wiki/مصر") goes on. One pass, stopping there, so
    // that a text of such glued pieces stays linear.
    let mut end = from;
    let mut in_host = in_host;
    let mut latin_host = false;
    for ch in text.get(from..)?.chars() {
        if ch.is_whitespace()
            || ch.is_control()
            || matches!(
                ch,
                '"' | '<' | '>' | '«' | '»' | '“' | '”' | '،' | '؛' | '\u{200F}' | '\u{200E}'
            )
        {
            break;
        }
        if in_host {
            if matches!(ch, '/' | '?' | '#') {
                in_host = false;
            } else if latin_host && is_arabic_letter(ch) {
                break;
            }
            latin_host |= ch.is_ascii_alphanumeric();
        }
        end += ch.len_utf8();
    }
    // Trailing punctuation belongs to the sentence, not the URL (with the ellipsis, the Urdu
    // full stop and a closing single quote: "www.x.com…" kept its "…", so no sentence ended
    // there), and so does a closing parenthesis that opens none inside it
    // ("(انظر https://x.org/a_(b))").
    let mut end_trim = end;
    let body = text.get(from..end)?;
    let opens = body.matches('(').count();
    let mut closes = body.matches(')').count();
    for ch in body.chars().rev() {
        let closing_paren = ch == ')' && closes > opens;
        if closing_paren {
            closes -= 1;
        }
        if matches!(
            ch,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '\''
                | ']'
                | '}'
                | '؟'
                | '…'
                | '۔'
                | '‼'
                | '⁉'
                | '⁈'
                | '’'
                | '›'
        ) || closing_paren
        {
            end_trim -= ch.len_utf8();
        } else {
            break;
        }
    }
    (end_trim > from).then_some(end_trim)
}

/// Top-level domains read as a link with no scheme after one label or more ("aljazeera.net",
/// "t.me"): the generic ones, and country codes that sites use as such. Other two-letter
/// country codes need more (see [`bare_domain_at`]); file extensions (pdf, docx, txt, zip, mov,
/// py, md, js) are not here, and the ones that are also extensions (.zip, .mov) left out.
const GENERIC_TLDS: &[&str] = &[
    "com", "net", "org", "gov", "edu", "info", "biz", "int", "mil", "io", "ai", "app", "co", "me",
    "tv", "fm", "ly", "news", "dev", "online", "site", "tech", "store", "blog", "live", "media",
    "xyz", "website", "world", "today", "cloud",
];

/// Second-level labels under a country code ("gov.sa", "co.uk", "com.eg", "ac.ma").
const SECOND_LEVEL: &[&str] = &[
    "com", "net", "org", "gov", "edu", "co", "ac", "sch", "mil", "gob", "go", "or", "ne", "nic",
];

/// The end of a bare domain starting at byte `at` of `text` (with its path, if a "/" follows
/// it), if one does: ASCII labels of letters, digits and inner hyphens joined by single dots,
/// the last a top-level domain in lower case. A generic one ([`GENERIC_TLDS`]) is enough
/// ("aljazeera.net"); a two-letter country code needs a path after it ("bit.ly/x",
/// "youtu.be/x") or a second-level label before it with a name before that ("spa.gov.sa").
/// So "v3.2.1", "Python3.11", "e.g.", "U.S.", "ASP.NET", "report.pdf", "README.md" and a
/// sentence's end glued to the next word ("end.Next", "results.It") are no links.
///
/// The domain must not be glued to a Latin word or an address before it, so only the first
/// character of a run of label characters looks ahead; and the look-ahead stops after 253
/// bytes, the longest name DNS allows: linear whoever calls it at every position.
pub(crate) fn bare_domain_at(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !bytes.get(at)?.is_ascii_alphanumeric() {
        return None;
    }
    // (an Arabic letter may stand glued before it: a conjunction, "وexample.com"; and a colon
    // after a word that is not Latin: "الرابط:example.com", but not "mailto:x.com")
    let mut before = text.get(..at)?.chars().rev();
    let colon_after_word = before.next() == Some(':')
        && !before
            .next()
            .is_some_and(|p| p.is_ascii_alphanumeric() || matches!(p, '/' | ':' | '.'));
    if !colon_after_word
        && text.get(..at)?.chars().next_back().is_some_and(|p| {
            glued_to_word(p)
                || matches!(
                    p,
                    '.' | '-' | '_' | '@' | '/' | ':' | '\\' | '#' | '&' | '=' | '%' | '+' | '~'
                )
        })
    {
        return None;
    }
    let mut end = at;
    while let Some(&b) = bytes.get(end) {
        if !(b.is_ascii_alphanumeric() || b == b'-' || b == b'.') {
            break;
        }
        end += 1;
        if end - at > 254 {
            return None;
        }
    }
    // part of an address or an identifier: "name.surname@host", "file.name_2"
    if matches!(bytes.get(end), Some(b'@' | b'_')) {
        return None;
    }
    let run = text.get(at..end)?;
    let host = run.trim_end_matches('.');
    let mut labels = 0usize;
    let mut last = "";
    let mut before_last = "";
    for label in host.split('.') {
        let ok =
            (1..=63).contains(&label.len()) && !label.starts_with('-') && !label.ends_with('-');
        if !ok {
            return None;
        }
        labels += 1;
        before_last = last;
        last = label;
    }
    if labels < 2 || !last.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let host_end = at + host.len();
    let path = host.len() == run.len() && bytes.get(host_end) == Some(&b'/');
    let accepted = GENERIC_TLDS.contains(&last)
        || (last.len() == 2 && (path || (labels >= 3 && SECOND_LEVEL.contains(&before_last))));
    if !accepted {
        return None;
    }
    if path {
        return url_rest(text, host_end, false).or(Some(host_end));
    }
    Some(host_end)
}

/// The end of the URL or e-mail address starting at byte `at` of `text` (whose character is
/// `c`), if one does: the one test the other scanners (dates, entities) use to keep a link one
/// opaque token, as this tokenizer does. `no_email_until` as for [`email_at`].
pub(crate) fn link_at(text: &str, at: usize, c: char, no_email_until: &mut usize) -> Option<usize> {
    if !c.is_ascii_alphanumeric() {
        return None;
    }
    url_at(text, at).or_else(|| email_at(text, at, no_email_until))
}

/// The end of the e-mail address starting at byte `at` of `text`, if one does.
/// `no_email_until`: no address starts before this byte. Every start inside one run of
/// local-part characters reaches the same `@` (or none), so one look-ahead answers for the whole
/// run and a scan from left to right stays linear.
pub(crate) fn email_at(text: &str, at: usize, no_email_until: &mut usize) -> Option<usize> {
    let c = text.get(at..)?.chars().next()?;
    if at < *no_email_until || !c.is_ascii_alphanumeric() {
        return None;
    }
    let local = |ch: char| ch.is_ascii_alphanumeric() || matches!(ch, '.' | '_' | '%' | '+' | '-');
    let at_sign = take_while(text, at, local);
    if text.as_bytes().get(at_sign) != Some(&b'@') {
        *no_email_until = at_sign;
        return None;
    }
    let end = domain_end(text, at_sign);
    if end.is_none() {
        *no_email_until = at_sign;
    }
    end
}

/// The end of the domain after the `@` at byte `at_sign` (ASCII labels, at least one dot).
pub(crate) fn domain_end(text: &str, at_sign: usize) -> Option<usize> {
    let label = |ch: char| ch.is_ascii_alphanumeric() || ch == '-';
    let mut end = take_while(text, at_sign + 1, label);
    let mut dots = 0;
    while text.as_bytes().get(end) == Some(&b'.') {
        let after = take_while(text, end + 1, label);
        if after == end + 1 {
            break;
        }
        end = after;
        dots += 1;
    }
    (end > at_sign + 1 && dots > 0).then_some(end)
}
