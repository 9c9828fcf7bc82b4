"""Input formats: bytes on disk (or standard input) to :class:`~graphkit.documents.Document`.

Every reader is a pure function of the bytes it is given, so the same file
always yields the same documents:

* ``.txt``, ``.md``: the whole file is one document;
* ``.html``, ``.htm``: the article text, extracted with trafilatura (lxml
  fallback); scripts, styles and tags never become text; the title comes
  from ``og:title``, ``<h1>`` or ``<title>``, the date from meta tags;
* ``.jsonl`` / ``.ndjson`` (one JSON object a line), ``.json`` (an object,
  an array of objects, or an object holding one such array) and ``.csv``:
  one document per record, with configurable field names (:class:`RecordFields`).

Text is decoded by :func:`decode_bytes`: byte-order marks first, then strict
UTF-8, then Windows-1252 when it reads cleanly, then charset-normalizer.
Binary files (a PDF renamed ``.txt``) are rejected with a reason.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .documents import Document, DocumentError, find_date

#: Suffix -> format name.
FORMAT_OF_SUFFIX: dict[str, str] = {
    ".txt": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
}
#: Suffixes of formats graphkit does not read (named explicitly, they are refused, not read as text).
UNSUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    ".pdf .doc .docx .odt .rtf .epub .xls .xlsx .ods .ppt .pptx .odp .zip .gz .tgz .bz2 .xz .7z .rar .tar "
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .svgz .mp3 .mp4 .wav .avi .mov .exe .dll .so .bin .sqlite .db "
    ".parquet .pickle .pkl .npy".split()
)
#: Formats a source may be read as (``--stdin-format``).
INPUT_FORMATS: tuple[str, ...] = ("txt", "md", "html", "jsonl", "json", "csv")
#: Formats that hold many documents, one per record.
RECORD_FORMATS: frozenset[str] = frozenset({"jsonl", "json", "csv"})

#: Leading bytes of common binary formats, and their names.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP/Office"), (b"\x89PNG", "PNG"), (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"), (b"\xff\xd8\xff", "JPEG"), (b"\x1f\x8b", "gzip"), (b"\xd0\xcf\x11\xe0", "OLE/Office"),
    (b"BZh", "bzip2"), (b"\xfd7zXZ", "xz"), (b"7z\xbc\xaf", "7z"), (b"Rar!", "RAR"), (b"\x7fELF", "ELF"),
    (b"RIFF", "RIFF"), (b"OggS", "Ogg"), (b"ID3", "MP3"), (b"\x00\x00\x01\x00", "ICO"),
    (b"SQLite format 3", "SQLite"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
#: Bytes sampled for encoding detection.
_SAMPLE = 256 * 1024
#: Control characters that do not occur in text (tab, newlines, form feed excluded).
_BAD_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
#: Characters XML (and so lxml) cannot hold.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True)
class RecordFields:
    """Field names of record formats (JSON Lines, JSON, CSV).

    Each attribute is a tuple of names tried in order (case-insensitively);
    the first present in a record is used.

    Attributes
    ----------
    text : tuple of str
        The document text (required; a record without it is skipped).
    id : tuple of str
        The document id; without it the id is ``<file stem>#<line or row>``.
    title : tuple of str
        The title; without it the first line of the text.
    date : tuple of str
        The publication date (any form :func:`~graphkit.documents.find_date` reads).
    """

    text: tuple[str, ...] = ("text", "content", "body")
    id: tuple[str, ...] = ("id",)
    title: tuple[str, ...] = ("title", "headline")
    date: tuple[str, ...] = ("date", "published", "published_at", "publication_date", "pubdate")

    @classmethod
    def from_names(
        cls,
        text: str | None = None,
        id: str | None = None,
        title: str | None = None,
        date: str | None = None,
    ) -> "RecordFields":
        """Fields with the given names replacing the defaults (``None`` keeps the default)."""
        base = cls()
        return cls(
            text=(text,) if text else base.text,
            id=(id,) if id else base.id,
            title=(title,) if title else base.title,
            date=(date,) if date else base.date,
        )


# -- decoding ------------------------------------------------------------------------
def binary_kind(data: bytes) -> str | None:
    """The name of the binary format ``data`` starts with, ``"binary"`` for other binary data, else ``None``."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        return None
    head = data[:8192]
    if b"\x00" in head and _utf16_without_bom(head) is None:
        return "binary"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL (ASCII-range UTF-16), else ``None``."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    return bool(sample) and len(_BAD_CONTROL.findall(sample)) > max(8, len(sample) // 100)


#: UTF-8 in which a few stray bytes are Windows-1252 (files pasted together from two sources).
MIXED_UTF8 = "utf-8+cp1252"
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` holds more valid UTF-8 multi-byte characters than bytes that are not UTF-8."""
    sample = data[:_SAMPLE]
    valid = len(_UTF8_MULTIBYTE.findall(sample))
    if not valid:
        return False
    invalid = len(sample.decode("utf-8", "replace")) - len(sample.decode("utf-8", "ignore"))
    return valid > invalid


def _cp1252_byte(exc: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: a byte that is not UTF-8 is read as Windows-1252 (else Latin-1)."""
    assert isinstance(exc, UnicodeDecodeError)
    byte = exc.object[exc.start : exc.start + 1]
    try:
        return byte.decode("cp1252"), exc.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), exc.start + 1


codecs.register_error("graphkit-cp1252", _cp1252_byte)


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data``.

    Byte-order marks decide first; then UTF-8 when the bytes are valid UTF-8,
    or UTF-8 with stray Windows-1252 bytes (:data:`MIXED_UTF8`) when valid
    UTF-8 characters outnumber the bytes that are not; then UTF-16 without BOM; then Windows-1252 (a superset of Latin-1's
    printable characters) when it decodes cleanly and reads as plausible
    text; else charset-normalizer's best guess.

    Raises
    ------
    ValueError
        If no encoding fits (binary data).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return MIXED_UTF8
    utf16 = _utf16_without_bom(data[:8192])
    if utf16:
        return utf16
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    sample = data[:_SAMPLE]
    try:
        western = sample.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    best = from_bytes(sample).best()
    if western is not None:
        if best is None or "cp1252" in best.could_be_from_charset or mess_ratio(western, 1.0) <= 0.5:
            return "cp1252"
    if best is None:
        raise ValueError("no text encoding fits")
    return best.encoding


def decode_bytes(data: bytes, source: str = "<bytes>") -> str:
    """Decode the bytes of a text file, never with replacement characters.

    Raises
    ------
    DocumentError
        For binary data, or bytes that no encoding decodes.
    """
    kind = binary_kind(data)
    if kind is not None:
        raise DocumentError(source, f"binary file ({kind}), not text")
    try:
        encoding = detect_encoding(data)
        if encoding == MIXED_UTF8:
            text = data.decode("utf-8", "graphkit-cp1252")
        else:
            text = data.decode(encoding)
    except (ValueError, LookupError) as exc:  # UnicodeDecodeError is a ValueError
        raise DocumentError(source, f"cannot decode as text ({exc})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise DocumentError(source, "binary data (control characters), not text")
    return text


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path`` (``-`` is standard input), raising :class:`DocumentError`."""
    if str(path) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        return stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    try:
        with path.open("rb") as fh:  # a binary file is refused before it is read whole
            kind = binary_kind(fh.read(8192))
        if kind is not None:
            raise DocumentError(str(path), f"binary file ({kind}), not text")
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(path), f"cannot read ({exc.strerror or exc})") from None


# -- readers -------------------------------------------------------------------------
def format_of(path: Path) -> str | None:
    """The input format of ``path`` by its suffix, or ``None`` when unsupported."""
    return FORMAT_OF_SUFFIX.get(path.suffix.lower())


def read_source(
    path: Path,
    *,
    fields: RecordFields | None = None,
    fmt: str | None = None,
    doc_id: str | None = None,
) -> Iterator[Document | DocumentError]:
    """Documents of one file (or ``-``), and a :class:`DocumentError` for each part that cannot be read.

    A whole-file failure (unreadable, binary, empty, no text column) is one
    error; in record formats a bad record is an error and the other records
    are still yielded.

    A file with a suffix of :data:`UNSUPPORTED_SUFFIXES` (``.pdf``, ``.docx``,
    ...) is refused; any other unknown suffix is read as plain text.

    Parameters
    ----------
    path : Path
        The file, or ``Path("-")`` for standard input.
    fields : RecordFields, optional
        Field names of record formats.
    fmt : str, optional
        Format to read the file as; by default from its suffix (``txt`` when unknown).
    doc_id : str, optional
        Id of a single-document file (default: the file stem; ``stdin`` for ``-``).
    """
    fields = fields or RecordFields()
    source = str(path)
    if fmt is None and path.suffix.lower() in UNSUPPORTED_SUFFIXES:
        yield DocumentError(source, unsupported_reason(path))
        return
    fmt = fmt or format_of(path) or "txt"
    stem = doc_id or ("stdin" if source == "-" else path.stem)
    try:
        text = decode_bytes(read_bytes(path), source)
        if fmt in ("txt", "md"):
            if not text.strip():
                raise DocumentError(source, "empty document")
            yield Document(id=stem, text=text, source=source)
        elif fmt == "html":
            yield read_html_text(text, stem, source)
        elif fmt == "jsonl":
            yield from _jsonl_records(text, stem, source, fields)
        elif fmt == "json":
            yield from _json_records(text, stem, source, fields)
        elif fmt == "csv":
            yield from _csv_records(text, stem, source, fields)
        else:
            raise DocumentError(source, f"unknown input format {fmt!r}; choose from {', '.join(INPUT_FORMATS)}")
    except DocumentError as exc:
        yield exc


def unsupported_reason(path: Path) -> str:
    """Why ``path`` is not read: its format, and what to convert it to."""
    return (f"unsupported input format {path.suffix.lower()} (graphkit reads .txt .md .html .jsonl .json .csv; "
            "convert it to text first)")


# -- HTML ----------------------------------------------------------------------------
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
)
_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "head", "nav", "footer", "aside", "form", "button", "select", "textarea",
)
_BLOCK_TAGS = frozenset(
    "p div section article main header h1 h2 h3 h4 h5 h6 li ul ol table tr blockquote pre figure "
    "figcaption dl dt dd address br hr".split()
)


def read_html_text(html: str, doc_id: str, source: str = "<memory>") -> Document:
    """The article of an HTML page as a :class:`Document` (title and date from the markup).

    Raises
    ------
    DocumentError
        If the page holds no text.
    """
    import lxml.html
    from lxml import etree

    html = _NOT_XML.sub(" ", re.sub(r"^\s*<\?xml[^>]*\?>", "", html))  # lxml refuses control characters
    if not html.strip():
        raise DocumentError(source, "empty document")
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentError(source, f"malformed HTML ({exc})") from None
    title, date = _html_title(tree), _html_date(tree)
    body = _article_text(html, tree)
    if not body.strip():
        raise DocumentError(source, "no text in HTML page")
    return Document(id=doc_id, text=body, source=source, meta_title=title, meta_date=date)


def _clean_inline(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _meta(tree: Any, names: Sequence[str]) -> str:
    wanted = {n.lower(): i for i, n in enumerate(names)}
    found: dict[int, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in wanted and (el.get("content") or "").strip():
            found.setdefault(wanted[key], el.get("content").strip())
    return found[min(found)] if found else ""


def _html_title(tree: Any) -> str:
    title = _meta(tree, ("og:title", "twitter:title"))
    if not title:
        for h1 in tree.iter("h1"):
            title = _clean_inline(h1.text_content())
            if title:
                break
    if not title:
        el = tree.find(".//title")
        title = _clean_inline(el.text_content()) if el is not None else ""
    return title[:300]


def _html_date(tree: Any) -> str:
    value = _meta(tree, _DATE_META)
    if value and find_date(value):
        return find_date(value)
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() == "application/ld+json" and el.text:
            m = re.search(r'"datePublished"\s*:\s*"([^"]{6,40})"', el.text)
            if m and find_date(m.group(1)):
                return find_date(m.group(1))
    for el in tree.iter("time"):
        value = el.get("datetime") or ""
        if find_date(value):
            return find_date(value)
    return ""


def _article_text(html: str, tree: Any) -> str:
    """Article text with paragraphs separated by blank lines; never markup or script text.

    Scripts, styles, navigation, asides, footers and forms are removed first;
    trafilatura then extracts the main text (boilerplate removed), and the
    plain text of the cleaned page is used when it finds too little.
    """
    cleaned = _strip_tree(tree)
    fallback = _lxml_text(cleaned)
    text = ""
    try:
        import copy

        import trafilatura

        text = trafilatura.extract(
            copy.deepcopy(cleaned), include_comments=False, include_tables=True, include_images=False,
            include_links=False, deduplicate=False, favor_recall=True, output_format="txt",
        ) or ""
    except Exception:  # noqa: BLE001 - any extractor failure falls back to plain lxml
        text = ""
    if len(text.strip()) < 0.2 * len(fallback.strip()):
        text = fallback
    paragraphs = [p.strip() for p in re.split(r"\n\s*", text) if p.strip()]
    return "\n\n".join(paragraphs)


def _strip_tree(tree: Any) -> Any:
    """A copy of the page without scripts, styles, navigation, forms and comments."""
    import copy

    root = copy.deepcopy(tree)
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) and el.getparent() is not None:  # comments, processing instructions
            el.drop_tree()
    return root


def _lxml_text(root: Any) -> str:
    """Plain text of a cleaned page: the article, main or body element, one line per block."""
    body = root.find(".//article")
    if body is None:
        body = root.find(".//main")
    if body is None:
        body = root.find(".//body")
    body = root if body is None else body
    parts: list[str] = []

    def walk(el: Any) -> None:
        block = isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(body)
    lines = [_clean_inline(line) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


# -- records -------------------------------------------------------------------------
def _field(record: Mapping[str, Any], names: Sequence[str]) -> tuple[str | None, Any]:
    lower = {str(k).strip().lower(): k for k in record}
    for name in names:
        if name in record:
            return name, record[name]
        if name.lower() in lower:
            key = lower[name.lower()]
            return key, record[key]
    return None, None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)
    return None


def record_document(
    record: Any, default_id: str, source: str, fields: RecordFields
) -> Document:
    """One record (a JSON object or CSV row) as a :class:`Document`.

    Raises
    ------
    DocumentError
        If the record is not an object, has no text field, or its text is empty.
    """
    if not isinstance(record, Mapping):
        raise DocumentError(source, f"record is a JSON {type(record).__name__}, not an object")
    name, value = _field(record, fields.text)
    if name is None:
        raise DocumentError(source, f"no text field (looked for {', '.join(fields.text)})")
    text = _as_text(value)
    if text is None:
        raise DocumentError(source, f"text field {name!r} is not a string")
    if not text.strip():
        raise DocumentError(source, f"empty text in field {name!r}")
    _, raw_id = _field(record, fields.id)
    doc_id = _clean_inline(_as_text(raw_id) or "") or default_id
    _, raw_title = _field(record, fields.title)
    _, raw_date = _field(record, fields.date)
    title = _clean_inline(_as_text(raw_title) or "")[:300]
    date = find_date(_as_text(raw_date) or "")
    return Document(id=doc_id, text=text, source=source, meta_title=title, meta_date=date)


def _jsonl_records(text: str, stem: str, source: str, fields: RecordFields) -> Iterator[Document | DocumentError]:
    seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(where, f"malformed JSON line ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield record_document(record, f"{stem}#{lineno}", where, fields)
        except DocumentError as exc:
            yield exc
    if not seen:
        raise DocumentError(source, "empty document")


def _json_records(text: str, stem: str, source: str, fields: RecordFields) -> Iterator[Document | DocumentError]:
    if not text.strip():
        raise DocumentError(source, "empty document")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(source, f"malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    if isinstance(data, Mapping) and _field(data, fields.text)[0] is None:
        lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(r, Mapping) for r in v)]
        if len(lists) == 1:
            data = lists[0]
    if isinstance(data, Mapping):
        yield record_document(data, stem, source, fields)
        return
    if not isinstance(data, list):
        raise DocumentError(source, f"JSON {type(data).__name__} is neither an object nor an array of objects")
    if not data:
        raise DocumentError(source, "empty JSON array")
    for i, record in enumerate(data, start=1):
        try:
            yield record_document(record, f"{stem}#{i}", f"{source}[{i}]", fields)
        except DocumentError as exc:
            yield exc


def _csv_records(text: str, stem: str, source: str, fields: RecordFields) -> Iterator[Document | DocumentError]:
    if not text.strip():
        raise DocumentError(source, "empty document")
    header = text.lstrip().split("\n", 1)[0]
    delimiter = max(",;\t|", key=lambda c: (header.count(c), c == ","))
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        columns = [c for c in (reader.fieldnames or []) if c is not None]
    except csv.Error as exc:
        raise DocumentError(source, f"malformed CSV ({exc})") from None
    if _field(dict.fromkeys(columns), fields.text)[0] is None:
        found = ", ".join(columns[:10]) or "none"
        raise DocumentError(source, f"no text column (looked for {', '.join(fields.text)}; found {found})")
    row = 0
    while True:
        row += 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield DocumentError(f"{source}:row {row}", f"malformed CSV row ({exc})")
            break
        record = {k: v for k, v in record.items() if k is not None}
        try:
            yield record_document(record, f"{stem}#{row}", f"{source}:row {row}", fields)
        except DocumentError as exc:
            yield exc


# -- language ------------------------------------------------------------------------
_STOPWORDS = frozenset(
    "the of and to in a is that for on with as was by at from it be are has have this an or were said "
    "will which their its not but also had been who they more he she we would after".split()
)


def english_share(text: str, sample: int = 20000) -> tuple[float, float]:
    """``(share of letters that are ASCII, share of words that are common English words)`` in a sample."""
    head = text[:sample]
    letters = [c for c in head if c.isalpha()]
    ascii_letters = sum(1 for c in letters if c.isascii())
    words = re.findall(r"[^\W\d_]+", head.lower())
    stop = sum(1 for w in words if w in _STOPWORDS)
    return (ascii_letters / len(letters) if letters else 1.0, stop / len(words) if words else 1.0)


def language_warning(text: str) -> str | None:
    """A warning when ``text`` does not look like English (the model is English), else ``None``.

    A cheap heuristic: fewer than 70 % ASCII letters, or (with 40 words or
    more) fewer than 8 % common English function words.
    """
    letters, stop = english_share(text)
    words = len(re.findall(r"[^\W\d_]+", text[:20000]))
    if letters < 0.7 or (words >= 40 and stop < 0.08):
        script = _main_script(text)
        return (
            f"text does not look like English ({letters:.0%} ASCII letters, {stop:.0%} common English words"
            f"{', mostly ' + script if script else ''}); the English model may miss or mislabel entities"
        )
    return None


def _main_script(text: str) -> str:
    counts: dict[str, int] = {}
    for c in text[:5000]:
        if c.isalpha() and not c.isascii():
            try:
                script = unicodedata.name(c).split()[0]
            except ValueError:
                continue
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return ""
    return max(sorted(counts), key=lambda k: counts[k]).title()
