//! Naive civil date-time arithmetic (proleptic Gregorian calendar, no time zone).
//!
//! Days are counted from 1970-01-01 with Howard Hinnant's `days_from_civil` algorithm, which is
//! exact for every year an `i32` holds. We keep our own small type instead of pulling in `chrono`:
//! the extractor needs only day counting, month lengths and weekdays, and the Python layer converts
//! to `datetime.datetime` itself (attaching the reference's tzinfo when it has one).

use std::fmt;

/// A naive civil date and time: no time zone, no leap seconds.
///
/// ```
/// use dhad::dates::CivilDateTime;
/// let t = CivilDateTime::new(2013, 2, 12, 4, 30, 0);
/// assert_eq!(t.to_string(), "2013-02-12T04:30:00");
/// assert_eq!(t.weekday(), 1); // Tuesday (Monday is 0)
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct CivilDateTime {
    /// Year (proleptic Gregorian; may be zero or negative).
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
    /// Second, 0–59.
    pub second: u8,
}

impl fmt::Display for CivilDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a civil date (negative before it).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month, day)` of a day count since 1970-01-01, saturating at the
/// first and last day an `i32` year holds.
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    // Clamped first: `days + 719_468` overflowed for a count near `i64::MAX` (`add_days`).
    let days = days.clamp(
        days_from_civil(i32::MIN, 1, 1),
        days_from_civil(i32::MAX, 12, 31),
    );
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let y = y.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
    (y, m as u8, d as u8)
}

impl CivilDateTime {
    /// A civil date-time from its fields (not validated; see [`CivilDateTime::is_valid`]).
    pub const fn new(year: i32, month: u8, day: u8, hour: u8, minute: u8, second: u8) -> Self {
        CivilDateTime {
            year,
            month,
            day,
            hour,
            minute,
            second,
        }
    }

    /// The current time in UTC, from the system clock (a clock set before 1970 gives the
    /// matching earlier time). [`crate::dates::extract_dates`] needs a reference moment; this is
    /// the Rust counterpart of the Python default (now), in UTC since std knows no local time
    /// zone: pass your own local time when you have it.
    ///
    /// ```
    /// use dhad::dates::{extract_dates, CivilDateTime};
    /// let now = CivilDateTime::now_utc();
    /// assert!(now.is_valid() && now.year >= 2024);
    /// let m = &extract_dates("وصلنا اليوم", now)[0];
    /// assert_eq!(m.value, Some(now.midnight()));
    /// ```
    #[must_use]
    pub fn now_utc() -> Self {
        use std::time::{SystemTime, UNIX_EPOCH};
        let secs = match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            Err(e) => i64::try_from(e.duration().as_secs()).map_or(i64::MIN, |s| -s),
        };
        CivilDateTime::from_timestamp(secs)
    }

    /// Midnight at the start of a date.
    pub const fn date(year: i32, month: u8, day: u8) -> Self {
        CivilDateTime {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
            second: 0,
        }
    }

    /// Whether every field is in range (the day exists in that month).
    pub fn is_valid(&self) -> bool {
        (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= days_in_month(self.year, self.month)
            && self.hour < 24
            && self.minute < 60
            && self.second < 60
    }

    /// Days since 1970-01-01 of this date (time of day ignored).
    pub fn days(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// Day of the week, Monday = 0 … Sunday = 6.
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    /// The same instant truncated to midnight.
    #[must_use = "this returns a new date-time and leaves self unchanged"]
    pub fn midnight(&self) -> Self {
        CivilDateTime::date(self.year, self.month, self.day)
    }

    /// Seconds since 1970-01-01T00:00:00 (as if UTC).
    pub fn timestamp(&self) -> i64 {
        self.days() * 86_400
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
    }

    /// The civil date-time of a timestamp made by [`CivilDateTime::timestamp`].
    pub fn from_timestamp(ts: i64) -> Self {
        let days = ts.div_euclid(86_400);
        let secs = ts.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        CivilDateTime::new(
            y,
            m,
            d,
            (secs / 3600) as u8,
            ((secs / 60) % 60) as u8,
            (secs % 60) as u8,
        )
    }

    /// This date-time moved by `n` days (time of day kept), saturating at the first and last
    /// day an `i32` year holds.
    #[must_use = "this returns a new date-time and leaves self unchanged"]
    pub fn add_days(&self, n: i64) -> Self {
        let (y, m, d) = civil_from_days(self.days().saturating_add(n));
        CivilDateTime {
            year: y,
            month: m,
            day: d,
            ..*self
        }
    }

    /// This date-time moved by `n` seconds (saturating, as [`CivilDateTime::add_days`]).
    #[must_use = "this returns a new date-time and leaves self unchanged"]
    pub fn add_seconds(&self, n: i64) -> Self {
        CivilDateTime::from_timestamp(self.timestamp().saturating_add(n))
    }

    /// This date-time moved by `n` months; the day is clamped to the new month's length, and the
    /// year saturates at the ends of `i32`.
    #[must_use = "this returns a new date-time and leaves self unchanged"]
    pub fn add_months(&self, n: i64) -> Self {
        let total = (i64::from(self.year) * 12 + i64::from(self.month) - 1).saturating_add(n);
        let year = total
            .div_euclid(12)
            .clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        CivilDateTime {
            year,
            month,
            day,
            ..*self
        }
    }

    /// The first moment of the Monday-based week holding this date.
    #[must_use = "this returns a new date-time and leaves self unchanged"]
    pub fn week_start(&self) -> Self {
        self.midnight().add_days(-i64::from(self.weekday()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counting_round_trips() {
        for days in [-800_000_i64, -1, 0, 1, 15_748, 19_000, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(CivilDateTime::date(2013, 2, 12).weekday(), 1);
        assert_eq!(
            CivilDateTime::date(2024, 2, 29).add_months(12),
            CivilDateTime::date(2025, 2, 28)
        );
        assert_eq!(
            CivilDateTime::date(2013, 1, 31).add_months(1),
            CivilDateTime::date(2013, 2, 28)
        );
        assert_eq!(
            CivilDateTime::date(2013, 2, 14).week_start(),
            CivilDateTime::date(2013, 2, 11)
        );
        let t = CivilDateTime::new(2013, 12, 31, 23, 59, 30);
        assert_eq!(t.add_seconds(45), CivilDateTime::new(2014, 1, 1, 0, 0, 15));
    }
}
