//! Quick evaluation of the entity recognizer on our ANERcorp development split (the last 10% of
//! anercorp_train, never trained on). The committed evaluation is scripts/eval_entities.py; this
//! ignored test is the Rust-side twin used while training. `cargo test --release --test
//! entities_eval -- --ignored --nocapture`
mod entities_corpus;
use entities_corpus::*;

use dhad::entities::{EntityRecognizer, Label};
use std::collections::HashMap;

fn score(name: &str, sents: &[Sent], r: &EntityRecognizer) {
    let mut tp: HashMap<&str, usize> = HashMap::new();
    let mut np: HashMap<&str, usize> = HashMap::new();
    let mut ng: HashMap<&str, usize> = HashMap::new();
    let mut shown = 0;
    let _ = r.extract("تمهيد");
    let t0 = std::time::Instant::now();
    let mut bytes = 0;
    for s in sents {
        let (text, spans) = text_of(s);
        bytes += text.len();
        let ents = r.extract(&text);
        let pred = tags_of(&ents, &spans, &|l| {
            matches!(l, Label::Per | Label::Loc | Label::Org | Label::Misc)
        });
        let g = chunks(&s.tags);
        if std::env::var("DHAD_SHOW_RULES").is_ok() {
            for e in &ents {
                if e.source == dhad::entities::Source::Rule {
                    let covered: Vec<usize> = spans
                        .iter()
                        .enumerate()
                        .filter(|(_, &(a, b))| a < e.end && e.start < b)
                        .map(|(i, _)| i)
                        .collect();
                    eprintln!(
                        "RULE {} {:?} gold {:?}",
                        e.label,
                        e.text(&text),
                        covered
                            .iter()
                            .map(|&i| (&s.tokens[i], &s.tags[i]))
                            .collect::<Vec<_>>()
                    );
                }
            }
        }
        let p = chunks(&pred);
        for c in &g {
            *ng.entry(c.2.as_str()).or_default() += 1;
            *ng.entry("ALL").or_default() += 1;
        }
        if std::env::var("DHAD_SHOW_FN").is_ok() && r.model() {
            for c in &g {
                if !p.contains(c) {
                    eprintln!(
                        "FN {} {:?} pred {:?}",
                        c.2.as_str(),
                        s.tokens[c.0..=c.1].join(" "),
                        p.iter()
                            .filter(|x| x.0 <= c.1 && c.0 <= x.1)
                            .map(|x| (x.2.as_str(), s.tokens[x.0..=x.1].join(" ")))
                            .collect::<Vec<_>>()
                    );
                }
            }
        }
        for c in &p {
            *np.entry(c.2.as_str()).or_default() += 1;
            *np.entry("ALL").or_default() += 1;
            if g.contains(c) {
                *tp.entry(c.2.as_str()).or_default() += 1;
                *tp.entry("ALL").or_default() += 1;
            } else if shown < 400 && std::env::var("DHAD_SHOW").is_ok() && r.model() {
                shown += 1;
                eprintln!(
                    "FP {} {:?} gold {:?}",
                    c.2.as_str(),
                    &s.tokens[c.0..=c.1],
                    g.iter()
                        .filter(|x| x.0 <= c.1 && c.0 <= x.1)
                        .map(|x| (x.2.as_str(), s.tokens[x.0..=x.1].join(" ")))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
    let dt = t0.elapsed().as_secs_f64();
    eprintln!(
        "== {name}: {} sentences, {:.2} MB/s",
        sents.len(),
        bytes as f64 / dt / 1e6
    );
    print_prf("", &tp, &np, &ng);
}

#[test]
#[ignore]
fn eval_dev_split() {
    let aner = shared_eval("DHAD_ANERCORP", "anercorp_train.jsonl");
    let sents = read_jsonl(&aner);
    if sents.is_empty() {
        eprintln!("no data at {aner}; skipped");
        return;
    }
    let dev = &sents[sents.len() - sents.len() / 10..];
    score("ANERcorp dev (model)", dev, &EntityRecognizer::new(true));
    score(
        "ANERcorp dev (no model)",
        dev,
        &EntityRecognizer::new(true).with_model(false),
    );
    let aq = shared_eval("DHAD_AQMAR", "aqmar.jsonl");
    let aq = read_jsonl(&aq);
    let mut docs: Vec<String> = aq.iter().filter_map(|s| s.doc.clone()).collect();
    docs.sort();
    docs.dedup();
    let held: Vec<&String> = docs.iter().step_by(4).collect();
    let keep: Vec<Sent> = aq
        .into_iter()
        .filter(|s| s.doc.as_ref().is_some_and(|d| held.contains(&d)))
        .collect();
    score(
        "AQMAR held-out articles",
        &keep,
        &EntityRecognizer::new(true),
    );
}

/// Throughput of the default recognizer on the ANERcorp sentences joined into paragraphs
/// (`perf record` target). `cargo test --release --test entities_eval bench -- --ignored --nocapture`
#[test]
#[ignore]
fn bench_throughput() {
    // DHAD_EXAMPLES=1: the paragraphs of examples/*.txt, as bench/compare.py uses them
    let texts: Vec<String> = if std::env::var("DHAD_EXAMPLES").is_ok() {
        let mut files: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|x| x == "txt"));
        files.sort();
        let paras: Vec<String> = files
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .flat_map(|t| {
                t.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        // about 1 MB
        let size: usize = paras.iter().map(String::len).sum::<usize>().max(1);
        paras
            .iter()
            .cycle()
            .take(paras.len() * (1_000_000 / size + 1))
            .cloned()
            .collect()
    } else {
        let sents = read_jsonl(&shared_eval("DHAD_ANERCORP", "anercorp_train.jsonl"));
        sents
            .chunks(10)
            .map(|c| {
                c.iter()
                    .map(|s| s.tokens.join(" "))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    };
    if texts.is_empty() {
        return;
    }
    let r = EntityRecognizer::new(true);
    let _ = r.extract("تمهيد");
    let reps = std::env::var("DHAD_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let t0 = std::time::Instant::now();
    let mut bytes = 0;
    let mut n = 0;
    for _ in 0..reps {
        for t in &texts {
            bytes += t.len();
            n += r.extract(t).len();
        }
    }
    let dt = t0.elapsed().as_secs_f64();
    eprintln!(
        "{:.1} MB/s, {:.0} entities/s ({} bytes)",
        bytes as f64 / dt / 1e6,
        n as f64 / dt,
        bytes
    );
}
