//! Throughput of `extract_numbers` (and `parse_number` on short strings), one core.
//!
//! `cargo bench --bench numbers` — reads the file named by `DHAD_BENCH_TEXT` (UTF-8 news
//! text), else repeats `examples/news.txt` to about 8 MB. Prints MB/s (best of 5 runs).

use std::time::Instant;

fn main() {
    let text = match std::env::var("DHAD_BENCH_TEXT") {
        Ok(p) => std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {p}: {e}")),
        Err(_) => {
            let base = include_str!("../examples/news.txt");
            let mut s = String::with_capacity(8 << 20);
            while s.len() < 8 << 20 {
                s.push_str(base);
                s.push('\n');
            }
            s
        }
    };
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let bytes: usize = lines.iter().map(|l| l.len()).sum();
    // Warm up (builds the lexicon tables once).
    let mut found = 0usize;
    for l in lines.iter().take(100) {
        found += dhad::numbers::extract_numbers(l).len();
    }
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let t = Instant::now();
        found = 0;
        for l in &lines {
            found += std::hint::black_box(dhad::numbers::extract_numbers(l)).len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "extract_numbers: {:.1} MB/s ({} lines, {:.1} MB, {} mentions)",
        bytes as f64 / best / 1e6,
        lines.len(),
        bytes as f64 / 1e6,
        found
    );
    let words = ["ثلاثة آلاف وخمسمائة", "الخامس والعشرون", "٣٬٥٠٠", "2.5 مليون", "مائتان وخمسون"];
    let n = 200_000;
    let t = Instant::now();
    let mut ok = 0;
    for i in 0..n {
        ok += std::hint::black_box(dhad::numbers::parse_number(words[i % words.len()])).is_ok() as usize;
    }
    let el = t.elapsed().as_secs_f64();
    println!("parse_number: {:.0} ns per call ({ok} ok)", el / n as f64 * 1e9);
}
