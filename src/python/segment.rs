//! Bindings for clitic segmentation: `segment`, `segment_batch`, `Segments`, and the compact
//! per-token segments behind `Token.segments` with `tokenize(text, clitics=True)`.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use super::batch::{self, BatchOptions, Threads};
use super::errors::{text_arg, DhadError};
use super::offsets::CharOffsets;
use super::result::{self, Reduced};
use super::tokenize::Columns;
use crate::segment::{segment_raw, LemmaFix, Raw, MAX_PIECES};
use crate::tokenize::{self as core, TokenKind};

impl result::State for PySegments {
    fn state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let me = self;
        let args = (
            me.prefixes.bind(py),
            me.stem.bind(py),
            me.suffixes.bind(py),
            me.stem_lemma.bind(py),
        );
        args.into_pyobject(py)
    }
}

/// The clitic segmentation of one word: `prefixes`, `stem`, `suffixes` (exact substrings of
/// the word, in order) and `stem_lemma`.
#[pyclass(frozen, module = "dhad", name = "Segments")]
pub struct PySegments {
    prefixes: Py<PyTuple>,
    stem: Py<PyString>,
    suffixes: Py<PyTuple>,
    stem_lemma: Py<PyString>,
}

impl PySegments {
    /// Builds the Python object from a core segmentation of `word`.
    pub(crate) fn from_raw(py: Python<'_>, word: &str, raw: &Raw) -> PyResult<PySegments> {
        let at = |i: usize| raw.bounds.get(i).copied().unwrap_or(word.len());
        let piece = |i: usize| word.get(at(i)..at(i + 1)).unwrap_or("");
        let np = raw.n_prefixes;
        let prefixes = PyTuple::new(py, (0..np).map(piece))?.unbind();
        let stem = PyString::new(py, piece(np)).unbind();
        let suffixes = PyTuple::new(py, (np + 1..raw.n_pieces).map(piece))?.unbind();
        let stem_lemma = PyString::new(py, &raw.lemma(word)).unbind();
        Ok(PySegments {
            prefixes,
            stem,
            suffixes,
            stem_lemma,
        })
    }

    fn pieces_vec(&self, py: Python<'_>) -> PyResult<Vec<String>> {
        let mut out = Vec::new();
        for p in self.prefixes.bind(py).iter() {
            out.push(p.extract::<String>()?);
        }
        let stem: String = self.stem.bind(py).extract()?;
        if !stem.is_empty() {
            out.push(stem);
        }
        for p in self.suffixes.bind(py).iter() {
            out.push(p.extract::<String>()?);
        }
        Ok(out)
    }
}

#[pymethods]
impl PySegments {
    #[new]
    #[pyo3(signature = (prefixes, stem, suffixes, stem_lemma = None))]
    fn new(
        py: Python<'_>,
        prefixes: Vec<String>,
        stem: String,
        suffixes: Vec<String>,
        stem_lemma: Option<String>,
    ) -> PyResult<Self> {
        let lemma = stem_lemma.unwrap_or_else(|| stem.clone());
        Ok(PySegments {
            prefixes: PyTuple::new(py, &prefixes)?.unbind(),
            stem: PyString::new(py, &stem).unbind(),
            suffixes: PyTuple::new(py, &suffixes)?.unbind(),
            stem_lemma: PyString::new(py, &lemma).unbind(),
        })
    }

    /// The prefix clitics, outermost first (`("و", "ب", "ال")` for "وبالعراق").
    #[getter]
    fn prefixes(&self, py: Python<'_>) -> Py<PyTuple> {
        self.prefixes.clone_ref(py)
    }

    /// The stem.
    #[getter]
    fn stem(&self, py: Python<'_>) -> Py<PyString> {
        self.stem.clone_ref(py)
    }

    /// The pronoun suffixes (at most one).
    #[getter]
    fn suffixes(&self, py: Python<'_>) -> Py<PyTuple> {
        self.suffixes.clone_ref(py)
    }

    /// The stem with what a suffix changed restored (مدينت → مدينة, إلي → إلى).
    #[getter]
    fn stem_lemma(&self, py: Python<'_>) -> Py<PyString> {
        self.stem_lemma.clone_ref(py)
    }

    /// All pieces in order (prefixes, the stem unless empty, suffixes).
    #[getter]
    fn pieces<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.pieces_vec(py)?)
    }

    /// The word the pieces make up.
    #[getter]
    fn word(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.pieces_vec(py)?.concat())
    }

    fn __str__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.pieces_vec(py)?.join("+"))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let joined = PyString::new(py, &self.__str__(py)?).repr()?.to_string();
        Ok(format!(
            "Segments({joined}, stem_lemma={})",
            self.stem_lemma.bind(py).repr()?
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        result::eq(self, py, other)
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        result::hash(self, py)
    }

    /// The fields as a plain dict (for JSON, or a DataFrame of many).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("prefixes", PyList::new(py, self.prefixes.bind(py).iter())?)?;
        d.set_item("stem", self.stem.bind(py))?;
        d.set_item("suffixes", PyList::new(py, self.suffixes.bind(py).iter())?)?;
        d.set_item("stem_lemma", self.stem_lemma.bind(py))?;
        Ok(d)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduced<'py>> {
        result::reduce(slf)
    }
}

/// Split one word into prefixes, stem and pronoun suffixes.
///
/// Args:
///     word: one word (no whitespace).
///
/// Returns:
///     dhad.Segments; a word without clitics, or not Arabic, is its own stem.
///
/// Raises:
///     TypeError: word is not a str.
///     DhadError: word is empty or contains whitespace.
///
/// Example:
///     >>> str(segment("وبالعراق"))
///     'و+ب+ال+عراق'
#[pyfunction]
pub fn segment<'py>(py: Python<'py>, word: &Bound<'_, PyAny>) -> PyResult<Bound<'py, PySegments>> {
    let s = text_arg(word, "word")?;
    crate::segment::segment_word(s)?;
    result::leaf(py, PySegments::from_raw(py, s, &segment_raw(s))?)
}

/// Segment many words in parallel (the GIL released), in input order.
///
/// Args:
///     words: Any iterable of str, each one word.
///     threads: Worker threads (None: DHAD_NUM_THREADS or all cores; at most four per core).
///     progress: Show a progress bar (needs tqdm).
///     errors: "raise" (default) or "none": a bad item gives None in its place.
///
/// Returns:
///     One `Segments` per word.
///
/// Raises:
///     TypeError: words is one str, or an item is not a str (the message names its index).
///     DhadError: A bad threads or errors value, or an item that is empty, holds whitespace
///         or has a lone surrogate.
#[pyfunction]
#[pyo3(signature = (words, *, threads = None, progress = false, errors = "raise"))]
pub fn segment_batch<'py>(
    py: Python<'py>,
    words: &Bound<'py, PyAny>,
    threads: Option<Threads>,
    progress: bool,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let opts = BatchOptions::new(py, threads, progress, errors)?.named("words");
    let skip_bad = opts.skip_bad;
    batch::run_indexed(
        words,
        &opts,
        |s| crate::segment::segment_word(s).map(|_| segment_raw(s)),
        |py, _obj, s, i, r| match r {
            Ok(raw) => Ok(result::leaf(py, PySegments::from_raw(py, s, &raw)?)?.into_any()),
            Err(_) if skip_bad => Ok(py.None().into_bound(py)),
            // the same words as the TypeError of a non-str item: which item, then what is wrong
            Err(e) => Err(DhadError::new_err(format!("words[{i}]: {e}"))),
        },
    )
}

/// The segmentation of one token, kept compact in the token columns: piece boundaries as byte
/// offsets relative to the token (a word longer than 65,535 bytes is not split).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct SegCell {
    /// Inner boundaries (the ends of all pieces but the last), relative to the token start.
    cuts: [u16; MAX_PIECES - 1],
    /// Number of pieces; 0 for a token that is not a word.
    n_pieces: u8,
    n_prefixes: u8,
    /// 0: the lemma is the stem; 1: stem up to `keep` + `letter`; 2: "ال" + stem; 3: stem + "ا".
    fix: u8,
    keep: u16,
    letter: char,
}

impl SegCell {
    fn of(word: &str) -> SegCell {
        let raw = segment_raw(word);
        if word.len() > usize::from(u16::MAX) || raw.n_pieces > MAX_PIECES {
            return SegCell {
                n_pieces: 1,
                ..SegCell::default()
            };
        }
        let mut cuts = [0u16; MAX_PIECES - 1];
        for (c, &b) in cuts
            .iter_mut()
            .zip(raw.bounds.iter().skip(1))
            .take(raw.n_pieces.saturating_sub(1))
        {
            *c = b as u16;
        }
        let (fix, keep, letter) = match raw.lemma {
            LemmaFix::Same => (0, 0, '\0'),
            LemmaFix::ReplaceLast { keep_end, letter } => (1, keep_end as u16, letter),
            LemmaFix::Article => (2, 0, '\0'),
            LemmaFix::AppendAlef => (3, 0, '\0'),
        };
        SegCell {
            cuts,
            n_pieces: raw.n_pieces as u8,
            n_prefixes: raw.n_prefixes as u8,
            fix,
            keep,
            letter,
        }
    }

    /// Back to a core segmentation of `word` (the token's text).
    fn raw(&self, word: &str) -> Raw {
        let n = usize::from(self.n_pieces).clamp(1, MAX_PIECES);
        let mut r = Raw {
            bounds: [0; MAX_PIECES + 1],
            n_pieces: n,
            n_prefixes: usize::from(self.n_prefixes).min(n - 1),
            lemma: LemmaFix::Same,
        };
        for i in 1..n {
            r.bounds[i] = usize::from(self.cuts.get(i - 1).copied().unwrap_or(0)).min(word.len());
        }
        r.bounds[n] = word.len();
        r.lemma = match self.fix {
            1 => LemmaFix::ReplaceLast {
                keep_end: usize::from(self.keep),
                letter: self.letter,
            },
            2 => LemmaFix::Article,
            3 => LemmaFix::AppendAlef,
            _ => LemmaFix::Same,
        };
        r
    }
}

/// Tokenize, segment every word and convert to code-point offsets (runs without the GIL).
pub(crate) fn columns_with_segments(text: &str) -> Columns {
    let toks = core::tokenize(text);
    let mut conv = CharOffsets::new(text);
    let mut c = Columns {
        starts: Vec::with_capacity(toks.len()),
        ends: Vec::with_capacity(toks.len()),
        kinds: Vec::with_capacity(toks.len()),
        segs: Some(Vec::with_capacity(toks.len())),
    };
    for t in &toks {
        c.starts.push(conv.at(t.start));
        c.ends.push(conv.at(t.end));
        c.kinds.push(t.kind as u8);
        let cell = if t.kind == TokenKind::Word {
            SegCell::of(text.get(t.start..t.end).unwrap_or(""))
        } else {
            SegCell::default()
        };
        if let Some(v) = c.segs.as_mut() {
            v.push(cell);
        }
    }
    c
}

/// `Token.segments` for a token of kind `kind` with text `text`: from its precomputed cell when
/// there is one, else computed now. `None` for tokens that are not words.
pub(crate) fn token_segments(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    kind: u8,
    cell: Option<&SegCell>,
) -> PyResult<Option<Py<PyAny>>> {
    if kind != TokenKind::Word as u8 {
        return Ok(None);
    }
    let word = text.to_str()?;
    let raw = match cell {
        Some(c) if c.n_pieces > 0 => c.raw(word),
        _ => segment_raw(word),
    };
    Ok(Some(
        result::leaf(py, PySegments::from_raw(py, word, &raw)?)?
            .into_any()
            .unbind(),
    ))
}
