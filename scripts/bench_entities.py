#!/usr/bin/env python3
"""Throughput of dhad.extract_entities_batch on news text, one thread and all threads.

News text: the sentences of examples/news.txt (written by this project) and, when present, the
ANERcorp train split of ../shared/eval (news; read, never copied), repeated to about 8 MB in
paragraphs of ~10 sentences. Usage: python scripts/bench_entities.py [MB]
"""
import sys
import time
from pathlib import Path

import dhad

ROOT = Path(__file__).resolve().parent.parent


def corpus(mb: float) -> list[str]:
    lines = [l for l in (ROOT / "examples" / "news.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
    for up in (ROOT.parent, ROOT.parent.parent):
        p = up / "shared" / "eval" / "anercorp_train.jsonl"
        if p.exists():
            import json

            lines += [" ".join(json.loads(l)["tokens"]) for l in open(p, encoding="utf-8")]
            break
    paras = [" ".join(lines[i:i + 10]) for i in range(0, len(lines), 10)]
    out, size = [], 0
    while size < mb * 1e6:
        for p in paras:
            out.append(p)
            size += len(p.encode("utf-8"))
    return out


def main() -> int:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 8.0
    texts = corpus(mb)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    dhad.extract_entities("تمهيد")
    for threads in (1, None):
        t0 = time.perf_counter()
        res = dhad.extract_entities_batch(texts, threads=threads)
        dt = time.perf_counter() - t0
        n = sum(len(r) for r in res)
        print(f"threads={threads or 'all'}: {nbytes / dt / 1e6:.1f} MB/s, {n / dt:,.0f} entities/s "
              f"({nbytes / 1e6:.1f} MB, {n} entities, {dt:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
