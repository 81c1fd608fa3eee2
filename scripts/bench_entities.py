#!/usr/bin/env python3
"""Throughput of dhad.extract_entities_batch on news text, on one thread and on all threads.

Two corpora:
- default: the sentences of examples/news.txt (written by this project) and, when present, the
  ANERcorp train split of ../shared/eval (news; read, never copied), repeated to about MB
  megabytes in paragraphs of ~10 sentences;
- --sentences: every ANERcorp train sentence as its own text, once (the shortest texts, so the
  per-text cost shows; skipped cleanly when the data is absent).

Each figure is the best of --repeat calls after a warm-up call.

Usage: python scripts/bench_entities.py [MB] [--sentences] [--repeat N]
"""
import argparse
import json
import sys
import time
from pathlib import Path

import dhad

ROOT = Path(__file__).resolve().parent.parent


def anercorp() -> list[str]:
    """The ANERcorp train sentences as text, or [] when the data is absent."""
    for up in (ROOT.parent, ROOT.parent.parent):
        p = up / "shared" / "eval" / "anercorp_train.jsonl"
        if p.exists():
            with open(p, encoding="utf-8") as f:
                return [" ".join(json.loads(line)["tokens"]) for line in f]
    return []


def paragraphs(mb: float) -> list[str]:
    text = (ROOT / "examples" / "news.txt").read_text(encoding="utf-8")
    lines = [l for l in text.splitlines() if l.strip()] + anercorp()
    paras = [" ".join(lines[i:i + 10]) for i in range(0, len(lines), 10)]
    out, size = [], 0
    while size < mb * 1e6:
        for p in paras:
            out.append(p)
            size += len(p.encode("utf-8"))
    return out


NAMES = ["PER", "LOC", "ORG", "MISC"]


def best_of(texts: list[str], threads, repeat: int, labels=None) -> tuple[float, int]:
    """The shortest time of `repeat` calls, and the number of entities found."""
    best, n = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        res = dhad.extract_entities_batch(texts, threads=threads, labels=labels)
        best = min(best, time.perf_counter() - t0)
        n = sum(len(r) for r in res)
    return best, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mb", nargs="?", type=float, default=8.0, help="size of the default corpus")
    ap.add_argument("--sentences", action="store_true", help="ANERcorp sentences, one text each")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if args.sentences:
        texts = anercorp()
        if not texts:
            print("skipped: ../shared/eval/anercorp_train.jsonl is absent")
            return 0
        what = f"{len(texts):,} ANERcorp sentences"
    else:
        texts = paragraphs(args.mb)
        what = f"{len(texts):,} paragraphs"
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    dhad.extract_entities_batch(texts, threads=1)  # warm-up: builds the recognizer
    for threads, labels in ((1, None), (None, None), (1, NAMES)):
        dt, n = best_of(texts, threads, args.repeat, labels)
        only = ", names only (no date search)" if labels else ""
        print(f"threads={threads or 'all'}{only}: {nbytes / dt / 1e6:.1f} MB/s, {n / dt:,.0f} entities/s "
              f"({what}, {nbytes / 1e6:.2f} MB, {n} entities, best of {args.repeat}: {dt:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
