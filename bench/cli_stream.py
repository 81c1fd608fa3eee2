"""The CLI streams JSON Lines in constant memory: peak RSS stays flat as the input grows.

    python bench/cli_stream.py [--mb 10 40] [--threads 2]

Writes JSON Lines files of the given sizes (generated short news-like texts, one per line), runs
``python -m dhad analyze --field text --json FILE`` on each with the output sent to /dev/null,
and prints the child's peak resident memory and throughput. Constant memory means the peak
for the big file is about the peak for the small one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

TEMPLATES = [
    "وصل {n} لاجئ إلى المدينة يوم {d} مارس، وقال المسؤول إن العدد قد يرتفع.",
    "أعلنت الوزارة عن {n} وظيفة جديدة في {d} محافظات خلال العام المقبل.",
    "ارتفعت الأسعار بنسبة {d}٪ في الأسبوع الماضي بعد أن بلغت {n} ديناراً.",
]


def write_jsonl(path: str, mb: float) -> int:
    size = lines = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < mb * 1e6:
            text = TEMPLATES[lines % 3].format(n=lines * 13 % 9000, d=lines % 28 + 1)
            line = json.dumps({"id": lines, "text": text}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            lines += 1
    return lines


def peak_rss_of(cmd: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of one child process, output discarded."""
    code = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]) / 1024, float(out[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, nargs="+", default=[10, 40])
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.mb:
            path = os.path.join(tmp, f"in-{mb:g}.jsonl")
            lines = write_jsonl(path, mb)
            cmd = [sys.executable, "-m", "dhad", "analyze", "--field", "text", "--json", "--threads", str(args.threads), path]
            rss, secs = peak_rss_of(cmd)
            print(f"{mb:6.0f} MB, {lines:>9,} lines: peak RSS {rss:7.1f} MB, {secs:6.1f} s ({mb / secs:.2f} MB/s of input)", flush=True)


if __name__ == "__main__":
    main()
