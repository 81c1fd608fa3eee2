//! What every result class shares: it is described by its constructor arguments (its *state*),
//! and equality, hashing and pickling all follow from that one tuple.

use pyo3::prelude::*;
use pyo3::pyclass::boolean_struct::True;
use pyo3::types::{PyList, PyString, PyTuple};
use pyo3::PyClass;

use super::pystr::substring;

/// A frozen result class whose constructor takes exactly [`State::state`].
pub(crate) trait State: PyClass<Frozen = True> + Sync {
    /// The constructor arguments that rebuild this object.
    fn state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>>;
}

/// `__reduce__`'s answer: the class and its constructor arguments.
pub(crate) type Reduced<'py> = (Bound<'py, PyAny>, Bound<'py, PyTuple>);

/// `a == other`: same class and equal state.
pub(crate) fn eq<T: State>(a: &T, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
    match other.cast::<T>() {
        Ok(b) => a.state(py)?.eq(b.get().state(py)?),
        Err(_) => Ok(false),
    }
}

/// `hash(a)`: the hash of its state.
pub(crate) fn hash<T: State>(a: &T, py: Python<'_>) -> PyResult<isize> {
    a.state(py)?.hash()
}

/// `a.__reduce__()`, so that pickle (and Dask, Spark, multiprocessing) can ship it.
pub(crate) fn reduce<'py, T: State>(a: &Bound<'py, T>) -> PyResult<Reduced<'py>> {
    Ok((a.as_any().get_type().into_any(), a.get().state(a.py())?))
}

/// A new result object that the cyclic garbage collector does not track (result classes and
/// `Tokens`, whose fields are a `str` and Rust data).
///
/// PyO3 makes every class a GC type, so each of the tens of thousands of objects a batch builds
/// would count towards and be walked by every collection on the thread that holds the GIL (a
/// third of its time in `extract_numbers_batch`). A result object holds only `str`, `int`,
/// `float`, `None` and Rust data, so it can never be part of a reference cycle; CPython untracks
/// tuples and dicts of such atomic values for the same reason.
pub(crate) fn leaf<T: PyClass>(
    py: Python<'_>,
    value: impl Into<pyo3::PyClassInitializer<T>>,
) -> PyResult<Bound<'_, T>> {
    let obj = Bound::new(py, value)?;
    // SAFETY: `obj` is a live object of a GC type (PyO3 sets Py_TPFLAGS_HAVE_GC on every
    // class) that was tracked at allocation; untracking it is always allowed, and PyO3's
    // dealloc calls PyObject_GC_UnTrack, which does nothing on an untracked object.
    unsafe { pyo3::ffi::PyObject_GC_UnTrack(obj.as_ptr().cast()) };
    Ok(obj)
}

/// Keeps Python's cyclic garbage collector from running while result objects are built (one
/// text's list in [`leaf_list`], one chunk of a batch in `batch::drive`), and turns it back on,
/// if it was on, when dropped; pauses nest (an inner one finds it off and leaves it off).
///
/// Every result object counts towards the collector's next run even though it is untracked
/// (see [`leaf`]), so building tens of thousands of them set off a collection every 700
/// objects, each walking the young lists (the growing result list among them), and every tenth
/// one an older generation: a quarter of the time of the thread that holds the GIL in
/// `extract_numbers_batch`, the part that two threads cannot share, and on one 4 MB text of
/// numbers 60% of `extract_numbers`, growing faster than the text. With the collector paused,
/// the next allocation after it runs one collection over the new objects instead. The GIL is
/// held from start to end (nothing in the loop runs Python code or releases it), so no other
/// thread sees the pause and none can turn the collector on or off meanwhile.
pub(crate) struct GcPause(bool);

impl GcPause {
    pub(crate) fn new(_py: Python<'_>) -> GcPause {
        // SAFETY: the GIL is held (`_py`); PyGC_Disable returns whether it was enabled.
        GcPause(unsafe { pyo3::ffi::PyGC_Disable() } == 1)
    }
}

impl Drop for GcPause {
    fn drop(&mut self) {
        if self.0 {
            // SAFETY: dropped in the scope that made it, with the GIL still held.
            unsafe { pyo3::ffi::PyGC_Enable() };
        }
    }
}

/// The list of result objects of one text: for each item, `make` gets the item's text
/// (`obj[start:end]`, with the span given by `span`) and the item, and builds the object, which
/// [`leaf`] keeps out of the cyclic GC.
pub(crate) fn leaf_list<'py, I, T>(
    obj: &Bound<'py, PyString>,
    items: impl IntoIterator<Item = I>,
    span: impl Fn(&I) -> (usize, usize),
    mut make: impl FnMut(Py<PyString>, I) -> PyResult<T>,
) -> PyResult<Bound<'py, PyList>>
where
    T: PyClass + Into<pyo3::PyClassInitializer<T>>,
{
    let py = obj.py();
    let out = PyList::empty(py);
    let _pause = GcPause::new(py);
    for item in items {
        let (start, end) = span(&item);
        let text = substring(obj, start, end)?.unbind();
        out.append(leaf(py, make(text, item)?)?)?;
    }
    Ok(out)
}
