"""Exporters: GraphML for Gephi and the other formats, written atomically.

Every file is written to a temporary name in the target folder and renamed
into place, so an interrupted run never leaves a half-written output.

All formats are written from one :class:`ExportData` (see
:func:`prepare`): the graph's nodes and edges in a fixed order (sorted by
id), with text made XML-safe, every value a scalar or a list of scalars,
every attribute present on every element and typed per attribute, plus the
Gephi attributes ``x``, ``y``, ``size``, ``r``, ``g``, ``b`` and ``color``.
The output therefore depends only on the graph's content, never on insertion
order, hash seeds or the clock: two runs give byte-identical files.

The GraphML writer streams the file (linear time, constant memory beyond the
prepared data) instead of building an XML tree, which keeps graphs of a
million edges feasible.
"""
from __future__ import annotations

import json
import math
import os
import random
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterator

import networkx as nx

from .graph import TYPE_COLORS

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

#: Output formats and the file (or files) each writes, in the output folder.
FORMATS: dict[str, str | tuple[str, ...]] = {
    "graphml": "graph.graphml",
    "html": "graph.html",
    "gexf": "graph.gexf",
    "json": "graph.json",
    "csv": ("nodes.csv", "edges.csv"),
}

#: Attributes whose GraphML/GEXF/CSV type is fixed, whatever their values.
FIXED_TYPES: dict[str, str] = {
    "weight": "double", "x": "double", "y": "double", "size": "double", "r": "int", "g": "int", "b": "int",
}

#: Nodes drawn by the force-directed layout; larger graphs place the rest around them.
LAYOUT_CORE = 1000

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NMTOKEN_ASCII = re.compile(r"[A-Za-z0-9._:\-]")
_INT32 = 2**31 - 1
_YED_KEY = re.compile(r"d[0-9]+")


def xml_safe(text: str) -> str:
    """Remove characters XML 1.0 cannot hold (control characters, lone surrogates)."""
    return _XML_INVALID.sub("", text)


def output_files(fmt: str) -> tuple[str, ...]:
    """The file names a format writes (one for most formats, two for ``csv``).

    Raises
    ------
    ValueError
        If ``fmt`` is not one of :data:`FORMATS`.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    names = FORMATS[fmt]
    return (names,) if isinstance(names, str) else tuple(names)


# -- atomic writes -------------------------------------------------------------------------------
@contextmanager
def atomic_paths(*paths: str | os.PathLike[str]) -> Iterator[list[Path]]:
    """Yield temporary paths next to ``paths``; rename each over its target on success.

    The renames happen only after the body finished without error, so a
    failure while writing any of the files leaves every target untouched.
    """
    targets = [Path(p) for p in paths]
    temps: list[Path] = []
    umask = os.umask(0)
    os.umask(umask)
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(fd)
            temps.append(Path(tmp))
        yield list(temps)
        for tmp, target in zip(temps, targets):
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, target)
    finally:
        for tmp in temps:
            if tmp.exists():
                tmp.unlink()


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; rename it over ``path`` on success.

    On any error (or interruption) the temporary file is removed and ``path``
    keeps its previous content.
    """
    with atomic_paths(path) as (tmp,):
        yield tmp


# -- layout --------------------------------------------------------------------------------------
def _force_layout(n: int, edges: Sequence[tuple[int, int, float]], seed: int, iterations: int = 50) -> Any:
    """Fruchterman-Reingold on ``n`` nodes with dense numpy arrays (no scipy), in [-1, 1]."""
    import numpy as np

    rng = np.random.RandomState(seed)
    pos = rng.rand(n, 2)
    adj = np.zeros((n, n))
    for i, j, w in edges:
        adj[i, j] += w
        adj[j, i] += w
    k = math.sqrt(1.0 / n)
    t = 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        np.clip(dist, 0.01, None, out=dist)
        disp = np.einsum("ijk,ij->ik", delta, k * k / dist**2 - adj * dist / k)
        length = np.hypot(disp[:, 0], disp[:, 1])
        length = np.where(length < 0.01, 0.1, length)
        pos += disp * (t / length)[:, None]
        t -= dt
    pos -= pos.mean(axis=0)
    scale = float(np.abs(pos).max()) or 1.0
    return pos / scale


def _layout_weight(data: dict[str, Any]) -> float:
    """An edge's weight for the layout: a positive finite number, 1.0 when missing or unusable."""
    try:
        w = float(data.get("weight", 1.0))
    except (TypeError, ValueError):
        return 1.0
    return w if math.isfinite(w) and w > 0 else 1.0


def layout(graph: nx.Graph, seed: int = 42) -> dict[Any, tuple[float, float]]:
    """Seeded, repeatable 2-D positions scaled to roughly +-1000 (Gephi's scale).

    Graphs under 500 nodes get networkx's spring layout.  Larger graphs get a
    force-directed layout of their :data:`LAYOUT_CORE` best-connected nodes
    (by weighted degree); every other node is then placed breadth-first at
    the centre of its already placed neighbours plus a small seeded offset,
    and components that do not touch the core are laid out as small clusters
    on a spiral around it.  Beyond the fixed-size core the cost is linear in
    nodes plus edges, so a million-edge graph is laid out in seconds.

    The result depends only on the graph's node ids and weighted edges, not
    on insertion order or ``PYTHONHASHSEED``.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    nodes = sorted(graph.nodes(), key=str)
    edges = sorted(
        ((u, v, _layout_weight(d)) if str(u) <= str(v) else (v, u, _layout_weight(d))
         for u, v, d in graph.edges(data=True)),
        key=lambda e: (str(e[0]), str(e[1])),
    )
    if n < 500:
        h = nx.Graph()
        h.add_nodes_from(nodes)
        h.add_weighted_edges_from(edges)
        pos = nx.spring_layout(h, seed=seed, weight="weight", iterations=100)
        return {k: (round(float(x) * 1000, 3), round(float(y) * 1000, 3)) for k, (x, y) in pos.items()}
    index = {node: i for i, node in enumerate(nodes)}
    adj: list[list[int]] = [[] for _ in range(n)]
    wdeg = [0.0] * n
    for u, v, w in edges:
        i, j = index[u], index[v]
        if i == j:
            continue
        adj[i].append(j)
        adj[j].append(i)
        wdeg[i] += w
        wdeg[j] += w
    core = sorted(sorted(range(n), key=lambda i: (-wdeg[i], i))[:LAYOUT_CORE])
    core_index = {i: c for c, i in enumerate(core)}
    core_edges = [(core_index[index[u]], core_index[index[v]], w) for u, v, w in edges
                  if index[u] in core_index and index[v] in core_index and u != v]
    core_pos = _force_layout(len(core), core_edges, seed)
    xs = [0.0] * n
    ys = [0.0] * n
    placed = [False] * n
    for c, i in enumerate(core):
        xs[i], ys[i] = float(core_pos[c, 0]), float(core_pos[c, 1])
        placed[i] = True
    rng = random.Random(seed)
    step = 2.0 / math.sqrt(len(core))

    def spread(frontier: list[int], radius: float) -> None:
        """Place nodes breadth-first from ``frontier`` (already placed)."""
        while frontier:
            layer = sorted({j for i in frontier for j in adj[i] if not placed[j]})
            for j in layer:
                px = [i for i in adj[j] if placed[i]]
                cx = sum(xs[i] for i in px) / len(px)
                cy = sum(ys[i] for i in px) / len(px)
                angle = rng.uniform(0.0, 2 * math.pi)
                r = radius * (0.5 + rng.random())
                xs[j], ys[j] = cx + r * math.cos(angle), cy + r * math.sin(angle)
            for j in layer:
                placed[j] = True
            frontier = layer

    spread(list(core), step)
    # Components without a core node: small clusters on a golden-angle spiral outside the core.
    k = 0
    for i in range(n):
        if placed[i]:
            continue
        k += 1
        angle = k * math.pi * (3 - math.sqrt(5))
        radius = 1.15 + 0.02 * math.sqrt(k)
        xs[i], ys[i] = radius * math.cos(angle), radius * math.sin(angle)
        placed[i] = True
        spread([i], step / 4)
    return {node: (round(xs[i] * 1000, 3), round(ys[i] * 1000, 3)) for node, i in index.items()}


def node_size(mentions: int) -> float:
    """Node size for Gephi and the HTML page, growing with the log of mentions."""
    return round(10.0 + 6.0 * math.log2(1 + max(0, mentions)), 3)


# -- prepared data -------------------------------------------------------------------------------
def _safe_text(text: str) -> str:
    """``xml_safe`` with a fast path for printable ASCII (most text)."""
    if text.isascii() and text.isprintable():
        return text
    return _XML_INVALID.sub("", text)


def _clean(value: Any) -> Any:
    """A scalar (str, int, float) or a list of scalars: text XML-safe, no None, no NaN."""
    t = type(value)
    if t is str:
        return _safe_text(value)
    if t is int:
        return value
    if t is float:
        return value if math.isfinite(value) else 0.0
    if t is list:
        try:
            joined = "".join(value)  # fails fast unless every item is a str
        except TypeError:
            pass
        else:
            if joined.isascii() and joined.isprintable():
                return list(value)
            return [_safe_text(v) for v in value]
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "item") and not isinstance(value, (str, bytes, list, tuple, dict)):
        try:
            value = value.item()  # numpy scalars
        except (TypeError, ValueError):
            pass
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else 0.0
    if isinstance(value, str):
        return _safe_text(str(value))
    if isinstance(value, (set, frozenset)):
        value = sorted(value, key=str)
    if isinstance(value, (list, tuple)):
        return [item for item in (_clean(v) for v in value) if not isinstance(item, list)]
    if isinstance(value, dict):
        return xml_safe(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))
    if isinstance(value, bytes):
        return xml_safe(value.decode("utf-8", "replace"))
    return xml_safe(str(value))


def _infer_type(name: str, values: Iterable[Any]) -> tuple[str, bool]:
    """``(type, is_list)`` of one attribute: int, long, double or string."""
    is_list = False
    kinds: set[str] = set()
    big = False
    for value in values:
        items = value if isinstance(value, list) else [value]
        is_list = is_list or isinstance(value, list)
        for item in items:
            if isinstance(item, int):
                kinds.add("int")
                big = big or abs(item) > _INT32
            elif isinstance(item, float):
                kinds.add("double")
            else:
                kinds.add("string")
    if name in FIXED_TYPES and not is_list:
        return FIXED_TYPES[name], False
    if not kinds or "string" in kinds:
        return "string", is_list
    if "double" in kinds:
        return "double", is_list
    return ("long" if big else "int"), is_list


def _coerce(value: Any, typ: str, is_list: bool) -> Any:
    """``value`` converted to ``typ`` (a list of it when ``is_list``); missing values become zero/empty."""
    t = type(value)
    if not is_list and ((t is str and typ == "string") or (t is float and typ == "double")
                        or (t is int and typ in ("int", "long"))):
        return value
    if is_list:
        if t is list and typ == "string":
            try:
                "".join(value)  # every item already a str
            except TypeError:
                pass
            else:
                return value
        items = value if isinstance(value, list) else ([] if value in ("", None) else [value])
        return [_coerce(v, typ, False) for v in items]
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if typ == "string":
        return "" if value is None else (value if isinstance(value, str) else str(value))
    if typ in ("int", "long"):
        try:
            return int(value) if value not in ("", None) else 0
        except (TypeError, ValueError):
            return 0
    try:
        result = float(value) if value not in ("", None) else 0.0
    except (TypeError, ValueError):
        return 0.0
    return result if math.isfinite(result) else 0.0


#: Attribute names the formats reserve on nodes and edges; a graph attribute of that name is renamed.
_RESERVED_NODE = frozenset({"id"})
_RESERVED_EDGE = frozenset({"id", "source", "target"})


@dataclass
class ExportData:
    """A graph ready to write: ordered, cleaned and typed.

    Attributes
    ----------
    nodes : list of (str, dict)
        ``(node id, attributes)`` sorted by id; every node has every key of ``node_types``.
    edges : list of (str, str, str, dict)
        ``(edge id, source, target, attributes)`` sorted by endpoints, source <= target.
    node_types, edge_types : dict
        Attribute name -> ``(type, is_list)``, type one of int, long, double, string.
    graph : dict
        Graph-level attributes (scalars and lists of scalars).
    """

    nodes: list[tuple[str, dict[str, Any]]]
    edges: list[tuple[str, str, str, dict[str, Any]]]
    node_types: dict[str, tuple[str, bool]]
    edge_types: dict[str, tuple[str, bool]]
    graph: dict[str, Any] = field(default_factory=dict)

    def scalar_nodes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Nodes with list values joined by ``"; "`` (for GraphML and GEXF)."""
        for node, attrs in self.nodes:
            yield node, {k: _join(v) for k, v in attrs.items()}

    def scalar_edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Edges with list values joined by ``"; "`` (for GraphML and GEXF)."""
        for eid, u, v, attrs in self.edges:
            yield eid, u, v, {k: _join(val) for k, val in attrs.items()}


def _join(value: Any) -> Any:
    return "; ".join(str(v) for v in value) if isinstance(value, list) else value


def _unique_ids(raw: Iterable[Any]) -> dict[Any, str]:
    """Cleaned string ids, made unique with ``-2``, ``-3``... when cleaning merged two ids."""
    ordered = sorted(raw, key=lambda x: (xml_safe(str(x)), str(x), repr(x)))
    return _suffix_clashes((node, xml_safe(str(node)) or "node") for node in ordered)


def _suffix_clashes(pairs: Iterable[tuple[Any, str]]) -> dict[Any, str]:
    """Map each key to its base name, appending ``-2``, ``-3``... to names already taken."""
    out: dict[Any, str] = {}
    taken: set[str] = set()
    for key, base in pairs:
        name, k = base, 1
        while name in taken:
            k += 1
            name = f"{base}-{k}"
        taken.add(name)
        out[key] = name
    return out


def prepare(kg: "KnowledgeGraph") -> ExportData:
    """Order, clean and type the graph of ``kg`` for the writers, and lay it out.

    Lists stay lists here (JSON and CSV keep them); GraphML and GEXF join them
    with ``"; "``.  Node attributes named ``id`` and edge attributes named
    ``id``, ``source`` or ``target`` are kept as ``id_attr`` etc.
    """
    g = kg.graph
    ids = _unique_ids(g.nodes())
    pos = layout(g, kg.config.layout_seed)
    raw_nodes: list[tuple[str, dict[str, Any]]] = []
    for node in sorted(g.nodes(), key=lambda x: ids[x]):
        d = g.nodes[node]
        attrs = {(f"{k}_attr" if str(k) in _RESERVED_NODE else _safe_text(str(k))): _clean(v) for k, v in d.items()}
        r, gg, b = TYPE_COLORS.get(d.get("type"), (128, 128, 128))  # type: ignore[arg-type]
        x, y = pos.get(node, (0.0, 0.0))
        try:
            mentions = int(d.get("mentions", 0) or 0)
        except (TypeError, ValueError):
            mentions = 0
        attrs.setdefault("label", xml_safe(str(node)))
        attrs.update(x=float(x), y=float(y), size=node_size(mentions), r=r, g=gg, b=b, color=f"#{r:02x}{gg:02x}{b:02x}")
        raw_nodes.append((ids[node], attrs))
    raw_edges = []
    for u, v, d in g.edges(data=True):
        a, b_ = sorted((ids[u], ids[v]))
        attrs = {(f"{k}_attr" if str(k) in _RESERVED_EDGE else _safe_text(str(k))): _clean(val) for k, val in d.items()}
        try:
            weight = float(d.get("weight", 1.0))
        except (TypeError, ValueError):
            weight = 1.0
        attrs["weight"] = weight if math.isfinite(weight) else 1.0
        raw_edges.append((a, b_, attrs))
    raw_edges.sort(key=lambda e: (e[0], e[1]))
    node_types = _types(attrs for _, attrs in raw_nodes)
    edge_types = _types(attrs for _, _, attrs in raw_edges)
    nodes = [(n, {k: _coerce(attrs.get(k), *node_types[k]) for k in node_types}) for n, attrs in raw_nodes]
    edges = [
        (f"e{i}", u, v, {k: _coerce(attrs.get(k), *edge_types[k]) for k in edge_types})
        for i, (u, v, attrs) in enumerate(raw_edges)
    ]
    graph = {
        "description": "graphkit knowledge graph",
        "documents": [xml_safe(d.id) for d in sorted(kg.documents, key=lambda d: d.id)],
    }
    return ExportData(nodes, edges, node_types, edge_types, graph)


def _types(rows: Iterable[dict[str, Any]]) -> dict[str, tuple[str, bool]]:
    values: dict[str, list[Any]] = {}
    for attrs in rows:
        for k, v in attrs.items():
            values.setdefault(k, []).append(v)
    return {k: _infer_type(k, values[k]) for k in sorted(values)}


def export_graph(kg: "KnowledgeGraph") -> nx.Graph:
    """A networkx copy of what the GraphML holds: ids, every value a typed scalar.

    Adds ``x``, ``y`` (seeded layout), ``size``, ``r``, ``g``, ``b`` and
    ``color`` on nodes, and an ``id`` on edges.
    """
    return _export_graph(prepare(kg))


def _export_graph(data: ExportData) -> nx.Graph:
    out = nx.Graph()
    for node, attrs in data.scalar_nodes():
        out.add_node(node, **attrs)
    for eid, u, v, attrs in data.scalar_edges():
        out.add_edge(u, v, id=eid, **attrs)
    out.graph["description"] = data.graph["description"]
    return out


# -- GraphML -------------------------------------------------------------------------------------
def _xml_text(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;"))


def _xml_attr(text: str) -> str:
    return (_xml_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;"))


def _is_name_char(c: str) -> bool:
    """A character valid in an XML NMTOKEN (both XML editions) that is a letter, digit or mark."""
    if _NMTOKEN_ASCII.match(c):
        return True
    o = ord(c)
    if o < 0xC0 or 0xD7 == o or 0xF7 == o or 0x37E == o or 0x2000 <= o < 0x3001 or 0xD800 <= o:
        return False
    import unicodedata

    return unicodedata.category(c)[0] in "LMN" and _schema_accepts_name_char(c)


@lru_cache(maxsize=8192)
def _schema_accepts_name_char(c: str) -> bool:
    """Whether XSD validators built on libxml2 accept ``c`` in an NMTOKEN.

    They use the older (4th edition) XML character tables, in which letters
    added to Unicode later (Syriac, Thaana, many CJK extensions...) are not
    name characters; those are escaped so that the file validates everywhere.
    """
    from lxml import etree

    el = etree.Element("t", v="a" + c)
    return _nmtoken_schema().validate(el)


@lru_cache(maxsize=1)
def _nmtoken_schema() -> Any:
    from lxml import etree

    return etree.XMLSchema(etree.fromstring(
        b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="t"><xs:complexType>'
        b'<xs:attribute name="v" type="xs:NMTOKEN"/></xs:complexType></xs:element></xs:schema>'
    ))


def graphml_id(text: str) -> str:
    """``text`` as a GraphML id (an XML NMTOKEN): other characters become ``_HEX_``.

    Ids made of letters, digits, ``.``, ``-``, ``_`` and ``:`` (graphkit's own
    ids) are kept unchanged.
    """
    if text and all(_is_name_char(c) for c in text):
        return text
    return "".join(c if _is_name_char(c) else f"_{ord(c):x}_" for c in text) or "_"


def graphml_ids(data: ExportData) -> dict[str, str]:
    """Node id -> GraphML id, unique (``-2``, ``-3``... appended on a clash)."""
    return _suffix_clashes((node, graphml_id(node)) for node, _ in data.nodes)


def graphml_key_ids(data: ExportData) -> tuple[dict[str, str], dict[str, str]]:
    """Key ids of node and edge attributes: the attribute name, unique across scopes.

    Node keys are named after their attribute (``label``, ``size``, ``x``...);
    an edge attribute whose name a node key already uses gets ``edge_`` in
    front of its id (its ``attr.name`` stays the attribute name).  ``weight``
    on edges keeps the id ``weight``.  No key id looks like yEd's generated
    ids (``d0``, ``d3``...): Gephi reads key ``d3`` as the node label and
    ``d7`` as the edge label, so such ids get ``attr_`` in front.
    """
    taken: set[str] = {"description"}

    def assign(names: Iterable[str], prefix: str) -> dict[str, str]:
        keys: dict[str, str] = {}
        for name in names:
            key = graphml_id(name)
            if _YED_KEY.fullmatch(key):
                key = f"attr_{key}"
            while key in taken:
                key = f"{prefix}_{key}"
            taken.add(key)
            keys[name] = key
        return keys

    node_keys = assign(data.node_types, "node")
    return node_keys, assign(data.edge_types, "edge")


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _write_graphml_stream(data: ExportData, out: IO[str]) -> None:
    node_keys, edge_keys = graphml_key_ids(data)
    ids = graphml_ids(data)
    w = out.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    w('  <key id="description" for="graph" attr.name="description" attr.type="string"/>\n')
    for scope, types, keys in (("node", data.node_types, node_keys), ("edge", data.edge_types, edge_keys)):
        for name, (typ, _) in types.items():
            w(f'  <key id="{_xml_attr(keys[name])}" for="{scope}" attr.name="{_xml_attr(name)}" attr.type="{typ}"/>\n')
    w('  <graph id="G" edgedefault="undirected">\n')
    w(f'    <data key="description">{_xml_text(data.graph["description"])}</data>\n')
    node_kv = [(name, keys) for name, keys in node_keys.items()]
    for node, attrs in data.scalar_nodes():
        parts = [f'    <node id="{_xml_attr(ids[node])}">']
        for name, key in node_kv:
            parts.append(f'<data key="{key}">{_xml_text(_fmt(attrs[name]))}</data>')
        parts.append("</node>\n")
        w("".join(parts))
    edge_kv = [(name, keys) for name, keys in edge_keys.items()]
    for eid, u, v, attrs in data.scalar_edges():
        parts = [f'    <edge id="{eid}" source="{_xml_attr(ids[u])}" target="{_xml_attr(ids[v])}">']
        for name, key in edge_kv:
            parts.append(f'<data key="{key}">{_xml_text(_fmt(attrs[name]))}</data>')
        parts.append("</edge>\n")
        w("".join(parts))
    w("  </graph>\n</graphml>\n")


def write_graphml(kg: "KnowledgeGraph", path: str | os.PathLike[str], *, data: ExportData | None = None) -> Path:
    """Write GraphML that Gephi opens laid out and styled.

    Keys are named as Gephi reads them (``label``, ``weight``, ``size``, ``x``,
    ``y``, ``r``, ``g``, ``b``) and typed (double for ``weight``, ``x``,
    ``y``, ``size``; int for ``r``, ``g``, ``b`` and counts); every node and
    edge carries every key; list values are joined with ``"; "``; edges have
    unique ids ``e0``, ``e1``...; the file validates against the GraphML XSD
    and reads back into networkx and python-igraph unchanged.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to write.
    path : path-like
        Target file; written atomically.
    data : ExportData, optional
        Already prepared data (see :func:`prepare`), to share one layout between formats.
    """
    data = data or prepare(kg)
    path = Path(path)
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            _write_graphml_stream(data, fh)
    return path


# -- all formats ---------------------------------------------------------------------------------
Writer = Callable[["KnowledgeGraph", Sequence[Path], ExportData], None]


def _writer(fmt: str) -> Writer:
    if fmt == "graphml":
        return lambda kg, paths, data: write_graphml(kg, paths[0], data=data) and None
    if fmt == "html":
        from .html import write_html

        return lambda kg, paths, data: write_html(kg, paths[0], max_nodes=kg.config.html_max_nodes) and None
    from . import export_formats

    if fmt == "gexf":
        return lambda kg, paths, data: export_formats.write_gexf(kg, paths[0], data=data) and None
    if fmt == "json":
        return lambda kg, paths, data: export_formats.write_json(kg, paths[0], data=data) and None
    if fmt == "csv":
        return lambda kg, paths, data: export_formats.write_csv(kg, paths[0], paths[1], data=data) and None
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def write_all(kg: "KnowledgeGraph", directory: str | os.PathLike[str], formats: Iterable[str]) -> list[Path]:
    """Write each of ``formats`` into ``directory`` under its standard file name(s).

    Every format is checked before anything is written; the graph is
    prepared (ordered, cleaned, laid out) once and shared by the formats.

    Returns
    -------
    list of Path
        The files written, in the order of ``formats`` (``csv`` adds two).
    """
    directory = Path(directory)
    formats = list(formats)
    for fmt in formats:
        output_files(fmt)
    data: ExportData | None = None
    written: list[Path] = []
    for fmt in formats:
        paths = [directory / name for name in output_files(fmt)]
        if fmt != "html" and data is None:
            data = prepare(kg)
        _writer(fmt)(kg, paths, data)  # type: ignore[arg-type]
        written.extend(paths)
    return written
