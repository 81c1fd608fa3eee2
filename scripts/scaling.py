#!/usr/bin/env python3
"""Time every public dhad function on 1, 2, 4, 8 MB single-line hostile inputs.

Each input is built to provoke backtracking or quadratic behaviour (all digits, all "و",
"وثلاثة" repeated, one 8 MB word, a million diacritics on one letter, only punctuation, only
emoji, ligatures, joiners, URL and e-mail look-alikes, ...). For every (function, input) the
script prints the seconds at each size, the ratio per doubling (a linear function stays near 2x)
and the exponent k of time ~ size^k from the smallest to the largest size (1 linear, 2 quadratic). A step slower than --budget seconds stops that row (marked ">"): a quadratic function would
otherwise run for hours.

Times are user CPU seconds of this process, not wall-clock: the machines here are 2 shared
cores, often with a load of 10, and wall time then measures the neighbours. Every call below
runs on one thread (one text per call), so CPU time is the work done. Kernel time is left out:
backing fresh memory the first time a process reaches a new high-water mark (zeroing huge
pages) cost 1.0 s of system time at 2 MB and 1.6 s at 8 MB for calls whose user time was 0.13
and 0.50 s, and none on the same calls repeated, so it measures the process's history, not the
algorithm (where `resource` is missing, on Windows, time.process_time is used).

Usage:
    python scripts/scaling.py                       # everything, markdown table on stdout
    python scripts/scaling.py --only tokenize --inputs digits,waw
    python scripts/scaling.py --sizes 0.25,0.5,1,2  # quicker
    python scripts/scaling.py --json out.json

Functions of areas not in the build (numbers, segment, entities, dates) are skipped; they join
the table as soon as `dhad` exports them.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import sys
import time
from typing import Callable

import dhad

MB = 1 << 20


def repeat_to(unit: str, nbytes: int) -> str:
    """`unit` repeated to about `nbytes` bytes of UTF-8."""
    per = len(unit.encode("utf-8"))
    return unit * max(1, nbytes // per)


# name -> (unit repeated, or a function of the size in bytes)
INPUTS: dict[str, Callable[[int], str]] = {
    "digits": lambda n: repeat_to("1", n),
    "arabic_digits": lambda n: repeat_to("٩", n),
    "digit_separators": lambda n: repeat_to("1,", n),
    "waw": lambda n: repeat_to("و", n),
    "waw_thalatha": lambda n: repeat_to("وثلاثة", n),
    "one_word": lambda n: repeat_to("كتبها", n),
    "diacritics_1M": lambda n: "ب" + repeat_to("\u064e", n - 2),
    "mixed_marks": lambda n: "ا" + repeat_to("\u0654\u0301\u0655\u0316", n - 2),
    "punctuation": lambda n: repeat_to(".،!؟:", n),
    "dots": lambda n: repeat_to(".", n),
    "emoji": lambda n: repeat_to("👍", n),
    "emoji_zwj": lambda n: repeat_to("👩\u200d", n),
    "lam_alef_ligature": lambda n: repeat_to("ﻻ", n),
    "joiners": lambda n: repeat_to("ا\u200d\u200f", n),
    "controls_then_mark": lambda n: repeat_to("\u200f", n - 2) + "\u0654",
    "letter_control_mark": lambda n: repeat_to("ب\u200f\u064e\u0640", n),
    "ligature_marks": lambda n: repeat_to("ﻻ\u0654\u0301", n),
    "spaces": lambda n: repeat_to(" \u00a0\n", n),
    "words": lambda n: repeat_to("كتب الطالب ", n),
    "thousand_words": lambda n: repeat_to("ألف ", n),
    "billion_words": lambda n: repeat_to("مليار ", n),
    "url_no_space": lambda n: repeat_to("http://a", n),
    "email_like": lambda n: repeat_to("a@b", n),
    "email_local": lambda n: repeat_to("a.", n),
    "hashtags": lambda n: repeat_to("#ا", n),
    "mention_digits": lambda n: repeat_to("@1_", n),
    "keycaps": lambda n: repeat_to("1\ufe0f\u20e3", n),
    "scaled_ranges": lambda n: repeat_to("بين 5 و7 ملايين ", n),
    "list_items": lambda n: repeat_to("1. \n", n),
    "dotted_currency": lambda n: repeat_to("5 ر.س ", n),
    "clock_chain": lambda n: repeat_to("12:30:", n),
    "url_glued_arabic": lambda n: repeat_to("www.aو.", n),
    "date_chain": lambda n: repeat_to("2023/11/05/", n),
    "spaced_date_chain": lambda n: repeat_to("5 / 1 / ", n),
    "dotted_dates": lambda n: repeat_to("05.11.2023.", n),
    "shifted_dates": lambda n: repeat_to("قبل عيد الفطر بيوم عشية ", n),
    "counted_from": lambda n: repeat_to("قبل أسبوع من بعد يومين على ", n),
    "leading_zeros": lambda n: "0" + repeat_to("0", n - 1),
    "currency_words": lambda n: repeat_to("دولار ", n),
    "preposition_names": lambda n: repeat_to("بوتين ببايدن ", n),
    "clitic_long_names": lambda n: repeat_to("وتنظيم الدولة وتنظيم ", n),
    "elongation": lambda n: repeat_to("الرياااض يئيئيئ ", n),
    "one_elongated_word": lambda n: repeat_to("ييئ", n),
    "abbreviations": lambda n: repeat_to("د. ", n),
    "open_parens": lambda n: repeat_to("(http://", n),
    "latin": lambda n: repeat_to("don't ", n),
    "cjk": lambda n: repeat_to("中", n),
    "phone_groups": lambda n: repeat_to("+1 2-3 4 ", n),
    # ranges without a frame (a hedge, إلى/أو, a scale at the end), designations, wishes and
    # Arabic e-mail local parts, chained without end
    "unframed_ranges": lambda n: repeat_to("نحو 3 إلى 4 أو 5 آلاف ", n),
    "designations": lambda n: repeat_to("كوفيد-19 إف-16G20USD100 ", n),
    "wishes": lambda n: repeat_to("ألف ألف مبروك ", n),
    "arabic_emails": lambda n: repeat_to("عبدالله@a.b@c.d", n),
    "zero_groups": lambda n: repeat_to("01 012 0123-", n),
    "night_pairs": lambda n: repeat_to("ليلة الخميس الجمعة/", n),
    "last_of_period": lambda n: repeat_to("الأيام العشرة الأخيرة من العشر الأواخر من ", n),
    "ordinal_hours": lambda n: repeat_to("الساعات الأولى الثانية بعد منتصف ", n),
    "seasons": lambda n: repeat_to("صيف الصيف الماضي هذا الشتاء شتاء العام ربيع ", n),
    "decade_words": lambda n: repeat_to("العقد الأول من القرن العقد الماضي مطلع القرن ", n),
    "year_counts": lambda n: repeat_to("الفترة 2019 - 2020 - منذ 2020 حالة في 2005، عام 48 ", n),
    "name_heads": lambda n: repeat_to("بملعب 5 جويلية وثورة 25 يناير 2011 حرب أكتوبر ", n),
    "feast_days": lambda n: repeat_to("ثاني أيام عيد الفطر أول أيام رمضان المقبل اليوم الثاني من ", n),
    "two_years": lambda n: repeat_to("شتاء 2023-2024 موسم 2023/24 - 2025 عامي 2022 و2023 و", n),
    "weekday_dates": lambda n: repeat_to("الاثنين 17 مارس 2024 الثلاثاء 1 رمضان 1445 هـ الأحد - ", n),
    "hour_tens": lambda n: repeat_to("الساعة الثالثة وعشرين دقيقة الآن 10:30 الثالثة وعشرين ", n),
    # dotted versions (one chain without end, and thousands that turn into one), phone pairs,
    # thousands before a larger scale, Maghrebi dates and clocks after "على"/"عند"
    "dotted_chain": lambda n: repeat_to("1.22.", n),
    "dotted_thousands": lambda n: "1" + repeat_to(".000", n - 3) + ".5",
    "phone_pairs": lambda n: repeat_to("05 22 33 44 ", n),
    "thousands_of_millions": lambda n: repeat_to("ثلاثة آلاف وخمسمائة مليون ألف ", n),
    "latin_versions": lambda n: "v" + repeat_to("1.2.", n - 1),
    "bullets": lambda n: repeat_to("\n• \n- 1) \n-5 ", n),
    "maghrebi_dates": lambda n: repeat_to("فاتح يوليوز على الساعة عند التاسعة بعد الزوال يوم الاثنين ", n),
    "one_after_noun_and_million": lambda n: repeat_to("هدف واحد الواحد 1.5 م دولار وصل 21 بحلول 2030 اليوم التالي ", n),
}


def entry_points() -> dict[str, Callable[[str], object]]:
    """Every public function, as a callable of one text. Batch twins get a one-item list."""
    search = dhad.Normalizer("search")
    every = dhad.Normalizer("search", punctuation=True, digits="arabic")
    fns: dict[str, Callable[[str], object]] = {
        "normalize(search)": dhad.normalize,
        "normalize(display)": lambda t: dhad.normalize(t, "display"),
        "Normalizer(all folds).normalize": every.normalize,
        "normalize_aligned+to_original": lambda t: (lambda a: a.to_original(0, len(a)))(search.normalize_aligned(t)),
        "normalize_batch": lambda t: dhad.normalize_batch([t]),
        "tokenize": dhad.tokenize,
        "tokenize(...).texts": lambda t: dhad.tokenize(t).texts,
        "tokenize_batch": lambda t: dhad.tokenize_batch([t]),
        "sentences": dhad.sentences,
        "sentences_batch": lambda t: dhad.sentences_batch([t]),
        "analyze": dhad.analyze,
    }
    optional = {
        # area: (name, call)
        "segment": lambda t: dhad.segment(t),
        "tokenize(clitics=True)": lambda t: [x.segments for x in dhad.tokenize(t, clitics=True)],
        "parse_number": lambda t: dhad.parse_number(t),
        "extract_numbers": lambda t: dhad.extract_numbers(t),
        "extract_numbers_batch": lambda t: dhad.extract_numbers_batch([t]),
        "extract_entities": lambda t: dhad.extract_entities(t),
        "extract_entities_batch": lambda t: dhad.extract_entities_batch([t]),
        "extract_dates": lambda t: dhad.extract_dates(t),
        "extract_dates_batch": lambda t: dhad.extract_dates_batch([t]),
    }
    needs = {
        "tokenize(clitics=True)": "segment",
    }
    for name, fn in optional.items():
        attr = needs.get(name, name)
        if hasattr(dhad, attr):
            fns[name] = fn
    return fns


def time_call(fn: Callable[[str], object], text: str, min_total: float = 1.0) -> tuple[float, str]:
    """Best-of-3 time of `fn(text)` (best of up to 7 while under `min_total` seconds in all; one
    run when a call takes longer than that).
    Returns (seconds, outcome) where outcome is "ok" or the exception's type name (a function may
    reject hostile input; how fast it does so still counts)."""
    best = float("inf")
    total = 0.0
    outcome = "ok"
    runs = 0
    while runs < 1 or (total < min_total and runs < 7) or (runs < 3 and best < min_total):
        gc.collect()
        t0 = cpu_seconds()
        try:
            result = fn(text)
        except Exception as e:  # noqa: BLE001 - we time rejections too
            result = None
            outcome = type(e).__name__
        dt = cpu_seconds() - t0
        del result
        best = min(best, dt)
        total += dt
        runs += 1
    return best, outcome


def cpu_seconds() -> float:
    """User CPU seconds of this process (see the module docstring)."""
    try:
        import resource
    except ImportError:  # Windows
        return time.process_time()
    return resource.getrusage(resource.RUSAGE_SELF).ru_utime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,2,4,8", help="sizes in MB (default 1,2,4,8)")
    ap.add_argument("--only", default="", help="comma-separated substrings of function names")
    ap.add_argument("--inputs", default="", help="comma-separated input names")
    ap.add_argument("--budget", type=float, default=20.0, help="stop a row after a step slower than this (s)")
    ap.add_argument("--json", default="", help="also write the measurements to this file")
    args = ap.parse_args()

    sizes = [float(s) for s in args.sizes.split(",")]
    fns = entry_points()
    if args.only:
        keys = [k.strip() for k in args.only.split(",")]
        fns = {n: f for n, f in fns.items() if any(k in n for k in keys)}
    inputs = INPUTS
    if args.inputs:
        wanted = [k.strip() for k in args.inputs.split(",")]
        inputs = {n: INPUTS[n] for n in wanted}

    print(f"dhad {dhad.__version__}, Python {sys.version.split()[0]}; sizes {sizes} MB; user CPU seconds, one text per call")
    head = " | ".join(f"{s:g} MB" for s in sizes)
    ratios = " | ".join(f"×{sizes[i + 1] / sizes[i]:g} ({sizes[i]:g}→{sizes[i + 1]:g})" for i in range(len(sizes) - 1))
    print(f"\n| function | input | {head} | {ratios} | exponent | result |")
    print("|---" * (4 + 2 * len(sizes) - 1) + "|")
    rows = []
    worst = 0.0
    for fname, fn in fns.items():
        for iname, make in inputs.items():
            times: list[float] = []
            outcome = "ok"
            for s in sizes:
                text = make(int(s * MB))
                t, outcome = time_call(fn, text)
                times.append(t)
                del text
                if t > args.budget:
                    break
            rs = [times[i + 1] / times[i] if times[i] > 0 else float("inf") for i in range(len(times) - 1)]
            # The verdict: the exponent k of t ~ size^k from the smallest to the largest size
            # (1 = linear, 2 = quadratic). Single doublings are noisy on a shared 2-core machine
            # (cache sizes, other processes); the end-to-end slope is not.
            stopped = len(times) < len(sizes)
            # (a call that rejects its input at once can time 0 at some size: no slope then)
            if len(times) >= 2 and times[0] > 0 and times[-1] > 0:
                mx = math.log(times[-1] / times[0]) / math.log(sizes[len(times) - 1] / sizes[0])
            else:
                mx = 0.0
            worst = max(worst, mx if not stopped else float("inf"))
            cells = [f"{t:.4f}" for t in times]
            cells += ["—"] * (len(sizes) - len(times))
            rcells = [f"{r:.2f}" for r in rs] + ["—"] * (len(sizes) - 1 - len(rs))
            # Quadratic doubles the ratio per doubling (4x); cache and allocator effects on a
            # loaded machine bend single steps. Flag a row when its last doubling is >3x AND its
            # end-to-end exponent is >1.4.
            superlinear = bool(rs) and rs[-1] > 3.0 and mx > 1.4
            verdict = "STOPPED (too slow)" if stopped else ("SUPERLINEAR" if superlinear else "linear")
            print(f"| {fname} | {iname} | {' | '.join(cells)} | {' | '.join(rcells)} | {mx:.2f} | {verdict}{'' if outcome == 'ok' else ' (' + outcome + ')'} |", flush=True)
            rows.append({"function": fname, "input": iname, "sizes_mb": sizes[: len(times)], "seconds": times, "ratios": rs, "exponent": mx, "outcome": outcome, "verdict": verdict})
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1, ensure_ascii=False)
    print(f"\nworst exponent: {worst:.2f} (1 = linear, 2 = quadratic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
