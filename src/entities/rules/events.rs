//! Events (MISC): tournaments and games ("المونديال", "مونديال 2006") and championships
//! ("بطولة كأس العالم لكرة القدم").

use super::cities::TIME_AFTER_PLACE;
use super::words::{behind_clitic, place_of_nisba, transliterated};
use super::{found_from, take_over, yields_to};
use crate::entities::text::{Analysis, Kind};
use crate::entities::{is_nisba, Cand, Label, Source};

/// Names of tournaments and games (folded) that are events (MISC) on their own, and with the
/// year after them: "المونديال", "مونديال 2022"; "أولمبياد باريس" is the place's.
const EVENT_WORDS: &[&str] = &["المونديال", "مونديال", "الاولمبياد", "اولمبياد"];

/// An event word of [`EVENT_WORDS`] is a MISC mention, with a year of four digits right after
/// it ("مونديال 2006"); where the tagger or a list found it as something else, that stands,
/// and where it found the word alone as an event, the year joins it. A conjunction or
/// preposition glued to the bare word ("لمونديال 2030", which the stripper keeps whole, the
/// word being in no list) stays outside the span, as the segmenter cuts it.
pub(super) fn events(text: &str, a: &Analysis, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    for i in 0..a.toks.len() {
        let w = a.canon(i);
        // (a conjunction may come before the preposition: "وبمونديال")
        let glued = |w: &str| behind_clitic(w, EVENT_WORDS).is_some();
        if !EVENT_WORDS.contains(&w) && !glued(w) && !w.strip_prefix(['و', 'ف']).is_some_and(glued)
        {
            continue;
        }
        // "مونديال ألمانيا", "أولمبياد بكين": the place's, as ANERcorp marks it (the event
        // word outside, 7 times in 7)
        let place_after = taken
            .get(i + 1)
            .copied()
            .flatten()
            .and_then(|k| cands.get(k))
            .is_some_and(|c| c.label == Label::Loc && c.first == i + 1 && !c.dead);
        if place_after {
            continue;
        }
        // the tagger's own event of this word alone, if it found one
        let found = taken.get(i).copied().flatten();
        let alone_event = |k: usize| {
            cands
                .get(k)
                .is_some_and(|c| c.label == Label::Misc && c.first == i && c.last == i && !c.dead)
        };
        if found.is_some_and(|k| !alone_event(k)) {
            continue;
        }
        let year = year_at(text, a, i + 1) && taken.get(i + 1).is_some_and(|k| k.is_none());
        let last = if year { i + 1 } else { i };
        if let Some(k) = found {
            if year {
                if let Some(c) = cands.get_mut(k) {
                    c.last = last;
                }
                if let Some(x) = taken.get_mut(last) {
                    *x = Some(k);
                }
            }
            continue;
        }
        take_over(taken, cands, Cand::new(i, last, Label::Misc, Source::Rule));
    }
}

/// Is token `i` a year of four digits (1xxx or 2xxx, in either digit script) that can follow an
/// event's name: "مونديال 2006", "بطولة العالم 2002"?
fn year_at(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        t.kind == Kind::Number
            && text
                .get(t.start..t.end)
                .is_some_and(|y| y.chars().count() == 4 && y.starts_with(['1', '2', '١', '٢']))
    })
}

/// Words (folded) that name a championship right after "بطولة": "بطولة كأس العالم", "بطولة
/// العالم", "بطولة الدوري الإسباني", "بطولة الأندية الخليجية", "بطولة أمم أفريقيا".
const CHAMPIONSHIP_NAMES: &[&str] = &["كاس", "العالم", "الدوري", "الاندية", "امم", "القارات"];

/// Who or what a championship is for, after "ل" (folded, the article restored): "للشبان",
/// "لكرة القدم" (with its next word), "للمصارعة".
#[rustfmt::skip]
const CHAMPIONSHIP_FOR: &[&str] = &[
    "الشبان", "الشباب", "الناشئين", "السيدات", "الرجال", "الاندية", "كره", "العاب",
    "المصارعه", "التايكوندو", "الجودو", "الملاكمه", "السباحه", "الشطرنج", "التنس",
    "الكاراتيه", "الجمباز", "الفروسيه", "الدراجات", "الرماية", "الاسكواش", "الغولف",
];

/// A championship is an event (MISC), its head "بطولة" inside the span as ANERcorp marks it:
/// "بطولة" (indefinite, a clitic allowed) + a name of [`CHAMPIONSHIP_NAMES`] (with "كأس" or
/// "أمم" the word after it too), a place or a transliterated word, then the place's or the
/// league's adjectives, who it is for after "ل" and a year ("بطولة كأس العالم لكرة القدم",
/// "ببطولة الدوري الإسباني", "بطولة ويمبلدون", "بطولة أوروبا", "بطولة العالم 2002"); and the
/// defined "البطولة" + a feminine adjective of a place, "العربية" or "الوطنية" ("البطولة
/// الأفريقية"). Not
/// "بطولة" + a person or a work, the lead role ("بطولة المسلسل", "بطولة نور الشريف").
pub(super) fn championships(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
    n_user: usize,
) {
    let n = a.toks.len();
    let arabic = |j: usize| a.toks.get(j).is_some_and(|t| t.kind == Kind::Arabic);
    let clitic_free = |j: usize| a.toks.get(j).is_some_and(|t| t.nclitic == 0);
    let feminine_nisba = |j: usize| {
        let w = a.canon(j);
        clitic_free(j)
            && w.ends_with("يه")
            && (place_of_nisba(w) || matches!(w, "الوطنيه" | "العربيه" | "الاسيويه"))
    };
    // (the stripper leaves an unknown word whole: "ببطولة", "لكرة"; borrowed but for لل, as
    // it is asked of every token)
    let bare = |j: usize| -> std::borrow::Cow<'_, str> {
        let w = a.canon(j);
        if a.toks.get(j).is_some_and(|t| t.nclitic > 0) {
            return w.into();
        }
        match w.strip_prefix("لل") {
            Some(r) => format!("ال{r}").into(),
            None => ["و", "ف", "ل", "ب"]
                .iter()
                .find_map(|c| w.strip_prefix(c))
                .unwrap_or(w)
                .into(),
        }
    };
    for i in 0..n {
        let head = a.canon(i);
        // (every head below ends so: most tokens leave here)
        if !head.ends_with("بطوله") {
            continue;
        }
        let head = if head == "بطوله" || head == "البطوله" {
            head
        } else if bare(i) == "بطوله" {
            "بطوله"
        } else {
            continue;
        };
        if !arabic(i + 1) {
            continue;
        }
        let x = i + 1;
        let mut last = if head == "البطوله" {
            if !feminine_nisba(x) {
                continue;
            }
            x
        } else if !clitic_free(x) {
            continue;
        } else if CHAMPIONSHIP_NAMES.contains(&a.canon(x)) {
            let name = a.canon(x);
            if matches!(name, "كاس" | "امم") {
                if !arabic(x + 1) || !clitic_free(x + 1) {
                    continue;
                }
                x + 1
            } else {
                x
            }
        } else if let Some(k) = found_from(taken, cands, n_user, x, Label::Loc) {
            cands.get(k).map_or(x, |c| c.last)
        } else if transliterated(text, a, x, 7) && taken.get(x).is_some_and(Option::is_none) {
            x
        } else {
            continue;
        };
        // the place's or the league's adjectives ("الإسباني", "المفتوحة", "الخليجية")
        while last + 1 < n
            && clitic_free(last + 1)
            && a.canon(last + 1).starts_with("ال")
            && (is_nisba(a.canon(last + 1)) || a.canon(last + 1) == "المفتوحه")
            && !TIME_AFTER_PLACE.contains(&a.canon(last + 1))
        {
            last += 1;
        }
        // who it is for: "لكرة القدم", "للشبان", "لألعاب القوى"
        if a.word(last + 1).starts_with('ل')
            && a.toks.get(last + 1).is_some_and(|t| t.nclitic <= 1)
            && CHAMPIONSHIP_FOR.contains(&&*bare(last + 1))
        {
            last += 1;
            if matches!(&*bare(last), "كره" | "العاب") && arabic(last + 1) && clitic_free(last + 1)
            {
                last += 1;
            }
        }
        // and a year ("بطولة العالم 2002")
        if year_at(text, a, last + 1) {
            last += 1;
        }
        if yields_to(taken, cands, n_user, i, last) {
            take_over(taken, cands, Cand::new(i, last, Label::Misc, Source::Rule));
        }
    }
}
