"""The interactive HTML page: one self-contained file, offline, safe.

The network data is assembled with pyvis (nodes, edges, options) and rendered
with graphkit's own Jinja template, which inlines vis-network from the pyvis
package instead of linking any CDN.  All document text reaches the page as
JSON inside a ``<script type="application/json">`` block (``<``, ``>`` and
``&`` escaped) and is shown with ``textContent``, never as HTML, so text from
documents cannot run in the reader's browser.  Positions come from the same
seeded layout as the GraphML, with physics off, so large graphs show at once.
"""
from __future__ import annotations

import html as _html
import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .export import atomic_path, layout, node_size
from .graph import TYPE_COLORS

if TYPE_CHECKING:
    from .graph import KnowledgeGraph


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def _top_nodes(kg: "KnowledgeGraph", max_nodes: int) -> list[str]:
    g = kg.graph
    score = {n: sum(d.get("weight", 1.0) for *_, d in g.edges(n, data=True)) + g.nodes[n].get("mentions", 0) for n in g}
    return sorted(sorted(g.nodes()), key=lambda n: -score[n])[: max(0, max_nodes)]


def page_data(kg: "KnowledgeGraph", max_nodes: int = 500) -> dict[str, Any]:
    """Nodes, edges, legend and counts for the page, built with pyvis' network model."""
    from pyvis.network import Network

    g = kg.graph
    keep = set(_top_nodes(kg, max_nodes))
    sub = g.subgraph(keep)
    pos = layout(sub, kg.config.layout_seed)
    net = Network(directed=False, cdn_resources="remote")
    for node in sorted(sub.nodes()):
        d = sub.nodes[node]
        r, gg, b = TYPE_COLORS.get(d["type"], (128, 128, 128))
        x, y = pos.get(node, (0.0, 0.0))
        net.add_node(
            node, label=str(d.get("label", node))[:80], color=f"#{r:02x}{gg:02x}{b:02x}",
            size=node_size(int(d.get("mentions", 0))) / 2, x=x, y=y, physics=False,
            group=d["type"],
        )
        info = net.node_map[node]
        info["info"] = {
            "type": d["type"], "aliases": list(d.get("aliases", []))[:20], "titles": list(d.get("titles", [])),
            "documents": list(d.get("documents", []))[:20], "mentions": int(d.get("mentions", 0)),
        }
    for i, (u, v, d) in enumerate(sorted((min(a, b), max(a, b), dd) for a, b, dd in sub.edges(data=True))):
        meeting = d.get("meetings", 0) > 0
        net.add_edge(
            u, v, id=f"e{i}", value=float(d.get("weight", 1.0)), dashes=False,
            color="#d62728" if meeting else "#b0b0b0", width=3 if meeting else 1,
        )
        net.edges[-1]["info"] = {
            "kind": d.get("kind", ""), "meetings": int(d.get("meetings", 0)),
            "cooccurrences": int(d.get("cooccurrences", 0)), "affiliation": d.get("affiliation", ""),
            "dates": list(d.get("meeting_dates", [])), "places": list(d.get("meeting_places", [])),
            "documents": list(d.get("documents", []))[:20], "evidence": list(d.get("evidence", [])),
        }
    nodes, edges, *_ = net.get_network_data()
    return {
        "nodes": nodes,
        "edges": edges,
        "legend": [{"type": t, "color": "#%02x%02x%02x" % c} for t, c in TYPE_COLORS.items()],
        "total_nodes": g.number_of_nodes(),
        "shown_nodes": len(nodes),
        "title": "graphkit knowledge graph",
    }


def render_html(kg: "KnowledgeGraph", max_nodes: int = 500) -> str:
    """The complete page as a string: no remote resource of any kind."""
    from jinja2 import Template

    js, css = _vis_assets()
    template = Template(resources.files("graphkit").joinpath("templates/graph.html.j2").read_text(encoding="utf-8"))
    data = page_data(kg, max_nodes)
    return template.render(vis_js=js, vis_css=css, data_json=_json_for_script(data), title=data["title"])


def notebook_html(kg: "KnowledgeGraph", max_nodes: int = 500) -> str:
    """The page inside an ``<iframe srcdoc>``: shows inline in Jupyter, VS Code and Colab."""
    page = render_html(kg, max_nodes)
    return (
        '<iframe style="width:100%;height:620px;border:1px solid #ddd" sandbox="allow-scripts" srcdoc="'
        + _html.escape(page, quote=True)
        + '"></iframe>'
    )


def write_html(kg: "KnowledgeGraph", path: str | os.PathLike[str], max_nodes: int = 500) -> Path:
    """Write the interactive page to ``path`` atomically."""
    path = Path(path)
    page = render_html(kg, max_nodes)
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return path
