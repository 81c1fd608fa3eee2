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
    # and nothing else public: no helper of the package's own imports (typing's names) shows
    # in `dir(dhad)` or Jupyter's completion; the submodules are reached by import
    public = {n for n in dir(dhad) if not n.startswith("_")}
    submodules = {"display", "pandas", "arrow", "dask"}
    assert public - submodules == set(dhad.__all__) - {"__version__"}


def test_examples_in_docstrings_are_true():
    # help() and Jupyter's `?` show the compiled docstrings and the modules' own; their examples
    # must run as written (doctest.testmod does not look inside the extension's classes).
    import doctest
    import importlib
    import inspect

    import dhad

    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    core = importlib.import_module("dhad._dhad")
    objects = [(n, getattr(core, n)) for n in dir(core) if not n.startswith("__")]
    objects += [(f"{n}.{a}", m) for n, c in objects if inspect.isclass(c) for a, m in vars(c).items()]
    tests = [
        t
        for n, o in objects
        if isinstance(getattr(o, "__doc__", None), str) and not isinstance(o, str)
        for t in finder.find(o, name=n, module=False, globs=vars(dhad).copy())
    ]
    for name in ("dhad", "dhad.analyze", "dhad.arrow", "dhad.pandas", "dhad.display", "dhad.dask"):
        mod = importlib.import_module(name)
        tests += finder.find(mod, globs={**vars(mod), "dhad": dhad})
    assert sum(len(t.examples) for t in tests) >= 30
    for t in tests:
        runner.run(t)
    assert runner.failures == 0, runner.summarize(verbose=False)


def test_code_using_the_public_api_passes_mypy_strict(tmp_path):
    # dhad.analyze_table and dhad.to_arrow had no annotations, so `mypy --strict` refused a call
    # to either ("Call to untyped function ... in typed context").
    user = tmp_path / "user.py"
    user.write_text(
        "import datetime\n"
        "import pyarrow\n"
        "import dhad\n"
        "toks: dhad.Tokens = dhad.tokenize('وصل')\n"
        "kind: str = toks[0].kind\n"
        "doc: dhad.Document = dhad.analyze('غدا', reference=datetime.datetime(2024, 1, 1))\n"
        "table: pyarrow.Table = dhad.analyze_table(['وصل'], 'numbers', threads=1)\n"
        "again: pyarrow.Table = dhad.to_arrow([doc], 'dates')\n",
        encoding="utf-8",
    )
    r = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--ignore-missing-imports", "--no-incremental", str(user)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_every_public_attribute_and_method_has_a_docstring():
    # help(dhad.Token.start) and Jupyter's `mention.unit_norm?` showed nothing: the fields of
    # the result classes and their to_dict() had no docstrings in the compiled module.
    import dhad

    missing = []
    for name in dhad.__all__:
        cls = getattr(dhad, name)
        if not isinstance(cls, type) or cls is dhad.Document:  # a dataclass: its fields are in its docstring
            continue
        for attr, value in vars(cls).items():
            if not attr.startswith("_") and not (getattr(value, "__doc__", None) or "").strip():
                missing.append(f"{name}.{attr}")
    assert missing == []
    assert dhad.NumberMention.unit_norm.__doc__ == 'The canonical name of a known unit ("week", "USD", ...), or None.'
