"""Reading documents: files, folders and ``(id, text)`` pairs.

A :class:`Document` is the raw input of extraction.  Its id is the file name
without extension, its title the first non-empty line, and its date the first
publication date found in the opening lines, as ISO ``YYYY-MM-DD``.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

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
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
]


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
        Stable identifier (file name without extension, or the id given).
    text : str
        The full text.
    source : str
        Where it came from (a path, or ``"<memory>"``).
    """

    id: str
    text: str
    source: str = "<memory>"

    @property
    def title(self) -> str:
        """The first non-empty line, markdown markers removed."""
        return document_title(self.text)

    @property
    def date(self) -> str:
        """The publication date found in the first lines, ISO format, or ``""``."""
        return find_date("\n".join(self.text.strip().splitlines()[:6]))


def document_title(text: str) -> str:
    """Return the first non-empty line of ``text`` without markdown markers."""
    for line in text.splitlines():
        line = re.sub(r"^[#>\s]+|[*_`]+", "", line).strip()
        if line:
            return line[:300]
    return ""


def find_date(text: str) -> str:
    """Return the first calendar date in ``text`` as ``YYYY-MM-DD``, or ``""``.

    Examples
    --------
    >>> find_date("Osaka/Lucknow, 30 July 2025: A delegation ...")
    '2025-07-30'
    >>> find_date("Wednesday, 08 June 2022")
    '2022-06-08'
    >>> find_date("HAI PHONG, March 11, 2025 (VNA)")
    '2025-03-11'
    """
    best: tuple[int, str] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            month_text = m.group("month")
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower().rstrip(".")]
            try:
                iso = date(int(m.group("year")), month, int(m.group("day"))).isoformat()
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), iso)
            break
    return best[1] if best else ""


def read_text_file(path: Path) -> str:
    """Read a text file as UTF-8 (BOM tolerated), raising :class:`DocumentError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(path), f"cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(str(path), "binary file, not text")
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise DocumentError(str(path), "empty document")
    return text


def expand_sources(sources: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and folders (recursively, ``.txt`` and ``.md``) into a sorted file list.

    Raises
    ------
    FileNotFoundError
        If a source does not exist.
    """
    files: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            files.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            )
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return files


def iter_documents(
    sources: Iterable[str | os.PathLike[str] | tuple[str, str] | Document],
    errors: list[DocumentError] | None = None,
) -> Iterator[Document]:
    """Yield :class:`Document` objects from paths, folders, ``(id, text)`` pairs or documents.

    Documents are read lazily, one at a time.  A file that cannot be read is
    appended to ``errors`` (when given) and skipped; without ``errors`` the
    :class:`DocumentError` is raised.
    """
    for source in sources:
        if isinstance(source, Document):
            yield source
            continue
        if isinstance(source, tuple):
            doc_id, text = source
            yield Document(id=str(doc_id), text=str(text))
            continue
        for path in expand_sources([source]):
            try:
                yield Document(id=path.stem, text=read_text_file(path), source=str(path))
            except DocumentError as exc:
                if errors is None:
                    raise
                errors.append(exc)
