//! Units after (or before) a number: currencies, measures and time words from
//! `data/numbers/units.tsv`, currency symbols, ISO codes and Latin abbreviations, and the
//! counted noun of a plain count ("3500 محتجز").

use std::sync::OnceLock;

use super::extract::Ctx;
use super::fold::fold;
use super::lexicon::FxMap;
use super::scan::TKind;

const UNITS_TSV: &str = include_str!("../../data/numbers/units.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UnitInfo {
    pub norm: &'static str,
    pub category: &'static str,
    /// The form is singular (not a plural, not an accusative after 11-99).
    pub singular: bool,
}

pub(crate) struct UnitTable {
    map: FxMap<String, UnitInfo>,
    max_words: usize,
}

fn table() -> &'static UnitTable {
    static T: OnceLock<UnitTable> = OnceLock::new();
    T.get_or_init(|| {
        let mut map = FxMap::default();
        let mut max_words = 1;
        // (generic norm, plural?, folded form) of the one-word plural and accusative
        // currencies, and (noun, adjective, norm) of the singular currencies of a country
        let mut forms: Vec<(&'static str, bool, String)> = Vec::new();
        let mut named: Vec<(String, String, &'static str)> = Vec::new();
        for line in UNITS_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(phrase), Some(norm), Some(category)) =
                (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let number = cols.next();
            let singular = number.is_none_or(|n| n == "sg");
            let words: Vec<String> = phrase.split(' ').map(fold).collect();
            max_words = max_words.max(words.len());
            if category == "currency" {
                if let [one] = words.as_slice() {
                    if let Some(n @ ("pl" | "acc")) = number {
                        forms.push((norm, n == "pl", one.clone()));
                    }
                } else if let ([noun, nisba], true) = (words.as_slice(), singular) {
                    if nisba.ends_with('ي') {
                        named.push((noun.clone(), nisba.clone(), norm));
                    }
                }
            }
            map.entry(words.join(" ")).or_insert(UnitInfo {
                norm,
                category,
                singular,
            });
        }
        // A country's currency in the plural and the accusative agrees in its adjective:
        // "دنانير كويتية", "350 دينارا أردنيا", "30 ريالا عمانيا" (the accusative gave the
        // generic dinar or riyal). Each is made from the singular row ("دينار كويتي") and the
        // plural and accusative rows of the generic currency ("دنانير", "دينارا").
        for (noun, nisba, norm) in &named {
            let Some(generic) = map.get(noun.as_str()).map(|u| u.norm) else {
                continue;
            };
            for (_, plural, form) in forms.iter().filter(|(g, _, _)| *g == generic) {
                let adjective = if *plural {
                    format!("{nisba}ه")
                } else {
                    format!("{nisba}ا")
                };
                map.entry(format!("{form} {adjective}"))
                    .or_insert(UnitInfo {
                        norm,
                        category: "currency",
                        singular: false,
                    });
            }
        }
        UnitTable { map, max_words }
    })
}

/// Looks up a folded unit phrase (words joined by one space).
pub(crate) fn unit_info(folded_phrase: &str) -> Option<UnitInfo> {
    table().map.get(folded_phrase).copied()
}

/// The first and last letters of the one-word currency names of the Arabic block: most words
/// begin and end with no such pair, and are turned away before a table lookup.
pub(crate) fn currency_ends() -> &'static crate::hash::ArabicPairs {
    static S: OnceLock<crate::hash::ArabicPairs> = OnceLock::new();
    S.get_or_init(|| {
        let mut ends = crate::hash::ArabicPairs::new(false);
        for (k, u) in &table().map {
            if u.category == "currency" && !k.contains(' ') {
                if let (Some(a), Some(b)) = (k.chars().next(), k.chars().next_back()) {
                    ends.insert(a, b);
                }
            }
        }
        ends
    })
}

/// Things numbered with a letter after the digits, where "5ج" is a section, an item or a flat
/// (folded, without article or clitics), besides [`super::extract::LABELLED_THINGS`].
const LETTERED_THINGS: &[&str] = &[
    "صف",
    "شعبه",
    "فصل",
    "فرقه",
    "مجموعه",
    "قسم",
    "عماره",
    "بلوك",
    "فيلا",
    "قطعه",
    "رقم",
    "سؤال",
    "تمرين",
    "نموذج",
    "مسأله",
    "مساله",
    "مثال",
    "شكل",
    "جدول",
    "حي",
    "مربع",
];

/// Is the word token `i`, "ج" as written, Egypt's abbreviation of the pound ("500ج", "بـ50ج")?
/// Only glued right after whole digits with no more digits after it, the digits two or more
/// or after "ب" (a price); not after a thing numbered with letters ("الصف 5ج", "شقة 12ج",
/// "السؤال 3ج" are a section, a flat, an item), nor apart from the digits ("200 ج", an
/// answer's letter "3 ج").
fn egyptian_pound_letter(ctx: &Ctx<'_>, i: usize) -> bool {
    let (Some(t), Some(n)) = (ctx.tok(i), i.checked_sub(1).and_then(|p| ctx.tok(p))) else {
        return false;
    };
    if t.space_before || n.kind != TKind::Num || n.end != t.start || n.frac_digits > 0 {
        return false;
    }
    if ctx
        .tok(i + 1)
        .is_some_and(|x| x.kind == TKind::Num && !x.space_before)
    {
        return false;
    }
    let before = (i >= 2).then(|| ctx.word(i - 2)).flatten().unwrap_or("");
    let price = matches!(before, "ب" | "بـ" | "وب" | "بسعر" | "سعر" | "بس");
    let digits = ctx
        .text
        .get(n.start..n.end)
        .map_or(0, |d| d.chars().count());
    if digits < 2 && !price {
        return false;
    }
    let no_conj = before.strip_prefix(['و', 'ف']).unwrap_or(before);
    let no_prep = no_conj
        .strip_prefix(['ب', 'ل', 'ك'])
        .filter(|r| r.starts_with("ال"));
    let head = no_prep.unwrap_or(no_conj);
    let head = head
        .strip_prefix("ال")
        .or_else(|| head.strip_prefix("لل"))
        .unwrap_or(head);
    !(LETTERED_THINGS.contains(&head) || super::extract::LABELLED_THINGS.contains(&head))
}

/// Latin unit abbreviations and ISO currency codes (lower-cased).
fn latin_unit(w: &str) -> Option<UnitInfo> {
    let (norm, category) = match w {
        "usd" => ("USD", "currency"),
        "eur" => ("EUR", "currency"),
        "gbp" => ("GBP", "currency"),
        "kwd" => ("KWD", "currency"),
        "lbp" => ("LBP", "currency"),
        "egp" => ("EGP", "currency"),
        "qar" => ("QAR", "currency"),
        "sar" => ("SAR", "currency"),
        "aed" => ("AED", "currency"),
        "jod" => ("JOD", "currency"),
        "ils" | "nis" => ("ILS", "currency"),
        "omr" => ("OMR", "currency"),
        "bhd" => ("BHD", "currency"),
        "iqd" => ("IQD", "currency"),
        "syp" => ("SYP", "currency"),
        "try" => ("TRY", "currency"),
        "mad" => ("MAD", "currency"),
        "tnd" => ("TND", "currency"),
        "dzd" => ("DZD", "currency"),
        "lyd" => ("LYD", "currency"),
        "chf" => ("CHF", "currency"),
        "jpy" => ("JPY", "currency"),
        "cny" => ("CNY", "currency"),
        "cad" => ("CAD", "currency"),
        "aud" => ("AUD", "currency"),
        "sdg" => ("SDG", "currency"),
        "yer" => ("YER", "currency"),
        "irr" => ("IRR", "currency"),
        "rub" => ("RUB", "currency"),
        "inr" => ("INR", "currency"),
        "mru" => ("MRU", "currency"),
        "btc" => ("BTC", "currency"),
        "c" => ("cent", "currency"),
        "km" => ("km", "length"),
        "cm" => ("cm", "length"),
        "mm" => ("mm", "length"),
        "kg" => ("kg", "mass"),
        "g" => ("g", "mass"),
        "mg" => ("mg", "mass"),
        "ml" => ("ml", "volume"),
        "l" => ("l", "volume"),
        "mw" => ("MW", "power"),
        "kw" => ("kW", "power"),
        "gw" => ("GW", "power"),
        "w" => ("W", "power"),
        "wh" => ("Wh", "energy"),
        "kcal" => ("kcal", "energy"),
        "mp" => ("MP", "image"),
        "px" => ("px", "image"),
        "kwh" => ("kWh", "energy"),
        "mwh" => ("MWh", "energy"),
        "gwh" => ("GWh", "energy"),
        "twh" => ("TWh", "energy"),
        "mah" => ("mAh", "charge"),
        "ah" => ("Ah", "charge"),
        "v" => ("V", "voltage"),
        "hz" => ("Hz", "frequency"),
        "khz" => ("kHz", "frequency"),
        "mhz" => ("MHz", "frequency"),
        "ghz" => ("GHz", "frequency"),
        "kb" => ("kB", "data"),
        "mb" => ("MB", "data"),
        "gb" => ("GB", "data"),
        "tb" => ("TB", "data"),
        _ => return None,
    };
    Some(UnitInfo {
        norm,
        category,
        singular: true,
    })
}

/// English words a single digit is glued to as a quantity in social media ("5min", "3days",
/// "5star"), which are no Arabizi; short ones ("3am", "2nd") are kept by the length rule.
const GLUED_ENGLISH: &[&str] = &[
    "min", "mins", "sec", "secs", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "yrs", "lbs", "pcs", "pts", "star", "stars", "inch", "feet", "mph",
    "kmh", "kph", "gbps", "mbps", "kbps", "ghz", "mhz", "khz", "bit", "bits", "byte", "bytes",
    "fps", "rpm", "kcal", "cal", "way", "times", "pack", "pax",
];

/// Is the ASCII digit at byte `at` of `text` a letter of Arabizi, Arabic written in Latin
/// letters with digits for the sounds Latin lacks ("3andi" عندي, "7abibi" حبيبي, "3a2ilti"
/// عائلتي)? One digit of 2, 3, 5, 6, 7, 8, 9, not glued to a letter or digit before it, followed
/// by a run of small Latin letters (three or more) and Arabizi digits that starts with a letter
/// and is no unit, currency code or English word of quantity ("3km", "5mg", "2nd", "3am",
/// "10x", "4G", "5usd", "5min" stay a digit and a word). The tokenizer and the numbers both ask
/// this one rule, so a token that is an Arabizi word is never read as a number.
pub(crate) fn arabizi_at(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let is_arabizi_digit = |b: u8| matches!(b, b'2' | b'3' | b'5' | b'6' | b'7' | b'8' | b'9');
    if !bytes.get(at).copied().is_some_and(is_arabizi_digit) {
        return false;
    }
    if at > 0
        && bytes
            .get(at - 1)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return false;
    }
    let rest = &bytes[at + 1..];
    let run = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let run = &rest[..run];
    let letters = run.iter().filter(|b| b.is_ascii_alphabetic()).count();
    if letters < 3
        || !run.first().is_some_and(u8::is_ascii_lowercase)
        || !run
            .iter()
            .all(|&b| b.is_ascii_lowercase() || is_arabizi_digit(b))
    {
        return false;
    }
    // a run of letters alone may be a unit or an English word glued to its amount
    let word = std::str::from_utf8(run).unwrap_or_default();
    letters < run.len() || (latin_unit(word).is_none() && !GLUED_ENGLISH.contains(&word))
}

/// An ISO currency code ("usd", lower-cased), which may be written glued to its amount.
pub(crate) fn currency_code(w: &str) -> Option<UnitInfo> {
    latin_unit(w).filter(|u| w.len() == 3 && u.category == "currency")
}

/// Whether a normalized unit is a currency counted in hundredths (or in whole units): an ISO
/// code or a generic name of the table, but not the cent itself, a dinar or a riyal (a thousand
/// fils or baisa; the riyal not named may be Omani) nor Bitcoin.
pub(crate) fn is_cents_currency(norm: &str) -> bool {
    let iso = norm.len() == 3 && norm.bytes().all(|b| b.is_ascii_uppercase());
    (iso && !matches!(
        norm,
        "KWD" | "BHD" | "JOD" | "IQD" | "LYD" | "TND" | "OMR" | "BTC"
    )) || matches!(norm, "pound" | "lira" | "dirham" | "franc")
}

/// Currency symbols.
pub(crate) fn symbol_unit(c: char) -> Option<UnitInfo> {
    let norm = match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₪' => "ILS",
        '¢' => "cent",
        _ => return None,
    };
    Some(UnitInfo {
        norm,
        category: "currency",
        singular: true,
    })
}

/// A unit found in the text: tokens `first..=last`, its surface and info.
#[derive(Debug, Clone)]
pub(crate) struct FoundUnit {
    pub last: usize,
    pub end: usize,
    pub surface_start: usize,
    pub info: Option<UnitInfo>,
}

impl FoundUnit {
    /// A unit of a fixed name in the singular, from byte `start` to `end` (last token `last`).
    fn named(
        start: usize,
        last: usize,
        end: usize,
        norm: &'static str,
        category: &'static str,
    ) -> Self {
        FoundUnit {
            last,
            end,
            surface_start: start,
            info: Some(UnitInfo {
                norm,
                category,
                singular: true,
            }),
        }
    }
}

/// The last token of the Richter scale named from token `i` on: "ريختر" (or "ريشتر",
/// "رختر"), after "مقياس"/"سلم" (also "بمقياس", "لمقياس"), after "على"/"وفق"/"حسب"/"في".
fn richter_at(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    let richter = |k: usize| {
        ctx.word(k)
            .is_some_and(|w| matches!(w, "ريختر" | "ريشتر" | "رختر"))
            .then_some(k)
    };
    let scale = |k: usize| {
        matches!(
            ctx.word(k),
            Some("مقياس" | "سلم" | "بمقياس" | "بسلم" | "لمقياس" | "لسلم")
        )
    };
    match ctx.word(i)? {
        "علي" | "وفق" | "حسب" | "في" if scale(i + 1) => richter(i + 2),
        _ if scale(i) => richter(i + 1),
        _ => richter(i),
    }
}

/// The power glued after a unit of length at token `j`, and where it ends: a digit 2 or 3 in
/// any script ("م2", "كم٢") or a superscript ("م²", "سم³").
fn power_at(ctx: &Ctx<'_>, j: usize) -> Option<(u8, usize)> {
    let n = ctx.tok(j).filter(|n| !n.space_before)?;
    let power = match n.kind {
        TKind::Num => match n.val.map(|q| (q.n, q.d)) {
            Some((2, 1)) => 2,
            Some((3, 1)) => 3,
            _ => return None,
        },
        TKind::Sym('²') => 2,
        TKind::Sym('³') => 3,
        _ => return None,
    };
    Some((power, n.end))
}

/// The unit of area or volume of a unit of length to a power ("cm", 2: "cm2"). "سم2" was
/// "m2", a ten-thousandth of it, and "سم3" (cc) no unit.
fn powered(length: &str, power: u8) -> Option<(&'static str, &'static str)> {
    Some(match (length, power) {
        ("m", 2) => ("m2", "area"),
        ("km", 2) => ("km2", "area"),
        ("cm", 2) => ("cm2", "area"),
        ("mm", 2) => ("mm2", "area"),
        ("m", 3) => ("m3", "volume"),
        ("km", 3) => ("km3", "volume"),
        ("cm", 3) => ("cm3", "volume"),
        ("mm", 3) => ("mm3", "volume"),
        _ => return None,
    })
}

/// A unit of power or current `norm` at token `last` taken by the hour: "كيلوواط ساعة",
/// "ميغاواط/ساعة", "أمبير ساعة" (and "/س", "/h") are energy or charge, kWh, MWh, Ah, as the
/// news and spec sheets write them ("kW/h" would be a rate of change of power, which they
/// never mean). The new unit, its category, last token and end.
fn by_the_hour(
    ctx: &Ctx<'_>,
    norm: &str,
    last: usize,
) -> Option<(&'static str, &'static str, usize, usize)> {
    let (unit, category) = match norm {
        "W" => ("Wh", "energy"),
        "kW" => ("kWh", "energy"),
        "MW" => ("MWh", "energy"),
        "GW" => ("GWh", "energy"),
        "TW" => ("TWh", "energy"),
        "A" => ("Ah", "charge"),
        "mAh" => ("mAh", "charge"),
        _ => return None,
    };
    let hour = if ctx.word(last + 1) == Some("ساعه") {
        last + 1
    } else if ctx.is_sym(last + 1, &['/', '\u{2215}'])
        && matches!(ctx.folded(last + 2), "ساعه" | "س" | "h")
        && !ctx
            .tok(last + 3)
            .is_some_and(|n| n.kind == TKind::Num && !n.space_before)
    {
        last + 2
    } else {
        return None;
    };
    Some((unit, category, hour, ctx.tok(hour)?.end))
}

/// The unit starting at token `i` (a lexicon phrase, Latin abbreviation, symbol or °).
pub(crate) fn unit_at(ctx: &Ctx<'_>, i: usize) -> Option<FoundUnit> {
    let t = *ctx.tok(i)?;
    match t.kind {
        TKind::Sym('°') => {
            // 37° سلزيوس, 45°, 70°F
            if let Some(u) = unit_at(ctx, i + 1) {
                if u.info.is_some_and(|x| x.category == "temperature") {
                    return Some(FoundUnit {
                        surface_start: t.start,
                        ..u
                    });
                }
            }
            if let Some(TKind::Latin) = ctx.tok(i + 1).map(|x| x.kind) {
                let w = ctx.folded(i + 1);
                let norm = match w {
                    "c" => Some("C"),
                    "f" => Some("F"),
                    _ => None,
                };
                if let (Some(norm), Some(n)) = (norm, ctx.tok(i + 1)) {
                    return Some(FoundUnit::named(t.start, i + 1, n.end, norm, "temperature"));
                }
            }
            // "35°م", "95°ف": the Arabic letters of Celsius (مئوية) and Fahrenheit glued to the
            // sign, as "°C" and "°F" are written (the "م" had been left out: "°", "deg")
            if let Some(n) = ctx
                .tok(i + 1)
                .filter(|n| n.kind == TKind::Word && n.start == t.end)
            {
                let norm = match ctx.folded(i + 1) {
                    "م" => Some("C"),
                    "ف" => Some("F"),
                    _ => None,
                };
                if let Some(norm) = norm {
                    return Some(FoundUnit::named(t.start, i + 1, n.end, norm, "temperature"));
                }
            }
            Some(FoundUnit::named(t.start, i, t.end, "deg", "temperature"))
        }
        TKind::Sym(c) => {
            let info = symbol_unit(c)?;
            Some(FoundUnit {
                last: i,
                end: t.end,
                surface_start: t.start,
                info: Some(info),
            })
        }
        TKind::Latin => {
            // "m²", "cm³": a Latin unit of length raised by a superscript (or a glued digit)
            let length = match ctx.folded(i) {
                "m" => Some("m"),
                "km" => Some("km"),
                "cm" => Some("cm"),
                "mm" => Some("mm"),
                _ => None,
            };
            if let Some(((norm, category), e)) = length
                .zip(power_at(ctx, i + 1))
                .and_then(|(l, (p, e))| Some((powered(l, p)?, e)))
            {
                return Some(FoundUnit::named(t.start, i + 1, e, norm, category));
            }
            let info = latin_unit(ctx.folded(i))?;
            // a capital G is no gram: "5G", "4G" are generations of networks
            if info.norm == "g" && ctx.text.get(t.start..t.end) == Some("G") {
                return None;
            }
            if let Some((norm, category, last, end)) = by_the_hour(ctx, info.norm, i) {
                return Some(FoundUnit::named(t.start, last, end, norm, category));
            }
            Some(FoundUnit {
                last: i,
                end: t.end,
                surface_start: t.start,
                info: Some(info),
            })
        }
        TKind::Word => {
            // Dotted currency abbreviations: ج.م (Egyptian pound), ر.س (Saudi riyal) ...
            if let Some(&(_, _, norm)) = DOTTED_CURRENCIES
                .iter()
                .find(|&&(a, b, _)| ctx.folded(i) == a && ctx.word(i + 2) == Some(b))
                .filter(|_| ctx.is_sym(i + 1, &['.']))
            {
                let (last, end) = if ctx.is_sym(i + 3, &['.']) {
                    (i + 3, ctx.tok(i + 3)?.end)
                } else {
                    (i + 2, ctx.tok(i + 2)?.end)
                };
                // د.إ is the Emirati dirham and د.أ the Jordanian dinar: the hamza, which
                // folding drops, tells them apart (د.أ had been read as dirhams)
                let second = ctx.tok(i + 2).and_then(|s| ctx.text.get(s.start..s.end));
                let norm = if norm == "AED" && second == Some("أ") {
                    "JOD"
                } else {
                    norm
                };
                return Some(FoundUnit::named(t.start, last, end, norm, "currency"));
            }
            // "على مقياس ريختر", "ريختر": the Richter scale is the unit
            if let Some(r) = richter_at(ctx, i) {
                return Some(FoundUnit::named(
                    t.start,
                    r,
                    ctx.tok(r)?.end,
                    "Richter",
                    "magnitude",
                ));
            }
            // "500ج": Egypt's "ج" for the pound, written glued to its digits
            if ctx.text.get(t.start..t.end) == Some("ج") {
                return egyptian_pound_letter(ctx, i)
                    .then(|| FoundUnit::named(t.start, i, t.end, "pound", "currency"));
            }
            // م2, م3 (square and cubic metres; "م" alone is no unit: "2024 م" is a year, "10
            // م" may be an hour, but after a decimal, "1.80 م", it is metres: no year or
            // hour has a decimal part)
            if ctx.folded(i) == "م" {
                let decimal_before = i
                    .checked_sub(1)
                    .and_then(|p| ctx.tok(p))
                    .is_some_and(|p| p.kind == TKind::Num && p.frac_digits > 0);
                let glued_digits = ctx
                    .tok(i + 1)
                    .is_some_and(|n| n.kind == TKind::Num && !n.space_before);
                // "1.5 م دولار" abbreviates a million: no metres before a currency
                let currency_next = ctx
                    .word(i + 1)
                    .and_then(unit_info)
                    .is_some_and(|u| u.category == "currency");
                // "12 م/ث": metres per second whatever number comes before
                let per_time = ctx.is_sym(i + 1, &['/'])
                    && matches!(
                        ctx.folded(i + 2),
                        "ث" | "ثانيه" | "س" | "ساعه" | "د" | "دقيقه"
                    );
                if (decimal_before || per_time) && !glued_digits && !currency_next {
                    return Some(FoundUnit::named(t.start, i, t.end, "m", "length"));
                }
                let (power, end) = power_at(ctx, i + 1)?;
                let (norm, category) = powered("m", power)?;
                return Some(FoundUnit::named(t.start, i + 1, end, norm, category));
            }
            let tab = table();
            let mut key = String::new();
            let mut best: Option<(usize, UnitInfo)> = None;
            for k in 0..tab.max_words {
                let Some(w) = ctx.word(i + k) else { break };
                if k > 0 {
                    key.push(' ');
                }
                key.push_str(w);
                if let Some(info) = tab.map.get(&key) {
                    best = Some((i + k, *info));
                }
            }
            let (last, info) = best?;
            // "فاز 2-1 يوم الخميس", "3 شهر رمضان": a singular unit of time in construct with
            // a weekday or a month names that day or month; it counts nothing
            if info.category == "time"
                && info.singular
                && ctx.word(last + 1).is_some_and(|w| {
                    super::extract::WEEKDAYS.contains(&w)
                        || super::extract::MONTH_NAMES.contains(&w)
                })
            {
                return None;
            }
            let mut end = ctx.tok(last)?.end;
            let mut last = last;
            let mut info = info;
            // "درجات على مقياس ريختر": degrees of a magnitude, not of heat or an angle
            if info.norm == "deg" {
                if let Some(r) = richter_at(ctx, last + 1) {
                    return Some(FoundUnit::named(
                        t.start,
                        r,
                        ctx.tok(r)?.end,
                        "Richter",
                        "magnitude",
                    ));
                }
            }
            // "كيلوواط ساعة", "ميغاواط/ساعة": power by the hour is energy
            if let Some((norm, category, l, e)) = by_the_hour(ctx, info.norm, last) {
                return Some(FoundUnit::named(t.start, l, e, norm, category));
            }
            // كم2, سم2, م3, سم³ (area and volume written with a glued digit or superscript)
            if info.category == "length" {
                if let Some(((norm, category), e)) =
                    power_at(ctx, last + 1).and_then(|(p, e)| Some((powered(info.norm, p)?, e)))
                {
                    info = UnitInfo {
                        norm,
                        category,
                        singular: info.singular,
                    };
                    last += 1;
                    end = e;
                }
            }
            Some(FoundUnit {
                last,
                end,
                surface_start: t.start,
                info: Some(info),
            })
        }
        TKind::Num => None,
    }
}

/// The denominator of a compound unit right after unit `u` ("كم/ساعة", "ملغ/دل", "م3/ث",
/// "ميكروغرام/م3", "mg/dl", "دولار/برميل"; a speed also as "كم في الساعة", "كم بالساعة"):
/// its last token, end byte and normalized name (units of time shortened: "h", "min", "s",
/// "d"). Only a measure or a currency is divided, and only by a unit of time, length, area,
/// volume or mass: "ساعات/أيام" and "دولار/يورو" are alternatives, no ratio.
pub(crate) fn per_unit(ctx: &Ctx<'_>, u: &FoundUnit) -> Option<(usize, usize, &'static str)> {
    let num = u.info?;
    if !matches!(
        num.category,
        "length" | "mass" | "volume" | "area" | "currency" | "data" | "power"
    ) {
        return None;
    }
    let s = u.last + 1;
    let short = |norm: &'static str| match norm {
        "hour" => "h",
        "minute" => "min",
        "second" => "s",
        "day" => "d",
        n => n,
    };
    if ctx.is_sym(s, &['/', '\u{2215}']) {
        let t = ctx.tok(s + 1)?;
        // abbreviations that stand only after a slash
        let abbr = match t.kind {
            TKind::Word => match ctx.folded(s + 1) {
                "س" | "سا" => Some("h"),
                "ث" => Some("s"),
                "د" => Some("min"),
                "ل" => Some("l"),
                "غ" => Some("g"),
                "دل" | "دسل" | "ديسيلتر" => Some("dL"),
                "م" if !ctx
                    .tok(s + 2)
                    .is_some_and(|n| n.kind == TKind::Num && !n.space_before) =>
                {
                    Some("m")
                }
                _ => None,
            },
            TKind::Latin => match ctx.folded(s + 1) {
                "h" | "hr" => Some("h"),
                "s" | "sec" => Some("s"),
                "min" => Some("min"),
                "dl" => Some("dL"),
                "m" => Some("m"),
                "m2" => Some("m2"),
                "m3" => Some("m3"),
                _ => None,
            },
            _ => None,
        };
        if let Some(a) = abbr {
            return Some((s + 1, t.end, a));
        }
        let d = unit_at(ctx, s + 1)?;
        let info = d.info?;
        if !matches!(
            info.category,
            "time" | "length" | "area" | "volume" | "mass"
        ) || info.category == "time" && num.category == "currency" && !info.singular
        {
            return None;
        }
        return Some((d.last, d.end, short(info.norm)));
    }
    // a speed: "كم في الساعة", "كم بالساعة" ("في الساعة الأولى" is the first hour), and a rate
    // of data: "ميجابت في الثانية" (Mbit/s; "الثانية" had been read as the ordinal 2)
    if matches!(num.category, "length" | "data") {
        let (last, w) = match ctx.word(s)? {
            "في" => (s + 1, ctx.word(s + 1)?),
            w => (s, w),
        };
        let w = if last == s { w.strip_prefix('ب')? } else { w };
        let per = match w {
            "الساعه" => "h",
            "الثانيه" => "s",
            "الدقيقه" => "min",
            _ => return None,
        };
        let next_defined = ctx.word(last + 1).is_some_and(|n| n.starts_with("ال"))
            || ctx
                .hit(last + 1)
                .is_some_and(|(_, e)| e.role == super::lexicon::Role::Ordinal);
        if next_defined {
            return None;
        }
        return Some((last, ctx.tok(last)?.end, per));
    }
    None
}

/// Currency abbreviations written as two letters with a period between them (folded forms)
/// and their ISO 4217 codes.
const DOTTED_CURRENCIES: &[(&str, &str, &str)] = &[
    ("ج", "م", "EGP"),
    ("ر", "س", "SAR"),
    ("ر", "ق", "QAR"),
    ("ر", "ع", "OMR"),
    ("د", "ك", "KWD"),
    // د.إ (د.ا without its hamza); د.أ is the Jordanian dinar, told apart by its hamza
    ("د", "ا", "AED"),
    ("د", "ب", "BHD"),
    ("د", "ع", "IQD"),
    ("د", "ج", "DZD"),
    ("د", "م", "MAD"),
    ("د", "ت", "TND"),
    ("د", "ل", "LYD"),
    ("ل", "ل", "LBP"),
    ("ل", "س", "SYP"),
];

/// Function words, verbs and adverbs that follow numbers but are not what is counted.
const NOT_COUNTED: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "او",
    "ثم",
    "بعد",
    "قبل",
    "منذ",
    "حتي",
    "خلال",
    "عند",
    "لدي",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "اللذين",
    "كما",
    "وقد",
    "قد",
    "لا",
    "لم",
    "لن",
    "ما",
    "ان",
    "انه",
    "لان",
    "كان",
    "كانت",
    "يكون",
    "تكون",
    "قال",
    "وقال",
    "قالت",
    "اضاف",
    "وفق",
    "وفقا",
    "حسب",
    "بحسب",
    "فقط",
    "ايضا",
    "منها",
    "منهم",
    "منهما",
    "فيها",
    "فيه",
    "عليها",
    "عليه",
    "له",
    "لها",
    "لهم",
    "هو",
    "هي",
    "هم",
    "و",
    "ف",
    "او",
    "بين",
    "حيث",
    "اذ",
    "اذا",
    "لكن",
    "بل",
    "غير",
    "سوي",
    "نحو",
    "حوالي",
    "تقريبا",
    "مقابل",
    "بنسبه",
    "نسبه",
    "الي",
    "صباحا",
    "مساء",
    "مساءا",
    "ظهرا",
    "فجرا",
    "ليلا",
    "عصرا",
    "م",
    "ه",
    "ق",
    "ص",
    "ج",
    "بتوقيت",
    "بالمايه",
    "بالميه",
    "اكثر",
    "اقل",
    "فاكثر",
    "فاقل",
    "وهو",
    "وهي",
    "وهم",
    "وفي",
    "ومن",
    "وعلي",
    "والي",
    "اما",
    "اي",
    "كل",
    "جميع",
    "بعض",
    "عدد",
    "حين",
    "يوم",
    "عام",
    "سنه",
    "شهر",
    "مرات",
    "مره",
    "ضد",
    "لصالح",
    "امام",
    "وراء",
    "تحت",
    "فوق",
    "داخل",
    "خارج",
    "الف",
    "مليون",
    "مليار",
    // (and every month name: MONTH_NAMES, added in not_counted())
    "هجري",
    "هجريه",
    "ميلادي",
    "ميلاديه",
    "ضمن",
    "بينما",
    "امس",
    "لمجرد",
    "خاصه",
    "اخري",
    "بجروح",
    "وفقا",
    "تقريبا",
    "فحسب",
    "مثلا",
    "اخرين",
    "اخرون",
    // adverbs, particles and verbs of being that follow a number in running text ("وصل 5 هنا")
    "هنا",
    "هناك",
    "هنالك",
    "جدا",
    "غدا",
    "حاليا",
    "سابقا",
    "لاحقا",
    "فورا",
    "معا",
    "دايما",
    "ابدا",
    "احيانا",
    "اصلا",
    "كذلك",
    "عندما",
    "بعدما",
    "فيما",
    "مما",
    "عما",
    "لما",
    "كلما",
    "الا",
    "دون",
    "بدون",
    "رغم",
    "برغم",
    "عبر",
    "حول",
    "ازاء",
    "ربما",
    "كي",
    "لكي",
    "ليس",
    "ليست",
    "يجب",
    "يمكن",
    "انها",
    "انهم",
    // adverbs of scope and frequency ("المرتبة 15 عالمياً", "3 مرات يومياً")
    "عالميا",
    "محليا",
    "اقليميا",
    "دوليا",
    "عربيا",
    "افريقيا",
    "اوروبيا",
    "اسيويا",
    "قاريا",
    "يوميا",
    "اسبوعيا",
    "شهريا",
    "سنويا",
    "رسميا",
    "نسبيا",
    "فعليا",
    "تدريجيا",
    "جزييا",
    "كليا",
    "مبدييا",
    "موخرا",
    "مجددا",
    "تماما",
    "مجانا",
    "غالبا",
    "اساسا",
    "اجمالا",
    "مباشره",
];

/// Wishes, thanks and greetings (folded) after which a bare scale word is a figure of speech,
/// not a count (and no counted noun after any number): "ألف مبروك", "مليون شكر", "ألف ألف مبروك", "ألف الحمد لله على السلامة".
pub(crate) const WISHES: &[&str] = &[
    "مبروك",
    "مبارك",
    "شكر",
    "شكرا",
    "سلامه",
    "السلامه",
    "سلام",
    "رحمه",
    "تحيه",
    "عافيه",
    "مرحبا",
    "اهلا",
    "هلا",
    "الحمد",
    "الحمدلله",
    "حمدالله",
    "تهنيه",
];

/// Function words of the spoken dialects (folded) that follow a number without being counted
/// by it: adverbs ("كمان" too, "هلق" now, "لسه" still, "برضو" also), conjunctions ("عشان"
/// because) and the particles of "of" ("ديال", "تاع", "بتاع", "تبع").
const SPOKEN_FUNCTION_WORDS: &[&str] = &[
    "كمان",
    "عشان",
    "علشان",
    "هلق",
    "هلا",
    "هسه",
    "هسا",
    "الحين",
    "دلوقتي",
    "دلوقت",
    "لسه",
    "لسا",
    "لسع",
    "برضو",
    "برضه",
    "بردو",
    "بعدين",
    "كده",
    "كدا",
    "هيك",
    "هيچ",
    "زي",
    "متل",
    "قدام",
    "ورا",
    "جنب",
    "يعني",
    "بس",
    "كذا",
    "توه",
    "بعد",
    "ماشي",
    "معا",
    // the spoken "of" (the Maghreb's "ديال", "تاع", "متاع"; Egypt's "بتاع"; the Levant's "تبع")
    "ديال",
    "تاع",
    "متاع",
    "بتاع",
    "بتاعت",
    "بتاعه",
    "تبع",
];

/// Prepositions and the like (folded) that take a pronoun suffix ("عندي", "معاهم", "قدامي",
/// "عشانك"): with one, a function word and no counted noun.
const PRONOUN_HOSTS: &[&str] = &[
    "عند",
    "لدي",
    "مع",
    "معا",
    "من",
    "في",
    "علي",
    "عن",
    "الي",
    "بين",
    "فوق",
    "تحت",
    "حول",
    "امام",
    "خلف",
    "ضد",
    "مثل",
    "زي",
    "متل",
    "قدام",
    "ورا",
    "وراء",
    "جنب",
    "عشان",
    "علشان",
    "بدون",
    "دون",
    "غير",
    "عليا",
    "ليا",
    "ديال",
    "تاع",
    "متاع",
    "بتاع",
    "بتاعت",
    "تبع",
];

/// Pronoun suffixes (folded), the dialects' among them ("عندو", "معايا").
const PRONOUN_SUFFIXES: &[&str] = &[
    "هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "يا", "ي", "ك", "ه", "و",
];

/// Is `w` (folded) a spoken function word ([`SPOKEN_FUNCTION_WORDS`]) or a preposition with a
/// pronoun suffix ([`PRONOUN_HOSTS`] + [`PRONOUN_SUFFIXES`])?
fn function_word(w: &str) -> bool {
    SPOKEN_FUNCTION_WORDS.contains(&w)
        || PRONOUN_SUFFIXES.iter().any(|s| {
            w.strip_suffix(s)
                .is_some_and(|host| PRONOUN_HOSTS.contains(&host))
        })
}

fn not_counted() -> &'static FxMap<&'static str, ()> {
    static S: OnceLock<FxMap<&'static str, ()>> = OnceLock::new();
    S.get_or_init(|| {
        NOT_COUNTED
            .iter()
            .chain(super::extract::MONTH_NAMES)
            .chain(WISHES)
            .map(|w| (*w, ()))
            .collect()
    })
}

/// The counted noun right after a number at token `i` ([`noun_word`]), with no preposition (ب ل
/// ك) nor the future's س glued on: that starts a new phrase, as و does, for a counted noun
/// follows its number bare ("في الدقيقة 78 ليفوز", "إلى 12/5 بسبب", "1200 لتطوير" had counted
/// ليفوز, بسبب, لتطوير). The segmenter decides what is a clitic, so "بطاقات", "لاعبين",
/// "كتاب" stay nouns.
pub(crate) fn counted_noun_at(ctx: &Ctx<'_>, i: usize, definite_ok: bool) -> Option<FoundUnit> {
    let u = noun_word(ctx, i, definite_ok)?;
    let written = ctx.text.get(u.surface_start..u.end)?;
    let s = crate::segment::segment(written);
    if s.prefix_strs(written)
        .iter()
        .any(|p| matches!(*p, "ب" | "ل" | "ك" | "س"))
    {
        return None;
    }
    Some(u)
}

/// The counted noun after a plain count: an Arabic word that is not a function word, not a
/// number word and (unless `definite_ok`, for vague plurals like آلاف المتظاهرين) not definite.
pub(crate) fn noun_word(ctx: &Ctx<'_>, i: usize, definite_ok: bool) -> Option<FoundUnit> {
    let t = *ctx.tok(i)?;
    let w = ctx.word(i)?;
    if w.chars().count() < 3 || not_counted().contains_key(w) || ctx.lex.lookup(w).is_some() {
        return None;
    }
    // و on a function word ("٢٥٠ ولا ٣٠٠", "5 ولم"): the conjunction starts a new phrase
    if w.strip_prefix('و')
        .is_some_and(|rest| not_counted().contains_key(rest))
    {
        return None;
    }
    // "كمان", "عشان", "عندي", "معاهم": a spoken adverb or a preposition with its pronoun
    if function_word(w) {
        return None;
    }
    // Past-tense plural verbs (اصيبوا، قتلوا) are not counted nouns.
    if w.ends_with("وا") {
        return None;
    }

    // A frequent verb form is no counted noun: one listed only as a verb ("فاز", "بلغ"), or one
    // that is also a noun but has a number right after it, as a verb has its object ("عيار 21
    // وصل 250 ريال": وصل "arrived", not a receipt).
    if let Some(e) = ctx
        .text
        .get(t.start..t.end)
        .and_then(crate::segment::word_entry)
    {
        // ... or "إلى" and a number ("عيار 21 وصل إلى 3,250 جنيها": its object's preposition)
        let object_next = number_at(ctx, i + 1)
            || (matches!(ctx.word(i + 1), Some("الي" | "لـ" | "ل")) && number_at(ctx, i + 2));
        if e.is_verb() && e.zipf10 >= 30 && (!e.is_noun() || object_next) {
            return None;
        }
    }
    if !definite_ok
        && (w.starts_with("ال")
            || w.starts_with("وال")
            || w.starts_with("بال")
            || w.starts_with("لل"))
    {
        return None;
    }
    // A conjunction or preposition glued on starts a new phrase.
    if w.starts_with('و')
        && !w.starts_with("وز")
        && !w.starts_with("وف")
        && w.chars().count() > 3
        && !is_w_root(w)
    {
        return None;
    }
    Some(FoundUnit {
        last: i,
        end: t.end,
        surface_start: t.start,
        info: None,
    })
}

/// Whether token `i` is a number in digits or a number word, other than the "one" that follows
/// its noun ("هدف واحد").
fn number_at(ctx: &Ctx<'_>, i: usize) -> bool {
    matches!(ctx.tok(i), Some(t) if t.kind == TKind::Num)
        || (ctx.hit(i).is_some() && !ctx.word(i).is_some_and(|w| ONE_AFTER_NOUN.contains(&w)))
}

/// The forms of "one" that follow the noun they count (folded): "هدف واحد", "دولارا واحدا".
pub(crate) const ONE_AFTER_NOUN: &[&str] = &["واحد", "واحده", "واحدا"];

/// A few common nouns that start with و as part of the root.
fn is_w_root(w: &str) -> bool {
    [
        "وحده",
        "وحدات",
        "وثيقه",
        "وثايق",
        "وزير",
        "وزراء",
        "ولايه",
        "ولايات",
        "وفاه",
        "وفيات",
        "وظيفه",
        "وظايف",
        "وجبه",
        "وجبات",
        "ورقه",
        "اوراق",
        "وسيله",
        "وسايل",
        "وحده",
        // the spoken plural of ولد ("عنده 3 ولاد"), and a few nouns of news
        "ولاد",
        "ولادات",
        "وزارات",
        "وكالات",
        "وجوه",
        "وعود",
        "وفود",
        "ودايع",
        "وصفات",
        "ورود",
    ]
    .contains(&w)
}

/// Folded count nouns whose plural is broken (never -ين/-ان), so their -ين/-ان form is a dual.
const MASC_DUAL_STEMS: &[&str] = &[
    "يوم",
    "عام",
    "شهر",
    "اسبوع",
    "قرن",
    "عقد",
    "دولار",
    "جنيه",
    "ريال",
    "دينار",
    "درهم",
    "شيكل",
    "لتر",
    "ليتر",
    "متر",
    "كيلومتر",
    "كيلوغرام",
    "كيلوجرام",
    "غرام",
    "جرام",
    "هدف",
    "شخص",
    "رجل",
    "طفل",
    "ولد",
    "ابن",
    "شقيق",
    "صديق",
    "بيت",
    "منزل",
    "مقعد",
    "صاروخ",
    "كتاب",
    "فصل",
    "حزب",
    "طرف",
    "جانب",
    "موسم",
    "شوط",
    "ضعف",
    "فريق",
    "بلد",
    "جيش",
    "مركز",
    "نوع",
    "شكل",
    "امر",
    "سبب",
    "شرط",
    "عنصر",
    "خيار",
    "هجوم",
    "انفجار",
    "تفجير",
    "قرار",
    "اتفاق",
    "مشروع",
    "راس",
    "يد",
    "سطر",
    "باب",
    "مبلغ",
    // kitchen measures and servings ("كوبين من الدقيق", "رغيفين")
    "كوب",
    "كيس",
    "صحن",
    "طبق",
    "رغيف",
    "فنجان",
    "قتيل",
    "جريح",
    "اسير",
    "طبيب",
    "مسجد",
    "قطار",
    "مطار",
    "شارع",
    "جسر",
    "نهر",
    "جبل",
    "مكتب",
    "موقع",
    "منصب",
    "عرض",
    "موتمر",
    "لقاء",
    "اجتماع",
    // people, with broken plurals (جنود، وزراء ...), so that -ين is the dual, never the plural
    "جندي",
    "وزير",
    "طالب",
    "ضابط",
    "نايب",
    "شاب",
    "رييس",
    "عضو",
    "سفير",
    "قايد",
    "زعيم",
];

fn masc_dual_stems() -> &'static FxMap<&'static str, ()> {
    static S: OnceLock<FxMap<&'static str, ()>> = OnceLock::new();
    S.get_or_init(|| MASC_DUAL_STEMS.iter().map(|w| (*w, ())).collect())
}

/// Words ending in -تين/-تان that are not duals (names, loanwords, plurals of -ت stems).
const NOT_FEM_DUAL: &[&str] = &[
    "بوتين",
    "روتين",
    "بروتين",
    "لاتين",
    "مارتين",
    "كريستين",
    "نيكوتين",
    "كيراتين",
    "كافيتين",
    "ميتين",
    "صامتين",
    "ثابتين",
    "ساكتين",
    "شامتين",
    "مثبتين",
    "بهتان",
    "كتان",
    "شتان",
    "فيتنام",
    "اوستين",
    "كونستانتين",
    "فالنتين",
    "اغسطين",
    "مارتن",
    "جاستين",
    "دستين",
    "كوينتين",
    "ستين",
    "بستان",
    "هاتين",
    "هاتان",
    "اللتين",
    "داستين",
    "اوستين",
    "ارنستين",
    "سيلستين",
    "قسطنطين",
    "توتين",
    "كوتين",
    "اللتان",
    "ذاتين",
    "ارجنتين",
    "جوستين",
    "كريستين",
    "ساتين",
    "بوتان",
    "اينشتين",
    "جولدشتين",
    "جولدستين",
    "برنشتين",
    "روتشتين",
    "بساتين",
];

fn not_fem_dual() -> &'static FxMap<&'static str, ()> {
    static S: OnceLock<FxMap<&'static str, ()>> = OnceLock::new();
    S.get_or_init(|| NOT_FEM_DUAL.iter().map(|w| (*w, ())).collect())
}

/// Clitic prefixes a dual noun may carry (folded), longest first, with how many letters to
/// cut from the span (the article stays).
const DUAL_PREFIXES: &[(&str, usize)] = &[
    ("وبال", 2),
    ("وال", 1),
    ("بال", 1),
    ("فال", 1),
    ("كال", 1),
    ("لل", 2),
    ("ال", 0),
    ("وب", 2),
    ("ول", 2),
    ("و", 1),
    ("ف", 1),
    ("ب", 1),
    ("ل", 1),
    ("", 0),
];

/// Feminine nouns with a two-letter stem before ة (مرة، سنة، قوة ...): their duals are
/// real; other two-letter stems before -تين are mostly names (روتانا، بوتان).
const SHORT_FEM_STEMS: &[&str] = &[
    "مر", "سن", "سع", "قو", "لغ", "بن", "شف", "ري", "جه", "في", "ثق", "عد", "صف", "دي",
];

/// A feminine dual noun and the dual adjective after it that together name a unit ("نقطتين
/// مئويتين" is two percentage points, "درجتين مئويتين" two degrees Celsius): that unit.
pub(crate) fn dual_phrase(noun: &str, adj: &str) -> Option<UnitInfo> {
    fn singular(w: &str) -> Option<&str> {
        w.strip_suffix("تين").or_else(|| w.strip_suffix("تان"))
    }
    let adj = singular(adj.strip_prefix("ال").unwrap_or(adj))?;
    DUAL_PREFIXES.iter().find_map(|&(pre, _)| {
        let noun = singular(noun.strip_prefix(pre)?)?;
        unit_info(&format!("{noun}ه {adj}ه"))
    })
}

/// If the folded word is a dual noun, returns (letters to cut from the span, singular unit
/// info if the noun is a known unit).
pub(crate) fn dual(w: &str) -> Option<(usize, Option<UnitInfo>)> {
    let fem = w.ends_with("تين") || w.ends_with("تان");
    let masc = !fem && (w.ends_with("ين") || w.ends_with("ان"));
    if !fem && !masc {
        return None;
    }
    for &(pre, cut) in DUAL_PREFIXES {
        let Some(rest) = w.strip_prefix(pre) else {
            continue;
        };
        // The bare reading of a word that starts with the article is not tried: the article
        // was stripped above (البوتان is not البو + تان).
        if pre.is_empty() && w.starts_with("ال") {
            return None;
        }
        if fem {
            if not_fem_dual().contains_key(rest) || rest.ends_with("ستان") {
                return None;
            }
            let stem = rest.get(..rest.len().saturating_sub("تين".len()))?;
            let n = stem.chars().count();
            if n < 2
                || (n == 2 && !SHORT_FEM_STEMS.contains(&stem))
                || stem.ends_with("وس")
                || stem.ends_with("يس")
            {
                continue;
            }
            let mut sing = String::with_capacity(stem.len() + 2);
            sing.push_str(stem);
            sing.push('ه');
            return Some((cut, unit_info(&sing)));
        } else {
            let stem = rest.get(..rest.len().saturating_sub("ين".len()))?;
            // بلدان is the plural of بلد; only its -ين form is a dual.
            if stem == "بلد" && rest.ends_with("ان") {
                return None;
            }
            // A clitic + a two-letter stem + the nominative ending is a surname more often
            // than "and two hands" ("فيدان", Fidan); the oblique "بيدين" stays a dual.
            if !pre.is_empty() && stem.chars().count() == 2 && rest.ends_with("ان") {
                continue;
            }
            if masc_dual_stems().contains_key(stem) {
                return Some((cut, unit_info(stem)));
            }
        }
    }
    None
}

/// A unit word that may carry a clitic (ولتر): (letters to cut, unit).
pub(crate) fn unit_with_clitics(w: &str) -> Option<(usize, UnitInfo)> {
    for &(pre, cut) in DUAL_PREFIXES {
        if let Some(rest) = w.strip_prefix(pre) {
            if let Some(info) = unit_info(rest) {
                // A clitic in front of a two-letter unit is a different word (بين is not ب + ين).
                if pre.is_empty() || rest.chars().count() >= 3 {
                    return Some((cut, info));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_folded() {
        // each list is compared with folded words: an unfolded entry ("رئيس" for "رييس")
        // would never match
        let lists: [(&str, &[&str]); 10] = [
            ("NOT_COUNTED", NOT_COUNTED),
            ("STAGE_FINALS", super::super::extract::STAGE_FINALS),
            ("MASC_DUAL_STEMS", MASC_DUAL_STEMS),
            ("NOT_FEM_DUAL", NOT_FEM_DUAL),
            ("SHORT_FEM_STEMS", SHORT_FEM_STEMS),
            ("MONTH_NAMES", super::super::extract::MONTH_NAMES),
            ("WISHES", WISHES),
            ("HYPERBOLE_SCALES", super::super::extract::HYPERBOLE_SCALES),
            ("ORDINAL_NOUNS", super::super::extract::ORDINAL_NOUNS),
            ("ONE_AFTER_NOUN", ONE_AFTER_NOUN),
        ];
        for (name, list) in lists {
            for w in list {
                let mut f = String::new();
                super::super::fold::fold_into(w, &mut f);
                assert_eq!(&f, w, "{name} holds an unfolded word");
            }
        }
    }

    #[test]
    fn unit_table_loads() {
        assert_eq!(unit_info("دولار").map(|u| u.norm), Some("USD"));
        assert_eq!(unit_info("دينار كويتي").map(|u| u.norm), Some("KWD"));
        assert_eq!(unit_info("كيلوغرام").map(|u| u.norm), Some("kg"));
        assert_eq!(unit_info("ساعه").map(|u| u.norm), Some("hour"));
        assert!(unit_info("محتجز").is_none());
        let lines = UNITS_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert!(table().map.len() >= lines - 5, "duplicate unit phrases");
    }

    #[test]
    fn duals_both_ways() {
        let yes: &[(&str, usize, Option<&str>)] = &[
            ("دبابتين", 0, None),
            ("خليتين", 0, None),
            ("سيارتان", 0, None),
            ("يومين", 0, Some("day")),
            ("عامين", 0, Some("year")),
            ("وبسيارتين", 2, None),
            ("الدولتين", 0, None),
            ("والدولتين", 1, None),
            ("ساعتين", 0, Some("hour")),
            ("دقيقتين", 0, Some("minute")),
            ("مرتين", 0, None),
            ("سنتين", 0, Some("year")),
            ("لترين", 0, Some("l")),
            ("شهران", 0, Some("month")),
            ("بيدين", 1, None),
        ];
        for &(w, cut, norm) in yes {
            let got = dual(&fold(w));
            assert_eq!(
                got.map(|(c, u)| (c, u.map(|u| u.norm))),
                Some((cut, norm)),
                "{w}"
            );
        }
        for w in [
            "فيدان",
            "بين",
            "حين",
            "الدين",
            "فلسطين",
            "البحرين",
            "الحسين",
            "حسين",
            "المسلمين",
            "المعتقلين",
            "بوتين",
            "باكستان",
            "أفغانستان",
            "كان",
            "الذين",
            "الآن",
            "إيران",
            "تين",
            "ستين",
            "لاعبين",
            "مواطنين",
            "فستان",
            "لبنان",
            "لبوتين",
            "الأرجنتين",
            "البوتان",
            "التين",
            "الختان",
            "روتان",
            "ساتين",
            "جوستين",
            "البلدان",
            "بلدان",
        ] {
            assert!(dual(&fold(w)).is_none(), "{w} is not a dual");
        }
    }
}
