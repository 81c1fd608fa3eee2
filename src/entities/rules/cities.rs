//! Listed cities the tagger left out: after a preposition of place, or joined by "و" to a place.

use super::take_over;
use super::words::{glued_and, ordinary_noun};
use crate::entities::gazetteer::{GazMatch, List};
use crate::entities::text::{Analysis, Kind};
use crate::entities::{Cand, Label, Source};

/// A listed place glued to "و" right after a place is one too, as is the listed place that
/// a glued "و" + place follows: "محافظتي الحديدة وتعز", "بين تعز والحديدة". The tagger
/// leaves some such second names out; the conjunction says they are of a kind. Only a
/// one-word country or city match that no common-word list has ("وصور": pictures).
pub(super) fn coordinated_places(
    a: &Analysis,
    taken: &mut Vec<Option<usize>>,
    cands: &mut Vec<Cand>,
) {
    let loc_at = |taken: &Vec<Option<usize>>, cands: &Vec<Cand>, j: usize| {
        taken
            .get(j)
            .copied()
            .flatten()
            .and_then(|k| cands.get(k))
            .is_some_and(|c| !c.dead && c.label == Label::Loc)
    };
    // (the token's hint is the built-in lists' mask: a one-word country or city, not common)
    let listed = |taken: &Vec<Option<usize>>, j: usize| {
        a.toks.get(j).is_some_and(|t| {
            t.kind == Kind::Arabic
                && t.hint & crate::entities::gazetteer::PLACE_BIT != 0
                && t.hint & 4 == 0
        }) && taken.get(j).is_some_and(|t| t.is_none())
    };
    for j in 0..a.toks.len() {
        if !listed(taken, j) {
            continue;
        }
        let after = glued_and(a, j) && j.checked_sub(1).is_some_and(|p| loc_at(taken, cands, p));
        let before = glued_and(a, j + 1) && loc_at(taken, cands, j + 1);
        if after || before {
            take_over(taken, cands, Cand::new(j, j, Label::Loc, Source::Rule));
        }
    }
}

/// Prepositions of place (folded) after which a listed city is the place.
pub(in crate::entities) const PLACE_PREPOSITIONS: &[&str] =
    &["في", "من", "الي", "نحو", "قرب", "داخل"];

/// A listed city the tagger left out, right after a preposition of place (or with "ب" glued to
/// it), is the place when no list has it as an ordinary word or a name word ("العمليات في
/// رفح"; the city list is otherwise only the tagger's hint); and the tagger's places that
/// split a listed city of several words are that one city ("خان" + "يونس").
pub(super) fn listed_cities(
    text: &str,
    a: &Analysis,
    gaz: &[GazMatch],
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    for m in gaz.iter().filter(|m| m.list == List::City) {
        let (f, l) = (m.first, m.last);
        let model_loc = |j: usize| {
            taken
                .get(j)
                .copied()
                .flatten()
                .and_then(|k| cands.get(k))
                .is_some_and(|c| {
                    !c.dead
                        && c.label == Label::Loc
                        && c.source == Source::Model
                        && c.first >= f
                        && c.last <= l
                })
        };
        if l > f && (f..=l).all(model_loc) && taken.get(f) != taken.get(l) {
            take_over(taken, cands, Cand::new(f, l, Label::Loc, Source::Rule));
            continue;
        }
        let preposition = f.checked_sub(1).map(|p| a.canon(p));
        let after_preposition = preposition.is_some_and(|p| PLACE_PREPOSITIONS.contains(&p))
            && a.toks.get(f).is_some_and(|t| t.nclitic == 0)
            || a.word(f).starts_with('ب')
                && a.toks.get(f).is_some_and(|t| {
                    // (a place glued to "ب" is far rarer than the place alone, "ببغداد" 3.7
                    // against 4.9 in wordfreq; an ordinary word is not: "بداخله", inside it,
                    // 4.0 against "داخله" (Dakhla) 4.0)
                    t.nclitic == 1 && text.get(t.start..t.end).is_some_and(glued_rarer)
                });
        if !after_preposition {
            continue;
        }
        if l == f && city_name_word(text, a, f, taken, preposition == Some("من")) {
            take_over(taken, cands, Cand::new(f, l, Label::Loc, Source::Rule));
            continue;
        }
        // (and no word of the dictionary: the city list has "سنة", "الحي", "جامعة", "حجة"; a
        // name of several words is a name even when made of ordinary words: "رأس الخيمة")
        let plain = (f..=l).all(|j| {
            a.toks.get(j).is_some_and(|t| {
                t.kind == Kind::Arabic
                    && (j == f || t.nclitic == 0)
                    && (l > f
                        || defined_name(a, j)
                        || t.hint & 7 == 0
                            && text.get(a.stem_start(text, j)..t.end).is_some_and(|w| {
                                // (with the article or without: "السد", "التل")
                                [Some(w), w.strip_prefix("ال")]
                                    .into_iter()
                                    .flatten()
                                    .filter_map(crate::segment::word_entry)
                                    .all(|e| !e.is_dictionary_word())
                            }))
            }) && taken.get(j).is_some_and(|t| t.is_none())
        });
        if plain {
            take_over(taken, cands, Cand::new(f, l, Label::Loc, Source::Rule));
        }
    }
}

/// Is `w`, a word of one clitic letter and a place, at least half a Zipf step rarer than the
/// place alone (or unknown)?
fn glued_rarer(w: &str) -> bool {
    let zipf = |w: &str| crate::segment::word_entry(w).map_or(0, |e| i32::from(e.zipf10));
    let rest = w
        .char_indices()
        .nth(1)
        .and_then(|(i, _)| w.get(i..))
        .map_or(0, zipf);
    zipf(w) + 5 <= rest
}

/// Is one-word city `j` (a place preposition before it, no clitic but "ب") a name rather than
/// an ordinary word? hunspell-ar lists many city names among its nouns ("دمشق", "تعز"), so
/// the dictionary alone cannot tell; how the word is used in wordfreq can: an ordinary noun is
/// about as frequent with the article as without ("الخبر"/"خبر", "العقبة"/"عقبة"), a name keeps
/// to one form ("الدمام" 4.2 against "دمام" 2.0, "تعز" 4.4 against no "التعز"). Not a strong
/// person-name word or listed common word, nor a word the segmenter ends with a pronoun
/// ("ربك", "جده").
pub(super) fn city_name_word(
    text: &str,
    a: &Analysis,
    j: usize,
    taken: &[Option<usize>],
    after_min: bool,
) -> bool {
    let Some(t) = a.toks.get(j) else {
        return false;
    };
    // (after "من" a word may also be a verb or a person, even a rare name: "من ينقل", "من
    // حولي")
    let names = if after_min { 7 } else { 5 };
    if t.kind != Kind::Arabic || t.hint & names != 0 || taken.get(j).is_none_or(|k| k.is_some()) {
        return false;
    }
    let Some(w) = text.get(a.stem_start(text, j)..t.end) else {
        return false;
    };
    if ordinary_noun(w) {
        return false;
    }
    // A word without the article in construct with the next is a noun: "إلى سدة الحكم",
    // "في رالي تركيا" (the rally, and Raleigh).
    let construct = a.toks.get(j + 1).is_some_and(|n| {
        let next = a.canon(j + 1);
        n.kind == Kind::Arabic
            && (next.starts_with("ال")
                && !TIME_AFTER_PLACE.contains(&next)
                && !crate::numbers::WEEKDAYS.contains(&next)
                || n.hint & crate::entities::gazetteer::PLACE_BIT != 0)
    });
    if !w.starts_with("ال") && construct {
        return false;
    }
    if after_min && crate::segment::word_entry(w).is_some_and(|e| e.is_verb()) {
        return false;
    }
    crate::segment::segment_word(w).is_ok_and(|s| s.suffixes.is_empty())
}

/// Words of time (folded) that follow a place without making a construct with it ("في تعز
/// اليوم"), besides the weekdays.
#[rustfmt::skip]
pub(in crate::entities) const TIME_AFTER_PLACE: &[&str] = &[
    "اليوم", "الليله", "الان", "الاسبوع", "الشهر", "العام", "السنه", "الماضي", "الماضيه",
    "المقبل", "المقبله", "الجاري", "الحالي",
];

/// Is token `j` a person-name word with the article that is no listed common word ("الخليل"
/// Hebron, "خليل" a given name and the dictionary's friend)? After a preposition of place a
/// listed city written so is the place: a name with the article is no person there.
fn defined_name(a: &Analysis, j: usize) -> bool {
    a.toks.get(j).is_some_and(|t| t.hint & 4 == 0)
        && a.canon(j)
            .strip_prefix("ال")
            .and_then(|w| crate::entities::builtin_gazetteer().word(w))
            .is_some_and(|h| h & 1 != 0 && h & 4 == 0)
}
