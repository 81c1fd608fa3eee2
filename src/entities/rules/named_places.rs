//! Places whose name holds an ordinary word: "جنوب أفريقيا", "شبه الجزيرة العربية".

use super::take_over;
use crate::entities::text::Analysis;
use crate::entities::{Cand, Label, Source};

/// "جنوب أفريقيا" is the country, South Africa, the direction inside: the tagger and the
/// lists find "أفريقيا" (ANERcorp leaves "جنوب" out 8 times in 14, though most of those are
/// the state too: "منتخب جنوب أفريقيا التي تستضيف"). Not in a row of directions ("شرق ووسط
/// وجنوب أفريقيا"), the region.
pub(super) fn south_africa(a: &Analysis, taken: &mut [Option<usize>], cands: &mut [Cand]) {
    for i in 1..a.toks.len() {
        let Some(ci) = taken.get(i).copied().flatten() else {
            continue;
        };
        let Some(c) = cands.get(ci) else { continue };
        let south = i - 1;
        let row = south
            .checked_sub(1)
            .is_some_and(|p| matches!(a.canon(p), "شرق" | "غرب" | "وسط" | "شمال"));
        if !c.dead
            && c.label == Label::Loc
            && c.first == i
            && c.last == i
            && a.canon(i) == "افريقيا"
            && a.canon(south) == "جنوب"
            && taken.get(south).is_some_and(|t| t.is_none())
            && !row
        {
            if let Some(c) = cands.get_mut(ci) {
                c.first = south;
            }
            if let Some(t) = taken.get_mut(south) {
                *t = Some(ci);
            }
        }
    }
}

/// "الجزيرة العربية" is the Arabian Peninsula, never the channel "الجزيرة" (or an island) and a
/// word after it: an organisation or a place "الجزيرة" right before "العربية" becomes the place
/// of both words, and "شبه" (peninsula) before them joins it ("شبه الجزيرة العربية", as the
/// training part of ANERcorp marks it 7 times in 8). Not after a channel's head ("قناة الجزيرة
/// العربية", the channel's Arabic service).
pub(in crate::entities) fn arabian_peninsula(
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
    n_user: usize,
) {
    for i in 0..a.toks.len().saturating_sub(1) {
        if a.canon(i) != "الجزيره" || a.canon(i + 1) != "العربيه" {
            continue;
        }
        let Some(ci) = taken.get(i).copied().flatten() else {
            continue;
        };
        let channel = ci >= n_user
            && cands.get(ci).is_some_and(|c| {
                !c.dead && matches!(c.label, Label::Org | Label::Loc) && c.first == i && c.last == i
            });
        // (the word after it free, or a mention of its own that the tagger or a rule found)
        let after_free = taken
            .get(i + 1)
            .copied()
            .flatten()
            .is_none_or(|k| k >= n_user && cands.get(k).is_some_and(|c| c.first == i + 1));
        // (not after a channel's head: "قناة الجزيرة العربية", the Arabic service)
        let head = i
            .checked_sub(1)
            .is_some_and(|p| matches!(a.canon(p), "قناه" | "شبكه" | "فضاييه"));
        if channel && after_free && !head && a.toks.get(i + 1).is_some_and(|t| t.nclitic == 0) {
            take_over(taken, cands, Cand::new(i, i + 1, Label::Loc, Source::Rule));
        }
        // "شبه" (peninsula) before the place is part of its name, clitics left outside ("في
        // شبه الجزيرة العربية", "لشبه الجزيرة العربية")
        let Some(h) = i
            .checked_sub(1)
            .filter(|&h| a.canon(h) == "شبه" && taken.get(h).is_some_and(|k| k.is_none()))
        else {
            continue;
        };
        let Some(ci) = taken.get(i).copied().flatten() else {
            continue;
        };
        if let Some(c) = cands
            .get_mut(ci)
            .filter(|c| !c.dead && c.label == Label::Loc && c.first == i && c.last == i + 1)
        {
            c.first = h;
            if let Some(t) = taken.get_mut(h) {
                *t = Some(ci);
            }
        }
    }
}
