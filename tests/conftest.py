"""Shared test helpers."""

import pytest


def assert_spans_slice_back(text, items):
    """Every item's span slices back to its text."""
    for it in items:
        assert text[it.start : it.end] == it.text, (it, text[it.start : it.end])


@pytest.fixture
def spans_ok():
    return assert_spans_slice_back
