//! Products: the kind of product that ends a company's name ("شركة آبل هاتف آيفون"), and an
//! aircraft named by its maker and a model number ("بوينغ 737").

use super::{take_over, Context};
use crate::entities::text::{Analysis, Kind};
use crate::entities::{Cand, Label, Source};

/// Kinds of product that follow a company's name and are no part of it (folded forms); nor is
/// the name after them a person ("هاتف آيفون", "منصة إكس").
pub(in crate::entities) const PRODUCT_HEADS: &[&str] = &[
    "هاتف",
    "هواتف",
    "جهاز",
    "اجهزه",
    "تطبيق",
    "منصه",
    "سياره",
    "سيارات",
    "حاسوب",
    "نظام",
];

/// A company's name ends before the kind of product named after it.
///
/// A company's name ends before the kind of product named after it: "شركة آبل هاتف آيفون"
/// is ORG آبل, not ORG "آبل هاتف آيفون".
pub(super) fn companies_before_products(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut [Cand],
) {
    let (a, n_user) = (cx.a, cx.n_user);
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead || c.label != Label::Org || c.last == c.first {
            continue;
        }
        let Some(k) = (c.first + 1..=c.last).find(|&k| PRODUCT_HEADS.contains(&a.canon(k))) else {
            continue;
        };
        for x in taken.iter_mut().take(c.last + 1).skip(k) {
            *x = None;
        }
        if let Some(x) = cands.get_mut(ci) {
            x.last = k - 1;
        }
    }
}

/// Makers (folded) of aircraft whose name with a model number is that model: "بوينغ 737",
/// "إيرباص 320", "سوخوي 24". Boeing and Airbus alone are the companies.
const AIRCRAFT_MAKERS: &[&str] = &[
    "بوينغ",
    "بوينج",
    "ايرباص",
    "سوخوي",
    "ميغ",
    "ميج",
    "توبوليف",
    "اليوشن",
    "انتونوف",
];

/// Words (folded) for an aircraft, after which a maker's name alone is the model: "طائرات
/// سوخوي", "بطائرة أنتونوف".
const AIRCRAFT_HEADS: &[&str] = &[
    "طائره",
    "طائرات",
    "مقاتله",
    "مقاتلات",
    "قاذفه",
    "قاذفات",
    "مروحيه",
    "مروحيات",
    "طراز",
];

/// An aircraft named by its maker and a model number is MISC, both words in the span, as
/// ANERcorp marks "بوينج 757" (and its maker alone after "طائرة", "طراز": "طائرات سوخوي");
/// what the tagger or a list made of the maker (the company, often) gives way.
pub(super) fn aircraft(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    for i in 0..a.toks.len() {
        if !AIRCRAFT_MAKERS.contains(&a.canon(i)) {
            continue;
        }
        let number = a.toks.get(i + 1).is_some_and(|t| {
            t.kind == Kind::Number
                && text
                    .get(t.start..t.end)
                    .is_some_and(|n| (2..=4).contains(&n.chars().count()))
        });
        let head = i
            .checked_sub(1)
            .is_some_and(|p| AIRCRAFT_HEADS.contains(&a.canon(p)));
        if number {
            take_over(taken, cands, Cand::new(i, i + 1, Label::Misc, Source::Rule));
        } else if head {
            take_over(taken, cands, Cand::new(i, i, Label::Misc, Source::Rule));
        }
    }
}
