//! Works: a title in quotes after its kind, "رواية «اللص والكلاب»".

use super::words::{quote, wordlike};
use super::{take_over, Context};
use crate::entities::{Cand, Label, Source};

/// The kinds of work whose quoted title after them is MISC (folded forms).
pub(in crate::entities) const WORK_HEADS: &[&str] =
    &["روايه", "فيلم", "كتاب", "مسرحيه", "قصيده", "ديوان"];

/// Is `h` (folded) a kind of work with a possessive pronoun ("روايتها", "فيلمه", "كتابي"; the
/// teh marbuta written open before the pronoun)?
fn owned_work(h: &str) -> bool {
    ["هما", "هم", "ها", "ه", "ي", "نا"].iter().any(|p| {
        h.strip_suffix(p).is_some_and(|stem| {
            WORK_HEADS.contains(&stem)
                || stem
                    .strip_suffix('ت')
                    .is_some_and(|s| WORK_HEADS.iter().any(|w| w.strip_suffix('ه') == Some(s)))
        })
    })
}

/// A title in quotes after the kind of work is MISC, the kind outside.
///
/// A work's title in quotes after its kind, the kind outside, as in ANERcorp: "رواية «اللص
/// والكلاب»" gives MISC اللص والكلاب (not a series': "مسلسل" titles are unmarked there).
pub(super) fn quoted_works(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (a, n_user) = (cx.a, cx.n_user);
    let n = a.toks.len();
    for t in 0..n {
        // (the quote after it first: one look turns away nearly every token, where the tests
        // of the head cost some twenty string comparisons a token)
        if !quote(a, t + 1) {
            continue;
        }
        let head = a.canon(t);
        let work = |h: &str| WORK_HEADS.contains(&h) || owned_work(h);
        let head_ok = work(head)
            || ["و", "ل", "ب"]
                .iter()
                .any(|c| head.strip_prefix(c).is_some_and(work));
        if !head_ok {
            continue;
        }
        let Some(j) = (t + 3..(t + 9).min(n)).find(|&j| quote(a, j)) else {
            continue;
        };
        // (a name the tagger or a list found inside the title is part of it: "فيلم «باربي»"
        // is no organisation; the user's names are left alone)
        let inside = |k: usize| {
            k >= n_user
                && cands
                    .get(k)
                    .is_some_and(|c| !c.dead && c.first >= t + 2 && c.last < j)
        };
        if (t + 2..j).all(|i| wordlike(a, i) && taken.get(i).is_some_and(|x| x.is_none_or(&inside)))
        {
            take_over(
                taken,
                cands,
                Cand::new(t + 2, j - 1, Label::Misc, Source::Rule),
            );
        }
    }
}
