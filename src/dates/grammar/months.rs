//! Months: the names of the three series ("مارس", "آذار", "رمضان", "مارس / آذار"), "شهر 3", "الشهر
//! المقبل", "هذا الشهر", "مارس الماضي", and a month first ("مارس 2021", "تموز 13 الى 15").

use super::{Frame, MonthSpec, Parser};
use crate::dates::lexicon::{month_pair, Fw, W};
use crate::dates::scan::{Kind, Tok};
use crate::dates::Grain;

/// Prepositions after which a weak month name ("مارس", "نيسان", "رمضان") is a month.
fn month_context_word(t: &Tok) -> bool {
    matches!(
        t.w(),
        Some(W::F(
            Fw::In
                | Fw::Since
                | Fw::Within
                | Fw::Until
                | Fw::Before
                | Fw::After
                | Fw::From
                | Fw::To
        )) | Some(W::Pos(_))
            | Some(W::Unit(Grain::Month, 1, false))
    ) || matches!(t.norm.as_ref(), "مطلع" | "طوال" | "طيله" | "اواسط" | "شهر")
}

impl<'t> Parser<'t> {
    /// A month: a name (one or two words), "شهر" + name or number, "الشهر التاسع", "الشهر
    /// المقبل", "هذا الشهر". Returns the month, the index after it and whether the month is
    /// certain (not a weak name without context).
    pub(super) fn month_spec(&self, k: usize, context: bool) -> Option<(MonthSpec, usize, bool)> {
        let t = self.t(k)?;
        match t.w()? {
            W::Unit(Grain::Month, 1, false) => {
                // "شهر مارس", "شهر 3", "شهر ثلاثة"
                if let Some((ms, k2, _)) = self.month_name(k + 1) {
                    return Some((ms, k2, true));
                }
                let n = self.num(k + 1)?;
                if n.ordinal || !(1..=12).contains(&n.value) || (n.digits && n.ndigits > 2) {
                    return None;
                }
                Some((MonthSpec::Abs(n.value as u8, false), n.end, true))
            }
            W::Unit(Grain::Month, 1, true) => {
                if let Some(d) = self.two_away(k + 1) {
                    return Some((MonthSpec::Rel(d), k + 3, true));
                }
                match self.w(k + 1) {
                    Some(W::Next) => Some((MonthSpec::Rel(1), k + 2, true)),
                    Some(W::Last) => Some((MonthSpec::Rel(-1), k + 2, true)),
                    Some(W::Current) => Some((MonthSpec::Rel(0), k + 2, true)),
                    _ => {
                        let n = self.num(k + 1)?;
                        if !n.ordinal || !n.definite || !(1..=12).contains(&n.value) {
                            return None;
                        }
                        Some((MonthSpec::Abs(n.value as u8, false), n.end, true))
                    }
                }
            }
            W::F(Fw::This) if matches!(self.w(k + 1), Some(W::Unit(Grain::Month, 1, true))) => {
                Some((MonthSpec::Rel(0), k + 2, true))
            }
            _ => {
                let (ms, k2, weak) = self.month_name(k)?;
                // bare "اب" is usually "father": only a day before or a year after makes it August
                let ab = t.norm == "اب" && !t.madda && weak;
                // "رمضان المقبل", "مارس الماضي": a direction word makes a weak name a month
                let sure = !weak
                    || context
                    || self.year_follows(k2)
                    || (!ab && matches!(self.w(k2), Some(W::Last | W::Next | W::Current)))
                    || (!ab
                        && ((k > 0 && self.t(k - 1).is_some_and(month_context_word))
                            || self.t(k).is_some_and(|t| !t.pre.is_empty() && t.pre != "و")));
                Some((ms, k2, sure))
            }
        }
    }

    fn year_follows(&self, k: usize) -> bool {
        let mut k = k;
        if self.punct(k, "،") || self.punct(k, ",") {
            k += 1;
        }
        self.t(k).is_some_and(|t| {
            t.kind == Kind::Digits && t.norm.len() == 4 && !t.norm.contains(['/', ':', '-', '.'])
        }) || matches!(self.w(k), Some(W::Unit(Grain::Year, 1, _)))
    }

    /// A month name at `k`: (month, index after, weak). The same month in the other series
    /// may follow, as news writes it: "مارس / آذار", "أيلول (سبتمبر)", "يوليو « تموز »".
    fn month_name(&self, k: usize) -> Option<(MonthSpec, usize, bool)> {
        let (m, h, end, weak) = self.one_month_name(k)?;
        let mut j = end;
        let open = self.t(j).is_some_and(|t| {
            t.kind == Kind::Punct && matches!(t.norm.as_ref(), "/" | "(" | "«" | "-" | "،")
        });
        if open {
            j += 1;
        }
        if let Some((m2, h2, e2, _)) = self.one_month_name(j) {
            if m2 == m && h2 == h {
                let mut e = e2;
                if open
                    && self.t(e).is_some_and(|t| {
                        t.kind == Kind::Punct && matches!(t.norm.as_ref(), ")" | "»")
                    })
                {
                    e += 1;
                }
                return Some((MonthSpec::Abs(m, h), e, false));
            }
        }
        Some((MonthSpec::Abs(m, h), end, weak))
    }

    fn one_month_name(&self, k: usize) -> Option<(u8, bool, usize, bool)> {
        let t = self.t(k)?;
        match t.w()? {
            W::Month(m, h, weak) => Some((m, h, k + 1, weak)),
            W::MonthHead(head) => {
                let second = self.t(k + 1)?;
                let (m, h) = month_pair(head, &second.norm)?;
                Some((m, h, k + 2, false))
            }
            _ => None,
        }
    }

    /// The news's "25 الجاري" (the 25th of this month): a bare "الجاري" at `k` after the day
    /// number at `j`, when a time preposition, "يوم" or a weekday stands before the day ("إلى
    /// 25 الجاري", "يوم 10 الجاري", "الأحد 12 الجاري"), so "المشاريع 5 الجاري تنفيذها" (being
    /// carried out) stays no date.
    pub(super) fn current_month_alone(
        &self,
        j: usize,
        k: usize,
    ) -> Option<(MonthSpec, usize, bool)> {
        let t = self.t(k)?;
        if t.kind != Kind::Word || !t.pre.is_empty() || t.norm != "الجاري" {
            return None;
        }
        let p = self.t(j.checked_sub(1)?)?;
        let asks_time = matches!(
            p.w(),
            Some(W::F(
                Fw::In
                    | Fw::To
                    | Fw::Until
                    | Fw::Since
                    | Fw::From
                    | Fw::Before
                    | Fw::After
                    | Fw::At
            )) | Some(W::Weekday(..))
        ) || matches!(
            p.norm.as_ref(),
            "يوم" | "اليوم" | "يومي" | "مساء" | "صباح" | "ليله"
        );
        asks_time.then_some((MonthSpec::Rel(0), k + 1, true))
    }

    /// "الماضي" / "المقبل" / "الحالي" at `k` after a named month: the nearest such month
    /// before or after the reference month ("الحالي" is this year's). The index after it.
    pub(super) fn month_direction(&self, f: &mut Frame, ms: MonthSpec, k: usize) -> Option<usize> {
        if !matches!(ms, MonthSpec::Abs(..)) {
            return None;
        }
        let d = self.direction(k)?;
        if d != 0 {
            f.month_dir = d;
        }
        Some(k + 1)
    }

    /// Month first: "مارس 2021", "في شهر أيار", "يوليو 13-15", "شباط".
    pub(super) fn month(&self, f: &mut Frame, j: usize, first: bool) -> Option<usize> {
        if f.month.is_some() {
            return None;
        }
        let context = !first
            && (f.day.is_some() || f.weekday.is_some() || f.wd_ord.is_some() || f.pos.is_some());
        let (ms, mut k, sure) = self.month_spec(j, context)?;
        if !sure {
            return None;
        }
        f.month = Some(ms);
        if let Some(k2) = self.month_direction(f, ms, k) {
            return Some(k2);
        }
        if f.day.is_none() && f.wd_ord.is_none() {
            // "تموز 13 الى 15"
            if let Some(t) = self.t(k) {
                if t.kind == Kind::Digits && t.norm.len() <= 5 {
                    if let Some((d, de, k2)) = self.day_num(k) {
                        if de.is_some() || !self.year_follows(k) {
                            f.day = Some(d);
                            f.day_end = de;
                            k = k2;
                        }
                    }
                }
            }
        }
        Some(k)
    }
}
