"""The command line: ``python -m dhad analyze FILE...`` and ``python -m dhad normalize``."""

from __future__ import annotations

import argparse
import codecs
import datetime
import json
import io
import os
import re
import select
import sys
from typing import Any, BinaryIO, Callable, Iterator, Sequence, TextIO

import dhad

BATCH_LINES = 2000


def _utf8_streams() -> None:
    """Read standard input as strict UTF-8 and write standard output as UTF-8, whatever the
    locale. Left to the locale, Python lets undecodable input bytes through as lone surrogates
    under the C locale (which no dhad function accepts: a traceback instead of a clear "not
    UTF-8" error) and cannot write Arabic to a stdout whose locale encoding lacks it."""
    for stream in (sys.stdin, sys.stdout):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="strict")


def _json_default(value: Any) -> Any:
    """What ``json.dumps`` cannot write itself: dates and times (``DateMention.value``) as ISO 8601."""
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


#: Line breaks other than "\n" that JSON leaves raw inside strings (ensure_ascii=False) but
#: str.splitlines() and some JSON Lines readers split at: written as escapes instead.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _json_line(rec: dict[str, Any]) -> str:
    """``rec`` as one line of JSON Lines, Arabic written as itself."""
    line = json.dumps(rec, ensure_ascii=False, default=_json_default)
    if "\u2028" in line or "\u2029" in line or "\x85" in line:
        line = line.translate(_LINE_BREAKS)
    return line + "\n"


def _quiet_broken_pipe() -> None:
    """The reader went away (``dhad … | head``): send what is left to /dev/null, so that the
    final flush at exit cannot fail again, and stop quietly, as Unix tools do."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class _NotUtf8(Exception):
    """Bytes that are not UTF-8, where they are in the file: ``dhad: FILE is not UTF-8 text
    (invalid start byte at byte 102007, line 2001)``. The file is read as bytes and decoded a
    whole file or a line at a time, so the offset counts from the start of the file (a text
    reader would give it from the start of its last 8 kB chunk, and after a byte order mark)."""

    def __init__(self, path: str, err: UnicodeDecodeError, offset: int, lineno: int) -> None:
        super().__init__(f"dhad: {path} is not UTF-8 text ({err.reason} at byte {offset + err.start}, line {lineno})")


def _decode(raw: bytes, path: str, offset: int, lineno: int) -> str:
    """``raw`` (which starts at byte ``offset``, on line ``lineno``, of ``path``) as strict UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = lineno + raw.count(b"\n", 0, err.start)
        raise _NotUtf8(path, err, offset, line) from None


def _read_docs(
    path: str,
    field: str | None,
    waiting: Callable[[], None],
    bad: Callable[[str], None],
) -> Iterator[tuple[int, str]]:
    """(line number, document) from a file (or stdin for "-"): the whole file as one document
    (line 0), or one document per JSON line with --field, read line by line (constant memory);
    ``waiting()`` is called when standard input has no JSON line ready (see ``_reader``). A JSON
    line that cannot be read (not UTF-8, not JSON, no string field) goes to ``bad`` with its
    place, and the lines after it are read on."""
    # Offsets point into the file's text as it is: line ends kept as written (CRLF too), and
    # only a UTF-8 byte order mark, which is no text, left out.
    stream: BinaryIO = sys.stdin.buffer if path == "-" else open(path, "rb")
    try:
        if field is None:
            raw = stream.read()
            bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
            yield 0, _decode(raw[bom:], path, bom, 1)
            return
        offset = 0
        for lineno, raw in enumerate(_reader(stream, waiting) if path == "-" else stream, 1):
            bom = len(codecs.BOM_UTF8) if lineno == 1 and raw.startswith(codecs.BOM_UTF8) else 0
            start = offset + bom
            offset += len(raw)
            try:
                line = _decode(raw[bom:], path, start, lineno).strip()
            except _NotUtf8 as err:
                bad(str(err))
                continue
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                bad(f"dhad: {path}:{lineno}: not a JSON line ({err})")
                continue
            value = obj.get(field) if isinstance(obj, dict) else None
            if not isinstance(value, str):
                bad(f"dhad: {path}:{lineno}: no string field {field!r}")
                continue
            yield lineno, value
    finally:
        if path != "-":
            stream.close()


def _indent(text: str, width: int) -> str:
    """``text`` with every line after its first indented by ``width`` spaces (a sentence that
    runs over a line break stays inside its item of the report)."""
    return re.sub(r"\r?\n", lambda m: m.group(0) + " " * width, text)


def _report(doc: dhad.Document, name: str, out: TextIO) -> None:
    w = out.write
    w(f"=== {name} ===\n")
    w(f"Sentences ({len(doc.sentences)}):\n")
    for i, s in enumerate(doc.sentences, 1):
        head = f"  [{i}] "
        w(f"{head}{_indent(s.text, len(head))}  ({s.start}:{s.end})\n")
    w(f"Tokens ({len(doc.tokens)}):\n")
    line = "  "
    for t in doc.tokens:
        item = f"{t.text}/{t.kind} "
        if len(line) + len(item) > 100:
            w(line.rstrip() + "\n")
            line = "  "
        line += item
    if line.strip():
        w(line.rstrip() + "\n")
    w(f"Normalized (search):\n  {_indent(doc.normalized, 2)}\n")
    if hasattr(dhad, "extract_numbers"):
        w(f"Numbers ({len(doc.numbers)}):\n")
        for n in doc.numbers:
            extra = "".join(
                f" {k}={v}" for k, v in (("approx", n.approx), ("range_end", n.range_end), ("unit", n.unit)) if v is not None
            )
            w(f"  {n.text} → {n.value} [{n.kind}{extra}]  ({n.start}:{n.end})\n")
    if hasattr(dhad, "extract_entities"):
        w(f"Entities ({len(doc.entities)}):\n")
        for e in doc.entities:
            w(f"  {e.text} → {e.label} ({e.source})  ({e.start}:{e.end})\n")
    if hasattr(dhad, "extract_dates"):
        w(f"Dates ({len(doc.dates)}):\n")
        for d in doc.dates:
            value = d.value.isoformat() if d.value is not None else "unresolved"
            w(f"  {d.text} → {value} [{d.label}, {d.grain}, {d.calendar}]  ({d.start}:{d.end})\n")
    w("\n")


def _progress_bar(enabled: bool):
    """One progress bar for the whole run (documents done), or None."""
    if not enabled:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:
        raise SystemExit("dhad: --progress needs tqdm: pip install 'dhad[progress]' (or pip install tqdm)") from None
    return tqdm(unit="doc", desc="dhad", file=sys.stderr)


def _analyze_batch(
    batch: list[tuple[int, str]],
    path: str,
    args: argparse.Namespace,
    reference: datetime.datetime,
    bad_doc: Callable[[str], None],
) -> Sequence[dhad.Document | None]:
    """``analyze_batch`` over the texts of ``batch``; a text it refuses (a lone surrogate, which a
    JSON line can hold as the escape ``\\ud800``) gives None and goes to ``bad_doc`` as a clear
    message naming its line, and every other text of the batch is analyzed."""
    docs = dhad.analyze_batch(
        [text for _, text in batch], reference=reference, threads=args.threads, errors="none")
    for (lineno, text), doc in zip(batch, docs):
        if doc is None:
            try:  # (the single call says what is wrong with it)
                dhad.analyze(text, reference=reference)
                why = " cannot be analyzed"
            except dhad.DhadError as err:
                why = str(err).removeprefix("text")
            where = f"{path}:{lineno}: field {args.field!r}" if args.field is not None else path
            bad_doc(f"dhad: {where}{why}")
    return docs


def _analyze(args: argparse.Namespace) -> int:
    _utf8_streams()
    out = sys.stdout
    bar = _progress_bar(args.progress)
    failed = False  # a bad file is reported and the next one read, as cat and grep do
    # One moment for the whole run, so that every batch reads "غدا" as the same day.
    reference = datetime.datetime.now()
    path = ""  # the file being read
    pending: list[tuple[int, str]] = []  # its documents read and not yet analyzed

    def report(message: str) -> None:
        # a bad document or line is reported and the rest read on; the run then exits 1
        nonlocal failed
        out.flush()
        print(message, file=sys.stderr)
        failed = True

    def emit() -> None:
        batch = pending[:]
        pending.clear()
        results = _analyze_batch(batch, path, args, reference, report)
        for (lineno, _), doc in zip(batch, results):
            if doc is None:
                continue
            if args.json:
                rec = doc.to_dict()
                rec["source"] = path
                if args.field is not None:
                    rec["line"] = lineno
                out.write(_json_line(rec))
            else:
                name = path if args.field is None else f"{path}:{lineno}"
                _report(doc, name, out)
        if bar is not None:
            bar.update(len(batch))

    def waiting() -> None:
        # JSON Lines from a slow writer on stdin: analyze and write what has come rather than
        # wait for a batch to fill.
        if pending:
            emit()
            out.flush()

    try:
        for path in args.files:
            pending.clear()
            try:
                for doc_line in _read_docs(path, args.field, waiting, report):
                    pending.append(doc_line)
                    if len(pending) >= BATCH_LINES:
                        emit()
                if pending:
                    emit()
                out.flush()  # here, where a closed pipe is caught, not at exit
            except BrokenPipeError:
                _quiet_broken_pipe()
                return 0
            except OSError as err:
                print(f"dhad: cannot read {path}: {err.strerror}", file=sys.stderr)
                failed = True
            except _NotUtf8 as err:
                print(err, file=sys.stderr)
                failed = True
    finally:
        if bar is not None:
            bar.close()
    return 1 if failed else 0


def _normalize(args: argparse.Namespace) -> int:
    norm = dhad.Normalizer(args.preset)
    _utf8_streams()
    out = sys.stdout

    def write(lines: list[str]) -> None:
        if lines:
            out.write("".join(norm.normalize_batch(lines, threads=args.threads)))

    # Lines are read as bytes and decoded one by one: line ends pass through as written, and
    # a line that is not UTF-8 is reported with its place after every line before it is written.
    lines: list[str] = []

    def write_waiting() -> None:
        # No input is ready: write what has been read rather than wait for a batch to fill, so
        # that a slow writer's lines (tail -f log | dhad normalize) come out as they come in.
        write(lines)
        lines.clear()
        out.flush()

    offset = 0
    bad: _NotUtf8 | None = None
    try:
        try:
            for lineno, raw in enumerate(_reader(sys.stdin.buffer, write_waiting), 1):
                lines.append(_decode(raw, "-", offset, lineno))
                offset += len(raw)
                if len(lines) >= BATCH_LINES:
                    write(lines)
                    lines.clear()
        except _NotUtf8 as err:
            bad = err
        write(lines)
        out.flush()  # here, where a closed pipe is caught, not at exit
    except BrokenPipeError:
        _quiet_broken_pipe()
        return 0
    if bad is not None:
        print(bad, file=sys.stderr)
        return 1
    return 0


class _TellWhenWaiting(io.RawIOBase):
    """A raw stream that calls ``waiting()`` before a read that would block (no input ready)."""

    def __init__(self, raw: Any, waiting: Callable[[], None]) -> None:
        super().__init__()
        self._raw, self._waiting = raw, waiting

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return int(self._raw.fileno())

    def readinto(self, buffer: Any) -> int | None:
        try:
            ready = select.select([self._raw], [], [], 0)[0]
        except (OSError, ValueError):  # select cannot watch it (a pipe on Windows): just read
            ready = [self._raw]
        if not ready:
            self._waiting()
        return self._raw.readinto(buffer)  # type: ignore[no-any-return]


def _reader(stream: BinaryIO, waiting: Callable[[], None]) -> BinaryIO:
    """``stream`` (standard input), read through a buffer that calls ``waiting()`` whenever it
    would block for more input; the stream itself when it has no file descriptor to watch."""
    raw = getattr(stream, "raw", None)
    try:
        raw.fileno()  # type: ignore[union-attr]
    except (AttributeError, OSError, ValueError):
        return stream
    return io.BufferedReader(_TellWhenWaiting(raw, waiting), buffer_size=1 << 16)  # type: ignore[return-value]


def _threads(value: str) -> int:
    """``--threads``: a positive integer."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {value!r}")
    return n


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m dhad`` and the ``dhad`` script."""
    p = argparse.ArgumentParser(prog="dhad", description="Arabic text analysis from the command line.")
    p.add_argument("--version", action="version", version=f"dhad {dhad.__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="print a report (or JSON lines) for each file or JSON line")
    a.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for standard input")
    a.add_argument(
        "--json", action="store_true", help="one JSON object per document (with the source file and, for JSON Lines, its line)"
    )
    a.add_argument("--field", help="read JSON Lines and analyze this string field of each")
    a.add_argument(
        "--threads", type=_threads, default=None, help="worker threads (default: DHAD_NUM_THREADS or all cores)"
    )
    a.add_argument("--progress", action="store_true", help="show a progress bar on stderr (needs tqdm)")
    n = sub.add_parser("normalize", help="normalize standard input to standard output, line by line")
    n.add_argument(
        "--preset",
        default="search",
        choices=["none", "display", "search"],
        help="search (default: also folds diacritics, alef and hamza forms, teh marbuta, digits), "
        "display (lossless clean-up) or none",
    )
    n.add_argument(
        "--threads", type=_threads, default=None, help="worker threads (default: DHAD_NUM_THREADS or all cores)"
    )
    args = p.parse_args(argv)
    # A closed standard stream (`dhad normalize <&-`) is None in Python: say so, as cat does,
    # rather than fail with an AttributeError traceback.
    if sys.stdout is None:
        print("dhad: standard output is closed", file=sys.stderr)
        return 1
    if sys.stdin is None and (args.command == "normalize" or "-" in args.files):
        print("dhad: standard input is closed", file=sys.stderr)
        return 1
    try:
        if args.command == "analyze":
            return _analyze(args)
        return _normalize(args)
    except KeyboardInterrupt:
        # Ctrl-C: stop quietly with the status of an interrupt (128 + SIGINT), as cat and grep do.
        return 130


if __name__ == "__main__":
    sys.exit(main())
