//! Character classes the tokenizer needs.

use unicode_properties::{GeneralCategoryGroup, UnicodeEmoji, UnicodeGeneralCategory};

pub(crate) use crate::normalize::is_arabic_letter;

/// Arabic combining marks (harakat, Quranic marks), the Quranic small waw and small yeh
/// (U+06E5, U+06E6: modifier letters in Unicode, written on a word like a harakah: "لَهُۥ") and
/// tatweel: they belong inside a word.
#[inline]
pub(crate) fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC
        | 0x06DF..=0x06E8 | 0x06EA..=0x06ED | 0x08CA..=0x08E1 | 0x08E3..=0x08FF | 0x0640)
}

/// A digit of any of the three scripts we read: ASCII, Arabic-Indic, Persian.
#[inline]
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c as u32, 0x0660..=0x0669 | 0x06F0..=0x06F9)
}

/// Separators that may sit between digits inside one number: `.` `,` `٫` `٬`.
#[inline]
pub(crate) fn is_digit_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}')
}

/// Latin-script letters (incl. Latin-1, Extended-A/B, Additional, fullwidth).
#[inline]
pub(crate) fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF
            | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A)
            && c.is_alphabetic())
}

/// Any combining mark.
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    (c as u32) >= 0x300 && c.general_category_group() == GeneralCategoryGroup::Mark
}

/// Characters that are never part of a token: whitespace, controls, invisible format
/// characters. The prepended concatenation marks (U+0600–U+0605, the end-of-ayah sign U+06DD,
/// U+070F, U+08E2) are format characters too, but visible signs: they are tokens.
#[inline]
pub(crate) fn is_skipped(c: char) -> bool {
    if c.is_whitespace() || c.is_control() {
        return true;
    }
    (c as u32) >= 0xAD
        && c.general_category() == unicode_properties::GeneralCategory::Format
        && !matches!(c as u32, 0x0600..=0x0605 | 0x06DD | 0x070F | 0x08E2)
}

/// Can `c` start an emoji token? (`next` is the character after it.)
#[inline]
pub(crate) fn starts_emoji(c: char, next: Option<char>) -> bool {
    let u = c as u32;
    if u < 0xA9 {
        return false;
    }
    if is_regional_indicator(c) {
        return true;
    }
    c.is_emoji_char()
        && (u >= 0x1F000
            || matches!(u, 0x2300..=0x23FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2934..=0x2935 | 0x3030 | 0x303D | 0x3297 | 0x3299)
            || next == Some('\u{FE0F}'))
}

/// Characters that continue an emoji sequence after its base (modifiers, selectors, tags, keycap).
#[inline]
pub(crate) fn continues_emoji(c: char) -> bool {
    matches!(c as u32, 0xFE0E | 0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0x20E3)
}

/// Regional indicator symbols (two make a flag).
#[inline]
pub(crate) fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

/// Is `c` punctuation (as opposed to a symbol)? `%`, `٪`, `‰`, `؉`, `؊`, `#`, `@`, `&`, `*`, `٭`
/// count as symbols.
#[inline]
pub(crate) fn is_punct(c: char) -> bool {
    if matches!(
        c,
        '%' | '\u{066A}' | '‰' | '\u{0609}' | '\u{060A}' | '#' | '@' | '&' | '*' | '\u{066D}'
    ) {
        return false;
    }
    c.general_category_group() == GeneralCategoryGroup::Punctuation
}

/// Word characters of hashtags and mentions.
#[inline]
pub(crate) fn is_tag_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric() || is_arabic_mark(c) || c == '\u{200C}'
}

/// Invisible characters that join the parts of one word when they stand between its letters:
/// ZWNJ and ZWJ (Persian and Urdu spell with them: "می\u{200C}خواهم"), the soft hyphen that
/// marks where a word may break across lines (U+00AD, common in text from web pages and
/// PDFs), and the word joiners U+2060 and U+FEFF, which forbid a break. The normalizer drops
/// all of them but ZWNJ, so the word they are in is one token, not two.
#[inline]
pub(crate) fn is_word_joiner(c: char) -> bool {
    matches!(
        c,
        '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{2060}' | '\u{FEFF}'
    )
}
