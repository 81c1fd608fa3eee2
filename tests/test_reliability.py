"""Reliability of the Python surface: fuzzing with hypothesis, bad input everywhere (None, bytes,
huge ints, lone surrogates, bad items in the middle of batches), threads, fork, spawn, Ctrl-C.

Every property checks values (spans slice back, alignments stay inside the original, batch equals
the single-text function), never only "no crash". Nothing here measures time: speed lives in
scripts/scaling.py and scripts/memory.py.
"""

from __future__ import annotations

import datetime
import functools
import gc
import multiprocessing
import os
import pickle
import subprocess
import sys
import textwrap
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dhad

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters dhad treats specially, mixed with anything hypothesis makes.
SPECIAL = list(
    "اأإآٱىيةهؤئولبکیہۃ\u064e\u0651\u0652\u0653\u0654\u0655\u0670\u0301\u0640\u200c\u200d\u200e\u200f"
    "\u202b\ufeff\u00adﻻﷺﺑＡ١٫٬۱5.,،؟!…%٪ \u00a0\n\r\t\u2029\u2028\x85\x00\x07#@_aZ'()«»\"👍🏽\ufe0f🇸🇾\u20e3👩한é"
) + ["http://", "www.", "x@y.z", "د.", "هـ", "ص.ب", "ألف", "ثلاثة", "مليار"]
texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(SPECIAL), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(max_size=3)), max_size=30).map("".join),
)

# Every single-text entry point: name -> callable.
SINGLE = {
    "normalize": dhad.normalize,
    "normalize_display": lambda t: dhad.normalize(t, "display"),
    "Normalizer.normalize": dhad.Normalizer("display").normalize,
    "normalize_aligned": dhad.Normalizer().normalize_aligned,
    "tokenize": dhad.tokenize,
    "sentences": dhad.sentences,
    "analyze": dhad.analyze,
    "segment": dhad.segment,
    "extract_numbers": dhad.extract_numbers,
    "extract_entities": dhad.extract_entities,
    "extract_dates": dhad.extract_dates,
}
BATCH = {
    "normalize_batch": dhad.normalize_batch,
    "Normalizer.normalize_batch": dhad.Normalizer("display").normalize_batch,
    "tokenize_batch": dhad.tokenize_batch,
    "sentences_batch": dhad.sentences_batch,
    "analyze_batch": dhad.analyze_batch,
    "segment_batch": dhad.segment_batch,
    "extract_numbers_batch": dhad.extract_numbers_batch,
    "extract_entities_batch": dhad.extract_entities_batch,
    "extract_dates_batch": dhad.extract_dates_batch,
}
_rec = dhad.EntityRecognizer(builtin=True)
_rec.add("ORG", ["شركة النسيم", "Acme Corp"])
SINGLE["EntityRecognizer.extract"] = _rec.extract
BATCH["EntityRecognizer.extract_batch"] = _rec.extract_batch



def spans_of(result) -> list:
    """Every object with start/end/text inside a result (tokens, spans, mentions, documents)."""
    if result is None or isinstance(result, (str, int, float)):
        return []
    if hasattr(result, "start") and hasattr(result, "end") and hasattr(result, "text"):
        return [result]
    if isinstance(result, dhad.Document):
        return [*result.sentences, *(result.tokens or []), *result.numbers, *result.entities, *result.dates]
    try:
        return [x for item in result for x in spans_of(item)]
    except TypeError:
        return []


def same(a, b) -> bool:
    """Results compare equal (Documents compare field by field; their tokens by value)."""
    if isinstance(a, dhad.Document):
        return a.to_dict() == b.to_dict()
    return a == b


# ---------------------------------------------------------------------------------------------
# Hypothesis fuzz over the public functions


@FUZZ
@given(texts)
def test_every_span_slices_back(text):
    for name, fn in SINGLE.items():
        if name == "segment":
            continue  # takes one word; see test_clitic_segments_join_back_to_their_token
        for m in spans_of(fn(text)):
            assert 0 <= m.start <= m.end <= len(text), (name, m)
            assert text[m.start : m.end] == m.text, (name, m)


@FUZZ
@given(texts)
def test_tokens_are_ordered_and_columns_agree(text):
    toks = dhad.tokenize(text)
    assert toks.texts == [t.text for t in toks]
    assert toks.starts == [t.start for t in toks]
    assert toks.ends == [t.end for t in toks]
    assert toks.kinds == [t.kind for t in toks]
    for a, b in zip(toks.ends, toks.starts[1:]):
        assert a <= b
    for t in toks:
        assert t.kind in {"word", "number", "punct", "symbol", "latin", "url", "email", "hashtag", "mention", "emoji"}
        assert t.norm == dhad.normalize(t.text)
    assert pickle.loads(pickle.dumps(toks)) == toks


@FUZZ
@given(texts)
def test_clitic_segments_join_back_to_their_token(text):
    for t in dhad.tokenize(text, clitics=True):
        if t.kind != "word":
            assert t.segments is None
            continue
        s = t.segments
        assert "".join([*s.prefixes, s.stem, *s.suffixes]) == t.text
        assert s == dhad.segment(t.text)
    for w in text.split():
        s = dhad.segment(w)
        assert "".join([*s.prefixes, s.stem, *s.suffixes]) == w


@FUZZ
@given(texts)
def test_search_normalization_is_idempotent(text):
    once = dhad.normalize(text)
    assert dhad.normalize(once) == once
    shown = dhad.normalize(text, "display")
    assert dhad.normalize(shown, "display") == shown
    assert dhad.normalize(text, "none") == text


@FUZZ
@given(texts, st.sampled_from(["none", "display", "search"]))
def test_alignment_stays_inside_the_original(text, preset):
    a = dhad.Normalizer(preset).normalize_aligned(text)
    assert a.text == dhad.normalize(text, preset)
    assert a.original == text
    assert len(a.offsets) == len(a.text) == len(a)
    for s, e in a.offsets:
        assert 0 <= s < e <= len(text)
    n = len(a.text)
    for i in range(n + 1):
        for j in (i, min(i + 1, n), n):
            s, e = a.to_original(i, j)
            assert 0 <= s <= e <= len(text)
    if n:
        assert a.to_original(0, n) == (min(s for s, _ in a.offsets), max(e for _, e in a.offsets))
    assert pickle.loads(pickle.dumps(a)) == a


@settings(max_examples=60, deadline=None)
@given(st.lists(texts, max_size=12), st.sampled_from([1, 2]))
def test_batch_equals_map_of_single(items, threads):
    for (bname, batch), sname in [
        ((n, f), n.replace("_batch", "")) for n, f in BATCH.items() if n.replace("_batch", "") in SINGLE
    ]:
        its = [w for t in items for w in t.split()] if bname == "segment_batch" else items
        got = batch(its, threads=threads)
        want = [SINGLE[sname](t) for t in its]
        assert len(got) == len(want)
        assert all(same(g, w) for g, w in zip(got, want)), bname


def test_batches_of_several_chunks_keep_order_and_bad_items_in_place():
    # About 3 MB of distinct texts: several 1 MB chunks, so the next chunk is computed while the
    # previous one is converted; a bad item in a later chunk must stay at its index.
    base = ["اعتقل {} شخصا في الموصل يوم {} آذار 2021، وقال الرئيس إن {} طائرة وصلت.",
            "كتب الطالب درسه رقم {} في المدرسة، ثم ذهب إلى دمشق مع {} من أصدقائه.",
            "وأفادت الوكالة بأن {} آلاف دولار صرفت خلال أسبوع واحد في {} ."]
    items = [base[i % 3].format(i, i % 28 + 1, i * 7) for i in range(30000)]
    assert sum(len(t.encode()) for t in items) > 3_000_000
    mixed = list(items)
    mixed[25000] = None
    ref = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.timezone.utc)
    for bname, batch in BATCH.items():
        its = [w for t in items[:3000] for w in t.split()] * 12 if bname == "segment_batch" else items
        sname = bname.replace("_batch", "")
        one = SINGLE[sname]
        if bname in ("extract_dates_batch", "analyze_batch"):  # "خلال أسبوع" is relative to now
            one = functools.partial(getattr(dhad, sname), reference=ref)
            batch = functools.partial(batch, reference=ref)
        got = batch(its, threads=2)
        assert len(got) == len(its), bname
        for k in (0, 1, len(its) // 3, len(its) // 2, len(its) - 1):
            assert same(got[k], one(its[k])), (bname, k)
        if bname != "segment_batch":
            got = batch(mixed, threads=2, errors="none")
            assert got[25000] is None and same(got[25001], one(items[25001])), bname


def test_result_objects_are_not_tracked_by_the_cycle_collector():
    # They hold only str/int/float/None, so they cannot be in a cycle (see result::leaf).
    text = "قال الرئيس إن 3 آلاف جندي وصلوا إلى بغداد في 5 آذار 2021"
    objs = [dhad.extract_numbers(text)[0], dhad.extract_entities(text)[0],
            dhad.extract_dates(text)[0], dhad.tokenize(text)[0], dhad.segment("وبالكتاب"),
            dhad.tokenize(text), dhad.tokenize_batch([text])[0]]
    assert [gc.is_tracked(o) for o in objs] == [False] * 7
    # objects made by the constructor (as unpickling does) are tracked as usual and still work
    back = pickle.loads(pickle.dumps(objs))
    assert back == objs


def test_batches_leave_the_cycle_collector_as_they_found_it():
    # The batch engine pauses the collector while it builds a chunk's results (batch::GcPause);
    # afterwards it must be on again if it was on, and stay off if the caller had turned it off,
    # also when the batch raises.
    texts = ["وصل 3 آلاف جندي إلى بغداد"] * 5000
    bad = texts[:2500] + [7] + texts[2500:]
    was = gc.isenabled()
    try:
        for enabled in (True, False):
            gc.enable() if enabled else gc.disable()
            for batch in (dhad.extract_numbers_batch, dhad.extract_entities_batch,
                          dhad.tokenize_batch, dhad.sentences_batch):
                assert len(batch(texts, threads=2)) == 5000
                assert gc.isenabled() is enabled, batch.__name__
                with pytest.raises(TypeError, match=r"texts\[2500\]"):
                    batch(bad, threads=2)
                assert gc.isenabled() is enabled, batch.__name__
    finally:
        gc.enable() if was else gc.disable()


# ---------------------------------------------------------------------------------------------
# Bad input: wrong types, lone surrogates, bad items in the middle of batches

BAD_VALUES = [None, b"bytes", bytearray(b"x"), 10**100, -1, 3.5, ["list"], {"d": 1}, object()]


@pytest.mark.parametrize("name", sorted(SINGLE))
@pytest.mark.parametrize("bad", BAD_VALUES, ids=lambda v: type(v).__name__)
def test_single_functions_reject_non_str_with_type_error(name, bad):
    with pytest.raises(TypeError) as e:
        SINGLE[name](bad)
    assert f"must be str, not {type(bad).__name__}" in str(e.value)


@pytest.mark.parametrize("name", sorted(n for n in SINGLE if n != "segment"))
def test_lone_surrogate_is_a_clear_error(name):
    with pytest.raises(dhad.DhadError) as e:
        SINGLE[name]("ab\ud800cd")
    assert "lone surrogate at index 2" in str(e.value)


@pytest.mark.parametrize("name", sorted(BATCH))
@pytest.mark.parametrize("bad", [None, b"bytes", 10**100, 2.5], ids=lambda v: type(v).__name__)
def test_batch_error_names_the_index_and_errors_none_keeps_the_rest(name, bad):
    fn = BATCH[name]
    items = ["وصل الوفد.", "ثم غادر", bad, "١٢٣ كتاب", ""]
    arg = "words" if name == "segment_batch" else "texts"  # messages name the argument
    if name == "segment_batch":  # one word per item
        items = ["وصل", "وبالعراق", bad, "١٢٣", "كتابهم"]
    with pytest.raises(TypeError) as e:
        fn(items)
    assert str(e.value) == f"{arg}[2] must be str, not {type(bad).__name__}"
    got = fn(items, errors="none")
    assert len(got) == 5
    assert got[2] is None
    good = fn([items[0], items[1], items[3], items[4]])
    assert all(same(g, w) for g, w in zip([got[0], got[1], got[3], got[4]], good))


@pytest.mark.parametrize("name", sorted(BATCH))
def test_batch_lone_surrogate_names_the_index(name):
    fn = BATCH[name]
    items = ["أ", "ب", "x\udfffy", "د"]
    arg = "words" if name == "segment_batch" else "texts"
    with pytest.raises(dhad.DhadError) as e:
        fn(items)
    assert str(e.value).startswith(f"{arg}[2] contains a lone surrogate at index 1, which is not valid Unicode text")
    got = fn(items, errors="none")
    assert got[2] is None and len(got) == 4
    assert same(got[3], fn(["د"])[0])


@pytest.mark.parametrize("name", sorted(BATCH))
def test_batch_rejects_bad_arguments(name):
    fn = BATCH[name]
    with pytest.raises(TypeError) as e:
        fn("a single string")
    assert "not a single str" in str(e.value)
    with pytest.raises(TypeError) as e:
        fn(42)
    arg = "words" if name == "segment_batch" else "texts"
    assert str(e.value) == f"{arg} must be an iterable of str, not int"
    with pytest.raises(dhad.DhadError) as e:
        fn(["a"], threads=0)
    assert str(e.value) == "threads must be a positive integer or None, not 0"
    with pytest.raises(dhad.DhadError) as e:
        fn(["a"], errors="ignore")
    assert str(e.value) == 'errors must be "raise" or "none", not "ignore"'


def test_batch_from_a_generator_that_fails_midway_propagates_its_error():
    def gen():
        yield "أ"
        yield "ب"
        raise RuntimeError("source broke at item 2")

    with pytest.raises(RuntimeError, match="source broke at item 2"):
        dhad.tokenize_batch(gen())


def test_huge_and_bad_numeric_arguments():
    a = dhad.Normalizer().normalize_aligned("كتاب")
    with pytest.raises(dhad.DhadError) as e:
        a.to_original(3, 2)
    assert str(e.value) == "span (3, 2) is not inside the normalized text (length 4); expected 0 <= start <= end <= 4"
    with pytest.raises(dhad.DhadError):
        a.to_original(-1, 2)
    with pytest.raises((OverflowError, dhad.DhadError)):
        a.to_original(0, 10**30)
    with pytest.raises((OverflowError, dhad.DhadError)):
        dhad.normalize_batch(["a"], threads=10**30)
    # A huge but representable thread count is capped by the number of texts.
    assert dhad.normalize_batch(["أ", "إ"], threads=2**40) == ["ا", "ا"]


def test_bad_options_are_dhad_errors():
    with pytest.raises(dhad.DhadError) as e:
        dhad.normalize("x", "loud")
    assert str(e.value) == 'unknown normalization preset "loud"; expected one of "none", "display", "search"'
    with pytest.raises(dhad.DhadError) as e:
        dhad.normalize("x", alef=1)
    assert str(e.value) == 'option "alef" must be True or False, not 1'
    with pytest.raises(dhad.DhadError):
        dhad.normalize("x", digits=10**100)
    with pytest.raises(dhad.DhadError):
        dhad.Normalizer(colour=True)


# ---------------------------------------------------------------------------------------------
# Regressions found by fuzzing and by scripts/scaling.py (exact values)


def test_regression_idempotence_and_lazy_output():
    assert dhad.normalize("ا\u200d\u200dب") == "اب"
    assert dhad.normalize("بـ\u200dى") == "بي"
    assert dhad.normalize("يى") == "يي"
    assert dhad.Normalizer().normalize_aligned("يى").text == "يي"
    assert dhad.normalize("p\u0655\u0301") == "ṕ"
    assert dhad.normalize("ا\u200d\u0653", "display") == "آ"
    assert dhad.normalize("أ\u0653\u200d\u0655", "display") == "أ\u0655\u0653"


def test_regression_aligned_offsets_of_ligatures():
    a = dhad.Normalizer().normalize_aligned("ﻻب ﻻ")
    assert a.text == "لاب لا"
    assert a.offsets == [(0, 1), (0, 1), (1, 2), (2, 3), (3, 4), (3, 4)]
    assert a.to_original(3, 5) == (2, 4)
    long = "ﻻ" * 3000 + "ب"
    b = dhad.Normalizer().normalize_aligned(long)
    assert len(b.offsets) == 6001
    assert b.offsets[-3:] == [(2999, 3000), (2999, 3000), (3000, 3001)]


# ---------------------------------------------------------------------------------------------
# Threads, fork, spawn, Ctrl-C

CORPUS = [f"وصل {i} من اللاجئين إلى #حلب يوم ١٢/٣. قال د. أحمد: «هل تأتي؟» " * 8 for i in range(400)]


def test_eight_threads_calling_batch_functions_at_once():
    # Over 64 KB in all, so each call uses the worker pool.
    assert sum(len(t.encode()) for t in CORPUS) > 64 * 1024
    fns = [dhad.normalize_batch, dhad.tokenize_batch, dhad.sentences_batch, dhad.Normalizer("display").normalize_batch]
    want = [f(CORPUS, threads=1) for f in fns]
    errors: list = []
    barrier = threading.Barrier(8)

    def work(k: int) -> None:
        try:
            barrier.wait()
            for r in range(3):
                i = (k + r) % len(fns)
                got = fns[i](CORPUS, threads=2)
                if got != want[i]:
                    errors.append((k, i, "different result"))
        except BaseException as e:  # noqa: BLE001
            errors.append((k, repr(e)))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def run_python(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter (so a deadlock or crash cannot take pytest down)."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},
    )


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_worker_threads_of_other_thread_counts_do_not_pile_up():
    # Every threads= value kept its own pool for the life of the process: a notebook trying
    # threads=1..16 held 135 idle OS threads afterwards, and threads=2000 then threads=1999 held
    # 4,000. Only the pools of the last few thread counts are kept now.
    r = run_python(
        """
        import os, time, dhad
        corpus = ["وصل الوفد إلى حلب. ثم غادر " * 20 + str(i) for i in range(500)]
        want = dhad.tokenize_batch(corpus, threads=1)
        base = len(os.listdir("/proc/self/task"))
        for n in range(2, 17):
            assert dhad.tokenize_batch(corpus, threads=n) == want
            assert dhad.normalize_batch(corpus, threads=n) == dhad.normalize_batch(corpus, threads=1)
        for _ in range(100):  # a dropped pool's threads end soon after, not at once
            extra = len(os.listdir("/proc/self/task")) - base
            if extra <= 13 + 14 + 15 + 16:
                break
            time.sleep(0.05)
        print(extra)
        """,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert int(r.stdout.split()[0]) <= 13 + 14 + 15 + 16


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_fork_after_the_pool_has_started():
    r = run_python(
        """
        import os, dhad
        corpus = ["وصل الوفد إلى حلب. ثم غادر " * 20 + str(i) for i in range(500)]
        want = dhad.tokenize_batch(corpus, threads=2)          # starts the worker pool
        pid = os.fork()
        if pid == 0:
            ok = dhad.tokenize_batch(corpus, threads=2) == want and dhad.normalize_batch(corpus) == [dhad.normalize(t) for t in corpus]
            os._exit(0 if ok else 3)
        _, status = os.waitpid(pid, 0)
        print("child", os.waitstatus_to_exitcode(status))
        print("parent", dhad.tokenize_batch(corpus, threads=2) == want)
        """,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.split("\n")[:2] == ["child 0", "parent True"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_fork_while_other_threads_are_inside_batches():
    # The worker pool may be busy (and its registry lock held) at the moment of fork; each child
    # must still get a working pool of its own. Ten forks, each child checked for its result.
    r = run_python(
        """
        import os, threading, time, warnings, dhad
        warnings.simplefilter("ignore", DeprecationWarning)   # 3.12+: fork with threads
        corpus = ["وصل الوفد إلى حلب. ثم غادر " * 20 + str(i) for i in range(300)]
        want = dhad.tokenize_batch(corpus, threads=2)
        stop = []
        def busy():
            while not stop:
                dhad.tokenize_batch(corpus, threads=2)
                dhad.normalize_batch(corpus, threads=2)
        workers = [threading.Thread(target=busy) for _ in range(2)]
        for w in workers:
            w.start()
        codes = []
        for k in range(10):
            pid = os.fork()
            if pid == 0:
                os._exit(0 if dhad.tokenize_batch(corpus, threads=2) == want else 3)
            deadline = time.monotonic() + 60
            while True:
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    codes.append(os.waitstatus_to_exitcode(status))
                    break
                if time.monotonic() > deadline:
                    os.kill(pid, 9)
                    os.waitpid(pid, 0)
                    codes.append("hung")
                    break
                time.sleep(0.01)
        stop.append(1)
        for w in workers:
            w.join()
        print(codes)
        """,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str([0] * 10)


def _normalize_in_worker(text: str) -> str:
    return dhad.normalize(text)


def test_multiprocessing_with_spawn():
    ctx = multiprocessing.get_context("spawn")
    items = ["أَهْلاً ١٢٣", "إلى المدينة", "ﻻ بأس"]
    with ctx.Pool(2) as pool:
        got = pool.map(_normalize_in_worker, items)
        toks = pool.map(dhad.tokenize, items)  # results travel back pickled
    assert got == ["اهلا 123", "الي المدينه", "لا باس"]
    assert toks == [dhad.tokenize(t) for t in items]


def test_keyboard_interrupt_during_a_long_batch_returns_control():
    r = run_python(
        """
        import os, signal, threading, dhad
        big = "كتب الطالب درسه في المدرسة " * 40000          # about 1 MB, needs no change
        texts = [big] * 3000                                   # about 3 GB of work, one object
        threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
        try:
            out = dhad.normalize_batch(texts, threads=2)
            print("finished", len(out))
        except KeyboardInterrupt:
            print("interrupted")
        print("after", dhad.normalize_batch(["أَ", "إِ"], threads=2))
        """,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.split("\n")[:2] == ["interrupted", "after ['ا', 'ا']"]


# ---------------------------------------------------------------------------------------------
# Numbers and dates at the edges (only when those areas are in the build)


def test_overflowing_numbers_are_clear_errors_never_wrapped():
    big = 2**127 - 1
    assert dhad.parse_number(str(big)) == big
    assert type(dhad.parse_number(str(big))) is int
    with pytest.raises(dhad.DhadError) as e:
        dhad.parse_number(str(big + 1))
    assert str(e.value) == f'"{big + 1}" is not one number: it does not fit in a 128-bit integer.'
    for text in ["9" * 400, "٩" * 400, "-" + "9" * 50, "1." + "5" * 400]:
        with pytest.raises(dhad.DhadError):
            dhad.parse_number(text)
    with pytest.raises(dhad.DhadError) as e:
        dhad.parse_number("مليار مليار مليار")
    assert str(e.value) == '"مليار مليار مليار" is not one number: "مليار" cannot follow "مليار" in one number.'
    assert dhad.extract_numbers("9" * 400 + " دولار") == []
    for bad in [None, b"12", 12, 10**100]:
        with pytest.raises(TypeError):
            dhad.parse_number(bad)


def test_dates_near_the_ends_of_the_calendar_resolve_or_give_none():
    import datetime as dt

    last = dt.datetime(9999, 12, 31, 23, 59)
    first = dt.datetime(1, 1, 1)

    def values(text, ref):
        return [(m.text, m.value) for m in dhad.extract_dates(text, reference=ref)]

    assert values("غدا", last) == [("غدا", None)]
    assert values("أمس", last) == [("أمس", dt.datetime(9999, 12, 30))]
    assert values("العام المقبل", last) == [("العام المقبل", None)]
    assert values("أمس", first) == [("أمس", None)]
    assert values("غدا", first) == [("غدا", dt.datetime(1, 1, 2))]
    assert values("قبل 3000 عام", first) == [("قبل 3000 عام", None)]
    assert values("30 فبراير", dt.datetime(2024, 3, 1)) == [("30 فبراير", None)]
    with pytest.raises(TypeError) as e:
        dhad.extract_dates("غدا", reference=5)
    assert str(e.value) == "reference must be a datetime.datetime, a datetime.date or None, not int"


def test_entity_recognizer_rejects_bad_names_and_labels_clearly():
    r = dhad.EntityRecognizer(builtin=False)
    with pytest.raises(dhad.DhadError) as e:
        r.add("ORG", [""])
    assert str(e.value) == (
        "the name '' (item 0 of the names) has no letter or digit to match; give names as "
        "non-empty words"
    )
    # the name as given, and nothing of the call is added
    with pytest.raises(dhad.DhadError) as e:
        r.add("ORG", ["شركة النسيم", " \u200f "])
    assert str(e.value).startswith("the name ' \\u200f ' (item 1 of the names) has no letter")
    assert r.extract("شركة النسيم") == []
    with pytest.raises(dhad.DhadError) as e:
        r.add("XYZ", ["a"])
    assert str(e.value) == 'unknown entity label "XYZ"; expected one of "PER", "LOC", "ORG", "MISC", "DATE", "TIME"'
    with pytest.raises(TypeError) as e:
        r.add("ORG", ["شركة", None])
    assert str(e.value) == "names[1] must be str, not NoneType"
    with pytest.raises(dhad.DhadError):
        dhad.extract_entities("x", labels=["BAD"])
    # A name with every kind of hostile character still gives spans that slice back.
    r.add("ORG", ["ﻻ\u200f بأس", "١٢٣ \u064eكتاب"])
    text = "قال ﻻ\u200f بأس و١٢٣ \u064eكتاب"
    for m in r.extract(text):
        assert text[m.start : m.end] == m.text


def test_analyze_gives_what_each_function_gives():
    # analyze_batch runs every area in one pass per text (dates found once, shared with the
    # DATE/TIME entities); its parts must equal the single functions' answers.
    ref = datetime.datetime(2024, 5, 1, 12, 0)
    texts = [
        "زار الرئيس إيمانويل ماكرون دمشق يوم 3 آذار 2021، ودفع 2.5 مليون ليرة خلال أسبوع.",
        "",
        "وبالعراق وصل ٣٥٠٠ لاجئ صباح الأحد.\n\nثم غادر عشرون منهم https://example.com",
    ]
    docs = dhad.analyze_batch(texts, reference=ref, threads=2)
    for t, d in zip(texts, docs):
        assert d.text == t
        assert d.sentences == dhad.sentences(t)
        assert list(d.tokens) == list(dhad.tokenize(t))
        assert d.numbers == dhad.extract_numbers(t)
        assert d.entities == dhad.extract_entities(t)
        assert d.dates == dhad.extract_dates(t, reference=ref)
        assert dhad.analyze(t, reference=ref).to_dict() == d.to_dict()
    # "ليرة" is a currency name: MISC, as in ANERcorp
    assert [e.label for e in docs[0].entities] == ["PER", "LOC", "DATE", "MISC", "DATE"]
    assert [len(d.dates) for d in docs] == [2, 0, 1]


def test_analyze_batch_makes_real_documents_from_any_iterable():
    # the documents are made in Rust without Document.__init__: they must still be the
    # dataclass's instances, equal to one made by __init__, frozen, and picklable
    import dataclasses
    import pickle

    texts = ["وصل ٣ وزراء إلى بغداد.", "غادر الوفد"]
    docs = dhad.analyze_batch(t for t in texts)  # a generator, read once
    assert [type(d) for d in docs] == [dhad.Document, dhad.Document]
    d = docs[0]
    made = dhad.Document(d.text, d.sentences, d.tokens, d.numbers, d.entities, d.dates)
    assert d == made and d is not made
    assert [f.name for f in dataclasses.fields(d)] == list(vars(d))
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.text = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(docs)) == docs
    assert repr(d) == "Document('وصل ٣ وزراء إلى بغداد.', sentences=1, tokens=6, numbers=1, entities=1, dates=0)"
    # a bad item: None in its place with errors="none", the others still made
    got = dhad.analyze_batch(["غادر الوفد", 5, "وصل"], errors="none")
    assert [g.text if g is not None else None for g in got] == ["غادر الوفد", None, "وصل"]
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        dhad.analyze_batch(["غادر الوفد", 5])
    with pytest.raises(TypeError, match="not a single str"):
        dhad.analyze_batch("غادر الوفد")


def test_segment_batch_names_the_index_of_an_item_that_is_not_one_word():
    # The str check named the index, but a str that is not one word gave segment()'s own message
    # without saying which of the items it was.
    words = ["كتاب", "وبالعراق", "في البيت", "لهم"]
    with pytest.raises(dhad.DhadError) as e:
        dhad.segment_batch(words)
    assert str(e.value) == (
        "words[2]: segment() needs one word without whitespace, but the string has ' ' (U+0020) "
        "at character 2; split the text with tokenize() first."
    )
    with pytest.raises(dhad.DhadError) as e:
        dhad.segment_batch(["كتاب"] * 70_000 + [""], threads=2)  # several chunks, in parallel
    assert str(e.value) == "words[70000]: segment() needs one word, but the string is empty."
    with pytest.raises(TypeError) as e:
        dhad.segment_batch(["كتاب", 7])
    assert str(e.value) == "words[1] must be str, not int"
    with pytest.raises(TypeError) as e:
        dhad.segment_batch("كتاب")
    assert str(e.value).startswith("words must be an iterable of str, not a single str")
    got = dhad.segment_batch(words, errors="none")
    assert got[2] is None and [str(s) for s in (got[0], got[1], got[3])] == ["كتاب", "و+ب+ال+عراق", "ل+هم"]


def test_aligned_repr_is_python_not_rust():
    # It was written with Rust's {:?}: original="أ\u{64e}ه\u{652}لا\u{64b}", which is neither
    # readable nor Python (every other result class uses Python's repr of its strs).
    a = dhad.Normalizer().normalize_aligned("أَهْلاً \"ك\"")
    assert repr(a) == "Aligned(text='اهلا \"ك\"', original='أَهْلاً \"ك\"')"
    b = dhad.Normalizer().normalize_aligned("x'\u200fy\n")
    assert repr(b) == "Aligned(text=" + repr(b.text) + ", original=" + repr("x'\u200fy\n") + ")"


def test_document_says_it_is_unhashable_as_tokens_do():
    # A frozen dataclass gets a __hash__ over its fields, which failed on the first list with
    # "unhashable type: 'list'" while isinstance(doc, Hashable) claimed it could be hashed.
    import collections.abc

    doc = dhad.analyze("كتب الولد")
    assert not isinstance(doc, collections.abc.Hashable)
    with pytest.raises(TypeError, match="unhashable type: 'Document'"):
        hash(doc)
    assert doc == dhad.analyze("كتب الولد") and doc != dhad.analyze("كتب")


def test_tokens_index_too_large_for_a_machine_word_is_an_index_error():
    # It said "Tokens indices must be integers or slices, not int" for an int.
    import numpy as np

    toks = dhad.tokenize("كتب الولد")
    for i in (10**30, -(10**30), np.uint64(2**64 - 1)):
        with pytest.raises(IndexError) as e:
            toks[i]
        assert str(e.value) == f"token index {i} out of range for 2 tokens"
    assert toks[np.int64(-1)] == toks[1]
    with pytest.raises(TypeError, match="Tokens indices must be integers or slices, not float"):
        toks[1.0]


def test_token_refuses_segments_that_are_not_its_word():
    # Any object was taken as segments (5, or the Segments of another word), breaking the promise
    # that a token's segments join back to its text.
    with pytest.raises(TypeError) as e:
        dhad.Token("كتاب", 0, 4, "word", 5)
    assert str(e.value) == "segments must be a dhad.Segments or None, not int"
    with pytest.raises(dhad.DhadError) as e:
        dhad.Token("وبالعراق", 0, 8, "word", dhad.Segments(["و"], "عراق", []))
    assert str(e.value) == "segments join to 'وعراق', not to the token's text 'وبالعراق'"
    good = dhad.Token("وبالعراق", 3, 11, "word", dhad.segment("وبالعراق"))
    assert str(good.segments) == "و+ب+ال+عراق"
    (tok,) = dhad.tokenize("وبالعراق", clitics=True)
    assert pickle.loads(pickle.dumps(tok)).segments == tok.segments


def test_analyze_of_one_text_speaks_of_text_not_of_a_batch():
    # analyze() runs a batch of one, and its error said "texts[0] contains a lone surrogate".
    with pytest.raises(dhad.DhadError) as e:
        dhad.analyze("ab\ud800cd")
    assert str(e.value) == (
        "text contains a lone surrogate at index 2, which is not valid Unicode text; "
        "clean it first, e.g. text.encode('utf-8', 'replace').decode('utf-8')"
    )


def test_tokens_equal_exactly_when_their_tokens_are_equal():
    # Tokens.__eq__ compared the columns and the whole text: tokens with and without clitic
    # segments were equal as Tokens but not token by token, and the same tokens cut from two
    # different texts were equal token by token but not as Tokens.
    with_clitics = dhad.tokenize("وبالعراق كتب", clitics=True)
    plain = dhad.tokenize("وبالعراق كتب")
    assert list(with_clitics) != list(plain)
    assert with_clitics != plain and plain != with_clitics
    assert with_clitics == dhad.tokenize("وبالعراق كتب", clitics=True)
    a = dhad.tokenize("كتب الولد")[0:1]
    b = dhad.tokenize("كتب البنت")[0:1]
    assert list(a) == list(b) and a == b
    c = dhad.tokenize("كتب الولد")
    d = dhad.tokenize("كتب البنت")
    assert list(c) != list(d) and c != d
    no_words = dhad.tokenize("١٢ ! 😀", clitics=True)  # no word, so no segments either way
    assert no_words == dhad.tokenize("١٢ ! 😀") and list(no_words) == list(dhad.tokenize("١٢ ! 😀"))
    for x, y in [(with_clitics, plain), (a, b), (c, d), (c, c[:]), (no_words, dhad.tokenize("١٢ ! 😀"))]:
        assert (x == y) == (list(x) == list(y)) == (x == list(y))


def test_normalization_switches_take_numpy_bools_like_every_other_flag():
    # clitics=, builtin=, progress= accept numpy.bool_ (as PyO3 does), but the normalization
    # switches said 'option "alef" must be True or False, not np.False_': options read from a
    # DataFrame or a NumPy array of settings failed.
    import numpy as np

    assert dhad.normalize("أحمد", alef=np.bool_(False)) == "أحمد"
    assert dhad.Normalizer(alef=np.bool_(False)) == dhad.Normalizer(alef=False)
    assert dhad.normalize_batch(["أحمد"], alef=np.False_) == ["أحمد"]
    with pytest.raises(dhad.DhadError, match='option "alef" must be True or False, not 0'):
        dhad.normalize("أحمد", alef=0)


def test_a_str_subclass_in_gives_plain_str_out():
    # An item of a NumPy string array is a numpy.str_: normalize() returned it as it was when
    # nothing changed, so normalize_batch(np.array(texts)) mixed str and numpy.str_, and
    # Tokens.text and Document.text kept the subclass (a Document's repr read
    # "Document(np.str_('...'), ...)"). Every str that comes back is a plain str, as from str's
    # own methods.
    import numpy as np

    class Text(str):
        pass

    for make in (np.str_, Text):
        same, changed = make("غادر الوفد"), make("وصلَ")
        outs = [
            dhad.normalize(same),
            dhad.Normalizer("display").normalize(same),
            *dhad.normalize_batch([same, changed]),
            *dhad.Normalizer().normalize_batch(np.array([same, changed])),
            dhad.tokenize(same).text,
            dhad.tokenize(same, clitics=True).text,
            dhad.tokenize_batch([same])[0].text,
            dhad.analyze(same).text,
            dhad.analyze(same).tokens.text,
            dhad.analyze_batch([same])[0].text,
            dhad.analyze(same).to_dict()["normalized"],
        ]
        assert [type(o) for o in outs] == [str] * len(outs), make
        assert outs[:5] == ["غادر الوفد", "غادر الوفد", "غادر الوفد", "وصل", "غادر الوفد"]
    assert repr(dhad.analyze(np.str_("غادر"))).startswith("Document('غادر', ")


def test_bytes_for_names_or_labels_are_refused_by_their_type():
    # Bytes are an iterable of ints: add("ORG", b"...") said "names[0] must be str, not int",
    # which points at an item the caller never wrote.
    r = dhad.EntityRecognizer(builtin=False)
    for bad in ("شركة النسيم".encode(), bytearray(b"ACME")):
        with pytest.raises(TypeError) as e:
            r.add("ORG", bad)
        assert str(e.value) == f"names must be a str or an iterable of str, not {type(bad).__name__}"
        with pytest.raises(TypeError) as e:
            dhad.extract_entities("زار القاهرة", labels=bad)
        assert str(e.value) == (
            f'labels must be None or an iterable of label names such as ["PER", "LOC"], not {type(bad).__name__}'
        )
    assert r.extract("شركة النسيم") == []


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_more_threads_than_four_per_core_are_not_started():
    # threads=600 started 600 workers (DHAD_NUM_THREADS=600 too) on a 2-core machine: idle
    # rayon workers look for work by turns, so the batch ran 20-50 times slower, and
    # threads=100000 never finished. At most four threads per core are started now.
    r = run_python(
        """
        import os, dhad
        corpus = ["وصل الوفد إلى حلب. ثم غادر " * 20 + str(i) for i in range(500)]
        want = (dhad.tokenize_batch(corpus, threads=1), dhad.normalize_batch(corpus, threads=1))
        os.environ["DHAD_NUM_THREADS"] = "600"
        def workers():
            return sum(open(f"/proc/self/task/{t}/comm").read().startswith("dhad-") for t in os.listdir("/proc/self/task"))
        base = workers()
        got = [dhad.tokenize_batch(corpus, threads=t) for t in (600, None)]
        pool = workers() - base
        got += [dhad.normalize_batch(corpus, threads=t) for t in (600, None)]
        # normalize_batch works on the calling thread and a pool of one thread fewer
        pool_less_one = workers() - base - pool
        print(got == [want[0], want[0], want[1], want[1]], pool, pool_less_one, len(os.sched_getaffinity(0)))
        """,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    same, pool, pool_less_one, cores = r.stdout.split()
    assert same == "True"
    assert 0 < int(pool) <= 4 * int(cores) and 0 < int(pool_less_one) <= 4 * int(cores) - 1
