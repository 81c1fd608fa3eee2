//! Invariants of dhad's public entry points, shared by the fuzz targets (`fuzz_targets/`) and by
//! the crate's own tests (`tests/reliability.rs` includes this file), so a fuzz finding and its
//! regression test check exactly the same thing.
//!
//! Each `check_*` function runs one entry point on `text` and panics with a message naming the
//! broken invariant. "No panic" alone is never the bar: spans must lie on character boundaries
//! and slice back, alignments must stay inside the original, folds must be idempotent where the
//! contract says so.
//!
//! Adding an entry point is one `check_*` function
//! here, one line in [`check_all`], and a five-line target under `fuzz_targets/`.

use dhad::normalize::{search_normalize, Normalizer, Options};
use dhad::tokenize::{sentences, tokenize, Token, TokenKind};

/// The normalizer of a preset, built once (building one per input dominated the fuzz loop).
pub fn preset(name: &str) -> &'static Normalizer {
    use std::sync::OnceLock;
    static NONE: OnceLock<Normalizer> = OnceLock::new();
    static DISPLAY: OnceLock<Normalizer> = OnceLock::new();
    let make =
        |p: &str| Normalizer::preset(p).unwrap_or_else(|_| Normalizer::new(Options::default()));
    match name {
        "search" => dhad::normalize::search_normalizer(),
        "display" => DISPLAY.get_or_init(|| make("display")),
        _ => NONE.get_or_init(|| make("none")),
    }
}

/// The three presets by name.
pub const PRESETS: [&str; 3] = ["none", "display", "search"];

/// Is `b..e` a non-inverted span of `text` on character boundaries?
pub fn is_span(text: &str, s: usize, e: usize) -> bool {
    s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
}

/// Characters that separate tokens and belong to none (what the tokenizer promises to skip).
fn is_separator(c: char) -> bool {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    c.is_whitespace() || c.is_control() || c.general_category() == GeneralCategory::Format
}

/// Options from 16 fuzz bits: one per switch, two for `digits`.
pub fn options_from_bits(bits: u16) -> Options {
    let mut o = Options::default();
    for (i, (name, _)) in Options::default().flags().iter().enumerate() {
        // `flags()` lists every switch; set_flag cannot fail on those names.
        let _ = o.set_flag(name, bits & (1 << i) != 0);
    }
    let _ = o.set_digits(match (bits >> 12) & 3 {
        1 => Some("latin"),
        2 => Some("arabic"),
        _ => None,
    });
    o
}

/// `normalize` under `n`: valid output, the borrowed fast path only when nothing changed, the same
/// text as `normalize_aligned`, and (when `idempotent`) a second pass changes nothing.
pub fn check_normalize(text: &str, n: &Normalizer, idempotent: bool) {
    let out = n.normalize(text);
    if let std::borrow::Cow::Borrowed(b) = &out {
        // A borrowed result is one slice of the input (only characters dropped at either end).
        let (t0, b0) = (text.as_ptr() as usize, b.as_ptr() as usize);
        assert!(
            b0 >= t0 && b0 + b.len() <= t0 + text.len(),
            "a borrowed result must be a slice of the input"
        );
    }
    if *n.options() == Options::default() {
        assert_eq!(
            out, text,
            "the \"none\" options must return the text unchanged"
        );
    }
    let aligned = n.normalize_aligned(text);
    assert_eq!(
        aligned.text(),
        out,
        "normalize and normalize_aligned must produce the same text"
    );
    if idempotent {
        let again = n.normalize(&out);
        assert_eq!(
            again, out,
            "normalizing twice must give the same text as once (input {text:?})"
        );
    }
}

/// `normalize_aligned` under `n`: one span per output character, each a non-empty span of the
/// original on character boundaries, starts never decreasing by more than one cluster, and
/// `to_original` of any output span inside the original.
pub fn check_aligned(text: &str, n: &Normalizer) {
    let a = n.normalize_aligned(text);
    let out = a.text();
    let offsets = a.offsets();
    assert_eq!(
        offsets.len(),
        out.chars().count(),
        "one span per output character"
    );
    for (i, &(s, e)) in offsets.iter().enumerate() {
        assert!(
            is_span(text, s, e),
            "offsets[{i}] = ({s}, {e}) is not a span of the original (len {})",
            text.len()
        );
        assert!(
            s < e,
            "offsets[{i}] = ({s}, {e}) is empty: every output character comes from some input"
        );
    }
    let m = offsets.len();
    // Every one-character span (each O(1)), the empty spans at both ends, the whole, and eight
    // prefixes and suffixes (each O(m)): linear in all, so long inputs stay cheap to fuzz.
    let cuts = (0..=8).map(|k| m * k / 8);
    let probes = (0..m)
        .map(|i| (i, i + 1))
        .chain([(0, 0), (m, m), (0, m)])
        .chain(cuts.clone().map(|c| (0, c)))
        .chain(cuts.map(|c| (c, m)));
    for (i, j) in probes {
        let (s, e) = a.to_original(i, j);
        assert!(
            is_span(text, s, e),
            "to_original({i}, {j}) = ({s}, {e}) is not a span of the original"
        );
        if i < j {
            assert!(s < e, "to_original({i}, {j}) of a non-empty span is empty");
        }
        if j == i + 1 {
            assert_eq!(
                (s, e),
                offsets[i],
                "to_original of one character is its offset"
            );
        }
    }
    // Out-of-range requests clamp instead of panicking.
    let (s, e) = a.to_original(m + 5, m + 1);
    assert!(is_span(text, s, e), "to_original past the end must clamp");
}

/// `search_normalize`: idempotent, and equal to `normalize(text, "search")`.
pub fn check_search(text: &str) {
    let once = search_normalize(text);
    let twice = search_normalize(&once);
    assert_eq!(
        twice, once,
        "search normalization must be idempotent (input {text:?})"
    );
    let by_name = dhad::normalize::normalize(text, "search").map(|c| c.into_owned());
    assert_eq!(
        by_name.as_deref(),
        Ok(&*once),
        "normalize(text, \"search\") must equal search_normalize"
    );
}

fn check_token_list(text: &str, toks: &[Token]) {
    let mut prev_end = 0;
    for (i, t) in toks.iter().enumerate() {
        assert!(
            is_span(text, t.start, t.end),
            "token {i} ({}, {}) is not a span of the text",
            t.start,
            t.end
        );
        assert!(t.start < t.end, "token {i} is empty");
        assert!(
            t.start >= prev_end,
            "token {i} starts at {} before the previous token ends at {prev_end}",
            t.start
        );
        let gap = &text[prev_end..t.start];
        assert!(
            gap.chars().all(is_separator),
            "the text between tokens {} and {i} ({gap:?}) holds more than separators: it was lost",
            i.saturating_sub(1)
        );
        let tt = t.text(text);
        assert_eq!(tt, &text[t.start..t.end], "Token::text must slice back");
        assert!(
            !tt.chars().any(char::is_whitespace),
            "token {i} {tt:?} holds whitespace"
        );
        assert!(
            TokenKind::from_code(t.kind as u8) == Some(t.kind),
            "token kind code round-trips"
        );
        prev_end = t.end;
    }
    let tail = &text[prev_end.min(text.len())..];
    assert!(
        tail.chars().all(is_separator),
        "the text after the last token ({tail:?}) holds more than separators"
    );
}

/// `tokenize`: tokens in order, non-empty, non-overlapping, on character boundaries; whatever is
/// not in a token is whitespace, control or format characters (nothing is lost); a token's `norm`
/// is its search normalization.
pub fn check_tokenize(text: &str) {
    let toks = tokenize(text);
    check_token_list(text, &toks);
    for t in toks.iter().take(64) {
        assert_eq!(t.norm(text), search_normalize(t.text(text)));
    }
    // Deterministic.
    assert_eq!(tokenize(text), toks, "tokenize must be deterministic");
}

/// `sentences`: spans in order, non-empty, non-overlapping, on character boundaries, each starting
/// at a token start and ending at a token end; every token lies in exactly one sentence.
pub fn check_sentences(text: &str) {
    let sents = sentences(text);
    let toks = tokenize(text);
    let mut prev_end = 0;
    let mut k = 0; // next token to place
    for (i, s) in sents.iter().enumerate() {
        assert!(
            is_span(text, s.start, s.end),
            "sentence {i} ({}, {}) is not a span of the text",
            s.start,
            s.end
        );
        assert!(s.start < s.end, "sentence {i} is empty");
        assert!(
            s.start >= prev_end,
            "sentence {i} overlaps the previous one"
        );
        assert_eq!(
            s.slice(text),
            &text[s.start..s.end],
            "Span::slice must slice back"
        );
        // Tokens between sentences: none (every token belongs to a sentence).
        let first = toks.get(k).map(|t| t.start);
        assert_eq!(
            first,
            Some(s.start),
            "sentence {i} must start at the next token's start"
        );
        while let Some(t) = toks.get(k) {
            if t.end > s.end {
                break;
            }
            k += 1;
        }
        assert_eq!(
            toks.get(k.wrapping_sub(1)).map(|t| t.end),
            Some(s.end),
            "sentence {i} must end at a token end"
        );
        prev_end = s.end;
    }
    assert_eq!(
        k,
        toks.len(),
        "every token must lie in a sentence ({} of {} placed)",
        k,
        toks.len()
    );
}

/// `extract_numbers` and `parse_number`: mentions in order, non-empty, non-overlapping, on
/// character boundaries; floats finite; the unit written inside the mention. `parse_number` of a
/// run of ASCII digits is the exact integer, or an error when it does not fit: never a wrapped
/// value.
pub fn check_numbers(text: &str) {
    use dhad::numbers::{extract_numbers, parse_number, Value};
    let finite = |v: &Value| !matches!(v, Value::Float(f) if !f.is_finite());
    let mut prev_end = 0;
    for (i, m) in extract_numbers(text).iter().enumerate() {
        assert!(
            is_span(text, m.start, m.end),
            "number {i} ({}, {}) is not a span of the text",
            m.start,
            m.end
        );
        assert!(m.start < m.end, "number {i} is empty");
        assert!(m.start >= prev_end, "number {i} overlaps the previous one");
        assert_eq!(
            m.text(text),
            &text[m.start..m.end],
            "NumberMention::text must slice back"
        );
        assert!(
            finite(&m.value),
            "number {i} has a non-finite value {:?}",
            m.value
        );
        assert!(
            m.range_end.as_ref().is_none_or(finite),
            "number {i} has a non-finite range end"
        );
        if let Some(u) = &m.unit {
            assert!(
                m.text(text).contains(u.as_str()),
                "number {i}: unit {u:?} is not written inside {:?}",
                m.text(text)
            );
        }
        prev_end = m.end;
    }
    if let Ok(v) = parse_number(text) {
        assert!(finite(&v), "parse_number gave a non-finite value");
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).take(60).collect();
    if !digits.is_empty() {
        let exact = digits.parse::<i128>();
        match (parse_number(&digits), exact) {
            (Ok(Value::Int(v)), Ok(want)) => assert_eq!(v, want, "parse_number({digits:?})"),
            (Err(_), Err(_)) => {}
            (got, want) => panic!("parse_number({digits:?}) = {got:?}, expected {want:?}"),
        }
    }
}

/// `extract_dates`: mentions in order, non-empty, non-overlapping, on character boundaries; a
/// resolved value is a valid civil time, and an interval's end does not come before its start.
pub fn check_dates(text: &str, reference: dhad::dates::CivilDateTime) {
    let mut prev_end = 0;
    for (i, m) in dhad::dates::extract_dates(text, reference)
        .iter()
        .enumerate()
    {
        assert!(
            is_span(text, m.start, m.end),
            "date {i} ({}, {}) is not a span of the text",
            m.start,
            m.end
        );
        assert!(m.start < m.end, "date {i} is empty");
        assert!(m.start >= prev_end, "date {i} overlaps the previous one");
        if let Some(v) = m.value {
            assert!(v.is_valid(), "date {i} resolved to an invalid time {v:?}");
        }
        if let Some(e) = m.end_value {
            assert!(e.is_valid(), "date {i} has an invalid end {e:?}");
            if let Some(v) = m.value {
                assert!(e >= v, "date {i} ends ({e}) before it starts ({v})");
            }
        }
        prev_end = m.end;
    }
}

/// A valid reference time from fuzz bits (years -32768..=32767, every month, day and time).
pub fn reference_from(bits: u64) -> dhad::dates::CivilDateTime {
    let year = (bits & 0xFFFF) as u16 as i16 as i32;
    let month = ((bits >> 16) % 12) as u8 + 1;
    let dim = dhad::dates::CivilDateTime::new(year, month, 1, 0, 0, 0);
    let days = (28..=31)
        .rev()
        .find(|&d| dhad::dates::CivilDateTime { day: d, ..dim }.is_valid())
        .unwrap_or(28);
    let day = ((bits >> 24) % u64::from(days)) as u8 + 1;
    let hour = ((bits >> 32) % 24) as u8;
    let minute = ((bits >> 40) % 60) as u8;
    let second = ((bits >> 48) % 60) as u8;
    dhad::dates::CivilDateTime::new(year, month, day, hour, minute, second)
}

/// `segment` on one word: prefixes, stem and suffixes are contiguous ranges on character
/// boundaries that cover the word exactly and join back to it; deterministic; `segment_word`
/// refuses exactly the empty string and strings with whitespace.
pub fn check_segment(word: &str) {
    use dhad::segment::{segment, segment_word};
    let s = segment(word);
    let mut at = 0;
    let ranges = s
        .prefixes
        .iter()
        .chain(std::iter::once(&s.stem))
        .chain(s.suffixes.iter());
    for (k, &(a, b)) in ranges.enumerate() {
        assert_eq!(
            a, at,
            "{word:?}: piece {k} starts at {a}, not where the previous ended ({at})"
        );
        assert!(
            a <= b && is_span(word, a, b),
            "{word:?}: piece {k} ({a}, {b}) is not a span"
        );
        at = b;
    }
    assert_eq!(at, word.len(), "{word:?}: the pieces do not cover the word");
    assert_eq!(
        s.pieces(word).concat(),
        word,
        "{word:?}: the pieces do not join back"
    );
    assert_eq!(segment(word), s, "{word:?}: segment is not deterministic");
    let bad = word.is_empty() || word.chars().any(char::is_whitespace);
    assert_eq!(
        segment_word(word).is_err(),
        bad,
        "{word:?}: segment_word accepts exactly one word"
    );
}

/// `segment` on every token of `text`, on every whitespace-separated piece, and on the whole.
pub fn check_segment_text(text: &str) {
    for t in tokenize(text).iter().take(256) {
        check_segment(t.text(text));
    }
    for w in text.split(char::is_whitespace).take(256) {
        check_segment(w);
    }
    check_segment(text);
}

/// `extract_entities` (built-in recognizer) and an `EntityRecognizer` with user names taken
/// from the input: spans in order, non-empty, non-overlapping, on character boundaries, slicing
/// back; deterministic.
pub fn check_entities(text: &str) {
    use dhad::entities::{extract_entities, EntityRecognizer, Label};
    let check = |ents: &[dhad::entities::Entity], who: &str| {
        let mut prev_end = 0;
        for (i, e) in ents.iter().enumerate() {
            assert!(
                is_span(text, e.start, e.end),
                "{who}: entity {i} ({}, {}) is not a span",
                e.start,
                e.end
            );
            assert!(e.start < e.end, "{who}: entity {i} is empty");
            assert!(
                e.start >= prev_end,
                "{who}: entity {i} overlaps the previous one"
            );
            assert_eq!(
                e.text(text),
                &text[e.start..e.end],
                "{who}: Entity::text must slice back"
            );
            prev_end = e.end;
        }
    };
    let ents = extract_entities(text);
    check(&ents, "builtin");
    assert_eq!(
        extract_entities(text),
        ents,
        "extract_entities must be deterministic"
    );
    let names: Vec<&str> = text.split(['\n', '|']).take(8).collect();
    let mut r = EntityRecognizer::new(false);
    if r.add(Label::Org, &names).is_ok() {
        check(&r.extract(text), "user names");
    }
}

/// Every check on one text, with every preset (used to replay the seed corpus in `cargo test`).
pub fn check_all(text: &str) {
    for name in PRESETS {
        check_normalize(text, preset(name), name != "none");
        check_aligned(text, preset(name));
    }
    check_search(text);
    check_tokenize(text);
    check_sentences(text);
    check_numbers(text);
    check_segment_text(text);
    check_entities(text);
    check_dates(text, reference_from(0x0012_0a1e_0f02_07e8));
}

/// Bytes from the fuzzer as text: invalid UTF-8 becomes U+FFFD, so every input is used.
pub fn text_of(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}
