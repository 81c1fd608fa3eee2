//! Helpers shared by the entity training and evaluation tests: reading the gold JSONL files of
//! ../shared/eval (never copied into the repository) and conlleval-style scoring.
#![allow(dead_code)]

use dhad::entities::{Entity, Label};

/// One corpus sentence: whitespace tokens and IOB2 tags.
pub struct Sent {
    pub tokens: Vec<String>,
    pub tags: Vec<String>,
    pub doc: Option<String>,
}

pub fn read_jsonl(path: &str) -> Vec<Sent> {
    let data = std::fs::read_to_string(path).unwrap_or_default();
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| Sent {
            tokens: v["tokens"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|x| x.as_str().unwrap_or("").to_string())
                        .collect()
                })
                .unwrap_or_default(),
            tags: v["tags"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|x| x.as_str().unwrap_or("O").to_string())
                        .collect()
                })
                .unwrap_or_default(),
            doc: v["doc"].as_str().map(str::to_string),
        })
        .collect()
}

pub fn label_of(tag: &str) -> Option<Label> {
    match tag.get(2..)? {
        "PER" => Some(Label::Per),
        "LOC" => Some(Label::Loc),
        "ORG" => Some(Label::Org),
        "MISC" => Some(Label::Misc),
        _ => None,
    }
}

/// Chunks (first token, last token inclusive, label); an orphan I- starts a chunk.
pub fn chunks(tags: &[String]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, usize, Label)> = None;
    for (i, t) in tags.iter().enumerate() {
        let l = label_of(t);
        let cont = t.starts_with("I-") && matches!((cur, l), (Some(c), Some(l)) if c.2 == l);
        if cont {
            if let Some(c) = cur.as_mut() {
                c.1 = i;
            }
            continue;
        }
        if let Some(c) = cur.take() {
            out.push(c);
        }
        if let Some(l) = l {
            cur = Some((i, i, l));
        }
    }
    if let Some(c) = cur {
        out.push(c);
    }
    out
}

/// The sentence as text (tokens joined by spaces) and the byte span of each token.
pub fn text_of(s: &Sent) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for t in &s.tokens {
        if !text.is_empty() {
            text.push(' ');
        }
        let st = text.len();
        text.push_str(t);
        spans.push((st, text.len()));
    }
    (text, spans)
}

/// Our entities as corpus-token tags: an entity covers a token when they overlap.
pub fn tags_of(
    ents: &[Entity],
    spans: &[(usize, usize)],
    keep: &dyn Fn(Label) -> bool,
) -> Vec<String> {
    let mut tags = vec!["O".to_string(); spans.len()];
    for e in ents {
        if !keep(e.label) {
            continue;
        }
        let mut first = true;
        for (i, &(s, t)) in spans.iter().enumerate() {
            if s < e.end && e.start < t && tags[i] == "O" {
                tags[i] = format!("{}-{}", if first { "B" } else { "I" }, e.label.as_str());
                first = false;
            }
        }
    }
    tags
}

/// Path of a file of the shared gold data: `$DHAD_<VAR>`, else `../shared/eval/<file>` from the
/// repository root (or one level further up, for worktrees).
pub fn shared_eval(var: &str, file: &str) -> String {
    if let Ok(p) = std::env::var(var) {
        return p;
    }
    let root = env!("CARGO_MANIFEST_DIR");
    for up in ["..", "../.."] {
        let p = format!("{root}/{up}/shared/eval/{file}");
        if std::path::Path::new(&p).exists() {
            return p;
        }
    }
    format!("{root}/../shared/eval/{file}")
}

/// Print conlleval-style precision, recall and F1 per label and overall from chunk counts
/// (true positives, predicted, gold), each line starting with `prefix`.
pub fn print_prf(
    prefix: &str,
    tp: &std::collections::HashMap<&str, usize>,
    np: &std::collections::HashMap<&str, usize>,
    ng: &std::collections::HashMap<&str, usize>,
) {
    for l in ["PER", "LOC", "ORG", "MISC", "ALL"] {
        let (t, p, g) = (
            *tp.get(l).unwrap_or(&0),
            *np.get(l).unwrap_or(&0),
            *ng.get(l).unwrap_or(&0),
        );
        let pr = if p > 0 { t as f64 / p as f64 } else { 0.0 };
        let rc = if g > 0 { t as f64 / g as f64 } else { 0.0 };
        let f = if pr + rc > 0.0 {
            2.0 * pr * rc / (pr + rc)
        } else {
            0.0
        };
        eprintln!("{prefix}{l:5} P {pr:.3} R {rc:.3} F1 {f:.3}  (tp {t}, pred {p}, gold {g})");
    }
}
