//! Finding number mentions in running text: one left-to-right pass over the scanned tokens.
//! At each token the builder is fed as long as it accepts; the longest complete number wins,
//! then bounded look-around adds units, percent, ranges and approximation words.

use super::builder::{Builder, Built, Item};
use super::fold::orig_offset_after;
use super::lexicon::{lexicon, Hit, Lexicon, Role};
use super::scan::{scan, Scan, TKind, Tok};
use super::value::Q;
use super::{Approx, NumberKind, NumberMention};

pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub sc: Scan,
    pub lex: &'static Lexicon,
}

/// A number phrase found by the builder.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Core {
    /// First and last token of the phrase.
    pub first: usize,
    pub last: usize,
    /// Byte span (clitics cut off the start).
    pub start: usize,
    pub end: usize,
    pub built: Built,
    pub value: Q,
    /// A single definite word that is also a weekday (الاثنين).
    pub weekday: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(text: &'a str) -> Self {
        Ctx { text, sc: scan(text), lex: lexicon() }
    }

    #[inline]
    pub fn tok(&self, i: usize) -> Option<&Tok> {
        self.sc.toks.get(i)
    }

    #[inline]
    pub fn folded(&self, i: usize) -> &str {
        match self.sc.toks.get(i) {
            Some(t) if matches!(t.kind, TKind::Word | TKind::Latin) => self.sc.folded(t),
            _ => "",
        }
    }

    /// The folded word at `i` if it is an Arabic word.
    #[inline]
    pub fn word(&self, i: usize) -> Option<&str> {
        match self.sc.toks.get(i) {
            Some(t) if t.kind == TKind::Word => Some(self.sc.folded(t)),
            _ => None,
        }
    }

    #[inline]
    pub fn is_sym(&self, i: usize, chars: &[char]) -> bool {
        matches!(self.sc.toks.get(i), Some(Tok { kind: TKind::Sym(c), .. }) if chars.contains(c))
    }

    /// The lexicon hit of word token `i`.
    pub fn hit(&self, i: usize) -> Option<(Hit, super::lexicon::Entry)> {
        let w = self.word(i)?;
        let (h, e) = self.lex.lookup(w)?;
        Some((h, *e))
    }

    /// Byte offset where token `i` starts once `pre_chars` folded letters are cut off.
    pub fn cut_start(&self, i: usize, pre_chars: usize) -> usize {
        match self.sc.toks.get(i) {
            Some(t) => t.start + orig_offset_after(self.text.get(t.start..t.end).unwrap_or(""), pre_chars),
            None => self.text.len(),
        }
    }

    /// The builder item at token `i`, with its hit for words.
    fn item(&self, i: usize) -> Option<(Item, Option<Hit>)> {
        let t = self.sc.toks.get(i)?;
        match t.kind {
            TKind::Num => Some((Item::Digits { q: t.val?, digits: t.int_digits.saturating_add(t.frac_digits) }, None)),
            TKind::Word => {
                let (h, e) = self.lex.lookup(self.sc.folded(t))?;
                Some((Item::Word { e: *e, definite: h.article }, Some(h)))
            }
            _ => None,
        }
    }

    /// Parses the longest complete number phrase starting at token `i`.
    pub fn parse_core(&self, i: usize) -> Option<Core> {
        let (item, hit) = self.item(i)?;
        let mut b = Builder::new();
        if !b.push(item, false) {
            return None;
        }
        let mut best = if b.is_complete() { Some((b, i)) } else { None };
        let mut j = i + 1;
        loop {
            let Some(tj) = self.sc.toks.get(j) else { break };
            let (conj, k) = if tj.kind == TKind::Word && self.sc.folded(tj) == "و" { (true, j + 1) } else { (false, j) };
            let Some((item, h)) = self.item(k) else { break };
            let mut c = conj;
            if let Some(h) = h {
                if h.prep {
                    break;
                }
                if h.conj {
                    // Only و joins number words; ف starts something else.
                    if conj || !self.word(k).is_some_and(|w| w.starts_with('و')) {
                        break;
                    }
                    c = true;
                }
                if h.article && !c {
                    break;
                }
            }
            if !b.push(item, c) {
                break;
            }
            if b.is_complete() {
                best = Some((b, k));
            }
            j = k + 1;
        }
        let (b, last) = best?;
        let built = b.finish()?;
        let first_tok = self.sc.toks.get(i)?;
        let start = match hit {
            Some(h) => self.cut_start(i, h.cut_chars as usize),
            None => first_tok.start,
        };
        let end = self.sc.toks.get(last)?.end;
        let weekday = built.items == 1
            && built.first_definite
            && hit.is_some_and(|h| {
                let w = self.word(i).unwrap_or("");
                let stem: String = w.chars().skip(h.pre_chars as usize).collect();
                stem == "اثنين" || stem == "اتنين"
            });
        Some(Core { first: i, last, start, end, built, value: built.value, weekday })
    }
}

/// The plain mention for a core (no look-around).
pub(crate) fn plain_mention(core: &Core) -> NumberMention {
    let kind = if core.built.ordinal {
        NumberKind::Ordinal
    } else if core.built.fraction && !core.value.is_int() {
        NumberKind::Fraction
    } else {
        NumberKind::Cardinal
    };
    NumberMention {
        start: core.start,
        end: core.end,
        value: core.value.to_value(),
        kind,
        approx: if core.built.vague { Some(Approx::OrderOf) } else { None },
        range_end: None,
        unit: None,
        unit_norm: None,
    }
}

/// Every number mention in `text`, sorted by start and non-overlapping.
pub(crate) fn extract(text: &str) -> Vec<NumberMention> {
    let ctx = Ctx::new(text);
    let mut out = Vec::new();
    let n = ctx.sc.toks.len();
    let mut i = 0;
    while i < n {
        match ctx.parse_core(i) {
            Some(core) if !core.weekday && !core.built.weak => {
                let mut m = plain_mention(&core);
                if let Some(neg) = negative_sign(&ctx, i) {
                    if let Some(v) = core.value.neg() {
                        m.value = v.to_value();
                        m.start = neg;
                    }
                }
                out.push(m);
                i = core.last + 1;
            }
            _ => i += 1,
        }
    }
    let _ = Role::Unit;
    out
}

/// A minus sign glued to the digits at `i` and standing free on its left: its byte start.
pub(crate) fn negative_sign(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    let t = ctx.tok(i)?;
    if t.kind != TKind::Num || t.space_before || i == 0 {
        return None;
    }
    let m = ctx.tok(i - 1)?;
    if !matches!(m.kind, TKind::Sym('-' | '\u{2212}')) {
        return None;
    }
    if i >= 2 && !m.space_before {
        if let Some(p) = ctx.tok(i - 2) {
            if matches!(p.kind, TKind::Num | TKind::Word | TKind::Latin) {
                return None;
            }
        }
    }
    Some(m.start)
}
