//! The nth day, weekday or week of a month: "اليوم الثالث من أكتوبر", "أول أيام رمضان", "ثالث
//! ثلاثاء من الشهر", "آخر جمعة من مارس", and the nth weekday after a date ("ثالث ثلاثاء بعد عيد
//! الميلاد").

use super::{Frame, MonthSpec, NthOf, Parser};
use crate::dates::lexicon::{Fw, W};
use crate::dates::Grain;

impl<'t> Parser<'t> {
    /// "اليوم الثالث من أكتوبر", "الأسبوع الأخير من سبتمبر": the noun at `j`, then an
    /// ordinal or "الأخير", then a month.
    pub(super) fn nth_suffix(&self, f: &mut Frame, j: usize, of: NthOf) -> Option<usize> {
        let (n, k) = match self.w(j + 1) {
            Some(W::LastOrd) if self.is(j + 1, "الاخير") => (-1, j + 2),
            _ => {
                let n = self.num(j + 1)?;
                if !n.ordinal || n.digits || !(1..=31).contains(&n.value) {
                    return None;
                }
                (n.value, n.end)
            }
        };
        if of == NthOf::Day {
            if let Some(e) = self.holiday_day(f, n, k) {
                return Some(e);
            }
        }
        let (ms, k2) = self.month_after(f, k)?;
        f.nth = Some((n, of));
        f.month = Some(ms);
        Some(k2)
    }

    /// A month after an optional "من"/"في" (or a clitic ب/ل on the month word), with its
    /// direction ("من رمضان المقبل") put in `f`.
    fn month_after(&self, f: &mut Frame, k: usize) -> Option<(MonthSpec, usize)> {
        let k1 = if matches!(self.fw(k), Some(Fw::From | Fw::In)) {
            k + 1
        } else {
            k
        };
        let (ms, k2, _) = self.month_spec(k1, true)?;
        let k2 = self.month_direction(f, ms, k2).unwrap_or(k2);
        Some((ms, k2))
    }

    /// "أول/ثاني/ثالث/آخر" + weekday / يوم / أسبوع + of a month.
    pub(super) fn nth_prefix(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.nth.is_some() || f.day.is_some() || f.weekday.is_some() {
            return None;
        }
        let t = self.t(j)?;
        let n = if t.is("اخر") {
            -1
        } else {
            let n = self.num(j)?;
            if !n.ordinal || n.definite || n.digits || n.end != j + 1 || n.value > 5 {
                return None;
            }
            n.value
        };
        let mut k = j + 1;
        let of = match self.w(k)? {
            // "أول أيام رمضان", "ثاني أيام عيد الفطر", "آخر أيام شهر رمضان"
            W::Unit(Grain::Day, 0, false) => {
                if let Some(e) = self.holiday_day(f, n, k + 1) {
                    return Some(e);
                }
                let (ms, e) = self.month_after(f, k + 1)?;
                f.nth = Some((n, NthOf::Day));
                f.month = Some(ms);
                return Some(e);
            }
            W::Weekday(d, false) => {
                k += 1;
                NthOf::Weekday(d)
            }
            W::Unit(Grain::Day, 1, false) => {
                k += 1;
                if let Some(W::Weekday(d, _)) = self.w(k) {
                    k += 1;
                    NthOf::Weekday(d)
                } else {
                    NthOf::Day
                }
            }
            W::Unit(Grain::Week, 1, false) => {
                k += 1;
                NthOf::Week
            }
            _ => return None,
        };
        let after_anchor = n > 0 && self.fw(k) == Some(Fw::After) && !self.nested.get();
        if let (NthOf::Weekday(d), true) = (of, after_anchor) {
            // "ثالث ثلاثاء بعد عيد الميلاد 2014" (one level only: no recursion on long chains)
            self.nested.set(true);
            let anchor = self.frame(k + 1);
            self.nested.set(false);
            if let Some((anchor, k2)) = anchor {
                if anchor.offset.is_none() && anchor.after.is_none() {
                    f.nth = Some((n, of));
                    f.weekday = Some(d);
                    f.after = Some(Box::new(anchor));
                    return Some(k2);
                }
            }
        }
        let (ms, k2) = self.month_after(f, k)?;
        f.nth = Some((n, of));
        if let NthOf::Weekday(d) = of {
            f.weekday = Some(d);
        }
        f.month = Some(ms);
        Some(k2)
    }
}
