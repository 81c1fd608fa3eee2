//! Decades and centuries: "التسعينيات", "ثمانينيات القرن الماضي", "العقد الأول من القرن الحالي",
//! "القرن التاسع عشر", "القرن XIX".

use super::{Century, Frame, Parser};
use crate::dates::lexicon::{Fw, W};
use crate::dates::scan::Kind;

impl<'t> Parser<'t> {
    /// "التسعينيات", "ثمانينيات القرن الماضي", "العشرينيات من القرن الحادي والعشرين". An age
    /// ("في الستينات من عمره") is not a decade.
    pub(super) fn decade(&self, f: &mut Frame, j: usize) -> Option<usize> {
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
    pub(super) fn whole_century(&self, f: &mut Frame, j: usize) -> Option<usize> {
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
    pub(super) fn current_century(&self, k: usize) -> Option<(Century, usize)> {
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
