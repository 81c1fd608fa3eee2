//! Bodies named by a head and a defined noun, often with nisba adjectives: ministries, parties,
//! news agencies, banks, authorities, movements, and "الهيئة العليا المستقلة للانتخابات".

use super::words::{behind_clitic, defined_noun, is_sound_plural, place_of_nisba, NOT_A_NAME};
use super::{extend_to, found_from, is_free, take_over, yields_to, Context};
use crate::entities::text::{Analysis, Kind};
use crate::entities::{is_nisba, Cand, Label, Source, FUNCTION_WORDS};

/// A ministry's, party's or agency's head and the defined noun after it are an organisation.
///
/// A ministry, party, agency ... head + a defined noun (+ a nisba adjective):
/// "وزارة الصحة", "حزب العمال", "وزارة الخارجية الأمريكية".
pub(super) fn heads_with_defined_nouns(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    let a = cx.a;
    let n = a.toks.len();
    for t in 0..n {
        if !cx.trig_org.get(t).copied().unwrap_or(false)
            || !is_free(taken, t)
            || a.toks.get(t).is_some_and(|x| x.nclitic > 1)
        {
            continue;
        }
        let head = a.canon(t);
        if head == "نادي" {
            // a club: the name after the head, the head outside ("نادي الهلال": ORG الهلال)
            let x = t + 1;
            let name = a.canon(x);
            let arabic = a.toks.get(x).is_some_and(|k| k.kind == Kind::Arabic);
            if arabic
                && is_free(taken, x)
                && name.chars().count() >= 3
                && !FUNCTION_WORDS.contains(&name)
                // (a sound plural after it says whose club it is: "نادي الصحفيين")
                && if name.starts_with("ال") {
                    !is_sound_plural(name)
                } else {
                    !cx.common.get(x).copied().unwrap_or(true)
                }
            {
                if let Some(y) = taken.get_mut(x) {
                    *y = Some(cands.len());
                }
                cands.push(Cand::new(x, x, Label::Org, Source::Rule));
            }
            continue;
        }
        if !STRONG_ORG_HEADS.contains(&head) {
            continue;
        }
        let x = t + 1;
        if !is_free(taken, x) || !defined_noun(a, x) {
            continue;
        }
        let mut last = x;
        if is_free(taken, x + 1) && is_nisba(a.canon(x + 1)) {
            last = x + 1;
        }
        for y in taken.iter_mut().take(last + 1).skip(t) {
            *y = Some(cands.len());
        }
        cands.push(Cand::new(t, last, Label::Org, Source::Rule));
    }
}

/// Heads that make an organisation name with the defined noun after them (folded forms). Not
/// "هيئة": a panel as often as a body ("هيئة الدفاع", "هيئة المحكمة"); with it 4-fold CV lost
/// 13 predictions and gained no correct one. With a nisba after the noun it is a body: see
/// [`NISBA_ORG_HEADS`].
pub(in crate::entities) const STRONG_ORG_HEADS: &[&str] =
    &["وزاره", "حزب", "منظمه", "جامعه", "وكاله"];

/// A listed ministry of one defined noun takes the nisba adjective after it.
///
/// A listed ministry of one defined noun takes the nisba adjective after it, as the rule
/// above does for an unlisted one: "وزارة الدفاع الأوكرانية" (the list has "وزارة الدفاع").
/// Only a ministry: what follows it is a common noun, where after a party, university or
/// agency it is a name, and ANERcorp leaves the nisba out ("حزب الله اللبناني", "جامعة
/// السوربون الفرنسية"; with every head, 4-fold CV lost 7 correct).
pub(super) fn ministries_with_nisbas(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut [Cand],
) {
    let (a, n_user) = (cx.a, cx.n_user);
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        let x = c.last + 1;
        if c.dead
            || c.label != Label::Org
            || c.last != c.first + 1
            || a.canon(c.first) != "وزاره"
            || !is_free(taken, x)
            || a.toks.get(x).is_none_or(|t| t.nclitic != 0)
            || !is_nisba(a.canon(x))
        {
            continue;
        }
        extend_to(taken, cands, ci, x);
    }
}

/// A news agency's name runs from its head to "للأنباء".
///
/// A news agency's name runs to "للأنباء", whatever lies between: "وكالة المغرب العربي
/// للأنباء" (not ORG "المغرب العربي"), "وكالة فارس للأنباء"; the mentions of the tagger or
/// a rule inside it give way.
pub(super) fn news_agencies(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (a, n_user) = (cx.a, cx.n_user);
    let n = a.toks.len();
    for t in 0..n.saturating_sub(2) {
        let head = a.canon(t);
        if head != "وكاله" && behind_clitic(head, &["وكاله"]).is_none() {
            continue;
        }
        let Some(end) = (t + 2..(t + 6).min(n)).find(|&j| a.word(j) == "للانباء") else {
            continue;
        };
        let words = (t + 1..end).all(|j| {
            a.toks.get(j).is_some_and(|x| x.kind == Kind::Arabic)
                && !FUNCTION_WORDS.contains(&a.word(j))
                && !NOT_A_NAME.contains(&a.canon(j))
        });
        if words && yields_to(taken, cands, n_user, t, end) {
            take_over(taken, cands, Cand::new(t, end, Label::Org, Source::Rule));
        }
    }
}

/// A bank with the article and one or two nisba adjectives is that bank, the head inside.
///
/// A bank with the article and one or two nisba adjectives is that bank, the head inside,
/// as in ANERcorp ("البنك المركزي المصري", "البنك التجاري", "للبنك الأهلي": 25 times in 29
/// there); a one-word mention inside it gives way ("الأهلي" the club).
pub(super) fn banks(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (a, n_user) = (cx.a, cx.n_user);
    let n = a.toks.len();
    // (a mention of two words inside the nisbas gives way too: "البنك الأهلي المصري" had
    // given the club "الأهلي المصري")
    for t in 0..n.saturating_sub(1) {
        if !matches!(a.canon(t), "البنك" | "المصرف") {
            continue;
        }
        let adj = |j: usize| a.toks.get(j).is_some_and(|x| x.nclitic == 0) && is_nisba(a.canon(j));
        if !is_free(taken, t) {
            // the tagger's bank and one nisba, and one more: "البنك المركزي" + "الأردني"
            let mine = taken.get(t).copied().flatten().filter(|&k| k >= n_user);
            if let Some(c) = mine.and_then(|k| cands.get(k)) {
                let x = c.last + 1;
                if !c.dead
                    && c.label == Label::Org
                    && c.first == t
                    && c.last == t + 1
                    && adj(t + 1)
                    && mine_one(a, taken, cands, n_user, x)
                    && adj(x)
                {
                    take_over(taken, cands, Cand::new(t, x, Label::Org, Source::Rule));
                }
            }
            continue;
        }
        if adj(t + 1) && adj(t + 2) && yields_to(taken, cands, n_user, t + 1, t + 2) {
            take_over(taken, cands, Cand::new(t, t + 2, Label::Org, Source::Rule));
        } else if let Some(last) = nisbas_from(a, taken, cands, n_user, t + 1) {
            take_over(taken, cands, Cand::new(t, last, Label::Org, Source::Rule));
        }
    }
}

/// Is token `j` free, or held by a one-word mention (not the user's) that gives way?
fn mine_one(
    a: &Analysis,
    taken: &[Option<usize>],
    cands: &[Cand],
    n_user: usize,
    j: usize,
) -> bool {
    match taken.get(j).copied().flatten() {
        None => j < a.toks.len(),
        Some(k) => k >= n_user && cands.get(k).is_some_and(|c| c.first == j && c.last == j),
    }
}

/// The last of one or two nisba adjectives from token `j` (free, or a one-word mention
/// that gives way), if `j` is one.
fn nisbas_from(
    a: &Analysis,
    taken: &[Option<usize>],
    cands: &[Cand],
    n_user: usize,
    j: usize,
) -> Option<usize> {
    let adj = |j: usize| {
        mine_one(a, taken, cands, n_user, j)
            && a.toks.get(j).is_some_and(|x| x.nclitic == 0)
            // (or an institution's adjective: "صندوق الاستثمارات العامة")
            && (is_nisba(a.canon(j)) || INSTITUTION_ADJECTIVES.contains(&a.canon(j)))
    };
    adj(j).then(|| if adj(j + 1) { j + 1 } else { j })
}

/// An authority's, court's or commission's head, a defined noun and a nisba are one body.
///
/// An authority, court, commission ... + a defined noun + one or two nisba adjectives:
/// "هيئة السوق المالية", "محكمة النقض المصرية", "مؤسسة النقد العربي السعودي" (without
/// the adjective "هيئة الدفاع", "لجنة التحقيق" are a panel as often as a body).
pub(super) fn authorities(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (a, n_user) = (cx.a, cx.n_user);
    let n = a.toks.len();
    for t in 0..n.saturating_sub(2) {
        let head = a.canon(t);
        let head = behind_clitic(head, NISBA_ORG_HEADS).unwrap_or(head);
        if !NISBA_ORG_HEADS.contains(&head) || !is_free(taken, t) {
            continue;
        }
        let x = t + 1;
        if !is_free(taken, x) || !defined_noun(a, x) || is_nisba(a.canon(x)) {
            continue;
        }
        if let Some(last) = nisbas_from(a, taken, cands, n_user, x + 1) {
            take_over(taken, cands, Cand::new(t, last, Label::Org, Source::Rule));
        }
    }
}

/// Heads of an authority's, court's or commission's name that make one with a defined noun
/// only when a nisba adjective follows (folded): "هيئة السوق المالية", "محكمة النقض المصرية",
/// "دار الإفتاء المصرية".
pub(in crate::entities) const NISBA_ORG_HEADS: &[&str] = &[
    "هييه",
    "محكمه",
    "سلطه",
    "موسسه",
    "لجنه",
    "مفوضيه",
    "صندوق",
    "دار",
];

/// A movement's head, a defined noun and a place's nisba are a party.
///
/// A movement's head + a defined noun + the nisba of a place is a party: "حركة النهضة
/// التونسية" (not any nisba: "حركة الملاحة الجوية" is air traffic).
pub(super) fn movements(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (a, n_user) = (cx.a, cx.n_user);
    let n = a.toks.len();
    for t in 0..n.saturating_sub(2) {
        let head = a.canon(t);
        if behind_clitic(head, &["حركه"]).unwrap_or(head) != "حركه" || !is_free(taken, t) {
            continue;
        }
        let x = t + 1;
        if is_free(taken, x)
            && defined_noun(a, x)
            && !is_nisba(a.canon(x))
            && a.toks.get(x + 1).is_some_and(|t| t.nclitic == 0)
            && place_of_nisba(a.canon(x + 1))
            && is_free(taken, x + 1)
        {
            // (with the name it goes by right after it: "حركة المقاومة الفلسطينية حماس")
            let y = x + 2;
            let named = found_from(taken, cands, n_user, y, Label::Org)
                .is_some_and(|k| cands.get(k).is_some_and(|c| c.last == y));
            let last = if named { y } else { x + 1 };
            take_over(taken, cands, Cand::new(t, last, Label::Org, Source::Rule));
        }
    }
}

/// Heads of bodies (folded, without the article) that, with the article, adjectives and the
/// field of the body after them ("لـ" and a noun), name one body: "الهيئة العليا المستقلة
/// للانتخابات", "المديرية العامة للأمن الوطني", "المجلس الأعلى للقضاء".
pub(in crate::entities) const DEFINED_BODY_HEADS: &[&str] = &[
    "هييه",
    "مديريه",
    "مفوضيه",
    "مجلس",
    "لجنه",
    "موسسه",
    "وكاله",
    "منظمه",
    "جمعيه",
    "اتحاد",
    "نقابه",
    "رابطه",
    "سلطه",
    "شركه",
    "مكتب",
    "اداره",
    "صندوق",
    "مركز",
    "معهد",
];

/// Adjectives (folded) of a body's name: its rank, reach or independence ("العليا", "الوطنية",
/// "المستقلة"); not adjectives of description ("الحقيقية").
#[rustfmt::skip]
pub(in crate::entities) const INSTITUTION_ADJECTIVES: &[&str] = &[
    "العامه", "العام", "العليا", "الاعلي", "المستقله", "المستقل", "الوطنيه", "الوطني",
    "الدوليه", "الدولي", "الاتحاديه", "الاتحادي", "المركزيه", "المركزي", "الاقليميه",
    "الاقليمي", "العربيه", "العربي", "الاسلاميه", "الاسلامي", "الاوروبيه", "الاوروبي",
    "الافريقيه", "الافريقي", "الدايمه", "الدايم", "الملكيه", "الملكي", "الاهليه", "الاهلي",
    "الحكوميه", "الحكومي", "الخليجيه", "الخليجي", "المشتركه", "المشترك", "العالميه",
    "العالمي",
];

/// A defined body head, one to three of its adjectives (institutional ones, or a place's
/// nisba) and a word with "لل" (its field), then the field's nisba adjectives and at most one
/// more field, make one organisation when no other mention holds any of those words: "أعلنت
/// الهيئة العليا المستقلة للانتخابات", "المؤسسة الوطنية للنفط", "الاتحاد المصري للمصارعة".
/// Without an adjective the head and its field are a description as often as a name
/// ("المجلس للنظر"), so one is required.
pub(super) fn defined_bodies(a: &Analysis, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let n = a.toks.len();
    let free = |taken: &[Option<usize>], i: usize| taken.get(i).is_some_and(|t| t.is_none());
    // (the words after the head may hold a part of the name the tagger found: "الهيئة العامة
    // للأرصاد الجوية" had given ORG "للأرصاد الجوية"; it must end inside the name, below)
    let open = |taken: &[Option<usize>], cands: &[Cand], i: usize, head: usize| {
        taken.get(i).is_some_and(|t| {
            t.is_none_or(|k| {
                cands.get(k).is_some_and(|c| {
                    c.source == Source::Model && c.label == Label::Org && c.first > head
                })
            })
        })
    };
    let plain_defined = |i: usize| {
        a.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Arabic
                && t.nclitic == 0
                && t.hint & crate::entities::gazetteer::PLACE_BIT == 0
        }) && a.canon(i).starts_with("ال")
    };
    let institutional = |i: usize| {
        plain_defined(i)
            && (INSTITUTION_ADJECTIVES.contains(&a.canon(i)) || place_of_nisba(a.canon(i)))
    };
    // (a field: "لل" + a noun, the stripper's ل + ال, or a frequent word it keeps whole:
    // "للامن")
    let field = |taken: &[Option<usize>], cands: &[Cand], k: usize, head: usize| {
        open(taken, cands, k, head)
            && a.word(k)
                .strip_prefix("لل")
                .is_some_and(|w| w.chars().count() >= 2)
            && a.toks
                .get(k)
                .is_some_and(|x| x.kind == Kind::Arabic && x.nclitic <= 1)
    };
    for t in 0..n {
        let head_ok = a
            .canon(t)
            .strip_prefix("ال")
            .is_some_and(|h| DEFINED_BODY_HEADS.contains(&h));
        if !head_ok || !free(taken, t) || a.toks.get(t).is_none_or(|x| x.nclitic > 0) {
            continue;
        }
        let mut k = t + 1;
        while k < n && k <= t + 3 && institutional(k) && free(taken, k) {
            k += 1;
        }
        if k == t + 1 || !field(taken, cands, k, t) {
            continue;
        }
        // the field's nisba adjectives, and a second field ("للجان السياحية للمقاطعات الفرنسية")
        let (mut last, mut fields, mut adjectives) = (k, 1, 0);
        loop {
            let next = last + 1;
            if adjectives < 2
                && plain_defined(next)
                && is_nisba(a.canon(next))
                && open(taken, cands, next, t)
            {
                adjectives += 1;
            } else if fields < 2 && field(taken, cands, next, t) {
                fields += 1;
                adjectives = 0;
            } else {
                break;
            }
            last = next;
        }
        let inside = (k..=last).all(|i| {
            taken
                .get(i)
                .copied()
                .flatten()
                .and_then(|c| cands.get(c))
                .is_none_or(|c| c.last <= last)
        });
        if inside {
            take_over(taken, cands, Cand::new(t, last, Label::Org, Source::Rule));
        }
    }
}
