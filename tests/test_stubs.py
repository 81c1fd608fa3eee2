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


def test_public_names_are_exported():
    import dhad

    for name in dhad.__all__:
        assert hasattr(dhad, name), name
