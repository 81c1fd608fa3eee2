//! What several rules ask of a word or a token: is it glued to a particle, a defined noun, a
//! nisba of a listed place, an ordinary noun rather than a name, a transliterated name, a quote?

use crate::entities::text::{Analysis, Kind};

/// Particles, prepositions and verbs of saying that end a name rather than continue it (folded).
pub(in crate::entities) const NOT_A_NAME: &[&str] = &[
    "ان", "قد", "في", "من", "علي", "عن", "الي", "مع", "ثم", "قال", "اكد", "اعلن", "اوضح", "اشار",
    "ذكر", "صرح", "اضاف", "يقول", "يوكد", "لم", "لن", "لا", "ما", "كان", "كانت",
];

/// Does token `i` carry a conjunction or preposition that ends a name before it: a particle
/// of [`NOT_A_NAME`] behind one ("بأن", "وأن", "لأن", "فإن"), ل on the article ("للصحفيين",
/// even where the whole word is listed; not "بال", "وال": "بالاك", "والتر"), or any clitic the
/// stripper or the segmenter finds?
pub(super) fn glued(text: &str, a: &Analysis, i: usize) -> bool {
    let w = a.word(i);
    ["و", "ف", "ب", "ل"]
        .iter()
        .any(|c| w.strip_prefix(c).is_some_and(|r| NOT_A_NAME.contains(&r)))
        || w.starts_with("لل")
        || a.toks
            .get(i)
            .is_some_and(|t| a.stem_start(text, i) > t.start)
}

/// Does token `j` carry a conjunction "و" that the stripper cut off ("وتعز")?
pub(super) fn glued_and(a: &Analysis, j: usize) -> bool {
    a.word(j).starts_with('و') && a.toks.get(j).is_some_and(|t| t.nclitic > 0)
}

/// `w` (folded) without one leading "و" or "ف" or "ل" or "ب", when the rest is in `list`.
pub(super) fn behind_clitic<'a>(w: &'a str, list: &[&str]) -> Option<&'a str> {
    // (the four are two-byte letters, و ف ل ب: one match on the first two bytes; asked of
    // every token by several rules)
    let rest = match w.as_bytes() {
        [0xD9, 0x88 | 0x81 | 0x84, ..] | [0xD8, 0xA8, ..] => w.get(2..)?,
        _ => return None,
    };
    list.contains(&rest).then_some(rest)
}

/// Is token `x` a defined noun of three letters or more after the article, with no clitic
/// ("الصحة" of "وزارة الصحة", "السوق" of "هيئة السوق المالية")?
pub(super) fn defined_noun(a: &Analysis, x: usize) -> bool {
    let w = a.canon(x);
    w.starts_with("ال") && w.chars().count() >= 4 && a.toks.get(x).is_some_and(|k| k.nclitic == 0)
}

/// A sound masculine or feminine plural ending ("الصحفيين", "المعلمون", "الشركات").
pub(super) fn is_sound_plural(w: &str) -> bool {
    ["ين", "ون", "ات"].iter().any(|e| w.ends_with(e))
}

/// Is token `i` an indefinite noun in the accusative, written with the alef of its tanwin
/// ("مصنعا", "شاعرا", "جيشا": the word without the alef is a dictionary word)? Such a word
/// follows a name ("افتتحت شركة نوفاترك مصنعا") but is never part of one.
pub(in crate::entities) fn accusative_noun(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        let w = text.get(t.start..t.end).unwrap_or("");
        t.nclitic == 0
            && t.hint & 3 == 0
            && w.chars().count() >= 4
            && w.strip_suffix('ا')
                .or_else(|| w.strip_suffix("اً"))
                .or_else(|| w.strip_suffix("ًا"))
                .and_then(crate::segment::word_entry)
                .is_some_and(|e| e.is_dictionary_word())
    })
}

/// Is token `i`'s word (clitics left out) a very frequent one, Zipf 5 and above ("النادي",
/// "البيت")? Such a word found once as a name is no name elsewhere in the text.
pub(in crate::entities) fn very_frequent(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        text.get(a.stem_start(text, i)..t.end)
            .and_then(crate::segment::word_entry)
            .is_some_and(|e| e.zipf10 >= 50)
    })
}

/// Whether token `i`, right after an indefinite place head, reads as an adjective agreeing
/// with it rather than as the place's name: a nisba ("مدينة تاريخية"; "-ية" of a word the
/// lists know, or "-ي" of a dictionary word: "نهر موسمي") or a frequent word (Zipf >= 3)
/// ending in teh marbuta in an adjective's pattern: a participle (مُفعَلة "مقدسة", فاعلة "عائمة", "جافة") or فعيلة
/// ("جديدة"). Not another shape: "منطقة خزاعة" is a town, and the listed towns ("مدينة جدة")
/// never get here.
pub(super) fn agreeing_adjective(text: &str, a: &Analysis, i: usize) -> bool {
    let w = a.canon(i);
    // (folded: teh marbuta is ه, so the nisba is "يه"; four letters at least)
    if w.len() < 8 || !(w.ends_with('ه') || w.ends_with('ي')) {
        return false;
    }
    let surface = a.written(text, i).unwrap_or("");
    let entry = crate::segment::word_entry(surface);
    // (a nisba the word lists know: the dictionary's, a frequent word, or the dictionary's
    // stem with "-ية"; "مليلية", Melilla, is none of them)
    let known_nisba = || {
        entry.is_some_and(|e| e.is_dictionary_word() || e.zipf10 >= 30)
            || surface
                .strip_suffix("ية")
                .or_else(|| surface.strip_suffix("يه"))
                .and_then(crate::segment::word_entry)
                .is_some_and(|e| e.is_dictionary_word())
    };
    w.ends_with("يه") && known_nisba()
        || entry.is_some_and(|e| {
            if w.ends_with('ه') {
                let c: Vec<char> = w.chars().collect();
                let pattern = c.first() == Some(&'م')
                    || c.get(1) == Some(&'ا')
                    || (c.len() == 5 && c.get(2) == Some(&'ي'));
                e.zipf10 >= 30 && pattern
            } else {
                e.is_dictionary_word()
            }
        })
}

/// Is `w` (folded, "ال" + a stem + "ي" or "يه") the nisba of a listed one-word place: the
/// stem alone, with the article, or with "ا" or "يا" after it ("الكولومبيه": "كولومبيا";
/// "المصري": "مصر"; "العراقيه": "العراق"; "السوريه": "سوريا")?
pub(in crate::entities) fn place_of_nisba(w: &str) -> bool {
    let Some(stem) = w
        .strip_prefix("ال")
        .and_then(|r| r.strip_suffix("يه").or_else(|| r.strip_suffix('ي')))
        .filter(|r| r.chars().count() >= 2)
    else {
        return false;
    };
    let g = crate::entities::builtin_gazetteer();
    let place = |x: &str| {
        g.word(x)
            .is_some_and(|h| h & crate::entities::gazetteer::PLACE_BIT != 0)
    };
    place(stem)
        || place(&format!("ال{stem}"))
        || place(&format!("{stem}ا"))
        || place(&format!("{stem}يا"))
}

/// Is `w` (as written, with the article or without) an ordinary noun rather than a name? The
/// dictionary has it (either form), and wordfreq counts it about as often with the article as
/// without ("الخبر"/"خبر", "القصر"/"قصر"), where a name keeps to one form ("الدمام" 4.2 against
/// "دمام" 2.0, "تعز" with no "التعز").
pub(in crate::entities) fn ordinary_noun(w: &str) -> bool {
    let entry = |w: &str| crate::segment::word_entry(w);
    let zipf = |w: &str| entry(w).map_or(0, |e| i32::from(e.zipf10));
    let dictionary = |w: &str| entry(w).is_some_and(|e| e.is_dictionary_word());
    let (other, bare) = match w.strip_prefix("ال") {
        Some(bare) => (zipf(bare), bare),
        None => (zipf(&format!("ال{w}")), w),
    };
    (dictionary(w) || dictionary(bare)) && other + 10 > zipf(w)
}

/// Does token `k` read as a transliterated name: an Arabic word of four letters or more with no
/// clitic, the article or a feminine nisba ending, in none of the hint lists of `lists` (bits
/// of [`crate::entities::gazetteer::hint_bit`]), no dictionary word and not frequent, nor a
/// dictionary word with a pronoun ("مجموعة حواراته")?
pub(super) fn transliterated(text: &str, a: &Analysis, k: usize, lists: u16) -> bool {
    let Some(t) = a.toks.get(k) else {
        return false;
    };
    let dictionary =
        |x: &str| crate::segment::word_entry(x).is_some_and(|e| e.is_dictionary_word());
    t.kind == Kind::Arabic
        && t.nclitic == 0
        && t.hint & lists == 0
        && a.canon(k).chars().count() >= 4
        && !a.canon(k).starts_with("ال")
        && !a.canon(k).ends_with("يه")
        && text.get(t.start..t.end).is_some_and(|w| {
            crate::segment::word_entry(w).is_none_or(|e| !e.is_dictionary_word() && e.zipf10 < 30)
                && crate::segment::segment_word(w).is_ok_and(|s| {
                    s.suffixes
                        .first()
                        .is_none_or(|&(from, _)| w.get(..from).is_none_or(|x| !dictionary(x)))
                })
        })
}

/// Is token `i` a quotation mark (of a name or a title in quotes)?
pub(super) fn quote(a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|k| k.kind == Kind::Punct)
        && matches!(a.word(i), "\"" | "«" | "»" | "“" | "”" | "'")
}

/// Is token `i` a word, Arabic or Latin?
pub(super) fn wordlike(a: &Analysis, i: usize) -> bool {
    a.toks
        .get(i)
        .is_some_and(|k| matches!(k.kind, Kind::Arabic | Kind::Latin))
}
