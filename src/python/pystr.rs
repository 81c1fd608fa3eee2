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

/// Code points laid out exactly as CPython will store them (PEP 393: the narrowest kind that
/// holds the largest one), prepared without the GIL so that making the `str` is one copy.
pub(crate) struct Prepared {
    max: u32,
    data: Storage,
}

enum Storage {
    One(Vec<u8>),
    Two(Vec<u16>),
    Four(Vec<u32>),
}

/// Lay out normalized code points for [`new_str`] (runs in the worker threads).
pub(crate) fn prepare(chars: crate::normalize::CodePoints) -> Prepared {
    use crate::normalize::CodePoints;
    // Anything past U+10FFFF cannot come from the normalizer; clamping keeps the kind honest.
    let max = match &chars {
        CodePoints::Narrow(v) => v.iter().copied().max().map_or(0, u32::from),
        CodePoints::Wide(v) => v.iter().copied().max().unwrap_or(0).min(0x10FFFF),
    };
    let data = match chars {
        _ if max < 0x100 => Storage::One(match chars {
            CodePoints::Narrow(v) => v.iter().map(|&c| c as u8).collect(),
            CodePoints::Wide(v) => v.iter().map(|&c| c as u8).collect(),
        }),
        CodePoints::Narrow(v) => Storage::Two(v),
        CodePoints::Wide(v) if max < 0x10000 => Storage::Two(v.iter().map(|&c| c as u16).collect()),
        CodePoints::Wide(v) => Storage::Four(v.into_iter().map(|c| c.min(0x10FFFF)).collect()),
    };
    Prepared { max, data }
}

/// A new `str` from prepared code points, copied straight into the new object's storage (no
/// UTF-8 round trip).
pub(crate) fn new_str<'py>(py: Python<'py>, p: &Prepared) -> PyResult<Bound<'py, PyString>> {
    use pyo3::ffi;
    let len = match &p.data {
        Storage::One(v) => v.len(),
        Storage::Two(v) => v.len(),
        Storage::Four(v) => v.len(),
    };
    let n = isize::try_from(len)
        .map_err(|_| pyo3::exceptions::PyOverflowError::new_err("string too long"))?;
    // SAFETY: PyUnicode_New returns a new, uninitialised compact str of `n` code points whose
    // kind is the narrowest that holds `p.max` (or NULL with an exception set). `prepare` chose
    // the same kind from the same `max`, and every unit is <= `max`; we check the kind anyway
    // and copy exactly `len` units before anyone else can see the object.
    unsafe {
        let ptr = ffi::PyUnicode_New(n, p.max);
        let obj = Bound::from_owned_ptr_or_err(py, ptr)?;
        let dst = ffi::PyUnicode_DATA(ptr);
        match (ffi::PyUnicode_KIND(ptr), &p.data) {
            (ffi::PyUnicode_1BYTE_KIND, Storage::One(v)) => {
                std::slice::from_raw_parts_mut(dst as *mut u8, len).copy_from_slice(v)
            }
            (ffi::PyUnicode_2BYTE_KIND, Storage::Two(v)) => {
                std::slice::from_raw_parts_mut(dst as *mut u16, len).copy_from_slice(v)
            }
            (ffi::PyUnicode_4BYTE_KIND, Storage::Four(v)) => {
                std::slice::from_raw_parts_mut(dst as *mut u32, len).copy_from_slice(v)
            }
            _ => {
                return Err(pyo3::exceptions::PySystemError::new_err(
                    "dhad: the new str's storage kind does not match its prepared code points",
                ))
            }
        }
        Ok(obj.cast_into_unchecked::<PyString>())
    }
}
