"""The hand-written stubs match the compiled module (mypy.stubtest)."""

import subprocess
import sys


def test_stubtest_passes():
    r = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "dhad._dhad", "--ignore-missing-stub"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_every_runtime_name_has_a_stub(tmp_path):
    # --ignore-missing-stub above lets a method missing from the stubs pass (DateMention.to_dict,
    # __eq__, __hash__ and __reduce__ were): mypy and IDEs then call them errors.
    allow = tmp_path / "allow.txt"
    allow.write_text("dhad._dhad.__all__\n")  # PyO3 adds it; `from dhad._dhad import *` is not used
    r = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "dhad._dhad", "--allowlist", str(allow)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_public_names_are_exported():
    import dhad

    for name in dhad.__all__:
        assert hasattr(dhad, name), name
