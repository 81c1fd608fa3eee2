//! Numbers: reading Arabic numbers written in digits (any script) or words (any gender, case,
//! spelling; MSA, and the spoken forms of Egypt, the Levant, the Gulf and the Maghreb), and
//! finding every number mention in running text.
//!
//! - [`parse_number`]: the whole string is one number.
//! - [`extract_numbers`]: every mention, with its kind (cardinal, ordinal, fraction, percent),
//!   approximation, range end and unit.
//!
//! Where things live: `lexicon.rs` (the number words of `data/numbers/lexicon.tsv`, looked up
//! with their clitics in one hash probe), `builder.rs` (the validating builder), `scan.rs` (the
//! single pass over the text), `extract.rs` (number phrases and the look-around for units,
//! percent, ranges, signs), `units.rs` (units and currencies of `data/numbers/units.tsv`, counted
//! nouns, and where duals become numbers), `approx.rs` (hedges and range frames), `parse.rs`
//! (whole-string parsing), `fold.rs` (letter folding), `value.rs` (exact rational values).
//!
//! Conventions: a mention's span covers the whole quantity (hedge words, the number, a range end,
//! the unit) but never a clitic glued to its first word; the article stays ("الخامس عشر").
//! Duals count two: feminine -تين/-تان from nouns in ة, masculine -ين/-ان only for count nouns
//! whose plural is broken (so المسلمين, المعتقلين stay plurals). Vague plurals (عشرات، آلاف)
//! get `Approx::OrderOf`. Years stay cardinals; "الـ 20 من الشهر" is an ordinal. A number in
//! thousands before a larger scale counts that scale ("ثلاثة آلاف وخمسمائة مليون" is 3.5e9),
//! except after "بين", where و separates the ends ("بين 800 ألف و2 مليون"). In running text a
//! slash between whole numbers is a fraction only as fractions are written: a proper one over
//! at most 12, or 16, 20, 32, 64, 10, 100 or 1000, or one over any number up to 1000 with a
//! numerator of 1 ("3/4 كوب", "17/20", "1/250 ثانية"); "42/44", "13/15", "24/7" are two numbers,
//! and so is any pair after a noun of a size ("مقاس 8/10") unless a unit of length follows. A
//! chain of three or more digit groups joined by periods that are not thousands ("3.2.1",
//! "192.168.1.10") is a version, address or section number, and a national phone number in
//! pairs ("05 22 33 44 55", five groups at least) is a phone number: no quantities. One period
//! before exactly three digits ("1.200") groups thousands only before a counted noun, before a
//! currency of a hundred cents with the digits ending in "00" ("15.000 دولار"), or where the
//! text writes its decimals with a comma or its thousands in period groups; else it is a
//! decimal point ("1.250 كغ", "2.500 دينار كويتي"). "م" after
//! a decimal is metres ("1.80 م"); after an integer it stays no unit ("2024 م", "10 م"); between
//! an amount of at most three whole digits and a currency it abbreviates مليون ("1.5 م دولار" is
//! 1,500,000 USD). A frequent verb is no counted noun: a word listed only as a verb ("فاز"), or
//! one that is also a noun with a number (or "إلى" and a number) right after it ("عيار 21 وصل
//! 250 ريال": 21 counts nothing), and no word with a preposition or the future's س glued on
//! ("78 ليفوز", "12/5 بسبب"). Four digits from 1900 to 2100, or after a word that introduces a
//! year ("منذ", "عام"), are a year and count no noun; below 1900 they do ("1200 مدرسة"). "واحد" after its indefinite noun counts it ("هدف واحد": 1, unit "هدف"; not before
//! "من", "one of"), and "الواحد" after a definite noun is the adjective "per" ("للشخص الواحد"):
//! no quantity.
//!
//! ```
//! use dhad::numbers::{extract_numbers, parse_number, NumberKind, Value};
//! assert_eq!(parse_number("مائتان وخمسون").unwrap(), Value::Int(250));
//! let m = extract_numbers("وصل الخامس عشر من المتسابقين");
//! assert_eq!(m[0].value, Value::Int(15));
//! assert_eq!(m[0].kind, NumberKind::Ordinal);
//! ```

mod approx;
mod builder;
mod extract;

pub(crate) use extract::WEEKDAYS;
mod fold;
mod lexicon;
mod parse;
mod scan;
mod units;
pub(crate) use units::arabizi_at;
mod value;

#[cfg(test)]
mod tests;

pub use value::Value;

/// What a number mention counts. Prints as its API name and parses back from it.
///
/// ```
/// use dhad::numbers::NumberKind;
/// assert_eq!(NumberKind::Percent.to_string(), "percent");
/// assert_eq!("ordinal".parse::<NumberKind>().unwrap(), NumberKind::Ordinal);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberKind {
    /// A plain count or amount: ثلاثة، 3500.
    Cardinal,
    /// A position: الخامس عشر، الأولى.
    Ordinal,
    /// A part: نصف، ثلاثة أرباع، 1/2.
    Fraction,
    /// A percentage: 25%، خمسة في المائة (the value is the number of percent).
    Percent,
}

impl NumberKind {
    /// Every kind, in declaration order.
    pub const ALL: [NumberKind; 4] = [
        NumberKind::Cardinal,
        NumberKind::Ordinal,
        NumberKind::Fraction,
        NumberKind::Percent,
    ];

    /// The API string: `"cardinal"`, `"ordinal"`, `"fraction"` or `"percent"`.
    ///
    /// ```
    /// assert_eq!(dhad::numbers::NumberKind::Ordinal.as_str(), "ordinal");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Fraction => "fraction",
            NumberKind::Percent => "percent",
        }
    }
}

api_names!(NumberKind, "number kind");

/// How a number is hedged in the text. Prints as its API name and parses back from it
/// (`"at_least"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Approx {
    /// نحو، حوالي، قرابة، زهاء، ما يقارب، تقريبا.
    About,
    /// ما لا يقل عن، على الأقل.
    AtLeast,
    /// ما لا يزيد عن، على الأكثر.
    AtMost,
    /// أكثر من، ما يزيد على، ما يربو على.
    MoreThan,
    /// أقل من، ما دون.
    LessThan,
    /// Vague plurals: عشرات (10)، مئات (100)، آلاف (1000)، ملايين.
    OrderOf,
}

impl Approx {
    /// Every hedge, in declaration order.
    pub const ALL: [Approx; 6] = [
        Approx::About,
        Approx::AtLeast,
        Approx::AtMost,
        Approx::MoreThan,
        Approx::LessThan,
        Approx::OrderOf,
    ];

    /// The API string: `"about"`, `"at_least"`, `"at_most"`, `"more_than"`, `"less_than"`,
    /// `"order_of"`.
    ///
    /// ```
    /// assert_eq!(dhad::numbers::Approx::MoreThan.as_str(), "more_than");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::About => "about",
            Approx::AtLeast => "at_least",
            Approx::AtMost => "at_most",
            Approx::MoreThan => "more_than",
            Approx::LessThan => "less_than",
            Approx::OrderOf => "order_of",
        }
    }
}

api_names!(Approx, "approximation");

/// One number found in a text. `start..end` are byte offsets into the text, on char
/// boundaries; the span covers the whole quantity (approximation words, the number, a range
/// end and the unit) but never a clitic glued to its first word ("وبثلاثة" → "ثلاثة").
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct NumberMention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The value (for a range, its start).
    pub value: Value,
    /// Cardinal, ordinal, fraction or percent.
    pub kind: NumberKind,
    /// A hedge such as "about" or "more than", or `None`.
    pub approx: Option<Approx>,
    /// The end of a range ("من 10 إلى 20" → 20), or `None`.
    pub range_end: Option<Value>,
    /// The counted noun or unit as written ("دولار", "كم", "محتجز"), or `None`.
    pub unit: Option<String>,
    /// A normalized unit name where the unit is known ("USD", "km", "day"; a compound unit
    /// joins two with a slash: "km/h", "mg/dL"; a magnitude on the Richter scale is
    /// "Richter"), or `None`.
    pub unit_norm: Option<String>,
}

impl NumberMention {
    /// The text of the mention: `&text[start..end]`.
    ///
    /// ```
    /// let text = "قتل 3 أشخاص";
    /// let m = &dhad::numbers::extract_numbers(text)[0];
    /// assert!(m.text(text).starts_with('3'));
    /// ```
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Reads a string that is exactly one number: digits in any script ("3500", "٣٬٥٠٠", "١٢٫٥",
/// "-7", "3/4"), words in any gender, case and spelling ("ثلاثمائة وخمسين", "إحدى عشرة",
/// "تلتمية"), digits with scale words ("2.5 مليون"), and ordinals ("الخامس والعشرون" → 25).
///
/// # Errors
/// [`crate::Error::NotANumber`] when the text is empty, holds anything that is not part of
/// one number, or is not a valid number ("ثلاثة خمسمائة", "ألف ألف مليون"), or overflows.
///
/// ```
/// use dhad::numbers::{parse_number, Value};
/// assert_eq!(parse_number("ثلاثة آلاف وخمسمائة").unwrap(), Value::Int(3500));
/// assert_eq!(parse_number("2.5 مليون").unwrap(), Value::Int(2_500_000));
/// assert!(parse_number("ثلاثة خمسمائة").is_err());
/// ```
pub fn parse_number(text: &str) -> crate::Result<Value> {
    parse::parse(text)
}

/// Switches for [`extract_numbers_with`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ExtractOptions {
    /// Count every lone indefinite unit noun as one of it ("في أسبوع" → 1 week), the way
    /// Duckling reads durations and quantities. Off by default: in news text most such words
    /// are not counts. Without it a lone unit noun still counts one where nothing else can be
    /// meant: after a duration word ("خلال أسبوع", "منذ شهر") and when it is the only word of
    /// the whole text (a label, a table cell, a query: "كيلوغرام").
    pub bare_units: bool,
}

/// [`extract_numbers`] with options.
///
/// ```
/// use dhad::numbers::{extract_numbers_with, ExtractOptions, Value};
/// let m = extract_numbers_with("خلال أسبوع", &ExtractOptions { bare_units: true });
/// assert_eq!((m[0].value, m[0].unit_norm.as_deref()), (Value::Int(1), Some("week")));
/// ```
#[must_use]
pub fn extract_numbers_with(text: &str, options: &ExtractOptions) -> Vec<NumberMention> {
    extract::extract(text, options)
}

/// Finds every number mention in running text, sorted by start and never overlapping. Spans
/// are byte offsets into `text` ([`NumberMention::text`] slices them). Linear in the length of
/// the text; never panics.
///
/// ```
/// use dhad::numbers::{extract_numbers, Value};
/// let text = "اعتقل ثلاثة آلاف وخمسمائة شخص";
/// let m = extract_numbers(text);
/// assert_eq!(m[0].value, Value::Int(3500));
/// ```
#[must_use]
pub fn extract_numbers(text: &str) -> Vec<NumberMention> {
    extract::extract(text, &ExtractOptions::default())
}

/// The first of [`extract_numbers`]'s mentions of `text`, found without reading past it.
pub(crate) fn first_number(text: &str) -> Option<NumberMention> {
    extract::first(text, &ExtractOptions::default())
}

/// Whether `folded` (a word in search-folded form) is a number word of the lexicon: a cardinal,
/// an ordinal ("الثاني"), a fraction or a scale word. Used by the entity recognizer: a person
/// named "الحسن الثاني" does not make every later "الثاني" a person.
pub(crate) fn number_word(folded: &str) -> bool {
    lexicon::lexicon().lookup(folded).is_some()
}

/// Is `folded` (a word in search-folded form) a dual noun ("صاروخان", "رئيسيتين"): a known
/// masculine stem + -ان/-ين, or a feminine stem + -تان/-تين?
pub(crate) fn dual_word(folded: &str) -> bool {
    units::dual(folded).is_some()
}

/// If `folded` (a word in search-folded form, without the article) names a currency in the
/// unit table ("دولار", "دولارات", "شيكل"; not a subunit such as سنت): whether the form is
/// singular. Used by the entity recognizer, which tags currency names MISC as ANERcorp does.
pub(crate) fn currency_word(folded: &str) -> Option<bool> {
    let (a, b) = (folded.chars().next()?, folded.chars().next_back()?);
    // (a word of other letters goes to the table: no currency name of the block ends so)
    if units::currency_ends().contains(a, b) == Some(false) {
        return None;
    }
    units::unit_info(folded)
        .filter(|u| u.category == "currency" && u.norm != "cent")
        .map(|u| u.singular)
}
