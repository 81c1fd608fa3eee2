//! Approximation words around a number (نحو، أكثر من، على الأقل ...) and range frames
//! (من ... إلى، بين ... و). Phrases are matched on folded words; the first word may carry
//! a clitic (وبنحو).

use super::extract::Ctx;
use super::Approx;

/// Phrases that stand before the number.
const BEFORE: &[(&[&str], Approx)] = &[
    (&["ما", "لا", "يقل", "عن"], Approx::AtLeast),
    (&["ما", "لا", "يقل", "علي"], Approx::AtLeast),
    (&["لا", "يقل", "عن"], Approx::AtLeast),
    (&["لا", "تقل", "عن"], Approx::AtLeast),
    (&["علي", "الاقل"], Approx::AtLeast),
    (&["ما", "لا", "يزيد", "عن"], Approx::AtMost),
    (&["ما", "لا", "يزيد", "علي"], Approx::AtMost),
    (&["لا", "يزيد", "عن"], Approx::AtMost),
    (&["لا", "يزيد", "علي"], Approx::AtMost),
    (&["لا", "تزيد", "عن"], Approx::AtMost),
    (&["لا", "تزيد", "علي"], Approx::AtMost),
    (&["ما", "لا", "يتجاوز"], Approx::AtMost),
    (&["لا", "يتجاوز"], Approx::AtMost),
    (&["لا", "تتجاوز"], Approx::AtMost),
    (&["علي", "الاكثر"], Approx::AtMost),
    (&["ما", "يزيد", "علي"], Approx::MoreThan),
    (&["ما", "يزيد", "عن"], Approx::MoreThan),
    (&["يزيد", "علي"], Approx::MoreThan),
    (&["يزيد", "عن"], Approx::MoreThan),
    (&["تزيد", "علي"], Approx::MoreThan),
    (&["تزيد", "عن"], Approx::MoreThan),
    (&["ما", "يربو", "علي"], Approx::MoreThan),
    (&["ما", "يربو", "عن"], Approx::MoreThan),
    (&["يربو", "علي"], Approx::MoreThan),
    (&["ما", "يفوق"], Approx::MoreThan),
    (&["يفوق"], Approx::MoreThan),
    (&["اكثر", "من"], Approx::MoreThan),
    (&["ازيد", "من"], Approx::MoreThan),
    (&["فوق"], Approx::MoreThan),
    (&["ما", "يقل", "عن"], Approx::LessThan),
    (&["اقل", "من"], Approx::LessThan),
    (&["ما", "دون"], Approx::LessThan),
    (&["دون"], Approx::LessThan),
    (&["تحت"], Approx::LessThan),
    (&["ما", "يقارب"], Approx::About),
    (&["ما", "يقرب", "من"], Approx::About),
    (&["يقرب", "من"], Approx::About),
    (&["ما", "يناهز"], Approx::About),
    (&["يناهز"], Approx::About),
    (&["يقارب"], Approx::About),
    (&["تقارب"], Approx::About),
    (&["في", "حدود"], Approx::About),
    (&["بحدود"], Approx::About),
    (&["نحو"], Approx::About),
    (&["حوالي"], Approx::About),
    (&["قرابه"], Approx::About),
    (&["زهاء"], Approx::About),
    (&["تقريبا"], Approx::About),
];

/// Phrases that follow the number (and its unit).
const AFTER: &[(&[&str], Approx)] = &[
    (&["تقريبا"], Approx::About),
    (&["علي", "الاقل"], Approx::AtLeast),
    (&["علي", "الاكثر"], Approx::AtMost),
    (&["فاكثر"], Approx::AtLeast),
    (&["او", "اكثر"], Approx::AtLeast),
    (&["فما", "فوق"], Approx::AtLeast),
    (&["وما", "فوق"], Approx::AtLeast),
    (&["فاقل"], Approx::AtMost),
    (&["او", "اقل"], Approx::AtMost),
];

/// Clitics the first word of a phrase may carry (folded), with the letters to cut.
const CLITICS: &[(&str, usize)] = &[
    ("", 0),
    ("و", 1),
    ("ف", 1),
    ("ب", 1),
    ("وب", 2),
    ("ل", 1),
    ("ول", 2),
];

/// Matches `word` against `target` allowing a leading clitic; returns letters to cut.
pub(crate) fn match_first(word: &str, target: &str) -> Option<usize> {
    // the word is a clitic + the target: one suffix test, then the clitic looked up
    let clitic = word.strip_suffix(target)?;
    CLITICS
        .iter()
        .find(|&&(c, _)| c == clitic)
        .map(|&(_, cut)| cut)
}

/// An approximation phrase ending just before token `end_excl` (and not before `min`):
/// returns (its byte start, its first token, the approximation).
pub(crate) fn approx_before(
    ctx: &Ctx<'_>,
    end_excl: usize,
    min: usize,
) -> Option<(usize, usize, Approx)> {
    let last_word = end_excl.checked_sub(1).and_then(|i| ctx.word(i));
    'phrases: for &(words, a) in BEFORE {
        let k = words.len();
        if end_excl < k || end_excl - k < min {
            continue;
        }
        // the word right before the number first: one comparison turns most phrases away
        if k > 1 && words.last().copied() != last_word {
            continue;
        }
        let first = end_excl - k;
        for (off, w) in words.iter().enumerate() {
            let Some(tw) = ctx.word(first + off) else {
                continue 'phrases;
            };
            if off == 0 {
                let Some(cut) = match_first(tw, w) else {
                    continue 'phrases;
                };
                // بدون / من دون mean "without", not "under".
                if *w == "دون" && (cut > 0 || (first > 0 && ctx.word(first - 1) == Some("من")))
                {
                    continue 'phrases;
                }
                let start = ctx.cut_start(first, cut);
                // check the rest
                let rest_ok = words
                    .iter()
                    .enumerate()
                    .skip(1)
                    .all(|(o, w2)| ctx.word(first + o) == Some(*w2));
                if rest_ok {
                    return Some((start, first, a));
                }
                continue 'phrases;
            }
            let _ = tw;
        }
    }
    None
}

/// An approximation phrase starting at token `i`: returns (last token, byte end, approx).
pub(crate) fn approx_after(ctx: &Ctx<'_>, i: usize) -> Option<(usize, usize, Approx)> {
    'phrases: for &(words, a) in AFTER {
        for (off, w) in words.iter().enumerate() {
            if ctx.word(i + off) != Some(*w) {
                continue 'phrases;
            }
        }
        let last = i + words.len() - 1;
        return Some((last, ctx.tok(last)?.end, a));
    }
    None
}

/// The range frame before token `i`: "من" or "بين"/"ما بين" (first word may carry a
/// clitic). Returns (byte start, first token, is_between).
pub(crate) fn frame_before(ctx: &Ctx<'_>, i: usize, min: usize) -> Option<(usize, usize, bool)> {
    if i == 0 || i - 1 < min {
        return None;
    }
    let w = ctx.word(i - 1)?;
    if let Some(cut) = match_first(w, "من") {
        return Some((ctx.cut_start(i - 1, cut), i - 1, false));
    }
    if let Some(cut) = match_first(w, "بين") {
        if i >= 2 && i - 2 >= min && ctx.word(i - 2) == Some("ما") {
            let s = ctx.tok(i - 2)?.start;
            return Some((s, i - 2, true));
        }
        if i >= 2 && i - 2 >= min {
            if let Some(w2) = ctx.word(i - 2) {
                if let Some(cut2) = match_first(w2, "ما") {
                    if cut2 > 0 {
                        return Some((ctx.cut_start(i - 2, cut2), i - 2, true));
                    }
                }
            }
        }
        return Some((ctx.cut_start(i - 1, cut), i - 1, true));
    }
    None
}
