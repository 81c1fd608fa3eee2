//! The Python module `dhad._dhad`: conversion, errors, GIL release. No logic lives here.
//!
//! Each area has its own file; the module below only lists what it exports.

mod batch;
mod errors;
mod normalize;
mod offsets;
mod pystr;
mod tokenize;

use pyo3::prelude::*;

#[pymodule]
mod _dhad {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::normalize::{
        _normalizer_from_options, normalize, normalize_batch, PyAligned, PyNormalizer,
    };
    #[pymodule_export]
    use super::tokenize::{
        sentences, sentences_batch, tokenize, tokenize_batch, PySpan, PyToken, PyTokens, TokensIter,
    };

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        let py = m.py();
        m.add("DhadError", py.get_type::<super::errors::DhadError>())?;
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        Ok(())
    }
}

#[allow(unused_imports)]
use _dhad as _;
