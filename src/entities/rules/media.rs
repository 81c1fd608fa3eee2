//! Newspapers, magazines and channels, and the teams and companies that a head word names the
//! same way: "صحيفة الشرق الأوسط", "شركة توتال", the head outside the name.

use super::words::{accusative_noun, is_sound_plural, quote, wordlike};
use super::{is_free, take_over, Context};
use crate::entities::{is_nisba, Cand, Label, Source, FUNCTION_WORDS};

/// Heads of a newspaper's, magazine's, channel's, team's or company's name (folded forms).
pub(in crate::entities) const MEDIA_HEADS: &[&str] =
    &["صحيفه", "جريده", "مجله", "قناه", "فريق", "شركه"];

/// Of those, the heads of a newspaper or magazine, whose name may be a place's (folded forms).
const PRESS_HEADS: &[&str] = &["صحيفه", "جريده", "مجله"];

/// Of those, the heads after which a person's name is the organisation's ("شركة ميتا",
/// "صحيفة ..."): not "فريق" (also a general's rank) nor "قناة".
pub(in crate::entities) const PAPER_OR_COMPANY_HEADS: &[&str] = &["صحيفه", "جريده", "مجله", "شركه"];

/// Of those, the heads of a team or company, whose name is never an ordinary word ("فريق
/// العمل", "شركة النفط" name no team or company).
pub(in crate::entities) const TEAM_HEADS: &[&str] = &["فريق", "شركه"];

/// What one gives a paper or a channel (folded): "في تصريح لـ«الشرق الأوسط»".
pub(in crate::entities) const INTERVIEW_WORDS: &[&str] =
    &["تصريح", "تصريحات", "حديث", "مقابله", "حوار", "بيان"];

/// A place after a newspaper's head, or quoted after a word of speaking, names the paper.
///
/// A place right after a newspaper's or magazine's head names the paper, the head outside,
/// as in ANERcorp ("جريدة القدس": ORG القدس; "صحيفة الشرق الأوسط": ORG الشرق الأوسط); in
/// quotes too ("صحيفة «الشرق الأوسط»"). Not "قناة": "قناة السويس" is a canal.
pub(super) fn papers_named_by_places(cx: &Context, cands: &mut [Cand]) {
    let (a, n_user) = (cx.a, cx.n_user);
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead || c.label != Label::Loc || c.first == 0 {
            continue;
        }
        let mut h = c.first - 1;
        if h > 0 && quote(a, h) && quote(a, c.last + 1) {
            h -= 1;
        }
        let head = a.canon(h);
        let head = ["و", "ل", "ب"]
            .iter()
            .find_map(|p| head.strip_prefix(p).filter(|w| PRESS_HEADS.contains(w)))
            .unwrap_or(head);
        // (and a place in quotes that one speaks to: "قالت لـ«الشرق الأوسط» مصادر", "صرح
        // لـ«الخليج»"; quotes set a paper's name apart, not a place's)
        let told = h + 1 < c.first
            && matches!(head, "ل" | "ول")
            && (h.saturating_sub(4)..h).any(|k| {
                crate::entities::speech_verb(a, k) || INTERVIEW_WORDS.contains(&a.canon(k))
            });
        if PRESS_HEADS.contains(&head) || told {
            if let Some(cm) = cands.get_mut(ci) {
                *cm = Cand::new(c.first, c.last, Label::Org, Source::Rule);
            }
        }
    }
}

/// The name after a paper's, channel's, team's or company's head is the organisation.
///
/// A newspaper, magazine, channel, team or company: the name after the head, the head
/// outside, as in ANERcorp ("صحيفة نيويورك تايمز": ORG نيويورك تايمز; "مجلة «لوبوان»": ORG
/// لوبوان; "شركة توتال": ORG توتال).
pub(super) fn names_after_media_heads(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    let (text, a, n_user) = (cx.text, cx.a, cx.n_user);
    let n = a.toks.len();
    for t in 0..n {
        let head = a.canon(t);
        // (every head is 4 or 5 letters, with at most one clitic letter: 8 to 12 bytes)
        if !(8..=12).contains(&head.len()) {
            continue;
        }
        let head = ["و", "ل", "ب"]
            .iter()
            .find_map(|c| head.strip_prefix(c).filter(|h| MEDIA_HEADS.contains(h)))
            .unwrap_or(head);
        if !MEDIA_HEADS.contains(&head) || !is_free(taken, t) {
            continue;
        }
        let (first, last) = if quote(a, t + 1) {
            // the quoted name, one to four words
            match (t + 3..(t + 7).min(n)).find(|&j| quote(a, j)) {
                Some(j) if (t + 2..j).all(|i| wordlike(a, i)) => (t + 2, j - 1),
                _ => continue,
            }
        } else {
            let x = t + 1;
            let name = a.canon(x);
            let definite = name.starts_with("ال");
            // (not an adjective of the head: "قناة إذاعية", "مجلة فصلية", "قناة للتفاوض")
            let ok_first = wordlike(a, x)
                && name.chars().count() >= 3
                && a.toks.get(x).is_some_and(|k| k.nclitic == 0)
                && !FUNCTION_WORDS.contains(&name)
                && !is_nisba(name)
                && !name.ends_with("يه")
                && if definite && !TEAM_HEADS.contains(&head) {
                    !is_sound_plural(name)
                } else {
                    !cx.common.get(x).copied().unwrap_or(true)
                }
                // a team's or company's adjective: "فريق بلجيكي", "شركة مدرجة"
                && !(TEAM_HEADS.contains(&head)
                    && ["ي", "ه", "ها"].iter().any(|e| name.ends_with(e)));
            if !ok_first {
                continue;
            }
            // on over up to two more words: after a defined name a defined word that is no
            // nisba ("الثقافة الجديدة"), else words that are neither ordinary nor adjectives
            // nor a person's name words ("الوفاق مصيب نعيمي")
            let mut last = x;
            let kind = a.toks.get(x).map(|k| k.kind);
            while last + 1 < n && last < x + 2 && a.toks.get(last + 1).map(|k| k.kind) == kind {
                let y = last + 1;
                let w = a.canon(y);
                let fits = if definite {
                    w.starts_with("ال") && w.chars().count() >= 4
                } else {
                    !cx.common.get(y).copied().unwrap_or(true)
                };
                // (nor a noun with a possessive: "شركة كاتربيلر أرباحها")
                let ok = fits
                    && !is_nisba(w)
                    && !accusative_noun(text, a, y)
                    && !FUNCTION_WORDS.contains(&w)
                    && !["ها", "هم", "هما"].iter().any(|e| w.ends_with(e))
                    && a.toks.get(y).is_some_and(|k| {
                        k.nclitic == 0 && k.hint & 3 == 0 && a.stem_start(text, y) == k.start
                    });
                if !ok {
                    break;
                }
                last = y;
            }
            (x, last)
        };
        // (after a company's or paper's head, a person the tagger saw in the name is the
        // name: "شركة ميتا"; not after "فريق", also a general's rank, nor "قناة")
        let tagged_person = |k: usize| {
            PAPER_OR_COMPANY_HEADS.contains(&head)
                && k >= n_user
                && cands.get(k).is_some_and(|c| {
                    !c.dead && c.label == Label::Per && c.first >= first && c.last <= last
                })
        };
        if (first..=last).all(|i| taken.get(i).is_some_and(|x| x.is_none_or(&tagged_person))) {
            take_over(
                taken,
                cands,
                Cand::new(first, last, Label::Org, Source::Rule),
            );
        }
    }
}
