//! Places named after a head word: a town after "بلدة", "حي", "مدينة"; a street or a square
//! after "شارع", "ميدان", "ساحة", the head outside the name.

use super::words::{agreeing_adjective, behind_clitic, defined_noun};
use super::{found_from, is_free, take_over, Context};
use crate::entities::gazetteer::List;
use crate::entities::text::{Analysis, Kind};
use crate::entities::{is_nisba, Cand, Label, Source};

/// The name after a place's head word (a town's, a quarter's ...) is the place.
///
/// A place head + a listed town or an unknown word: "بلدة كفرنبل" (the head stays outside).
pub(super) fn places_after_heads(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (text, a, gaz, n_user) = (cx.text, cx.a, cx.gaz, cx.n_user);
    let n = a.toks.len();
    let mut city_from: Vec<Option<usize>> = vec![None; n];
    for m in gaz {
        if m.list == List::City {
            if let Some(c) = city_from.get_mut(m.first) {
                *c = Some(c.map_or(m.last, |l| l.max(m.last)));
            }
        }
    }
    for m in gaz {
        if m.list != List::TrigLoc || m.first != m.last {
            continue;
        }
        let x = m.last + 1;
        let w = a.canon(x);
        // the tagger's person right after the head is the place named after one ("بلدة
        // حمدان", "جبل موسى"): ANERcorp has a person there once in 150 (a prophet's town).
        // Not after "ولاية" (also a term of office: "ولاية صالح") or "العاصمة" (the capital
        // is often the object before a subject: "وصل العاصمة الرئيس")
        if !matches!(a.canon(m.first), "ولايه" | "العاصمه") {
            let person = taken.get(x).copied().flatten().filter(|&k| {
                k >= n_user
                    && cands.get(k).is_some_and(|c| {
                        !c.dead
                            && c.label == Label::Per
                            && c.source == Source::Model
                            && c.first == x
                    })
            });
            if let Some(c) = person.and_then(|k| cands.get_mut(k)) {
                (c.label, c.source) = (Label::Loc, Source::Rule);
                continue;
            }
        }
        // a one-word club or body right after the head of a town or quarter is the place of
        // that name: "حي الزمالك" (the club is named after the quarter)
        if TOWN_HEADS.contains(&a.canon(m.first)) {
            let body = found_from(taken, cands, n_user, x, Label::Org);
            if let Some(c) = body.and_then(|k| cands.get_mut(k)).filter(|c| c.last == x) {
                (c.label, c.source) = (Label::Loc, Source::Rule);
                continue;
            }
        }
        // two places side by side right after the head are one place's name: "ولاية كهرمان
        // مرعش" (two towns of a list in a row, no comma or "و" between them)
        if let Some(k1) = found_from(taken, cands, n_user, x, Label::Loc) {
            let end = cands.get(k1).map_or(x, |c| c.last);
            // (not a nisba and the capital: "العاصمة الكولومبية بوغوتا")
            let second = found_from(taken, cands, n_user, end + 1, Label::Loc).filter(|_| {
                !is_nisba(a.canon(end))
                    && a.toks
                        .get(end + 1)
                        .is_some_and(|t| t.nclitic == 0 && !a.canon(end + 1).starts_with("ال"))
            });
            if let Some(k2) = second {
                let last = cands.get(k2).map_or(end + 1, |c| c.last);
                if let Some(c2) = cands.get_mut(k2) {
                    c2.dead = true;
                }
                for y in taken.iter_mut().take(last + 1).skip(end + 1) {
                    *y = Some(k1);
                }
                if let Some(c1) = cands.get_mut(k1) {
                    c1.last = last;
                }
                continue;
            }
        }
        // a listed town or city right after the head
        if let Some(last) = city_from.get(x).copied().flatten() {
            // (or the tagger's place inside it: "مدينة ود مدني" had given "مدني")
            let inside = |i: usize| {
                taken
                    .get(i)
                    .copied()
                    .flatten()
                    .filter(|&k| k >= n_user)
                    .and_then(|k| cands.get(k))
                    .is_some_and(|c| {
                        !c.dead && c.label == Label::Loc && c.first >= x && c.last <= last
                    })
            };
            if last > x
                && (x..=last).all(|i| is_free(taken, i) || inside(i))
                && !(x..=last).all(|i| is_free(taken, i))
            {
                take_over(
                    taken,
                    cands,
                    Cand::new(x, last, Label::Loc, Source::Gazetteer),
                );
            } else if (x..=last).all(|i| is_free(taken, i)) {
                for y in taken.iter_mut().take(last + 1).skip(x) {
                    *y = Some(cands.len());
                }
                cands.push(Cand::new(x, last, Label::Loc, Source::Gazetteer));
            }
            continue;
        }
        if is_free(taken, x)
            && a.toks
                .get(x)
                .is_some_and(|t| t.kind == Kind::Arabic && t.nclitic == 0 && t.hint & 4 == 0)
            && !cx.common.get(x).copied().unwrap_or(true)
            && !w.starts_with("ال")
            && w.chars().count() >= 3
            && !verb_or_pronoun_suffix(text, a, x)
            && !agreeing_adjective(text, a, x)
            // (after "العاصمة" no word of the dictionary or in use, the capitals being
            // listed: the capital is often an object, "سددت حكومة العاصمة مبلغ", "جنوب العاصمة
            // انتشلت")
            && !(a.canon(m.first) == "العاصمه" && word_in_use(text, a, x))
        {
            if let Some(y) = taken.get_mut(x) {
                *y = Some(cands.len());
            }
            cands.push(Cand::new(x, x, Label::Loc, Source::Rule));
        }
    }
}

/// Heads of a town's or a quarter's name (folded), after which a club's or a body's one-word
/// name is the place it is named after: "حي الزمالك".
pub(in crate::entities) const TOWN_HEADS: &[&str] = &["حي", "مدينه", "بلده", "قريه", "منطقه"];

/// Whether token `i` carries a pronoun suffix (as the segmenter cuts it) or is a frequent verb
/// form: no place name after a place head ("منطقة يقطنها الآلاف": "inhabited by").
fn verb_or_pronoun_suffix(text: &str, a: &Analysis, i: usize) -> bool {
    a.written(text, i).is_some_and(|w| {
        !crate::segment::segment(w).suffixes.is_empty()
            || crate::segment::word_entry(w).is_some_and(|e| e.is_verb() && e.zipf10 >= 30)
    })
}

/// Is token `i` as written a word of the dictionary, or one wordfreq counts at Zipf 2 or more?
fn word_in_use(text: &str, a: &Analysis, i: usize) -> bool {
    a.written(text, i)
        .and_then(crate::segment::word_entry)
        .is_some_and(|e| e.is_dictionary_word() || e.zipf10 >= 20)
}

/// A defined noun after a street's or a square's head is its name, the head outside.
///
/// A street's or square's head + a defined noun: the street's or square's name, LOC, the
/// head outside, as ANERcorp marks every named street ("شارع المنارة"): "ميدان التحرير",
/// "ساحة الشهداء", "شارع الحمرا" (an indefinite head has no adjective with the article, so
/// the defined word is in construct with it); not a square of a battle or a field of work,
/// nor a building's yard ("ساحة المعركة", "ميدان الإعلام", "ساحة الجامعة").
pub(super) fn streets_and_squares(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    let (a, n_user) = (cx.a, cx.n_user);
    let n = a.toks.len();
    for t in 0..n.saturating_sub(1) {
        let w = a.canon(t);
        // (every head is of 4 or 5 letters, a clitic at most before it: 8 to 12 bytes)
        if !(8..=12).contains(&w.len()) {
            continue;
        }
        let Some(head) = STREET_HEADS
            .iter()
            .find(|&&h| h == w)
            .copied()
            .or_else(|| behind_clitic(w, STREET_HEADS))
        else {
            continue;
        };
        let x = t + 1;
        let name = a.canon(x);
        // (the tagger's place over the head and the name: "ميدان الحسين", the head goes out)
        let with_head = taken
            .get(t)
            .copied()
            .flatten()
            .filter(|&k| k >= n_user)
            .filter(|&k| {
                cands.get(k).is_some_and(|c| {
                    !c.dead && c.label == Label::Loc && c.first == t && c.last == x
                })
            });
        if !is_free(taken, t) && with_head.is_none() {
            continue;
        }
        if !(is_free(taken, x) || with_head.is_some())
            || !defined_noun(a, x)
            || a.toks.get(x).is_none_or(|k| k.kind != Kind::Arabic)
            || head != "شارع" && NOT_SQUARE_NAMES.contains(&name)
        {
            continue;
        }
        // (a listed name word right before a mention without a clitic is a first name, the
        // street named after a person: "شارع الحبيب" + "بورقيبة", joined later; not "ميدان
        // الحسين بالقاهرة")
        let first_name = a.toks.get(x).is_some_and(|k| k.hint & 3 != 0)
            && taken.get(x + 1).is_some_and(Option::is_some)
            && a.toks.get(x + 1).is_some_and(|k| k.nclitic == 0);
        if first_name {
            continue;
        }
        if let Some(y) = taken.get_mut(t) {
            *y = None;
        }
        if let Some(c) = with_head.and_then(|k| cands.get_mut(k)) {
            c.first = x;
            continue;
        }
        if let Some(y) = taken.get_mut(x) {
            *y = Some(cands.len());
        }
        cands.push(Cand::new(x, x, Label::Loc, Source::Rule));
    }
}

/// Heads of a street's or square's name (folded): "شارع الحمرا", "ميدان التحرير", "ساحة
/// الشهداء".
pub(in crate::entities) const STREET_HEADS: &[&str] = &["شارع", "ميدان", "ساحه"];

/// Defined nouns after "ميدان" or "ساحة" that name no square (folded): the field of a battle,
/// of work or of sport ("ساحة المعركة", "ميدان الإعلام", "ميدان الرماية"), a building's or an
/// event's yard ("ساحة الجامعة", "ساحة الجريمة").
pub(in crate::entities) const NOT_SQUARE_NAMES: &[&str] = &[
    "المعركه",
    "المعارك",
    "القتال",
    "الحرب",
    "المواجهه",
    "الصراع",
    "النزال",
    "الوغي",
    "الشرف",
    "العمل",
    "الاعلام",
    "السياسه",
    "الرمايه",
    "اللعب",
    "التدريب",
    "السباق",
    "المنافسه",
    "الجامعه",
    "المدرسه",
    "الكليه",
    "المسجد",
    "الكنيسه",
    "المنزل",
    "البيت",
    "الدار",
    "القصر",
    "المستشفي",
    "المطار",
    "الملعب",
    "المعرض",
    "الجريمه",
    "الحادث",
    "الانفجار",
    "الاحتفال",
    "الاحتفالات",
    "المهرجان",
    "الاشتباكات",
    "الاشتباك",
    "المباراه",
];
