//! Named entities: people, places, organisations and other names in Arabic text, offline.
//!
//! Three sources work together, each recorded in [`Entity::source`]:
//! - **gazetteers** compiled in (countries, capitals, cities, hand-picked places and
//!   organisations, person-name words, titles), matched with one Aho-Corasick automaton over the
//!   search-folded, clitic-stripped token stream in linear time;
//! - **rules** (a name after a title such as "الرئيس"; an acronym in parentheses or quotes after
//!   its long form; later bare mentions of a surname already seen);
//! - a small **model**: a linear-chain tagger (averaged structured perceptron, Viterbi decoding)
//!   over token and gazetteer features, trained on ANERcorp (Benajiba, Rosso & Benedí 2007;
//!   CAMeL Lab split, Obeid et al. 2020), weights compiled in.
//!
//! Spans are byte offsets into the input and never include attached clitics or quotes: in
//! "وبالعراق" the entity is "العراق". Titles stay outside person spans. Nationality adjectives
//! ("السوري") are not entities, as in ANERcorp. In "شمال شرق سوريا" the entity is "سوريا" (the
//! direction word is not part of the name), except for the few regions listed whole in the
//! gazetteer ("الشرق الأوسط").
//!
//! Measured with conlleval exact chunks at the corpus-token level on ANERcorp: 4-fold
//! cross-validation over the first 90% of its training file (how settings are chosen) F1 0.796
//! (P 0.84, R 0.75, LOC P 0.92); our development split (its last 10%) with a model trained
//! without it F1 0.780 (P 0.81, R 0.75), PER 0.79, LOC 0.885 (P 0.85), ORG 0.74, MISC 0.50. The
//! shipped model is trained on the whole file, dev split included (see
//! `scripts/train_entities.sh`). Names that the gazetteers or the training data know are found
//! far more reliably than new ones.
//! `EntityRecognizer::new(true).with_model(false)` (gazetteers and rules only) is about as
//! precise (P 0.83) and finds about half as many (R 0.53).
//!
//! ```
//! use dhad::entities::{extract_entities, Label};
//! let text = "زار الرئيس إيمانويل ماكرون العراق";
//! let ents = extract_entities(text);
//! let found: Vec<(&str, Label)> = ents.iter().map(|e| (e.text(text), e.label)).collect();
//! assert!(found.contains(&("العراق", Label::Loc)));
//! ```

mod gazetteer;
mod model;
mod rules;
mod text;
#[cfg(feature = "train")]
pub mod train;

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use gazetteer::{GazMatch, Gazetteer, List};
use model::{tag_info, Featurizer, Model};
use rules::rules;
use text::{Analysis, Kind};

/// The kind of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// A person.
    Per = 0,
    /// A place.
    Loc = 1,
    /// An organisation.
    Org = 2,
    /// Other names (events, products, currencies, religions ... as ANERcorp tags them).
    Misc = 3,
    /// A date (from the dates module).
    Date = 4,
    /// A time of day (from the dates module).
    Time = 5,
}

impl Label {
    /// The label's name: `"PER"`, `"LOC"`, `"ORG"`, `"MISC"`, `"DATE"` or `"TIME"`.
    ///
    /// ```
    /// assert_eq!(dhad::entities::Label::Loc.as_str(), "LOC");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Loc => "LOC",
            Label::Org => "ORG",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
        }
    }

    /// Every label, in order.
    pub const ALL: [Label; 6] = [
        Label::Per,
        Label::Loc,
        Label::Org,
        Label::Misc,
        Label::Date,
        Label::Time,
    ];
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

serde_as_str!(Label);
serde_as_str!(Source);

impl FromStr for Label {
    type Err = crate::Error;

    /// Parses a label name, case-insensitively (`"per"`, `"LOC"` ...; `"PERS"` is accepted too).
    ///
    /// ```
    /// use dhad::entities::Label;
    /// assert_eq!("org".parse::<Label>().unwrap(), Label::Org);
    /// assert!("CITY".parse::<Label>().is_err());
    /// ```
    fn from_str(s: &str) -> crate::Result<Label> {
        match s.to_ascii_uppercase().as_str() {
            "PER" | "PERS" | "PERSON" => Ok(Label::Per),
            "LOC" | "LOCATION" => Ok(Label::Loc),
            "ORG" | "ORGANIZATION" | "ORGANISATION" => Ok(Label::Org),
            "MISC" => Ok(Label::Misc),
            "DATE" => Ok(Label::Date),
            "TIME" => Ok(Label::Time),
            _ => Err(crate::Error::InvalidInput(format!(
                "unknown entity label {s:?}; expected one of \"PER\", \"LOC\", \"ORG\", \"MISC\", \"DATE\", \"TIME\""
            ))),
        }
    }
}

/// Why an entity was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// A gazetteer name (built in or added by the user).
    Gazetteer,
    /// A context rule (title before a name, acronym after its long form, a surname seen before).
    Rule,
    /// The statistical tagger.
    Model,
}

impl Source {
    /// Every source.
    pub const ALL: [Source; 3] = [Source::Gazetteer, Source::Rule, Source::Model];

    /// `"gazetteer"`, `"rule"` or `"model"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Gazetteer => "gazetteer",
            Source::Rule => "rule",
            Source::Model => "model",
        }
    }
}

impl FromStr for Source {
    type Err = crate::Error;

    /// Parses `"gazetteer"`, `"rule"` or `"model"` (the names [`Source::as_str`] gives).
    fn from_str(s: &str) -> crate::Result<Source> {
        Source::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                crate::error::unknown_name("entity source", s, Source::ALL.map(Source::as_str))
            })
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One entity mention: a half-open byte span of the input, its label and its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Entity {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// What kind of name it is.
    pub label: Label,
    /// Why it was found.
    pub source: Source,
}

impl Entity {
    /// The mention's text in `text` (the string it was extracted from; "" if it is another one).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

fn builtin_gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(gazetteer::builtin)
}

/// The compiled model bytes.
static MODEL_BYTES: &[u8] = include_bytes!("../../data/entities/model.bin");

fn builtin_model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| {
        // while tuning (feature `train` only), a model file under test may replace the built-in
        #[cfg(feature = "train")]
        if let Some(b) = std::env::var_os("DHAD_MODEL_FILE").and_then(|p| std::fs::read(p).ok()) {
            return Model::from_bytes(&b);
        }
        Model::from_bytes(MODEL_BYTES)
    })
    .as_ref()
}

/// The core shared by [`EntityRecognizer`] and the training routine.
#[derive(Debug, Clone)]
pub(crate) struct Recognizer {
    builtin: bool,
    model: bool,
    user: Gazetteer,
    /// A model under test that replaces the built-in one (training and cross-validation only).
    #[cfg(feature = "train")]
    custom: Option<std::sync::Arc<Model>>,
}

/// A candidate entity over tokens `first..=last`.
#[derive(Debug, Clone, Copy)]
struct Cand {
    /// Replaced by a longer trusted name; ignored.
    dead: bool,
    first: usize,
    last: usize,
    label: Label,
    source: Source,
}

impl Cand {
    fn new(first: usize, last: usize, label: Label, source: Source) -> Cand {
        Cand {
            dead: false,
            first,
            last,
            label,
            source,
        }
    }
}

impl Recognizer {
    #[cfg(feature = "train")]
    pub(crate) fn builtin_only() -> Recognizer {
        Recognizer {
            builtin: true,
            model: false,
            user: Gazetteer::new(),
            custom: None,
        }
    }

    /// The tagger's weights: the built-in model, or the one under test.
    fn tagger(&self) -> Option<&Model> {
        #[cfg(feature = "train")]
        if let Some(m) = &self.custom {
            return Some(m);
        }
        builtin_model()
    }

    /// Tokens and every gazetteer match (built-in, then the user's).
    pub(crate) fn analyse(&self, text: &str) -> (Analysis, Vec<GazMatch>) {
        let g = builtin_gazetteer();
        let user = &self.user;
        let known = |w: &str| {
            g.word(w)
                .or_else(|| (!user.vocab.is_empty() && user.word(w).is_some()).then_some(0))
        };
        let mut a = Analysis::new(text, &known);
        // a listed word that is a clitic + the first word of a longer name ("وتنظيم"), cut
        // where that name follows
        let mut cuts = Vec::new();
        g.recuts(&a, true, &mut cuts);
        g.place_pair_cuts(&a, &mut cuts);
        user.recuts(&a, false, &mut cuts);
        a.apply_cuts(text, cuts, &known);
        // about one match a token (0.8 over ANERcorp, more than one in a tenth of its
        // sentences): room for that spares the vector its doublings
        let mut m = Vec::with_capacity(a.toks.len());
        g.find(&a, &mut m);
        user.find(&a, &mut m);
        m.sort_unstable_by_key(|x| (x.last, x.first));
        (a, m)
    }

    fn extract(&self, text: &str) -> Vec<Entity> {
        let (a, gaz) = self.analyse(text);
        let n = a.toks.len();
        if n == 0 {
            return Vec::new();
        }
        // which token is taken, by which candidate
        let mut taken: Vec<Option<usize>> = vec![None; n];
        // (whether the text dots its final yeh: read once, and only when a name ends on "على")
        let dots_yeh = std::cell::OnceCell::new();
        let mut cands: Vec<Cand> = Vec::new();
        let free = |taken: &[Option<usize>], f: usize, l: usize| {
            (f..=l).all(|i| taken.get(i).is_some_and(|t| t.is_none()))
        };
        let put = |taken: &mut Vec<Option<usize>>, cands: &mut Vec<Cand>, c: Cand| {
            for t in taken.iter_mut().take(c.last + 1).skip(c.first) {
                *t = Some(cands.len());
            }
            cands.push(c);
        };

        // 1. the user's names win over everything (longest first)
        let mut user: Vec<&GazMatch> = gaz
            .iter()
            .filter(|m| matches!(m.list, List::User(_)))
            .collect();
        user.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
        for m in user {
            if let (List::User(l), true) = (m.list, free(&taken, m.first, m.last)) {
                put(
                    &mut taken,
                    &mut cands,
                    Cand::new(m.first, m.last, l, Source::Gazetteer),
                );
            }
        }

        let n_user = cands.len();

        // 2. the model
        if self.model {
            if let Some(model) = self.tagger() {
                // each line on its own, as the tagger learnt from single sentences: no
                // name runs across a line break, and the words of one line are no context
                // of the next
                let mut tags = Vec::with_capacity(n);
                for line in lines(text, &a) {
                    let from = tags.len();
                    tags.extend(model.tag(&Featurizer::over(&a, &gaz, line)));
                    // (a line's first tag may be an inside tag, the tagger knowing no start
                    // state: there it begins a name, so that none continues the line before)
                    if let Some(t) = tags.get_mut(from).filter(|t| **t != 0 && **t % 2 == 0) {
                        *t -= 1;
                    }
                }
                let mut i = 0;
                while i < n {
                    let Some((label, true)) = tags.get(i).and_then(|&t| tag_info(t)) else {
                        i += 1;
                        continue;
                    };
                    let mut j = i;
                    while let Some((l2, false)) = tags.get(j + 1).and_then(|&t| tag_info(t)) {
                        if l2 != label {
                            break;
                        }
                        j += 1;
                    }
                    let (mut f0, mut l0) = (i, j);
                    while f0 < l0 && a.toks.get(f0).is_some_and(|t| t.kind == Kind::Punct) {
                        f0 += 1;
                    }
                    while l0 > f0 && a.toks.get(l0).is_some_and(|t| t.kind == Kind::Punct) {
                        l0 -= 1;
                    }
                    // a disease is no part of a place or an organisation ("#كورونا_السعودية")
                    while label != Label::Per
                        && f0 < l0
                        && (DISEASES.contains(&a.canon(f0))
                            || a.toks.get(f0).is_some_and(|t| t.kind == Kind::Punct))
                    {
                        f0 += 1;
                    }
                    // nor a verb or participle of naming: "نموذجا يدعى جي بي تي"
                    while f0 < l0 && NAMING_WORDS.contains(&a.canon(f0)) {
                        f0 += 1;
                    }
                    // a score or count after a club or a place is not part of it
                    while label != Label::Misc
                        && l0 > f0
                        && a.toks.get(l0).is_some_and(|t| t.kind == Kind::Number)
                    {
                        l0 -= 1;
                    }
                    // a greeting is no name: "صباح الورد", "مساء الخير" ("صباح" is also a
                    // name: "صباح الأحمد")
                    let greeting = |f: usize| {
                        matches!(a.canon(f), "صباح" | "مساء")
                            && GREETING_TAILS.contains(&a.canon(f + 1))
                    };
                    // nor is a storm's name a place: "ضربت عاصفة دانيال مدينة درنة"
                    let storm = label == Label::Loc
                        && f0 == l0
                        && f0
                            .checked_sub(1)
                            .is_some_and(|p| STORM_HEADS.contains(&a.canon(p)));
                    if greeting(f0) || storm {
                        i = j + 1;
                        continue;
                    }
                    if label == Label::Per {
                        // God begins no person's name: "والله الجو حلو" is an oath and a word
                        // (God alone is MISC, below)
                        if a.canon(f0) == "الله" {
                            l0 = f0;
                        }
                        // what a verb of naming follows is the one named, not the name, when
                        // no word of it is a strong name word ("قتل شابا يدعى محمد"); and a
                        // product's model spelled in Latin letter names before its number is
                        // no person ("سيارة إيجي إكس 30")
                        let named = NAMING_WORDS.contains(&a.canon(l0 + 1))
                            && (f0..=l0).all(|k| a.toks.get(k).is_some_and(|t| t.hint & 1 == 0));
                        let model_number =
                            a.toks.get(l0 + 1).is_some_and(|t| t.kind == Kind::Number)
                                && (f0..=l0).any(|k| LATIN_LETTER_NAMES.contains(&a.canon(k)));
                        if named || model_number {
                            i = j + 1;
                            continue;
                        }
                        // a title or role is outside the name ("ولي العهد الأمير محمد"), and
                        // is no name when it is all the model found
                        while let Some(t) = title_from(&gaz, f0).filter(|&t| t <= l0) {
                            f0 = t + 1;
                        }
                        // the one word between a title and the person the tagger found is
                        // the person's first name even when it is an ordinary word too
                        // ("الرئيس جو بايدن": "جو" is also "weather"); not a defined word, an
                        // adjective, a number word or a particle ("الرئيس السابق ترامب",
                        // "الفريق أول عبد الفتاح البرهان")
                        if f0 >= 1 && f0 <= l0 {
                            let x = f0 - 1;
                            // (a title ends right before it, or before one or two nisba
                            // adjectives: "الرئيس الأمريكي جو بايدن")
                            let after_title = (1..=3).any(|k| {
                                x.checked_sub(k).is_some_and(|e| {
                                    title_ends_at(&gaz, e)
                                        && (e + 1..x)
                                            .all(|y| is_nisba(a.canon(y)) && free(&taken, y, y))
                                })
                            });
                            let w = a.canon(x);
                            // or it is a listed first name ("جو", "أمل") that is also an
                            // ordinary word, where a sentence's subject begins: at the start
                            // of a sentence or after a verb ("أكد جو بايدن", "وقال أمل
                            // كلوني"); not a frequent word (Zipf >= 5: "بين", "ليس"), nor a
                            // verb form itself ("شاهد ترامب المباراة")
                            let subject_first_name = || {
                                let first_name = a.toks.get(x).is_some_and(|t| t.hint & 1 != 0)
                                    || SHORT_FIRST_NAMES.contains(&w);
                                let surface = a.written(text, x).unwrap_or("");
                                // (a verb form only where no verb of saying comes before:
                                // "شاهد ترامب", but "وقالت أمل كلوني", "أمل" being "hoped"
                                // too)
                                let said = x > 0 && speech_verb(&a, x - 1);
                                let ordinary = crate::segment::word_entry(surface)
                                    .is_some_and(|e| e.is_verb() && !said || e.zipf10 >= 50);
                                // (only before a surname alone, and not a noun ending in
                                // teh marbuta: "عودة ديدييه دروغبا", "عودة ترامب" is the
                                // return of them)
                                first_name
                                    && !ordinary
                                    && f0 == l0
                                    && !w.ends_with('ه')
                                    && (x == 0 || sentence_end(&a, x - 1) || speech_verb(&a, x - 1))
                            };
                            if (after_title || subject_first_name())
                                && free(&taken, x, x)
                                && a.toks
                                    .get(x)
                                    .is_some_and(|t| t.kind == Kind::Arabic && t.nclitic == 0)
                                && !w.starts_with("ال")
                                && !is_nisba(w)
                                && !FUNCTION_WORDS.contains(&a.word(x))
                                && !DIALECT_STARTS.contains(&w)
                                && !crate::numbers::number_word(w)
                                && !frequent_verb(text, &a, x)
                                && title_from(&gaz, x).is_none()
                                && {
                                    // no clitic or pronoun: "وزير خارجيتها", "باسمها"
                                    let surface = a.written(text, x).unwrap_or("");
                                    let seg = crate::segment::segment(surface);
                                    seg.prefixes.is_empty() && seg.suffixes.is_empty()
                                }
                            {
                                f0 = x;
                            }
                        }
                        if f0 > l0 {
                            i = j + 1;
                            continue;
                        }
                        // a virus, a storm or a weapon named after its kind is no person:
                        // "فيروس كورونا", "إعصار كاترينا", "صاروخ توماهوك"
                        // and a product whose kind the tagger took in ("هاتف آيفون"; not
                        // "نظام", "نظام الأسد" is the regime), or an app or a platform ("منصة
                        // إكس"; a phone or a car may be a person's: "هاتف بيزوس")
                        let product = |k: usize| {
                            a.canon(k) != "نظام"
                                && rules::products::PRODUCT_HEADS.contains(&a.canon(k))
                        };
                        let platform = |k: usize| matches!(a.canon(k), "منصه" | "تطبيق");
                        // (the greeting again, the name's start having moved)
                        if greeting(f0)
                            || (f0 == l0 && DISEASES.contains(&a.canon(f0)))
                            || VENUE_TAILS.contains(&a.canon(l0))
                            || is_thing_head(a.canon(f0))
                            || f0
                                .checked_sub(1)
                                .is_some_and(|p| is_thing_head(a.canon(p)) || platform(p))
                            || product(f0)
                        {
                            i = j + 1;
                            continue;
                        }
                        // and a person ends before the kind of a product it took in: "آبل هاتف
                        // آيفون 16" (the maker and the phone), not one person
                        if label == Label::Per {
                            if let Some(k) = (f0 + 1..=l0).find(|&k| product(k)) {
                                l0 = k - 1;
                            }
                        }
                        // "الرئيس السوداني عمر البشير": a nisba adjective is not part of the name,
                        // and the nisba of a listed place right after a title of office is
                        // no name of its own ("الرئيس التونسي قيس سعيد", "قال الرئيس التونسي
                        // إن"; "التونسي" is a surname elsewhere, and a cleric is often named
                        // by his town: "الإمام الخميني", "الشيخ الخراساني")
                        while f0 < l0 && is_nisba(a.canon(f0)) {
                            f0 += 1;
                        }
                        // (the title with the noun of its office too: "وزير الداخلية
                        // التونسي خالد النوري")
                        let office = |p: usize| {
                            p.checked_sub(1).is_some_and(|t| title_ends_at(&gaz, t))
                                && a.canon(p).starts_with("ال")
                                && a.toks.get(p).is_some_and(|t| t.nclitic == 0)
                        };
                        if f0 == l0
                            && rules::words::place_of_nisba(a.canon(f0))
                            && f0.checked_sub(1).is_some_and(|p| {
                                !CLERICS.contains(&a.canon(p))
                                    && (title_ends_at(&gaz, p) || office(p))
                            })
                        {
                            i = j + 1;
                            continue;
                        }
                        // nor a frequent verb form before or after it that no strong name
                        // list has: "سافر محمد إلى عمّان", "يا محمد تعال" (three letters at
                        // least, and no link of a name: "بن لادن", "لي تشاو شينغ")
                        let verb_edge = |k: usize| {
                            a.canon(k).chars().count() >= 3
                                && !NAME_LINKS.contains(&a.canon(k))
                                && frequent_verb(text, &a, k)
                        };
                        while f0 < l0 && verb_edge(f0) {
                            f0 += 1;
                        }
                        // nor a dialect question word or particle, a pronoun or a
                        // demonstrative: "مين جاي بكرة؟", "أنا تعبان" (not one of two
                        // letters, the Chinese surnames: "لي تشاو شينغ", "هو جينتاو")
                        let before = f0;
                        while f0 < l0
                            && (DIALECT_STARTS.contains(&a.canon(f0))
                                || FUNCTION_WORDS.contains(&a.word(f0))
                                    && a.word(f0).chars().count() > 2)
                        {
                            f0 += 1;
                        }
                        // (and what is left of one word is a name only when a strong list
                        // has it: "أنا تعبان" is "I am tired")
                        if f0 > before && f0 == l0 && a.toks.get(f0).is_none_or(|t| t.hint & 1 == 0)
                        {
                            i = j + 1;
                            continue;
                        }
                        // nor a dialect word that may also be a name where a sentence
                        // starts, before no strong name word: the Gulf's "أبي" (I want; a
                        // kunya there would be "أبو", "علي بن أبي طالب" has it after a word),
                        // "شو" (what; the Chinese Xu), "وين"/"فين" (where; Wayne): "أبي شي
                        // بارد", "شو رأيك"
                        let starts =
                            f0 == 0 || sentence_end(&a, f0 - 1) || line_break_before(text, &a, f0);
                        if starts
                            && matches!(a.canon(f0), "ابي" | "شو" | "وين" | "فين")
                            && a.toks.get(f0 + 1).is_none_or(|t| t.hint & 1 == 0)
                        {
                            i = j + 1;
                            continue;
                        }
                        // nor the preposition "على" spelled with its alef maqsura (the name
                        // "علي" folds to the same word; the spelling tells them apart):
                        // "اعتمد الفريق على خالد"
                        let preposition = |k: usize| {
                            a.written(text, k)
                                .is_some_and(|w| matches!(w, "على" | "وعلى" | "فعلى"))
                        };
                        while f0 < l0 && preposition(f0) {
                            f0 += 1;
                        }
                        if f0 == l0 && preposition(f0) {
                            i = j + 1;
                            continue;
                        }
                        // at the name's end it is the preposition too ("شكرا يا محمد على
                        // الهدية") where the text dots its final yeh ("في", so "على" is no
                        // loose "علي") or an ordinary defined word follows; a writer who puts
                        // "ى" for every final yeh ("فى") may mean Ali ("محمد على الحكيم")
                        // (not before a preposition, a particle or punctuation, where the
                        // preposition cannot stand: "التقى محمد على في القاهرة")
                        let opens = a.toks.get(l0 + 1).is_none_or(|t| t.kind != Kind::Arabic)
                            || rules::ali::AFTER_ALI.contains(&a.canon(l0 + 1));
                        if l0 > f0 && preposition(l0) && !opens {
                            let next_defined = a.canon(l0 + 1).starts_with("ال")
                                && a.toks.get(l0 + 1).is_some_and(|t| t.hint & 3 == 0);
                            if next_defined || *dots_yeh.get_or_init(|| dots_final_yeh(text, &a)) {
                                l0 -= 1;
                            }
                        }
                        // a dotted "علي" before a noun that the preposition "على" governs in
                        // a set phrase is that preposition, loosely spelled: "أحمد علي هامش
                        // المؤتمر" (on the sidelines of), "علي خلفية", "علي الرغم"
                        if l0 > f0
                            && a.written(text, l0) == Some("علي")
                            && rules::ali::ALA_NOUNS.contains(&a.canon(l0 + 1))
                        {
                            l0 -= 1;
                        }
                        // and the vocative "يا" comes before a name, never at its end:
                        // "مبروك يا خالد"
                        while l0 > f0 && a.word(l0) == "يا" {
                            l0 -= 1;
                        }
                        while l0 > f0 && (verb_edge(l0) || future_verb(text, &a, l0)) {
                            l0 -= 1;
                        }
                        // a kinship noun after the name is an apposition, not the name's
                        // last part: "سوزان مبارك قرينة الرئيس" (a title is not cut so:
                        // "ناصر الشاعر", the poet or a surname, -2 correct in CV)
                        if let Some(k) = (f0 + 1..=l0).find(|&k| {
                            a.toks
                                .get(k)
                                .is_some_and(|t| t.nclitic == 0 && t.hint & 1 == 0)
                                && KIN_WORDS.contains(&a.canon(k))
                        }) {
                            l0 = k - 1;
                        }
                        // "أم" (or; a kunya's "mother of") never ends a name: "هل تفضل خالد
                        // أم سعيد"; it begins one after a word that is no name: "قالت أم
                        // محمد", "نزور خالتي أم سعيد"
                        let umm = |k: usize| {
                            a.canon(k) == "ام" && a.toks.get(k).is_some_and(|t| t.nclitic == 0)
                        };
                        while l0 > f0 && umm(l0) {
                            l0 -= 1;
                        }
                        if f0 >= 1 && umm(f0 - 1) && free(&taken, f0 - 1, f0 - 1) {
                            let after_name = f0.checked_sub(2).is_some_and(|p| {
                                taken.get(p).copied().flatten().is_some()
                                    || a.toks.get(p).is_some_and(|t| t.hint & 1 != 0)
                            });
                            if !after_name {
                                f0 -= 1;
                            }
                        }
                        // a preposition and a common noun in construct with a defined noun
                        // after a name end it: "غوتيريش بوزير الخارجية" (with the minister;
                        // "بوزير" is also a rare surname, so the stripper left it whole)
                        if let Some(k) = (f0 + 1..=l0).find(|&k| {
                            preposition_and_noun(&a, k)
                                && a.canon(k + 1).starts_with("ال")
                                && a.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Arabic)
                        }) {
                            l0 = k - 1;
                        }
                        // a name is written in one script: a Latin word before or after an
                        // Arabic name is a mention of its own ("لشركة OpenAI سام ألتمان")
                        let latin = |k: usize| a.toks.get(k).is_some_and(|t| t.kind == Kind::Latin);
                        let arabic =
                            |k: usize| a.toks.get(k).is_some_and(|t| t.kind == Kind::Arabic);
                        if (f0..=l0).any(arabic) {
                            while f0 < l0 && latin(f0) {
                                f0 += 1;
                            }
                            while l0 > f0 && latin(l0) {
                                l0 -= 1;
                            }
                        }
                        // so does a title or a trade in construct with a defined noun, the
                        // person's post: "أحمد سعيد مهندس المشروع", "محمد البرادعي رئيس
                        // الوكالة" (no name word of any list: "محمد أمين الحسيني")
                        if let Some(k) = (f0 + 1..=l0).find(|&k| {
                            a.toks
                                .get(k)
                                .is_some_and(|t| t.nclitic == 0 && t.hint & 3 == 0)
                                && !a.canon(k).starts_with("ال")
                                && (POSTS.contains(&a.canon(k)) || title_from(&gaz, k) == Some(k))
                                && a.canon(k + 1).starts_with("ال")
                                && a.toks.get(k + 1).is_some_and(|t| t.nclitic == 0)
                        }) {
                            l0 = k - 1;
                        }
                        // a verb of the spoken dialects after a name ends it, with what
                        // follows: "ميسي جاب جول" (not "جاب الله", a surname)
                        if let Some(k) = (f0 + 1..=l0).find(|&k| {
                            DIALECT_VERBS.contains(&a.canon(k)) && a.canon(k + 1) != "الله"
                        }) {
                            l0 = k - 1;
                        }
                        // nor a number word without the article: "رونالدو ثاني أفضل لاعب"
                        // (a regnal number has it: "هنري الثامن")
                        while l0 > f0
                            && !a.canon(l0).starts_with("ال")
                            && crate::numbers::number_word(a.canon(l0))
                        {
                            l0 -= 1;
                        }
                        // a name never ends on "بن", "أبو", "عبد" ...: "الحسن بن" + "علي";
                        // "حمد بن خليفة" + "آل ثاني"
                        // a listed name word, or a word neither listed as common nor very
                        // frequent ("النفاع", not "في")
                        let listed = |i: usize| {
                            a.toks.get(i).is_some_and(|t| {
                                t.kind == Kind::Arabic
                                    && t.hint & 4 == 0
                                    && (t.hint & 3 != 0
                                        || !rules::words::very_frequent(text, &a, i))
                            })
                        };
                        // nor begins on the Mauritanian "ولد" (son of): the name before it
                        // comes with it ("حضية ولد سلامة"), else it is the verb ("ولد فرويد")
                        if f0 < l0
                            && a.canon(f0) == "ولد"
                            && a.toks.get(f0).is_some_and(|t| t.nclitic == 0)
                        {
                            if f0 > 0 && listed(f0 - 1) && free(&taken, f0 - 1, f0 - 1) {
                                f0 -= 1;
                            } else {
                                f0 += 1;
                            }
                        }
                        // and "بن" or "ولد" + a name word goes on with it: "سعيد ولد محمد
                        // الشيخ" (not "ولد في")
                        let mut k = 0;
                        while k < 4 && l0 + 1 < n && is_name_token(&a, l0 + 1) {
                            let last = a.canon(l0);
                            let next = a.canon(l0 + 1);
                            let foreign_link = FOREIGN_LINKS.contains(&last)
                                && a.toks.get(l0 + 1).is_some_and(|t| t.nclitic == 0)
                                && !FUNCTION_WORDS.contains(&next);
                            // ("العبد" starts a family name after a first name: "محمد
                            // العبد العالي"; alone it is "the servant")
                            if NAME_LINKS.contains(&last)
                                || (last == "العبد" && l0 > f0)
                                || foreign_link
                                || next == "ال" && l0 + 2 < n && is_name_token(&a, l0 + 2)
                            {
                                l0 += 1;
                            } else if matches!(next, "ولد" | "بن")
                                && a.toks.get(l0 + 1).is_some_and(|t| t.nclitic == 0)
                                && listed(l0 + 2)
                            {
                                l0 += 2;
                            } else {
                                break;
                            }
                            k += 1;
                        }
                        // nor ends on an indefinite accusative noun: "عمل محفوظ موظفا"
                        while l0 > f0 && rules::words::accusative_noun(text, &a, l0) {
                            l0 -= 1;
                        }
                        // a regnal number: "هنري الثامن", "ألفونسو الثالث عشر"
                        if a.toks.get(l0).is_some_and(|t| t.hint & 3 != 0)
                            && REGNAL.contains(&a.canon(l0 + 1))
                            && free(&taken, l0 + 1, l0 + 1)
                        {
                            l0 += 1;
                        }
                        if REGNAL.contains(&a.canon(l0))
                            && a.canon(l0 + 1) == "عشر"
                            && free(&taken, l0 + 1, l0 + 1)
                        {
                            l0 += 1;
                        }
                    } else if a.toks.get(l0).is_some_and(|t| t.hint & 3 != 0)
                        && REGNAL.contains(&a.canon(l0 + 1))
                        && free(&taken, l0 + 1, l0 + 1)
                    {
                        // (so does a body or place named after a ruler: "جامعة محمد الخامس")
                        l0 += 1;
                    }
                    // a conjunction glued to a later word starts another name:
                    // "إيمانويل إيبواه ودراماني ديابي" is two people; so does a preposition
                    // glued to a listed name ("التقى بوتين ببايدن")
                    let mut parts = Vec::new();
                    let mut s0 = f0;
                    for k in f0 + 1..=l0 {
                        let conj = || {
                            a.word(k).starts_with('و')
                                && a.toks
                                    .get(k)
                                    .is_some_and(|t| a.stem_start(text, k) > t.start)
                        };
                        // (not ك, and not before a short stem: "كندي", "لمين" are names)
                        let prep = || {
                            a.word(k).starts_with(['ب', 'ل'])
                                && a.canon(k).chars().count() >= 4
                                && a.toks.get(k).is_some_and(|t| t.nclitic > 0 && !t.guessed)
                        };
                        if label == Label::Per && (conj() || prep()) {
                            parts.push((s0, k - 1));
                            s0 = k;
                        }
                        // a preposition glued to an ordinary word ends the name: "أينشتاين
                        // بإزالة", "رايس باستبعاده" (not "بو...", the Maghrebi surnames:
                        // "بوشريف", unless what follows "ب" is a word of the dictionary or a
                        // frequent one: "دريد لحام بوعكة", "بوصفه")
                        let bu_clitic = |k: usize| {
                            a.written(text, k)
                                .and_then(|w| w.strip_prefix('ب'))
                                .and_then(crate::segment::word_entry)
                                .is_some_and(|e| e.is_dictionary_word() || e.zipf10 >= 40)
                        };
                        // (and what follows the preposition is an ordinary word: in the
                        // dictionary or frequent, not "لينكن" of "أنتوني بلينكن")
                        let tail = || {
                            a.word(k).starts_with(['ب', 'ل'])
                                && (!a.word(k).starts_with("بو") || bu_clitic(k))
                                && a.toks.get(k).is_some_and(|t| {
                                    let s = a.stem_start(text, k);
                                    t.hint & 3 == 0
                                        && s > t.start
                                        && text
                                            .get(s..t.end)
                                            .and_then(crate::segment::word_entry)
                                            .is_some_and(|e| {
                                                e.is_dictionary_word() || e.zipf10 >= 30
                                            })
                                })
                        };
                        if label == Label::Per && s0 < k && tail() {
                            l0 = k - 1;
                            break;
                        }
                    }
                    parts.push((s0, l0));
                    for (f0, l0) in parts {
                        let is_punct = a.toks.get(f0).is_some_and(|t| t.kind == Kind::Punct);
                        // a pronoun, demonstrative or preposition with a pronoun is never a
                        // name on its own ("قال لي", although "لي" is a surname in the data)
                        let function_word = f0 == l0
                            && (FUNCTION_WORDS.contains(&a.word(f0))
                                || DIALECT_STARTS.contains(&a.canon(f0)));
                        // nor is a bare head word ("منظمة" before a quoted name)
                        let bare_head = f0 == l0 && GENERIC_HEADS.contains(&a.canon(f0));
                        // nor a congratulation alone ("مبروك للنصر", "ألف مبروك"; with a
                        // surname it is a name: "مبروك عطية")
                        let congrats = f0 == l0 && a.word(f0) == "مبروك";
                        // nor an attribute of God said of Him ("وربنا كريم", "الله كريم"; not
                        // after "عبد": "عبد الله كريم" is a man; nor behind a preposition:
                        // "استجاب الله لإبراهيم")
                        let of_god = label == Label::Per
                            && f0 == l0
                            && a.toks.get(f0).is_some_and(|t| t.nclitic == 0)
                            && f0.checked_sub(1).is_some_and(|p| {
                                let w = a.canon(p);
                                let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                                matches!(w, "الله" | "ربنا" | "ربي" | "ربك" | "رب")
                                    && (p == 0 || a.canon(p - 1) != "عبد")
                            });
                        // nor a frequent verb form (hunspell-ar's verbs, Zipf >= 4) that no
                        // strong name list has: "سافر" (travelled), listed only as a rare
                        // Wikidata name word
                        let verb = f0 == l0 && frequent_verb(text, &a, f0);
                        // nor a number word or a dual noun that no strong name list has: "مائتي",
                        // "صاروخان" (two missiles), "رئيسيتين"
                        let count = label == Label::Per
                            && f0 == l0
                            && a.toks.get(f0).is_some_and(|t| t.hint & 1 == 0)
                            && (crate::numbers::number_word(a.canon(f0))
                                || crate::numbers::dual_word(a.canon(f0)));
                        // nor words of the dictionary, each in no name list: "بالقصر
                        // الملكي" after a king's name, "العبد الفقير"
                        let plain = label == Label::Per
                            && l0 > f0
                            && (f0..=l0).all(|k| dictionary_not_name(text, &a, k));
                        // nor a word of a title ("آية الله")
                        let in_title = inside_title(&gaz, f0, l0);
                        if !is_punct
                            && !in_title
                            && !plain
                            && !function_word
                            && !bare_head
                            && !congrats
                            && !of_god
                            && !verb
                            && !count
                            && free(&taken, f0, l0)
                        {
                            let from = gaz.partition_point(|m| m.last < l0);
                            // (the built-in lists are the model's features even when they
                            // are off as a source; then the model found it)
                            let in_gaz = self.builtin
                                && gaz
                                    .get(from..)
                                    .unwrap_or(&[])
                                    .iter()
                                    .take_while(|m| m.last == l0)
                                    .any(|m| {
                                        m.first == f0
                                            && m.list.label() == Some(label)
                                            && m.list != List::PerWord
                                    });
                            let source = if in_gaz {
                                Source::Gazetteer
                            } else {
                                Source::Model
                            };
                            put(&mut taken, &mut cands, Cand::new(f0, l0, label, source));
                        }
                    }
                    i = j + 1;
                }
            }
        }

        let n_model = cands.len();

        // 3. trusted built-in names the model did not take (longest first)
        // (DHAD_SKIP=trusted,rules,multi leaves parts out while experimenting; "single" puts
        // single trusted words back beside the model)
        #[cfg(feature = "train")]
        let skip = std::env::var("DHAD_SKIP").unwrap_or_default();
        #[cfg(not(feature = "train"))]
        let skip = "";
        if self.builtin && !skip.contains("trusted") {
            let mut trusted: Vec<&GazMatch> = gaz
                .iter()
                .filter(|m| matches!(m.list, List::Country | List::Org | List::Misc | List::Per))
                .collect();
            trusted.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
            for m in trusted {
                let Some(l) = m.list.label() else { continue };
                if free(&taken, m.first, m.last) {
                    // a listed word that is also a common word ("صور" pictures / Tyre) is not
                    // trusted alone; with the model on, neither is a single organisation word
                    // ("القاعدة" the base / al-Qaeda): the model sees the lists among its
                    // features and decides from context
                    let single_ok = a.toks.get(m.first).is_some_and(|t| t.hint & 4 == 0)
                        && !(self.model && m.list == List::Org && !skip.contains("single"));
                    if single_ok || m.last > m.first {
                        put(
                            &mut taken,
                            &mut cands,
                            Cand::new(m.first, m.last, l, Source::Gazetteer),
                        );
                    }
                    continue;
                }
                // a listed product, scripture or event of one word is no person, even where
                // the tagger saw one ("لإطلاق آيفون 16"); a listed person of one word is
                // no product, event or body where the tagger saw one (in brackets: "التقى
                // (ماكرون) و(بايدن)"); and a listed organisation of one word is no person
                // ("أطلقت آبل هاتف آيفون": Apple, and Abel in Wikidata)
                let swap: Option<(&[Label], Label)> = match m.list {
                    List::Misc => Some((&[Label::Per], Label::Misc)),
                    List::Per => Some((&[Label::Misc, Label::Org], Label::Per)),
                    List::Org => Some((&[Label::Per], Label::Org)),
                    _ => None,
                };
                if let Some((seen, listed)) = swap.filter(|_| m.last == m.first) {
                    let k = taken.get(m.first).copied().flatten();
                    if let Some(c) = k
                        .filter(|k| (n_user..n_model).contains(k))
                        .and_then(|k| cands.get_mut(k))
                        .filter(|c| {
                            seen.contains(&c.label) && c.first == m.first && c.last == m.last
                        })
                    {
                        c.label = listed;
                        c.source = Source::Gazetteer;
                    }
                    continue;
                }
                // a multi-word trusted name wins over model mentions that are inside it or have
                // its label ("قوات سوريا الديمقراطية" over LOC "سوريا"; "مجلس الأمن" over
                // "مجلس الأمن سيجتمعان")
                if m.last == m.first || skip.contains("multi") {
                    continue;
                }
                let mut hit: Vec<usize> = (m.first..=m.last)
                    .filter_map(|i| taken.get(i).copied().flatten())
                    .collect();
                hit.dedup();
                // (only model mentions, never the user's names)
                // (a listed person never cuts a longer name short: "محمد بن زايد" + "آل نهيان")
                let ok = hit.iter().all(|&ci| {
                    (n_user..n_model).contains(&ci)
                        && cands.get(ci).is_some_and(|c| {
                            let inside = c.first >= m.first && c.last <= m.last;
                            inside || (c.label == l && m.list != List::Per)
                        })
                });
                if ok {
                    for &ci in &hit {
                        if let Some(c) = cands.get_mut(ci) {
                            for t in taken
                                .iter_mut()
                                .take(c.last.saturating_add(1))
                                .skip(c.first)
                            {
                                *t = None;
                            }
                            c.dead = true;
                        }
                    }
                    if free(&taken, m.first, m.last) {
                        put(
                            &mut taken,
                            &mut cands,
                            Cand::new(m.first, m.last, l, Source::Gazetteer),
                        );
                    }
                }
            }
        }
        if self.builtin {
            // two listed people side by side are two ("التقى بايدن ماكرون": the tagger saw one)
            split_listed_people(&a, &gaz, &mut taken, &mut cands, n_user..n_model);
        }
        if self.builtin && !skip.contains("rules") {
            // 4. rules
            rules(text, &a, &gaz, &mut taken, &mut cands, n_user);
        }
        rules::false_places::drop_false_places(text, &a, &gaz, &mut cands, n_user);
        drop_verbs_before_subjects(text, &a, &gaz, &mut cands);
        drop_nouns_before_adjectives(text, &a, &mut cands);
        cut_persons_at_posts(&a, &mut cands, n_user);
        trim_trailing_verbs(text, &a, &mut cands, n_user);

        if self.model {
            join_split_persons(text, &a, &mut cands);
        }
        if self.builtin {
            extend_foreign_first_names(text, &a, &gaz, &mut cands);
        }
        join_named_after_people(text, &a, &mut cands);
        whole_handles(text, &a, &mut cands);
        name_facilities(&a, &mut cands, n_user);

        let mut out: Vec<Entity> = cands
            .iter()
            .filter_map(|c| {
                if c.dead {
                    return None;
                }
                let l = a.toks.get(c.last)?;
                let start = a.stem_start(text, c.first);
                // God alone is MISC, as in ANERcorp (48 times in 54); a person or an
                // organisation only with other words ("عبد الله", "حزب الله")
                let god = c.first == c.last
                    && matches!(c.label, Label::Per | Label::Org)
                    && matches!(a.canon(c.first), "الله" | "لله");
                (start < l.end).then_some(Entity {
                    start,
                    end: l.end,
                    label: if god { Label::Misc } else { c.label },
                    source: c.source,
                })
            })
            .collect();
        out.sort_by_key(|e| (e.start, e.end));
        out
    }
}

/// For each of the `n` tokens, the live candidate over it, if any (after the joins, when the
/// rules' `taken` no longer tells).
fn live_owners(cands: &[Cand], n: usize) -> Vec<Option<usize>> {
    let mut at = vec![None; n];
    for (k, c) in cands.iter().enumerate().filter(|(_, c)| !c.dead) {
        for x in at.iter_mut().take(c.last + 1).skip(c.first) {
            *x = Some(k);
        }
    }
    at
}

/// Calls `f(cands, x, y)` for each live candidate `x` and the next one `y` (by position) that
/// starts right after it on the same line (of `text`, `a` its analysis), while both are still
/// live.
fn each_adjacent(
    text: &str,
    a: &Analysis,
    cands: &mut [Cand],
    mut f: impl FnMut(&mut [Cand], usize, usize),
) {
    let mut order: Vec<usize> = (0..cands.len())
        .filter(|&k| cands.get(k).is_some_and(|c| !c.dead))
        .collect();
    order.sort_by_key(|&k| cands.get(k).map_or(0, |c| c.first));
    for w in order.windows(2) {
        let (&[x, y], Some(cx), Some(cy)) = (w, cands.get(w[0]), cands.get(w[1])) else {
            continue;
        };
        if !cx.dead && !cy.dead && cx.last + 1 == cy.first && !line_break_before(text, a, cy.first)
        {
            f(cands, x, y);
        }
    }
}

/// Joins each live candidate with the next one (by position) when `joins(first, second)`:
/// the first takes the second's end, the second dies.
fn join_adjacent(
    text: &str,
    a: &Analysis,
    cands: &mut [Cand],
    joins: impl Fn(&Cand, &Cand) -> bool,
) {
    each_adjacent(text, a, cands, |cands, x, y| {
        let (Some(&cx), Some(&cy)) = (cands.get(x), cands.get(y)) else {
            return;
        };
        if joins(&cx, &cy) {
            if let Some(c) = cands.get_mut(y) {
                c.dead = true;
            }
            if let Some(c) = cands.get_mut(x) {
                c.last = cy.last;
            }
        }
    });
}

/// A one-word person of the tagger that is a listed person-name word (of the strong or the rare
/// list: "تيدروس" + "أدهانوم غيبريسوس"), right before another
/// person of the tagger whose first word has no clitic and does not begin with و or ف (which
/// may be a conjunction the stripper left on an unknown word: "بوفون وغانلوكا زامبروتا" are
/// two), is one person with it: the tagger may open a second name there ("وكريستيانو" +
/// "رونالدو").
///
/// An organisation of the tagger made of a defined head that refers back ("المنظمة", the
/// organisation just named) and a listed person-name word, right before a person of the
/// tagger, is that person's first name after the head: "المدير العام للمنظمة تيدروس أدهانوم"
/// had given ORG "المنظمة تيدروس" and PER "أدهانوم".
fn join_split_persons(text: &str, a: &Analysis, cands: &mut [Cand]) {
    let model_per = |c: &Cand| c.label == Label::Per && c.source == Source::Model;
    let referring_head = |k: usize| {
        a.canon(k)
            .strip_prefix("ال")
            .is_some_and(|h| REFERRING_HEADS.contains(&h))
    };
    each_adjacent(text, a, cands, |cands, x, y| {
        let (Some(&cx), Some(&cy)) = (cands.get(x), cands.get(y)) else {
            return;
        };
        if cx.label == Label::Org
            && cx.source == Source::Model
            && cx.last == cx.first + 1
            && model_per(&cy)
            && referring_head(cx.first)
            && a.toks
                .get(cx.last)
                .is_some_and(|t| t.hint & 3 != 0 && t.nclitic == 0)
        {
            if let Some(c) = cands.get_mut(x) {
                c.dead = true;
            }
            if let Some(c) = cands.get_mut(y) {
                c.first = cx.last;
            }
        }
    });
    // (and a Lebanese or Maghrebi family name with "بو" after a first name: "عبد الله" + "بو
    // حبيب")
    join_adjacent(text, a, cands, |cx, cy| {
        model_per(cx) && model_per(cy) && cy.last > cy.first && a.canon(cy.first) == "بو"
    });
    join_adjacent(text, a, cands, |cx, cy| {
        model_per(cx)
            && model_per(cy)
            && cx.first == cx.last
            && a.toks.get(cx.first).is_some_and(|t| t.hint & 3 != 0)
            && a.toks.get(cy.first).is_some_and(|t| {
                t.nclitic == 0
                    && !text
                        .get(t.start..t.end)
                        .is_some_and(|w| w.starts_with('و') || w.starts_with('ف'))
            })
    });
}

/// Does the segmenter's word list know `surface` as no dictionary word and no frequent one,
/// nor its spelling with the other alef of a hamza at its start ("إستجاب" is "استجاب"), nor
/// a past verb in ت of a verb it knows ("اكملت")?
fn unknown_word(surface: &str) -> bool {
    let known = |w: &str| {
        crate::segment::word_entry(w).is_some_and(|e| e.is_dictionary_word() || e.zipf10 >= 30)
    };
    let rest = surface
        .strip_prefix('ا')
        .or_else(|| surface.strip_prefix('أ'))
        .or_else(|| surface.strip_prefix('إ'));
    let alefs = || rest.is_some_and(|r| ["ا", "أ", "إ"].iter().any(|x| known(&format!("{x}{r}"))));
    let verb_t = || {
        surface.strip_suffix('ت').is_some_and(|v| {
            crate::segment::word_entry(v).is_some_and(|e| e.is_verb())
                || v.strip_prefix('ا').is_some_and(|r| {
                    crate::segment::word_entry(&format!("أ{r}")).is_some_and(|e| e.is_verb())
                })
        })
    };
    !known(surface) && !alefs() && !verb_t()
}

/// A word that no dictionary, list or frequent use knows, right before a person, is its first
/// name, transliterated: "روين فرنانديز", "أميتاب باتشان", "هرقل بوارو" (the tagger had only
/// the surname), and after a first name alone, its surname. Not a word with a clitic or the
/// article, a title, a particle or a number.
fn extend_foreign_first_names(text: &str, a: &Analysis, gaz: &[GazMatch], cands: &mut [Cand]) {
    let owners = live_owners(cands, a.toks.len());
    let foreign = |x: usize| {
        let Some(t) = a.toks.get(x) else {
            return false;
        };
        let w = a.canon(x);
        let surface = text.get(t.start..t.end).unwrap_or("");
        t.kind == Kind::Arabic
            && t.nclitic == 0
            && t.hint & 5 == 0
            && owners.get(x).is_some_and(|o| o.is_none())
            && w.chars().count() >= 3
            && !w.starts_with("ال")
            && !is_nisba(w)
            && !FUNCTION_WORDS.contains(&a.word(x))
            && !rules::words::NOT_A_NAME.contains(&w)
            && !crate::numbers::number_word(w)
            && title_from(gaz, x).is_none()
            && unknown_word(surface)
            && {
                let seg = crate::segment::segment(surface);
                seg.prefixes.is_empty() && seg.suffixes.is_empty()
            }
    };
    for c in cands.iter_mut() {
        // (not before a name that a conjunction opens: "زنجا ومحمد عبد المنصف" are two; nor
        // before God: "إستجاب الله")
        let conjunction = a
            .written(text, c.first)
            .is_some_and(|w| w.starts_with('و') || w.starts_with('ف'));
        if c.dead
            || c.label != Label::Per
            || c.first == 0
            || conjunction
            || c.first == c.last && a.canon(c.first) == "الله"
        {
            continue;
        }
        let x = c.first - 1;
        // (and not where the word before it is one too: two unknown words before a surname
        // are more likely a phrase than a first name)
        if foreign(x) && (x == 0 || !foreign(x - 1)) {
            c.first = x;
        }
    }
    // and the other way: such a word right after a person of one listed first name is the
    // surname ("علي لاريجاني", where the tagger had "علي" alone); not before another one
    // (nor a word the loop above gave a person as its first name)
    let now = live_owners(cands, a.toks.len());
    for c in cands.iter_mut() {
        let y = c.last + 1;
        if !c.dead
            && c.label == Label::Per
            && c.first == c.last
            && a.toks.get(c.last).is_some_and(|t| t.hint & 1 != 0)
            && now.get(y).is_some_and(|o| o.is_none())
            && foreign(y)
            && !foreign(y + 1)
        {
            c.last = y;
        }
    }
}

/// A person of the tagger (candidates `model`) whose every word is a one-word name of the
/// hand list of people is as many people: "التقى بايدن ماكرون" (object after subject).
fn split_listed_people(
    a: &Analysis,
    gaz: &[GazMatch],
    taken: &mut [Option<usize>],
    cands: &mut Vec<Cand>,
    model: std::ops::Range<usize>,
) {
    let n = a.toks.len();
    let mut listed = vec![false; n];
    for m in gaz
        .iter()
        .filter(|m| m.list == List::Per && m.first == m.last)
    {
        if let Some(x) = listed.get_mut(m.first) {
            *x = true;
        }
    }
    for ci in model {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead
            || c.label != Label::Per
            || c.last == c.first
            || !(c.first..=c.last).all(|i| listed.get(i).copied().unwrap_or(false))
        {
            continue;
        }
        if let Some(x) = cands.get_mut(ci) {
            x.dead = true;
        }
        for i in c.first..=c.last {
            if let Some(t) = taken.get_mut(i) {
                *t = Some(cands.len());
            }
            cands.push(Cand::new(i, i, Label::Per, Source::Gazetteer));
        }
    }
}

/// Heads of bodies (folded, without the article) that, with the article and no name after
/// them, refer back to a body already named: "للمنظمة", "الوكالة".
const REFERRING_HEADS: &[&str] = &[
    "منظمه",
    "وكاله",
    "حركه",
    "جماعه",
    "هييه",
    "شركه",
    "مجلس",
    "حزب",
    "وزاره",
    "لجنه",
    "جمعيه",
    "بعثه",
    "مفوضيه",
    "موسسه",
    "اتحاد",
    "جامعه",
];

/// Royal and religious titles (folded) that an organisation's name may hold before the person
/// it is named after: "جامعة الملك سعود", "مؤسسة الشيخ زايد".
const ROYAL_TITLES: &[&str] = &[
    "الملك",
    "الملكه",
    "الامير",
    "الاميره",
    "السلطان",
    "الشيخ",
    "الامام",
];

/// Heads (folded) of an institution of learning, which ANERcorp marks with its name as one
/// organisation ("جامعة القاهرة"), also when it is named after a person.
const SCHOOL_HEADS: &[&str] = &["جامعه", "معهد", "كليه", "اكاديميه"];

/// An organisation that ends on a royal title ("جامعة الملك", the head and its defined noun),
/// or is a school's head alone ("جامعة"), right before a person is named after that person:
/// one organisation ("جامعة الملك" + "سعود" had been an ORG and a PER, and so had "جامعة" +
/// "محمد الخامس"; ANERcorp marks "جامعة السلطان قابوس" whole). A person right after a school's
/// head that nothing found is taken with it too.
fn join_named_after_people(text: &str, a: &Analysis, cands: &mut [Cand]) {
    join_adjacent(text, a, cands, |cx, cy| {
        cx.label == Label::Org
            && cy.label == Label::Per
            && (cx.first < cx.last && ROYAL_TITLES.contains(&a.canon(cx.last))
                || cx.first == cx.last && SCHOOL_HEADS.contains(&a.canon(cx.first)))
    });
    let taken = live_owners(cands, a.toks.len());
    for c in cands.iter_mut() {
        let head = c.first.checked_sub(1);
        if !c.dead
            && c.label == Label::Per
            && head.is_some_and(|h| {
                SCHOOL_HEADS.contains(&a.canon(h))
                    && a.toks.get(h).is_some_and(|t| t.nclitic <= 1)
                    && taken.get(h).is_some_and(|x| x.is_none())
            })
        {
            c.first -= 1;
            c.label = Label::Org;
            c.source = Source::Rule;
        }
    }
}

/// Heads (folded) of a facility named by what follows, whose name, when a person's ("مطار
/// رفيق الحريري", "ملعب محمد الخامس"), ANERcorp marks MISC without the head: its airports
/// named after people 3 times in 3 ("مطار محمد الخامس", "مطار جون كنيدي"), a stadium once
/// MISC, once PER. A tower named after a person is one too ("برج محمد بن راشد").
const FACILITY_MISC_HEADS: &[&str] = &["مطار", "ملعب", "استاد", "ستاد", "برج"];

/// Heads (folded) of a hospital or a hotel, whose name after it ANERcorp marks ORG without the
/// head ("مستشفى الملك فيصل": ORG "الملك فيصل"; "بفندق شيراتون": ORG "شيراتون"), also when it
/// reads like a person's ("فندق ريتز كارلتون", "فندق فور سيزونز").
const FACILITY_ORG_HEADS: &[&str] = &["مستشفي", "فندق"];

/// Heads (folded) of a street, square or bridge, whose name after it ANERcorp marks LOC
/// without the head (every named street of its training part: "شارع المنارة"); so is one
/// named after a person ("شارع الحبيب بورقيبة"), and a neighbourhood's, town's or camp's ("حي
/// الشيخ مقصود", "مدينة الشيخ زايد": a title and a name there are the place's).
#[rustfmt::skip]
const FACILITY_LOC_HEADS: &[&str] = &[
    "شارع", "ميدان", "ساحه", "جسر", "جاده", "حي", "مدينه", "بلده", "قريه", "ضاحيه", "مخيم",
];

/// Adjectives (folded) after a facility's name, outside it as in ANERcorp ("مطار دبي الدولي",
/// "مستشفى الملك فيصل التخصصي").
const FACILITY_ADJECTIVES: &[&str] = &[
    "الدولي",
    "التخصصي",
    "الجامعي",
    "الاولمبي",
    "البلدي",
    "الوطني",
    "العسكري",
    "الحكومي",
];

/// The label of the name after token `h` when `h` is a facility's head (with one clitic at
/// most: "بمطار"), if it is one.
fn facility_label(a: &Analysis, h: usize) -> Option<Label> {
    let w = a.canon(h);
    // (every head is of 2 to 6 letters without the article)
    if !(4..=12).contains(&w.len()) || a.toks.get(h).is_none_or(|t| t.nclitic > 1) {
        return None;
    }
    if FACILITY_MISC_HEADS.contains(&w) {
        Some(Label::Misc)
    } else if FACILITY_ORG_HEADS.contains(&w) {
        Some(Label::Org)
    } else if FACILITY_LOC_HEADS.contains(&w) {
        Some(Label::Loc)
    } else {
        None
    }
}

/// A person that begins a handle ("@خالد_عبدالله_العتيبي": the words after "@" joined by "_")
/// is the handle's whole name: it takes in the handle's later words when they are Arabic, no
/// listed common word and in no other mention (a handle names one user).
fn whole_handles(text: &str, a: &Analysis, cands: &mut [Cand]) {
    let joined = |i: usize| {
        i.checked_sub(1)
            .and_then(|p| a.toks.get(p))
            .zip(a.toks.get(i))
            .and_then(|(p, t)| text.get(p.end..t.start))
            == Some("_")
    };
    let owners = live_owners(cands, a.toks.len());
    for k in 0..cands.len() {
        let Some(c) = cands.get(k).copied() else {
            continue;
        };
        let at_sign = c
            .first
            .checked_sub(1)
            .and_then(|p| a.toks.get(p).map(|t| (p, t)))
            .is_some_and(|(p, t)| t.kind == Kind::Punct && a.word(p) == "@");
        if c.dead || c.label != Label::Per || !at_sign || !(c.first + 1..=c.last).all(joined) {
            continue;
        }
        let mut last = c.last;
        while joined(last + 1)
            && a.toks
                .get(last + 1)
                .is_some_and(|t| t.kind == Kind::Arabic && t.hint & 4 == 0)
            && owners.get(last + 1).is_some_and(|o| o.is_none())
        {
            last += 1;
        }
        if let Some(c) = cands.get_mut(k) {
            c.last = last;
        }
    }
}

/// A person (of the tagger or a rule) right after a facility's head, or after the head and a
/// one-word place ("مطار بيروت رفيق الحريري": the place inside the name), or the head and a royal title ("مطار الملك
/// خالد", title inside), is the facility's name: MISC after an airport or
/// stadium, ORG after a hospital, LOC after a street (see the heads), head outside, as
/// ANERcorp marks them, and without an adjective the tagger took in ("مطار حيدر علييف الدولي").
/// A place the tagger found one word after a street's or airport's head,
/// with a listed name word free between ("شارع الحبيب" + "بورقيبة"), takes that word in.
fn name_facilities(a: &Analysis, cands: &mut [Cand], n_user: usize) {
    let n = a.toks.len();
    let at = live_owners(cands, n);
    let free = |j: usize| at.get(j).is_some_and(|x| x.is_none());
    let lone_loc = |j: usize| {
        at.get(j)
            .copied()
            .flatten()
            .and_then(|k| cands.get(k))
            .is_some_and(|c| c.label == Label::Loc && c.first == j && c.last == j)
    };
    let mut found = Vec::new();
    for k in n_user..cands.len() {
        let Some(c) = cands.get(k).copied() else {
            continue;
        };
        if c.dead || !matches!(c.label, Label::Per | Label::Loc) || c.first == 0 {
            continue;
        }
        let p = c.first - 1;
        // (a listed first name before the tagger's place, free or a place of its own too:
        // "الحبيب" + "بورقيبة")
        let first_name = c.label == Label::Loc
            && (free(p) || lone_loc(p) && a.toks.get(c.first).is_some_and(|t| t.nclitic == 0))
            && a.toks
                .get(p)
                .is_some_and(|t| t.hint & 3 != 0 && t.hint & 4 == 0 && t.nclitic == 0);
        // (a royal title between the head and the person is part of the name, as in
        // ANERcorp's "مستشفى الملك فيصل": ORG "الملك فيصل")
        let royal = free(p) && ROYAL_TITLES.contains(&a.canon(p));
        // (a prize named after a person, MISC without the head as ANERcorp's "جائزة نوبل"
        // gives "نوبل": with a royal title before the person or its field after it, "جائزة
        // الشيخ زايد", "جائزة نجيب محفوظ للأدب"; a person's prize alone is theirs: "جائزة
        // زيدان", PER there)
        let prize_head = |h: usize| {
            let w = a.canon(h);
            // (the stripper keeps a listed common word whole: "بجائزة")
            (w == "جايزه"
                || ["ب", "و", "ل"]
                    .iter()
                    .any(|c| w.strip_prefix(c) == Some("جايزه")))
                && a.toks.get(h).is_some_and(|t| t.nclitic <= 1)
        };
        let prize =
            |h: usize, field: bool| (field && free(h) && prize_head(h)).then_some(Label::Misc);
        // (or the prize's own adjective: "جائزة مان بوكر الدولية", "جائزة الملك فيصل العالمية")
        let field_after = free(c.last + 1)
            && (a.word(c.last + 1).starts_with("لل")
                || a.canon(c.last + 1).ends_with("يه") && is_nisba(a.canon(c.last + 1)));
        let (first, label) =
            if c.label == Label::Per && c.first < c.last && field_after && prize_head(c.first) {
                // (the tagger took the head in: "جائزة نجيب محفوظ للأدب")
                (c.first + 1, Some(Label::Misc))
            } else if c.label == Label::Per && royal {
                let label = p.checked_sub(1).and_then(|h| {
                    facility_label(a, h)
                        .filter(|_| free(h))
                        .or_else(|| prize(h, true))
                });
                (p, label)
            } else if c.label == Label::Per {
                match facility_label(a, p)
                    .filter(|_| free(p))
                    .or_else(|| prize(p, field_after))
                {
                    Some(label) => (c.first, Some(label)),
                    // (the head, a one-word place and the person: "مطار بيروت رفيق الحريري" is
                    // one name, the place inside it)
                    None => {
                        let label = p
                            .checked_sub(1)
                            .filter(|_| lone_loc(p))
                            .and_then(|h| facility_label(a, h).filter(|_| free(h)));
                        (if label.is_some() { p } else { c.first }, label)
                    }
                }
            } else if first_name && c.first >= 2 && free(c.first - 2) {
                (p, facility_label(a, c.first - 2))
            } else {
                (c.first, None)
            };
        // (a one-word "person" after a street's head may be its adjective: "جسر بري", a
        // land bridge)
        let adjective = c.first == c.last
            && !a.canon(c.first).starts_with("ال")
            && a.canon(c.first).ends_with('ي');
        let last = if c.last > first && FACILITY_ADJECTIVES.contains(&a.canon(c.last)) {
            c.last - 1
        } else {
            c.last
        };
        if let Some(label) = label.filter(|_| !adjective) {
            found.push((k, first, last, label));
        }
    }
    for (k, first, last, label) in found {
        // (a place taken into the name is no mention of its own any more)
        if let Some(c) = at.get(first).copied().flatten().filter(|&j| j != k) {
            if let Some(m) = cands.get_mut(c) {
                m.dead = true;
            }
        }
        if let Some(m) = cands.get_mut(k) {
            m.first = first;
            m.last = last;
            m.label = label;
            m.source = Source::Rule;
        }
    }
}

/// Is token `i`'s word (clitics left out) of three letters or more, in the dictionary
/// (hunspell-ar) and in no person-name list? Such words alone make no person's name.
fn dictionary_not_name(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        t.hint & 3 == 0
            && a.canon(i).chars().count() >= 3
            && text.get(a.stem_start(text, i)..t.end).is_some_and(|w| {
                // (the word list holds defined forms apart, without the dictionary's flag)
                let bare = w.strip_prefix("ال").filter(|r| r.chars().count() >= 2);
                crate::segment::word_entry(bare.unwrap_or(w))
                    .is_some_and(|e| e.is_dictionary_word())
            })
    })
}

/// Whether token `i` is a frequent verb form (hunspell-ar's verbs, Zipf >= 4) that no strong
/// name list has, written without clitics: "سافر" (travelled), listed only as a rare Wikidata
/// name word. Never a one-word name, nor the first or last word of a person's name (with
/// three letters at least and no name link such as "بن").
fn frequent_verb(text: &str, a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| {
        t.hint & 1 == 0
            && t.nclitic == 0
            && text
                .get(t.start..t.end)
                .and_then(crate::segment::word_entry)
                .is_some_and(|e| e.is_verb() && e.zipf10 >= 40)
    })
}

/// Whether token `i`, in no person-name list, is a verb form with the future prefix, as the
/// segmenter cuts the word: it ends no name ("رايس ستسعى"). (The article + a dictionary word
/// does not tell: "الإصلاحي" is no name, but "الحكيم", "الشاعر", "الفيصل" are surnames.)
fn future_verb(text: &str, a: &Analysis, i: usize) -> bool {
    let Some(t) = a.toks.get(i) else {
        return false;
    };
    let Some(surface) = text.get(t.start..t.end) else {
        return false;
    };
    if t.hint & 3 != 0 || t.kind != Kind::Arabic || !surface.starts_with('س') {
        return false;
    }
    let seg = crate::segment::segment(surface);
    // (the whole word in use too: "سيروب" is a surname the segmenter can cut the same way)
    seg.suffixes.is_empty()
        && seg.prefix_strs(surface) == ["س"]
        && crate::segment::word_entry(seg.stem_str(surface)).is_some_and(|e| e.is_verb())
        && crate::segment::word_entry(surface).is_some_and(|e| e.zipf10 >= 20)
}

/// Titles of clerics and scholars (folded), who are often named by their town or region.
const CLERICS: &[&str] = &[
    "الشيخ",
    "الامام",
    "السيد",
    "العلامه",
    "المرجع",
    "الحاج",
    "الملا",
];

/// Trades and posts (folded, indefinite) that the title list has only with the article: in
/// construct after a name they are the person's post ("مهندس المشروع").
#[rustfmt::skip]
pub(super) const POSTS: &[&str] = &[
    "مهندس", "مهندسه", "مدير", "مديره", "مستشار", "مستشاره", "عضو", "نايب", "سفير", "مندوب",
    "محافظ", "مدرب", "لاعب", "موسس", "استاذ", "استاذه", "طبيب", "طبيبه", "محامي", "محاميه",
    "رييس", "رييسه", "امين", "متحدث", "مراسل", "مراسله", "مسوول", "مسووله",
];

/// Kinship nouns (folded) that follow a name in apposition: "سوزان مبارك قرينة الرئيس",
/// "مولاي رشيد شقيق الملك".
#[rustfmt::skip]
const KIN_WORDS: &[&str] = &[
    "شقيق", "شقيقه", "قرينه", "زوجه", "نجل", "نجله", "والد", "والده", "ارمله", "حفيد",
    "حفيده", "صهر", "ابنه", "عقيله",
];

/// The Latin letters' names as Arabic writes them in models' and products' names (folded; not
/// "في" V or "ال" L, which are ordinary words): "إكس" X, "بي" B/P, "جي" G, "تي" T ...
#[rustfmt::skip]
const LATIN_LETTER_NAMES: &[&str] = &[
    "ايه", "بي", "سي", "دي", "اف", "جي", "اتش", "اي", "جاي", "كيه", "ام", "ان", "كيو",
    "ار", "اس", "تي", "يو", "دبليو", "اكس", "واي", "زد",
];

/// Verbs and participles of naming (folded): they come before a name, never in it ("يدعى",
/// "المسمى", "الملقب").
const NAMING_WORDS: &[&str] = &[
    "يدعي",
    "تدعي",
    "يسمي",
    "تسمي",
    "المسمي",
    "المسماه",
    "الملقب",
    "الملقبه",
    "المدعو",
    "المدعوه",
    "يلقب",
    "تلقب",
];

/// Posts that head a construct ("شيخ الأزهر", "رئيس الوزراء", "وزير الدفاع"; folded, without
/// the article). Not "أمين" (also a first name: "أمين الجميل").
const CONSTRUCT_POSTS: &[&str] = &[
    "شيخ",
    "رييس",
    "رييسه",
    "وزير",
    "وزيره",
    "نايب",
    "مدير",
    "مديره",
    "محافظ",
    "سفير",
    "مفتي",
    "زعيم",
    "قايد",
];

/// A person of the tagger that runs over a post in construct with a defined noun, between two
/// names, is two people and the post between them: "البابا فرنسيس شيخ الأزهر أحمد الطيب"
/// gives "فرنسيس" and "أحمد الطيب" (the post, its complement and their nisba adjectives
/// outside).
fn cut_persons_at_posts(a: &Analysis, cands: &mut Vec<Cand>, n_user: usize) {
    for ci in n_user..cands.len() {
        let Some(c) = cands.get(ci).copied() else {
            continue;
        };
        if c.dead || c.label != Label::Per || c.last < c.first + 3 {
            continue;
        }
        let post = (c.first + 1..c.last.saturating_sub(1)).find(|&i| {
            a.toks.get(i).is_some_and(|t| t.nclitic == 0)
                && CONSTRUCT_POSTS.contains(&a.canon(i))
                && a.canon(i + 1).starts_with("ال")
        });
        let Some(i) = post else {
            continue;
        };
        // the complement and its nisba adjectives ("وزير الخارجية الروسي سيرغي لافروف")
        let mut j = i + 2;
        while j <= c.last && is_nisba(a.canon(j)) {
            j += 1;
        }
        if let Some(x) = cands.get_mut(ci) {
            x.last = i - 1;
        }
        if j <= c.last {
            cands.push(Cand::new(j, c.last, Label::Per, c.source));
        }
    }
}

/// Kinship nouns (folded, as they stand before a pronoun: "أخيه", "عمه", "زوجته").
const KIN_OF: &[&str] = &[
    "اخي",
    "اخ",
    "ابي",
    "اب",
    "عم",
    "خال",
    "ابن",
    "ابنت",
    "زوج",
    "زوجت",
    "شقيق",
    "شقيقت",
    "والد",
    "والدت",
    "جد",
    "جدت",
    "حفيد",
    "حفيدت",
    "صهر",
    "نسيب",
];

/// Is `w` an inflected past or present form of a verb hunspell-ar lists, which no dictionary
/// noun is: "اشتهرت" (she became famous: "اشتهر" + "ت"), "اندسوا", "أضاعا", "يواصلان"? (The
/// word list flags the bare stems only; a name that looks so, "عصمت", is a listed name word and
/// never asked.)
fn inflected_verb(w: &str) -> bool {
    let entry = crate::segment::word_entry;
    if entry(w).is_some_and(|e| e.is_noun()) || w.chars().count() < 4 {
        return false;
    }
    let present = w.starts_with(['ي', 'ت']);
    let base = |suffix: &str| {
        w.strip_suffix(suffix)
            .filter(|b| b.chars().count() >= 3)
            .is_some_and(|b| entry(b).is_some_and(|e| e.is_verb()))
    };
    base("ت") || base("وا") || base("ا") || present && (base("ان") || base("ون"))
}

/// A person of the tagger ends before a last word that is a verb form or carries a pronoun,
/// which no name word does: "أوبرا وينفري اشتهرت", "هوانغ يصمم", "زيان ابن أخيه" (and then
/// before a name link left at its end: "صدام حسين ابن عمه"). Not a listed name word ("يزيد",
/// "أشرف", "عبده"), and not where the tagger saw a mention of one word.
fn trim_trailing_verbs(text: &str, a: &Analysis, cands: &mut [Cand], n_user: usize) {
    let not_name = |i: usize| {
        a.toks.get(i).is_some_and(|t| {
            let surface = text.get(t.start..t.end).unwrap_or("");
            // (a verb of four letters or more that is used: "شو", "غل", "ليت" are names too;
            // a kinship noun with "his" or "her": "أخيه", "عمه")
            t.kind == Kind::Arabic
                && t.hint & 3 == 0
                && (surface.chars().count() >= 4
                    && !surface.starts_with("ال")
                    && crate::segment::word_entry(surface)
                        .is_some_and(|e| e.is_verb() && e.zipf10 >= 25)
                    || inflected_verb(surface)
                    || crate::segment::segment_word(surface).is_ok_and(|s| {
                        let stem = s.prefixes.last().map_or(0, |p| p.1);
                        s.suffixes.first().is_some_and(|&(from, to)| {
                            matches!(surface.get(from..to), Some("ه" | "ها"))
                                && surface.get(stem..from).is_some_and(|k| {
                                    let mut f = String::new();
                                    text::fold_into(k, &mut f);
                                    KIN_OF.contains(&f.as_str())
                                })
                        })
                    }))
        })
    };
    for c in cands.iter_mut().skip(n_user) {
        if c.dead || c.label != Label::Per || c.source != Source::Model {
            continue;
        }
        let mut last = c.last;
        while last > c.first && not_name(last) {
            last -= 1;
        }
        while last > c.first && NAME_LINKS.contains(&a.canon(last)) {
            last -= 1;
        }
        c.last = last;
    }
}

/// A one-word person or place of the tagger that is also a verb ("رفعت" raised, "حكمت"
/// ruled, "أشرف" oversaw: names too, Rifaat, Hikmat, Ashraf) right before a place, an
/// organisation or a title is the verb of that subject: "رفعت جنوب أفريقيا دعوى", "أشرف
/// الوزير الأول على" (a name so spelt is followed by a surname, not by a country or a title);
/// and a person of the tagger that is such a verb and an ordinary defined noun at a sentence's
/// start ("كرم المهرجان").
fn drop_verbs_before_subjects(text: &str, a: &Analysis, gaz: &[GazMatch], cands: &mut [Cand]) {
    let owners = live_owners(cands, a.toks.len());
    let subject = |j: usize| {
        title_from(gaz, j).is_some()
            || owners
                .get(j)
                .copied()
                .flatten()
                .and_then(|k| cands.get(k))
                .is_some_and(|c| c.first == j && matches!(c.label, Label::Loc | Label::Org))
    };
    // (hunspell-ar lists a verb's stem: "رفع" for "رفعت")
    let verb = |i: usize| {
        a.toks.get(i).is_some_and(|t| {
            let entry = |w: &str| crate::segment::word_entry(w).is_some_and(|e| e.is_verb());
            t.nclitic == 0
                && text
                    .get(t.start..t.end)
                    .is_some_and(|w| entry(w) || w.strip_suffix('ت').is_some_and(entry))
        })
    };
    // a verb that opens a sentence and an ordinary defined noun, no name word, after it: the
    // verb and its subject ("كرم المهرجان الفنانين", the festival honoured), not a first name
    // and a family name ("كرم الحكيم")
    let verb_and_noun = |c: &Cand| {
        let j = c.first + 1;
        c.last == j
            && c.label == Label::Per
            && (c.first == 0 || sentence_end(a, c.first - 1))
            && a.toks.get(j).is_some_and(|t| {
                t.nclitic == 0
                    && t.hint & 3 == 0
                    && text
                        .get(t.start..t.end)
                        .is_some_and(|w| w.starts_with("ال") && rules::words::ordinary_noun(w))
            })
    };
    let drop: Vec<usize> = (0..cands.len())
        .filter(|&k| {
            cands.get(k).is_some_and(|c| {
                !c.dead
                    && matches!(c.label, Label::Per | Label::Loc)
                    && c.source == Source::Model
                    && verb(c.first)
                    && (c.first == c.last && subject(c.first + 1) || verb_and_noun(c))
            })
        })
        .collect();
    for k in drop {
        if let Some(c) = cands.get_mut(k) {
            c.dead = true;
        }
    }
}

/// A one-word place of the tagger that is an ordinary defined noun ("القصر", the palace, and a
/// town of the list) before a defined adjective that is no place's nisba is that noun described:
/// "بالقصر الملكي", "القصر الرئاسي". A name keeps to its form with the article (wordfreq: "الدمام"
/// far more than "دمام"), an ordinary noun does not ("القصر" and "قصر" alike).
fn drop_nouns_before_adjectives(text: &str, a: &Analysis, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        if c.dead || c.label != Label::Loc || c.source == Source::Rule || c.first != c.last {
            continue;
        }
        let Some(t) = a.toks.get(c.first) else {
            continue;
        };
        let adjective = a.canon(c.last + 1);
        if !is_nisba(adjective)
            || rules::words::place_of_nisba(adjective)
            || a.toks.get(c.last + 1).is_none_or(|x| x.nclitic != 0)
        {
            continue;
        }
        let Some(w) = text.get(a.stem_start(text, c.first)..t.end) else {
            continue;
        };
        if w.starts_with("ال") && rules::words::ordinary_noun(w) {
            c.dead = true;
        }
    }
}

/// Given names of two letters, which the person-name lists leave out (they keep words of three
/// letters and more), that are also ordinary words (folded forms): "جو" (Joe; weather), borne
/// by over 400 people of the Wikidata name list. Not "لي" (Lee; "to me") nor "دي" (de).
const SHORT_FIRST_NAMES: &[&str] = &["جو"];

/// Verbs of saying, folded, as written after an optional و or ف ("وقال", "فأكدت"): a name
/// after them is the subject's.
const SPEECH_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "اكد",
    "اكدت",
    "اعلن",
    "اعلنت",
    "اوضح",
    "اوضحت",
    "اشار",
    "اشارت",
    "ذكر",
    "ذكرت",
    "صرح",
    "صرحت",
    "اضاف",
    "اضافت",
    "يقول",
    "تقول",
    "يوكد",
    "توكد",
    "كشف",
    "كشفت",
    "شدد",
    "شددت",
    "اعتبر",
    "اعتبرت",
    "تابع",
    "تابعت",
    "رد",
    "ردت",
    "حذر",
    "حذرت",
    "دعا",
];

/// Does token `i` end a sentence (".", "!", "?", "؟", ":" or a line's end mark)?
pub(super) fn sentence_end(a: &Analysis, i: usize) -> bool {
    a.toks.get(i).is_some_and(|t| t.kind == Kind::Punct)
        && matches!(a.word(i), "." | "!" | "?" | "؟" | ":" | "…" | "!!" | "؟؟")
}

/// Is token `i` a verb of saying ([`SPEECH_VERBS`], after an optional و or ف)? (Not any
/// frequent verb form: hunspell-ar has "أن" and "من" as verbs too.)
pub(super) fn speech_verb(a: &Analysis, i: usize) -> bool {
    // (asked of every token by the speaker rule: one hashed look-up each, where scanning the
    // list cost about 200 instructions a token)
    // and a word whose first letter begins none of them (nor is و or ف), or that begins with
    // the article when none does, is turned away by its first letter
    struct Verbs {
        set: crate::hash::WordSet<&'static str>,
        /// by first character - U+0600: some verb (or و, ف) begins with it
        first: [bool; 256],
        /// some verb begins outside the Arabic block, or is empty: no first-letter test
        any_first: bool,
        /// some verb begins with the article
        article: bool,
    }
    static VERBS: OnceLock<Verbs> = OnceLock::new();
    let v = VERBS.get_or_init(|| {
        let mut first = [false; 256];
        let mut any_first = false;
        for w in SPEECH_VERBS.iter().copied().chain(["و", "ف"]) {
            match w
                .chars()
                .next()
                .and_then(|c| (c as usize).checked_sub(0x600))
                .filter(|&k| k < 256)
            {
                Some(k) => first[k] = true,
                None => any_first = true,
            }
        }
        Verbs {
            set: SPEECH_VERBS.iter().copied().collect(),
            first,
            any_first,
            article: SPEECH_VERBS.iter().any(|w| w.starts_with("ال")),
        }
    });
    let w = a.word(i);
    let lead = w
        .chars()
        .next()
        .and_then(|c| (c as usize).checked_sub(0x600))
        .and_then(|k| v.first.get(k).copied());
    if !v.any_first && lead != Some(true) || !v.article && w.starts_with("ال") {
        return false;
    }
    let bare = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'));
    v.set.contains(w) || bare.is_some_and(|b| v.set.contains(b))
}

/// No built-in title is longer than this many tokens (a test checks).
pub(crate) const TITLE_TOKENS: usize = 4;

/// The last token of the longest title starting at token `first`, if any (`gaz` is sorted by
/// last token; a title is at most a few tokens, so this looks at a bounded window).
fn title_from(gaz: &[GazMatch], first: usize) -> Option<usize> {
    starting_at(gaz, first, TITLE_TOKENS)
        .filter(|m| m.list == List::Title)
        .map(|m| m.last)
        .max()
}

/// Does `text` write a final yeh with its dots where loose spelling drops them ("في",
/// "الذي", "التي")? Then its "على" is the preposition, not the name "علي" spelled loosely.
fn dots_final_yeh(text: &str, a: &Analysis) -> bool {
    a.toks.iter().any(|t| {
        matches!(
            text.get(t.start..t.end),
            Some("في" | "وفي" | "ففي" | "الذي" | "التي" | "والذي" | "والتي")
        )
    })
}

/// Is token `k` a word that the stripper left whole as a rare name word but that reads as
/// the preposition ب, ل or ك and a listed common word that is no person's name ("بوزير": with
/// a minister)?
fn preposition_and_noun(a: &Analysis, k: usize) -> bool {
    let g = builtin_gazetteer();
    a.toks
        .get(k)
        .is_some_and(|t| t.maybe_clitic && t.nclitic == 0)
        && ['ب', 'ل', 'ك'].iter().any(|&c| {
            a.canon(k).strip_prefix(c).is_some_and(|rest| {
                rest.chars().count() >= 3 && g.word(rest).is_some_and(|h| h & 4 != 0 && h & 1 == 0)
            })
        })
}

/// Does a match that `pred` accepts end at token `e` (`gaz` sorted by last token)? A binary
/// search and the few matches ending there, so a caller that asks at every token stays linear.
fn ends_at(gaz: &[GazMatch], e: usize, pred: impl Fn(&GazMatch) -> bool) -> bool {
    let from = gaz.partition_point(|m| m.last < e);
    gaz.get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|m| m.last == e)
        .any(pred)
}

/// Does a title of the list end at token `e` (`gaz` sorted by last token)?
fn title_ends_at(gaz: &[GazMatch], e: usize) -> bool {
    ends_at(gaz, e, |m| m.list == List::Title)
}

/// The matches of `gaz` (sorted by last token) that start at token `first` and are shorter
/// than `most` tokens: a bounded window, so a caller that asks at every token stays linear.
fn starting_at(gaz: &[GazMatch], first: usize, most: usize) -> impl Iterator<Item = &GazMatch> {
    let from = gaz.partition_point(|m| m.last < first);
    gaz.get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(move |m| m.last < first + most)
        .filter(move |m| m.first == first)
}

/// Whether tokens `first..=last` lie inside a title of two words or more ("الله" of "آية
/// الله": no MISC). A bounded window of `gaz`, as in [`title_from`].
fn inside_title(gaz: &[GazMatch], first: usize, last: usize) -> bool {
    let from = gaz.partition_point(|m| m.last < last);
    gaz.get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|m| m.last < last + TITLE_TOKENS)
        .any(|m| m.list == List::Title && m.first < m.last && m.first <= first)
}

/// Question words, negations and particles of the spoken dialects, and the vocative "يا"
/// (folded forms, this project's own list): never an entity on their own, nor the first word
/// of one ("مين جاي بكرة؟" has no person). Not "شو" (also the Chinese surname Xu), "وين"
/// (Wayne), "فين" or "ابي", which start no name only at a sentence's start.
const DIALECT_STARTS: &[&str] = &[
    "مين",
    "ايش",
    "وش",
    "ليش",
    "ليه",
    "ازاي",
    "امتي",
    "هيك",
    "هاد",
    "هادا",
    "هادي",
    "هيدا",
    "هيدي",
    "كده",
    "كدا",
    "كتير",
    "شوي",
    "شويه",
    "عشان",
    "علشان",
    "مشان",
    "بدي",
    "بدك",
    "بدو",
    // the Gulf's "want" (نبي نروح, تبي شي; not "ابي", also the kunya of "علي بن أبي طالب")
    "نبي",
    "تبي",
    "يبي",
    "مش",
    "مافي",
    "مفيش",
    "ماكو",
    "هلق",
    "دلوقتي",
    "لسه",
    "لسا",
    "خلاص",
    "برضو",
    "يعني",
    "ايوه",
    // the spoken "early" ("أنام بدري"; the given name Badri is rare in the news)
    "بدري",
    "يا",
];

/// Verbs of the spoken dialects (folded) that follow their subject in social media ("ميسي
/// جاب جول", "محمد راح عالشغل"): never inside a name. Not "قال" and other standard verbs,
/// which the tagger already keeps out, nor "جاب" before "الله" (the surname "جاب الله").
const DIALECT_VERBS: &[&str] = &[
    "جاب",
    "جابت",
    "جابو",
    "جابوا",
    "راح",
    "راحت",
    "راحو",
    "راحوا",
    "اجا",
    "اجت",
    "اجو",
    "قعد",
    "قعدت",
    "شاف",
    "شافت",
    "شافو",
    "شافوا",
    "بيقول",
    "بتقول",
    "بيعمل",
    "بتعمل",
    "عمل",
];

/// Closed-class words that are never an entity on their own (folded forms): personal
/// pronouns, demonstratives and relatives, and prepositions carrying a pronoun.
const FUNCTION_WORDS: &[&str] = &[
    "انا",
    "انت",
    "انتم",
    "هو",
    "هي",
    "هم",
    "هن",
    "نحن",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هولاء",
    "اوليك",
    "الذي",
    "التي",
    "الذين",
    "لي",
    "لك",
    "له",
    "لها",
    "لنا",
    "لكم",
    "لهم",
    "بي",
    "بك",
    "به",
    "بها",
    "بنا",
    "بهم",
    "مني",
    "منك",
    "منه",
    "منها",
    "منا",
    "منهم",
    "عني",
    "عنه",
    "عنها",
    "عنهم",
    "فيه",
    "فيها",
    "فيهم",
    "اليه",
    "اليها",
    "اليهم",
    "عليه",
    "عليها",
    "عليهم",
    "معي",
    "معه",
    "معها",
    "معهم",
    "عندي",
    "عنده",
    "عندها",
    "لدي",
    "لديه",
    "لديها",
    "لديهم",
];

/// Regnal numbers after a ruler's name (folded forms).
const REGNAL: &[&str] = &[
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الحادي",
];

/// Particles of European names (folded), which a person's name never ends on either: "لولا
/// دا سيلفا", "ليوناردو دا فينشي", "جوزيه دي لا فوينتي", "أورسولا فون دير لاين".
pub(crate) const FOREIGN_LINKS: &[&str] =
    &["دا", "دي", "دو", "دوس", "ديل", "دير", "فان", "فون", "لا"];

/// Words that link the parts of an Arabic name and never end one (folded forms).
const NAME_LINKS: &[&str] = &[
    "بن", "ابن", "بنت", "ابو", "ابي", "ابا", "بو", "عبد", "ال", "ولد",
];

/// Kinds of things whose names read like foreign persons' (folded; with the article too).
const THING_HEADS: &[&str] = &[
    "فيروس",
    "الفيروس",
    "فايروس",
    "مرض",
    "المرض",
    "متلازمه",
    "اعصار",
    "الاعصار",
    "عاصفه",
    "العاصفه",
    "صاروخ",
    "الصاروخ",
    "صواريخ",
    "طايره",
    "الطايره",
    "طايرات",
    "مقاتلات",
    "دبابه",
    "دبابات",
    "مروحيه",
    "مروحيات",
    "سلاله",
    "متحور",
    "المتحور",
    "لقاح",
    "اللقاح",
    "جايحه",
    "الجايحه",
    "وباء",
    "الوباء",
];

/// Heads (folded) of a storm's name, which is no place either ("إعصار كاترينا").
const STORM_HEADS: &[&str] = &["اعصار", "الاعصار", "عاصفه", "العاصفه"];

/// Diseases and viruses named like foreign persons (folded), no person on their own either:
/// "انتشر كورونا" ("كورونا" is a surname in the person-name lists).
const DISEASES: &[&str] = &[
    "كورونا",
    "كوفيد",
    "ايبولا",
    "زيكا",
    "سارس",
    "ميرس",
    "اوميكرون",
    "انفلونزا",
    "الانفلونزا",
    "الايدز",
    "ايدز",
];

/// Loanwords that end the name of a venue or a building (folded): "المملكة أرينا", "دبي مول",
/// "سنترال بارك", "ماديسون سكوير غاردن". A person of the tagger ending on one is no person.
const VENUE_TAILS: &[&str] = &[
    "ارينا",
    "ستاديوم",
    "بارك",
    "مول",
    "بلازا",
    "تاور",
    "تاورز",
    "غاردن",
    "جاردن",
    "سنتر",
];

/// What follows "صباح" or "مساء" in a greeting (folded): "صباح الخير", "مساء الورد".
const GREETING_TAILS: &[&str] = &[
    "الخير",
    "النور",
    "الورد",
    "الفل",
    "الياسمين",
    "العسل",
    "الهنا",
    "السعاده",
    "الجمال",
    "الحب",
    "القشطه",
    "الورود",
];

/// Is `w` (folded) one of [`THING_HEADS`], also behind a conjunction and a preposition
/// ("بفيروس كورونا", "وللصواريخ"): the stripper keeps a word it does not know whole.
fn is_thing_head(w: &str) -> bool {
    if THING_HEADS.contains(&w) {
        return true;
    }
    let w = w
        .strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .unwrap_or(w);
    if THING_HEADS.contains(&w) {
        return true;
    }
    // ("للفيروس" is ل + ال + "فيروس"; the list has each head with and without the article)
    ["لل", "ب", "ل", "ك"]
        .iter()
        .any(|c| w.strip_prefix(c).is_some_and(|r| THING_HEADS.contains(&r)))
}

/// Head words that name a kind of place or body, never one on their own (folded forms).
const GENERIC_HEADS: &[&str] = &[
    // (the countryside of a town: "ريف حلب"; "الريف", the Rif, is a place)
    "ريف",
    "مدينه",
    "بلده",
    "قريه",
    "محافظه",
    "ولايه",
    "مقاطعه",
    "منطقه",
    "اقليم",
    "جزيره",
    "وزاره",
    "منظمه",
    "جمعيه",
    "هييه",
    "شركه",
    "وكاله",
    "جبهه",
    "موسسه",
    "معهد",
    "لجنه",
    "حركه",
    "قوات",
    "حزب",
    "نادي",
    "صحيفه",
];

/// "العراقي", "المصرية": the article and a nisba ending.
fn is_nisba(w: &str) -> bool {
    w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه")) && w.chars().count() >= 5
}

fn is_name_token(a: &Analysis, i: usize) -> bool {
    a.toks
        .get(i)
        .is_some_and(|t| t.kind == Kind::Arabic || t.kind == Kind::Latin)
}

/// An entity recognizer: the built-in gazetteers, rules and model, plus names you add.
///
/// ```
/// use dhad::entities::{EntityRecognizer, Label, Source};
/// let mut r = EntityRecognizer::new(false);
/// r.add(Label::Org, ["شركة النسيم"]).unwrap();
/// let text = "وقعت شركة النسيم عقدا";
/// let e = r.extract(text);
/// assert_eq!(e.len(), 1);
/// assert_eq!((e[0].text(text), e[0].label, e[0].source), ("شركة النسيم", Label::Org, Source::Gazetteer));
/// ```
#[derive(Debug, Clone)]
pub struct EntityRecognizer {
    inner: Recognizer,
}

impl Default for EntityRecognizer {
    fn default() -> Self {
        EntityRecognizer::new(true)
    }
}

impl EntityRecognizer {
    /// A recognizer with (`builtin = true`) or without the built-in gazetteers, rules and model.
    /// Without them it finds only the names given to [`EntityRecognizer::add`].
    pub fn new(builtin: bool) -> EntityRecognizer {
        EntityRecognizer {
            inner: Recognizer {
                builtin,
                model: builtin,
                user: Gazetteer::new(),
                #[cfg(feature = "train")]
                custom: None,
            },
        }
    }

    /// Turns the statistical tagger on or off (gazetteers and rules alone are faster and more
    /// precise, and find fewer names). Returns the changed recognizer; `self` is consumed.
    ///
    /// ```
    /// use dhad::entities::{EntityRecognizer, Label, Source};
    /// let r = EntityRecognizer::new(true).with_model(false);
    /// let text = "وصل الوفد إلى الرياض أمس";
    /// let e = r.extract(text);
    /// assert_eq!((e[0].text(text), e[0].label, e[0].source), ("الرياض", Label::Loc, Source::Gazetteer));
    /// ```
    #[must_use = "with_model returns the changed recognizer and leaves nothing behind"]
    pub fn with_model(mut self, on: bool) -> EntityRecognizer {
        self.inner.model = on;
        self
    }

    /// Whether the statistical tagger runs.
    pub fn model(&self) -> bool {
        self.inner.model
    }

    /// Whether the built-in gazetteers and rules are used.
    pub fn builtin(&self) -> bool {
        self.inner.builtin
    }

    /// How many distinct names were added with [`EntityRecognizer::add`].
    pub fn n_names(&self) -> usize {
        self.inner.user.len()
    }

    /// Adds names with a label. They are folded like the built-in lists (hamza, alef, teh
    /// marbuta, yeh, diacritics), match after clitics ("وبشركة النسيم"), and win over the
    /// built-in sources.
    ///
    /// Each call rebuilds the matcher over every name added so far, so give a list's names in
    /// one call: 3,000 names take about 3 ms in one call and over a second one call each.
    ///
    /// # Errors
    /// [`crate::Error::InvalidInput`] when a name has no letter or digit to match; no name of
    /// that call is added then.
    pub fn add<I, S>(&mut self, label: Label, names: I) -> crate::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut kept = Vec::new();
        for (i, given) in names.into_iter().enumerate() {
            let given = given.as_ref();
            let n = given.trim();
            if !text::raw_tokens(n)
                .iter()
                .any(|&(_, _, k)| k != Kind::Punct)
            {
                // (invisible characters spelled as Python spells them: '\u200f')
                let shown: String = given
                    .chars()
                    .map(|c| {
                        if c.is_control()
                            || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
                                | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
                        {
                            format!("\\u{:04x}", u32::from(c))
                        } else {
                            c.to_string()
                        }
                    })
                    .collect();
                return Err(crate::Error::InvalidInput(format!(
                    "the name '{shown}' (item {i} of the names) has no letter or digit to \
                     match; give names as non-empty words"
                )));
            }
            kept.push(n.to_string());
        }
        let names = kept;
        self.inner
            .user
            .add(List::User(label), names.iter().map(String::as_str));
        self.inner.user.build();
        Ok(())
    }

    /// The entities of `text`, sorted by position, never overlapping; spans are byte offsets
    /// into `text` ([`Entity::text`] slices them). With the built-ins on, date and time
    /// expressions (from [`crate::dates`]) are DATE and TIME entities too, where they overlap
    /// no name.
    ///
    /// ```
    /// use dhad::entities::{EntityRecognizer, Label};
    /// let r = EntityRecognizer::default();
    /// let text = "وصل الوفد إلى الرياض أمس";
    /// let found: Vec<(&str, Label)> = r.extract(text).iter().map(|e| (e.text(text), e.label)).collect();
    /// assert_eq!(found, [("الرياض", Label::Loc), ("أمس", Label::Date)]);
    /// ```
    #[must_use]
    pub fn extract(&self, text: &str) -> Vec<Entity> {
        let mut ents = self.inner.extract(text);
        if self.inner.builtin {
            add_dates(text, &mut ents);
        }
        ents
    }

    /// The entities of `text` with one of `labels`: [`EntityRecognizer::extract`] filtered,
    /// without searching for dates when neither DATE nor TIME is asked for (names never give
    /// way to dates, so the names are the same).
    ///
    /// ```
    /// use dhad::entities::{EntityRecognizer, Label};
    /// let r = EntityRecognizer::default();
    /// let text = "وصل الوفد إلى بغداد يوم الأحد";
    /// let places = r.extract_labels(text, &[Label::Loc]);
    /// assert_eq!(places.iter().map(|e| e.text(text)).collect::<Vec<_>>(), ["بغداد"]);
    /// ```
    #[must_use]
    pub fn extract_labels(&self, text: &str, labels: &[Label]) -> Vec<Entity> {
        let mut ents = if labels
            .iter()
            .any(|l| matches!(l, Label::Date | Label::Time))
        {
            self.extract(text)
        } else {
            self.inner.extract(text)
        };
        ents.retain(|e| labels.contains(&e.label));
        ents
    }

    /// [`EntityRecognizer::extract`] when the caller has already found the dates of `text`
    /// (any reference moment: spans do not depend on it), so they are not searched twice.
    ///
    /// ```
    /// use dhad::dates::{extract_dates, CivilDateTime};
    /// use dhad::entities::EntityRecognizer;
    /// let text = "وصل الوفد إلى الرياض أمس";
    /// let dates = extract_dates(text, CivilDateTime::new(2024, 5, 1, 9, 0, 0));
    /// let r = EntityRecognizer::default();
    /// assert_eq!(r.extract_with_dates(text, &dates), r.extract(text));
    /// ```
    pub fn extract_with_dates(
        &self,
        text: &str,
        dates: &[crate::dates::DateMention],
    ) -> Vec<Entity> {
        let mut ents = self.inner.extract(text);
        if self.inner.builtin {
            merge_dates(dates, &mut ents);
        }
        ents
    }
}

/// The token ranges of the lines of `text` (`a` its analysis): a new line starts at a token
/// that a line break (as the sentence splitter reads one) separates from the one before.
fn lines<'a>(text: &'a str, a: &'a Analysis) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
    let breaks = (1..a.toks.len()).filter(move |&i| line_break_before(text, a, i));
    let mut start = 0;
    breaks.chain(std::iter::once(a.toks.len())).map(move |b| {
        let r = start..b;
        start = b;
        r
    })
}

/// Does a line break (as the sentence splitter reads one) stand between token `i` and the one
/// before?
fn line_break_before(text: &str, a: &Analysis, i: usize) -> bool {
    match (i.checked_sub(1).and_then(|p| a.toks.get(p)), a.toks.get(i)) {
        (Some(p), Some(t)) => text
            .get(p.end..t.start)
            .is_some_and(|gap| gap.contains(crate::tokenize::LINE_BREAKS)),
        _ => false,
    }
}

/// Merge the DATE/TIME mentions of `text` into `ents` (both sorted by start), keeping the names
/// where the two overlap. Spans do not depend on the reference moment, so any will do.
fn add_dates(text: &str, ents: &mut Vec<Entity>) {
    use crate::dates::CivilDateTime;
    let reference = CivilDateTime {
        year: 2000,
        month: 1,
        day: 1,
        hour: 0,
        minute: 0,
        second: 0,
    };
    merge_dates(&crate::dates::extract_dates(text, reference), ents);
}

/// Merge `dates` (sorted by start) into `ents`, keeping the names where the two overlap.
fn merge_dates(dates: &[crate::dates::DateMention], ents: &mut Vec<Entity>) {
    use crate::dates::DateLabel;
    if dates.is_empty() {
        return;
    }
    let names = std::mem::take(ents);
    let mut out = Vec::with_capacity(names.len() + dates.len());
    let mut i = 0;
    for d in dates {
        // Names that end before this date come first.
        while i < names.len() && names[i].end <= d.start {
            out.push(names[i]);
            i += 1;
        }
        let overlaps = names.get(i).is_some_and(|n| n.start < d.end)
            || out.last().is_some_and(|n: &Entity| n.end > d.start);
        if !overlaps {
            let label = match d.label {
                DateLabel::Date => Label::Date,
                DateLabel::Time => Label::Time,
            };
            out.push(Entity {
                start: d.start,
                end: d.end,
                label,
                source: Source::Rule,
            });
        }
    }
    out.extend_from_slice(names.get(i..).unwrap_or_default());
    *ents = out;
}

/// The entities of `text` found by the default recognizer (built-in gazetteers, rules and model).
/// The recognizer is built once, on first use, and shared between threads.
///
/// ```
/// let text = "اجتمع مجلس الأمن في نيويورك";
/// let ents = dhad::entities::extract_entities(text);
/// assert!(ents.iter().any(|e| e.text(text) == "نيويورك"));
/// ```
#[must_use]
pub fn extract_entities(text: &str) -> Vec<Entity> {
    default_recognizer().extract(text)
}

/// The recognizer behind [`extract_entities`], built once on first use.
pub(crate) fn default_recognizer() -> &'static EntityRecognizer {
    static R: OnceLock<EntityRecognizer> = OnceLock::new();
    R.get_or_init(EntityRecognizer::default)
}

#[cfg(test)]
mod tests;
