//! Now and the days around the reference: "الآن", "اليوم", "أمس", "غدا", "بعد غد", "أول من أمس",
//! "أمس الأول", "اليوم التالي".

use super::{Frame, NthOf, Parser};
use crate::dates::lexicon::{Fw, W};
use crate::dates::scan::Kind;

impl<'t> Parser<'t> {
    pub(super) fn now(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.now || f.anchored() {
            return None;
        }
        match self.w(j)? {
            W::Now if !self.is(j, "اللحظه") && !self.t(j).is_some_and(|t| t.lead_madda) => {
                f.now = true;
                Some(j + 1)
            }
            W::F(Fw::This) if self.is(j + 1, "اللحظه") => {
                f.now = true;
                Some(j + 2)
            }
            _ => None,
        }
    }

    fn relday_word(&self, k: usize) -> Option<i64> {
        match self.w(k)? {
            W::RelDay(d) if d != 0 => Some(i64::from(d)),
            _ => None,
        }
    }

    pub(super) fn relday(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.rel_day.is_some() || f.day.is_some() {
            return None;
        }
        let t = self.t(j)?;
        let mut k = j;
        let day_word = t.is("اليوم") || t.is("يوم");
        if day_word {
            k += 1;
            if matches!(self.fw(k), Some(Fw::Which | Fw::To)) {
                k += 1;
            }
        } else if self.fw(j) == Some(Fw::This) && self.is(j + 1, "اليوم") {
            f.rel_day = Some(0);
            return Some(j + 2);
        }
        // بعد غد / قبل أمس / أول أمس / أول من أمس / الأول من أمس ("الأول أمس" is "first,
        // yesterday": "حل الأول أمس")
        let first =
            self.is(k, "اول") || (self.is(k, "الاول") && self.fw(k + 1) == Some(Fw::From) && k == j);
        let shift = match self.fw(k) {
            Some(Fw::After) => Some(1),
            Some(Fw::Before) => Some(-1),
            _ if first => Some(-1),
            _ => None,
        };
        if let Some(s) = shift {
            let mut k2 = k + 1;
            if first && self.fw(k2) == Some(Fw::From) {
                k2 += 1;
            }
            if let Some(d) = self.relday_word(k2) {
                if d.signum() == s || (first && d < 0) {
                    f.rel_day = Some(d + s);
                    return Some(k2 + 1);
                }
            }
        }
        if day_word && k == j + 1 && t.is("يوم") {
            // "يوم غد", "يوم أمس"
            let d = self.relday_word(j + 1)?;
            f.rel_day = Some(d);
            return Some(j + 2);
        }
        if t.is("اليوم") {
            // "اليوم الماضي", "اليوم التالي"; "اليوم الوطني" is not today
            if let Some(d) = self.direction(j + 1).filter(|&d| d != 0) {
                f.rel_day = Some(i64::from(d));
                return Some(j + 2);
            }
            if let Some(n) = self.t(j + 1) {
                // "اليوم الثالث من أكتوبر", "اليوم الثاني من عيد الأضحى"
                if self.num(j + 1).is_some_and(|n| n.ordinal) || matches!(n.w(), Some(W::LastOrd)) {
                    return self.nth_suffix(f, j, NthOf::Day);
                }
                if n.kind == Kind::Word
                    && n.pre.is_empty()
                    && n.norm.starts_with("ال")
                    && n.w().is_none()
                    && !n.norm.starts_with("الساع")
                {
                    return None;
                }
            }
            // "في اليوم نفسه" is the day of an event told before; "مرتين في اليوم", "4 غرامات
            // في اليوم" are per day: "اليوم" after "في" is no today
            if self.is(j + 1, "نفسه") || self.is(j + 1, "ذاته") {
                return None;
            }
            if t.pre.is_empty()
                && j.checked_sub(1).is_some_and(|p| {
                    self.fw(p) == Some(Fw::In)
                        && self.is(p, "في")
                        && self.t(p).is_some_and(|x| x.pre.is_empty() || x.pre == "و")
                })
            {
                return None;
            }
            f.rel_day = Some(0);
            return Some(j + 1);
        }
        match t.w()? {
            W::RelDay(-1) if self.is(j + 1, "الاول") => {
                // "أمس الأول": the day before yesterday
                f.rel_day = Some(-2);
                Some(j + 2)
            }
            // "بكرة القدم" is "with the football", not "tomorrow"
            W::RelDay(_)
                if matches!(t.norm.as_ref(), "بكره" | "بكرا")
                    && self.t(j + 1).is_some_and(|n| {
                        n.kind == Kind::Word && n.norm.starts_with("ال") && n.w().is_none()
                    }) =>
            {
                None
            }
            // (a today other than "اليوم", read above: Egypt's "النهارده")
            W::RelDay(d) => {
                f.rel_day = Some(i64::from(d));
                Some(j + 1)
            }
            _ => None,
        }
    }
}
