//! The slots of one date expression ([`Frame`]) and what fills them: a month as written, what an
//! "nth" counts, how an offset relates to the reference, a part of a year, a century.

use crate::dates::lexicon::{Holiday, Pod, Pos};
use crate::dates::Grain;

/// A month as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MonthSpec {
    /// A named or numbered month: (month, hijri).
    Abs(u8, bool),
    /// Relative to the reference month (0 this month, 1 next, -1 last).
    Rel(i64),
}

/// What an "nth" counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NthOf {
    /// The nth given weekday of the month.
    Weekday(u8),
    /// The nth day of the month.
    Day,
    /// The nth whole week of the month.
    Week,
}

/// How an offset or span relates to the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OffKind {
    /// A point: "بعد ثلاثة أيام", "قبل يومين".
    Point,
    /// From now for a duration: "خلال أسبوعين".
    Within,
    /// The n whole units before or after the current one: "الأسابيع الثلاثة القادمة".
    Span,
    /// The first (n > 0) or last (n < 0) n units of the month or year in the frame: "الأيام
    /// العشرة الأخيرة من رمضان", "الأشهر الثلاثة الأولى من العام".
    InPeriod,
}

/// A quarter, third or half of a year ("الربع الأول", "النصف الثاني", "الربع المقبل").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearPart {
    /// The nth (1-based) of `parts` equal parts of the year in the frame.
    Nth { parts: u8, n: u8 },
    /// The part `k` parts away from the one holding the reference ("الربع المقبل": 1).
    Rel { parts: u8, k: i64 },
}

/// The century a decade is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Century {
    /// Its first year: "القرن العشرين" is 1900.
    Abs(i32),
    /// Relative to the reference's century ("القرن الماضي": -1, "القرن الحالي": 0).
    Rel(i64),
}

/// The slots of one date expression.
#[derive(Debug, Clone, Default)]
pub(crate) struct Frame {
    pub weekday: Option<u8>,
    /// 1 next, -1 last, 2 after next, -2 before last, 0 none.
    pub wd_mod: i8,
    /// An ordinal after the weekday ("الثلاثاء الثالث"), -1 for "الأخير".
    pub wd_ord: Option<i64>,
    pub day: Option<u8>,
    pub day_end: Option<u8>,
    pub month: Option<MonthSpec>,
    pub year: Option<i32>,
    /// Some(true) for هـ, Some(false) for م.
    pub era_hijri: Option<bool>,
    pub year_rel: Option<i64>,
    pub week_rel: Option<i64>,
    pub rel_day: Option<i64>,
    pub hour: Option<u8>,
    pub minute: Option<u8>,
    pub second: Option<u8>,
    /// The hour was written on a 12-hour clock with no part of the day.
    pub hour_ambiguous: bool,
    /// Minutes to subtract ("إلا ربعا").
    pub minus: u8,
    pub pod: Option<Pod>,
    /// The part of the day came with "هذا/هذه" or as "الليلة" (anchors on today).
    pub pod_anchor: bool,
    pub nth: Option<(i64, NthOf)>,
    pub pos: Option<Pos>,
    pub holiday: Option<Holiday>,
    pub now: bool,
    pub offset: Option<(i64, Grain, OffKind)>,
    /// "منتصف الليل": 00:00 at the end of the day.
    pub midnight: bool,
    /// "ليلة الجمعة", "ليلة عيد الفطر": the night before the day named (its eve).
    pub eve: bool,
    /// Minutes to add to a clock time said in another zone ("بتوقيت غرينتش") to bring it to
    /// the reference's zone (0 when the reference's offset is unknown).
    pub shift_minutes: i64,
    /// "ثالث ثلاثاء بعد عيد الميلاد": the nth weekday after this date.
    pub after: Option<Box<Frame>>,
    /// "أكتوبر الماضي" (-1) / "أكتوبر المقبل" (1): the nearest such month before/after.
    pub month_dir: i8,
    /// The year came as the dual "عامي" (so a bare number after "و" is a year too).
    pub dual_year: bool,
    /// A quarter, third or half of the year.
    pub part: Option<YearPart>,
    /// The offset's count is followed by "ونصف": half a unit more ("بعد ساعة ونصف").
    pub offset_half: bool,
    /// A decade by its tens digit ("التسعينيات": 9) and the century it was said in.
    pub decade: Option<(u8, Option<Century>)>,
    /// A whole century ("القرن التاسع عشر", "القرن الماضي").
    pub century: Option<Century>,
    /// A season (spring 0 … winter 3) of the year in the frame ("صيف 2024"), or with a
    /// direction from the reference ("الصيف الماضي": -1, "هذا الشتاء": 0).
    pub season: Option<(u8, Option<i8>)>,
    /// The year was written as two consecutive years ("شتاء 2023-2024"): `year` is the first.
    pub two_years: bool,
}

impl Frame {
    /// Whether the frame says something datable on its own.
    pub fn anchored(&self) -> bool {
        self.weekday.is_some()
            || self.day.is_some()
            || self.month.is_some()
            || self.year.is_some()
            || self.year_rel.is_some()
            || self.week_rel.is_some()
            || self.rel_day.is_some()
            || self.hour.is_some()
            || self.nth.is_some()
            || self.holiday.is_some()
            || self.now
            || self.offset.is_some()
            || self.after.is_some()
            || matches!(self.part, Some(YearPart::Rel { .. }))
            || self.decade.is_some()
            || self.century.is_some()
            || self.season.is_some()
            || (self.pod.is_some() && self.pod_anchor)
    }

    /// A clock time with a month or a year but nothing that names its day ("10:30 يناير"):
    /// no moment, so the grammar never joins a time and such a month into one frame.
    pub fn time_without_day(&self) -> bool {
        let placed = self.nth.is_some()
            || self.pos.is_some()
            || self.offset.is_some()
            || self.after.is_some()
            || self.now;
        self.hour.is_some()
            && (self.month.is_some() || self.year.is_some() || self.year_rel.is_some())
            && !self.names_day()
            && !placed
    }

    /// A day, weekday, relative day ("غدا") or holiday is in the frame.
    pub fn names_day(&self) -> bool {
        self.day.is_some()
            || self.weekday.is_some()
            || self.rel_day.is_some()
            || self.holiday.is_some()
    }

    /// Copies the date slots of `o` that `self` lacks (for the two ends of an interval).
    pub fn inherit_date(&mut self, o: &Frame) {
        // a frame anchored on the reference ("اليوم", "الآن", "الأسبوع المقبل", "بعد يومين")
        // takes nothing from the other end: "منذ عام 2011 وحتى اليوم" ends today, not in 2011
        if self.rel_day.is_some() || self.week_rel.is_some() || self.now || self.offset.is_some() {
            return;
        }
        let has_date = self.day.is_some()
            || self.weekday.is_some()
            || self.rel_day.is_some()
            || self.month.is_some()
            || self.year.is_some()
            || self.nth.is_some();
        if !has_date {
            self.weekday = o.weekday;
            self.wd_mod = o.wd_mod;
            self.wd_ord = o.wd_ord;
            self.day = o.day;
            self.rel_day = o.rel_day;
            self.week_rel = o.week_rel;
            self.nth = o.nth;
        }
        if self.month.is_none() && (self.day.is_some() || has_date) {
            self.month = o.month;
        }
        if self.year.is_none() && self.year_rel.is_none() {
            self.year = o.year;
            self.year_rel = o.year_rel;
            self.era_hijri = o.era_hijri;
        }
    }
}
