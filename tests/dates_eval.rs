//! Scores `extract_dates` on the `time` rows of ../shared/eval/duckling_ar.jsonl (reference
//! Tuesday 2013-02-12 04:30:00). Prints the score; skips when the file is absent. Run with
//! `cargo test --test dates_eval -- --nocapture`.

use dhad::dates::{extract_dates, CivilDateTime, Grain};

fn nums(s: &str) -> Vec<i64> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect()
}

fn dt(v: &[i64]) -> CivilDateTime {
    CivilDateTime::new(
        v[0] as i32,
        v[1] as u8,
        v[2] as u8,
        v[3] as u8,
        v[4] as u8,
        v[5] as u8,
    )
}

#[test]
fn duckling_time_rows() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    // ../shared from the repository root (a worktree one level deeper looks two up)
    let path = [
        "../shared/eval/duckling_ar.jsonl",
        "../../shared/eval/duckling_ar.jsonl",
    ]
    .iter()
    .map(|p| root.join(p))
    .find(|p| p.exists())
    .unwrap_or_else(|| root.join("../shared/eval/duckling_ar.jsonl"));
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("skipped: {} not found", path.display());
        return;
    };
    let reference = CivilDateTime::new(2013, 2, 12, 4, 30, 0);
    let (mut total, mut ok) = (0, 0);
    let mut misses = Vec::new();
    for line in data.lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("valid json line");
        if row["dimension"] != "time" {
            continue;
        }
        total += 1;
        let text = row["text"].as_str().unwrap_or("");
        let expr = row["expr"].as_str().unwrap_or("");
        let grain_word = expr
            .rsplit(')')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .next()
            .unwrap_or("");
        let n = nums(expr.split('"').next().unwrap_or(""));
        let interval =
            expr.starts_with("datetimeInterval") || expr.starts_with("datetimeIntervalHoliday");
        let found = extract_dates(text, reference);
        let best = found.iter().max_by_key(|m| m.end - m.start);
        let good = match best {
            None => false,
            Some(m) => {
                if interval {
                    n.len() >= 12
                        && m.value == Some(dt(&n[0..6]))
                        && m.end_value == Some(dt(&n[6..12]))
                } else {
                    n.len() >= 6
                        && m.value == Some(dt(&n[0..6]))
                        && m.end_value.is_none()
                        && m.grain.as_str().eq_ignore_ascii_case(grain_word)
                }
            }
        };
        if good {
            ok += 1;
        } else {
            let got = best.map(|m| {
                format!(
                    "{:?} {:?} {:?} [{}]",
                    m.value.map(|v| v.to_string()),
                    m.grain,
                    m.end_value.map(|v| v.to_string()),
                    &text[m.start..m.end]
                )
            });
            misses.push(format!("{text} || {expr} || got {got:?}"));
        }
    }
    let _ = Grain::Day;
    println!(
        "duckling time rows: {ok}/{total} = {:.1}%",
        100.0 * ok as f64 / total.max(1) as f64
    );
    for m in &misses {
        println!("MISS {m}");
    }
}
