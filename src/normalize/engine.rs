//! The one loop under every normalization: compatibility decomposition, Arabic-aware canonical
//! composition, then the per-character folds, whitespace and elongation. Every edit goes through
//! a [`Sink`], which either builds the output lazily (no copy while nothing changed) or records,
//! for every output character, the span of the input it came from.

use unicode_normalization::char::{canonical_combining_class, compose, decompose_compatible};

use super::options::Options;
use super::table::{
    self, is_arabic_letter, ARABIC, CHANGED, CHAR, COMPAT, DROP, FLAGS, LETTER, MARK, NEWLINE,
    PARAGRAPH, SPACE, SPECIAL, TABLE_LEN, TRIGGER, ZWJ,
};
use super::{tatweel_is_dash, Elongation, Step};

/// Where the output of the engine goes. Spans are byte ranges of the input.
pub(crate) trait Sink {
    /// Append `c`, made from input `s..e`; `same` says it is the input character unchanged.
    fn push(&mut self, c: char, s: usize, e: usize, same: bool);
    /// `push` for a code point from the fold table (always a valid `char`).
    #[inline]
    fn push_code(&mut self, code: u32, s: usize, e: usize, same: bool) {
        self.push(char::from_u32(code).unwrap_or('\u{FFFD}'), s, e, same);
    }
    /// Extend the span of the last output character to end at `e` (what lies between is dropped).
    fn extend_last(&mut self, e: usize);
    /// Replace the last output character by `c`.
    fn set_last(&mut self, c: char);
    /// Remove the last output character.
    fn pop_last(&mut self);
}

/// Builds the output only once it differs from the input, and then copies unchanged runs of the
/// input as whole slices rather than character by character.
pub(crate) struct LazySink<'a> {
    text: &'a str,
    /// The run of unchanged input not yet copied to `out`.
    run_start: usize,
    run_end: usize,
    out: Option<String>,
}

impl<'a> LazySink<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        LazySink {
            text,
            run_start: 0,
            run_end: 0,
            out: None,
        }
    }

    /// Copy the pending run to the output.
    fn flush(&mut self) -> &mut String {
        let run = self
            .text
            .get(self.run_start..self.run_end)
            .unwrap_or_default();
        let cap = self.text.len();
        let out = self.out.get_or_insert_with(|| String::with_capacity(cap));
        out.push_str(run);
        self.run_start = self.run_end;
        out
    }

    /// The result: borrowed when the output is one slice of the input.
    pub(crate) fn finish(mut self) -> std::borrow::Cow<'a, str> {
        if self.out.is_none() {
            return std::borrow::Cow::Borrowed(
                self.text
                    .get(self.run_start..self.run_end)
                    .unwrap_or_default(),
            );
        }
        self.flush();
        std::borrow::Cow::Owned(self.out.unwrap_or_default())
    }
}

impl Sink for LazySink<'_> {
    #[inline]
    fn push(&mut self, c: char, s: usize, e: usize, same: bool) {
        if same {
            if s == self.run_end {
                self.run_end = e;
                return;
            }
            if self.out.is_none() && self.run_start == self.run_end {
                // Only dropped characters so far: the output may still be one slice.
                self.run_start = s;
                self.run_end = e;
                return;
            }
            self.flush();
            self.run_start = s;
            self.run_end = e;
        } else {
            self.flush().push(c);
            self.run_start = e;
            self.run_end = e;
        }
    }
    #[inline]
    fn extend_last(&mut self, _e: usize) {
        // The dropped input is simply not copied: the next push starts a new run.
    }
    fn set_last(&mut self, c: char) {
        if self.run_end > self.run_start {
            let run = self
                .text
                .get(self.run_start..self.run_end)
                .unwrap_or_default();
            let last = run.chars().next_back().map_or(0, char::len_utf8);
            self.run_end -= last;
            self.flush().push(c);
            self.run_end += last;
            self.run_start = self.run_end;
        } else {
            let out = self.flush();
            out.pop();
            out.push(c);
        }
    }
    fn pop_last(&mut self) {
        if self.run_end > self.run_start {
            let run = self
                .text
                .get(self.run_start..self.run_end)
                .unwrap_or_default();
            self.run_end -= run.chars().next_back().map_or(0, char::len_utf8);
            // Keep the run contiguous with what follows only if nothing else was dropped.
        } else if let Some(out) = self.out.as_mut() {
            out.pop();
        }
    }
}

/// A unit of code-point output: `u16` for text within the Basic Multilingual Plane, `u32` else.
pub(crate) trait OutUnit: Copy {
    /// The unit for code point `c`, if it fits.
    fn from_code(c: u32) -> Option<Self>;
}

impl OutUnit for u16 {
    #[inline]
    fn from_code(c: u32) -> Option<u16> {
        u16::try_from(c).ok()
    }
}

impl OutUnit for u32 {
    #[inline]
    fn from_code(c: u32) -> Option<u32> {
        Some(c)
    }
}

/// Collects code points onto the end of a caller's buffer, for input that is already code points
/// (a Python str's storage). A character that does not fit the unit sets `overflow`. Whether
/// anything changed is decided at the end by comparing with the input, not per character.
pub(crate) struct CharSink<'a, T> {
    pub(crate) out: &'a mut Vec<T>,
    /// Where this text's output starts in `out`.
    pub(crate) base: usize,
    pub(crate) overflow: bool,
}

impl<'a, T: OutUnit + Into<u32>> CharSink<'a, T> {
    pub(crate) fn new(out: &'a mut Vec<T>, reserve: usize) -> Self {
        out.reserve(reserve);
        let base = out.len();
        CharSink {
            out,
            base,
            overflow: false,
        }
    }

    /// This text's output.
    pub(crate) fn written(&self) -> &[T] {
        self.out.get(self.base..).unwrap_or_default()
    }

    /// Does the output differ from `input`?
    pub(crate) fn differs<U: Copy + Into<u32>>(&self, input: &[U]) -> bool {
        let w = self.written();
        w.len() != input.len() || w.iter().zip(input).any(|(&a, &b)| a.into() != b.into())
    }

    #[inline]
    fn put(&mut self, code: u32) {
        match T::from_code(code) {
            Some(u) => self.out.push(u),
            None => self.overflow = true,
        }
    }

    #[inline]
    fn pop(&mut self) {
        if self.out.len() > self.base {
            self.out.pop();
        }
    }
}

impl<T: OutUnit + Into<u32>> Sink for CharSink<'_, T> {
    #[inline]
    fn push(&mut self, c: char, _s: usize, _e: usize, _same: bool) {
        self.put(c as u32);
    }
    #[inline]
    fn push_code(&mut self, code: u32, _s: usize, _e: usize, _same: bool) {
        self.put(code);
    }
    fn extend_last(&mut self, _e: usize) {}
    fn set_last(&mut self, c: char) {
        self.pop();
        self.put(c as u32);
    }
    fn pop_last(&mut self) {
        self.pop();
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
    fn pop_last(&mut self) {
        self.out.pop();
        self.offsets.pop();
    }
}

/// Is `c` a combining mark (canonical combining class ≠ 0)? One table lookup below U+0700.
#[inline]
fn is_mark(c: char, table: &[u32; TABLE_LEN]) -> bool {
    match table.get(c as usize) {
        Some(&e) => e & MARK != 0,
        None => canonical_combining_class(c) != 0,
    }
}

/// One unit of input: a character, the span of the input it stands for (byte offsets for UTF-8,
/// code-unit indices for UCS input), and whether it is that input character unchanged.
type Unit = (char, usize, usize, bool);

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
fn compose_cluster(cl: &mut Vec<Unit>, table: &[u32; TABLE_LEN], opts: &Options) {
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
            if let Some(composed) =
                compose(cl[0].0, m).or_else(|| compose_folded(cl[0].0, m, table, opts))
            {
                cl[0].0 = composed;
                cl[0].2 = cl[0].2.max(me);
                cl[0].3 = false;
                cl.remove(j);
                cl.iter_mut().skip(1).for_each(|u| u.3 = false);
                continue;
            }
        }
        // A mark the fold drops blocks nothing: the result is what composing after the removal
        // would give, so normalizing twice changes nothing.
        if action_of(m, table, opts) & !FLAGS != DROP {
            last_ccc = cc;
        }
        j += 1;
    }
}

/// The composition of `mark` with the letter the fold makes of `starter`, when the mark is kept
/// and only that letter composes with it (ی + ٔ: ي + ٔ = ئ; أ + ٓ under the alef fold: آ). The
/// output holds the folded letter and the mark side by side, which the next pass would compose:
/// composing now makes normalizing twice the same as normalizing once.
fn compose_folded(
    starter: char,
    mark: char,
    table: &[u32; TABLE_LEN],
    opts: &Options,
) -> Option<char> {
    if action_of(mark, table, opts) & !FLAGS == DROP {
        return None;
    }
    let a = action_of(starter, table, opts);
    if a & SPECIAL != 0 || a & CHANGED == 0 {
        return None;
    }
    compose(char::from_u32(a & CHAR)?, mark)
}

/// Folding state carried from one character to the next.
struct Folder<'a, S: Sink, R: Source + ?Sized> {
    sink: S,
    /// The input, read around a run of three letters to tell elongation from a doubled letter.
    src: &'a R,
    table: &'a [u32; TABLE_LEN],
    opts: &'a Options,
    /// Inside a whitespace run: how many line breaks it holds so far.
    ws_newlines: Option<u8>,
    /// The run of one Arabic letter so far (elongation, see [`Elongation`]).
    run: Elongation,
    /// The previous input character was Arabic (for ZWJ).
    prev_arabic: bool,
}

impl<S: Sink, R: Source + ?Sized> Folder<'_, S, R> {
    #[inline]
    fn fold(&mut self, u: Unit) {
        let ent = action_of(u.0, self.table, self.opts);
        self.fold_with(u, ent);
    }

    #[inline(always)]
    fn fold_with(&mut self, (c, s, e, same_input): Unit, ent: u32) {
        if ent & SPECIAL == 0 {
            self.prev_arabic = ent & ARABIC != 0;
            self.ws_newlines = None;
            let out = ent & CHAR;
            if ent & LETTER != 0 {
                match self.run.letter(out, c as u32, self.src, s) {
                    Step::Write => {}
                    Step::Skip => {
                        self.sink.extend_last(e);
                        return;
                    }
                    Step::Unwrite => {
                        self.sink.pop_last();
                        self.sink.extend_last(e);
                        return;
                    }
                }
            } else {
                self.run.end();
                if ent & CHANGED != 0 && c.is_ascii_digit() && keycap_after(self.src, e) {
                    // the digit of a keycap emoji ("1️⃣") stays: Unicode defines keycaps on
                    // 0-9 # * only, and "١️⃣" is no picture
                    self.sink.push_code(c as u32, s, e, same_input);
                    return;
                }
            }
            self.sink
                .push_code(out, s, e, same_input && ent & CHANGED == 0);
            return;
        }
        self.special((c, s, e, same_input), ent);
    }

    /// Dropped characters, joiners, compatibility leftovers and whitespace.
    #[inline(always)]
    fn special(&mut self, (c, s, e, same_input): Unit, ent: u32) {
        match ent & !FLAGS {
            DROP => {}
            COMPAT => self.fold_with((c, s, e, same_input), c as u32),
            ZWJ => {
                if !self.prev_arabic {
                    self.fold_with((c, s, e, same_input), c as u32);
                }
            }
            _ => self.whitespace(c, s, e, same_input, ent),
        }
    }

    #[inline(always)]
    fn whitespace(&mut self, c: char, s: usize, e: usize, same_input: bool, ent: u32) {
        self.prev_arabic = false;
        self.run.end();
        let add = match ent & !FLAGS {
            SPACE => 0,
            NEWLINE => 1,
            PARAGRAPH => 2,
            _ => 0,
        };
        match self.ws_newlines {
            None => {
                let ch = if add == 0 { ' ' } else { '\n' };
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
}

/// Input the engine can read: a character at a position, and where the next one starts.
pub(crate) trait Source {
    /// The character starting at `pos` and the position after it, or `None` at the end.
    fn decode(&self, pos: usize) -> Option<(char, usize)>;
    /// The character that ends at `pos`, or `None` at the start.
    fn before(&self, pos: usize) -> Option<char>;
    /// The character that ends at `pos` and the position where it starts.
    fn prev(&self, pos: usize) -> Option<(char, usize)>;
}

/// UTF-8 text; positions are byte offsets.
pub(crate) struct Utf8<'a>(pub(crate) &'a str);

impl Source for Utf8<'_> {
    #[inline]
    fn decode(&self, pos: usize) -> Option<(char, usize)> {
        let b = self.0.as_bytes();
        let b0 = *b.get(pos)?;
        if b0 < 0x80 {
            return Some((b0 as char, pos + 1));
        }
        if b0 < 0xE0 {
            // Two bytes: most of Arabic. The text is valid UTF-8, so the continuation byte exists.
            let b1 = *b.get(pos + 1)?;
            let c = ((b0 as u32 & 0x1F) << 6) | (b1 as u32 & 0x3F);
            return char::from_u32(c).map(|c| (c, pos + 2));
        }
        let c = self.0.get(pos..)?.chars().next()?;
        Some((c, pos + c.len_utf8()))
    }
    #[inline]
    fn before(&self, pos: usize) -> Option<char> {
        self.0.get(..pos)?.chars().next_back()
    }
    fn prev(&self, pos: usize) -> Option<(char, usize)> {
        let c = self.before(pos)?;
        Some((c, pos.checked_sub(c.len_utf8())?))
    }
}

/// Code points in one, two or four bytes each (a Python str's storage); positions are indices.
/// A unit that is not a Unicode scalar value reads as U+FFFD (callers reject such input first).
pub(crate) struct CodeUnits<'a, U>(pub(crate) &'a [U]);

impl<U: Copy + Into<u32>> Source for CodeUnits<'_, U> {
    #[inline]
    fn decode(&self, pos: usize) -> Option<(char, usize)> {
        let u = (*self.0.get(pos)?).into();
        Some((char::from_u32(u).unwrap_or('\u{FFFD}'), pos + 1))
    }
    #[inline]
    fn before(&self, pos: usize) -> Option<char> {
        let u = (*self.0.get(pos.checked_sub(1)?)?).into();
        Some(char::from_u32(u).unwrap_or('\u{FFFD}'))
    }
    fn prev(&self, pos: usize) -> Option<(char, usize)> {
        Some((self.before(pos)?, pos.checked_sub(1)?))
    }
}

/// Does a keycap's enclosing mark follow at `pos` (U+20E3, with an optional U+FE0F before
/// it), so that the character before is the base of a keycap emoji?
#[cold]
fn keycap_after<R: Source + ?Sized>(src: &R, pos: usize) -> bool {
    match src.decode(pos) {
        Some(('\u{20E3}', _)) => true,
        Some(('\u{FE0F}', next)) => matches!(src.decode(next), Some(('\u{20E3}', _))),
        _ => false,
    }
}

/// Where the run of tatweel that starts at `pos` ends, when the `tatweel` fold writes it as a
/// dash ([`tatweel_is_dash`]); `None` when it is dropped (or `pos` holds no tatweel, or is not
/// the first of its run). Only a run's first tatweel scans it, so this stays linear.
#[inline]
fn tatweel_dash<R: Source>(src: &R, pos: usize, opts: &Options) -> Option<usize> {
    let before = src.before(pos);
    if !opts.tatweel || before == Some('\u{0640}') {
        return None;
    }
    let mut end = pos;
    while let Some(('\u{0640}', e)) = src.decode(end) {
        end = e;
    }
    if end == pos {
        return None;
    }
    let after = src.decode(end).map(|(c, _)| c);
    tatweel_is_dash(before, after).then_some(end)
}

/// Run the whole pipeline over `src` into `sink`.
pub(crate) fn run_source<S: Sink, R: Source>(
    src: &R,
    opts: &Options,
    table: &[u32; TABLE_LEN],
    sink: S,
) -> S {
    let mut folder = Folder {
        sink,
        src,
        table,
        opts,
        ws_newlines: None,
        run: Elongation::NONE,
        prev_arabic: false,
    };
    let mut cluster: Vec<Unit> = Vec::new();
    let unicode = opts.unicode;
    let mut cur = src.decode(0);
    let mut act = cur.map_or(0, |(c, _)| action_of(c, table, opts));
    let mut s = 0;
    while let Some((c, e)) = cur {
        if c == '\u{0640}' {
            if let Some(end) = tatweel_dash(src, s, opts) {
                folder.fold(('-', s, end, false));
                s = end;
                cur = src.decode(end);
                act = cur.map_or(0, |(c, _)| action_of(c, table, opts));
                continue;
            }
        }
        if !unicode {
            // No composition to watch for: one character at a time.
            folder.fold_with((c, s, e, true), act);
            s = e;
            cur = src.decode(e);
            act = cur.map_or(0, |(c, _)| action_of(c, table, opts));
            continue;
        }
        let mut next = src.decode(e);
        let next_act = next.map_or(0, |(n, _)| action_of(n, table, opts));
        let composing = unicode
            && (act | next_act) & TRIGGER != 0
            && (act & !FLAGS == COMPAT
                || (next_act & TRIGGER != 0
                    && next.is_some_and(|(n, _)| {
                        next_act & !FLAGS == COMPAT
                            || next_act & MARK != 0
                            || dropped_before_mark(n, arabicish(c, table), table, opts)
                    })));
        if !composing {
            folder.fold_with((c, s, e, true), act);
            s = e;
            cur = next;
            act = next_act;
            continue;
        }
        // The slow path: decompose compatibility characters, gather the marks that follow, put
        // each starter's marks in canonical order and compose.
        cluster.clear();
        if act & !FLAGS == COMPAT {
            decompose_compat(c, folder.prev_arabic, |d| cluster.push((d, s, e, false)));
        } else {
            cluster.push((c, s, e, true));
        }
        let mut at = e;
        while let Some((n, ne)) = next {
            if n == '\u{0640}' && tatweel_dash(src, at, opts).is_some() {
                // A dash, not a dropped tatweel: the main loop writes it.
                break;
            } else if is_mark(n, table) {
                cluster.push((n, at, ne, true));
            } else if action_of(n, table, opts) & !FLAGS == COMPAT {
                let after_arabic = cluster
                    .last()
                    .is_some_and(|u| u.0 == '\u{0640}' || arabicish(u.0, table));
                decompose_compat(n, after_arabic, |d| cluster.push((d, at, ne, false)));
            } else if dropped_before_mark(
                n,
                cluster.last().is_some_and(|u| arabicish(u.0, table)),
                table,
                opts,
            ) {
                // An invisible control that is dropped anyway: composition sees through it, so
                // the output is the same as composing after the removal (idempotence).
            } else {
                break;
            }
            at = ne;
            next = src.decode(ne);
        }
        compose_all(&mut cluster, table, opts);
        for &u in &cluster {
            folder.fold(u);
        }
        s = at;
        cur = next;
        act = cur.map_or(0, |(c, _)| action_of(c, table, opts));
    }
    folder.sink
}

/// Run the whole pipeline over UTF-8 `text` into `sink` (spans are byte offsets).
pub(crate) fn run<S: Sink>(text: &str, opts: &Options, table: &[u32; TABLE_LEN], sink: S) -> S {
    run_source(&Utf8(text), opts, table, sink)
}

/// The compatibility decomposition of `c`, except that an isolated form of a harakah
/// (U+FE70, FE72 … FE7E: a space and the mark), or of shadda with a harakah (U+FC5E–FC63: a
/// space and both marks), after an Arabic letter or mark is the marks alone: legacy and PDF
/// text writes the harakat of a word so ("محمﹼد", "ﺍﻟﻠﱠﻪ"), and the space would cut the word in
/// two. With nothing to sit on, it stays a spacing mark (the space and the marks).
fn decompose_compat(c: char, after_arabic: bool, mut push: impl FnMut(char)) {
    let u = c as u32;
    let isolated_harakah =
        (matches!(u, 0xFE70..=0xFE7E) && u % 2 == 0) || matches!(u, 0xFC5E..=0xFC63);
    if after_arabic && isolated_harakah {
        decompose_compatible(c, |d| {
            if d != ' ' {
                push(d);
            }
        });
    } else {
        decompose_compatible(c, push);
    }
}

/// Is `n` a character the fold drops that could stand between a letter and its marks?
/// (`after_arabic`: it follows an Arabic letter or a mark, after which a ZWJ is dropped too.)
#[inline]
fn dropped_before_mark(
    n: char,
    after_arabic: bool,
    table: &[u32; TABLE_LEN],
    opts: &Options,
) -> bool {
    let u = n as u32;
    if u < 0x200B && !matches!(u, 0x00AD | 0x0640 | 0x061C | 0x06E5 | 0x06E6) {
        return false;
    }
    match action_of(n, table, opts) & !FLAGS {
        DROP => true,
        ZWJ => after_arabic,
        _ => false,
    }
}

/// An Arabic letter or any combining mark (after which the fold drops a ZWJ).
#[inline]
fn arabicish(c: char, table: &[u32; TABLE_LEN]) -> bool {
    is_arabic_letter(c) || is_mark(c, table)
}

/// Compose every starter-plus-marks group of `units` in place.
fn compose_all(units: &mut Vec<Unit>, table: &[u32; TABLE_LEN], opts: &Options) {
    let mut out: Vec<Unit> = Vec::with_capacity(units.len());
    let mut group: Vec<Unit> = Vec::new();
    for &u in units.iter() {
        let mark = is_mark(u.0, table);
        if !mark && action_of(u.0, table, opts) & !FLAGS == DROP {
            // A dropped starter (tatweel, a control) is invisible to composition.
            continue;
        }
        if !group.is_empty() && !mark {
            compose_cluster(&mut group, table, opts);
            out.append(&mut group);
        }
        group.push(u);
    }
    compose_cluster(&mut group, table, opts);
    out.append(&mut group);
    *units = out;
}
