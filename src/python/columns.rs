//! Columnar token output for big jobs: `tokenize_columns_batch` returns flat buffers (one per
//! column, for every token of every text) instead of one Python object per token, laid out the
//! way Apache Arrow and NumPy read them, so `dhad.arrow` and `dhad.pandas` wrap them without a
//! copy per token.
//!
//! Layout (native byte order, as Arrow and NumPy expect on the same machine):
//! - `doc`, `start`, `end`: `int64`, one per token (`start`/`end` in code points of its text);
//! - `kind`: `uint8` codes indexing `kind_names`;
//! - `text_offsets` (`int64`, `n_tokens + 1` entries) and `text_data` (UTF-8): Arrow's
//!   `large_string` layout of the token texts; `norm_offsets`/`norm_data` likewise for the
//!   search-normalized forms when `norm=True`.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};

use super::batch::{self, BatchOptions};
use super::offsets::CharOffsets;
use crate::normalize::search_normalize;
use crate::tokenize::{self as core, TokenKind};

/// The columns of one text's tokens, built without the GIL.
struct DocColumns {
    starts: Vec<i64>,
    ends: Vec<i64>,
    kinds: Vec<u8>,
    /// Token texts, concatenated, with the end of each (relative to this document).
    text: Vec<u8>,
    text_ends: Vec<i64>,
    /// Normalized token texts, likewise (empty when not asked for).
    norm: Vec<u8>,
    norm_ends: Vec<i64>,
}

fn doc_columns(text: &str, with_norm: bool) -> DocColumns {
    let toks = core::tokenize(text);
    let n = toks.len();
    let mut conv = CharOffsets::new(text);
    let mut c = DocColumns {
        starts: Vec::with_capacity(n),
        ends: Vec::with_capacity(n),
        kinds: Vec::with_capacity(n),
        text: Vec::with_capacity(text.len()),
        text_ends: Vec::with_capacity(n),
        norm: Vec::with_capacity(if with_norm { text.len() } else { 0 }),
        norm_ends: Vec::with_capacity(if with_norm { n } else { 0 }),
    };
    for t in &toks {
        let piece = text.get(t.start..t.end).unwrap_or_default();
        c.starts.push(conv.at(t.start) as i64);
        c.ends.push(conv.at(t.end) as i64);
        c.kinds.push(t.kind as u8);
        c.text.extend_from_slice(piece.as_bytes());
        c.text_ends.push(c.text.len() as i64);
        if with_norm {
            c.norm.extend_from_slice(search_normalize(piece).as_bytes());
            c.norm_ends.push(c.norm.len() as i64);
        }
    }
    c
}

/// The columns of every text of a batch, appended in input order.
#[derive(Default)]
struct AllColumns {
    docs: Vec<i64>,
    starts: Vec<i64>,
    ends: Vec<i64>,
    kinds: Vec<u8>,
    text: Vec<u8>,
    text_offsets: Vec<i64>,
    norm: Vec<u8>,
    norm_offsets: Vec<i64>,
    n_docs: usize,
}

impl AllColumns {
    fn push(&mut self, d: DocColumns, with_norm: bool) {
        let doc = self.n_docs as i64;
        self.n_docs += 1;
        self.docs.extend(std::iter::repeat_n(doc, d.starts.len()));
        self.starts.extend_from_slice(&d.starts);
        self.ends.extend_from_slice(&d.ends);
        self.kinds.extend_from_slice(&d.kinds);
        let base = self.text.len() as i64;
        self.text.extend_from_slice(&d.text);
        self.text_offsets.extend(d.text_ends.iter().map(|e| base + e));
        if with_norm {
            let base = self.norm.len() as i64;
            self.norm.extend_from_slice(&d.norm);
            self.norm_offsets.extend(d.norm_ends.iter().map(|e| base + e));
        }
    }
}

fn i64_bytes<'py>(py: Python<'py>, v: &[i64]) -> Bound<'py, PyBytes> {
    let mut raw = Vec::with_capacity(v.len() * 8);
    for x in v {
        raw.extend_from_slice(&x.to_ne_bytes());
    }
    PyBytes::new(py, &raw)
}

/// Tokenize many texts and return the tokens of all of them as flat columns (see the module docs).
///
/// No Python object is made per token: this is the path behind `dhad.analyze_table` and the
/// pandas accessor's `tokens()`. `errors="none"` is not offered here (a row's `doc` is its
/// position in `texts`); filter missing values first.
#[pyfunction]
#[pyo3(signature = (texts, *, norm = true, threads = None, progress = false))]
pub fn tokenize_columns_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    norm: bool,
    threads: Option<isize>,
    progress: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let opts = BatchOptions::new(py, threads, progress, "raise")?;
    let mut all = AllColumns { text_offsets: vec![0], norm_offsets: vec![0], ..AllColumns::default() };
    batch::run(
        texts,
        &opts,
        |s| doc_columns(s, norm),
        |py, _obj, _s, cols| {
            all.push(cols, norm);
            Ok(py.None().into_bound(py))
        },
    )?;
    let d = PyDict::new(py);
    d.set_item("n_docs", all.n_docs)?;
    d.set_item("n_tokens", all.starts.len())?;
    d.set_item("doc", i64_bytes(py, &all.docs))?;
    d.set_item("start", i64_bytes(py, &all.starts))?;
    d.set_item("end", i64_bytes(py, &all.ends))?;
    d.set_item("kind", PyBytes::new(py, &all.kinds))?;
    d.set_item("kind_names", PyList::new(py, TokenKind::ALL.iter().map(|k| k.as_str()))?)?;
    d.set_item("text_offsets", i64_bytes(py, &all.text_offsets))?;
    d.set_item("text_data", PyBytes::new(py, &all.text))?;
    if norm {
        d.set_item("norm_offsets", i64_bytes(py, &all.norm_offsets))?;
        d.set_item("norm_data", PyBytes::new(py, &all.norm))?;
    }
    Ok(d)
}
