//! Datelines: the place a story was filed from, before a dash or a parenthesis and a news agency.

use super::take_over;
use crate::entities::text::{Analysis, Kind};
use crate::entities::{Cand, Label, Source};

/// News agencies as a dateline names them after its place (folded first two tokens; one
/// token: the second is empty): "رويترز", "أ ف ب", "د ب أ", "وام" ...
const DATELINE_AGENCIES: &[(&str, &str)] = &[
    ("رويترز", ""),
    ("وكالات", ""),
    ("الوكالات", ""),
    ("وام", ""),
    ("واس", ""),
    ("قنا", ""),
    ("كونا", ""),
    ("سانا", ""),
    ("بترا", ""),
    ("الاناضول", ""),
    ("ا", "ف"),
    ("اف", "ب"),
    ("د", "ب"),
    ("ا", "ش"),
    ("يو", "بي"),
];

/// A dateline: the one to three words that open a line or a sentence, before a dash or a
/// parenthesis and a news agency, are the place the story was filed from ("فرانكفورت (د ب
/// أ)", "نيودلهي - رويترز"); what the tagger made of them (a person, often) gives way. Not a
/// common word ("عواصم - وكالات"), nor a word with a clitic (unless the span undoes the cut:
/// "بانغي", not ب + "انغي").
pub(super) fn datelines(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    for s in 0..a.toks.len() {
        if s > 0 && !crate::entities::sentence_end(a, s - 1) {
            continue;
        }
        for n in 1..=3 {
            let k = s + n;
            let dash = a.toks.get(k).is_some_and(|t| t.kind == Kind::Punct)
                && matches!(a.word(k), "-" | "ـ" | "–" | "—" | "(");
            // (the agencies are read only after a dash)
            let agency = || {
                DATELINE_AGENCIES
                    .iter()
                    .any(|&(x, y)| a.canon(k + 1) == x && (y.is_empty() || a.canon(k + 2) == y))
            };
            if !(dash && agency()) {
                continue;
            }
            // (a clitic cut that the span undoes was none: "بانغي (رويترز)" is Bangui, not
            // ب + "انغي")
            let whole = |x: usize, t: &crate::entities::text::Tok| {
                t.nclitic == 0 || a.stem_start(text, x) == t.start
            };
            let placelike = (s..k).all(|x| {
                a.toks
                    .get(x)
                    .is_some_and(|t| t.kind == Kind::Arabic && whole(x, t) && t.hint & 4 == 0)
            });
            let labelled = |x: usize| {
                taken
                    .get(x)
                    .copied()
                    .flatten()
                    .and_then(|c| cands.get(c))
                    .map(|c| (c.label, c.first, c.last))
            };
            // (a place the lists or the tagger found already stands, as does anything that
            // reaches past the words)
            let keep = (s..k)
                .any(|x| labelled(x).is_some_and(|(l, f, e)| l == Label::Loc || f < s || e >= k));
            if placelike && !keep {
                take_over(taken, cands, Cand::new(s, k - 1, Label::Loc, Source::Rule));
            }
            break;
        }
    }
}
