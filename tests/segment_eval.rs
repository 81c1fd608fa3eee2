//! Scores the segmenter on the UD Arabic-PUD gold segments (ATB convention, article on the
//! stem). Ignored by default; run with
//! `DHAD_SEGMENT_EVAL=../shared/eval/ud_pud_ar_segments.jsonl cargo test --test segment_eval -- --ignored --nocapture`.
//! The committed evaluation is `scripts/eval_segments.py`; this is the same measure without
//! Python bindings. It skips cleanly when the file is absent.

use dhad::segment::segment;

fn is_arabic(w: &str) -> bool {
    w.chars()
        .any(|c| ('\u{0621}'..='\u{064A}').contains(&c) || c == '\u{0671}')
}

#[test]
#[ignore]
fn ud_pud_segments() {
    let path = std::env::var("DHAD_SEGMENT_EVAL")
        .unwrap_or_else(|_| "../shared/eval/ud_pud_ar_segments.jsonl".to_string());
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("{path} not found; skipping");
        return;
    };
    let (mut n, mut ok, mut n_seg, mut ok_seg) = (0usize, 0usize, 0usize, 0usize);
    let (mut tp, mut fp, mut fnn) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for line in text.lines() {
        let v: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(_) => continue,
        };
        let Some(words) = v["words"].as_array() else {
            continue;
        };
        for w in words {
            let gold: Vec<String> = w
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|p| p.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            let word = gold.concat();
            if !is_arabic(&word) {
                continue;
            }
            let s = segment(&word);
            let ours: Vec<&str> = s.atb_pieces(&word);
            let cuts = |ps: &[&str]| {
                let mut c = Vec::new();
                let mut at = 0;
                for p in ps.iter().take(ps.len().saturating_sub(1)) {
                    at += p.len();
                    c.push(at);
                }
                c
            };
            let gref: Vec<&str> = gold.iter().map(String::as_str).collect();
            let gc = cuts(&gref);
            let oc = cuts(&ours);
            tp += oc.iter().filter(|c| gc.contains(c)).count();
            fp += oc.iter().filter(|c| !gc.contains(c)).count();
            fnn += gc.iter().filter(|c| !oc.contains(c)).count();
            n += 1;
            let right = ours == gref;
            ok += usize::from(right);
            if gold.len() > 1 {
                n_seg += 1;
                ok_seg += usize::from(right);
            }
            if !right {
                misses.push(format!(
                    "{word}\tgold {}\tours {}",
                    gref.join("+"),
                    ours.join("+")
                ));
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!("words {n}: accuracy {:.2}% ({ok})", pct(ok, n));
    println!(
        "gold-segmented words {n_seg}: accuracy {:.2}% ({ok_seg})",
        pct(ok_seg, n_seg)
    );
    println!(
        "split points: precision {:.2}% recall {:.2}% (tp {tp} fp {fp} fn {fnn})",
        pct(tp, tp + fp),
        pct(tp, tp + fnn)
    );
    let limit: usize = std::env::var("DHAD_SEGMENT_MISSES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    for m in misses.iter().take(limit) {
        println!("MISS {m}");
    }
}

/// Words per second of `segment` on a text file (`DHAD_SEGMENT_BENCH=FILE`), one thread; run
/// with `--release`.
#[test]
#[ignore]
fn segment_speed() {
    let Ok(path) = std::env::var("DHAD_SEGMENT_BENCH") else {
        eprintln!("DHAD_SEGMENT_BENCH not set; skipping");
        return;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("{path} not found; skipping");
        return;
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let _ = segment("تهيئة");
    let mut best = f64::MAX;
    let mut split = 0;
    let reps = 10;
    let cpu0 = thread_cpu_seconds();
    for _ in 0..reps {
        let t = std::time::Instant::now();
        split = 0;
        for w in &words {
            split += usize::from(segment(w).is_split());
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    if let (Some(a), Some(b)) = (cpu0, thread_cpu_seconds()) {
        // CPU time of this thread: less disturbed than wall time on a shared machine.
        let per = (b - a) / reps as f64;
        println!(
            "thread CPU time: {:.0} ns/word, {:.1} MB/s",
            per * 1e9 / words.len() as f64,
            text.len() as f64 / per / 1e6
        );
    }
    let t = std::time::Instant::now();
    let n_tok: usize = text
        .lines()
        .map(|l| dhad::tokenize::tokenize(l).len())
        .sum();
    let tok = t.elapsed().as_secs_f64();
    println!(
        "{} words ({} split): {:.0} ns/word, {:.2} M words/s, {:.1} MB/s of text; tokenize alone {:.1} MB/s ({n_tok} tokens)",
        words.len(),
        split,
        best * 1e9 / words.len() as f64,
        words.len() as f64 / best / 1e6,
        text.len() as f64 / best / 1e6,
        text.len() as f64 / tok / 1e6,
    );
}

/// User + system CPU seconds of the calling thread (Linux `/proc/thread-self/stat`), if known.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
