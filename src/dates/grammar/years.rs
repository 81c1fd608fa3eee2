//! Years: "عام 2019", "سنة ١٤٤٣ هـ", "العام المقبل", "هذه السنة", a bare year where it can only be one
//! ("منذ 2011", "في 2005."), era markers ("هـ", "م", "ق.م") and two consecutive years
//! ("2023-2024").

use super::{Frame, Parser};
use crate::dates::lexicon::{Fw, W};
use crate::dates::scan::Kind;
use crate::dates::Grain;

impl<'t> Parser<'t> {
    /// A year after a word that needs one ("الربع الأول من 2024", "أواخر 2023", "صيف العام
    /// الماضي"): what [`Parser::year`] reads, four digits of a modern year, or "العام" /
    /// "السنة" alone (the current one). Fills the year slots of `f`; the index after it.
    pub(super) fn year_after(&self, f: &mut Frame, k: usize) -> Option<usize> {
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

    /// "عام 2019", "سنة ١٤٤٣ هـ", "العام المقبل", "هذه السنة", a bare 4-digit year after a
    /// month or after "منذ", with an optional era marker.
    pub(super) fn year(&self, f: &mut Frame, j: usize, first: bool) -> Option<usize> {
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
    pub(super) fn counted_noun(&self, k: usize) -> bool {
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
    pub(in crate::dates) fn era(&self, f: &mut Frame, k: usize) -> usize {
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
}
