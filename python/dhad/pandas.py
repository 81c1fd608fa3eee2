"""The pandas accessor: ``import dhad.pandas`` registers ``Series.dhad``.

Every method runs the matching ``*_batch`` function of the core (in parallel, GIL released) over
the non-missing values of the Series. Missing values (``None``, ``NaN``, ``pd.NA``) stay missing:
``normalize()`` keeps them in place, and the one-row-per-item tables simply have no rows for them.
Any other value that is not a ``str`` raises ``TypeError`` naming its index label, and a ``str``
that is not valid text (a lone surrogate) a ``dhad.DhadError`` naming it.

The tables have a ``doc`` column holding the index label of the text each row came from, so
``df.join(tokens.set_index("doc"))`` or ``tokens.groupby("doc")`` lead back to the documents.
Offsets are code points of that text: ``s[row.doc][row.start:row.end] == row.text``.

Needs pandas (``pip install 'dhad[pandas]'``); with pyarrow installed as well the token table
is built from Arrow buffers without a Python object per token.

Example:
    >>> import pandas as pd
    >>> import dhad.pandas
    >>> s = pd.Series(["وصلَ ٣٥٠٠ لاجئ", None, "غادر"], index=["a", "b", "c"], dtype=object)
    >>> s.dhad.normalize().tolist()
    ['وصل 3500 لاجي', None, 'غادر']
    >>> s.dhad.tokens()[["doc", "text", "kind"]].values.tolist()
    [['a', 'وصلَ', 'word'], ['a', '٣٥٠٠', 'number'], ['a', 'لاجئ', 'word'], ['c', 'غادر', 'word']]
"""

from __future__ import annotations

import re
import warnings
from typing import Any, Callable

try:
    import pandas as pd
except ImportError as _err:  # pragma: no cover - exercised only without pandas
    raise ImportError(
        "dhad.pandas needs pandas, which is not installed: pip install 'dhad[pandas]' (or pip install pandas)"
    ) from _err
import numpy as np

from dhad import _dhad

__all__ = ["DhadSeriesAccessor"]

_MENTION_FIELDS: dict[str, tuple[str, ...]] = {
    "sentences": (),
    "numbers": ("value", "kind", "approx", "range_end", "unit", "unit_norm"),
    "entities": ("label", "source"),
    "dates": ("label", "value", "grain", "end_value", "calendar"),
}
_BATCH = {
    "sentences": "sentences_batch",
    "numbers": "extract_numbers_batch",
    "entities": "extract_entities_batch",
    "dates": "extract_dates_batch",
}


#: How a batch function names a bad item: "texts[3] contains a lone surrogate ...".
_BAD_ITEM = re.compile(r"texts\[(\d+)\]")


def _has_arrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


class DhadSeriesAccessor:
    """``Series.dhad``: dhad's batch functions over a Series of texts."""

    def __init__(self, series: pd.Series) -> None:
        self._s = series

    # ------------------------------------------------------------------ helpers
    def _present(self) -> tuple[np.ndarray, list[str]]:
        """Positions and values of the non-missing texts; TypeError for a non-str value."""
        missing = np.asarray(pd.isna(self._s.array), dtype=bool)
        positions = np.flatnonzero(~missing)
        texts = self._s.iloc[positions].tolist() if len(positions) < len(missing) else self._s.tolist()
        if not all(type(v) is str for v in texts):
            for p, v in zip(positions, texts):
                if not isinstance(v, str):
                    raise TypeError(
                        f"Series.dhad needs str values (or missing ones); the value at index "
                        f"{self._s.index[p]!r} is {type(v).__name__}"
                    )
        return positions, texts

    def _batch(self, positions: np.ndarray, fn: Callable[..., Any], texts: list[str], *args: Any, **kw: Any) -> Any:
        """``fn(texts, ...)``, where ``texts`` are the values at ``positions``; an error about
        ``texts[i]`` names the index label of that value instead (``i`` counts only the
        non-missing values, so it is neither the label nor the position in the Series)."""
        try:
            return fn(texts, *args, **kw)
        except (TypeError, ValueError) as err:
            m = _BAD_ITEM.match(str(err))
            if m is None or int(m.group(1)) >= len(positions):
                raise
            label = self._s.index[positions[int(m.group(1))]]
            raise type(err)(f"Series.dhad: the value at index {label!r}{str(err)[m.end():]}") from None

    def _labels(self, positions: np.ndarray, doc_pos: np.ndarray) -> Any:
        """The index labels for rows whose text is ``positions[doc_pos]``."""
        return self._s.index.take(positions[doc_pos]) if len(doc_pos) else self._s.index[:0]

    # ------------------------------------------------------------------ methods
    def normalize(
        self, preset: str = "search", *, threads: int | None = None, progress: bool = False, **options: Any
    ) -> pd.Series:
        """Normalize every text (``dhad.normalize_batch``); missing values stay missing.

        Args:
            preset: ``"none"``, ``"display"`` or ``"search"``.
            threads: Worker threads (None: ``DHAD_NUM_THREADS`` or all cores; at most four per core).
            progress: Show a progress bar (needs tqdm).
            **options: Normalization switches overriding the preset.

        Returns:
            A Series with the same index and name.
        """
        positions, texts = self._present()
        out = self._batch(positions, _dhad.normalize_batch, texts, preset, threads=threads, progress=progress, **options)
        result = self._s.astype(object).copy()
        if len(positions):
            result.iloc[positions] = out
        if pd.api.types.is_string_dtype(self._s.dtype) and self._s.dtype != object:
            result = result.astype(self._s.dtype)
        return result

    def tokens(
        self, *, norm: bool = True, threads: int | None = None, progress: bool = False
    ) -> pd.DataFrame:
        """One row per token: ``doc`` (index label), ``text``, ``start``, ``end``, ``kind``, ``norm``.

        Args:
            norm: Add the search-normalized ``norm`` column.
            threads: Worker threads (None: ``DHAD_NUM_THREADS`` or all cores; at most four per core).
            progress: Show a progress bar (needs tqdm).
        """
        positions, texts = self._present()
        cols = self._batch(positions, _dhad.tokenize_columns_batch, texts, norm=norm, threads=threads, progress=progress)
        doc_pos = np.frombuffer(cols["doc"], dtype=np.int64)
        data: dict[str, Any] = {"doc": self._labels(positions, doc_pos)}
        starts = np.frombuffer(cols["start"], dtype=np.int64)
        ends = np.frombuffer(cols["end"], dtype=np.int64)
        if _has_arrow():
            from dhad.arrow import token_arrays

            arrays = token_arrays(cols, norm=norm)
            data["text"] = arrays["text"].to_pandas()
        else:
            data["text"] = [texts[d][s:e] for d, s, e in zip(doc_pos.tolist(), starts.tolist(), ends.tolist())]
            arrays = None
        data["start"] = starts
        data["end"] = ends
        data["kind"] = pd.Categorical.from_codes(
            np.frombuffer(cols["kind"], dtype=np.uint8).astype(np.int16), categories=cols["kind_names"]
        )
        if norm:
            if arrays is not None:
                data["norm"] = arrays["norm"].to_pandas()
            else:
                data["norm"] = _dhad.normalize_batch(data["text"], threads=threads)
        return pd.DataFrame(data)

    def _mentions(self, what: str, **kw: Any) -> pd.DataFrame:
        name = _BATCH[what]
        fn = getattr(_dhad, name, None)
        if fn is None:
            raise NotImplementedError(
                f"{what} are not part of this build of dhad (dhad._dhad has no {name}); "
                "install a version of dhad that includes them"
            )
        positions, texts = self._present()
        per_doc = self._batch(positions, fn, texts, **kw)
        fields = _MENTION_FIELDS[what]
        doc_pos: list[int] = []
        cols: dict[str, list] = {"text": [], "start": [], "end": [], **{f: [] for f in fields}}
        for i, mentions in enumerate(per_doc):
            for m in mentions or ():
                doc_pos.append(i)
                cols["text"].append(m.text)
                cols["start"].append(m.start)
                cols["end"].append(m.end)
                for f in fields:
                    cols[f].append(getattr(m, f, None))
        data: dict[str, Any] = {"doc": self._labels(positions, np.asarray(doc_pos, dtype=np.int64))}
        data["text"] = pd.Series(cols.pop("text"), dtype=object)
        data["start"] = np.asarray(cols.pop("start"), dtype=np.int64)
        data["end"] = np.asarray(cols.pop("end"), dtype=np.int64)
        for f, values in cols.items():
            data[f] = pd.Series(values, dtype=object)
        return pd.DataFrame(data)

    def sentences(self, *, threads: int | None = None, progress: bool = False) -> pd.DataFrame:
        """One row per sentence: ``doc``, ``text``, ``start``, ``end``."""
        return self._mentions("sentences", threads=threads, progress=progress)

    def numbers(
        self, *, bare_units: bool = False, threads: int | None = None, progress: bool = False
    ) -> pd.DataFrame:
        """One row per number mention: ``doc``, ``text``, ``start``, ``end``, ``value``, ``kind``,
        ``approx``, ``range_end``, ``unit``, ``unit_norm`` (values stay exact Python ints/floats).

        Args:
            bare_units: A lone unit noun counts one ("دولار"), as in ``extract_numbers``.
        """
        return self._mentions("numbers", bare_units=bare_units, threads=threads, progress=progress)

    def entities(
        self, *, labels: Any = None, threads: int | None = None, progress: bool = False
    ) -> pd.DataFrame:
        """One row per entity: ``doc``, ``text``, ``start``, ``end``, ``label``, ``source``.

        Args:
            labels: Only these labels, as in ``extract_entities_batch`` (names only,
                ``["PER", "LOC", "ORG", "MISC"]``, skips the date search).
        """
        return self._mentions("entities", labels=labels, threads=threads, progress=progress)

    def dates(
        self, *, reference: Any = None, threads: int | None = None, progress: bool = False
    ) -> pd.DataFrame:
        """One row per date or time: ``doc``, ``text``, ``start``, ``end``, ``label``, ``value``,
        ``grain``, ``end_value``, ``calendar``."""
        return self._mentions("dates", reference=reference, threads=threads, progress=progress)


def _register() -> None:
    """Register ``Series.dhad`` (quietly replacing an accessor of this module, e.g. on reload)."""
    existing = getattr(pd.Series, "dhad", None)
    with warnings.catch_warnings():
        if getattr(existing, "__module__", None) == __name__:
            warnings.simplefilter("ignore", UserWarning)
        pd.api.extensions.register_series_accessor("dhad")(DhadSeriesAccessor)


_register()
