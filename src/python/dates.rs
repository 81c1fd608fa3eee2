//! Bindings for dates: `extract_dates`, `extract_dates_batch`, `DateMention`.
//!
//! The reference becomes a naive civil time (its own wall-clock fields); results are built as
//! `datetime.datetime` with the reference's `tzinfo` attached (naive when the reference is naive).

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDateTime, PyDict, PyList, PyString, PyTuple, PyTzInfo};

use super::batch::{self, BatchOptions, Threads};
use super::errors::{text_arg, type_name, DhadError};
use super::offsets::CharOffsets;
use super::result::{self, Reduced};
use crate::dates::{self as core, CivilDateTime};

/// One mention in code points, ready for Python (computed without the GIL).
pub(crate) struct Found {
    start: usize,
    end: usize,
    m: core::DateMention,
}

/// The reference as the core wants it: civil time and offset from UTC in minutes (if aware).
#[derive(Clone, Copy)]
pub(crate) struct Reference {
    civil: CivilDateTime,
    offset: Option<i32>,
}

/// Extract and convert offsets in one forward pass.
pub(crate) fn found(text: &str, reference: Reference) -> Vec<Found> {
    in_code_points(text, raw(text, reference))
}

/// The mentions of `text` with byte offsets.
pub(crate) fn raw(text: &str, reference: Reference) -> Vec<core::DateMention> {
    core::extract_dates_with_offset(text, reference.civil, reference.offset)
}

/// Mentions of `text` with code-point offsets, in one forward pass.
pub(crate) fn in_code_points(text: &str, ms: Vec<core::DateMention>) -> Vec<Found> {
    let mut conv = CharOffsets::new(text);
    ms.into_iter()
        .map(|m| Found {
            start: conv.at(m.start),
            end: conv.at(m.end),
            m,
        })
        .collect()
}

/// The reference: its civil fields and its tzinfo (if any). `None` means now, local time.
pub(crate) fn reference<'py>(
    py: Python<'py>,
    obj: Option<&Bound<'py, PyAny>>,
) -> PyResult<(Reference, Option<Bound<'py, PyTzInfo>>)> {
    let dt_mod = py.import("datetime")?;
    let datetime = dt_mod.getattr("datetime")?;
    let date = dt_mod.getattr("date")?;
    let obj = match obj {
        Some(o) if !o.is_none() => o.clone(),
        _ => datetime.call_method0("now")?,
    };
    let is_dt = obj.is_instance(&datetime)?;
    if !is_dt && !obj.is_instance(&date)? {
        return Err(PyTypeError::new_err(format!(
            "reference must be a datetime.datetime, a datetime.date or None, not {}",
            type_name(&obj)
        )));
    }
    let get = |name: &str| -> PyResult<i64> {
        if !is_dt && matches!(name, "hour" | "minute" | "second") {
            return Ok(0);
        }
        obj.getattr(name)?.extract::<i64>()
    };
    let c = CivilDateTime::new(
        get("year")? as i32,
        get("month")? as u8,
        get("day")? as u8,
        get("hour")? as u8,
        get("minute")? as u8,
        get("second")? as u8,
    );
    let tz = if is_dt {
        let t = obj.getattr("tzinfo")?;
        if t.is_none() {
            None
        } else {
            Some(t.cast_into::<PyTzInfo>().map_err(PyErr::from)?)
        }
    } else {
        None
    };
    let offset = match &tz {
        Some(_) => {
            let off = obj.call_method0("utcoffset")?;
            if off.is_none() {
                None
            } else {
                let secs: f64 = off.call_method0("total_seconds")?.extract()?;
                Some((secs / 60.0).round() as i32)
            }
        }
        None => None,
    };
    Ok((Reference { civil: c, offset }, tz))
}

fn to_py<'py>(
    py: Python<'py>,
    v: Option<CivilDateTime>,
    tz: Option<&Bound<'py, PyTzInfo>>,
) -> PyResult<Py<PyAny>> {
    match v {
        Some(c) if (1..=9999).contains(&c.year) && c.is_valid() => Ok(PyDateTime::new(
            py, c.year, c.month, c.day, c.hour, c.minute, c.second, 0, tz,
        )?
        .into_any()
        .unbind()),
        _ => Ok(py.None()),
    }
}

fn label_str(s: &str) -> Option<&'static str> {
    match s {
        "DATE" => Some("DATE"),
        "TIME" => Some("TIME"),
        _ => None,
    }
}

fn grain_str(s: &str) -> Option<&'static str> {
    ["year", "month", "week", "day", "hour", "minute", "second"]
        .into_iter()
        .find(|g| *g == s)
}

fn calendar_str(s: &str) -> Option<&'static str> {
    ["gregorian", "hijri"].into_iter().find(|g| *g == s)
}

impl result::State for PyDateMention {
    fn state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let me = self;
        let args = (
            me.text.bind(py),
            me.start,
            me.end,
            me.label,
            me.value.bind(py),
            me.grain,
            me.end_value.bind(py),
            me.calendar,
        );
        args.into_pyobject(py)
    }
}

/// A date or time expression found in a text.
#[pyclass(frozen, module = "dhad", name = "DateMention")]
pub struct PyDateMention {
    /// The characters it covers, as written: `text[start:end]` of the text it came from.
    #[pyo3(get)]
    text: Py<PyString>,
    /// Where it starts in that text, in code points (Python str indices).
    #[pyo3(get)]
    start: usize,
    /// Where it ends in that text (exclusive), in code points.
    #[pyo3(get)]
    end: usize,
    /// `"DATE"` or `"TIME"`.
    #[pyo3(get)]
    label: &'static str,
    /// The resolved moment, a `datetime.datetime` (aware when the reference was), or None
    /// when the expression cannot be resolved.
    #[pyo3(get)]
    value: Py<PyAny>,
    /// How precise `value` is: "year", "month", "week", "day", "hour", "minute" or "second".
    #[pyo3(get)]
    grain: &'static str,
    /// The exclusive end of an interval, or None.
    #[pyo3(get)]
    end_value: Py<PyAny>,
    /// `"gregorian"` or `"hijri"`, as written in the text.
    #[pyo3(get)]
    calendar: &'static str,
}

#[pymethods]
impl PyDateMention {
    #[new]
    #[pyo3(signature = (text, start, end, label, value, grain, end_value, calendar))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: Bound<'_, PyString>,
        start: usize,
        end: usize,
        label: &str,
        value: Py<PyAny>,
        grain: &str,
        end_value: Py<PyAny>,
        calendar: &str,
    ) -> PyResult<Self> {
        let len = text.len()?;
        if start > end || end - start != len {
            return Err(DhadError::new_err(format!(
                "date mention span ({start}, {end}) does not fit its text of length {len}"
            )));
        }
        for (name, v) in [("value", &value), ("end_value", &end_value)] {
            let v = v.bind(text.py());
            if !v.is_none() && !v.is_instance_of::<PyDateTime>() {
                return Err(PyTypeError::new_err(format!(
                    "{name} must be a datetime.datetime or None, not {}",
                    type_name(v)
                )));
            }
        }
        let label = label_str(label).ok_or_else(|| {
            DhadError::new_err(format!(
                "unknown date label {label:?}; expected \"DATE\" or \"TIME\""
            ))
        })?;
        let grain = grain_str(grain).ok_or_else(|| {
            DhadError::new_err(format!(
                "unknown grain {grain:?}; expected one of year, month, week, day, hour, minute, second"
            ))
        })?;
        let calendar = calendar_str(calendar).ok_or_else(|| {
            DhadError::new_err(format!(
                "unknown calendar {calendar:?}; expected \"gregorian\" or \"hijri\""
            ))
        })?;
        Ok(PyDateMention {
            text: text.unbind(),
            start,
            end,
            label,
            value,
            grain,
            end_value,
            calendar,
        })
    }

    /// The fields as a plain dict (for JSON, or a DataFrame of many).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", self.text.bind(py))?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("label", self.label)?;
        d.set_item("value", self.value.bind(py))?;
        d.set_item("grain", self.grain)?;
        d.set_item("end_value", self.end_value.bind(py))?;
        d.set_item("calendar", self.calendar)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let iso = |v: &Py<PyAny>| -> PyResult<String> {
            let b = v.bind(py);
            if b.is_none() {
                Ok("None".into())
            } else {
                Ok(b.call_method0("isoformat")?.extract::<String>()?)
            }
        };
        let end = if self.end_value.bind(py).is_none() {
            String::new()
        } else {
            format!(" → {}", iso(&self.end_value)?)
        };
        Ok(format!(
            "DateMention({}, {}, {}{}, {}, {}, {}:{})",
            self.text.bind(py).repr()?,
            self.label,
            iso(&self.value)?,
            end,
            self.grain,
            self.calendar,
            self.start,
            self.end
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

pub(crate) fn to_list<'py>(
    obj: &Bound<'py, PyString>,
    found: Vec<Found>,
    tz: Option<&Bound<'py, PyTzInfo>>,
) -> PyResult<Bound<'py, PyList>> {
    let py = obj.py();
    result::leaf_list(
        obj,
        found,
        |f| (f.start, f.end),
        |text, f| {
            Ok(PyDateMention {
                text,
                start: f.start,
                end: f.end,
                label: f.m.label.as_str(),
                value: to_py(py, f.m.value, tz)?,
                grain: f.m.grain.as_str(),
                end_value: to_py(py, f.m.end_value, tz)?,
                calendar: f.m.calendar.as_str(),
            })
        },
    )
}

/// Find the date and time expressions of `text`, resolved against `reference` (default: now).
#[pyfunction]
#[pyo3(signature = (text, *, reference = None))]
pub fn extract_dates<'py>(
    text: &Bound<'py, PyAny>,
    reference: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let s = text_arg(text, "text")?;
    let (r, tz) = self::reference(py, reference)?;
    let f = if s.len() > 1 << 20 {
        py.detach(|| found(s, r))
    } else {
        found(s, r)
    };
    to_list(text.cast::<PyString>()?, f, tz.as_ref())
}

/// Extract dates from many texts in parallel.
#[pyfunction]
#[pyo3(signature = (texts, *, reference = None, threads = None, progress = false, errors = "raise"))]
pub fn extract_dates_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    reference: Option<&Bound<'py, PyAny>>,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let opts = BatchOptions::new(py, threads, progress, errors)?;
    let (r, tz) = self::reference(py, reference)?;
    batch::run(
        texts,
        &opts,
        |s| found(s, r),
        |_py, obj, _s, f| Ok(to_list(obj, f, tz.as_ref())?.into_any()),
    )
}
