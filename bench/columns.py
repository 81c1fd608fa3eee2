"""Token tables for a corpus: the columnar path against the object path, in MB/s of UTF-8 input.

    python bench/columns.py [--mb 20] [--threads 1 2] [--repeat 3]

Each row builds a ``pyarrow.Table`` of every token (doc, start, end, text, kind[, norm]) from the
same corpus (the bundled sample texts in examples/, repeated with varying numbers, one paragraph
a document), and reports the best of ``--repeat`` runs:

- ``tokenize_batch`` only: the Rust work and the ``Tokens`` objects, no table (a ceiling for the
  object paths);
- objects: iterate every ``Token`` object and append its fields to lists (what a user's loop does);
- ``Tokens`` columns: the per-document column getters (``.starts``, ``.texts``…) — ``dhad.arrow.to_arrow``;
- columnar: ``dhad.arrow.analyze_table`` on ``tokenize_columns_batch`` (flat buffers from Rust, no
  Python object per token), without and with the ``norm`` column;
- pandas: ``Series.dhad.tokens()`` (columnar underneath), for reference.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa

import dhad
import dhad.arrow
import dhad.pandas  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def corpus(mb: float) -> list[str]:
    base = [
        p.strip()
        for f in sorted((ROOT / "examples").glob("*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    docs: list[str] = []
    size = 0
    i = 0
    while size < mb * 1e6:
        d = f"{base[i % len(base)]} ({i} — {i * 37 % 1000} شخصاً)"
        docs.append(d)
        size += len(d.encode("utf-8"))
        i += 1
    return docs


def objects_table(texts: list[str], threads: int) -> pa.Table:
    doc, starts, ends, toks_text, kinds = [], [], [], [], []
    for i, toks in enumerate(dhad.tokenize_batch(texts, threads=threads)):
        for t in toks:
            doc.append(i)
            starts.append(t.start)
            ends.append(t.end)
            toks_text.append(t.text)
            kinds.append(t.kind)
    return pa.table({"doc": doc, "start": starts, "end": ends, "text": toks_text, "kind": pa.array(kinds).dictionary_encode()})


def getters_table(texts: list[str], threads: int) -> pa.Table:
    doc, starts, ends, toks_text, kinds = [], [], [], [], []
    for i, toks in enumerate(dhad.tokenize_batch(texts, threads=threads)):
        doc.extend([i] * len(toks))
        starts.extend(toks.starts)
        ends.extend(toks.ends)
        toks_text.extend(toks.texts)
        kinds.extend(toks.kinds)
    return pa.table({"doc": doc, "start": starts, "end": ends, "text": toks_text, "kind": pa.array(kinds).dictionary_encode()})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of UTF-8 (default 20)")
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--cpu", action="store_true", help="time with process CPU time (steadier on a busy machine; sums threads)"
    )
    args = ap.parse_args()

    clock = time.process_time if args.cpu else time.perf_counter
    texts = corpus(args.mb)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    series = pd.Series(texts)
    n_tokens = dhad.arrow.analyze_table(texts, norm=False).num_rows
    print(f"corpus: {len(texts):,} documents, {nbytes / 1e6:.1f} MB, {n_tokens:,} tokens; best of {args.repeat}, {'CPU' if args.cpu else 'wall-clock'} time")

    cases = [
        ("tokenize_batch only (no table)", lambda th: dhad.tokenize_batch(texts, threads=th)),
        ("objects: a Token per token -> Arrow", lambda th: objects_table(texts, th)),
        ("Tokens column getters -> Arrow", lambda th: getters_table(texts, th)),
        ("columnar analyze_table(norm=False)", lambda th: dhad.arrow.analyze_table(texts, norm=False, threads=th)),
        ("columnar analyze_table (with norm)", lambda th: dhad.arrow.analyze_table(texts, threads=th)),
        ("pandas Series.dhad.tokens()", lambda th: series.dhad.tokens(threads=th)),
    ]
    header = f"{'path':40}" + "".join(f"{f'{th} thread' + ('s' if th > 1 else ''):>14}" for th in args.threads)
    print(header)
    print("-" * len(header))
    for name, fn in cases:
        row = f"{name:40}"
        for th in args.threads:
            best = float("inf")
            for _ in range(args.repeat):
                t0 = clock()
                result = fn(th)
                best = min(best, clock() - t0)
                del result
            row += f"{nbytes / 1e6 / best:>9.1f} MB/s"
        print(row, flush=True)


if __name__ == "__main__":
    main()
