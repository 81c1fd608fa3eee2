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
mod engine;
mod options;
mod table;

use std::borrow::Cow;
use std::sync::OnceLock;

pub use align::Aligned;
pub use options::{Digits, Options, OPTION_NAMES, PRESET_NAMES};
pub use table::is_arabic_letter;

use crate::error::Result;

/// A configured normalizer. Cheap to share between threads (`Send + Sync`).
#[derive(Clone)]
pub struct Normalizer {
    options: Options,
    table: Box<[u32; table::TABLE_LEN]>,
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer")
            .field("options", &self.options)
            .finish()
    }
}

impl Normalizer {
    /// A normalizer with exactly these options.
    pub fn new(options: Options) -> Normalizer {
        Normalizer {
            options,
            table: table::build(&options),
        }
    }

    /// A normalizer for a preset name (`"none"`, `"display"`, `"search"`).
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

    /// Normalize `text`; borrowed when nothing needed to change.
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
pub fn search_normalize(text: &str) -> Cow<'_, str> {
    search_normalizer().normalize(text)
}

/// Normalize with a preset by name.
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
