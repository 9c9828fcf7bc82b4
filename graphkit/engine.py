"""Extraction engines: where the per-document NER pass runs.

Extraction is a pure function of a document and the build settings, so it can
run anywhere and its :class:`~graphkit.records.DocumentRecord` results can be
merged later.  Two engines map documents to records, always yielding them in
input order so that every engine builds the same graph:

* :class:`LocalEngine` runs in this process (``jobs=1``) or in a pool of worker
  processes (``jobs>1``; ``0`` means all cores).  Each worker loads the model,
  taxonomy and gazetteer once and runs the *whole* extraction (spaCy and the
  Python rules), so the rules are parallel too, not only spaCy.
* :class:`DaskEngine` maps batches of documents over a Dask ``distributed``
  cluster (``pip install graphkit[dask]``): a scheduler address, or a
  ``LocalCluster`` on this machine.  Each worker process loads the model once.

:func:`extract_stream` combines an engine with an optional
:class:`~graphkit.cache.ExtractionCache`: documents whose records are cached
are not extracted again.  Documents are streamed: at most a bounded window of
them is in flight at any time, whatever the corpus size.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

from .config import Config
from .documents import Document
from .records import DocumentRecord

if TYPE_CHECKING:
    from .cache import ExtractionCache

#: Documents sent to a worker per task (and piped through spaCy together).
BATCH_SIZE = 16
#: Tasks in flight per worker; bounds memory while keeping workers busy.
WINDOW_PER_WORKER = 3
ENGINES: tuple[str, ...] = ("local", "dask")


class Engine(Protocol):
    """Something that maps documents to records, in input order."""

    def map(self, documents: Iterable[Document], config: Config) -> Iterator[DocumentRecord]:
        """Extract ``documents``; yield one record per document, in input order."""
        ...


def resolve_jobs(jobs: int) -> int:
    """Number of worker processes for ``jobs`` (``0`` = every core this process may use).

    Raises
    ------
    ValueError
        If ``jobs`` is negative.
    """
    if jobs < 0:
        raise ValueError("jobs must be 0 (all cores) or more")
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


# -- worker side ---------------------------------------------------------------------
_LOCK = threading.Lock()
_FROZEN = False


def freeze_long_lived() -> None:
    """Move what a build process has loaded so far out of the cyclic collector's way.

    The spaCy pipeline, taxonomy and gazetteer live as long as the process, yet
    every full collection walks them again; the rules allocate enough per
    document to trigger collections often (0.9 ms a document of collector time,
    measured, against 0.2 ms once frozen).  ``gc.freeze()`` after one collection
    keeps them out of later collections, as CPython's documentation suggests for
    long-lived state.  Done once per process, by the engines only: a build is a
    batch job, while :func:`graphkit.extract` leaves the caller's collector alone.
    """
    global _FROZEN
    if not _FROZEN:
        settle_batch()
        _FROZEN = True


def settle_batch() -> None:
    """After a batch: collect what it left behind, then freeze what survives (the records kept so far).

    The collector's full collections otherwise rescan every record a long build
    holds, again and again as the corpus grows (0.6 ms a document at 600
    documents, more at 2,000); the collection here only visits what the last
    batch allocated, and its cyclic garbage is freed before the freeze, so
    nothing leaks.
    """
    import gc

    gc.collect()
    gc.freeze()


def _extract_batch(config: Config, batch: list[tuple[str, str, str]]) -> list[DocumentRecord]:
    """Extract a batch of ``(id, text, source)`` in a worker (model loaded once per process)."""
    from .extract import get_extractor

    docs = [Document(id=i, text=t, source=s) for i, t, s in batch]
    with _LOCK:  # one extraction at a time per process: spaCy pipelines are not thread-safe
        extractor = get_extractor(config)
        freeze_long_lived()  # a Dask worker's first batch; the pool's workers did it in _init_worker
        records = list(extractor.pipe(docs, batch_size=max(1, len(docs))))
        settle_batch()
        return records


def _init_worker(config: Config) -> None:
    """Pool initializer: load the model, taxonomy and gazetteer before the first task."""
    from .extract import get_extractor

    get_extractor(config)
    freeze_long_lived()


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[tuple[str, str, str]]]:
    batch: list[tuple[str, str, str]] = []
    for doc in documents:
        batch.append((doc.id, doc.text, doc.source))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- local engine --------------------------------------------------------------------
class LocalEngine:
    """Extraction on this machine: in-process, or a pool of worker processes.

    Parameters
    ----------
    jobs : int, optional
        Worker processes; ``1`` extracts in this process, ``0`` uses all cores.
        ``None`` takes :attr:`Config.jobs`.
    batch_size : int, optional
        Documents per task sent to a worker.
    start_method : str, optional
        ``multiprocessing`` start method; ``"fork"`` where available (workers
        then share the parent's loaded model), else ``"spawn"``.
    """

    def __init__(self, jobs: int | None = None, *, batch_size: int = BATCH_SIZE, start_method: str | None = None):
        if jobs is not None and jobs < 0:
            raise ValueError("jobs must be 0 (all cores) or more")
        self.jobs = jobs
        self.batch_size = batch_size
        if start_method is None:
            methods = multiprocessing.get_all_start_methods()
            start_method = "fork" if "fork" in methods and sys.platform.startswith("linux") else "spawn"
        self.start_method = start_method

    def map(self, documents: Iterable[Document], config: Config) -> Iterator[DocumentRecord]:
        """Extract ``documents`` in input order."""
        jobs = resolve_jobs(config.jobs if self.jobs is None else self.jobs)
        if jobs == 1:
            yield from self._serial(documents, config)
        else:
            yield from self._pool(documents, config, jobs)

    def _serial(self, documents: Iterable[Document], config: Config) -> Iterator[DocumentRecord]:
        it = iter(documents)
        try:
            first = next(it)
        except StopIteration:
            return
        from itertools import chain

        from .extract import get_extractor

        # the model is loaded only once there is something to extract (a warm cache needs none)
        extractor = get_extractor(config)
        freeze_long_lived()
        for n, record in enumerate(extractor.pipe(chain([first], it), batch_size=self.batch_size), 1):
            if n % self.batch_size == 0:
                settle_batch()
            yield record

    def _pool(self, documents: Iterable[Document], config: Config, jobs: int) -> Iterator[DocumentRecord]:
        from concurrent.futures import ProcessPoolExecutor

        batches = _batches(documents, self.batch_size)
        first = next(batches, None)
        if first is None:
            return
        second = next(batches, None)
        if second is None:  # one batch (say, the few new documents of a cached corpus): no pool to start
            yield from _extract_batch(config, first)
            return
        ctx = multiprocessing.get_context(self.start_method)
        window = jobs * WINDOW_PER_WORKER
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(config,))
        inflight: deque = deque([pool.submit(_extract_batch, config, b) for b in (first, second)])
        try:
            for batch in batches:
                inflight.append(pool.submit(_extract_batch, config, batch))
                while len(inflight) >= window or (inflight and inflight[0].done()):
                    yield from inflight.popleft().result()
            while inflight:
                yield from inflight.popleft().result()
        finally:
            for fut in inflight:
                fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)


# -- dask engine ---------------------------------------------------------------------
class DaskEngine:
    """Extraction on a Dask ``distributed`` cluster (``pip install graphkit[dask]``).

    Every worker needs graphkit and the spaCy model installed; each worker
    process loads them once (on its first task) and keeps them.

    Parameters
    ----------
    scheduler : str, optional
        Address of a running scheduler (``tcp://host:8786``).  Without it a
        ``LocalCluster`` of ``n_workers`` processes is started on this machine
        and closed at the end.
    n_workers : int, optional
        Worker processes of the local cluster (``0`` = all cores).
    batch_size : int, optional
        Documents per task.
    progress : callable, optional
        Called with the number of documents of each finished task, in
        completion order (the records themselves are yielded in input order).
    """

    def __init__(
        self,
        scheduler: str | None = None,
        *,
        n_workers: int = 2,
        batch_size: int = BATCH_SIZE,
        progress: Callable[[int], None] | None = None,
    ):
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise ImportError(
                "the dask engine needs the optional dependency: pip install 'graphkit[dask]'"
            ) from None
        self.scheduler = scheduler
        self.n_workers = n_workers
        self.batch_size = batch_size
        self.progress = progress

    def _client(self):
        from distributed import Client, LocalCluster

        if self.scheduler:
            return Client(self.scheduler), None
        cluster = LocalCluster(
            n_workers=resolve_jobs(self.n_workers), threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=40,
        )
        return Client(cluster), cluster

    def map(self, documents: Iterable[Document], config: Config) -> Iterator[DocumentRecord]:
        """Extract ``documents`` on the cluster, yielding records in input order."""
        batches = _batches(documents, self.batch_size)
        try:
            first = next(batches)
        except StopIteration:
            return
        from distributed import as_completed

        client, cluster = self._client()
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})) or resolve_jobs(self.n_workers))
            window = workers * WINDOW_PER_WORKER
            done: dict[int, list[DocumentRecord]] = {}
            index: dict[str, int] = {}
            next_out = 0
            submitted = 0
            ac = as_completed()

            def submit(batch: list[tuple[str, str, str]]) -> None:
                nonlocal submitted
                fut = client.submit(_extract_batch, config, batch, pure=False)
                index[fut.key] = submitted
                submitted += 1
                ac.add(fut)

            submit(first)
            source_left = True
            while source_left and submitted < window:
                batch = next(batches, None)
                if batch is None:
                    source_left = False
                else:
                    submit(batch)
            for fut in ac:
                records = fut.result()
                done[index.pop(fut.key)] = records
                fut.release()
                if self.progress is not None:
                    self.progress(len(records))
                while next_out in done:
                    yield from done.pop(next_out)
                    next_out += 1
                if source_left:
                    batch = next(batches, None)
                    if batch is None:
                        source_left = False
                    else:
                        submit(batch)
            while next_out in done:  # pragma: no cover - drained above
                yield from done.pop(next_out)
                next_out += 1
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def get_engine(engine: "str | Engine | None" = None, *, scheduler: str | None = None, jobs: int | None = None) -> Engine:
    """An engine by name (``"local"`` or ``"dask"``), or ``engine`` itself.

    Raises
    ------
    ValueError
        For an unknown engine name.
    """
    if engine is None or engine == "local":
        return LocalEngine(jobs)
    if engine == "dask":
        return DaskEngine(scheduler, n_workers=2 if jobs in (None, 1) else jobs)
    if isinstance(engine, str):
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    return engine


def extract_stream(
    documents: Iterable[Document],
    config: Config,
    *,
    engine: "Engine | None" = None,
    cache: "ExtractionCache | None" = None,
) -> Iterator[DocumentRecord]:
    """Records for ``documents`` in input order, from ``cache`` where possible, else from ``engine``.

    Only documents missing from the cache reach the engine; their records are
    stored in the cache as they arrive.  Neither the documents nor their texts
    are kept after their record is yielded.
    """
    engine = engine or LocalEngine()
    if cache is None:
        yield from engine.map(documents, config)
        return
    # slots in input order: [record or None, cache key]
    pending: deque[list] = deque()
    waiting: deque[list] = deque()

    def misses() -> Iterator[Document]:
        for doc in documents:
            key = cache.key(doc.text)
            record = cache.get(key, doc)
            slot = [record, key]
            pending.append(slot)
            if record is None:
                waiting.append(slot)
                yield doc

    try:
        for record in engine.map(misses(), config):
            slot = waiting.popleft()
            slot[0] = record
            cache.put(slot[1], record)
            while pending and pending[0][0] is not None:
                yield pending.popleft()[0]
        while pending:
            yield pending.popleft()[0]
    finally:
        cache.flush()
