//! Places that are none: one-word places that the words around them show to be ordinary
//! words ("مسقط رأس", "مدينة صناعية"), and "بورصة" before the place of its exchange.

use super::place_heads::STREET_HEADS;
use super::words::{agreeing_adjective, place_of_nisba};
use super::Context;
use crate::entities::gazetteer::{GazMatch, List};
use crate::entities::text::Analysis;
use crate::entities::{is_nisba, Cand, Label, Source};

/// "بورصة" before a place or an organisation is that exchange, no place of its own.
///
/// "بورصة" is Bursa and a stock exchange: before a place it is the exchange of that place,
/// no place itself, as in ANERcorp ("بورصة لندن": LOC لندن), and before an organisation it
/// is that exchange ("بورصة ناسداك").
pub(super) fn exchanges_before_places(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut [Cand],
) {
    let (a, n_user) = (cx.a, cx.n_user);
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead || c.label != Label::Loc || c.first != c.last || a.canon(c.first) != "بورصه"
        {
            continue;
        }
        let next_place = taken
            .get(c.last + 1)
            .copied()
            .flatten()
            .and_then(|k| cands.get(k))
            .is_some_and(|x| {
                !x.dead && matches!(x.label, Label::Loc | Label::Org) && x.first == c.last + 1
            });
        if next_place {
            if let Some(x) = cands.get_mut(ci) {
                x.dead = true;
            }
            if let Some(x) = taken.get_mut(c.first) {
                *x = None;
            }
        }
    }
}

/// Particles after which a word is read as a verb (folded): "التي تدمر الآخرين" (destroys;
/// "تدمر" is also Palmyra), "لم تدمر", "قد تدمر".
pub(in crate::entities) const VERB_PARTICLES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "لم",
    "لن",
    "قد",
    "سوف",
    "كي",
    "لكي",
];

/// The most tokens a listed place is looked for over, from its first
/// ([`crate::entities::starting_at`]).
const PLACE_TOKENS: usize = 7;

/// Drops one-word places (not the user's names) that the words around them show to be
/// ordinary words: "مسقط رأس" (birthplace; "مسقط" is Muscat), and a verb form of the
/// dictionary right after a particle that only a verb follows ("التي تدمر"), and an
/// adjective agreeing with the place head (or a street's or square's) before it that the
/// tagger took for the place ("مدينة صناعية", "شارع جانبي"; see [`agreeing_adjective`]), and
/// "السعودية" as the adjective of a defined word ("الحكومة السعودية").
pub(in crate::entities) fn drop_false_places(
    text: &str,
    a: &Analysis,
    gaz: &[GazMatch],
    cands: &mut [Cand],
    n_user: usize,
) {
    // the lists that match over tokens ending at `e`
    let ending_at = |e: usize| {
        let from = gaz.partition_point(|m| m.last < e);
        gaz.get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |m| m.last == e)
    };
    for c in cands.iter_mut().skip(n_user) {
        if c.dead || c.label != Label::Loc || c.first != c.last {
            continue;
        }
        let i = c.first;
        let w = a.canon(i);
        // (clitics off, "مسقط" alone: a glued preposition "بمسقط" is the city too)
        let birthplace = w == "مسقط" && a.canon(i + 1).starts_with("راس");
        let verb = || {
            i > 0
                && VERB_PARTICLES.contains(&a.word(i - 1))
                && a.toks.get(i).is_some_and(|t| {
                    t.nclitic == 0
                        && text
                            .get(t.start..t.end)
                            .and_then(crate::segment::word_entry)
                            .is_some_and(|e| e.is_verb())
                })
        };
        let adjective = || {
            i > 0
                && (ending_at(i - 1).any(|m| m.list == List::TrigLoc && m.first == m.last)
                    || STREET_HEADS.contains(&a.canon(i - 1)))
                // (an adjective of an indefinite head has no article: "حي الجمالية" is
                // a name)
                && !w.starts_with("ال")
                && !ending_at(i).any(|m| matches!(m.list, List::City | List::Country))
                && agreeing_adjective(text, a, i)
        };
        // a country named like its own adjective ("السعودية", Saudi) right after a defined
        // word that is no place, with no preposition on it ("الشركة بالسعودية"), is the
        // adjective: "الحكومة السعودية", "سوق الأسهم
        // السعودية" (ANERcorp leaves it unmarked there: "الأسرة المالكة السعودية")
        let described = || {
            i > 0
                && w == "السعوديه"
                && a.toks.get(i).is_some_and(|t| t.nclitic == 0)
                && a.canon(i - 1).starts_with("ال")
                && a.canon(i - 1).chars().count() >= 4
                && !ending_at(i - 1)
                    .any(|m| matches!(m.list, List::City | List::Country | List::Org | List::Misc))
        };
        // nor is the tagger's nisba of a listed place, which is the adjective ("العاصمة
        // الكولومبية بوغوتا"; ANERcorp leaves nationality adjectives unmarked)
        let nisba_of_place = || {
            c.source == Source::Model
                && is_nisba(w)
                && !ending_at(i).any(|m| matches!(m.list, List::City | List::Country))
                && place_of_nisba(w)
        };
        // nor an ordinary indefinite noun of the dictionary that the tagger took for a place
        // right before a listed one: the head of a construct ("ريف إدلب", "ضواحي دمشق": the
        // place is the listed name, as with "شمال سوريا")
        let head_of_place = || {
            c.source == Source::Model
                && !w.starts_with("ال")
                && a.toks.get(i).is_some_and(|t| t.nclitic == 0)
                // (a construct's second word takes no preposition: "سفير كراكاس بدمشق")
                && a.toks.get(i + 1).is_some_and(|t| t.nclitic == 0)
                && !ending_at(i).any(|m| matches!(m.list, List::City | List::Country))
                && crate::entities::starting_at(gaz, i + 1, PLACE_TOKENS)
                    .any(|m| matches!(m.list, List::City | List::Country))
                && a.written(text, i)
                    .and_then(crate::segment::word_entry)
                    .is_some_and(|e| e.is_dictionary_word() && e.zipf10 >= 30)
        };
        if birthplace || verb() || adjective() || described() || nisba_of_place() || head_of_place()
        {
            c.dead = true;
        }
    }
}
