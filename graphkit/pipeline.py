"""The build: documents -> extraction -> resolution -> graph."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .config import Config
from .documents import Document, DocumentError, iter_documents
from .chunks import extract_chunked
from .graph import KnowledgeGraph, build_graph
from .readers import RecordFields
from .records import DocumentRecord

if TYPE_CHECKING:
    from .cache import ExtractionCache
    from .engine import Engine

Source = str | os.PathLike[str] | tuple[str, str] | Document


def extract_documents(
    documents: Iterable[Document],
    config: Config | None = None,
    *,
    progress: Callable[[DocumentRecord], None] | None = None,
    cache: "str | os.PathLike[str] | ExtractionCache | None" = None,
    engine: "str | Engine | None" = None,
) -> Iterator[DocumentRecord]:
    """Extract a stream of documents, yielding one record per document in input order.

    ``cache`` (a SQLite path or an open :class:`~graphkit.cache.ExtractionCache`)
    supplies records of documents extracted before; ``engine`` is ``"local"``
    (``config.jobs`` processes), ``"dask"`` or an engine object (see
    :mod:`graphkit.engine`).  Documents are streamed, never all held at once.
    """
    from .cache import ExtractionCache
    from .engine import extract_stream, get_engine

    config = config or Config()
    store = ExtractionCache.open(cache, config) if isinstance(cache, (str, os.PathLike)) else cache
    try:
        def stream(docs: Iterable[Document]) -> Iterator[DocumentRecord]:
            return extract_stream(docs, config, engine=get_engine(engine, jobs=config.jobs), cache=store)

        # huge documents go through in parts and come back as one record (graphkit.chunks)
        for record in extract_chunked(documents, stream, config.chunk_chars):
            if progress is not None:
                progress(record)
            yield record
    finally:
        if store is not None and store is not cache:
            store.close()


def build(
    sources: Iterable[Source] | Source,
    config: Config | None = None,
    *,
    progress: Callable[[DocumentRecord], None] | None = None,
    cache: "str | os.PathLike[str] | ExtractionCache | None" = None,
    engine: "str | Engine | None" = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from files, folders or ``(id, text)`` pairs.

    Parameters
    ----------
    sources : path, (id, text) pair, Document, or an iterable of them
        Files (``.txt``, ``.md``, ``.html``, ``.jsonl``, ``.json``, ``.csv``), folders
        (searched recursively), ``-`` (standard input) or texts.
    config : Config, optional
        Model, taxonomy and output settings.
    progress : callable, optional
        Called with each :class:`DocumentRecord` as it is extracted.
    cache : path or ExtractionCache, optional
        An incremental cache (SQLite file): documents extracted before with the
        same model, settings and taxonomy are read, not extracted.  No cache by
        default (the CLI uses ``OUTDIR/.graphkit-cache.sqlite``).
    engine : {"local", "dask"} or engine object, optional
        Where extraction runs; ``"local"`` uses ``config.jobs`` processes.

    Returns
    -------
    KnowledgeGraph
        ``kg.skipped`` lists inputs that could not be read, with the reason;
        ``kg.warnings`` documents built with a caveat.

    Raises
    ------
    DocumentError
        With ``config.strict``, at the first input that cannot be read.

    Examples
    --------
    >>> kg = graphkit.build(["seeds/"])  # doctest: +SKIP
    >>> kg.write_graphml("out/graph.graphml")  # doctest: +SKIP
    """
    config = config or Config()
    if isinstance(sources, (str, os.PathLike, tuple, Document)):
        sources = [sources]
    # strict: the first unreadable input raises DocumentError; else each is skipped and reported
    errors: list[DocumentError] | None = None if config.strict else []
    warnings: list[tuple[str, str]] = []
    fields = RecordFields.from_names(config.text_field, config.id_field, config.title_field, config.date_field)
    documents = iter_documents(sources, errors, fields=fields, warnings=warnings, stdin_format=config.stdin_format)
    records = list(extract_documents(documents, config, progress=progress, cache=cache, engine=engine))
    kg = build_graph(records, config)
    kg.skipped = [(e.source, e.reason) for e in errors or []]
    kg.warnings = warnings + [(r.doc_id, w) for r in sorted(records, key=lambda r: r.doc_id) for w in r.warnings]
    return kg
