//! Batch functions: extract the strings, release the GIL, run rayon over chunks, and build the
//! results in input order. Between chunks we re-attach to update the progress bar and to let
//! Ctrl-C through.

use std::sync::{Arc, Mutex};

use pyo3::exceptions::{PyImportError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use rayon::prelude::*;

use super::errors::{as_pystr, type_name, utf8, DhadError};

/// Below this many bytes in all, a batch runs on the calling thread.
pub(crate) const SERIAL_BYTES: usize = 64 * 1024;
/// Roughly how many bytes one chunk holds: progress and Ctrl-C are checked between chunks, and
/// only one chunk of intermediate results exists at a time (peak memory stays under 3x the input).
pub(crate) const CHUNK_BYTES: usize = 1024 * 1024;

/// What every `*_batch` function takes besides its texts.
pub(crate) struct BatchOptions<'py> {
    pub threads: Option<usize>,
    pub progress: bool,
    /// `errors="none"`: a bad item becomes `None` instead of raising.
    pub skip_bad: bool,
    pub py: Python<'py>,
    /// The name of the batch argument in error messages: "texts", or "words" for `segment_batch`.
    pub arg: &'static str,
}

/// The `threads=` argument as Python gave it; `BatchOptions::new` checks that it is positive.
pub(crate) struct Threads(isize);

impl<'a, 'py> FromPyObject<'a, 'py> for Threads {
    type Error = PyErr;

    fn extract(obj: pyo3::Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let bad = |why: &str| format!("threads must be a positive integer or None, not {why}");
        if obj.is_instance_of::<pyo3::types::PyBool>() {
            return Err(PyTypeError::new_err(bad("a bool")));
        }
        match obj.extract::<isize>() {
            Ok(n) => Ok(Threads(n)),
            Err(_) if obj.is_instance_of::<pyo3::types::PyInt>() => {
                Err(DhadError::new_err(bad("an integer this large")))
            }
            Err(_) => Err(PyTypeError::new_err(bad(&type_name(&obj)))),
        }
    }
}

impl<'py> BatchOptions<'py> {
    pub(crate) fn new(
        py: Python<'py>,
        threads: Option<Threads>,
        progress: bool,
        errors: &str,
    ) -> PyResult<Self> {
        let threads = match threads {
            None => None,
            Some(Threads(n)) if n >= 1 => Some(n as usize),
            Some(Threads(n)) => {
                return Err(DhadError::new_err(format!(
                    "threads must be a positive integer or None, not {n}"
                )))
            }
        };
        let skip_bad = match errors {
            "raise" => false,
            "none" => true,
            other => {
                return Err(DhadError::new_err(format!(
                    "errors must be \"raise\" or \"none\", not {other:?}"
                )))
            }
        };
        Ok(BatchOptions {
            threads,
            progress,
            skip_bad,
            py,
            arg: "texts",
        })
    }

    /// The same options for a batch argument of another name ("words").
    pub(crate) fn named(self, arg: &'static str) -> Self {
        BatchOptions { arg, ..self }
    }
}

/// The `str` objects of a batch, in order; `None` for a bad item when `errors="none"`.
pub(crate) fn extract_strs<'py>(
    texts: &Bound<'py, PyAny>,
    opts: &BatchOptions<'py>,
) -> PyResult<Vec<Option<Bound<'py, PyString>>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{} must be an iterable of str, not a single str (wrap it in a list, or call the single-text function)",
            opts.arg
        )));
    }
    let iter = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{} must be an iterable of str, not {}",
            opts.arg,
            type_name(texts)
        ))
    })?;
    let mut objs = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        match as_pystr(&item, &|| format!("{}[{i}]", opts.arg)) {
            Ok(s) => objs.push(Some(super::pystr::exact(s)?)),
            Err(e) if !opts.skip_bad => return Err(e),
            Err(_) => objs.push(None),
        }
    }
    Ok(objs)
}

/// Views of the items (UTF-8 or code units), with bad items made `None` or raised.
fn views<'a, 'py, V>(
    objs: &'a [Option<Bound<'py, PyString>>],
    opts: &BatchOptions<'py>,
    view: impl Fn(&'a Bound<'py, PyString>, usize) -> PyResult<V>,
) -> PyResult<Vec<Option<V>>> {
    let mut out = Vec::with_capacity(objs.len());
    for (i, o) in objs.iter().enumerate() {
        match o.as_ref().map(|s| view(s, i)) {
            None => out.push(None),
            Some(Ok(v)) => out.push(Some(v)),
            Some(Err(e)) if !opts.skip_bad => return Err(e),
            Some(Err(_)) => out.push(None),
        }
    }
    Ok(out)
}

/// Worker threads per core, at most. The work is all CPU, so threads beyond the cores only wait,
/// and rayon's idle workers keep looking for work by turns: a pool of thousands on two cores
/// spent nearly all its time doing that (`threads=4000`: 100,000 short texts took 107 s
/// instead of 0.05 s, and `threads=100000` never finished).
pub(crate) const THREADS_PER_CORE: usize = 4;

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The number of threads to use: the argument, else `DHAD_NUM_THREADS`, else every core; never
/// more than `THREADS_PER_CORE` per core.
pub(crate) fn thread_count(arg: Option<usize>) -> usize {
    let asked = arg.or_else(|| {
        std::env::var("DHAD_NUM_THREADS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n >= 1)
    });
    match asked {
        // Up to THREADS_PER_CORE never needs the core count (which reads cgroup files).
        Some(n) if n <= THREADS_PER_CORE => n,
        Some(n) => n.min(THREADS_PER_CORE * cores()),
        None => cores(),
    }
}

/// The pools of the most recently used thread counts, the latest last.
type Pools = Vec<(usize, Arc<rayon::ThreadPool>)>;

/// How many thread counts keep their pool. Each `threads=` value needs a pool of its own, and
/// keeping every one for the life of the process left a notebook that tried `threads=1..16`
/// with 135 idle OS threads; a pool dropped from here ends its threads once no batch uses it.
const KEPT_POOLS: usize = 4;

/// The pool of `n` threads, per process: after `os.fork()` the child sees a new pid and makes
/// fresh pools (the parent's worker threads do not exist in the child; their pools are leaked,
/// never touched).
pub(crate) fn pool(n: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    static POOLS: Mutex<Option<(u32, Pools)>> = Mutex::new(None);
    let pid = std::process::id();
    let mut guard = POOLS.lock().unwrap_or_else(|p| p.into_inner());
    if guard.as_ref().is_some_and(|(p, _)| *p != pid) {
        if let Some((_, old)) = guard.take() {
            std::mem::forget(old);
        }
    }
    let (_, pools) = guard.get_or_insert_with(|| (pid, Vec::new()));
    if let Some(i) = pools.iter().position(|(k, _)| *k == n) {
        let entry = pools.remove(i);
        let p = entry.1.clone();
        pools.push(entry);
        return Ok(p);
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("dhad-{i}"))
        .build()
        .map_err(|e| DhadError::new_err(format!("could not start {n} worker threads: {e}")))?;
    let p = Arc::new(p);
    if pools.len() >= KEPT_POOLS {
        // Dropping the last reference lets its threads exit; a batch still running on it holds
        // its own reference until it ends.
        pools.remove(0);
    }
    pools.push((n, p.clone()));
    Ok(p)
}

pub(crate) fn progress_bar<'py>(py: Python<'py>, total: usize) -> PyResult<Bound<'py, PyAny>> {
    let tqdm = py.import("tqdm.auto").map_err(|_| {
        PyImportError::new_err(
            "progress=True needs tqdm: pip install 'dhad[progress]' (or pip install tqdm)",
        )
    })?;
    let kwargs = pyo3::types::PyDict::new(py);
    kwargs.set_item("total", total)?;
    kwargs.set_item("unit", "text")?;
    kwargs.set_item("desc", "dhad")?;
    tqdm.getattr("tqdm")?.call((), Some(&kwargs))
}

/// Run `f` over every text's UTF-8 (in parallel, chunk by chunk, without the GIL) and build each
/// result with `convert` (with the GIL, in input order). A bad item (only with `errors="none"`)
/// gives `None`.
pub(crate) fn run<'py, T, F, C>(
    texts: &Bound<'py, PyAny>,
    opts: &BatchOptions<'py>,
    f: F,
    mut convert: C,
) -> PyResult<Bound<'py, PyList>>
where
    T: Send,
    F: Fn(&str) -> T + Sync,
    C: FnMut(Python<'py>, &Bound<'py, PyString>, &str, T) -> PyResult<Bound<'py, PyAny>>,
{
    run_indexed(texts, opts, f, |py, obj, s, _i, t| convert(py, obj, s, t))
}

/// [`run`] whose `convert` also gets the item's index in the batch (for error messages that
/// must say which item was bad).
pub(crate) fn run_indexed<'py, T, F, C>(
    texts: &Bound<'py, PyAny>,
    opts: &BatchOptions<'py>,
    f: F,
    mut convert: C,
) -> PyResult<Bound<'py, PyList>>
where
    T: Send,
    F: Fn(&str) -> T + Sync,
    C: FnMut(Python<'py>, &Bound<'py, PyString>, &str, usize, T) -> PyResult<Bound<'py, PyAny>>,
{
    let objs = extract_strs(texts, opts)?;
    let strs = views(&objs, opts, |s, i| {
        utf8(s, &|| format!("{}[{i}]", opts.arg))
    })?;
    drive(
        opts,
        &objs,
        &strs,
        |s| s.len(),
        |s| f(s),
        |py, obj, s, i, t| convert(py, obj, s, i, t),
    )
}

/// The shared engine of the batch functions: chunks of about `CHUNK_BYTES`, each run in parallel
/// without the GIL, then converted in order while the next chunk runs; progress and Ctrl-C
/// between chunks.
fn drive<'py, V, T, F, C>(
    opts: &BatchOptions<'py>,
    objs: &[Option<Bound<'py, PyString>>],
    views: &[Option<V>],
    size: impl Fn(&V) -> usize,
    f: F,
    mut convert: C,
) -> PyResult<Bound<'py, PyList>>
where
    V: Sync,
    T: Send,
    F: Fn(&V) -> T + Sync,
    C: FnMut(Python<'py>, &Bound<'py, PyString>, &V, usize, T) -> PyResult<Bound<'py, PyAny>>,
{
    let py = opts.py;
    let total_bytes: usize = views.iter().map(|v| v.as_ref().map_or(0, &size)).sum();
    let threads = if total_bytes < SERIAL_BYTES {
        1
    } else {
        thread_count(opts.threads).min(views.len().max(1))
    };
    let pool = if threads > 1 {
        Some(pool(threads)?)
    } else {
        None
    };
    let bar = if opts.progress {
        Some(progress_bar(py, views.len())?)
    } else {
        None
    };

    // Chunk boundaries: at least one text, about CHUNK_BYTES in all.
    let mut bounds = Vec::new();
    let mut start = 0;
    while start < views.len() {
        let mut end = start;
        let mut bytes = 0;
        while end < views.len() && (end == start || bytes < CHUNK_BYTES) {
            bytes += views[end].as_ref().map_or(0, &size);
            end += 1;
        }
        bounds.push((start, end));
        start = end;
    }
    let compute = |(a, b): (usize, usize)| -> Vec<Option<T>> {
        let chunk = &views[a..b];
        match &pool {
            Some(p) => p.install(|| chunk.par_iter().map(|v| v.as_ref().map(&f)).collect()),
            None => chunk.iter().map(|v| v.as_ref().map(&f)).collect(),
        }
    };

    let out = PyList::empty(py);
    let mut pending = bounds.first().map(|&b| py.detach(|| compute(b)));
    for (n, &(start, end)) in bounds.iter().enumerate() {
        let results = pending.take().unwrap_or_default();
        let next = bounds.get(n + 1).copied();
        let mut step = |py: Python<'py>, results: Vec<Option<T>>| -> PyResult<()> {
            {
                let _pause = super::result::GcPause::new(py);
                for (k, r) in results.into_iter().enumerate() {
                    let i = start + k;
                    match (r, objs[i].as_ref(), views[i].as_ref()) {
                        (Some(t), Some(obj), Some(v)) => out.append(convert(py, obj, v, i, t)?)?,
                        _ => out.append(py.None())?,
                    }
                }
            }
            if let Some(b) = &bar {
                b.call_method1("update", (end - start,))?;
            }
            py.check_signals()
        };
        let done = match (&pool, next) {
            // Pipelined: the workers compute the next chunk while this thread, holding the GIL,
            // builds the Python objects of this one (the part that cannot run in parallel).
            // The workers only read the texts' storage, kept alive and unchanged by `objs`.
            (Some(p), Some(b)) => p.in_place_scope(|scope| {
                let (tx, rx) = std::sync::mpsc::sync_channel(1);
                let compute = &compute;
                scope.spawn(move |_| {
                    let _ = tx.send(compute(b));
                });
                let done = step(py, results);
                // Wait without the GIL, so other Python threads run meanwhile.
                pending = py.detach(move || rx.recv().ok());
                done
            }),
            (_, Some(b)) => step(py, results).map(|()| {
                pending = Some(py.detach(|| compute(b)));
            }),
            (_, None) => step(py, results),
        };
        if let Err(e) = done {
            if let Some(b) = &bar {
                let _ = b.call_method0("close");
            }
            return Err(e);
        }
    }
    if let Some(b) = &bar {
        b.call_method0("close")?;
    }
    Ok(out)
}
