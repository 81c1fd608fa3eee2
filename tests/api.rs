//! The Rust API as a user meets it: what the public types implement and how their names
//! round-trip. Compile-time checks are plain functions that only need to build.

use dhad::dates::{Calendar, DateLabel, Grain};
use dhad::entities::{Label, Source};
use dhad::normalize::Digits;
use dhad::numbers::{Approx, NumberKind};
use dhad::tokenize::TokenKind;
use std::fmt::Debug;
use std::str::FromStr;

fn shareable<T: Send + Sync + 'static>() {}

/// rayon, a web server's shared state or a `static` need the engines and their results to be
/// `Send + Sync`; the error must fit `Box<dyn Error + Send + Sync>` (what `?` into anyhow needs).
#[test]
fn engines_results_and_errors_are_send_and_sync() {
    shareable::<dhad::normalize::Normalizer>();
    shareable::<dhad::normalize::Options>();
    shareable::<dhad::normalize::Aligned>();
    shareable::<dhad::entities::EntityRecognizer>();
    shareable::<dhad::entities::Entity>();
    shareable::<dhad::tokenize::Token>();
    shareable::<dhad::Span>();
    shareable::<dhad::segment::Segments>();
    shareable::<dhad::numbers::NumberMention>();
    shareable::<dhad::numbers::Value>();
    shareable::<dhad::dates::DateMention>();
    shareable::<dhad::dates::CivilDateTime>();
    shareable::<dhad::Error>();
    let e: Box<dyn std::error::Error + Send + Sync> =
        Box::new(dhad::numbers::parse_number("").unwrap_err());
    assert!(!e.to_string().is_empty());
}

/// Every name enum prints as its API string and parses back from it; a wrong name is an error
/// whose message lists the accepted names.
fn round_trip<T>(all: &[T], bad: &str, names: &str)
where
    T: Copy + Debug + PartialEq + std::fmt::Display + FromStr<Err = dhad::Error>,
{
    for &k in all {
        let s = k.to_string();
        assert_eq!(s.parse::<T>(), Ok(k), "{k:?} prints as {s:?}");
    }
    let err = bad.parse::<T>().unwrap_err().to_string();
    assert!(err.contains(names), "{err}");
}

#[test]
fn name_enums_round_trip_through_display_and_from_str() {
    round_trip(&TokenKind::ALL, "words", "\"word\", \"number\"");
    round_trip(&NumberKind::ALL, "Ordinal", "\"cardinal\", \"ordinal\"");
    round_trip(&Approx::ALL, "about ", "\"about\", \"at_least\"");
    round_trip(&Grain::ALL, "days", "\"year\", \"month\"");
    round_trip(&Calendar::ALL, "julian", "\"gregorian\", \"hijri\"");
    round_trip(&DateLabel::ALL, "PER", "\"DATE\", \"TIME\"");
    round_trip(&Digits::ALL, "persian", "\"latin\", \"arabic\"");
    round_trip(
        &Source::ALL,
        "lexicon",
        "\"gazetteer\", \"rule\", \"model\"",
    );
    round_trip(&Label::ALL, "CITY", "\"PER\", \"LOC\"");
    assert_eq!(TokenKind::ALL.len(), 10);
    assert_eq!(NumberKind::ALL.len(), 4);
    assert_eq!(Approx::ALL.len(), 6);
    assert_eq!(Grain::ALL.len(), 7);
    assert_eq!(
        "words".parse::<TokenKind>().unwrap_err().to_string(),
        "Unknown token kind \"words\"; expected one of \"word\", \"number\", \"punct\", \
         \"symbol\", \"latin\", \"url\", \"email\", \"hashtag\", \"mention\", \"emoji\"."
    );
}

/// The smallest inputs through every entry point, with exact results: the empty string gives
/// empty results (or the documented error), and a lone harakah is one word that folds away.
#[test]
fn empty_and_mark_only_texts_give_exact_results() {
    use dhad::dates::{extract_dates, CivilDateTime};
    use dhad::tokenize::{sentences, tokenize};
    let now = CivilDateTime::new(2024, 1, 1, 0, 0, 0);
    assert!(tokenize("").is_empty() && sentences("").is_empty());
    assert_eq!(
        dhad::segment::segment(""),
        dhad::segment::Segments::default()
    );
    assert!(dhad::numbers::extract_numbers("").is_empty());
    assert!(dhad::entities::extract_entities("").is_empty());
    assert!(extract_dates("", now).is_empty());
    assert_eq!(dhad::normalize::search_normalize(""), "");
    assert_eq!(
        dhad::numbers::parse_number("").unwrap_err().to_string(),
        "\"\" is not one number: it is empty."
    );
    assert_eq!(
        dhad::segment::segment_word("").unwrap_err().to_string(),
        "segment() needs one word, but the string is empty."
    );

    let fatha = "\u{064E}";
    let t = tokenize(fatha);
    assert_eq!(
        (t.len(), t[0].text(fatha), t[0].kind),
        (1, fatha, TokenKind::Word)
    );
    assert_eq!(t[0].norm(fatha), "");
    assert_eq!(sentences(fatha), [dhad::Span::new(0, 2)]);
    assert_eq!(dhad::segment::segment(fatha).pieces(fatha), [fatha]);
    assert!(dhad::numbers::extract_numbers(fatha).is_empty());
    assert!(dhad::entities::extract_entities(fatha).is_empty());
    assert!(extract_dates(fatha, now).is_empty());
    assert_eq!(dhad::normalize::normalize(fatha, "display").unwrap(), fatha);
}

/// Results made only of plain values are `Copy + Hash` like `Token` and `Entity`, so they go
/// into sets and maps as keys (deduplicating the dates of overlapping windows of a feed).
#[test]
fn date_mentions_are_copy_and_hash_like_tokens_and_entities() {
    use dhad::dates::{extract_dates, CivilDateTime, DateMention};
    use std::collections::HashSet;
    fn copy_hash<T: Copy + Eq + std::hash::Hash>() {}
    copy_hash::<DateMention>();
    copy_hash::<dhad::entities::Entity>();
    copy_hash::<dhad::tokenize::Token>();
    let text = "وصل أمس وغادر أمس";
    let found = extract_dates(text, CivilDateTime::new(2024, 5, 1, 9, 0, 0));
    assert_eq!(found.len(), 2);
    let values: HashSet<_> = found.iter().map(|m| (m.value, m.grain)).collect();
    assert_eq!(values.len(), 1, "both are the same day");
    let set: HashSet<DateMention> = found.iter().copied().chain(found.clone()).collect();
    assert_eq!(set.len(), 2, "the two mentions differ by their spans");
}

/// With the `serde` feature (on for the tests: the crate is its own dev-dependency with it),
/// results go to JSON with the Python API's names and come back equal.
#[test]
fn results_serialize_with_the_api_names() {
    use dhad::dates::{extract_dates, CivilDateTime};
    use dhad::entities::extract_entities;
    use dhad::numbers::{extract_numbers, Value};

    let text = "وصل ٣٥٠٠ لاجئ إلى عمّان يوم ١٥ مارس ٢٠٢٤";
    let ents = extract_entities(text);
    let json = serde_json::to_string(&ents).unwrap();
    assert!(
        json.contains(r#""label":"LOC","source":"gazetteer""#),
        "{json}"
    );
    let back: Vec<dhad::entities::Entity> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, ents);

    let nums = extract_numbers(text);
    let json = serde_json::to_value(&nums[0]).unwrap();
    assert_eq!(json["value"], 3500);
    assert_eq!(json["kind"], "cardinal");
    assert_eq!(serde_json::to_string(&Value::Float(12.5)).unwrap(), "12.5");
    let back: Vec<dhad::numbers::NumberMention> =
        serde_json::from_str(&serde_json::to_string(&nums).unwrap()).unwrap();
    assert_eq!(back, nums);

    let dates = extract_dates(text, CivilDateTime::new(2024, 3, 1, 9, 0, 0));
    let json = serde_json::to_value(dates[0]).unwrap();
    assert_eq!(json["label"], "DATE");
    assert_eq!(json["grain"], "day");
    assert_eq!(json["value"]["day"], 15);

    let toks = dhad::tokenize::tokenize(text);
    let json = serde_json::to_value(toks[1]).unwrap();
    assert_eq!(json["kind"], "number");
    // a name that is not one of the API's is a clear error
    let err = serde_json::from_str::<dhad::entities::Label>(r#""PLACE""#).unwrap_err();
    assert!(err.to_string().contains("PLACE"), "{err}");
}
