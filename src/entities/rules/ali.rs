//! "علي" (Ali) and "على" (on): search folding makes the two one word, so the text's spelling
//! and the words around a dotted "علي" tell whether it is the name.

use super::{found_from, is_free, take_over, Context};
use crate::entities::text::{Analysis, Kind};
use crate::entities::{Cand, Label, Source};

/// Does `text` spell the preposition "على" with its alef maqsura somewhere? Then a dotted "علي"
/// in it is the name Ali, search folding having made the two one word.
fn spells_ala(text: &str, a: &Analysis) -> bool {
    a.toks
        .iter()
        .any(|t| matches!(text.get(t.start..t.end), Some("على" | "وعلى" | "فعلى")))
}

/// The tokens "علي" spelled with its dots, in a text that tells it from "على".
///
/// "علي" is the name and "على" the preposition, but search folding makes them one word,
/// frequent enough to be listed as ordinary. A text that spells the preposition "على"
/// tells them apart, so there a dotted "علي" is the name again.
pub(super) fn dotted_ali(text: &str, a: &Analysis) -> Vec<usize> {
    if !spells_ala(text, a) {
        return Vec::new();
    }
    (0..a.toks.len())
        .filter(|&i| {
            a.toks
                .get(i)
                .is_some_and(|t| text.get(t.start..t.end) == Some("علي"))
        })
        .collect()
}

/// A dotted "علي" ([`dotted_ali`]) followed by name words or a family name with the article
/// is a person without a title too: "التقى علي السيستاني الوفد".
pub(super) fn names_after_dotted_ali(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    let (a, n_user) = (cx.a, cx.n_user);
    let n = a.toks.len();
    for &i in &cx.dotted_ali {
        // the tagger, which cannot see the dot, may have cut the name after "علي": join
        // its person "علي" to its person right after
        if let (Some(k1), Some(k2)) = (
            found_from(taken, cands, n_user, i, Label::Per),
            found_from(taken, cands, n_user, i + 1, Label::Per),
        ) {
            if cands.get(k1).is_some_and(|c| c.last == i) {
                let last = cands.get(k2).map_or(i + 1, |c| c.last);
                if let Some(c) = cands.get_mut(k2) {
                    c.dead = true;
                }
                if let Some(c) = cands.get_mut(k1) {
                    c.last = last;
                }
                for x in taken.iter_mut().take(last + 1).skip(i) {
                    *x = Some(k1);
                }
            }
            continue;
        }
        if !is_free(taken, i) {
            continue;
        }
        let mut last = i;
        while last + 1 < n && last < i + 3 && is_free(taken, last + 1) {
            let x = last + 1;
            let family = a.canon(x).starts_with("ال")
                && a.canon(x).chars().count() >= 5
                && !cx.common.get(x).copied().unwrap_or(true)
                && a.toks
                    .get(x)
                    .is_some_and(|t| t.nclitic == 0 && t.kind == Kind::Arabic);
            if !(cx.per_word.get(x).copied().unwrap_or(false) || family) {
                break;
            }
            last = x;
        }
        if last > i {
            let c = Cand::new(i, last, Label::Per, Source::Rule);
            for x in taken.iter_mut().take(c.last + 1).skip(c.first) {
                *x = Some(cands.len());
            }
            cands.push(c);
        }
    }
}

/// Words (folded) after which a dotted "علي" that ends a name is the name, not "على" spelled
/// loosely: a preposition or a particle opens the next phrase ("توفي حاتم علي في القاهرة",
/// "قال محمد علي إن"); an ordinary word after it reads as "on" ("أحمد علي هامش").
pub(in crate::entities) const AFTER_ALI: &[&str] = &[
    "في", "من", "الي", "عن", "ان", "انه", "انها", "بعد", "قبل", "خلال", "منذ", "الذي", "التي",
];

/// Nouns (folded) that the preposition "على" governs in set phrases: "على هامش" (on the
/// sidelines of), "على خلفية", "على صعيد", "على الرغم". A dotted "علي" right before one is
/// that preposition, loosely spelled, not the name Ali.
#[rustfmt::skip]
pub(in crate::entities) const ALA_NOUNS: &[&str] = &[
    "هامش", "راس", "خلفيه", "صعيد", "حساب", "مستوي", "اثر", "غرار", "ضوء", "اساس", "مدي",
    "مدار", "وقع", "متن", "طول", "نحو", "الرغم", "الاقل", "الفور", "عكس", "وشك", "قيد",
];

/// A person followed by "علي" spelled with its dots ends with it, the father's name or a
/// surname, when a preposition, a particle, punctuation or the text's end follows it, or
/// when the text spells the preposition "على" apart: "الفنان السوري حاتم علي في القاهرة".
pub(super) fn ali_after_names(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut [Cand],
    n_user: usize,
) {
    // (read the text for "على" only when a name is followed by a dotted "علي")
    let mut tells_ali = None;
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        let x = c.last + 1;
        if c.dead
            || c.label != Label::Per
            || a.written(text, x) != Some("علي")
            || taken.get(x).is_none_or(|t| t.is_some())
        {
            continue;
        }
        let closes = a
            .toks
            .get(x + 1)
            .is_none_or(|t| t.kind == Kind::Punct || AFTER_ALI.contains(&a.word(x + 1)));
        if ALA_NOUNS.contains(&a.canon(x + 1)) {
            continue;
        }
        if closes || *tells_ali.get_or_insert_with(|| spells_ala(text, a)) {
            if let Some(t) = taken.get_mut(x) {
                *t = Some(ci);
            }
            if let Some(c) = cands.get_mut(ci) {
                c.last = x;
            }
        }
    }
}

/// "علي" with its dots, alone, where the text spells the preposition "على" with its alef
/// maqsura elsewhere, is the name Ali ("تولى علي الخلافة بعد عثمان"): a writer who dots the one
/// does not dot the other. Not before "أن" ("علي أن أعترف", I must), and not where a list,
/// the tagger or a rule has the word.
pub(super) fn lone_ali(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    let ali = |taken: &[Option<usize>], x: usize| {
        a.toks.get(x).is_some_and(|t| {
            // (the stem is the end of the surface: asked of that first, not of the segmenter)
            if !text.get(t.start..t.end).is_some_and(|s| s.ends_with("علي")) {
                return false;
            }
            let stem = text.get(a.stem_start(text, x)..t.end);
            stem == Some("علي") && taken.get(x).is_some_and(|k| k.is_none())
        })
    };
    if !(0..a.toks.len()).any(|x| ali(taken, x)) || !spells_ala(text, a) {
        return;
    }
    for x in 0..a.toks.len() {
        if ali(taken, x) && !matches!(a.canon(x + 1), "ان" | "انه" | "انها" | "انني" | "اني")
        {
            take_over(taken, cands, Cand::new(x, x, Label::Per, Source::Rule));
        }
    }
}
