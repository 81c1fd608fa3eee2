#!/usr/bin/env python3
"""Score dhad's clitic segmentation on the UD Arabic-PUD gold segments.

Reads ../shared/eval/ud_pud_ar_segments.jsonl (relative to the repository root; see that
folder's README: ATB convention, the article ال stays on its noun). dhad splits the article
off, so its ال (and the single ل the article becomes after the preposition ل) is merged back
into the stem before comparing. Exits 0 with a message when the file is absent.

Reports word accuracy over all Arabic words and over the words the gold splits, precision and
recall of split points, with counts, and the first misses.

Usage: python scripts/eval_segments.py [--misses N] [--path FILE]
"""
import argparse
import json
import os
import sys
import time

import dhad

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "ud_pud_ar_segments.jsonl"
# ../shared/eval relative to the repository root; DHAD_EVAL_DIR overrides it (a git worktree
# one level deeper finds it at ../../shared/eval).
CANDIDATES = [
    os.path.join(os.environ.get("DHAD_EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval")), NAME),
    os.path.join(ROOT, "..", "..", "shared", "eval", NAME),
]
DEFAULT = next((p for p in CANDIDATES if os.path.exists(p)), CANDIDATES[0])


def is_arabic(word):
    return any("\u0621" <= c <= "\u064a" or c == "\u0671" for c in word)


def letters(piece):
    """The Arabic letters of a piece (tatweel, U+0640, inside that range, is no letter: "الـ" is
    the article)."""
    return "".join(c for c in piece if ("\u0621" <= c <= "\u064a" and c != "\u0640") or c == "\u0671")


def atb_pieces(seg):
    """dhad's pieces with the article merged back into the stem (the gold's convention)."""
    prefixes = list(seg.prefixes)
    article = None
    for i, p in enumerate(prefixes):
        l = letters(p)
        if l == "ال" or (l == "ل" and i > 0 and "ل" in prefixes[i - 1]):
            article = i
            break
    out = prefixes if article is None else prefixes[:article]
    stem = ("".join(prefixes[article:]) if article is not None else "") + seg.stem
    if stem:
        out = out + [stem]
    return out + list(seg.suffixes)


def cuts(pieces):
    out, at = set(), 0
    for p in pieces[:-1]:
        at += len(p)
        out.add(at)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--path", default=DEFAULT)
    ap.add_argument("--misses", type=int, default=30, help="how many misses to print")
    args = ap.parse_args()
    if not os.path.exists(args.path):
        print(f"{args.path} not found; skipping the segmentation evaluation.")
        return 0

    golds = []
    with open(args.path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for pieces in row["words"]:
                word = "".join(pieces)
                if is_arabic(word):
                    golds.append((word, pieces))

    t0 = time.perf_counter()
    segs = dhad.segment_batch([w for w, _ in golds], threads=1)
    dt = time.perf_counter() - t0

    n = ok = n_seg = ok_seg = tp = fp = fn = 0
    misses = []
    for (word, gold), seg in zip(golds, segs):
        ours = atb_pieces(seg)
        gc, oc = cuts(gold), cuts(ours)
        tp += len(gc & oc)
        fp += len(oc - gc)
        fn += len(gc - oc)
        right = ours == gold
        n += 1
        ok += right
        if len(gold) > 1:
            n_seg += 1
            ok_seg += right
        if not right:
            misses.append((word, "+".join(gold), "+".join(ours)))

    pct = lambda a, b: 100.0 * a / b if b else 0.0
    print(f"UD Arabic-PUD segments ({os.path.basename(args.path)}), ATB convention")
    print(f"  Arabic words:          {n:6d}  accuracy {pct(ok, n):6.2f}%  ({ok} right, {n - ok} wrong)")
    print(f"  gold-segmented words:  {n_seg:6d}  accuracy {pct(ok_seg, n_seg):6.2f}%  ({ok_seg} right)")
    print(
        f"  split points: precision {pct(tp, tp + fp):6.2f}%  recall {pct(tp, tp + fn):6.2f}%"
        f"  (tp {tp}, fp {fp}, fn {fn})"
    )
    print(f"  segment_batch, one thread: {n / dt:,.0f} words/s")
    if misses and args.misses:
        print(f"first {min(args.misses, len(misses))} of {len(misses)} misses (word, gold, dhad):")
        for m in misses[: args.misses]:
            print("  " + "\t".join(m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
