//! `_entities_and_dates_batch`: the entities and the dates of each text in one pass, the dates
//! found once and shared with the DATE/TIME entities. `dhad.analyze_batch` calls it next to the
//! tokenizer, sentence and number batches: one engine at a time over a whole batch keeps its
//! tables in cache (measured on 4 MB of news: 9.8 MB/s against 7.2 MB/s with every engine on each text in turn).

use pyo3::prelude::*;
use pyo3::types::{PyAny, PyList};

use super::batch::{self, BatchOptions, Threads};
use super::{dates, entities};

/// What one text gives, in code points, computed without the GIL.
struct Parts {
    entities: entities::Found,
    dates: Vec<dates::Found>,
}

fn parts(text: &str, reference: dates::Reference) -> Parts {
    // The dates are found once and serve both the date list and the DATE/TIME entities.
    let raw_dates = dates::raw(text, reference);
    let ents = crate::entities::default_recognizer().extract_with_dates(text, &raw_dates);
    Parts {
        entities: entities::in_code_points(text, &ents),
        dates: dates::in_code_points(text, raw_dates),
    }
}

/// Per text, the tuple `(entities, dates)`, or `None` for a bad item with `errors="none"`.
#[pyfunction]
#[pyo3(signature = (texts, *, reference = None, threads = None, progress = false, errors = "raise"))]
pub fn _entities_and_dates_batch<'py>(
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
            let row = (
                entities::to_list(obj, &p.entities)?,
                dates::to_list(obj, p.dates, tz.as_ref())?,
            );
            Ok(row.into_pyobject(py)?.into_any())
        },
    )
}
