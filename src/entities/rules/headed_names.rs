//! Names after a head that says their kind: a camp ("مخيم جنين"), a facility, a militia, a
//! business group, a company or a college with a transliterated name.

use super::cities::city_name_word;
use super::place_heads::STREET_HEADS;
use super::take_over;
use super::words::transliterated;
use crate::entities::text::{Analysis, Kind};
use crate::entities::{Cand, Label, Source};

/// Heads (folded, clitics stripped) of refugee and displacement camps: the camp's name after
/// one is a place, outside the head as in ANERcorp ("مخيم البريج", "بمخيم جنين").
pub(in crate::entities) const CAMP_HEADS: &[&str] = &["مخيم", "مخيمات", "مخيمي"];

/// Heads (folded) of business groups: with a word no dictionary or list knows after it, a
/// transliterated name, the two make one organisation ("مجموعة سينوبك"); before a known word
/// "مجموعة" is "a group of" ("مجموعة من", "مجموعة كبيرة").
pub(in crate::entities) const GROUP_HEADS: &[&str] = &["مجموعه"];

/// Heads (folded) of militias: with a name after them, the two make one organisation
/// ("ميليشيا الحوثي", "مليشيات الجنجويد").
pub(in crate::entities) const MILITIA_HEADS: &[&str] =
    &["ميليشيا", "ميليشيات", "مليشيا", "مليشيات"];

/// The name after a camp's head is a place when it reads as a name: no ordinary word, or a
/// name word with the article ("مخيم الزعتري", a surname elsewhere);
/// a transliterated name after a business group's head makes an organisation with it, and a
/// name after a militia's head too.
/// Only a free word, or one the tagger alone took as another kind, is taken.
pub(super) fn headed_names(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    let takeable =
        |taken: &[Option<usize>], cands: &[Cand], j: usize, label: Label| match taken.get(j) {
            Some(None) => true,
            Some(Some(k)) => cands.get(*k).is_some_and(|c| {
                c.source == Source::Model && c.first == j && c.last == j && c.label != label
            }),
            None => false,
        };
    for h in 0..a.toks.len() {
        let head = a.canon(h);
        let j = h + 1;
        let Some(t) = a.toks.get(j) else {
            continue;
        };
        if t.kind != Kind::Arabic || t.nclitic != 0 || t.hint & 4 != 0 {
            continue;
        }
        if CAMP_HEADS.contains(&head) {
            // (a listed place too only when it reads as a name: "مخيم المدينة" is the town's
            // camp, and the list has Medina)
            let dictionary =
                |w: &str| crate::segment::word_entry(w).is_some_and(|e| e.is_dictionary_word());
            let surface = text.get(t.start..t.end).unwrap_or("");
            let named = t.hint & 3 != 0
                && surface.strip_prefix("ال").is_some_and(|bare| {
                    bare.chars().count() >= 3 && !dictionary(bare) && !dictionary(surface)
                })
                || city_name_word(text, a, j, taken, false);
            if named && takeable(taken, cands, j, Label::Loc) {
                take_over(taken, cands, Cand::new(j, j, Label::Loc, Source::Rule));
            }
            continue;
        }
        // a facility's name that reads as a name: "مطار هيثرو" (MISC), "فندق شيراتون" (ORG),
        // "شارع الرشيد" (LOC), each without its head as ANERcorp marks them
        let facility = crate::entities::facility_label(a, h)
            .filter(|&l| l != Label::Loc || STREET_HEADS.contains(&head));
        if let Some(label) = facility {
            if city_name_word(text, a, j, taken, false) && takeable(taken, cands, j, label) {
                take_over(taken, cands, Cand::new(j, j, label, Source::Rule));
            }
            continue;
        }
        let militia = || {
            MILITIA_HEADS.contains(&head)
                && (t.hint & 3 != 0 && a.canon(j).starts_with("ال")
                    || city_name_word(text, a, j, taken, false))
        };
        let group = || GROUP_HEADS.contains(&head) && transliterated(text, a, j, 7);
        if a.toks.get(h).is_some_and(|x| x.nclitic == 0)
            && (militia() || group())
            && takeable(taken, cands, j, Label::Org)
            && takeable(taken, cands, h, Label::Org)
        {
            take_over(taken, cands, Cand::new(h, j, Label::Org, Source::Rule));
            continue;
        }
        // a company, paper, channel, club or agency, or a college or institute, named by a
        // transliterated word: the name alone ("شركة سامسونغ"), or with its head for a
        // college or institute ("كلية ترينيتي"), as ANERcorp marks them
        // (a surname seen once in Wikidata may be one: "ترينيتي")
        let named_body = |k: usize| transliterated(text, a, k, 5);
        let outside = BODY_HEADS_OUTSIDE.contains(&head);
        let inside = BODY_HEADS_INSIDE.contains(&head);
        if (outside || inside) && named_body(j) {
            // (a second such word joins: "شركة جنرال موتورز")
            let last = if named_body(j + 1) { j + 1 } else { j };
            let first = if inside { h } else { j };
            if (first..=last).all(|k| takeable(taken, cands, k, Label::Org)) {
                take_over(
                    taken,
                    cands,
                    Cand::new(first, last, Label::Org, Source::Rule),
                );
            }
        }
    }
}

/// Heads (folded) of companies, papers, channels, clubs and agencies: a transliterated name
/// after them is an organisation, the head outside it ([`headed_names`]).
const BODY_HEADS_OUTSIDE: &[&str] = &["شركه", "صحيفه", "قناه", "نادي", "وكاله", "مصرف", "بنك"];

/// Heads (folded) of colleges and institutes: with a transliterated name after them, the two
/// make one organisation ([`headed_names`]).
const BODY_HEADS_INSIDE: &[&str] = &["كليه", "معهد"];
