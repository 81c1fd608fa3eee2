//! The one small module that touches CPython's string API directly: substrings by code-point
//! index without going through UTF-8.

use pyo3::prelude::*;
use pyo3::types::PyString;

/// `s[start:end]` (code points) as a new `str`. Indices are clamped by CPython.
pub(crate) fn substring<'py>(
    s: &Bound<'py, PyString>,
    start: usize,
    end: usize,
) -> PyResult<Bound<'py, PyString>> {
    let py = s.py();
    let start = isize::try_from(start).unwrap_or(isize::MAX);
    let end = isize::try_from(end).unwrap_or(isize::MAX);
    // SAFETY: `s` is a valid str for the duration of the call (we hold a reference and are
    // attached to the interpreter); PyUnicode_Substring returns a new reference or NULL with an
    // exception set, which `from_owned_ptr_or_err` turns into `Err`.
    let obj = unsafe {
        Bound::from_owned_ptr_or_err(py, pyo3::ffi::PyUnicode_Substring(s.as_ptr(), start, end))?
    };
    obj.cast_into::<PyString>().map_err(Into::into)
}
