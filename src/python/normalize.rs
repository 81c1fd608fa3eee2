//! Bindings for normalization: `normalize`, `Normalizer`, `Aligned`.

use std::sync::OnceLock;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString, PyTuple};

use super::batch::{self, BatchOptions, Threads};
use super::errors::{as_pystr, text_arg, type_name, DhadError};
use super::offsets::CharOffsets;
use super::pystr::{new_str, prepare, units, Prepared, Units};
use crate::normalize::{CodePoints, Normalizer, Options, OPTION_NAMES};

/// Build options from a preset and keyword overrides.
fn options_from(preset: &str, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Options> {
    let mut o = Options::preset(preset)?;
    if let Some(kw) = kwargs {
        for (k, v) in kw.iter() {
            let name: String = k.extract()?;
            if name == "digits" {
                if v.is_none() {
                    o.set_digits(None)?;
                } else if let Ok(s) = v.extract::<String>() {
                    o.set_digits(Some(&s))?;
                } else {
                    return Err(DhadError::new_err(format!(
                        "invalid value for option \"digits\": expected \"latin\", \"arabic\" or None, got {}",
                        type_name(&v)
                    )));
                }
            } else if !OPTION_NAMES.contains(&name.as_str()) {
                return Err(crate::Error::UnknownOption { name }.into());
            } else if let Ok(b) = v.cast::<PyBool>() {
                o.set_flag(&name, b.is_true())?;
            } else {
                return Err(DhadError::new_err(format!(
                    "option {name:?} must be True or False, not {}",
                    v.repr()
                        .map(|r| r.to_string())
                        .unwrap_or_else(|_| type_name(&v))
                )));
            }
        }
    }
    Ok(o)
}

/// A normalizer for the common cases without building a table per call.
fn cached(preset: &str) -> Option<&'static Normalizer> {
    static DISPLAY: OnceLock<Normalizer> = OnceLock::new();
    match preset {
        "search" => Some(crate::normalize::search_normalizer()),
        "display" => Some(
            DISPLAY.get_or_init(|| Normalizer::new(Options::preset("display").unwrap_or_default())),
        ),
        _ => None,
    }
}

/// Normalize the code units of a str in place: `Ok(None)` when nothing changes.
fn normalize_units(n: &Normalizer, u: &Units<'_>) -> Result<Option<Prepared>, usize> {
    let out: Result<Option<CodePoints>, usize> = match u {
        Units::One(x) => n.normalize_code_points(x),
        Units::Two(x) => n.normalize_code_points(x),
        Units::Four(x) => n.normalize_code_points(x),
    };
    out.map(|o| o.map(prepare))
}

fn surrogate_error(what: &str, at: usize) -> PyErr {
    DhadError::new_err(format!(
        "{what} contains a lone surrogate at index {at}, which is not valid Unicode text; \
         clean it first, e.g. text.encode('utf-8', 'replace').decode('utf-8')"
    ))
}

/// The result as a str: the very same object when nothing changed.
fn result_str<'py>(
    obj: &Bound<'py, PyString>,
    out: Option<Prepared>,
) -> PyResult<Bound<'py, PyString>> {
    match out {
        None => Ok(obj.clone()),
        Some(chars) => new_str(obj.py(), &chars),
    }
}

fn normalize_one<'py>(n: &Normalizer, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
    let obj = as_pystr(text, &|| "text".to_string())?;
    let u = units(obj)?;
    let out = if u.len() > 1 << 20 {
        text.py().detach(|| normalize_units(n, &u))
    } else {
        normalize_units(n, &u)
    };
    result_str(obj, out.map_err(|at| surrogate_error("text", at))?)
}

/// Normalize `text` with a preset and option overrides.
#[pyfunction]
#[pyo3(signature = (text, preset = "search", **options))]
pub fn normalize<'py>(
    text: &Bound<'py, PyAny>,
    preset: &str,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyString>> {
    match (options.filter(|o| !o.is_empty()), cached(preset)) {
        (None, Some(n)) => normalize_one(n, text),
        (opts, _) => normalize_one(&Normalizer::new(options_from(preset, opts)?), text),
    }
}

/// Normalize many texts in parallel.
#[pyfunction]
#[pyo3(signature = (texts, preset = "search", *, threads = None, progress = false, errors = "raise", **options))]
pub fn normalize_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    preset: &str,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyList>> {
    // The shared normalizer when there are no overrides: building a table per call cost ~40 µs,
    // ten times the work of a one-item batch.
    if let (None, Some(n)) = (options.filter(|o| !o.is_empty()), cached(preset)) {
        return batch_with(py, n, texts, threads, progress, errors);
    }
    let n = Normalizer::new(options_from(preset, options)?);
    batch_with(py, &n, texts, threads, progress, errors)
}

fn batch_with<'py>(
    py: Python<'py>,
    n: &Normalizer,
    texts: &Bound<'py, PyAny>,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let opts = BatchOptions::new(py, threads, progress, errors)?;
    let skip_bad = opts.skip_bad;
    batch::run_units(
        texts,
        &opts,
        |u| normalize_units(n, u),
        |py, obj, _u, i, out| match out {
            Ok(out) => Ok(result_str(obj, out)?.into_any()),
            Err(_) if skip_bad => Ok(py.None().into_bound(py)),
            Err(at) => Err(surrogate_error(&format!("texts[{i}]"), at)),
        },
    )
}

/// A configured normalizer (see `dhad.Normalizer` in the stubs for the documentation).
#[pyclass(frozen, module = "dhad", name = "Normalizer")]
pub struct PyNormalizer {
    inner: Normalizer,
}

#[pymethods]
impl PyNormalizer {
    #[new]
    #[pyo3(signature = (preset = "search", **options))]
    fn new(preset: &str, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        Ok(PyNormalizer {
            inner: Normalizer::new(options_from(preset, options)?),
        })
    }

    /// Every option and its value.
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        let o = self.inner.options();
        for (name, value) in o.flags() {
            d.set_item(name, value)?;
        }
        d.set_item("digits", o.digits.map(|x| x.as_str()))?;
        Ok(d)
    }

    fn normalize<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
        normalize_one(&self.inner, text)
    }

    #[pyo3(signature = (texts, *, threads = None, progress = false, errors = "raise"))]
    fn normalize_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<Threads>,
        progress: bool,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        batch_with(py, &self.inner, texts, threads, progress, errors)
    }

    fn normalize_aligned(&self, text: &Bound<'_, PyAny>) -> PyResult<PyAligned> {
        let s = text_arg(text, "text")?;
        let a = self.inner.normalize_aligned(s);
        let mut conv = CharOffsets::new(s);
        // Offsets are nearly sorted; CharOffsets restarts only when one goes backwards.
        let offsets = a
            .offsets()
            .iter()
            .map(|&(st, en)| (conv.at(st), conv.at(en)))
            .collect();
        Ok(PyAligned {
            text: a.text().to_string(),
            original: s.to_string(),
            offsets,
        })
    }

    fn __repr__(&self) -> String {
        let o = self.inner.options();
        let mut parts: Vec<String> = o
            .flags()
            .iter()
            .map(|(n, v)| format!("{n}={}", if *v { "True" } else { "False" }))
            .collect();
        parts.push(format!(
            "digits={}",
            o.digits
                .map_or("None".to_string(), |d| format!("'{}'", d.as_str()))
        ));
        format!("Normalizer('none', {})", parts.join(", "))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyNormalizer>()
            .is_ok_and(|o| o.get().inner.options() == self.inner.options())
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.options().hash(&mut h);
        h.finish()
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let rebuild = py
            .import("dhad._dhad")?
            .getattr("_normalizer_from_options")?;
        let opts = slf.get().options(py)?;
        Ok((rebuild, PyTuple::new(py, [opts])?))
    }
}

/// Rebuild a pickled `Normalizer` from its options dict.
#[pyfunction]
pub fn _normalizer_from_options(options: &Bound<'_, PyDict>) -> PyResult<PyNormalizer> {
    Ok(PyNormalizer {
        inner: Normalizer::new(options_from("none", Some(options))?),
    })
}

/// The constructor arguments of `Aligned` (text, original, offsets), for pickling.
type AlignedArgs = (String, String, Vec<(usize, usize)>);

/// A normalized text with its alignment to the original.
#[pyclass(frozen, module = "dhad", name = "Aligned")]
pub struct PyAligned {
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    original: String,
    offsets: Vec<(usize, usize)>,
}

#[pymethods]
impl PyAligned {
    #[new]
    fn new(text: String, original: String, offsets: Vec<(usize, usize)>) -> PyResult<Self> {
        let n = text.chars().count();
        let m = original.chars().count();
        if offsets.len() != n {
            return Err(DhadError::new_err(format!(
                "offsets must hold one (start, end) per character of text: {} for {n} characters",
                offsets.len()
            )));
        }
        if let Some((i, &(s, e))) = offsets
            .iter()
            .enumerate()
            .find(|(_, &(s, e))| s > e || e > m)
        {
            return Err(DhadError::new_err(format!(
                "offsets[{i}] = ({s}, {e}) is not a span of the original (length {m})"
            )));
        }
        Ok(PyAligned {
            text,
            original,
            offsets,
        })
    }

    /// One `(start, end)` span of the original per character of the normalized text.
    #[getter]
    fn offsets(&self) -> Vec<(usize, usize)> {
        self.offsets.clone()
    }

    /// Map `text[start:end]` (normalized indices) back to a span of the original.
    fn to_original(&self, start: isize, end: isize) -> PyResult<(usize, usize)> {
        let n = self.offsets.len();
        if start < 0 || end < 0 || start > end || end as usize > n {
            return Err(DhadError::new_err(format!(
                "span ({start}, {end}) is not inside the normalized text (length {n}); expected 0 <= start <= end <= {n}"
            )));
        }
        let (start, end) = (start as usize, end as usize);
        if start == end {
            let at = match self.offsets.get(start) {
                Some(&(s, _)) => s,
                None => self
                    .offsets
                    .last()
                    .map_or(self.original.chars().count(), |&(_, e)| e),
            };
            return Ok((at, at));
        }
        let span = &self.offsets[start..end];
        let lo = span.iter().map(|p| p.0).min().unwrap_or(0);
        let hi = span.iter().map(|p| p.1).max().unwrap_or(lo);
        Ok((lo, hi))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.text)?;
        d.set_item("original", &self.original)?;
        d.set_item("offsets", self.offsets.clone())?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Aligned(text={:?}, original={:?})",
            self.text, self.original
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyAligned>().is_ok_and(|o| {
            let o = o.get();
            o.text == self.text && o.original == self.original && o.offsets == self.offsets
        })
    }

    fn __len__(&self) -> usize {
        self.offsets.len()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, AlignedArgs)> {
        let me = slf.get();
        Ok((
            slf.get_type().into_any(),
            (me.text.clone(), me.original.clone(), me.offsets.clone()),
        ))
    }
}
