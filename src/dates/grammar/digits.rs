//! Dates written in digits: "3/5/2020" (day first), "2020-05-03", "03.05.2020", "5/2020", and "15/3"
//! after a weekday or a word that asks for a date.

use super::{Frame, MonthSpec, Parser};
use crate::dates::lexicon::W;
use crate::dates::scan::Kind;

impl<'t> Parser<'t> {
    pub(super) fn digit_date(&self, f: &mut Frame, j: usize) -> Option<usize> {
        let t = self.t(j)?;
        if t.kind != Kind::Digits || f.day.is_some() || f.month.is_some() {
            return None;
        }
        let sep = if t.norm.contains('/') {
            '/'
        } else if t.norm.contains('.') {
            '.'
        } else if t.norm.contains('-') {
            '-'
        } else {
            return None;
        };
        let parts: Vec<&str> = t.norm.split(sep).collect();
        let val = |s: &str| s.parse::<i64>().ok();
        match parts.as_slice() {
            [a, b, c] => {
                let (y, m, d, yl) = if a.len() == 4 {
                    (val(a)?, val(b)?, val(c)?, 4)
                } else {
                    (val(c)?, val(b)?, val(a)?, c.len())
                };
                let y = match yl {
                    4 => y,
                    2 if y < 50 => 2000 + y,
                    2 => 1900 + y,
                    _ => return None,
                };
                if !(1..=12).contains(&m) || !(1..=31).contains(&d) || f.year.is_some() {
                    return None;
                }
                // Hijri when marked هـ, or when the year can only be a Hijri one (1300–1500)
                let era = match self.w(j + 1) {
                    Some(W::EraHijri) => Some(true),
                    Some(W::EraGregorian) => Some(false),
                    _ => None,
                };
                let hijri = era.unwrap_or((1300..=1500).contains(&y));
                f.day = Some(d as u8);
                f.month = Some(MonthSpec::Abs(m as u8, hijri));
                f.year = Some(y as i32);
                f.era_hijri = Some(hijri);
                Some(if era.is_some() { j + 2 } else { j + 1 })
            }
            [a, b] if sep == '/' => {
                let (x, y) = (val(a)?, val(b)?);
                if b.len() == 4 && (1..=12).contains(&x) && f.year.is_none() {
                    f.month = Some(MonthSpec::Abs(x as u8, false));
                    f.year = Some(y as i32);
                    Some(j + 1)
                } else if a.len() <= 2
                    && b.len() <= 2
                    && (1..=31).contains(&x)
                    && (1..=12).contains(&y)
                    && (f.weekday.is_some()
                        || j.checked_sub(1).and_then(|p| self.t(p)).is_some_and(|p| {
                            matches!(
                                p.norm.as_ref(),
                                "يوم" | "تاريخ" | "في" | "منذ" | "حتي" | "الموافق"
                            )
                        }))
                {
                    f.day = Some(x as u8);
                    f.month = Some(MonthSpec::Abs(y as u8, false));
                    Some(j + 1)
                } else {
                    None
                }
            }
            _ => None,
        }
    }
}
