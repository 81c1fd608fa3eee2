//! Sports clubs: a club named by an ordinary word ("الهلال", "النصر") or after its city
//! ("برشلونة", "مانشستر سيتي"), told from the word and the place by a match around it.

use super::money::amount_near;
use super::words::{behind_clitic, glued_and};
use super::{is_free, take_over, yields_to, Context};
use crate::entities::gazetteer::{GazMatch, List};
use crate::entities::text::{Analysis, Kind};
use crate::entities::{is_nisba, Cand, Label, Source};

/// Clubs named by an ordinary word ("الهلال"), told from the word by a match around them.
///
/// A club named by an ordinary word ("الهلال", "النصر", "الأهلي", "الاتحاد") in a clear
/// sports context (see `club_context`), and a free nisba after it ("الاتحاد السكندري");
/// never "الهلال الأحمر", which the list has whole.
pub(super) fn ambiguous_clubs(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (a, gaz, n_user) = (cx.a, cx.gaz, cx.n_user);
    let n = a.toks.len();
    let mut org_word = vec![false; n];
    for m in gaz {
        if m.list == List::Org && m.first == m.last {
            if let Some(x) = org_word.get_mut(m.first) {
                *x = true;
            }
        }
    }
    let club = |j: usize| {
        is_ambiguous_club(a.canon(j))
            || org_word.get(j).copied().unwrap_or(false)
            || taken
                .get(j)
                .copied()
                .flatten()
                .and_then(|k| cands.get(k))
                .is_some_and(|c| !c.dead && c.label == Label::Org && c.first == j && c.last == j)
    };
    let (clubs, other_sense): (Vec<usize>, Vec<usize>) = (0..n)
        .filter(|&i| is_ambiguous_club(a.canon(i)))
        .partition(|&i| club_context(a, i, &club));
    // "حقق النصر في المعركة": the crescent and victory, with no match near, are no club (nor a
    // person: "مبروك للنصر")
    for i in other_sense {
        if !matches!(a.canon(i), "الهلال" | "النصر") || sports_near(a, i) {
            continue;
        }
        if let Some(k) = taken.get(i).copied().flatten().filter(|&k| k >= n_user) {
            let lone = cands.get(k).is_some_and(|c| {
                !c.dead
                    && c.first == i
                    && c.last == i
                    && matches!(c.label, Label::Org | Label::Per)
                    && c.source == Source::Model
            });
            if lone {
                if let Some(c) = cands.get_mut(k) {
                    c.dead = true;
                }
                if let Some(t) = taken.get_mut(i) {
                    *t = None;
                }
            }
        }
    }
    for i in clubs {
        // free, or a one-word mention of the tagger or a rule (the user's names stay)
        // (or "نادي الاتحاد", which the tagger took with its head: the head goes out, as in
        // "نادي الهلال"; never a longer listed name, "الهلال السعودي")
        let head_before = i.checked_sub(1).is_some_and(|p| {
            let w = a.canon(p);
            CLUB_HEADS.contains(&w) || behind_clitic(w, CLUB_HEADS).is_some()
        });
        let mine = match taken.get(i).copied().flatten() {
            None => true,
            Some(k) => {
                k >= n_user
                    && cands.get(k).is_some_and(|c| {
                        c.dead || c.last == i && (c.first == i || c.first + 1 == i && head_before)
                    })
            }
        };
        if !mine {
            continue;
        }
        let mut last = i;
        if is_free(taken, i + 1)
            && a.toks.get(i + 1).is_some_and(|t| t.nclitic == 0)
            && is_nisba(a.canon(i + 1))
        {
            last = i + 1;
        }
        take_over(taken, cands, Cand::new(i, last, Label::Org, Source::Rule));
    }
}

/// Words of a football match (folded, clitics off): a currency word among them with no amount
/// near is the club named after it ("توج الريال باللقب").
pub(in crate::entities) const SPORTS_WORDS: &[&str] = &[
    "فاز",
    "يفوز",
    "توج",
    "تتوج",
    "تعادل",
    "خسر",
    "هزم",
    "سحق",
    "اكتسح",
    "اللقب",
    "لقب",
    "الدوري",
    "دوري",
    "الليغا",
    "الليجا",
    "مباراه",
    "المباراه",
    "هدفين",
    "الكاس",
    "البطوله",
    "مدرب",
    "المدرب",
    "لاعب",
    "اللاعب",
    "لاعبي",
    "ملعب",
    "الملعب",
    "الكلاسيكو",
    "ديربي",
    "الديربي",
    "النهايي",
    "جماهير",
    "ركلات",
    "البرنابيو",
];

/// Clubs named by a word that is also an ordinary one (folded, with the article): "الهلال"
/// (the crescent), "النصر" (victory), "الأهلي" (national), "الاتحاد" (the union), "الشباب"
/// (the youth) ... A club only in a clear sports context ([`club_context`]).
pub(in crate::entities) const AMBIGUOUS_CLUBS: &[&str] = &[
    "الهلال",
    "النصر",
    "الاهلي",
    "الاتحاد",
    "الشباب",
    "التعاون",
    "الاتفاق",
    "الفتح",
    "الوحده",
    "القادسيه",
];

/// Is `w` (folded) one of [`AMBIGUOUS_CLUBS`]? Asked of every token: a length and article test
/// first turns nearly all of them away without comparing ten words.
#[inline]
pub(in crate::entities) fn is_ambiguous_club(w: &str) -> bool {
    (10..=16).contains(&w.len()) && w.starts_with("ال") && AMBIGUOUS_CLUBS.contains(&w)
}

/// Words right before a club's name that say it is one (folded, clitics off): "لاعب الهلال",
/// "فريق النصر", "مباراة الأهلي".
pub(in crate::entities) const CLUB_HEADS: &[&str] = &[
    "نادي",
    "النادي",
    "فريق",
    "لاعب",
    "لاعبو",
    "لاعبي",
    "مدرب",
    "جماهير",
    "جمهور",
    "مهاجم",
    "حارس",
    "مدافع",
    "مباراه",
    "ديربي",
    "كلاسيكو",
];

/// Verbs of a match's result, with a club as their subject right before or after them
/// (folded): "فاز الهلال", "الأهلي يتعادل".
pub(in crate::entities) const MATCH_VERBS: &[&str] = &[
    "فاز",
    "يفوز",
    "توج",
    "تتوج",
    "يتوج",
    "تعادل",
    "يتعادل",
    "خسر",
    "يخسر",
    "تغلب",
    "يتغلب",
    "هزم",
    "يهزم",
    "سحق",
    "يسحق",
    "اكتسح",
    "يكتسح",
    "تاهل",
    "يتاهل",
];

/// Verbs of hosting or meeting another team (folded): "يستضيف النصر فريق الشباب".
pub(in crate::entities) const HOST_VERBS: &[&str] = &[
    "يستضيف",
    "استضاف",
    "يواجه",
    "واجه",
    "يلتقي",
    "التقي",
    "يلاقي",
    "لاقي",
];

/// A win, loss or draw, before "على" or "أمام" and a club (folded): "بعد فوزه على الشباب".
pub(in crate::entities) const WIN_NOUNS: &[&str] = &[
    "فوز",
    "الفوز",
    "فوزه",
    "فوزها",
    "خساره",
    "خسارته",
    "تعادله",
    "انتصاره",
];

/// Links between two clubs of a match (folded): "فاز الهلال على النصر", "تعادل الأهلي مع
/// الاتحاد" (and a glued "و": "مباراة الهلال والنصر").
pub(in crate::entities) const MATCH_LINKS: &[&str] = &["علي", "مع", "امام", "ضد"];

/// Is token `i`, a word of [`AMBIGUOUS_CLUBS`], a club here? After a club's head ("لاعب
/// الهلال", "نادي النصر"), next to a verb of a match's result ("فاز الهلال", "الأهلي يتعادل"),
/// linked to another club (`club(j)`) with a football word near ("فاز الهلال على النصر",
/// "مباراة الهلال والنصر"), or after a verb of hosting or meeting with a team after it
/// ("يستضيف النصر فريق الشباب").
fn club_context(a: &Analysis, i: usize, club: &dyn Fn(usize) -> bool) -> bool {
    let is_in = |j: usize, list: &[&str]| {
        let w = a.canon(j);
        list.contains(&w) || behind_clitic(w, list).is_some()
    };
    let before = i.checked_sub(1);
    if before.is_some_and(|p| is_in(p, CLUB_HEADS) || is_in(p, MATCH_VERBS)) {
        return true;
    }
    // (the verb after it: "الهلال يفوز على النصر"; "بطل" too: "الهلال بطل الدوري")
    if a.toks.get(i + 1).is_some_and(|t| t.nclitic == 0)
        && (MATCH_VERBS.contains(&a.canon(i + 1)) || a.canon(i + 1) == "بطل")
    {
        return true;
    }
    let other = |j: usize| j != i && club(j);
    let partner = [
        (other(i + 1) && glued_and(a, i + 1)).then_some(i + 1),
        (MATCH_LINKS.contains(&a.canon(i + 1)) && other(i + 2)).then_some(i + 2),
        before.filter(|&p| other(p) && glued_and(a, i)),
        i.checked_sub(2)
            .filter(|&p| other(p) && MATCH_LINKS.contains(&a.canon(p + 1))),
    ]
    .into_iter()
    .flatten()
    .next();
    let host_verb = before.is_some_and(|p| is_in(p, HOST_VERBS));
    // (a football word near either club: "يلتقي الاتحاد مع الهلال في نصف النهائي")
    let pair = partner.is_some_and(|j| host_verb || sports_near(a, i) || sports_near(a, j));
    // a win over it, or a match's result against it: "بعد فوزه على الشباب", "يفوز على
    // النصر", "تعادل مع الأهلي"
    let beaten = i.checked_sub(2).is_some_and(|p| {
        (WIN_NOUNS.contains(&a.canon(p)) || MATCH_VERBS.contains(&a.canon(p)))
            && MATCH_LINKS.contains(&a.canon(p + 1))
    });
    let hosts = host_verb && (is_in(i + 1, CLUB_HEADS) || sports_near(a, i));
    pair || beaten || hosts
}

/// Is there a word of a football match ([`SPORTS_WORDS`]) within four tokens of token `i`?
pub(super) fn sports_near(a: &Analysis, i: usize) -> bool {
    (i.saturating_sub(4)..=i + 4).any(|j| j != i && SPORTS_WORDS.contains(&a.canon(j)))
}

/// Words after a city's name that make a club of it (folded): "مانشستر سيتي", "أورلاندو
/// سيتي", "شيفيلد يونايتد". Not alone: "مكسيكو سيتي", "كانساس سيتي" are cities too, so only
/// with a football word near.
pub(in crate::entities) const CLUB_SUFFIXES: &[&str] = &["سيتي", "يونايتد"];

/// Words before a city's name that make a club of it (folded): "إنتر ميامي", "ريال بيتيس",
/// "أتلتيكو مدريد", "دينامو كييف"; with a football word near.
pub(in crate::entities) const CLUB_PREFIXES: &[&str] =
    &["انتر", "ريال", "اتلتيكو", "اتليتيكو", "دينامو", "سبارتاك"];

/// Capitals (folded) that a club is called by alone ("روما", AS Roma; "مدريد", Real Madrid;
/// "باريس", Paris Saint-Germain); the country list, which has the capitals, is no city list: a
/// country in a match is the national team. Only in a clear sports context
/// ([`club_context`]), whose verbs are masculine, the club's gender: "فاز مدريد على برشلونة",
/// but "فازت باريس بتنظيم الأولمبياد" is the city.
pub(in crate::entities) const CAPITAL_CLUBS: &[&str] = &["روما", "مدريد", "باريس"];

/// Clubs named after their city, ORG as ANERcorp marks clubs: a city (a one-word place of the
/// tagger or a list that the city list has and the country list has not: a country in a match
/// is the national team, LOC in ANERcorp) in a clear sports context ([`club_context`]: "فاز
/// ميلان على روما", "مدرب روما"; ANERcorp marks such cities ORG, "برشلونة", "ليفربول",
/// "مانشستر", with one "مدرب روما" as LOC; a venue, "في برلين", "ملعب برشلونة", stays LOC),
/// and a city with a club's word before or after it ([`CLUB_PREFIXES`], [`CLUB_SUFFIXES`]:
/// "إنتر ميامي", "أورلاندو سيتي") with a football word near. Outside a match a city stays a
/// place ("سافر إلى ميلان").
pub(super) fn clubs_named_after_cities(
    a: &Analysis,
    gaz: &[GazMatch],
    taken: &mut Vec<Option<usize>>,
    cands: &mut Vec<Cand>,
    n_user: usize,
) {
    let n = a.toks.len();
    let mut city = vec![false; n];
    let mut country = vec![false; n];
    for m in gaz.iter().filter(|m| m.first == m.last) {
        let flag = match m.list {
            List::City => city.get_mut(m.first),
            List::Country => country.get_mut(m.first),
            _ => None,
        };
        if let Some(x) = flag {
            *x = true;
        }
    }
    // (the country list has the capitals too: of those, the ones a club is called by alone)
    let city_only = |j: usize| {
        city.get(j).copied().unwrap_or(false) && !country.get(j).copied().unwrap_or(true)
            || country.get(j).copied().unwrap_or(false) && CAPITAL_CLUBS.contains(&a.canon(j))
    };
    // the live candidate (not the user's) holding token `j`
    let cand_at = |taken: &Vec<Option<usize>>, cands: &Vec<Cand>, j: usize| {
        taken
            .get(j)
            .copied()
            .flatten()
            .filter(|&k| k >= n_user)
            .filter(|&k| cands.get(k).is_some_and(|c| !c.dead))
    };
    let lone = |taken: &Vec<Option<usize>>, cands: &Vec<Cand>, j: usize, label: Label| {
        cand_at(taken, cands, j)
            .and_then(|k| cands.get(k))
            .is_some_and(|c| c.label == label && c.first == j && c.last == j)
    };
    // 1. a lone city in a clear sports context
    let city_club = |j: usize| city_only(j) && lone(taken, cands, j, Label::Loc);
    // (another club: a city in this sense, an ordinary word's club, or an organisation over
    // the token, of one word or more: "فاز باريس سان جيرمان على مرسيليا")
    let club = |j: usize| {
        city_club(j)
            || is_ambiguous_club(a.canon(j))
            || cand_at(taken, cands, j)
                .and_then(|k| cands.get(k))
                .is_some_and(|c| c.label == Label::Org)
    };
    // (a match or derby named by a capital is where it is played: "مباراة مدريد")
    let event_capital = |i: usize| {
        country.get(i).copied().unwrap_or(false)
            && i.checked_sub(1)
                .is_some_and(|p| matches!(a.canon(p), "مباراه" | "ديربي" | "كلاسيكو"))
    };
    let found: Vec<usize> = (0..n)
        .filter(|&i| city_club(i) && !event_capital(i) && club_context(a, i, &club))
        .collect();
    for i in found {
        if let Some(c) = cand_at(taken, cands, i).and_then(|k| cands.get_mut(k)) {
            c.label = Label::Org;
            c.source = Source::Rule;
        }
    }
    // 2. "<city> سيتي", "إنتر <city>" with a football word near
    for i in 0..n {
        let w = a.canon(i);
        if !(8..=16).contains(&w.len()) || a.toks.get(i).is_none_or(|t| t.nclitic != 0) {
            continue;
        }
        let (first, last, name) = if CLUB_SUFFIXES.contains(&w) && i > 0 {
            (i - 1, i, i - 1)
        } else if CLUB_PREFIXES.contains(&w) && i + 1 < n {
            (i, i + 1, i + 1)
        } else {
            continue;
        };
        // (the name: a city, or a one-word name the tagger found: "ميامي" LOC, "أورلاندو
        // سيتي" PER; never a nisba, "ريال سعودي", nor an amount near a currency)
        let named = a.toks.get(name).is_some_and(|t| t.kind == Kind::Arabic)
            && !is_nisba(a.canon(name))
            && (city_only(name)
                || cand_at(taken, cands, name)
                    .and_then(|k| cands.get(k))
                    .is_some_and(|c| c.first >= first && c.last <= last));
        let sports = sports_near(a, first) || sports_near(a, last);
        if !named || !sports || w == "ريال" && amount_near(a, i) {
            continue;
        }
        // every mention over the two words lies inside them and is no user's; not already
        // the club
        let inside = yields_to(taken, cands, n_user, first, last);
        let done = cand_at(taken, cands, first)
            .and_then(|k| cands.get(k))
            .is_some_and(|c| c.label == Label::Org && c.first == first && c.last == last);
        if inside && !done {
            take_over(
                taken,
                cands,
                Cand::new(first, last, Label::Org, Source::Rule),
            );
        }
    }
}
