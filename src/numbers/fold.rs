//! Letter folding for matching number words: one char in, zero or one char out, so that a
//! position in a folded word maps back to the original by a forward walk.
//!
//! This is the "search" folding restricted to what number words need (diacritics and tatweel
//! dropped; alef, alef maqsura, teh marbuta and hamza seats unified; Persian letter variants).

/// Folds one character of an Arabic word; `None` means the character is dropped.
#[inline]
pub(crate) fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' | 'ئ' | 'ی' | 'ې' => Some('ي'),
        'ة' | 'ۀ' | 'ە' => Some('ه'),
        'ؤ' => Some('و'),
        'ک' => Some('ك'),
        'ڤ' => Some('ف'),
        'گ' => Some('ك'),
        _ => Some(c),
    }
}

/// True for characters that belong inside an Arabic word (letters, marks, tatweel).
#[inline]
pub(crate) fn is_arabic_word_char(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{065F}' | '\u{0670}'..='\u{06D3}' | '\u{06D5}'..='\u{06ED}'
        | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
        && !matches!(c, '\u{0660}'..='\u{066D}')
}

/// The value of a digit in any of the three scripts.
#[inline]
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Appends the folded form of `word` to `out`.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        if let Some(f) = fold_char(c) {
            out.push(f);
        }
    }
}

/// Folds a whole word into a new string.
pub(crate) fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_into(word, &mut s);
    s
}

/// The byte offset in `word` (original text) just after the first `n` folded characters,
/// with any dropped characters (tatweel, marks) that follow them skipped too. Used to cut
/// a clitic prefix off a span: `orig_offset_after("وبـثلاثة", 2)` lands on "ثلاثة".
pub(crate) fn orig_offset_after(word: &str, n: usize) -> usize {
    let mut seen = 0usize;
    for (i, c) in word.char_indices() {
        let kept = fold_char(c).is_some();
        if kept {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    word.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_table() {
        let cases: &[(&str, &str)] = &[
            ("أربعة", "اربعه"),
            ("إحدى", "احدي"),
            ("ثَلَاثَةٌ", "ثلاثه"),
            ("مِئَتَيْن", "ميتين"),
            ("آلاف", "الاف"),
            ("الـ", "ال"),
            ("مؤتمر", "موتمر"),
            ("", ""),
        ];
        for (inp, exp) in cases {
            assert_eq!(fold(inp), *exp, "fold({inp})");
        }
    }

    #[test]
    fn offsets_after_prefix() {
        let w = "وبـثلاثة";
        let off = orig_offset_after(w, 2);
        assert_eq!(&w[off..], "ثلاثة");
        let w = "وَبِثلاثة";
        assert_eq!(&w[orig_offset_after(w, 2)..], "ثلاثة");
        assert_eq!(orig_offset_after("ab", 5), 2);
        assert_eq!(orig_offset_after("ثلاثة", 0), 0);
    }

    #[test]
    fn digits_in_three_scripts() {
        assert_eq!(digit_value('7'), Some(7));
        assert_eq!(digit_value('٧'), Some(7));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('a'), None);
        assert!(is_arabic_word_char('ث'));
        assert!(!is_arabic_word_char('٣'));
        assert!(!is_arabic_word_char('،'));
    }
}
