"""The example notebook: committed without outputs, and it runs from top to bottom."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import nbclient
import nbformat

import dhad  # noqa: E402

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "quickstart.ipynb"


def test_notebook_is_committed_without_outputs():
    raw = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in raw["cells"] if c["cell_type"] == "code"]
    assert len(code) >= 15
    for c in code:
        assert c["outputs"] == [] and c["execution_count"] is None, "clear the notebook's outputs before committing"
    assert raw["metadata"]["kernelspec"]["name"] == "python3"


@pytest.fixture(scope="module")
def executed():
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError with the cell and traceback on any error
    return nb


def outputs(nb, kind=None):
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for out in cell.outputs:
            if kind is None or out.output_type == kind:
                yield cell, out


def test_notebook_runs_without_errors(executed):
    assert [o for _, o in outputs(executed, "error")] == []
    stderr = "".join(o.text for _, o in outputs(executed, "stream") if o.name == "stderr")
    assert "Traceback" not in stderr


def test_notebook_shows_what_it_promises(executed):
    stdout = "".join(o.text for _, o in outputs(executed, "stream") if o.name == "stdout")
    assert f"dhad {dhad.__version__} on Python" in stdout
    assert "all offsets exact: True" in stdout
    assert "offsets exact: True" in stdout
    assert "3500 ← ٣٥٠٠" in stdout
    assert "tokens in 999 texts" in stdout  # 1,000 texts, one of them missing
    for name, what in [
        ("segment", "clitic segmentation"),
        ("extract_numbers", "number extraction"),
        ("extract_entities", "entity recognition"),
        ("extract_dates", "date extraction"),
    ]:
        said = f"{what} is not in this build of dhad" in stdout
        assert said is (not hasattr(dhad, name)), name
    html = [o.data["text/html"] for _, o in outputs(executed) if "text/html" in o.get("data", {})]
    assert sum('class="dhad-doc"' in h for h in html) >= 2  # the Document and the Display
    assert any(o.data.get("image/png") for _, o in outputs(executed, "display_data"))  # the plot
    assert "4 partitions, " in stdout and "tokens; same as pandas: True" in stdout
    # the Arrow table has exactly the rows of the pandas token table
    n_tokens = re.search(r"^(\d+) tokens in 999 texts$", stdout, re.M)
    n_rows = re.search(r"^(\d+) rows$", stdout, re.M)
    assert n_tokens and n_rows and n_tokens.group(1) == n_rows.group(1) and int(n_rows.group(1)) > 5000
