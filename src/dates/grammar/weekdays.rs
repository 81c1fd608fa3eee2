//! Weekdays: "الأحد", "يوم الاثنين", "الجمعة المقبلة", "الخميس قبل الماضي", "الجمعة الأخيرة من
//! شهر مارس", "الثلاثاء الثالث".

use super::{Frame, Parser};
use crate::dates::lexicon::{Fw, W};
use crate::dates::scan::Tok;
use crate::dates::Grain;

impl<'t> Parser<'t> {
    pub(super) fn weekday(&self, f: &mut Frame, j: usize) -> Option<usize> {
        // a weekday after a month without a day is a date of its own: "يحل شهر رمضان يوم
        // الاثنين" (Ramadan begins on Monday) is not a Monday of Ramadan, and "يوم الاثنين
        // 11 مارس" after it keeps its day ("الجمعة الأولى من رمضان" puts the weekday first)
        if f.weekday.is_some() || f.day.is_some() || f.month.is_some() {
            return None;
        }
        let mut k = j;
        let mut this = false;
        if self.fw(k) == Some(Fw::This) {
            this = true;
            k += 1;
        }
        if self.is(k, "يوم")
            && self.t(k).is_some_and(|t| t.pre.is_empty() || k == j)
            && matches!(self.w(k + 1), Some(W::Weekday(..)))
        {
            k += 1;
        }
        let after_yawm = k > 0 && self.is(k - 1, "يوم");
        let (wd, def) = match self.w(k)? {
            W::Weekday(d, def) => (d, def),
            _ => return None,
        };
        let next = self.t(k + 1);
        // "الأحد عشر" is eleven; "أحد" without the article is "one of"
        if next.is_some_and(|n| n.norm == "عشر" || n.norm == "عشره" || n.norm == "معا") {
            return None;
        }
        if k > 0 {
            if let Some(p) = self.t(k - 1) {
                if matches!(p.norm.as_ref(), "كلا" | "كلتا" | "هذين" | "هذان" | "الواحد")
                {
                    return None;
                }
            }
        }
        if !def {
            let week_follows = matches!(self.w(k + 1), Some(W::Unit(Grain::Week, 1, true)));
            if !(week_follows || after_yawm) {
                return None;
            }
            if this {
                return None;
            }
        }
        f.weekday = Some(wd);
        k += 1;
        // "الخميس قبل الماضي": the one before last; "الجمعة بعد المقبلة": the one after next
        if let Some(d) = self.two_away(k) {
            f.wd_mod = d as i8;
            return Some(k + 2);
        }
        match self.w(k) {
            Some(W::Next) => {
                f.wd_mod = 1;
                k += 1;
            }
            // "الجمعة الأخيرة من شهر مارس": the last Friday of the month, not the last one
            // before the reference ("الجمعة الأخيرة" alone)
            Some(W::Last) if self.is(k, "الاخيره") && self.month_follows(k + 1) => {
                f.wd_ord = Some(-1);
                k += 1;
            }
            Some(W::Last) => {
                f.wd_mod = -1;
                k += 1;
            }
            Some(W::LastOrd) if self.is(k, "الاخير") => {
                f.wd_ord = Some(-1);
                k += 1;
            }
            _ => {
                if let Some(n) = self.num(k) {
                    if n.ordinal && n.definite && !n.digits && (1..=31).contains(&n.value) {
                        f.wd_ord = Some(n.value);
                        k = n.end;
                    }
                }
                // "الاثنين والثلاثاء الماضيين": the modifier after an enumeration applies here too
                let mut e = k;
                while e < k + 6
                    && self.t(e).is_some_and(Tok::has_wa)
                    && matches!(self.w(e), Some(W::Weekday(_, true)))
                {
                    e += 1;
                }
                if e > k {
                    match self.w(e) {
                        Some(W::Last) => f.wd_mod = -1,
                        Some(W::Next) => f.wd_mod = 1,
                        _ => {}
                    }
                }
            }
        }
        Some(k)
    }

    /// Whether "من" or "في" and a month start at `k` ("من رمضان", "في الشهر المقبل", "من
    /// الشهر": the current one).
    fn month_follows(&self, k: usize) -> bool {
        matches!(self.fw(k), Some(Fw::From | Fw::In))
            && self.t(k).is_some_and(|t| t.pre.is_empty())
            && (self.month_spec(k + 1, true).is_some()
                || matches!(self.w(k + 1), Some(W::Unit(Grain::Month, 1, true))))
    }
}
