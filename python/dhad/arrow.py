"""Columnar output: tokens, numbers, entities and dates as Apache Arrow tables (and Polars frames).

Tokens come from ``dhad._dhad.tokenize_columns_batch``, which returns flat buffers built in Rust;
they become Arrow arrays without a Python object per token, so a corpus of millions of tokens
costs a few buffer copies. Mentions (numbers, entities, dates) are far fewer than tokens and are
read from the result objects of the ``extract_*_batch`` functions.

Needs ``pyarrow`` (``pip install 'dhad[arrow]'``); the Polars helpers need ``polars`` too
(``pip install 'dhad[polars]'``).

Example:
    >>> import dhad.arrow
    >>> t = dhad.arrow.analyze_table(["وصل ٣٥٠٠ لاجئ", "غادر الوفد"])
    >>> t.column_names
    ['doc', 'start', 'end', 'text', 'kind', 'norm']
    >>> t.column("text").to_pylist()
    ['وصل', '٣٥٠٠', 'لاجئ', 'غادر', 'الوفد']
    >>> t.column("norm").to_pylist()[:3]
    ['وصل', '3500', 'لاجي']
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable, Sequence

try:
    import pyarrow as pa
except ImportError as _err:  # pragma: no cover - exercised only without pyarrow
    raise ImportError(
        "dhad.arrow needs pyarrow, which is not installed: pip install 'dhad[arrow]' (or pip install pyarrow)"
    ) from _err

from dhad import _dhad

__all__ = ["WHAT", "TYPES", "analyze_table", "analyze_frame", "to_arrow", "tokens_table", "mentions_table"]

#: What ``analyze_table`` can return, and the fields each mention table holds (besides doc/start/end/text).
FIELDS: dict[str, tuple[str, ...]] = {
    "tokens": ("kind", "norm"),
    "sentences": (),
    "numbers": ("value", "kind", "approx", "range_end", "unit", "unit_norm"),
    "entities": ("label", "source"),
    "dates": ("label", "value", "grain", "end_value", "calendar"),
}
WHAT = tuple(FIELDS)

#: The Arrow type of each mention field, so that every table of one kind has one schema (the
#: tables of the chunks of a corpus concatenate, and go to one Parquet file), whatever values a
#: chunk happens to hold. Number values are float64 (exact for whole numbers up to 2**53; the
#: objects and the pandas accessor keep exact ints); dates are timestamps in microseconds, with
#: the time zone of an aware reference.
TYPES: dict[str, dict[str, Any]] = {
    "sentences": {},
    "numbers": {"value": pa.float64(), "kind": pa.string(), "approx": pa.string(),
                "range_end": pa.float64(), "unit": pa.string(), "unit_norm": pa.string()},
    "entities": {"label": pa.string(), "source": pa.string()},
    "dates": {"label": pa.string(), "value": "timestamp", "grain": pa.string(),
              "end_value": "timestamp", "calendar": pa.string()},
}

_BATCH = {
    "numbers": "extract_numbers_batch",
    "entities": "extract_entities_batch",
    "dates": "extract_dates_batch",
    "sentences": "sentences_batch",
}


def _texts(texts: Iterable[str]) -> list[str]:
    if isinstance(texts, str):
        raise TypeError("texts must be an iterable of str, not a single str (wrap it in a list)")
    return texts if isinstance(texts, list) else list(texts)


def _check_what(what: str) -> None:
    if what not in FIELDS:
        raise _dhad.DhadError(f"what must be one of {', '.join(WHAT)}, not {what!r}")


def _batch_function(what: str):
    name = _BATCH[what]
    fn = getattr(_dhad, name, None)
    if fn is None:
        raise NotImplementedError(
            f"{what} are not part of this build of dhad (dhad._dhad has no {name}); "
            "install a version of dhad that includes them"
        )
    return fn


def token_arrays(cols: dict, *, norm: bool = True) -> dict[str, pa.Array]:
    """Arrow arrays from the flat buffers of ``_dhad.tokenize_columns_batch`` (no copy per token)."""
    n = cols["n_tokens"]
    out: dict[str, pa.Array] = {}
    for name in ("doc", "start", "end"):
        out[name] = pa.Array.from_buffers(pa.int64(), n, [None, pa.py_buffer(cols[name])])
    out["text"] = pa.Array.from_buffers(
        pa.large_string(), n, [None, pa.py_buffer(cols["text_offsets"]), pa.py_buffer(cols["text_data"])]
    )
    codes = pa.Array.from_buffers(pa.uint8(), n, [None, pa.py_buffer(cols["kind"])])
    out["kind"] = pa.DictionaryArray.from_arrays(codes, pa.array(cols["kind_names"], pa.string()))
    if norm:
        out["norm"] = pa.Array.from_buffers(
            pa.large_string(), n, [None, pa.py_buffer(cols["norm_offsets"]), pa.py_buffer(cols["norm_data"])]
        )
    return out


#: Token kinds in the order of the codes the core uses (the dictionary of the ``kind`` column).
KIND_NAMES: list[str] = list(_dhad.tokenize_columns_batch([], norm=False)["kind_names"])


def _kind_array(kinds: list[str]) -> pa.DictionaryArray:
    code = {k: i for i, k in enumerate(KIND_NAMES)}
    codes = pa.array([code[k] for k in kinds], pa.uint8())
    return pa.DictionaryArray.from_arrays(codes, pa.array(KIND_NAMES, pa.string()))


def tokens_table(
    texts: Iterable[str], *, norm: bool = True, threads: int | None = None, progress: bool = False
) -> pa.Table:
    """Every token of every text as one Arrow table, built from columns made in Rust.

    Columns: ``doc`` (position of the text in ``texts``), ``start``, ``end`` (code points),
    ``text``, ``kind`` (dictionary-encoded), ``norm`` (search-normalized; left out with
    ``norm=False``, which is faster).

    Args:
        texts: Any iterable of ``str``.
        norm: Add the ``norm`` column.
        threads: Worker threads (None: ``DHAD_NUM_THREADS`` or all cores; at most four per core).
        progress: Show a progress bar (needs tqdm).

    Returns:
        A ``pyarrow.Table`` with one row per token.

    Raises:
        TypeError: An item is not a ``str`` (the message names its index).
    """
    cols = _dhad.tokenize_columns_batch(_texts(texts), norm=norm, threads=threads, progress=progress)
    return pa.table(token_arrays(cols, norm=norm))


def _arrow_values(values: list) -> pa.Array:
    """An Arrow array for a column of mention values (ints, floats, datetimes, strings, None)."""
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        pass
    # Mixed kinds (ints too big for int64, aware and naive datetimes, ...): keep them exact as text.
    return _as_text(values)


def _as_text(values: list) -> pa.Array:
    return pa.array([None if v is None else (v.isoformat() if isinstance(v, _dt.datetime) else str(v)) for v in values])


def _timestamp_type(per_doc: Sequence[Sequence[Any]], reference: Any) -> pa.DataType:
    """``timestamp[us]`` with the time zone of the date values (all made against one reference),
    or of ``reference`` when there are none; naive without either."""
    tz = None
    for mentions in per_doc:
        for m in mentions or ():
            v = getattr(m, "value", None)
            if isinstance(v, _dt.datetime):
                tz = v.tzinfo
                break
        else:
            continue
        break
    else:
        if isinstance(reference, _dt.datetime):
            tz = reference.tzinfo
    if tz is None:
        return pa.timestamp("us")
    return pa.scalar(_dt.datetime(2000, 1, 1, tzinfo=tz)).type


def _typed_values(values: list, type_: pa.DataType) -> pa.Array:
    """``values`` as an array of ``type_``; inferred (exact) when they do not fit it."""
    if pa.types.is_timestamp(type_):
        # Arrow reads a naive datetime in an aware column as UTC, and an aware one in a naive
        # column as its UTC time: either would shift it silently. A mix stays exact as text.
        aware = type_.tz is not None
        if any(isinstance(v, _dt.datetime) and (v.tzinfo is not None) != aware for v in values):
            return _as_text(values)
    try:
        if pa.types.is_floating(type_):
            return pa.array([None if v is None else float(v) for v in values], type_)
        return pa.array(values, type_)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, ValueError):
        return _arrow_values(values)


def mentions_table(
    per_doc: Sequence[Sequence[Any]], fields: Sequence[str], types: dict[str, pa.DataType] | None = None
) -> pa.Table:
    """A table of mention objects (any objects with ``text``, ``start``, ``end`` and ``fields``).

    ``per_doc[i]`` holds the mentions of document ``i``; the ``doc`` column says which.
    ``types`` gives the Arrow type of some fields (see :data:`TYPES`); the others are inferred
    from their values.
    """
    doc: list[int] = []
    cols: dict[str, list] = {"start": [], "end": [], "text": [], **{f: [] for f in fields}}
    for i, mentions in enumerate(per_doc):
        for m in mentions or ():
            doc.append(i)
            cols["start"].append(m.start)
            cols["end"].append(m.end)
            cols["text"].append(m.text)
            for f in fields:
                cols[f].append(getattr(m, f, None))
    arrays = {"doc": pa.array(doc, pa.int64())}
    arrays["start"] = pa.array(cols.pop("start"), pa.int64())
    arrays["end"] = pa.array(cols.pop("end"), pa.int64())
    arrays["text"] = pa.array(cols.pop("text"), pa.large_string())
    for f, values in cols.items():
        if types and f in types:
            arrays[f] = _typed_values(values, types[f])
        else:
            arrays[f] = _arrow_values(values) if values else pa.array([], pa.null())
    return pa.table(arrays)


def _types(what: str, per_doc: Sequence[Sequence[Any]], reference: Any = None) -> dict[str, pa.DataType]:
    """:data:`TYPES` of ``what``, with the timestamp type of these dates."""
    types = dict(TYPES[what])
    if "timestamp" in types.values():
        ts = _timestamp_type(per_doc, reference)
        types = {f: ts if t == "timestamp" else t for f, t in types.items()}
    return types


def analyze_table(
    texts: Iterable[str],
    what: str = "tokens",
    *,
    norm: bool = True,
    reference: Any = None,
    labels: Iterable[str] | str | None = None,
    bare_units: bool = False,
    threads: int | None = None,
    progress: bool = False,
) -> pa.Table:
    """Analyze many texts and return one kind of result as a ``pyarrow.Table``.

    Args:
        texts: Any iterable of ``str``.
        what: ``"tokens"`` (default; built without a Python object per token), ``"sentences"``,
            ``"numbers"``, ``"entities"`` or ``"dates"``.
        norm: For tokens: add the search-normalized ``norm`` column.
        reference: For dates: the moment relative dates resolve against.
        labels: For entities: only these labels, as in ``extract_entities_batch``.
        bare_units: For numbers: a lone unit noun counts one, as in ``extract_numbers``.
        threads: Worker threads (None: ``DHAD_NUM_THREADS`` or all cores; at most four per core).
        progress: Show a progress bar (needs tqdm).

    An option of another kind is ignored (``reference`` with ``what="numbers"``), so that one
    call can be looped over every kind: ``[analyze_table(texts, w, reference=ref) for w in
    ("numbers", "dates")]``.

    Returns:
        One row per item: ``doc`` (position in ``texts``), ``start``, ``end``, ``text`` and the
        fields of that kind (``kind``/``norm`` for tokens, ``value``/``kind``/``approx``/
        ``range_end``/``unit``/``unit_norm`` for numbers, ``label``/``source`` for entities,
        ``label``/``value``/``grain``/``end_value``/``calendar`` for dates). Every table of
        one kind has the same schema (:data:`TYPES`: number values as float64, dates as
        timestamps), so the tables of the chunks of a corpus concatenate.

    Raises:
        TypeError: An item is not a ``str``.
        dhad.DhadError: Unknown ``what``.
        NotImplementedError: That kind of result is not part of this build.
    """
    _check_what(what)
    texts = _texts(texts)
    if what == "tokens":
        return tokens_table(texts, norm=norm, threads=threads, progress=progress)
    fn = _batch_function(what)
    kw: dict[str, Any] = {"threads": threads, "progress": progress}
    if what == "dates":
        kw["reference"] = reference
    elif what == "entities":
        kw["labels"] = labels
    elif what == "numbers":
        kw["bare_units"] = bare_units
    per_doc = fn(texts, **kw)
    return mentions_table(per_doc, FIELDS[what], _types(what, per_doc, reference))


def to_arrow(docs: Iterable[Any], what: str = "tokens") -> pa.Table:
    """Documents already analyzed (``dhad.Document``) as one Arrow table of ``what``.

    This reads the objects the documents hold; for a fresh corpus :func:`analyze_table` is faster.
    A ``None`` in ``docs`` (what ``analyze_batch(..., errors="none")`` gives for a bad item) has
    no rows; ``doc`` still counts it.
    """
    _check_what(what)
    docs = list(docs)
    if what != "tokens":
        per_doc = [getattr(d, what, None) or [] for d in docs]
        return mentions_table(per_doc, FIELDS[what], _types(what, per_doc))
    doc: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    kinds: list[str] = []
    for i, d in enumerate(docs):
        # None (a bad item of analyze_batch(..., errors="none")) has no tokens
        toks = getattr(d, "tokens", None)
        if toks is None:
            continue
        n = len(toks)
        doc.extend([i] * n)
        if hasattr(toks, "starts"):
            starts.extend(toks.starts)
            ends.extend(toks.ends)
            texts.extend(toks.texts)
            kinds.extend(toks.kinds)
        else:
            for t in toks:
                starts.append(t.start)
                ends.append(t.end)
                texts.append(t.text)
                kinds.append(t.kind)
    norms = _dhad.normalize_batch(texts)
    return pa.table(
        {
            "doc": pa.array(doc, pa.int64()),
            "start": pa.array(starts, pa.int64()),
            "end": pa.array(ends, pa.int64()),
            "text": pa.array(texts, pa.large_string()),
            "kind": _kind_array(kinds),
            "norm": pa.array(norms, pa.large_string()),
        }
    )


def analyze_frame(texts: Iterable[str], what: str = "tokens", **kwargs: Any):
    """Like :func:`analyze_table`, as a ``polars.DataFrame`` (needs ``pip install 'dhad[polars]'``)."""
    try:
        import polars as pl
    except ImportError as err:
        raise ImportError(
            "dhad.arrow.analyze_frame needs polars, which is not installed: pip install 'dhad[polars]' (or pip install polars)"
        ) from err
    return pl.from_arrow(analyze_table(texts, what, **kwargs))
