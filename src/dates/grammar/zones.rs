//! Time zones said after a clock time: "بتوقيت غرينتش", "بتوقيت GMT", "بتوقيت مكة المكرمة".

use super::{Frame, Parser};

impl<'t> Parser<'t> {
    /// A zone said at `k` after a clock time: the shift to the reference's zone put in `f`
    /// (when the reference's offset is known), and the index after it (`k` without one).
    pub(super) fn zone(&self, f: &mut Frame, k: usize) -> usize {
        let Some((zone, e)) = self.zone_at(k) else {
            return k;
        };
        if let Some(o) = self.ref_offset {
            f.shift_minutes = i64::from(o) - i64::from(zone);
        }
        e
    }

    /// "بتوقيت غرينتش", "بتوقيت GMT", "بتوقيت مكة المكرمة": the zone's UTC offset in minutes.
    /// Only zones without daylight saving time are known.
    fn zone_at(&self, k: usize) -> Option<(i32, usize)> {
        let t = self.t(k)?;
        if t.norm != "توقيت" && t.norm != "بتوقيت" {
            return None;
        }
        let z = self.t(k + 1)?;
        let offset = match z.norm.as_ref() {
            "gmt" | "utc" | "غرينتش" | "غرينيتش" | "جرينتش" | "جرينيتش" => {
                0
            }
            "مكه" | "الرياض" | "بغداد" | "الكويت" | "الدوحه" | "المنامه" => {
                180
            }
            "ابوظبي" | "دبي" | "مسقط" => 240,
            _ => return None,
        };
        let mut e = k + 2;
        if self.is(e, "المكرمه") {
            e += 1;
        }
        Some((offset, e))
    }
}
