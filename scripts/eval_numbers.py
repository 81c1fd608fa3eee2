#!/usr/bin/env python3
"""Evaluate dhad's numbers against Duckling's Arabic corpus (../shared/eval/duckling_ar.jsonl).

Run from the repository root with the package installed:  python scripts/eval_numbers.py [--misses N]

- numeral, numeral_eg: ``dhad.parse_number(text)`` must equal the expected value.
- ordinal: ``dhad.extract_numbers(text)`` must give one mention covering the whole text, with
  kind "ordinal" and the expected value.
- money, quantity, temperature, volume, duration: ``extract_numbers(text)`` must give one mention
  covering the whole text (for quantity rows with a product, the text up to " من <product>")
  with the expected value and unit. Duckling's units are compared with our ``unit_norm``
  through a fixed table (below) that also converts scale (kg → 1000 Gram); Duckling's generic
  "Degree" accepts deg, C or F. Ranges ("between") are checked through ``value``/``range_end``;
  bounds ("under", "above") through ``approx`` (under: less_than/at_most, above:
  more_than/at_least).
- time rows are the dates engineer's and are skipped.

Exits 0 with a message when the data file is absent. Reports counts and accuracy per
dimension and prints the first misses.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# ../shared/eval relative to the repository root (also one level up, for git worktrees kept
# under a sibling folder); DHAD_EVAL_DIR overrides.
_CANDIDATES = [
    os.environ.get("DHAD_EVAL_DIR", ""),
    os.path.join(ROOT, "..", "shared", "eval"),
    os.path.join(ROOT, "..", "..", "shared", "eval"),
]
DATA = next(
    (os.path.join(d, "duckling_ar.jsonl") for d in _CANDIDATES if d and os.path.exists(os.path.join(d, "duckling_ar.jsonl"))),
    os.path.join(ROOT, "..", "shared", "eval", "duckling_ar.jsonl"),
)

# Duckling unit -> {our unit_norm: factor to multiply our value by}
UNITS = {
    "Dollar": {"USD": 1},
    "Cent": {"cent": 1},
    "EUR": {"EUR": 1},
    "Pound": {"pound": 1, "EGP": 1, "GBP": 1},
    "GBP": {"GBP": 1},
    "KWD": {"KWD": 1},
    "LBP": {"LBP": 1},
    "EGP": {"EGP": 1},
    "QAR": {"QAR": 1},
    "SAR": {"SAR": 1},
    "JOD": {"JOD": 1},
    "ILS": {"ILS": 1},
    "Second": {"second": 1},
    "Minute": {"minute": 1},
    "Hour": {"hour": 1},
    "Day": {"day": 1},
    "Week": {"week": 1},
    "Month": {"month": 1},
    "Year": {"year": 1},
    "Gram": {"g": 1, "kg": 1000, "mg": 0.001},
    "Ounce": {"oz": 1},
    "Cup": {"cup": 1},
    "Celsius": {"C": 1},
    "Fahrenheit": {"F": 1},
    "Degree": {"deg": 1, "C": 1, "F": 1},
    "Millilitre": {"ml": 1},
    "Litre": {"l": 1},
    "Gallon": {"gal": 1},
    "Hectolitre": {"hl": 1},
}

BOUNDS = {"under": {"less_than", "at_most"}, "above": {"more_than", "at_least"}}


def close(a, b) -> bool:
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def check_quantity(dhad, row, bare_units=False):
    text = row["text"]
    target = text
    if row.get("product"):
        cut = text.rfind(" من ")
        if cut > 0:
            target = text[:cut]
    ms = dhad.extract_numbers(text, bare_units=bare_units)
    whole = [m for m in ms if m.start == 0 and m.end == len(target)]
    if not whole:
        return False, ms
    m = whole[0]
    expr = row["expr"]
    if row.get("value") is not None:
        unit = row.get("unit")
        factors = UNITS.get(unit, {})
        f = factors.get(m.unit_norm)
        if f is None:
            return False, ms
        ok = close(m.value * f, row["value"]) and m.range_end is None
        return ok, ms
    # Intervals written in the expr: between Dollar (10, 20) / under EUR 7 / above Dollar 3.42
    g = re.match(r"between (\w+) \(([\d.]+), ([\d.]+)\)", expr)
    if g:
        unit, lo, hi = g.group(1), float(g.group(2)), float(g.group(3))
        f = UNITS.get(unit, {}).get(m.unit_norm)
        return (f is not None and close(m.value * f, lo) and close((m.range_end or 0) * f, hi)), ms
    g = re.match(r"(under|above) (\w+) ([\d.]+)", expr)
    if g:
        kind, unit, v = g.group(1), g.group(2), float(g.group(3))
        f = UNITS.get(unit, {}).get(m.unit_norm)
        return (f is not None and close(m.value * f, v) and m.approx in BOUNDS[kind]), ms
    return False, ms


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", type=int, default=40, help="how many misses to print per dimension")
    args = ap.parse_args()
    if not os.path.exists(DATA):
        print(f"skipped: {os.path.normpath(DATA)} is absent (gold data lives outside the repository)")
        return 0
    try:
        import dhad
    except ImportError:
        print("skipped: the dhad Python module is not installed (maturin develop)")
        return 0

    rows = [json.loads(line) for line in open(DATA, encoding="utf-8") if line.strip()]
    evaluate(dhad, rows, args, bare_units=False)
    print("\nwith extract_numbers(..., bare_units=True) (a lone unit noun counts one, as in Duckling):")
    evaluate(dhad, rows, args, bare_units=True, only=QUANTITY_DIMS)
    return 0


QUANTITY_DIMS = ["money", "quantity", "temperature", "volume", "duration"]


def evaluate(dhad, rows, args, bare_units, only=None):
    total = defaultdict(int)
    good = defaultdict(int)
    misses = defaultdict(list)
    for row in rows:
        dim = row["dimension"]
        if dim == "time" or (only and dim not in only):
            continue
        text = row["text"]
        total[dim] += 1
        if dim in ("numeral", "numeral_eg"):
            try:
                got = dhad.parse_number(text)
            except dhad.DhadError as e:
                got = f"error: {e}"
            ok = not isinstance(got, str) and close(got, row["value"])
        elif dim == "ordinal":
            ms = dhad.extract_numbers(text)
            ok = len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(text) and ms[0].kind == "ordinal" and ms[0].value == row["value"]
            got = ms
        else:
            ok, got = check_quantity(dhad, row, bare_units)
        if ok:
            good[dim] += 1
        else:
            misses[dim].append((text, row["expr"], got))

    print(f"{'dimension':<12} {'correct':>8} {'total':>6} {'accuracy':>9}")
    all_t = all_g = 0
    for dim in only or ["numeral", "numeral_eg", "ordinal"] + QUANTITY_DIMS:
        t, g = total[dim], good[dim]
        all_t += t
        all_g += g
        if t:
            print(f"{dim:<12} {g:>8} {t:>6} {100.0 * g / t:>8.1f}%")
    print(f"{'all':<12} {all_g:>8} {all_t:>6} {100.0 * all_g / max(all_t, 1):>8.1f}%")
    for dim, ms in misses.items():
        print(f"\nmisses in {dim} ({len(ms)}):")
        for text, expr, got in ms[: args.misses]:
            print(f"  {text!r}  expected {expr}  got {got!r}")


if __name__ == "__main__":
    sys.exit(main())
