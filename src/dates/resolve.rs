//! Turning a [`Frame`] into a value, a grain and (for intervals) an end, against the
//! reference moment.
//!
//! Conventions (those of Duckling, so results compare): weeks start on Monday; a bare weekday is
//! the nearest one after today ("الماضي" for the nearest before); a date without a year is in the
//! reference's year; a 12-hour clock hour with no part of the day is its next occurrence from
//! the reference; interval ends are exclusive (the first moment after the interval).

use super::civil::{days_in_month, CivilDateTime};
use super::grammar::{Century, Frame, MonthSpec, NthOf, OffKind, YearPart};
use super::hijri::{hijri_from_days, hijri_month_length, hijri_to_days};
use super::lexicon::{Holiday, Pos};
use super::{Calendar, DateLabel, Grain};

/// A resolved expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub value: CivilDateTime,
    pub grain: Grain,
    pub end: Option<CivilDateTime>,
    pub calendar: Calendar,
    pub label: DateLabel,
}

fn from_days(days: i64) -> CivilDateTime {
    let (y, m, d) = super::civil::civil_from_days(days);
    CivilDateTime::date(y, m, d)
}

fn date(y: i32, m: u8, d: u8) -> Option<CivilDateTime> {
    let c = CivilDateTime::date(y, m, d);
    c.is_valid().then_some(c)
}

/// Adds one grain to a value (for exclusive interval ends).
pub(crate) fn add_grain(v: CivilDateTime, g: Grain) -> CivilDateTime {
    match g {
        Grain::Year => v.add_months(12),
        Grain::Month => v.add_months(1),
        Grain::Week => v.add_days(7),
        Grain::Day => v.add_days(1),
        Grain::Hour => v.add_seconds(3600),
        Grain::Minute => v.add_seconds(60),
        Grain::Second => v.add_seconds(1),
    }
}

/// Truncates a value to the start of its grain.
pub(crate) fn truncate(v: CivilDateTime, g: Grain) -> CivilDateTime {
    match g {
        Grain::Year => CivilDateTime::date(v.year, 1, 1),
        Grain::Month => CivilDateTime::date(v.year, v.month, 1),
        Grain::Week => v.week_start(),
        Grain::Day => v.midnight(),
        Grain::Hour => CivilDateTime {
            minute: 0,
            second: 0,
            ..v
        },
        Grain::Minute => CivilDateTime { second: 0, ..v },
        Grain::Second => v,
    }
}

/// Easter Sunday (Gregorian computus, the anonymous algorithm).
fn easter(y: i32) -> Option<CivilDateTime> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(y, month as u8, day as u8)
}

/// The first occurrence in Gregorian year `y` of Hijri month/day.
fn hijri_in_year(y: i32, hm: u8, hd: u8) -> CivilDateTime {
    let (hy, _, _) = hijri_from_days(CivilDateTime::date(y, 1, 1).days());
    let mut v = from_days(hijri_to_days(hy, hm, hd));
    if v.year < y {
        v = from_days(hijri_to_days(hy + 1, hm, hd));
    }
    v
}

/// The Hijri month and day of a Hijri holiday.
fn hijri_holiday(h: Holiday) -> Option<(u8, u8)> {
    match h {
        Holiday::EidFitr => Some((10, 1)),
        Holiday::EidAdha => Some((12, 10)),
        Holiday::HijriNewYear => Some((1, 1)),
        Holiday::Mawlid => Some((3, 12)),
        Holiday::Arafa => Some((12, 9)),
        Holiday::Ashura => Some((1, 10)),
        Holiday::IsraMiraj => Some((7, 27)),
        Holiday::Christmas | Holiday::NewYear | Holiday::Easter => None,
    }
}

/// A holiday in year `y`; `hijri_year` says `y` is a Hijri year ("عيد الفطر 1445").
fn holiday(h: Holiday, y: i32, hijri_year: bool) -> Option<(CivilDateTime, Calendar)> {
    if let Some((hm, hd)) = hijri_holiday(h) {
        let v = if hijri_year {
            from_days(hijri_to_days(y, hm, hd))
        } else {
            hijri_in_year(y, hm, hd)
        };
        return Some((v, Calendar::Hijri));
    }
    Some(match h {
        Holiday::Christmas => (date(y, 12, 25)?, Calendar::Gregorian),
        Holiday::NewYear => (date(y, 1, 1)?, Calendar::Gregorian),
        Holiday::Easter => (easter(y)?, Calendar::Gregorian),
        Holiday::EidFitr
        | Holiday::EidAdha
        | Holiday::HijriNewYear
        | Holiday::Mawlid
        | Holiday::Arafa
        | Holiday::Ashura
        | Holiday::IsraMiraj => return None,
    })
}

/// The nearest weekday `wd` after the reference day (`dir` >= 0) or before it (`dir` < 0);
/// `dir` ±2 goes one week further ("الخميس قبل الماضي", "الجمعة بعد المقبلة").
fn nearest_weekday(r: CivilDateTime, wd: u8, dir: i8) -> CivilDateTime {
    let further = match dir {
        -2 => -7,
        2 => 7,
        _ => 0,
    };
    nearest_weekday1(r, wd, dir).add_days(further)
}

fn nearest_weekday1(r: CivilDateTime, wd: u8, dir: i8) -> CivilDateTime {
    let today = r.midnight();
    let cur = i64::from(r.weekday());
    let w = i64::from(wd);
    if dir < 0 {
        let back = (cur - w).rem_euclid(7);
        today.add_days(-(if back == 0 { 7 } else { back }))
    } else {
        let fwd = (w - cur).rem_euclid(7);
        today.add_days(if fwd == 0 { 7 } else { fwd })
    }
}

/// The calendar a frame is written in: Hijri for a Hijri month, a year marked "هـ" or a Hijri
/// feast. A mention that cannot be resolved (a weekday that contradicts its date) still says it.
pub(crate) fn written_calendar(f: &Frame) -> Calendar {
    let hijri = matches!(f.month, Some(MonthSpec::Abs(_, true)))
        || f.era_hijri == Some(true)
        || f.holiday.and_then(hijri_holiday).is_some();
    if hijri {
        Calendar::Hijri
    } else {
        Calendar::Gregorian
    }
}

/// Resolves a frame against the reference `r`.
pub(crate) fn resolve(f: &Frame, r: CivilDateTime) -> Option<Resolved> {
    let mut cal = Calendar::Gregorian;
    let day_res = |v: CivilDateTime, g: Grain| Resolved {
        value: v,
        grain: g,
        end: None,
        calendar: Calendar::Gregorian,
        label: DateLabel::Date,
    };
    // "الساعة الآن 10:30": the clock said after "now" is the time
    if f.now && f.hour.is_none() {
        return Some(Resolved {
            label: DateLabel::Time,
            ..day_res(r, Grain::Second)
        });
    }
    if let Some(h) = f.holiday {
        // the year of a Hijri holiday is a Hijri one when marked هـ or when it cannot be a
        // Gregorian one (before 1700, unless marked م): "عيد الفطر 1445" is in April 2024
        let hijri_year = f.year.is_some()
            && hijri_holiday(h).is_some()
            && (f.era_hijri == Some(true)
                || (f.era_hijri != Some(false) && f.year.is_some_and(|y| y < 1700)));
        let y = if hijri_year {
            f.year.unwrap_or(0)
        } else {
            f.year.unwrap_or(r.year) + f.year_rel.unwrap_or(0) as i32
        };
        let (mut v, c) = holiday(h, y, hijri_year)?;
        if f.month_dir != 0 && f.year.is_none() && f.year_rel.is_none() {
            // the nearest occurrence strictly before, or on or after, the reference day
            let today = r.midnight();
            let mut best: Option<CivilDateTime> = None;
            for gy in [r.year - 1, r.year, r.year + 1] {
                let (c2, _) = holiday(h, gy, false)?;
                let fits = if f.month_dir < 0 {
                    c2 < today
                } else {
                    c2 >= today
                };
                let better = best.is_none_or(|b| if f.month_dir < 0 { c2 > b } else { c2 < b });
                if fits && better {
                    best = Some(c2);
                }
            }
            v = best.unwrap_or(v);
        }
        // "ثاني أيام عيد الفطر": the nth day of the feast
        if let Some((n @ 2.., NthOf::Day)) = f.nth {
            v = v.add_days(n - 1);
        }
        if f.eve && f.hour.is_none() {
            // "ليلة عيد الفطر": the evening before the day
            return Some(Resolved {
                value: CivilDateTime {
                    hour: 18,
                    ..v.add_days(-1)
                },
                grain: Grain::Hour,
                end: Some(v),
                calendar: c,
                label: DateLabel::Time,
            });
        }
        return Some(Resolved {
            calendar: c,
            ..day_res(v, Grain::Day)
        });
    }
    if let Some((n, g, OffKind::InPeriod)) = f.offset {
        // the first or last n units of the period the other slots name
        let period = Frame {
            offset: None,
            ..f.clone()
        };
        let p = resolve(&period, r)?;
        let end = p.end.unwrap_or_else(|| add_grain(p.value, p.grain));
        let (value, end) = if n < 0 {
            (shift(end, n, g), end)
        } else {
            (p.value, shift(p.value, n, g))
        };
        return Some(Resolved {
            value,
            // the last two weeks of a month need not start on a Monday
            grain: if g == Grain::Week { Grain::Day } else { g },
            end: Some(end),
            calendar: p.calendar,
            label: DateLabel::Date,
        });
    }
    if let Some((n, g, kind)) = f.offset {
        return Some(offset(r, n, g, kind, f.offset_half));
    }
    if let Some((d, century)) = f.decade {
        // no century said: the 1900s, as news uses "التسعينيات"
        let base = century.map_or(1900, |c| century_start(c, r));
        return years(base + 10 * i32::from(d), 10, f.pos);
    }
    if let Some(century) = f.century {
        // the 1800s for "القرن التاسع عشر", as news counts centuries
        return years(century_start(century, r), 100, f.pos);
    }
    if let Some((s, dir)) = f.season {
        return season(s, dir, f, r);
    }
    if let Some(YearPart::Rel { parts, k }) = f.part {
        // the part holding the reference month, moved k parts
        let size = 12 / i64::from(parts.max(1));
        let cur = (i64::from(r.month) - 1) / size * size;
        let start = CivilDateTime::date(r.year, 1, 1).add_months(cur + k * size);
        return Some(Resolved {
            end: Some(start.add_months(size)),
            ..day_res(start, Grain::Month)
        });
    }
    if let (Some(anchor), Some((n, _)), Some(wd)) = (&f.after, f.nth, f.weekday) {
        let a = resolve(anchor, r)?;
        let a = a.end.map(|e| e.add_days(-1)).unwrap_or(a.value).midnight();
        let first = a.add_days(((i64::from(wd) - i64::from(a.weekday()) + 6).rem_euclid(7)) + 1);
        return Some(day_res(first.add_days(7 * (n - 1)), Grain::Day));
    }

    // ---- the date part ----
    let hijri_month = matches!(f.month, Some(MonthSpec::Abs(_, true)));
    let hijri_year = f.era_hijri == Some(true)
        || (hijri_month && f.year.is_some_and(|y| y < 1700) && f.era_hijri != Some(false));
    if hijri_month || hijri_year {
        cal = Calendar::Hijri;
    }
    let mut value: CivilDateTime;
    let mut grain: Grain;
    let mut end: Option<CivilDateTime> = None;
    let has_date_slots = f.day.is_some()
        || f.month.is_some()
        || f.year.is_some()
        || f.year_rel.is_some()
        || f.nth.is_some()
        || f.wd_ord.is_some();

    if has_date_slots {
        if hijri_month || hijri_year {
            let (hy_ref, hm_ref, _) = hijri_from_days(r.days());
            let hm_said = match f.month {
                Some(MonthSpec::Abs(m, true)) => Some(m),
                _ => None,
            };
            let hy = match (f.year, hm_said) {
                (Some(y), _) if hijri_year => y,
                // "رمضان الماضي" / "محرم المقبل": the nearest such month before or after the
                // reference's Hijri month, as "أكتوبر الماضي" is for a Gregorian one
                (None, Some(m)) if f.month_dir < 0 && f.year_rel.is_none() => {
                    if m < hm_ref {
                        hy_ref
                    } else {
                        hy_ref - 1
                    }
                }
                (None, Some(m)) if f.month_dir > 0 && f.year_rel.is_none() => {
                    if m > hm_ref {
                        hy_ref
                    } else {
                        hy_ref + 1
                    }
                }
                _ => hy_ref,
            };
            let greg_year = if hijri_year {
                None
            } else {
                f.year.or(f.year_rel.map(|k| r.year + k as i32))
            };
            let hm = match f.month {
                Some(MonthSpec::Abs(m, _)) => Some(m),
                Some(MonthSpec::Rel(k)) => {
                    Some(((i64::from(hm_ref) - 1 + k).rem_euclid(12) + 1) as u8)
                }
                None => None,
            };
            match (hm, f.day) {
                (Some(hm), Some(d)) => {
                    if d > hijri_month_length(hy, hm).max(30) {
                        return None;
                    }
                    value = match greg_year {
                        Some(gy) => hijri_in_year(gy, hm, d),
                        None => from_days(hijri_to_days(hy, hm, d)),
                    };
                    grain = Grain::Day;
                    if let Some(de) = f.day_end {
                        end = Some(value.add_days(i64::from(de) - i64::from(d) + 1));
                    }
                }
                (Some(hm), None) => {
                    let start = match greg_year {
                        Some(gy) => hijri_in_year(gy, hm, 1),
                        None => from_days(hijri_to_days(hy, hm, 1)),
                    };
                    let (shy, _, _) = hijri_from_days(start.days());
                    let len = i64::from(hijri_month_length(shy, hm));
                    let last = start.add_days(len - 1);
                    // "آخر جمعة من رمضان", "الجمعة الأولى من رمضان": a day of the month
                    let nth = match (f.nth, f.wd_ord, f.weekday) {
                        (Some((n, of)), _, _) => Some(nth_in(start, last, n, of)?),
                        (None, Some(o), Some(wd)) => {
                            Some((nth_weekday(start, last, wd, o)?, Grain::Day))
                        }
                        _ => None,
                    };
                    if let Some((v, g)) = nth {
                        return Some(Resolved {
                            value: v,
                            grain: g,
                            end: None,
                            calendar: Calendar::Hijri,
                            label: DateLabel::Date,
                        });
                    }
                    let (s, e) = match f.part {
                        Some(YearPart::Nth { parts, n }) => part_days(parts, n, len),
                        _ => position_days(f.pos, len),
                    };
                    value = start.add_days(s);
                    grain = Grain::Day;
                    end = e.map(|e| start.add_days(e));
                    if f.pos.is_none() && f.part.is_none() {
                        end = Some(start.add_days(len));
                    }
                }
                (None, _) => {
                    let (a, b) = match f.part {
                        // months a..b of the Hijri year (b = 13: the next year's first)
                        Some(YearPart::Nth { parts, n }) => {
                            let size = 12 / parts.max(1);
                            (1 + size * n.saturating_sub(1), 1 + size * n)
                        }
                        _ => (1, 13),
                    };
                    let month_start = |m: u8| {
                        from_days(hijri_to_days(hy + i32::from(m > 12), (m - 1) % 12 + 1, 1))
                    };
                    value = month_start(a);
                    grain = Grain::Day;
                    end = Some(month_start(b));
                }
            }
        } else {
            let mut year = match (f.year, f.year_rel, f.month) {
                (Some(y), _, _) => y,
                (None, Some(k), _) => r.year.saturating_add(k as i32),
                (None, None, Some(MonthSpec::Abs(m, _))) if f.month_dir < 0 => {
                    if m < r.month {
                        r.year
                    } else {
                        r.year - 1
                    }
                }
                (None, None, Some(MonthSpec::Abs(m, _))) if f.month_dir > 0 => {
                    if m > r.month {
                        r.year
                    } else {
                        r.year + 1
                    }
                }
                _ => r.year,
            };
            let month = match f.month {
                Some(MonthSpec::Abs(m, _)) => Some(m),
                Some(MonthSpec::Rel(k)) => {
                    let t = r.add_months(k);
                    if f.year.is_none() && f.year_rel.is_none() {
                        year = t.year;
                    }
                    Some(t.month)
                }
                None => None,
            };
            if let Some((n, of)) = f.nth {
                let m = month.unwrap_or(r.month);
                let first = date(year, m, 1)?;
                let last = date(year, m, days_in_month(year, m))?;
                (value, grain) = nth_in(first, last, n, of)?;
            } else if let Some(d) = f.day {
                let m = month.unwrap_or(r.month);
                value = date(year, m, d)?;
                grain = Grain::Day;
                if let Some(de) = f.day_end {
                    end = Some(date(year, m, de)?.add_days(1));
                }
            } else if let (Some(o), Some(wd)) = (f.wd_ord, f.weekday) {
                let m = month.unwrap_or(r.month);
                let first = date(year, m, 1)?;
                let last = date(year, m, days_in_month(year, m))?;
                let as_day = u8::try_from(o).ok().and_then(|d| date(year, m, d));
                value = match as_day {
                    Some(v) if v.weekday() == wd || o > 5 => v,
                    _ => nth_weekday(first, last, wd, o)?,
                };
                grain = Grain::Day;
            } else if let Some(m) = month {
                let start = date(year, m, 1)?;
                let len = i64::from(days_in_month(year, m));
                let (s, e) = match (f.part, f.pos) {
                    // "الثلث الأخير من الشهر": the 21st to the month's end
                    (Some(YearPart::Nth { parts, n }), _) => part_days(parts, n, len),
                    (_, Some(p)) => position_days(Some(p), len),
                    (_, None) => (0, None),
                };
                if f.part.is_some() || f.pos.is_some() {
                    value = start.add_days(s);
                    grain = Grain::Day;
                    end = e.map(|e| start.add_days(e));
                } else {
                    value = start;
                    grain = Grain::Month;
                }
            } else if let Some(YearPart::Nth { parts, n }) = f.part {
                let size = 12 / i64::from(parts.max(1));
                value = date(year, 1, 1)?.add_months(size * (i64::from(n) - 1));
                grain = Grain::Month;
                end = Some(value.add_months(size));
            } else {
                let start = date(year, 1, 1)?;
                match f.pos {
                    Some(p) => {
                        let (s, e) = match p {
                            Pos::Middle => (6, None),
                            Pos::Early => (0, Some(3)),
                            Pos::Mid => (4, Some(8)),
                            Pos::Late => (9, Some(12)),
                            Pos::Begin => (0, None),
                            Pos::End => (11, None),
                        };
                        value = start.add_months(s);
                        grain = Grain::Month;
                        end = e.map(|e| start.add_months(e));
                    }
                    None => {
                        value = start;
                        grain = Grain::Year;
                    }
                }
            }
        }
    } else if let Some(k) = f.week_rel {
        let monday = r.week_start().add_days(7 * k);
        match (f.weekday, f.pos) {
            (Some(wd), _) => {
                value = monday.add_days(i64::from(wd));
                grain = Grain::Day;
            }
            (None, Some(p)) => {
                // days of the (Monday-based) week: its first day, Wednesday for its middle,
                // and for its end the weekend, Friday to Sunday, which holds every Arab
                // country's two days off (Friday–Saturday or Saturday–Sunday)
                let (s, e) = match p {
                    Pos::Begin => (0, None),
                    Pos::Middle => (2, None),
                    Pos::Early => (0, Some(3)),
                    Pos::Mid => (2, Some(5)),
                    Pos::Late | Pos::End => (4, Some(7)),
                };
                value = monday.add_days(s);
                grain = Grain::Day;
                end = e.map(|e| monday.add_days(e));
            }
            (None, None) => {
                value = monday;
                grain = Grain::Week;
            }
        }
    } else if let Some(k) = f.rel_day {
        value = r.midnight().add_days(k);
        grain = Grain::Day;
    } else if let Some(wd) = f.weekday {
        value = nearest_weekday(r, wd, f.wd_mod);
        grain = Grain::Day;
    } else if f.hour.is_some() || f.pod.is_some() {
        value = r.midnight();
        grain = Grain::Day;
    } else {
        return None;
    }

    // "الاثنين 17 مارس 2024" (a Sunday): the weekday or the date is mistyped, and which one is
    // not known, so there is no value. A Hijri date a day off its weekday is a month begun a
    // day earlier or later than the Umm al-Qura table says (by sighting): the weekday tells
    // the day ("الجمعة 1 رمضان" in a year whose table puts 1 Ramadan on a Saturday).
    if let (Some(wd), Some(_), None, None, Grain::Day, None) =
        (f.weekday, f.day, f.nth, f.wd_ord, grain, end)
    {
        let off = (i64::from(wd) - i64::from(value.weekday()) + 3).rem_euclid(7) - 3;
        match off {
            0 => {}
            -1 | 1 if cal == Calendar::Hijri => value = value.add_days(off),
            _ => return None,
        }
    }
    // "ليلة الجمعة" (a weekday) and "ليلة 27 رمضان" (a Hijri day) are the night before the
    // day: the Hijri day and the night named after it begin at sunset. A Gregorian date keeps
    // its own day ("ليلة 31 ديسمبر" is New Year's Eve), and so does an hour before noon
    // ("ليلة الجمعة الساعة 2 فجرا" is already Friday).
    let eve_day = (f.weekday.is_some() && f.day.is_none())
        || (cal == Calendar::Hijri
            && (f.day.is_some() || f.pos == Some(Pos::Middle))
            && f.month.is_some());
    if f.eve && eve_day && grain == Grain::Day && end.is_none() && f.hour.is_none_or(|h| h >= 12) {
        value = value.add_days(-1);
    }

    // ---- the time of day ----
    let mut label = DateLabel::Date;
    if let Some(h) = f.hour {
        if grain != Grain::Day || end.is_some() {
            return None;
        }
        let m = f.minute.unwrap_or(0);
        let s = f.second.unwrap_or(0);
        let date_given =
            has_date_slots || f.week_rel.is_some() || f.rel_day.is_some() || f.weekday.is_some();
        let mut v = CivilDateTime {
            hour: h % 24,
            minute: m,
            second: s,
            ..value
        };
        if f.hour_ambiguous && !date_given && h <= 12 {
            // next occurrence of h or h+12 from the reference
            let h0 = h % 12;
            let am = CivilDateTime { hour: h0, ..v };
            let pm = CivilDateTime { hour: h0 + 12, ..v };
            v = if am >= r {
                am
            } else if pm >= r {
                pm
            } else {
                am.add_days(1)
            };
        }
        if f.midnight {
            v = v.add_days(1);
        }
        value = v.add_seconds(f.shift_minutes * 60);
        grain = if f.second.is_some() {
            Grain::Second
        } else if f.minute.is_some() {
            Grain::Minute
        } else {
            Grain::Hour
        };
        label = DateLabel::Time;
    } else if let Some(p) = f.pod {
        if grain != Grain::Day || end.is_some() {
            return None;
        }
        let (a, b) = p.hours();
        let start = CivilDateTime { hour: a, ..value };
        end = Some(if b >= 24 {
            value.add_days(1)
        } else {
            CivilDateTime { hour: b, ..value }
        });
        value = start;
        grain = Grain::Hour;
        label = DateLabel::Time;
    }
    Some(Resolved {
        value,
        grain,
        end,
        calendar: cal,
        label,
    })
}

/// (start offset, exclusive end offset) in days of the nth of `parts` parts of a month of `len`
/// days, cut as in a 30-day month with the last part running to the month's end: thirds are
/// the tens of days Arabic counts ("الثلث الأخير": the 21st to the end, in a month of 29 days
/// too), halves end on the 15th.
fn part_days(parts: u8, n: u8, len: i64) -> (i64, Option<i64>) {
    let parts = i64::from(parts.max(1));
    let n = i64::from(n).clamp(1, parts);
    let end = if n == parts { len } else { 30 * n / parts };
    (30 * (n - 1) / parts, Some(end))
}

/// (start offset, exclusive end offset) in days of a position inside a period of `len` days.
fn position_days(p: Option<Pos>, len: i64) -> (i64, Option<i64>) {
    match p {
        None | Some(Pos::Begin) => (0, None),
        Some(Pos::Middle) => (14, None),
        Some(Pos::Early) => (0, Some(10)),
        Some(Pos::Mid) => (10, Some(20)),
        Some(Pos::Late) => (20, Some(len)),
        Some(Pos::End) => (len - 1, None),
    }
}

/// The nth day / weekday / whole week of the period `first..=last` (n = -1: the last one).
fn nth_in(
    first: CivilDateTime,
    last: CivilDateTime,
    n: i64,
    of: NthOf,
) -> Option<(CivilDateTime, Grain)> {
    match of {
        NthOf::Day => {
            let v = if n < 0 { last } else { first.add_days(n - 1) };
            (v <= last).then_some((v, Grain::Day))
        }
        NthOf::Weekday(wd) => Some((nth_weekday(first, last, wd, n)?, Grain::Day)),
        NthOf::Week => {
            // weeks wholly inside the period
            let first_monday = first.add_days((7 - i64::from(first.weekday())) % 7);
            let v = if n < 0 {
                let mut w = last.add_days(-i64::from(last.weekday()));
                if w.add_days(6) > last {
                    w = w.add_days(-7);
                }
                w
            } else {
                first_monday.add_days(7 * (n - 1))
            };
            (v >= first && v.add_days(6) <= last).then_some((v, Grain::Week))
        }
    }
}

fn nth_weekday(first: CivilDateTime, last: CivilDateTime, wd: u8, n: i64) -> Option<CivilDateTime> {
    let v = if n < 0 {
        last.add_days(-((i64::from(last.weekday()) - i64::from(wd)).rem_euclid(7)))
    } else {
        first.add_days((i64::from(wd) - i64::from(first.weekday())).rem_euclid(7) + 7 * (n - 1))
    };
    (v >= first && v <= last).then_some(v)
}

fn seconds_of(g: Grain) -> Option<i64> {
    match g {
        Grain::Hour => Some(3600),
        Grain::Minute => Some(60),
        Grain::Second => Some(1),
        _ => None,
    }
}

fn shift(v: CivilDateTime, n: i64, g: Grain) -> CivilDateTime {
    match g {
        Grain::Year => v.add_months(12 * n),
        Grain::Month => v.add_months(n),
        Grain::Week => v.add_days(7 * n),
        Grain::Day => v.add_days(n),
        g => v.add_seconds(n.saturating_mul(seconds_of(g).unwrap_or(1))),
    }
}

/// The moment `n` units of `g` before (`n` < 0) or after `res` ("قبل عيد الأضحى بيوم": the
/// holiday's day, one day earlier): from its start, or after an interval from its end ("بعد
/// رمضان بشهر"). A point, of the finer grain of the two; a shift by hours or minutes makes a
/// time.
pub(crate) fn shifted(res: Resolved, n: i64, g: Grain) -> Resolved {
    let grain = res.grain.max(g);
    let from = match res.end {
        Some(end) if n > 0 => end,
        _ => res.value,
    };
    Resolved {
        value: shift(from, n, g),
        grain,
        end: None,
        label: if seconds_of(grain).is_some() {
            DateLabel::Time
        } else {
            res.label
        },
        ..res
    }
}

/// Half of one grain, `sign` times, added to `v` (a month counts 15 days, a week 84 hours).
fn shift_half(v: CivilDateTime, sign: i64, g: Grain) -> CivilDateTime {
    match g {
        Grain::Year => v.add_months(6 * sign),
        Grain::Month => v.add_days(15 * sign),
        Grain::Week => v.add_seconds(84 * 3600 * sign),
        Grain::Day => v.add_seconds(12 * 3600 * sign),
        Grain::Hour => v.add_seconds(30 * 60 * sign),
        Grain::Minute => v.add_seconds(30 * sign),
        Grain::Second => v,
    }
}

/// The first year of a century said in the text ("القرن العشرين": 1900), against the reference.
fn century_start(c: Century, r: CivilDateTime) -> i32 {
    match c {
        Century::Abs(y) => y,
        Century::Rel(k) => (r.year.div_euclid(100) + k as i32) * 100,
    }
}

/// The `len` years from `start` (a decade or a century), grain "year"; early / mid / late
/// ("أوائل/منتصف/أواخر") are its first three, middle four and last three tenths.
fn years(start: i32, len: i32, pos: Option<Pos>) -> Option<Resolved> {
    let (a, b) = match pos {
        None => (0, 10),
        Some(Pos::Early | Pos::Begin) => (0, 3),
        Some(Pos::Middle | Pos::Mid) => (3, 7),
        Some(Pos::Late | Pos::End) => (7, 10),
    };
    let tenth = len / 10;
    Some(Resolved {
        value: date(start + a * tenth, 1, 1)?,
        grain: Grain::Year,
        end: Some(date(start + b * tenth, 1, 1)?),
        calendar: Calendar::Gregorian,
        label: DateLabel::Date,
    })
}

/// Season `s` (spring 0 … winter 3) as the three months that start with March, June,
/// September or December (the meteorological seasons of the northern hemisphere), grain
/// "month". Of a year in the frame ("صيف 2024"), except winter, which spans two years and is
/// left without a value; or with a direction from the reference month: -1 the last one that
/// has ended, 1 the first one to begin after it, 0 the one holding it, else the nearer of the
/// two (the one to come on a tie).
fn season(s: u8, dir: Option<i8>, f: &Frame, r: CivilDateTime) -> Option<Resolved> {
    let first = 3 * i64::from(s) + 2; // months since January: 2 (March) … 11 (December)
    let start = match dir {
        None => {
            // a winter of one year spans two and is not guessed; of two ("شتاء 2023-2024")
            // it starts in December of the first
            if (s == 3 && !f.two_years) || f.era_hijri == Some(true) {
                return None;
            }
            let y = f.year.unwrap_or(r.year) + f.year_rel.unwrap_or(0) as i32;
            12 * i64::from(y) + first
        }
        Some(d) => {
            let now = 12 * i64::from(r.year) + i64::from(r.month) - 1;
            // the latest start on or before the reference month
            let last = now - (now - first).rem_euclid(12);
            let holds = now < last + 3;
            match d {
                ..=-1 if holds => last - 12,
                ..=-1 => last,
                0 if holds => last,
                0 if now - (last + 2) < last + 12 - now => last,
                _ => last + 12,
            }
        }
    };
    let value = date(
        i32::try_from(start.div_euclid(12)).ok()?,
        (start.rem_euclid(12) + 1) as u8,
        1,
    )?;
    Some(Resolved {
        value,
        grain: Grain::Month,
        end: Some(value.add_months(3)),
        calendar: Calendar::Gregorian,
        label: DateLabel::Date,
    })
}

fn offset(r: CivilDateTime, n: i64, g: Grain, kind: OffKind, half: bool) -> Resolved {
    // "شهرين ونصف": the count's units, then half a unit more, in the same direction
    let shift = |v: CivilDateTime, n: i64, g: Grain| {
        let w = shift(v, n, g);
        if half {
            shift_half(w, n.signum(), g)
        } else {
            w
        }
    };
    let base = Resolved {
        value: r,
        grain: Grain::Second,
        end: None,
        calendar: Calendar::Gregorian,
        label: DateLabel::Date,
    };
    let fine = seconds_of(g).is_some();
    match kind {
        OffKind::Point => {
            let v = shift(r, n, g);
            if fine && half && g == Grain::Minute {
                // "بعد دقيقة ونصف": to the second
                Resolved {
                    value: v,
                    grain: Grain::Second,
                    label: DateLabel::Time,
                    ..base
                }
            } else if fine {
                Resolved {
                    value: truncate(v, Grain::Minute),
                    grain: Grain::Minute,
                    label: DateLabel::Time,
                    ..base
                }
            } else {
                Resolved {
                    value: v.midnight(),
                    grain: Grain::Day,
                    ..base
                }
            }
        }
        OffKind::Within => {
            let e = shift(r, n, g);
            let e = if fine { e } else { e.midnight() };
            let (a, b) = if n >= 0 { (r, e) } else { (e, r) };
            Resolved {
                value: a,
                end: Some(b),
                ..base
            }
        }
        OffKind::Span | OffKind::InPeriod => {
            if fine {
                let e = shift(r, n, g);
                let (a, b) = if n >= 0 { (r, e) } else { (e, r) };
                Resolved {
                    value: a,
                    end: Some(b),
                    label: DateLabel::Time,
                    ..base
                }
            } else {
                let cur = truncate(r, g);
                let (a, b) = if n >= 0 {
                    (shift(cur, 1, g), shift(cur, 1 + n, g))
                } else {
                    (shift(cur, n, g), cur)
                };
                Resolved {
                    value: a,
                    end: Some(b),
                    grain: g,
                    ..base
                }
            }
        }
    }
}
