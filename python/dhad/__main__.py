"""The command line: ``python -m dhad analyze FILE...`` and ``python -m dhad normalize``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Iterator, TextIO

import dhad

BATCH_LINES = 2000


def _read_docs(path: str, field: str | None) -> Iterator[str]:
    """Documents from a file (or stdin for "-"): the whole file, or one per JSON line with --field."""
    stream: TextIO = sys.stdin if path == "-" else open(path, encoding="utf-8")
    try:
        if field is None:
            yield stream.read()
            return
        for lineno, line in enumerate(stream, 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise SystemExit(f"dhad: {path}:{lineno}: not a JSON line ({err})") from None
            value = obj.get(field) if isinstance(obj, dict) else None
            if not isinstance(value, str):
                raise SystemExit(f"dhad: {path}:{lineno}: no string field {field!r}")
            yield value
    finally:
        if stream is not sys.stdin:
            stream.close()


def _batches(docs: Iterator[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _report(doc: dhad.Document, name: str, out: TextIO) -> None:
    w = out.write
    w(f"=== {name} ===\n")
    w(f"Sentences ({len(doc.sentences)}):\n")
    for i, s in enumerate(doc.sentences, 1):
        w(f"  [{i}] {s.text}  ({s.start}:{s.end})\n")
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
    w(f"Normalized (search):\n  {doc.normalized}\n")
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


def _analyze(args: argparse.Namespace) -> int:
    out = sys.stdout
    for path in args.files:
        try:
            docs = _read_docs(path, args.field)
            for k, batch in enumerate(_batches(docs, BATCH_LINES)):
                results = dhad.analyze_batch(batch, threads=args.threads, progress=args.progress)
                for j, doc in enumerate(results):
                    if args.json:
                        rec = doc.to_dict()
                        rec["source"] = path
                        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    else:
                        name = path if args.field is None else f"{path} #{k * BATCH_LINES + j + 1}"
                        _report(doc, name, out)
        except OSError as err:
            print(f"dhad: cannot read {path}: {err.strerror}", file=sys.stderr)
            return 1
        except UnicodeDecodeError as err:
            print(f"dhad: {path} is not UTF-8 text ({err.reason} at byte {err.start})", file=sys.stderr)
            return 1
    return 0


def _normalize(args: argparse.Namespace) -> int:
    norm = dhad.Normalizer(args.preset)
    lines: list[str] = []
    for line in sys.stdin:
        lines.append(line)
        if len(lines) >= BATCH_LINES:
            sys.stdout.write("".join(norm.normalize_batch(lines, threads=args.threads)))
            lines = []
    if lines:
        sys.stdout.write("".join(norm.normalize_batch(lines, threads=args.threads)))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m dhad`` and the ``dhad`` script."""
    p = argparse.ArgumentParser(prog="dhad", description="Arabic text analysis from the command line.")
    p.add_argument("--version", action="version", version=f"dhad {dhad.__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="print a report (or JSON lines) for each file or JSON line")
    a.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for standard input")
    a.add_argument("--json", action="store_true", help="one JSON object per document")
    a.add_argument("--field", help="read JSON Lines and analyze this string field of each")
    a.add_argument("--threads", type=int, default=None, help="worker threads (default: all cores)")
    a.add_argument("--progress", action="store_true", help="show a progress bar (needs tqdm)")
    n = sub.add_parser("normalize", help="normalize standard input to standard output, line by line")
    n.add_argument("--preset", default="search", choices=["none", "display", "search"])
    n.add_argument("--threads", type=int, default=None)
    args = p.parse_args(argv)
    if args.command == "analyze":
        return _analyze(args)
    return _normalize(args)


if __name__ == "__main__":
    sys.exit(main())
