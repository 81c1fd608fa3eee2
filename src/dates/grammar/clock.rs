//! Clock times: "الساعة الثالثة عصرا", "10:30", "١٠:١٥ صباحاً", "الثامنة إلا ربعا", "الساعة 3 وعشرة",
//! "9 مساء الخميس", "الواحدة بعد منتصف الليل", and when a bare number or ordinal is an hour.

use super::{Frame, Parser};
use crate::dates::lexicon::{Fw, Pod, Pos, W};
use crate::dates::numbers::read_number;
use crate::dates::scan::{Kind, Tok};
use crate::dates::Grain;

impl<'t> Parser<'t> {
    /// The clock time written in digits at `k`: "10:30", "23:59:30", or with a decimal point
    /// ("10.30", "٩٫٤٥") when `dotted` (after "الساعة" or before a part of the day, as news
    /// writes the clock and as the numbers read it: one or two digits of hour, two of minutes).
    fn clock_digits(&self, k: usize, dotted: bool) -> Option<(u8, u8, Option<u8>, bool)> {
        let t = self.t(k)?;
        if t.kind != Kind::Digits {
            return None;
        }
        let sep = if t.norm.contains(':') {
            ':'
        } else if dotted
            && t.norm.bytes().filter(|&b| b == b'.').count() == 1
            && t.norm.bytes().all(|b| b == b'.' || b.is_ascii_digit())
            && t.norm
                .split_once('.')
                .is_some_and(|(h, m)| h.len() <= 2 && m.len() == 2)
        {
            '.'
        } else {
            return None;
        };
        let parts: Vec<&str> = t.norm.split(sep).collect();
        let p = |s: &&str| s.parse::<u8>().ok();
        let (h, m, s) = match parts.as_slice() {
            [h, m] if m.len() == 2 => (p(h)?, p(m)?, None),
            [h, m, s] if m.len() == 2 && s.len() == 2 => (p(h)?, p(m)?, Some(p(s)?)),
            _ => return None,
        };
        if h > 24 || m > 59 || s.is_some_and(|s| s > 59) {
            return None;
        }
        let amb = (1..=12).contains(&h) && !parts[0].starts_with('0');
        Some((h, m, s, amb))
    }

    pub(super) fn time(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.hour.is_some() {
            return None;
        }
        let mut k = j;
        // "الساعة 3"; the indefinite "ساعة واحدة" is a duration, not a clock time
        let clock = matches!(self.w(k), Some(W::Unit(Grain::Hour, 1, true)));
        if clock {
            k += 1;
        }
        let (mut h, mut m, s, mut amb);
        // a clock time as such ("الساعة 8", "09:15"), after which "ص"/"م" are AM and PM
        let mut clock_form = clock;
        // "الساعة 10.30", "9.45 مساءً": a decimal point between the hour and its minutes
        let dotted = clock || self.pod_at(k + 1).is_some();
        if let Some((hh, mm, ss, a)) = self.clock_digits(k, dotted) {
            h = hh;
            m = mm;
            s = ss;
            amb = a;
            let one_digit_hour = self
                .t(k)
                .is_some_and(|t| t.norm.split(':').next().is_some_and(|h| h.len() == 1));
            k += 1;
            clock_form = true;
            // "قطع 42 كم في 2:05:30": seconds after an hour of one digit, with no "الساعة"
            // before and no part of the day after, are a race time (the clock stamps seconds
            // on a two-digit hour: "23:59:30", "08:15:00"); it was 14:05:30 today
            if ss.is_some()
                && one_digit_hour
                && !clock
                && self.pod_at(k).is_none()
                && self.am_pm(k).is_none()
            {
                return None;
            }
            // "بزمن 2:01:09 ساعة", "3:45 دقيقة": digits in clock form before a unit of time
            // are a duration (a race time, a length), not a time of day
            if self.t(k).is_some_and(|u| {
                u.pre.is_empty()
                    && (u.norm == "ثانيه"
                        || matches!(
                            u.w(),
                            Some(W::Unit(
                                Grain::Hour | Grain::Minute | Grain::Second,
                                _,
                                false
                            ))
                        ))
            }) {
                return None;
            }
        } else if let Some((hh, mm, e)) = self.hour_and_tens(k, clock) {
            h = hh;
            m = mm;
            s = None;
            amb = true;
            k = e;
        } else {
            let mut n = self.num(k)?;
            if n.value > 24 && !n.digits {
                n = read_number(self.text, self.toks, k, true, &self.cache)?;
            }
            if !(0..=24).contains(&n.value) || (n.digits && n.ndigits > 2) {
                return None;
            }
            if !clock
                && n.digits
                && (1..=12).contains(&n.value)
                && (self.hour_adverb(n.end) || self.hour_before_day_part(j, n.end))
            {
                // "من 9 صباحا حتى 5 مساء": one or two digits and a part of the day said as
                // an adverb are a clock time without "الساعة"; "عند 9 مساء الخميس": so are
                // they before the part of a day named, after a word that asks for a time
            } else if !clock {
                // a bare ordinal ("الثالثة") is an hour only with a minute part or a part of day
                let ok_word = n.ordinal && n.definite && !n.digits;
                let follows = self.pod_at(n.end).is_some()
                    || self.pod_after_from(n.end).is_some()
                    || self.after_midnight(n.end).is_some()
                    || self.fw(n.end) == Some(Fw::Except)
                    || (self.t(n.end).is_some_and(Tok::has_wa)
                        && matches!(self.w(n.end), Some(W::Frac(_)) | Some(W::Pos(Pos::Middle))));
                let minutes_follow = self.minutes(n.end).is_some();
                // "غدا عند الثامنة", "مساء السبت عند التاسعة": after a day or a part of the
                // day and "عند" (at), the bare ordinal is that day's hour
                let at_after_day = j > 0
                    && self.fw(j - 1) == Some(Fw::At)
                    && (f.rel_day.is_some()
                        || f.weekday.is_some()
                        || f.day.is_some()
                        || f.pod.is_some());
                // after a definite noun the ordinal may be its adjective: "الساعات الأولى من
                // صباح اليوم" (the first hours), "الحلقة الثانية مساء اليوم" (the second
                // episode); it is an hour there only with minutes or an adverb of time
                // ("أغلقت المحال الثانية عشرة ليلا"), and never after a plural unit
                let adjective = match self.noun_before(k) {
                    Some(true) => true,
                    Some(false) => {
                        !(minutes_follow
                            || self.fw(n.end) == Some(Fw::Except)
                            || self.hour_adverb(n.end)
                            || self.after_midnight(n.end).is_some())
                    }
                    None => false,
                };
                if !ok_word || !(follows || minutes_follow || at_after_day) || adjective {
                    return None;
                }
            }
            h = n.value as u8;
            m = 0;
            s = None;
            amb = (1..=12).contains(&h);
            k = n.end;
            let mut minus = 0u8;
            if let Some((mm, k2)) = self.minutes(k) {
                m = mm;
                k = k2;
            } else if let Some((mm, k2)) = self.bare_clock_minutes(j, k).filter(|_| clock) {
                m = mm;
                k = k2;
            } else if self.fw(k) == Some(Fw::Except) {
                let (mm, k2) = match self.w(k + 1) {
                    Some(W::Frac(x)) => (x, k + 2),
                    _ => {
                        let n2 = self.num(k + 1)?;
                        if !(1..=59).contains(&n2.value) {
                            return None;
                        }
                        let mut k2 = n2.end;
                        if matches!(self.w(k2), Some(W::Unit(Grain::Minute, _, _))) {
                            k2 += 1;
                        }
                        (n2.value as u8, k2)
                    }
                };
                minus = mm;
                k = k2;
            }
            if minus > 0 {
                if h == 0 {
                    h = 24;
                }
                h -= 1;
                m = 60 - minus;
            }
        }
        // "الساعة 24:00" is the midnight that ends the day, as "منتصف الليل" is; "24:30" is
        // no time
        if h == 24 {
            if m != 0 || s.is_some_and(|s| s != 0) {
                return None;
            }
            h = 0;
            f.midnight = true;
        }
        if let Some(k2) = self.pod_after_from(k) {
            k = k2;
        }
        // "الواحدة بعد منتصف الليل": that hour after the midnight that ends the day (as
        // "منتصف الليل" is), so never an afternoon hour
        if let Some(k2) = self.after_midnight(k).filter(|_| h <= 12) {
            f.hour = Some(h % 12);
            f.minute = Some(m);
            f.second = s;
            f.hour_ambiguous = false;
            f.midnight = true;
            if m == 0 && s.is_none() && !self.said_minutes(j, k) {
                f.minute = None;
            }
            return Some(self.zone(f, k2));
        }
        if let Some((p, k2, anchor)) = self.pod_at(k) {
            if h <= 12 {
                // "الساعة 12 ليلا" is the midnight that ends the day, as "منتصف الليل" is
                f.midnight |= h == 12 && p == Pod::Night;
                h = p.hour(h);
            }
            amb = false;
            f.pod = Some(p);
            f.pod_anchor |= anchor;
            k = k2;
        } else if let Some(pm) = self
            .am_pm(k)
            .filter(|_| clock_form && (1..=12).contains(&h))
        {
            // "09:15 م", "الساعة 8 ص": the letters of صباحا / مساء as web pages stamp the
            // time ("12 ص" is midnight, "12 م" noon)
            h = match (pm, h) {
                (false, 12) => 0,
                (true, h) if h < 12 => h + 12,
                (_, h) => h,
            };
            amb = false;
            k += 1;
        } else if let Some(p) = f.pod.filter(|_| amb && h <= 12) {
            // "مساء اليوم الساعة 8": a part of the day said before the hour fixes it too
            f.midnight |= h == 12 && p == Pod::Night;
            h = p.hour(h);
            amb = false;
        }
        k = self.zone(f, k);
        f.hour = Some(h);
        f.minute = Some(m);
        f.second = s;
        f.hour_ambiguous = amb;
        f.minus = 0;
        // "الساعة 3" keeps grain hour unless minutes were said
        if m == 0 && s.is_none() && !self.said_minutes(j, k) {
            f.minute = None;
        }
        Some(k)
    }

    /// "ص" (AM: false) or "م" (PM: true) standing alone at `k`, after a clock time.
    fn am_pm(&self, k: usize) -> Option<bool> {
        let t = self
            .t(k)
            .filter(|t| t.kind == Kind::Word && t.pre.is_empty())?;
        match t.norm.as_ref() {
            "ص" => Some(false),
            "م" => Some(true),
            _ => None,
        }
    }

    /// The minutes said bare after "الساعة" and its hour, as speech tells the clock: "و" +
    /// 10, 20 or 25 at `k` ("الساعة 3 وعشرة" 3:10, "الساعة 3 و20" 3:20), before the end, a
    /// mark or a part of the day. Not 5 nor any other number, which may be a second hour
    /// ("الساعة 3 و4"), not after "بين" ("بين الساعة 8 و10" is a range), and not before a
    /// word they may count ("الساعة 3 و20 شخصا").
    fn bare_clock_minutes(&self, j: usize, k: usize) -> Option<(u8, usize)> {
        let between = (1..=2).any(|b| {
            j.checked_sub(b)
                .is_some_and(|p| self.fw(p) == Some(Fw::Between))
        });
        if between {
            return None;
        }
        let t = self.t(k)?;
        let start = if t.kind == Kind::Word && t.norm == "و" {
            k + 1
        } else if t.has_wa() {
            k
        } else {
            return None;
        };
        let n = self.num(start)?;
        if n.ordinal || !matches!(n.value, 10 | 20 | 25) {
            return None;
        }
        let free = match self.t(n.end) {
            None => true,
            Some(a) if a.kind == Kind::Punct => true,
            Some(_) => self.pod_at(n.end).is_some() || self.hour_adverb(n.end),
        };
        free.then_some((n.value as u8, n.end))
    }

    /// "الساعة الثالثة وعشرين", "الثالثة وعشرين دقيقة" at `k`: a definite ordinal hour and an
    /// indefinite ten are the hour and its minutes, not the ordinal 23 ("الثالثة والعشرين",
    /// that gave 23:00). Without "الساعة" before, the word "دقيقة" must follow. After
    /// "الساعة" the cardinal said the same way is the hour and its minutes too when "دقيقة"
    /// follows ("الساعة ثلاثة وعشرين دقيقة" is 3:20; 23 minutes make no clock time). The
    /// hour, the minutes and the index after them.
    fn hour_and_tens(&self, k: usize, clock: bool) -> Option<(u8, u8, usize)> {
        let (unit, ten) = (self.t(k)?, self.t(k + 1)?);
        if unit.kind != Kind::Word || !ten.has_wa() || ten.norm.starts_with("ال") || !ten.num_word
        {
            return None;
        }
        let n = self.num(k)?;
        if n.digits || n.end != k + 2 {
            return None;
        }
        let (h, tens) = (n.value % 10, n.value - n.value % 10);
        if !(1..=9).contains(&h) || !(20..=50).contains(&tens) {
            return None;
        }
        let minute_word = matches!(self.w(k + 2), Some(W::Unit(Grain::Minute, _, _)));
        let ordinal = n.ordinal && unit.norm.starts_with("ال");
        let cardinal = !n.ordinal && !unit.norm.starts_with("ال") && clock && minute_word;
        if !(ordinal || cardinal) || (!clock && !minute_word) {
            return None;
        }
        Some((h as u8, tens as u8, k + 2 + usize::from(minute_word)))
    }

    /// "بعد منتصف الليل", "بعد منتصف ليل": the index after it.
    fn after_midnight(&self, k: usize) -> Option<usize> {
        let ok = self.fw(k) == Some(Fw::After)
            && self.t(k).is_some_and(|t| t.pre.is_empty())
            && self.is(k + 1, "منتصف")
            && matches!(
                self.t(k + 2).map(|t| t.norm.as_ref()),
                Some("الليل" | "ليل" | "الليله" | "ليله")
            );
        ok.then_some(k + 3)
    }

    /// A definite noun right before `k`, which an ordinal at `k` may qualify ("الحلقة الثانية",
    /// "الساعات الأولى"): `Some(true)` for a plural unit of time ("الساعات", "الدقائق"),
    /// `Some(false)` for a noun that is no date word and no number, `None` otherwise.
    fn noun_before(&self, k: usize) -> Option<bool> {
        let p = self.t(k.checked_sub(1)?)?;
        if p.kind != Kind::Word || !p.norm.starts_with("ال") || p.norm == "ال" || p.num_word {
            return None;
        }
        match p.w() {
            None => Some(false),
            Some(W::Unit(_, 0, _)) => Some(true),
            _ => None,
        }
    }

    /// "الثامنة من مساء الأحد": "من" and a part of the day after a clock hour; the index of
    /// the part of the day ("من ليلة ..." is "of the night of ...", not a time of day).
    fn pod_after_from(&self, k: usize) -> Option<usize> {
        let t = self.t(k)?;
        if self.fw(k) != Some(Fw::From) || !t.pre.is_empty() {
            return None;
        }
        if matches!(self.t(k + 1)?.norm.as_ref(), "ليله" | "الليله") {
            return None;
        }
        self.pod_at(k + 1).map(|_| k + 1)
    }

    /// A part of the day said as an adverb of time right after an hour in digits: "صباحا",
    /// "ظهرا", "عصرا", "ليلا", "فجرا", "بعد الظهر", the spoken "الصبح", "الظهر", "العصر",
    /// "المسا", "الفجر", "بالليل", and "مساء" unless a day follows it (the
    /// noun before a day, "أصيب 3 صباح اليوم", "قتل 5 مساء أمس", leaves the number a count).
    fn hour_adverb(&self, k: usize) -> bool {
        let Some(t) = self.t(k) else { return false };
        // "9 بالليل": the spoken "at night" (a count never takes a definite noun)
        if t.kind == Kind::Word && t.pre == "ب" && t.norm == "الليل" {
            return true;
        }
        if t.kind != Kind::Word || !t.pre.is_empty() {
            return false;
        }
        match t.norm.as_ref() {
            "صباحا" | "صبحا" | "ظهرا" | "عصرا" | "ليلا" | "فجرا" | "مساءا" => {
                true
            }
            // the spoken parts of the day, definite ("7 الصبح", "2 الظهر", "5 العصر", "9
            // المسا"): a number in digits counts no definite noun, so the hour
            "الصبح" | "الظهر" | "العصر" | "المسا" | "الفجر" => true,
            "مساء" => !matches!(
                self.w(k + 1),
                Some(W::RelDay(_) | W::Weekday(..) | W::Unit(Grain::Day, ..) | W::Now)
            ),
            "بعد" => matches!(
                self.t(k + 1).map(|t| t.norm.as_ref()),
                Some("الظهر" | "الظهيره")
            ),
            _ => false,
        }
    }

    /// "عند 9 مساء الخميس", "يبدأ الحفل 9 مساء الخميس", "من 7 إلى 9 مساء يوم الخميس": a
    /// number at `j` (ending at `k`) before the part of a named day is its clock hour when the
    /// text opens there or a punctuation mark comes before it, after a word that asks for a
    /// time ("عند", "في", "من", "حتى", "منذ", "قبل", "بعد"), after "إلى" or "و" closing a
    /// range of hours ("من 7 إلى 9", "بين 7 و9"), and after a definite noun that is no date
    /// word and takes no number of its own (the event: "الحفل"; not "الحلقة 9"). After a verb
    /// it is a count and the part of the day a date of its own ("قتل 5 مساء أمس", "أصيب 3
    /// صباح اليوم"), and so after "حوالي" ("حوالي 9 مساء أمس": about nine people) and after
    /// "إلى" alone ("ارتفع العدد إلى 12 مساء الخميس").
    fn hour_before_day_part(&self, j: usize, k: usize) -> bool {
        let Some(t) = self.t(k) else { return false };
        let day_part = t.kind == Kind::Word
            && t.pre.is_empty()
            && matches!(t.norm.as_ref(), "مساء" | "صباح" | "ظهر" | "عصر" | "فجر")
            && matches!(
                self.w(k + 1),
                Some(W::RelDay(_) | W::Weekday(..) | W::Unit(Grain::Day, 1, _))
            );
        if !day_part || self.model_number(j) {
            return false;
        }
        let Some(i) = j.checked_sub(1) else {
            return true;
        };
        let Some(prev) = self.t(i) else { return false };
        // an hour in digits at `i`, or the part of the day that ends a clock time there
        let time_ends_at = |i: usize| {
            self.t(i).is_some_and(|h| {
                (h.kind == Kind::Digits && h.norm.len() <= 2) || matches!(h.w(), Some(W::Pod(_)))
            })
        };
        // the second hour of "بين 7 و9 مساء الخميس", "بين الساعة 7 و9" ("و" read apart or
        // as a clitic); "قتل 3 و5 مساء أمس" are counts
        let first_hour_at = |i: usize| {
            self.t(i)
                .is_some_and(|h| h.kind == Kind::Digits && h.norm.len() <= 2)
                && i.checked_sub(1).is_some_and(|b| {
                    self.fw(b) == Some(Fw::Between)
                        || matches!(self.w(b), Some(W::Unit(Grain::Hour, 1, true)))
                })
        };
        if prev.kind == Kind::Word && prev.norm == "و" {
            return i.checked_sub(1).is_some_and(first_hour_at);
        }
        if self.t(j).is_some_and(Tok::has_wa) {
            return first_hour_at(i);
        }
        match prev.kind {
            Kind::Punct => true,
            Kind::Word if prev.pre.is_empty() || prev.pre == "و" => match prev.w() {
                Some(W::F(
                    Fw::At | Fw::In | Fw::From | Fw::Until | Fw::Since | Fw::Before | Fw::After,
                )) => true,
                Some(W::F(Fw::To)) => i.checked_sub(1).is_some_and(time_ends_at),
                Some(_) => false,
                None => prev.norm.starts_with("ال") && prev.norm != "ال" && !prev.num_word,
            },
            _ => false,
        }
    }

    fn said_minutes(&self, j: usize, k: usize) -> bool {
        (j..k).any(|i| {
            self.t(i)
                .is_some_and(|t| t.kind == Kind::Digits && t.norm.contains(':'))
                || matches!(
                    self.w(i),
                    Some(W::Unit(Grain::Minute, _, _)) | Some(W::Frac(_))
                )
                || self.fw(i) == Some(Fw::Except)
        })
    }

    /// "وربع", "والنصف", "و18 دقيقة", "وثمانية عشر دقيقة".
    pub(super) fn minutes(&self, k: usize) -> Option<(u8, usize)> {
        let t = self.t(k)?;
        let (start, wa) = if t.kind == Kind::Word && t.norm == "و" {
            (k + 1, true)
        } else {
            (k, t.has_wa())
        };
        if !wa {
            return None;
        }
        match self.w(start) {
            Some(W::Frac(x)) => return Some((x, start + 1)),
            Some(W::Pos(Pos::Middle)) => return Some((30, start + 1)),
            _ => {}
        }
        let n = self.num(start)?;
        if !(1..=59).contains(&n.value) {
            return None;
        }
        if matches!(self.w(n.end), Some(W::Unit(Grain::Minute, _, _))) {
            return Some((n.value as u8, n.end + 1));
        }
        None
    }
}
