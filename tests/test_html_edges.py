"""The HTML page's edges: the edge cap (meetings and roles first, then the heaviest co-occurrences)
and edges that belong to more than one kind (a meeting that is also a person's role)."""
from __future__ import annotations

import json
import random

import lxml.html
import networkx as nx
import pytest

from graphkit import html as gkhtml
from graphkit.config import Config
from graphkit.graph import KnowledgeGraph

from .browser import body_attributes, dump_dom, run_harness, synthetic_kg


def _edge(g: nx.Graph, u: str, v: str, *, co: int = 1, meetings: int = 0, role: str = "") -> None:
    weight = float(co + 2 * meetings + (1 if role else 0))
    kind = "meeting" if meetings else ("affiliation" if role else "cooccurrence")  # as graphkit.graph sets it
    g.add_edge(
        u, v, cooccurrences=co, meetings=meetings, affiliation=role, weight=weight, kind=kind,
        documents=["doc-1"], evidence=[f"{u} and {v} were named together."],
        meeting_dates=["2025-07-30"] if meetings else [], meeting_places=["Tokyo"] if meetings else [],
    )


def _node(g: nx.Graph, node: str, label: str, mentions: int = 3) -> None:
    g.add_node(node, label=label, type=node.split(":")[0], aliases=[], titles=[], mentions=mentions,
               documents=["doc-1"], code="")


def role_kg() -> KnowledgeGraph:
    """A minister who met the ministry she works at, a director, a meeting, and co-occurrences."""
    g = nx.Graph()
    _node(g, "person:aiko-mori", "Aiko Mori", 9)
    _node(g, "person:ken-ito", "Ken Ito", 6)
    _node(g, "organisation:meti", "Ministry of Economy, Trade and Industry", 8)
    _node(g, "place:tokyo", "Tokyo", 5)
    _node(g, "place:osaka", "Osaka", 2)
    _edge(g, "person:aiko-mori", "organisation:meti", co=2, meetings=1, role="Minister")  # meeting + role
    _edge(g, "person:aiko-mori", "person:ken-ito", co=1, meetings=2)  # meeting only
    _edge(g, "person:ken-ito", "organisation:meti", co=1, role="Director")  # role only
    _edge(g, "person:aiko-mori", "place:tokyo", co=3)
    _edge(g, "person:ken-ito", "place:osaka", co=1)
    return KnowledgeGraph(graph=g)


def capped_kg(seed: int = 3, shuffle: bool = False) -> KnowledgeGraph:
    """40 nodes; 6 meeting, 4 role (2 of them also meetings) and many co-occurrence edges with tied weights."""
    rng = random.Random(seed)
    g = nx.Graph()
    ids = [f"{'person' if i % 2 else 'organisation'}:e{i:02d}" for i in range(40)]
    for i, n in enumerate(ids):
        _node(g, n, f"Entity {i}", 1 + i % 7)
    rows = []
    for i in range(6):
        rows.append((ids[i], ids[i + 1], dict(co=1, meetings=1, role="Chair" if i < 2 else "")))
    for i in range(2):
        rows.append((ids[10 + i], ids[20 + i], dict(co=1, role="Director")))
    for i in range(8, 40):
        for j in range(i + 1, min(40, i + 4)):
            if (ids[i], ids[j]) not in {(a, b) for a, b, _ in rows}:
                rows.append((ids[i], ids[j], dict(co=1 + (i * j) % 4)))  # weights 1-4, many ties
    rows.append((ids[7], ids[39], dict(co=1)))  # the only edge of node 7 is a light co-occurrence
    if shuffle:
        rng.shuffle(rows)
    for u, v, kw in rows:
        if shuffle and rng.random() < 0.5:
            u, v = v, u
        _edge(g, u, v, **kw)
    return KnowledgeGraph(graph=g)


def _pair(e: dict) -> tuple[str, str]:
    return (e["from"], e["to"])


# -- which kinds an edge belongs to -------------------------------------------------------------

def test_edge_kinds_counts_a_role_carried_by_a_meeting():
    assert gkhtml.edge_kinds({"kind": "meeting", "meetings": 1, "affiliation": "Minister"}) == ("meeting", ("affiliation", "meeting"))
    assert gkhtml.edge_kinds({"kind": "meeting", "meetings": 2, "affiliation": ""}) == ("meeting", ("meeting",))
    assert gkhtml.edge_kinds({"kind": "affiliation", "affiliation": "Director"}) == ("affiliation", ("affiliation",))
    assert gkhtml.edge_kinds({"kind": "cooccurrence", "cooccurrences": 4}) == ("cooccurrence", ("cooccurrence",))
    assert gkhtml.edge_kinds({"meetings": 1}) == ("meeting", ("meeting",))  # no kind attribute
    assert gkhtml.edge_kinds({"kind": "strange", "affiliation": "  "}) == ("cooccurrence", ("cooccurrence",))


def test_legend_counts_roles_on_meeting_edges_and_tooltip_data_keeps_both():
    data = gkhtml.page_data(role_kg())
    counts = {k["kind"]: k["count"] for k in data["edge_legend"]}
    assert counts == {"meeting": 2, "affiliation": 2, "cooccurrence": 2}
    both = next(e for e in data["edges"] if _pair(e) == ("organisation:meti", "person:aiko-mori"))
    assert both["kind"] == "meeting" and both["color"] == gkhtml.EDGE_STYLES["meeting"]["color"]  # drawn as a meeting
    assert both["kinds"] == ["affiliation", "meeting"]
    assert both["info"]["affiliation"] == "Minister" and both["info"]["meetings"] == 1


def test_seeds_legend_counts_every_drawn_edge_with_a_role(seeds_kg):
    data = gkhtml.page_data(seeds_kg)
    g = seeds_kg.graph
    with_role = sum(1 for e in data["edges"] if g.edges[e["from"], e["to"]].get("affiliation"))
    counts = {k["kind"]: k["count"] for k in data["edge_legend"]}
    assert counts["affiliation"] == with_role
    assert counts["meeting"] == sum(1 for e in data["edges"] if g.edges[e["from"], e["to"]].get("meetings"))


# -- the edge cap ---------------------------------------------------------------------------------

def test_edge_cap_keeps_meetings_and_roles_then_heaviest_cooccurrences():
    kg = capped_kg()
    g = kg.graph
    total = g.number_of_edges()
    data = gkhtml.page_data(kg, max_edges=30)
    assert data["shown_edges"] == len(data["edges"]) == 30
    assert data["edges_among_shown"] == data["total_edges"] == total > 30 and data["max_edges"] == 30
    assert data["shown_nodes"] == g.number_of_nodes() == 40  # nodes left without an edge stay
    kept = {_pair(e) for e in data["edges"]}
    special = {tuple(sorted((u, v))) for u, v, d in g.edges(data=True) if d["meetings"] or d["affiliation"]}
    assert len(special) == 8 and special <= kept
    co_kept = [(g.edges[p]["weight"], p) for p in kept - special]
    dropped = [(d["weight"], tuple(sorted((u, v)))) for u, v, d in g.edges(data=True) if tuple(sorted((u, v))) not in kept]
    assert dropped
    # heaviest first; at equal weight the smaller pair of ids wins
    assert min(w for w, _ in co_kept) >= max(w for w, _ in dropped)
    boundary = min(w for w, _ in co_kept)
    assert max(p for w, p in co_kept if w == boundary) < min(p for w, p in dropped if w == boundary)
    assert ("person:e07", "person:e39") not in kept and "person:e07" in {n["id"] for n in data["nodes"]}
    counts = {k["kind"]: k["count"] for k in data["edge_legend"]}
    assert counts == {"meeting": 6, "affiliation": 4, "cooccurrence": 22}


def test_edge_cap_below_the_special_edges_keeps_the_heaviest_of_them():
    data = gkhtml.page_data(capped_kg(), max_edges=3)
    kinds = [set(e["kinds"]) for e in data["edges"]]
    assert len(kinds) == 3 and all(k & {"meeting", "affiliation"} for k in kinds)
    assert sorted(e["info"]["weight"] for e in data["edges"]) == [3.0, 4.0, 4.0]  # the two meeting+role edges first
    assert gkhtml.page_data(capped_kg(), max_edges=0)["edges"] == []


def test_edge_cap_is_deterministic_whatever_the_insertion_order():
    a = gkhtml.page_data(capped_kg(), max_edges=25)
    b = gkhtml.page_data(capped_kg(seed=9, shuffle=True), max_edges=25)
    assert [(_pair(e), e["kind"]) for e in a["edges"]] == [(_pair(e), e["kind"]) for e in b["edges"]]
    assert gkhtml.render_html(capped_kg(), max_edges=25) == gkhtml.render_html(capped_kg(), max_edges=25)


def test_edge_cap_default_comes_from_the_config_and_rejects_negatives():
    kg = synthetic_kg(200, seed=4, attach=20)
    assert kg.graph.number_of_edges() > Config().html_max_edges == gkhtml.MAX_EDGES
    data = gkhtml.page_data(kg)
    assert data["shown_edges"] == Config().html_max_edges and data["shown_nodes"] == 200
    small = capped_kg()
    small.config.html_max_edges = 12
    assert gkhtml.page_data(small)["shown_edges"] == 12
    assert gkhtml.page_data(small, max_edges=20)["shown_edges"] == 20  # an explicit value wins
    with pytest.raises(ValueError, match="max_edges"):
        gkhtml.page_data(small, max_edges=-1)
    nodes_only = gkhtml.page_data(capped_kg(), max_nodes=10, max_edges=1000)  # no edge cap hit: edges among the 10 only
    assert nodes_only["shown_edges"] == nodes_only["edges_among_shown"] < nodes_only["total_edges"]


def test_cli_html_max_edges(tmp_path, capsys, extractor):
    from graphkit.cli import main

    from .conftest import SEEDS

    rc = main(["build", str(SEEDS), "-o", str(tmp_path), "--format", "html", "--html-max-edges", "40", "-q"])
    assert rc == 0, capsys.readouterr().err
    doc = lxml.html.parse(str(tmp_path / "graph.html")).getroot()
    data = json.loads(doc.get_element_by_id("graph-data").text)
    assert data["shown_edges"] == 40 < data["edges_among_shown"] and data["max_edges"] == 40
    capsys.readouterr()
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "x"), "--html-max-edges", "-1"]) == 2
    err = capsys.readouterr().err
    assert "--html-max-edges" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


# -- in chromium -------------------------------------------------------------------------------

NOTE = """
function test(done) {
  function seen(id) {
    var e = document.getElementById(id), r = e.getBoundingClientRect(), s = getComputedStyle(e);
    return { text: e.textContent, visible: r.width > 0 && r.height > 0 && r.bottom <= innerHeight && r.right <= innerWidth &&
             s.visibility === "visible" && s.display !== "none", colour: s.color };
  }
  done({ edge: seen("edge-note"), node: seen("note"), drawn: graphkit.edges.length });
}
"""


def test_page_says_how_many_edges_were_left_out(chromium, tmp_path):
    kg = capped_kg()
    total = kg.graph.number_of_edges()
    attrs, out = run_harness(chromium, gkhtml.render_html(kg, max_edges=30), NOTE, tmp_path)
    assert attrs["data-edges"] == "30" and attrs["data-nodes"] == "40" and out["drawn"] == 30
    note = out["edge"]
    assert note["visible"] is True and note["colour"] == "rgb(170, 51, 51)", note
    assert f"Showing 30 of {total} links" in note["text"] and f"{total - 30} left out" in note["text"]
    assert "meetings and roles first" in note["text"] and out["node"]["text"] == ""


def test_no_edge_note_without_an_edge_cap(chromium, tmp_path):
    path = gkhtml.write_html(capped_kg(), tmp_path / "graph.html", max_edges=10_000)
    dom = dump_dom(chromium, path)
    assert body_attributes(dom)["data-edges"] == str(capped_kg().graph.number_of_edges())
    assert lxml.html.document_fromstring(dom).get_element_by_id("edge-note").text_content() == ""


KINDS = """
function test(done) {
  var g = graphkit, out = {}, both = g.data.edges.filter(function (e) { return e.kinds.length === 2; })[0];
  var role = g.data.edges.filter(function (e) { return e.kinds.join() === "affiliation"; })[0];
  function shown(id) { return !g.edges.get(id).hidden; }
  function state() { return { both: shown(both.id), role: shown(role.id), visible: +document.body.getAttribute("data-visible-edges") }; }
  function mid() { var a = gkNodeXY(both.from), b = gkNodeXY(both.to); return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]; }
  out.legend = Array.prototype.map.call(document.querySelectorAll("#edge-legend label"), function (l) { return l.textContent; });
  gkSeq([
    function () { var p = mid(); gkHover(p[0], p[1]); },
    function () { out.tooltip = gkTooltip(); var p = mid(); gkTap(p[0], p[1]); },
    function () {
      out.panel = document.getElementById("panel").textContent;
      g.setKindVisible("meeting", false);
      out.meetingHidden = state();
      g.setKindVisible("affiliation", false);
      out.bothHidden = state();
      g.setKindVisible("meeting", true);
      out.meetingShown = state();
      g.setKindVisible("affiliation", true);
      g.setKindVisible("cooccurrence", false);
      out.cooccurrenceHidden = +document.body.getAttribute("data-visible-edges");
      g.setKindVisible("cooccurrence", true);
      g.highlight("person:aiko-mori");
      out.connections = document.getElementById("panel").textContent;
    }
  ], 400, function () { done(out); });
}
"""


def test_kind_filter_and_tooltip_of_a_meeting_that_is_also_a_role(chromium, tmp_path):
    attrs, out = run_harness(chromium, gkhtml.render_html(role_kg()), KINDS, tmp_path)
    assert attrs["data-edges"] == "5"
    assert out["legend"] == ["named in one sentence (2)", "role at organisation (2)", "meeting (2)"]
    for text in (out["tooltip"], out["panel"]):
        assert text and "Aiko Mori" in text, out
        assert "role at organisation + meeting (weight 5)" in text and "role: Minister" in text and "meetings: 1" in text
    # hiding meetings keeps the meeting that is also a role, and the role-only edge; both kinds hidden hides it
    assert out["meetingHidden"] == {"both": True, "role": True, "visible": 4}  # the meeting-only edge went
    assert out["bothHidden"] == {"both": False, "role": False, "visible": 2}  # co-occurrences left
    assert out["meetingShown"] == {"both": True, "role": False, "visible": 4}  # both meetings back, the role-only edge not
    assert out["cooccurrenceHidden"] == 3
    assert "Ministry of Economy, Trade and Industry \u2014 met 1\u00d7, Minister" in out["connections"]


def test_the_graph_methods_take_an_edge_cap(seeds_kg, tmp_path):
    import re

    page = seeds_kg.write_html(tmp_path / "g.html", max_edges=3).read_text(encoding="utf-8")
    assert re.search(r'"shown_edges":\s*3\b', page)
