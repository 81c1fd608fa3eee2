//! Bindings for tokens and sentences: `tokenize`, `Tokens`, `Token`, `sentences`, `Span`.

use pyo3::exceptions::{PyIndexError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PySlice, PyString, PyTuple};

use super::batch::{self, BatchOptions, Threads};
use super::errors::{text_arg, type_name, DhadError};
use super::offsets::CharOffsets;
use super::pystr::substring;
use super::result::{self, Reduced};
use super::segment::PySegments;
use crate::normalize::search_normalize;
use crate::tokenize::{self as core, TokenKind};

/// Tokens of one text as columns of code-point offsets and kind codes.
pub(crate) struct Columns {
    pub starts: Vec<usize>,
    pub ends: Vec<usize>,
    pub kinds: Vec<u8>,
    /// Clitic segments of the word tokens, computed with the tokens when `clitics=True`.
    pub segs: Option<Vec<super::segment::SegCell>>,
}

/// Tokenize and convert to code-point offsets in one forward pass (runs without the GIL).
pub(crate) fn columns(text: &str) -> Columns {
    let toks = core::tokenize(text);
    let mut conv = CharOffsets::new(text);
    let mut c = Columns {
        starts: Vec::with_capacity(toks.len()),
        ends: Vec::with_capacity(toks.len()),
        kinds: Vec::with_capacity(toks.len()),
        segs: None,
    };
    for t in &toks {
        c.starts.push(conv.at(t.start));
        c.ends.push(conv.at(t.end));
        c.kinds.push(t.kind as u8);
    }
    c
}

fn kind_name(code: u8) -> &'static str {
    TokenKind::from_code(code).map_or("symbol", TokenKind::as_str)
}

impl result::State for PyToken {
    fn state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let me = self;
        let args = (
            me.text.bind(py),
            me.start,
            me.end,
            me.kind(),
            me.segments.as_ref().map(|s| s.bind(py)),
        );
        args.into_pyobject(py)
    }
}

/// One token. `text[start:end] == token.text` for the text it came from.
#[pyclass(frozen, module = "dhad", name = "Token")]
pub struct PyToken {
    /// The characters it covers, as written: `text[start:end]` of the text it came from.
    #[pyo3(get)]
    text: Py<PyString>,
    /// Where it starts in that text, in code points (Python str indices).
    #[pyo3(get)]
    start: usize,
    /// Where it ends in that text (exclusive), in code points.
    #[pyo3(get)]
    end: usize,
    kind: u8,
    /// The clitic segmentation (`dhad.Segments`) of a word from `tokenize(..., clitics=True)`,
    /// else None.
    #[pyo3(get)]
    segments: Option<Py<PyAny>>,
}

#[pymethods]
impl PyToken {
    #[new]
    #[pyo3(signature = (text, start, end, kind, segments = None))]
    fn new(
        text: Bound<'_, PyString>,
        start: usize,
        end: usize,
        kind: &str,
        segments: Option<Py<PyAny>>,
    ) -> PyResult<Self> {
        let kind = TokenKind::from_name(kind).ok_or_else(|| {
            DhadError::new_err(format!(
                "unknown token kind {kind:?}; expected one of {}",
                TokenKind::ALL.map(|k| k.as_str()).join(", ")
            ))
        })?;
        let len = text.len()?;
        if start > end || end - start != len {
            return Err(DhadError::new_err(format!(
                "token span ({start}, {end}) does not fit its text of length {len}"
            )));
        }
        if let Some(seg) = &segments {
            let seg = seg.bind(text.py());
            if !seg.is_instance_of::<PySegments>() {
                return Err(PyTypeError::new_err(format!(
                    "segments must be a dhad.Segments or None, not {}",
                    type_name(seg)
                )));
            }
            let word = seg.getattr("word")?.cast_into::<PyString>()?;
            if !word.as_any().eq(text.as_any())? {
                return Err(DhadError::new_err(format!(
                    "segments join to {}, not to the token's text {}",
                    word.repr()?,
                    text.repr()?
                )));
            }
        }
        Ok(PyToken {
            text: text.unbind(),
            start,
            end,
            kind: kind as u8,
            segments,
        })
    }

    /// `"word"`, `"number"`, `"punct"`, `"symbol"`, `"latin"`, `"url"`, `"email"`, `"hashtag"`,
    /// `"mention"` or `"emoji"`.
    #[getter]
    fn kind(&self) -> &'static str {
        kind_name(self.kind)
    }

    /// The search-normalized form of the token.
    #[getter]
    fn norm<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        let t = self.text.bind(py);
        let s = t.to_str()?;
        Ok(match search_normalize(s) {
            std::borrow::Cow::Borrowed(b) if b.len() == s.len() => t.clone(),
            other => PyString::new(py, &other),
        })
    }

    /// The fields as a plain dict (for JSON, or a DataFrame of many).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", self.text.bind(py))?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("kind", self.kind())?;
        d.set_item("norm", self.norm(py)?)?;
        if let Some(s) = &self.segments {
            d.set_item("segments", s.bind(py).call_method0("to_dict")?)?;
        }
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Token({}, {}, {}:{})",
            self.text.bind(py).repr()?,
            self.kind(),
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

/// The tokens of one text: a read-only sequence of `Token`, backed by columns.
#[pyclass(frozen, sequence, module = "dhad", name = "Tokens")]
pub struct PyTokens {
    text: Py<PyString>,
    cols: Columns,
    clitics: bool,
}

impl PyTokens {
    pub(crate) fn from_columns(text: Py<PyString>, cols: Columns, clitics: bool) -> Self {
        PyTokens {
            text,
            cols,
            clitics,
        }
    }

    fn token<'py>(&self, py: Python<'py>, i: usize) -> PyResult<PyToken> {
        let (Some(&s), Some(&e), Some(&k)) = (
            self.cols.starts.get(i),
            self.cols.ends.get(i),
            self.cols.kinds.get(i),
        ) else {
            return Err(PyIndexError::new_err("token index out of range"));
        };
        let text = substring(self.text.bind(py), s, e)?;
        let cell = self.cols.segs.as_ref().and_then(|v| v.get(i));
        let segments = if self.clitics {
            super::segment::token_segments(py, &text, k, cell)?
        } else {
            None
        };
        Ok(PyToken {
            text: text.unbind(),
            start: s,
            end: e,
            kind: k,
            segments,
        })
    }

    fn len(&self) -> usize {
        self.cols.starts.len()
    }

    /// The first `i` in `from..to` whose token equals `value`: a `Token` with that span and kind
    /// in the columns, then compared whole (text and segments).
    fn find(
        &self,
        py: Python<'_>,
        value: &Bound<'_, PyAny>,
        from: usize,
        to: usize,
    ) -> PyResult<Option<usize>> {
        let Ok(v) = value.cast::<PyToken>() else {
            return Ok(None);
        };
        let v = v.get();
        for i in from..to.min(self.len()) {
            if self.cols.starts.get(i) == Some(&v.start)
                && self.cols.ends.get(i) == Some(&v.end)
                && self.cols.kinds.get(i) == Some(&v.kind)
                && Bound::new(py, self.token(py, i)?)?.as_any().eq(value)?
            {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }
}

#[pymethods]
impl PyTokens {
    #[new]
    #[pyo3(signature = (text, starts, ends, kinds, clitics = false))]
    fn new(
        text: Bound<'_, PyString>,
        starts: Vec<usize>,
        ends: Vec<usize>,
        kinds: Vec<String>,
        clitics: bool,
    ) -> PyResult<Self> {
        let n = text.len()?;
        if starts.len() != ends.len() || starts.len() != kinds.len() {
            return Err(DhadError::new_err(format!(
                "starts, ends and kinds must have the same length, not {}, {} and {}",
                starts.len(),
                ends.len(),
                kinds.len()
            )));
        }
        let mut codes = Vec::with_capacity(kinds.len());
        for (i, k) in kinds.iter().enumerate() {
            let kind = TokenKind::from_name(k).ok_or_else(|| {
                DhadError::new_err(format!("kinds[{i}] = {k:?} is not a token kind"))
            })?;
            codes.push(kind as u8);
            if starts[i] > ends[i] || ends[i] > n {
                return Err(DhadError::new_err(format!(
                    "token {i} span ({}, {}) is not inside the text of length {n}",
                    starts[i], ends[i]
                )));
            }
        }
        Ok(PyTokens {
            text: text.unbind(),
            cols: Columns {
                starts,
                ends,
                kinds: codes,
                segs: None,
            },
            clitics,
        })
    }

    /// The text the tokens came from.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    fn __len__(&self) -> usize {
        self.len()
    }

    /// True when a token equals `value` (the columns are compared first, so only a token with
    /// the same span and kind is made).
    fn __contains__(&self, py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.find(py, value, 0, self.len())?.is_some())
    }

    /// How many tokens equal `value`, as `list.count`.
    fn count(&self, py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<usize> {
        let mut n = 0;
        let mut from = 0;
        while let Some(i) = self.find(py, value, from, self.len())? {
            n += 1;
            from = i + 1;
        }
        Ok(n)
    }

    /// The position of the first token equal to `value` in `[start:stop]`, as `list.index`.
    ///
    /// Raises:
    ///     ValueError: No token there equals `value`.
    #[pyo3(signature = (value, start = 0, stop = None))]
    fn index(
        &self,
        py: Python<'_>,
        value: &Bound<'_, PyAny>,
        start: isize,
        stop: Option<isize>,
    ) -> PyResult<usize> {
        let n = self.len() as isize;
        let clamp = |i: isize| (if i < 0 { i + n } else { i }).clamp(0, n) as usize;
        let (from, to) = (clamp(start), clamp(stop.unwrap_or(n)));
        self.find(py, value, from, to)?.ok_or_else(|| {
            pyo3::exceptions::PyValueError::new_err("Tokens.index(x): x is not one of the tokens")
        })
    }

    fn __getitem__<'py>(
        &self,
        py: Python<'py>,
        index: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        if let Ok(slice) = index.cast::<PySlice>() {
            let ind = slice.indices(self.len() as isize)?;
            let mut cols = Columns {
                starts: Vec::new(),
                ends: Vec::new(),
                kinds: Vec::new(),
                segs: self.cols.segs.as_ref().map(|_| Vec::new()),
            };
            let mut i = ind.start;
            for _ in 0..ind.slicelength {
                let u = i as usize;
                cols.starts.push(self.cols.starts[u]);
                cols.ends.push(self.cols.ends[u]);
                cols.kinds.push(self.cols.kinds[u]);
                if let (Some(dst), Some(src)) = (cols.segs.as_mut(), self.cols.segs.as_ref()) {
                    dst.push(src.get(u).copied().unwrap_or_default());
                }
                i += ind.step;
            }
            return Ok(result::leaf(
                py,
                PyTokens {
                    text: self.text.clone_ref(py),
                    cols,
                    clitics: self.clitics,
                },
            )?
            .into_any());
        }
        let n = self.len() as isize;
        let i: isize = match index.extract() {
            Ok(i) => i,
            // an integer (anything with __index__) too large for a machine word
            Err(_) if index.hasattr("__index__")? => {
                return Err(PyIndexError::new_err(format!(
                    "token index {} out of range for {n} tokens",
                    index.str()?
                )))
            }
            Err(_) => {
                return Err(PyTypeError::new_err(format!(
                    "Tokens indices must be integers or slices, not {}",
                    type_name(index)
                )))
            }
        };
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(PyIndexError::new_err(format!(
                "token index {i} out of range for {n} tokens"
            )));
        }
        Ok(result::leaf(py, self.token(py, j as usize)?)?.into_any())
    }

    fn __iter__(slf: Bound<'_, Self>) -> TokensIter {
        TokensIter {
            tokens: slf.unbind(),
            next: 0,
        }
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        if let Ok(o) = other.cast::<PyTokens>() {
            // Equal exactly when their tokens are (text, span, kind and, for words with clitics,
            // the segments, which follow from the text): same columns and, if there is a word,
            // clitics; then the same text, or else the same text under each token (slices of
            // different texts).
            let o = o.get();
            if self.cols.starts != o.cols.starts
                || self.cols.ends != o.cols.ends
                || self.cols.kinds != o.cols.kinds
                || (self.clitics != o.clitics && self.cols.kinds.contains(&(TokenKind::Word as u8)))
            {
                return Ok(false);
            }
            let (a, b) = (self.text.bind(py), o.text.bind(py));
            if a.as_any().eq(b)? {
                return Ok(true);
            }
            for (&s, &e) in self.cols.starts.iter().zip(&self.cols.ends) {
                if !substring(a, s, e)?.as_any().eq(substring(b, s, e)?)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let Ok(list) = other.cast::<PyList>() else {
            return Ok(false);
        };
        if list.len() != self.len() {
            return Ok(false);
        }
        for (i, item) in list.iter().enumerate() {
            let mine = result::leaf(py, self.token(py, i)?)?;
            if !mine.eq(&item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The token texts.
    #[getter]
    fn texts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let t = self.text.bind(py);
        let out = PyList::empty(py);
        for (s, e) in self.cols.starts.iter().zip(&self.cols.ends) {
            out.append(substring(t, *s, *e)?)?;
        }
        Ok(out)
    }

    /// Start offsets (code points).
    #[getter]
    fn starts(&self) -> Vec<usize> {
        self.cols.starts.clone()
    }

    /// End offsets (code points).
    #[getter]
    fn ends(&self) -> Vec<usize> {
        self.cols.ends.clone()
    }

    /// Token kinds.
    #[getter]
    fn kinds<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let names: Vec<Bound<'py, PyString>> = TokenKind::ALL
            .iter()
            .map(|k| PyString::intern(py, k.as_str()))
            .collect();
        PyList::new(
            py,
            self.cols
                .kinds
                .iter()
                .map(|&k| names[(k as usize).min(names.len() - 1)].clone()),
        )
    }

    /// The columnar views as NumPy arrays, keyed by their names: `{"texts": str, "starts":
    /// int64, "ends": int64, "kinds": str}`.
    fn to_numpy<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let np = py.import("numpy").map_err(|_| {
            pyo3::exceptions::PyImportError::new_err("to_numpy() needs NumPy: pip install numpy")
        })?;
        let d = PyDict::new(py);
        d.set_item(
            "texts",
            np.call_method1("asarray", (self.texts(py)?, "str"))?,
        )?;
        d.set_item(
            "starts",
            np.call_method1("asarray", (self.starts(), "int64"))?,
        )?;
        d.set_item("ends", np.call_method1("asarray", (self.ends(), "int64"))?)?;
        d.set_item(
            "kinds",
            np.call_method1("asarray", (self.kinds(py)?, "str"))?,
        )?;
        Ok(d)
    }

    /// The text and its tokens as plain dicts and lists (for JSON).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", self.text.bind(py))?;
        let toks = PyList::empty(py);
        for i in 0..self.len() {
            toks.append(self.token(py, i)?.to_dict(py)?)?;
        }
        d.set_item("tokens", toks)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let shown: PyResult<Vec<String>> = (0..self.len().min(6))
            .map(|i| self.token(py, i)?.__repr__(py))
            .collect();
        let more = if self.len() > 6 {
            format!(", … {} more", self.len() - 6)
        } else {
            String::new()
        };
        Ok(format!("Tokens([{}{}])", shown?.join(", "), more))
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let me = slf.get();
        let args = (
            me.text.bind(py),
            me.starts(),
            me.ends(),
            me.kinds(py)?,
            me.clitics,
        );
        Ok((slf.get_type().into_any(), args.into_pyobject(py)?))
    }
}

/// Iterator over `Tokens`.
#[pyclass(module = "dhad")]
pub struct TokensIter {
    tokens: Py<PyTokens>,
    next: usize,
}

#[pymethods]
impl TokensIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<PyToken>> {
        let toks = self.tokens.bind(py).get();
        if self.next >= toks.len() {
            return Ok(None);
        }
        let t = toks.token(py, self.next)?;
        self.next += 1;
        Ok(Some(t))
    }
}

/// Split `text` into tokens: words, numbers, punctuation, symbols, Latin words, links, e-mail
/// addresses, hashtags, mentions and emoji, with code-point offsets.
///
/// Args:
///     text: The text.
///     clitics: Also segment every word into its clitics (each token's `segments`).
///
/// Returns:
///     A `Tokens` sequence; `Token` objects are made only when indexed or iterated, and the
///     columns (`texts`, `starts`, `ends`, `kinds`) are read without them.
///
/// Raises:
///     TypeError: text is not a str.
///     DhadError: text has a lone surrogate.
///
/// Example:
///     >>> [(t.text, t.kind) for t in tokenize("وصل ٣٥٠٠ لاجئ #حلب")]
///     [('وصل', 'word'), ('٣٥٠٠', 'number'), ('لاجئ', 'word'), ('#حلب', 'hashtag')]
#[pyfunction]
#[pyo3(signature = (text, *, clitics = false))]
pub fn tokenize<'py>(text: &Bound<'py, PyAny>, clitics: bool) -> PyResult<Bound<'py, PyTokens>> {
    let s = text_arg(text, "text")?;
    let f = if clitics {
        super::segment::columns_with_segments
    } else {
        columns
    };
    let cols = if s.len() > 1 << 20 {
        text.py().detach(|| f(s))
    } else {
        f(s)
    };
    let obj = super::pystr::exact(text.cast::<PyString>()?)?.unbind();
    result::leaf(text.py(), PyTokens::from_columns(obj, cols, clitics))
}

/// Tokenize many texts in parallel (the GIL released), in input order.
///
/// Args:
///     texts: Any iterable of str.
///     clitics: As for tokenize().
///     threads: Worker threads (None: DHAD_NUM_THREADS or all cores; at most four per core).
///     progress: Show a progress bar (needs tqdm).
///     errors: "raise" (default) or "none": a bad item gives None in its place.
///
/// Returns:
///     One `Tokens` per text.
///
/// Raises:
///     TypeError: texts is one str, or an item is not a str (the message names its index).
///     DhadError: A bad threads or errors value, or an item with a lone surrogate.
#[pyfunction]
#[pyo3(signature = (texts, *, clitics = false, threads = None, progress = false, errors = "raise"))]
pub fn tokenize_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    clitics: bool,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let opts = BatchOptions::new(py, threads, progress, errors)?;
    let f = if clitics {
        super::segment::columns_with_segments
    } else {
        columns
    };
    batch::run(texts, &opts, f, |py, obj, _s, cols| {
        Ok(result::leaf(
            py,
            PyTokens::from_columns(obj.clone().unbind(), cols, clitics),
        )?
        .into_any())
    })
}

impl result::State for PySpan {
    fn state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        (self.text.bind(py), self.start, self.end).into_pyobject(py)
    }
}

/// A span of text (a sentence).
#[pyclass(frozen, module = "dhad", name = "Span")]
pub struct PySpan {
    /// The characters it covers, as written: `text[start:end]` of the text it came from.
    #[pyo3(get)]
    text: Py<PyString>,
    /// Where it starts in that text, in code points (Python str indices).
    #[pyo3(get)]
    start: usize,
    /// Where it ends in that text (exclusive), in code points.
    #[pyo3(get)]
    end: usize,
}

#[pymethods]
impl PySpan {
    #[new]
    fn new(text: Bound<'_, PyString>, start: usize, end: usize) -> PyResult<Self> {
        let len = text.len()?;
        if start > end || end - start != len {
            return Err(DhadError::new_err(format!(
                "span ({start}, {end}) does not fit its text of length {len}"
            )));
        }
        Ok(PySpan {
            text: text.unbind(),
            start,
            end,
        })
    }

    /// The fields as a plain dict (for JSON, or a DataFrame of many).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", self.text.bind(py))?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Span({}, {}:{})",
            self.text.bind(py).repr()?,
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

/// Sentence spans of one text in code points (runs without the GIL).
pub(crate) fn sentence_offsets(text: &str) -> Vec<(usize, usize)> {
    let spans = core::sentences(text);
    let mut conv = CharOffsets::new(text);
    spans
        .iter()
        .map(|s| (conv.at(s.start), conv.at(s.end)))
        .collect()
}

pub(crate) fn spans_to_list<'py>(
    obj: &Bound<'py, PyString>,
    spans: &[(usize, usize)],
) -> PyResult<Bound<'py, PyList>> {
    result::leaf_list(
        obj,
        spans.iter().copied(),
        |&span| span,
        |text, (start, end)| Ok(PySpan { text, start, end }),
    )
}

/// Split `text` into sentences: at . ! ? ؟ … (not after an abbreviation, inside a number or a
/// link, nor at the start of a sentence), at blank lines and list items, and at a single line
/// break unless the line before reads as wrapped.
///
/// Args:
///     text: The text.
///
/// Returns:
///     A list of `Span`, in order; `text[s.start:s.end] == s.text`, and the whitespace
///     between two sentences belongs to neither.
///
/// Raises:
///     TypeError: text is not a str.
///     DhadError: text has a lone surrogate.
///
/// Example:
///     >>> [s.text for s in sentences("زار د. سمير المدينة. ثم عاد!")]
///     ['زار د. سمير المدينة.', 'ثم عاد!']
#[pyfunction]
pub fn sentences<'py>(text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let s = text_arg(text, "text")?;
    let spans = if s.len() > 1 << 20 {
        text.py().detach(|| sentence_offsets(s))
    } else {
        sentence_offsets(s)
    };
    spans_to_list(text.cast::<PyString>()?, &spans)
}

/// Split many texts into sentences in parallel (the GIL released), in input order.
///
/// Args:
///     texts: Any iterable of str.
///     threads: Worker threads (None: DHAD_NUM_THREADS or all cores; at most four per core).
///     progress: Show a progress bar (needs tqdm).
///     errors: "raise" (default) or "none": a bad item gives None in its place.
///
/// Returns:
///     One list of `Span` per text.
///
/// Raises:
///     TypeError: texts is one str, or an item is not a str (the message names its index).
///     DhadError: A bad threads or errors value, or an item with a lone surrogate.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, progress = false, errors = "raise"))]
pub fn sentences_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let opts = BatchOptions::new(py, threads, progress, errors)?;
    batch::run(texts, &opts, sentence_offsets, |_py, obj, _s, spans| {
        Ok(spans_to_list(obj, &spans)?.into_any())
    })
}
