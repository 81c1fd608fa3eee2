//! Bindings for numbers: `parse_number`, `extract_numbers`, `extract_numbers_batch`,
//! `NumberMention`.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use super::batch::{self, BatchOptions, Threads};
use super::errors::{text_arg, DhadError};
use super::offsets::CharOffsets;
use super::result::{self, Reduced};
use crate::numbers::{self as core, Approx, ExtractOptions, NumberKind, Value};

fn value_to_py(py: Python<'_>, v: Value) -> PyResult<Py<PyAny>> {
    Ok(match v {
        Value::Int(i) => i.into_pyobject(py)?.into_any().unbind(),
        Value::Float(f) => f.into_pyobject(py)?.into_any().unbind(),
    })
}

/// Mentions of one text with code-point offsets (runs without the GIL).
pub(crate) fn mentions(
    text: &str,
    opts: &ExtractOptions,
) -> Vec<(usize, usize, core::NumberMention)> {
    let ms = core::extract_numbers_with(text, opts);
    let mut conv = CharOffsets::new(text);
    ms.into_iter()
        .map(|m| {
            let s = conv.at(m.start);
            let e = conv.at(m.end);
            (s, e, m)
        })
        .collect()
}

impl result::State for PyNumberMention {
    fn state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let me = self;
        let args = PyTuple::new(
            py,
            [
                me.text.bind(py).clone().into_any(),
                me.start.into_pyobject(py)?.into_any(),
                me.end.into_pyobject(py)?.into_any(),
                me.value.bind(py).clone(),
                PyString::new(py, me.kind()).into_any(),
                me.approx().map_or_else(
                    || py.None().into_bound(py),
                    |a| PyString::new(py, a).into_any(),
                ),
                me.range_end
                    .as_ref()
                    .map_or_else(|| py.None().into_bound(py), |r| r.bind(py).clone()),
                me.unit.as_deref().map_or_else(
                    || py.None().into_bound(py),
                    |u| PyString::new(py, u).into_any(),
                ),
                me.unit_norm.as_deref().map_or_else(
                    || py.None().into_bound(py),
                    |u| PyString::new(py, u).into_any(),
                ),
            ],
        )?;
        Ok(args)
    }
}

/// One number found in a text. `text[start:end] == mention.text`.
#[pyclass(frozen, module = "dhad", name = "NumberMention")]
pub struct PyNumberMention {
    /// The characters it covers, as written: `text[start:end]` of the text it came from.
    #[pyo3(get)]
    text: Py<PyString>,
    /// Where it starts in that text, in code points (Python str indices).
    #[pyo3(get)]
    start: usize,
    /// Where it ends in that text (exclusive), in code points.
    #[pyo3(get)]
    end: usize,
    /// The number: an int when it is whole, else a float.
    #[pyo3(get)]
    value: Py<PyAny>,
    kind: NumberKind,
    approx: Option<Approx>,
    /// The other end of a range ("من 10 إلى 20" gives 20), or None.
    #[pyo3(get)]
    range_end: Option<Py<PyAny>>,
    /// The counted noun or unit as written ("جندي", "دولار"), or None.
    #[pyo3(get)]
    unit: Option<String>,
    /// The canonical name of a known unit ("week", "USD", ...), or None.
    #[pyo3(get)]
    unit_norm: Option<String>,
}

fn number_arg(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Py<PyAny>> {
    if obj.is_instance_of::<pyo3::types::PyBool>()
        || !(obj.is_instance_of::<pyo3::types::PyInt>()
            || obj.is_instance_of::<pyo3::types::PyFloat>())
    {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "{name} must be int or float, not {}",
            super::errors::type_name(obj)
        )));
    }
    Ok(obj.clone().unbind())
}

#[pymethods]
impl PyNumberMention {
    #[new]
    #[pyo3(signature = (text, start, end, value, kind, approx = None, range_end = None, unit = None, unit_norm = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: Bound<'_, PyString>,
        start: usize,
        end: usize,
        value: &Bound<'_, PyAny>,
        kind: &str,
        approx: Option<&str>,
        range_end: Option<&Bound<'_, PyAny>>,
        unit: Option<String>,
        unit_norm: Option<String>,
    ) -> PyResult<Self> {
        let kind = NumberKind::ALL
            .into_iter()
            .find(|k| k.as_str() == kind)
            .ok_or_else(|| {
                DhadError::new_err(format!(
                    "unknown number kind {kind:?}; expected one of {}",
                    NumberKind::ALL.map(|k| k.as_str()).join(", ")
                ))
            })?;
        let approx = match approx {
            None => None,
            Some(a) => Some(
                Approx::ALL
                    .into_iter()
                    .find(|x| x.as_str() == a)
                    .ok_or_else(|| {
                        DhadError::new_err(format!(
                            "unknown approximation {a:?}; expected None or one of {}",
                            Approx::ALL.map(|k| k.as_str()).join(", ")
                        ))
                    })?,
            ),
        };
        let len = text.len()?;
        if start > end || end - start != len {
            return Err(DhadError::new_err(format!(
                "number span ({start}, {end}) does not fit its text of length {len}"
            )));
        }
        Ok(PyNumberMention {
            text: text.unbind(),
            start,
            end,
            value: number_arg(value, "value")?,
            kind,
            approx,
            range_end: range_end.map(|r| number_arg(r, "range_end")).transpose()?,
            unit,
            unit_norm,
        })
    }

    /// `"cardinal"`, `"ordinal"`, `"fraction"` or `"percent"`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.kind.as_str()
    }

    /// `None`, `"about"`, `"at_least"`, `"at_most"`, `"more_than"`, `"less_than"` or `"order_of"`.
    #[getter]
    fn approx(&self) -> Option<&'static str> {
        self.approx.map(Approx::as_str)
    }

    /// The fields as a plain dict (for JSON, or a DataFrame of many).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", self.text.bind(py))?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("value", self.value.bind(py))?;
        d.set_item("kind", self.kind())?;
        d.set_item("approx", self.approx())?;
        d.set_item("range_end", self.range_end.as_ref().map(|r| r.bind(py)))?;
        d.set_item("unit", &self.unit)?;
        d.set_item("unit_norm", &self.unit_norm)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut s = format!(
            "NumberMention({}, {}, {}, {}:{}",
            self.text.bind(py).repr()?,
            self.value.bind(py).repr()?,
            self.kind(),
            self.start,
            self.end
        );
        if let Some(a) = self.approx() {
            s.push_str(&format!(", approx={a}"));
        }
        if let Some(r) = &self.range_end {
            s.push_str(&format!(", range_end={}", r.bind(py).repr()?));
        }
        if let Some(u) = &self.unit {
            s.push_str(&format!(", unit={u:?}"));
        }
        if let Some(u) = &self.unit_norm {
            s.push_str(&format!(", unit_norm={u:?}"));
        }
        s.push(')');
        Ok(s)
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

pub(crate) fn to_list<'py>(
    obj: &Bound<'py, PyString>,
    ms: Vec<(usize, usize, core::NumberMention)>,
) -> PyResult<Bound<'py, PyList>> {
    let py = obj.py();
    result::leaf_list(
        obj,
        ms,
        |&(s, e, _)| (s, e),
        |text, (start, end, m)| {
            Ok(PyNumberMention {
                text,
                start,
                end,
                value: value_to_py(py, m.value)?,
                kind: m.kind,
                approx: m.approx,
                range_end: m.range_end.map(|r| value_to_py(py, r)).transpose()?,
                unit: m.unit,
                unit_norm: m.unit_norm,
            })
        },
    )
}

/// Read a string that is exactly one number, in digits (any script) or words.
///
/// Args:
///     text: The number: "3500", "٣٬٥٠٠", "١٢٫٥", "2½", "ثلاثة آلاف وخمسمائة", "الخامس عشر".
///
/// Returns:
///     An int when the number is whole, else a float.
///
/// Raises:
///     TypeError: text is not a str.
///     DhadError: The text is not exactly one valid number (the message says why).
///
/// Example:
///     >>> parse_number("مائتان وخمسون")
///     250
#[pyfunction]
pub fn parse_number(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let s = text_arg(text, "text")?;
    let v = core::parse_number(s)?;
    value_to_py(py, v)
}

/// Every number mention in `text`, sorted by start, never overlapping.
///
/// Args:
///     text: Running text.
///     bare_units: Count every lone indefinite unit noun as one of it ("في أسبوع" is 1 week),
///         as Duckling does. Off by default; even then a lone unit noun counts one after a
///         duration word ("خلال أسبوع") and when it is the only word of the text.
///
/// Returns:
///     A list of `NumberMention`; each span covers approximation words, the number, a range
///     end and the unit, but not a clitic glued to the first word.
///
/// Raises:
///     TypeError: text is not a str.
///     DhadError: text has a lone surrogate.
///
/// Example:
///     >>> [(m.text, m.value) for m in extract_numbers("قتل ثلاثة آلاف وخمسمائة شخص")]
///     [('ثلاثة آلاف وخمسمائة شخص', 3500)]
#[pyfunction]
#[pyo3(signature = (text, *, bare_units = false))]
pub fn extract_numbers<'py>(
    text: &Bound<'py, PyAny>,
    bare_units: bool,
) -> PyResult<Bound<'py, PyList>> {
    let s = text_arg(text, "text")?;
    let o = ExtractOptions { bare_units };
    let ms = if s.len() > 1 << 20 {
        text.py().detach(|| mentions(s, &o))
    } else {
        mentions(s, &o)
    };
    to_list(text.cast::<PyString>()?, ms)
}

/// Number mentions of many texts, in parallel (the GIL released), in input order.
///
/// Args:
///     texts: Any iterable of str.
///     threads: Worker threads (None: DHAD_NUM_THREADS or all cores; at most four per core).
///     progress: Show a progress bar (needs tqdm).
///     errors: "raise" (default) or "none": a bad item gives None in its place.
///     bare_units: As for extract_numbers().
///
/// Returns:
///     One list of `NumberMention` per text.
///
/// Raises:
///     TypeError: texts is one str, or an item is not a str (the message names its index).
///     DhadError: A bad threads or errors value, or an item with a lone surrogate.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, progress = false, errors = "raise", bare_units = false))]
pub fn extract_numbers_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
    bare_units: bool,
) -> PyResult<Bound<'py, PyList>> {
    let opts = BatchOptions::new(py, threads, progress, errors)?;
    let o = ExtractOptions { bare_units };
    batch::run(
        texts,
        &opts,
        |s| mentions(s, &o),
        |_py, obj, _s, ms| Ok(to_list(obj, ms)?.into_any()),
    )
}
