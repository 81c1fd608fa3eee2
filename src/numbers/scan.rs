//! The one pass over the text: words (folded into a shared buffer), digit numbers (valued
//! exactly while scanning), Latin words and single-character symbols. Whitespace only sets
//! `space_before` on the next token.

use super::fold::{digit_value, fold_char, is_arabic_word_char};
use super::value::Q;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TKind {
    /// An Arabic word; its folded form is `buf[fs..fe]`.
    Word,
    /// A run of ASCII letters; its lower-cased form is `buf[fs..fe]`.
    Latin,
    /// Digits (any script) with thousands separators and one decimal point.
    Num,
    /// Any other single non-space character.
    Sym(char),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TKind,
    pub fs: u32,
    pub fe: u32,
    pub space_before: bool,
    /// For `Num`: the exact value (`None` when it overflowed).
    pub val: Option<Q>,
    /// For `Num`: digits after the decimal point (0 for integers).
    pub frac_digits: u8,
    /// For `Num`: digits before the point, and whether thousands separators were used.
    pub int_digits: u8,
    pub grouped: bool,
}

impl Tok {
    /// A token that is not a number: its span, kind, folded range in the buffer and spacing.
    fn plain(start: usize, end: usize, kind: TKind, folded: (u32, u32), space_before: bool) -> Tok {
        Tok {
            start,
            end,
            kind,
            fs: folded.0,
            fe: folded.1,
            space_before,
            val: None,
            frac_digits: 0,
            int_digits: 0,
            grouped: false,
        }
    }
}

/// The scanned text: tokens and the buffer holding their folded forms.
#[derive(Default)]
pub(crate) struct Scan {
    pub toks: Vec<Tok>,
    pub buf: String,
}

impl Scan {
    pub fn folded(&self, t: &Tok) -> &str {
        self.buf.get(t.fs as usize..t.fe as usize).unwrap_or("")
    }
}

#[inline]
fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The comma, the Arabic thousands sign, and the Arabic comma, which Arabic keyboards also put
/// between digits ("١٢،٥٠٠"; and as a decimal comma before one or two: "٨٧،٥٪").
fn is_thousands_sep(c: char) -> bool {
    matches!(c, ',' | '\u{066C}' | '\u{060C}')
}

fn is_decimal_point(c: char) -> bool {
    matches!(c, '.' | '\u{066B}')
}

/// Scans `text` into tokens. Linear: every char is looked at a bounded number of times.
#[cfg(test)]
pub(crate) fn scan(text: &str) -> Scan {
    scan_with(text, true)
}

/// [`scan`], telling whether `text` is running text, where a clock time or a phone number is
/// one opaque token, or a string given to `parse_number` ("0501234567" is a number there).
pub(crate) fn scan_with(text: &str, running: bool) -> Scan {
    let mut s = Scan {
        toks: Vec::with_capacity(text.len() / 6 + 4),
        buf: String::with_capacity(text.len()),
    };
    let bytes = text.as_bytes();
    let mut i = 0usize;
    let mut space = true;
    let mut no_email_until = 0usize;
    while i < text.len() {
        // ASCII spaces are the commonest character: skip them without decoding.
        if let Some(&b) = bytes.get(i) {
            if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
                space = true;
                i += 1;
                continue;
            }
        }
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let clen = c.len_utf8();
        if is_space(c) {
            space = true;
            i += clen;
            continue;
        }
        // A run of tatweel between digits (or a digit and no letter) is a dash drawn out, as
        // the normalizer reads it: "١٥ـ٢٠" is a range like "15-20", not two numbers. One
        // token, Sym(U+0640): a dash between a range's ends, never a minus sign.
        if c == '\u{0640}' {
            let run = text
                .get(i..)
                .unwrap_or("")
                .chars()
                .take_while(|&ch| ch == '\u{0640}')
                .count()
                * '\u{0640}'.len_utf8();
            let j = i + run;
            let before = text.get(..i).and_then(|t| t.chars().next_back());
            let after = text.get(j..).and_then(|t| t.chars().next());
            if run > 0 && crate::normalize::tatweel_is_dash(before, after) {
                s.toks
                    .push(Tok::plain(i, j, TKind::Sym('\u{0640}'), (0, 0), space));
                space = false;
                i = j;
                continue;
            }
        }
        if is_arabic_word_char(c) {
            let start = i;
            let fs = s.buf.len() as u32;
            let rest = text.get(i..).unwrap_or("");
            let mut len = rest.len();
            for (k, ch) in rest.char_indices() {
                if !is_arabic_word_char(ch) {
                    len = k;
                    break;
                }
                if let Some(f) = fold_char(ch) {
                    s.buf.push(f);
                }
            }
            let j = i + len;
            s.toks.push(Tok::plain(
                start,
                j,
                TKind::Word,
                (fs, s.buf.len() as u32),
                space,
            ));
            space = false;
            i = j;
            continue;
        }
        // A URL, an e-mail address, a hashtag, an @mention or a keycap emoji is one opaque
        // token: its digits are not numbers ("?id=42", "@user_1", "#عاجل_2024", "1️⃣").
        if c.is_ascii() {
            if let Some(j) = opaque_end(text, i, c, &mut no_email_until) {
                s.toks
                    .push(Tok::plain(i, j, TKind::Sym(OPAQUE), (0, 0), space));
                space = false;
                i = j;
                continue;
            }
        }
        if c.is_ascii_alphabetic() {
            let start = i;
            let fs = s.buf.len() as u32;
            let mut j = i;
            while let Some(&b) = bytes.get(j) {
                if !b.is_ascii_alphabetic() {
                    break;
                }
                s.buf.push(b.to_ascii_lowercase() as char);
                j += 1;
            }
            s.toks.push(Tok::plain(
                start,
                j,
                TKind::Latin,
                (fs, s.buf.len() as u32),
                space,
            ));
            space = false;
            i = j;
            continue;
        }
        // "+966 50 123 4567": an international phone number is no quantity either
        if running && c == '+' && !prev_is_digit(&s, i) {
            if let Some(j) = grouped_phone_end(text, i) {
                s.toks
                    .push(Tok::plain(i, j, TKind::Sym(OPAQUE), (0, 0), space));
                space = false;
                i = j;
                continue;
            }
        }
        let starts_number = digit_value(c).is_some()
            || (is_decimal_point(c)
                && text
                    .get(i + clen..)
                    .and_then(|r| r.chars().next())
                    .and_then(digit_value)
                    .is_some()
                && !prev_is_digit(&s, i));
        if running && starts_number && !prev_is_digit(&s, i) {
            // A clock time, a date written in digits or a phone number or code is no
            // quantity: "10:30" is not 10 and 30, "2023/11/05" not 2023, 11 and 5,
            // "0501234567" not 501,234,567.
            if let Some(j) = verse_number_end(text, i)
                .or_else(|| clock_end(text, i))
                .or_else(|| numeric_date_end(text, i))
                .or_else(|| dotted_id_end(text, i))
                .or_else(|| code_end(text, i))
                .or_else(|| grouped_phone_end(text, i))
            {
                s.toks
                    .push(Tok::plain(i, j, TKind::Sym(OPAQUE), (0, 0), space));
                space = false;
                i = j;
                continue;
            }
        }
        if starts_number {
            // After "1," (a list of digits) a comma is never decimal.
            let n = s.toks.len();
            let comma = n.checked_sub(1).and_then(|k| s.toks.get(k));
            let before = n.checked_sub(2).and_then(|k| s.toks.get(k));
            let in_list = !space
                && comma.is_some_and(|t| {
                    matches!(t.kind, TKind::Sym(',' | '\u{060C}')) && !t.space_before
                })
                && before.is_some_and(|t| t.kind == TKind::Num);
            let (tok, j) = scan_number(text, i, space, in_list);
            s.toks.push(tok);
            space = false;
            i = j;
            continue;
        }
        s.toks
            .push(Tok::plain(i, i + clen, TKind::Sym(c), (0, 0), space));
        space = false;
        i += clen;
    }
    s
}

/// The symbol kind given to a URL, e-mail, hashtag or mention token.
pub(crate) const OPAQUE: char = '\u{FFFC}';

/// If a keycap emoji, a hashtag or @mention, a URL or an e-mail address starts at byte `i`
/// (whose character is `c`), its end: the tokenizer's own rules, so the two never disagree on
/// what is one token.
fn opaque_end(text: &str, i: usize, c: char, no_email_until: &mut usize) -> Option<usize> {
    use crate::tokenize::{email_at, keycap_at, tag_at, url_at};
    keycap_at(text, i).or_else(|| tag_at(text, i)).or_else(|| {
        c.is_ascii_alphanumeric()
            .then(|| url_at(text, i).or_else(|| email_at(text, i, no_email_until)))
            .flatten()
    })
}

/// The value of the digits `text[a..b]` when there are one to `max` of them, all digits.
fn small_digits(text: &str, a: usize, b: usize, max: usize) -> Option<u32> {
    let s = text.get(a..b)?;
    let mut v = 0u32;
    let mut n = 0;
    for c in s.chars() {
        v = v * 10 + digit_value(c)?;
        n += 1;
    }
    (1..=max).contains(&n).then_some(v)
}

/// If a clock time ("10:30", "٠٨:١٥", "23:59:30") starts at byte `i`, its end: one or two
/// digits of hour (at most 24), a colon, two of minutes (at most 59), optionally a colon and
/// two of seconds, then optionally a decimal point and fractions of a second.
fn clock_end(text: &str, i: usize) -> Option<usize> {
    let (nh, he) = digit_run(text, i);
    if nh == 0 || nh > 2 || small_digits(text, i, he, 2)? > 24 {
        return None;
    }
    let mut end = he;
    for part in 0..2 {
        if !text.get(end..).is_some_and(|r| r.starts_with(':')) {
            break;
        }
        let (n, e) = digit_run(text, end + 1);
        if n != 2 || small_digits(text, end + 1, e, 2)? > 59 {
            // "10:30:5" — not a clock, unless the minutes were already read
            return (part > 0).then_some(end);
        }
        end = e;
    }
    if end == he {
        return None;
    }
    // "1:43.5", "2:01:09.45": tenths and hundredths of a second, as race times are written,
    // belong to the time (".5" is no number of its own)
    let mut rest = text.get(end..).unwrap_or("").chars();
    if let Some(point) = rest.next().filter(|&c| is_decimal_point(c)) {
        if rest.next().and_then(digit_value).is_some() {
            end = digit_run(text, end + point.len_utf8()).1;
        }
    }
    Some(end)
}

/// If a date written in digits starts at byte `i`, its end: day, month and year
/// ("5/11/2023", "05-11-23") or year, month and day ("2023/11/05", "2023-11-05"), joined by
/// one separator used twice: `/`, `-`, a tatweel run or `\\`, a `.` only with a four-digit year ("05.11.2023";
/// "3.11.20" may be a version), or `/` with one or two spaces around it ("5 / 11 / 2023", as the
/// dates read it). The month is 1 to 12 and the day 1 to 31, and no digit, nor a separator and a
/// digit, follows ("1/2/3/4" is no date). Looks at three short digit runs: linear.
fn numeric_date_end(text: &str, i: usize) -> Option<usize> {
    // the end of a separator `sep` at byte `at` (spaces allowed around '/' only)
    let sep_end = |at: usize, sep: char| -> Option<usize> {
        let spaces = |mut j: usize| {
            let mut n = 0;
            while text.as_bytes().get(j) == Some(&b' ') && n < 3 {
                j += 1;
                n += 1;
            }
            (n, j)
        };
        let (before, j) = spaces(at);
        let r = text.get(j..)?;
        if !r.starts_with(sep) {
            return None;
        }
        // (a tatweel is drawn out to any length: "٢٠٢٤ـــ٠٥ـــ١٢")
        let len = if sep == '\u{0640}' {
            r.len() - r.trim_start_matches(sep).len()
        } else {
            sep.len_utf8()
        };
        let (after, j) = spaces(j + len);
        let spaced = before > 0 || after > 0;
        let ok = if spaced {
            sep == '/' && (1..=2).contains(&before) && (1..=2).contains(&after)
        } else {
            true
        };
        ok.then_some(j)
    };
    // not the tail of a longer chain ("1/5/11/2023", "5 / 1 / 12 / 2023")
    let mut before = text.get(..i)?.trim_end_matches(' ').chars().rev();
    if before
        .next()
        .is_some_and(|c| matches!(c, '/' | '-' | '.' | '\\' | ':'))
        && before.find(|&c| c != ' ').and_then(digit_value).is_some()
    {
        return None;
    }
    let (n1, e1) = digit_run(text, i);
    let sep = text.get(e1..)?.trim_start_matches(' ').chars().next()?;
    if !matches!(sep, '/' | '-' | '.' | '\\' | '\u{0640}') {
        return None;
    }
    let s2 = sep_end(e1, sep)?;
    let (n2, e2) = digit_run(text, s2);
    let s3 = sep_end(e2, sep)?;
    let (n3, e3) = digit_run(text, s3);
    let (d, m, y) = match (n1, n2, n3) {
        (1 | 2, 1 | 2, 2 | 4) => (
            small_digits(text, i, e1, 2)?,
            small_digits(text, s2, e2, 2)?,
            n3,
        ),
        (4, 1 | 2, 1 | 2) => (
            small_digits(text, s3, e3, 2)?,
            small_digits(text, s2, e2, 2)?,
            n1,
        ),
        _ => return None,
    };
    if !(1..=31).contains(&d) || !(1..=12).contains(&m) || (sep == '.' && y != 4) {
        return None;
    }
    // not followed by more of the chain
    let rest = text.get(e3..).unwrap_or("");
    let digit_first = |r: &str| r.chars().next().and_then(digit_value).is_some();
    let more = digit_first(rest)
        || rest
            .trim_start_matches(' ')
            .strip_prefix(['/', '-', '.', '\\', ':'])
            .is_some_and(|r| digit_first(r.trim_start_matches(' ')));
    (!more).then_some(e3)
}

/// If a version, an IP address or a section number ("3.2.1", "iOS 17.4.1", "192.168.1.10",
/// "1.2.3") starts at byte `i`, its end: three or more groups of digits joined by single
/// periods. No quantity: "3.2.1" is not 3.2 and 1. A number with periods for thousands
/// ("5.000.000", "12.500.750": every group after the first has three digits, the first at
/// most three) stays a number, and a date ("05.11.2023") is read before this. One pass over
/// the chain: linear.
fn dotted_id_end(text: &str, i: usize) -> Option<usize> {
    let (n0, mut e) = digit_run(text, i);
    if n0 == 0 {
        return None;
    }
    let mut groups = 1;
    let mut thousands = n0 <= 3;
    while text.as_bytes().get(e) == Some(&b'.') {
        let (n, e2) = digit_run(text, e + 1);
        if n == 0 {
            break;
        }
        thousands &= n == 3;
        groups += 1;
        e = e2;
    }
    (groups >= 3 && !thousands).then_some(e)
}

/// If the number of a verse, a footnote or a page starts at byte `i`, its end: digits right
/// after the sign that encloses them (the end of ayah ۝ U+06DD, the footnote marker U+0602,
/// the page sign U+0603: "۝١٢"), or digits alone between the ornate parentheses ("﴿٢﴾").
/// A label, no quantity: "۝١٢ خَلَقَ" had counted the next verse's first word as its unit.
fn verse_number_end(text: &str, i: usize) -> Option<usize> {
    let before = text.get(..i)?.chars().next_back()?;
    let ornate = |c: char| matches!(c, '\u{FD3E}' | '\u{FD3F}');
    if !matches!(before, '\u{06DD}' | '\u{0602}' | '\u{0603}') && !ornate(before) {
        return None;
    }
    let rest = text.get(i..)?;
    let j = i + rest
        .char_indices()
        .find(|&(_, c)| digit_value(c).is_none())
        .map_or(rest.len(), |(k, _)| k);
    let after = text.get(j..).and_then(|r| r.chars().next());
    (j > i && (!ornate(before) || after.is_some_and(ornate))).then_some(j)
}

/// If a phone number or a code written with a leading zero ("0501234567", "00963...") starts
/// at byte `i`, its end: a zero, then at least five more digits with nothing decimal after.
fn code_end(text: &str, i: usize) -> Option<usize> {
    if digit_value(text.get(i..)?.chars().next()?)? != 0 {
        return None;
    }
    let (n, e) = digit_run(text, i);
    let mut rest = text.get(e..).unwrap_or("").chars();
    let decimal = rest
        .next()
        .is_some_and(|c| is_decimal_point(c) || c == ',' || c == '\u{066C}')
        && rest.next().and_then(digit_value).is_some();
    (n >= 6 && !decimal).then_some(e)
}

/// If a phone number written in groups starts at byte `i`, its end: "+966 50 123 4567",
/// "+44-20-7946-0958", "00962 79 123 4567", "050-123-4567", "06 5551234". A "+" or a leading
/// "00" (international), or a leading zero and two or more digits, then groups of digits joined
/// by one space or hyphen: 8 to 15 digits in all. After a national leading zero every later
/// group has three digits or more, so "05 10" stays two numbers, except in the pairs of the
/// Maghreb and France: a zero and one digit, then pairs only, five groups at least ("05 22 33
/// 44 55", "06-61-23-45-67"; four pairs would be a list of small numbers too often).
fn grouped_phone_end(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let plus = rest.starts_with('+');
    let first = if plus { i + 1 } else { i };
    let (n0, mut e) = digit_run(text, first);
    let mut lead = text.get(first..)?.chars().map(digit_value);
    let (d0, d1) = (lead.next().flatten(), lead.next().flatten());
    let intl = plus || (d0 == Some(0) && d1 == Some(0));
    if n0 == 0 || n0 > 15 || !(plus || (n0 >= 2 && d0 == Some(0))) {
        return None;
    }
    // pairs after a zero and one digit when the next group is a pair too
    let pairs = !intl && n0 == 2 && {
        let r = text.get(e..).unwrap_or("");
        (r.starts_with(' ') || r.starts_with('-')) && digit_run(text, e + 1).0 == 2
    };
    let mut total = n0;
    let mut groups = 1;
    while let Some(sep) = text.get(e..).and_then(|r| r.chars().next()) {
        if sep != ' ' && sep != '-' {
            break;
        }
        let (n, e2) = digit_run(text, e + 1);
        let fits = if pairs { n == 2 } else { intl || n >= 3 };
        if n == 0 || !fits || total + n > 15 {
            break;
        }
        total += n;
        groups += 1;
        e = e2;
    }
    // a decimal point after the last group makes it a number ("050 1.5")
    let mut after = text.get(e..).unwrap_or("").chars();
    let decimal =
        after.next().is_some_and(is_decimal_point) && after.next().and_then(digit_value).is_some();
    let enough = if pairs {
        groups >= 5
    } else {
        plus || groups >= 2
    };
    (total >= 8 && enough && !decimal).then_some(e)
}

fn prev_is_digit(s: &Scan, i: usize) -> bool {
    matches!(s.toks.last(), Some(t) if t.kind == TKind::Num && t.end == i)
}

/// Counts the digits starting at byte `i` and returns (count, end).
fn digit_run(text: &str, i: usize) -> (usize, usize) {
    let mut j = i;
    let mut n = 0;
    while let Some(c) = text.get(j..).and_then(|r| r.chars().next()) {
        if digit_value(c).is_none() {
            break;
        }
        n += 1;
        j += c.len_utf8();
    }
    (n, j)
}

fn scan_number(text: &str, start: usize, space_before: bool, in_list: bool) -> (Tok, usize) {
    let mut mant: Option<i128> = Some(0);
    let mut frac_digits: u32 = 0;
    let mut int_digits: u32 = 0;
    let mut grouped = false;
    let mut dot_grouped = false;
    let mut in_frac = false;
    let mut j = start;
    let push = |mant: Option<i128>, d: u32| {
        mant.and_then(|m| m.checked_mul(10))
            .and_then(|m| m.checked_add(d as i128))
    };
    while let Some(c) = text.get(j..).and_then(|r| r.chars().next()) {
        if let Some(d) = digit_value(c) {
            mant = push(mant, d);
            if in_frac {
                frac_digits += 1;
            } else {
                int_digits += 1;
            }
            j += c.len_utf8();
            continue;
        }
        let after = j + c.len_utf8();
        if !in_frac && is_thousands_sep(c) && int_digits > 0 {
            let (n, _) = digit_run(text, after);
            // Exactly three digits after it, and the part before is a plain group (3,500 or
            // 1,000,000; not 3500,000).
            if n == 3 && (int_digits <= 3 || grouped) {
                grouped = true;
                j = after;
                continue;
            }
            // A decimal comma: "5,7 مليون", "103,7" (one, two or four+ digits after it,
            // and no further comma group: 1,2,3 is a list); the Arabic comma before one or two
            // ("٨٧،٥٪"; "2019،2020" is two years).
            let decimal_comma = match c {
                ',' => n != 3,
                '\u{060C}' => n <= 2,
                _ => false,
            };
            if decimal_comma && !grouped && !in_list && n > 0 {
                let (_, k) = digit_run(text, after);
                let next = text.get(k..).and_then(|r| r.chars().next());
                let list =
                    next.is_some_and(|x| matches!(x, ',' | '\u{060C}') || is_decimal_point(x));
                if !list {
                    in_frac = true;
                    j = after;
                    continue;
                }
            }
            break;
        }
        // Periods as thousands separators: "5.000.000" (two or more groups of exactly three
        // digits; "5.000" alone stays a decimal, which the extractor may read otherwise), or
        // one group before a decimal comma: "13.245,67" (not three digits after the comma)
        if !in_frac && !grouped && c == '.' && int_digits > 0 {
            let (n, k) = digit_run(text, after);
            let another = || {
                text.get(k..).is_some_and(|r| r.starts_with('.')) && digit_run(text, k + 1).0 == 3
            };
            let comma_decimal = || {
                !in_list
                    && text.get(k..).is_some_and(|r| r.starts_with(','))
                    && matches!(digit_run(text, k + 1), (m, e) if m > 0 && m != 3
                        && !text.get(e..).is_some_and(|r| r.starts_with([',', '.'])))
            };
            if n == 3 && (dot_grouped || int_digits <= 3 && (another() || comma_decimal())) {
                dot_grouped = true;
                j = after;
                continue;
            }
            if dot_grouped {
                break;
            }
        }
        if !in_frac && !dot_grouped && is_decimal_point(c) {
            let (n, _) = digit_run(text, after);
            if n > 0 {
                in_frac = true;
                j = after;
                continue;
            }
        }
        break;
    }
    let mut val = mant.and_then(|m| {
        if frac_digits == 0 {
            Some(Q::int(m))
        } else {
            Q::new(m, 10i128.checked_pow(frac_digits)?)
        }
    });
    // Social media's thousands, millions and billions: "10k", "1.5M", "$1.5B" (a letter glued
    // to the digits and nothing alphanumeric after it). A single digit stays itself: "4K"
    // screens, "5K" runs, "3M", "5B".
    let suffix = text
        .get(j..)
        .and_then(|r| r.chars().next())
        .and_then(|c| match c {
            'k' | 'K' => Some(1_000),
            'M' => Some(1_000_000),
            'B' => Some(1_000_000_000),
            _ => None,
        });
    let after_suffix = text.get(j + 1..).and_then(|r| r.chars().next());
    if let Some(scale) = suffix.filter(|_| {
        !after_suffix.is_some_and(|c| c.is_alphanumeric())
            && !grouped
            && !dot_grouped
            && (frac_digits > 0 || int_digits >= 2)
    }) {
        if let Some(v) = val.and_then(|v| v.mul(Q::int(scale))) {
            val = Some(v);
            j += 1;
        }
    }
    (
        Tok {
            start,
            end: j,
            kind: TKind::Num,
            fs: 0,
            fe: 0,
            space_before,
            val,
            frac_digits: frac_digits.min(255) as u8,
            int_digits: int_digits.min(255) as u8,
            grouped: grouped || dot_grouped,
        },
        j,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(text: &str) -> Vec<(String, Option<Q>)> {
        let s = scan(text);
        s.toks
            .iter()
            .filter(|t| t.kind == TKind::Num)
            .map(|t| (text[t.start..t.end].to_string(), t.val))
            .collect()
    }

    #[test]
    fn digit_numbers() {
        let cases: &[(&str, &str, Q)] = &[
            ("3500", "3500", Q::int(3500)),
            ("٣٥٠٠", "٣٥٠٠", Q::int(3500)),
            ("۳۵۰۰", "۳۵۰۰", Q::int(3500)),
            ("3,500 x", "3,500", Q::int(3500)),
            ("٣٬٥٠٠", "٣٬٥٠٠", Q::int(3500)),
            ("12.5", "12.5", Q { n: 25, d: 2 }),
            ("١٢٫٥", "١٢٫٥", Q { n: 25, d: 2 }),
            (".77", ".77", Q { n: 77, d: 100 }),
            ("٫٧٧", "٫٧٧", Q { n: 77, d: 100 }),
            ("1,000,000", "1,000,000", Q::int(1_000_000)),
            ("1.", "1", Q::int(1)),
            ("3,5", "3,5", Q { n: 7, d: 2 }),
            ("1,2,3", "1", Q::int(1)),
            ("103,7", "103,7", Q { n: 1037, d: 10 }),
            ("01.10", "01.10", Q { n: 11, d: 10 }),
            ("5.000.000", "5.000.000", Q::int(5_000_000)),
            ("12.500.750 دولار", "12.500.750", Q::int(12_500_750)),
            ("5.000", "5.000", Q { n: 5, d: 1 }),
        ];
        for (text, span, q) in cases {
            let got = nums(text);
            assert_eq!(got.first(), Some(&(span.to_string(), Some(*q))), "{text}");
        }
    }

    #[test]
    fn urls_emails_hashtags_and_mentions_are_opaque() {
        for text in [
            "https://example.org/news?id=42",
            "www.site.com/2020/05",
            "user42@mail.com",
            "HTTP://X.ORG/7",
            "2024news@mail.com",
        ] {
            assert_eq!(nums(text), vec![], "{text}");
        }
        assert_eq!(nums("راسلوا a@b.c أو 42").len(), 1);
        // hashtags and mentions as the tokenizer sees them; "#2024" is no hashtag
        for text in ["@user_1", "#عاجل_2024", "تابعوا @قناة_24 الآن"] {
            assert_eq!(nums(text), vec![], "{text}");
        }
        assert_eq!(
            nums("#2024"),
            vec![("2024".to_string(), Some(Q::int(2024)))]
        );
        // a keycap emoji is a picture
        assert_eq!(nums("1\u{FE0F}\u{20E3} البند"), vec![]);
        assert_eq!(nums("5\u{20E3}"), vec![]);
        // the URL ends where the tokenizer ends it: the number after "(" is outside
        assert_eq!(
            nums("(www.site.com/a) 42"),
            vec![("42".to_string(), Some(Q::int(42)))]
        );
    }

    #[test]
    fn dotted_chains_are_opaque_in_running_text() {
        // three groups or more that are not thousands: a version or an address
        for text in ["3.2.1", "192.168.1.10", "1.000.5", "v17.4.1"] {
            assert_eq!(nums(text), vec![], "{text}");
        }
        // parse_number still reads the number part ("1.000.5" stops after "1.000")
        let s = scan_with("1.000.5", false);
        let t = s
            .toks
            .first()
            .map(|t| ("1.000.5".get(t.start..t.end), t.val));
        assert_eq!(t, Some((Some("1.000"), Some(Q::int(1)))));
        assert_eq!(
            nums("5.000.000"),
            vec![("5.000.000".into(), Some(Q::int(5_000_000)))]
        );
    }

    #[test]
    fn huge_digit_run_does_not_wrap() {
        let big = "9".repeat(60);
        assert_eq!(nums(&big), vec![(big.clone(), None)]);
    }

    #[test]
    fn words_symbols_and_spaces() {
        let text = "قال: بـ3 kg،\u{200f}ثلاثة";
        let s = scan(text);
        let kinds: Vec<TKind> = s.toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            vec![
                TKind::Word,
                TKind::Sym(':'),
                TKind::Word,
                TKind::Num,
                TKind::Latin,
                TKind::Sym('،'),
                TKind::Word
            ]
        );
        assert_eq!(s.folded(&s.toks[2]), "ب");
        assert!(s.toks[6].space_before);
        assert!(!s.toks[3].space_before);
    }
}
