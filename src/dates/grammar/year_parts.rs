//! Quarters, thirds and halves of a year or a month: "الربع الأول من 2024", "النصف الثاني من رمضان",
//! "الربع المقبل", and the Maghreb's quarter "الفصل الثالث من 2023".

use super::{Frame, Parser, YearPart};
use crate::dates::lexicon::{Fw, W};

impl<'t> Parser<'t> {
    /// "الربع الأول من 2024", "النصف الثاني من العام الجاري", "الثلث الأخير من عام 2023",
    /// "الربع المقبل": a definite الربع/الثلث/النصف, then an ordinal or "الأخير" and a year or
    /// a month (after an optional "من": "الثلث الأخير من الشهر", "النصف الأول من رمضان"), or
    /// a word placing it in time. Without a year or month an ordinal part is not a date
    /// ("الربع الأخير من المباراة", "الثلث الأخير من الليل"); the numbers extractor reads the same words as
    /// a period, not a fraction.
    pub(super) fn year_part(&self, f: &mut Frame, j: usize) -> Option<usize> {
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
}
