//! What every result class shares: it is described by its constructor arguments (its *state*),
//! and equality, hashing and pickling all follow from that one tuple.

use pyo3::prelude::*;
use pyo3::pyclass::boolean_struct::True;
use pyo3::types::PyTuple;
use pyo3::PyClass;

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
