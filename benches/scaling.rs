//! How the engines scale from 1 to 2 (or more) threads without Python in the way: the same
//! corpus as `bench/compare.py` (our `examples/*.txt`, one text per paragraph, replicated to
//! about 4 MB) on a rayon pool of each size, best of 7. Run with `cargo bench --bench scaling`;
//! `DHAD_BENCH_THREADS=4` sets the largest pool (default 2).
//!
//! The Python batch functions add the building of result objects, which only the thread that
//! holds the GIL can do; comparing the two tells how much of their scaling that costs.

use std::time::Instant;

use rayon::prelude::*;

/// An engine: a text in, the number of things it found out.
type Engine<'a> = &'a (dyn Fn(&str) -> usize + Sync);

fn corpus() -> (Vec<String>, usize) {
    let mut paras = Vec::new();
    for sample in [
        include_str!("../examples/news.txt"),
        include_str!("../examples/report.txt"),
        include_str!("../examples/social.txt"),
    ] {
        paras.extend(sample.split('\n').map(str::trim).filter(|p| !p.is_empty()));
    }
    let (mut texts, mut size) = (Vec::new(), 0);
    while size < 4_000_000 && !paras.is_empty() {
        for p in &paras {
            size += p.len();
            texts.push((*p).to_string());
        }
    }
    (texts, size)
}

fn main() {
    let (texts, size) = corpus();
    let max_threads: usize = std::env::var("DHAD_BENCH_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2);
    let reference = dhad::dates::CivilDateTime::date(2026, 1, 1);
    let recognizer = dhad::entities::EntityRecognizer::default();
    let engines: [(&str, Engine); 4] = [
        ("tokenize", &|t| dhad::tokenize::tokenize(t).len()),
        ("numbers", &|t| dhad::numbers::extract_numbers(t).len()),
        ("dates", &|t| dhad::dates::extract_dates(t, reference).len()),
        ("entities", &|t| recognizer.extract(t).len()),
    ];
    println!("{} texts, {:.2} MB", texts.len(), size as f64 / 1e6);
    for (name, f) in engines {
        let mut one = 0.0;
        for threads in 1..=max_threads.max(1) {
            let Ok(pool) = rayon::ThreadPoolBuilder::new().num_threads(threads).build() else {
                println!("{name}: could not start {threads} threads");
                break;
            };
            let mut best = f64::MAX;
            for _ in 0..7 {
                let t0 = Instant::now();
                let n: usize = pool.install(|| texts.par_iter().map(|t| f(t)).sum());
                std::hint::black_box(n);
                best = best.min(t0.elapsed().as_secs_f64());
            }
            let mbs = size as f64 / best / 1e6;
            if threads == 1 {
                one = mbs;
                println!("{name:9} 1 thread  {mbs:7.1} MB/s");
            } else {
                println!(
                    "{name:9} {threads} threads {mbs:7.1} MB/s  {:.2}x",
                    mbs / one
                );
            }
        }
    }
}
