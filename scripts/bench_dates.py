#!/usr/bin/env python3
"""Throughput of dhad.extract_dates_batch on one core, on news text.

Uses the ANERcorp sentences in ../shared/eval/anercorp_train.jsonl (newswire) when present,
else the project's examples/news.txt, repeated to about 20 MB.

    python scripts/bench_dates.py [--mb 20]
"""
from __future__ import annotations

import argparse
import json
import time
from datetime import datetime
from pathlib import Path

import dhad

ROOT = Path(__file__).resolve().parent.parent


def corpus(mb: float) -> list[str]:
    texts: list[str] = []
    for p in [ROOT / "../shared/eval/anercorp_train.jsonl", ROOT / "../../shared/eval/anercorp_train.jsonl"]:
        if p.exists():
            rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]
            # documents of ~20 sentences, like news articles
            sents = [" ".join(r["tokens"]) for r in rows]
            texts = [" ".join(sents[i:i + 20]) for i in range(0, len(sents), 20)]
            break
    if not texts:
        texts = [(ROOT / "examples/news.txt").read_text(encoding="utf-8")]
    out, size = [], 0
    while size < mb * 1e6:
        for t in texts:
            out.append(t)
            size += len(t.encode())
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20)
    args = ap.parse_args()
    texts = corpus(args.mb)
    size = sum(len(t.encode()) for t in texts)
    ref = datetime(2024, 3, 20, 10)
    dhad.extract_dates_batch(texts[:50], reference=ref, threads=1)
    t0, c0 = time.perf_counter(), time.process_time()
    res = dhad.extract_dates_batch(texts, reference=ref, threads=1)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    n = sum(len(r) for r in res)
    # one thread runs on the calling thread, so process CPU time is that core's time (robust when
    # the machine is shared); wall time is printed too
    print(f"extract_dates_batch, 1 thread: {size / 1e6:.1f} MB, CPU {dc:.2f} s = {size / 1e6 / dc:.1f} MB/s per core "
          f"(wall {dt:.2f} s = {size / 1e6 / dt:.1f} MB/s; {len(texts)} texts, {n} mentions)")


if __name__ == "__main__":
    main()
