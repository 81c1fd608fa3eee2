//! Throughput of `extract_entities` on news sentences, one core: the ANERcorp train sentences
//! (`../shared/eval/anercorp_train.jsonl`, a sentence being its tokens joined by spaces) one by
//! one and in paragraphs of ten, as `scripts/bench_entities.py` feeds them to the Python
//! module. Run with `cargo bench --bench entities`; divan reports bytes/s.
//!
//! The gold data is not part of the repository: without it the bench reads our own sample
//! (`examples/news.txt`) line by line and says so. Set `DHAD_BENCH_TEXT` to a UTF-8 file (one
//! text a line) to measure on other text.

use divan::counter::BytesCount;
use divan::Bencher;

/// The texts to run, one a line of the source.
fn sentences() -> Vec<String> {
    if let Some(t) =
        std::env::var_os("DHAD_BENCH_TEXT").and_then(|p| std::fs::read_to_string(p).ok())
    {
        return t
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(String::from)
            .collect();
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    // ../shared from the repository root (a worktree one level deeper looks two up)
    let data = [
        "../shared/eval/anercorp_train.jsonl",
        "../../shared/eval/anercorp_train.jsonl",
    ]
    .iter()
    .find_map(|p| std::fs::read_to_string(root.join(p)).ok());
    let Some(data) = data else {
        eprintln!("anercorp_train.jsonl not found: measuring examples/news.txt instead");
        return include_str!("../examples/news.txt")
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(String::from)
            .collect();
    };
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|row| {
            let toks = row.get("tokens")?.as_array()?;
            let words: Vec<&str> = toks.iter().filter_map(|t| t.as_str()).collect();
            Some(words.join(" "))
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn run(bencher: Bencher, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let _ = dhad::entities::extract_entities("وصل الوفد إلى الرياض أمس"); // build the tables once
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        texts
            .iter()
            .map(|t| dhad::entities::extract_entities(divan::black_box(t)).len())
            .sum::<usize>()
    });
}

fn main() {
    divan::main();
}

/// Sentence by sentence.
#[divan::bench(sample_count = 10)]
fn extract_entities_sentences(bencher: Bencher) {
    run(bencher, &sentences());
}

/// Ten sentences a text, joined by spaces.
#[divan::bench(sample_count = 10)]
fn extract_entities_paragraphs(bencher: Bencher) {
    let paragraphs: Vec<String> = sentences().chunks(10).map(|c| c.join(" ")).collect();
    run(bencher, &paragraphs);
}
