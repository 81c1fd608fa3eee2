//! Reading a number at a token position — the one place the date grammar reads numbers.
//!
//! Digit groups are read here; number words (cardinal and ordinal, up to the small values that
//! dates need: days, hours, minutes, counts of units) come from a small temporary lexicon until
//! the crate's number parser lands, when [`read_number`] switches to it.

use super::scan::{Kind, Tok};

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

/// (value, ordinal) of a single number word (folded, no clitics), article stripped.
fn word_value(w: &str) -> Option<(i64, bool, u8)> {
    // third field: 0 unit-like (1..9), 1 ten (10 alone), 2 tens (20..90), 3 teen marker (عشر)
    Some(match w {
        "واحد" | "واحده" | "احدي" => (1, false, 0),
        "احد" => (1, false, 0),
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "اثنا" | "اثني" | "اثنتا" | "اثنتي" => {
            (2, false, 0)
        }
        "ثلاث" | "ثلاثه" => (3, false, 0),
        "اربع" | "اربعه" => (4, false, 0),
        "خمس" | "خمسه" => (5, false, 0),
        "ست" | "سته" => (6, false, 0),
        "سبع" | "سبعه" => (7, false, 0),
        "ثمان" | "ثماني" | "ثمانيه" => (8, false, 0),
        "تسع" | "تسعه" => (9, false, 0),
        "عشر" | "عشره" => (10, false, 3),
        "عشرون" | "عشرين" => (20, false, 2),
        "ثلاثون" | "ثلاثين" => (30, false, 2),
        "اربعون" | "اربعين" => (40, false, 2),
        "خمسون" | "خمسين" => (50, false, 2),
        "اول" | "الاول" | "اولي" | "الاولي" => (1, true, 0),
        "ثاني" | "ثان" | "ثانيه" => (2, true, 0),
        "ثالث" | "ثالثه" => (3, true, 0),
        "رابع" | "رابعه" => (4, true, 0),
        "خامس" | "خامسه" => (5, true, 0),
        "سادس" | "سادسه" => (6, true, 0),
        "سابع" | "سابعه" => (7, true, 0),
        "ثامن" | "ثامنه" => (8, true, 0),
        "تاسع" | "تاسعه" => (9, true, 0),
        "عاشر" | "عاشره" => (10, true, 1),
        "حادي" | "حاديه" => (1, true, 0),
        _ => return None,
    })
}

fn split_article(w: &str) -> (bool, &str) {
    match w.strip_prefix("ال") {
        Some(r) if r.chars().count() >= 2 => (true, r),
        _ => (false, w),
    }
}

/// Whether a folded word (no clitics) is a number word the date grammar reads.
pub(crate) fn is_number_word(w: &str) -> bool {
    word_value(w).is_some() || word_value(split_article(w).1).is_some()
}

fn word_at(toks: &[Tok], i: usize) -> Option<(i64, bool, u8, bool)> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    if let Some((v, o, c)) = word_value(&t.norm) {
        return Some((v, o, c, t.norm.starts_with("ال")));
    }
    let (def, bare) = split_article(&t.norm);
    let (v, o, c) = word_value(bare)?;
    Some((v, o, c, def))
}

/// Reads a number (digits, or number words) starting at token `i`.
///
/// Words: a unit (1–9) optionally followed by "عشر(ة)" (teens) or by "و" + a tens word
/// (21–59); a tens word alone; "عشرة"/"العاشر" alone. Ordinal when the first word is one. A
/// token that carries the conjunction و cannot start a number.
pub(crate) fn read_number(toks: &[Tok], i: usize) -> Option<Num> {
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
    let (v, ord, class, def) = word_at(toks, i)?;
    let mut num = Num {
        value: v,
        ordinal: ord,
        definite: def,
        digits: false,
        ndigits: 0,
        end: i + 1,
    };
    // "حادي"/"حادية" must be followed by عشر
    let needs_teen = matches!(
        t.norm.as_str(),
        "حادي"
            | "حاديه"
            | "الحادي"
            | "الحاديه"
            | "احد"
            | "احدي"
            | "اثنا"
            | "اثني"
            | "اثنتا"
            | "اثنتي"
    );
    if class == 0 {
        if let Some((10, _, 3, _)) =
            word_at(toks, i + 1).filter(|_| toks.get(i + 1).is_some_and(|t| t.pre.is_empty()))
        {
            num.value = v + 10;
            num.end = i + 2;
            return Some(num);
        }
        if needs_teen {
            if t.norm.contains("احد") || t.norm.contains("حادي") {
                // "الحادي والعشرون" (21) is fine; "احد" alone is "one of", not a number here
                if let Some(n) = tens_after(toks, i + 1) {
                    num.value = v + n;
                    num.end = i + 2;
                    return Some(num);
                }
                return None;
            }
            return None;
        }
        if let Some(n) = tens_after(toks, i + 1) {
            num.value = v + n;
            num.end = i + 2;
        }
        return Some(num);
    }
    Some(num)
}

/// The number of the single token at `i` (no compounds): "الرابعة" in "الرابعة وأربعون دقيقة".
pub(crate) fn read_one(toks: &[Tok], i: usize) -> Option<Num> {
    let n = read_number(toks, i)?;
    if n.end == i + 1 {
        return Some(n);
    }
    let (v, ord, _, def) = word_at(toks, i)?;
    Some(Num {
        value: v,
        ordinal: ord,
        definite: def,
        digits: false,
        ndigits: 0,
        end: i + 1,
    })
}

/// "و" + a tens word at `i` (as one token "والعشرين" or as "و" then "عشرين").
fn tens_after(toks: &[Tok], i: usize) -> Option<i64> {
    let t = toks.get(i)?;
    if t.has_wa() {
        if let Some((n, _, 2, _)) = word_at(toks, i) {
            return Some(n);
        }
    }
    None
}
