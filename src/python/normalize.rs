//! Bindings for normalization: `normalize`, `Normalizer`, `Aligned`.

use std::sync::{Condvar, Mutex, OnceLock};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use super::batch::{self, BatchOptions, Threads};
use super::errors::{as_pystr, text_arg, type_name, DhadError};
use super::offsets::CharOffsets;

use super::pystr::{str_from_units, units, Units};
use crate::normalize::{Appended, CodeUnit, Normalizer, Options, OPTION_NAMES};

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
            } else if let Ok(b) = v.extract::<bool>() {
                // True/False, and numpy.bool_ as every other flag argument takes it
                o.set_flag(&name, b)?;
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

/// One thread's output: the normalized code units of many texts, back to back.
#[derive(Default)]
struct Buffers {
    narrow: Vec<u16>,
    wide: Vec<u32>,
}

/// Where one text's result is.
enum Piece {
    /// Not a str (only with `errors="none"`): the result is `None`.
    Missing,
    /// Nothing changed: the result is the input object itself.
    Same,
    /// A lone surrogate at this index.
    Bad(usize),
    /// `narrow[start..start + len]`, of the PEP 393 class of `kind`.
    Narrow { start: usize, len: usize, kind: u32 },
    /// `wide[start..start + len]`, of the PEP 393 class of `kind`.
    Wide { start: usize, len: usize, kind: u32 },
}

impl Buffers {
    /// Normalize one text onto the buffers.
    fn put(&mut self, n: &Normalizer, u: &Units<'_>) -> Piece {
        match u {
            Units::One(x) => self.put_narrow(n, x),
            Units::Two(x) => self.put_narrow(n, x),
            Units::Four(x) => self.put_wide(n, x),
        }
    }

    fn put_narrow<U: CodeUnit>(&mut self, n: &Normalizer, x: &[U]) -> Piece {
        let start = self.narrow.len();
        match n.code_points_into(x, &mut self.narrow) {
            Err(at) => Piece::Bad(at),
            Ok(Appended::Unchanged) => Piece::Same,
            Ok(Appended::Changed { kind }) => Piece::Narrow {
                start,
                len: self.narrow.len() - start,
                kind,
            },
            Ok(Appended::Overflow) => self.put_wide(n, x),
        }
    }

    fn put_wide<U: CodeUnit>(&mut self, n: &Normalizer, x: &[U]) -> Piece {
        let start = self.wide.len();
        match n.code_points_into(x, &mut self.wide) {
            Err(at) => Piece::Bad(at),
            Ok(Appended::Changed { kind }) => Piece::Wide {
                start,
                len: self.wide.len() - start,
                kind,
            },
            Ok(_) => Piece::Same,
        }
    }

    /// The result object of `piece` for the input `obj` (`what` names it in errors).
    fn result<'py>(
        &self,
        obj: Option<&Bound<'py, PyString>>,
        piece: &Piece,
        skip_bad: bool,
        what: &dyn Fn() -> String,
    ) -> PyResult<Bound<'py, PyAny>> {
        let Some(obj) = obj else {
            return Err(pyo3::exceptions::PySystemError::new_err(
                "dhad: a normalized text lost its input",
            ));
        };
        let py = obj.py();
        let slice_err = || pyo3::exceptions::PySystemError::new_err("dhad: bad output range");
        Ok(match *piece {
            Piece::Missing => py.None().into_bound(py),
            Piece::Same => obj.clone().into_any(),
            Piece::Bad(_) if skip_bad => py.None().into_bound(py),
            Piece::Bad(at) => return Err(surrogate_error(&what(), at)),
            Piece::Narrow { start, len, kind } => {
                let src = self.narrow.get(start..start + len).ok_or_else(slice_err)?;
                str_from_units(py, src, kind)?.into_any()
            }
            Piece::Wide { start, len, kind } => {
                let src = self.wide.get(start..start + len).ok_or_else(slice_err)?;
                str_from_units(py, src, kind)?.into_any()
            }
        })
    }
}

/// The results of a run of consecutive texts.
#[derive(Default)]
struct Part {
    pieces: Vec<Piece>,
    bufs: Buffers,
}

/// Parts kept between chunks and batches, so that their memory is reused instead of being
/// faulted in afresh each time (page faults were a fifth of a batch's time).
static SPARE: Mutex<Vec<Part>> = Mutex::new(Vec::new());
/// How many parts `SPARE` keeps, and the largest one it keeps (bytes of output buffers).
const SPARE_PARTS: usize = 16;
const SPARE_BYTES: usize = 2 * batch::CHUNK_BYTES;

impl Part {
    /// A cleared part, reusing a spare one when there is one. `try_lock` rather than `lock`:
    /// a lock held by a thread that no longer exists (after `fork()`) must not block.
    fn take() -> Part {
        let spare = SPARE.try_lock().ok().and_then(|mut s| s.pop());
        let mut part = spare.unwrap_or_default();
        part.pieces.clear();
        part.bufs.narrow.clear();
        part.bufs.wide.clear();
        part
    }

    /// Keep `self` for a later chunk, unless enough are kept or it grew large.
    fn give_back(self) {
        let bytes = 2 * self.bufs.narrow.capacity() + 4 * self.bufs.wide.capacity();
        if bytes <= SPARE_BYTES {
            if let Ok(mut s) = SPARE.try_lock() {
                if s.len() < SPARE_PARTS {
                    s.push(self);
                }
            }
        }
    }
}

/// Normalize a run of texts (no GIL needed).
fn compute(n: &Normalizer, views: &[Option<Units<'_>>]) -> Part {
    let mut part = Part::take();
    let (mut narrow, mut wide) = (0, 0);
    for u in views.iter().flatten() {
        match u {
            Units::Four(x) => wide += x.len(),
            _ => narrow += u.len(),
        }
    }
    part.bufs.narrow.reserve(narrow);
    part.bufs.wide.reserve(wide);
    part.pieces.reserve(views.len());
    for v in views {
        let piece = match v {
            Some(u) => part.bufs.put(n, u),
            None => Piece::Missing,
        };
        part.pieces.push(piece);
    }
    part
}

/// Consecutive ranges of `views` of about `bytes` of storage each (at least one text each).
fn split(views: &[Option<Units<'_>>], bytes: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for (i, v) in views.iter().enumerate() {
        size += v.as_ref().map_or(0, Units::bytes);
        if size >= bytes {
            out.push(start..i + 1);
            start = i + 1;
            size = 0;
        }
    }
    if start < views.len() {
        out.push(start..views.len());
    }
    out
}

fn surrogate_error(what: &str, at: usize) -> PyErr {
    DhadError::new_err(format!(
        "{what} contains a lone surrogate at index {at}, which is not valid Unicode text; \
         clean it first, e.g. text.encode('utf-8', 'replace').decode('utf-8')"
    ))
}

fn normalize_one<'py>(n: &Normalizer, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
    thread_local! {
        /// The output buffers of `normalize` on this thread (small texts, with the GIL held).
        static SCRATCH: std::cell::RefCell<Buffers> = std::cell::RefCell::default();
    }
    let obj = &super::pystr::exact(as_pystr(text, &|| "text".to_string())?)?;
    let u = units(obj)?;
    let what = || "text".to_string();
    if u.len() > 1 << 20 {
        // A big text: normalized without the GIL, into buffers of its own.
        let (piece, bufs) = text.py().detach(|| {
            let mut bufs = Buffers::default();
            (bufs.put(n, &u), bufs)
        });
        let out = bufs.result(Some(obj), &piece, false, &what)?;
        return out.cast_into::<PyString>().map_err(Into::into);
    }
    let out = SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut bufs) => {
            bufs.narrow.clear();
            bufs.wide.clear();
            let piece = bufs.put(n, &u);
            let out = bufs.result(Some(obj), &piece, false, &what);
            if bufs.narrow.capacity() + bufs.wide.capacity() > 1 << 16 {
                // Keep no more than a paragraph's worth between calls.
                *bufs = Buffers::default();
            }
            out
        }
        // Only if making the str re-entered this function on the same thread.
        Err(_) => {
            let mut bufs = Buffers::default();
            let piece = bufs.put(n, &u);
            bufs.result(Some(obj), &piece, false, &what)
        }
    })?;
    out.cast_into::<PyString>().map_err(Into::into)
}

/// Normalize `text` with a preset and option overrides.
///
/// Args:
///     text: The text.
///     preset: "none" (identity), "display" (lossless clean-up: presentation forms and
///         compatibility characters folded, bidi/format controls removed, whitespace runs
///         collapsed; a ZWNJ, which Persian and Urdu spell with, is kept) or "search"
///         (display + diacritics, tatweel, alef variants, alef maqsura, teh marbuta, hamza
///         seats, digits to ASCII, Persian/Urdu letters, elongation).
///     **options: Switches that override the preset, each True or False: unicode, bidi,
///         whitespace, diacritics, tatweel, alef, alef_maksura, teh_marbuta, hamza, persian,
///         punctuation (، ؛ ؟ to , ; ?), elongation; and digits ("latin", "arabic" or None).
///
/// Returns:
///     The normalized text, a plain str (the same object when nothing changed and text is a
///     plain str, not a subclass such as numpy.str_).
///
/// Raises:
///     TypeError: text is not a str.
///     DhadError: Unknown preset or option, a bad option value, or a lone surrogate.
///
/// Example:
///     >>> normalize("أَحْمَد", alef=False)
///     'أحمد'
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

/// Normalize many texts in parallel (the GIL released), in input order.
///
/// Args:
///     texts: Any iterable of str.
///     preset, **options: As for normalize().
///     threads: Worker threads (None: DHAD_NUM_THREADS or all cores; at most four per core).
///     progress: Show a progress bar (needs tqdm).
///     errors: "raise" (default) or "none": a bad item gives None in its place.
///
/// Returns:
///     One str per text.
///
/// Raises:
///     TypeError: An item is not a str (the message names its index).
///     DhadError: A bad preset or option, or an item with a lone surrogate.
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
    let objs = batch::extract_strs(texts, &opts)?;
    let mut build = Builder::new(py, &objs, &opts, objs.len())?;
    // The views of one window of texts at a time, in one buffer for every window: on one thread
    // a small one that malloc hands back batch after batch instead of fresh pages to fault in.
    let mut views: Vec<Option<Units<'_>>> = Vec::new();
    // Asked only when a window is big enough to share: `available_parallelism` reads cgroup
    // files, which would cost a small batch more than the work.
    let threads = || batch::thread_count(opts.threads).min(objs.len().max(1));
    let mut threads_once = None;
    // Parallel windows are larger: each one starts and drains the workers' pipeline.
    let window = if objs.len() <= WINDOW || opts.threads == Some(1) {
        WINDOW
    } else if *threads_once.get_or_insert_with(threads) > 1 {
        PARALLEL_WINDOW
    } else {
        WINDOW
    };
    for (w, texts) in objs.chunks(window).enumerate() {
        views.clear();
        for o in texts {
            views.push(match o {
                None => None,
                Some(s) => match units(s) {
                    Ok(u) => Some(u),
                    Err(_) if opts.skip_bad => None,
                    Err(e) => return Err(e),
                },
            });
        }
        let total: usize = views.iter().flatten().map(Units::bytes).sum();
        let use_threads = if total < batch::SERIAL_BYTES {
            1
        } else {
            *threads_once.get_or_insert_with(threads)
        };
        run_window(py, n, &views, w * window, use_threads, &mut build)?;
    }
    build.finish()
}

/// How many texts are viewed (and normalized) at a time, on one thread and on several.
const WINDOW: usize = 4096;
const PARALLEL_WINDOW: usize = 32768;

/// Normalize the texts of one window (`views`, the first of which is `objs[first]`) on
/// `threads` threads and append their results.
fn run_window(
    py: Python<'_>,
    n: &Normalizer,
    views: &[Option<Units<'_>>],
    first: usize,
    threads: usize,
    build: &mut Builder<'_, '_>,
) -> PyResult<()> {
    let tasks = split(views, TASK_BYTES);
    if threads <= 1 {
        // One thread: task by task, each normalized without the GIL, then made into strs.
        for range in &tasks {
            let chunk = &views[range.clone()];
            let part = py.detach(|| compute(n, chunk));
            build.add(first + range.start, &part)?;
            part.give_back();
            build.between_tasks(range.len(), chunk)?;
        }
        return Ok(());
    }
    // Several threads: this thread makes the strs in input order (it needs the GIL for that)
    // while `threads - 1` workers normalize the tasks ahead of it; whenever the next task is
    // not ready, this thread normalizes one too instead of waiting. So the serial part (making
    // Python objects) overlaps the parallel one, and `threads` threads are busy in all.
    let workers = threads - 1;
    let pool = batch::pool(workers)?;
    let shared = Shared::new(tasks.len(), workers);
    let (shared, tasks) = (&shared, &tasks);
    pool.in_place_scope(|scope| {
        for _ in 0..workers {
            scope.spawn(move |_| shared.work(n, views, tasks));
        }
        let mut result = Ok(());
        for (t, range) in tasks.iter().enumerate() {
            let part = py.detach(|| shared.get(t, n, views, tasks));
            result = build.add(first + range.start, &part);
            part.give_back();
            shared.built(t);
            if result.is_ok() {
                result = build.between_tasks(range.len(), &views[range.clone()]);
            }
            if result.is_err() {
                break;
            }
        }
        // Stop the workers and wait for them without the GIL, so that the scope never blocks
        // while holding it (a worker job may still be queued behind another batch's).
        py.detach(|| shared.finish());
        result
    })
}

/// About this many bytes of storage make one task: the unit of work of a thread, and of
/// building the results.
const TASK_BYTES: usize = 32 * 1024;
/// How many tasks the workers may run ahead of the builder (bounds the memory in flight).
const LOOKAHEAD: usize = 32;

/// Workers leave this many tasks next in line to the builder thread: if a worker is slow or
/// descheduled (a busy machine), the builder never waits long on the task it needs next.
const MARGIN: usize = 2;

/// The work queue of a parallel batch: tasks are claimed by the workers (from `MARGIN` tasks
/// past the builder on) and by the builder thread (the task it needs next, or any other while
/// it waits), and built in order.
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

struct State {
    /// Which tasks someone has claimed.
    claimed: Vec<bool>,
    /// Tasks before this one are built.
    built: usize,
    /// Finished tasks not built yet.
    done: Vec<Option<Part>>,
    /// Set when the batch ends (finished or failed): workers stop claiming.
    stop: bool,
    /// Worker jobs that have not returned yet.
    alive: usize,
    /// Threads waiting on `changed` (a notification costs a system call only for them).
    sleepers: usize,
}

impl State {
    /// Claim the first unclaimed task from `from` on, within the look-ahead of the builder.
    fn claim_from(&mut self, from: usize) -> Option<usize> {
        if self.stop {
            return None;
        }
        let end = self.claimed.len().min(self.built + LOOKAHEAD);
        let t = (from..end).find(|&t| self.claimed.get(t) == Some(&false))?;
        if let Some(c) = self.claimed.get_mut(t) {
            *c = true;
        }
        Some(t)
    }

    /// Is any task from `from` on unclaimed (within the look-ahead or beyond it)?
    fn any_unclaimed_from(&self, from: usize) -> bool {
        self.claimed.get(from..).is_some_and(|c| c.contains(&false))
    }
}

impl Shared {
    fn new(tasks: usize, workers: usize) -> Shared {
        Shared {
            state: Mutex::new(State {
                claimed: vec![false; tasks],
                built: 0,
                done: (0..tasks).map(|_| None).collect(),
                stop: false,
                alive: workers,
                sleepers: 0,
            }),
            changed: Condvar::new(),
        }
    }

    /// The state, also when a thread panicked while holding it (nothing in it can be left
    /// half-updated: every change is one assignment).
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn wait<'a>(
        &self,
        mut g: std::sync::MutexGuard<'a, State>,
    ) -> std::sync::MutexGuard<'a, State> {
        g.sleepers += 1;
        let mut g = self.changed.wait(g).unwrap_or_else(|p| p.into_inner());
        g.sleepers -= 1;
        g
    }

    /// Wake the waiting threads, if any.
    fn notify(&self, st: &State) {
        if st.sleepers > 0 {
            self.changed.notify_all();
        }
    }

    /// Normalize task `t` and file its result.
    fn run(&self, t: usize, n: &Normalizer, views: &[Option<Units<'_>>], tasks: &[Range]) {
        let part = match tasks.get(t).and_then(|r| views.get(r.clone())) {
            Some(chunk) => compute(n, chunk),
            None => Part::default(),
        };
        let mut st = self.lock();
        if let Some(slot) = st.done.get_mut(t) {
            *slot = Some(part);
        }
        self.notify(&st);
    }

    /// A worker: claim and run tasks until none is left for workers.
    fn work(&self, n: &Normalizer, views: &[Option<Units<'_>>], tasks: &[Range]) {
        let mut st = self.lock();
        loop {
            let from = st.built + MARGIN;
            if st.stop || !st.any_unclaimed_from(from) {
                break;
            }
            match st.claim_from(from) {
                Some(t) => {
                    drop(st);
                    self.run(t, n, views, tasks);
                    st = self.lock();
                }
                // Too far ahead of the builder: wait for it.
                None => st = self.wait(st),
            }
        }
        st.alive -= 1;
        self.notify(&st);
    }

    /// The result of task `t` (for the builder, once every task before `t` is built): run it if
    /// nobody has claimed it, else run other tasks while it is not ready.
    fn get(&self, t: usize, n: &Normalizer, views: &[Option<Units<'_>>], tasks: &[Range]) -> Part {
        let mut st = self.lock();
        loop {
            if let Some(part) = st.done.get_mut(t).and_then(Option::take) {
                return part;
            }
            if t >= st.done.len() {
                return Part::default();
            }
            match st.claim_from(t) {
                Some(c) => {
                    drop(st);
                    self.run(c, n, views, tasks);
                    st = self.lock();
                }
                None => st = self.wait(st),
            }
        }
    }

    /// Task `t` is built: the workers may run further ahead.
    fn built(&self, t: usize) {
        let mut st = self.lock();
        st.built = t + 1;
        self.notify(&st);
    }

    /// Stop the workers and wait until every worker job has returned.
    fn finish(&self) {
        let mut st = self.lock();
        st.stop = true;
        self.notify(&st);
        while st.alive > 0 {
            st = self.wait(st);
        }
    }
}

type Range = std::ops::Range<usize>;

/// Builds the result list in input order, with the progress bar and Ctrl-C between chunks.
struct Builder<'a, 'py> {
    out: Bound<'py, PyList>,
    objs: &'a [Option<Bound<'py, PyString>>],
    skip_bad: bool,
    bar: Option<Bound<'py, PyAny>>,
    /// Texts and bytes built since the last progress update.
    pending: usize,
    bytes: usize,
}

impl<'a, 'py> Builder<'a, 'py> {
    fn new(
        py: Python<'py>,
        objs: &'a [Option<Bound<'py, PyString>>],
        opts: &BatchOptions<'py>,
        total: usize,
    ) -> PyResult<Self> {
        let bar = if opts.progress {
            Some(batch::progress_bar(py, total)?)
        } else {
            None
        };
        Ok(Builder {
            out: PyList::empty(py),
            objs,
            skip_bad: opts.skip_bad,
            bar,
            pending: 0,
            bytes: 0,
        })
    }

    /// Append the results of `part`, whose first text is `objs[first]`.
    fn add(&mut self, first: usize, part: &Part) -> PyResult<()> {
        for (k, piece) in part.pieces.iter().enumerate() {
            let i = first + k;
            let obj = self.objs.get(i).and_then(Option::as_ref);
            let item = match piece {
                Piece::Missing => self.out.py().None().into_bound(self.out.py()),
                _ => part
                    .bufs
                    .result(obj, piece, self.skip_bad, &|| format!("texts[{i}]"))?,
            };
            self.out.append(item)?;
        }
        Ok(())
    }

    /// Progress and Ctrl-C after a task of `done` texts, `chunk`: every `CHUNK_BYTES` or so.
    fn between_tasks(&mut self, done: usize, chunk: &[Option<Units<'_>>]) -> PyResult<()> {
        self.pending += done;
        self.bytes += chunk.iter().flatten().map(Units::bytes).sum::<usize>();
        if self.bytes < batch::CHUNK_BYTES {
            return Ok(());
        }
        self.flush()
    }

    fn flush(&mut self) -> PyResult<()> {
        self.bytes = 0;
        let done = std::mem::take(&mut self.pending);
        if let Some(b) = &self.bar {
            b.call_method1("update", (done,))?;
        }
        if let Err(e) = self.out.py().check_signals() {
            if let Some(b) = self.bar.take() {
                let _ = b.call_method0("close");
            }
            return Err(e);
        }
        Ok(())
    }

    fn finish(mut self) -> PyResult<Bound<'py, PyList>> {
        self.flush()?;
        if let Some(b) = self.bar.take() {
            b.call_method0("close")?;
        }
        Ok(self.out)
    }
}

/// A configured normalizer, reusable and shareable between threads.
///
/// Normalizer(preset="search", **options) takes the presets and options of normalize();
/// building the tables once makes many calls with the same options cheaper.
///
/// Example:
///     >>> n = Normalizer("search", alef=False)
///     >>> n.normalize("أَحْمَد")
///     'أحمد'
///     >>> n.normalize_aligned("أَحْمَد").to_original(0, 2)
///     (0, 3)
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

    /// Normalize one text (the same object when nothing changed and it is a plain str).
    fn normalize<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
        normalize_one(&self.inner, text)
    }

    /// Normalize many texts in parallel, in input order (errors="none": None for a bad item).
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

    /// Normalize one text and keep, for every output character, the span of the original it
    /// came from (dhad.Aligned; map spans back with .to_original(start, end)).
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

    /// The preset nearest to the options and the switches that differ from it:
    /// `Normalizer('search')`, `Normalizer('display', digits='latin')`. (It listed all thirteen
    /// switches after 'none', so `Normalizer()` showed as a 'none' normalizer.)
    fn __repr__(&self) -> String {
        let o = self.inner.options();
        let digits = |d: Option<crate::normalize::Digits>| {
            d.map_or("None".to_string(), |d| format!("'{}'", d.as_str()))
        };
        let differences = |p: &Options| -> Vec<String> {
            let mut out: Vec<String> = o
                .flags()
                .iter()
                .zip(p.flags())
                .filter(|((_, v), (_, w))| v != w)
                .map(|((n, v), _)| format!("{n}={}", if *v { "True" } else { "False" }))
                .collect();
            if o.digits != p.digits {
                out.push(format!("digits={}", digits(o.digits)));
            }
            out
        };
        let best = ["search", "display", "none"]
            .iter()
            .filter_map(|name| Options::preset(name).ok().map(|p| (*name, differences(&p))))
            .min_by_key(|(_, diff)| diff.len());
        match best {
            Some((name, diff)) if diff.is_empty() => format!("Normalizer('{name}')"),
            Some((name, diff)) => format!("Normalizer('{name}', {})", diff.join(", ")),
            None => "Normalizer()".to_string(),
        }
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
    /// The normalized text.
    #[pyo3(get)]
    text: String,
    /// The text before normalization.
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
    fn to_original(
        &self,
        start: &Bound<'_, PyAny>,
        end: &Bound<'_, PyAny>,
    ) -> PyResult<(usize, usize)> {
        let n = self.offsets.len();
        let outside = || {
            DhadError::new_err(format!(
                "span ({start}, {end}) is not inside the normalized text (length {n}); expected 0 <= start <= end <= {n}"
            ))
        };
        // An int too large for an index is outside the text too: the same error, not an
        // OverflowError that names neither argument.
        let (Some(start), Some(end)) = (index_arg(start, "start")?, index_arg(end, "end")?) else {
            return Err(outside());
        };
        if start < 0 || end < 0 || start > end || end as usize > n {
            return Err(outside());
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

    /// The fields as a plain dict (for JSON, or a DataFrame of many).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.text)?;
        d.set_item("original", &self.original)?;
        d.set_item("offsets", self.offsets.clone())?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        // Python's repr of each str, as every result class writes its texts
        Ok(format!(
            "Aligned(text={}, original={})",
            PyString::new(py, &self.text).repr()?,
            PyString::new(py, &self.original).repr()?
        ))
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

/// `obj` as an index: `None` for an `int` too large for one (any such index is out of range),
/// a `TypeError` naming the argument for anything that is not an `int`.
fn index_arg(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Option<isize>> {
    if !obj.is_instance_of::<pyo3::types::PyInt>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "to_original() {name} must be an int, not {}",
            type_name(obj)
        )));
    }
    Ok(obj.extract::<isize>().ok())
}
