"""The build: documents -> extraction -> resolution -> graph."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from .config import Config
from .documents import Document, DocumentError, iter_documents
from .extract import get_extractor
from .graph import KnowledgeGraph, build_graph
from .records import DocumentRecord

Source = str | os.PathLike[str] | tuple[str, str] | Document


def extract_documents(
    documents: Iterable[Document],
    config: Config | None = None,
    *,
    progress: Callable[[DocumentRecord], None] | None = None,
) -> Iterator[DocumentRecord]:
    """Extract a stream of documents, yielding one record per document in input order."""
    config = config or Config()
    extractor = get_extractor(config)
    jobs = config.jobs if config.jobs > 0 else (os.cpu_count() or 1)
    for record in extractor.pipe(documents, n_process=jobs):
        if progress is not None:
            progress(record)
        yield record


def build(
    sources: Iterable[Source] | Source,
    config: Config | None = None,
    *,
    progress: Callable[[DocumentRecord], None] | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from files, folders or ``(id, text)`` pairs.

    Parameters
    ----------
    sources : path, (id, text) pair, Document, or an iterable of them
        Files (``.txt``, ``.md``), folders (searched recursively) or texts.
    config : Config, optional
        Model, taxonomy and output settings.
    progress : callable, optional
        Called with each :class:`DocumentRecord` as it is extracted.

    Returns
    -------
    KnowledgeGraph
        ``kg.skipped`` lists inputs that could not be read, with the reason.

    Examples
    --------
    >>> kg = graphkit.build(["seeds/"])  # doctest: +SKIP
    >>> kg.write_graphml("out/graph.graphml")  # doctest: +SKIP
    """
    config = config or Config()
    if isinstance(sources, (str, os.PathLike, tuple, Document)):
        sources = [sources]
    errors: list[DocumentError] = []
    records = list(extract_documents(iter_documents(sources, errors), config, progress=progress))
    kg = build_graph(records, config)
    kg.skipped = [(e.source, e.reason) for e in errors]
    return kg
