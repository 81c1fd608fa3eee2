//! The one small module that touches CPython's string API directly: substrings by code-point
//! index without going through UTF-8, and plain strs from str subclasses.

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

/// `s` as a plain `str`: `s` itself when it is one, else (a subclass such as `numpy.str_`, an
/// item of a NumPy string array) a new `str` with the same characters, as `str`'s own methods
/// return. Results hold and return their input text, and the documented type of that is `str`.
pub(crate) fn exact<'py>(s: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    if s.is_exact_instance_of::<PyString>() {
        return Ok(s.clone());
    }
    // SAFETY: `s` is a valid str (a subclass instance) while we hold it; PyUnicode_FromObject
    // returns a new reference to an exact str with its characters, or NULL with an exception
    // set, which `from_owned_ptr_or_err` turns into `Err`.
    let obj = unsafe {
        Bound::from_owned_ptr_or_err(s.py(), pyo3::ffi::PyUnicode_FromObject(s.as_ptr()))?
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

/// Code units that can become a `str`'s storage: `u16` or `u32` (each narrowed as it is copied
/// when the `str` is stored narrower).
pub(crate) trait StrUnit: Copy + Into<u32> {}
impl StrUnit for u16 {}
impl StrUnit for u32 {}

/// The PEP 393 class of a maximum character: 0 ASCII, 1 one byte, 2 two bytes, 3 four bytes.
fn class(maxchar: u32) -> u8 {
    match maxchar {
        0..=0x7F => 0,
        0x80..=0xFF => 1,
        0x100..=0xFFFF => 2,
        _ => 3,
    }
}

/// Copy `src` into `dst`, narrowing each code point with `narrow`; returns the bitwise OR of
/// the code points, which is of the same PEP 393 class as the largest (one vectorizable pass).
#[inline]
fn fill<D, T: StrUnit>(dst: &mut [D], src: &[T], narrow: impl Fn(u32) -> D) -> u32 {
    let mut seen = 0u32;
    for (d, &s) in dst.iter_mut().zip(src) {
        let c: u32 = s.into();
        seen |= c;
        *d = narrow(c);
    }
    seen
}

/// A new `str` holding the code points `src` (Unicode scalar values: they come from `char`s or
/// from a str's own storage), stored in the kind that `kind` picks: `kind` is a value of the
/// same PEP 393 class as the largest code point (their maximum, or their bitwise OR). The code
/// points are copied once, straight into the new object's storage; if they do not belong to
/// that class (a bug upstream) this is a `SystemError`, never a str in the wrong kind.
pub(crate) fn str_from_units<'py, T: StrUnit>(
    py: Python<'py>,
    src: &[T],
    kind: u32,
) -> PyResult<Bound<'py, PyString>> {
    use pyo3::ffi;
    if src.is_empty() {
        return Ok(PyString::new(py, ""));
    }
    if let [c] = src {
        // One character: CPython's own constructor, which hands out its shared object for the
        // first 256 code points as `chr()` and slicing do (a new object would be an equal str
        // that is not the one Python itself makes).
        let c = i32::try_from((*c).into()).unwrap_or(0xFFFD);
        // SAFETY: PyUnicode_FromOrdinal returns a new reference to a str of that code point (a
        // Unicode scalar value here: it comes from a char or a str's storage), or NULL with an
        // exception set, which `from_owned_ptr_or_err` turns into `Err`.
        let obj = unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyUnicode_FromOrdinal(c))? };
        return obj.cast_into::<PyString>().map_err(Into::into);
    }
    let len = src.len();
    let n = isize::try_from(len)
        .map_err(|_| pyo3::exceptions::PyOverflowError::new_err("string too long"))?;
    let maxchar = kind.min(0x10FFFF);
    // SAFETY: PyUnicode_New returns a new, uninitialised compact str of `n` (> 0) code points in
    // the kind its `maxchar` picks, or NULL with an exception set (then `from_owned_ptr_or_err`
    // gives `Err`). Its storage starts at PyUnicode_DATA and holds `len` units of the size
    // PyUnicode_KIND says; we write exactly `len` units of that size before anyone else can see
    // the object, and reject (dropping the object) code points that do not match the kind, so
    // the str returned is in CPython's canonical form.
    unsafe {
        let ptr = ffi::PyUnicode_New(n, maxchar);
        let obj = Bound::from_owned_ptr_or_err(py, ptr)?;
        let data = ffi::PyUnicode_DATA(ptr);
        let seen = match ffi::PyUnicode_KIND(ptr) {
            ffi::PyUnicode_1BYTE_KIND => {
                let dst = std::slice::from_raw_parts_mut(data.cast::<u8>(), len);
                fill(dst, src, |c| c as u8)
            }
            ffi::PyUnicode_2BYTE_KIND => {
                let dst = std::slice::from_raw_parts_mut(data.cast::<u16>(), len);
                fill(dst, src, |c| c as u16)
            }
            ffi::PyUnicode_4BYTE_KIND => {
                let dst = std::slice::from_raw_parts_mut(data.cast::<u32>(), len);
                fill(dst, src, |c| c)
            }
            _ => u32::MAX,
        };
        if class(seen) != class(maxchar) {
            return Err(pyo3::exceptions::PySystemError::new_err(
                "dhad: normalized code points do not match the storage kind chosen for them",
            ));
        }
        Ok(obj.cast_into_unchecked::<PyString>())
    }
}
