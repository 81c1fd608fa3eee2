//! Weeks relative to the reference: "الأسبوع المقبل", "هذا الأسبوع", "الأسبوع قبل الماضي", and the
//! nth week of a month ("الأسبوع الأخير من سبتمبر").

use super::{Frame, NthOf, Parser};
use crate::dates::lexicon::{Fw, W};
use crate::dates::Grain;

impl<'t> Parser<'t> {
    pub(super) fn week(&self, f: &mut Frame, j: usize) -> Option<usize> {
        if f.week_rel.is_some() || f.nth.is_some() {
            return None;
        }
        let mut k = j;
        let this = self.fw(k) == Some(Fw::This);
        if this {
            k += 1;
        }
        if !matches!(self.w(k), Some(W::Unit(Grain::Week, 1, true))) {
            return None;
        }
        if this {
            f.week_rel = Some(0);
            return Some(k + 1);
        }
        if let Some(d) = self.two_away(k + 1) {
            f.week_rel = Some(d);
            return Some(k + 3);
        }
        match self.direction(k + 1) {
            Some(d) => {
                f.week_rel = Some(i64::from(d));
                Some(k + 2)
            }
            None => self.nth_suffix(f, k, NthOf::Week),
        }
    }

    /// A week relative to the reference at `k`, after a position word: what [`Parser::week`]
    /// reads ("الأسبوع المقبل", "هذا الأسبوع", "الأسبوع قبل الماضي"), or "الأسبوع" alone
    /// (the current week). Not "الأسبوع الأخير من مارس" (a week of a month).
    pub(super) fn week_here(&self, f: &mut Frame, k: usize) -> Option<usize> {
        let mut g = Frame::default();
        let e = match self.week(&mut g, k) {
            Some(e) if g.nth.is_none() => e,
            Some(_) => return None,
            None if matches!(self.w(k), Some(W::Unit(Grain::Week, 1, true))) => {
                g.week_rel = Some(0);
                k + 1
            }
            None => return None,
        };
        f.week_rel = g.week_rel;
        Some(e)
    }
}
