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
    // our development split: the last 10% of sentences, never trained on
    let ntrain = sents.len() - sents.len() / 10;
    let mut ex = examples(&sents[..ntrain], true);
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
        let keep: Vec<Sent> = aq
            .into_iter()
            .filter(|s| !s.doc.as_ref().is_some_and(|d| held.contains(&d)))
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
    let opts = TrainOptions {
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
}
