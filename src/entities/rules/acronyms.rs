//! Acronyms: in parentheses or quotes right after an organisation's long name.

use super::{is_free, Context};
use crate::entities::text::Kind;
use crate::entities::{is_name_token, Cand, Label, Source};

/// An acronym in parentheses or quotes right after an organisation's name is that organisation.
///
/// Acronym in parentheses or quotes right after a name: "قوات سوريا الديمقراطية (قسد)".
pub(super) fn acronyms(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let a = cx.a;
    let open = |i: usize| {
        a.toks.get(i).is_some_and(|t| t.kind == Kind::Punct)
            && matches!(a.word(i), "(" | "«" | "\"" | "“" | "'")
    };
    let close = |i: usize| {
        a.toks.get(i).is_some_and(|t| t.kind == Kind::Punct)
            && matches!(a.word(i), ")" | "»" | "\"" | "”" | "'")
    };
    let snapshot: Vec<Cand> = cands.clone();
    for c in &snapshot {
        if c.dead || c.last <= c.first || c.label != Label::Org {
            continue;
        }
        let x = c.last + 2;
        if open(c.last + 1)
            && is_name_token(a, x)
            && close(x + 1)
            && is_free(taken, x)
            && !cx.common.get(x).copied().unwrap_or(true)
        {
            let len = a.word(x).chars().count();
            if (2..=8).contains(&len) {
                if let Some(s) = taken.get_mut(x) {
                    *s = Some(cands.len());
                }
                cands.push(Cand::new(x, x, c.label, Source::Rule));
            }
        }
    }
}
