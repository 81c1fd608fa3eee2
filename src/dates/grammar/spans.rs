//! Spans of whole units: around the reference ("الأيام الثلاثة الماضية", "خلال الساعات الـ24
//! الماضية", "العقد المقبل") or at an end of a period ("العشر الأواخر من رمضان").

use super::{Frame, OffKind, Parser};
use crate::dates::lexicon::{Fw, W};
use crate::dates::Grain;

impl<'t> Parser<'t> {
    pub(super) fn span(&self, f: &mut Frame, j: usize) -> Option<usize> {
        // "العشر الأواخر من رمضان", "العشر الأوائل من ذي الحجة": ten days of a period
        if self.is(j, "العشر") {
            return self.span_tail(f, 10, Grain::Day, j + 1);
        }
        // "العقد الماضي", "خلال العقد المقبل": the ten years before or after the current one,
        // as "السنوات العشر الماضية" (not "العقد السابق", most often a contract)
        if self.w(j) == Some(W::DecadeWord) {
            let n = match self.t(j + 1)?.norm.as_ref() {
                "الماضي" | "المنصرم" => -10,
                "المقبل" | "القادم" => 10,
                _ => return None,
            };
            f.offset = Some((n, Grain::Year, OffKind::Span));
            return Some(j + 2);
        }
        // "العقدين الماضيين", "العقود الثلاثة المقبلة": ten years a decade
        match self.w(j) {
            Some(W::Decades(2, true)) => return self.span_tail(f, 20, Grain::Year, j + 1),
            Some(W::Decades(0, true)) => {
                let k = j + 1 + usize::from(self.fw(j + 1) == Some(Fw::Article));
                let n = self.num(k)?;
                if n.ordinal || n.value <= 0 || n.value > 100 {
                    return None;
                }
                return self.span_tail(f, 10 * n.value, Grain::Year, n.end);
            }
            _ => {}
        }
        // plural definite unit + [ال] number + next/last
        let (g, mut k) = match self.w(j) {
            // "الشهرين الماضيين", "اليومين المقبلين"
            Some(W::Unit(g, 2, true)) => return self.span_tail(f, 2, g, j + 1),
            Some(W::Unit(g, 0, true)) => (g, j + 1),
            _ => {
                // "الـ24 ساعة الماضية"
                let mut k = j;
                if self.fw(k) == Some(Fw::Article) {
                    k += 1;
                }
                let n = self.num(k)?;
                if n.ordinal || n.value <= 0 {
                    return None;
                }
                let g = match self.w(n.end)? {
                    W::Unit(g, _, false) => g,
                    _ => return None,
                };
                return self.span_tail(f, n.value, g, n.end + 1);
            }
        };
        if self.fw(k) == Some(Fw::Article) {
            k += 1;
        }
        let n = self.num(k)?;
        if n.ordinal || n.value <= 0 || n.value > 10_000 {
            return None;
        }
        self.span_tail(f, n.value, g, n.end)
    }

    /// The direction word at `k` after "n units" and what follows it: "الماضية" / "المقبلة"
    /// count from now ("الأيام الثلاثة الماضية"); "الأخيرة" / "الأولى" + "من" + a month or year
    /// are the last or first n units of it ("الأيام العشرة الأخيرة من رمضان"), and + "من"
    /// anything else are counted from an event ("الأيام العشرة الأخيرة من الحملة": no date).
    fn span_tail(&self, f: &mut Frame, n: i64, g: Grain, k: usize) -> Option<usize> {
        let t = self.t(k)?;
        let of_end = matches!(t.norm.as_ref(), "الاخيره" | "الاخيرين" | "الاواخر");
        let of_start = matches!(t.norm.as_ref(), "الاولي" | "الاوايل" | "الاولين");
        let sign = match t.w() {
            _ if of_end => -1,
            _ if of_start => 1,
            Some(W::Next) => 1,
            Some(W::Last) => -1,
            _ => return None,
        };
        let of = self.t(k + 1).is_some_and(|t| t.pre.is_empty())
            && matches!(self.fw(k + 1), Some(Fw::From | Fw::In));
        if of_end || of_start {
            if of {
                if let Some(e) = self.period(f, k + 2) {
                    f.offset = Some((sign * n, g, OffKind::InPeriod));
                    return Some(e);
                }
                if self.fw(k + 1) == Some(Fw::From) {
                    return None;
                }
            }
            // "الأيام الأولى" and "العشر الأواخر" say nothing without their period
            if of_start || self.is(k - 1, "العشر") || t.norm == "الاواخر" {
                return None;
            }
        }
        f.offset = Some((sign * n, g, OffKind::Span));
        Some(k + 1)
    }
}
