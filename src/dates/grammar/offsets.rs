//! Offsets from the reference: "قبل يومين", "بعد ثلاثة أيام", "منذ أسبوعين", "خلال أسبوعين", "بعد
//! ساعة وربع", and the spoken "ago" after a past verb ("شفته من يومين").

use super::{Frame, OffKind, Parser};
use crate::dates::lexicon::{Fw, W};
use crate::dates::scan::{Kind, Tok};
use crate::dates::Grain;
use std::sync::OnceLock;

/// Common past verbs of speech (folded; hollow verbs also in the stem of the first and second
/// persons, "شفت", "رحت", "جبت"), after which "من" + a span of time is the spoken "ago":
/// "شفته من يومين", "وصلت من ساعتين", "سافروا من أسبوع".
const PAST_STEMS: &[&str] = &[
    "شاف",
    "شف",
    "وصل",
    "رجع",
    "سافر",
    "اتصل",
    "حكي",
    "كلم",
    "بعت",
    "بعث",
    "راح",
    "رح",
    "خلص",
    "بلش",
    "بدا",
    "مات",
    "تزوج",
    "اتجوز",
    "اشتري",
    "اكل",
    "نام",
    "نم",
    "صحي",
    "طلع",
    "نزل",
    "دخل",
    "خرج",
    "فتح",
    "سكر",
    "عرف",
    "سمع",
    "قرا",
    "كتب",
    "جاب",
    "جب",
    "اجا",
    "اجي",
    "ارسل",
    "رد",
    "ترك",
    "سكن",
    "لقي",
    "قابل",
    "زار",
    "زر",
    "التقي",
    "وقع",
    "حصل",
    "قال",
    "قل",
    "سوي",
    "عمل",
    "اشتغل",
    "تخرج",
    "انولد",
    "ولد",
    "غاب",
    "غب",
    "نسي",
    "دفع",
    "طلب",
    "حجز",
    "وصلن",
    "مشي",
    "اتكلم",
    "تكلم",
    "فات",
    "طار",
    "اختفي",
    "رحل",
    "انتقل",
];

/// The endings of a past verb: the subject ("ت", "نا", "وا", "تو") and an object or "to
/// him/me" after it ("ه", "ها", "ني", "لي").
const PAST_ENDINGS: &[&str] = &[
    "", "ت", "تي", "تو", "تم", "نا", "وا", "و", "ه", "ها", "هم", "ني", "لي", "له", "لها", "لهم",
    "لك", "ته", "تها", "تهم", "تك", "تني", "تلي", "تله", "تلها", "ناه", "ناها", "وه", "وها", "وني",
    "ولي", "تيه", "تيها", "توه", "توها",
];

/// Whether the folded word is a past verb of [`PAST_STEMS`] with one of [`PAST_ENDINGS`],
/// behind an optional و or ف.
fn spoken_past_verb(w: &str) -> bool {
    // every stem with every ending, one set: asked of the three words before each bare "من" of
    // a text, where trying each stem as a prefix cost a hundred comparisons a word
    static VERBS: OnceLock<crate::hash::WordSet<String>> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| {
        PAST_STEMS
            .iter()
            .flat_map(|s| PAST_ENDINGS.iter().map(move |e| format!("{s}{e}")))
            .collect()
    });
    verbs.contains(w)
        || w.strip_prefix(['و', 'ف'])
            .is_some_and(|r| r.chars().count() >= 3 && verbs.contains(r))
}

#[cfg(test)]
#[test]
fn the_past_verb_set_is_stem_and_ending() {
    let by_parts = |w: &str| {
        let bare = |w: &str| {
            PAST_STEMS.iter().any(|s| {
                w.strip_prefix(s)
                    .is_some_and(|rest| PAST_ENDINGS.contains(&rest))
            })
        };
        bare(w)
            || w.strip_prefix(['و', 'ف'])
                .is_some_and(|r| r.chars().count() >= 3 && bare(r))
    };
    let mut words = vec![String::new(), "و".into(), "من".into(), "وصلوا".into()];
    for s in PAST_STEMS {
        for e in PAST_ENDINGS.iter().chain(&["هما", "ي", "x"]) {
            for p in ["", "و", "ف", "ب"] {
                words.push(format!("{p}{s}{e}"));
            }
        }
        words.push(s.chars().skip(1).collect());
    }
    for w in &words {
        assert_eq!(spoken_past_verb(w), by_parts(w), "{w:?}");
    }
}

impl<'t> Parser<'t> {
    /// A bare "من" at `i` after a past verb of [`PAST_STEMS`]: the spoken "ago" ("شفته من
    /// يومين") when a span of time follows it. Between the verb and "من" may stand its
    /// object or a place with the article and a bare preposition, two words at most
    /// ("اشتريت الموبايل من شهر", "طلع من البيت من ساعة"); any other word ("أكثر", "يتكون",
    /// "بدلا") leaves "من" a quantity's.
    pub(crate) fn spoken_ago(&self, i: usize) -> bool {
        if self.fw(i) != Some(Fw::From) || !self.t(i).is_some_and(|t| t.pre.is_empty()) {
            return false;
        }
        let passable = |t: &Tok| {
            let w = t.norm.as_ref();
            let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            // the noun with its article, behind ب/ل/ك, the spoken "عال" (على ال) or "لل"
            let noun = bare
                .strip_prefix(['ب', 'ل', 'ك'])
                .filter(|r| r.starts_with("ال"))
                .or_else(|| bare.strip_prefix('ع').filter(|r| r.starts_with("ال")))
                .or_else(|| bare.strip_prefix('ل').filter(|r| r.starts_with('ل')))
                .unwrap_or(bare);
            let definite = noun.starts_with("ال") || noun.starts_with("ل") && noun != bare;
            t.kind == Kind::Word
                && t.pre.is_empty()
                && (definite && noun.chars().count() > 3 && t.w().is_none()
                    || matches!(w, "من" | "في" | "علي" | "عند" | "مع" | "الي"))
        };
        (1..=3).any(|back| {
            let Some(v) = i.checked_sub(back).and_then(|p| self.t(p)) else {
                return false;
            };
            v.kind == Kind::Word
                && spoken_past_verb(&v.norm)
                && (i - back + 1..i).all(|k| self.t(k).is_some_and(passable))
        })
    }

    /// "قبل يومين", "بعد ثلاثة أيام", "منذ أسبوعين", "خلال أسبوعين", "خلال الساعات الـ24
    /// الماضية", "الأسابيع الثلاثة القادمة".
    pub(super) fn offset(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.anchored() {
            return None;
        }
        // "على بعد خمس دقائق" is a distance; "يوماً بعد يوم" is "day after day"
        let unit_after_unit = self.t(j + 1).is_some_and(|u| {
            matches!(u.w(), Some(W::Unit(..)))
                && j.checked_sub(1)
                    .and_then(|p| self.t(p))
                    .is_some_and(|p| p.norm.starts_with(u.norm.as_ref()))
        });
        let distance = j > 0
            && (self.is(j - 1, "علي") || unit_after_unit)
            && matches!(self.fw(j), Some(Fw::After | Fw::Before));
        let dir = match self.fw(j) {
            Some(Fw::After) if distance => None,
            Some(Fw::After) => Some((1, OffKind::Point)),
            Some(Fw::Before | Fw::Since) => Some((-1, OffKind::Point)),
            // the spoken "ago" of Egypt and the Levant, "شفته من يومين": "من" right after a
            // past verb (never after "أكثر", "يتكون", "بدلا", whose "من" is a quantity's)
            Some(Fw::From) if self.spoken_ago(j) => Some((-1, OffKind::Point)),
            Some(Fw::Within) => Some((1, OffKind::Within)),
            Some(Fw::In) if self.fw(j + 1) == Some(Fw::Within) => Some((1, OffKind::Within)),
            _ => None,
        };
        let mut k = j;
        if let Some((sign, kind)) = dir {
            k += if self.fw(j) == Some(Fw::In) { 2 } else { 1 };
            // "قبل نحو شهر", "منذ حوالي عامين": the count as said, the hedge in the span
            k += self.about(k);
            if kind == OffKind::Within {
                if let Some(k2) = self.span(f, k) {
                    return Some(k2);
                }
            }
            let (mut n, mut g, mut k2) = self.duration(k)?;
            let half = self.half_after(k2, g);
            if let Some(k3) = half {
                k2 = k3;
            } else if let Some((mm, k3)) = self.hours_and_minutes(k2, g) {
                // "بعد ساعتين إلا ربع": 105 minutes, "بعد ساعة وربع" 75
                n = n * 60 + mm;
                g = Grain::Minute;
                k2 = k3;
            }
            // "قبل شهر تقريبا"
            if self
                .t(k2)
                .is_some_and(|t| t.pre.is_empty() && t.norm == "تقريبا")
            {
                k2 += 1;
            }
            // "سافر من يومين لتلاتة": a range of lengths, no "ago"
            if self.fw(j) == Some(Fw::From)
                && matches!(self.fw(k2), Some(Fw::To | Fw::Until) | Some(Fw::From))
            {
                return None;
            }
            // "قبل أسبوع من الانتخابات", "بعد عام على الحرب": counted from an event, not from
            // now ("بعد أسبوع من الآن" is from now; a date after "من" is read by the caller)
            let from = self.counted_from(k2);
            if from && self.w(k2 + 1) == Some(W::Now) {
                k2 += 2;
            } else if from {
                return None;
            }
            f.offset = Some((sign * n, g, kind));
            f.offset_half = half.is_some();
            return Some(k2);
        }
        self.span(f, j)
    }

    /// After a count of hours ending before `k`: minutes added ("وربع", "وثلث", "و20 دقيقة")
    /// or taken off ("إلا ربع", "إلا ثلثا", "إلا 10 دقائق"), signed, and the index after them.
    /// Not before a definite word, whose part the fraction is ("إلا ربع المدعوين").
    fn hours_and_minutes(&self, k: usize, g: Grain) -> Option<(i64, usize)> {
        if g != Grain::Hour {
            return None;
        }
        if let Some((mm, k2)) = self.minutes(k) {
            return Some((i64::from(mm), k2));
        }
        if self.fw(k) != Some(Fw::Except) {
            return None;
        }
        let (mm, k2) = match self.w(k + 1) {
            Some(W::Frac(x)) if x < 30 => (i64::from(x), k + 2),
            _ => {
                let n = self.num(k + 1)?;
                if n.ordinal || !(1..=59).contains(&n.value) {
                    return None;
                }
                if !matches!(self.w(n.end), Some(W::Unit(Grain::Minute, _, _))) {
                    return None;
                }
                (n.value, n.end + 1)
            }
        };
        if self
            .t(k2)
            .is_some_and(|t| t.kind == Kind::Word && t.norm.starts_with("ال"))
        {
            return None;
        }
        Some((-mm, k2))
    }

    /// How many tokens of an "about" hedge start at `k` ("نحو", "حوالي", "قرابة", "زهاء", "ما
    /// يقارب", "ما يناهز"; 0 when none). Not "أكثر من" or "أقل من": a bound is not the count.
    fn about(&self, k: usize) -> usize {
        let Some(t) = self
            .t(k)
            .filter(|t| t.kind == Kind::Word && t.pre.is_empty())
        else {
            return 0;
        };
        match t.norm.as_ref() {
            "نحو" | "حوالي" | "قرابه" | "زهاء" => 1,
            "ما" if self.t(k + 1).is_some_and(|n| {
                n.pre.is_empty() && matches!(n.norm.as_ref(), "يقارب" | "يناهز")
            }) =>
            {
                2
            }
            _ => 0,
        }
    }
}
