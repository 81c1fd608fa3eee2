#!/usr/bin/env python3
"""Look for leaks: call every public dhad function 10^6 times on small texts and 10^3 times on
1 MB texts, and report the resident set size (RSS) before and after, and the number of live
Python objects. A leak of even 100 bytes per call shows as ~100 MB after 10^6 calls.

Usage:
    python scripts/memory.py                        # 10^6 small + 10^3 large calls per function
    python scripts/memory.py --small 100000 --large 100 --only tokenize
    python scripts/memory.py --one-long 8           # peak memory of one call on one 8 MB text

--one-long MB joins the benchmark corpus's news paragraphs (bench/compare.py) into one string
of about MB megabytes and reports, for each function, the growth of the peak RSS of one call
on it, results included, each function in a fresh process (docs/RELIABILITY.md, "One long
text").

Each function is warmed up first (pools, caches, interned strings), then measured; results are
dropped at once. Functions of areas not in the build yet are skipped until dhad exports them.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from typing import Callable

import dhad

SMALL = [
    "أَهْلاً بِكُمْ ١٢٣",
    "وصل 3,500 لاجئ إلى #حلب يوم 15 رمضان 1445 هـ.",
    "زار الرئيس بغداد. ثم غادر!",
    "ﻻ بأس 👍🏽 info@example.org",
    "ثلاثة آلاف وخمسمائة",
]
LARGE_UNIT = "قال د. أحمد إن 3,500 لاجئ وصلوا إلى #حلب في ١٥ رمضان ١٤٤٥ هـ، ثم غادروا إلى بيروت. 👍 "


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def functions() -> dict[str, Callable[[str], object]]:
    norm = dhad.Normalizer("search")
    fns: dict[str, Callable[[str], object]] = {
        "normalize": dhad.normalize,
        "normalize(display)": lambda t: dhad.normalize(t, "display"),
        "normalize_aligned": norm.normalize_aligned,
        "normalize_batch": lambda t: dhad.normalize_batch([t]),
        "tokenize (+ tokens)": lambda t: list(dhad.tokenize(t)),
        "tokenize(...).texts": lambda t: dhad.tokenize(t).texts,
        "tokenize_batch": lambda t: dhad.tokenize_batch([t]),
        "sentences": dhad.sentences,
        "sentences_batch": lambda t: dhad.sentences_batch([t]),
        "analyze": dhad.analyze,
        "analyze(...).to_dict()": lambda t: dhad.analyze(t).to_dict(),
    }
    optional = {
        "segment": lambda t: [dhad.segment(w) for w in t.split()[:3]],
        "tokenize(clitics=True)": lambda t: [x.segments for x in dhad.tokenize(t, clitics=True)],
        "parse_number": lambda t: _swallow(dhad.parse_number, t),
        "extract_numbers": lambda t: dhad.extract_numbers(t),
        "extract_numbers_batch": lambda t: dhad.extract_numbers_batch([t]),
        "extract_entities": lambda t: dhad.extract_entities(t),
        "extract_entities_batch": lambda t: dhad.extract_entities_batch([t]),
        "extract_dates": lambda t: dhad.extract_dates(t),
        "extract_dates_batch": lambda t: dhad.extract_dates_batch([t]),
    }
    needs = {"tokenize(clitics=True)": "segment"}
    for name, fn in optional.items():
        if hasattr(dhad, needs.get(name, name)):
            fns[name] = fn
    return fns


def _swallow(fn, t):
    try:
        return fn(t)
    except dhad.DhadError:
        return None


def measure(fn: Callable[[str], object], texts: list[str], calls: int) -> tuple[float, float, int, float]:
    """(RSS before, RSS after, change in live objects, seconds) for `calls` calls over `texts`."""
    for t in texts * 3:  # warm-up
        fn(t)
    gc.collect()
    objs0 = len(gc.get_objects())
    before = rss_mb()
    t0 = time.perf_counter()
    n = len(texts)
    for i in range(calls):
        fn(texts[i % n])
    dt = time.perf_counter() - t0
    gc.collect()
    after = rss_mb()
    return before, after, len(gc.get_objects()) - objs0, dt


ONE_LONG = {
    "extract_dates": "dhad.extract_dates",
    "tokenize": "dhad.tokenize",
    "extract_numbers": "dhad.extract_numbers",
    "extract_entities": "dhad.extract_entities",
    "analyze": "dhad.analyze",
}


def one_long(mb: float, only: str) -> int:
    """Peak RSS growth of one call on one long text, each function in a fresh process."""
    import subprocess
    from pathlib import Path

    bench = Path(__file__).resolve().parent.parent / "bench"
    print(f"| function | text MB | peak RSS growth MB | × the text | seconds |\n|---|---:|---:|---:|---:|")
    for name, fn in ONE_LONG.items():
        if only and not any(k.strip() in name for k in only.split(",")):
            continue
        code = f"""
import sys, time
sys.path.insert(0, {str(bench)!r})
from compare import corpus
import dhad
def hwm():
    with open('/proc/self/status') as f:
        return next(int(l.split()[1]) for l in f if l.startswith('VmHWM:')) / 1024
text = " ".join(corpus({mb}))
{fn}("تمهيد في باريس يوم 5 مايو")
before = hwm()
t0 = time.perf_counter()
r = {fn}(text)
dt = time.perf_counter() - t0
print(len(text.encode()) / 1e6, hwm() - before, dt)
"""
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        size, grew, dt = map(float, out.stdout.split())
        print(f"| {name} | {size:.2f} | {grew:.0f} | {grew / size:.0f} | {dt:.2f} |", flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=1_000_000, help="calls on small texts (default 10^6)")
    ap.add_argument("--large", type=int, default=1_000, help="calls on 1 MB texts (default 10^3)")
    ap.add_argument("--only", default="", help="comma-separated substrings of function names")
    ap.add_argument("--one-long", type=float, default=0, metavar="MB",
                    help="peak memory of one call on one text of MB megabytes instead")
    args = ap.parse_args()
    if args.one_long:
        return one_long(args.one_long, args.only)

    fns = functions()
    if args.only:
        keys = [k.strip() for k in args.only.split(",")]
        fns = {n: f for n, f in fns.items() if any(k in n for k in keys)}
    large = [LARGE_UNIT * ((1 << 20) // len(LARGE_UNIT.encode()))]
    print(f"dhad {dhad.__version__}, Python {sys.version.split()[0]}; large text {len(large[0].encode()) / 2**20:.2f} MB")
    print("\n| function | calls | text | RSS before MB | RSS after MB | growth MB | live objects Δ | seconds |")
    print("|---|---|---|---|---|---|---|---|")
    small_only = {"analyze(...).to_dict()"}  # a dict per token: 1 s per MB, pure Python
    for name, fn in fns.items():
        for label, texts, calls in (("small", SMALL, args.small), ("1 MB", large, args.large)):
            if calls <= 0 or (label != "small" and name in small_only):
                continue
            b, a, dobj, dt = measure(fn, texts, calls)
            print(f"| {name} | {calls:,} | {label} | {b:.1f} | {a:.1f} | {a - b:+.1f} | {dobj:+d} | {dt:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
