"""Dask helpers: run dhad over a partitioned corpus on a cluster.

- :func:`map_partitions` runs one of the pandas accessor's methods (``Series.dhad.tokens()`` …)
  on a column of every partition of a ``dask.dataframe`` and returns a lazy Dask object.
- :func:`analyze_bag` turns a ``dask.bag`` of texts into a bag of ``dhad.Document``.

Every result class pickles, so results travel between worker processes and back.

Threads inside a worker
-----------------------
A Dask worker already runs ``nthreads`` tasks at once, and dhad releases the GIL, so the worker's
thread count *is* the parallelism: inside a worker each task runs dhad on one thread by default,
and a host never runs more dhad threads than its workers have task threads (the same rule Dask's
nanny applies to BLAS with ``OMP_NUM_THREADS=1``). :func:`worker_threads` decides, in this order:

1. ``threads=`` passed to the helper (e.g. ``threads=4`` for workers started with
   ``--nthreads 1`` on a 4-core host, so one task uses the whole host);
2. the ``DHAD_NUM_THREADS`` environment variable of the worker process (set it for every worker
   with ``LocalCluster(env={"DHAD_NUM_THREADS": "4"})``, ``dask worker --nthreads 1`` plus
   ``export DHAD_NUM_THREADS=4``, or the ``distributed.nanny.pre-spawn-environ`` config);
3. ``1`` inside a worker; outside a worker (the local scheduler), all cores.

Needs dask (``pip install 'dhad[dask]'``) and pandas for the dataframe helper.
"""

from __future__ import annotations

import datetime
import os
from typing import Any

try:
    import dask  # noqa: F401
except ImportError as _err:  # pragma: no cover - exercised only without dask
    raise ImportError(
        "dhad.dask needs dask, which is not installed: pip install 'dhad[dask]' "
        "(or pip install 'dask[distributed,dataframe]')"
    ) from _err

__all__ = ["analyze_bag", "map_partitions", "worker_threads"]

#: What :func:`map_partitions` can compute: the ``Series.dhad`` methods.
METHODS = ("normalize", "tokens", "sentences", "numbers", "entities", "dates")


def in_worker() -> bool:
    """True inside a task running on a ``dask.distributed`` worker."""
    try:
        from distributed import get_worker
    except ImportError:
        return False
    try:
        get_worker()
    except ValueError:
        return False
    return True


def worker_threads(threads: int | None = None) -> int | None:
    """The ``threads=`` to pass to dhad's batch functions from here (see the module docs).

    Returns:
        ``threads`` when given; ``None`` (dhad then reads ``DHAD_NUM_THREADS``) when that variable
        is set; ``1`` inside a Dask worker; ``None`` (all cores) elsewhere.
    """
    if threads is not None:
        return threads
    if os.environ.get("DHAD_NUM_THREADS", "").strip():
        return None
    return 1 if in_worker() else None


def _one_moment(kwargs: dict) -> dict:
    """``kwargs`` with ``reference`` fixed to now when not given: each partition is a separate
    dhad call, and left to itself each would resolve relative dates ("غدا", "الآن") against the
    moment its task runs, so a job running across midnight would read "غدا" as two days."""
    if kwargs.get("reference") is None:
        return {**kwargs, "reference": datetime.datetime.now()}
    return kwargs


def _apply(series: Any, method: str, threads: int | None, kwargs: dict) -> Any:
    import dhad.pandas  # noqa: F401  (registers Series.dhad in the worker process)

    return getattr(series.dhad, method)(threads=worker_threads(threads), **kwargs)


def map_partitions(ddf: Any, column: str = "text", method: str = "tokens", *, threads: int | None = None, **kwargs: Any) -> Any:
    """Run ``ddf[column].dhad.<method>(**kwargs)`` on every partition.

    Args:
        ddf: A ``dask.dataframe.DataFrame`` (or a Dask Series, then ``column`` is ignored).
        column: The column holding the texts.
        method: ``"normalize"`` (a Series aligned with ``ddf``), or ``"tokens"``, ``"sentences"``,
            ``"numbers"``, ``"entities"``, ``"dates"`` (one row per item; ``doc`` holds the index
            label of its text).
        threads: dhad threads per task (default: see :func:`worker_threads`).
        **kwargs: Passed to the method (``norm=False``, ``preset="display"``, ``reference=…``;
            for dates the reference defaults to the moment this is called, the same for
            every partition).

    Returns:
        A lazy Dask DataFrame (or Series for ``"normalize"``); ``.compute()`` runs it.

    Raises:
        dhad.DhadError: Unknown ``method``.
        NotImplementedError: That kind of result is not part of this build.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> ddf = dd.from_pandas(pd.DataFrame({"text": ["وصل الوفد", "غادر"]}), npartitions=2)
        >>> map_partitions(ddf, "text", "tokens").compute()["text"].tolist()
        ['وصل', 'الوفد', 'غادر']
    """
    from dhad import DhadError

    if method not in METHODS:
        raise DhadError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    series = ddf if getattr(ddf, "ndim", 2) == 1 else ddf[column]
    if method == "dates":
        kwargs = _one_moment(kwargs)
    meta = _apply(series._meta, method, 1, kwargs)
    return series.map_partitions(_apply, method, threads, kwargs, meta=meta)


def _analyze_partition(texts: Any, threads: int | None, kwargs: dict) -> list:
    import dhad

    return dhad.analyze_batch(list(texts), threads=worker_threads(threads), **kwargs)


def analyze_bag(bag: Any, *, threads: int | None = None, **kwargs: Any) -> Any:
    """``dhad.analyze_batch`` over every partition of a ``dask.bag`` of texts.

    Args:
        bag: A ``dask.bag.Bag`` of ``str``.
        threads: dhad threads per task (default: see :func:`worker_threads`).
        **kwargs: Passed to ``analyze_batch`` (``reference=…``; by default the moment this is
            called, the same for every partition).

    Returns:
        A lazy bag of ``dhad.Document``, in the order of the input.
    """
    return bag.map_partitions(_analyze_partition, threads, _one_moment(kwargs))
