//! The one loop under every normalization: compatibility decomposition, Arabic-aware canonical
//! composition, then the per-character folds, whitespace and elongation. Every edit goes through
//! a [`Sink`], which either builds the output lazily (no copy while nothing changed) or records,
//! for every output character, the span of the input it came from.

use std::collections::VecDeque;

use unicode_normalization::char::{canonical_combining_class, compose, decompose_compatible};

use super::options::Options;
use super::table::{self, is_arabic_letter, COMPAT, DROP, NEWLINE, PARAGRAPH, SPACE, TABLE_LEN};

/// Where the output of the engine goes. Spans are byte ranges of the input.
pub(crate) trait Sink {
    /// Append `c`, made from input `s..e`; `same` says it is the input character unchanged.
    fn push(&mut self, c: char, s: usize, e: usize, same: bool);
    /// Extend the span of the last output character to end at `e` (what lies between is dropped).
    fn extend_last(&mut self, e: usize);
    /// Replace the last output character by `c`.
    fn set_last(&mut self, c: char);
}

/// Builds the output only once it differs from the input.
pub(crate) struct LazySink<'a> {
    text: &'a str,
    clean_end: usize,
    pub(crate) out: Option<String>,
}

impl<'a> LazySink<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        LazySink {
            text,
            clean_end: 0,
            out: None,
        }
    }

    fn materialize(&mut self) -> &mut String {
        let (text, clean_end) = (self.text, self.clean_end);
        self.out.get_or_insert_with(|| {
            let mut s = String::with_capacity(text.len());
            s.push_str(text.get(..clean_end).unwrap_or_default());
            s
        })
    }

    /// The result: borrowed when nothing changed.
    pub(crate) fn finish(self) -> std::borrow::Cow<'a, str> {
        match self.out {
            Some(s) => std::borrow::Cow::Owned(s),
            None if self.clean_end == self.text.len() => std::borrow::Cow::Borrowed(self.text),
            None => std::borrow::Cow::Borrowed(self.text.get(..self.clean_end).unwrap_or_default()),
        }
    }
}

impl Sink for LazySink<'_> {
    #[inline]
    fn push(&mut self, c: char, s: usize, e: usize, same: bool) {
        if self.out.is_none() && same && s == self.clean_end {
            self.clean_end = e;
            return;
        }
        self.materialize().push(c);
    }
    fn extend_last(&mut self, e: usize) {
        if self.out.is_none() && e == self.clean_end {
            return;
        }
        self.materialize();
    }
    fn set_last(&mut self, c: char) {
        let out = self.materialize();
        out.pop();
        out.push(c);
    }
}

/// Records the input span of every output character.
#[derive(Default)]
pub(crate) struct AlignSink {
    pub(crate) out: String,
    pub(crate) offsets: Vec<(usize, usize)>,
}

impl Sink for AlignSink {
    fn push(&mut self, c: char, s: usize, e: usize, _same: bool) {
        self.out.push(c);
        self.offsets.push((s, e));
    }
    fn extend_last(&mut self, e: usize) {
        if let Some(last) = self.offsets.last_mut() {
            last.1 = last.1.max(e);
        }
    }
    fn set_last(&mut self, c: char) {
        self.out.pop();
        self.out.push(c);
    }
}

/// Is `c` a combining mark (canonical combining class ≠ 0)? Cheap for the common scripts.
#[inline]
fn is_mark(c: char) -> bool {
    let u = c as u32;
    if u < 0x300 {
        return false;
    }
    if (0x0600..0x0700).contains(&u) {
        return table::is_arabic_diacritic(u) || (0x0653..=0x0655).contains(&u);
    }
    canonical_combining_class(c) != 0
}

/// One unit of input: a character, the byte span of the input it stands for, and whether it is
/// that input character unchanged.
type Unit = (char, usize, usize, bool);

/// The input as units, with compatibility characters decomposed when `unicode` is on.
struct Units<'a> {
    text: &'a str,
    pos: usize,
    pending: VecDeque<Unit>,
    table: &'a [u32; TABLE_LEN],
    opts: &'a Options,
}

impl Iterator for Units<'_> {
    type Item = Unit;
    #[inline]
    fn next(&mut self) -> Option<Unit> {
        if let Some(u) = self.pending.pop_front() {
            return Some(u);
        }
        let c = self.text.get(self.pos..)?.chars().next()?;
        let s = self.pos;
        let e = s + c.len_utf8();
        self.pos = e;
        if self.opts.unicode && action_of(c, self.table, self.opts) == COMPAT {
            decompose_compatible(c, |d| self.pending.push_back((d, s, e, false)));
            return self.pending.pop_front();
        }
        Some((c, s, e, true))
    }
}

#[inline]
fn action_of(c: char, table: &[u32; TABLE_LEN], opts: &Options) -> u32 {
    let u = c as u32;
    match table.get(u as usize) {
        Some(&a) => a,
        None => table::action(u, opts),
    }
}

/// Canonical ordering and composition of one cluster (a starter and its marks), in place.
/// Units that moved or merged lose their `same` flag.
fn compose_cluster(cl: &mut Vec<Unit>) {
    if cl.len() < 2 {
        return;
    }
    if let Some(marks) = cl.get_mut(1..) {
        if !marks.is_sorted_by_key(|u| canonical_combining_class(u.0)) {
            marks.sort_by_key(|u| canonical_combining_class(u.0));
            marks.iter_mut().for_each(|u| u.3 = false);
        }
    }
    let Some(&(starter, _, _, _)) = cl.first() else {
        return;
    };
    if canonical_combining_class(starter) != 0 {
        return;
    }
    let mut last_ccc = 0u8;
    let mut j = 1;
    while j < cl.len() {
        let (m, _, me, _) = cl[j];
        let cc = canonical_combining_class(m);
        let blocked = last_ccc != 0 && last_ccc >= cc;
        if !blocked {
            if let Some(composed) = compose(cl[0].0, m) {
                cl[0].0 = composed;
                cl[0].2 = cl[0].2.max(me);
                cl[0].3 = false;
                cl.remove(j);
                cl.iter_mut().skip(1).for_each(|u| u.3 = false);
                continue;
            }
        }
        last_ccc = cc;
        j += 1;
    }
}

/// Folding state carried from one character to the next.
struct Folder<'a, S: Sink> {
    sink: S,
    table: &'a [u32; TABLE_LEN],
    opts: &'a Options,
    /// Inside a whitespace run: how many line breaks it holds so far.
    ws_newlines: Option<u8>,
    /// The last Arabic letter written and how many times it repeated.
    run_char: char,
    run_len: u32,
    /// The second letter of a run, held until we know whether the run reaches three.
    held: Option<(usize, usize)>,
    /// The previous input character (for ZWJ).
    prev_input: char,
}

impl<S: Sink> Folder<'_, S> {
    #[inline]
    fn release_held(&mut self) {
        if let Some((s, e)) = self.held.take() {
            self.sink.push(self.run_char, s, e, true);
        }
    }

    #[inline]
    fn fold(&mut self, (c, s, e, same_input): Unit) {
        let prev = std::mem::replace(&mut self.prev_input, c);
        let mut act = action_of(c, self.table, self.opts);
        if c == '\u{200D}' && self.opts.bidi && (is_arabic_letter(prev) || is_mark(prev)) {
            act = DROP;
        }
        match act {
            DROP | COMPAT => {}
            SPACE | NEWLINE | PARAGRAPH => {
                let add = match act {
                    SPACE => 0,
                    NEWLINE => 1,
                    _ => 2,
                };
                match self.ws_newlines {
                    None => {
                        self.release_held();
                        self.run_len = 0;
                        let ch = match add {
                            0 => ' ',
                            _ => '\n',
                        };
                        self.sink.push(ch, s, e, same_input && c == ch);
                        if add == 2 {
                            self.sink.push('\n', s, e, false);
                        }
                        self.ws_newlines = Some(add);
                    }
                    Some(n) => {
                        let total = n.saturating_add(add).min(2);
                        match (n, total) {
                            (0, 1) => {
                                self.sink.extend_last(e);
                                self.sink.set_last('\n');
                            }
                            (0, 2) => {
                                self.sink.extend_last(e);
                                self.sink.set_last('\n');
                                self.sink.push('\n', s, e, false);
                            }
                            (1, 2) => self.sink.push('\n', s, e, false),
                            _ => self.sink.extend_last(e),
                        }
                        self.ws_newlines = Some(total);
                    }
                }
            }
            code => {
                let out = char::from_u32(code).unwrap_or(c);
                self.ws_newlines = None;
                if self.opts.elongation && is_arabic_letter(out) {
                    if out == self.run_char && self.run_len > 0 {
                        self.run_len += 1;
                        if self.run_len == 2 {
                            self.held = Some((s, e));
                        } else {
                            self.held = None;
                            self.sink.extend_last(e);
                        }
                        return;
                    }
                    self.release_held();
                    self.run_char = out;
                    self.run_len = 1;
                } else {
                    self.release_held();
                    self.run_len = 0;
                }
                self.sink.push(out, s, e, same_input && out == c);
            }
        }
    }
}

/// Run the whole pipeline over `text` into `sink`.
pub(crate) fn run<S: Sink>(text: &str, opts: &Options, table: &[u32; TABLE_LEN], sink: S) -> S {
    let mut folder = Folder {
        sink,
        table,
        opts,
        ws_newlines: None,
        run_char: '\0',
        run_len: 0,
        held: None,
        prev_input: '\0',
    };
    let mut units = Units {
        text,
        pos: 0,
        pending: VecDeque::new(),
        table,
        opts,
    }
    .peekable();
    let mut cluster: Vec<Unit> = Vec::new();
    while let Some(u) = units.next() {
        if opts.unicode && units.peek().is_some_and(|n| is_mark(n.0)) {
            cluster.clear();
            cluster.push(u);
            while let Some(&n) = units.peek() {
                if !is_mark(n.0) {
                    break;
                }
                cluster.push(n);
                units.next();
            }
            compose_cluster(&mut cluster);
            for &v in &cluster {
                folder.fold(v);
            }
        } else {
            folder.fold(u);
        }
    }
    folder.release_held();
    folder.sink
}
