//! Currency names (MISC, as ANERcorp marks them): "مليون شيكل", "سعر الدولار"; the club named
//! after a currency ("الريال") is no money.

use super::clubs::sports_near;
use super::Context;
use crate::entities::text::{Analysis, Kind};
use crate::entities::{is_nisba, Cand, Label, Source};

/// Currency names are MISC, as ANERcorp marks them, but where a match makes one the club.
///
/// A currency name is MISC, as in ANERcorp ("مليون شيكل", "سعر الدولار"); the numbers
/// module's unit table says which words are currencies.
pub(super) fn currencies(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (a, n_user) = (cx.a, cx.n_user);
    let n = a.toks.len();
    for i in 0..n {
        let Some(t) = a.toks.get(i) else { continue };
        if t.kind != Kind::Arabic {
            continue;
        }
        let c = a.canon(i);
        let bare = c.strip_prefix("ال").unwrap_or(c);
        let Some(singular) = crate::numbers::currency_word(bare) else {
            continue;
        };
        // a definite plural is the currency in general ("الدولارات"), no name
        if bare.chars().count() < 3 || bare.len() < c.len() && !singular {
            continue;
        }
        // "فاز الريال على برشلونة": with no amount near and a match around it, a currency word
        // is the club named after it (Real Madrid), not money; after an amount it is money
        // even where the tagger saw the club ("1500 ريال")
        // (not before a country's nisba: "الريال السعودي" is money)
        let amount = amount_near(a, i);
        let nisba_after =
            a.toks.get(i + 1).is_some_and(|t| t.nclitic == 0) && is_nisba(a.canon(i + 1));
        let club = !amount && CLUB_CURRENCIES.contains(&bare) && !nisba_after && sports_near(a, i);
        // the tagger's place of one currency word is the currency ("مليار شيكل": LOC); a
        // person may bear the name ("يوان"), an organisation be a club ("ريال"), but not
        // after an amount ("1500 مليار دينار" had been a person)
        if let Some(k) = taken.get(i).copied().flatten().filter(|&k| k >= n_user) {
            if let Some(x) = cands.get_mut(k) {
                if x.first == i && x.last == i {
                    match x.label {
                        Label::Loc => x.label = Label::Misc,
                        Label::Org | Label::Per if amount => x.label = Label::Misc,
                        Label::Misc if club => x.label = Label::Org,
                        _ => {}
                    }
                } else if x.first == i && amount && matches!(x.label, Label::Org | Label::Loc) {
                    // the tagger's longer mention from a currency after an amount ("500 ريال
                    // سعودي للموظف": ORG) is the currency alone, its adjective outside
                    let old_last = x.last;
                    x.last = i;
                    x.label = Label::Misc;
                    for y in taken.iter_mut().take(old_last + 1).skip(i + 1) {
                        *y = None;
                    }
                }
            }
            continue;
        }
        if club {
            if let Some(x) = taken.get_mut(i) {
                *x = Some(cands.len());
            }
            cands.push(Cand::new(i, i, Label::Org, Source::Rule));
            continue;
        }
        // "جنيه إسترليني": the adjective after a currency stays outside it, as mostly in
        // ANERcorp (a currency name on its own: "الإسترليني")
        let after_currency = i
            .checked_sub(1)
            .and_then(|p| taken.get(p).copied().flatten())
            .and_then(|k| cands.get(k))
            .is_some_and(|x| x.label == Label::Misc && x.last + 1 == i);
        if after_currency {
            continue;
        }
        if let Some(x) = taken.get_mut(i) {
            *x = Some(cands.len());
        }
        cands.push(Cand::new(i, i, Label::Misc, Source::Rule));
    }
}

/// The nisba after a currency is its country's adjective, no person.
///
/// The nisba after a currency is its country's adjective, not the tagger's one-word person
/// ("الدينار التونسي": PER "التونسي").
pub(super) fn nisbas_after_currencies(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut [Cand],
) {
    let (a, n_user) = (cx.a, cx.n_user);
    let n = a.toks.len();
    for i in 1..n {
        let held = |j: usize| taken.get(j).copied().flatten().filter(|&k| k >= n_user);
        let currency = held(i - 1)
            .and_then(|k| cands.get(k))
            .is_some_and(|x| !x.dead && x.label == Label::Misc && x.last + 1 == i)
            && {
                let c = a.canon(i - 1);
                crate::numbers::currency_word(c.strip_prefix("ال").unwrap_or(c)).is_some()
            };
        if !currency || !is_nisba(a.canon(i)) || a.toks.get(i).is_none_or(|t| t.nclitic != 0) {
            continue;
        }
        if let Some(k) = held(i) {
            if let Some(x) = cands.get_mut(k) {
                if x.first == i && x.last == i && x.label == Label::Per {
                    x.dead = true;
                    if let Some(y) = taken.get_mut(i) {
                        *y = None;
                    }
                }
            }
        }
    }
}

/// Currency words that clubs are named after and called by alone (folded, without the
/// article): "ريال" (Real Madrid: "الريال"). Not "يورو", also the tournament.
pub(in crate::entities) const CLUB_CURRENCIES: &[&str] = &["ريال"];

/// Words of prices and exchange (folded, clitics off): money is meant near them.
pub(in crate::entities) const MONEY_WORDS: &[&str] =
    &["سعر", "اسعار", "صرف", "مقابل", "العمله", "عمله", "قيمه"];

/// Is token `i` (a currency word) about money: a number (digits or a number word) within two
/// tokens, or another currency or a word of prices ([`MONEY_WORDS`]) within four ("سجل
/// الريال تراجعا أمام الدولار")?
pub(super) fn amount_near(a: &Analysis, i: usize) -> bool {
    let number = |j: usize| {
        a.toks.get(j).is_some_and(|t| t.kind == Kind::Number)
            || crate::numbers::number_word(a.canon(j))
    };
    let money = |j: usize| {
        let c = a.canon(j);
        MONEY_WORDS.contains(&c)
            || crate::numbers::currency_word(c.strip_prefix("ال").unwrap_or(c)).is_some()
    };
    (i.saturating_sub(2)..=i + 2).any(|j| j != i && number(j))
        || (i.saturating_sub(4)..=i + 4).any(|j| j != i && money(j))
}
