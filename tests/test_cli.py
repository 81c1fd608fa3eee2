"""The command line, run as a user runs it: a subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import dhad

ROOT = Path(__file__).resolve().parent.parent


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "dhad", *args], input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def test_analyze_report(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("وصل الوفد إلى بغداد. ثم غادر!", encoding="utf-8")
    r = run("analyze", str(f))
    assert r.returncode == 0, r.stderr
    assert f"=== {f} ===" in r.stdout
    assert "Sentences (2):" in r.stdout
    assert "  [1] وصل الوفد إلى بغداد.  (0:20)" in r.stdout
    assert "  [2] ثم غادر!  (21:29)" in r.stdout
    assert "وصل/word الوفد/word إلى/word بغداد/word ./punct" in r.stdout
    assert "وصل الوفد الي بغداد. ثم غادر!" in r.stdout


def test_analyze_bundled_example():
    r = run("analyze", str(ROOT / "examples" / "news.txt"))
    assert r.returncode == 0, r.stderr
    assert "Sentences (4):" in r.stdout
    assert "https://example.org/news?id=42/url" in r.stdout


def test_analyze_json_from_stdin():
    r = run("analyze", "-", "--json", stdin="نعم. لا")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout.strip())
    assert rec["source"] == "-"
    assert rec["text"] == "نعم. لا"
    assert [s["text"] for s in rec["sentences"]] == ["نعم.", "لا"]
    assert [t["kind"] for t in rec["tokens"]] == ["word", "punct", "word"]


def test_analyze_json_lines_field(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text('{"id": 1, "body": "أولى."}\n{"id": 2, "body": "ثانية"}\n', encoding="utf-8")
    r = run("analyze", str(f), "--json", "--field", "body", "--threads", "1")
    assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["text"] for x in recs] == ["أولى.", "ثانية"]


def test_missing_file_is_a_clear_error(tmp_path):
    r = run("analyze", str(tmp_path / "nope.txt"))
    assert r.returncode == 1
    assert "cannot read" in r.stderr and "nope.txt" in r.stderr


def test_normalize_streams_stdin():
    r = run("normalize", stdin="أَحْمَد\nمَدْرَسَة ١٢\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "احمد\nمدرسه 12\n"
    r = run("normalize", "--preset", "display", stdin="ﻻ  بأس\n")
    assert r.stdout == "لا بأس\n"


def test_version():
    r = run("--version")
    assert r.stdout.strip() == f"dhad {dhad.__version__}"
