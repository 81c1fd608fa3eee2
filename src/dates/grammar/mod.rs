//! The date grammar: at a token, read the longest date expression as a [`Frame`] of slots
//! (weekday, day, month, year, relative day/week/month/year, clock time, part of the day,
//! "nth weekday of", position in a period, holiday, offset), then join two frames into an
//! interval ("من … إلى …", "بين … و…", "حتى …"). Each slot is filled at most once; an element
//! that finds its slot taken ends the frame. Resolution against the reference is in
//! [`super::resolve`].

use super::lexicon::{month_pair, Fw, Pos, W};
use super::numbers::{read_number, Cache, Num};
use super::scan::{Kind, Tok};
use super::Grain;

mod clock;
mod day_parts;
mod digits;
mod durations;
mod frame;
mod holidays;
mod names;
mod nth;
mod offsets;
mod relative;
mod spans;
mod weekdays;
mod weeks;
mod zones;

pub(super) use frame::{Century, Frame, MonthSpec, NthOf, OffKind, YearPart};
pub(crate) use names::MODEL_HEADS;
#[cfg(test)]
pub(super) use names::NAME_HEADS;

/// Words that name the first day of the month they come before (folded): "غرة رمضان", and
/// "فاتح" as Morocco, Algeria and Tunisia write it ("فاتح يوليوز 2024", "فاتح محرم"). Only
/// without a clitic, and only before a month (`day_num`'s callers want one after it).
pub(crate) const FIRST_DAY_WORDS: &[&str] = &["غره", "فاتح"];

/// Whether `t` is one of [`FIRST_DAY_WORDS`], with no clitic glued to it.
pub(crate) fn first_day_word(t: &Tok) -> bool {
    t.kind == Kind::Word && t.pre.is_empty() && FIRST_DAY_WORDS.contains(&t.norm.as_ref())
}

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

    /// A year after a word that needs one ("الربع الأول من 2024", "أواخر 2023", "صيف العام
    /// الماضي"): what [`Parser::year`] reads, four digits of a modern year, or "العام" /
    /// "السنة" alone (the current one). Fills the year slots of `f`; the index after it.
    fn year_after(&self, f: &mut Frame, k: usize) -> Option<usize> {
        let mut g = Frame::default();
        let e = if let Some(e) = self.year(&mut g, k, true) {
            e
        } else if matches!(self.w(k), Some(W::Unit(Grain::Year, 1, true)))
            && !self.kind_of_year(k + 1)
        {
            g.year_rel = Some(0);
            // "نهاية العام الميلادي (المقبل)": the Gregorian year, the word in the span, and
            // a direction after it
            if matches!(self.w(k + 1), Some(W::EraGregorian))
                && self.t(k + 1).is_some_and(|t| t.pre.is_empty())
            {
                match self.direction(k + 2) {
                    Some(d) => {
                        g.year_rel = Some(i64::from(d));
                        k + 3
                    }
                    None => k + 2,
                }
            } else {
                k + 1
            }
        } else {
            let y = self.num(k)?;
            if !y.digits || y.ordinal || y.ndigits != 4 || !(1800..=2100).contains(&y.value) {
                return None;
            }
            g.year = Some(y.value as i32);
            self.era(&mut g, y.end)
        };
        f.year = g.year;
        f.year_rel = g.year_rel;
        f.era_hijri = g.era_hijri;
        Some(e)
    }

    /// Whether the word at `k`, after "العام"/"السنة", names a kind of year that is not the
    /// calendar year: a nisba adjective with the article ("العام الدراسي", "السنة المالية",
    /// "العام الجامعي", "العام الهجري"), so "نهاية العام الدراسي" is no December. A direction
    /// ("الماضي", "الحالي") is no kind, nor is "الميلادي" (the Gregorian year itself).
    fn kind_of_year(&self, k: usize) -> bool {
        let Some(t) = self.t(k) else { return false };
        if t.kind != Kind::Word || !t.pre.is_empty() {
            return false;
        }
        match t.w() {
            // the Hijri year is no Gregorian one (its start is a holiday of its own)
            Some(W::EraHijri) => return true,
            Some(_) => return false,
            None => {}
        }
        let s = t.norm.as_ref();
        s.starts_with("ال") && (s.ends_with('ي') || s.ends_with("يه"))
    }

    /// Two consecutive years from token `k`, as a season or a school or fiscal year that spans
    /// them is written: "2023-2024", "2023/2024", "2023-24", "2023 - 2024". The first year
    /// and the index after them.
    pub(crate) fn two_years(&self, k: usize) -> Option<(i32, usize)> {
        let t = self.t(k).filter(|t| t.kind == Kind::Digits)?;
        let (a, b, e) = match t.norm.split_once(['-', '/']) {
            Some((a, b)) => (a, b, k + 1),
            None => {
                self.t(k + 1).filter(|t| {
                    t.kind == Kind::Punct && matches!(t.norm.as_ref(), "-" | "–" | "/")
                })?;
                let b = self.t(k + 2).filter(|t| t.kind == Kind::Digits)?;
                (t.norm.as_ref(), b.norm.as_ref(), k + 3)
            }
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
        if a.len() != 4 || !digits(a) || !digits(b) {
            return None;
        }
        let y: i32 = a.parse().ok()?;
        let next = match b.len() {
            4 => b.parse::<i32>().ok()?,
            2 => y - y % 100 + b.parse::<i32>().ok()? + if y % 100 == 99 { 100 } else { 0 },
            _ => return None,
        };
        ((1800..=2100).contains(&y) && next == y + 1).then_some((y, e))
    }

    // ---- day, month, year ---------------------------------------------------------------

    /// A month: a name (one or two words), "شهر" + name or number, "الشهر التاسع", "الشهر
    /// المقبل", "هذا الشهر". Returns the month, the index after it and whether the month is
    /// certain (not a weak name without context).
    fn month_spec(&self, k: usize, context: bool) -> Option<(MonthSpec, usize, bool)> {
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

    /// A day number (digits 1–31 or an ordinal word) with an optional range.
    fn day_num(&self, k: usize) -> Option<(u8, Option<u8>, usize)> {
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
    fn day_month(&self, f: &mut Frame, j: usize, _first: bool) -> Option<usize> {
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

    /// The news's "25 الجاري" (the 25th of this month): a bare "الجاري" at `k` after the day
    /// number at `j`, when a time preposition, "يوم" or a weekday stands before the day ("إلى
    /// 25 الجاري", "يوم 10 الجاري", "الأحد 12 الجاري"), so "المشاريع 5 الجاري تنفيذها" (being
    /// carried out) stays no date.
    fn current_month_alone(&self, j: usize, k: usize) -> Option<(MonthSpec, usize, bool)> {
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
    fn month_direction(&self, f: &mut Frame, ms: MonthSpec, k: usize) -> Option<usize> {
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
    fn month(&self, f: &mut Frame, j: usize, first: bool) -> Option<usize> {
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

    /// "عام 2019", "سنة ١٤٤٣ هـ", "العام المقبل", "هذه السنة", a bare 4-digit year after a
    /// month or after "منذ", with an optional era marker.
    fn year(&self, f: &mut Frame, j: usize, first: bool) -> Option<usize> {
        if f.year.is_some() || f.year_rel.is_some() {
            return None;
        }
        let t = self.t(j)?;
        match t.w() {
            Some(W::Unit(Grain::Year, c @ (1 | 2), def)) => {
                // "المدير العام السابق": العام after a definite noun is the adjective "general"
                if t.norm == "العام" && t.pre.is_empty() && j > 0 {
                    if let Some(p) = self.t(j - 1) {
                        if p.kind == Kind::Word
                            && p.norm.starts_with("ال")
                            && p.w().is_none()
                            && !p.num_word
                        {
                            return None;
                        }
                    }
                }
                if let Some(n) = self.num(j + 1) {
                    // "عام 2019", and a year in words ("عام ألفين وعشرين", "سنة ألف وتسعمائة
                    // وثمانية وأربعين" gave nothing)
                    let in_words = !n.digits && !n.ordinal && (1000..=2200).contains(&n.value);
                    if in_words
                        || n.digits && !n.ordinal && (1..=4).contains(&n.ndigits) && n.value > 0
                    {
                        let mut g = Frame {
                            year: Some(n.value as i32),
                            ..Frame::default()
                        };
                        let e = self.era(&mut g, n.end);
                        // "عام 48", "سنة 67": two digits are a year of the last century in
                        // speech (1948, 1967), or of this one; only an era marker says which
                        if n.ndigits == 2 && e == n.end {
                            return None;
                        }
                        f.year = g.year;
                        f.era_hijri = g.era_hijri;
                        f.dual_year = c == 2;
                        return Some(e);
                    }
                }
                if let Some(d) = self.two_away(j + 1).filter(|_| def) {
                    f.year_rel = Some(d);
                    return Some(j + 3);
                }
                if def {
                    f.year_rel = Some(i64::from(self.direction(j + 1)?));
                    return Some(j + 2);
                }
                return None;
            }
            // "هذا العام", but not "هذا العام الدراسي" (a school year is no calendar year)
            Some(W::F(Fw::This))
                if matches!(self.w(j + 1), Some(W::Unit(Grain::Year, 1, true)))
                    && !self.kind_of_year(j + 2) =>
            {
                f.year_rel = Some(0);
                return Some(j + 2);
            }
            _ => {}
        }
        // bare digits: a year only after a month/day, or with an era marker
        let n = self.num(j)?;
        if !n.digits || n.ndigits > 4 || n.value <= 0 {
            return None;
        }
        let k = n.end;
        let era = match self.w(k) {
            Some(W::EraHijri) => Some(true),
            Some(W::EraGregorian) => Some(false),
            _ => None,
        };
        let ctx = !first
            && (f.month.is_some() || f.day.is_some() || f.holiday.is_some() || f.nth.is_some());
        // "منذ 2011": "since" takes a point in time, so a four-digit number of a modern year
        // right after it is that year; before a unit it is a duration ("منذ 2000 عام", "منذ
        // 2020 عاما"), and before a counted noun a count ("منذ 2020 حالة")
        let since = first
            && j.checked_sub(1).and_then(|p| self.fw(p)) == Some(Fw::Since)
            && (1900..=2100).contains(&n.value)
            && !matches!(self.w(k), Some(W::Unit(..)))
            && !self.counted_noun(k);
        // "بحلول 2030": "by" takes a point in time too, and nothing is counted by a date
        let by = first
            && j.checked_sub(1).and_then(|p| self.t(p)).is_some_and(|p| {
                p.kind == Kind::Word
                    && (p.norm == "بحلول" || p.norm == "حلول" && p.pre.ends_with('ب'))
            })
            && (1900..=2100).contains(&n.value)
            && !matches!(self.w(k), Some(W::Unit(..)))
            && !self.counted_noun(k);
        // "توفي في 2005.", "وفي 2019، أعلنت": after "في" (or "خلال", "during") and before a
        // punctuation mark or the end of the text; before a word a round hundred may be a
        // count ("في 2000 مدرسة"), but any other modern year is that year ("نما في 2023
        // مقارنة بـ", "خلال 2024 ارتفعت" gave nothing), except before a unit ("خلال 2024 ساعة")
        let before_in = j
            .checked_sub(1)
            .and_then(|p| self.fw(p))
            .is_some_and(|w| matches!(w, Fw::In | Fw::Within));
        let in_year = first
            && before_in
            && (1900..=2100).contains(&n.value)
            && self.t(k).is_none_or(|t| {
                (t.kind == Kind::Punct
                    && matches!(
                        t.norm.as_ref(),
                        "،" | "," | "." | "؛" | ";" | "!" | "؟" | "?" | ")" | "»" | "\""
                    ))
                    || (n.value % 100 != 0
                        && t.kind == Kind::Word
                        && !matches!(t.w(), Some(W::Unit(..))))
            });
        let ok = match era {
            Some(true) => n.value <= 1600,
            Some(false) => (1800..=2100).contains(&n.value) || ctx,
            None => (ctx || since || by || in_year) && n.ndigits == 4,
        };
        if !ok {
            return None;
        }
        f.year = Some(n.value as i32);
        Some(self.era(f, k))
    }

    /// Whether the word at `k`, right after a number, is its counted noun: an indefinite noun
    /// ending in teh marbuta ("حالة", "إصابة"; no verb ends so) that does not head a construct
    /// ("منذ 2020 حالة الطوارئ قائمة" keeps the year) and has no preposition or conjunction
    /// glued on ("منذ 2020 بنسبة 5%").
    fn counted_noun(&self, k: usize) -> bool {
        let Some(t) = self.t(k) else { return false };
        let raw = self.text.get(t.start..t.end).unwrap_or("");
        t.kind == Kind::Word
            && raw.ends_with('ة')
            && !t.norm.starts_with("ال")
            && !t.norm.starts_with(['ب', 'ل', 'و', 'ف', 'ك'])
            && !self
                .t(k + 1)
                .is_some_and(|n| n.kind == Kind::Word && n.norm.starts_with("ال"))
    }

    /// The era marker at `k` after a year in `f` ("هـ", "م", "ق.م", "قبل الميلاد"): marks the
    /// frame (a year before Christ becomes astronomical, `1 - y`) and returns the index after it.
    pub(super) fn era(&self, f: &mut Frame, k: usize) -> usize {
        // "ق.م." / "ق. م" / "ق م" / "قبل الميلاد": before Christ (astronomical year numbering)
        let bc_end = if self.is(k, "ق") && self.punct(k + 1, ".") && self.is(k + 2, "م") {
            Some(if self.punct(k + 3, ".") { k + 4 } else { k + 3 })
        } else if (self.is(k, "ق") && self.is(k + 1, "م"))
            || (self.fw(k) == Some(Fw::Before) && self.is(k + 1, "الميلاد"))
        {
            Some(k + 2)
        } else {
            None
        };
        if let Some(e) = bc_end {
            if let Some(y) = f.year {
                f.year = Some(1 - y);
                f.era_hijri = Some(false);
                return e;
            }
        }
        match self.w(k) {
            Some(W::EraHijri) => {
                f.era_hijri = Some(true);
                k + 1
            }
            Some(W::EraGregorian) => {
                f.era_hijri = Some(false);
                k + 1
            }
            _ => k,
        }
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
