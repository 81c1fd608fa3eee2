//! Arabic normalization: many small switches ([`Options`]), bundled by presets, run in one pass.
//!
//! ```
//! use dhad::normalize::Normalizer;
//! let n = Normalizer::preset("search").unwrap();
//! assert_eq!(n.normalize("أَهْلاً بِكُمْ فِي مَدْرَسَتِنا ١٢٣"), "اهلا بكم في مدرستنا 123");
//! // Nothing to change: the input comes back borrowed, without a copy.
//! assert!(matches!(n.normalize("سلام"), std::borrow::Cow::Borrowed(_)));
//! ```
//!
//! The pipeline per character: compatibility decomposition of presentation forms, Arabic-aware
//! canonical composition (a letter followed by a combining hamza or madda becomes one letter,
//! before any fold sees it), then the table-driven folds, whitespace collapsing and elongation.
//! [`Normalizer::normalize_aligned`] runs the same loop and records, for every output character,
//! the input span it came from.

mod align;
mod elongation;
mod engine;
mod fast;
mod options;
mod table;

use std::borrow::Cow;
use std::sync::OnceLock;

pub use align::Aligned;
pub(crate) use elongation::{tatweel_is_dash, Elongation, Step};
pub(crate) use engine::Utf8;
pub use options::{Digits, Options, OPTION_NAMES, PRESET_NAMES};
pub use table::is_arabic_letter;

use crate::error::Result;

/// A configured normalizer. Cheap to share between threads (`Send + Sync`).
#[derive(Clone)]
pub struct Normalizer {
    options: Options,
    table: Box<[u32; table::TABLE_LEN]>,
    fast: fast::FastTable,
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer")
            .field("options", &self.options)
            .finish()
    }
}

impl Normalizer {
    /// A normalizer with exactly these options (building one precomputes its table: build it
    /// once and share it, it is `Send + Sync`).
    ///
    /// ```
    /// use dhad::normalize::{Normalizer, Options};
    /// // Only diacritics and tatweel: letters, hamzas and digits stay as written.
    /// let options = Options { diacritics: true, tatweel: true, ..Options::default() };
    /// let n = Normalizer::new(options);
    /// assert_eq!(n.normalize("مُحَمَّـــد أَحْمَد ١٢"), "محمد أحمد ١٢");
    /// ```
    #[must_use]
    pub fn new(options: Options) -> Normalizer {
        let table = table::build(&options);
        let fast = fast::FastTable::new(&table, &options);
        Normalizer {
            options,
            table,
            fast,
        }
    }

    /// A normalizer for a preset name (`"none"`, `"display"`, `"search"`).
    ///
    /// # Errors
    /// [`crate::Error::UnknownPreset`] for any other name.
    ///
    /// ```
    /// assert!(dhad::normalize::Normalizer::preset("loud").is_err());
    /// ```
    pub fn preset(name: &str) -> Result<Normalizer> {
        Ok(Normalizer::new(Options::preset(name)?))
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Normalize `text`; borrowed when nothing needed to change. Never fails and never panics:
    /// any `&str` is valid input.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// let n = dhad::normalize::Normalizer::preset("search").unwrap();
    /// assert_eq!(n.normalize("إلى اللقاءِ"), "الي اللقاء");
    /// assert!(matches!(n.normalize("الي اللقاء"), Cow::Borrowed(_)));
    /// ```
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.options == Options::default() {
            return Cow::Borrowed(text);
        }
        engine::run(
            text,
            &self.options,
            &self.table,
            engine::LazySink::new(text),
        )
        .finish()
    }

    /// Normalize `text` and keep, for every output character, the byte span of `text` it came from.
    ///
    /// ```
    /// let n = dhad::normalize::Normalizer::preset("search").unwrap();
    /// let a = n.normalize_aligned("مَدْرَسَة");
    /// assert_eq!(a.text(), "مدرسه");
    /// // The last output letter (ه) came from the teh marbuta, bytes 16..18 of the input.
    /// assert_eq!(a.to_original(4, 5), (16, 18));
    /// ```
    #[must_use]
    pub fn normalize_aligned(&self, text: &str) -> Aligned {
        let sink = engine::run(
            text,
            &self.options,
            &self.table,
            engine::AlignSink::default(),
        );
        Aligned::new(text.len(), sink.out, sink.offsets)
    }
}

impl Normalizer {
    /// Normalize text given as code points (for example the storage of a Python `str`, one,
    /// two or four bytes per character). Returns `Ok(None)` when nothing changes, and
    /// `Err(index)` when the code point at `index` is not a Unicode scalar value (a lone
    /// surrogate).
    ///
    /// ```
    /// use dhad::normalize::CodePoints;
    /// let n = dhad::normalize::search_normalizer();
    /// let text: Vec<u16> = "أحمد".encode_utf16().collect();
    /// let out = n.normalize_code_points(&text).unwrap().unwrap();
    /// assert_eq!(out.to_string(), "احمد");
    /// assert_eq!(n.normalize_code_points(&[0x61u16, 0xD800]), Err(1));
    /// ```
    pub fn normalize_code_points<U: CodeUnit>(
        &self,
        units: &[U],
    ) -> std::result::Result<Option<CodePoints>, usize> {
        if std::mem::size_of::<U>() <= 2 {
            let mut out = Vec::new();
            match self.code_points_into(units, &mut out)? {
                Appended::Unchanged => return Ok(None),
                Appended::Changed { .. } => return Ok(Some(CodePoints::Narrow(out))),
                Appended::Overflow => {}
            }
        }
        let mut out = Vec::new();
        Ok(match self.code_points_into(units, &mut out)? {
            Appended::Changed { .. } => Some(CodePoints::Wide(out)),
            _ => None,
        })
    }

    /// Normalize code units onto the end of `out` (which may hold earlier texts' output: a batch
    /// shares one buffer). On `Unchanged`, `Overflow` (an output code point does not fit `O`)
    /// and `Err(index)` (a lone surrogate at `index`), `out` is left as it was.
    pub(crate) fn code_points_into<U: CodeUnit, O: OutputUnit>(
        &self,
        units: &[U],
        out: &mut Vec<O>,
    ) -> std::result::Result<Appended, usize> {
        if self.options == Options::default() {
            return first_invalid(units).map_or(Ok(Appended::Unchanged), Err);
        }
        let base = out.len();
        let result = match self.fast.run(units, &self.options, out) {
            Ok(fast::Done::Changed { kind }) => return Ok(Appended::Changed { kind }),
            Ok(fast::Done::Unchanged) => Ok(Appended::Unchanged),
            Err(fast::Stop::Invalid(at)) => Err(at),
            Err(fast::Stop::Slow) => {
                out.truncate(base);
                return self.general_into(units, out);
            }
        };
        out.truncate(base);
        result
    }

    /// The general engine over code units (what the fast pass gives up to).
    #[cold]
    fn general_into<U: CodeUnit, O: OutputUnit>(
        &self,
        units: &[U],
        out: &mut Vec<O>,
    ) -> std::result::Result<Appended, usize> {
        if let Some(bad) = first_invalid(units) {
            return Err(bad);
        }
        // Text with no mark, compatibility character or invisible control in it has nothing
        // to compose: the engine can skip the look-ahead.
        let mut options = self.options;
        let quiet = |u: u32| match self.table.get(u as usize) {
            Some(&e) => e & table::TRIGGER == 0,
            None => table::action(u, &self.options) & table::TRIGGER == 0,
        };
        if options.unicode && units.iter().all(|&u| quiet(u.into())) {
            options.unicode = false;
        }
        let sink = engine::run_source(
            &engine::CodeUnits(units),
            &options,
            &self.table,
            engine::CharSink::new(out, units.len()),
        );
        let base = sink.base;
        let result = if sink.overflow {
            Appended::Overflow
        } else if sink.differs(units) {
            let kind = sink.written().iter().fold(0, |k, &c| k | c.into());
            return Ok(Appended::Changed { kind });
        } else {
            Appended::Unchanged
        };
        out.truncate(base);
        Ok(result)
    }
}

/// The index of the first code unit that is not a Unicode scalar value (a lone surrogate, or
/// anything past U+10FFFF), if any.
fn first_invalid<U: Copy + Into<u32>>(units: &[U]) -> Option<usize> {
    // A branch-free pass first, since valid text is the rule, then the position.
    let invalid = |u: u32| (u & 0xFFFF_F800) == 0xD800 || u > 0x10FFFF;
    if std::mem::size_of::<U>() > 1 && units.iter().fold(false, |acc, &u| acc | invalid(u.into())) {
        return units.iter().position(|&u| invalid(u.into()));
    }
    None
}

/// A code unit of text given as code points: `u8`, `u16` or `u32` (the three storage kinds of
/// a Python `str`), or `char`.
pub trait CodeUnit: Copy + Into<u32> + sealed::Sealed {}
impl CodeUnit for u8 {}
impl CodeUnit for u16 {}
impl CodeUnit for u32 {}
impl CodeUnit for char {}

/// A unit of code-point output: `u16` or `u32`.
pub(crate) trait OutputUnit: fast::FastOut + engine::OutUnit + Into<u32> {}
impl OutputUnit for u16 {}
impl OutputUnit for u32 {}

mod sealed {
    pub trait Sealed {}
    impl Sealed for u8 {}
    impl Sealed for u16 {}
    impl Sealed for u32 {}
    impl Sealed for char {}
}

/// What [`Normalizer::code_points_into`] appended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Appended {
    /// Nothing changed (nothing was appended).
    Unchanged,
    /// The output was appended; `kind` is the OR of its code points, which picks the same
    /// PEP 393 storage kind as its largest code point.
    Changed {
        /// OR of the output code points.
        kind: u32,
    },
    /// An output code point does not fit the buffer's unit (nothing was appended).
    Overflow,
}

/// Normalized text as code points: two bytes each when every one fits, else four.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodePoints {
    /// All in the Basic Multilingual Plane.
    Narrow(Vec<u16>),
    /// Any code points.
    Wide(Vec<u32>),
}

impl CodePoints {
    /// The number of code points.
    pub fn len(&self) -> usize {
        match self {
            CodePoints::Narrow(v) => v.len(),
            CodePoints::Wide(v) => v.len(),
        }
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl std::fmt::Display for CodePoints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use std::fmt::Write;
        match self {
            CodePoints::Narrow(v) => v
                .iter()
                .try_for_each(|&u| f.write_char(char::from_u32(u as u32).unwrap_or('\u{FFFD}'))),
            CodePoints::Wide(v) => v
                .iter()
                .try_for_each(|&u| f.write_char(char::from_u32(u).unwrap_or('\u{FFFD}'))),
        }
    }
}

/// The shared normalizer of the `"search"` preset.
pub fn search_normalizer() -> &'static Normalizer {
    static SEARCH: OnceLock<Normalizer> = OnceLock::new();
    SEARCH.get_or_init(|| Normalizer::new(Options::preset("search").unwrap_or_default()))
}

/// Normalize with the `"search"` preset (the form tokens use as `norm`).
///
/// ```
/// assert_eq!(dhad::normalize::search_normalize("إِلى المَدِينَةِ"), "الي المدينه");
/// ```
#[must_use]
pub fn search_normalize(text: &str) -> Cow<'_, str> {
    search_normalizer().normalize(text)
}

/// Normalize with a preset by name (`"none"`, `"display"` or `"search"`); borrowed when
/// nothing needed to change. For other switches, build a [`Normalizer`] from [`Options`].
///
/// # Errors
/// [`crate::Error::UnknownPreset`] for any other preset name.
///
/// ```
/// assert_eq!(dhad::normalize::normalize("ﻻ  ﺑﺄﺱ", "display").unwrap(), "لا بأس");
/// ```
pub fn normalize<'a>(text: &'a str, preset: &str) -> Result<Cow<'a, str>> {
    Ok(match preset {
        "search" => search_normalizer().normalize(text),
        "none" => Cow::Borrowed(text),
        _ => Normalizer::preset(preset)?.normalize(text),
    })
}

#[cfg(test)]
mod tests;
