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
from typing import IO, TYPE_CHECKING, Any

import networkx as nx

from .export import ExportData, _xml_attr, _xml_text, atomic_path, atomic_paths, prepare

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VIZ_KEYS = ("x", "y", "size", "r", "g", "b", "color")


# -- GEXF ----------------------------------------------------------------------------------------
def meeting_spells(dates: Any) -> list[tuple[str, str]]:
    """One ``(start, end)`` spell per ISO meeting date (``YYYY-MM-DD``), sorted, duplicates dropped."""
    items = dates if isinstance(dates, list) else [d.strip() for d in str(dates or "").split(";")]
    return [(d, d) for d in sorted({str(d) for d in items if _ISO_DATE.match(str(d))})]


_GEXF_TYPES = {"int": "integer", "long": "long", "double": "double", "string": "string"}


def _gexf_value(value: Any) -> str:
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    return _xml_attr(repr(value) if isinstance(value, float) else str(value))


def _write_gexf_stream(data: ExportData, out: IO[str], lastmodified: str | None) -> None:
    """Stream GEXF 1.2draft: one line per node and edge, nothing held beyond ``data``."""
    spells = {eid: sp for eid, _, _, attrs in data.edges
              if attrs.get("meetings") and (sp := meeting_spells(attrs.get("meeting_dates")))}
    node_attrs = [k for k in data.node_types if k not in _VIZ_KEYS and k != "label"]
    edge_attrs = [k for k in data.edge_types if k not in ("weight", "label")]
    w = out.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n')
    modified = f' lastmodifieddate="{lastmodified}"' if lastmodified else ""
    w(f"  <meta{modified}>\n    <creator>graphkit</creator>\n"
      f"    <description>{_xml_text(data.graph['description'])}</description>\n  </meta>\n")
    mode = ' mode="dynamic" timeformat="date"' if spells else ' mode="static"'
    w(f'  <graph defaultedgetype="undirected"{mode}>\n')
    for cls, names, types in (("node", node_attrs, data.node_types), ("edge", edge_attrs, data.edge_types)):
        w(f'    <attributes class="{cls}" mode="static">\n')
        for name in names:
            w(f'      <attribute id="{_xml_attr(name)}" title="{_xml_attr(name)}" '
              f'type="{_GEXF_TYPES[types[name][0]]}"/>\n')
        w("    </attributes>\n")
    w("    <nodes>\n")
    node_ids = [(k, _xml_attr(k)) for k in node_attrs]
    for node, attrs in data.nodes:
        parts = [f'      <node id="{_xml_attr(node)}" label="{_gexf_value(attrs.get("label", node))}"><attvalues>']
        parts.extend(f'<attvalue for="{key}" value="{_gexf_value(attrs[name])}"/>' for name, key in node_ids)
        parts.append(f'</attvalues><viz:size value="{attrs["size"]!r}"/>'
                     f'<viz:position x="{attrs["x"]!r}" y="{attrs["y"]!r}" z="0.0"/>'
                     f'<viz:color r="{attrs["r"]}" g="{attrs["g"]}" b="{attrs["b"]}"/></node>\n')
        w("".join(parts))
    w("    </nodes>\n    <edges>\n")
    edge_ids = [(k, _xml_attr(k)) for k in edge_attrs]
    for eid, u, v, attrs in data.edges:
        label = f' label="{_gexf_value(attrs["label"])}"' if "label" in attrs else ""
        parts = [f'      <edge id="{eid}" source="{_xml_attr(u)}" target="{_xml_attr(v)}" '
                 f'weight="{attrs.get("weight", 1.0)!r}"{label}>']
        if eid in spells:
            parts.append("<spells>")
            parts.extend(f'<spell start="{a}" end="{b}"/>' for a, b in spells[eid])
            parts.append("</spells>")
        parts.append("<attvalues>")
        parts.extend(f'<attvalue for="{key}" value="{_gexf_value(attrs[name])}"/>' for name, key in edge_ids)
        parts.append("</attvalues></edge>\n")
        w("".join(parts))
    w("    </edges>\n  </graph>\n</gexf>\n")


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
    Attributes are static and typed (``integer``, ``long``, ``double``,
    ``string``; lists joined with ``"; "``); every node carries ``viz:size``,
    ``viz:position`` and ``viz:color``.  The file is streamed, so memory
    does not grow with the XML (networkx's writer builds the whole tree:
    7.5 GB at a million edges); :func:`networkx.read_gexf` reads it back.
    ``<meta>`` holds the latest document date, never the clock, so the
    output is reproducible.
    """
    data = data or prepare(kg)
    dates = sorted(d.date for d in kg.documents if _ISO_DATE.match(d.date or ""))
    path = Path(path)
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            _write_gexf_stream(data, fh, dates[-1] if dates else None)
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
