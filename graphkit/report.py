"""The build report: what was built, what was skipped and why, as ``report.json``.

The report is written next to the graph, atomically, with sorted keys and
no timings, so that the same inputs give the same bytes.  The command line
also uses it for its exit status (see :data:`EXIT_STATUSES`).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .export import atomic_path

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

#: File name of the report in the output folder.
REPORT_NAME = "report.json"
#: Prefix of the hidden folder in which a build stages its outputs.
STAGING_PREFIX = ".graphkit-staging-"

#: Exit statuses of ``graphkit build``.
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_STRICT = 4
EXIT_INTERRUPTED = 130
EXIT_STATUSES: dict[int, str] = {
    EXIT_OK: "every input was built",
    EXIT_ERROR: "unexpected error (run with --debug for the traceback)",
    EXIT_USAGE: "usage error: bad option, missing input, unsupported input format (.pdf, .docx, ...), "
    "unwritable output folder, model not installed, or no supported document found",
    EXIT_SKIPPED: "outputs written, but some inputs were skipped (listed on stderr and in report.json); "
    "also when no input could be built (then nothing is written)",
    EXIT_STRICT: "--strict and an input could not be read (nothing written)",
    EXIT_INTERRUPTED: "interrupted (previous outputs are intact)",
}


def build_report(kg: "KnowledgeGraph", *, status: int, outputs: list[str] | None = None) -> dict[str, Any]:
    """The report of a build as a JSON-serialisable dict.

    Parameters
    ----------
    kg : KnowledgeGraph
        The built graph (its ``skipped`` and ``warnings`` are listed in full).
    status : int
        The exit status the build ends with.
    outputs : list of str, optional
        File names written next to the report.
    """
    from . import __version__

    summary = kg.summary()
    return {
        "graphkit": __version__,
        "status": status,
        "status_meaning": EXIT_STATUSES.get(status, ""),
        "counts": {
            "documents_built": summary["documents"],
            "inputs_skipped": len(kg.skipped),
            "warnings": len(kg.warnings),
            "entities": sum(summary["entities"].values()),
            "edges": summary["edges"],
            "meetings": summary["meetings"],
        },
        "entities": summary["entities"],
        "documents": [{"id": d.id, "title": d.title, "date": d.date, "source": d.source} for d in kg.documents],
        "skipped": [{"source": source, "reason": reason} for source, reason in kg.skipped],
        "warnings": [{"document": doc_id, "warning": message} for doc_id, message in kg.warnings],
        "outputs": sorted(outputs or []),
    }


def write_report(
    kg: "KnowledgeGraph", directory: str | os.PathLike[str], *, status: int, outputs: list[str] | None = None
) -> Path:
    """Write :func:`build_report` as ``directory/report.json``, atomically."""
    path = Path(directory) / REPORT_NAME
    text = json.dumps(build_report(kg, status=status, outputs=outputs), indent=2, sort_keys=True, ensure_ascii=False)
    with atomic_path(path) as tmp:
        # surrogates cannot be encoded: write them as escapes rather than fail
        tmp.write_bytes((text + "\n").encode("utf-8", errors="backslashreplace"))
    return path


def remove_stale_temps(directory: str | os.PathLike[str], names: list[str], before: float | None = None) -> list[Path]:
    """Delete what killed runs left behind: staging folders and ``.NAME.*.tmp`` files next to ``names``.

    Only files last modified before ``before`` (a ``time.time()`` value; default
    now) are removed, so that a build running at the same time keeps its own.
    """
    directory = Path(directory)
    before = time.time() if before is None else before
    removed: list[Path] = []
    for stage in sorted(directory.glob(f"{STAGING_PREFIX}*")):
        try:
            if stage.is_dir() and stage.stat().st_mtime < before:
                shutil.rmtree(stage)
                removed.append(stage)
        except OSError:
            continue
    for name in names:
        for tmp in sorted(directory.glob(f".{name}.*.tmp")):
            try:
                if tmp.is_file() and tmp.stat().st_mtime < before:
                    tmp.unlink()
                    removed.append(tmp)
            except OSError:
                continue
    return removed


@contextmanager
def staged_outputs(directory: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a hidden staging folder inside ``directory``; move its files into place on success.

    Every output of a build is first written completely into the staging
    folder; only then are the files renamed over the previous outputs (each
    rename is atomic, ``report.json`` last), so a build killed at any moment
    before that leaves every previous output as it was.  On an error the
    staging folder is removed and nothing is replaced.  Staging folders of
    killed builds are removed by :func:`remove_stale_temps`.
    """
    directory = Path(directory)
    stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=directory))
    try:
        yield stage
        names = sorted((p.name for p in stage.iterdir() if p.is_file() and not p.name.startswith(".")),
                       key=lambda n: (n == REPORT_NAME, n))
        for name in names:
            os.replace(stage / name, directory / name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
