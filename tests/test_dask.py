"""dhad on a Dask cluster: two worker processes give the same results as a local run."""

from __future__ import annotations

import pandas as pd
import pytest

import dhad
import dhad.pandas  # noqa: F401

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import dhad.dask  # noqa: E402

PEOPLE = ["محمد العلي", "ليلى حسن", "عمر خالد"]
PLACES = ["القاهرة", "بيروت", "عمّان", "تونس"]


def corpus(n: int = 240) -> list[str]:
    return [
        f"وصل {PEOPLE[i % 3]} إلى {PLACES[i % 4]} مع {i * 7} لاجئاً يوم {i % 28 + 1} مارس. ثم غادر 😀 #{i}"
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0", silence_logs=40
    ) as cluster, Client(cluster) as c:
        yield c


def test_analyze_bag_equals_local_run(client):
    texts = corpus()
    remote = dhad.dask.analyze_bag(db.from_sequence(texts, npartitions=6)).compute()
    local = dhad.analyze_batch(texts)
    assert len(remote) == len(local) == len(texts)
    assert remote == local
    assert [d.to_dict() for d in remote] == [d.to_dict() for d in local]
    # both worker processes took part
    assert len(client.scheduler_info()["workers"]) == 2


def test_dataframe_tokens_and_normalize_equal_local_run(client):
    texts = corpus()
    pdf = pd.DataFrame({"text": texts, "id": range(len(texts))}, index=pd.RangeIndex(1000, 1000 + len(texts)))
    ddf = dd.from_pandas(pdf, npartitions=5)
    remote = dhad.dask.map_partitions(ddf, "text", "tokens").compute()
    local = pdf["text"].dhad.tokens()
    pd.testing.assert_frame_equal(remote.reset_index(drop=True), local)
    for r in remote.itertuples(index=False):
        assert pdf["text"][r.doc][r.start : r.end] == r.text
    norm = dhad.dask.map_partitions(ddf, "text", "normalize").compute()
    pd.testing.assert_series_equal(norm, pdf["text"].dhad.normalize(), check_dtype=False)
    sents = dhad.dask.map_partitions(ddf["text"], method="sentences").compute()
    pd.testing.assert_frame_equal(sents.reset_index(drop=True), pdf["text"].dhad.sentences())
    for method, fn in (("numbers", "extract_numbers_batch"), ("entities", "extract_entities_batch")):
        if hasattr(dhad._dhad, fn):  # as those areas land in the build
            remote = dhad.dask.map_partitions(ddf, "text", method).compute().reset_index(drop=True)
            pd.testing.assert_frame_equal(remote, getattr(pdf["text"].dhad, method)())
            assert len(remote) > 0


def test_worker_threads_follow_the_worker(client):
    # one dhad thread per task inside a worker (the worker's nthreads is the parallelism) ...
    assert client.submit(dhad.dask.worker_threads, pure=False).result() == 1
    assert client.submit(dhad.dask.in_worker, pure=False).result() is True
    # ... unless the call says otherwise
    assert client.submit(dhad.dask.worker_threads, 3, pure=False).result() == 3


def test_worker_threads_outside_a_worker(monkeypatch):
    monkeypatch.delenv("DHAD_NUM_THREADS", raising=False)
    assert dhad.dask.in_worker() is False
    assert dhad.dask.worker_threads() is None
    assert dhad.dask.worker_threads(2) == 2
    monkeypatch.setenv("DHAD_NUM_THREADS", "4")
    assert dhad.dask.worker_threads() is None  # dhad reads the variable itself


def test_unknown_method():
    ddf = dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1)
    with pytest.raises(dhad.DhadError, match="method must be one of"):
        dhad.dask.map_partitions(ddf, "text", "verbs")


def test_dhad_num_threads_from_the_worker_environment():
    """The documented way to give each task more threads: DHAD_NUM_THREADS in the workers' env."""
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=1, processes=True, threads_per_worker=1, dashboard_address=":0", silence_logs=40,
        env={"DHAD_NUM_THREADS": "2"},
    ) as cluster, Client(cluster) as c:
        env = c.submit(lambda: __import__("os").environ.get("DHAD_NUM_THREADS"), pure=False).result()
        assert env == "2"
        assert c.submit(dhad.dask.worker_threads, pure=False).result() is None  # dhad reads the variable
        texts = corpus(50)
        assert dhad.dask.analyze_bag(db.from_sequence(texts, npartitions=2)).compute(scheduler=c) == dhad.analyze_batch(texts)


def test_every_partition_resolves_relative_dates_against_one_moment():
    # Without reference=, each partition called dhad with its own "now", taken when the task ran:
    # a job running across midnight read "غدا" as two different days, and a graph computed
    # later than it was built resolved against the time of computing. Now the moment is fixed
    # when the graph is built, as one analyze_batch call over the whole corpus would do.
    import datetime as dt
    import time

    texts = ["وصل الوفد الآن", "غادر الآن", "الآن", "عاد الآن"]
    bag = dhad.dask.analyze_bag(db.from_sequence(texts, npartitions=4))
    ddf = dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=4)
    frame = dhad.dask.map_partitions(ddf, "text", "dates")
    built = dt.datetime.now()
    time.sleep(1.2)
    values = [d.dates[0].value for d in bag.compute(scheduler="sync")]
    assert len(set(values)) == 1 and values[0] <= built
    got = frame.compute(scheduler="sync")["value"].tolist()
    assert len(set(got)) == 1 and got[0] <= built
    fixed = dt.datetime(2024, 5, 1, 12, 0)
    (d,) = dhad.dask.analyze_bag(db.from_sequence(["الآن"]), reference=fixed).compute(scheduler="sync")
    assert d.dates[0].value == fixed
