//! People's names grown by their parts: a family name with the article, the family named after
//! its founder, a European particle before a surname, a compound name with "الله".

use super::words::glued;
use super::{extend_to, is_free, take_over, Context};
use crate::entities::text::{Analysis, Kind};
use crate::entities::{Cand, Label, Source};

/// A family name with the article after a first name found alone is part of the name.
///
/// A first name the tagger found alone, right before a family name with the article and a
/// nisba's or teh marbuta's ending that no dictionary has ("للأخت نورة القحطاني" gave
/// "نورة", "عبد الحميد الدبيبة" "عبد الحميد"): the family
/// name is part of it (without the ending, kin words came in: "فرويد الابن", and CV lost 4
/// correct; a dictionary's nisba is an adjective: "المصري", "الحالي").
pub(super) fn family_names(cx: &Context, taken: &mut [Option<usize>], cands: &mut [Cand]) {
    let (text, a, n_user) = (cx.text, cx.a, cx.n_user);
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        let x = c.last + 1;
        // (a compound first name, "عبد الحميد", is one name too)
        let compound = c.last == c.first + 1 && a.canon(c.first) == "عبد";
        if c.dead
            || c.label != Label::Per
            || c.first != c.last && !compound
            || !compound && a.toks.get(c.first).is_none_or(|t| t.hint & 1 == 0)
            || !is_free(taken, x)
            || a.toks
                .get(x)
                .is_none_or(|t| t.nclitic != 0 || t.kind != Kind::Arabic || t.hint & 4 != 0)
            || dictionary_nisba(text, a, x)
            || !a.canon(x).starts_with("ال")
            || !a.canon(x).ends_with(['ي', 'ه'])
            || a.canon(x).chars().count() < 5
            || cx.title_end.get(x).copied().unwrap_or(false)
        {
            continue;
        }
        extend_to(taken, cands, ci, x);
    }
}

/// Is token `i`, a defined word, in the dictionary without its article ("المصري", "الحالي")?
fn dictionary_nisba(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        text.get(t.start..t.end)
            .and_then(|w| w.strip_prefix("ال"))
            .and_then(crate::segment::word_entry)
            .is_some_and(|e| e.is_dictionary_word() || e.zipf10 >= 40)
    })
}

/// A person's first word again, with the article, after the person is the family's name.
///
/// A person of two words or more followed by the first of them with the article: the family
/// named after its founder ("صباح خالد الحمد الصباح", "the morning" alone).
pub(super) fn founders_families(cx: &Context, taken: &mut [Option<usize>], cands: &mut [Cand]) {
    let (a, n_user) = (cx.a, cx.n_user);
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        let x = c.last + 1;
        // (the cheap tests first: only a person followed by a free word with the article walks
        // back, and of a run of persons side by side only the last has one, so the walks of a
        // text cost one pass over its persons; walking for every person of a long run of them
        // had been quadratic)
        if c.dead
            || c.label != Label::Per
            || !is_free(taken, x)
            || a.toks.get(x).is_none_or(|t| t.nclitic != 0)
            || !a.canon(x).starts_with("ال")
        {
            continue;
        }
        // (the name may still be two mentions side by side, joined later: "صباح" + "خالد
        // الحمد")
        let mut first = c.first;
        while let Some(p) = first
            .checked_sub(1)
            .and_then(|p| taken.get(p).copied().flatten())
            .and_then(|k| cands.get(k))
            .filter(|p| !p.dead && p.label == Label::Per && p.last + 1 == first)
        {
            first = p.first;
        }
        if c.last > first
            && a.toks.get(first).is_some_and(|t| t.nclitic == 0)
            && a.canon(x).strip_prefix("ال") == Some(a.canon(first))
        {
            extend_to(taken, cands, ci, x);
        }
    }
}

/// A name word and a European name particle before a person are its first name.
///
/// A name word and a European name particle right before a person are its first name:
/// "نيمار دا سيلفا" had given "سيلفا" (not "لا", also the negation).
pub(super) fn first_names_before_particles(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut [Cand],
) {
    let (text, a, n_user) = (cx.text, cx.a, cx.n_user);
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead || c.label != Label::Per || c.first < 2 {
            continue;
        }
        let (name, link) = (c.first - 2, c.first - 1);
        let plain = |k: usize| a.toks.get(k).is_some_and(|t| t.nclitic == 0);
        if crate::entities::FOREIGN_LINKS.contains(&a.canon(link))
            && a.canon(link) != "لا"
            && plain(link)
            && is_free(taken, link)
            && is_free(taken, name)
            && a.toks.get(name).is_some_and(|t| {
                // (a listed name word, or an unknown word without the article that no
                // dictionary has: "نيمار")
                t.kind == Kind::Arabic
                    && t.hint & 4 == 0
                    && (t.hint & 3 != 0
                        || t.hint == 0
                            && !a.canon(name).starts_with("ال")
                            && text
                                .get(t.start..t.end)
                                .and_then(crate::segment::word_entry)
                                .is_none_or(|e| !e.is_dictionary_word()))
            })
        {
            for x in taken.iter_mut().take(link + 1).skip(name) {
                *x = Some(ci);
            }
            if let Some(m) = cands.get_mut(ci) {
                m.first = name;
            }
        }
    }
}

/// First parts of compound names with "الله" (folded forms): "نصر الله", "فضل الله", "عطا
/// الله". Not "عبد" (a name link of its own), nor "فتح" (the movement), "حمد" (praise) or the title "آية" (Ayatollah).
pub(in crate::entities) const GOD_NAME_PARTS: &[&str] = &[
    "نصر", "فضل", "عطا", "خير", "جار", "حسب", "ذبيح", "سيف", "روح", "حبيب", "عوض", "ضيف", "جاب",
    "لطف", "نعمه", "هبه",
];

/// A compound name with "الله" next to a person is part of that person, not God.
///
/// A compound name with "الله" ("فضل الله", "ذبيح الله", "عطا الله") next to a person or a
/// person-name word is part of that person, not God (MISC): "محمد حسين فضل الله", "ذبيح
/// الله مجاهد"; "حسن نصر الله" as ANERcorp marks it. Alone it stays as it is ("فضل الله"
/// is also God's grace).
pub(super) fn names_with_allah(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (text, a, n_user) = (cx.text, cx.a, cx.n_user);
    let n = a.toks.len();
    for i in 1..n {
        if a.canon(i) != "الله" || a.toks.get(i).is_none_or(|t| t.nclitic != 0) {
            continue;
        }
        let p = i - 1;
        if !GOD_NAME_PARTS.contains(&a.word(p)) {
            continue;
        }
        // the tokens taken over: free, or found by the tagger or a rule (never the user)
        let mine = |j: usize| taken.get(j).is_some_and(|x| x.is_none_or(|k| k >= n_user));
        let person_at = |j: usize| {
            taken
                .get(j)
                .copied()
                .flatten()
                .filter(|&k| k >= n_user)
                .and_then(|k| cands.get(k))
                .filter(|c| !c.dead && c.label == Label::Per)
                .copied()
        };
        if !mine(p) || !mine(i) {
            continue;
        }
        let left = p
            .checked_sub(1)
            .and_then(person_at)
            .filter(|c| c.last + 1 == p);
        let right = person_at(i + 1)
            .filter(|c| c.first == i + 1)
            .map(|c| c.last)
            .or_else(|| {
                (is_free(taken, i + 1) && cx.per_word.get(i + 1).copied().unwrap_or(false))
                    .then_some(i + 1)
            });
        if left.is_none() && right.is_none() {
            continue;
        }
        let first = left.map_or(p, |c| c.first);
        let mut last = right.unwrap_or(i);
        // (the tagger's person after it ends before a word with a clitic: "مجاهد للصحفيين")
        if let Some(k) = (i + 2..=last).find(|&k| glued(text, a, k)) {
            last = k - 1;
        }
        take_over(
            taken,
            cands,
            Cand::new(first, last, Label::Per, Source::Rule),
        );
    }
}
