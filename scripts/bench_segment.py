#!/usr/bin/env python3
"""Throughput of clitic segmentation on one core (thread CPU time): tokenize_batch(clitics=True) in MB/s (with and
without reading every Token.segments), tokenize_batch without clitics for comparison, and
segment_batch in words/s. Text: examples/news.txt repeated to about 8 MB, in lines.

Usage: python scripts/bench_segment.py [FILE]   (a UTF-8 text, one document per line; default
examples/news.txt. Varied text such as the ANERcorp sentences is the honest measure: a small
repeated text keeps every lexicon lookup in cache.)
"""
import os
import sys
import time

import dhad

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best_of(n, f):
    """Best CPU time of this thread over n runs (threads=1 runs on the calling thread; CPU
    time is far less disturbed than wall time on a shared machine)."""
    best = float("inf")
    for _ in range(n):
        t0 = time.thread_time()
        f()
        best = min(best, time.thread_time() - t0)
    return best


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "examples", "news.txt")
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    lines = [l for l in text.splitlines() if l.strip()]
    reps = max(1, (8 << 20) // max(1, len(text.encode())))
    texts = lines * reps
    mb = sum(len(t.encode()) for t in texts) / 1e6

    t_plain = best_of(3, lambda: dhad.tokenize_batch(texts, threads=1))
    t_clit = best_of(3, lambda: dhad.tokenize_batch(texts, clitics=True, threads=1))
    print(f"text: {os.path.basename(path)} x{reps}, {mb:.1f} MB in {len(texts)} lines")
    print(f"tokenize_batch(threads=1):               {mb / t_plain:7.1f} MB/s")
    print(f"tokenize_batch(clitics=True, threads=1): {mb / t_clit:7.1f} MB/s")

    sub = texts[: max(1, len(texts) // 8)]
    sub_mb = sum(len(t.encode()) for t in sub) / 1e6

    def touch():
        for toks in dhad.tokenize_batch(sub, clitics=True, threads=1):
            for t in toks:
                t.segments

    t_touch = best_of(2, touch)
    print(f"  ... and reading every Token.segments:  {sub_mb / t_touch:7.1f} MB/s")

    words = [w for t in texts[: max(len(lines), 20000)] for w in t.split()]
    t_seg = best_of(3, lambda: dhad.segment_batch(words, threads=1))
    print(f"segment_batch(threads=1): {len(words) / t_seg:,.0f} words/s (Python objects included)")


if __name__ == "__main__":
    main()
