"""Exporters: GraphML for Gephi (and the other formats), written atomically.

Every file is written to a temporary name in the target folder and renamed
into place, so an interrupted run never leaves a half-written output.
"""
from __future__ import annotations

import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

import networkx as nx

from .graph import TYPE_COLORS

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

#: Output formats and the file each writes.
FORMATS: dict[str, str] = {"graphml": "graph.graphml", "html": "graph.html"}

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Remove characters XML 1.0 cannot hold (control characters, lone surrogates)."""
    return _XML_INVALID.sub("", text)


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; rename it over ``path`` on success.

    On any error (or interruption) the temporary file is removed and ``path``
    keeps its previous content.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def layout(graph: nx.Graph, seed: int = 42) -> dict[Any, tuple[float, float]]:
    """Seeded, repeatable 2-D positions scaled to roughly +-1000 (Gephi's scale).

    Uses networkx's spring layout on graphs up to a few thousand nodes and a
    cheaper seeded circular layout per connected component beyond that.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    nodes = sorted(graph.nodes())
    if n <= 3000:
        h = nx.Graph()
        h.add_nodes_from(nodes)
        h.add_weighted_edges_from(sorted((u, v, d.get("weight", 1.0)) for u, v, d in graph.edges(data=True)))
        pos = nx.spring_layout(h, seed=seed, weight="weight", iterations=60 if n > 500 else 100)
    else:
        pos = {}
        import random

        rng = random.Random(seed)
        for node in nodes:
            pos[node] = (rng.uniform(-1, 1), rng.uniform(-1, 1))
    return {k: (round(float(x) * 1000, 3), round(float(y) * 1000, 3)) for k, (x, y) in pos.items()}


def node_size(mentions: int) -> float:
    """Node size for Gephi and the HTML page, growing with the log of mentions."""
    return round(10.0 + 6.0 * math.log2(1 + max(0, mentions)), 3)


def _scalar(value: Any) -> Any:
    """A GraphML-safe scalar: lists joined with "; ", None as "", text XML-safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, tuple, set)):
        return xml_safe("; ".join(str(v) for v in value))
    if isinstance(value, dict):
        return xml_safe(json.dumps(value, sort_keys=True, ensure_ascii=False))
    if isinstance(value, float) and not math.isfinite(value):
        return 0.0
    if isinstance(value, str):
        return xml_safe(value)
    return value


def export_graph(kg: "KnowledgeGraph") -> nx.Graph:
    """A copy of the graph with Gephi's attributes added and every value a scalar.

    Adds ``x``, ``y`` (seeded layout), ``size``, ``r``, ``g``, ``b`` and
    ``color`` on nodes, and an ``id`` on edges.
    """
    g = kg.graph
    pos = layout(g, kg.config.layout_seed)
    out = nx.Graph()
    for node in sorted(g.nodes()):
        d = g.nodes[node]
        r, gg, b = TYPE_COLORS.get(d.get("type"), (128, 128, 128))
        attrs = {k: _scalar(v) for k, v in sorted(d.items())}
        x, y = pos.get(node, (0.0, 0.0))
        attrs.update(
            x=float(x), y=float(y), size=node_size(int(d.get("mentions", 0))), r=r, g=gg, b=b,
            color=f"#{r:02x}{gg:02x}{b:02x}",
        )
        out.add_node(xml_safe(str(node)), **attrs)
    edges = sorted((tuple(sorted((u, v))), d) for u, v, d in g.edges(data=True))
    for i, ((u, v), d) in enumerate(edges):
        attrs = {k: _scalar(val) for k, val in sorted(d.items())}
        attrs["weight"] = float(d.get("weight", 1.0))
        attrs["id"] = f"e{i}"
        out.add_edge(xml_safe(str(u)), xml_safe(str(v)), **attrs)
    out.graph["description"] = "graphkit knowledge graph"
    return out


def write_graphml(kg: "KnowledgeGraph", path: str | os.PathLike[str]) -> Path:
    """Write GraphML that Gephi opens laid out and styled.

    Keys are named as Gephi reads them (``label``, ``weight``, ``size``, ``x``,
    ``y``, ``r``, ``g``, ``b``); numeric values are typed; edges have unique
    ids; the file validates against the GraphML XSD.
    """
    g = export_graph(kg)
    path = Path(path)
    with atomic_path(path) as tmp:
        nx.write_graphml(g, tmp, named_key_ids=True, infer_numeric_types=True, edge_id_from_attribute="id")
    return path


def _writer(fmt: str) -> Callable[["KnowledgeGraph", Path], Path]:
    if fmt == "graphml":
        return write_graphml
    if fmt == "html":
        from .html import write_html

        return lambda kg, path: write_html(kg, path, max_nodes=kg.config.html_max_nodes)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def write_all(kg: "KnowledgeGraph", directory: str | os.PathLike[str], formats: Iterable[str]) -> list[Path]:
    """Write each of ``formats`` into ``directory`` under its standard file name."""
    directory = Path(directory)
    written = []
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    for fmt in formats:
        written.append(_writer(fmt)(kg, directory / FORMATS[fmt]))
    return written
