//! Dates that are part of a name or a label, and so no date: a day and month after a name head
//! ("ثورة 25 يناير", "ملعب 5 جويلية"), a model number ("آيفون 16", "إف 16"), a weekday
//! naming a place ("مسجد الجمعة").

use super::{Frame, MonthSpec, Parser};
use crate::dates::lexicon::W;
use crate::dates::scan::{Kind, Tok};
use std::sync::OnceLock;

/// Heads of names built on a date (folded): places ("ملعب 5 جويلية", "مدينة 6 أكتوبر", "شارع
/// 26 يوليو"), events ("ثورة 25 يناير", "أحداث 11 سبتمبر", "حرب أكتوبر") and the groups named
/// after them ("حركة 20 فبراير", "قوى 14 آذار"). A day and month after one, without a year, is
/// part of the name and no date.
pub(crate) const NAME_HEADS: &[&str] = &[
    // places
    "ملعب",
    "استاد",
    "مدينه",
    "جسر",
    "كوبري",
    "نفق",
    "شارع",
    "ميدان",
    "ساحه",
    "حي",
    "مطار",
    "جامعه",
    "مستشفي",
    "مدرسه",
    "محطه",
    "قاعده",
    "كليه",
    // events
    "ثوره",
    "حرب",
    "معركه",
    "احداث",
    "هجمات",
    "اعتداءات",
    "تفجيرات",
    "انتفاضه",
    "مجزره",
    "مذبحه",
    "نكسه",
    "انقلاب",
    "اتفاق",
    "اتفاقيه",
    // groups
    "حركه",
    "تيار",
    "تحالف",
    "قوي",
    "ثوار",
    "كتيبه",
];

/// Words a number in digits labels (folded): names of products, weapons and the like and
/// their model number ("آيفون 16", "ويندوز 11", "بلايستيشن 5", "إف 16", "كوفيد-19"), and
/// nouns counted in a series ("النسخة 16", "الحلقة 12", "المادة 5"). The number after one is
/// part of the name, never a day ("تطلق آيفون 16 الشهر المقبل" gave the 16th of next month,
/// "تنطلق النسخة 16 الشهر المقبل" the 16th too).
pub(crate) const MODEL_HEADS: &[&str] = &[
    // series
    "النسخه",
    "نسخه",
    "الدوره",
    "الحلقه",
    "حلقه",
    "الجوله",
    "المرحله",
    "الجزء",
    "الطبعه",
    "الاصدار",
    "اصدار",
    "الجيل",
    "الماده",
    "البند",
    "الفقره",
    "رقم",
    "الرقم",
    "الدقيقه",
    // products
    "ايفون",
    "الايفون",
    "ايباد",
    "ايبود",
    "ماك",
    "ماكبوك",
    "ويندوز",
    "اندرويد",
    "جالاكسي",
    "غالاكسي",
    "جالكسي",
    "غالكسي",
    "بلايستيشن",
    "ستيشن",
    "اكسبوكس",
    "بيكسل",
    "ريدمي",
    "شاومي",
    "هواوي",
    "ايربودز",
    "كوفيد",
    "اف",
    "سو",
    "ميغ",
    "ميج",
    "موديل",
    "طراز",
];

/// Whether the word `t` is a name head ([`NAME_HEADS`]), clitics allowed ("بملعب", "وثورة",
/// "لحرب"; the scanner keeps them on a word that is no date vocabulary).
fn name_head(t: &Tok) -> bool {
    static SET: WordSetCell = OnceLock::new();
    in_list(t, SET.get_or_init(|| NAME_HEADS.iter().copied().collect()))
}

/// Places named after a weekday (folded): "مسجد الجمعة", "جامع الجمعة", "سوق الأحد", "سوق
/// الخميس", "حي الأربعاء", "نادي الأحد".
pub(crate) const WEEKDAY_PLACE_HEADS: &[&str] = &["مسجد", "جامع", "سوق", "حي", "نادي", "شارع"];

/// The set of [`WEEKDAY_PLACE_HEADS`], built on first use.
fn weekday_place_heads() -> &'static crate::hash::WordSet<&'static str> {
    static SET: WordSetCell = OnceLock::new();
    SET.get_or_init(|| WEEKDAY_PLACE_HEADS.iter().copied().collect())
}

/// Whether the word `t` is a model head ([`MODEL_HEADS`]), clitics allowed.
fn model_head(t: &Tok) -> bool {
    static SET: WordSetCell = OnceLock::new();
    in_list(t, SET.get_or_init(|| MODEL_HEADS.iter().copied().collect()))
}

/// A word list as a set built on first use: one hash look-up where the list was compared word
/// by word (the scan asks at every number and every word that may start a date).
type WordSetCell = OnceLock<crate::hash::WordSet<&'static str>>;

/// Whether the word `t` is in `set`, clitics allowed (see [`name_head`]).
fn in_list(t: &Tok, set: &crate::hash::WordSet<&'static str>) -> bool {
    if t.kind != Kind::Word {
        return false;
    }
    let is_head = |s: &str| set.contains(s);
    let mut s = t.norm.as_ref();
    if is_head(s) {
        return true;
    }
    if let Some(r) = s.strip_prefix(['و', 'ف']) {
        if is_head(r) {
            return true;
        }
        s = r;
    }
    s.strip_prefix(['ب', 'ل', 'ك']).is_some_and(is_head)
}

impl<'t> Parser<'t> {
    /// Whether the digits at `k` are a model number: right after a word of [`MODEL_HEADS`] or
    /// a word in Latin letters ("iPhone 16", "S24", "COP 28"), a hyphen between them allowed
    /// ("كوفيد-19", "F-16").
    pub(crate) fn model_number(&self, k: usize) -> bool {
        let Some(t) = self
            .t(k)
            .filter(|t| t.kind == Kind::Digits && t.pre.is_empty())
        else {
            return false;
        };
        let Some(mut p) = k.checked_sub(1) else {
            return false;
        };
        if self
            .t(p)
            .is_some_and(|h| h.kind == Kind::Punct && h.norm == "-" && h.end == t.cstart)
        {
            let Some(p2) = p.checked_sub(1) else {
                return false;
            };
            p = p2;
        }
        self.t(p)
            .is_some_and(|h| h.kind == Kind::Latin || model_head(h))
    }

    /// "ملعب 5 جويلية", "ثورة الخامس والعشرين من يناير", "حرب أكتوبر": a day and month, or a
    /// month alone, right after a name head ([`NAME_HEADS`]) and with no year or direction
    /// after it, is part of a name: the index after it, for the caller to skip. With a year
    /// ("ثورة 25 يناير 2011") it is a date.
    pub fn name_after_head(&self, i: usize) -> Option<usize> {
        let head = self.t(i.checked_sub(1)?)?;
        if let Some(k) = self.weekday_place(head, i) {
            return Some(k);
        }
        if !name_head(head) || !self.t(i)?.pre.is_empty() {
            return None;
        }
        let mut f = Frame::default();
        let k = self
            .day_month(&mut f, i, true)
            .or_else(|| self.month(&mut f, i, true))?;
        if f.month_dir != 0 || !matches!(f.month, Some(MonthSpec::Abs(..))) {
            return None;
        }
        let after = if self.is_connector(k) { k + 1 } else { k };
        if self.year(&mut f, k, false).is_some() || self.year(&mut f, after, false).is_some() {
            return None;
        }
        Some(k)
    }

    /// "مسجد الجمعة", "سوق الأحد", "حي الأربعاء": a weekday with its article right after a
    /// place head ([`WEEKDAY_PLACE_HEADS`], in the construct: no article of its own) is the
    /// place's name, when nothing of a date follows it (a direction, a day, a time): the
    /// index after the weekday. "هجمات الجمعة", "صلاة الجمعة" stay dates.
    fn weekday_place(&self, head: &Tok, i: usize) -> Option<usize> {
        if !in_list(head, weekday_place_heads()) {
            return None;
        }
        let t = self.t(i)?;
        if !t.pre.is_empty() || !matches!(t.w(), Some(W::Weekday(_, true))) {
            return None;
        }
        let (_, k) = self.frame(i)?;
        (k == i + 1).then_some(k)
    }
}
