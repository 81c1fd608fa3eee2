//! `parse_number`: the whole string must be one number.

use super::builder::{Builder, Item};
use super::extract::Ctx;
use super::scan::TKind;
use super::value::Q;
use super::Value;
use crate::error::quote;
use crate::{Error, Result};

fn err(text: &str, reason: impl Into<String>) -> Error {
    Error::NotANumber {
        text: text.to_string(),
        reason: reason.into(),
    }
}

pub(crate) fn parse(text: &str) -> Result<Value> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(err(text, "it is empty"));
    }
    let (neg, body) = match trimmed.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, trimmed),
    };
    let ctx = Ctx::new(body, false);
    let toks = &ctx.sc.toks;
    let tok = |k: usize| toks.get(k);
    let slice = |a: usize, b: usize| body.get(a..b).unwrap_or("");
    let (Some(t0), len) = (tok(0), toks.len()) else {
        return Err(err(text, "it has no digits or number words"));
    };
    // a/b written with digits: ١١/١٠, 3/4.
    let slash = len == 3 && t0.kind == TKind::Num && ctx.is_sym(1, &['/', '\u{2044}']);
    let q = if let (true, Some(t2)) = (slash, tok(2)) {
        if t2.kind != TKind::Num {
            return Err(err(
                text,
                "a fraction needs digits on both sides of the slash",
            ));
        }
        let (Some(a), Some(b)) = (t0.val, t2.val) else {
            return Err(err(text, "it does not fit in a 128-bit integer"));
        };
        a.div(b)
            .ok_or_else(|| err(text, "a fraction cannot have a zero denominator"))?
    } else if let (1, TKind::Sym(c)) = (len, t0.kind) {
        vulgar(c).ok_or_else(|| {
            err(
                text,
                format!("{} is not a number", quote(slice(t0.start, t0.end))),
            )
        })?
    } else if let (2, TKind::Num, Some(TKind::Sym(c))) = (len, t0.kind, tok(1).map(|t| t.kind)) {
        // a whole number with a vulgar fraction glued to it, "2½", as extract_numbers reads it
        let frac = vulgar(c)
            .filter(|_| tok(1).is_some_and(|t| !t.space_before) && t0.frac_digits == 0)
            .ok_or_else(|| {
                err(
                    text,
                    format!(
                        "{} cannot follow {} in one number",
                        quote(slice(tok(1).map_or(0, |t| t.start), body.len())),
                        quote(slice(t0.start, t0.end))
                    ),
                )
            })?;
        let whole = t0
            .val
            .ok_or_else(|| err(text, "it does not fit in a 128-bit integer"))?;
        whole
            .add(frac)
            .ok_or_else(|| err(text, "it does not fit in a 128-bit integer"))?
    } else {
        if let Some((h, _)) = ctx.hit(0) {
            if h.conj || h.prep {
                return Err(err(text, "it starts with a conjunction or preposition"));
            }
        }
        if t0.kind == TKind::Num && t0.val.is_none() {
            return Err(err(text, "it does not fit in a 128-bit integer"));
        }
        match ctx.parse_core(0) {
            Some(core) if core.last + 1 == len => {
                if core.built.vague {
                    return Err(err(
                        text,
                        "it is a vague plural (tens, hundreds, thousands of), not a number",
                    ));
                }
                core.value
            }
            Some(core) => {
                let stop = quote(
                    tok(core.last + 1)
                        .map(|t| slice(t.start, t.end))
                        .unwrap_or(""),
                );
                let upto = quote(slice(core.start, core.end));
                return Err(err(
                    text,
                    format!("{stop} cannot follow {upto} in one number"),
                ));
            }
            None => {
                // Say which word failed.
                let first = quote(slice(t0.start, t0.end));
                let mut b = Builder::new();
                let known = match ctx.hit(0) {
                    Some((h, e)) => b.push(
                        Item::Word {
                            e,
                            definite: h.article,
                        },
                        false,
                    ),
                    None => false,
                };
                if known {
                    return Err(err(
                        text,
                        format!("{first} does not make a number on its own or with what follows"),
                    ));
                }
                return Err(err(text, format!("{first} is not a number word")));
            }
        }
    };
    let q = if neg {
        q.neg()
            .ok_or_else(|| err(text, "it does not fit in a 128-bit integer"))?
    } else {
        q
    };
    Ok(q.to_value())
}

/// Unicode vulgar fractions.
pub(crate) fn vulgar(c: char) -> Option<Q> {
    let (n, d) = match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        '⅒' => (1, 10),
        _ => return None,
    };
    Q::new(n, d)
}
