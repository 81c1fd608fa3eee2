//! Holidays: "عيد الفطر", "عيد الأضحى المقبل", "يوم عرفة", "عاشوراء", "رأس السنة الهجرية", and the nth
//! day of a feast of several days ("ثاني أيام عيد الفطر").

use super::{Frame, NthOf, Parser};
use crate::dates::lexicon::{Holiday, W};
use crate::dates::Grain;

impl<'t> Parser<'t> {
    pub(super) fn holiday(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.holiday.is_some() || f.day.is_some() || f.month.is_some() {
            return None;
        }
        let t = self.t(j)?;
        let next = self.t(j + 1).map(|t| t.norm.as_ref());
        let (h, mut k) = match self.w(j)? {
            // "يوم عرفة", "يوم عاشوراء": the day word belongs to the holiday's name
            W::Unit(Grain::Day, 1, false) if t.norm == "يوم" => match (next, self.w(j + 1)) {
                (Some("عرفه" | "عرفات"), _) => (Holiday::Arafa, j + 2),
                (_, Some(W::Holiday(h))) if h == Holiday::Ashura => (h, j + 2),
                _ => return None,
            },
            W::Holiday(h) => (h, j + 1),
            W::HolidayHead => {
                match (t.norm.as_ref(), next) {
                    ("عيد", Some("الفطر")) => (Holiday::EidFitr, j + 2),
                    ("عيد", Some("الاضحي")) => (Holiday::EidAdha, j + 2),
                    ("عيد", Some("الميلاد")) => (Holiday::Christmas, j + 2),
                    ("عيد", Some("الفصح" | "القيامه")) => (Holiday::Easter, j + 2),
                    ("المولد", Some("النبوي")) => (Holiday::Mawlid, j + 2),
                    ("وقفه", Some("عرفه" | "عرفات")) => (Holiday::Arafa, j + 2),
                    // "الإسراء والمعراج", "الإسراء و المعراج"
                    ("الاسراء", Some("والمعراج")) => (Holiday::IsraMiraj, j + 2),
                    ("الاسراء", Some("و")) if self.is(j + 2, "المعراج") => {
                        (Holiday::IsraMiraj, j + 3)
                    }
                    ("راس", Some("السنه" | "العام")) => match self
                        .t(j + 2)
                        .map(|t| t.norm.as_ref())
                    {
                        Some("الهجريه" | "الهجري") => (Holiday::HijriNewYear, j + 3),
                        Some("الميلاديه" | "الميلادي") => {
                            (Holiday::NewYear, j + 3)
                        }
                        _ => (Holiday::NewYear, j + 2),
                    },
                    _ => return None,
                }
            }
            _ => return None,
        };
        if h == Holiday::Christmas && self.is(k, "المجيد") {
            k += 1;
        }
        // "عيد الفطر الماضي" / "المقبل": the nearest one before / after the reference day
        if let Some(d) = self.direction(k).filter(|&d| d != 0) {
            f.month_dir = d;
            k += 1;
        }
        f.holiday = Some(h);
        Some(k)
    }

    /// The nth day (1 to 4) of a feast of several days at `k`, after an optional "من" ("ثاني
    /// أيام عيد الفطر", "اليوم الثالث من عيد الأضحى", "اليوم الثاني لعيد الفطر"): the
    /// feast's day moved n - 1 days. One-day holidays ("عاشوراء") have no second day.
    pub(super) fn holiday_day(&self, f: &mut Frame, n: i64, k: usize) -> Option<usize> {
        if !(1..=4).contains(&n) {
            return None;
        }
        let k = if self.counted_from(k) { k + 1 } else { k };
        let mut g = Frame::default();
        let e = self.holiday(&mut g, k)?;
        if !matches!(
            g.holiday,
            Some(Holiday::EidFitr | Holiday::EidAdha | Holiday::Christmas | Holiday::Easter)
        ) {
            return None;
        }
        f.holiday = g.holiday;
        f.month_dir = g.month_dir;
        f.nth = Some((n, NthOf::Day));
        Some(e)
    }
}
