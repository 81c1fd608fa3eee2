//! Positions in a period: "منتصف آذار", "أوائل شهر مارس", "نهاية العام", "بداية الشهر المقبل", "النصف
//! من شعبان", "منتصف الليل", and the month or year that a position, a part or a span is of.

use super::{Frame, MonthSpec, Parser};
use crate::dates::lexicon::{Fw, Pos, W};
use crate::dates::scan::Tok;
use crate::dates::Grain;

impl<'t> Parser<'t> {
    /// A month or a year at `k` that n units can be the first or last of: "رمضان", "شهر
    /// مارس 2024", "الشهر الماضي", "عام 2023", "العام الماضي", "2023", and "الشهر" / "العام"
    /// / "السنة" alone (the current one). Fills `f` and gives the index after it.
    pub(super) fn period(&self, f: &mut Frame, k: usize) -> Option<usize> {
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

    /// "منتصف آذار", "أوائل شهر مارس", "نهاية العام", "بداية الشهر المقبل".
    pub(super) fn position(&self, f: &mut Frame, j: usize) -> Option<usize> {
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
