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

/// The code units of a `str` as CPython stores it (PEP 393): one, two or four bytes per character.
#[derive(Clone, Copy)]
pub(crate) enum Units<'a> {
    One(&'a [u8]),
    Two(&'a [u16]),
    Four(&'a [u32]),
}

impl Units<'_> {
    /// Number of code points.
    pub(crate) fn len(&self) -> usize {
        match self {
            Units::One(u) => u.len(),
            Units::Two(u) => u.len(),
            Units::Four(u) => u.len(),
        }
    }

    /// Bytes of storage (for chunking work by size).
    pub(crate) fn bytes(&self) -> usize {
        match self {
            Units::One(u) => u.len(),
            Units::Two(u) => 2 * u.len(),
            Units::Four(u) => 4 * u.len(),
        }
    }
}

/// The code units of `s`, read in place without any conversion.
pub(crate) fn units<'a>(s: &'a Bound<'_, PyString>) -> PyResult<Units<'a>> {
    use pyo3::types::string::PyStringData;
    // SAFETY: `data()` reads CPython's canonical PEP 393 representation (readying the string
    // first on Python < 3.12). The slice borrows from `s`, which keeps the immutable str alive.
    Ok(match unsafe { s.data()? } {
        PyStringData::Ucs1(u) => Units::One(u),
        PyStringData::Ucs2(u) => Units::Two(u),
        PyStringData::Ucs4(u) => Units::Four(u),
    })
}

/// A new `str` from code points, written straight into the new object's storage (no UTF-8
/// round trip).
pub(crate) fn new_str<'py>(
    py: Python<'py>,
    chars: &crate::normalize::CodePoints,
) -> PyResult<Bound<'py, PyString>> {
    use crate::normalize::CodePoints;
    match chars {
        CodePoints::Narrow(v) => new_str_from(py, v),
        CodePoints::Wide(v) => new_str_from(py, v),
    }
}

fn new_str_from<'py, T: Copy + Into<u32>>(
    py: Python<'py>,
    chars: &[T],
) -> PyResult<Bound<'py, PyString>> {
    use pyo3::ffi;
    let len = isize::try_from(chars.len())
        .map_err(|_| pyo3::exceptions::PyOverflowError::new_err("string too long"))?;
    // The kind of the new str follows its largest code point (clamped, so a bad value could
    // never make us write past a narrower buffer).
    let max = chars
        .iter()
        .map(|&c| c.into())
        .max()
        .unwrap_or(0)
        .min(0x10FFFF);
    // SAFETY: PyUnicode_New returns a new, uninitialised compact str of `len` code points whose
    // kind fits `max` (or NULL with an exception set). We fill exactly `len` units of that kind
    // with values <= `max` before anyone else can see the object.
    unsafe {
        let p = ffi::PyUnicode_New(len, max);
        let obj = Bound::from_owned_ptr_or_err(py, p)?;
        let data = ffi::PyUnicode_DATA(p);
        match ffi::PyUnicode_KIND(p) {
            ffi::PyUnicode_1BYTE_KIND => {
                let dst = std::slice::from_raw_parts_mut(data as *mut u8, chars.len());
                dst.iter_mut()
                    .zip(chars)
                    .for_each(|(d, &c)| *d = c.into() as u8);
            }
            ffi::PyUnicode_2BYTE_KIND => {
                let dst = std::slice::from_raw_parts_mut(data as *mut u16, chars.len());
                dst.iter_mut()
                    .zip(chars)
                    .for_each(|(d, &c)| *d = c.into() as u16);
            }
            _ => {
                let dst = std::slice::from_raw_parts_mut(data as *mut u32, chars.len());
                dst.iter_mut().zip(chars).for_each(|(d, &c)| *d = c.into());
            }
        }
        Ok(obj.cast_into_unchecked::<PyString>())
    }
}
