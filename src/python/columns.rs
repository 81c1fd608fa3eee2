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

use super::batch::{self, BatchOptions, Threads};
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

/// `int64` values in native byte order, written straight into a new `bytes` object.
fn i64_bytes<'py, I>(py: Python<'py>, n: usize, values: I) -> PyResult<Bound<'py, PyBytes>>
where
    I: Iterator<Item = i64>,
{
    PyBytes::new_with(py, n * 8, |buf| {
        for (chunk, v) in buf.chunks_exact_mut(8).zip(values) {
            chunk.copy_from_slice(&v.to_ne_bytes());
        }
        Ok(())
    })
}

/// Concatenated bytes of every document, written straight into a new `bytes` object.
fn concat_bytes<'py>(py: Python<'py>, parts: &[&[u8]]) -> PyResult<Bound<'py, PyBytes>> {
    let n = parts.iter().map(|p| p.len()).sum();
    PyBytes::new_with(py, n, |buf| {
        let mut at = 0;
        for p in parts {
            if let Some(dst) = buf.get_mut(at..at + p.len()) {
                dst.copy_from_slice(p);
            }
            at += p.len();
        }
        Ok(())
    })
}

/// Arrow offsets (`n + 1` values from 0) for per-document lists of relative ends.
fn offsets<'py>(
    py: Python<'py>,
    n: usize,
    per_doc: &[(&[i64], usize)],
) -> PyResult<Bound<'py, PyBytes>> {
    let mut base = 0i64;
    let values = std::iter::once(0i64).chain(per_doc.iter().flat_map(move |&(ends, len)| {
        let b = base;
        base += len as i64;
        ends.iter().map(move |e| b + e)
    }));
    i64_bytes(py, n + 1, values)
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
    threads: Option<Threads>,
    progress: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let opts = BatchOptions::new(py, threads, progress, "raise")?;
    // The parallel part fills one `DocColumns` per text; each column is then written once,
    // straight into its `bytes` object.
    let mut docs: Vec<DocColumns> = Vec::new();
    batch::run(
        texts,
        &opts,
        |s| doc_columns(s, norm),
        |py, _obj, _s, cols| {
            docs.push(cols);
            Ok(py.None().into_bound(py))
        },
    )?;
    let n: usize = docs.iter().map(|d| d.starts.len()).sum();
    let d = PyDict::new(py);
    d.set_item("n_docs", docs.len())?;
    d.set_item("n_tokens", n)?;
    let doc_ids = docs
        .iter()
        .enumerate()
        .flat_map(|(i, c)| std::iter::repeat_n(i as i64, c.starts.len()));
    d.set_item("doc", i64_bytes(py, n, doc_ids)?)?;
    d.set_item(
        "start",
        i64_bytes(py, n, docs.iter().flat_map(|c| c.starts.iter().copied()))?,
    )?;
    d.set_item(
        "end",
        i64_bytes(py, n, docs.iter().flat_map(|c| c.ends.iter().copied()))?,
    )?;
    let kinds: Vec<&[u8]> = docs.iter().map(|c| c.kinds.as_slice()).collect();
    d.set_item("kind", concat_bytes(py, &kinds)?)?;
    d.set_item(
        "kind_names",
        PyList::new(py, TokenKind::ALL.iter().map(|k| k.as_str()))?,
    )?;
    let ends: Vec<(&[i64], usize)> = docs
        .iter()
        .map(|c| (c.text_ends.as_slice(), c.text.len()))
        .collect();
    d.set_item("text_offsets", offsets(py, n, &ends)?)?;
    let text: Vec<&[u8]> = docs.iter().map(|c| c.text.as_slice()).collect();
    d.set_item("text_data", concat_bytes(py, &text)?)?;
    if norm {
        let ends: Vec<(&[i64], usize)> = docs
            .iter()
            .map(|c| (c.norm_ends.as_slice(), c.norm.len()))
            .collect();
        d.set_item("norm_offsets", offsets(py, n, &ends)?)?;
        let data: Vec<&[u8]> = docs.iter().map(|c| c.norm.as_slice()).collect();
        d.set_item("norm_data", concat_bytes(py, &data)?)?;
    }
    Ok(d)
}
