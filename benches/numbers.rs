//! Throughput of `extract_numbers` on news-like Arabic text, one core, and the cost of one
//! `parse_number`. Run with `cargo bench --bench numbers`; divan reports bytes/s.
//!
//! The text is our own sample (`examples/news.txt`) replicated to about 1 MB, line by line;
//! set `DHAD_BENCH_TEXT` to a UTF-8 file to measure on other text.

use divan::counter::BytesCount;
use divan::Bencher;

fn corpus() -> String {
    if let Ok(p) = std::env::var("DHAD_BENCH_TEXT") {
        if let Ok(t) = std::fs::read_to_string(p) {
            return t;
        }
    }
    let sample = include_str!("../examples/news.txt");
    sample.repeat((1 << 20) / sample.len() + 1)
}

fn main() {
    divan::main();
}

#[divan::bench]
fn extract_numbers(bencher: Bencher) {
    let text = corpus();
    let lines: Vec<&str> = text.lines().collect();
    let _ = dhad::numbers::extract_numbers("ثلاثة"); // build the tables once
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        lines
            .iter()
            .map(|l| dhad::numbers::extract_numbers(divan::black_box(l)).len())
            .sum::<usize>()
    });
}

#[divan::bench(args = ["ثلاثة آلاف وخمسمائة", "الخامس والعشرون", "٣٬٥٠٠", "2.5 مليون"])]
fn parse_number(bencher: Bencher, s: &str) {
    let _ = dhad::numbers::parse_number("ثلاثة");
    bencher.bench(|| dhad::numbers::parse_number(divan::black_box(s)).is_ok());
}
