//! `_analyze_batch`: every engine over each text, and the `Document` of each text built in the
//! same pass. The workers compute the next chunk of texts while the thread that holds the GIL
//! builds the documents of this one, so the part two threads cannot share (making Python
//! objects) overlaps the engines' work instead of following it: four batch calls and a loop
//! in Python that made the documents afterwards ran 1.4-1.7 times faster on two threads than
//! on one. Every engine runs on a text in turn: running one engine over a group of 64 texts
//! before the next (to keep its tables in cache) measured the same.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyAny, PyDict, PyList, PyType};

use super::batch::{self, BatchOptions, Threads};
use super::tokenize::{columns, sentence_offsets, spans_to_list, Columns, PyTokens};
use super::{dates, entities, numbers, result};

/// What one text gives, in code points, computed without the GIL.
struct Parts {
    sentences: Vec<(usize, usize)>,
    tokens: Columns,
    numbers: Vec<(usize, usize, crate::numbers::NumberMention)>,
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
        numbers: numbers::mentions(text, &crate::numbers::ExtractOptions::default()),
        entities: entities::in_code_points(text, &ents),
        dates: dates::in_code_points(text, raw_dates),
    }
}

/// One `document` (an instance of the class given, `dhad.Document`) per text, or `None` for a
/// bad item with `errors="none"`. Each is made as `object.__new__(document)` with its
/// `__dict__` filled in: the fields `text`, `sentences`, `tokens`, `numbers`, `entities`,
/// `dates` (the dataclass's, in its order; a test checks them), without running any Python
/// code (a frozen dataclass's `__init__` goes through `object.__setattr__` once per field).
#[pyfunction]
#[pyo3(signature = (texts, document, *, reference = None, threads = None, progress = false, errors = "raise"))]
pub fn _analyze_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    document: &Bound<'py, PyType>,
    reference: Option<&Bound<'py, PyAny>>,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let opts = BatchOptions::new(py, threads, progress, errors)?;
    let (r, tz) = dates::reference(py, reference)?;
    let new = py
        .import(intern!(py, "builtins"))?
        .getattr(intern!(py, "object"))?
        .getattr(intern!(py, "__new__"))?;
    batch::run(
        texts,
        &opts,
        |s| parts(s, r),
        |py, obj, _s, p| {
            let doc = new.call1((document,))?;
            let d = doc
                .getattr(intern!(py, "__dict__"))?
                .cast_into::<PyDict>()?;
            d.set_item(intern!(py, "text"), obj)?;
            d.set_item(intern!(py, "sentences"), spans_to_list(obj, &p.sentences)?)?;
            let tokens = PyTokens::from_columns(obj.clone().unbind(), p.tokens, false);
            d.set_item(intern!(py, "tokens"), result::leaf(py, tokens)?)?;
            d.set_item(intern!(py, "numbers"), numbers::to_list(obj, p.numbers)?)?;
            d.set_item(
                intern!(py, "entities"),
                entities::to_list(obj, &p.entities)?,
            )?;
            d.set_item(
                intern!(py, "dates"),
                dates::to_list(obj, p.dates, tz.as_ref())?,
            )?;
            Ok(doc)
        },
    )
}
