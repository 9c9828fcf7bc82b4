"""The graph module: merge per-document records into one networkx graph.

Nodes are canonical entities (see :mod:`graphkit.resolve`) with attributes
``label``, ``type``, ``aliases``, ``titles``, ``code``, ``mentions`` and
``documents``.  Edges join two entities and carry

* ``cooccurrences``: sentences in which both are named;
* ``meetings``: meetings both took part in, with ``meeting_dates`` and
  ``meeting_places`` (a meeting edge joins people and organisations only);
* ``affiliation``: a person's title at an organisation ("CEO");
* ``weight``, ``documents`` and ``evidence`` (the sentences behind the edge).

List-valued attributes are Python lists here; exporters serialise them.
"""
from __future__ import annotations

import itertools
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from .config import Config
from .records import DocumentRecord
from .resolve import resolve

#: Colour of each entity type, as (r, g, b).
TYPE_COLORS: dict[str, tuple[int, int, int]] = {
    "person": (31, 119, 180),
    "organisation": (255, 127, 14),
    "place": (44, 160, 44),
    "sector": (148, 103, 189),
}
MEETING_TYPES = ("person", "organisation")


@dataclass
class DocumentInfo:
    """What the graph keeps of a document: id, title, date, source."""

    id: str
    title: str
    date: str
    source: str


@dataclass
class KnowledgeGraph:
    """A built knowledge graph.

    Attributes
    ----------
    graph : networkx.Graph
        Entities as nodes, relations as edges, every attribute on them.
    documents : list of DocumentInfo
        The documents the graph was built from.
    skipped : list of (str, str)
        ``(source, reason)`` for every input that was skipped.
    warnings : list of (str, str)
        ``(document id, message)`` for documents built with a caveat (text
        that does not look like English, a renamed duplicate id, a huge
        document extracted in parts).
    config : Config
        The settings of the build.
    """

    graph: nx.Graph
    documents: list[DocumentInfo] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    config: Config = field(default_factory=Config)

    # -- views -----------------------------------------------------------------
    def entities(self, type: str | None = None) -> list[dict[str, Any]]:
        """Nodes as dicts (``id`` plus attributes), optionally of one ``type``, most mentioned first."""
        rows = [{"id": n, **d} for n, d in self.graph.nodes(data=True) if type is None or d.get("type") == type]
        return sorted(rows, key=lambda r: (-r.get("mentions", 0), r["id"]))

    def meetings(self) -> list[dict[str, Any]]:
        """Meeting edges as dicts (``source``, ``target`` plus attributes)."""
        rows = [
            {"source": u, "target": v, **d} for u, v, d in self.graph.edges(data=True) if d.get("meetings", 0) > 0
        ]
        return sorted(rows, key=lambda r: (-r["meetings"], r["source"], r["target"]))

    def summary(self) -> dict[str, Any]:
        """Counts: documents, entities per type, edges, meeting edges, skipped inputs."""
        per_type = {t: 0 for t in TYPE_COLORS}
        for _, d in self.graph.nodes(data=True):
            per_type[d["type"]] = per_type.get(d["type"], 0) + 1
        return {
            "documents": len(self.documents),
            "entities": per_type,
            "edges": self.graph.number_of_edges(),
            "meetings": sum(1 for *_, d in self.graph.edges(data=True) if d.get("meetings", 0) > 0),
            "skipped": len(self.skipped),
        }

    # -- exports -----------------------------------------------------------------
    def write_graphml(self, path: str | os.PathLike[str]) -> Path:
        """Write GraphML that Gephi, yEd, networkx and igraph open (see :mod:`graphkit.export`)."""
        from .export import write_graphml

        return write_graphml(self, path)

    def write_html(self, path: str | os.PathLike[str], *, max_nodes: int | None = None,
                   max_edges: int | None = None) -> Path:
        """Write the interactive, offline HTML page (see :mod:`graphkit.html`).

        ``max_nodes`` and ``max_edges`` default to ``config.html_max_nodes`` and
        ``config.html_max_edges``.
        """
        from .html import write_html

        return write_html(self, path, max_nodes=self.config.html_max_nodes if max_nodes is None else max_nodes,
                          max_edges=max_edges)

    def write(self, directory: str | os.PathLike[str], formats: Iterable[str] | None = None) -> list[Path]:
        """Write every format in ``formats`` (default: the config's) into ``directory``."""
        from .export import write_all

        return write_all(self, directory, formats or self.config.formats)

    def to_html(self, *, notebook: bool = True) -> str:
        """The HTML page as a string."""
        from .html import render_html

        return render_html(self, max_nodes=self.config.html_max_nodes)

    def _repr_html_(self) -> str:
        """Inline display in Jupyter, VS Code and Colab (an iframe ``srcdoc``, no file, no network)."""
        from .html import notebook_html

        return notebook_html(self, max_nodes=self.config.html_max_nodes)

    def show(self, *, max_nodes: int | None = None, max_edges: int | None = None, height: int = 640) -> Any:
        """The interactive graph for a notebook cell, as ``IPython.display.HTML``.

        Parameters
        ----------
        max_nodes : int, optional
            Most nodes drawn (default: ``config.html_max_nodes``).
        max_edges : int, optional
            Most edges drawn (default: ``config.html_max_edges``).
        height : int
            Height of the view in pixels.

        Raises
        ------
        ImportError
            When IPython is not installed (use :meth:`write_html` outside notebooks).
        """
        try:
            from IPython.display import HTML
        except ImportError as exc:
            raise ImportError("KnowledgeGraph.show() needs IPython (pip install ipython); "
                              "outside notebooks use kg.write_html(path)") from exc
        from .html import notebook_html

        return HTML(notebook_html(self, max_nodes=self.config.html_max_nodes if max_nodes is None else max_nodes,
                                  height=height, max_edges=max_edges))

    def __repr__(self) -> str:
        s = self.summary()
        return (
            f"<KnowledgeGraph: {s['documents']} documents, {self.graph.number_of_nodes()} entities, "
            f"{s['edges']} edges, {s['meetings']} meetings>"
        )


def _edge(g: nx.Graph, u: str, v: str) -> dict[str, Any]:
    if not g.has_edge(u, v):
        g.add_edge(
            u, v, cooccurrences=0, meetings=0, affiliation="", weight=0.0,
            documents=[], evidence=[], meeting_dates=[], meeting_places=[],
        )
    return g.edges[u, v]


def _add_evidence(data: dict[str, Any], doc_id: str, sentence: str, limit: int) -> None:
    docs = data["documents"]
    if not docs or docs[-1] != doc_id:  # records arrive sorted by id: a seen id is the last one (O(1), not O(n))
        docs.append(doc_id)
    if sentence and sentence not in data["evidence"] and len(data["evidence"]) < limit:
        data["evidence"].append(sentence)


def build_graph(records: Iterable[DocumentRecord], config: Config | None = None) -> KnowledgeGraph:
    """Merge document records into a :class:`KnowledgeGraph`.

    Parameters
    ----------
    records : iterable of DocumentRecord
        Output of extraction, one per document.
    config : Config, optional
        ``max_evidence`` limits the sentences kept per edge.
    """
    config = config or Config()
    records = sorted(records, key=lambda r: r.doc_id)
    entities, index = resolve(records)
    g = nx.Graph()
    for node_id, ent in entities.items():
        g.add_node(
            node_id, label=ent.label, type=ent.type, aliases=ent.aliases, titles=ent.titles, code=ent.code,
            mentions=ent.mentions, documents=ent.documents,
        )
    limit = config.max_evidence
    for rec in records:
        node = {ent.key: index[(rec.doc_id, ent.key)] for ent in rec.entities}
        per_sentence: dict[int, set[str]] = {}
        for ent in rec.entities:
            for m in ent.mentions:
                per_sentence.setdefault(m.sentence, set()).add(node[ent.key])
        for sent, nodes in sorted(per_sentence.items()):
            text = rec.sentences[sent] if sent < len(rec.sentences) else ""
            for u, v in itertools.combinations(sorted(nodes), 2):
                data = _edge(g, u, v)
                data["cooccurrences"] += 1
                _add_evidence(data, rec.doc_id, text, limit)
        for meeting in rec.meetings:
            parts = sorted({node[k] for k in meeting.participants if k in node and g.nodes[node[k]]["type"] in MEETING_TYPES})
            text = rec.sentences[meeting.sentence] if meeting.sentence < len(rec.sentences) else ""
            for u, v in itertools.combinations(parts, 2):
                data = _edge(g, u, v)
                data["meetings"] += 1
                if meeting.date and meeting.date not in data["meeting_dates"]:
                    data["meeting_dates"].append(meeting.date)
                if meeting.place and meeting.place not in data["meeting_places"]:
                    data["meeting_places"].append(meeting.place)
                data.setdefault("planned", 0)
                data["planned"] = data.get("planned", 0) + int(meeting.planned)
                _add_evidence(data, rec.doc_id, text, limit)
        for aff in rec.affiliations:
            if aff.person not in node or aff.organisation not in node:
                continue
            data = _edge(g, node[aff.person], node[aff.organisation])
            if aff.title and aff.title not in data["affiliation"].split("; "):
                data["affiliation"] = "; ".join(filter(None, [data["affiliation"], aff.title]))
            text = rec.sentences[aff.sentence] if aff.sentence < len(rec.sentences) else ""
            _add_evidence(data, rec.doc_id, text, limit)
    for _, _, d in g.edges(data=True):
        d.setdefault("planned", 0)
        d["meeting_dates"].sort()
        d["weight"] = float(d["cooccurrences"] + 2 * d["meetings"] + (1 if d["affiliation"] else 0))
        d["kind"] = "meeting" if d["meetings"] else ("affiliation" if d["affiliation"] else "cooccurrence")
    infos = [DocumentInfo(r.doc_id, r.title, r.date, r.source) for r in records]
    return KnowledgeGraph(graph=g, documents=infos, config=config)
