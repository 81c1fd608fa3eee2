//! `_analyze_batch`: every area over each text in one parallel pass. The Python
//! `dhad.analyze_batch` wraps each result tuple in a `Document`.

use pyo3::prelude::*;
use pyo3::types::{PyAny, PyList};

use super::batch::{self, BatchOptions, Threads};
use super::result;
use super::tokenize::{columns, sentence_offsets, spans_to_list, Columns, PyTokens};
use super::{dates, entities, numbers};
use crate::numbers::{ExtractOptions, NumberMention};

/// What one text gives, in code points, computed without the GIL.
struct Parts {
    sentences: Vec<(usize, usize)>,
    tokens: Columns,
    numbers: Vec<(usize, usize, NumberMention)>,
    entities: entities::Found,
    dates: Vec<dates::Found>,
}

fn parts(text: &str, reference: dates::Reference) -> Parts {
    // The dates are found once and serve both the date list and the DATE/TIME entities.
    let raw_dates = dates::raw(text, reference);
    let ents = crate::entities::default_recognizer().extract_with_dates(text, &raw_dates);
    Parts {
        sentences: sentence_offsets(text),
        tokens: columns(text),
        numbers: numbers::mentions(text, &ExtractOptions::default()),
        entities: entities::in_code_points(text, &ents, None),
        dates: dates::in_code_points(text, raw_dates),
    }
}

/// Per text, the tuple `(sentences, tokens, numbers, entities, dates)`, or `None` for a bad
/// item with `errors="none"`.
#[pyfunction]
#[pyo3(signature = (texts, *, reference = None, threads = None, progress = false, errors = "raise"))]
pub fn _analyze_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    reference: Option<&Bound<'py, PyAny>>,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let opts = BatchOptions::new(py, threads, progress, errors)?;
    let (r, tz) = dates::reference(py, reference)?;
    batch::run(
        texts,
        &opts,
        |s| parts(s, r),
        |py, obj, _s, p| {
            let tokens = result::leaf(
                py,
                PyTokens::from_columns(obj.clone().unbind(), p.tokens, false),
            )?;
            let row = (
                spans_to_list(obj, &p.sentences)?,
                tokens,
                numbers::to_list(obj, p.numbers)?,
                entities::to_list(obj, &p.entities)?,
                dates::to_list(obj, p.dates, tz.as_ref())?,
            );
            Ok(row.into_pyobject(py)?.into_any())
        },
    )
}
