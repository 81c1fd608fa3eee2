//! Gazetteers: name lists compiled into one Aho-Corasick automaton that scans the canonical
//! token stream of [`Analysis`] in one linear pass.
//!
//! Names are cut into tokens and folded by the same code as the text, and each pattern is
//! `SEP name-tokens-joined-by-SEP SEP`, so a match always starts and ends on token boundaries.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::text::{chain_cuts, fold_into, raw_tokens, strip_clitics, Analysis, Cut, Kind, SEP};
use super::Label;

/// Which list a name came from. The lists differ in how far they are trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum List {
    /// Person-name words (first names, surnames): a hint, never an entity on its own.
    PerWord,
    /// Countries, capitals, continents, hand-picked places: trusted.
    Country,
    /// Other cities: a hint.
    City,
    /// Hand-picked organisations: trusted.
    Org,
    /// Titles and roles before a person's name.
    Title,
    /// Words heading a place name ("مدينة").
    TrigLoc,
    /// Words heading an organisation name ("وزارة").
    TrigOrg,
    /// Names a user added, with their label: always entities.
    User(Label),
    /// Person-name words seen only once in Wikidata: a weak hint.
    PerRare,
    /// Frequent ordinary words: a hint that a word is not a name.
    Common,
    /// Hand-picked MISC names (religions, scriptures, events, prizes): trusted, and no feature
    /// of the tagger.
    Misc,
    /// Hand-picked people in the news (full names, and surnames that are no Arabic word):
    /// trusted, and no feature of the tagger.
    Per,
}

impl List {
    /// Small index used by feature hashing.
    pub fn code(self) -> u8 {
        match self {
            List::PerWord => 1,
            List::Country => 2,
            List::City => 3,
            List::Org => 4,
            List::Title => 5,
            List::TrigLoc => 6,
            List::TrigOrg => 7,
            List::User(l) => 8 + l as u8,
            List::PerRare => 14,
            List::Common => 15,
            List::Misc => 16,
            List::Per => 17,
        }
    }

    /// The label a match of this list suggests, if any.
    pub fn label(self) -> Option<Label> {
        match self {
            List::PerWord | List::Per => Some(Label::Per),
            List::Country | List::City => Some(Label::Loc),
            List::Org => Some(Label::Org),
            List::Misc => Some(Label::Misc),
            List::User(l) => Some(l),
            _ => None,
        }
    }
}

/// The vocabulary bit of a one-word place name (a country or city), besides the hint lists'.
pub(crate) const PLACE_BIT: u16 = 8;

/// The vocabulary bit of a word that begins a name of two words or more ("تنظيم").
pub(crate) const FIRST_BIT: u16 = 16;

/// The vocabulary bit of a word that is a clitic chain + a [`FIRST_BIT`] word and is itself a
/// listed word, so the clitic stripper keeps it whole ("وتنظيم", a frequent word). Such a word
/// is cut only where the name it would begin follows ([`Gazetteer::recuts`]).
pub(crate) const CUT_BIT: u16 = 32;

/// The single-word hint lists, looked up in the vocabulary table instead of the automaton.
const HINT_LISTS: [List; 3] = [List::PerWord, List::PerRare, List::Common];

/// The bit of a hint list in a vocabulary mask.
pub(crate) fn hint_bit(list: List) -> Option<u16> {
    match list {
        List::PerWord => Some(1),
        List::PerRare => Some(2),
        List::Common => Some(4),
        _ => None,
    }
}

/// One gazetteer match, over tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GazMatch {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// The list.
    pub list: List,
}

pub(crate) use crate::hash::WordBuild;
use crate::hash::WordTable;

/// A compiled set of name lists.
#[derive(Debug, Clone)]
pub(crate) struct Gazetteer {
    ac: Option<AhoCorasick>,
    /// For each pattern, the lists it belongs to.
    lists: Vec<Vec<List>>,
    /// Folded name words (for the clitic stripper), each with the mask of the single-word hint
    /// lists it is in (person-name words, common words). The hint lists are looked up here, once
    /// per token, rather than run through the automaton: that is faster, and the clitic stripper
    /// needs the lookup anyway.
    pub vocab: HashMap<String, u16, WordBuild>,
    /// `vocab` frozen for lookups by [`Gazetteer::build`] (`None` until then, and after an
    /// [`Gazetteer::add`]).
    table: Option<WordTable>,
    n_hints: usize,
    index: HashMap<String, usize>,
    patterns: Vec<String>,
    /// Words in the longest pattern.
    max_words: usize,
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer {
            ac: None,
            lists: Vec::new(),
            vocab: HashMap::default(),
            table: None,
            n_hints: 0,
            index: HashMap::new(),
            patterns: Vec::new(),
            max_words: 0,
        }
    }

    /// Adds names (surface spellings) to `list`. Call [`Gazetteer::build`] afterwards.
    pub fn add<'a>(&mut self, list: List, names: impl IntoIterator<Item = &'a str>) {
        self.table = None;
        for name in names {
            let name = name.trim();
            if name.is_empty() || name.starts_with('#') {
                continue;
            }
            let mut pat = String::with_capacity(name.len() + 4);
            pat.push(SEP);
            let mut ntok = 0;
            for (s, e, kind) in raw_tokens(name) {
                let Some(w) = name.get(s..e) else { continue };
                let before = pat.len();
                fold_into(w, &mut pat);
                if kind == Kind::Arabic {
                    if let Some(f) = pat.get(before..) {
                        if !self.vocab.contains_key(f) {
                            self.vocab.insert(f.to_string(), 0);
                        }
                    }
                }
                pat.push(SEP);
                ntok += 1;
            }
            if ntok == 0 {
                continue;
            }
            if let Some(bit) = hint_bit(list) {
                if ntok == 1 {
                    let w = pat.trim_matches(SEP).to_string();
                    let m = self.vocab.entry(w).or_insert(0);
                    if *m == 0 {
                        self.n_hints += 1;
                    }
                    *m |= bit;
                    continue;
                }
            }
            self.put_pattern(pat, [list]);
        }
    }

    /// Adds the lines of a list file (one name a line, `#` comments).
    pub fn add_lines(&mut self, list: List, data: &str) {
        self.add(list, data.lines());
    }

    /// The hint-list mask of a folded word of the vocabulary (see [`Gazetteer::vocab`]).
    #[inline]
    pub fn word(&self, w: &str) -> Option<u16> {
        match &self.table {
            Some(t) => t.get(w),
            None => self.vocab.get(w).copied(),
        }
    }

    /// (Re)builds the automaton and the vocabulary's lookup table.
    pub fn build(&mut self) {
        self.build_automaton();
        self.table = WordTable::new(self.vocab.iter().map(|(w, &m)| (w.as_str(), m)));
    }

    fn build_automaton(&mut self) {
        self.canonicalize_inner_words();
        // one-word places are marked in the vocabulary, for the clitic stripper
        for (pat, lists) in self.patterns.iter().zip(&self.lists) {
            let w = pat.trim_matches(SEP);
            if !w.contains(SEP)
                && lists
                    .iter()
                    .any(|l| matches!(l, List::Country | List::City))
            {
                if let Some(m) = self.vocab.get_mut(w) {
                    *m |= PLACE_BIT;
                }
            }
        }
        self.mark_first_words();
        if self.patterns.is_empty() {
            self.ac = None;
            return;
        }
        // Standard semantics: every (overlapping) occurrence is reported.
        // The states of the first six bytes (a separator and two or three Arabic letters: where
        // every token's walk goes) keep a transition per byte class instead of a sparse list:
        // the built-in lists' automaton grows from 0.53 to 0.72 MB and the entity pass is
        // 1.3% shorter (depth 8: 1.4 MB and 1.5%; 12: 3.6 MB and 1.7%).
        self.ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .dense_depth(6)
            .build(&self.patterns)
            .ok();
    }

    /// Words that stand only inside multi-word names and carry a clitic the stripper takes
    /// off once the word itself is not in the vocabulary ("للامم" in "الجمعية العامة للأمم
    /// المتحدة": ل + الامم) leave the vocabulary, and the names are rewritten with their
    /// canonical forms. The running text's words go through the same stripper with the same
    /// vocabulary, so the long name still matches, and "للأمم المتحدة" alone is "الأمم المتحدة"
    /// after a preposition instead of a word of its own.
    fn canonicalize_inner_words(&mut self) {
        let mut first_words: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let mut inner: Vec<String> = Vec::new();
        for pat in &self.patterns {
            let mut words = pat.split(SEP).filter(|w| !w.is_empty());
            if let Some(w) = words.next() {
                first_words.insert(w);
            }
            inner.extend(words.map(str::to_string));
        }
        inner.sort();
        inner.dedup();
        inner.retain(|w| {
            !first_words.contains(w.as_str()) && self.vocab.get(w.as_str()).is_some_and(|&m| m == 0)
        });
        let mut canon: HashMap<String, String> = HashMap::new();
        for w in inner {
            let Some(mask) = self.vocab.remove(&w) else {
                continue;
            };
            let st = strip_clitics(&w, &|x: &str| self.vocab.get(x).copied());
            if st.known && st.nclitic > 0 {
                let c = st.canon(&w);
                canon.insert(w, c);
            } else {
                self.vocab.insert(w, mask);
            }
        }
        if canon.is_empty() {
            return;
        }
        let old_patterns = std::mem::take(&mut self.patterns);
        let old_lists = std::mem::take(&mut self.lists);
        self.index.clear();
        for (pat, ls) in old_patterns.into_iter().zip(old_lists) {
            let mut new = String::with_capacity(pat.len() + 2);
            new.push(SEP);
            for w in pat.split(SEP).filter(|w| !w.is_empty()) {
                new.push_str(canon.get(w).map_or(w, String::as_str));
                new.push(SEP);
            }
            self.put_pattern(new, ls);
        }
    }

    /// Sets [`FIRST_BIT`] on the first word of every name of two words or more, and
    /// [`CUT_BIT`] on the listed words that are a clitic chain + such a word.
    fn mark_first_words(&mut self) {
        for m in self.vocab.values_mut() {
            *m &= !(FIRST_BIT | CUT_BIT);
        }
        self.max_words = 0;
        for pat in &self.patterns {
            let mut words = pat.split(SEP).filter(|w| !w.is_empty());
            let first = words.next();
            let n = 1 + words.count();
            self.max_words = self.max_words.max(n);
            if let (Some(w), true) = (first, n >= 2) {
                if let Some(m) = self.vocab.get_mut(w) {
                    *m |= FIRST_BIT;
                }
            }
        }
        // the listed words that some chain cut turns into a first word
        let mut cut: Vec<String> = Vec::new();
        for (w, &m) in &self.vocab {
            if m & FIRST_BIT == 0
                && chain_cuts(w).any(|c| {
                    self.vocab
                        .get(c.rest(w).as_ref())
                        .is_some_and(|&r| r & FIRST_BIT != 0)
                })
            {
                cut.push(w.clone());
            }
        }
        for w in cut {
            if let Some(m) = self.vocab.get_mut(&w) {
                *m |= CUT_BIT;
            }
        }
    }

    /// Cuts (pushed to `out`) of a listed place glued to "و" that is also "و" + a listed place,
    /// right after a place: "الرياض وجدة" is Riyadh and Jeddah, not Riyadh Oujda (the
    /// conjunction would be written twice before Oujda: "ووجدة"). The tokens' hints are this
    /// gazetteer's masks.
    pub fn place_pair_cuts(&self, a: &Analysis, out: &mut Vec<(usize, Cut)>) {
        let place = |i: usize| a.toks.get(i).is_some_and(|t| t.hint & PLACE_BIT != 0);
        for (i, t) in a.toks.iter().enumerate().skip(1) {
            // (the token's own fields first: its form is read for the few that pass)
            if t.kind != Kind::Arabic || t.nclitic != 0 || !place(i) || !place(i - 1) {
                continue;
            }
            let w = a.canon(i);
            if !w.starts_with('و') {
                continue;
            }
            let rest_place = |c: &Cut| {
                c.nclitic == 1
                    && !c.alef
                    && self.word(&c.rest(w)).is_some_and(|m| m & PLACE_BIT != 0)
            };
            if let Some(c) = chain_cuts(w).find(rest_place) {
                out.push((i, c));
            }
        }
    }

    /// The further clitic cuts that make token `i` of `a` begin a name of this gazetteer
    /// ("وتنظيم الدولة الإسلامية"), pushed as `(i, cut)`. A token's canonical form is tried when
    /// it is a listed word that a cut turns into the first word of a longer name ([`CUT_BIT`],
    /// from the token's hint when `hinted`: the hint is this gazetteer's mask), or, for a
    /// gazetteer whose masks the hints do not carry (a user's), when it begins with a clitic
    /// letter. The cut is taken only when the whole name follows, so "ولاية" is never و + "لاية".
    pub fn recuts(&self, a: &Analysis, hinted: bool, out: &mut Vec<(usize, Cut)>) {
        let Some(ac) = &self.ac else { return };
        if self.max_words < 2 {
            return;
        }
        let mut probe = String::new();
        for (i, t) in a.toks.iter().enumerate() {
            if t.kind != Kind::Arabic || hinted && t.hint & CUT_BIT == 0 {
                continue;
            }
            let w = a.canon(i);
            if !hinted && !matches!(w.chars().next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك')) {
                continue;
            }
            for c in chain_cuts(w) {
                let rest = c.rest(w);
                if self.word(&rest).is_none_or(|m| m & FIRST_BIT == 0) {
                    continue;
                }
                probe.clear();
                probe.push(SEP);
                probe.push_str(&rest);
                probe.push(SEP);
                let first_len = probe.len();
                for j in i + 1..(i + self.max_words).min(a.toks.len()) {
                    probe.push_str(a.canon(j));
                    probe.push(SEP);
                }
                if ac
                    .find_overlapping_iter(&probe)
                    .any(|m| m.start() == 0 && m.end() > first_len)
                {
                    out.push((i, c));
                    break;
                }
            }
        }
    }

    /// Files `pat` (a pattern string) under each of `lists`, once.
    fn put_pattern(&mut self, pat: String, lists: impl IntoIterator<Item = List>) {
        let id = match self.index.get(&pat) {
            Some(&id) => id,
            None => {
                let id = self.patterns.len();
                self.index.insert(pat.clone(), id);
                self.patterns.push(pat);
                self.lists.push(Vec::new());
                id
            }
        };
        if let Some(have) = self.lists.get_mut(id) {
            for l in lists {
                if !have.contains(&l) {
                    have.push(l);
                }
            }
        }
    }

    /// Number of distinct names.
    pub fn len(&self) -> usize {
        self.patterns.len() + self.n_hints
    }

    /// All matches in the analysed text, in order of their end.
    pub fn find(&self, a: &Analysis, out: &mut Vec<GazMatch>) {
        if self.n_hints > 0 {
            // the hint masks were looked up by the clitic stripper (Analysis::new)
            for (i, t) in a.toks.iter().enumerate() {
                if t.hint == 0 {
                    continue;
                }
                for list in HINT_LISTS {
                    if hint_bit(list).is_some_and(|b| t.hint & b != 0) {
                        out.push(GazMatch {
                            first: i,
                            last: i,
                            list,
                        });
                    }
                }
            }
        }
        let Some(ac) = &self.ac else { return };
        for m in ac.find_overlapping_iter(&a.stream) {
            // pattern = SEP w1 SEP ... wn SEP; the first token's canonical form starts after SEP.
            let (Some(first), Some(last)) = (
                a.tok_at_stream(m.start() + SEP.len_utf8()),
                a.tok_ending_at_stream(m.end() - SEP.len_utf8()),
            ) else {
                continue;
            };
            if let Some(ls) = self.lists.get(m.pattern().as_usize()) {
                for &list in ls {
                    out.push(GazMatch { first, last, list });
                }
            }
        }
    }
}

/// The built-in lists, compiled in.
pub(crate) fn builtin() -> Gazetteer {
    let mut g = Gazetteer::new();
    g.add_lines(
        List::PerWord,
        include_str!("../../data/entities/per_words.txt"),
    );
    g.add_lines(
        List::Country,
        include_str!("../../data/entities/loc_countries.txt"),
    );
    g.add_lines(
        List::Country,
        include_str!("../../data/entities/loc_hand.txt"),
    );
    g.add_lines(
        List::City,
        include_str!("../../data/entities/loc_cities.txt"),
    );
    g.add_lines(List::Org, include_str!("../../data/entities/org_hand.txt"));
    g.add_lines(
        List::Misc,
        include_str!("../../data/entities/misc_hand.txt"),
    );
    g.add_lines(List::Per, include_str!("../../data/entities/per_hand.txt"));
    g.add_lines(List::Title, include_str!("../../data/entities/titles.txt"));
    g.add_lines(
        List::PerRare,
        include_str!("../../data/entities/per_words_rare.txt"),
    );
    g.add_lines(
        List::Common,
        include_str!("../../data/entities/common_words.txt"),
    );
    for line in include_str!("../../data/entities/triggers.txt").lines() {
        if let Some((lab, w)) = line.split_once('\t') {
            match lab {
                "LOC" => g.add(List::TrigLoc, [w]),
                "ORG" => g.add(List::TrigOrg, [w]),
                _ => {}
            }
        }
    }
    g.build();
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The matches of `g` in `text`: the matched text (clitics cut off) and the list.
    fn matched<'t>(g: &Gazetteer, text: &'t str) -> Vec<(&'t str, List)> {
        let known = |w: &str| g.word(w);
        let a = Analysis::new(text, &known);
        let mut out = Vec::new();
        g.find(&a, &mut out);
        out.iter()
            .map(|m| {
                (
                    &text[a.toks[m.first].stem_start..a.toks[m.last].end],
                    m.list,
                )
            })
            .collect()
    }

    #[test]
    fn titles_are_short() {
        // the recognizer looks for a title in a window of TITLE_TOKENS tokens
        for line in include_str!("../../data/entities/titles.txt").lines() {
            if !line.starts_with('#') {
                assert!(
                    raw_tokens(line).len() <= crate::entities::TITLE_TOKENS,
                    "{line}"
                );
            }
        }
    }

    #[test]
    fn words_with_clitics_inside_names_match_the_stripped_text() {
        // "للأمم" stands only inside the long name: it leaves the vocabulary, the long name is
        // kept as "... الامم المتحده", and the running text's "للأمم" is stripped the same way
        let mut g = Gazetteer::new();
        g.add(List::Org, ["الأمم المتحدة", "الجمعية العامة للأمم المتحدة"]);
        g.add(List::Country, ["لبنان"]);
        g.build();
        assert!(!g.vocab.contains_key("للامم"));
        assert!(g.vocab.contains_key("لبنان"));
        for (text, want) in [
            (
                "دعا الأمين العام للأمم المتحدة",
                vec![("لأمم المتحدة", List::Org)],
            ),
            (
                "في الجمعية العامة للأمم المتحدة",
                vec![
                    ("الجمعية العامة للأمم المتحدة", List::Org),
                    ("لأمم المتحدة", List::Org),
                ],
            ),
            ("عاد للبنان", vec![("لبنان", List::Country)]),
        ] {
            assert_eq!(matched(&g, text), want, "{text}");
        }
    }

    #[test]
    fn matches_on_token_boundaries() {
        let mut g = Gazetteer::new();
        g.add(List::Country, ["الولايات المتحدة", "سوريا", "العراق"]);
        g.add(List::Org, ["الأمم المتحدة"]);
        g.build();
        let text = "زار وبالعراق ثم الولايات المتحدة والامم المتحدة وسورياتي";
        assert_eq!(
            matched(&g, text),
            [
                ("العراق", List::Country),
                ("الولايات المتحدة", List::Country),
                ("الامم المتحدة", List::Org)
            ]
        );
    }

    #[test]
    fn builtin_loads() {
        let g = builtin();
        assert!(g.len() > 10_000);
        assert!(g.vocab.contains_key("سوريا"));
    }
}
