//! Parts of the day: "صباحا", "مساء أمس", "هذا الصباح", "بعد الظهر", "الليلة الماضية", and the
//! eve "ليلة الجمعة" with the night between two days "ليلة الخميس الجمعة".

use super::{Frame, Parser};
use crate::dates::lexicon::{Fw, Pod, W};

impl<'t> Parser<'t> {
    /// A part of the day at `k`: "صباحا", "هذا الصباح", "بعد الظهر", "قبل المغرب".
    pub(super) fn pod_at(&self, k: usize) -> Option<(Pod, usize, bool)> {
        match self.w(k)? {
            W::Pod(p) => Some((p, k + 1, false)),
            // "هذا الصباح", "هذه الليلة"; "هذا العصر" is "this era"
            W::F(Fw::This) => match self.w(k + 1)? {
                W::Pod(p) if !self.is(k + 1, "العصر") => Some((p, k + 2, true)),
                _ => None,
            },
            W::F(f @ (Fw::After | Fw::Before)) => {
                let t = self.t(k + 1)?;
                let p = match (f, t.norm.as_ref()) {
                    // "بعد الزوال" / "قبل الزوال": after / before the sun's zenith, as
                    // the Maghreb says afternoon and morning
                    (Fw::After, "الظهر" | "الظهيره" | "ظهر" | "الزوال") => {
                        Pod::Afternoon
                    }
                    (Fw::Before, "الظهر" | "الظهيره" | "ظهر" | "الزوال") => {
                        Pod::Morning
                    }
                    (Fw::After, "العصر") => Pod::Asr,
                    (Fw::Before, "المغرب") => Pod::Asr,
                    (Fw::After, "المغرب") => Pod::Evening,
                    (Fw::After, "العشاء") => Pod::Night,
                    (Fw::Before, "الفجر") => Pod::Night,
                    (Fw::After, "الفجر") => Pod::Dawn,
                    _ => return None,
                };
                Some((p, k + 2, false))
            }
            _ => None,
        }
    }

    /// A part of the day on its own: after a time it fixes the hour; before or after a day it
    /// narrows the day to that part ("مساء أمس", "صباح اليوم", "الليلة").
    pub(super) fn pod(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.pod.is_some() {
            return None;
        }
        let (p, k, anchor) = self.pod_at(j)?;
        let t = self.t(j)?;
        if f.hour.is_none() && t.norm == "العشاء" {
            return None;
        }
        if let Some(h) = f.hour {
            if h <= 12 && f.hour_ambiguous {
                f.midnight |= h == 12 && p == Pod::Night;
                f.hour = Some(p.hour(h));
            }
            f.hour_ambiguous = false;
        }
        let tonight = t.norm == "الليله" && f.rel_day.is_none();
        f.pod = Some(p);
        // "الليلة الماضية": last night (yesterday's), "الليلة المقبلة": tomorrow's
        if tonight && f.hour.is_none() {
            if let Some(d) = self.direction(k).filter(|&d| d != 0) {
                f.rel_day = Some(i64::from(d));
                return Some(k + 1);
            }
        }
        // "ليلة الجمعة" is the night before Friday (Thursday evening), "ليلة عيد الفطر" its
        // eve, "ليلة 27 رمضان" the night before that Hijri day; "ليلة الخميس الجمعة" / "ليلة
        // الجمعة على السبت" name both days and are the night of the first
        if t.norm == "ليله" && f.hour.is_none() && f.rel_day.is_none() {
            if let Some(k2) = self.night_pair(k) {
                f.weekday = self.weekday_at(k);
                return Some(k2);
            }
            f.eve = true;
        }
        f.pod_anchor |= anchor || tonight;
        Some(k)
    }

    /// A definite weekday at `k`.
    fn weekday_at(&self, k: usize) -> Option<u8> {
        match self.w(k)? {
            W::Weekday(d, true) => Some(d),
            _ => None,
        }
    }

    /// "الخميس الجمعة", "الخميس/الجمعة", "الخميس - الجمعة", "الخميس إلى الجمعة", "الخميس على
    /// الجمعة" at `k`: two weekdays in a row (the night between them); the index after them.
    fn night_pair(&self, k: usize) -> Option<usize> {
        let a = self.weekday_at(k)?;
        let sep = self.punct(k + 1, "/")
            || self.punct(k + 1, "-")
            || (matches!(self.fw(k + 1), Some(Fw::To)) || self.is(k + 1, "علي"))
                && self.t(k + 1).is_some_and(|t| t.pre.is_empty());
        let b_at = if sep { k + 2 } else { k + 1 };
        let b = self.weekday_at(b_at)?;
        (b == (a + 1) % 7).then_some(b_at + 1)
    }
}
