//! Batch functions: extract the strings, release the GIL, run rayon over chunks, and build the
//! results in input order. Between chunks we re-attach to update the progress bar and to let
//! Ctrl-C through.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use pyo3::exceptions::{PyImportError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use rayon::prelude::*;

use super::errors::{as_pystr, type_name, utf8, DhadError};

/// Below this many bytes in all, a batch runs on the calling thread.
const SERIAL_BYTES: usize = 64 * 1024;
/// Roughly how many bytes one chunk holds (progress and Ctrl-C are checked between chunks).
const CHUNK_BYTES: usize = 4 * 1024 * 1024;

/// What every `*_batch` function takes besides its texts.
pub(crate) struct BatchOptions<'py> {
    pub threads: Option<usize>,
    pub progress: bool,
    /// `errors="none"`: a bad item becomes `None` instead of raising.
    pub skip_bad: bool,
    pub py: Python<'py>,
}

impl<'py> BatchOptions<'py> {
    pub(crate) fn new(
        py: Python<'py>,
        threads: Option<isize>,
        progress: bool,
        errors: &str,
    ) -> PyResult<Self> {
        let threads = match threads {
            None => None,
            Some(n) if n >= 1 => Some(n as usize),
            Some(n) => {
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
        })
    }
}

/// The strings of a batch: the Python objects (kept alive) and their UTF-8, `None` for a bad item
/// when `skip_bad`.
pub(crate) struct Texts<'py> {
    pub objs: Vec<Option<Bound<'py, PyString>>>,
}

impl<'py> Texts<'py> {
    pub(crate) fn extract(texts: &Bound<'py, PyAny>, opts: &BatchOptions<'py>) -> PyResult<Self> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be an iterable of str, not a single str (wrap it in a list, or call the single-text function)",
            ));
        }
        let iter = texts.try_iter().map_err(|_| {
            PyTypeError::new_err(format!(
                "texts must be an iterable of str, not {}",
                type_name(texts)
            ))
        })?;
        let mut objs = Vec::new();
        for (i, item) in iter.enumerate() {
            let item = item?;
            match as_pystr(&item, &|| format!("texts[{i}]")) {
                Ok(s) => {
                    let ok = utf8(s, &|| format!("texts[{i}]"));
                    match ok {
                        Ok(_) => objs.push(Some(s.clone())),
                        Err(e) if !opts.skip_bad => return Err(e),
                        Err(_) => objs.push(None),
                    }
                }
                Err(e) if !opts.skip_bad => return Err(e),
                Err(_) => objs.push(None),
            }
        }
        Ok(Texts { objs })
    }

    /// The UTF-8 of every good item (already validated by `extract`).
    pub(crate) fn strs(&self) -> Vec<Option<&str>> {
        self.objs
            .iter()
            .map(|o| o.as_ref().and_then(|s| s.to_str().ok()))
            .collect()
    }
}

/// The number of threads to use: the argument, else `DHAD_NUM_THREADS`, else every core.
pub(crate) fn thread_count(arg: Option<usize>) -> usize {
    if let Some(n) = arg {
        return n;
    }
    if let Some(n) = std::env::var("DHAD_NUM_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        if n >= 1 {
            return n;
        }
    }
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

type Pools = HashMap<usize, Arc<rayon::ThreadPool>>;

/// One pool per thread count, per process: after `os.fork()` the child sees a new pid and makes
/// fresh pools (the parent's worker threads do not exist in the child; their pools are leaked,
/// never touched).
fn pool(n: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    static POOLS: Mutex<Option<(u32, Pools)>> = Mutex::new(None);
    let pid = std::process::id();
    let mut guard = POOLS.lock().unwrap_or_else(|p| p.into_inner());
    if guard.as_ref().is_some_and(|(p, _)| *p != pid) {
        if let Some((_, old)) = guard.take() {
            std::mem::forget(old);
        }
    }
    let (_, pools) = guard.get_or_insert_with(|| (pid, HashMap::new()));
    if let Some(p) = pools.get(&n) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("dhad-{i}"))
        .build()
        .map_err(|e| DhadError::new_err(format!("could not start {n} worker threads: {e}")))?;
    let p = Arc::new(p);
    pools.insert(n, p.clone());
    Ok(p)
}

fn progress_bar<'py>(py: Python<'py>, total: usize) -> PyResult<Bound<'py, PyAny>> {
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

/// Run `f` over every text (in parallel, chunk by chunk, without the GIL) and build each result
/// with `convert` (with the GIL, in input order). A bad item (only with `errors="none"`) gives `None`.
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
    let py = opts.py;
    let texts = Texts::extract(texts, opts)?;
    let strs = texts.strs();
    let total_bytes: usize = strs.iter().map(|s| s.map_or(0, str::len)).sum();
    let threads = if total_bytes < SERIAL_BYTES {
        1
    } else {
        thread_count(opts.threads).min(strs.len().max(1))
    };
    let pool = if threads > 1 {
        Some(pool(threads)?)
    } else {
        None
    };
    let bar = if opts.progress {
        Some(progress_bar(py, strs.len())?)
    } else {
        None
    };

    let out = PyList::empty(py);
    let mut start = 0;
    while start < strs.len() {
        // The next chunk: at least one text, about CHUNK_BYTES in all.
        let mut end = start;
        let mut bytes = 0;
        while end < strs.len() && (end == start || bytes < CHUNK_BYTES) {
            bytes += strs[end].map_or(0, str::len);
            end += 1;
        }
        let chunk = &strs[start..end];
        let results: Vec<Option<T>> = py.detach(|| match &pool {
            Some(p) => p.install(|| chunk.par_iter().map(|s| s.map(&f)).collect()),
            None => chunk.iter().map(|s| s.map(&f)).collect(),
        });
        for (k, r) in results.into_iter().enumerate() {
            match (r, texts.objs[start + k].as_ref(), strs[start + k]) {
                (Some(v), Some(obj), Some(s)) => out.append(convert(py, obj, s, v)?)?,
                _ => out.append(py.None())?,
            }
        }
        if let Some(b) = &bar {
            b.call_method1("update", (end - start,))?;
        }
        start = end;
        if let Err(e) = py.check_signals() {
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
