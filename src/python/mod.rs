//! The Python module `dhad._dhad`: conversion, errors, GIL release. No logic lives here.
//!
//! Each area has its own file; the module below only lists what it exports.

mod alloc;
mod analyze;
mod batch;
mod columns;
mod dates;
mod entities;
mod errors;
mod normalize;
mod numbers;
mod offsets;
mod pystr;
mod result;
mod segment;
mod tokenize;

use pyo3::prelude::*;

#[pymodule]
mod _dhad {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::normalize::{
        _normalizer_from_options, normalize, normalize_batch, PyAligned, PyNormalizer,
    };
    // numbers
    #[pymodule_export]
    use super::numbers::{extract_numbers, extract_numbers_batch, parse_number, PyNumberMention};
    #[pymodule_export]
    use super::tokenize::{
        sentences, sentences_batch, tokenize, tokenize_batch, PySpan, PyToken, PyTokens, TokensIter,
    };

    // entities
    #[pymodule_export]
    use super::entities::{
        _recognizer_from_state, extract_entities, extract_entities_batch, PyEntity,
        PyEntityRecognizer,
    };
    // ---- columnar output (notebook area): flat token columns for Arrow / pandas
    #[pymodule_export]
    use super::columns::tokenize_columns_batch;
    // ---- dates ----
    #[pymodule_export]
    use super::dates::{extract_dates, extract_dates_batch, PyDateMention};

    // clitic segmentation
    #[pymodule_export]
    use super::segment::{segment, segment_batch, PySegments};

    // every engine and the Document of each text in one pass (for dhad.analyze_batch)
    #[pymodule_export]
    use super::analyze::_analyze_batch;

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        let py = m.py();
        super::alloc::configure();
        m.add("DhadError", py.get_type::<super::errors::DhadError>())?;
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        Ok(())
    }
}

#[allow(unused_imports)]
use _dhad as _;
