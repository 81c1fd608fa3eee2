//! A day and its month: "15 مارس", "الخامس عشر من آذار", "13 الى 15 تموز", "غرة رمضان", "25
//! الجاري", and days joined before their month ("بين 3 و5 آب", "14 و15 و16 مايو").

use super::{Frame, Parser};
use crate::dates::lexicon::{Fw, W};
use crate::dates::numbers::Num;
use crate::dates::scan::{Kind, Tok};

/// Words that name the first day of the month they come before (folded): "غرة رمضان", and
/// "فاتح" as Morocco, Algeria and Tunisia write it ("فاتح يوليوز 2024", "فاتح محرم"). Only
/// without a clitic, and only before a month (`day_num`'s callers want one after it).
pub(crate) const FIRST_DAY_WORDS: &[&str] = &["غره", "فاتح"];

/// Whether `t` is one of [`FIRST_DAY_WORDS`], with no clitic glued to it.
pub(crate) fn first_day_word(t: &Tok) -> bool {
    t.kind == Kind::Word && t.pre.is_empty() && FIRST_DAY_WORDS.contains(&t.norm.as_ref())
}

impl<'t> Parser<'t> {
    /// A day number (digits 1–31 or an ordinal word) with an optional range.
    pub(super) fn day_num(&self, k: usize) -> Option<(u8, Option<u8>, usize)> {
        let t = self.t(k)?;
        if t.kind == Kind::Digits && t.norm.contains('-') {
            let mut p = t.norm.split('-');
            let a = p.next()?.parse::<u8>().ok()?;
            let b = p.next()?.parse::<u8>().ok()?;
            if p.next().is_some() || !(1..=31).contains(&a) || !(1..=31).contains(&b) || b <= a {
                return None;
            }
            return Some((a, Some(b), k + 1));
        }
        // "غرة رمضان", the Maghrebi "فاتح يوليوز": the first day of the month
        if first_day_word(t) {
            return Some((1, None, k + 1));
        }
        // "آيفون 16 الشهر المقبل": a model number, no day
        if self.model_number(k) {
            return None;
        }
        let n = self.num(k)?;
        if !(1..=31).contains(&n.value) || (n.digits && n.ndigits > 2) || (!n.digits && !n.ordinal)
        {
            return None;
        }
        let mut end = n.end;
        let mut day_end = None;
        // range: "13 - 15", "13 الى 15", "الثالث والعشرون وحتى السادس والعشرين"
        let sep = self.punct(end, "-") || matches!(self.fw(end), Some(Fw::To | Fw::Until));
        if sep {
            if let Some(n2) = self.num(end + 1) {
                if (1..=31).contains(&n2.value)
                    && n2.value > n.value
                    && n2.digits == n.digits
                    && (n2.digits || n2.ordinal)
                {
                    day_end = Some(n2.value as u8);
                    end = n2.end;
                }
            }
        }
        Some((n.value as u8, day_end, end))
    }

    /// "بين 3 و5 آب": two day numbers joined by و, then a month (after "بين").
    pub fn between_days(&self, j: usize) -> Option<(Frame, usize)> {
        let a = self.num(j)?;
        let mut k = a.end;
        if self.is(k, "و") {
            k += 1;
        } else if !self.t(k).is_some_and(Tok::has_wa) {
            return None;
        }
        let b = self.num(k)?;
        let ok = |n: &Num| {
            (1..=31).contains(&n.value) && (n.digits || n.ordinal) && (!n.digits || n.ndigits <= 2)
        };
        if !ok(&a) || !ok(&b) || b.value <= a.value {
            return None;
        }
        let mut k = b.end;
        if self.fw(k) == Some(Fw::From) {
            k += 1;
        }
        let (ms, mut e, _) = self.month_spec(k, true)?;
        let mut f = Frame {
            day: Some(a.value as u8),
            day_end: Some(b.value as u8),
            month: Some(ms),
            ..Frame::default()
        };
        if let Some(k2) = self.year(&mut f, e, false) {
            e = k2;
        }
        Some((f, e))
    }

    /// Days joined by "و" before their month, from `j`: "1 و2 يونيو", "14 و15 و16 مايو
    /// 2025" (each later than the one before, at most 31 of them). The frame holds the first day
    /// and the last as `day_end`; with it, whether the days follow one another and the index
    /// after the first day's number (for a caller that gives the first alone when they do
    /// not), and the index after the month and year.
    pub fn days_joined(&self, j: usize) -> Option<(Frame, bool, usize, usize)> {
        let ok = |n: &Num| {
            (1..=31).contains(&n.value) && (n.digits || n.ordinal) && (!n.digits || n.ndigits <= 2)
        };
        let a = self.num(j)?;
        if !ok(&a) {
            return None;
        }
        let (mut last, mut k, mut consecutive) = (a.value, a.end, true);
        for _ in 0..31 {
            let at = if self.is(k, "و") {
                k + 1
            } else if self.t(k).is_some_and(Tok::has_wa) {
                k
            } else {
                break;
            };
            let Some(b) = self.num(at).filter(|b| ok(b) && b.value > last) else {
                break;
            };
            consecutive &= b.value == last + 1;
            last = b.value;
            k = b.end;
        }
        if last == a.value {
            return None;
        }
        if self.fw(k) == Some(Fw::From) {
            k += 1;
        }
        let (ms, mut e, _) = self.month_spec(k, true)?;
        let mut f = Frame {
            day: Some(a.value as u8),
            day_end: Some(last as u8),
            month: Some(ms),
            ..Frame::default()
        };
        if let Some(k2) = self.year(&mut f, e, false) {
            e = k2;
        }
        Some((f, consecutive, a.end, e))
    }

    /// Day then month: "15 مارس", "الخامس عشر من آذار", "13 الى 15 تموز", "الـ 20 الشهر الجاري".
    pub(super) fn day_month(&self, f: &mut Frame, j: usize, _first: bool) -> Option<usize> {
        if f.day.is_some() || f.month.is_some() || f.nth.is_some() {
            return None;
        }
        let (d, de, mut k) = self.day_num(j)?;
        if let (Some(t), Some(p)) = (self.t(j), j.checked_sub(1).and_then(|p| self.t(p))) {
            let ordinal_word = t.kind == Kind::Word && t.norm.starts_with("ال");
            let after_definite_noun = p.kind == Kind::Word
                && p.norm.starts_with("ال")
                && p.norm != "ال"
                && !matches!(
                    p.w(),
                    Some(W::F(_) | W::Weekday(..) | W::RelDay(_) | W::Pod(_))
                )
                // "عيد الفطر هذا العام العاشر من أبريل": the noun closes a date of its own
                // ("هذا العام"), and the ordinal starts the next (it gave "أبريل" alone)
                && !(matches!(p.w(), Some(W::Unit(..)))
                    && j.checked_sub(2).and_then(|q| self.fw(q)) == Some(Fw::This));
            if ordinal_word && after_definite_noun && t.pre.is_empty() {
                return None;
            }
        }
        if self.fw(k) == Some(Fw::From) || self.punct(k, "،") || self.punct(k, ",") {
            k += 1;
        }
        let (ms, mut k2, _) = self
            .month_spec(k, true)
            .or_else(|| self.current_month_alone(j, k))?;
        f.day = Some(d);
        f.day_end = de;
        f.month = Some(ms);
        // "آذار الماضي" / "المقبل" (after the day)
        if let Some(k3) = self.month_direction(f, ms, k2) {
            k2 = k3;
        }
        Some(k2)
    }
}
