"""The interactive HTML page: one self-contained file, offline, safe.

The page inlines vis-network 9.1.2 from the pyvis package (no CDN, no
Bootstrap, no remote resource of any kind) and renders graphkit's own Jinja
template, ``templates/graph.html.j2``.  The page has a legend, a filter by
entity type, a search box that finds and focuses a node, click-to-highlight of
a node's neighbours, and meeting edges drawn distinctly.

Safety: all document text reaches the page as JSON inside a
``<script type="application/json">`` block (``<``, ``>`` and ``&`` escaped as
``\\u003c`` ...), and the page shows it with ``textContent`` (tooltips are DOM
elements, never HTML strings), so a document containing ``<script>`` or
``<img onerror=...>`` runs nothing.  pyvis' own template is not used: it links
CDN resources and switches tooltips to ``innerHTML`` when a title contains
``href``.  pyvis' ``Network`` model is not used either: its ``add_edge`` scans
every existing edge, which is quadratic and takes minutes at 5,000 nodes.

Speed: positions are precomputed with the seeded layout of the GraphML
(:func:`graphkit.export.layout`, per connected component, components packed in
rows and overlapping labels pushed apart: see :func:`page_layout`) and physics
is off, so the page draws at once; at most ``max_nodes`` nodes are drawn (the
highest weighted degree first) and at most ``max_edges`` edges among them
(meetings and roles first, then the heaviest co-occurrences: a few thousand
lines keep hovering and dragging smooth), and the page says how many of each
were left out.

Edge kinds: an edge is drawn in the style of its ``kind`` (meeting, else
role, else co-occurrence), but it *belongs* to every kind it carries: a
meeting between a person and the organisation they hold a title at is both a
meeting and a role.  The legend counts it under both, the kind filter hides it
only when all its kinds are hidden, and its tooltip names both.

In the browser, ``window.graphkit`` offers ``search(text)``, ``highlight(id)``,
``clear()``, ``setTypeVisible(type, bool)`` and ``setKindVisible(kind, bool)``;
after the first frame ``<body>`` carries ``data-drawn="1"``, ``data-nodes``,
``data-edges`` and ``data-draw-ms`` (``performance.now()`` at the first draw),
and a page inside a notebook's iframe posts ``{graphkit: "drawn", nodes, edges}``
to its parent.
"""
from __future__ import annotations

import html as _html
import json
import math
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .export import atomic_path, layout, node_size
from .graph import TYPE_COLORS

if TYPE_CHECKING:
    import networkx as nx

    from .graph import KnowledgeGraph

#: How each kind of edge is drawn: colour, dash pattern (``False`` = solid) and legend text.
EDGE_STYLES: dict[str, dict[str, Any]] = {
    "cooccurrence": {"color": "#b4b4b4", "dashes": False, "label": "named in one sentence"},
    "affiliation": {"color": "#6b6b6b", "dashes": [6, 4], "label": "role at organisation"},
    "meeting": {"color": "#d62728", "dashes": False, "label": "meeting"},
}
_EDGE_ORDER = {"cooccurrence": 0, "affiliation": 1, "meeting": 2}
#: Default of ``max_edges``: most edges drawn (beyond a few thousand, hovering and dragging lag).
MAX_EDGES = 3000
#: Most items of a list attribute (aliases, documents) carried into the page.
MAX_LIST = 20
#: Overlap removal in the page layout: least distance between nodes, and largest component it is run on.
MIN_GAP = 40.0
#: Width of a label character at the page's font size, in layout units.
LABEL_CHAR = 8.5
SPREAD_MAX = 800
#: Longest node label drawn on the canvas (the tooltip has the full name).
MAX_LABEL = 60


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS, read from the installed pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():  # would end the inline element early
        raise RuntimeError(f"vis-network assets in {lib} cannot be inlined safely")
    return js, css


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``<``, ``>``, ``&`` left)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _number(value: Any, default: float = 0.0) -> float:
    """``value`` as a finite float, or ``default`` when it is missing or not a number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def _texts(values: Any, limit: int = MAX_LIST) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [_text(v) for v in list(values)[:limit]]


def weighted_degree(kg: "KnowledgeGraph") -> dict[str, float]:
    """Sum of the weights of each node's edges."""
    g = kg.graph
    return {n: float(sum(_number(d.get("weight", 1.0), 1.0) for *_, d in g.edges(n, data=True))) for n in g}


def top_nodes(kg: "KnowledgeGraph", max_nodes: int) -> list[str]:
    """The ``max_nodes`` nodes of highest weighted degree (ties: more mentions, then id)."""
    if max_nodes < 0:
        raise ValueError(f"max_nodes must be 0 or more, not {max_nodes}")
    g = kg.graph
    score = weighted_degree(kg)
    ranked = sorted(g.nodes(), key=lambda n: (-score[n], -_number(g.nodes[n].get("mentions")), str(n)))
    return ranked[:max_nodes]


def page_layout(graph: "nx.Graph", seed: int = 42) -> dict[Any, tuple[float, float]]:
    """Positions for the page: :func:`graphkit.export.layout` per connected component, packed in rows.

    A spring layout of the whole graph flings small components far from the
    main one and squeezes that into a corner; laying out each component on
    its own (edge weights log-scaled, so a few heavy edges do not collapse a
    cluster) and packing the components largest first keeps every label
    readable at the first draw.  Seeded and repeatable.
    """
    import networkx as nx

    comps = sorted((sorted(c, key=str) for c in nx.connected_components(graph)), key=lambda c: (-len(c), str(c[0])))
    boxes = []
    for comp in comps:
        side = 140.0 * math.sqrt(len(comp))
        if len(comp) == 1:
            boxes.append((side, {comp[0]: (0.0, 0.0)}))
            continue
        h = nx.Graph()
        h.add_nodes_from(comp)
        h.add_weighted_edges_from(
            (u, v, 1.0 + math.log2(max(1.0, _number(d.get("weight", 1.0), 1.0))))
            for u, v, d in graph.subgraph(comp).edges(data=True)
        )
        raw = layout(h, seed)
        xs = [p[0] for p in raw.values()]
        ys = [p[1] for p in raw.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
        comp_pos = {n: ((x - cx) / span * side * 0.9, (y - cy) / span * side * 0.9) for n, (x, y) in raw.items()}
        if len(comp) <= SPREAD_MAX:
            widths = {n: LABEL_CHAR * min(len(_text(graph.nodes[n].get("label") or n)), MAX_LABEL) + 16 for n in comp}
            comp_pos = _spread(comp_pos, widths, MIN_GAP)
            xs = [p[0] for p in comp_pos.values()]
            ys = [p[1] for p in comp_pos.values()]
            side = max(side, max(xs) - min(xs) + MIN_GAP, max(ys) - min(ys) + MIN_GAP)
            cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
            comp_pos = {n: (x - cx, y - cy) for n, (x, y) in comp_pos.items()}
        boxes.append((side, comp_pos))
    total = sum(side * side for side, _ in boxes)
    row_width = max(boxes[0][0] if boxes else 0.0, 1.3 * math.sqrt(total))
    pos: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for side, comp_pos in boxes:
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (px, py) in comp_pos.items():
            pos[n] = (round(x + side / 2 + px, 2), round(y + side / 2 + py, 2))
        x += side
        row_height = max(row_height, side)
    return pos


def _spread(pos: dict[Any, tuple[float, float]], widths: dict[Any, float], gap: float,
            iterations: int | None = None) -> dict[Any, tuple[float, float]]:
    """Push apart nodes whose labels would overlap, keeping the layout's shape.

    Two nodes need ``gap`` of room up and down, or half their two label
    ``widths`` sideways; closer pairs are pushed apart along the line joining
    them (in a metric stretched by the label widths), a few times over
    (fewer on big components: each pass costs ``n**2``, and labels of big
    graphs only show when zoomed in).
    """
    import numpy as np

    keys = list(pos)
    xy = np.array([pos[k] for k in keys], dtype=float)
    n = len(keys)
    if iterations is None:
        iterations = max(20, min(150, 24000 // max(1, n)))
    # a tiny fixed offset per node separates coincident points deterministically
    xy += np.stack([np.cos(np.arange(n)), np.sin(np.arange(n))], axis=1) * 1e-3
    w = np.array([max(gap, widths.get(k, gap)) for k in keys])
    sx = gap / ((w[:, None] + w[None, :]) / 2)  # sideways distance counted in label widths
    for _ in range(iterations):
        dx = (xy[:, None, 0] - xy[None, :, 0]) * sx
        dy = xy[:, None, 1] - xy[None, :, 1]
        dist = np.hypot(dx, dy)
        np.fill_diagonal(dist, np.inf)
        overlap = np.clip(gap - dist, 0.0, None)
        if not overlap.any():
            break
        f = overlap / 2 / dist
        xy[:, 0] += (dx * f / sx).sum(axis=1) * 0.5
        xy[:, 1] += (dy * f).sum(axis=1) * 0.5
    return {k: (float(x), float(y)) for k, (x, y) in zip(keys, xy)}


def _edge_width(weight: float, kind: str) -> float:
    width = 1.0 + min(5.0, math.log2(max(1.0, weight)))
    return round(width + (1.5 if kind == "meeting" else 0.0), 2)


def edge_kinds(data: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """How an edge is drawn, and every kind it belongs to.

    Parameters
    ----------
    data : dict
        The edge's attributes (``kind``, ``meetings``, ``affiliation`` ...).

    Returns
    -------
    tuple
        ``(style, kinds)``: ``style`` is the kind whose colour the edge is drawn
        in (its ``kind`` attribute: meeting, else role, else co-occurrence), and
        ``kinds`` every kind it carries, in legend order: ``meeting`` when it
        has meetings, ``affiliation`` when it carries a role title, and
        ``cooccurrence`` only when it is neither.
    """
    meeting = _number(data.get("meetings")) > 0
    style = _text(data.get("kind")) or ("meeting" if meeting else "cooccurrence")
    if style not in EDGE_STYLES:
        style = "cooccurrence"
    carried = {style}
    if meeting:
        carried.add("meeting")
    if _text(data.get("affiliation", "")).strip():
        carried.add("affiliation")
    if len(carried) > 1:
        carried.discard("cooccurrence")
    return style, tuple(k for k in EDGE_STYLES if k in carried)


def top_edges(graph: "nx.Graph", max_edges: int) -> list[tuple[str, str, dict[str, Any]]]:
    """The ``max_edges`` edges the page draws, as ``(a, b, data)`` with ``a < b``.

    Meeting and role edges come first, then co-occurrences; within each, the
    heaviest first, ties broken by the two node ids, so the choice is
    repeatable.

    Raises
    ------
    ValueError
        When ``max_edges`` is negative.
    """
    if max_edges < 0:
        raise ValueError(f"max_edges must be 0 or more, not {max_edges}")
    rows = []
    for u, v, d in graph.edges(data=True):
        a, b = sorted((_text(u), _text(v)))
        _, kinds = edge_kinds(d)
        rows.append((kinds == ("cooccurrence",), -_number(d.get("weight", 1.0), 1.0), a, b, d))
    rows.sort(key=lambda r: r[:4])
    return [(a, b, d) for *_, a, b, d in rows[:max_edges]]


def page_data(kg: "KnowledgeGraph", max_nodes: int = 500, max_edges: int | None = None) -> dict[str, Any]:
    """Everything the page draws, as JSON-ready data.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to show.
    max_nodes : int
        Most nodes drawn; the highest weighted degree are kept.
    max_edges : int, optional
        Most edges drawn among those nodes (default: ``kg.config.html_max_edges``,
        else :data:`MAX_EDGES`); meeting and role edges are kept first, then
        the heaviest co-occurrences (see :func:`top_edges`).  Nodes left
        without an edge are still drawn.

    Returns
    -------
    dict
        ``nodes`` and ``edges`` in vis-network's format (each with an ``info``
        dict of plain-text details for tooltips; each edge also lists the
        ``kinds`` it belongs to), ``legend``, ``edge_legend`` (an edge is
        counted under each of its kinds), and the counts ``total_nodes``,
        ``shown_nodes``, ``total_edges`` (whole graph), ``edges_among_shown``
        (between the drawn nodes), ``shown_edges`` and ``max_edges``.

    Raises
    ------
    ValueError
        When ``max_nodes`` or ``max_edges`` is negative.
    """
    if max_edges is None:
        max_edges = int(getattr(kg.config, "html_max_edges", MAX_EDGES))
    g = kg.graph
    keep = top_nodes(kg, max_nodes)
    sub = g.subgraph(keep)
    kept_edges = top_edges(sub, max_edges)
    pos = page_layout(sub, kg.config.layout_seed)
    nodes = []
    for node in sorted(sub.nodes(), key=str):
        d = sub.nodes[node]
        ntype = _text(d.get("type", ""))
        r, gg, b = TYPE_COLORS.get(ntype, (128, 128, 128))
        x, y = pos.get(node, (0.0, 0.0))
        label = _text(d.get("label") or node)
        mentions = int(_number(d.get("mentions")))
        nodes.append({
            "id": _text(node),
            "label": label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "\u2026",
            "color": f"#{r:02x}{gg:02x}{b:02x}",
            "size": round(node_size(mentions) / 2, 2),
            "x": x, "y": y,
            "group": ntype,
            "info": {
                "label": label, "type": ntype, "mentions": mentions,
                "aliases": _texts(d.get("aliases")), "titles": _texts(d.get("titles")),
                "documents": _texts(d.get("documents")),
            },
        })
    rows = []
    for a, b, d in kept_edges:
        kind, kinds = edge_kinds(d)
        rows.append((_EDGE_ORDER[kind], a, b, kind, kinds, d))
    edges = []
    for i, (_, a, b, kind, kinds, d) in enumerate(sorted(rows, key=lambda r: r[:3])):
        style = EDGE_STYLES[kind]
        weight = _number(d.get("weight", 1.0), 1.0)
        edges.append({
            "id": f"e{i}", "from": a, "to": b, "kind": kind, "kinds": list(kinds),
            "color": style["color"], "dashes": style["dashes"], "width": _edge_width(weight, kind),
            "info": {
                "kind": kind, "weight": weight,
                "cooccurrences": int(_number(d.get("cooccurrences"))), "meetings": int(_number(d.get("meetings"))),
                "affiliation": _text(d.get("affiliation", "")),
                "dates": _texts(d.get("meeting_dates")), "places": _texts(d.get("meeting_places")),
                "documents": _texts(d.get("documents")), "evidence": _texts(d.get("evidence")),
            },
        })
    present = {n["group"] for n in nodes} | set(TYPE_COLORS)
    legend = [
        {"type": t, "color": "#%02x%02x%02x" % TYPE_COLORS.get(t, (128, 128, 128)),
         "count": sum(1 for n in nodes if n["group"] == t)}
        for t in [*TYPE_COLORS, *sorted(present - set(TYPE_COLORS))]
    ]
    edge_legend = [
        {"kind": k, "color": s["color"], "dashes": bool(s["dashes"]), "label": s["label"],
         "count": sum(1 for e in edges if k in e["kinds"])}
        for k, s in EDGE_STYLES.items()
    ]
    return {
        "nodes": nodes,
        "edges": edges,
        "legend": legend,
        "edge_legend": edge_legend,
        "total_nodes": g.number_of_nodes(),
        "shown_nodes": len(nodes),
        "total_edges": g.number_of_edges(),
        "edges_among_shown": sub.number_of_edges(),
        "shown_edges": len(edges),
        "max_edges": max_edges,
        "title": "graphkit knowledge graph",
    }


@lru_cache(maxsize=1)
def _template() -> Any:
    from jinja2 import Environment

    env = Environment(autoescape=True, keep_trailing_newline=True)
    source = resources.files("graphkit").joinpath("templates/graph.html.j2").read_text(encoding="utf-8")
    return env.from_string(source)


def render_html(kg: "KnowledgeGraph", max_nodes: int = 500, max_edges: int | None = None) -> str:
    """The complete page as a string: no remote resource of any kind.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to show.
    max_nodes : int
        Most nodes drawn (highest weighted degree first); the page says how
        many were left out.
    max_edges : int, optional
        Most edges drawn among them (default: ``kg.config.html_max_edges``);
        meetings and roles first, then the heaviest co-occurrences, and the
        page says how many were left out.
    """
    from markupsafe import Markup

    js, css = _vis_assets()
    data = page_data(kg, max_nodes, max_edges)
    return _template().render(
        vis_js=Markup(js), vis_css=Markup(css), data_json=Markup(_json_for_script(data)), title=data["title"],
    )


def notebook_html(kg: "KnowledgeGraph", max_nodes: int = 500, height: int = 640,
                  max_edges: int | None = None) -> str:
    """The page inside an ``<iframe srcdoc>``, for Jupyter, VS Code and Colab.

    The whole page travels in the ``srcdoc`` attribute (HTML-escaped), so no
    file and no server is needed, and the sandboxed frame keeps the page's
    scripts and ids apart from the notebook's (as folium does for its maps).
    ``max_nodes`` and ``max_edges`` are as in :func:`render_html`.
    """
    page = render_html(kg, max_nodes, max_edges)
    return (
        f'<div style="position:relative;width:100%;height:{int(height)}px">'
        '<span style="position:absolute;top:8px;left:8px;color:#777">'
        "graphkit graph: trust the notebook (File \u2192 Trust Notebook) if it does not appear</span>"
        f'<iframe style="position:absolute;top:0;left:0;width:100%;height:100%;border:1px solid #ddd;background:#fff" '
        'sandbox="allow-scripts" title="graphkit knowledge graph" srcdoc="'
        + _html.escape(page, quote=True)
        + '"></iframe></div>'
    )


def write_html(kg: "KnowledgeGraph", path: str | os.PathLike[str], max_nodes: int = 500,
               max_edges: int | None = None) -> Path:
    """Write the interactive page to ``path`` atomically.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to show.
    path : str or PathLike
        Target file; its folder is created if needed.
    max_nodes : int
        Most nodes drawn (highest weighted degree first).
    max_edges : int, optional
        Most edges drawn among them (default: ``kg.config.html_max_edges``;
        meetings and roles first, then the heaviest co-occurrences).

    Returns
    -------
    Path
        ``path``.
    """
    path = Path(path)
    page = render_html(kg, max_nodes, max_edges)
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return path
