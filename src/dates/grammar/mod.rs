//! The date grammar: at a token, read the longest date expression as a [`Frame`] of slots
//! (weekday, day, month, year, relative day/week/month/year, clock time, part of the day,
//! "nth weekday of", position in a period, holiday, offset), then join two frames into an
//! interval ("من … إلى …", "بين … و…", "حتى …"). Each slot is filled at most once; an element
//! that finds its slot taken ends the frame. Resolution against the reference is in
//! [`super::resolve`].
//!
//! This file holds the [`Parser`], its cursor helpers and [`Parser::frame`] with `element`, which
//! tries the productions in a fixed order. Each production lives in the file named for what it
//! reads, in that order: `holidays.rs`, `year_parts.rs`, `centuries.rs`, `seasons.rs`,
//! `relative.rs` (now and relative days), `digits.rs`, `clock.rs` (and `zones.rs`),
//! `day_parts.rs`, `offsets.rs` (counts in `durations.rs`, spans in `spans.rs`), `nth.rs`,
//! `weekdays.rs`, `weeks.rs`, `days.rs`, `months.rs`, `years.rs`, `positions.rs`. `frame.rs`
//! holds the slots; `names.rs` the dates that are part of a name or a label (no date).

use super::lexicon::{Fw, W};
use super::numbers::{read_number, Cache, Num};
use super::scan::{Kind, Tok};
use super::Grain;

mod centuries;
mod clock;
mod day_parts;
mod days;
mod digits;
mod durations;
mod frame;
mod holidays;
mod months;
mod names;
mod nth;
mod offsets;
mod positions;
mod relative;
mod seasons;
mod spans;
mod weekdays;
mod weeks;
mod year_parts;
mod years;
mod zones;

pub(super) use days::first_day_word;
pub(super) use frame::{Century, Frame, MonthSpec, NthOf, OffKind, YearPart};
pub(crate) use names::MODEL_HEADS;
#[cfg(test)]
pub(super) use {days::FIRST_DAY_WORDS, names::NAME_HEADS};

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
}
