//! Whoever speaks: a headline's speaker before a colon, a spokesperson after what they speak
//! for, the one or two words between a verb of saying and "أن".

use super::words::{accusative_noun, glued, ordinary_noun, very_frequent, NOT_A_NAME};
use super::{found_from, is_free, take_over, Context};
use crate::entities::text::{Analysis, Kind};
use crate::entities::{is_nisba, Cand, Label, Source, FUNCTION_WORDS};

/// The name words that open a line before a colon are the speaker of what follows.
///
/// A headline's speaker: one or two name words at the start of a line (or after "|", or
/// "عاجل:") before a colon and what they said: "نتنياهو: لن نوقف الحرب". Not an ordinary
/// word, a listed place or organisation, a title, a verb or a kind of post ("فيديو:");
/// with the article only a listed person-name word that is not very frequent ("السيسي:",
/// not "الخارجية:" or "الجيش:").
pub(super) fn headline_speakers(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (text, a) = (cx.text, cx.a);
    let n = a.toks.len();
    let speaker_word = |i: usize| {
        let w = a.canon(i);
        let surface = a.written(text, i).unwrap_or("");
        let entry = crate::segment::word_entry(surface);
        let plain = a
            .toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Arabic && t.nclitic == 0 && t.hint & 4 == 0)
            // (nor a clitic the segmenter sees: "بلينكن" would lose its ب)
            && a.toks.get(i).is_some_and(|t| a.stem_start(text, i) == t.start)
            && !cx.common.get(i).copied().unwrap_or(true)
            && !cx.title_end.get(i).copied().unwrap_or(false)
            && w.chars().count() >= 3
            && !FUNCTION_WORDS.contains(&w)
            && !crate::entities::DIALECT_STARTS.contains(&w)
            && !HEADLINE_KINDS.contains(&w)
            // (nor a number word or an adverb of the accusative: "رابعاً: ...")
            && !crate::numbers::number_word(w)
            && !accusative_noun(text, a, i)
            && entry.is_none_or(|e| !e.is_verb());
        let name = match w.strip_prefix("ال") {
            Some(rest) => {
                crate::entities::builtin_gazetteer()
                    .word(rest)
                    .is_some_and(|h| h & 1 != 0 && h & 4 == 0)
                    && !very_frequent(text, a, i)
            }
            None => {
                a.toks.get(i).is_some_and(|t| t.hint & 3 != 0)
                    || entry.is_none_or(|e| !e.is_dictionary_word())
            }
        };
        plain && name
    };
    let punct = |i: usize, p: &[&str]| {
        a.toks.get(i).is_some_and(|t| t.kind == Kind::Punct) && p.contains(&a.word(i))
    };
    let line_start = |i: usize| {
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        let gap = a
            .toks
            .get(p)
            .zip(a.toks.get(i))
            .and_then(|(x, y)| text.get(x.end..y.start))
            .unwrap_or("");
        gap.contains('\n')
            || punct(p, &["|", "•"])
            || punct(p, &[":", "-", "|"]) && p.checked_sub(1).is_some_and(|q| a.canon(q) == "عاجل")
    };
    for s0 in 0..n {
        let Some(colon) = (s0 + 1..(s0 + 3).min(n)).find(|&j| punct(j, &[":"])) else {
            continue;
        };
        if colon + 1 < n
            && line_start(s0)
            && (s0..colon).all(|i| is_free(taken, i) && speaker_word(i))
        {
            take_over(
                taken,
                cands,
                Cand::new(s0, colon - 1, Label::Per, Source::Rule),
            );
        }
    }
}

/// Kinds of post or news item that head a line before a colon (folded): "فيديو: ...",
/// "إنفوجراف: ..."; no speaker. (Most are dictionary words, which a speaker never is; these
/// are the loanwords.)
pub(in crate::entities) const HEADLINE_KINDS: &[&str] = &[
    "فيديو",
    "انفوجراف",
    "انفوغراف",
    "انفوجرافيك",
    "فيديوجراف",
    "بودكاست",
    "لايف",
    "ترند",
    "تريند",
    "بث",
    "مباشر",
    "عاجل",
    "حصري",
    "تحديث",
    "ستوري",
    "بوست",
    "تويت",
    "تغريده",
];

/// "المتحدث باسم" and its kin (folded forms): the name follows what they speak for.
pub(in crate::entities) const SPEAKS_FOR: &[&str] = &["المتحدث", "الناطق", "المتحدثه", "الناطقه"];

/// A spokesperson's name follows what they speak for ("المتحدث باسم ...").
///
/// "المتحدث باسم وزارة الصحة أشرف القدرة": a spokesperson's name comes after what they speak
/// for; it starts with a listed first name and runs on over one or two more words.
pub(super) fn spokespersons(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (text, a, n_user) = (cx.text, cx.a, cx.n_user);
    let n = a.toks.len();
    for t in 0..n.saturating_sub(3) {
        if !SPEAKS_FOR.contains(&a.canon(t)) {
            continue;
        }
        // (one or two nisba adjectives may come between: "المتحدث العسكري باسم الجماعة",
        // "الناطق الرسمي باسم الحكومة")
        let Some(b) = (t + 1..(t + 4).min(n))
            .take_while(|&j| a.canon(j) == "باسم" || is_nisba(a.canon(j)))
            .find(|&j| a.canon(j) == "باسم")
        else {
            continue;
        };
        // a listed first name, also when it names a place too ("أشرف")
        let first_name = |i: usize| {
            a.toks
                .get(i)
                .is_some_and(|x| x.hint & 3 != 0 && x.hint & 4 == 0 && x.nclitic == 0)
        };
        // (free, or a person of that one word the tagger found: it may have stopped there)
        let lone_person = |i: usize| {
            found_from(taken, cands, n_user, i, Label::Per)
                .filter(|&k| cands.get(k).is_some_and(|c| c.last == i))
        };
        let Some(first) = (b + 2..(b + 8).min(n))
            .find(|&i| (is_free(taken, i) || lone_person(i).is_some()) && first_name(i))
        else {
            continue;
        };
        let found = lone_person(first);
        // what lies between is the organisation: words, no particle or verb ("باسم الجيش إن محمد")
        if (b + 1..first).any(|i| {
            a.toks.get(i).is_some_and(|x| x.kind != Kind::Arabic)
                || NOT_A_NAME.contains(&a.canon(i))
        }) {
            continue;
        }
        let mut last = first;
        while last + 1 < n
            && last < first + 2
            && is_free(taken, last + 1)
            && a.toks
                .get(last + 1)
                .is_some_and(|x| x.kind == Kind::Arabic && x.nclitic == 0)
            && !NOT_A_NAME.contains(&a.canon(last + 1))
            && !FUNCTION_WORDS.contains(&a.word(last + 1))
            && !cx.title_end.get(last + 1).copied().unwrap_or(false)
            // (nor a particle behind a clitic, "بأن", nor a word with a clitic, "للصحفيين")
            && !glued(text, a, last + 1)
            // (nor an ordinary word of the dictionary that no name list holds: "أفيخاي أدرعي
            // مقتل جنديين", the object of the verb; unless what was said begins right after
            // it, "يحيى سريع إن ...", or the sentence ends)
            && (!plain_noun(text, a, last + 1)
                || a.canon(last + 2) == "ان"
                || a.toks.get(last + 2).is_some_and(|x| x.kind == Kind::Punct))
        {
            last += 1;
        }
        if last > first {
            let k = found.unwrap_or(cands.len());
            for x in taken.iter_mut().take(last + 1).skip(first) {
                *x = Some(k);
            }
            match found.and_then(|k| cands.get_mut(k)) {
                Some(c) => c.last = last,
                None => cands.push(Cand::new(first, last, Label::Per, Source::Rule)),
            }
        }
    }
}

/// Is token `i` an ordinary word of the dictionary (a hunspell-ar stem or its inflection)
/// that is in no person-name list: "مقتل", "وصول". Such a word after a name is no part of it.
fn plain_noun(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        t.hint & 3 == 0
            && text
                .get(t.start..t.end)
                .and_then(crate::segment::word_entry)
                .is_some_and(|e| e.is_dictionary_word())
    })
}

/// The one or two words between a verb of saying and the "أن" it introduces, or between "عن"
/// and "قوله", are the speaker ("وأضاف أنغو أن", "وقال سيد ليلاز إن", "نقلت الوكالة عن
/// ستانيشيف قوله"), when they read as a name: no clitic, no common or dictionary word unless a
/// listed first name that is not frequent ("وقال رمضان إن"; not "وقال مسؤولون إن", "وقال
/// البيان إن"), no number word, no particle. Where the tagger or a list found anything there,
/// it stands.
pub(super) fn after_verbs_of_saying(
    text: &str,
    a: &Analysis,
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
) {
    let name_like = |taken: &[Option<usize>], x: usize, first: bool| {
        let Some(t) = a.toks.get(x) else {
            return false;
        };
        let w = a.canon(x);
        let surface = text.get(t.start..t.end).unwrap_or("");
        let entry = crate::segment::word_entry(surface);
        // a listed first name (not a frequent word: "بين"), or a word no dictionary has
        let named = t.hint & 1 != 0 && entry.is_none_or(|e| e.zipf10 < 50 && !e.is_verb());
        let unknown =
            t.hint & 4 == 0 && entry.is_none_or(|e| !e.is_dictionary_word() && e.zipf10 < 30);
        t.kind == Kind::Arabic
            && t.nclitic == 0
            && taken.get(x).is_some_and(|k| k.is_none())
            && w.chars().count() >= 2
            && !(first && w.starts_with("ال"))
            && !is_nisba(w)
            && !FUNCTION_WORDS.contains(&a.word(x))
            && !NOT_A_NAME.contains(&w)
            && !crate::numbers::number_word(w)
            && (named || unknown && !ordinary_noun(surface))
            && crate::segment::segment_word(surface).is_ok_and(|s| s.suffixes.is_empty())
    };
    for i in 0..a.toks.len() {
        let opens = crate::entities::speech_verb(a, i);
        let about = a.canon(i) == "عن";
        if !opens && !about {
            continue;
        }
        for n in 1..=2 {
            let c = i + 1 + n;
            let closes = if opens {
                matches!(a.canon(c), "ان" | "انه" | "انها")
            } else {
                matches!(a.canon(c), "قوله" | "قولها")
            };
            if closes && (i + 1..c).all(|x| name_like(taken, x, x == i + 1)) {
                take_over(
                    taken,
                    cands,
                    Cand::new(i + 1, c - 1, Label::Per, Source::Rule),
                );
                break;
            }
        }
    }
}
