"""GEXF, JSON node-link and Neo4j CSV exports.

Each writer takes a :class:`~graphkit.graph.KnowledgeGraph` (or the
:class:`~graphkit.export.ExportData` already prepared from it, so that every
format shares one layout) and writes atomically.  Output is byte-identical
across runs and hash seeds.

* **GEXF 1.2draft** (Gephi's native format): ``viz`` colour, size and
  position on every node; meeting edges carry one spell per meeting date, so
  the graph is dynamic (``timeformat="date"``) and Gephi's timeline plays it
  meeting by meeting.  Other edges and all nodes exist throughout.
* **JSON** node-link (:func:`networkx.node_link_data`, key ``edges``) for d3,
  sigma.js or Cytoscape; lists stay JSON lists; keys sorted.
* **CSV** ``nodes.csv`` and ``edges.csv`` whose headers
  ``neo4j-admin database import full`` reads: ``id:ID``, ``:LABEL``,
  ``:START_ID``, ``:END_ID``, ``:TYPE``, typed properties (``mentions:int``,
  ``weight:double``) and arrays (``aliases:string[]``, split on ``;``).
"""
from __future__ import annotations

import csv
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from .export import ExportData, atomic_path, atomic_paths, prepare

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Node/edge attributes networkx's GEXF writer treats specially; ours of that name get ``_attr``.
_GEXF_NODE_RESERVED = frozenset({"id", "pid", "start", "end", "spells", "viz", "parents"})
_GEXF_EDGE_RESERVED = frozenset({"id", "label", "type", "start", "end", "spells", "viz", "key"})
_VIZ_KEYS = ("x", "y", "size", "r", "g", "b", "color")


# -- GEXF ----------------------------------------------------------------------------------------
class _Writer(GEXFWriter):
    """networkx's GEXF writer with a reproducible ``<meta>`` (no clock, no library version)."""

    def __init__(self, lastmodified: str | None) -> None:
        super().__init__(encoding="utf-8", prettyprint=True, version="1.2draft")
        meta = self.xml.find("meta")
        if meta is not None:
            if lastmodified:
                meta.set("lastmodifieddate", lastmodified)
            else:
                meta.attrib.pop("lastmodifieddate", None)
            creator = meta.find("creator")
            if creator is not None:
                creator.text = "graphkit"


def meeting_spells(dates: Any) -> list[tuple[str, str]]:
    """One ``(start, end)`` spell per ISO meeting date (``YYYY-MM-DD``), sorted, duplicates dropped."""
    items = dates if isinstance(dates, list) else [d.strip() for d in str(dates or "").split(";")]
    return [(d, d) for d in sorted({str(d) for d in items if _ISO_DATE.match(str(d))})]


def gexf_graph(data: ExportData) -> nx.Graph:
    """The networkx graph handed to the GEXF writer: ``viz`` dicts, spells, scalars."""
    g = nx.Graph()
    g.graph.update(mode="static", description=data.graph["description"])
    for node, attrs in data.scalar_nodes():
        a = {(f"{k}_attr" if k in _GEXF_NODE_RESERVED else k): v for k, v in attrs.items() if k not in _VIZ_KEYS}
        a["viz"] = {
            "color": {"r": attrs["r"], "g": attrs["g"], "b": attrs["b"], "a": 1.0},
            "size": attrs["size"],
            "position": {"x": attrs["x"], "y": attrs["y"], "z": 0.0},
        }
        g.add_node(node, **a)
    raw = {eid: attrs for eid, _, _, attrs in data.edges}
    for eid, u, v, attrs in data.scalar_edges():
        a = {(f"{k}_attr" if k in _GEXF_EDGE_RESERVED else k): val for k, val in attrs.items()}
        a["id"] = eid
        if "label" in attrs:
            a["label"] = str(attrs["label"])
        spells = meeting_spells(raw[eid].get("meeting_dates")) if attrs.get("meetings") else []
        if spells:
            a["spells"] = spells
        g.add_edge(u, v, **a)
    return g


def write_gexf(kg: "KnowledgeGraph", path: str | os.PathLike[str], *, data: ExportData | None = None) -> Path:
    """Write GEXF 1.2draft for Gephi, with positions, colours, sizes and meeting spells.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to write.
    path : path-like
        Target file; written atomically.
    data : ExportData, optional
        Already prepared data (see :func:`graphkit.export.prepare`).

    Notes
    -----
    The graph is written in dynamic mode with ``timeformat="date"`` as soon as
    one meeting edge has an ISO date; each such edge holds
    ``<spell start="D" end="D"/>`` per meeting date.  Edges without a dated
    meeting and all nodes have no spell, so Gephi shows them at all times.
    """
    data = data or prepare(kg)
    dates = sorted(d.date for d in kg.documents if _ISO_DATE.match(d.date or ""))
    writer = _Writer(dates[-1] if dates else None)
    writer.add_graph(gexf_graph(data))
    path = Path(path)
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            writer.write(fh)
    return path


def gexf_structure_errors(path: str | os.PathLike[str]) -> list[str]:
    """Problems found in a GEXF file's structure (empty when it is well-formed for Gephi).

    Checks the 1.2draft namespace and version, that attribute values refer to
    declared attributes, that node and edge ids are unique and edges join
    existing nodes, that every node has ``viz`` colour (integer r, g, b),
    size and position, and that spells have ISO dates when
    ``timeformat="date"``.
    """
    ns = {"g": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}
    errors: list[str] = []
    root = ET.parse(path).getroot()
    if root.tag != "{http://www.gexf.net/1.2draft}gexf" or root.get("version") != "1.2":
        errors.append(f"root is {root.tag} version {root.get('version')}, not GEXF 1.2draft")
    graph = root.find("g:graph", ns)
    if graph is None:
        return errors + ["no <graph>"]
    declared = {cls: {a.get("id") for a in graph.findall(f"g:attributes[@class='{cls}']/g:attribute", ns)}
                for cls in ("node", "edge")}
    node_ids: set[str] = set()
    for node in graph.findall("g:nodes/g:node", ns):
        nid = node.get("id")
        if nid in node_ids:
            errors.append(f"duplicate node id {nid!r}")
        node_ids.add(nid or "")
        color = node.find("viz:color", ns)
        if color is None or not all((color.get(c) or "").isdigit() and int(color.get(c)) < 256 for c in "rgb"):
            errors.append(f"node {nid!r}: viz:color missing or not integer r, g, b")
        if node.find("viz:size", ns) is None or node.find("viz:position", ns) is None:
            errors.append(f"node {nid!r}: viz:size or viz:position missing")
        for att in node.findall("g:attvalues/g:attvalue", ns):
            if att.get("for") not in declared["node"]:
                errors.append(f"node {nid!r}: undeclared attribute {att.get('for')!r}")
    edge_ids: set[str] = set()
    dated = graph.get("timeformat") == "date"
    for edge in graph.findall("g:edges/g:edge", ns):
        eid = edge.get("id")
        if eid in edge_ids:
            errors.append(f"duplicate edge id {eid!r}")
        edge_ids.add(eid or "")
        if edge.get("source") not in node_ids or edge.get("target") not in node_ids:
            errors.append(f"edge {eid!r} joins a missing node")
        for att in edge.findall("g:attvalues/g:attvalue", ns):
            if att.get("for") not in declared["edge"]:
                errors.append(f"edge {eid!r}: undeclared attribute {att.get('for')!r}")
        for spell in edge.findall("g:spells/g:spell", ns):
            if graph.get("mode") != "dynamic":
                errors.append(f"edge {eid!r} has spells in a static graph")
            for end in ("start", "end"):
                if dated and spell.get(end) is not None and not _ISO_DATE.match(spell.get(end) or ""):
                    errors.append(f"edge {eid!r}: spell {end} {spell.get(end)!r} is not a date")
    return errors


# -- JSON ----------------------------------------------------------------------------------------
def node_link(data: ExportData) -> dict[str, Any]:
    """The node-link dict (``directed``, ``multigraph``, ``graph``, ``nodes``, ``edges``)."""
    g = nx.Graph()
    g.graph.update(data.graph)
    for node, attrs in data.nodes:
        g.add_node(node, **attrs)
    for eid, u, v, attrs in data.edges:
        g.add_edge(u, v, id=eid, **attrs)
    try:
        return nx.node_link_data(g, edges="edges")
    except TypeError:  # networkx < 3.4 names the key with ``link``
        return nx.node_link_data(g, link="edges")


def write_json(kg: "KnowledgeGraph", path: str | os.PathLike[str], *, data: ExportData | None = None) -> Path:
    """Write the graph as node-link JSON (d3, sigma.js, Cytoscape, ``networkx.node_link_graph``).

    Nodes carry ``id`` and every attribute (lists as JSON lists, plus
    ``x``, ``y``, ``size``, ``r``, ``g``, ``b``, ``color``); edges carry
    ``source``, ``target``, ``id`` and their attributes.  Keys are sorted and
    the file is UTF-8 without NaN, so the output is reproducible.
    """
    data = data or prepare(kg)
    payload = node_link(data)
    path = Path(path)
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(payload, fh, sort_keys=True, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
            fh.write("\n")
    return path


# -- CSV for neo4j-admin -------------------------------------------------------------------------
#: Array delimiter of ``neo4j-admin database import`` (its default).
ARRAY_DELIMITER = ";"
_NEO4J_TYPES = {"int": "int", "long": "long", "double": "double", "string": "string"}


def _prop_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_]", "_", name) or "_"
    if base[0].isdigit():
        base = f"_{base}"
    out, k = base, 1
    while out in taken:
        k += 1
        out = f"{base}_{k}"
    taken.add(out)
    return out


def _header(types: dict[str, tuple[str, bool]], taken: set[str]) -> list[tuple[str, str, tuple[str, bool]]]:
    cols = []
    for name, (typ, is_list) in types.items():
        prop = _prop_name(name, taken)
        suffix = "" if typ == "string" and not is_list else f":{_NEO4J_TYPES[typ]}{'[]' if is_list else ''}"
        cols.append((name, prop + suffix, (typ, is_list)))
    return cols


def _one_line(text: str) -> str:
    return " ".join(text.splitlines()) if ("\n" in text or "\r" in text or "\x85" in text or "\u2028" in text
                                           or "\u2029" in text or "\x0c" in text or "\x1c" in text
                                           or "\x1d" in text or "\x1e" in text) else text


def _cell(value: Any, is_list: bool) -> str:
    if is_list:
        items = (_one_line(str(v)).replace(ARRAY_DELIMITER, ",").strip() for v in value)
        return ARRAY_DELIMITER.join(i for i in items if i)
    if isinstance(value, float):
        return repr(value)
    return _one_line(str(value))


def neo4j_label(type_name: str) -> str:
    """Neo4j labels of a node: ``Entity`` plus its type, e.g. ``Entity;Person``."""
    word = "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", str(type_name)) if part)
    if word and word[0].isdigit():
        word = f"T{word}"
    return f"Entity{ARRAY_DELIMITER}{word}" if word and word != "Entity" else "Entity"


def neo4j_type(kind: str) -> str:
    """Relationship type of an edge from its ``kind``: ``MEETING``, ``AFFILIATION``, ``COOCCURRENCE``."""
    word = re.sub(r"[^A-Za-z0-9]+", "_", str(kind)).strip("_").upper()
    if word and word[0].isdigit():
        word = f"T_{word}"
    return word or "RELATED_TO"


def write_csv(
    kg: "KnowledgeGraph",
    nodes_path: str | os.PathLike[str],
    edges_path: str | os.PathLike[str],
    *,
    data: ExportData | None = None,
) -> tuple[Path, Path]:
    """Write ``nodes.csv`` and ``edges.csv`` for ``neo4j-admin database import full``.

    The node header starts ``id:ID,:LABEL`` (labels ``Entity`` and the type,
    e.g. ``Entity;Person``), the edge header ``:START_ID,:END_ID,:TYPE,id``
    (type from the edge's ``kind``); then one column per attribute, typed
    (``mentions:int``, ``weight:double``; strings untyped) and lists as
    arrays (``aliases:string[]``) joined by ``;``.  A ``;`` inside a list item
    becomes ``,`` and line breaks become spaces, so the default import
    options read every row.  Both files are replaced together or not at all.

    Load with::

        neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j
    """
    data = data or prepare(kg)
    node_cols = _header(data.node_types, {"id"})
    edge_cols = _header(data.edge_types, {"id"})
    paths = (Path(nodes_path), Path(edges_path))
    with atomic_paths(*paths) as (tmp_nodes, tmp_edges):
        with open(tmp_nodes, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["id:ID", ":LABEL"] + [col for _, col, _ in node_cols])
            for node, attrs in data.nodes:
                w.writerow([_one_line(node), neo4j_label(attrs.get("type", ""))]
                           + [_cell(attrs[name], t[1]) for name, _, t in node_cols])
        with open(tmp_edges, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow([":START_ID", ":END_ID", ":TYPE", "id"] + [col for _, col, _ in edge_cols])
            for eid, u, v, attrs in data.edges:
                w.writerow([_one_line(u), _one_line(v), neo4j_type(attrs.get("kind", "")), eid]
                           + [_cell(attrs[name], t[1]) for name, _, t in edge_cols])
    return paths
