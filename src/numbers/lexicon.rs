//! The lexicon of number words (`data/numbers/lexicon.tsv`) and the clitic-aware lookup.
//!
//! Every form is folded and stored together with its clitic-prefixed variants (و ف ب ل ك and
//! the article, in their legal orders), so one hash lookup per word finds "وبثلاثة" or
//! "والعشرين" and says how many folded letters of prefix to cut off the span.

use std::sync::OnceLock;

use super::fold::fold;
use super::value::Q;

/// What a number word does in the builder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Zero,
    Unit,
    TeenPrefix,
    Teen,
    Ten,
    Hundred,
    HundredBase,
    Scale,
    ScaleDual,
    ScalePlural,
    Vague,
    Ordinal,
    OrdinalTeenPrefix,
    Fraction,
    FractionPlural,
    Point,
}

/// Gender of the counted noun a form goes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Masculine,
    Feminine,
    Any,
}

/// Case of the form (nominative, or accusative/genitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    Nominative,
    Oblique,
    Any,
}

/// One number word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub value: Q,
    pub role: Role,
    #[allow(dead_code)]
    pub gender: Gender,
    #[allow(dead_code)]
    pub case: Case,
    /// A spoken (Egyptian/Levantine) form.
    #[allow(dead_code)]
    pub dialect: bool,
    /// Counts in running text only inside a longer number or before a unit.
    pub weak: bool,
}

/// A lookup result: the entry and the clitics in front of it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub entry: u16,
    /// Folded letters of prefix (the whole prefix, article included).
    pub pre_chars: u8,
    /// Folded letters to cut from the span: the clitics before the article (the article
    /// stays in the span: "وبالخامس" → "الخامس"; لل is cut whole).
    pub cut_chars: u8,
    /// Starts with the conjunction و (or ف).
    pub conj: bool,
    /// Carries a preposition (ب ل ك).
    pub prep: bool,
    /// Carries the article.
    pub article: bool,
}

pub(crate) use crate::hash::WordMap as FxMap;

pub(crate) struct Lexicon {
    pub entries: Vec<Entry>,
    pub map: FxMap<Box<str>, Hit>,
}

const LEXICON_TSV: &str = include_str!("../../data/numbers/lexicon.tsv");

/// Clitic prefixes (folded) with their flags, in the order they are tried; the bare form
/// always wins over a prefixed reading of another word ("واحد" is one, not و+أحد). The
/// preposition ك is left out: ك + مئة/مئات spells كمية/كميات ("quantity").
const PREFIXES: &[(&str, bool, bool, bool)] = &[
    // (prefix, conj, prep, article)
    ("", false, false, false),
    ("ال", false, false, true),
    ("و", true, false, false),
    ("ف", true, false, false),
    ("ب", false, true, false),
    ("ل", false, true, false),
    ("وال", true, false, true),
    ("فال", true, false, true),
    ("بال", false, true, true),
    ("لل", false, true, true),
    ("وب", true, true, false),
    ("ول", true, true, false),
    ("فب", true, true, false),
    ("فل", true, true, false),
    ("وبال", true, true, true),
    ("وكال", true, true, true),
    ("ولل", true, true, true),
    ("فبال", true, true, true),
    ("فلل", true, true, true),
];

fn parse_role(s: &str) -> Option<(Role, bool)> {
    Some(match s {
        "zero" => (Role::Zero, false),
        "unit" => (Role::Unit, false),
        "unit_weak" => (Role::Unit, true),
        "teen_prefix" => (Role::TeenPrefix, false),
        "teen" => (Role::Teen, false),
        "ten" => (Role::Ten, false),
        "hundred" => (Role::Hundred, false),
        "hundred_weak" => (Role::Hundred, true),
        "hundred_base" => (Role::HundredBase, false),
        "hundred_base_weak" => (Role::HundredBase, true),
        "scale" => (Role::Scale, false),
        "scale_dual" => (Role::ScaleDual, false),
        "scale_plural" => (Role::ScalePlural, false),
        "vague" => (Role::Vague, false),
        "ordinal" => (Role::Ordinal, false),
        "ordinal_teen_prefix" => (Role::OrdinalTeenPrefix, false),
        "fraction" => (Role::Fraction, false),
        "fraction_weak" => (Role::Fraction, true),
        "fraction_plural" => (Role::FractionPlural, false),
        "point" => (Role::Point, false),
        _ => return None,
    })
}

fn parse_value(s: &str) -> Option<Q> {
    match s.split_once('/') {
        Some((n, d)) => Q::new(n.parse().ok()?, d.parse().ok()?),
        None => Some(Q::int(s.parse().ok()?)),
    }
}

fn build() -> Lexicon {
    let mut entries = Vec::new();
    let mut forms = Vec::new();
    for line in LEXICON_TSV.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(form), Some(value), Some(role)) = (cols.first(), cols.get(1), cols.get(2)) else {
            continue;
        };
        let (Some(value), Some((role, weak))) = (parse_value(value), parse_role(role)) else {
            continue;
        };
        let gender = match cols.get(3) {
            Some(&"m") => Gender::Masculine,
            Some(&"f") => Gender::Feminine,
            _ => Gender::Any,
        };
        let case = match cols.get(4) {
            Some(&"nom") => Case::Nominative,
            Some(&"acc") => Case::Oblique,
            _ => Case::Any,
        };
        let dialect = matches!(cols.get(5), Some(&"eg" | &"lev" | &"gulf" | &"ma"));
        entries.push(Entry {
            value,
            role,
            gender,
            case,
            dialect,
            weak,
        });
        forms.push(fold(form));
    }
    let mut map: FxMap<Box<str>, Hit> = FxMap::default();
    for &(pre, conj, prep, article) in PREFIXES {
        for (idx, form) in forms.iter().enumerate() {
            // Two-letter forms take only the article or و: لست is "you are not", not ل + ست.
            if form.chars().count() < 3 && !matches!(pre, "" | "ال" | "و" | "وال") {
                continue;
            }
            // A construct dual (ألفي دولار، مائتي شخص) never takes the article: "الألفي" is the
            // adjective "millennial" or a family name.
            let construct = form.ends_with('ي')
                && entries.get(idx).is_some_and(|e: &Entry| {
                    e.case == Case::Oblique && matches!(e.role, Role::ScaleDual | Role::Hundred)
                });
            // Nor does an indefinite accusative, whose alef is its tanwin (واحدا، ثلاثا):
            // "الثلاثا" and "الأربعا" are Tuesday and Wednesday without their hamza.
            let tanwin = form.ends_with('ا')
                && entries
                    .get(idx)
                    .is_some_and(|e: &Entry| e.case == Case::Oblique && e.role == Role::Unit);
            if article && (construct || tanwin) {
                continue;
            }
            let mut key = String::with_capacity(pre.len() + form.len());
            key.push_str(pre);
            // ل + ال is written لل, and the article's alef drops: للثلاثة.
            key.push_str(form);
            let pre_chars = pre.chars().count() as u8;
            let cut_chars = if pre.ends_with("ال") {
                pre_chars - 2
            } else {
                pre_chars
            };
            let hit = Hit {
                entry: idx as u16,
                pre_chars,
                cut_chars,
                conj,
                prep,
                article,
            };
            map.entry(key.into_boxed_str()).or_insert(hit);
        }
    }
    Lexicon { entries, map }
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

impl Lexicon {
    #[inline]
    pub fn lookup(&self, folded: &str) -> Option<(Hit, &Entry)> {
        if folded.is_empty() || folded.len() > 40 {
            return None;
        }
        let hit = *self.map.get(folded)?;
        let e = self.entries.get(hit.entry as usize)?;
        Some((hit, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_loads_every_line() {
        let lex = lexicon();
        let lines = LEXICON_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(lex.entries.len(), lines, "a lexicon line failed to parse");
        assert!(lines > 200);
    }

    #[test]
    fn lookups_with_clitics() {
        let lex = lexicon();
        let cases: &[(&str, i128, Role, u8, bool, bool, bool)] = &[
            ("ثلاثه", 3, Role::Unit, 0, false, false, false),
            ("وبثلاثه", 3, Role::Unit, 2, true, true, false),
            ("الثلاثه", 3, Role::Unit, 2, false, false, true),
            ("والعشرون", 20, Role::Ten, 3, true, false, true),
            ("واحد", 1, Role::Unit, 0, false, false, false),
            ("واحدي", 1, Role::TeenPrefix, 1, true, false, false),
            ("الف", 1000, Role::Scale, 0, false, false, false),
            ("والاف", 1000, Role::ScalePlural, 1, true, false, false),
            ("ميه", 100, Role::HundredBase, 0, false, false, false),
            ("حداشر", 11, Role::Teen, 0, false, false, false),
            ("ثلاثا", 3, Role::Unit, 0, false, false, false),
            ("وتسعا", 9, Role::Unit, 1, true, false, false),
        ];
        for &(w, v, role, pre, conj, prep, art) in cases {
            let (hit, e) = lex.lookup(w).unwrap_or_else(|| panic!("{w} not found"));
            assert_eq!(
                (
                    e.value,
                    e.role,
                    hit.pre_chars,
                    hit.conj,
                    hit.prep,
                    hit.article
                ),
                (Q::int(v), role, pre, conj, prep, art),
                "{w}"
            );
        }
        for w in [
            "بين",
            "حين",
            "الدين",
            "فلسطين",
            "البحرين",
            "الحسين",
            "المسلمين",
            // an indefinite accusative takes no article: these are weekdays without the hamza
            "الثلاثا",
            "والاربعا",
            "",
        ] {
            assert!(lex.lookup(w).is_none(), "{w}");
        }
    }
}
