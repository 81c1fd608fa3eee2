//! Finding number mentions in running text: one left-to-right pass over the scanned tokens.
//! At each token the builder is fed as long as it accepts; the longest complete number wins,
//! then bounded look-around adds units, percent, ranges and approximation words.

use super::approx;
use super::builder::{Builder, Built, Item};
use super::fold::{digit_value, fold, orig_offset_after};
use super::lexicon::{lexicon, Hit, Lexicon, Role};
use super::scan::{scan_with, Scan, TKind, Tok};
use super::units;
use super::value::Q;
use super::{Approx, ExtractOptions, NumberKind, NumberMention};

pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub sc: Scan,
    pub lex: &'static Lexicon,
    pub opts: ExtractOptions,
    /// Tokens that are not punctuation or symbols (words, numbers, URLs ...).
    pub content: usize,
    /// How the text writes its periods between digits, for "1.200" (see [`DotHabit`]).
    pub dots: DotHabit,
}

/// What the numbers of a whole text say about a period before three digits ("1.200"):
/// thousands where decimals are written with a comma ("5,7") or thousands with periods in
/// two groups or more ("2.500.000"), a decimal point where a period has another number of
/// digits after it ("1.5") or commas group the thousands ("3,500"). One pass over the
/// number tokens.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DotHabit {
    /// A decimal comma ("5,7 مليون").
    pub comma_decimal: bool,
    /// Thousands grouped by periods ("2.500.000").
    pub dot_groups: bool,
    /// A decimal period with one, two or four+ digits ("1.5"), or comma thousands ("3,500").
    pub dot_decimal: bool,
    /// A decimal period with one, two or four+ digits alone ("1.5").
    pub dot_fraction: bool,
}

impl DotHabit {
    fn of(text: &str, toks: &[Tok]) -> Self {
        let mut h = DotHabit::default();
        for t in toks.iter().filter(|t| t.kind == TKind::Num) {
            let Some(s) = text.get(t.start..t.end) else {
                continue;
            };
            let dot = s.find('.');
            let comma = s.find([',', '\u{066C}']);
            if t.grouped {
                match (dot, comma) {
                    // "2.500.000", "13.245,67"
                    (Some(d), c) if c.is_none_or(|c| d < c) => {
                        h.dot_groups = true;
                        h.comma_decimal |= c.is_some();
                    }
                    // "3,500", "11,845.22"
                    (_, Some(_)) => h.dot_decimal = true,
                    _ => {}
                }
            } else if t.frac_digits > 0 {
                if s.contains(',') {
                    h.comma_decimal = true;
                } else if dot.is_some() && t.frac_digits != 3 {
                    h.dot_decimal = true;
                    h.dot_fraction = true;
                }
            }
        }
        h
    }

    /// Whether the text as a whole writes its periods as thousands.
    pub fn thousands(self) -> bool {
        (self.comma_decimal || self.dot_groups) && !self.dot_decimal
    }
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
    /// The context of running text (`running`) or of a string given to `parse_number`.
    pub fn new(text: &'a str, running: bool) -> Self {
        let sc = scan_with(text, running);
        let content = sc
            .toks
            .iter()
            .filter(|t| !matches!(t.kind, TKind::Sym(c) if c != super::scan::OPAQUE))
            .count();
        let dots = if running {
            DotHabit::of(text, &sc.toks)
        } else {
            DotHabit::default()
        };
        Ctx {
            text,
            sc,
            lex: lexicon(),
            opts: ExtractOptions::default(),
            content,
            dots,
        }
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
        let t = self.sc.toks.get(i)?;
        if t.kind != TKind::Word {
            return None;
        }
        let w = self.sc.folded(t);
        let (h, e) = self.lex.lookup(w)?;
        // Folding loses the hamza: "وأحد" is و + أحد, not واحد. A clitic letter followed by a
        // written hamza-alef is a clitic.
        if h.pre_chars == 0 {
            let orig = self.text.get(t.start..t.end).unwrap_or("");
            let mut cs = orig.chars();
            if let (Some(c0 @ ('و' | 'ف' | 'ب' | 'ل')), Some('أ' | 'إ' | 'آ')) =
                (cs.next(), cs.next())
            {
                let rest = w.get(c0.len_utf8()..)?;
                let (h2, e2) = self.lex.lookup(rest)?;
                if h2.pre_chars == 0 {
                    let conj = matches!(c0, 'و' | 'ف');
                    let h2 = Hit {
                        pre_chars: 1,
                        cut_chars: 1,
                        conj,
                        prep: !conj,
                        ..h2
                    };
                    return Some((h2, *e2));
                }
                return None;
            }
        }
        Some((h, *e))
    }

    /// Byte offset where token `i` starts once `pre_chars` folded letters are cut off.
    pub fn cut_start(&self, i: usize, pre_chars: usize) -> usize {
        match self.sc.toks.get(i) {
            Some(t) => {
                t.start + orig_offset_after(self.text.get(t.start..t.end).unwrap_or(""), pre_chars)
            }
            None => self.text.len(),
        }
    }

    /// The builder item at token `i`, with its hit for words.
    fn item(&self, i: usize) -> Option<(Item, Option<Hit>)> {
        let t = self.sc.toks.get(i)?;
        match t.kind {
            TKind::Num => Some((
                Item::Digits {
                    q: t.val?,
                    digits: t.int_digits.saturating_add(t.frac_digits),
                },
                None,
            )),
            TKind::Word => {
                let (h, e) = self.hit(i)?;
                Some((
                    Item::Word {
                        e,
                        definite: h.article,
                    },
                    Some(h),
                ))
            }
            _ => None,
        }
    }

    /// Parses the longest complete number phrase starting at token `i`.
    pub fn parse_core(&self, i: usize) -> Option<Core> {
        let (item, hit) = self.item(i)?;
        let mut b = Builder::new();
        // after "بين" a و may separate the two ends of a range: "بين 800 ألف و2 مليون" is no
        // 800,002 million
        b.whole_scale = i
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_none_or(|w| super::approx::match_first(w, "بين").is_none());
        if !b.push(item, false) {
            return None;
        }
        let mut best = if b.is_complete() { Some((b, i)) } else { None };
        // The complete state just before a new group started after a scale word: if that
        // group then wants a scale it may not have (مليون وثلاثة ملايين), fall back to it.
        let mut before_group: Option<(Builder, usize)> = None;
        let mut j = i + 1;
        while let Some(tj) = self.sc.toks.get(j) {
            let (conj, k) = if tj.kind == TKind::Word && self.sc.folded(tj) == "و" {
                (true, j + 1)
            } else {
                (false, j)
            };
            let Some((item, h)) = self.item(k) else { break };
            // Digits glued to / - : . belong to something else (1/2, 2020-05-12, 10:30).
            if let Item::Digits { .. } = item {
                if self.sc.toks.get(k + 1).is_some_and(|n| {
                    !n.space_before
                        && matches!(n.kind, TKind::Sym('/' | '-' | ':' | '.' | '\u{2013}'))
                }) {
                    break;
                }
            }
            let mut c = conj;
            let mut scale_item = false;
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
                let role = self.lex.entries.get(h.entry as usize).map(|e| e.role);
                scale_item = matches!(
                    role,
                    Some(Role::Scale | Role::ScalePlural | Role::ScaleDual)
                );
                if h.article && !c && !(scale_item && b.allows_definite_scale()) {
                    break;
                }
            }
            if c && b.after_scale() {
                before_group = best;
            }
            if !b.push(item, c) {
                if scale_item {
                    if let Some(bg) = before_group {
                        best = Some(bg);
                    }
                }
                break;
            }
            if b.is_complete() {
                best = Some((b, k));
            }
            if b.after_scale() {
                before_group = None;
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
        // "الاثنين", and "يوم اثنين" (a Monday: two days are "يومين"), are the weekday
        let after_day = i
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| matches!(w, "يوم" | "ويوم"));
        let weekday = built.items == 1
            && (built.first_definite || after_day)
            && hit.is_some_and(|h| {
                let w = self.word(i).unwrap_or("");
                let stem: String = w.chars().skip(h.pre_chars as usize).collect();
                stem == "اثنين" || stem == "اتنين"
            });
        Some(Core {
            first: i,
            last,
            start,
            end,
            built,
            value: built.value,
            weekday,
        })
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
        approx: if core.built.vague {
            Some(Approx::OrderOf)
        } else {
            None
        },
        range_end: None,
        unit: None,
        unit_norm: None,
    }
}

/// Every number mention in `text`, sorted by start and non-overlapping.
pub(crate) fn extract(text: &str, opts: &ExtractOptions) -> Vec<NumberMention> {
    let mut out = Vec::new();
    each(text, opts, |m| {
        out.push(m);
        true
    });
    out
}

/// The first mention [`extract`] finds in `text`, found without reading on past it (the date
/// grammar wants only the number a window starts with).
pub(crate) fn first(text: &str, opts: &ExtractOptions) -> Option<NumberMention> {
    let mut found = None;
    each(text, opts, |m| {
        found = Some(m);
        false
    });
    found
}

/// The mentions of `text` in order, each given to `f`, until it returns `false`.
fn each(text: &str, opts: &ExtractOptions, mut f: impl FnMut(NumberMention) -> bool) {
    let mut ctx = Ctx::new(text, true);
    ctx.opts = *opts;
    let n = ctx.sc.toks.len();
    let mut min = 0;
    let mut i = 0;
    let mut no_wish_before = 0;
    while i < n {
        if let Some(last) = wish_formula(&ctx, i, &mut no_wish_before) {
            min = last + 1;
            i = last + 1;
            continue;
        }
        match mention_at(&ctx, i, min) {
            Some((m, last)) => {
                if !f(m) {
                    return;
                }
                min = last + 1;
                i = last + 1;
            }
            None => i += 1,
        }
    }
}

/// Scale words (folded) used as hyperbole before a wish or thanks: "ألف", "مليون", "مية".
pub(crate) const HYPERBOLE_SCALES: &[&str] = &["الف", "مليون", "ميه", "مايه"];

/// The last token of a wish formula starting at `i` (one or more bare scale words, the first
/// perhaps with a glued "و", then a wish), which holds no number.
///
/// `no_wish_before` is where the last run of scale words read ended with no wish after it:
/// a start inside that run ends there too, so it is not read again (a long run, "ألف ألف …",
/// was read once per word, quadratic in its length).
fn wish_formula(ctx: &Ctx<'_>, i: usize, no_wish_before: &mut usize) -> Option<usize> {
    if i < *no_wish_before {
        return None;
    }
    let first = ctx.word(i)?;
    let first = first
        .strip_prefix('و')
        .filter(|r| HYPERBOLE_SCALES.contains(r))
        .unwrap_or(first);
    if !HYPERBOLE_SCALES.contains(&first) {
        return None;
    }
    let mut k = i + 1;
    while ctx.word(k).is_some_and(|w| HYPERBOLE_SCALES.contains(&w)) {
        k += 1;
    }
    let wish = ctx.word(k).filter(|w| units::WISHES.contains(w)).map(|_| k);
    if wish.is_none() {
        *no_wish_before = k;
    }
    wish
}

/// A mention being assembled: tokens `first..=last` are consumed, `start..end` is the span.
struct Draft {
    first: usize,
    last: usize,
    start: usize,
    end: usize,
    value: Q,
    kind: NumberKind,
    approx: Option<Approx>,
    range_end: Option<Q>,
    unit: Option<(usize, usize)>,
    unit_norm: Option<&'static str>,
    /// The denominator of a compound unit ("h" in "كم/ساعة").
    per: Option<&'static str>,
    weak: bool,
    dual: bool,
    year_like: bool,
    vague: bool,
    single_num: bool,
    /// One scale word in the form "ألفا"/"مليونا" with no tanween written: the dual in
    /// construct when a counted noun follows ("ألفا لاجئ" = 2000), else the accusative 1000.
    acc_scale: bool,
}

/// Dashes between the ends of a range; U+0640 is a run of tatweel between digits, which the
/// scanner makes one token (a dash for ranges, never a minus sign: "ـ5" is no -5).
const DASHES: &[char] = &['-', '\u{2013}', '\u{2014}', '\u{2212}', '\u{0640}'];

/// The masculine "كان" forms (folded) before which "الأولى" is the elative "more fitting".
const ELATIVE_VERBS: &[&str] = &["كان", "وكان", "فكان", "لكان", "يكون", "ليكون", "سيكون"];

/// "Number" before a label (folded, with its clitics): "رقم 10", "بالرقم 7", "ورقم 3".
const NUMBER_SIGNS: &[&str] = &[
    "رقم",
    "الرقم",
    "برقم",
    "بالرقم",
    "ورقم",
    "والرقم",
    "لرقم",
    "للرقم",
];

/// "The hour" (folded, with a conjunction): digits after it are the hour of the clock and
/// count no noun ("الساعة 8 موعدنا").
const CLOCK_HEADS: &[&str] = &["الساعه", "والساعه", "فالساعه"];

/// Times of day (folded) after an hour of the clock: "10.30 صباحاً".
const DAY_PARTS: &[&str] = &["صباحا", "مساء", "مساءا", "ظهرا", "فجرا", "ليلا", "عصرا"];

/// Token `i` is a clock time written with a decimal point, as news often writes one ("الساعة
/// 10.30", "9.45 مساءً"): one or two digits of hour (at most 24), a point, two of minutes (at most
/// 59), after "الساعة" or before a time of day. Like "10:30", no quantity (it was 10.3).
fn dotted_clock(ctx: &Ctx<'_>, i: usize) -> bool {
    // "من 10.30 إلى 11.45 صباحا", "من الساعة 9.15 حتى 10.30": the other end of a range of
    // clock times tells for both (the range was 10.3 to 11.45)
    let sep =
        |k: usize| ctx.is_sym(k, &['-', '\u{2013}']) || matches!(ctx.word(k), Some("الي" | "حتي"));
    dotted_clock_alone(ctx, i)
        || (dotted_shape(ctx, i)
            && ((sep(i + 1) && dotted_clock_alone(ctx, i + 2))
                || (i >= 2 && sep(i - 1) && dotted_clock_alone(ctx, i - 2))))
}

/// [`dotted_clock`] told by the words around token `i` alone: "الساعة" before it or a part
/// of the day after it.
fn dotted_clock_alone(ctx: &Ctx<'_>, i: usize) -> bool {
    dotted_shape(ctx, i)
        && (i
            .checked_sub(1)
            .and_then(|p| ctx.word(p))
            .is_some_and(|w| CLOCK_HEADS.contains(&w))
            || ctx.word(i + 1).is_some_and(|w| DAY_PARTS.contains(&w)))
}

/// Token `i` is written as a clock time with a decimal point: one or two digits of hour (at
/// most 24), a point, two digits of minutes (at most 59).
fn dotted_shape(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(t) = ctx.tok(i).filter(|t| t.kind == TKind::Num) else {
        return false;
    };
    if t.frac_digits != 2 || !(1..=2).contains(&t.int_digits) || t.grouped {
        return false;
    }
    let digits = |s: &str| {
        s.chars()
            .try_fold(0u32, |v, c| Some(v * 10 + super::fold::digit_value(c)?))
    };
    let Some((h, m)) = ctx
        .text
        .get(t.start..t.end)
        .and_then(|s| s.split_once(['.', '\u{066B}']))
    else {
        return false;
    };
    matches!((digits(h), digits(m)), (Some(0..=24), Some(0..=59)))
}

/// Singular things numbered in a series (folded, without the article): digits right after one
/// with its article ("الطريق 7", "على الطريق 40", "البوابة 4", "المادة 5") are its label, as
/// after "رقم", and count no noun after them ("الطريق 7 مغلق").
pub(crate) const LABELLED_THINGS: &[&str] = &[
    "طريق",
    "خط",
    "حافله",
    "باص",
    "بوابه",
    "مخرج",
    "مدخل",
    "قاعه",
    "صاله",
    "غرفه",
    "جناح",
    "عنبر",
    "زنزانه",
    "طابق",
    "مبني",
    "شقه",
    "منصه",
    "رصيف",
    "محطه",
    "ماده",
    "بند",
    "فقره",
    "صفحه",
    "ملحق",
    "اوتوستراد",
    "رحله",
    "مقعد",
    "كرسي",
    "مربع",
    "قطاع",
];

/// Is token `p` an indefinite word with a sound plural ending ("سيارات", "مصابين", "عاملون")?
/// After a numbered thing it is counted ("على الطريق 5 سيارات محترقة"), as the thing's
/// label is followed by a singular adjective or a verb ("الطريق 7 مغلق").
fn plural_noun_at(ctx: &Ctx<'_>, p: usize) -> bool {
    ctx.word(p).is_some_and(|w| {
        !w.starts_with("ال")
            && w.chars().count() >= 5
            && (w.ends_with("ات") || w.ends_with("ين") || w.ends_with("ون"))
    })
}

/// Prepositions (folded) after which a [`LABELLED_THINGS`] noun is a place or a thing named,
/// not the subject of a verb: "على الطريق 40", "إلى البوابة 4".
const LABEL_PLACE_WORDS: &[&str] = &[
    "في",
    "علي",
    "الي",
    "من",
    "عن",
    "عبر",
    "قرب",
    "عند",
    "نحو",
    "داخل",
    "خارج",
    "امام",
    "خلف",
    "حتي",
    "بين",
    "بجوار",
    "مقابل",
];

/// Is token `k - 1` (or `k - 2`, with one definite adjective between: "الطريق الدائري 3") a
/// singular noun of [`LABELLED_THINGS`] with its article, at the start of the text or a clause
/// (see [`labelled_head`])? Only a number in digits at `k` is read as its label. After any
/// other word the noun may be a verb's subject and the number a count ("تتسع القاعة 500
/// شخص", "نقلت الحافلة 40 راكبا"), so it is left as it was.
fn labelled_thing_before(ctx: &Ctx<'_>, k: usize) -> bool {
    if !ctx.tok(k).is_some_and(|t| t.kind == TKind::Num) {
        return false;
    }
    let Some(h) = k.checked_sub(1) else {
        return false;
    };
    // "الطريق الدائري 3", "الخط الأحمر 2": one definite adjective between the noun and its
    // label
    if let Some(found) = labelled_head(ctx, h) {
        return found;
    }
    let adjective = ctx
        .word(h)
        .is_some_and(|w| w.starts_with("ال") && w.chars().count() > 3);
    adjective && h > 0 && labelled_head(ctx, h - 1) == Some(true)
}

/// Whether token `h` is a noun of [`LABELLED_THINGS`] with its article: `None` when it is not
/// one, else whether it opens its clause (a conjunction or preposition glued on, the start of
/// the text, a punctuation mark or a preposition of [`LABEL_PLACE_WORDS`] before it).
fn labelled_head(ctx: &Ctx<'_>, h: usize) -> Option<bool> {
    let w = ctx.word(h)?;
    let no_conj = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let bare_prep = no_conj.strip_prefix(['ب', 'ك']).unwrap_or(no_conj);
    let bare = bare_prep
        .strip_prefix("لل")
        .or_else(|| bare_prep.strip_prefix("ال"))?;
    if !LABELLED_THINGS.contains(&bare) {
        return None;
    }
    if bare_prep.len() != no_conj.len() || no_conj.starts_with("لل") {
        return Some(true);
    }
    Some(match h.checked_sub(1).and_then(|p| ctx.tok(p)) {
        None => true,
        Some(t) if t.kind == TKind::Word => h
            .checked_sub(1)
            .and_then(|p| ctx.word(p))
            .is_some_and(|p| LABEL_PLACE_WORDS.contains(&p)),
        Some(t) => matches!(t.kind, TKind::Sym(_)),
    })
}

/// Words (folded) that name a kind of thing after which "ألفا" is the Greek letter: a variant,
/// a strain, a generation, rays, particles, a version, a team.
const GREEK_LETTER_HEADS: &[&str] = &[
    "متحور",
    "المتحور",
    "متحوره",
    "سلاله",
    "السلاله",
    "جيل",
    "الجيل",
    "اشعه",
    "الاشعه",
    "جسيمات",
    "جسيم",
    "نسخه",
    "النسخه",
    "اصدار",
    "الاصدار",
    "فريق",
    "الفريق",
    "مجموعه",
];

fn is_year_like(t: &Tok) -> bool {
    t.kind == TKind::Num
        && !t.grouped
        && t.frac_digits == 0
        && t.int_digits == 4
        && t.val
            .is_some_and(|q| (1000..=2100).contains(&q.n) && q.d == 1)
}

/// Nouns of a size (folded, with a clitic or the article): digits joined by a slash after one
/// are sizes to choose from ("مقاس 42/44", "قياس 8/10"), no fraction, unless a unit of
/// length follows ("قياس 3/4 إنش").
const SIZE_NOUNS: &[&str] = &[
    "مقاس",
    "المقاس",
    "بمقاس",
    "مقاسات",
    "المقاسات",
    "بمقاسات",
    "قياس",
    "القياس",
    "بقياس",
    "قياسات",
    "المقاسين",
    "نمره",
    "النمره",
    "بنمره",
    "size",
];

/// Whether whole numbers `a`/`b` read as a fraction written in digits: a proper fraction
/// (`a < b`) whose denominator is one fractions are written with, at most 12 (halves to
/// twelfths), 16, 32 or 64 (inches), 20 (a mark out of twenty), or 10, 100 or 1000 (tenths, a
/// mark out of ten or a hundred, thousandths), or a unit fraction of any denominator up to 1000
/// ("1/250 ثانية"). Two numbers that are both larger ("42/44", "13/15") or a larger first
/// ("12/5", "24/7", "120/80") are two numbers: sizes, alternatives, a score, a day and month.
fn reads_as_fraction(a: i128, b: i128) -> bool {
    (0..b).contains(&a)
        && b <= 1000
        && (b <= 12 || matches!(b, 16 | 20 | 32 | 64 | 100 | 1000) || a == 1)
}

/// Words (folded, without a conjunction) after which four digits name a year, not a count.
const YEAR_HEADS: &[&str] = &[
    "عام",
    "العام",
    "لعام",
    "بعام",
    "سنه",
    "السنه",
    "لسنه",
    "بسنه",
    "منذ",
    "حتي",
    "خلال",
    "مطلع",
    "بدايه",
    "نهايه",
    "اواخر",
    "اوائل",
    "اواسط",
    "منتصف",
    "صيف",
    "شتاء",
    "ربيع",
    "خريف",
    "موسم",
    "مواليد",
    "لغايه",
    "اعتبارا",
];

/// Whether the number of `d`, four digits that may be a year, is read as a year and so counts
/// no noun after it: from 1900 to 2100 (news's years: "في 2023 مقارنة", "رؤية 2030 طموحة"),
/// or any such number after a word that introduces a year ("منذ 1258"). Below 1900 elsewhere
/// it is a count ("لتطوير 1200 مدرسة", "قتل 1500 شخص" had no counted noun).
fn year_before_noun(ctx: &Ctx<'_>, d: &Draft) -> bool {
    if !d.year_like {
        return false;
    }
    let modern = d.value.is_int() && (1900..=2100).contains(&d.value.n);
    modern
        || d.first
            .checked_sub(1)
            .and_then(|k| ctx.word(k))
            .is_some_and(|w| {
                let w = w
                    .strip_prefix(['و', 'ف'])
                    .filter(|r| r.chars().count() >= 2)
                    .unwrap_or(w);
                YEAR_HEADS.contains(&w)
            })
}

/// The value of a/b written with digits at `i` (no spaces, not part of a date chain), when it
/// reads as a fraction ([`reads_as_fraction`]) and does not follow a noun of a size.
fn digit_fraction(ctx: &Ctx<'_>, i: usize) -> Option<Q> {
    let a = ctx.tok(i)?;
    let slash = ctx.tok(i + 1)?;
    let b = ctx.tok(i + 2)?;
    if a.kind != TKind::Num
        || !ctx.is_sym(i + 1, &['/', '\u{2044}'])
        || slash.space_before
        || b.kind != TKind::Num
        || b.space_before
    {
        return None;
    }
    if ctx.is_sym(i + 3, &['/']) && ctx.tok(i + 3).is_some_and(|t| !t.space_before) {
        return None;
    }
    if i >= 1 && ctx.is_sym(i - 1, &['/']) && !a.space_before {
        return None;
    }
    let (qa, qb) = (a.val?, b.val?);
    if !(qa.is_int() && qb.is_int() && reads_as_fraction(qa.n, qb.n)) {
        return None;
    }
    let after_size = i
        .checked_sub(1)
        .is_some_and(|p| SIZE_NOUNS.contains(&ctx.folded(p)));
    if after_size
        && super::units::unit_at(ctx, i + 3)
            .and_then(|u| u.info)
            .is_none_or(|u| u.category != "length")
    {
        return None;
    }
    qa.div(qb)
}

/// Month names of every series (Gregorian in its Eastern, Maghreb and Algerian spellings, Levantine,
/// Hijri heads), search-normalized: a number before one is a date, not a count.
pub(crate) const MONTH_NAMES: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يونيه",
    "يوليو",
    "يوليه",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "اب",
    "ايلول",
    "تشرين",
    "محرم",
    "صفر",
    "ربيع",
    "جمادي",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو",
    "يوليوز",
    "غشت",
    "ماي",
    "شتنبر",
    "نونبر",
    "دجنبر",
    "جانفي",
    "فيفري",
    "افريل",
    "جوان",
    "جويليه",
    "اوت",
];

/// Singular nouns of a series or a ranking (folded, with the article): digits after the
/// article right after one of them are its ordinal ("المركز الـ15", "الدورة الـ33", "القرن
/// الـ21", "للمرة الـ15"). A plural before the article keeps them a count ("الساعات الـ24",
/// "الدول الـ27"), and no plural is listed here.
pub(crate) const ORDINAL_NOUNS: &[&str] = &[
    "المركز",
    "المرتبه",
    "الدوره",
    "النسخه",
    "الذكري",
    "القرن",
    "الجوله",
    "الطبعه",
    "الموسم",
    "الحلقه",
    "الموتمر",
    "القمه",
    "الدقيقه",
    "الفصل",
    "الجزء",
    "الحكومه",
    "الكنيست",
    "البطوله",
    "المره",
    "العيد",
    "الرييس",
    "الطابق",
    "الجيل",
    "الاجتماع",
    "الجلسه",
    "الهدف",
    "اللقب",
    "الفوز",
    "المباراه",
    "العدد",
    "المهرجان",
    "الدفعه",
    "الفوج",
    "الاسبوع",
];

/// The noun at token `k` without a conjunction or preposition glued to it ("وبالمركز",
/// "للمرة" are "المركز", "المرة"), when it is one of [`ORDINAL_NOUNS`].
fn ordinal_noun(ctx: &Ctx<'_>, k: usize) -> bool {
    let Some(w) = ctx.word(k) else { return false };
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let w = w.strip_prefix(['ب', 'ك']).unwrap_or(w);
    // "للمرة": ل + المرة, the article's alef gone
    let bare = w.strip_prefix("لل").or_else(|| w.strip_prefix("ال"));
    bare.is_some_and(|b| {
        ORDINAL_NOUNS
            .iter()
            .any(|n| n.strip_prefix("ال") == Some(b))
    })
}

/// Digits after the article (الـ 20) are an ordinal when a month word follows (a day of the
/// month) or a noun of [`ORDINAL_NOUNS`] comes before ("المركز الـ15").
fn article_ordinal(ctx: &Ctx<'_>, i: usize, after: usize) -> Option<usize> {
    if i == 0 {
        return None;
    }
    let w = ctx.word(i - 1)?;
    if !["ال", "بال", "وال", "فال", "لل", "كال", "وبال"].contains(&w) {
        return None;
    }
    let art = ctx.tok(i - 1)?;
    let num = ctx.tok(i)?;
    let glued = !num.space_before
        || ctx
            .text
            .get(art.start..art.end)
            .is_some_and(|s| s.ends_with('\u{0640}'));
    if !glued {
        return None;
    }
    let month = |x: &str| x == "الشهر" || MONTH_NAMES.contains(&x);
    let month_follows = ctx.word(after).is_some_and(|next| {
        month(next) || (next == "من" && ctx.word(after + 1).is_some_and(month))
    });
    let noun_before = w == "ال" && i >= 2 && ordinal_noun(ctx, i - 2);
    if month_follows || noun_before {
        let cut = match w {
            "بال" | "وال" | "فال" | "كال" => 1,
            "وبال" => 2,
            "لل" => 1,
            _ => 0,
        };
        return Some(ctx.cut_start(i - 1, cut));
    }
    None
}

fn percent_at(ctx: &Ctx<'_>, p: usize) -> Option<usize> {
    if ctx.is_sym(p, &['%', '\u{066A}', '\u{FE6A}', '\u{FF05}']) {
        return Some(p);
    }
    let w = ctx.word(p)?;
    if matches!(w, "بالمايه" | "بالميه") {
        return Some(p);
    }
    if w == "في" && matches!(ctx.word(p + 1), Some("المايه" | "الميه")) {
        return Some(p + 1);
    }
    None
}

/// The last token of a per mille right at `p`: "بالألف", "في الألف", "‰".
fn permille_at(ctx: &Ctx<'_>, p: usize) -> Option<usize> {
    if ctx.is_sym(p, &['\u{2030}', '\u{0609}']) {
        return Some(p);
    }
    match ctx.word(p)? {
        "بالالف" => Some(p),
        "في" if ctx.word(p + 1) == Some("الالف") => Some(p + 1),
        _ => None,
    }
}

/// The core number at `i`: a digit fraction, a number phrase, a dual noun, or a unit noun
/// with و + a fraction ("ساعة ونصف").
fn core_at(ctx: &Ctx<'_>, i: usize) -> Option<Draft> {
    let t = *ctx.tok(i)?;
    let base = |first, last, start, end, value| Draft {
        first,
        last,
        start,
        end,
        value,
        kind: NumberKind::Cardinal,
        approx: None,
        range_end: None,
        unit: None,
        unit_norm: None,
        per: None,
        weak: false,
        dual: false,
        year_like: false,
        vague: false,
        single_num: false,
        acc_scale: false,
    };
    if t.kind == TKind::Num {
        if let Some(q) = digit_fraction(ctx, i) {
            let mut d = base(i, i + 2, t.start, ctx.tok(i + 2)?.end, q);
            d.kind = NumberKind::Fraction;
            return Some(d);
        }
    }
    if t.kind == TKind::Word && (ctx.opts.bare_units || sole_word(ctx, i)) {
        if let Some(d) = bare_unit(ctx, i) {
            return Some(d);
        }
    } else if t.kind == TKind::Word && i > 0 && duration_context(ctx, i) {
        // منذ شهر، خلال أسبوع، لمدة ساعة: a lone time unit after a duration word is one of it.
        if let Some(mut d) = bare_unit(ctx, i) {
            if d.unit_norm.is_some_and(|u| TIME_UNITS.contains(&u))
                && !ctx
                    .word(i + 1)
                    .is_some_and(|x| x.starts_with("ال") || WEEKDAYS.contains(&x))
            {
                // شهر واحد: the emphatic "one" joins the span.
                if let (Some("واحد" | "واحده"), Some(n)) = (ctx.word(i + 1), ctx.tok(i + 1))
                {
                    d.last = i + 1;
                    d.end = n.end;
                }
                return Some(d);
            }
        }
    }
    if let Some(core) = ctx.parse_core(i) {
        if core.weekday {
            return None;
        }
        // الربع الأول، الربع الأخير، النصف الماضي: a definite fraction word before an ordinal
        // or a word placing it in time is a period, not a part.
        if core.built.items == 1
            && core.built.first_definite
            && core.built.first_role == Some(Role::Fraction)
            && (ctx
                .hit(core.last + 1)
                .is_some_and(|(_, e)| e.role == Role::Ordinal)
                || ctx.word(core.last + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "الاخير"
                            | "الحالي"
                            | "الجاري"
                            | "المقبل"
                            | "القادم"
                            | "الماضي"
                            | "المنصرم"
                            | "السابق"
                    )
                }))
        {
            return None;
        }
        // أول أمس، أول من أمس: the day before yesterday, a date, not a first.
        if core.built.items == 1
            && core.built.ordinal
            && (matches!(ctx.word(core.last + 1), Some("امس" | "البارحه"))
                || ctx.word(core.last + 1) == Some("من") && ctx.word(core.last + 2) == Some("امس"))
        {
            return None;
        }
        // كانون الأول، تشرين الثاني، ربيع الأول، جمادى الآخرة: the ordinal names the month.
        if core.built.items == 1 && core.built.ordinal && i > 0 {
            if let Some(prev) = ctx.word(i - 1) {
                if matches!(prev, "كانون" | "تشرين" | "ربيع" | "جمادي" | "جماد")
                {
                    return None;
                }
            }
        }
        let mut d = plain_draft(
            &core,
            base(core.first, core.last, core.start, core.end, core.value),
        );
        // "خلال العشرين سنة الماضية", "الخمسين عاما": a ten or hundred defined only by its
        // article before a unit counts it (it was the ordinal 20 with no unit); after a
        // definite noun it stays the ordinal ("القرن العشرين", "الذكرى العشرين")
        if core.built.ordinal_by_article && d.kind == NumberKind::Ordinal {
            let after_definite = i
                .checked_sub(1)
                .and_then(|p| ctx.word(p))
                .is_some_and(|w| w.starts_with("ال") || w.starts_with("لل"));
            let unit_next = units::unit_at(ctx, core.last + 1).is_some_and(|u| u.info.is_some());
            if !after_definite && unit_next {
                d.kind = NumberKind::Cardinal;
            }
        }
        // خُمس، سُبع، تُسع، عُشر with a damma on the first letter of the stem are fractions, not
        // 5, 7, 9, 10, behind clitics and the article too (الخُمس، للسُّبع, the damma after a
        // shadda or before it); so is الخمس، العشر after a word of proportion ("بنسبة الخمس" is
        // a fifth: a share is asked for, and the defined five would need a counted noun).
        if core.built.items == 1 && core.built.first_role == Some(Role::Unit) {
            let damma = ctx.hit(i).is_some_and(|(h, _)| {
                let stem = ctx.cut_start(i, usize::from(h.pre_chars));
                let mut cs = ctx.text.get(stem..core.end).unwrap_or("").chars();
                cs.next().is_some()
                    && cs
                        .take_while(|c| matches!(c, '\u{064B}'..='\u{0652}'))
                        .any(|c| c == '\u{064F}')
            });
            let fraction = damma
                || core.built.first_definite
                    // the fraction has no teh marbuta: العشرة is ten whatever comes before it
                    && ctx.word(i).is_some_and(|w| {
                        ["خمس", "سبع", "تسع", "عشر"].iter().any(|f| w.ends_with(f))
                    })
                    && ratio_before(ctx, i);
            if fraction {
                if let Some(v) = core
                    .value
                    .is_int()
                    .then_some(core.value.n)
                    .filter(|v| matches!(v, 5 | 7 | 9 | 10))
                {
                    if let Some(f) = Q::new(1, v) {
                        d.value = f;
                        d.kind = NumberKind::Fraction;
                    }
                }
            }
        }
        if core.built.items == 1 && core.built.first_role == Some(Role::Scale) {
            let orig = ctx.text.get(core.start..core.end).unwrap_or("");
            d.acc_scale =
                ctx.word(i).is_some_and(|w| w.ends_with('ا')) && !orig.contains('\u{064B}');
        }
        d.single_num = t.kind == TKind::Num && core.last == i;
        d.year_like = d.single_num && is_year_like(&t);
        // 2½
        if d.single_num {
            if let Some(n) = ctx.tok(i + 1) {
                if let (TKind::Sym(c), false) = (n.kind, n.space_before) {
                    if let Some(f) = super::parse::vulgar(c) {
                        if let Some(v) = d.value.add(f) {
                            d.value = v;
                            d.kind = NumberKind::Fraction;
                            d.last = i + 1;
                            d.end = n.end;
                            d.year_like = false;
                        }
                    }
                }
            }
        }
        return Some(d);
    }
    match t.kind {
        TKind::Sym(c) => {
            let q = super::parse::vulgar(c)?;
            let mut d = base(i, i, t.start, t.end, q);
            d.kind = NumberKind::Fraction;
            Some(d)
        }
        TKind::Word => {
            let w = ctx.word(i)?;
            if let Some((cut, info)) =
                units::dual(w).filter(|&(cut, _)| !verb_before_object(ctx, i, cut))
            {
                let start = ctx.cut_start(i, cut);
                let mut d = base(i, i, start, t.end, Q::int(2));
                d.dual = true;
                d.unit = Some((start, t.end));
                d.unit_norm = info.map(|u| u.norm);
                return Some(d);
            }
            // ساعة ونصف، لتر وربع: a unit noun and و + a fraction is 1 + the fraction.
            let (fi, conj_ok) = match ctx.word(i + 1) {
                Some("و") => (i + 2, true),
                Some(x) if x.starts_with('و') && x.len() <= 10 => (i + 1, true),
                _ => (0, false),
            };
            // one unit and `part` (negative: less it), the mention ending at token `fi`
            let one_and = |part: Q, fi: usize| {
                let (cut, info) = units::unit_with_clitics(w)?;
                let value = Q::int(1).add(part)?;
                let end = ctx.tok(fi)?.end;
                let ustart = ctx.cut_start(i, cut);
                let mut d = base(i, fi, ustart, end, value);
                d.kind = NumberKind::Fraction;
                d.unit = Some((ustart, t.end));
                d.unit_norm = Some(info.norm);
                Some(d)
            };
            if conj_ok {
                let (h, e) = ctx.hit(fi)?;
                let glued = fi == i + 1;
                if e.role == Role::Fraction && (glued == h.conj) && !h.prep && !h.article {
                    return one_and(e.value, fi);
                }
            }
            // ساعة إلا ربع، كيلو إلا ربع: a unit noun less a quarter or a third
            if !w.starts_with("ال") {
                if let Some((part, fi)) = less_part(ctx, i + 1) {
                    return one_and(part, fi);
                }
            }
            None
        }
        _ => None,
    }
}

/// "إلا ربع", "إلا ثلث" (and the accusative "إلا ربعا") at token `p`, after a unit: minus a
/// quarter or a third of it, returned negative with the index of the fraction's token. Not
/// when a definite word follows, whose part it is ("إلا ربع المدعوين": all but a quarter of
/// the guests).
fn less_part(ctx: &Ctx<'_>, p: usize) -> Option<(Q, usize)> {
    if ctx.word(p)? != "الا" {
        return None;
    }
    let den = match ctx.word(p + 1)? {
        "ربع" | "ربعا" => 4,
        "ثلث" | "ثلثا" => 3,
        _ => return None,
    };
    if ctx.word(p + 2).is_some_and(|w| w.starts_with("ال")) {
        return None;
    }
    Some((Q::int(-1).div(Q::int(den))?, p + 1))
}

/// Whether word token `i`, read as a dual with `cut` clitic letters, is rather a frequent verb
/// with its definite object after it: "مجلس الأمن يدين الهجوم" ("condemns"; it was two hands).
fn verb_before_object(ctx: &Ctx<'_>, i: usize, cut: usize) -> bool {
    cut == 0
        && ctx.word(i + 1).is_some_and(|w| w.starts_with("ال"))
        && ctx
            .tok(i)
            .and_then(|t| ctx.text.get(t.start..t.end))
            .and_then(crate::segment::word_entry)
            .is_some_and(|e| e.is_verb() && e.zipf10 >= 30)
}

/// Words of proportion (folded, a clitic و ف ب ل allowed): after them a defined خمس، سبع،
/// تسع، عشر is the fraction (الخُمس), not the cardinal.
const RATIO_WORDS: &[&str] = &[
    "نسبه",
    "نسبته",
    "نسبتها",
    "نسبتهم",
    "نسبتهما",
    "مقدار",
    "حصه",
];
/// Words that may stand between a word of proportion and its value ("بنسبة تصل إلى الخمس").
const RATIO_BRIDGE: &[&str] = &[
    "تصل",
    "يصل",
    "وصلت",
    "بلغت",
    "تبلغ",
    "الي",
    "حوالي",
    "نحو",
    "تقارب",
    "تناهز",
    "تعادل",
];

/// A word of proportion stands before token `i`, perhaps with up to two bridge words between.
fn ratio_before(ctx: &Ctx<'_>, i: usize) -> bool {
    let mut k = i;
    for _ in 0..3 {
        let Some(w) = k.checked_sub(1).and_then(|p| ctx.word(p)) else {
            return false;
        };
        if RATIO_WORDS
            .iter()
            .any(|r| approx::match_first(w, r).is_some())
        {
            return true;
        }
        if !RATIO_BRIDGE.contains(&w) {
            return false;
        }
        k -= 1;
    }
    false
}

/// With `bare_units`: an indefinite unit noun standing alone counts one of it ("خلال أسبوع").
/// Not when a number follows it (عام 2020) and not before a month name (شهر مارس).
const TIME_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
];
/// Weekday names with the article, search-normalized.
pub(crate) const WEEKDAYS: &[&str] = &[
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
];

/// Token `i` is the only word or number of the whole text (a label, a table cell, a query such
/// as "كيلوغرام" or "أسبوع؟"): a unit noun standing alone there can only mean one of it.
fn sole_word(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.content == 1 && ctx.tok(i).is_some_and(|t| t.kind == TKind::Word)
}

/// The word before token `i` (a clitic و/ف/ل allowed) asks for a duration: منذ، خلال، لمدة ...
fn duration_context(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(prev) = ctx.word(i - 1) else {
        return false;
    };
    [
        "منذ", "خلال", "لمده", "مده", "قبل", "بعد", "طوال", "طيله", "طيلة",
    ]
    .iter()
    .any(|w| approx::match_first(prev, w).is_some())
}

fn bare_unit(ctx: &Ctx<'_>, i: usize) -> Option<Draft> {
    let t = *ctx.tok(i)?;
    let w = ctx.word(i)?;
    let (cut, info) = units::unit_with_clitics(w)?;
    if w.starts_with("ال")
        || ctx.tok(i + 1).is_some_and(|n| n.kind == TKind::Num)
        || ctx
            .word(i + 1)
            .is_some_and(|x| x == "الشهر" || MONTH_NAMES.contains(&x))
    {
        return None;
    }
    // Plurals are not one of it; a number word stays a number (ثانية is also "second").
    if !info.singular
        || ctx
            .lex
            .lookup(w)
            .is_some_and(|(_, e)| e.role != Role::Ordinal)
        || !matches!(
            info.category,
            "time" | "mass" | "volume" | "length" | "currency" | "temperature"
        )
    {
        return None;
    }
    let start = ctx.cut_start(i, cut);
    Some(Draft {
        first: i,
        last: i,
        start,
        end: t.end,
        value: Q::int(1),
        kind: NumberKind::Cardinal,
        approx: None,
        range_end: None,
        unit: Some((start, t.end)),
        unit_norm: Some(info.norm),
        per: None,
        weak: false,
        dual: false,
        year_like: false,
        vague: false,
        single_num: false,
        acc_scale: false,
    })
}

fn plain_draft(core: &Core, mut d: Draft) -> Draft {
    let m = plain_mention(core);
    d.kind = m.kind;
    d.approx = m.approx;
    d.vague = core.built.vague;
    d.weak = core.built.weak;
    d
}

/// The value of the scale word (ألف، ملايين ...) at token `i`, if it is one.
fn scale_at(ctx: &Ctx<'_>, i: usize) -> Option<i128> {
    let (_, e) = ctx.hit(i)?;
    matches!(e.role, Role::Scale | Role::ScalePlural | Role::ScaleDual).then_some(e.value.n)
}

/// A range end after token `p`: (the start's value, the end's value, the end's last token).
/// A scale word that ends the range and that the start lacks counts for both ("بين 5 و7
/// ملايين" is five to seven million), unless the start would then pass the end ("من 500 إلى
/// مليونين" stays 500).
///
/// Without a frame, "إلى" and "أو" make a range only when the end's scale or percent counts for
/// both ("3 إلى 4 آلاف", "5 أو 6 ملايين", "5 إلى 7%": the start alone cannot be meant), or for
/// "إلى" after a hedge
/// ("نحو 3 إلى 4 أيام") or before a unit of the table after the end ("40 إلى 60 كم"); "فاز 3
/// إلى 1" stays two numbers.
fn range_end_at(
    ctx: &Ctx<'_>,
    p: usize,
    frame: Option<bool>,
    hedged: bool,
    (x, x_first, x_last): (Q, usize, usize),
) -> Option<(Q, Q, usize)> {
    // Set when the range stands on the end's scale alone.
    let mut needs_scale = false;
    // The range word is "إلى"/"حتى" (not "أو").
    let mut to_word = false;
    let yi = if ctx.is_sym(p, DASHES) {
        p + 1
    } else {
        let w = ctx.word(p)?;
        match (w, frame) {
            ("الي" | "حتي" | "لغايه", Some(_)) => p + 1,
            ("الي" | "حتي", None) if hedged => p + 1,
            ("الي" | "حتي" | "او", None) => {
                needs_scale = true;
                to_word = w != "او";
                p + 1
            }
            ("و", Some(true)) => p + 1,
            (x, Some(false)) if x.starts_with('ل') && x.len() > 2 => p,
            (x, Some(true)) if x.starts_with('و') && x.len() > 2 => p,
            _ => return None,
        }
    };
    let y = core_at(ctx, yi)?;
    if y.kind == NumberKind::Ordinal || y.vague || y.weak && y.unit.is_none() {
        return None;
    }
    // "فاز الضيوف 1-3", "خسر 0-2 أمام": after a word of a match's result a dash joins the
    // two sides of a score; a range would count something after its end ("0-5 سنوات")
    if yi == p + 1
        && ctx.is_sym(p, DASHES)
        && score_before(ctx, x_first)
        && units::unit_at(ctx, y.last + 1).is_none()
        && percent_at(ctx, y.last + 1).is_none()
    {
        return None;
    }
    // A range goes up: 2 - 0 is a score, not a range ("900 و1.200 شخص" goes up to 1200).
    let up =
        x.lt(y.value) || y.last == yi && thousands_value(ctx, yi, y.last).is_some_and(|v| x.lt(v));
    if !up {
        return None;
    }
    // A word number glued to ل/و must actually carry that clitic.
    if yi == p {
        let (h, _) = ctx.hit(p)?;
        if !(h.prep || h.conj) {
            return None;
        }
    }
    // 2020-05-12 is a date, not a range.
    if ctx.is_sym(y.last + 1, DASHES) && ctx.tok(y.last + 2).is_some_and(|t| t.kind == TKind::Num) {
        return None;
    }
    let mut x = x;
    let mut scaled_start = false;
    if let Some(s) = scale_at(ctx, y.last) {
        let start_has_scale = (x_first..=x_last).any(|i| scale_at(ctx, i).is_some());
        if !start_has_scale && y.last > yi {
            if let Some(scaled) = x.mul(Q::int(s)).filter(|v| v.lt(y.value)) {
                x = scaled;
                scaled_start = true;
            }
        }
    }
    // A percent after the end counts for both as a scale does: "5 إلى 7%", "2 أو 3 بالمئة".
    // So does a unit of measure or a currency after "إلى" right after a bare start ("40 إلى
    // 60 كم", "7 إلى 9 ساعات": a bare 40 cannot be meant); a counted noun stays out ("فاز 3
    // إلى 1 بهدف"), and so does a start with its own unit ("حوّل 100 دولار إلى 375 ريال").
    let measured = || {
        to_word
            && p == x_last + 1
            && units::unit_at(ctx, y.last + 1).is_some_and(|u| u.info.is_some())
    };
    if needs_scale && !scaled_start && percent_at(ctx, y.last + 1).is_none() && !measured() {
        return None;
    }
    Some((x, y.value, y.last))
}

/// Words of a match's result (folded, without clitics): a score follows them.
const SCORE_WORDS: &[&str] = &[
    "فاز",
    "فازت",
    "يفوز",
    "تفوز",
    "فوز",
    "الفوز",
    "خسر",
    "خسرت",
    "يخسر",
    "تخسر",
    "خساره",
    "الخساره",
    "تعادل",
    "تعادلت",
    "التعادل",
    "هزم",
    "هزمت",
    "هزيمه",
    "الهزيمه",
    "تغلب",
    "تغلبت",
    "نتيجه",
    "النتيجه",
    "تقدم",
    "تقدمت",
    "التقدم",
    "متقدما",
    "انتهت",
    "انتهي",
    "سحق",
    "سحقت",
    "اكتسح",
    "اكتسحت",
];

/// A word of a match's result among the three tokens before `first` ("فاز الضيوف 1-3",
/// "بنتيجة 1-2", "وخسر 0-2").
fn score_before(ctx: &Ctx<'_>, first: usize) -> bool {
    (first.saturating_sub(3)..first).any(|k| {
        ctx.word(k).is_some_and(|w| {
            let score = |x: &str| {
                SCORE_WORDS.contains(&x)
                    || x.strip_prefix('ب')
                        .is_some_and(|b| SCORE_WORDS.contains(&b))
            };
            score(w)
                || [w.strip_prefix('و'), w.strip_prefix('ف')]
                    .into_iter()
                    .flatten()
                    .any(score)
        })
    })
}

/// "The final" after ربع/نصف (folded): the quarter- and semi-final, no fraction.
pub(crate) const STAGE_FINALS: &[&str] = &["النهايي", "نهايي", "النهاييه", "نهاييه"];

/// Digits joined to the name before them are part of a designation, no quantity: "كوفيد-19",
/// "إف-16", "F-16", "G20" (a name, a hyphen and the digits with no space between; or Latin
/// letters glued to the digits, unless they are a currency code: "USD100").
fn designation(ctx: &Ctx<'_>, i: usize) -> bool {
    let (Some(t), Some(prev)) = (ctx.tok(i), i.checked_sub(1).and_then(|p| ctx.tok(p))) else {
        return false;
    };
    if t.kind != TKind::Num || t.space_before {
        return false;
    }
    match prev.kind {
        TKind::Latin => units::currency_code(ctx.folded(i - 1)).is_none(),
        // (the conjunction و before a minus is no name: "بين -1% و-2%")
        TKind::Sym('-') if !prev.space_before => i.checked_sub(2).is_some_and(|n| {
            ctx.tok(n)
                .is_some_and(|t| matches!(t.kind, TKind::Word | TKind::Latin))
                && ctx.word(n) != Some("و")
        }),
        _ => false,
    }
}

/// The noun right before a "واحد" that counts it ("هدف واحد", "بدولار واحد"): its span without
/// a glued preposition or conjunction, and its normalized unit when known. A unit whose last
/// token is not `j` (a phrase ending before it) or a word that is no counted noun gives `None`.
fn noun_before_one(ctx: &Ctx<'_>, j: usize) -> Option<(usize, usize, Option<&'static str>)> {
    let t = *ctx.tok(j)?;
    let (end, norm) = match units::unit_at(ctx, j) {
        Some(u) if u.last == j && u.surface_start == t.start => (u.end, u.info.map(|x| x.norm)),
        _ => {
            let u = units::noun_word(ctx, j, false)?;
            (u.end, None)
        }
    };
    let surface = ctx.text.get(t.start..t.end)?;
    let seg = crate::segment::segment(surface);
    // a clitic split off the front only (never the article: the noun is indefinite)
    let cut = if seg.prefixes.is_empty() {
        0
    } else {
        seg.stem.0
    };
    Some((t.start + cut, end, norm))
}

/// Is the digit token at `i` a letter of Arabizi ("3andi" عندي)? [`units::arabizi_at`] says,
/// the rule the tokenizer follows too.
fn arabizi_letter(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.tok(i).is_some_and(|t| {
        t.kind == TKind::Num && t.end == t.start + 1 && units::arabizi_at(ctx.text, t.start)
    })
}

fn mention_at(ctx: &Ctx<'_>, i: usize, min: usize) -> Option<(NumberMention, usize)> {
    if designation(ctx, i) || arabizi_letter(ctx, i) || dotted_clock(ctx, i) {
        return None;
    }
    let mut d = core_at(ctx, i)?;
    // "كان الأولى بالحكومة أن تتحرك", "الأولى أن نبدأ": the elative "more fitting" is
    // spelled as the ordinal; before "أن" or after a masculine "كان" (which the feminine
    // ordinal would not follow) it is no position.
    if d.first == i
        && d.last == i
        && matches!(ctx.word(i), Some("الاولي" | "اولي"))
        && (ctx.word(i + 1) == Some("ان")
            || i.checked_sub(1)
                .and_then(|p| ctx.word(p))
                .is_some_and(|w| ELATIVE_VERBS.contains(&w)))
    {
        return None;
    }
    if d.first == i && d.last == i && i > 0 {
        match ctx.word(i) {
            // "للشخص الواحد", "في اليوم الواحد": after a definite noun, "الواحد" is an
            // adjective ("per person"), no quantity.
            Some("الواحد" | "الواحده")
                if ctx.word(i - 1).is_some_and(|w| {
                    ["ال", "لل", "بال", "وال", "فال", "كال"]
                        .iter()
                        .any(|a| w.starts_with(a))
                }) =>
            {
                return None;
            }
            // "هدف واحد", "بدولار واحد": "one" after its noun counts that noun.
            // "قتل واحد منهم" is "one of them", no adjective.
            Some(w)
                if i > min
                    && units::ONE_AFTER_NOUN.contains(&w)
                    && !ctx.word(i + 1).is_some_and(|n| n.starts_with("من")) =>
            {
                if let Some((start, end, norm)) = noun_before_one(ctx, i - 1) {
                    d.first = i - 1;
                    d.start = start;
                    d.unit = Some((start, end));
                    d.unit_norm = norm;
                }
            }
            _ => {}
        }
    }
    // "ربع النهائي", "نصف نهائي الكأس": the quarter- and semi-final of a competition name a
    // stage, no fraction ("الدور نصف النهائي")
    if d.kind == NumberKind::Fraction
        && d.first == i
        && d.last == i
        && (d.value == Q { n: 1, d: 4 } || d.value == Q { n: 1, d: 2 })
        && ctx.word(i + 1).is_some_and(|w| STAGE_FINALS.contains(&w))
    {
        return None;
    }
    if let Some(neg) = negative_sign(ctx, i) {
        if i > min {
            if let Some(v) = d.value.neg() {
                d.value = v;
                d.start = neg;
                d.first = i - 1;
            }
        }
    }
    // "سالب خمس درجات", "سالب 0.3 بالمئة": the word for minus, free of clitics, right before
    // the number negates it (a sign already written stays as it is).
    if d.first == i
        && i > min
        && d.kind != NumberKind::Ordinal
        && matches!(ctx.word(i - 1), Some("سالب" | "سالبه"))
        && Q::ZERO.lt(d.value)
    {
        if let (Some(v), Some(w)) = (d.value.neg(), ctx.tok(i - 1)) {
            d.value = v;
            d.start = w.start;
            d.first = i - 1;
        }
    }
    // A dash chain (dates, phone numbers) is not a range and not a minus.
    let chain = d.single_num
        && ((ctx.is_sym(d.last + 1, DASHES)
            && ctx.tok(d.last + 2).is_some_and(|t| t.kind == TKind::Num)
            && ctx.is_sym(d.last + 3, DASHES))
            || (d.first >= 2
                && ctx.is_sym(d.first - 1, DASHES)
                && ctx.tok(d.first - 2).is_some_and(|t| t.kind == TKind::Num)));
    let mut p = d.last + 1;
    let ordinal = d.kind == NumberKind::Ordinal;
    // A percent sign written before the digits (bidi typing): بنسبة %25.
    let mut percent_before = false;
    if d.single_num && d.first > min && !ctx.tok(d.first).is_some_and(|t| t.space_before) {
        if let Some(st) = ctx.tok(d.first - 1) {
            if matches!(st.kind, TKind::Sym('%' | '\u{066A}')) && (d.first == 1 || st.space_before)
            {
                percent_before = true;
                d.start = st.start;
                d.first -= 1;
            }
        }
    }
    // A currency symbol or code in front: $10, € 20, USD100.
    let mut prefix_unit = false;
    if d.first > min && !ordinal {
        if let Some(st) = ctx.tok(d.first - 1) {
            let info = match st.kind {
                TKind::Sym(c) => units::symbol_unit(c),
                // a currency code glued on (USD100), or apart in capitals (SAR 500: in lower
                // case "try", "mad", "rub" are words)
                TKind::Latin
                    if !ctx.tok(d.first).is_some_and(|t| t.space_before)
                        || ctx
                            .text
                            .get(st.start..st.end)
                            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_uppercase())) =>
                {
                    units::currency_code(ctx.folded(d.first - 1))
                }
                _ => None,
            };
            if let Some(info) = info {
                d.unit = Some((st.start, st.end));
                d.unit_norm = Some(info.norm);
                d.start = st.start;
                d.first -= 1;
                prefix_unit = true;
                // US$, C$, A$: the country glued before the dollar sign belongs to the unit
                if st.kind == TKind::Sym('$') && !st.space_before && d.first > min {
                    let norm = match ctx.folded(d.first - 1) {
                        "us" => Some("USD"),
                        "c" => Some("CAD"),
                        "a" => Some("AUD"),
                        _ => None,
                    };
                    if let (Some(norm), Some(lt)) = (norm, ctx.tok(d.first - 1)) {
                        if lt.kind == TKind::Latin {
                            d.unit = Some((lt.start, st.end));
                            d.unit_norm = Some(norm);
                            d.start = lt.start;
                            d.first -= 1;
                        }
                    }
                }
            }
        }
    }
    let mut percent = percent_before;
    if !ordinal && !d.dual && !percent {
        if let Some(pl) = percent_at(ctx, p) {
            percent = true;
            p = pl + 1;
        } else if let Some((pl, v)) = permille_at(ctx, p).zip(d.value.div(Q::int(10))) {
            // "0.5 بالألف", "3 في الألف": a per mille is a tenth of a percent (it was the
            // number and the ordinal 1000)
            percent = true;
            d.value = v;
            p = pl + 1;
        } else if !prefix_unit && d.unit.is_none() {
            // "1.5 م دولار", "20 م ريال": "م" between an amount and a currency abbreviates
            // مليون (before anything else it is metres after a decimal, or no unit).
            if d.single_num
                && ctx.folded(p) == "م"
                && ctx.tok(d.first).is_some_and(|t| t.int_digits <= 3)
                && ctx
                    .word(p + 1)
                    .and_then(units::unit_info)
                    .is_some_and(|u| u.category == "currency")
            {
                if let Some(v) = Q::pow10(6).and_then(|m| d.value.mul(m)) {
                    d.value = v;
                    p += 1;
                }
            }
            if let Some(u) = units::unit_at(ctx, p) {
                let (last, end, per) = match units::per_unit(ctx, &u) {
                    Some((l, e, per)) => (l, e, Some(per)),
                    None => (u.last, u.end, None),
                };
                d.unit = Some((u.surface_start, end));
                d.unit_norm = u.info.map(|x| x.norm);
                d.per = per;
                p = last + 1;
                // "زلزال بقوة 5.8 درجات", "رياح قوتها 6 درجات": degrees of a strength on a
                // scale not named (an earthquake's, a wind's), no temperature or angle
                let strength = d
                    .first
                    .checked_sub(1)
                    .and_then(|b| ctx.word(b))
                    .is_some_and(|w| {
                        matches!(w, "بقوه" | "قوته" | "قوتها" | "بشده" | "شدته" | "شدتها")
                    });
                if strength && d.unit_norm == Some("deg") && per.is_none() {
                    d.unit_norm = None;
                }
            }
        }
    }
    // Ranges.
    let mut range_last = None;
    let frame = if chain || ordinal {
        None
    } else {
        approx::frame_before(ctx, d.first, min)
    };
    if !chain && !ordinal {
        let start = (d.value, d.first, d.last);
        // (a start with its own unit is a conversion: "نحو 100 دولار إلى 375 ريال")
        let hedged = frame.is_none()
            && p == d.last + 1
            && matches!(ctx.word(p), Some("الي" | "حتي"))
            && approx::approx_before(ctx, d.first, min).is_some_and(|a| a.2 == Approx::About);
        if let Some((x, y, ylast)) = range_end_at(ctx, p, frame.map(|f| f.2), hedged, start) {
            d.value = x;
            d.range_end = Some(y);
            range_last = Some(ylast);
            p = ylast + 1;
            if let Some((fs, ff, _)) = frame {
                d.start = d.start.min(fs);
                d.first = d.first.min(ff);
            }
            if let Some(pl) = percent_at(ctx, p) {
                percent = true;
                p = pl + 1;
            } else if !percent {
                if let Some(u) = units::unit_at(ctx, p) {
                    if d.unit.is_none() || d.unit_norm == u.info.map(|x| x.norm) || prefix_unit {
                        let (last, end, per) = match units::per_unit(ctx, &u) {
                            Some((l, e, per)) => (l, e, Some(per)),
                            None => (u.last, u.end, None),
                        };
                        if d.unit.is_none() {
                            d.unit = Some((u.surface_start, end));
                            d.unit_norm = u.info.map(|x| x.norm);
                            d.per = per;
                        }
                        p = last + 1;
                    }
                } else if d.dual {
                    // ما بين خليتين إلى ثلاثة خلايا: the noun after the range end.
                    if let Some(u) = units::counted_noun_at(ctx, p, false) {
                        p = u.last + 1;
                    }
                }
            }
        }
    }
    if percent {
        d.kind = NumberKind::Percent;
    }
    // و + a fraction after the number or its unit: ثلاث ساعات ونصف.
    if !ordinal && d.range_end.is_none() && d.value.is_int() {
        let (fi, ok) = match ctx.word(p) {
            Some("و") => (p + 1, true),
            Some(x) if x.starts_with('و') => (p, true),
            _ => (0, false),
        };
        if ok && (d.unit.is_some() || d.dual) {
            if let Some((h, e)) = ctx.hit(fi) {
                if e.role == Role::Fraction
                    && (fi == p) == h.conj
                    && !h.prep
                    && !h.article
                    && !ctx
                        .hit(fi + 1)
                        .is_some_and(|(_, e2)| matches!(e2.role, Role::Scale))
                {
                    // after a scale word the fraction is of the scale: "مليون دولار ونصف" is
                    // 1,500,000 and "٢٥٠ ألف درهم ونص" 250,500, as "ألف ونص" is 1,500
                    let part = match ctx.hit(d.last) {
                        Some((_, sc)) if sc.role == Role::Scale => e.value.mul(sc.value),
                        _ => Some(e.value),
                    };
                    if let Some(v) = part.and_then(|f| d.value.add(f)) {
                        d.value = v;
                        if !v.is_int() {
                            d.kind = NumberKind::Fraction;
                        }
                        p = fi + 1;
                    }
                }
            }
        }
    }
    // "إلا ربع" after the number's unit: ساعتين إلا ربع (1.75), 5 سنوات إلا ربعا (4.75); and
    // after a bare hour of the clock, as "وربع" is taken: "الساعة تلاتة إلا ربع" (2.75)
    if !ordinal
        && d.range_end.is_none()
        && d.value.is_int()
        && d.value.n >= 1
        && (d.unit.is_some() || d.dual || d.value.n <= 12)
    {
        if let Some((part, fi)) = less_part(ctx, p) {
            if let Some(v) = d.value.add(part) {
                d.value = v;
                d.kind = NumberKind::Fraction;
                p = fi + 1;
            }
        }
    }
    // Cents after a currency amount: 20 دولار و43 سنت، 20$ 43c.
    if d.per.is_none()
        && d.unit_norm.is_some_and(|u| {
            u != "cent" && u.chars().all(|c| c.is_ascii_uppercase())
                || matches!(u, "pound" | "dinar" | "riyal" | "lira" | "dirham")
        })
    {
        let ni = if ctx.word(p) == Some("و") { p + 1 } else { p };
        if let Some(nt) = ctx.tok(ni) {
            if nt.kind == TKind::Num
                && nt
                    .val
                    .is_some_and(|q| q.is_int() && (0..100).contains(&q.n))
            {
                if let Some(u) = units::unit_at(ctx, ni + 1) {
                    if u.info.is_some_and(|x| x.norm == "cent") {
                        if let Some(v) = nt
                            .val
                            .and_then(|c| c.div(Q::int(100)))
                            .and_then(|c| d.value.add(c))
                        {
                            d.value = v;
                            p = u.last + 1;
                        }
                    }
                }
            }
        }
    }
    // تحت الصفر: below zero (degrees when no unit was written); a minus already written
    // ("-5 تحت الصفر") says it twice, and the value stays below zero (it was turned to 5).
    if ctx.word(p) == Some("تحت") && ctx.word(p + 1) == Some("الصفر") && !percent {
        let below = if Q::ZERO.lt(d.value) {
            d.value.neg()
        } else {
            Some(d.value)
        };
        if let Some(v) = below {
            d.value = v;
            if d.unit.is_none() {
                d.unit = ctx
                    .tok(p)
                    .zip(ctx.tok(p + 1))
                    .map(|(a, b)| (a.start, b.end));
                d.unit_norm = Some("deg");
            }
            p += 2;
        }
    }
    // A minus sign standing apart ("- 2 درجة") is read only before a temperature.
    if d.single_num
        && d.unit_norm.is_some_and(|u| matches!(u, "deg" | "C" | "F"))
        && d.first == i
        && i > min
    {
        if let (Some(m), Some(n)) = (ctx.tok(i - 1), ctx.tok(i)) {
            let free = i == 1
                || m.space_before
                || !matches!(
                    ctx.tok(i - 2).map(|x| x.kind),
                    Some(TKind::Num | TKind::Word | TKind::Latin)
                );
            if matches!(m.kind, TKind::Sym('-' | '\u{2212}'))
                && n.space_before
                && free
                && !d.value.lt(Q::ZERO)
            {
                if let Some(v) = d.value.neg() {
                    d.value = v;
                    d.start = m.start;
                    d.first = i - 1;
                }
            }
        }
    }
    // "ناقص 5 درجات مئوية": "minus" said as a word before a temperature ("ناقص" alone is
    // also "short of", so only there)
    if d.first == i
        && i > min
        && d.unit_norm.is_some_and(|u| matches!(u, "deg" | "C" | "F"))
        && ctx.word(i - 1) == Some("ناقص")
        && Q::ZERO.lt(d.value)
    {
        if let (Some(v), Some(w)) = (d.value.neg(), ctx.tok(i - 1)) {
            d.value = v;
            d.start = w.start;
            d.first = i - 1;
        }
    }
    // Day of the month after the article: الـ 20 من الشهر.
    if d.single_num && d.unit.is_none() && !percent && d.range_end.is_none() {
        if let Some(s) = article_ordinal(ctx, i, p) {
            if i > min {
                d.kind = NumberKind::Ordinal;
                d.start = s;
                d.first = i - 1;
            }
        }
    }
    // Duals: an agreeing adjective is consumed; an emphatic اثنين/اثنتين joins the span.
    if d.dual {
        if let Some(w) = ctx.word(p) {
            if matches!(w, "اثنين" | "اثنان" | "اثنتين" | "اثنتان") {
                d.end = ctx.tok(p)?.end;
                p += 1;
            } else if units::dual(w).is_some() && !w.starts_with('و') {
                // "نقطتين مئويتين": the noun and its adjective may name one unit together
                let phrase = ctx.word(d.last).and_then(|n| units::dual_phrase(n, w));
                if let (Some(info), Some((us, _)), Some(at)) = (phrase, d.unit, ctx.tok(p)) {
                    d.unit = Some((us, at.end));
                    d.unit_norm = Some(info.norm);
                }
                p += 1;
            }
        }
    }
    // The counted noun of a plain count. A bare four-digit number may be a year before a verb
    // ("في 2020 قال"); after a hedge ("أكثر من 2000 شخص", "نحو 1500 جندي") it is a count.
    // After "رقم" the number is a label and counts nothing: in "اللاعب رقم 10 سجل هدفين" the
    // word after it is the verb ("10 سجل" had سجل as its counted noun); so after "الساعة"
    // (the hour of the clock), a numbered thing ("الطريق 7 مغلق") and the words the dates
    // read as taking a model number or a number in a series ("الآيفون 15 برو", "الحلقة 12").
    let label = d
        .first
        .checked_sub(1)
        .and_then(|k| ctx.word(k))
        .is_some_and(|w| {
            NUMBER_SIGNS.contains(&w)
                || CLOCK_HEADS.contains(&w)
                || (d.single_num && crate::dates::MODEL_HEADS.contains(&w))
        })
        || (d.single_num && labelled_thing_before(ctx, d.first) && !plural_noun_at(ctx, p));
    if d.unit.is_none()
        && !percent
        && !label
        && (!year_before_noun(ctx, &d) || approx::approx_before(ctx, d.first, min).is_some())
        && matches!(d.kind, NumberKind::Cardinal | NumberKind::Fraction)
    {
        if let Some(u) = units::counted_noun_at(ctx, p, d.vague) {
            d.unit = Some((u.surface_start, u.end));
            p = u.last + 1;
        }
    }
    // "ألفا" is also the Greek letter: after the kind of thing it names ("متحور ألفا", "أشعة
    // ألفا") or before a foreign name that no counted noun is ("ألفا روميو") it is no number
    if d.acc_scale {
        if let Some(k) = (d.first..=d.last).find(|&k| ctx.word(k) == Some("الفا")) {
            let head_before = k
                .checked_sub(1)
                .and_then(|p| ctx.word(p))
                .is_some_and(|w| GREEK_LETTER_HEADS.contains(&w));
            let foreign_after = d.unit_norm.is_none()
                && ctx.tok(k + 1).is_some_and(|t| {
                    t.kind == TKind::Word
                        && ctx
                            .text
                            .get(t.start..t.end)
                            .and_then(crate::segment::word_entry)
                            .is_none_or(|e| !e.is_dictionary_word())
                });
            if head_before || foreign_after {
                return None;
            }
        }
    }
    // "ألفا لاجئ", "مليونا دولار": the scale's dual in construct with the noun right after it
    // (the accusative singular never takes a noun: "ألفَ لاجئ").
    if d.acc_scale
        && d.range_end.is_none()
        && !percent
        && d.unit.is_some_and(|(us, _)| {
            ctx.tok(d.last + 1)
                .is_some_and(|t| t.start <= us && us < t.end)
        })
    {
        if let Some(v) = d.value.mul(Q::int(2)) {
            d.value = v;
        }
    }
    // "45,500 دينار" in a text of decimal commas ("6,7%"): a dinar's thousand millimes
    if d.single_num
        && d.range_end.is_none()
        && d.unit_norm
            .is_some_and(|u| THOUSANDTHS_CURRENCIES.contains(&u))
        && ctx.dots.comma_decimal
        && !ctx.dots.dot_fraction
        && comma_three(ctx, i)
    {
        if let Some(v) = d.value.div(Q::int(1000)) {
            d.value = v;
        }
    }
    // "1.200 قتيل", "15.000 دولار": a period before three digits grouping thousands.
    if d.single_num && !percent && !prefix_unit {
        let counted = d.unit.is_some() && d.unit_norm.is_none();
        let noun = d.unit.and_then(|(s, e)| ctx.text.get(s..e)).unwrap_or("");
        let reads = |t| dot_thousands(ctx, t, counted, noun, d.unit_norm);
        let (start_k, end_k) = match (d.range_end, range_last) {
            (None, _) => (reads(i), false),
            // a range's two ends written alike are read alike ("من 1.200 إلى 1.500 قتيل")
            (Some(_), Some(y)) if dot_three(ctx, i).is_some() && dot_three(ctx, y).is_some() => {
                let both = reads(i) && reads(y);
                (both, both)
            }
            (Some(_), Some(y)) => (reads(i), reads(y)),
            (Some(_), None) => (false, false),
        };
        let k = Q::int(1000);
        let x = if start_k {
            d.value.mul(k)
        } else {
            Some(d.value)
        };
        let y = match d.range_end {
            Some(y) if end_k => y.mul(k).map(Some),
            y => Some(y),
        };
        if let (Some(x), Some(y)) = (x, y) {
            if y.is_none_or(|y| x.lt(y)) {
                d.value = x;
                d.range_end = y;
                if start_k {
                    d.kind = NumberKind::Cardinal;
                }
            }
        }
    }
    if d.weak && d.unit_norm.is_none() {
        return None;
    }
    let mut last = p - 1;
    let mut end = ctx.tok(last)?.end.max(d.end);
    // Approximation words after and before.
    if d.approx.is_none() || d.vague {
        if let Some((al, ae, a)) = approx::approx_after(ctx, p) {
            d.approx = Some(a);
            last = al;
            end = ae;
        }
    }
    if d.approx.is_none() || d.vague {
        // "قرابة الـ500 شخص", "أكثر من الـ 100": the hedge stands before the article
        // (a percent too: "قرابة الـ40 بالمئة")
        let article = matches!(d.kind, NumberKind::Cardinal | NumberKind::Percent)
            && d.first > min
            && ctx.word(d.first - 1) == Some("ال");
        let found = approx::approx_before(ctx, d.first, min).or_else(|| {
            article
                .then(|| approx::approx_before(ctx, d.first - 1, min))
                .flatten()
        });
        if let Some((s, f, a)) = found {
            d.approx = Some(a);
            d.start = s;
            d.first = f;
        }
    }
    // A hedge measures a quantity, not a position: "دون الرابعة والعشرين" is an age.
    if d.approx.is_some() && d.kind == NumberKind::Ordinal {
        d.kind = NumberKind::Cardinal;
    }
    let unit = d
        .unit
        .and_then(|(s, e)| ctx.text.get(s..e))
        .map(str::to_string);
    let m = NumberMention {
        start: d.start,
        end,
        value: d.value.to_value(),
        kind: d.kind,
        approx: d.approx,
        range_end: d.range_end.map(Q::to_value),
        unit,
        unit_norm: d.unit_norm.map(|n| match d.per {
            Some(per) => format!("{n}/{per}"),
            None => n.to_string(),
        }),
    };
    Some((m, last))
}

/// Whether the number token `i`, written as one to three digits, a period and exactly three
/// digits ("1.200", not "0.250" or "1٫200"), groups thousands rather than marking decimals.
/// The Maghreb and much of the Levant and Egypt write "1.200 قتيل" for 1200, while "1.250 كغ"
/// may well be a kilogram and a quarter and "2.500 دينار" is two and a half Kuwaiti dinars (a
/// dinar has a thousand fils). So a period is thousands (1) before a counted noun, which
/// cannot be a fraction ("قتيل", "منزل"; not "نقطة" or "ضعف", which can), (2) before a
/// currency of a hundred cents when the three digits end in "00" ("15.000 دولار", "2.500
/// جنيه"; "1.085 دولار" is an exchange rate), before a currency with no fraction in use
/// ("14.750 ليرة لبنانية", [`WHOLE_CURRENCIES`]), or (3) anywhere the text as a whole writes
/// periods as thousands ([`DotHabit`]), except before a currency of a thousand parts (dinar,
/// Omani riyal, or a riyal not named) unless the text writes its decimals with a comma.
fn dot_thousands(
    ctx: &Ctx<'_>,
    i: usize,
    counted: bool,
    noun: &str,
    unit_norm: Option<&str>,
) -> bool {
    let Some(frac) = dot_three(ctx, i) else {
        return false;
    };
    if counted {
        let w = fold(noun);
        return !MEASURING_NOUNS.contains(&w.as_str());
    }
    if unit_norm.is_some_and(|u| WHOLE_CURRENCIES.contains(&u)) {
        return true;
    }
    let thousandths = unit_norm.is_some_and(|u| THOUSANDTHS_CURRENCIES.contains(&u));
    let cents = !thousandths && unit_norm.is_some_and(units::is_cents_currency);
    let round = frac.chars().skip(1).all(|c| digit_value(c) == Some(0));
    (cents && round) || (ctx.dots.thousands() && (!thousandths || ctx.dots.comma_decimal))
}

/// If the number token `i` is written as one to three digits (not starting with 0), an ASCII
/// period and exactly three digits, those three digits.
fn dot_three<'a>(ctx: &Ctx<'a>, i: usize) -> Option<&'a str> {
    let t = ctx.tok(i).filter(|t| t.kind == TKind::Num)?;
    let (int, frac) = ctx.text.get(t.start..t.end)?.split_once('.')?;
    let digits = |x: &str| x.chars().all(|c| digit_value(c).is_some());
    let shaped = !t.grouped
        && t.frac_digits == 3
        && (1..=3).contains(&t.int_digits)
        && digits(int)
        && digits(frac)
        && int.chars().next().and_then(digit_value) != Some(0);
    shaped.then_some(frac)
}

/// Whether the number token `i` is written as one to three digits, a comma and three digits
/// ("45,500"): thousands, or a decimal where commas mark decimals.
fn comma_three(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(t) = ctx.tok(i).filter(|t| t.kind == TKind::Num && t.grouped) else {
        return false;
    };
    let Some((int, frac)) = ctx.text.get(t.start..t.end).and_then(|s| s.split_once(',')) else {
        return false;
    };
    let digits = |x: &str, n: std::ops::RangeInclusive<usize>| {
        x.chars().all(|c| digit_value(c).is_some()) && n.contains(&x.chars().count())
    };
    digits(int, 1..=3) && digits(frac, 3..=3)
}

/// The value token `i` has when [`dot_thousands`] reads it so before what follows token
/// `last` (a unit of the table or a counted noun): a range's end ("ما بين 900 و1.200 شخص")
/// must be weighed so before its start is compared with it.
fn thousands_value(ctx: &Ctx<'_>, i: usize, last: usize) -> Option<Q> {
    dot_three(ctx, i)?;
    let (counted, noun, norm) = match units::unit_at(ctx, last + 1) {
        Some(u) => (false, "", u.info.map(|x| x.norm)),
        None => {
            let u = units::counted_noun_at(ctx, last + 1, false)?;
            (true, ctx.text.get(u.surface_start..u.end)?, None)
        }
    };
    if !dot_thousands(ctx, i, counted, noun, norm) {
        return None;
    }
    ctx.tok(i)?.val?.mul(Q::int(1000))
}

/// Currencies whose amounts have no fraction in use (the Lebanese and Syrian pounds, the
/// Iranian rial, the Iraqi dinar and the Yemeni rial): a period before three digits groups
/// thousands ("14.750 ليرة لبنانية").
const WHOLE_CURRENCIES: &[&str] = &["LBP", "SYP", "IRR", "IQD", "YER"];

/// Counted nouns (folded) that may take a fraction: "1.250 نقطة" may be a gymnast's score,
/// "1.5 ضعف" one and a half times.
const MEASURING_NOUNS: &[&str] = &[
    "نقطه",
    "نقاط",
    "ضعف",
    "ضعفا",
    "اضعاف",
    "مره",
    "مرات",
    "درجه",
    "درجات",
    "نجمه",
];

/// Currencies divided into a thousand parts, or written so (ISO codes and the generic names
/// of the unit table): a dinar has a thousand fils or millimes, an Omani riyal a thousand
/// baisa, and a riyal not named may be Omani.
const THOUSANDTHS_CURRENCIES: &[&str] = &[
    "dinar", "riyal", "KWD", "BHD", "JOD", "IQD", "LYD", "TND", "OMR",
];

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
            if matches!(p.kind, TKind::Num | TKind::Word | TKind::Latin)
                && ctx.word(i - 2) != Some("و")
            {
                return None;
            }
        }
    }
    Some(m.start)
}
