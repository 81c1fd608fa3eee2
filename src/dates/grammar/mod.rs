//! The date grammar: at a token, read the longest date expression as a [`Frame`] of slots
//! (weekday, day, month, year, relative day/week/month/year, clock time, part of the day,
//! "nth weekday of", position in a period, holiday, offset), then join two frames into an
//! interval ("من … إلى …", "بين … و…", "حتى …"). Each slot is filled at most once; an element
//! that finds its slot taken ends the frame. Resolution against the reference is in
//! [`super::resolve`].

use super::lexicon::{Fw, Pos, W};
use super::numbers::{read_number, Cache, Num};
use super::scan::{Kind, Tok};
use super::Grain;

mod clock;
mod day_parts;
mod days;
mod digits;
mod durations;
mod frame;
mod holidays;
mod months;
mod names;
mod nth;
mod offsets;
mod relative;
mod spans;
mod weekdays;
mod weeks;
mod years;
mod zones;

pub(super) use days::first_day_word;
pub(super) use frame::{Century, Frame, MonthSpec, NthOf, OffKind, YearPart};
pub(crate) use names::MODEL_HEADS;
#[cfg(test)]
pub(super) use {days::FIRST_DAY_WORDS, names::NAME_HEADS};

/// The parser over a scanned text.
pub(crate) struct Parser<'t> {
    /// The text the tokens index.
    pub text: &'t str,
    pub toks: &'t [Tok<'t>],
    /// Number words already read.
    pub cache: Cache,
    /// The reference's offset from UTC in minutes, when known.
    pub ref_offset: Option<i32>,
    /// Inside the anchor of "ثالث ثلاثاء بعد …" (anchors do not nest).
    pub nested: std::cell::Cell<bool>,
}

impl<'t> Parser<'t> {
    fn t(&self, i: usize) -> Option<&'t Tok<'t>> {
        self.toks.get(i)
    }
    fn w(&self, i: usize) -> Option<W> {
        self.t(i).and_then(Tok::w)
    }
    /// The direction word at `i`: "الماضي" -1, "المقبل" 1, "الحالي" 0.
    fn direction(&self, i: usize) -> Option<i8> {
        match self.w(i) {
            Some(W::Last) => Some(-1),
            Some(W::Next) => Some(1),
            Some(W::Current) => Some(0),
            _ => None,
        }
    }
    /// "قبل الماضي" (-2) or "بعد المقبل" (2) at `i`, after a definite unit or weekday:
    /// "الأسبوع قبل الماضي" (the one before last), "الجمعة بعد المقبلة" (the one after next).
    fn two_away(&self, i: usize) -> Option<i64> {
        if !self.t(i).is_some_and(|t| t.pre.is_empty()) {
            return None;
        }
        match (self.fw(i)?, self.w(i + 1)?) {
            (Fw::Before, W::Last) => Some(-2),
            (Fw::After, W::Next) => Some(2),
            _ => None,
        }
    }
    /// "من" or "على" at `i`, bare: what a count of units is counted from follows ("قبل أسبوع
    /// من الانتخابات", "بعد عام على الحرب").
    pub(crate) fn counted_from(&self, i: usize) -> bool {
        self.t(i)
            .is_some_and(|t| t.pre.is_empty() && (t.norm == "من" || t.norm == "علي"))
    }
    fn fw(&self, i: usize) -> Option<Fw> {
        match self.w(i) {
            Some(W::F(f)) => Some(f),
            _ => None,
        }
    }
    fn is(&self, i: usize, s: &str) -> bool {
        self.t(i).is_some_and(|t| t.kind == Kind::Word && t.is(s))
    }
    fn punct(&self, i: usize, s: &str) -> bool {
        self.t(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.norm == s)
    }
    pub(crate) fn num(&self, i: usize) -> Option<Num> {
        read_number(self.text, self.toks, i, false, &self.cache)
    }

    /// Parses one frame starting at token `i`; returns it and the token index after it.
    pub fn frame(&self, i: usize) -> Option<(Frame, usize)> {
        let mut f = Frame::default();
        let mut j = i;
        let mut end = None;
        loop {
            // "10:30 يناير": a clock time and a month with no day name no moment, so an
            // element that would join them starts a mention of its own (the frame is kept
            // aside only when it holds one of the two)
            let before = (end.is_some()
                && (f.hour.is_some()
                    || f.month.is_some()
                    || f.year.is_some()
                    || f.year_rel.is_some())
                && !f.time_without_day())
            .then(|| f.clone());
            if let Some(k) = self.element(&mut f, j, end.is_none()) {
                if let Some(b) = before.filter(|_| f.time_without_day()) {
                    f = b;
                    break;
                }
                j = k;
                end = Some(k);
                continue;
            }
            if end.is_some() && self.is_connector(j) {
                let mut k = j + 1;
                if self.is_connector(k) && !self.punct(j, "-") {
                    k += 1;
                }
                // "(إجازة) منتصف العام في 11 جمادى الآخرة 1446هـ", "نهاية العام في 31 ديسمبر
                // 2024": a position in a period is whole, and a day after the connector starts
                // a date of its own (taking the day would leave its year out)
                let pos_without_day = f.pos.is_some() && f.day.is_none();
                let mut g = f.clone();
                if let Some(k2) = self.element(&mut g, k, false) {
                    if pos_without_day && g.day.is_some()
                        || g.time_without_day() && !f.time_without_day()
                    {
                        break;
                    }
                    f = g;
                    j = k2;
                    end = Some(k2);
                    continue;
                }
            }
            break;
        }
        let end = end?;
        if f.anchored() {
            Some((f, end))
        } else {
            None
        }
    }

    fn is_connector(&self, j: usize) -> bool {
        if self.punct(j, "،") || self.punct(j, ",") {
            return true;
        }
        matches!(
            self.fw(j),
            Some(Fw::In | Fw::From | Fw::Agreeing | Fw::At | Fw::Article | Fw::DateWord)
        ) && self.t(j).is_some_and(|t| {
            // ("وفي" opens a new clause: "مساء الخميس وفي اليوم التالي" are two times; not
            // before the hour: "يوم الخميس وفي الساعة العاشرة", "وفي تمام الساعة")
            t.pre.is_empty()
                || t.pre == "و"
                    && (self.fw(j) != Some(Fw::In)
                        || matches!(self.w(j + 1), Some(W::Unit(Grain::Hour, _, _)))
                        || self.is(j + 1, "تمام"))
        })
            || (self.is(j, "يوم") && self.t(j).is_some_and(|t| t.pre.is_empty()))
            // "12 يونيو على الساعة العاشرة": the Maghrebi "at" joins a clock time to its
            // date; only before "الساعة" ("على" is too common a word to join anything else)
            || (self.is(j, "علي")
                && self.t(j).is_some_and(|t| t.pre.is_empty())
                && matches!(self.w(j + 1), Some(W::Unit(Grain::Hour, 1, true))))
            // "يوم الاثنين حوالي الساعة العاشرة", "(في) حدود الساعة العاشرة": an "about"
            // before "الساعة" still gives the day its hour
            || (self.fw(j) == Some(Fw::About)
                && self.t(j).is_some_and(|t| t.pre.is_empty() || t.pre == "ب")
                && matches!(self.w(j + 1), Some(W::Unit(Grain::Hour, 1, true))))
    }

    fn element(&self, f: &mut Frame, j: usize, first: bool) -> Option<usize> {
        let t = self.t(j)?;
        // a conjunction on the first word of a later element belongs to an enumeration
        if !first && t.has_wa() {
            return None;
        }
        // a day or month after a holiday's name is a date of its own, in apposition
        // ("المولد النبوي 12 ربيع الأول 1446هـ"), never a slot of the holiday
        if f.holiday.is_some() {
            return self
                .year(f, j, first)
                .or_else(|| self.weekday(f, j))
                .or_else(|| self.time(f, j))
                .or_else(|| self.pod(f, j));
        }
        self.holiday(f, j)
            .or_else(|| self.year_part(f, j))
            .or_else(|| self.decade(f, j))
            .or_else(|| self.whole_century(f, j))
            .or_else(|| self.season(f, j))
            .or_else(|| self.now(f, j))
            .or_else(|| self.digit_date(f, j))
            .or_else(|| self.time(f, j))
            .or_else(|| self.pod(f, j))
            .or_else(|| self.offset(f, j))
            .or_else(|| self.relday(f, j))
            .or_else(|| self.nth_prefix(f, j))
            .or_else(|| self.weekday(f, j))
            .or_else(|| self.week(f, j))
            .or_else(|| self.day_month(f, j, first))
            .or_else(|| self.month(f, j, first))
            .or_else(|| self.year(f, j, first))
            .or_else(|| self.position(f, j))
    }

    /// A month or a year at `k` that n units can be the first or last of: "رمضان", "شهر
    /// مارس 2024", "الشهر الماضي", "عام 2023", "العام الماضي", "2023", and "الشهر" / "العام"
    /// / "السنة" alone (the current one). Fills `f` and gives the index after it.
    fn period(&self, f: &mut Frame, k: usize) -> Option<usize> {
        if let Some((ms, e, _)) = self.month_spec(k, true) {
            f.month = Some(ms);
            // "من رمضان المقبل": the month's direction, else a year
            if let Some(e2) = self.month_direction(f, ms, e) {
                return Some(e2);
            }
            return Some(self.year(f, e, false).unwrap_or(e));
        }
        if matches!(self.w(k), Some(W::Unit(Grain::Month, 1, true))) {
            f.month = Some(MonthSpec::Rel(0));
            return Some(k + 1);
        }
        self.year_after(f, k)
    }

    /// "الربع الأول من 2024", "النصف الثاني من العام الجاري", "الثلث الأخير من عام 2023",
    /// "الربع المقبل": a definite الربع/الثلث/النصف, then an ordinal or "الأخير" and a year or
    /// a month (after an optional "من": "الثلث الأخير من الشهر", "النصف الأول من رمضان"), or
    /// a word placing it in time. Without a year or month an ordinal part is not a date
    /// ("الربع الأخير من المباراة", "الثلث الأخير من الليل"); the numbers extractor reads the same words as
    /// a period, not a fraction.
    fn year_part(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.part.is_some() || f.anchored() || f.pos.is_some() {
            return None;
        }
        let parts = match self.t(j)?.norm.as_ref() {
            "الربع" => 4,
            "الثلث" => 3,
            "النصف" => 2,
            // the Maghreb's quarter, only as below
            "الفصل" => return self.maghreb_quarter(f, j),
            _ => return None,
        };
        let k = j + 1;
        let rel = match self.w(k) {
            Some(W::Next) => Some(1),
            Some(W::Last) if !self.is(k, "الاخيره") && !self.is(k, "الاخيرين") => {
                Some(-1)
            }
            Some(W::Current) => Some(0),
            _ => None,
        };
        if let Some(rel) = rel {
            f.part = Some(YearPart::Rel { parts, k: rel });
            return Some(k + 1);
        }
        let (n, mut k) = if self.is(k, "الاخير") {
            (parts, k + 1)
        } else {
            let n = self.num(k)?;
            if !n.ordinal || !n.definite || n.digits || !(1..=i64::from(parts)).contains(&n.value) {
                return None;
            }
            (n.value as u8, n.end)
        };
        if self.fw(k) == Some(Fw::From) && self.t(k).is_some_and(|t| t.pre.is_empty()) {
            k += 1;
        }
        // "النصف الأول من العام" (the current year), "الربع الأول من 2024", and a part of a
        // month in days: "الثلث الأخير من الشهر" (the current month), "النصف الثاني من رمضان"
        let k2 = self.period(f, k)?;
        f.part = Some(YearPart::Nth { parts, n });
        Some(k2)
    }

    /// "الفصل الثالث من 2024", "الفصل الأول من العام الجاري", "الفصل الأخير من السنة
    /// الماضية", "الفصل الثاني 2023": the Maghreb's word for a quarter of a year, read only
    /// with an ordinal (one to four, or "الأخير") and a calendar year after it. "الفصل" is also
    /// a chapter, a school term and a season, so with no year it is no date ("الفصل الثالث من
    /// الرواية", "الفصل الأول من العام الدراسي", "الفصل المقبل"), nor with a month.
    fn maghreb_quarter(&self, f: &mut Frame, j: usize) -> Option<usize> {
        let k = j + 1;
        let (n, mut k) = if self.is(k, "الاخير") {
            (4, k + 1)
        } else {
            let n = self.num(k)?;
            if !n.ordinal || !n.definite || n.digits || !(1..=4).contains(&n.value) {
                return None;
            }
            (n.value as u8, n.end)
        };
        if self.fw(k) == Some(Fw::From) && self.t(k).is_some_and(|t| t.pre.is_empty()) {
            k += 1;
        }
        let e = self.year_after(f, k)?;
        f.part = Some(YearPart::Nth { parts: 4, n });
        Some(e)
    }

    /// "التسعينيات", "ثمانينيات القرن الماضي", "العشرينيات من القرن الحادي والعشرين". An age
    /// ("في الستينات من عمره") is not a decade.
    fn decade(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.decade.is_some() || f.anchored() {
            return None;
        }
        let d = match self.w(j) {
            Some(W::Decade(d)) => d,
            // "العقد الأول من القرن الحالي": the nth ten years of a century
            Some(W::DecadeWord) => {
                // "العقد الأخير من القرن العشرين": the tenth
                let (n, after) = if self.is(j + 1, "الاخير") {
                    (10, j + 2)
                } else {
                    let n = self.num(j + 1)?;
                    if !n.ordinal || !n.definite || !(1..=10).contains(&n.value) {
                        return None;
                    }
                    (n.value, n.end)
                };
                let of = if self.fw(after) == Some(Fw::From) {
                    after + 1
                } else {
                    after
                };
                let (c, e) = self.century(of).or_else(|| self.current_century(of))?;
                f.decade = Some((n as u8 - 1, Some(c)));
                return Some(e);
            }
            _ => return None,
        };
        let k = j + 1;
        let of = if self.fw(k) == Some(Fw::From) {
            k + 1
        } else {
            k
        };
        if self
            .t(of)
            .is_some_and(|t| t.norm.starts_with("عمر") || t.norm == "العمر" || t.norm == "اعمارهم")
        {
            return None;
        }
        match self.century(of) {
            Some((c, e)) => {
                f.decade = Some((d, Some(c)));
                Some(e)
            }
            None => {
                f.decade = Some((d, None));
                Some(k)
            }
        }
    }

    /// A century alone: "القرن التاسع عشر", "القرن الماضي", "القرن العشرين الميلادي". A Hijri
    /// century ("القرن الرابع الهجري") and one before the common era ("القرن الخامس قبل
    /// الميلاد") are no date here.
    fn whole_century(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.anchored() || f.century.is_some() {
            return None;
        }
        let (c, k) = self.century(j)?;
        // the era words a year may have; a year of 1 tells a BC marker (it becomes 0)
        let mut era = Frame {
            year: Some(1),
            ..Frame::default()
        };
        let end = self.era(&mut era, k);
        if era.era_hijri == Some(true) || era.year != Some(1) {
            return None;
        }
        f.century = Some(c);
        Some(end)
    }

    /// "القرن" with nothing to say which, after a word that needs a century ("مطلع القرن",
    /// "العقد الأول من القرن"): the current one. Not before an adjective ("القرن الأفريقي").
    fn current_century(&self, k: usize) -> Option<(Century, usize)> {
        let adjective = self
            .t(k + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.norm.starts_with("ال"));
        (self.is(k, "القرن") && !adjective).then_some((Century::Rel(0), k + 1))
    }

    /// "القرن الماضي", "القرن الحالي", "القرن العشرين", "القرن الحادي والعشرين", "القرن الـ20".
    fn century(&self, k: usize) -> Option<(Century, usize)> {
        if self.fw(k) == Some(Fw::This) && self.is(k + 1, "القرن") {
            return Some((Century::Rel(0), k + 2));
        }
        if !self.is(k, "القرن") {
            return None;
        }
        match self.w(k + 1) {
            Some(W::Last) if self.is(k + 1, "الماضي") || self.is(k + 1, "المنصرم") => {
                return Some((Century::Rel(-1), k + 2))
            }
            Some(W::Current) => return Some((Century::Rel(0), k + 2)),
            _ => {}
        }
        let at = if self.fw(k + 1) == Some(Fw::Article) {
            k + 2
        } else {
            k + 1
        };
        // "القرن XIX": a Roman numeral, as history writing gives centuries
        if at == k + 1 {
            if let Some(v) = self
                .t(at)
                .filter(|t| t.kind == Kind::Latin)
                .and_then(|t| roman(&t.norm))
            {
                return Some((Century::Abs((v - 1) * 100), at + 1));
            }
        }
        let n = self.num(at)?;
        // "القرن 19" and "القرن الـ19": digits name the century with or without the article
        // (not before a counted noun: "القرن 19 دولة" may count the Horn's countries)
        let said = n.definite || (n.digits && n.ndigits <= 2 && !self.counted_noun(n.end));
        if !said || !(1..=30).contains(&n.value) {
            return None;
        }
        Some((Century::Abs((n.value as i32 - 1) * 100), n.end))
    }

    /// A season: "صيف 2024", "خريف عام 2019", "شتاء العام المقبل" (of a year), "الصيف
    /// الماضي", "الربيع المقبل", "هذا الشتاء" (from the reference). "الصيف" alone is no date
    /// ("في الصيف تكثر الحرائق"), nor is "الربيع العربي".
    fn season(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.anchored() || f.pos.is_some() {
            return None;
        }
        let this = self.fw(j) == Some(Fw::This);
        let k = if this { j + 1 } else { j };
        let t = self.t(k)?;
        let (s, def) = match t.w()? {
            W::Season(s, def) => (s, def),
            // "ربيع 2024": "ربيع" is also the head of the month "ربيع الأول"
            W::MonthHead(_) if t.norm == "ربيع" && !this => (0, false),
            _ => return None,
        };
        if def {
            let (d, e) = if this {
                (0, k + 1)
            } else {
                (self.direction(k + 1)?, k + 2)
            };
            f.season = Some((s, Some(d)));
            return Some(e);
        }
        if this {
            return None;
        }
        // "شتاء 2023-2024": the winter that starts in December of the first year
        if let Some((y, e)) = self.two_years(k + 1) {
            if s != 3 {
                return None;
            }
            f.year = Some(y);
            f.two_years = true;
            f.season = Some((s, None));
            return Some(e);
        }
        let e = self.year_after(f, k + 1)?;
        f.season = Some((s, None));
        Some(e)
    }

    /// "منتصف آذار", "أوائل شهر مارس", "نهاية العام", "بداية الشهر المقبل".
    fn position(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.pos.is_some() || f.month.is_some() || f.year.is_some() || f.day.is_some() {
            return None;
        }
        // "النصف من شعبان", "في النصف من الشهر": the middle of the month, as "منتصف شعبان"
        // is (the 15th); only a month may follow ("النصف من الأصوات" is half of them)
        if self.is(j, "النصف")
            && self.fw(j + 1) == Some(Fw::From)
            && self.t(j + 1).is_some_and(|t| t.pre.is_empty())
        {
            let k = j + 2;
            let (ms, e) = match self.month_spec(k, true) {
                Some((ms, e, _)) => (ms, e),
                None if matches!(self.w(k), Some(W::Unit(Grain::Month, 1, true))) => {
                    (MonthSpec::Rel(0), k + 1)
                }
                None => return None,
            };
            f.pos = Some(Pos::Middle);
            f.month = Some(ms);
            return Some(self.month_direction(f, ms, e).unwrap_or(e));
        }
        let p = match self.w(j) {
            Some(W::Pos(p)) => p,
            // "آخر الشهر", "أول الأسبوع المقبل", "آخر السنة": the spoken end and start of a
            // period, only right before a definite month, week or year word ("آخر أسبوع",
            // "أول يناير" are read elsewhere)
            _ if self.t(j).is_some_and(|t| t.is("اخر") || t.is("اول"))
                && matches!(
                    self.w(j + 1),
                    Some(W::Unit(Grain::Month | Grain::Week | Grain::Year, 1, true))
                ) =>
            {
                if self.is(j, "اخر") {
                    Pos::End
                } else {
                    Pos::Begin
                }
            }
            _ => return None,
        };
        // "سنتين ونصف السنة" is two and a half years; "نصف"/"نص" is the middle of a month only
        let half = self.t(j).is_some_and(|t| t.norm == "نصف" || t.norm == "نص");
        if half && self.t(j).is_some_and(Tok::has_wa) {
            return None;
        }
        let k = j + 1;
        // "منتصف الليل", "منتصف ليل أمس": the midnight that ends the day
        if p == Pos::Middle
            && f.hour.is_none()
            && matches!(
                self.t(k).map(|t| t.norm.as_ref()),
                Some("الليل" | "ليل" | "الليله" | "ليله")
            )
        {
            f.hour = Some(0);
            f.minute = Some(0);
            f.midnight = true;
            // "منتصف الليل بتوقيت مكة" was read in the reference's zone
            return Some(self.zone(f, k + 1));
        }
        if let Some((ms, k2, _)) = self.month_spec(k, true) {
            f.pos = Some(p);
            f.month = Some(ms);
            // "منتصف رمضان المقبل", "أواخر أكتوبر الماضي"
            return Some(self.month_direction(f, ms, k2).unwrap_or(k2));
        }
        if half {
            return None;
        }
        // "أوائل التسعينيات", "منتصف ثمانينيات القرن الماضي"
        if matches!(self.w(k), Some(W::Decade(_))) {
            let k2 = self.decade(f, k)?;
            f.pos = Some(p);
            return Some(k2);
        }
        // "أواخر القرن التاسع عشر", "منتصف القرن الماضي"; "مطلع القرن" alone is the current
        // century, as "مطلع العام" is the current year
        if matches!(self.w(k), Some(W::Century)) {
            let k2 = self.whole_century(f, k).or_else(|| {
                let (c, e) = self.current_century(k)?;
                f.century = Some(c);
                Some(e)
            })?;
            f.pos = Some(p);
            return Some(k2);
        }
        // "مطلع الأسبوع المقبل", "نهاية الأسبوع" (the weekend), "منتصف هذا الأسبوع": a
        // week relative to the reference, "الأسبوع" alone the current one
        if let Some(k2) = self.week_here(f, k) {
            f.pos = Some(p);
            return Some(k2);
        }
        // a year ("أواخر 2023", "نهاية العام الماضي"; "العام" alone is the current one) or
        // "الشهر" alone (the current month)
        let k2 = self.period(f, k)?;
        f.pos = Some(p);
        Some(k2)
    }
}

/// The value of a Roman numeral from I to XXX (either case), written the standard way ("IIII"
/// and "VX" are refused).
fn roman(s: &str) -> Option<i32> {
    const TENS: [&str; 4] = ["", "x", "xx", "xxx"];
    const UNITS: [&str; 10] = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    let low = s.to_ascii_lowercase();
    (1..=30).find(|&v: &i32| {
        let (t, u) = (v / 10, v % 10);
        TENS.get(t as usize)
            .zip(UNITS.get(u as usize))
            .is_some_and(|(t, u)| {
                low.len() == t.len() + u.len() && low.starts_with(t) && low.ends_with(u)
            })
    })
}
