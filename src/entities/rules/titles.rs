//! People named after a title: "الرئيس العراقي جلال طالباني", and the surname that the tagger
//! left out after a titled first name.

use super::words::defined_noun;
use super::{extend_to, is_free, Context};
use crate::entities::gazetteer::List;
use crate::entities::text::{Analysis, Kind};
use crate::entities::{is_nisba, Cand, Label, Source};

/// The name words after a title are a person, the title outside: a title says that a name follows.
///
/// Between them may stand the place or body the title is of, nisba adjectives or an
/// ordinal: "الرئيس العراقي جلال طالباني", "رئيس إقليم كردستان نيجيرفان بارزاني".
pub(super) fn names_after_titles(cx: &Context, taken: &mut [Option<usize>], cands: &mut Vec<Cand>) {
    let (text, a, gaz, n_user) = (cx.text, cx.a, cx.gaz, cx.n_user);
    let n = a.toks.len();
    for t in 0..n {
        if !cx.title_end.get(t).copied().unwrap_or(false) {
            continue;
        }
        let mut first = t + 1;
        // a place or body the title is of comes before the name, a head word before it too:
        // "رئيس إقليم كردستان نيجيرفان بارزاني", "زعيم حزب الله حسن نصر الله"
        let place_or_body = |i: usize| {
            taken
                .get(i)
                .copied()
                .flatten()
                .and_then(|k| cands.get(k))
                .filter(|c| !c.dead && c.first == i && matches!(c.label, Label::Loc | Label::Org))
                .map(|c| c.last)
        };
        let head = |i: usize| {
            crate::entities::ends_at(gaz, i, |m| {
                m.first == i && matches!(m.list, List::TrigLoc | List::TrigOrg)
            })
        };
        // or a body named by a defined noun and its nisba: "زعيم التيار الصدري مقتدى الصدر"
        let described_body = |i: usize| {
            let nisba = a.canon(i + 1);
            (is_free(taken, i)
                && is_free(taken, i + 1)
                && defined_noun(a, i)
                && !is_nisba(a.canon(i))
                && nisba.starts_with("ال")
                && is_nisba(nisba)
                && a.toks.get(i + 1).is_some_and(|t| t.nclitic == 0))
            .then_some(i + 1)
        };
        let after_complement = place_or_body(first)
            .or_else(|| head(first).then(|| place_or_body(first + 1)).flatten())
            .or_else(|| described_body(first));
        if let Some(e) = after_complement {
            first = e + 1;
        }
        // "الرئيس العراقي جلال طالباني": a nisba adjective after the title is not the name,
        // nor an ordinal ("الخليفة الثالث عثمان بن عفان")
        while first < n
            && first <= t + 2
            && (is_nisba(a.canon(first)) || crate::entities::REGNAL.contains(&a.canon(first)))
        {
            first += 1;
        }
        let mut last = first;
        // ("الوزيرة نادية فتاح العلوي": the ordinary word is the first name when a name word
        // follows it)
        // (not a frequent word: "المدرب على محمد صلاح", "الفريق أول عبد الفتاح"; looked up
        // only here, after a title; but "علي" spelled with its dots is the name there: "المرجع
        // علي السيستاني")
        let first_surface = a.written(text, first);
        if cx.common_name.get(first).copied().unwrap_or(false)
            && is_free(taken, first)
            && cx.per_word.get(first + 1).copied().unwrap_or(false)
            && (first_surface == Some("علي")
                || first_surface
                    .and_then(crate::segment::word_entry)
                    .is_none_or(|e| e.zipf10 < 45))
        {
            last += 1;
        } else if is_free(taken, first)
            && cx.per_word.get(first + 1).copied().unwrap_or(false)
            && unlisted_rare_word(text, a, first)
            && !cx.common.get(first).copied().unwrap_or(true)
        {
            // a word in no list and no dictionary, rare, before a name word: the first name
            // ("الكاتبة العمانية جوخة الحارثي")
            last += 1;
        }
        // (after a title and the place or body it is of, a transliterated name is made of
        // words no list has, two of them at least, or one before a name word: "رئيس إقليم
        // كردستان نيجيرفان بارزاني", "زعيم التيار الصدري مقتدى الصدر")
        let unlisted = |i: usize| {
            after_complement.is_some()
                && unlisted_rare_word(text, a, i)
                && !cx.common.get(i).copied().unwrap_or(true)
        };
        while last < n
            && last < first + 4
            && is_free(taken, last)
            && (cx.per_word.get(last).copied().unwrap_or(false)
                || unlisted(last)
                    && (unlisted(last + 1)
                        || cx.per_word.get(last + 1).copied().unwrap_or(false)
                        || last > first))
        {
            last += 1;
        }
        // (the tagger's person right after the name words is the rest of it: "الأمين العام
        // لحلف الناتو ينس ستولتنبرغ")
        let next = taken
            .get(last)
            .copied()
            .flatten()
            .filter(|&k| k >= n_user)
            .filter(|&k| {
                cands
                    .get(k)
                    .is_some_and(|c| !c.dead && c.label == Label::Per && c.first == last)
            });
        if let (true, Some(k), Some(_)) = (last > first, next, after_complement) {
            for x in taken.iter_mut().take(last).skip(first) {
                *x = Some(k);
            }
            if let Some(c) = cands.get_mut(k) {
                c.first = first;
            }
        } else if last > first {
            let c = Cand::new(first, last - 1, Label::Per, Source::Rule);
            for x in taken.iter_mut().take(c.last + 1).skip(c.first) {
                *x = Some(cands.len());
            }
            cands.push(c);
        }
    }
}

/// A rare word in no list after a titled first name is the surname that the tagger left out.
///
/// A title (and its nisba adjectives), a first name the tagger found alone, and a word in no
/// list that no dictionary has: the word is the surname ("وزير الخارجية الإيراني عباس
/// عراقجي" had given "عباس").
pub(super) fn surnames_after_titled_names(
    cx: &Context,
    taken: &mut [Option<usize>],
    cands: &mut [Cand],
) {
    let (text, a, n_user) = (cx.text, cx.a, cx.n_user);
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead || c.label != Label::Per || c.first != c.last || c.first == 0 {
            continue;
        }
        // (the title may have the noun of its office after it: "وزير الإعلام السوداني")
        let titled = (1..=3).any(|k| {
            c.first.checked_sub(k).is_some_and(|e| {
                cx.title_end.get(e).copied().unwrap_or(false)
                    && (e + 1..c.first).all(|y| {
                        is_nisba(a.canon(y)) || y == e + 1 && y + 1 < c.first && defined_noun(a, y)
                    })
            })
        });
        let x = c.last + 1;
        let first_name = a.toks.get(c.first).is_some_and(|t| t.hint & 1 != 0);
        let surface = a.written(text, x).unwrap_or("");
        let unknown = a
            .toks
            .get(x)
            .is_some_and(|t| t.kind == Kind::Arabic && t.nclitic == 0 && t.hint == 0)
            && is_free(taken, x)
            && !cx.common.get(x).copied().unwrap_or(true)
            && !cx.title_end.get(x).copied().unwrap_or(false)
            && (!a.canon(x).starts_with("ال") || defined_surname(surface))
            && a.canon(x).chars().count() >= 3
            && crate::segment::word_entry(surface)
                .is_none_or(|e| !e.is_dictionary_word() && e.zipf10 < 30)
            && {
                // (no clitic the segmenter sees: "بحضور"; the article is no clitic here)
                let seg = crate::segment::segment(surface.strip_prefix("ال").unwrap_or(surface));
                seg.prefixes.is_empty() && seg.suffixes.is_empty()
            };
        // (nor a verb's or plural's ending, nor teh marbuta: "الرئيس شيراك استنكروا", "السيدة
        // برلسكوني مرفوقة", whose first word is a surname)
        let ending = ["ه", "وا", "ون", "ين"]
            .iter()
            .any(|e| a.canon(x).ends_with(e));
        if titled && first_name && unknown && !ending {
            extend_to(taken, cands, ci, x);
        }
    }
}

/// Is `surface`, a word with the article, a family name rather than a defined noun: no
/// nisba, and without the article no dictionary word and rare ("الإعيسر", "الجدعان"; not
/// "الجديد")?
fn defined_surname(surface: &str) -> bool {
    let stem = surface.strip_prefix("ال").unwrap_or("");
    stem.chars().count() >= 3
        && !is_nisba(surface)
        && crate::segment::word_entry(stem).is_none_or(|e| !e.is_dictionary_word() && e.zipf10 < 30)
}

/// Whether token `i` is an Arabic word of three letters or more in no list, without a clitic,
/// the article or a pronoun, that no dictionary has and that is rare (Zipf < 3): a name's word
/// more likely than anything else.
fn unlisted_rare_word(text: &str, a: &Analysis, i: usize) -> bool {
    let w = a.canon(i);
    a.toks.get(i).is_some_and(|t| {
        t.kind == Kind::Arabic
            && t.nclitic == 0
            && t.hint == 0
            && !w.starts_with("ال")
            && w.chars().count() >= 3
            && !is_nisba(w)
            && text.get(t.start..t.end).is_some_and(|s| {
                // (no pronoun either: "وزير خارجيتها")
                crate::segment::word_entry(s)
                    .is_none_or(|e| !e.is_dictionary_word() && e.zipf10 < 30)
                    && crate::segment::segment(s).suffixes.is_empty()
            })
    })
}
