"""The command line as a user runs it: subprocesses, JSON Lines in and out, threads, progress."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import dhad
from dhad.__main__ import BATCH_LINES

TEXTS = ["وصل ٣٥٠٠ لاجئ إلى #حلب.", "غادر الوفد 😀 صباحاً. ثم عاد", "قال @سالم: مرحباً", "<b>\"x\"</b> & ١٢"]


def run(*args: str, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    p = subprocess.run(
        [sys.executable, "-m", "dhad", *args], input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120
    )
    if check:
        assert p.returncode == 0, p.stderr
    return p


def jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def check_record(rec: dict, text: str) -> None:
    assert rec["text"] == text
    assert rec["normalized"] == dhad.normalize(text)
    assert rec["tokens"] == [t.to_dict() for t in dhad.tokenize(text)]
    assert rec["sentences"] == [s.to_dict() for s in dhad.sentences(text)]
    for key in ("tokens", "sentences", "numbers", "entities", "dates"):
        for item in rec[key]:
            assert text[item["start"] : item["end"]] == item["text"]


def test_version():
    p = run("--version")
    assert p.stdout.strip() == f"dhad {dhad.__version__}"


def test_jsonl_in_jsonl_out_in_order(tmp_path):
    src = jsonl(tmp_path / "in.jsonl", [{"id": i, "text": t} for i, t in enumerate(TEXTS)])
    p = run("analyze", "--field", "text", "--json", str(src))
    recs = [json.loads(line) for line in p.stdout.splitlines()]
    assert len(recs) == len(TEXTS)
    for i, (rec, text) in enumerate(zip(recs, TEXTS)):
        check_record(rec, text)
        assert rec["source"] == str(src) and rec["line"] == i + 1
    assert p.stderr == ""


def test_blank_lines_are_skipped_and_lines_counted(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "أ"}\n\n   \n{"text": "ب"}\n', encoding="utf-8")
    recs = [json.loads(x) for x in run("analyze", "--field", "text", "--json", str(src)).stdout.splitlines()]
    assert [(r["text"], r["line"]) for r in recs] == [("أ", 1), ("ب", 4)]


def test_more_lines_than_one_batch(tmp_path):
    n = BATCH_LINES + 345
    texts = [f"وصل {i} لاجئ" for i in range(n)]
    src = jsonl(tmp_path / "big.jsonl", [{"text": t} for t in texts])
    p = run("analyze", "--field", "text", "--json", "--threads", "2", str(src))
    recs = [json.loads(line) for line in p.stdout.splitlines()]
    assert [r["text"] for r in recs] == texts
    assert [r["line"] for r in recs] == list(range(1, n + 1))


def test_threads_do_not_change_output(tmp_path):
    src = jsonl(tmp_path / "in.jsonl", [{"text": t} for t in TEXTS * 20])
    one = run("analyze", "--field", "text", "--json", "--threads", "1", str(src)).stdout
    two = run("analyze", "--field", "text", "--json", "--threads", "2", str(src)).stdout
    assert one == two and one.count("\n") == len(TEXTS) * 20


def test_bad_threads_is_a_clear_error(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("نص", encoding="utf-8")
    for bad in ("0", "-2", "two"):
        p = run("analyze", "--threads", bad, str(src), check=False)
        assert p.returncode == 2 and f"argument --threads: must be a positive integer, not '{bad}'" in p.stderr
        assert "Traceback" not in p.stderr


def test_progress_goes_to_stderr_only(tmp_path):
    src = jsonl(tmp_path / "in.jsonl", [{"text": t} for t in TEXTS])
    plain = run("analyze", "--field", "text", "--json", str(src))
    shown = run("analyze", "--field", "text", "--json", "--progress", str(src))
    assert shown.stdout == plain.stdout
    assert "dhad" in shown.stderr and f"{len(TEXTS)}doc" in shown.stderr


def test_stdin_and_plain_text_report(tmp_path):
    p = run("analyze", "-", stdin="وصل الوفد. ثم غادر")
    assert p.stdout.startswith("=== - ===\nSentences (2):\n  [1] وصل الوفد.  (0:10)\n  [2] ثم غادر  (11:18)\n")
    assert "Tokens (5):\n  وصل/word الوفد/word ./punct ثم/word غادر/word\n" in p.stdout
    p = run("analyze", "--json", "-", stdin="غادر\n")
    (rec,) = [json.loads(x) for x in p.stdout.splitlines()]
    check_record(rec, "غادر\n")
    assert "line" not in rec and rec["source"] == "-"


def test_jsonl_from_stdin():
    stdin = "".join(json.dumps({"body": t}, ensure_ascii=False) + "\n" for t in TEXTS)
    p = run("analyze", "--field", "body", "--json", "-", stdin=stdin)
    assert [json.loads(x)["text"] for x in p.stdout.splitlines()] == TEXTS


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"text": "أ"}\nnot json\n', ":2: not a JSON line"),
        ('{"text": "أ"}\n{"body": "ب"}\n', ":2: no string field 'text'"),
        ('["text"]\n', ":1: no string field 'text'"),
        ('{"text": 5}\n', ":1: no string field 'text'"),
    ],
)
def test_bad_json_lines_name_the_line(tmp_path, content, message):
    src = tmp_path / "bad.jsonl"
    src.write_text(content, encoding="utf-8")
    p = run("analyze", "--field", "text", "--json", str(src), check=False)
    assert p.returncode == 1 and f"dhad: {src}{message}" in p.stderr
    # every good line is still analyzed
    assert [json.loads(x)["text"] for x in p.stdout.splitlines()] == (["أ"] if content.startswith('{"text": "أ"}') else [])


def test_one_bad_json_line_loses_no_other_line(tmp_path):
    # a bad line (not JSON, no field, not UTF-8, a lone surrogate) ended the file and lost the
    # documents read before it with their batch; it is now reported and skipped, exit 1
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(
        '{"text": "وصل الوفد"}\n'.encode()
        + b"not json\n"
        + b'{"text": "caf\xe9"}\n'
        + b'{"text": "x\\ud800y"}\n'
        + '{"text": "غادر الوفد"}\n'.encode()
    )
    p = run("analyze", "--field", "text", "--json", str(src), check=False)
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
    assert [(json.loads(x)["text"], json.loads(x)["line"]) for x in p.stdout.splitlines()] == [
        ("وصل الوفد", 1), ("غادر الوفد", 5)]
    errs = p.stderr.splitlines()
    assert len(errs) == 3
    assert errs[0].startswith(f"dhad: {src}:2: not a JSON line")
    assert errs[1] == f"dhad: {src} is not UTF-8 text (invalid continuation byte at byte 52, line 3)"
    assert errs[2].startswith(f"dhad: {src}:4: field 'text' contains a lone surrogate at index 1")


def test_missing_file_and_bad_encoding(tmp_path):
    p = run("analyze", str(tmp_path / "nope.txt"), check=False)
    assert p.returncode == 1 and "cannot read" in p.stderr and "No such file" in p.stderr
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    p = run("analyze", str(bad), check=False)
    assert p.returncode == 1 and "is not UTF-8 text" in p.stderr


def test_normalize_command_streams_lines():
    p = run("normalize", stdin="أَهْلاً ١٢٣\nإلى\n")
    assert p.stdout == "اهلا 123\nالي\n"
    p = run("normalize", "--preset", "none", stdin="أَهْلاً\n")
    assert p.stdout == "أَهْلاً\n"


def test_a_json_line_with_an_escaped_lone_surrogate_names_its_line(tmp_path):
    # "\ud800" is valid JSON and json.loads gives a str with a lone surrogate, which no dhad
    # function accepts: the CLI ended in a DhadError traceback about "texts[1]".
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "وصل"}\n\n{"text": "x\\ud800y"}\n', encoding="utf-8")
    p = run("analyze", "--field", "text", "--json", str(src), check=False)
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
    assert p.stderr.startswith(
        f"dhad: {src}:3: field 'text' contains a lone surrogate at index 1, which is not valid Unicode text"
    ), p.stderr


def test_an_unreadable_file_does_not_stop_the_files_after_it(tmp_path):
    # `dhad analyze *.txt` stopped at the first missing, non-UTF-8 or malformed file and never
    # read the others; like cat or grep it now reports each bad file, goes on, and exits 1.
    good = tmp_path / "good.txt"
    good.write_text("غادر الوفد", encoding="utf-8")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    p = run("analyze", "--json", str(tmp_path / "nope.txt"), str(latin), str(good), check=False)
    assert p.returncode == 1
    assert [json.loads(x)["source"] for x in p.stdout.splitlines()] == [str(good)]
    assert p.stderr.splitlines() == [
        f"dhad: cannot read {tmp_path / 'nope.txt'}: No such file or directory",
        f"dhad: {latin} is not UTF-8 text (unexpected end of data at byte 3, line 1)",
    ]
    bad = jsonl(tmp_path / "bad.jsonl", [{"text": "أ"}, {"body": "ب"}])
    ok = jsonl(tmp_path / "ok.jsonl", [{"text": "غادر"}])
    p = run("analyze", "--field", "text", "--json", str(bad), str(ok), check=False)
    assert p.returncode == 1 and p.stderr == f"dhad: {bad}:2: no string field 'text'\n"
    # (the good line before the bad one is kept: it had been dropped with its batch)
    assert [(json.loads(x)["source"], json.loads(x)["line"]) for x in p.stdout.splitlines()] == [
        (str(bad), 1), (str(ok), 1)]


def test_every_batch_of_a_run_resolves_dates_against_one_moment(tmp_path, monkeypatch, capsys):
    # Each batch of BATCH_LINES documents called analyze_batch without reference=, so each took
    # its own "now": a long run across midnight read "غدا" as two days in different batches.
    import dhad.__main__ as cli

    seen = []
    real = dhad.analyze_batch

    def spy(texts, **kw):
        seen.append(kw.get("reference"))
        return real(texts, **kw)

    monkeypatch.setattr(cli, "BATCH_LINES", 1)
    monkeypatch.setattr(cli.dhad, "analyze_batch", spy)
    src = jsonl(tmp_path / "in.jsonl", [{"text": "غدا"}, {"text": "الآن"}, {"text": "أمس"}])
    assert cli.main(["analyze", "--field", "text", "--json", str(src)]) == 0
    assert len(seen) == 3 and seen[0] is not None and seen.count(seen[0]) == 3
    assert len(capsys.readouterr().out.splitlines()) == 3


@pytest.mark.parametrize("args", [["analyze", "-"], ["analyze", "--field", "text", "--json", "-"], ["normalize"]])
def test_ctrl_c_stops_quietly_with_the_interrupt_status(args, monkeypatch, capsys):
    # Ctrl-C during a run printed a KeyboardInterrupt traceback (from analyze_batch, a read of
    # stdin or a write) and died by the signal; it now ends quietly with status 130, as cat does.
    import io

    import dhad.__main__ as cli

    def interrupted(*a, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.dhad, "analyze_batch", interrupted)
    monkeypatch.setattr(cli.dhad, "Normalizer", lambda preset: type("N", (), {"normalize_batch": interrupted})())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO('{"text": "غادر الوفد"}\n'.encode())))
    assert cli.main(args) == 130
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", "")


def test_json_output_is_one_line_per_document_for_every_line_reader(tmp_path):
    # A text holding U+2028, U+2029 or U+0085 (pasted from word processors) was written raw
    # inside the JSON strings: valid JSON, but str.splitlines() and line readers that follow
    # Unicode split the record there, and json.loads then failed on each half.
    texts = ["سطر\u2028ثان", "فقرة\u2029أخرى", "قبل\x85بعد"]
    src = jsonl(tmp_path / "in.jsonl", [{"text": t} for t in texts])
    p = run("analyze", "--field", "text", "--json", str(src))
    lines = p.stdout.splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["text"] for line in lines] == texts
    assert "\\u2028" in lines[0] and "\\u2029" in lines[1] and "\\u0085" in lines[2]
    for line, text in zip(lines, texts):
        check_record(json.loads(line), text)
