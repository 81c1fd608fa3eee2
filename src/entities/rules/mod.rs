//! Context rules: the names that titles, head words, quotes and a few closed lists point to,
//! applied where the user's names, the tagger and the trusted lists left the tokens free.

use crate::hash::WordMap;

use super::gazetteer::{GazMatch, List};
use super::text::{Analysis, Kind};
use super::{is_name_token, is_nisba, Cand, Label, Source, FUNCTION_WORDS};

/// "المتحدث باسم" and its kin (folded forms): the name follows what they speak for.
pub(super) const SPEAKS_FOR: &[&str] = &["المتحدث", "الناطق", "المتحدثه", "الناطقه"];

/// Particles, prepositions and verbs of saying that end a name rather than continue it (folded).
pub(super) const NOT_A_NAME: &[&str] = &[
    "ان", "قد", "في", "من", "علي", "عن", "الي", "مع", "ثم", "قال", "اكد", "اعلن", "اوضح", "اشار",
    "ذكر", "صرح", "اضاف", "يقول", "يوكد", "لم", "لن", "لا", "ما", "كان", "كانت",
];

/// Kinds of product that follow a company's name and are no part of it (folded forms); nor is
/// the name after them a person ("هاتف آيفون", "منصة إكس").
pub(super) const PRODUCT_HEADS: &[&str] = &[
    "هاتف",
    "هواتف",
    "جهاز",
    "اجهزه",
    "تطبيق",
    "منصه",
    "سياره",
    "سيارات",
    "حاسوب",
    "نظام",
];

/// First parts of compound names with "الله" (folded forms): "نصر الله", "فضل الله", "عطا
/// الله". Not "عبد" (a name link of its own), nor "فتح" (the movement), "حمد" (praise) or the title "آية" (Ayatollah).
pub(super) const GOD_NAME_PARTS: &[&str] = &[
    "نصر", "فضل", "عطا", "خير", "جار", "حسب", "ذبيح", "سيف", "روح", "حبيب", "عوض", "ضيف", "جاب",
    "لطف", "نعمه", "هبه",
];

/// Does token `i` carry a conjunction or preposition that ends a name before it: a particle
/// of [`NOT_A_NAME`] behind one ("بأن", "وأن", "لأن", "فإن"), ل on the article ("للصحفيين",
/// even where the whole word is listed; not "بال", "وال": "بالاك", "والتر"), or any clitic the
/// stripper or the segmenter finds?
fn glued(text: &str, a: &Analysis, i: usize) -> bool {
    let w = a.word(i);
    ["و", "ف", "ب", "ل"]
        .iter()
        .any(|c| w.strip_prefix(c).is_some_and(|r| NOT_A_NAME.contains(&r)))
        || w.starts_with("لل")
        || a.toks
            .get(i)
            .is_some_and(|t| a.stem_start(text, i) > t.start)
}

/// Heads of a newspaper's, magazine's, channel's, team's or company's name (folded forms).
pub(super) const MEDIA_HEADS: &[&str] = &["صحيفه", "جريده", "مجله", "قناه", "فريق", "شركه"];

/// Of those, the heads of a newspaper or magazine, whose name may be a place's (folded forms).
pub(super) const PRESS_HEADS: &[&str] = &["صحيفه", "جريده", "مجله"];

/// The kinds of work whose quoted title after them is MISC (folded forms).
pub(super) const WORK_HEADS: &[&str] = &["روايه", "فيلم", "كتاب", "مسرحيه", "قصيده", "ديوان"];

/// What one gives a paper or a channel (folded): "في تصريح لـ«الشرق الأوسط»".
pub(super) const INTERVIEW_WORDS: &[&str] = &["تصريح", "تصريحات", "حديث", "مقابله", "حوار", "بيان"];

/// Is `h` (folded) a kind of work with a possessive pronoun ("روايتها", "فيلمه", "كتابي"; the
/// teh marbuta written open before the pronoun)?
fn owned_work(h: &str) -> bool {
    ["هما", "هم", "ها", "ه", "ي", "نا"].iter().any(|p| {
        h.strip_suffix(p).is_some_and(|stem| {
            WORK_HEADS.contains(&stem)
                || stem
                    .strip_suffix('ت')
                    .is_some_and(|s| WORK_HEADS.iter().any(|w| w.strip_suffix('ه') == Some(s)))
        })
    })
}

/// Of those, the heads after which a person's name is the organisation's ("شركة ميتا",
/// "صحيفة ..."): not "فريق" (also a general's rank) nor "قناة".
pub(super) const PAPER_OR_COMPANY_HEADS: &[&str] = &["صحيفه", "جريده", "مجله", "شركه"];

/// Of those, the heads of a team or company, whose name is never an ordinary word ("فريق
/// العمل", "شركة النفط" name no team or company).
pub(super) const TEAM_HEADS: &[&str] = &["فريق", "شركه"];

/// Heads that make an organisation name with the defined noun after them (folded forms). Not
/// "هيئة": a panel as often as a body ("هيئة الدفاع", "هيئة المحكمة"); with it 4-fold CV lost
/// 13 predictions and gained no correct one. With a nisba after the noun it is a body: see
/// [`NISBA_ORG_HEADS`].
pub(super) const STRONG_ORG_HEADS: &[&str] = &["وزاره", "حزب", "منظمه", "جامعه", "وكاله"];

/// Heads of an authority's, court's or commission's name that make one with a defined noun
/// only when a nisba adjective follows (folded): "هيئة السوق المالية", "محكمة النقض المصرية",
/// "دار الإفتاء المصرية".
pub(super) const NISBA_ORG_HEADS: &[&str] = &[
    "هييه",
    "محكمه",
    "سلطه",
    "موسسه",
    "لجنه",
    "مفوضيه",
    "صندوق",
    "دار",
];

/// Kinds of post or news item that head a line before a colon (folded): "فيديو: ...",
/// "إنفوجراف: ..."; no speaker. (Most are dictionary words, which a speaker never is; these
/// are the loanwords.)
pub(super) const HEADLINE_KINDS: &[&str] = &[
    "فيديو",
    "انفوجراف",
    "انفوغراف",
    "انفوجرافيك",
    "فيديوجراف",
    "بودكاست",
    "لايف",
    "ترند",
    "تريند",
    "بث",
    "مباشر",
    "عاجل",
    "حصري",
    "تحديث",
    "ستوري",
    "بوست",
    "تويت",
    "تغريده",
];

/// Words of a football match (folded, clitics off): a currency word among them with no amount
/// near is the club named after it ("توج الريال باللقب").
pub(super) const SPORTS_WORDS: &[&str] = &[
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
pub(super) const AMBIGUOUS_CLUBS: &[&str] = &[
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
pub(super) fn is_ambiguous_club(w: &str) -> bool {
    (10..=16).contains(&w.len()) && w.starts_with("ال") && AMBIGUOUS_CLUBS.contains(&w)
}

/// Words right before a club's name that say it is one (folded, clitics off): "لاعب الهلال",
/// "فريق النصر", "مباراة الأهلي".
pub(super) const CLUB_HEADS: &[&str] = &[
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
pub(super) const MATCH_VERBS: &[&str] = &[
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
pub(super) const HOST_VERBS: &[&str] = &[
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
pub(super) const WIN_NOUNS: &[&str] = &[
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
pub(super) const MATCH_LINKS: &[&str] = &["علي", "مع", "امام", "ضد"];

/// Currency words that clubs are named after and called by alone (folded, without the
/// article): "ريال" (Real Madrid: "الريال"). Not "يورو", also the tournament.
pub(super) const CLUB_CURRENCIES: &[&str] = &["ريال"];

/// Words of prices and exchange (folded, clitics off): money is meant near them.
pub(super) const MONEY_WORDS: &[&str] = &["سعر", "اسعار", "صرف", "مقابل", "العمله", "عمله", "قيمه"];

/// Is token `i` (a currency word) about money: a number (digits or a number word) within two
/// tokens, or another currency or a word of prices ([`MONEY_WORDS`]) within four ("سجل
/// الريال تراجعا أمام الدولار")?
fn amount_near(a: &Analysis, i: usize) -> bool {
    let number = |j: usize| {
        a.toks.get(j).is_some_and(|t| t.kind == Kind::Number)
            || crate::numbers::number_word(a.canon(j))
    };
    let money = |j: usize| {
        let c = a.canon(j);
        MONEY_WORDS.contains(&c)
            || crate::numbers::currency_word(c.strip_prefix("ال").unwrap_or(c)).is_some()
    };
    (i.saturating_sub(2)..=i + 2).any(|j| j != i && number(j))
        || (i.saturating_sub(4)..=i + 4).any(|j| j != i && money(j))
}

/// Is there a word of a football match ([`SPORTS_WORDS`]) within four tokens of token `i`?
fn sports_near(a: &Analysis, i: usize) -> bool {
    (i.saturating_sub(4)..=i + 4).any(|j| j != i && SPORTS_WORDS.contains(&a.canon(j)))
}

/// `w` (folded) without one leading "و" or "ف" or "ل" or "ب", when the rest is in `list`.
fn behind_clitic<'a>(w: &'a str, list: &[&str]) -> Option<&'a str> {
    // (the four are two-byte letters, و ف ل ب: one match on the first two bytes; asked of
    // every token by several rules)
    let rest = match w.as_bytes() {
        [0xD9, 0x88 | 0x81 | 0x84, ..] | [0xD8, 0xA8, ..] => w.get(2..)?,
        _ => return None,
    };
    list.contains(&rest).then_some(rest)
}

/// Words after a city's name that make a club of it (folded): "مانشستر سيتي", "أورلاندو
/// سيتي", "شيفيلد يونايتد". Not alone: "مكسيكو سيتي", "كانساس سيتي" are cities too, so only
/// with a football word near.
pub(super) const CLUB_SUFFIXES: &[&str] = &["سيتي", "يونايتد"];

/// Words before a city's name that make a club of it (folded): "إنتر ميامي", "ريال بيتيس",
/// "أتلتيكو مدريد", "دينامو كييف"; with a football word near.
pub(super) const CLUB_PREFIXES: &[&str] =
    &["انتر", "ريال", "اتلتيكو", "اتليتيكو", "دينامو", "سبارتاك"];

/// Capitals (folded) that a club is called by alone ("روما", AS Roma; "مدريد", Real Madrid;
/// "باريس", Paris Saint-Germain); the country list, which has the capitals, is no city list: a
/// country in a match is the national team. Only in a clear sports context
/// ([`club_context`]), whose verbs are masculine, the club's gender: "فاز مدريد على برشلونة",
/// but "فازت باريس بتنظيم الأولمبياد" is the city.
pub(super) const CAPITAL_CLUBS: &[&str] = &["روما", "مدريد", "باريس"];

/// Clubs named after their city, ORG as ANERcorp marks clubs: a city (a one-word place of the
/// tagger or a list that the city list has and the country list has not: a country in a match
/// is the national team, LOC in ANERcorp) in a clear sports context ([`club_context`]: "فاز
/// ميلان على روما", "مدرب روما"; ANERcorp marks such cities ORG, "برشلونة", "ليفربول",
/// "مانشستر", with one "مدرب روما" as LOC; a venue, "في برلين", "ملعب برشلونة", stays LOC),
/// and a city with a club's word before or after it ([`CLUB_PREFIXES`], [`CLUB_SUFFIXES`]:
/// "إنتر ميامي", "أورلاندو سيتي") with a football word near. Outside a match a city stays a
/// place ("سافر إلى ميلان").
fn clubs_named_after_cities(
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

/// Is token `x` a defined noun of three letters or more after the article, with no clitic
/// ("الصحة" of "وزارة الصحة", "السوق" of "هيئة السوق المالية")?
fn defined_noun(a: &Analysis, x: usize) -> bool {
    let w = a.canon(x);
    w.starts_with("ال") && w.chars().count() >= 4 && a.toks.get(x).is_some_and(|k| k.nclitic == 0)
}

/// A sound masculine or feminine plural ending ("الصحفيين", "المعلمون", "الشركات").
fn is_sound_plural(w: &str) -> bool {
    ["ين", "ون", "ات"].iter().any(|e| w.ends_with(e))
}

/// Is token `i` an indefinite noun in the accusative, written with the alef of its tanwin
/// ("مصنعا", "شاعرا", "جيشا": the word without the alef is a dictionary word)? Such a word
/// follows a name ("افتتحت شركة نوفاترك مصنعا") but is never part of one.
pub(super) fn accusative_noun(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        let w = text.get(t.start..t.end).unwrap_or("");
        t.nclitic == 0
            && t.hint & 3 == 0
            && w.chars().count() >= 4
            && w.strip_suffix('ا')
                .or_else(|| w.strip_suffix("اً"))
                .or_else(|| w.strip_suffix("ًا"))
                .and_then(crate::segment::word_entry)
                .is_some_and(|e| e.is_dictionary_word())
    })
}

/// Is token `i`'s word (clitics left out) a very frequent one, Zipf 5 and above ("النادي",
/// "البيت")? Such a word found once as a name is no name elsewhere in the text.
pub(super) fn very_frequent(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        text.get(a.stem_start(text, i)..t.end)
            .and_then(crate::segment::word_entry)
            .is_some_and(|e| e.zipf10 >= 50)
    })
}

/// Whether token `i` carries a pronoun suffix (as the segmenter cuts it) or is a frequent verb
/// form: no place name after a place head ("منطقة يقطنها الآلاف": "inhabited by").
fn verb_or_pronoun_suffix(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks
        .get(i)
        .and_then(|t| text.get(t.start..t.end))
        .is_some_and(|w| {
            !crate::segment::segment(w).suffixes.is_empty()
                || crate::segment::word_entry(w).is_some_and(|e| e.is_verb() && e.zipf10 >= 30)
        })
}

/// Is token `i`, a defined word, in the dictionary without its article ("المصري", "الحالي")?
fn dictionary_nisba(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        text.get(t.start..t.end)
            .and_then(|w| w.strip_prefix("ال"))
            .and_then(crate::segment::word_entry)
            .is_some_and(|e| e.is_dictionary_word() || e.zipf10 >= 40)
    })
}

/// Is token `i` as written a word of the dictionary, or one wordfreq counts at Zipf 2 or more?
fn word_in_use(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks
        .get(i)
        .and_then(|t| text.get(t.start..t.end))
        .and_then(crate::segment::word_entry)
        .is_some_and(|e| e.is_dictionary_word() || e.zipf10 >= 20)
}

/// Is token `i` an ordinary word of the dictionary (a hunspell-ar stem or its inflection)
/// that is in no person-name list: "مقتل", "وصول". Such a word after a name is no part of it.
fn plain_noun(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        t.hint & 3 == 0
            && text
                .get(t.start..t.end)
                .and_then(crate::segment::word_entry)
                .is_some_and(|e| e.is_dictionary_word())
    })
}

/// Whether token `i`, right after an indefinite place head, reads as an adjective agreeing
/// with it rather than as the place's name: a nisba ("مدينة تاريخية"; "-ية" of a word the
/// lists know, or "-ي" of a dictionary word: "نهر موسمي") or a frequent word (Zipf >= 3)
/// ending in teh marbuta in an adjective's pattern: a participle (مُفعَلة "مقدسة", فاعلة "عائمة", "جافة") or فعيلة
/// ("جديدة"). Not another shape: "منطقة خزاعة" is a town, and the listed towns ("مدينة جدة")
/// never get here.
fn agreeing_adjective(text: &str, a: &Analysis, i: usize) -> bool {
    let w = a.canon(i);
    // (folded: teh marbuta is ه, so the nisba is "يه"; four letters at least)
    if w.len() < 8 || !(w.ends_with('ه') || w.ends_with('ي')) {
        return false;
    }
    let surface = a
        .toks
        .get(i)
        .and_then(|t| text.get(t.start..t.end))
        .unwrap_or("");
    let entry = crate::segment::word_entry(surface);
    // (a nisba the word lists know: the dictionary's, a frequent word, or the dictionary's
    // stem with "-ية"; "مليلية", Melilla, is none of them)
    let known_nisba = || {
        entry.is_some_and(|e| e.is_dictionary_word() || e.zipf10 >= 30)
            || surface
                .strip_suffix("ية")
                .or_else(|| surface.strip_suffix("يه"))
                .and_then(crate::segment::word_entry)
                .is_some_and(|e| e.is_dictionary_word())
    };
    w.ends_with("يه") && known_nisba()
        || entry.is_some_and(|e| {
            if w.ends_with('ه') {
                let c: Vec<char> = w.chars().collect();
                let pattern = c.first() == Some(&'م')
                    || c.get(1) == Some(&'ا')
                    || (c.len() == 5 && c.get(2) == Some(&'ي'));
                e.zipf10 >= 30 && pattern
            } else {
                e.is_dictionary_word()
            }
        })
}

/// Is `surface`, a word with the article, a family name rather than a defined noun: no
/// nisba, and without the article no dictionary word and rare ("الإعيسر", "الجدعان"; not
/// "الجديد")?
fn defined_surname(surface: &str) -> bool {
    let stem = surface.strip_prefix("ال").unwrap_or("");
    stem.chars().count() >= 3
        && !is_nisba(surface)
        && crate::segment::word_entry(stem).is_none_or(|e| !e.is_dictionary_word() && e.zipf10 < 30)
}

/// Whether token `i` is an Arabic word of three letters or more in no list, without a clitic,
/// the article or a pronoun, that no dictionary has and that is rare (Zipf < 3): a name's word
/// more likely than anything else.
fn unlisted_rare_word(text: &str, a: &Analysis, i: usize) -> bool {
    let w = a.canon(i);
    a.toks.get(i).is_some_and(|t| {
        t.kind == Kind::Arabic
            && t.nclitic == 0
            && t.hint == 0
            && !w.starts_with("ال")
            && w.chars().count() >= 3
            && !is_nisba(w)
            && text.get(t.start..t.end).is_some_and(|s| {
                // (no pronoun either: "وزير خارجيتها")
                crate::segment::word_entry(s)
                    .is_none_or(|e| !e.is_dictionary_word() && e.zipf10 < 30)
                    && crate::segment::segment(s).suffixes.is_empty()
            })
    })
}

/// Heads of a street's or square's name (folded): "شارع الحمرا", "ميدان التحرير", "ساحة
/// الشهداء".
pub(super) const STREET_HEADS: &[&str] = &["شارع", "ميدان", "ساحه"];

/// Heads of a town's or a quarter's name (folded), after which a club's or a body's one-word
/// name is the place it is named after: "حي الزمالك".
pub(super) const TOWN_HEADS: &[&str] = &["حي", "مدينه", "بلده", "قريه", "منطقه"];
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

/// Defined nouns after "ميدان" or "ساحة" that name no square (folded): the field of a battle,
/// of work or of sport ("ساحة المعركة", "ميدان الإعلام", "ميدان الرماية"), a building's or an
/// event's yard ("ساحة الجامعة", "ساحة الجريمة").
pub(super) const NOT_SQUARE_NAMES: &[&str] = &[
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

/// Is `w` (folded, "ال" + a stem + "ي" or "يه") the nisba of a listed one-word place: the
/// stem alone, with the article, or with "ا" or "يا" after it ("الكولومبيه": "كولومبيا";
/// "المصري": "مصر"; "العراقيه": "العراق"; "السوريه": "سوريا")?
pub(super) fn place_of_nisba(w: &str) -> bool {
    let Some(stem) = w
        .strip_prefix("ال")
        .and_then(|r| r.strip_suffix("يه").or_else(|| r.strip_suffix('ي')))
        .filter(|r| r.chars().count() >= 2)
    else {
        return false;
    };
    let g = super::builtin_gazetteer();
    let place = |x: &str| {
        g.word(x)
            .is_some_and(|h| h & super::gazetteer::PLACE_BIT != 0)
    };
    place(stem)
        || place(&format!("ال{stem}"))
        || place(&format!("{stem}ا"))
        || place(&format!("{stem}يا"))
}

/// Particles after which a word is read as a verb (folded): "التي تدمر الآخرين" (destroys;
/// "تدمر" is also Palmyra), "لم تدمر", "قد تدمر".
pub(super) const VERB_PARTICLES: &[&str] = &[
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

/// Drops one-word places (not the user's names) that the words around them show to be
/// ordinary words: "مسقط رأس" (birthplace; "مسقط" is Muscat), and a verb form of the
/// dictionary right after a particle that only a verb follows ("التي تدمر"), and an
/// adjective agreeing with the place head (or a street's or square's) before it that the
/// tagger took for the place ("مدينة صناعية", "شارع جانبي"; see [`agreeing_adjective`]), and
/// "السعودية" as the adjective of a defined word ("الحكومة السعودية").
pub(super) fn drop_false_places(
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
                && super::starting_at(gaz, i + 1, PLACE_TOKENS)
                    .any(|m| matches!(m.list, List::City | List::Country))
                && a.toks
                    .get(i)
                    .and_then(|t| text.get(t.start..t.end))
                    .and_then(crate::segment::word_entry)
                    .is_some_and(|e| e.is_dictionary_word() && e.zipf10 >= 30)
        };
        if birthplace || verb() || adjective() || described() || nisba_of_place() || head_of_place()
        {
            c.dead = true;
        }
    }
}

/// Whether each token of `first..=last` is free or held by a mention of the tagger or a rule
/// (not the user's) that is dead or lies inside the span: a rule may then put its own mention
/// over the span with [`take_over`].
fn yields_to(
    taken: &[Option<usize>],
    cands: &[Cand],
    n_user: usize,
    first: usize,
    last: usize,
) -> bool {
    (first..=last).all(|j| match taken.get(j).copied().flatten() {
        None => true,
        Some(k) => {
            k >= n_user
                && cands
                    .get(k)
                    .is_some_and(|c| c.dead || c.first >= first && c.last <= last)
        }
    })
}

/// Makes candidate `ci` end at token `x`, which it then holds.
fn extend_to(taken: &mut [Option<usize>], cands: &mut [Cand], ci: usize, x: usize) {
    if let Some(m) = cands.get_mut(ci) {
        m.last = x;
    }
    if let Some(t) = taken.get_mut(x) {
        *t = Some(ci);
    }
}

/// Puts `c` over its tokens: every candidate that held one of them is dropped (any of its tokens
/// outside `c` still point at it, dead: the callers replace only mentions inside `c`).
fn take_over(taken: &mut [Option<usize>], cands: &mut Vec<Cand>, c: Cand) {
    for j in c.first..=c.last {
        if let Some(old) = taken
            .get(j)
            .copied()
            .flatten()
            .and_then(|k| cands.get_mut(k))
        {
            old.dead = true;
        }
    }
    for x in taken.iter_mut().take(c.last + 1).skip(c.first) {
        *x = Some(cands.len());
    }
    cands.push(c);
}

/// The live mention with `label` that the tagger or a rule (not the user) found starting at
/// token `i`, if any.
fn found_from(
    taken: &[Option<usize>],
    cands: &[Cand],
    n_user: usize,
    i: usize,
    label: Label,
) -> Option<usize> {
    let k = taken.get(i).copied().flatten().filter(|&k| k >= n_user)?;
    cands
        .get(k)
        .filter(|c| !c.dead && c.label == label && c.first == i)
        .map(|_| k)
}

/// Context rules, applied where nothing else took the tokens (the first `n_user` candidates are
/// the user's names, which no rule changes).
pub(super) fn rules(
    text: &str,
    a: &Analysis,
    gaz: &[GazMatch],
    taken: &mut Vec<Option<usize>>,
    cands: &mut Vec<Cand>,
    n_user: usize,
) {
    let n = a.toks.len();
    let mut per_word = vec![false; n];
    let mut title_end = vec![false; n];
    let mut common = vec![false; n];
    for m in gaz {
        match m.list {
            List::PerWord | List::PerRare if m.first == m.last => {
                if let Some(p) = per_word.get_mut(m.first) {
                    *p = true;
                }
            }
            List::Common
            | List::Country
            | List::City
            | List::Org
            | List::Misc
            | List::TrigLoc
            | List::TrigOrg => {
                for i in m.first..=m.last {
                    if let Some(p) = common.get_mut(i) {
                        *p = true;
                    }
                }
            }
            List::Title => {
                if let Some(p) = title_end.get_mut(m.last) {
                    *p = true;
                }
            }
            _ => {}
        }
    }
    for m in gaz {
        if let List::Title = m.list {
            // a title is never a name word itself
            for i in m.first..=m.last {
                if let Some(p) = per_word.get_mut(i) {
                    *p = false;
                }
            }
        }
    }
    // a listed name word that is also an ordinary word ("نادية", folded like "ناديه", his
    // club): a name word only right after a title and before another name word (below)
    let mut common_name = vec![false; n];
    for (i, p) in per_word.iter_mut().enumerate() {
        if *p
            && common.get(i).copied().unwrap_or(false)
            && a.toks
                .get(i)
                .is_some_and(|t| t.nclitic == 0 && t.kind == Kind::Arabic)
            && !a.canon(i).starts_with("ال")
        {
            if let Some(c) = common_name.get_mut(i) {
                *c = true;
            }
        }
        // ordinary words and places are not name words here, nor words with a clitic
        if common.get(i).copied().unwrap_or(false)
            || a.toks
                .get(i)
                .is_some_and(|t| t.nclitic > 0 || t.kind != Kind::Arabic)
        {
            *p = false;
        }
    }
    // "علي" is the name and "على" the preposition, but search folding makes them one word,
    // frequent enough to be listed as ordinary. A text that spells the preposition "على"
    // tells them apart, so there a dotted "علي" is the name again.
    let tells_ali = spells_ala(text, a);
    let dotted_ali: Vec<usize> = if tells_ali {
        (0..n)
            .filter(|&i| {
                a.toks
                    .get(i)
                    .is_some_and(|t| text.get(t.start..t.end) == Some("علي"))
            })
            .collect()
    } else {
        Vec::new()
    };
    for &i in &dotted_ali {
        if let Some(p) = per_word.get_mut(i) {
            *p = true;
        }
    }
    let is_free = |taken: &Vec<Option<usize>>, i: usize| taken.get(i).is_some_and(|t| t.is_none());
    // title + name words → PER
    for t in 0..n {
        if !title_end.get(t).copied().unwrap_or(false) {
            continue;
        }
        let mut first = t + 1;
        // a place or body the title is of comes before the name, a head word before it too:
        // "رئيس إقليم كردستان نيجيرفان بارزاني", "زعيم حزب الله حسن نصر الله"
        let place_or_body = |i: usize| {
            taken
                .get(i)
                .copied()
                .flatten()
                .and_then(|k| cands.get(k))
                .filter(|c| !c.dead && c.first == i && matches!(c.label, Label::Loc | Label::Org))
                .map(|c| c.last)
        };
        let head = |i: usize| {
            super::ends_at(gaz, i, |m| {
                m.first == i && matches!(m.list, List::TrigLoc | List::TrigOrg)
            })
        };
        // or a body named by a defined noun and its nisba: "زعيم التيار الصدري مقتدى الصدر"
        let described_body = |i: usize| {
            let nisba = a.canon(i + 1);
            (is_free(taken, i)
                && is_free(taken, i + 1)
                && defined_noun(a, i)
                && !is_nisba(a.canon(i))
                && nisba.starts_with("ال")
                && is_nisba(nisba)
                && a.toks.get(i + 1).is_some_and(|t| t.nclitic == 0))
            .then_some(i + 1)
        };
        let after_complement = place_or_body(first)
            .or_else(|| head(first).then(|| place_or_body(first + 1)).flatten())
            .or_else(|| described_body(first));
        if let Some(e) = after_complement {
            first = e + 1;
        }
        // "الرئيس العراقي جلال طالباني": a nisba adjective after the title is not the name,
        // nor an ordinal ("الخليفة الثالث عثمان بن عفان")
        while first < n
            && first <= t + 2
            && (is_nisba(a.canon(first)) || super::REGNAL.contains(&a.canon(first)))
        {
            first += 1;
        }
        let mut last = first;
        // ("الوزيرة نادية فتاح العلوي": the ordinary word is the first name when a name word
        // follows it)
        // (not a frequent word: "المدرب على محمد صلاح", "الفريق أول عبد الفتاح"; looked up
        // only here, after a title; but "علي" spelled with its dots is the name there: "المرجع
        // علي السيستاني")
        let first_surface = a.toks.get(first).and_then(|t| text.get(t.start..t.end));
        if common_name.get(first).copied().unwrap_or(false)
            && is_free(taken, first)
            && per_word.get(first + 1).copied().unwrap_or(false)
            && (first_surface == Some("علي")
                || first_surface
                    .and_then(crate::segment::word_entry)
                    .is_none_or(|e| e.zipf10 < 45))
        {
            last += 1;
        } else if is_free(taken, first)
            && per_word.get(first + 1).copied().unwrap_or(false)
            && unlisted_rare_word(text, a, first)
            && !common.get(first).copied().unwrap_or(true)
        {
            // a word in no list and no dictionary, rare, before a name word: the first name
            // ("الكاتبة العمانية جوخة الحارثي")
            last += 1;
        }
        // (after a title and the place or body it is of, a transliterated name is made of
        // words no list has, two of them at least, or one before a name word: "رئيس إقليم
        // كردستان نيجيرفان بارزاني", "زعيم التيار الصدري مقتدى الصدر")
        let unlisted = |i: usize| {
            after_complement.is_some()
                && unlisted_rare_word(text, a, i)
                && !common.get(i).copied().unwrap_or(true)
        };
        while last < n
            && last < first + 4
            && is_free(taken, last)
            && (per_word.get(last).copied().unwrap_or(false)
                || unlisted(last)
                    && (unlisted(last + 1)
                        || per_word.get(last + 1).copied().unwrap_or(false)
                        || last > first))
        {
            last += 1;
        }
        // (the tagger's person right after the name words is the rest of it: "الأمين العام
        // لحلف الناتو ينس ستولتنبرغ")
        let next = taken
            .get(last)
            .copied()
            .flatten()
            .filter(|&k| k >= n_user)
            .filter(|&k| {
                cands
                    .get(k)
                    .is_some_and(|c| !c.dead && c.label == Label::Per && c.first == last)
            });
        if let (true, Some(k), Some(_)) = (last > first, next, after_complement) {
            for x in taken.iter_mut().take(last).skip(first) {
                *x = Some(k);
            }
            if let Some(c) = cands.get_mut(k) {
                c.first = first;
            }
        } else if last > first {
            let c = Cand::new(first, last - 1, Label::Per, Source::Rule);
            for x in taken.iter_mut().take(c.last + 1).skip(c.first) {
                *x = Some(cands.len());
            }
            cands.push(c);
        }
    }
    // a title (and its nisba adjectives), a first name the tagger found alone, and a word in no
    // list that no dictionary has: the word is the surname ("وزير الخارجية الإيراني عباس
    // عراقجي" had given "عباس")
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead || c.label != Label::Per || c.first != c.last || c.first == 0 {
            continue;
        }
        // (the title may have the noun of its office after it: "وزير الإعلام السوداني")
        let titled = (1..=3).any(|k| {
            c.first.checked_sub(k).is_some_and(|e| {
                title_end.get(e).copied().unwrap_or(false)
                    && (e + 1..c.first).all(|y| {
                        is_nisba(a.canon(y)) || y == e + 1 && y + 1 < c.first && defined_noun(a, y)
                    })
            })
        });
        let x = c.last + 1;
        let first_name = a.toks.get(c.first).is_some_and(|t| t.hint & 1 != 0);
        let surface = a
            .toks
            .get(x)
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("");
        let unknown = a
            .toks
            .get(x)
            .is_some_and(|t| t.kind == Kind::Arabic && t.nclitic == 0 && t.hint == 0)
            && is_free(taken, x)
            && !common.get(x).copied().unwrap_or(true)
            && !title_end.get(x).copied().unwrap_or(false)
            && (!a.canon(x).starts_with("ال") || defined_surname(surface))
            && a.canon(x).chars().count() >= 3
            && crate::segment::word_entry(surface)
                .is_none_or(|e| !e.is_dictionary_word() && e.zipf10 < 30)
            && {
                // (no clitic the segmenter sees: "بحضور"; the article is no clitic here)
                let seg = crate::segment::segment(surface.strip_prefix("ال").unwrap_or(surface));
                seg.prefixes.is_empty() && seg.suffixes.is_empty()
            };
        // (nor a verb's or plural's ending, nor teh marbuta: "الرئيس شيراك استنكروا", "السيدة
        // برلسكوني مرفوقة", whose first word is a surname)
        let ending = ["ه", "وا", "ون", "ين"]
            .iter()
            .any(|e| a.canon(x).ends_with(e));
        if titled && first_name && unknown && !ending {
            extend_to(taken, cands, ci, x);
        }
    }
    // a first name the tagger found alone, right before a family name with the article and a
    // nisba's or teh marbuta's ending that no dictionary has ("للأخت نورة القحطاني" gave
    // "نورة", "عبد الحميد الدبيبة" "عبد الحميد"): the family
    // name is part of it (without the ending, kin words came in: "فرويد الابن", and CV lost 4
    // correct; a dictionary's nisba is an adjective: "المصري", "الحالي")
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        let x = c.last + 1;
        // (a compound first name, "عبد الحميد", is one name too)
        let compound = c.last == c.first + 1 && a.canon(c.first) == "عبد";
        if c.dead
            || c.label != Label::Per
            || c.first != c.last && !compound
            || !compound && a.toks.get(c.first).is_none_or(|t| t.hint & 1 == 0)
            || !is_free(taken, x)
            || a.toks
                .get(x)
                .is_none_or(|t| t.nclitic != 0 || t.kind != Kind::Arabic || t.hint & 4 != 0)
            || dictionary_nisba(text, a, x)
            || !a.canon(x).starts_with("ال")
            || !a.canon(x).ends_with(['ي', 'ه'])
            || a.canon(x).chars().count() < 5
            || title_end.get(x).copied().unwrap_or(false)
        {
            continue;
        }
        extend_to(taken, cands, ci, x);
    }
    // a person of two words or more followed by the first of them with the article: the family
    // named after its founder ("صباح خالد الحمد الصباح", "the morning" alone)
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        let x = c.last + 1;
        // (the cheap tests first: only a person followed by a free word with the article walks
        // back, and of a run of persons side by side only the last has one, so the walks of a
        // text cost one pass over its persons; walking for every person of a long run of them
        // had been quadratic)
        if c.dead
            || c.label != Label::Per
            || !is_free(taken, x)
            || a.toks.get(x).is_none_or(|t| t.nclitic != 0)
            || !a.canon(x).starts_with("ال")
        {
            continue;
        }
        // (the name may still be two mentions side by side, joined later: "صباح" + "خالد
        // الحمد")
        let mut first = c.first;
        while let Some(p) = first
            .checked_sub(1)
            .and_then(|p| taken.get(p).copied().flatten())
            .and_then(|k| cands.get(k))
            .filter(|p| !p.dead && p.label == Label::Per && p.last + 1 == first)
        {
            first = p.first;
        }
        if c.last > first
            && a.toks.get(first).is_some_and(|t| t.nclitic == 0)
            && a.canon(x).strip_prefix("ال") == Some(a.canon(first))
        {
            extend_to(taken, cands, ci, x);
        }
    }
    // a dotted "علي" (see above) followed by name words or a family name with the article
    // is a person without a title too: "التقى علي السيستاني الوفد"
    for &i in &dotted_ali {
        // the tagger, which cannot see the dot, may have cut the name after "علي": join
        // its person "علي" to its person right after
        if let (Some(k1), Some(k2)) = (
            found_from(taken, cands, n_user, i, Label::Per),
            found_from(taken, cands, n_user, i + 1, Label::Per),
        ) {
            if cands.get(k1).is_some_and(|c| c.last == i) {
                let last = cands.get(k2).map_or(i + 1, |c| c.last);
                if let Some(c) = cands.get_mut(k2) {
                    c.dead = true;
                }
                if let Some(c) = cands.get_mut(k1) {
                    c.last = last;
                }
                for x in taken.iter_mut().take(last + 1).skip(i) {
                    *x = Some(k1);
                }
            }
            continue;
        }
        if !is_free(taken, i) {
            continue;
        }
        let mut last = i;
        while last + 1 < n && last < i + 3 && is_free(taken, last + 1) {
            let x = last + 1;
            let family = a.canon(x).starts_with("ال")
                && a.canon(x).chars().count() >= 5
                && !common.get(x).copied().unwrap_or(true)
                && a.toks
                    .get(x)
                    .is_some_and(|t| t.nclitic == 0 && t.kind == Kind::Arabic);
            if !(per_word.get(x).copied().unwrap_or(false) || family) {
                break;
            }
            last = x;
        }
        if last > i {
            let c = Cand::new(i, last, Label::Per, Source::Rule);
            for x in taken.iter_mut().take(c.last + 1).skip(c.first) {
                *x = Some(cands.len());
            }
            cands.push(c);
        }
    }
    // a name word and a European name particle right before a person are its first name:
    // "نيمار دا سيلفا" had given "سيلفا" (not "لا", also the negation)
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead || c.label != Label::Per || c.first < 2 {
            continue;
        }
        let (name, link) = (c.first - 2, c.first - 1);
        let plain = |k: usize| a.toks.get(k).is_some_and(|t| t.nclitic == 0);
        if super::FOREIGN_LINKS.contains(&a.canon(link))
            && a.canon(link) != "لا"
            && plain(link)
            && is_free(taken, link)
            && is_free(taken, name)
            && a.toks.get(name).is_some_and(|t| {
                // (a listed name word, or an unknown word without the article that no
                // dictionary has: "نيمار")
                t.kind == Kind::Arabic
                    && t.hint & 4 == 0
                    && (t.hint & 3 != 0
                        || t.hint == 0
                            && !a.canon(name).starts_with("ال")
                            && text
                                .get(t.start..t.end)
                                .and_then(crate::segment::word_entry)
                                .is_none_or(|e| !e.is_dictionary_word()))
            })
        {
            for x in taken.iter_mut().take(link + 1).skip(name) {
                *x = Some(ci);
            }
            if let Some(m) = cands.get_mut(ci) {
                m.first = name;
            }
        }
    }
    // a currency name is MISC, as in ANERcorp ("مليون شيكل", "سعر الدولار"); the numbers
    // module's unit table says which words are currencies
    for i in 0..n {
        let Some(t) = a.toks.get(i) else { continue };
        if t.kind != Kind::Arabic {
            continue;
        }
        let c = a.canon(i);
        let bare = c.strip_prefix("ال").unwrap_or(c);
        let Some(singular) = crate::numbers::currency_word(bare) else {
            continue;
        };
        // a definite plural is the currency in general ("الدولارات"), no name
        if bare.chars().count() < 3 || bare.len() < c.len() && !singular {
            continue;
        }
        // "فاز الريال على برشلونة": with no amount near and a match around it, a currency word
        // is the club named after it (Real Madrid), not money; after an amount it is money
        // even where the tagger saw the club ("1500 ريال")
        // (not before a country's nisba: "الريال السعودي" is money)
        let amount = amount_near(a, i);
        let nisba_after =
            a.toks.get(i + 1).is_some_and(|t| t.nclitic == 0) && is_nisba(a.canon(i + 1));
        let club = !amount && CLUB_CURRENCIES.contains(&bare) && !nisba_after && sports_near(a, i);
        // the tagger's place of one currency word is the currency ("مليار شيكل": LOC); a
        // person may bear the name ("يوان"), an organisation be a club ("ريال"), but not
        // after an amount ("1500 مليار دينار" had been a person)
        if let Some(k) = taken.get(i).copied().flatten().filter(|&k| k >= n_user) {
            if let Some(x) = cands.get_mut(k) {
                if x.first == i && x.last == i {
                    match x.label {
                        Label::Loc => x.label = Label::Misc,
                        Label::Org | Label::Per if amount => x.label = Label::Misc,
                        Label::Misc if club => x.label = Label::Org,
                        _ => {}
                    }
                } else if x.first == i && amount && matches!(x.label, Label::Org | Label::Loc) {
                    // the tagger's longer mention from a currency after an amount ("500 ريال
                    // سعودي للموظف": ORG) is the currency alone, its adjective outside
                    let old_last = x.last;
                    x.last = i;
                    x.label = Label::Misc;
                    for y in taken.iter_mut().take(old_last + 1).skip(i + 1) {
                        *y = None;
                    }
                }
            }
            continue;
        }
        if club {
            if let Some(x) = taken.get_mut(i) {
                *x = Some(cands.len());
            }
            cands.push(Cand::new(i, i, Label::Org, Source::Rule));
            continue;
        }
        // "جنيه إسترليني": the adjective after a currency stays outside it, as mostly in
        // ANERcorp (a currency name on its own: "الإسترليني")
        let after_currency = i
            .checked_sub(1)
            .and_then(|p| taken.get(p).copied().flatten())
            .and_then(|k| cands.get(k))
            .is_some_and(|x| x.label == Label::Misc && x.last + 1 == i);
        if after_currency {
            continue;
        }
        if let Some(x) = taken.get_mut(i) {
            *x = Some(cands.len());
        }
        cands.push(Cand::new(i, i, Label::Misc, Source::Rule));
    }
    // the nisba after a currency is its country's adjective, not the tagger's one-word person
    // ("الدينار التونسي": PER "التونسي")
    for i in 1..n {
        let held = |j: usize| taken.get(j).copied().flatten().filter(|&k| k >= n_user);
        let currency = held(i - 1)
            .and_then(|k| cands.get(k))
            .is_some_and(|x| !x.dead && x.label == Label::Misc && x.last + 1 == i)
            && {
                let c = a.canon(i - 1);
                crate::numbers::currency_word(c.strip_prefix("ال").unwrap_or(c)).is_some()
            };
        if !currency || !is_nisba(a.canon(i)) || a.toks.get(i).is_none_or(|t| t.nclitic != 0) {
            continue;
        }
        if let Some(k) = held(i) {
            if let Some(x) = cands.get_mut(k) {
                if x.first == i && x.last == i && x.label == Label::Per {
                    x.dead = true;
                    if let Some(y) = taken.get_mut(i) {
                        *y = None;
                    }
                }
            }
        }
    }
    // a headline's speaker: one or two name words at the start of a line (or after "|", or
    // "عاجل:") before a colon and what they said: "نتنياهو: لن نوقف الحرب". Not an ordinary
    // word, a listed place or organisation, a title, a verb or a kind of post ("فيديو:");
    // with the article only a listed person-name word that is not very frequent ("السيسي:",
    // not "الخارجية:" or "الجيش:")
    let speaker_word = |i: usize| {
        let w = a.canon(i);
        let surface = a
            .toks
            .get(i)
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("");
        let entry = crate::segment::word_entry(surface);
        let plain = a
            .toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Arabic && t.nclitic == 0 && t.hint & 4 == 0)
            // (nor a clitic the segmenter sees: "بلينكن" would lose its ب)
            && a.toks.get(i).is_some_and(|t| a.stem_start(text, i) == t.start)
            && !common.get(i).copied().unwrap_or(true)
            && !title_end.get(i).copied().unwrap_or(false)
            && w.chars().count() >= 3
            && !FUNCTION_WORDS.contains(&w)
            && !super::DIALECT_STARTS.contains(&w)
            && !HEADLINE_KINDS.contains(&w)
            // (nor a number word or an adverb of the accusative: "رابعاً: ...")
            && !crate::numbers::number_word(w)
            && !accusative_noun(text, a, i)
            && entry.is_none_or(|e| !e.is_verb());
        let name = match w.strip_prefix("ال") {
            Some(rest) => {
                super::builtin_gazetteer()
                    .word(rest)
                    .is_some_and(|h| h & 1 != 0 && h & 4 == 0)
                    && !very_frequent(text, a, i)
            }
            None => {
                a.toks.get(i).is_some_and(|t| t.hint & 3 != 0)
                    || entry.is_none_or(|e| !e.is_dictionary_word())
            }
        };
        plain && name
    };
    let punct = |i: usize, p: &[&str]| {
        a.toks.get(i).is_some_and(|t| t.kind == Kind::Punct) && p.contains(&a.word(i))
    };
    let line_start = |i: usize| {
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        let gap = a
            .toks
            .get(p)
            .zip(a.toks.get(i))
            .and_then(|(x, y)| text.get(x.end..y.start))
            .unwrap_or("");
        gap.contains('\n')
            || punct(p, &["|", "•"])
            || punct(p, &[":", "-", "|"]) && p.checked_sub(1).is_some_and(|q| a.canon(q) == "عاجل")
    };
    for s0 in 0..n {
        let Some(colon) = (s0 + 1..(s0 + 3).min(n)).find(|&j| punct(j, &[":"])) else {
            continue;
        };
        if colon + 1 < n
            && line_start(s0)
            && (s0..colon).all(|i| is_free(taken, i) && speaker_word(i))
        {
            take_over(
                taken,
                cands,
                Cand::new(s0, colon - 1, Label::Per, Source::Rule),
            );
        }
    }
    // a club named by an ordinary word ("الهلال", "النصر", "الأهلي", "الاتحاد") in a clear
    // sports context (see `club_context`), and a free nisba after it ("الاتحاد السكندري");
    // never "الهلال الأحمر", which the list has whole
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
    clubs_named_after_cities(a, gaz, taken, cands, n_user);
    // "المتحدث باسم وزارة الصحة أشرف القدرة": a spokesperson's name comes after what they speak
    // for; it starts with a listed first name and runs on over one or two more words
    for t in 0..n.saturating_sub(3) {
        if !SPEAKS_FOR.contains(&a.canon(t)) {
            continue;
        }
        // (one or two nisba adjectives may come between: "المتحدث العسكري باسم الجماعة",
        // "الناطق الرسمي باسم الحكومة")
        let Some(b) = (t + 1..(t + 4).min(n))
            .take_while(|&j| a.canon(j) == "باسم" || is_nisba(a.canon(j)))
            .find(|&j| a.canon(j) == "باسم")
        else {
            continue;
        };
        // a listed first name, also when it names a place too ("أشرف")
        let first_name = |i: usize| {
            a.toks
                .get(i)
                .is_some_and(|x| x.hint & 3 != 0 && x.hint & 4 == 0 && x.nclitic == 0)
        };
        // (free, or a person of that one word the tagger found: it may have stopped there)
        let lone_person = |i: usize| {
            found_from(taken, cands, n_user, i, Label::Per)
                .filter(|&k| cands.get(k).is_some_and(|c| c.last == i))
        };
        let Some(first) = (b + 2..(b + 8).min(n))
            .find(|&i| (is_free(taken, i) || lone_person(i).is_some()) && first_name(i))
        else {
            continue;
        };
        let found = lone_person(first);
        // what lies between is the organisation: words, no particle or verb ("باسم الجيش إن محمد")
        if (b + 1..first).any(|i| {
            a.toks.get(i).is_some_and(|x| x.kind != Kind::Arabic)
                || NOT_A_NAME.contains(&a.canon(i))
        }) {
            continue;
        }
        let mut last = first;
        while last + 1 < n
            && last < first + 2
            && is_free(taken, last + 1)
            && a.toks
                .get(last + 1)
                .is_some_and(|x| x.kind == Kind::Arabic && x.nclitic == 0)
            && !NOT_A_NAME.contains(&a.canon(last + 1))
            && !FUNCTION_WORDS.contains(&a.word(last + 1))
            && !title_end.get(last + 1).copied().unwrap_or(false)
            // (nor a particle behind a clitic, "بأن", nor a word with a clitic, "للصحفيين")
            && !glued(text, a, last + 1)
            // (nor an ordinary word of the dictionary that no name list holds: "أفيخاي أدرعي
            // مقتل جنديين", the object of the verb; unless what was said begins right after
            // it, "يحيى سريع إن ...", or the sentence ends)
            && (!plain_noun(text, a, last + 1)
                || a.canon(last + 2) == "ان"
                || a.toks.get(last + 2).is_some_and(|x| x.kind == Kind::Punct))
        {
            last += 1;
        }
        if last > first {
            let k = found.unwrap_or(cands.len());
            for x in taken.iter_mut().take(last + 1).skip(first) {
                *x = Some(k);
            }
            match found.and_then(|k| cands.get_mut(k)) {
                Some(c) => c.last = last,
                None => cands.push(Cand::new(first, last, Label::Per, Source::Rule)),
            }
        }
    }
    // a company's name ends before the kind of product named after it: "شركة آبل هاتف آيفون"
    // is ORG آبل, not ORG "آبل هاتف آيفون"
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead || c.label != Label::Org || c.last == c.first {
            continue;
        }
        let Some(k) = (c.first + 1..=c.last).find(|&k| PRODUCT_HEADS.contains(&a.canon(k))) else {
            continue;
        };
        for x in taken.iter_mut().take(c.last + 1).skip(k) {
            *x = None;
        }
        if let Some(x) = cands.get_mut(ci) {
            x.last = k - 1;
        }
    }
    // "بورصة" is Bursa and a stock exchange: before a place it is the exchange of that place,
    // no place itself, as in ANERcorp ("بورصة لندن": LOC لندن), and before an organisation it
    // is that exchange ("بورصة ناسداك")
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
    // a compound name with "الله" ("فضل الله", "ذبيح الله", "عطا الله") next to a person or a
    // person-name word is part of that person, not God (MISC): "محمد حسين فضل الله", "ذبيح
    // الله مجاهد"; "حسن نصر الله" as ANERcorp marks it. Alone it stays as it is ("فضل الله"
    // is also God's grace).
    for i in 1..n {
        if a.canon(i) != "الله" || a.toks.get(i).is_none_or(|t| t.nclitic != 0) {
            continue;
        }
        let p = i - 1;
        if !GOD_NAME_PARTS.contains(&a.word(p)) {
            continue;
        }
        // the tokens taken over: free, or found by the tagger or a rule (never the user)
        let mine = |j: usize| taken.get(j).is_some_and(|x| x.is_none_or(|k| k >= n_user));
        let person_at = |j: usize| {
            taken
                .get(j)
                .copied()
                .flatten()
                .filter(|&k| k >= n_user)
                .and_then(|k| cands.get(k))
                .filter(|c| !c.dead && c.label == Label::Per)
                .copied()
        };
        if !mine(p) || !mine(i) {
            continue;
        }
        let left = p
            .checked_sub(1)
            .and_then(person_at)
            .filter(|c| c.last + 1 == p);
        let right = person_at(i + 1)
            .filter(|c| c.first == i + 1)
            .map(|c| c.last)
            .or_else(|| {
                (is_free(taken, i + 1) && per_word.get(i + 1).copied().unwrap_or(false))
                    .then_some(i + 1)
            });
        if left.is_none() && right.is_none() {
            continue;
        }
        let first = left.map_or(p, |c| c.first);
        let mut last = right.unwrap_or(i);
        // (the tagger's person after it ends before a word with a clitic: "مجاهد للصحفيين")
        if let Some(k) = (i + 2..=last).find(|&k| glued(text, a, k)) {
            last = k - 1;
        }
        take_over(
            taken,
            cands,
            Cand::new(first, last, Label::Per, Source::Rule),
        );
    }
    // organisation head + place: "وزارة الخارجية" stays with the model, but "دينامو كييف",
    // "حكومة" ... + a place found by the model becomes one ORG
    let mut trig_org = vec![false; n];
    for m in gaz {
        if m.list == List::TrigOrg && m.first == m.last {
            if let Some(x) = trig_org.get_mut(m.first) {
                *x = true;
            }
        }
    }
    let quote = |i: usize| {
        a.toks.get(i).is_some_and(|k| k.kind == Kind::Punct)
            && matches!(a.word(i), "\"" | "«" | "»" | "“" | "”" | "'")
    };
    // a place right after a newspaper's or magazine's head names the paper, the head outside,
    // as in ANERcorp ("جريدة القدس": ORG القدس; "صحيفة الشرق الأوسط": ORG الشرق الأوسط); in
    // quotes too ("صحيفة «الشرق الأوسط»"). Not "قناة": "قناة السويس" is a canal.
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead || c.label != Label::Loc || c.first == 0 {
            continue;
        }
        let mut h = c.first - 1;
        if h > 0 && quote(h) && quote(c.last + 1) {
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
            && (h.saturating_sub(4)..h)
                .any(|k| super::speech_verb(a, k) || INTERVIEW_WORDS.contains(&a.canon(k)));
        if PRESS_HEADS.contains(&head) || told {
            if let Some(cm) = cands.get_mut(ci) {
                *cm = Cand::new(c.first, c.last, Label::Org, Source::Rule);
            }
        }
    }
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
        if trig_org.get(t).copied().unwrap_or(false) && is_free(taken, t) && a.canon(t) != "مركز"
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
    // an organisation named by a head word runs on over a nisba adjective after it ("وزارة
    // الداخلية السعودية": the adjective is no place here) and over a person's name after a
    // title it ends on ("جامعة الملك سعود", "مطار الملك خالد")
    for ci in 0..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead
            || ci < n_user
            || c.label != Label::Org
            || !trig_org.get(c.first).copied().unwrap_or(false)
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
            x.label == Label::Per && title_end.get(c.last).copied().unwrap_or(false);
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
    // a company's, bank's, institute's or university's name runs on over the field it works
    // in, written with "لل": "شركة قطر للطاقة", "البنك الآسيوي للتنمية", "جامعة القاهرة للعلوم
    // والتكنولوجيا"; a closed list of fields, since "شركة أبل للحصول على" is a purpose
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead
            || c.label != Label::Org
            || !trig_org.get(c.first).copied().unwrap_or(false)
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
    // a place head + a listed town or an unknown word: "بلدة كفرنبل" (the head stays outside)
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
            && !common.get(x).copied().unwrap_or(true)
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
    // a street's or square's head + a defined noun: the street's or square's name, LOC, the
    // head outside, as ANERcorp marks every named street ("شارع المنارة"): "ميدان التحرير",
    // "ساحة الشهداء", "شارع الحمرا" (an indefinite head has no adjective with the article, so
    // the defined word is in construct with it); not a square of a battle or a field of work,
    // nor a building's yard ("ساحة المعركة", "ميدان الإعلام", "ساحة الجامعة")
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
    // a newspaper, magazine, channel, team or company: the name after the head, the head
    // outside, as in ANERcorp ("صحيفة نيويورك تايمز": ORG نيويورك تايمز; "مجلة «لوبوان»": ORG
    // لوبوان; "شركة توتال": ORG توتال)
    let wordlike = |i: usize| {
        a.toks
            .get(i)
            .is_some_and(|k| matches!(k.kind, Kind::Arabic | Kind::Latin))
    };
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
        let (first, last) = if quote(t + 1) {
            // the quoted name, one to four words
            match (t + 3..(t + 7).min(n)).find(|&j| quote(j)) {
                Some(j) if (t + 2..j).all(&wordlike) => (t + 2, j - 1),
                _ => continue,
            }
        } else {
            let x = t + 1;
            let name = a.canon(x);
            let definite = name.starts_with("ال");
            // (not an adjective of the head: "قناة إذاعية", "مجلة فصلية", "قناة للتفاوض")
            let ok_first = wordlike(x)
                && name.chars().count() >= 3
                && a.toks.get(x).is_some_and(|k| k.nclitic == 0)
                && !FUNCTION_WORDS.contains(&name)
                && !is_nisba(name)
                && !name.ends_with("يه")
                && if definite && !TEAM_HEADS.contains(&head) {
                    !is_sound_plural(name)
                } else {
                    !common.get(x).copied().unwrap_or(true)
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
                    !common.get(y).copied().unwrap_or(true)
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
    // a work's title in quotes after its kind, the kind outside, as in ANERcorp: "رواية «اللص
    // والكلاب»" gives MISC اللص والكلاب (not a series': "مسلسل" titles are unmarked there)
    for t in 0..n {
        // (the quote after it first: one look turns away nearly every token, where the tests
        // of the head cost some twenty string comparisons a token)
        if !quote(t + 1) {
            continue;
        }
        let head = a.canon(t);
        let work = |h: &str| WORK_HEADS.contains(&h) || owned_work(h);
        let head_ok = work(head)
            || ["و", "ل", "ب"]
                .iter()
                .any(|c| head.strip_prefix(c).is_some_and(work));
        if !head_ok {
            continue;
        }
        let Some(j) = (t + 3..(t + 9).min(n)).find(|&j| quote(j)) else {
            continue;
        };
        // (a name the tagger or a list found inside the title is part of it: "فيلم «باربي»"
        // is no organisation; the user's names are left alone)
        let inside = |k: usize| {
            k >= n_user
                && cands
                    .get(k)
                    .is_some_and(|c| !c.dead && c.first >= t + 2 && c.last < j)
        };
        if (t + 2..j).all(|i| wordlike(i) && taken.get(i).is_some_and(|x| x.is_none_or(&inside))) {
            take_over(
                taken,
                cands,
                Cand::new(t + 2, j - 1, Label::Misc, Source::Rule),
            );
        }
    }
    // a ministry, party, agency ... head + a defined noun (+ a nisba adjective):
    // "وزارة الصحة", "حزب العمال", "وزارة الخارجية الأمريكية"
    for t in 0..n {
        if !trig_org.get(t).copied().unwrap_or(false)
            || !is_free(taken, t)
            || a.toks.get(t).is_some_and(|x| x.nclitic > 1)
        {
            continue;
        }
        let head = a.canon(t);
        if head == "نادي" {
            // a club: the name after the head, the head outside ("نادي الهلال": ORG الهلال)
            let x = t + 1;
            let name = a.canon(x);
            let arabic = a.toks.get(x).is_some_and(|k| k.kind == Kind::Arabic);
            if arabic
                && is_free(taken, x)
                && name.chars().count() >= 3
                && !FUNCTION_WORDS.contains(&name)
                // (a sound plural after it says whose club it is: "نادي الصحفيين")
                && if name.starts_with("ال") {
                    !is_sound_plural(name)
                } else {
                    !common.get(x).copied().unwrap_or(true)
                }
            {
                if let Some(y) = taken.get_mut(x) {
                    *y = Some(cands.len());
                }
                cands.push(Cand::new(x, x, Label::Org, Source::Rule));
            }
            continue;
        }
        if !STRONG_ORG_HEADS.contains(&head) {
            continue;
        }
        let x = t + 1;
        if !is_free(taken, x) || !defined_noun(a, x) {
            continue;
        }
        let mut last = x;
        if is_free(taken, x + 1) && is_nisba(a.canon(x + 1)) {
            last = x + 1;
        }
        for y in taken.iter_mut().take(last + 1).skip(t) {
            *y = Some(cands.len());
        }
        cands.push(Cand::new(t, last, Label::Org, Source::Rule));
    }
    // a listed ministry of one defined noun takes the nisba adjective after it, as the rule
    // above does for an unlisted one: "وزارة الدفاع الأوكرانية" (the list has "وزارة الدفاع").
    // Only a ministry: what follows it is a common noun, where after a party, university or
    // agency it is a name, and ANERcorp leaves the nisba out ("حزب الله اللبناني", "جامعة
    // السوربون الفرنسية"; with every head, 4-fold CV lost 7 correct)
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        let x = c.last + 1;
        if c.dead
            || c.label != Label::Org
            || c.last != c.first + 1
            || a.canon(c.first) != "وزاره"
            || !is_free(taken, x)
            || a.toks.get(x).is_none_or(|t| t.nclitic != 0)
            || !is_nisba(a.canon(x))
        {
            continue;
        }
        extend_to(taken, cands, ci, x);
    }
    // a news agency's name runs to "للأنباء", whatever lies between: "وكالة المغرب العربي
    // للأنباء" (not ORG "المغرب العربي"), "وكالة فارس للأنباء"; the mentions of the tagger or
    // a rule inside it give way
    for t in 0..n.saturating_sub(2) {
        let head = a.canon(t);
        if head != "وكاله" && behind_clitic(head, &["وكاله"]).is_none() {
            continue;
        }
        let Some(end) = (t + 2..(t + 6).min(n)).find(|&j| a.word(j) == "للانباء") else {
            continue;
        };
        let words = (t + 1..end).all(|j| {
            a.toks.get(j).is_some_and(|x| x.kind == Kind::Arabic)
                && !FUNCTION_WORDS.contains(&a.word(j))
                && !NOT_A_NAME.contains(&a.canon(j))
        });
        if words && yields_to(taken, cands, n_user, t, end) {
            take_over(taken, cands, Cand::new(t, end, Label::Org, Source::Rule));
        }
    }
    // a bank with the article and one or two nisba adjectives is that bank, the head inside,
    // as in ANERcorp ("البنك المركزي المصري", "البنك التجاري", "للبنك الأهلي": 25 times in 29
    // there); a one-word mention inside it gives way ("الأهلي" the club)
    let mine_one = |taken: &Vec<Option<usize>>, cands: &Vec<Cand>, j: usize| match taken
        .get(j)
        .copied()
        .flatten()
    {
        None => j < n,
        Some(k) => k >= n_user && cands.get(k).is_some_and(|c| c.first == j && c.last == j),
    };
    // the last of one or two nisba adjectives from token `j` (free, or a one-word mention
    // that gives way), if `j` is one
    let nisbas_from = |taken: &Vec<Option<usize>>, cands: &Vec<Cand>, j: usize| {
        let adj = |j: usize| {
            mine_one(taken, cands, j)
                && a.toks.get(j).is_some_and(|x| x.nclitic == 0)
                // (or an institution's adjective: "صندوق الاستثمارات العامة")
                && (is_nisba(a.canon(j)) || INSTITUTION_ADJECTIVES.contains(&a.canon(j)))
        };
        adj(j).then(|| if adj(j + 1) { j + 1 } else { j })
    };
    // (a mention of two words inside the nisbas gives way too: "البنك الأهلي المصري" had
    // given the club "الأهلي المصري")
    for t in 0..n.saturating_sub(1) {
        if !matches!(a.canon(t), "البنك" | "المصرف") {
            continue;
        }
        let adj = |j: usize| a.toks.get(j).is_some_and(|x| x.nclitic == 0) && is_nisba(a.canon(j));
        if !is_free(taken, t) {
            // the tagger's bank and one nisba, and one more: "البنك المركزي" + "الأردني"
            let mine = taken.get(t).copied().flatten().filter(|&k| k >= n_user);
            if let Some(c) = mine.and_then(|k| cands.get(k)) {
                let x = c.last + 1;
                if !c.dead
                    && c.label == Label::Org
                    && c.first == t
                    && c.last == t + 1
                    && adj(t + 1)
                    && mine_one(taken, cands, x)
                    && adj(x)
                {
                    take_over(taken, cands, Cand::new(t, x, Label::Org, Source::Rule));
                }
            }
            continue;
        }
        if adj(t + 1) && adj(t + 2) && yields_to(taken, cands, n_user, t + 1, t + 2) {
            take_over(taken, cands, Cand::new(t, t + 2, Label::Org, Source::Rule));
        } else if let Some(last) = nisbas_from(taken, cands, t + 1) {
            take_over(taken, cands, Cand::new(t, last, Label::Org, Source::Rule));
        }
    }
    // an authority, court, commission ... + a defined noun + one or two nisba adjectives:
    // "هيئة السوق المالية", "محكمة النقض المصرية", "مؤسسة النقد العربي السعودي" (without
    // the adjective "هيئة الدفاع", "لجنة التحقيق" are a panel as often as a body)
    for t in 0..n.saturating_sub(2) {
        let head = a.canon(t);
        let head = behind_clitic(head, NISBA_ORG_HEADS).unwrap_or(head);
        if !NISBA_ORG_HEADS.contains(&head) || !is_free(taken, t) {
            continue;
        }
        let x = t + 1;
        if !is_free(taken, x) || !defined_noun(a, x) || is_nisba(a.canon(x)) {
            continue;
        }
        if let Some(last) = nisbas_from(taken, cands, x + 1) {
            take_over(taken, cands, Cand::new(t, last, Label::Org, Source::Rule));
        }
    }
    // a movement's head + a defined noun + the nisba of a place is a party: "حركة النهضة
    // التونسية" (not any nisba: "حركة الملاحة الجوية" is air traffic)
    for t in 0..n.saturating_sub(2) {
        let head = a.canon(t);
        if behind_clitic(head, &["حركه"]).unwrap_or(head) != "حركه" || !is_free(taken, t) {
            continue;
        }
        let x = t + 1;
        if is_free(taken, x)
            && defined_noun(a, x)
            && !is_nisba(a.canon(x))
            && a.toks.get(x + 1).is_some_and(|t| t.nclitic == 0)
            && place_of_nisba(a.canon(x + 1))
            && is_free(taken, x + 1)
        {
            // (with the name it goes by right after it: "حركة المقاومة الفلسطينية حماس")
            let y = x + 2;
            let named = found_from(taken, cands, n_user, y, Label::Org)
                .is_some_and(|k| cands.get(k).is_some_and(|c| c.last == y));
            let last = if named { y } else { x + 1 };
            take_over(taken, cands, Cand::new(t, last, Label::Org, Source::Rule));
        }
    }
    // acronym in parentheses or quotes right after a name: "قوات سوريا الديمقراطية (قسد)"
    let open = |i: usize| {
        a.toks.get(i).is_some_and(|t| t.kind == Kind::Punct)
            && matches!(a.word(i), "(" | "«" | "\"" | "“" | "'")
    };
    let close = |i: usize| {
        a.toks.get(i).is_some_and(|t| t.kind == Kind::Punct)
            && matches!(a.word(i), ")" | "»" | "\"" | "”" | "'")
    };
    let snapshot: Vec<Cand> = cands.clone();
    for c in &snapshot {
        if c.dead || c.last <= c.first || c.label != Label::Org {
            continue;
        }
        let x = c.last + 2;
        if open(c.last + 1)
            && is_name_token(a, x)
            && close(x + 1)
            && is_free(taken, x)
            && !common.get(x).copied().unwrap_or(true)
        {
            let len = a.word(x).chars().count();
            if (2..=8).contains(&len) {
                if let Some(s) = taken.get_mut(x) {
                    *s = Some(cands.len());
                }
                cands.push(Cand::new(x, x, c.label, Source::Rule));
            }
        }
    }
    // A name found once counts wherever else the text has it free, unless it is a listed
    // common word or a very frequent one ("النادي", "البيت": Zipf 5 and above):
    let ordinary =
        |i: usize| a.toks.get(i).is_some_and(|t| t.hint & 4 != 0) || very_frequent(text, a, i);
    // a person's surname (not a number word either: the "الثاني" of "الحسن الثاني"; nor the
    // listed common "علي" / "على")
    let mut seen: WordMap<&str, usize> = WordMap::default();
    // one sense per text: a one-word place or organisation ("الويبو", "زيوريخ"), when every
    // one-word mention of it has that label (a word found alone as a person here and as an
    // organisation there has no one sense: "لينكس" tagged three ways in one article)
    let mut other: WordMap<&str, Label> = WordMap::default();
    let mut labels_of: WordMap<&str, u8> = WordMap::default();
    for c in cands.iter().filter(|c| !c.dead && c.first == c.last) {
        *labels_of.entry(a.canon(c.first)).or_default() |= 1 << (c.label as u8);
    }
    for (ci, c) in cands.iter().enumerate() {
        if c.dead {
            continue;
        }
        if c.label == Label::Per && c.last > c.first {
            let w = a.canon(c.last);
            if w.chars().count() >= 3 && !ordinary(c.last) && !crate::numbers::number_word(w) {
                seen.insert(w, ci);
            }
        } else if c.first == c.last
            && matches!(c.label, Label::Org | Label::Loc)
            && !ordinary(c.first)
            && labels_of.get(a.canon(c.first)) == Some(&(1 << (c.label as u8)))
        {
            other.entry(a.canon(c.first)).or_insert(c.label);
        }
    }
    if seen.is_empty() && other.is_empty() {
        return;
    }
    for i in 0..n {
        if !is_free(taken, i) || !is_name_token(a, i) {
            continue;
        }
        if let Some(&l) = other.get(a.canon(i)) {
            if let Some(s) = taken.get_mut(i) {
                *s = Some(cands.len());
            }
            cands.push(Cand::new(i, i, l, Source::Rule));
            continue;
        }
        let Some(&src) = seen.get(a.canon(i)) else {
            continue;
        };
        let Some(&Cand {
            first: sf,
            last: sl,
            ..
        }) = cands.get(src)
        else {
            continue;
        };
        // right after a person (not one of the user's names), it is that person's surname
        // ("توفيق" + "الحكيم")
        let before = i
            .checked_sub(1)
            .and_then(|j| taken.get(j).copied().flatten())
            .filter(|&ci| {
                ci >= n_user
                    && cands
                        .get(ci)
                        .is_some_and(|c| c.label == Label::Per && c.last + 1 == i)
            });
        if let Some(ci) = before {
            if let Some(c) = cands.get_mut(ci) {
                c.last = i;
            }
            if let Some(s) = taken.get_mut(i) {
                *s = Some(ci);
            }
            continue;
        }
        // a nisba surname right after a defined noun is an adjective that agrees with the
        // noun: "المطبخ الدمشقي" is a cuisine, whoever "… الدمشقي" was
        // (not after a title, "الشاعر الفردوسي", and not with a clitic, which no adjective
        // takes: "من الأفضل للشهرستاني")
        if is_nisba(a.canon(i))
            && a.toks.get(i).is_some_and(|t| t.nclitic == 0)
            && i.checked_sub(1).is_some_and(|j| {
                // (the noun may carry a preposition: "بالصابون الحلبي")
                a.canon(j).starts_with("ال")
                    && a.canon(j).chars().count() >= 4
                    && is_free(taken, j)
                    && !title_end.get(j).copied().unwrap_or(false)
                    && a.toks.get(j).is_some_and(|t| t.hint & 1 == 0)
            })
        {
            continue;
        }
        // the words before it that the full name had before its surname come with it ("فان"
        // + "باستن" after "ماركو فان باستن")
        let mut f = i;
        while f > 0 && sl - (i - f) > sf {
            let (j, k) = (f - 1, sl - (i - f) - 1);
            if !is_free(taken, j) || a.canon(j) != a.canon(k) {
                break;
            }
            f = j;
        }
        for s in taken.iter_mut().take(i + 1).skip(f) {
            *s = Some(cands.len());
        }
        cands.push(Cand::new(f, i, Label::Per, Source::Rule));
    }
}

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
pub(super) fn arabian_peninsula(
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

/// Heads of bodies (folded, without the article) that, with the article, adjectives and the
/// field of the body after them ("لـ" and a noun), name one body: "الهيئة العليا المستقلة
/// للانتخابات", "المديرية العامة للأمن الوطني", "المجلس الأعلى للقضاء".
pub(super) const DEFINED_BODY_HEADS: &[&str] = &[
    "هييه",
    "مديريه",
    "مفوضيه",
    "مجلس",
    "لجنه",
    "موسسه",
    "وكاله",
    "منظمه",
    "جمعيه",
    "اتحاد",
    "نقابه",
    "رابطه",
    "سلطه",
    "شركه",
    "مكتب",
    "اداره",
    "صندوق",
    "مركز",
    "معهد",
];

/// Adjectives (folded) of a body's name: its rank, reach or independence ("العليا", "الوطنية",
/// "المستقلة"); not adjectives of description ("الحقيقية").
#[rustfmt::skip]
pub(super) const INSTITUTION_ADJECTIVES: &[&str] = &[
    "العامه", "العام", "العليا", "الاعلي", "المستقله", "المستقل", "الوطنيه", "الوطني",
    "الدوليه", "الدولي", "الاتحاديه", "الاتحادي", "المركزيه", "المركزي", "الاقليميه",
    "الاقليمي", "العربيه", "العربي", "الاسلاميه", "الاسلامي", "الاوروبيه", "الاوروبي",
    "الافريقيه", "الافريقي", "الدايمه", "الدايم", "الملكيه", "الملكي", "الاهليه", "الاهلي",
    "الحكوميه", "الحكومي", "الخليجيه", "الخليجي", "المشتركه", "المشترك", "العالميه",
    "العالمي",
];

/// A defined body head, one to three of its adjectives (institutional ones, or a place's
/// nisba) and a word with "لل" (its field), then the field's nisba adjectives and at most one
/// more field, make one organisation when no other mention holds any of those words: "أعلنت
/// الهيئة العليا المستقلة للانتخابات", "المؤسسة الوطنية للنفط", "الاتحاد المصري للمصارعة".
/// Without an adjective the head and its field are a description as often as a name
/// ("المجلس للنظر"), so one is required.
pub(super) fn defined_bodies(a: &Analysis, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let n = a.toks.len();
    let free = |taken: &[Option<usize>], i: usize| taken.get(i).is_some_and(|t| t.is_none());
    // (the words after the head may hold a part of the name the tagger found: "الهيئة العامة
    // للأرصاد الجوية" had given ORG "للأرصاد الجوية"; it must end inside the name, below)
    let open = |taken: &[Option<usize>], cands: &[Cand], i: usize, head: usize| {
        taken.get(i).is_some_and(|t| {
            t.is_none_or(|k| {
                cands.get(k).is_some_and(|c| {
                    c.source == Source::Model && c.label == Label::Org && c.first > head
                })
            })
        })
    };
    let plain_defined = |i: usize| {
        a.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Arabic && t.nclitic == 0 && t.hint & super::gazetteer::PLACE_BIT == 0
        }) && a.canon(i).starts_with("ال")
    };
    let institutional = |i: usize| {
        plain_defined(i)
            && (INSTITUTION_ADJECTIVES.contains(&a.canon(i)) || place_of_nisba(a.canon(i)))
    };
    // (a field: "لل" + a noun, the stripper's ل + ال, or a frequent word it keeps whole:
    // "للامن")
    let field = |taken: &[Option<usize>], cands: &[Cand], k: usize, head: usize| {
        open(taken, cands, k, head)
            && a.word(k)
                .strip_prefix("لل")
                .is_some_and(|w| w.chars().count() >= 2)
            && a.toks
                .get(k)
                .is_some_and(|x| x.kind == Kind::Arabic && x.nclitic <= 1)
    };
    for t in 0..n {
        let head_ok = a
            .canon(t)
            .strip_prefix("ال")
            .is_some_and(|h| DEFINED_BODY_HEADS.contains(&h));
        if !head_ok || !free(taken, t) || a.toks.get(t).is_none_or(|x| x.nclitic > 0) {
            continue;
        }
        let mut k = t + 1;
        while k < n && k <= t + 3 && institutional(k) && free(taken, k) {
            k += 1;
        }
        if k == t + 1 || !field(taken, cands, k, t) {
            continue;
        }
        // the field's nisba adjectives, and a second field ("للجان السياحية للمقاطعات الفرنسية")
        let (mut last, mut fields, mut adjectives) = (k, 1, 0);
        loop {
            let next = last + 1;
            if adjectives < 2
                && plain_defined(next)
                && is_nisba(a.canon(next))
                && open(taken, cands, next, t)
            {
                adjectives += 1;
            } else if fields < 2 && field(taken, cands, next, t) {
                fields += 1;
                adjectives = 0;
            } else {
                break;
            }
            last = next;
        }
        let inside = (k..=last).all(|i| {
            taken
                .get(i)
                .copied()
                .flatten()
                .and_then(|c| cands.get(c))
                .is_none_or(|c| c.last <= last)
        });
        if inside {
            take_over(taken, cands, Cand::new(t, last, Label::Org, Source::Rule));
        }
    }
}

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
            t.kind == Kind::Arabic && t.hint & super::gazetteer::PLACE_BIT != 0 && t.hint & 4 == 0
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

/// Heads (folded, clitics stripped) of refugee and displacement camps: the camp's name after
/// one is a place, outside the head as in ANERcorp ("مخيم البريج", "بمخيم جنين").
pub(super) const CAMP_HEADS: &[&str] = &["مخيم", "مخيمات", "مخيمي"];

/// Heads (folded) of business groups: with a word no dictionary or list knows after it, a
/// transliterated name, the two make one organisation ("مجموعة سينوبك"); before a known word
/// "مجموعة" is "a group of" ("مجموعة من", "مجموعة كبيرة").
pub(super) const GROUP_HEADS: &[&str] = &["مجموعه"];

/// Heads (folded) of militias: with a name after them, the two make one organisation
/// ("ميليشيا الحوثي", "مليشيات الجنجويد").
pub(super) const MILITIA_HEADS: &[&str] = &["ميليشيا", "ميليشيات", "مليشيا", "مليشيات"];

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
        let facility = super::facility_label(a, h)
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

/// Does token `k` read as a transliterated name: an Arabic word of four letters or more with no
/// clitic, the article or a feminine nisba ending, in none of the hint lists of `lists` (bits
/// of [`super::gazetteer::hint_bit`]), no dictionary word and not frequent, nor a dictionary
/// word with a pronoun ("مجموعة حواراته")?
fn transliterated(text: &str, a: &Analysis, k: usize, lists: u16) -> bool {
    let Some(t) = a.toks.get(k) else {
        return false;
    };
    let dictionary =
        |x: &str| crate::segment::word_entry(x).is_some_and(|e| e.is_dictionary_word());
    t.kind == Kind::Arabic
        && t.nclitic == 0
        && t.hint & lists == 0
        && a.canon(k).chars().count() >= 4
        && !a.canon(k).starts_with("ال")
        && !a.canon(k).ends_with("يه")
        && text.get(t.start..t.end).is_some_and(|w| {
            crate::segment::word_entry(w).is_none_or(|e| !e.is_dictionary_word() && e.zipf10 < 30)
                && crate::segment::segment_word(w).is_ok_and(|s| {
                    s.suffixes
                        .first()
                        .is_none_or(|&(from, _)| w.get(..from).is_none_or(|x| !dictionary(x)))
                })
        })
}

/// Heads (folded) of companies, papers, channels, clubs and agencies: a transliterated name
/// after them is an organisation, the head outside it ([`headed_names`]).
const BODY_HEADS_OUTSIDE: &[&str] = &["شركه", "صحيفه", "قناه", "نادي", "وكاله", "مصرف", "بنك"];

/// Heads (folded) of colleges and institutes: with a transliterated name after them, the two
/// make one organisation ([`headed_names`]).
const BODY_HEADS_INSIDE: &[&str] = &["كليه", "معهد"];

/// Does `text` spell the preposition "على" with its alef maqsura somewhere? Then a dotted "علي"
/// in it is the name Ali, search folding having made the two one word.
fn spells_ala(text: &str, a: &Analysis) -> bool {
    a.toks
        .iter()
        .any(|t| matches!(text.get(t.start..t.end), Some("على" | "وعلى" | "فعلى")))
}

/// Words (folded) after which a dotted "علي" that ends a name is the name, not "على" spelled
/// loosely: a preposition or a particle opens the next phrase ("توفي حاتم علي في القاهرة",
/// "قال محمد علي إن"); an ordinary word after it reads as "on" ("أحمد علي هامش").
pub(super) const AFTER_ALI: &[&str] = &[
    "في", "من", "الي", "عن", "ان", "انه", "انها", "بعد", "قبل", "خلال", "منذ", "الذي", "التي",
];

/// Nouns (folded) that the preposition "على" governs in set phrases: "على هامش" (on the
/// sidelines of), "على خلفية", "على صعيد", "على الرغم". A dotted "علي" right before one is
/// that preposition, loosely spelled, not the name Ali.
#[rustfmt::skip]
pub(super) const ALA_NOUNS: &[&str] = &[
    "هامش", "راس", "خلفيه", "صعيد", "حساب", "مستوي", "اثر", "غرار", "ضوء", "اساس", "مدي",
    "مدار", "وقع", "متن", "طول", "نحو", "الرغم", "الاقل", "الفور", "عكس", "وشك", "قيد",
];

/// A person followed by "علي" spelled with its dots ends with it, the father's name or a
/// surname, when a preposition, a particle, punctuation or the text's end follows it, or
/// when the text spells the preposition "على" apart: "الفنان السوري حاتم علي في القاهرة".
pub(super) fn ali_after_names(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut [Cand],
    n_user: usize,
) {
    // (read the text for "على" only when a name is followed by a dotted "علي")
    let mut tells_ali = None;
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        let x = c.last + 1;
        if c.dead
            || c.label != Label::Per
            || a.toks.get(x).and_then(|t| text.get(t.start..t.end)) != Some("علي")
            || taken.get(x).is_none_or(|t| t.is_some())
        {
            continue;
        }
        let closes = a
            .toks
            .get(x + 1)
            .is_none_or(|t| t.kind == Kind::Punct || AFTER_ALI.contains(&a.word(x + 1)));
        if ALA_NOUNS.contains(&a.canon(x + 1)) {
            continue;
        }
        if closes || *tells_ali.get_or_insert_with(|| spells_ala(text, a)) {
            if let Some(t) = taken.get_mut(x) {
                *t = Some(ci);
            }
            if let Some(c) = cands.get_mut(ci) {
                c.last = x;
            }
        }
    }
}

/// The most tokens a listed place is looked for over, from its first ([`super::starting_at`]).
const PLACE_TOKENS: usize = 7;

/// Words of time (folded) that follow a place without making a construct with it ("في تعز
/// اليوم"), besides the weekdays.
#[rustfmt::skip]
pub(super) const TIME_AFTER_PLACE: &[&str] = &[
    "اليوم", "الليله", "الان", "الاسبوع", "الشهر", "العام", "السنه", "الماضي", "الماضيه",
    "المقبل", "المقبله", "الجاري", "الحالي",
];

/// Prepositions of place (folded) after which a listed city is the place.
pub(super) const PLACE_PREPOSITIONS: &[&str] = &["في", "من", "الي", "نحو", "قرب", "داخل"];

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
fn city_name_word(
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
                || n.hint & super::gazetteer::PLACE_BIT != 0)
    });
    if !w.starts_with("ال") && construct {
        return false;
    }
    if after_min && crate::segment::word_entry(w).is_some_and(|e| e.is_verb()) {
        return false;
    }
    crate::segment::segment_word(w).is_ok_and(|s| s.suffixes.is_empty())
}

/// Is `w` (as written, with the article or without) an ordinary noun rather than a name? The
/// dictionary has it (either form), and wordfreq counts it about as often with the article as
/// without ("الخبر"/"خبر", "القصر"/"قصر"), where a name keeps to one form ("الدمام" 4.2 against
/// "دمام" 2.0, "تعز" with no "التعز").
pub(super) fn ordinary_noun(w: &str) -> bool {
    let entry = |w: &str| crate::segment::word_entry(w);
    let zipf = |w: &str| entry(w).map_or(0, |e| i32::from(e.zipf10));
    let dictionary = |w: &str| entry(w).is_some_and(|e| e.is_dictionary_word());
    let (other, bare) = match w.strip_prefix("ال") {
        Some(bare) => (zipf(bare), bare),
        None => (zipf(&format!("ال{w}")), w),
    };
    (dictionary(w) || dictionary(bare)) && other + 10 > zipf(w)
}

/// Is token `j` a person-name word with the article that is no listed common word ("الخليل"
/// Hebron, "خليل" a given name and the dictionary's friend)? After a preposition of place a
/// listed city written so is the place: a name with the article is no person there.
fn defined_name(a: &Analysis, j: usize) -> bool {
    a.toks.get(j).is_some_and(|t| t.hint & 4 == 0)
        && a.canon(j)
            .strip_prefix("ال")
            .and_then(|w| super::builtin_gazetteer().word(w))
            .is_some_and(|h| h & 1 != 0 && h & 4 == 0)
}

/// Does token `j` carry a conjunction "و" that the stripper cut off ("وتعز")?
fn glued_and(a: &Analysis, j: usize) -> bool {
    a.word(j).starts_with('و') && a.toks.get(j).is_some_and(|t| t.nclitic > 0)
}

/// The one or two words between a verb of saying and the "أن" it introduces, or between "عن"
/// and "قوله", are the speaker ("وأضاف أنغو أن", "وقال سيد ليلاز إن", "نقلت الوكالة عن
/// ستانيشيف قوله"), when they read as a name: no clitic, no common or dictionary word unless a
/// listed first name that is not frequent ("وقال رمضان إن"; not "وقال مسؤولون إن", "وقال
/// البيان إن"), no number word, no particle. Where the tagger or a list found anything there,
/// it stands.
pub(super) fn speakers(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    let name_like = |taken: &[Option<usize>], x: usize, first: bool| {
        let Some(t) = a.toks.get(x) else {
            return false;
        };
        let w = a.canon(x);
        let surface = text.get(t.start..t.end).unwrap_or("");
        let entry = crate::segment::word_entry(surface);
        // a listed first name (not a frequent word: "بين"), or a word no dictionary has
        let named = t.hint & 1 != 0 && entry.is_none_or(|e| e.zipf10 < 50 && !e.is_verb());
        let unknown =
            t.hint & 4 == 0 && entry.is_none_or(|e| !e.is_dictionary_word() && e.zipf10 < 30);
        t.kind == Kind::Arabic
            && t.nclitic == 0
            && taken.get(x).is_some_and(|k| k.is_none())
            && w.chars().count() >= 2
            && !(first && w.starts_with("ال"))
            && !is_nisba(w)
            && !FUNCTION_WORDS.contains(&a.word(x))
            && !NOT_A_NAME.contains(&w)
            && !crate::numbers::number_word(w)
            && (named || unknown && !ordinary_noun(surface))
            && crate::segment::segment_word(surface).is_ok_and(|s| s.suffixes.is_empty())
    };
    for i in 0..a.toks.len() {
        let opens = super::speech_verb(a, i);
        let about = a.canon(i) == "عن";
        if !opens && !about {
            continue;
        }
        for n in 1..=2 {
            let c = i + 1 + n;
            let closes = if opens {
                matches!(a.canon(c), "ان" | "انه" | "انها")
            } else {
                matches!(a.canon(c), "قوله" | "قولها")
            };
            if closes && (i + 1..c).all(|x| name_like(taken, x, x == i + 1)) {
                take_over(
                    taken,
                    cands,
                    Cand::new(i + 1, c - 1, Label::Per, Source::Rule),
                );
                break;
            }
        }
    }
}

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
        if s > 0 && !super::sentence_end(a, s - 1) {
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
            let whole =
                |x: usize, t: &super::text::Tok| t.nclitic == 0 || a.stem_start(text, x) == t.start;
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

/// "علي" with its dots, alone, where the text spells the preposition "على" with its alef
/// maqsura elsewhere, is the name Ali ("تولى علي الخلافة بعد عثمان"): a writer who dots the one
/// does not dot the other. Not before "أن" ("علي أن أعترف", I must), and not where a list,
/// the tagger or a rule has the word.
pub(super) fn lone_ali(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    let ali = |taken: &[Option<usize>], x: usize| {
        a.toks.get(x).is_some_and(|t| {
            // (the stem is the end of the surface: asked of that first, not of the segmenter)
            if !text.get(t.start..t.end).is_some_and(|s| s.ends_with("علي")) {
                return false;
            }
            let stem = text.get(a.stem_start(text, x)..t.end);
            stem == Some("علي") && taken.get(x).is_some_and(|k| k.is_none())
        })
    };
    if !(0..a.toks.len()).any(|x| ali(taken, x)) || !spells_ala(text, a) {
        return;
    }
    for x in 0..a.toks.len() {
        if ali(taken, x) && !matches!(a.canon(x + 1), "ان" | "انه" | "انها" | "انني" | "اني")
        {
            take_over(taken, cands, Cand::new(x, x, Label::Per, Source::Rule));
        }
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

/// Names of tournaments and games (folded) that are events (MISC) on their own, and with the
/// year after them: "المونديال", "مونديال 2022", "أولمبياد باريس" is the place's.
const EVENT_WORDS: &[&str] = &["المونديال", "مونديال", "الاولمبياد", "اولمبياد"];

/// An event word of [`EVENT_WORDS`] is a MISC mention, with a year of four digits right after
/// it ("مونديال 2006"); where the tagger or a list found it as something else, that stands,
/// and where it found the word alone as an event, the year joins it.
pub(super) fn events(text: &str, a: &Analysis, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    for i in 0..a.toks.len() {
        if !EVENT_WORDS.contains(&a.canon(i)) {
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

/// Makers (folded) of aircraft whose name with a model number is that model: "بوينغ 737",
/// "إيرباص 320", "سوخوي 24". Boeing and Airbus alone are the companies.
const AIRCRAFT_MAKERS: &[&str] = &[
    "بوينغ",
    "بوينج",
    "ايرباص",
    "سوخوي",
    "ميغ",
    "ميج",
    "توبوليف",
    "اليوشن",
    "انتونوف",
];

/// Words (folded) for an aircraft, after which a maker's name alone is the model: "طائرات
/// سوخوي", "بطائرة أنتونوف".
const AIRCRAFT_HEADS: &[&str] = &[
    "طائره",
    "طائرات",
    "مقاتله",
    "مقاتلات",
    "قاذفه",
    "قاذفات",
    "مروحيه",
    "مروحيات",
    "طراز",
];

/// An aircraft named by its maker and a model number is MISC, both words in the span, as
/// ANERcorp marks "بوينج 757" (and its maker alone after "طائرة", "طراز": "طائرات سوخوي");
/// what the tagger or a list made of the maker (the company, often) gives way.
pub(super) fn aircraft(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    for i in 0..a.toks.len() {
        if !AIRCRAFT_MAKERS.contains(&a.canon(i)) {
            continue;
        }
        let number = a.toks.get(i + 1).is_some_and(|t| {
            t.kind == Kind::Number
                && text
                    .get(t.start..t.end)
                    .is_some_and(|n| (2..=4).contains(&n.chars().count()))
        });
        let head = i
            .checked_sub(1)
            .is_some_and(|p| AIRCRAFT_HEADS.contains(&a.canon(p)));
        if number {
            take_over(taken, cands, Cand::new(i, i + 1, Label::Misc, Source::Rule));
        } else if head {
            take_over(taken, cands, Cand::new(i, i, Label::Misc, Source::Rule));
        }
    }
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
