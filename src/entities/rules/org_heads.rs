//! What an organisation's head word takes after it: a place ("حكومة" + a place), a nisba
//! adjective or a titled person ("جامعة الملك سعود"), the field it works in ("شركة قطر للطاقة").

use super::{is_free, Context};
use crate::entities::{is_nisba, Cand, Label, Source};

/// An organisation's head word and the place after it are one organisation.
///
/// Organisation head + place: "وزارة الخارجية" stays with the model, but "دينامو كييف",
/// "حكومة" ... + a place found by the model becomes one ORG.
pub(super) fn heads_before_places(cx: &Context, taken: &mut [Option<usize>], cands: &mut [Cand]) {
    let a = cx.a;
    for ci in 0..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead
            || c.label != Label::Loc
            || c.first == 0
            || c.source == Source::Gazetteer && c.last > c.first
        {
            continue;
        }
        let t = c.first - 1;
        // "مركز" (centre) heads places as often as organisations
        if cx.trig_org.get(t).copied().unwrap_or(false) && is_free(taken, t) && a.canon(t) != "مركز"
        {
            let last = c.last;
            for x in taken.iter_mut().take(last + 1).skip(t) {
                *x = Some(ci);
            }
            if let Some(cm) = cands.get_mut(ci) {
                *cm = Cand::new(t, last, Label::Org, Source::Rule);
            }
        }
    }
}

/// An organisation named by a head word runs on over a nisba or a titled person after it.
///
/// An organisation named by a head word runs on over a nisba adjective after it ("وزارة
/// الداخلية السعودية": the adjective is no place here) and over a person's name after a
/// title it ends on ("جامعة الملك سعود", "مطار الملك خالد").
pub(super) fn heads_over_nisbas_and_titled(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut [Cand],
) {
    let (a, n_user) = (cx.a, cx.n_user);
    for ci in 0..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead
            || ci < n_user
            || c.label != Label::Org
            || !cx.trig_org.get(c.first).copied().unwrap_or(false)
        {
            continue;
        }
        // the mention right after it (never one of the user's names)
        let next = c.last + 1;
        let Some((k, x)) = taken
            .get(next)
            .copied()
            .flatten()
            .filter(|&k| k >= n_user)
            .and_then(|k| cands.get(k).copied().map(|x| (k, x)))
        else {
            continue;
        };
        let nisba_place = x.label == Label::Loc
            && x.last == next
            && a.toks.get(next).is_some_and(|t| t.nclitic == 0)
            && is_nisba(a.canon(next));
        let titled_person =
            x.label == Label::Per && cx.title_end.get(c.last).copied().unwrap_or(false);
        if x.first != next || !(nisba_place || titled_person) {
            continue;
        }
        let last = x.last;
        if let Some(x) = cands.get_mut(k) {
            x.dead = true;
        }
        for t in taken.iter_mut().take(last + 1).skip(c.first) {
            *t = Some(ci);
        }
        if let Some(cm) = cands.get_mut(ci) {
            *cm = Cand::new(c.first, last, Label::Org, Source::Rule);
        }
    }
}

/// A company's, bank's or institute's name runs on over the field it works in.
///
/// A company's, bank's, institute's or university's name runs on over the field it works
/// in, written with "لل": "شركة قطر للطاقة", "البنك الآسيوي للتنمية", "جامعة القاهرة للعلوم
/// والتكنولوجيا"; a closed list of fields, since "شركة أبل للحصول على" is a purpose.
pub(super) fn fields_after_heads(cx: &Context, taken: &mut [Option<usize>], cands: &mut [Cand]) {
    let (a, n_user) = (cx.a, cx.n_user);
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead
            || c.label != Label::Org
            || !cx.trig_org.get(c.first).copied().unwrap_or(false)
            || !FIELD_HEADS.contains(&a.canon(c.first))
        {
            continue;
        }
        let field = |i: usize, prefix: &str| {
            a.word(i)
                .strip_prefix(prefix)
                .is_some_and(|f| BUSINESS_FIELDS.contains(&f))
        };
        let mut last = c.last;
        if is_free(taken, last + 1) && field(last + 1, "لل") {
            last += 1;
        }
        // (and over a second field joined by "و": "للعلوم والتقنية", also after the tagger's
        // name that ends on the first)
        if field(last, "لل") && is_free(taken, last + 1) && field(last + 1, "وال") {
            last += 1;
        }
        if last == c.last {
            continue;
        }
        let x = c.last + 1;
        for t in taken.iter_mut().take(last + 1).skip(x) {
            *t = Some(ci);
        }
        if let Some(cm) = cands.get_mut(ci) {
            *cm = Cand::new(c.first, last, Label::Org, Source::Rule);
        }
    }
}

/// Heads of organisations whose names may end on the field they work in (folded).
#[rustfmt::skip]
const FIELD_HEADS: &[&str] = &[
    "شركه", "الشركه", "بنك", "البنك", "مصرف", "المصرف", "معهد", "المعهد",
    "الموسسه", "موسسه", "صندوق", "الصندوق", "وكاله", "الوكاله", "جامعه", "الجامعه",
];

/// Fields of work written after such a head with "لل" (folded, without it): "شركة قطر
/// للطاقة".
#[rustfmt::skip]
const BUSINESS_FIELDS: &[&str] = &[
    "طاقه", "بترول", "نفط", "غاز", "بتروكيماويات", "تنميه", "تكنولوجيا", "تقنيه",
    "اتصالات", "طيران", "تامين", "استثمار", "صناعات", "صناعه", "تعدين", "كهرباء",
    "مياه", "اسمنت", "ادويه", "اعلام", "تجاره", "خدمات", "نقل", "شحن",
    "ملاحه", "تطوير", "علوم", "ابحاث", "دراسات", "سياحه", "فنادق", "عقارات",
    "انشاءات", "مقاولات", "اغذيه", "سيارات", "الكترونيات", "برمجيات", "حاسوب", "كمبيوتر",
    "اسمده", "صلب", "حديد", "المنيوم", "تمويل", "طاقات", "اعمار", "اسكان",
    "زراعه", "اتصال", "تربيه", "تقانه", "هندسه", "طب", "اداره", "فنون",
    "اقتصاد", "بحوث",
];
