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


def test_analyze_json_of_a_text_with_dates():
    # DateMention.value is a datetime, which json.dumps cannot write: every text with a date made
    # --json fail with a traceback. Dates are written in ISO 8601.
    r = run("analyze", "-", "--json", stdin="وصل الوفد يوم ٥ مايو ٢٠٢٤ الساعة الثالثة")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["dates"] == [
        {
            "text": "٥ مايو ٢٠٢٤ الساعة الثالثة",
            "start": 14,
            "end": 40,
            "label": "TIME",
            "value": "2024-05-05T03:00:00",
            "grain": "hour",
            "end_value": None,
            "calendar": "gregorian",
        }
    ]


def run_bytes(*args, stdin: bytes, env=None):
    import os

    return subprocess.run(
        [sys.executable, "-m", "dhad", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


NOT_UTF8 = "كتب ".encode() + b"\xff\xfe" + " الولد\n".encode()


def test_non_utf8_standard_input_is_a_clear_error_in_any_locale():
    # Python reads stdin with surrogateescape under the C locale (and strictly elsewhere): the bad
    # bytes became a lone surrogate and a DhadError traceback from analyze_batch/normalize_batch.
    for env in ({}, {"LC_ALL": "C", "LANG": "C"}, {"LC_ALL": "C.UTF-8"}):
        for args in (("analyze", "-"), ("analyze", "--field", "text", "-"), ("normalize",)):
            r = run_bytes(*args, stdin=NOT_UTF8, env=env)
            err = r.stderr.decode()
            assert r.returncode == 1, (args, env, err)
            assert "Traceback" not in err, (args, env, err)
            assert "dhad: - is not UTF-8 text (invalid start byte" in err, (args, env, err)


def test_normalize_writes_utf8_whatever_the_locale_encoding():
    r = run_bytes("normalize", stdin="أَحْمَد\n".encode(), env={"PYTHONIOENCODING": "latin-1"})
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout == "احمد\n".encode()


def test_normalize_preset_none_is_the_identity_on_crlf_lines():
    r = run_bytes("normalize", "--preset", "none", stdin="أَ\r\nب\r\n".encode())
    assert r.stdout == "أَ\r\nب\r\n".encode()


def test_normalize_into_a_closed_pipe_stops_quietly():
    # `dhad normalize < big | head -1`: the reader goes away after the first line.
    import os

    big = "كتب الولد الدرس ١٢٣\n" * 200_000
    p = subprocess.Popen(
        [sys.executable, "-m", "dhad", "normalize"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env={**os.environ, "DHAD_NUM_THREADS": "1"},
    )
    import threading

    def feed():
        try:
            p.stdin.write(big.encode())
            p.stdin.close()
        except (BrokenPipeError, OSError):
            pass  # dhad stopped reading once its reader went away

    feeder = threading.Thread(target=feed, daemon=True)
    try:
        feeder.start()
        first = p.stdout.readline()
        p.stdout.close()
        err = p.stderr.read().decode()
        rc = p.wait(timeout=120)
    finally:
        p.kill()
    assert first == "كتب الولد الدرس 123\n".encode()
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert rc == 0


def test_every_subcommand_explains_its_options():
    r = run("normalize", "--help")
    assert r.returncode == 0
    text = " ".join(r.stdout.split())
    assert "search (default: also folds diacritics" in text and "display (lossless clean" in text
    assert "worker threads (default: DHAD_NUM_THREADS or all cores)" in text
    r = run("analyze", "--help")
    assert r.returncode == 0 and "text files, or - for standard input" in r.stdout


def test_analyze_offsets_point_into_the_file_as_written(tmp_path):
    # CRLF line ends are kept (they were read as LF, so every offset after the first line was
    # one short per line), and a UTF-8 byte order mark, which is no text, is left out
    raw = "\ufeffزار الوفد القاهرة.\r\nثم غادر إلى بيروت.\r\n".encode()
    f = tmp_path / "crlf.txt"
    f.write_bytes(raw)
    text = raw.decode("utf-8-sig")
    for args, stdin in (((str(f),), b""), (("-",), raw)):
        r = run_bytes("analyze", *args, "--json", stdin=stdin)
        assert r.returncode == 0, r.stderr.decode()
        doc = json.loads(r.stdout.decode())
        assert doc["text"] == text
        got = [(e["text"], e["start"], e["end"]) for e in doc["entities"]]
        assert got == [("القاهرة", 10, 17), ("بيروت", 32, 37)]
        assert all(text[s:e] == t for t, s, e in got)


def test_not_utf8_names_the_byte_and_line_from_the_start_of_the_file(tmp_path):
    # The offset came from the text reader's decoder: it counted from the start of the 8 kB
    # chunk being decoded (byte 3703 for a bad byte at 102007 in a JSON Lines file) and from
    # after a byte order mark (byte 3 for byte 6), so it pointed nowhere near the bad byte.
    line = json.dumps({"text": "زار الوفد القاهرة"}, ensure_ascii=False).encode() + b"\n"
    raw = line * 3000 + b'{"text": "\xff"}\n' + line
    bad_at = len(line) * 3000 + 10
    f = tmp_path / "docs.jsonl"
    f.write_bytes(raw)
    for args, stdin, name in (((str(f),), b"", str(f)), (("-",), raw, "-")):
        r = run_bytes("analyze", "--field", "text", "--json", *args, stdin=stdin)
        assert r.returncode == 1
        assert r.stderr.decode() == f"dhad: {name} is not UTF-8 text (invalid start byte at byte {bad_at}, line 3001)\n"
    g = tmp_path / "bom.txt"
    g.write_bytes(b"\xef\xbb\xbf" + "سطر\r\nثان ".encode() + b"\xfe")
    r = run_bytes("analyze", str(g), stdin=b"")
    assert r.returncode == 1 and r.stdout == b""
    assert r.stderr.decode() == f"dhad: {g} is not UTF-8 text (invalid start byte at byte 18, line 2)\n"


def test_normalize_writes_every_line_before_one_that_is_not_utf8_and_names_its_place():
    # A bad line lost the normalized lines of its batch (up to 2,000 lines before it, or all of
    # them in a short input) and the message gave no place: "(invalid start byte)".
    good = "أَهْلاً\r\n".encode() * 2500
    r = run_bytes("normalize", stdin=good + "كتب ".encode() + b"\xff\n" + "بعد\n".encode())
    assert r.returncode == 1
    assert r.stdout == "اهلا\n".encode() * 2500
    assert r.stderr.decode() == f"dhad: - is not UTF-8 text (invalid start byte at byte {len(good) + 7}, line 2501)\n"


def _one_by_one(args: list[str], lines: list[str]) -> tuple[list[bytes], bytes]:
    """Run `python -m dhad ARGS`, writing `lines` one at a time and reading one output line
    after each while the input stays open; returns those lines and what came after the input
    closed. Fails if an output line is held back."""
    import os
    import threading

    p = subprocess.Popen(
        [sys.executable, "-m", "dhad", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env={**os.environ, "DHAD_NUM_THREADS": "1"},
    )
    got: list[bytes] = []
    try:
        for line in lines:
            p.stdin.write(line.encode())
            p.stdin.flush()
            reader = threading.Thread(target=lambda: got.append(p.stdout.readline()), daemon=True)
            reader.start()
            reader.join(timeout=120)  # a guard against hanging, not a measure of speed
            assert not reader.is_alive(), "the output was held back while the input stayed open"
        p.stdin.close()
        assert p.wait(timeout=120) == 0, p.stderr.read().decode()
        rest = p.stdout.read()
    finally:
        p.kill()
    return got, rest


def test_normalize_writes_a_slow_writers_lines_as_they_come():
    # `tail -f log | dhad normalize` showed nothing: lines were held until 2,000 had come or
    # the input ended. A line is now written as soon as no more input is ready.
    got, rest = _one_by_one(["normalize"], ["أَهْلاً ١\n", "إلى اللقاء ٢\n"])
    assert got == ["اهلا 1\n".encode(), "الي اللقاء 2\n".encode()]
    assert rest == b""


def test_analyze_json_lines_from_a_slow_writer_come_out_as_they_come():
    # `producer | dhad analyze --field text --json -` held every document until 2,000 had come
    # or the input ended; each is now analyzed and written once no more input is ready.
    lines = [json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in ("زار الوفد القاهرة", "ثم غادر")]
    out, _ = _one_by_one(["analyze", "--field", "text", "--json", "-"], lines)
    got = [json.loads(line) for line in out]
    assert [(r["text"], r["line"], r["source"]) for r in got] == [("زار الوفد القاهرة", 1, "-"), ("ثم غادر", 2, "-")]
    assert [e["text"] for e in got[0]["entities"]] == ["القاهرة"]


def test_a_closed_standard_stream_is_a_clear_error():
    # `dhad normalize <&-` and `dhad analyze FILE >&-` ended in an AttributeError traceback
    # ('NoneType' object has no attribute 'buffer' / 'write'): Python makes a closed stream None.
    import os

    def closed(fd):
        return lambda: os.close(fd)

    cases = [
        (("normalize",), 0, "dhad: standard input is closed\n"),
        (("analyze", "-"), 0, "dhad: standard input is closed\n"),
        (("normalize",), 1, "dhad: standard output is closed\n"),
        (("analyze", str(ROOT / "examples" / "news.txt")), 1, "dhad: standard output is closed\n"),
    ]
    for args, fd, message in cases:
        r = subprocess.run(
            [sys.executable, "-m", "dhad", *args], capture_output=True, timeout=120, preexec_fn=closed(fd)
        )
        assert (r.returncode, r.stderr.decode()) == (1, message), args


def test_report_keeps_a_sentence_over_a_line_break_inside_its_item():
    # A sentence that runs over a line break (the line before ends on a comma) was printed with
    # its second line at the margin, where it read as a line of the report of its own.
    r = run("analyze", "-", stdin="قال الوزير في بيان،\nإن الوفد وصل.\n\nثم غادر")
    assert r.returncode == 0, r.stderr
    assert "  [1] قال الوزير في بيان،\n      إن الوفد وصل.  (0:33)\n  [2] ثم غادر  (35:42)\n" in r.stdout
    assert "Normalized (search):\n  قال الوزير في بيان،\n  ان الوفد وصل.\n  \n  ثم غادر\n" in r.stdout
