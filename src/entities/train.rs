//! Training routine of the entity tagger (cargo feature `train`; run by
//! `scripts/train_entities.sh`). An averaged structured perceptron over the very features that
//! inference computes ([`Featurizer`]), so training and use cannot drift apart.

use std::collections::HashMap;

use super::model::{allowed, begin_tag, viterbi, Featurizer, Model, MAGIC, NT};
use super::{EntityRecognizer, Label, Recognizer};

/// One training example: a text and the byte spans of its gold entities.
#[derive(Debug, Clone)]
pub struct Example {
    /// The text.
    pub text: String,
    /// Gold entities `(start, end, label)` in bytes; tokens overlapping a span get its tag.
    pub spans: Vec<(usize, usize, Label)>,
}

/// Options of [`train`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// Features seen fewer times than this are dropped.
    pub min_count: u32,
    /// Features whose largest absolute averaged weight is below this are pruned.
    pub prune: f32,
    /// Seed of the shuffling.
    pub seed: u64,
    /// Independent runs (different shuffles) whose weights are averaged.
    pub runs: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            min_count: 1,
            prune: 2.0,
            seed: 7,
            runs: 1,
        }
    }
}

struct Prepared {
    feats: Vec<Vec<u32>>,
    gold: Vec<usize>,
}

fn prepare(rec: &Recognizer, ex: &Example) -> Prepared {
    let (a, gaz) = rec.analyse(&ex.text);
    let f = Featurizer::new(&a, &gaz);
    let mut feats = Vec::with_capacity(f.len());
    let mut buf = Vec::new();
    for i in 0..f.len() {
        f.features(i, &mut buf);
        feats.push(buf.clone());
    }
    let mut gold = vec![0usize; a.toks.len()];
    for &(s, e, l) in &ex.spans {
        let b = begin_tag(l);
        if b == 0 {
            continue;
        }
        let mut first = true;
        for (i, t) in a.toks.iter().enumerate() {
            if t.start < e && s < t.end {
                gold[i] = if first { b } else { b + 1 };
                first = false;
            }
        }
    }
    Prepared { feats, gold }
}

/// One averaged-perceptron run over `data` with its own shuffling seed: the averaged feature
/// weights and transition weights.
fn run_once(
    data: &[(Vec<Vec<usize>>, Vec<usize>)],
    nf: usize,
    seed: u64,
    epochs: usize,
    report: &mut String,
) -> (Vec<[f32; NT]>, Vec<f32>) {
    let mut w = vec![[0f32; NT]; nf];
    let mut u = vec![[0f32; NT]; nf];
    let mut tw = vec![0f32; (NT + 1) * NT];
    let mut tu = vec![0f32; (NT + 1) * NT];
    let mut c: f32 = 1.0;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = seed | 1;
    for epoch in 0..epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut errors = 0usize;
        let mut total = 0usize;
        for &si in &order {
            let (feats, gold) = &data[si];
            let emit: Vec<[f32; NT]> = feats
                .iter()
                .map(|fs| {
                    let mut e = [0f32; NT];
                    for &k in fs {
                        for t in 0..NT {
                            e[t] += w[k][t];
                        }
                    }
                    e
                })
                .collect();
            let pred = viterbi(&emit, |p, t| tw[p * NT + t]);
            total += gold.len();
            if pred != *gold {
                for i in 0..gold.len() {
                    let (g, p) = (gold[i], pred[i]);
                    let gp = if i == 0 { NT } else { gold[i - 1] };
                    let pp = if i == 0 { NT } else { pred[i - 1] };
                    if g != p {
                        errors += 1;
                        for &k in &feats[i] {
                            w[k][g] += 1.0;
                            u[k][g] += c;
                            w[k][p] -= 1.0;
                            u[k][p] -= c;
                        }
                    }
                    if g != p || gp != pp {
                        if allowed(gp, g) {
                            tw[gp * NT + g] += 1.0;
                            tu[gp * NT + g] += c;
                        }
                        tw[pp * NT + p] -= 1.0;
                        tu[pp * NT + p] -= c;
                    }
                }
            }
            c += 1.0;
        }
        report.push_str(&format!("epoch {epoch}: token errors {errors}/{total}\n"));
    }
    let avg: Vec<[f32; NT]> = w
        .iter()
        .zip(u.iter())
        .map(|(wr, ur)| {
            let mut r = [0f32; NT];
            for t in 0..NT {
                r[t] = wr[t] - ur[t] / c;
            }
            r
        })
        .collect();
    let trans: Vec<f32> = tw.iter().zip(tu.iter()).map(|(a, b)| a - b / c).collect();
    (avg, trans)
}

/// Trains the tagger and returns the model file bytes, with a short report.
pub fn train(examples: &[Example], opts: &TrainOptions) -> (Vec<u8>, String) {
    let rec = Recognizer::builtin_only();
    let data: Vec<Prepared> = examples.iter().map(|e| prepare(&rec, e)).collect();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for p in &data {
        for fs in &p.feats {
            for &k in fs {
                *counts.entry(k).or_insert(0) += 1;
            }
        }
    }
    let mut index: HashMap<u32, usize> = HashMap::new();
    for (&k, &c) in &counts {
        if c >= opts.min_count {
            let n = index.len();
            index.insert(k, n);
        }
    }
    // features as indices
    let data: Vec<(Vec<Vec<usize>>, Vec<usize>)> = data
        .into_iter()
        .map(|p| {
            let f = p
                .feats
                .iter()
                .map(|fs| fs.iter().filter_map(|k| index.get(k).copied()).collect())
                .collect();
            (f, p.gold)
        })
        .collect();
    let nf = index.len();
    let mut report = String::new();
    // several runs with different shuffles, their averaged weights averaged again
    let runs = opts.runs.max(1);
    let mut wsum = vec![[0f32; NT]; nf];
    let mut tsum = vec![0f32; (NT + 1) * NT];
    for r in 0..runs {
        let (w, t) = run_once(
            &data,
            nf,
            opts.seed.wrapping_add(7919 * r as u64),
            opts.epochs,
            &mut report,
        );
        for (a, b) in wsum.iter_mut().zip(w.iter()) {
            for k in 0..NT {
                a[k] += b[k] / runs as f32;
            }
        }
        for (a, b) in tsum.iter_mut().zip(t.iter()) {
            *a += b / runs as f32;
        }
    }
    // average
    let mut keys: Vec<(u32, usize)> = index.into_iter().collect();
    keys.sort_unstable();
    let mut kept: Vec<(u32, [f32; NT])> = Vec::new();
    let mut maxabs = 0f32;
    for (k, i) in keys {
        let mut row = [0f32; NT];
        let mut m = 0f32;
        for t in 0..NT {
            row[t] = wsum[i][t];
            m = m.max(row[t].abs());
        }
        if m >= opts.prune {
            maxabs = maxabs.max(m);
            kept.push((k, row));
        }
    }
    let trans = tsum;
    let scale = if maxabs > 0.0 { maxabs / 127.0 } else { 1.0 };
    let mut out = Vec::with_capacity(16 + trans.len() * 4 + kept.len() * (4 + NT));
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(NT as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    for t in &trans {
        out.extend_from_slice(&t.to_bits().to_le_bytes());
    }
    out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
    for (k, row) in &kept {
        out.extend_from_slice(&k.to_le_bytes());
        for v in row {
            let q = (v / scale).round().clamp(-127.0, 127.0) as i8;
            out.extend_from_slice(&q.to_le_bytes());
        }
    }
    report.push_str(&format!(
        "features: {nf} seen >= {}, {} kept, {} bytes\n",
        opts.min_count,
        kept.len(),
        out.len()
    ));
    (out, report)
}

/// The default recognizer (built-in gazetteers, rules) with the model file `bytes` in place of
/// the built-in model: how a model under test is scored. `None` when the bytes are no model.
pub fn recognizer_with_model(bytes: &[u8]) -> Option<EntityRecognizer> {
    let m = Model::from_bytes(bytes)?;
    let mut r = EntityRecognizer::new(true);
    r.inner.custom = Some(std::sync::Arc::new(m));
    Some(r)
}
