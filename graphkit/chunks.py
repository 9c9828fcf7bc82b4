"""Huge documents in pieces: split before extraction, merged after.

spaCy refuses texts longer than ``nlp.max_length`` (1,000,000 characters by
default) and needs memory in proportion to the text it parses.  A document
longer than :attr:`graphkit.config.Config.chunk_chars` is therefore cut at
paragraph boundaries (else line, sentence or word boundaries) into parts that
are extracted like ordinary documents, one at a time; their records are then
merged into one record for the whole document, with every mention offset,
sentence index and entity key shifted so that offsets stay correct relative
to the full text.

:func:`extract_chunked` wraps any extraction stream (in-process, worker
pools, cached), so chunking works with every engine; it also applies the
title and date a source declared (HTML meta tags, record fields) to the
record of its document.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from .documents import Document
from .records import DocumentRecord, Entity, Mention

#: Default largest part, in characters: the length of a long news article, so that a huge
#: document needs no more parser memory than a batch of long articles (about 1 GB at most).
DEFAULT_CHUNK_CHARS = 20_000
_SEPARATORS = ("\n\n", "\n", ". ", "? ", "! ", "; ", " ")


def split_text(text: str, max_chars: int = DEFAULT_CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` spans covering ``text`` exactly, each at most ``max_chars`` long.

    Cuts fall after a blank line where possible, else after a line break, a
    sentence end or a space in the second half of the window, else exactly at
    the limit.

    Examples
    --------
    >>> split_text("aaaa\\n\\nbbbb\\n\\ncccc", 10)
    [(0, 6), (6, 16)]
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    n = len(text)
    spans: list[tuple[int, int]] = []
    start = 0
    while n - start > max_chars:
        limit = start + max_chars
        floor = start + max_chars // 2
        cut = limit
        for sep in _SEPARATORS:
            pos = text.rfind(sep, floor, limit - len(sep) + 1)
            if pos != -1:
                cut = pos + len(sep)
                break
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def merge_records(document: Document, parts: list[tuple[int, DocumentRecord]]) -> DocumentRecord:
    """One record for ``document`` from the records of its parts.

    Parameters
    ----------
    document : Document
        The whole document.
    parts : list of (offset, DocumentRecord)
        Each part's start offset in ``document.text`` and its record, in order.

    Returns
    -------
    DocumentRecord
        One entity per document-local key across all parts (an entity named in
        several parts keeps every mention, alias and title), mentions at
        offsets into the full text, sentence indices into the concatenated
        sentence list; title and date from the first part.
    """
    first = parts[0][1]
    merged = DocumentRecord(doc_id=document.id, title=first.title, date=first.date, source=document.source)
    by_key: dict[str, Entity] = {}
    sent_base = 0
    for k, (offset, rec) in enumerate(parts):
        for ent in rec.entities:
            mentions = [Mention(m.text, m.start + offset, m.end + offset, m.sentence + sent_base) for m in ent.mentions]
            known = by_key.get(ent.key)
            if known is None:
                known = by_key[ent.key] = Entity(
                    key=ent.key, name=ent.name, type=ent.type, aliases=list(ent.aliases),
                    titles=list(ent.titles), code=ent.code, mentions=mentions,
                )
                merged.entities.append(known)
                continue
            known.mentions.extend(mentions)
            known.aliases.extend(a for a in [ent.name, *ent.aliases] if a != known.name and a not in known.aliases)
            known.titles.extend(t for t in ent.titles if t not in known.titles)
            known.code = known.code or ent.code
        for meeting in rec.meetings:
            merged.meetings.append(
                replace(meeting, sentence=meeting.sentence + sent_base)
            )
        for aff in rec.affiliations:
            merged.affiliations.append(
                replace(aff, sentence=aff.sentence + sent_base)
            )
        if k == 0:
            merged.dateline_places = list(rec.dateline_places)
        merged.sentences.extend(rec.sentences)
        merged.warnings.extend(w for w in rec.warnings if w not in merged.warnings)
        sent_base += len(rec.sentences)
    merged.warnings.append(f"long document ({len(document.text):,} characters) extracted in {len(parts)} parts")
    return merged


def _finish(document: Document, record: DocumentRecord) -> DocumentRecord:
    """The record under the document's id and source, with its declared title and date.

    Meetings take the publication date when their sentence names none; when
    the text gave no date but the source declared one, undated meetings get it.
    """
    meetings = record.meetings
    if document.meta_date and not record.date:
        meetings = [replace(m, date=document.meta_date) if not m.date else m for m in record.meetings]
    return replace(
        record,
        doc_id=document.id,
        source=document.source,
        title=document.meta_title or record.title,
        date=document.meta_date or record.date,
        meetings=meetings,
    )


def extract_chunked(
    documents: Iterable[Document],
    extract: Callable[[Iterable[Document]], Iterable[DocumentRecord]],
    max_chars: int = DEFAULT_CHUNK_CHARS,
) -> Iterator[DocumentRecord]:
    """Run ``extract`` over ``documents`` with huge documents split into parts.

    Parameters
    ----------
    documents : iterable of Document
        Read lazily.
    extract : callable
        Maps a stream of documents to their records, one per document, in
        input order (e.g. an engine's ``map``).
    max_chars : int
        Longest text sent to ``extract`` in one piece.

    Yields
    ------
    DocumentRecord
        One per input document, in input order.
    """
    pending: deque[tuple[Document, list[int]]] = deque()

    def pieces() -> Iterator[Document]:
        for doc in documents:
            spans = split_text(doc.text, max_chars)
            pending.append((doc, [s for s, _ in spans]))
            if len(spans) == 1:
                yield doc
                continue
            for s, e in spans:
                yield Document(id=doc.id, text=doc.text[s:e], source=doc.source)

    current: list[tuple[int, DocumentRecord]] = []
    for record in extract(pieces()):
        doc, offsets = pending[0]
        current.append((offsets[len(current)], record))
        if len(current) == len(offsets):
            pending.popleft()
            merged = current[0][1] if len(offsets) == 1 else merge_records(doc, current)
            current = []
            yield _finish(doc, merged)
