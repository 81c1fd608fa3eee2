//! Core throughput on news-like Arabic text (our own sample, replicated): normalize, tokenize,
//! sentences. Run with `cargo bench --bench core`; divan reports bytes/s per function.

use divan::counter::BytesCount;
use divan::Bencher;

fn corpus() -> String {
    let sample = include_str!("../examples/news.txt");
    sample.repeat((1 << 20) / sample.len() + 1)
}

fn main() {
    divan::main();
}

#[divan::bench(args = ["search", "display"])]
fn normalize(bencher: Bencher, preset: &str) {
    let text = corpus();
    let n = dhad::normalize::Normalizer::preset(preset).unwrap();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| n.normalize(divan::black_box(&text)).len());
}

/// The Python path: text as a str stores it (UTF-16 code units here, as CPython's two-byte
/// kind), normalized paragraph by paragraph onto one buffer, as `normalize_batch` does.
#[divan::bench(args = ["search", "display"])]
fn normalize_code_points(bencher: Bencher, preset: &str) {
    let text = corpus();
    let paragraphs: Vec<Vec<u16>> = text
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.encode_utf16().collect())
        .collect();
    let n = dhad::normalize::Normalizer::preset(preset).unwrap();
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        paragraphs
            .iter()
            .map(|p| {
                n.normalize_code_points(divan::black_box(p))
                    .map_or(0, |o| o.map_or(0, |c| c.len()))
            })
            .sum::<usize>()
    });
}

#[divan::bench]
fn normalize_unchanged(bencher: Bencher) {
    let n = dhad::normalize::search_normalizer();
    let text = n.normalize(&corpus()).into_owned();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| n.normalize(divan::black_box(&text)).len());
}

#[divan::bench]
fn normalize_aligned(bencher: Bencher) {
    let text = corpus();
    let n = dhad::normalize::search_normalizer();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| n.normalize_aligned(divan::black_box(&text)).text().len());
}

#[divan::bench]
fn tokenize(bencher: Bencher) {
    let text = corpus();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| dhad::tokenize::tokenize(divan::black_box(&text)).len());
}

#[divan::bench]
fn sentences(bencher: Bencher) {
    let text = corpus();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| dhad::tokenize::sentences(divan::black_box(&text)).len());
}
