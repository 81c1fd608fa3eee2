//! Context rules: the names that titles, head words, quotes and a few closed lists point to,
//! applied where the user's names, the tagger and the trusted lists left the tokens free.
//!
//! [`rules`] runs every pass in a fixed order, and each pass sees what the passes before it
//! found, so the order is part of what the rules do. One file holds the passes of one kind of
//! name; what several of them ask of a word is in [`words`].

mod acronyms;
pub(super) mod ali;
pub(super) mod bodies;
pub(super) mod cities;
pub(super) mod clubs;
mod datelines;
mod events;
pub(super) mod false_places;
pub(super) mod headed_names;
pub(super) mod media;
pub(super) mod money;
pub(super) mod named_places;
mod org_heads;
pub(super) mod people;
pub(super) mod place_heads;
pub(super) mod products;
mod repeats;
pub(super) mod speakers;
mod titles;
pub(super) mod words;
pub(super) mod works;

use super::gazetteer::{GazMatch, List};
use super::text::{Analysis, Kind};
use super::{Cand, Label};

/// Context rules, applied where nothing else took the tokens (the first `n_user` candidates are
/// the user's names, which no rule changes), one pass after another in this order.
pub(super) fn rules(
    text: &str,
    a: &Analysis,
    gaz: &[GazMatch],
    taken: &mut Vec<Option<usize>>,
    cands: &mut Vec<Cand>,
    n_user: usize,
) {
    let cx = Context::new(text, a, gaz, n_user);
    // (each pass sees what the passes before it found: the order is part of the rules)
    titles::names_after_titles(&cx, taken, cands);
    titles::surnames_after_titled_names(&cx, taken, cands);
    people::family_names(&cx, taken, cands);
    people::founders_families(&cx, taken, cands);
    ali::names_after_dotted_ali(&cx, taken, cands);
    people::first_names_before_particles(&cx, taken, cands);
    money::currencies(&cx, taken, cands);
    money::nisbas_after_currencies(&cx, taken, cands);
    speakers::headline_speakers(&cx, taken, cands);
    clubs::ambiguous_clubs(&cx, taken, cands);
    clubs::clubs_named_after_cities(a, gaz, taken, cands, n_user);
    speakers::spokespersons(&cx, taken, cands);
    products::companies_before_products(&cx, taken, cands);
    false_places::exchanges_before_places(&cx, taken, cands);
    people::names_with_allah(&cx, taken, cands);
    media::papers_named_by_places(&cx, cands);
    org_heads::heads_before_places(&cx, taken, cands);
    org_heads::heads_over_nisbas_and_titled(&cx, taken, cands);
    org_heads::fields_after_heads(&cx, taken, cands);
    place_heads::places_after_heads(&cx, taken, cands);
    place_heads::streets_and_squares(&cx, taken, cands);
    media::names_after_media_heads(&cx, taken, cands);
    works::quoted_works(&cx, taken, cands);
    bodies::heads_with_defined_nouns(&cx, taken, cands);
    bodies::ministries_with_nisbas(&cx, taken, cands);
    bodies::news_agencies(&cx, taken, cands);
    bodies::banks(&cx, taken, cands);
    bodies::authorities(&cx, taken, cands);
    bodies::movements(&cx, taken, cands);
    acronyms::acronyms(&cx, taken, cands);
    // (this one reads every mention found so far)
    repeats::names_seen_before(&cx, taken, cands);
    cities::coordinated_places(a, taken, cands);
    cities::listed_cities(text, a, gaz, taken, cands);
    headed_names::headed_names(text, a, taken, cands);
    ali::ali_after_names(text, a, taken, cands, n_user);
    named_places::south_africa(a, taken, cands);
    named_places::arabian_peninsula(a, taken, cands, n_user);
    bodies::defined_bodies(a, taken, cands);
    speakers::after_verbs_of_saying(text, a, taken, cands);
    datelines::datelines(text, a, taken, cands);
    ali::lone_ali(text, a, taken, cands);
    events::events(text, a, taken, cands);
    products::aircraft(text, a, taken, cands);
    events::championships(text, a, taken, cands, n_user);
}

/// What every pass reads and none changes: the text, its tokens and the gazetteer's matches,
/// what those say of each token, and how many of the mentions are the user's (the first
/// `n_user`, which no rule changes).
struct Context<'t> {
    text: &'t str,
    a: &'t Analysis,
    gaz: &'t [GazMatch],
    n_user: usize,
    /// A listed person-name word, alone and not part of a title, no ordinary word or place and
    /// without a clitic; or a dotted "علي" ([`ali::dotted_ali`]).
    per_word: Vec<bool>,
    /// The last token of a listed title.
    title_end: Vec<bool>,
    /// Inside a match of the common words, places, organisations, MISC or head words.
    common: Vec<bool>,
    /// A listed name word that is also an ordinary word ("نادية"): a name word only after a
    /// title and before another name word.
    common_name: Vec<bool>,
    /// The tokens "علي" spelled with its dots in a text that tells it from "على".
    dotted_ali: Vec<usize>,
    /// A one-word head of an organisation's name ("وزارة", "حكومة" ...).
    trig_org: Vec<bool>,
}

impl<'t> Context<'t> {
    fn new(text: &'t str, a: &'t Analysis, gaz: &'t [GazMatch], n_user: usize) -> Context<'t> {
        let n = a.toks.len();
        let mut per_word = vec![false; n];
        let mut title_end = vec![false; n];
        let mut common = vec![false; n];
        for m in gaz {
            match m.list {
                List::PerWord | List::PerRare if m.first == m.last => {
                    if let Some(p) = per_word.get_mut(m.first) {
                        *p = true;
                    }
                }
                List::Common
                | List::Country
                | List::City
                | List::Org
                | List::Misc
                | List::TrigLoc
                | List::TrigOrg => {
                    for i in m.first..=m.last {
                        if let Some(p) = common.get_mut(i) {
                            *p = true;
                        }
                    }
                }
                List::Title => {
                    if let Some(p) = title_end.get_mut(m.last) {
                        *p = true;
                    }
                }
                _ => {}
            }
        }
        for m in gaz {
            if let List::Title = m.list {
                // a title is never a name word itself
                for i in m.first..=m.last {
                    if let Some(p) = per_word.get_mut(i) {
                        *p = false;
                    }
                }
            }
        }
        // a listed name word that is also an ordinary word ("نادية", folded like "ناديه", his
        // club): a name word only right after a title and before another name word (below)
        let mut common_name = vec![false; n];
        for (i, p) in per_word.iter_mut().enumerate() {
            if *p
                && common.get(i).copied().unwrap_or(false)
                && a.toks
                    .get(i)
                    .is_some_and(|t| t.nclitic == 0 && t.kind == Kind::Arabic)
                && !a.canon(i).starts_with("ال")
            {
                if let Some(c) = common_name.get_mut(i) {
                    *c = true;
                }
            }
            // ordinary words and places are not name words here, nor words with a clitic
            if common.get(i).copied().unwrap_or(false)
                || a.toks
                    .get(i)
                    .is_some_and(|t| t.nclitic > 0 || t.kind != Kind::Arabic)
            {
                *p = false;
            }
        }
        let dotted_ali = ali::dotted_ali(text, a);
        for &i in &dotted_ali {
            if let Some(p) = per_word.get_mut(i) {
                *p = true;
            }
        }
        // the one-word heads of organisations' names ("وزارة", "حكومة" ...)
        let mut trig_org = vec![false; n];
        for m in gaz {
            if m.list == List::TrigOrg && m.first == m.last {
                if let Some(x) = trig_org.get_mut(m.first) {
                    *x = true;
                }
            }
        }
        Context {
            text,
            a,
            gaz,
            n_user,
            per_word,
            title_end,
            common,
            common_name,
            dotted_ali,
            trig_org,
        }
    }
}

/// Whether token `i` is held by no mention.
fn is_free(taken: &[Option<usize>], i: usize) -> bool {
    taken.get(i).is_some_and(|t| t.is_none())
}

/// Whether each token of `first..=last` is free or held by a mention of the tagger or a rule
/// (not the user's) that is dead or lies inside the span: a rule may then put its own mention
/// over the span with [`take_over`].
fn yields_to(
    taken: &[Option<usize>],
    cands: &[Cand],
    n_user: usize,
    first: usize,
    last: usize,
) -> bool {
    (first..=last).all(|j| match taken.get(j).copied().flatten() {
        None => true,
        Some(k) => {
            k >= n_user
                && cands
                    .get(k)
                    .is_some_and(|c| c.dead || c.first >= first && c.last <= last)
        }
    })
}

/// Makes candidate `ci` end at token `x`, which it then holds.
fn extend_to(taken: &mut [Option<usize>], cands: &mut [Cand], ci: usize, x: usize) {
    if let Some(m) = cands.get_mut(ci) {
        m.last = x;
    }
    if let Some(t) = taken.get_mut(x) {
        *t = Some(ci);
    }
}

/// Puts `c` over its tokens: every candidate that held one of them is dropped (any of its tokens
/// outside `c` still point at it, dead: the callers replace only mentions inside `c`).
fn take_over(taken: &mut [Option<usize>], cands: &mut Vec<Cand>, c: Cand) {
    for j in c.first..=c.last {
        if let Some(old) = taken
            .get(j)
            .copied()
            .flatten()
            .and_then(|k| cands.get_mut(k))
        {
            old.dead = true;
        }
    }
    for x in taken.iter_mut().take(c.last + 1).skip(c.first) {
        *x = Some(cands.len());
    }
    cands.push(c);
}

/// The live mention with `label` that the tagger or a rule (not the user) found starting at
/// token `i`, if any.
fn found_from(
    taken: &[Option<usize>],
    cands: &[Cand],
    n_user: usize,
    i: usize,
    label: Label,
) -> Option<usize> {
    let k = taken.get(i).copied().flatten().filter(|&k| k >= n_user)?;
    cands
        .get(k)
        .filter(|c| !c.dead && c.label == label && c.first == i)
        .map(|_| k)
}
