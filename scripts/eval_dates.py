#!/usr/bin/env python3
"""Score dhad.extract_dates on the `time` rows of ../shared/eval/duckling_ar.jsonl.

Duckling's reference "now" is Tuesday 2013-02-12 04:30:00 at UTC-2. A row counts when the
longest mention we find has Duckling's value and grain (for a point) or its start and end (for
an interval). Skips cleanly (exit 0) when the file is absent.

    python scripts/eval_dates.py [--misses N]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/eval relative to the repository root, one level up for a git worktree kept under a
# sibling folder; DHAD_EVAL_DIR overrides both, as in eval_numbers.py and eval_segments.py.
CANDIDATES = [
    *([Path(os.environ["DHAD_EVAL_DIR"]) / "duckling_ar.jsonl"] if os.environ.get("DHAD_EVAL_DIR") else []),
    ROOT / "../shared/eval/duckling_ar.jsonl",
    ROOT / "../../shared/eval/duckling_ar.jsonl",
]


def parse_expr(expr: str):
    """(start, end or None, grain) of a Duckling expected value."""
    nums = [int(x) for x in re.findall(r"-?\d+", expr.split('"')[0])]
    grain_word = expr.rsplit(")", 1)[1].split()[0].lower()
    interval = expr.startswith("datetimeInterval") or expr.startswith("datetimeIntervalHoliday")
    start = datetime(*nums[0:6])
    end = datetime(*nums[6:12]) if interval else None
    return start, end, grain_word


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", type=int, default=20, help="how many misses to print")
    args = ap.parse_args()
    path = next((p for p in CANDIDATES if p.exists()), None)
    if path is None:
        print("skipped: ../shared/eval/duckling_ar.jsonl not found")
        return 0
    import dhad

    reference = datetime(2013, 2, 12, 4, 30, 0, tzinfo=timezone(timedelta(hours=-2)))
    total = ok = 0
    misses = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("dimension") != "time":
            continue
        total += 1
        start, end, grain = parse_expr(row["expr"])
        found = dhad.extract_dates(row["text"], reference=reference)
        best = max(found, key=lambda m: m.end - m.start, default=None)
        good = False
        if best is not None and best.value is not None:
            v = best.value.replace(tzinfo=None)
            e = best.end_value.replace(tzinfo=None) if best.end_value is not None else None
            if end is None:
                good = v == start and e is None and best.grain == grain
            else:
                good = v == start and e == end
        if good:
            ok += 1
        else:
            got = None if best is None else (best.text, best.value, best.grain, best.end_value)
            misses.append((row["text"], row["expr"], got))
    print(f"duckling_ar time rows: {ok}/{total} correct = {100.0 * ok / max(total, 1):.1f}% accuracy")
    for text, expr, got in misses[: args.misses]:
        print(f"  MISS {text!r}\n       expected {expr}\n       got      {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
