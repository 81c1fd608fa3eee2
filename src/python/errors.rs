//! The one place where core errors become Python exceptions, and where Python values become text.

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::error::Error;

create_exception!(
    dhad,
    DhadError,
    PyValueError,
    "Invalid input or arguments to a dhad function (a ValueError)."
);

impl From<Error> for PyErr {
    fn from(e: Error) -> PyErr {
        DhadError::new_err(e.to_string())
    }
}

/// Python's name for the type of `obj` ("int", "bytes", "NoneType").
pub(crate) fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// `obj` as a `str`, or a `TypeError` naming `what` (e.g. "text" or "texts[3]").
pub(crate) fn as_pystr<'a, 'py>(
    obj: &'a Bound<'py, PyAny>,
    what: &dyn Fn() -> String,
) -> PyResult<&'a Bound<'py, PyString>> {
    obj.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!("{} must be str, not {}", what(), type_name(obj)))
    })
}

/// The UTF-8 of a Python `str`; a lone surrogate (which UTF-8 cannot hold) becomes a `DhadError`
/// that says where it is.
pub(crate) fn utf8<'a>(s: &'a Bound<'_, PyString>, what: &dyn Fn() -> String) -> PyResult<&'a str> {
    s.to_str().map_err(|err| {
        let py = s.py();
        let at = err
            .value(py)
            .getattr("start")
            .ok()
            .and_then(|v| v.extract::<usize>().ok());
        match at {
            Some(i) => DhadError::new_err(format!(
                "{} contains a lone surrogate at index {i}, which is not valid Unicode text; \
                 clean it first, e.g. text.encode('utf-8', 'replace').decode('utf-8')",
                what()
            )),
            None => DhadError::new_err(format!("{} is not valid Unicode text", what())),
        }
    })
}

/// `obj` as UTF-8 text for a single-text function.
pub(crate) fn text_arg<'a>(obj: &'a Bound<'_, PyAny>, name: &str) -> PyResult<&'a str> {
    let what = || name.to_string();
    utf8(as_pystr(obj, &what)?, &what)
}
