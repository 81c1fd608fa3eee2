//! Dates and times: find date and time expressions in Arabic text and resolve them against a
//! reference moment.
//!
//! It reads absolute dates ("15 مارس 2021", "١٥ آذار ٢٠٢١", "الخامس عشر من مارس", "3/5/2020" day
//! first, "2020-05-03", "عام 2019", "سنة ١٤٤٣ هـ"), the three series of month names (Gregorian
//! transliterations, Levantine/Iraqi, Hijri), weekdays and relative days ("أمس", "بعد غد",
//! "الأحد الماضي"), relative periods ("الأسبوع المقبل", "الشهر الجاري"), offsets ("قبل يومين",
//! "خلال أسبوعين"), clock times ("الساعة الثالثة عصرا", "١٠:١٥ صباحاً", "الثامنة إلا ربعا"), parts
//! of the day, intervals ("من 10 إلى 12 شباط", "بين عامي 2011 و2015"), quarters and halves of
//! a year ("الربع الأول من 2024", the Maghreb's "الفصل الثالث من 2023"), seasons ("صيف 2024",
//! "الشتاء الماضي"), decades ("ثمانينيات القرن الماضي", "العقد الماضي") and centuries, half
//! units after a count ("قبل شهرين ونصف") and a few holidays ("عيد الفطر", "يوم عرفة",
//! "عاشوراء").
//!
//! Conventions (Duckling's, so that results compare): weeks start on Monday; a bare weekday is
//! the nearest one after the reference day ("الماضي" turns it back, "المقبل" keeps it ahead;
//! "اليوم الاثنين", "أمس الأحد" are the relative day); a date without a year is in the reference
//! year ("أكتوبر الماضي" is the last October before the reference month); a 12-hour clock hour
//! with no part of the day is its next occurrence from the reference ("الساعة 12 ليلا", like
//! "منتصف الليل" and "24:00", is the midnight that ends the day, and "الواحدة بعد منتصف الليل" the hour
//! after it); "ليلة" + a weekday, a holiday or a Hijri day is the night before that day, as
//! Arabic counts nights ("ليلة الجمعة" is Thursday 18:00–24:00, "ليلة عيد الفطر" its eve,
//! "ليلة النصف من شعبان" the night of 14 to 15 Sha'ban, as "ليلة منتصف شعبان" is),
//! while "ليلة الخميس الجمعة" names the night between the two and a Gregorian date keeps its
//! own day ("ليلة 31 ديسمبر"); "منتصف شعبان", "النصف من شعبان", "النصف من الشهر المقبل" are
//! the month's 15th ("النصف من الأصوات" is half of them); an hour in digits before the part of
//! a named day is that day's hour after a time preposition, a range, punctuation, the start or
//! an event's noun ("عند 9 مساء الخميس", "من 7 إلى 9 مساء الخميس", "يبدأ الحفل 9 مساء
//! الخميس") and a count after a verb ("قتل 5 مساء أمس"); a number in digits after a product
//! name, a word in Latin letters or a noun of a series ("آيفون 16", "إف 16", "S24", "النسخة
//! 16") is its label and never a day ("تطلق آيفون 16 الشهر المقبل": next month); "قبل الماضي" / "بعد المقبل" after a weekday, week, month or
//! year is the one before last / after next; "الأيام العشرة الأخيرة من رمضان", "العشر
//! الأواخر", "الأشهر الثلاثة الأولى من العام" are the last or first units of that period,
//! and the same words before an event ("من الحملة") are no date; "الماضي" / "المقبل" after a
//! month name, Hijri or Gregorian, is the nearest such month before / after the reference month
//! ("رمضان المقبل" said in Ramadan is next year's, and the direction word makes "مارس", "رمضان"
//! a month without a preposition); a season is its three meteorological months
//! (spring from March, summer June, autumn September, winter December; grain month), of the
//! year said ("صيف 2024", "خريف العام الماضي") or moved from the reference month ("الصيف
//! الماضي": the last one ended, "المقبل": the next to begin, "هذا الصيف": the one under way,
//! else the nearer), while a winter of a year ("شتاء 2024") spans two years and has no value,
//! and "الصيف" alone is no date; "العقد الماضي" / "العقد المقبل" are the ten years before /
//! after the current one, like "السنوات العشر الماضية", and "القرن" alone after "مطلع" /
//! "منتصف" / "أواخر" is the current century; a four-digit year stands alone only after a month
//! or a day, an era marker, a period word ("الفترة 2015 - 2020"), "منذ" (unless a counted noun
//! follows: "منذ 2020 حالة" is a count), "بحلول" ("بحلول 2030"), or "في" or "خلال" before a punctuation mark or the end ("توفي
//! في 2005."), or before a word other than a unit when it is no round hundred ("في 2019
//! أعلنت", "خلال 2024 ارتفعت"), and elsewhere ("من 2020 حتى 2023", "2019 - 2021", "في 2000 مدرسة") may be a
//! count or a score; two digits after "عام" ("عام 48") need an era marker; a count of units
//! from an event ("بعد 3 أيام من الحادث") is no date, from a holiday it shifts the holiday;
//! after a name head (a closed list in `grammar/names.rs`, folded, clitics allowed: places "ملعب",
//! "مدينة", "جسر", "شارع", "ميدان" …, events "ثورة", "حرب", "أحداث", "انتفاضة", "اتفاقية" …,
//! groups "حركة", "قوى" …) a day and month or a month without a year is part of a name and no
//! date ("ملعب 5 جويلية", "ثورة 25 يناير", "حرب أكتوبر"), while with a year it is the date the
//! name is built on ("ثورة 25 يناير 2011") and "يوم 11 سبتمبر" stays a date; "ثاني أيام عيد
//! الفطر", "اليوم الثالث من عيد الأضحى" are the nth day (1–4) of a feast of several days and
//! "أول أيام رمضان" the nth day of the month ("ثالث أيام العيد": which feast? no date); two
//! consecutive years ("2023-2024", "2023/24") after a season word: a winter from December of
//! the first, and after "موسم", "العام الدراسي", "السنة المالية", "عام", "سنة" the two whole
//! years; a
//! weekday that contradicts its Gregorian date ("الاثنين 17 مارس 2024", a Sunday) leaves the
//! mention without a value, and one a day off a Hijri date moves it to that weekday (a month
//! begun by sighting); "عامي 2022 و2023" are both years; a dash after a bare weekday sets
//! it beside its date ("الأحد - 24 مارس 2024"); "الثالثة وعشرين" is 3:20 (an indefinite ten
//! is minutes; "الثالثة والعشرين" is 23:00); the Maghreb's forms are read: "فاتح" + a month
//! is its first day, like "غرة" ("فاتح يوليوز 2024"), "على الساعة" joins a clock time to the
//! date before it as "الساعة" does ("12 يونيو على الساعة العاشرة"), and "بعد/قبل الزوال" are
//! afternoon and morning; a bare ordinal after "عند" is an hour when a day or a part of the day
//! comes before it ("مساء السبت عند التاسعة"); a weekday after a month without a day is a
//! date of its own ("يحل شهر رمضان يوم الاثنين": the month, then the Monday);
//! "اليوم التالي" ("وفي اليوم التالي أعلنت") counts from an event told before it, not from the
//! reference: a mention with no value ("الأسبوع التالي" stays the next week);
//! "نهاية الأسبوع" is the weekend, Friday to Sunday of the Monday-based week (every Arab
//! country's two days off fall in it), "مطلع الأسبوع المقبل" its first day and "منتصف
//! الأسبوع" its Wednesday; the spoken "آخر الشهر", "أول الأسبوع" are the end and start of the
//! period, and "الأسبوع اللي فات" / "الجمعة اللي جاية" the last and next; "الثلث الأخير من
//! الشهر", "النصف الثاني من رمضان" are days of a month cut as in a 30-day month (thirds are
//! its tens of days), the last part running to its end; "العام الدراسي", "السنة المالية",
//! "العام الهجري" are no calendar year ("نهاية العام الدراسي" gives nothing);
//! a range of clock times whose end comes before its start runs past midnight ("من 7 مساء
//! حتى 6 صباحا"), and days joined by "و" before their month ("يومي 14 و15 مايو", "في 1 و2
//! يونيو", "14 و15 و16 مايو") are one interval when they follow one another, else a date each;
//! interval ends (`end_value`) are exclusive; Hijri dates are converted with the Umm al-Qura
//! calendar (1343–1500 AH) and the tabular Islamic calendar outside it (see
//! [`hijri_to_gregorian`]), and a Hijri month or year is given as the interval of Gregorian days
//! it covers. Years before Christ
//! ("ق.م.") use astronomical numbering (1 BC = year 0). Spans leave out attached clitics and
//! leading prepositions ("وفي", "بـ"); "من … إلى …", "بين … و…", "حتى …", "خلال …" stay in
//! the span because they make the interval.
//!
//! Where things live: `lexicon.rs` (month names of the three series, weekdays, relative words,
//! parts of the day), `scan.rs` (one pass: words, folding, clitics, the pre-filter),
//! `numbers.rs` (the one place numbers are read, through [`crate::numbers`]), `grammar/`
//! (frames of slots, intervals; a file per production: `clock.rs`, `months.rs`, `offsets.rs` …),
//! `resolve.rs` (against the reference), `hijri.rs`, `civil.rs`.
//!
//! ```
//! use dhad::dates::{extract_dates, CivilDateTime, Grain};
//! let reference = CivilDateTime::new(2013, 2, 12, 4, 30, 0);
//! let text = "وصل الوفد مساء أمس وسيغادر في 15 مارس 2021";
//! let found = extract_dates(text, reference);
//! assert_eq!(&text[found[1].start..found[1].end], "15 مارس 2021");
//! assert_eq!(found[1].value, Some(CivilDateTime::date(2021, 3, 15)));
//! assert_eq!(found[1].grain, Grain::Day);
//! ```

mod civil;
mod grammar;
mod hijri;
mod lexicon;
mod numbers;
mod resolve;
mod scan;
#[cfg(test)]
mod tests;

pub use civil::CivilDateTime;
pub use hijri::hijri_to_gregorian;

/// Words a number in digits labels, read by the numbers too (see [`grammar::MODEL_HEADS`]).
pub(crate) use grammar::MODEL_HEADS;
use grammar::{Frame, MonthSpec, Parser};
use lexicon::{Fw, W};
use resolve::{add_grain, resolve, written_calendar, Resolved};
use scan::{Kind, Tok};

/// How precise a resolved value is. Prints as its API name and parses back from it.
///
/// ```
/// use dhad::dates::Grain;
/// assert_eq!(Grain::Week.to_string(), "week");
/// assert_eq!("hour".parse::<Grain>().unwrap(), Grain::Hour);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grain {
    /// A year.
    Year,
    /// A month.
    Month,
    /// A (Monday-based) week.
    Week,
    /// A day.
    Day,
    /// An hour.
    Hour,
    /// A minute.
    Minute,
    /// A second.
    Second,
}

impl Grain {
    /// Every grain, coarsest first.
    pub const ALL: [Grain; 7] = [
        Grain::Year,
        Grain::Month,
        Grain::Week,
        Grain::Day,
        Grain::Hour,
        Grain::Minute,
        Grain::Second,
    ];

    /// The lower-case name: `"year"`, `"month"`, … `"second"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Year => "year",
            Grain::Month => "month",
            Grain::Week => "week",
            Grain::Day => "day",
            Grain::Hour => "hour",
            Grain::Minute => "minute",
            Grain::Second => "second",
        }
    }
}

api_names!(Grain, "grain");

/// The calendar a date was written in. Prints as its API name and parses back from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Calendar {
    /// Gregorian month names, digits or relative words.
    Gregorian,
    /// Hijri month names or the هـ era.
    Hijri,
}

impl Calendar {
    /// Both calendars.
    pub const ALL: [Calendar; 2] = [Calendar::Gregorian, Calendar::Hijri];

    /// `"gregorian"` or `"hijri"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Hijri => "hijri",
        }
    }
}

api_names!(Calendar, "calendar");

/// Whether a mention is a date or a time of day. Prints as its API name and parses back from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateLabel {
    /// A day or coarser.
    Date,
    /// A time of day, a part of the day or "now".
    Time,
}

impl DateLabel {
    /// Both labels.
    pub const ALL: [DateLabel; 2] = [DateLabel::Date, DateLabel::Time];

    /// `"DATE"` or `"TIME"`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateLabel::Date => "DATE",
            DateLabel::Time => "TIME",
        }
    }
}

api_names!(DateLabel, "date label");

/// A date or time expression found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DateMention {
    /// Byte offset of the first byte (clitics excluded).
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// DATE or TIME.
    pub label: DateLabel,
    /// The resolved start, or `None` when it cannot be resolved (an impossible date).
    pub value: Option<CivilDateTime>,
    /// How precise `value` is.
    pub grain: Grain,
    /// For intervals: the exclusive end.
    pub end_value: Option<CivilDateTime>,
    /// The calendar the text used.
    pub calendar: Calendar,
}

/// The years a reference moment may have: [`extract_dates`] reads a reference outside them as
/// the nearest bound, so that resolving against it cannot overflow.
pub const REFERENCE_YEARS: std::ops::RangeInclusive<i32> = -1_000_000..=1_000_000;

/// Finds the date and time expressions of `text`, resolved against `reference` (a naive civil
/// time: the caller's local time), sorted by start. Spans are byte offsets into `text`
/// (`&text[m.start..m.end]` is the mention). Never panics: a reference whose year lies
/// beyond ±1,000,000 is read as that bound (see [`REFERENCE_YEARS`]), and one with fields out
/// of range (month 13) gives no error, only values that mean little.
///
/// ```
/// use dhad::dates::{extract_dates, CivilDateTime, DateLabel, Grain};
/// let r = CivilDateTime::new(2024, 3, 20, 10, 0, 0);
/// let m = &extract_dates("الاجتماع الساعة الثالثة عصرا", r)[0];
/// assert_eq!(m.label, DateLabel::Time);
/// assert_eq!(m.value, Some(CivilDateTime::new(2024, 3, 20, 15, 0, 0)));
/// assert_eq!(m.grain, Grain::Hour);
/// assert!(extract_dates("حتى إشعار آخر", r).is_empty());
/// ```
#[must_use]
pub fn extract_dates(text: &str, reference: CivilDateTime) -> Vec<DateMention> {
    extract_dates_with_offset(text, reference, None)
}

/// Like [`extract_dates`], with the reference's offset from UTC in minutes (east positive) when
/// it is known, so that a clock time said in another zone ("الساعة 8 بتوقيت غرينتش") is brought
/// to the reference's civil time.
///
/// ```
/// use dhad::dates::{extract_dates_with_offset, CivilDateTime};
/// let r = CivilDateTime::new(2024, 3, 20, 10, 0, 0);
/// let m = &extract_dates_with_offset("الساعة 8 مساء بتوقيت غرينتش", r, Some(180))[0];
/// assert_eq!(m.value, Some(CivilDateTime::new(2024, 3, 20, 23, 0, 0)));
/// ```
#[must_use]
pub fn extract_dates_with_offset(
    text: &str,
    reference: CivilDateTime,
    utc_offset_minutes: Option<i32>,
) -> Vec<DateMention> {
    if !scan::may_have_dates(text) {
        return Vec::new();
    }
    // The resolver's year arithmetic (centuries, Hijri years, offsets) overflowed `i32` for a
    // reference near its ends; clamped, it stays far inside.
    let reference = CivilDateTime {
        year: reference
            .year
            .clamp(*REFERENCE_YEARS.start(), *REFERENCE_YEARS.end()),
        ..reference
    };
    if text.len() <= WINDOW + LOOKAHEAD {
        return extract_in(text, reference, utc_offset_minutes);
    }
    windowed(text, reference, utc_offset_minutes, WINDOW)
}

/// [`extract_in`] over windows of `window` bytes (see [`extract_dates_with_offset`]).
fn windowed(
    text: &str,
    reference: CivilDateTime,
    utc_offset_minutes: Option<i32>,
    window: usize,
) -> Vec<DateMention> {
    // A long text is read window by window, so that the scanner's tokens (about 100 bytes
    // each) exist for one window at a time, not for the whole text (32 times its size). A
    // window owns the mentions that start in it; it is scanned from a little before (so a
    // mention's first token sees the word before it, as in one pass) to a little after (so a
    // mention that starts near its end is read whole). Window edges fall on whitespace where
    // there is some; a date is a few words long, far shorter than either margin.
    let mut out: Vec<DateMention> = Vec::new();
    let mut own_start = 0;
    while own_start < text.len() {
        let own_end = space_at_or_after(text, own_start + window.max(1));
        let from = if own_start == 0 {
            0
        } else {
            space_at_or_before(text, own_start.saturating_sub(LOOKBACK))
        };
        let to = space_at_or_after(text, own_end.saturating_add(LOOKAHEAD));
        let last_end = out.last().map_or(0, |m| m.end);
        let window = text.get(from..to).unwrap_or("");
        for mut m in extract_in(window, reference, utc_offset_minutes) {
            m.start += from;
            m.end += from;
            if m.start >= own_start && m.start < own_end && m.start >= last_end {
                out.push(m);
            }
        }
        own_start = own_end;
    }
    out
}

/// Bytes of text one window of [`extract_dates_with_offset`] owns, and how far before and after
/// it the window is scanned.
const WINDOW: usize = 64 * 1024;
const LOOKBACK: usize = 1024;
const LOOKAHEAD: usize = 4096;

/// How far a window edge looks for whitespace to fall on; without any, it falls between two
/// characters (the margins keep the cut away from every mention a window owns).
const EDGE_SEARCH: usize = 256;

/// A window edge at or after byte `at`: the next whitespace character within [`EDGE_SEARCH`]
/// bytes, else the next character boundary (the end of the text at the most).
fn space_at_or_after(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    let mut j = (i + EDGE_SEARCH).min(text.len());
    while !text.is_char_boundary(j) {
        j -= 1;
    }
    text.get(i..j)
        .and_then(|r| r.find(char::is_whitespace))
        .map_or(i, |k| i + k)
}

/// A window edge at or before byte `at`, the mirror of [`space_at_or_after`].
fn space_at_or_before(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    let mut j = i.saturating_sub(EDGE_SEARCH);
    while !text.is_char_boundary(j) {
        j += 1;
    }
    text.get(j..i)
        .and_then(|r| r.rfind(char::is_whitespace))
        .map_or(i, |k| j + k)
}

/// The mentions of `text`, read in one pass.
fn extract_in(
    text: &str,
    reference: CivilDateTime,
    utc_offset_minutes: Option<i32>,
) -> Vec<DateMention> {
    let toks = scan::scan(text);
    let p = Parser {
        text,
        toks: &toks,
        cache: numbers::Cache::default(),
        ref_offset: utc_offset_minutes,
        nested: std::cell::Cell::new(false),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !could_start(&toks[i]) {
            i += 1;
            continue;
        }
        // "ملعب 5 جويلية", "ثورة 25 يناير": a name, no date
        if let Some(k) = p.name_after_head(i) {
            i = k.max(i + 1);
            continue;
        }
        match parse_at(&p, i, reference) {
            Some((m, next)) => {
                out.push(m);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

fn could_start(t: &Tok) -> bool {
    match t.kind {
        Kind::Digits => true,
        // "غرة", "فاتح" (the first day) start "غرة رمضان", "فاتح يوليوز"
        Kind::Word => {
            t.w().is_some() || t.num_word || grammar::first_day_word(t) || eve_morrow(t).is_some()
        }
        _ => false,
    }
}

/// Whether a definite word that is no date vocabulary comes right before token `i` (the noun
/// an ordinal at `i` would describe: "الجزء الأول").
fn after_definite_noun(p: &Parser<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|k| p.toks.get(k))
        .is_some_and(|t| t.kind == Kind::Word && t.norm.starts_with("ال") && t.w().is_none())
}

/// Days joined by "و" before their month from token `j`, the mention starting at token `i`
/// ("يومي" or the first day): the days in a row as one interval ("1 و2 يونيو", "يومي 14 و15
/// مايو"), else the first day alone with the month said after the last ("5 و12 مايو": the
/// loop reads the rest).
fn joined_days(
    p: &Parser<'_>,
    i: usize,
    j: usize,
    r: CivilDateTime,
) -> Option<(DateMention, usize)> {
    let (mut f, consecutive, first, e) = p.days_joined(j)?;
    if consecutive {
        let res = resolve(&f, r)?;
        return Some((mention(p.toks, i, e, res)?, e));
    }
    f.day_end = None;
    let res = resolve(&f, r)?;
    Some((mention(p.toks, i, first, res)?, first))
}

fn mention(toks: &[Tok], i: usize, end: usize, r: Resolved) -> Option<DateMention> {
    let first = toks.get(i)?;
    let last = toks.get(end.checked_sub(1)?)?;
    Some(DateMention {
        start: first.cstart,
        end: last.end,
        label: r.label,
        value: Some(r.value),
        grain: r.grain,
        end_value: r.end,
        calendar: r.calendar,
    })
}

/// The exclusive end of a resolved expression used as the far end of an interval.
fn far_end(r: &Resolved) -> CivilDateTime {
    r.end.unwrap_or_else(|| add_grain(r.value, r.grain))
}

fn finer(a: Grain, b: Grain) -> Grain {
    a.max(b)
}

/// A second frame after an interval separator, or a bare number completing the first frame's
/// kind ("بين عامي 2011 و2015", "من 13 تموز الى 15").
fn second_frame(p: &Parser<'_>, a: &Frame, k: usize) -> Option<(Frame, usize)> {
    if let Some((mut b, e)) = p.frame(k) {
        b.inherit_date(a);
        return Some((b, e));
    }
    let t = p.toks.get(k)?;
    if t.kind != Kind::Digits || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: i64 = t.norm.parse().ok()?;
    let mut b = Frame::default();
    if a.year.is_some() && a.month.is_none() && a.day.is_none() && t.norm.len() == 4 {
        b.year = Some(v as i32);
        // "عامي 1279 و1213 ق.م": the end's own era marker
        let e = p.era(&mut b, k + 1);
        if e == k + 1 {
            b.era_hijri = a.era_hijri;
        }
        return Some((b, e));
    }
    if a.day.is_some() && (1..=31).contains(&v) && t.norm.len() <= 2 {
        b.day = Some(v as u8);
        b.inherit_date(a);
        return Some((b, k + 1));
    }
    None
}

/// An hour in digits at token `k` (0 to 24, one or two digits) that a separator and a clock
/// time follow ("من 9 إلى 5 مساء", "من 10 حتى 12 ظهرا"): the start of that range of hours, as
/// a frame, and the index after it. Alone a number is no time, so it is read only there.
fn bare_hour_before_time(p: &Parser<'_>, k: usize) -> Option<(Frame, usize)> {
    if !is_sep(p, k + 1) || p.frame(k + 2).is_none_or(|(b, _)| b.hour.is_none()) {
        return None;
    }
    bare_hour(p, k)
}

/// "بين 7 و9 مساء الخميس": like [`bare_hour_before_time`] with "و" (apart or attached to the
/// second hour) in place of the separator; the index returned is that of the "و".
fn bare_hour_before_and(p: &Parser<'_>, k: usize) -> Option<(Frame, usize)> {
    let next = p.toks.get(k + 1)?;
    let second = if next.kind == Kind::Word && next.norm == "و" {
        k + 2
    } else if next.has_wa() {
        k + 1
    } else {
        return None;
    };
    if p.frame(second).is_none_or(|(b, _)| b.hour.is_none()) {
        return None;
    }
    bare_hour(p, k)
}

/// The frame of an hour in one or two ASCII digits (0 to 24) at token `k`, and `k + 1`; or of
/// an hour and its minutes after a decimal point ("من 10.30 إلى 11.45 صباحا", as news writes
/// the clock: the start had been no time).
fn bare_hour(p: &Parser<'_>, k: usize) -> Option<(Frame, usize)> {
    let t = p.toks.get(k)?;
    let (hh, mm) = t.norm.split_once('.').unwrap_or((t.norm.as_ref(), ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if t.kind != Kind::Digits
        || hh.is_empty()
        || hh.len() > 2
        || !digits(hh)
        || !(mm.is_empty() || (mm.len() == 2 && digits(mm)))
    {
        return None;
    }
    let h: u8 = hh.parse().ok().filter(|h| *h <= 24)?;
    let minute = if mm.is_empty() {
        None
    } else {
        Some(mm.parse::<u8>().ok().filter(|m| *m <= 59)?)
    };
    let a = Frame {
        hour: Some(h),
        minute,
        hour_ambiguous: (1..=12).contains(&h),
        ..Frame::default()
    };
    Some((a, k + 1))
}

/// A frame that is a clock time and nothing else: no day, weekday, month, year or relative day.
fn bare_time(f: &Frame) -> bool {
    f.hour.is_some()
        && !f.names_day()
        && f.month.is_none()
        && f.year.is_none()
        && f.year_rel.is_none()
        && f.week_rel.is_none()
}

/// The spoken "to" at token `k`: "ل" (or "لـ") standing alone, the end starting after it, or
/// glued on the end's first word ("للساعة"), the end starting at `k`.
fn spoken_to(p: &Parser<'_>, k: usize) -> Option<usize> {
    let t = p.toks.get(k)?;
    if t.kind != Kind::Word {
        return None;
    }
    if t.pre.is_empty() && t.norm == "ل" {
        Some(k + 1)
    } else {
        (t.pre == "ل").then_some(k)
    }
}

fn is_sep(p: &Parser<'_>, k: usize) -> bool {
    let Some(t) = p.toks.get(k) else { return false };
    (t.kind == Kind::Punct && (t.norm == "-" || t.norm == "–"))
        || matches!(t.w(), Some(W::F(Fw::To | Fw::Until)))
}

fn interval(p: &Parser<'_>, mut a: Frame, b: &Frame, r: CivilDateTime) -> Option<Resolved> {
    // "من عام 300 إلى عام 250 ق.م", "بين عامي 1279 و1213 ق.م": an era marker said once,
    // after the end, dates the start too (years before Christ are stored as 1 - y)
    if let (Some(ya), Some(yb)) = (a.year, b.year) {
        if yb <= 0 && ya > 0 && a.era_hijri.is_none() {
            a.year = Some(1 - ya);
            a.era_hijri = Some(false);
        }
    }
    if a.pod.is_none() && a.hour.is_some() {
        if let (Some(pod), Some(h)) = (b.pod, a.hour) {
            if a.hour_ambiguous && h <= 12 {
                // the end's part of the day is the start's too ("من 8 إلى 11 ليلا"), unless
                // it would put the start after the end: "من 9 إلى 5 مساء" runs from 9 in the
                // morning, "من 10 حتى 12 ظهرا" from 10
                let with_pod = pod.hour(h);
                let after_end = b
                    .hour
                    .filter(|_| !b.hour_ambiguous)
                    .is_some_and(|e| with_pod > e && h <= e);
                a.hour = Some(if after_end { h } else { with_pod });
                a.hour_ambiguous = false;
                if !after_end {
                    a.pod = Some(pod);
                }
            } else {
                a.pod = Some(pod);
            }
        }
    }
    a.inherit_date(b);
    let _ = p;
    let ra = resolve(&a, r)?;
    let mut b = b.clone();
    if b.hour.is_some() && a.hour.is_some() {
        b.hour_ambiguous &= a.hour_ambiguous;
    }
    // "من الساعة 8 إلى الساعة العاشرة": an end that is a bare clock hour said on neither clock
    // half is the next such hour from the start (8 read as 20:00 had ended at 10:00 the
    // next morning)
    let mut rb = if b.hour_ambiguous && bare_time(&b) {
        resolve(&b, ra.value)?
    } else {
        resolve(&b, r)?
    };
    // "من الساعة 7 مساء حتى 6 صباحا", "الخميس من 10 ليلا إلى 2 فجرا": a clock time that
    // would end the interval before its start on the same day ends it on the next (a curfew,
    // a night shift); the two had been two mentions, the end's hour on the start's day
    if a.hour.is_some()
        && b.hour.is_some()
        && rb.value <= ra.value
        && rb.value.days() == ra.value.days()
    {
        rb.value = rb.value.add_days(1);
    }
    // "من الأحد إلى الخميس": a weekday end falls after the start
    if b.weekday.is_some() && b.day.is_none() && b.week_rel.is_none() && b.rel_day.is_none() {
        while rb.value < ra.value {
            rb.value = rb.value.add_days(7);
        }
    }
    // "من 25 ديسمبر إلى 2 يناير", "من ديسمبر إلى فبراير": Gregorian months with no year said
    // on either side, the end's month before the start's: the end is in the next year (it gave
    // two dates, the end in the start's year)
    if let (Some(MonthSpec::Abs(ma, false)), Some(MonthSpec::Abs(mb, false))) = (a.month, b.month) {
        let no_year = |f: &Frame| f.year.is_none() && f.year_rel.is_none() && f.month_dir == 0;
        if mb < ma && no_year(&a) && no_year(&b) {
            b.year = Some(ra.value.year + 1);
            rb = resolve(&b, r)?;
        }
    }
    let end = far_end(&rb);
    if end <= ra.value {
        return None;
    }
    Some(Resolved {
        value: ra.value,
        grain: finer(ra.grain, rb.grain),
        end: Some(end),
        calendar: ra.calendar,
        label: ra.label,
    })
}

/// Words naming a stretch of years, after which "من 2015 إلى 2020" is a range of years and not
/// of counts (folded forms).
const PERIOD_WORDS: &[&str] = &["الفتره", "فتره", "السنوات", "سنوات", "الاعوام", "اعوام"];

/// Words after which two consecutive years name one season, school or fiscal year that spans
/// them ("موسم 2023-2024", "العام الدراسي 2023/2024", "السنة المالية 2023-24", and "عام"
/// or "سنة" itself, "لعام 2024/2025", which gave nothing; folded).
const SEASON_YEAR_WORDS: &[&str] = &[
    "موسم",
    "الموسم",
    "عام",
    "العام",
    "سنه",
    "السنه",
    "الدراسي",
    "الدراسيه",
    "الجامعي",
    "الجامعيه",
    "المالي",
    "الماليه",
    "الكروي",
    "الرياضي",
    "الزراعي",
];

/// "موسم 2023-2024": the first of two consecutive years at token `i` after a word of
/// [`SEASON_YEAR_WORDS`], and the index after them. It is given as the two whole years.
fn season_years(p: &Parser<'_>, i: usize) -> Option<(i32, usize)> {
    let prev = p.toks.get(i.checked_sub(1)?)?;
    if prev.kind != Kind::Word || !SEASON_YEAR_WORDS.contains(&prev.norm.as_ref()) {
        return None;
    }
    p.two_years(i)
}

/// "الفترة من 2015 إلى 2020": the years and the end of the mention, when `from` (the token
/// "من") follows a period word and two four-digit years in order follow it.
fn year_pair(p: &Parser<'_>, from: usize) -> Option<(i32, i32, usize)> {
    after_period_word(p, from)?;
    years_joined(p, from + 1)
}

/// "الفترة 2015-2020", "السنوات 2015 - 2020": the two years at token `i` (one token
/// "2015-2020", or a year, a dash or "إلى" and a year), in order, and the index after them,
/// when a period word comes right before (without one, "2015-2020" may be a count or a score).
fn dashed_years(p: &Parser<'_>, i: usize) -> Option<(i32, i32, usize)> {
    after_period_word(p, i)?;
    let Some((a, b)) = p.toks.get(i)?.norm.split_once('-') else {
        return years_joined(p, i);
    };
    let (a, b) = (four_digit_year(a)?, four_digit_year(b)?);
    (a < b).then_some((a, b, i + 1))
}

/// Whether a period word ([`PERIOD_WORDS`]) comes right before token `i`.
fn after_period_word(p: &Parser<'_>, i: usize) -> Option<()> {
    let prev = p.toks.get(i.checked_sub(1)?)?;
    PERIOD_WORDS.contains(&prev.norm.as_ref()).then_some(())
}

/// A year, a separator ("-", "إلى", "حتى") and a later year from token `k`: the two years and
/// the index after them.
fn years_joined(p: &Parser<'_>, k: usize) -> Option<(i32, i32, usize)> {
    let year = |k: usize| {
        p.toks
            .get(k)
            .filter(|t| t.kind == Kind::Digits)
            .and_then(|t| four_digit_year(&t.norm))
    };
    let a = year(k)?;
    if !is_sep(p, k + 1) {
        return None;
    }
    let b = year(k + 2)?;
    (a < b).then_some((a, b, k + 3))
}

/// A year of a range written in four ASCII digits, 1000 to 2200.
fn four_digit_year(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|y| (1000..=2200).contains(y))
}

/// A frame of one year alone (an end of a range of years).
fn year_frame(y: i32) -> Frame {
    Frame {
        year: Some(y),
        ..Frame::default()
    }
}

fn parse_at(p: &Parser<'_>, i: usize, r: CivilDateTime) -> Option<(DateMention, usize)> {
    let toks = p.toks;
    let t = toks.get(i)?;
    match t.w() {
        // "من X إلى Y" (but "شفته من يومين", the spoken "ago", is read as an offset below)
        Some(W::F(Fw::From)) if !p.spoken_ago(i) => {
            if let Some((a, b, e)) = year_pair(p, i) {
                let res = interval(p, year_frame(a), &year_frame(b), r)?;
                return Some((mention(toks, i, e, res)?, e));
            }
            // "من 9 إلى 5 مساء": a bare hour before the separator, a clock time after it
            let (mut a, mut k) = p.frame(i + 1).or_else(|| bare_hour_before_time(p, i + 1))?;
            // "من الأحد 24 إلى الخميس 28 مارس": a weekday and a day of the month with no
            // month, before the separator; the month comes from the end (it gave two dates)
            if bare_weekday(&a) && is_sep(p, k + 1) {
                if let Some(day) = toks
                    .get(k)
                    .filter(|t| t.kind == Kind::Digits)
                    .and_then(|t| t.norm.parse::<u8>().ok())
                    .filter(|d| (1..=31).contains(d))
                {
                    a.day = Some(day);
                    k += 1;
                }
            }
            if is_sep(p, k) {
                if let Some((b, e)) = second_frame(p, &a, k + 1) {
                    if let Some(res) = interval(p, a, &b, r) {
                        return Some((mention(toks, i, e, res)?, e));
                    }
                }
                return None;
            }
            // "من الساعة 8 للساعة 2 الظهر", "من 8 الصبح لـ 2 الظهر", "من الأحد للخميس": the
            // spoken "to" is ل, glued on the end's first word or standing alone; only from a
            // clock time to another or a weekday to another (they were two mentions, the
            // start's hour guessed on its own)
            let alike = |a: &Frame, b: &Frame| {
                (bare_time(a) && bare_time(b)) || (bare_weekday(a) && bare_weekday(b))
            };
            if let Some(k2) = spoken_to(p, k) {
                if let Some((b, e)) = second_frame(p, &a, k2).filter(|(b, _)| alike(&a, b)) {
                    if let Some(res) = interval(p, a.clone(), &b, r) {
                        return Some((mention(toks, i, e, res)?, e));
                    }
                }
            }
            // "من 10 إلى 12 شباط": the range was read inside the frame
            let res = resolve(&a, r)?;
            if res.end.is_some() && a.day_end.is_some() {
                return Some((mention(toks, i, k, res)?, k));
            }
            return None;
        }
        // "بين X و Y"
        Some(W::F(Fw::Between)) => {
            if let Some((f, e)) = p.between_days(i + 1) {
                let res = resolve(&f, r)?;
                return Some((mention(toks, i, e, res)?, e));
            }
            let (a, k) = p.frame(i + 1).or_else(|| bare_hour_before_and(p, i + 1))?;
            let and_k = toks.get(k)?;
            let k2 = if and_k.kind == Kind::Word && and_k.norm == "و" {
                k + 1
            } else if and_k.has_wa() {
                k
            } else {
                return None;
            };
            // a later frame starting with "و" is refused by the element loop; read it bare
            let (b, e) = second_frame_wa(p, &a, k2)?;
            let res = interval(p, a, &b, r)?;
            return Some((mention(toks, i, e, res)?, e));
        }
        // "حتى X": from the reference to X
        Some(W::F(Fw::Until)) => {
            let (b, e) = p.frame(i + 1)?;
            let rb = resolve(&b, r)?;
            let end = if rb.grain >= Grain::Hour {
                rb.value
            } else {
                far_end(&rb)
            };
            if end <= r {
                return None;
            }
            let res = Resolved {
                value: r,
                grain: Grain::Second,
                end: Some(end),
                calendar: rb.calendar,
                label: rb.label,
            };
            return Some((mention(toks, i, e, res)?, e));
        }
        // "قبل عيد الأضحى بيوم", "بعد الانتخابات بأسبوع": units before or after a date
        Some(W::F(dir @ (Fw::Before | Fw::After))) => {
            if let Some(found) = around_date(p, i, dir == Fw::Before, r) {
                return Some(found);
            }
        }
        // "في الفترة 2015-2020": two years joined by a dash, after a period word
        None if t.kind == Kind::Digits => {
            // "في 1 و2 يونيو", "14 و15 و16 مايو": days joined by و before their month, as
            // after "يومي" (it gave the last day alone); not the model number of a name
            // ("المادة 14 و15 يونيو")
            if !p.model_number(i) {
                if let Some(found) = joined_days(p, i, i, r) {
                    return Some(found);
                }
            }
            if let Some((y, e)) = season_years(p, i) {
                let res = interval(p, year_frame(y), &year_frame(y + 1), r)?;
                return Some((mention(toks, i, e, res)?, e));
            }
            if let Some((a, b, e)) = dashed_years(p, i) {
                if let Some(res) = interval(p, year_frame(a), &year_frame(b), r) {
                    return Some((mention(toks, i, e, res)?, e));
                }
            }
        }
        // "يومي 14 و15 مايو": the dual names both days (it gave the second day alone); days
        // in a row are one interval, as "بين 14 و15 مايو" is, and days apart ("يومي 5 و12
        // مايو") dates of their own: the first here, with the month after the last
        Some(W::Unit(Grain::Day, 2, false)) if t.norm == "يومي" => {
            if let Some(found) = joined_days(p, i, i + 1, r) {
                return Some(found);
            }
        }
        // "في الأول والثاني من يونيو": ordinal days joined by و, as digits are (it gave the
        // second alone); not after a definite noun the ordinal describes ("الجزء الأول")
        None if t.num_word && t.kind == Kind::Word && !after_definite_noun(p, i) => {
            if let Some(found) = joined_days(p, i, i, r) {
                return Some(found);
            }
        }
        // "عشية عيد الفطر" (its eve: the day before), "غداة الاستفتاء" (the day after)
        None if eve_morrow(t).is_some() => {
            let days = eve_morrow(t)?;
            let (a, k) = p.frame(i + 1)?;
            if a.offset.is_some() {
                return None;
            }
            let res = resolve::shifted(resolve(&a, r)?, days, Grain::Day);
            return Some((mention(toks, i, k, res)?, k));
        }
        _ => {}
    }
    let (a, k) = p.frame(i)?;
    // "غدا من 9 إلى 5 مساء": a day, then a range of hours that starts with a bare hour (with
    // a part of the day, "من 9 صباحا", the frame reads the start itself)
    if a.hour.is_none()
        && p.toks
            .get(k)
            .is_some_and(|t| matches!(t.w(), Some(W::F(Fw::From))) && t.pre.is_empty())
    {
        if let Some((h, sep)) = bare_hour_before_time(p, k + 1) {
            let mut start = a.clone();
            start.hour = h.hour;
            start.hour_ambiguous = h.hour_ambiguous;
            if let Some((b, e)) = second_frame(p, &start, sep + 1) {
                if let Some(res) = interval(p, start, &b, r) {
                    return Some((mention(toks, i, e, res)?, e));
                }
            }
        }
    }
    // "خلال عامي 2022 و2023": the dual names both years (it gave the first alone)
    if a.dual_year
        && p.toks
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.norm == "و")
    {
        if let Some((b, e)) = second_frame(p, &a, k + 1) {
            if let Some(res) = interval(p, a.clone(), &b, r) {
                return Some((mention(toks, i, e, res)?, e));
            }
        }
    }
    if is_sep(p, k) {
        if let Some((mut b, e)) = second_frame(p, &a, k + 1) {
            // "الأحد - 24 مارس 2024": a dash after a bare weekday sets it beside its date (it
            // made an interval from 1 March)
            if bare_weekday(&a)
                && b.day.is_some()
                && b.weekday.is_none()
                && p.toks.get(k).is_some_and(|t| t.kind == Kind::Punct)
            {
                b.weekday = a.weekday;
                let res = resolve(&b, r);
                return match res {
                    Some(res) => Some((mention(toks, i, e, res)?, e)),
                    None => Some((no_value(toks, i, e, written_calendar(&b))?, e)),
                };
            }
            // "17/03/2024 - 10:45", "17 مارس 2024 - 14:30": a dash between a day and a bare
            // clock time sets the time on that day, as a news timestamp writes it (it made an
            // interval from the day's midnight to the time)
            if a.day.is_some()
                && a.hour.is_none()
                && a.pod.is_none()
                && b.hour.is_some()
                && p.toks.get(k).is_some_and(|t| t.kind == Kind::Punct)
                && p.frame(k + 1).is_some_and(|(own, _)| bare_time(&own))
            {
                if let Some(res) = resolve(&b, r) {
                    return Some((mention(toks, i, e, res)?, e));
                }
            }
            // a clock time alone on one side and no clock time on the other is no interval
            // ("10:30-يناير", "يناير - 10:30", "10:30-الخميس"): it had run from the time to
            // the month's end when the reference fell in that month, and been two mentions
            // otherwise, so the reference changed the spans
            let own = p.frame(k + 1).map(|(f, _)| f);
            let mixed = bare_time(&a) && own.as_ref().is_some_and(|f| f.hour.is_none())
                || a.hour.is_none() && own.as_ref().is_some_and(bare_time);
            if let Some(res) = interval(p, a.clone(), &b, r).filter(|_| !mixed) {
                return Some((mention(toks, i, e, res)?, e));
            }
        }
    }
    // "في اليوم التالي": in narrative "the following day" counts from the event just told,
    // not from the reference: a mention without a value ("الأسبوع التالي" stays next week,
    // as Duckling reads it: a week is said of plans as often as of stories)
    if a.rel_day.is_some()
        && a.day.is_none()
        && a.weekday.is_none()
        && a.month.is_none()
        && a.year.is_none()
        && p.toks.get(i..k).is_some_and(|ts| {
            ts.iter()
                .any(|t| matches!(t.norm.as_ref(), "التالي" | "التاليه"))
        })
    {
        return Some((no_value(toks, i, k, Calendar::Gregorian)?, k));
    }
    let res = resolve(&a, r);
    match res {
        Some(res) => Some((mention(toks, i, k, res)?, k)),
        None => Some((no_value(toks, i, k, written_calendar(&a))?, k)),
    }
}

/// An expression at tokens `i..end` that does not resolve (an impossible date, a weekday that
/// contradicts its date): a mention without a value, in the calendar it is written in.
fn no_value(toks: &[Tok], i: usize, end: usize, calendar: Calendar) -> Option<DateMention> {
    let first = toks.get(i)?;
    let last = toks.get(end.checked_sub(1)?)?;
    Some(DateMention {
        start: first.cstart,
        end: last.end,
        label: DateLabel::Date,
        value: None,
        grain: Grain::Day,
        end_value: None,
        calendar,
    })
}

/// Whether a frame is a weekday alone ("الأحد"), with no date, direction, part of the day or
/// time.
fn bare_weekday(a: &Frame) -> bool {
    let rest = Frame {
        weekday: None,
        ..a.clone()
    };
    a.weekday.is_some()
        && a.wd_mod == 0
        && a.wd_ord.is_none()
        && a.pod.is_none()
        && !rest.anchored()
}

/// The shift in days of a word that names the day before ("عشية", eve) or after ("غداة",
/// morrow) the date after it.
fn eve_morrow(t: &Tok) -> Option<i64> {
    match t.norm.as_ref() {
        "عشيه" if t.kind == Kind::Word => Some(-1),
        "غداه" if t.kind == Kind::Word => Some(1),
        _ => None,
    }
}

/// "قبل X بـN وحدة" / "بعد X بـN وحدة" at token `i` (the preposition): the date X shifted by a
/// count of units written after it with ب ("بيوم", "بيومين", "بثلاثة أيام", "بساعتين"); or
/// "قبل N وحدة من X" ("بعد عام على X"), the count first.
fn around_date(
    p: &Parser<'_>,
    i: usize,
    before: bool,
    r: CivilDateTime,
) -> Option<(DateMention, usize)> {
    let sign = if before { -1 } else { 1 };
    // "قبل أسبوع من عيد الفطر": the count first, then the date after "من"
    if let Some((n, g, k)) = p.duration(i + 1) {
        if p.counted_from(k) {
            let (a, e) = p.frame(k + 1)?;
            if a.offset.is_some() || a.now {
                return None;
            }
            let res = resolve::shifted(resolve(&a, r)?, sign * n, g);
            return Some((mention(p.toks, i, e, res)?, e));
        }
        return None;
    }
    let (a, k) = p.frame(i + 1)?;
    // "قبل يومين" is an offset from the reference, read by the frame itself
    if a.offset.is_some() || p.toks.get(k)?.pre != "ب" {
        return None;
    }
    let (n, g, e) = p.duration(k)?;
    let res = resolve::shifted(resolve(&a, r)?, sign * n, g);
    Some((mention(p.toks, i, e, res)?, e))
}

/// Like [`second_frame`], but the first token may carry the conjunction و ("و2015" is split by
/// the scanner; "والخميس" keeps it as a clitic).
fn second_frame_wa(p: &Parser<'_>, a: &Frame, k: usize) -> Option<(Frame, usize)> {
    second_frame(p, a, k)
}
