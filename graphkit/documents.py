"""Reading documents: files, folders, standard input and ``(id, text)`` pairs.

A :class:`Document` is the raw input of extraction.  Its id is the file name
without extension (``stem#N`` for the N-th record of a JSON Lines, JSON or
CSV file without an id field), its title the declared title or the first
non-empty line, and its date the declared date or the first publication date
found in the opening lines, as ISO ``YYYY-MM-DD``.  File formats and
encodings are handled by :mod:`graphkit.readers`; a file or record that
cannot be read becomes a :class:`DocumentError` with the reason, and the
build skips it and reports it.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .readers import RecordFields

#: Suffixes of single-document plain-text files (all supported suffixes: :func:`supported_suffixes`).
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".md")

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b" + _MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?:\b|(?=T\d))"),
]
#: The year every date pattern holds: a text without one is not scanned by the patterns (most sentences have none).
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


class DocumentError(Exception):
    """A document that cannot be read; the build reports and skips it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class Document:
    """One input document.

    Attributes
    ----------
    id : str
        Stable identifier (file name without extension, a record's id, or the id given).
    text : str
        The full text.
    source : str
        Where it came from (a path, ``path:line`` for a record, or ``"<memory>"``).
    meta_title : str
        A title the source declared (HTML ``<title>``, a record's title field), if any.
    meta_date : str
        A publication date the source declared (HTML meta tag, a record's date field),
        ISO ``YYYY-MM-DD``, if any.
    """

    id: str
    text: str
    source: str = "<memory>"
    meta_title: str = ""
    meta_date: str = ""

    @property
    def title(self) -> str:
        """The declared title, else the first non-empty line without markdown markers."""
        return self.meta_title or document_title(self.text)

    @property
    def date(self) -> str:
        """The declared date, else the first date in the opening lines (ISO), or ``""``."""
        return self.meta_date or find_date("\n".join(_head(self.text).strip().splitlines()[:6]))


def _head(text: str, chars: int = 4000) -> str:
    """The beginning of ``text``: enough for titles and datelines, cheap on huge documents."""
    return text[:chars]


def document_title(text: str) -> str:
    """Return the first non-empty line of ``text`` without markdown markers."""
    for line in _head(text, 20000).splitlines():
        line = re.sub(r"^[#>\s]+|[*_`]+", "", line).strip()
        if line:
            return line[:300]
    return ""


def find_date(text: str) -> str:
    """Return the first calendar date in ``text`` as ``YYYY-MM-DD``, or ``""``.

    Examples
    --------
    >>> find_date("Kyoto/Pune, 12 May 2024: A delegation ...")
    '2024-05-12'
    >>> find_date("Tuesday, 14 March 2023")
    '2023-03-14'
    >>> find_date("DA NANG, April 3, 2024 (AFP)")
    '2024-04-03'
    """
    if _YEAR_RE.search(text) is None:
        return ""
    return _first_date(text, _DATE_PATTERNS, 0)[0]


def _first_date(text: str, patterns: list[re.Pattern[str]], year: int) -> tuple[str, bool]:
    """The earliest calendar date any of ``patterns`` finds in ``text`` (the first valid match of each pattern), as
    ``YYYY-MM-DD`` and whether the match gave its year (``year`` stands in when it did not); ``("", False)``."""
    best: tuple[int, str, bool] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            month_text = m.group("month")
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower().rstrip(".")]
            try:
                iso = date(int(m.group("year") or year), month, int(m.group("day"))).isoformat()
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), iso, m.group("year") is not None)
            break
    return (best[1], best[2]) if best else ("", False)


#: "24 January", "January 24th", with or without the year.
_DAY_MONTH_RES = [
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r"(?![a-z])(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.I),
    re.compile(r"\b" + _MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.I),
]


def find_day(text: str, year: int) -> tuple[str, bool]:
    """The first day-and-month date in ``text`` as ``YYYY-MM-DD`` (in ``year`` when the text gives none) and
    whether the text gave the year; ``("", False)`` when there is none.

    Examples
    --------
    >>> find_day("Friday, 24 January, 10:30 - B2B meetings", 2025)
    ('2025-01-24', False)
    >>> find_day("on March 3, 2024 the team met", 2025)
    ('2024-03-03', True)
    """
    return _first_date(text, _DAY_MONTH_RES, year)


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_surrogates(text: str) -> str:
    """``text`` with surrogate pairs joined and lone surrogates replaced by U+FFFD.

    Lone surrogates are not characters: no file can hold them and UTF-8 cannot
    encode them, so they are replaced where documents enter graphkit.
    """
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def read_text_file(path: Path) -> str:
    """Read a text file in whatever encoding it is in (see :func:`graphkit.readers.decode_bytes`).

    Raises
    ------
    DocumentError
        If the file cannot be read, is binary, or holds no text.
    """
    from .readers import decode_bytes, read_bytes

    text = decode_bytes(read_bytes(Path(path)), str(path))
    if not text.strip():
        raise DocumentError(str(path), "empty document")
    return text


def supported_suffixes() -> tuple[str, ...]:
    """File suffixes read from folders (``.txt``, ``.md``, ``.html``, ``.jsonl``, ``.json``, ``.csv``, ...)."""
    from .readers import FORMAT_OF_SUFFIX

    return tuple(FORMAT_OF_SUFFIX)


def _walk(
    folder: Path, suffixes: tuple[str, ...], exclude: list[Path], errors: list[DocumentError] | None = None
) -> list[Path]:
    """Supported files under ``folder``, recursively, sorted; hidden names and ``exclude`` skipped.

    A folder that cannot be listed is appended to ``errors`` (raised without it).
    """
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        error = DocumentError(str(exc.filename or folder), f"cannot list folder ({exc.strerror or exc})")
        if errors is None:
            raise error
        errors.append(error)

    for root, dirs, files in os.walk(folder, followlinks=False, onerror=unreadable):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _excluded(here / d, exclude))
        for name in sorted(files):
            path = here / name
            if not name.startswith(".") and path.suffix.lower() in suffixes and not _excluded(path, exclude):
                found.append(path)
    return sorted(found)


def _excluded(path: Path, exclude: list[Path]) -> bool:
    if not exclude:
        return False
    resolved = path.resolve()
    return any(resolved == ex or ex in resolved.parents for ex in exclude)


def expand_sources(
    sources: Iterable[str | os.PathLike[str]],
    *,
    exclude: Iterable[str | os.PathLike[str]] = (),
    errors: list[DocumentError] | None = None,
) -> list[Path]:
    """Expand files and folders into a file list, each folder's files sorted, each file once.

    Folders are searched recursively for every supported suffix (see
    :func:`supported_suffixes`), skipping hidden files and folders and
    anything under ``exclude`` (e.g. the output folder).  Files named
    explicitly are kept whatever their suffix; ``-`` stands for standard input.

    A folder that cannot be listed is appended to ``errors`` when given, else
    raised as :class:`DocumentError`.

    Raises
    ------
    FileNotFoundError
        If a source does not exist.
    """
    suffixes = supported_suffixes()
    excluded = [Path(e).resolve() for e in exclude]
    files: list[Path] = []
    for source in sources:
        path = Path(source)
        if str(source) == "-":
            files.append(Path("-"))
        elif path.is_dir():
            files.extend(_walk(path, suffixes, excluded, errors))
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return _unique_paths(files)


def _unique_paths(files: list[Path], seen: set[str] | None = None) -> list[Path]:
    """``files`` without repeats of the same file (by resolved path), first occurrence kept."""
    seen = set() if seen is None else seen
    out: list[Path] = []
    for path in files:
        key = "-" if str(path) == "-" else str(path.resolve())
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def iter_documents(
    sources: Iterable[str | os.PathLike[str] | tuple[str, str] | Document],
    errors: list[DocumentError] | None = None,
    *,
    fields: "RecordFields | None" = None,
    warnings: list[tuple[str, str]] | None = None,
    stdin_format: str = "txt",
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> Iterator[Document]:
    """Yield :class:`Document` objects from paths, folders, ``(id, text)`` pairs or documents.

    Documents are read lazily, one at a time, in a deterministic order (each
    folder's files sorted).  Ids are unique: a repeated id gets ``~2``,
    ``~3``, ... in reading order, with a warning.

    Parameters
    ----------
    sources : iterable
        Files of any supported format, folders (recursive), ``-`` (standard
        input), ``(id, text)`` pairs or :class:`Document` objects.
    errors : list, optional
        Receives a :class:`DocumentError` for every file or record that cannot
        be read, which is then skipped.  Without it the first error is raised
        (``--strict``).
    fields : RecordFields, optional
        Field names of JSON, JSON Lines and CSV records.
    warnings : list, optional
        Receives ``(document id, message)`` for documents that build with a
        caveat (renamed duplicate id, text that does not look like English).
    stdin_format : str, optional
        Format of standard input (``txt`` by default).
    exclude : iterable of paths, optional
        Folders or files never read from folders (e.g. the output folder).
    """
    from .readers import language_warning, read_source

    used: set[str] = set()
    read_paths: set[str] = set()  # a file named twice (or inside a folder also named) is read once

    def unique(doc: Document) -> Document:
        if _SURROGATE.search(doc.text) or _SURROGATE.search(doc.id):
            doc = replace(doc, id=scrub_surrogates(doc.id), text=scrub_surrogates(doc.text))
        doc_id = doc.id or "document"
        if doc_id in used:
            n = 2
            while f"{doc_id}~{n}" in used:
                n += 1
            new_id = f"{doc_id}~{n}"
            if warnings is not None:
                warnings.append((new_id, f"id {doc_id!r} is used by an earlier document; {doc.source} renamed {new_id!r}"))
            doc = replace(doc, id=new_id)
        used.add(doc.id)
        if warnings is not None:
            note = language_warning(doc.text)
            if note:
                warnings.append((doc.id, note))
        return doc

    for source in sources:
        if isinstance(source, Document):
            yield unique(source)
            continue
        if isinstance(source, tuple):
            doc_id, text = source
            yield unique(Document(id=str(doc_id), text=str(text)))
            continue
        for path in _unique_paths(expand_sources([source], exclude=exclude, errors=errors), read_paths):
            fmt = stdin_format if str(path) == "-" else None
            for item in read_source(path, fields=fields, fmt=fmt):
                if isinstance(item, DocumentError):
                    if errors is None:
                        raise item
                    errors.append(item)
                else:
                    yield unique(item)
