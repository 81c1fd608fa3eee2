//! Seasons: "صيف 2024", "خريف عام 2019", "الصيف الماضي", "هذا الشتاء", "شتاء 2023-2024".

use super::{Frame, Parser};
use crate::dates::lexicon::{Fw, W};

impl<'t> Parser<'t> {
    /// A season: "صيف 2024", "خريف عام 2019", "شتاء العام المقبل" (of a year), "الصيف
    /// الماضي", "الربيع المقبل", "هذا الشتاء" (from the reference). "الصيف" alone is no date
    /// ("في الصيف تكثر الحرائق"), nor is "الربيع العربي".
    pub(super) fn season(&self, f: &mut Frame, j: usize) -> Option<usize> {
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
}
