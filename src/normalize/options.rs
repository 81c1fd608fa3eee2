//! The switches of the normalizer and the presets that bundle them.

use crate::error::{Error, Result};

/// Where digits end up. Prints as its option value and parses back from it (`"latin"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Digits {
    /// Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits become ASCII `0–9`;
    /// the Arabic decimal (U+066B) and thousands (U+066C) signs become `.` and `,`.
    Latin,
    /// ASCII and Persian digits become Arabic-Indic digits (U+0660–0669), except the ASCII
    /// digit of a keycap emoji ("1️⃣": Unicode defines keycaps on 0-9 # * only).
    Arabic,
}

impl Digits {
    /// Both targets.
    pub const ALL: [Digits; 2] = [Digits::Latin, Digits::Arabic];

    /// The option value as Python spells it: `"latin"` or `"arabic"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Digits::Latin => "latin",
            Digits::Arabic => "arabic",
        }
    }
}

api_names!(Digits, "digits value");

/// The names of the presets.
pub const PRESET_NAMES: &[&str] = &["none", "display", "search"];

/// Names of every normalization option, in the order of [`Options`]'s fields.
pub const OPTION_NAMES: &[&str] = &[
    "unicode",
    "bidi",
    "whitespace",
    "diacritics",
    "tatweel",
    "alef",
    "alef_maksura",
    "teh_marbuta",
    "hamza",
    "persian",
    "digits",
    "punctuation",
    "elongation",
];

/// Every switch of the normalizer. Each fold is its own switch; presets only bundle them.
/// `Options::default()` is the `"none"` preset (every switch off); the Python API's default,
/// `"search"`, is `Options::preset("search")`.
///
/// ```
/// use dhad::normalize::{Options, Digits};
/// let mut o = Options::preset("display").unwrap();
/// o.digits = Some(Digits::Latin);
/// assert!(o.unicode && !o.alef);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Options {
    /// Canonical composition (a letter + combining hamza/madda becomes one letter) and folding of
    /// compatibility characters: Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) to base
    /// letters, lam-alef ligatures expanded, fullwidth forms.
    pub unicode: bool,
    /// Remove invisible format controls: bidi marks and embeddings (U+200E/F, U+202A–202E,
    /// U+2066–2069, U+061C), zero-width space, word joiner, BOM, soft hyphen, and ZWJ
    /// after Arabic letters (ZWJ in emoji sequences is kept). ZWNJ (U+200C) is not one of
    /// them: Persian and Urdu spell with it ("می‌خواهم"), so `persian` drops it.
    pub bidi: bool,
    /// Collapse each run of whitespace (incl. NBSP and the other Unicode spaces) to one space;
    /// a run holding one line break becomes `"\n"`, one holding two or more becomes `"\n\n"`.
    pub whitespace: bool,
    /// Remove harakat, tanwin, shadda, sukun, superscript alef (U+0670), leftover combining
    /// hamza/madda, and Quranic annotation marks.
    pub diacritics: bool,
    /// Remove tatweel (U+0640), which draws out the join of two letters. A run of it between
    /// two digits, or a digit and anything but an Arabic letter, is a dash ("١٥ـ٢٠") and is
    /// written as one "-", so two numbers are not glued into one.
    pub tatweel: bool,
    /// أ إ آ ٱ (and the rarer alef variants) → ا.
    pub alef: bool,
    /// ى → ي.
    pub alef_maksura: bool,
    /// ة → ه.
    pub teh_marbuta: bool,
    /// ؤ → و, ئ → ي.
    pub hamza: bool,
    /// Persian/Urdu letter variants to Arabic: ک ڪ → ك, ی ې ے ۓ → ي, ہ ە ۀ ۂ ھ → ه, ۃ → ة;
    /// and the zero-width non-joiner (U+200C) that those scripts write between a word's parts
    /// is dropped ("می‌خواهم" → "ميخواهم"), as Arabic spelling has none.
    pub persian: bool,
    /// Digit folding, or `None` to keep digits as written.
    pub digits: Option<Digits>,
    /// Arabic punctuation to ASCII: ، → `,`, ؛ → `;`, ؟ → `?`, ٪ → `%`.
    pub punctuation: bool,
    /// Runs of three or more of the same Arabic letter become one ("جمييييل" → "جميل").
    pub elongation: bool,
}

impl Options {
    /// The options of a preset: `"none"` (identity), `"display"` (lossless clean-up) or
    /// `"search"` (display + every fold that helps matching).
    ///
    /// # Errors
    /// [`Error::UnknownPreset`] for any other name.
    pub fn preset(name: &str) -> Result<Options> {
        let none = Options::default();
        let display = Options {
            unicode: true,
            bidi: true,
            whitespace: true,
            ..none
        };
        match name {
            "none" => Ok(none),
            "display" => Ok(display),
            "search" => Ok(Options {
                diacritics: true,
                tatweel: true,
                alef: true,
                alef_maksura: true,
                teh_marbuta: true,
                hamza: true,
                persian: true,
                digits: Some(Digits::Latin),
                elongation: true,
                ..display
            }),
            _ => Err(Error::UnknownPreset {
                name: name.to_string(),
            }),
        }
    }

    /// Set one boolean switch by name (every option except `digits`).
    ///
    /// # Errors
    /// [`Error::UnknownOption`] for a name that is no option, [`Error::InvalidOptionValue`] for
    /// `"digits"` (which takes [`Options::set_digits`]); `self` is unchanged then.
    ///
    /// ```
    /// use dhad::normalize::Options;
    /// let mut o = Options::preset("display").unwrap();
    /// o.set_flag("tatweel", true).unwrap();
    /// assert!(o.tatweel);
    /// let e = o.set_flag("colour", true).unwrap_err();
    /// assert!(e.to_string().starts_with("unknown normalization option \"colour\"; expected one of unicode, bidi,"));
    /// assert!(o.set_flag("digits", true).is_err());
    /// ```
    pub fn set_flag(&mut self, name: &str, value: bool) -> Result<()> {
        let slot = match name {
            "unicode" => &mut self.unicode,
            "bidi" => &mut self.bidi,
            "whitespace" => &mut self.whitespace,
            "diacritics" => &mut self.diacritics,
            "tatweel" => &mut self.tatweel,
            "alef" => &mut self.alef,
            "alef_maksura" => &mut self.alef_maksura,
            "teh_marbuta" => &mut self.teh_marbuta,
            "hamza" => &mut self.hamza,
            "persian" => &mut self.persian,
            "punctuation" => &mut self.punctuation,
            "elongation" => &mut self.elongation,
            "digits" => {
                return Err(Error::InvalidOptionValue {
                    option: "digits".into(),
                    value: value.to_string(),
                    expected: "\"latin\", \"arabic\" or None".into(),
                })
            }
            _ => {
                return Err(Error::UnknownOption {
                    name: name.to_string(),
                })
            }
        };
        *slot = value;
        Ok(())
    }

    /// Set `digits` from its Python spelling: `Some("latin")`, `Some("arabic")` or `None`.
    ///
    /// # Errors
    /// [`Error::InvalidOptionValue`] for any other string; `self` is unchanged then.
    ///
    /// ```
    /// use dhad::normalize::{Digits, Options};
    /// let mut o = Options::default();
    /// o.set_digits(Some("arabic")).unwrap();
    /// assert_eq!(o.digits, Some(Digits::Arabic));
    /// assert_eq!(
    ///     o.set_digits(Some("roman")).unwrap_err().to_string(),
    ///     "invalid value \"roman\" for option \"digits\"; expected \"latin\", \"arabic\" or None"
    /// );
    /// assert_eq!(o.digits, Some(Digits::Arabic));
    /// ```
    pub fn set_digits(&mut self, value: Option<&str>) -> Result<()> {
        self.digits = match value {
            None => None,
            Some("latin") => Some(Digits::Latin),
            Some("arabic") => Some(Digits::Arabic),
            Some(other) => {
                return Err(Error::InvalidOptionValue {
                    option: "digits".into(),
                    value: format!("{other:?}"),
                    expected: "\"latin\", \"arabic\" or None".into(),
                })
            }
        };
        Ok(())
    }

    /// The boolean switches with their names, in [`OPTION_NAMES`] order (without `digits`).
    pub fn flags(&self) -> [(&'static str, bool); 12] {
        [
            ("unicode", self.unicode),
            ("bidi", self.bidi),
            ("whitespace", self.whitespace),
            ("diacritics", self.diacritics),
            ("tatweel", self.tatweel),
            ("alef", self.alef),
            ("alef_maksura", self.alef_maksura),
            ("teh_marbuta", self.teh_marbuta),
            ("hamza", self.hamza),
            ("persian", self.persian),
            ("punctuation", self.punctuation),
            ("elongation", self.elongation),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets() {
        assert_eq!(Options::preset("none").unwrap(), Options::default());
        let d = Options::preset("display").unwrap();
        assert!(d.unicode && d.bidi && d.whitespace && !d.diacritics && d.digits.is_none());
        let s = Options::preset("search").unwrap();
        assert!(s.diacritics && s.alef && s.teh_marbuta && !s.punctuation);
        assert_eq!(s.digits, Some(Digits::Latin));
        assert_eq!(
            Options::preset("loud").unwrap_err().to_string(),
            "unknown normalization preset \"loud\"; expected one of \"none\", \"display\", \"search\""
        );
    }

    #[test]
    fn set_by_name() {
        let mut o = Options::default();
        o.set_flag("alef", true).unwrap();
        assert!(o.alef);
        assert!(o
            .set_flag("colour", true)
            .unwrap_err()
            .to_string()
            .contains("\"colour\""));
        o.set_digits(Some("arabic")).unwrap();
        assert_eq!(o.digits, Some(Digits::Arabic));
        assert!(o.set_digits(Some("roman")).is_err());
        assert!(o.set_flag("digits", true).is_err());
    }
}
