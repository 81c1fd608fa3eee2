//! Counts of units of time: "ثلاثة أيام", "يومين", "24 ساعة", "نصف ساعة", "عقدين", "يومين ونصف".

use super::Parser;
use crate::dates::lexicon::W;
use crate::dates::scan::Kind;
use crate::dates::Grain;

impl<'t> Parser<'t> {
    /// "ونصف", "و نصف", "ونص", "ونصف الساعة" after a count of `g` units: the index after it.
    /// A half second is not counted.
    pub(super) fn half_after(&self, k: usize, g: Grain) -> Option<usize> {
        if g == Grain::Second {
            return None;
        }
        let t = self.t(k)?;
        let at = if t.kind == Kind::Word && t.norm == "و" && t.pre.is_empty() {
            k + 1
        } else if t.has_wa() && t.pre == "و" {
            k
        } else {
            return None;
        };
        let h = self.t(at)?;
        if h.kind != Kind::Word
            || !(h.norm == "نصف" || h.norm == "نص")
            || (at > k && !h.pre.is_empty())
        {
            return None;
        }
        if matches!(self.w(at + 1), Some(W::Unit(g2, 1, true)) if g2 == g) {
            return Some(at + 2);
        }
        // "قبل يومين ونصف الأعضاء غائبون": half of a noun, not of the unit
        let noun_follows = self.t(at + 1).is_some_and(|n| {
            n.kind == Kind::Word && n.norm.starts_with("ال") && n.w().is_none() && !n.num_word
        });
        (!noun_follows).then_some(at + 1)
    }

    /// Decades counted at `k`, in years, and the index after them: "عقدين" (20), "ثلاثة عقود",
    /// "3 عقود" (30), "عقد من الزمن" (10), "عقد ونصف" (15). The singular "عقد" counts only
    /// before "من الزمن", "ونصف", a punctuation mark or the end ("بعد عقد الاجتماع" is
    /// "after holding the meeting", "منذ عقد كامل" unread).
    fn decades(&self, k: usize) -> Option<(i64, usize)> {
        let (n, mut e) = match self.w(k) {
            Some(W::Decades(2, false)) => (2, k + 1),
            Some(W::Decades(1, false)) if self.t(k)?.norm == "عقد" => (1, k + 1),
            _ => {
                let n = self.num(k)?;
                if n.ordinal || n.value <= 0 || n.value > 1000 {
                    return None;
                }
                match self.w(n.end)? {
                    W::Decades(c, false) if c != 2 => (n.value, n.end + 1),
                    _ => return None,
                }
            }
        };
        let mut years = 10 * n;
        // "عقد ونصف": five years more
        if let Some(h) = self.half_after(e, Grain::Year) {
            years += 5;
            e = h;
        }
        // "عقد من الزمن", "عقدين من الزمن"
        if self.counted_from(e) && self.is(e + 1, "الزمن") {
            e += 2;
        } else if n == 1
            && self.w(k) == Some(W::Decades(1, false))
            && e == k + 1
            && !self.t(e).is_none_or(|t| t.kind == Kind::Punct)
        {
            return None;
        }
        Some((years, e))
    }

    /// A count and a unit: "ثلاثة أيام", "يومين", "أسبوع", "24 ساعة"; or a part of one unit:
    /// "نصف ساعة", "ربع ساعة", "نصف يوم", "نصف الشهر".
    pub(crate) fn duration(&self, k: usize) -> Option<(i64, Grain, usize)> {
        if let Some(part) = self.part_of_unit(k) {
            return Some(part);
        }
        if let Some((years, e)) = self.decades(k) {
            return Some((years, Grain::Year, e));
        }
        if let Some(W::Unit(g, c, false)) = self.w(k) {
            if c == 1 || c == 2 {
                // "منذ عام 2011", "خلال شهر غشت", "بعد يوم الأحد", "خلال سنتي 2200": a date follows
                let names_a_date = self.t(k + 1).is_some_and(|t| t.kind == Kind::Digits)
                    || g == Grain::Year
                        && self
                            .num(k + 1)
                            .is_some_and(|n| !n.digits && (1000..=2200).contains(&n.value))
                    || matches!(
                        self.w(k + 1),
                        Some(W::Month(..) | W::MonthHead(_) | W::Weekday(..) | W::RelDay(_))
                    );
                if names_a_date {
                    return None;
                }
                return Some((i64::from(c), g, k + 1));
            }
        }
        let n = self.num(k)?;
        if n.ordinal || n.value <= 0 || n.value > 10_000 {
            return None;
        }
        match self.w(n.end)? {
            W::Unit(g, c, false) if c != 2 => Some((n.value, g, n.end + 1)),
            _ => None,
        }
    }

    /// "نصف ساعة" (30 minutes), "ربع ساعة" (15), "ثلث ساعة" (20), and half of any other unit
    /// in the next smaller one ("نصف يوم" 12 hours, "نصف أسبوع" 84, "نصف شهر" 15 days, "نصف
    /// سنة" 6 months, as "ونصف" counts them; seconds are no date, so not "نصف دقيقة"): the
    /// amount, its grain and the index after the unit.
    fn part_of_unit(&self, k: usize) -> Option<(i64, Grain, usize)> {
        let t = self.t(k)?;
        if t.kind != Kind::Word || !t.pre.is_empty() {
            return None;
        }
        let Some(W::Unit(g, 1, _)) = self.w(k + 1) else {
            return None;
        };
        let part = match t.norm.as_ref() {
            "نصف" | "نص" => 2,
            "ربع" if g == Grain::Hour => 4,
            "ثلث" | "تلت" if g == Grain::Hour => 3,
            _ => return None,
        };
        let (n, g) = match (g, part) {
            (Grain::Hour, p) => (60 / p, Grain::Minute),
            (Grain::Day, _) => (12, Grain::Hour),
            (Grain::Week, _) => (84, Grain::Hour),
            (Grain::Month, _) => (15, Grain::Day),
            (Grain::Year, _) => (6, Grain::Month),
            _ => return None,
        };
        Some((n, g, k + 2))
    }
}
