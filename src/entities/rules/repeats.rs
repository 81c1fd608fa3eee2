//! Names seen before: a surname or a one-word place or organisation found once counts wherever
//! else the text has it free.

use super::words::very_frequent;
use super::{is_free, Context};
use crate::entities::{is_name_token, is_nisba, Cand, Label, Source};
use crate::hash::WordMap;

/// A name found once is found again wherever else the text has it free.
///
/// A name found once counts wherever else the text has it free, unless it is a listed
/// common word or a very frequent one ("النادي", "البيت": Zipf 5 and above):
pub(super) fn names_seen_before(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (text, a, n_user) = (cx.text, cx.a, cx.n_user);
    let n = a.toks.len();
    let ordinary =
        |i: usize| a.toks.get(i).is_some_and(|t| t.hint & 4 != 0) || very_frequent(text, a, i);
    // a person's surname (not a number word either: the "الثاني" of "الحسن الثاني"; nor the
    // listed common "علي" / "على")
    let mut seen: WordMap<&str, usize> = WordMap::default();
    // one sense per text: a one-word place or organisation ("الويبو", "زيوريخ"), when every
    // one-word mention of it has that label (a word found alone as a person here and as an
    // organisation there has no one sense: "لينكس" tagged three ways in one article)
    let mut other: WordMap<&str, Label> = WordMap::default();
    let mut labels_of: WordMap<&str, u8> = WordMap::default();
    for c in cands.iter().filter(|c| !c.dead && c.first == c.last) {
        *labels_of.entry(a.canon(c.first)).or_default() |= 1 << (c.label as u8);
    }
    for (ci, c) in cands.iter().enumerate() {
        if c.dead {
            continue;
        }
        if c.label == Label::Per && c.last > c.first {
            let w = a.canon(c.last);
            if w.chars().count() >= 3 && !ordinary(c.last) && !crate::numbers::number_word(w) {
                seen.insert(w, ci);
            }
        } else if c.first == c.last
            && matches!(c.label, Label::Org | Label::Loc)
            && !ordinary(c.first)
            && labels_of.get(a.canon(c.first)) == Some(&(1 << (c.label as u8)))
        {
            other.entry(a.canon(c.first)).or_insert(c.label);
        }
    }
    if seen.is_empty() && other.is_empty() {
        return;
    }
    for i in 0..n {
        if !is_free(taken, i) || !is_name_token(a, i) {
            continue;
        }
        if let Some(&l) = other.get(a.canon(i)) {
            if let Some(s) = taken.get_mut(i) {
                *s = Some(cands.len());
            }
            cands.push(Cand::new(i, i, l, Source::Rule));
            continue;
        }
        let Some(&src) = seen.get(a.canon(i)) else {
            continue;
        };
        let Some(&Cand {
            first: sf,
            last: sl,
            ..
        }) = cands.get(src)
        else {
            continue;
        };
        // right after a person (not one of the user's names), it is that person's surname
        // ("توفيق" + "الحكيم")
        let before = i
            .checked_sub(1)
            .and_then(|j| taken.get(j).copied().flatten())
            .filter(|&ci| {
                ci >= n_user
                    && cands
                        .get(ci)
                        .is_some_and(|c| c.label == Label::Per && c.last + 1 == i)
            });
        if let Some(ci) = before {
            if let Some(c) = cands.get_mut(ci) {
                c.last = i;
            }
            if let Some(s) = taken.get_mut(i) {
                *s = Some(ci);
            }
            continue;
        }
        // a nisba surname right after a defined noun is an adjective that agrees with the
        // noun: "المطبخ الدمشقي" is a cuisine, whoever "… الدمشقي" was
        // (not after a title, "الشاعر الفردوسي", and not with a clitic, which no adjective
        // takes: "من الأفضل للشهرستاني")
        if is_nisba(a.canon(i))
            && a.toks.get(i).is_some_and(|t| t.nclitic == 0)
            && i.checked_sub(1).is_some_and(|j| {
                // (the noun may carry a preposition: "بالصابون الحلبي")
                a.canon(j).starts_with("ال")
                    && a.canon(j).chars().count() >= 4
                    && is_free(taken, j)
                    && !cx.title_end.get(j).copied().unwrap_or(false)
                    && a.toks.get(j).is_some_and(|t| t.hint & 1 == 0)
            })
        {
            continue;
        }
        // the words before it that the full name had before its surname come with it ("فان"
        // + "باستن" after "ماركو فان باستن")
        let mut f = i;
        while f > 0 && sl - (i - f) > sf {
            let (j, k) = (f - 1, sl - (i - f) - 1);
            if !is_free(taken, j) || a.canon(j) != a.canon(k) {
                break;
            }
            f = j;
        }
        for s in taken.iter_mut().take(i + 1).skip(f) {
            *s = Some(cands.len());
        }
        cands.push(Cand::new(f, i, Label::Per, Source::Rule));
    }
}
