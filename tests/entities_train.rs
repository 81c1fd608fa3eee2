//! Trains the entity tagger (run by scripts/train_entities.sh; needs the `train` feature and the
//! gold data in ../shared/eval). Ignored in ordinary test runs.
#![cfg(feature = "train")]

mod entities_corpus;
use entities_corpus::*;

use dhad::entities::train::{train, Example, TrainOptions};

fn examples(sents: &[Sent], misc: bool) -> Vec<Example> {
    sents
        .iter()
        .map(|s| {
            let (text, spans) = text_of(s);
            let spans = chunks(&s.tags)
                .into_iter()
                .filter(|c| misc || c.2 != dhad::entities::Label::Misc)
                .map(|(f, l, lab)| (spans[f].0, spans[l].1, lab))
                .collect();
            Example { text, spans }
        })
        .collect()
}

#[test]
#[ignore]
fn train_entity_model() {
    let root = env!("CARGO_MANIFEST_DIR");
    let aner = shared_eval("DHAD_ANERCORP", "anercorp_train.jsonl");
    let sents = read_jsonl(&aner);
    if sents.is_empty() {
        eprintln!("no training data at {aner}; skipped");
        return;
    }
    // our development split: the last 10% of sentences, never trained on (and never used to
    // choose settings). DHAD_TUNE=1 trains on the part before the 10% just before it (the tuning
    // slice), writes the model to DHAD_MODEL_OUT and scores the tuning slice with it.
    let ntrain = sents.len() - sents.len() / 10;
    let tune = std::env::var("DHAD_TUNE").is_ok();
    let ntune = ntrain - sents.len() / 10;
    let mut ex = examples(&sents[..if tune { ntune } else { ntrain }], true);
    if let Some(aq) = Some(shared_eval("DHAD_AQMAR", "aqmar.jsonl"))
        .filter(|_| std::env::var("DHAD_WITH_AQMAR").is_ok())
    {
        // AQMAR (Wikipedia) as extra data for PER/LOC/ORG, MISC dropped; every 4th article is
        // held out as the cross-genre check.
        let aq = read_jsonl(&aq);
        let mut docs: Vec<String> = aq.iter().filter_map(|s| s.doc.clone()).collect();
        docs.sort();
        docs.dedup();
        let held: Vec<&String> = docs.iter().step_by(4).collect();
        // DHAD_AQMAR_NOMISC=1: leave out AQMAR sentences with a MISC mention (their MISC would
        // otherwise teach the tagger that ANERcorp-style MISC names are O)
        let nomisc = std::env::var("DHAD_AQMAR_NOMISC").is_ok();
        let keep: Vec<Sent> = aq
            .into_iter()
            .filter(|s| !s.doc.as_ref().is_some_and(|d| held.contains(&d)))
            .filter(|s| !nomisc || !s.tags.iter().any(|t| t.ends_with("MISC")))
            .collect();
        ex.extend(examples(&keep, false));
    }
    let epochs = std::env::var("DHAD_EPOCHS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12);
    let min_count = std::env::var("DHAD_MIN_COUNT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let prune = std::env::var("DHAD_PRUNE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2.0);
    let runs = std::env::var("DHAD_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let seed = std::env::var("DHAD_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let opts = TrainOptions {
        seed,
        epochs,
        min_count,
        prune,
        runs,
        ..TrainOptions::default()
    };
    let (bytes, report) = train(&ex, &opts);
    eprintln!("{report}");
    let out = std::env::var("DHAD_MODEL_OUT").unwrap_or(format!("{root}/data/entities/model.bin"));
    std::fs::write(&out, bytes).expect("writing the model file");
    eprintln!("wrote {out}");
    if tune {
        // the library reads DHAD_MODEL_FILE (feature `train` only) the first time it needs a model
        std::env::set_var("DHAD_MODEL_FILE", &out);
        score_slice(&sents[ntune..ntrain]);
    }
}

/// Conlleval-style exact-chunk scores of the recognizer on `sents`.
fn score_slice(sents: &[Sent]) {
    use dhad::entities::{EntityRecognizer, Label};
    use std::collections::HashMap;
    let r = EntityRecognizer::new(true);
    let (mut tp, mut np, mut ng) = (HashMap::new(), HashMap::new(), HashMap::new());
    let t0 = std::time::Instant::now();
    let mut bytes = 0;
    for s in sents {
        let (text, spans) = text_of(s);
        bytes += text.len();
        let ents = r.extract(&text);
        let keep = |l| matches!(l, Label::Per | Label::Loc | Label::Org | Label::Misc);
        let p = chunks(&tags_of(&ents, &spans, &keep));
        let g = chunks(&s.tags);
        for c in &g {
            *ng.entry(c.2.as_str()).or_insert(0usize) += 1;
            *ng.entry("ALL").or_insert(0) += 1;
        }
        for c in &p {
            *np.entry(c.2.as_str()).or_insert(0usize) += 1;
            *np.entry("ALL").or_insert(0) += 1;
            if g.contains(c) {
                *tp.entry(c.2.as_str()).or_insert(0usize) += 1;
                *tp.entry("ALL").or_insert(0) += 1;
            } else if std::env::var("DHAD_SHOW").is_ok() {
                let gold: Vec<_> = g.iter().filter(|x| x.0 <= c.1 && c.0 <= x.1).collect();
                eprintln!(
                    "FP {} {:?} gold {:?}",
                    c.2.as_str(),
                    s.tokens[c.0..=c.1].join(" "),
                    gold.iter()
                        .map(|x| (x.2.as_str(), s.tokens[x.0..=x.1].join(" ")))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
    let dt = t0.elapsed().as_secs_f64();
    eprintln!(
        "== tuning slice: {} sentences, {:.2} MB/s",
        sents.len(),
        bytes as f64 / dt / 1e6
    );
    print_prf("TUNE ", &tp, &np, &ng);
}
