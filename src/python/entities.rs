//! Bindings for named entities: `extract_entities`, `extract_entities_batch`, `Entity`,
//! `EntityRecognizer`. Conversion only; the logic is in `crate::entities`.

use std::sync::{Arc, RwLock};

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString, PyTuple};

use super::batch::{self, BatchOptions, Threads};
use super::errors::{text_arg, type_name, utf8, DhadError};
use super::offsets::CharOffsets;
use super::result::{self, Reduced};
use crate::entities::{self as core, EntityRecognizer, Label, Source};

/// An entity in code points: (start, end, label, source).
pub(crate) type Found = Vec<(usize, usize, Label, Source)>;

fn parse_source(s: &str) -> PyResult<Source> {
    match s {
        "gazetteer" => Ok(Source::Gazetteer),
        "rule" => Ok(Source::Rule),
        "model" => Ok(Source::Model),
        _ => Err(DhadError::new_err(format!(
            "unknown entity source {s:?}; expected one of \"gazetteer\", \"rule\", \"model\""
        ))),
    }
}

/// Bytes iterate as ints: `add("ORG", b"...")` said "names[0] must be str, not int". They are
/// refused as a whole, by their own type name.
fn is_bytes(obj: &Bound<'_, PyAny>) -> bool {
    obj.is_instance_of::<PyBytes>() || obj.is_instance_of::<PyByteArray>()
}

/// The `labels=` argument: None (all) or an iterable of label names.
fn parse_labels(labels: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<Label>>> {
    let Some(obj) = labels else { return Ok(None) };
    if obj.is_none() {
        return Ok(None);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Some(vec![s.to_str()?.parse::<Label>()?]));
    }
    let bad = || {
        PyTypeError::new_err(format!(
            "labels must be None or an iterable of label names such as [\"PER\", \"LOC\"], not {}",
            type_name(obj)
        ))
    };
    if is_bytes(obj) {
        return Err(bad());
    }
    let iter = obj.try_iter().map_err(|_| bad())?;
    let mut out = Vec::new();
    for item in iter {
        let item = item?;
        let s = item.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err(format!(
                "each label must be a str, not {}",
                type_name(&item)
            ))
        })?;
        out.push(s.to_str()?.parse::<Label>()?);
    }
    Ok(Some(out))
}

/// Runs `rec` on `text` and converts to code points (no GIL needed).
fn find(rec: Option<&EntityRecognizer>, text: &str, labels: Option<&[Label]>) -> Found {
    let rec = rec.unwrap_or_else(|| core::default_recognizer());
    let ents = match labels {
        // filtered there (without DATE and TIME among them, the dates are not searched)
        Some(ls) => rec.extract_labels(text, ls),
        None => rec.extract(text),
    };
    in_code_points(text, &ents)
}

/// Entities of `text` (byte offsets) in code points.
pub(crate) fn in_code_points(text: &str, ents: &[core::Entity]) -> Found {
    let mut conv = CharOffsets::new(text);
    ents.iter()
        .map(|e| (conv.at(e.start), conv.at(e.end), e.label, e.source))
        .collect()
}

pub(crate) fn to_list<'py>(
    obj: &Bound<'py, PyString>,
    found: &Found,
) -> PyResult<Bound<'py, PyList>> {
    result::leaf_list(
        obj,
        found.iter().copied(),
        |&(s, e, _, _)| (s, e),
        |text, (start, end, label, source)| {
            Ok(PyEntity {
                text,
                start,
                end,
                label,
                source,
            })
        },
    )
}

impl result::State for PyEntity {
    fn state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let me = self;
        let args = (
            me.text.bind(py),
            me.start,
            me.end,
            me.label.as_str(),
            me.source.as_str(),
        );
        args.into_pyobject(py)
    }
}

/// One entity mention. `text[start:end] == entity.text` for the text it came from.
#[pyclass(frozen, module = "dhad", name = "Entity")]
pub struct PyEntity {
    /// The characters it covers, as written: `text[start:end]` of the text it came from.
    #[pyo3(get)]
    text: Py<PyString>,
    /// Where it starts in that text, in code points (Python str indices).
    #[pyo3(get)]
    start: usize,
    /// Where it ends in that text (exclusive), in code points.
    #[pyo3(get)]
    end: usize,
    label: Label,
    source: Source,
}

#[pymethods]
impl PyEntity {
    #[new]
    fn new(
        text: Bound<'_, PyString>,
        start: usize,
        end: usize,
        label: &str,
        source: &str,
    ) -> PyResult<Self> {
        let label = label.parse::<Label>()?;
        let source = parse_source(source)?;
        let len = text.len()?;
        if start > end || end - start != len {
            return Err(DhadError::new_err(format!(
                "entity span ({start}, {end}) does not fit its text of length {len}"
            )));
        }
        Ok(PyEntity {
            text: text.unbind(),
            start,
            end,
            label,
            source,
        })
    }

    /// `"PER"`, `"LOC"`, `"ORG"`, `"MISC"`, `"DATE"` or `"TIME"`.
    #[getter]
    fn label(&self) -> &'static str {
        self.label.as_str()
    }

    /// `"gazetteer"`, `"rule"` or `"model"`.
    #[getter]
    fn source(&self) -> &'static str {
        self.source.as_str()
    }

    /// The fields as a plain dict (for JSON, or a DataFrame of many).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", self.text.bind(py))?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("label", self.label.as_str())?;
        d.set_item("source", self.source.as_str())?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Entity({}, {}, {}:{}, {})",
            self.text.bind(py).repr()?,
            self.label.as_str(),
            self.start,
            self.end,
            self.source.as_str()
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        result::eq(self, py, other)
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        result::hash(self, py)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduced<'py>> {
        result::reduce(slf)
    }
}

fn extract_one<'py>(
    text: &Bound<'py, PyAny>,
    labels: Option<&Bound<'py, PyAny>>,
    rec: Option<&EntityRecognizer>,
) -> PyResult<Bound<'py, PyList>> {
    let labels = parse_labels(labels)?;
    let s = text_arg(text, "text")?;
    let found = if s.len() > 1 << 16 {
        text.py().detach(|| find(rec, s, labels.as_deref()))
    } else {
        find(rec, s, labels.as_deref())
    };
    to_list(text.cast::<PyString>()?, &found)
}

fn extract_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    labels: Option<&Bound<'py, PyAny>>,
    rec: Option<&EntityRecognizer>,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let labels = parse_labels(labels)?;
    let opts = BatchOptions::new(py, threads, progress, errors)?;
    let ls = labels.as_deref();
    batch::run(
        texts,
        &opts,
        |s| find(rec, s, ls),
        |_py, obj, _s, found| Ok(to_list(obj, &found)?.into_any()),
    )
}

/// The entities of `text` (people, places, organisations, other names).
///
/// `labels` keeps only those labels; without "DATE" and "TIME" among them the dates are not
/// searched at all, which makes names-only extraction about a fifth faster.
#[pyfunction]
#[pyo3(signature = (text, *, labels = None))]
pub fn extract_entities<'py>(
    text: &Bound<'py, PyAny>,
    labels: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    extract_one(text, labels, None)
}

/// The entities of many texts, in parallel.
#[pyfunction]
#[pyo3(signature = (texts, *, labels = None, threads = None, progress = false, errors = "raise"))]
pub fn extract_entities_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    labels: Option<&Bound<'py, PyAny>>,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    extract_many(py, texts, labels, None, threads, progress, errors)
}

/// An entity recognizer with names of your own.
#[pyclass(frozen, module = "dhad", name = "EntityRecognizer")]
pub struct PyEntityRecognizer {
    inner: RwLock<RecognizerState>,
}

/// The names given to `add`, in order, and the recognizer compiled from the first `n_compiled`
/// of those calls. Names are compiled at the next extraction, not at each `add`: the core
/// rebuilds its automaton over every name at each of its `add` calls, so compiling per `add`
/// made a loop of single adds quadratic. The calls are kept (for pickling too) and the pending
/// ones are given to the core in runs of one label, in order, so the result is the same as one
/// core `add` per call.
struct RecognizerState {
    compiled: Arc<EntityRecognizer>,
    added: Vec<(Label, Vec<String>)>,
    n_compiled: usize,
}

/// The state `__reduce__` gives and `_recognizer_from_state` takes back.
type RecognizerArgs = (bool, bool, Vec<(&'static str, Vec<String>)>);

impl PyEntityRecognizer {
    fn with(builtin: bool, model: bool) -> Self {
        let r = EntityRecognizer::new(builtin).with_model(model);
        PyEntityRecognizer {
            inner: RwLock::new(RecognizerState {
                compiled: Arc::new(r),
                added: Vec::new(),
                n_compiled: 0,
            }),
        }
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, RecognizerState> {
        self.inner.write().unwrap_or_else(|p| p.into_inner())
    }

    /// Checks the names of one `add` call (label known) and records them, to be compiled later.
    fn push(&self, label: Label, names: Vec<String>) -> PyResult<()> {
        // The core's own check, on these names only (a recognizer without built-ins is empty).
        EntityRecognizer::new(false)
            .with_model(false)
            .add(label, &names)?;
        self.write().added.push((label, names));
        Ok(())
    }

    /// The recognizer with every name added so far.
    fn current(&self) -> PyResult<Arc<EntityRecognizer>> {
        {
            let g = self.inner.read().unwrap_or_else(|p| p.into_inner());
            if g.n_compiled == g.added.len() {
                return Ok(g.compiled.clone());
            }
        }
        let mut g = self.write();
        if g.n_compiled < g.added.len() {
            let mut next = EntityRecognizer::clone(&g.compiled);
            for run in g.added[g.n_compiled..].chunk_by(|a, b| a.0 == b.0) {
                next.add(run[0].0, run.iter().flat_map(|(_, names)| names))?;
            }
            g.compiled = Arc::new(next);
            g.n_compiled = g.added.len();
        }
        Ok(g.compiled.clone())
    }
}

/// Rebuild a pickled `EntityRecognizer`: its switches and the names of each `add` call.
#[pyfunction]
pub fn _recognizer_from_state(
    builtin: bool,
    model: bool,
    added: Vec<(String, Vec<String>)>,
) -> PyResult<PyEntityRecognizer> {
    let r = PyEntityRecognizer::with(builtin, model);
    {
        let mut g = r.write();
        for (label, names) in added {
            g.added.push((label.parse::<Label>()?, names));
        }
    }
    r.current()?;
    Ok(r)
}

#[pymethods]
impl PyEntityRecognizer {
    #[new]
    #[pyo3(signature = (builtin = true, *, model = None))]
    fn new(builtin: bool, model: Option<bool>) -> Self {
        PyEntityRecognizer::with(builtin, model.unwrap_or(builtin))
    }

    /// Whether the built-in gazetteers and rules are used.
    #[getter]
    fn builtin(&self) -> bool {
        self.inner
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .compiled
            .builtin()
    }

    /// Whether the statistical tagger runs.
    #[getter]
    fn model(&self) -> bool {
        self.inner
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .compiled
            .model()
    }

    /// Add names with a label (`"PER"`, `"LOC"`, `"ORG"`, `"MISC"` ...); they are checked now
    /// and compiled once, at the next extraction.
    fn add(&self, label: &str, names: &Bound<'_, PyAny>) -> PyResult<()> {
        let label = label.parse::<Label>()?;
        let list: Vec<String> = if let Ok(s) = names.cast::<PyString>() {
            vec![utf8(s, &|| "names".to_string())?.to_string()]
        } else {
            let bad = || {
                PyTypeError::new_err(format!(
                    "names must be a str or an iterable of str, not {}",
                    type_name(names)
                ))
            };
            if is_bytes(names) {
                return Err(bad());
            }
            let iter = names.try_iter().map_err(|_| bad())?;
            let mut v = Vec::new();
            for (i, item) in iter.enumerate() {
                let item = item?;
                let s = item.cast::<PyString>().map_err(|_| {
                    PyTypeError::new_err(format!(
                        "names[{i}] must be str, not {}",
                        type_name(&item)
                    ))
                })?;
                v.push(utf8(s, &|| format!("names[{i}]"))?.to_string());
            }
            v
        };
        self.push(label, list)
    }

    /// The entities of `text`.
    #[pyo3(signature = (text, *, labels = None))]
    fn extract<'py>(
        &self,
        text: &Bound<'py, PyAny>,
        labels: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let r = self.current()?;
        extract_one(text, labels, Some(&r))
    }

    /// The entities of many texts, in parallel.
    #[pyo3(signature = (texts, *, labels = None, threads = None, progress = false, errors = "raise"))]
    fn extract_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        labels: Option<&Bound<'py, PyAny>>,
        threads: Option<Threads>,
        progress: bool,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let r = self.current()?;
        extract_many(py, texts, labels, Some(&r), threads, progress, errors)
    }

    fn __repr__(&self) -> PyResult<String> {
        let r = self.current()?;
        Ok(format!(
            "EntityRecognizer(builtin={}, model={}, names={})",
            if r.builtin() { "True" } else { "False" },
            if r.model() { "True" } else { "False" },
            r.n_names()
        ))
    }

    /// Pickles as its switches and the names of each `add` call, so that it can go to
    /// multiprocessing, Dask or joblib workers.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, RecognizerArgs)> {
        let rebuild = py.import("dhad._dhad")?.getattr("_recognizer_from_state")?;
        let g = self.inner.read().unwrap_or_else(|p| p.into_inner());
        let added = g
            .added
            .iter()
            .map(|(label, names)| (label.as_str(), names.clone()))
            .collect();
        Ok((rebuild, (g.compiled.builtin(), g.compiled.model(), added)))
    }
}
