"""The interactive HTML page: self-contained, drawn in headless chromium, interactive, and inert to hostile text."""
from __future__ import annotations

import json
import re

import lxml.html
import networkx as nx
import pytest

from graphkit import html as gkhtml
from graphkit.graph import TYPE_COLORS, KnowledgeGraph

from .browser import (
    SAME_PROCESS_FRAMES,
    body_attributes, colour_counts, count_pixels, dump_dom, inject, png_stats, read_png, run_harness, screenshot, synthetic_kg,
)

REMOTE = re.compile(r"^\s*(https?:|//|ftp:)", re.I)
URL_ATTRS = ("src", "href", "srcset", "action", "formaction", "data", "poster", "background", "xlink:href",
             "{http://www.w3.org/1999/xlink}href", "srcdoc", "manifest", "ping")

# Each payload, if it ever ran, marks <html data-pwned> and changes the title.
MARK = "document.documentElement.setAttribute('data-pwned','{0}');document.title='PWNED'"
PAYLOADS = [
    '<img src=x onerror="' + MARK.format("img") + '">',
    "</script><script>" + MARK.format("script") + "</script>",
    "<script>" + MARK.format("script2") + "</script>",
    '<a href="javascript:' + MARK.format("href") + '">click</a> href=javascript:alert(1)',
    '<svg onload="' + MARK.format("svg") + '"></svg>',
    '<details open ontoggle="' + MARK.format("details") + '"></details>',
    '<iframe srcdoc="<script>parent.' + MARK.format("iframe") + '</script>"></iframe>',
    '"><img src=x onerror=' + MARK.format("attr").replace("'", "&#39;") + ">",
    "javascript:" + MARK.format("js"),
]
FORBIDDEN_TAGS = ("img", "svg", "iframe", "a", "details", "object", "embed", "link", "base", "form", "meta[http-equiv=refresh]")


def hostile_kg() -> KnowledgeGraph:
    """Every text field of every node and edge carries a payload."""
    g = nx.Graph()
    types = list(TYPE_COLORS)
    for i, p in enumerate(PAYLOADS[:6]):
        g.add_node(
            f"{types[i % 4]}:{p}", label=f"Name {i} {p}", type=types[i % 4], aliases=[p, f"alias {i}"],
            titles=[p], mentions=3 + i, documents=[f"doc{i}{p}"], code="",
        )
    ids = list(g.nodes())
    for i, (u, v) in enumerate(zip(ids, ids[1:] + ids[:1])):
        meeting = i % 2 == 0
        p = PAYLOADS[(i + 3) % len(PAYLOADS)]
        g.add_edge(
            u, v, cooccurrences=1, meetings=int(meeting), weight=1.0 + 2 * meeting, affiliation=p,
            kind="meeting" if meeting else "cooccurrence", documents=[p], evidence=[f"Sentence {i}: {p}", PAYLOADS[-1]],
            meeting_dates=[p], meeting_places=[p],
        )
    return KnowledgeGraph(graph=g)


def remote_references(page: str) -> list[str]:
    doc = lxml.html.document_fromstring(page)
    found = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            if name.lower() in URL_ATTRS and REMOTE.match(value or ""):
                found.append(f"<{el.tag} {name}={value!r}>")
    for style in doc.iter("style"):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", style.text or ""):
            if not url.startswith("data:"):
                found.append(f"css url({url})")
    return found


# -- the page as a file -------------------------------------------------------------------------

def test_page_is_self_contained(seeds_kg):
    page = gkhtml.render_html(seeds_kg)
    assert remote_references(page) == []
    doc = lxml.html.document_fromstring(page)
    scripts = doc.findall(".//script")
    assert len(scripts) == 3 and not any(s.get("src") for s in scripts)
    assert doc.find(".//link") is None
    assert "vis.Network" in page and "new vis.DataSet" in page  # the library is inlined, not linked


def test_remote_reference_detector_catches_links():
    bad = '<html><head><link rel="stylesheet" href="https://cdn.example/x.css"><style>a{background:url(//cdn.example/a.png)}</style></head><body><script src="//cdn.example/vis.js"></script></body></html>'
    assert len(remote_references(bad)) == 3


def test_page_data_roundtrips_through_the_json_block(seeds_kg):
    page = gkhtml.render_html(seeds_kg)
    block = lxml.html.document_fromstring(page).get_element_by_id("graph-data")
    assert block.get("type") == "application/json"
    assert json.loads(block.text) == json.loads(json.dumps(gkhtml.page_data(seeds_kg)))


def test_hostile_text_stays_inside_the_json_block():
    kg = hostile_kg()
    page = gkhtml.render_html(kg)
    block_start = page.index('id="graph-data">')
    block = page[block_start:page.index("</script>", block_start)]
    assert "<" not in block.split(">", 1)[1] and "&" not in block  # payloads escaped as \u003c, \u0026
    doc = lxml.html.document_fromstring(page)
    assert len(doc.findall(".//script")) == 3
    for tag in ("img", "svg", "iframe", "a", "details"):
        assert doc.findall(f".//{tag}") == [], tag
    data = json.loads(doc.get_element_by_id("graph-data").text)
    labels = {n["info"]["label"] for n in data["nodes"]}
    assert any("<img src=x onerror=" in label for label in labels)  # the text itself is kept, as text


def test_nodes_coloured_by_type_sized_by_mentions_with_positions(seeds_kg):
    data = gkhtml.page_data(seeds_kg)
    for n in data["nodes"]:
        r, g, b = TYPE_COLORS[n["info"]["type"]]
        assert n["color"] == f"#{r:02x}{g:02x}{b:02x}" and n["group"] == n["info"]["type"]
        assert isinstance(n["x"], float) and isinstance(n["y"], float)
    by_mentions = sorted(data["nodes"], key=lambda n: n["info"]["mentions"])
    assert by_mentions[0]["size"] < by_mentions[-1]["size"]
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # no two nodes stacked
    assert {d["type"] for d in data["legend"]} == set(TYPE_COLORS)


def test_meeting_edges_are_drawn_distinctly(seeds_kg):
    data = gkhtml.page_data(seeds_kg)
    meet = [e for e in data["edges"] if e["kind"] == "meeting"]
    other = [e for e in data["edges"] if e["kind"] == "cooccurrence"]
    assert meet and other
    assert {e["color"] for e in meet}.isdisjoint({e["color"] for e in other})
    assert min(e["width"] for e in meet) > min(e["width"] for e in other)
    assert data["edges"][-1]["kind"] == "meeting"  # drawn last, on top
    legend = {k["kind"]: k for k in data["edge_legend"]}
    assert legend["meeting"]["count"] == len(meet) and legend["meeting"]["color"] == meet[0]["color"]


def test_tooltip_details_are_complete(seeds_kg):
    data = gkhtml.page_data(seeds_kg)
    g = seeds_kg.graph
    for n in data["nodes"]:
        d = g.nodes[n["id"]]
        assert n["info"]["aliases"] == list(d["aliases"])[:gkhtml.MAX_LIST]
        assert n["info"]["documents"] == list(d["documents"])[:gkhtml.MAX_LIST]
        assert n["info"]["type"] == d["type"] and n["info"]["label"] == d["label"]
    for e in data["edges"]:
        assert e["info"]["evidence"] == list(g.edges[e["from"], e["to"]]["evidence"])


def test_max_nodes_keeps_highest_weighted_degree():
    kg = synthetic_kg(60, seed=3)
    data = gkhtml.page_data(kg, max_nodes=12)
    assert data["shown_nodes"] == 12 and data["total_nodes"] == 60
    wd = dict(kg.graph.degree(weight="weight"))
    kept = {n["id"] for n in data["nodes"]}
    assert min(wd[n] for n in kept) >= max(wd[n] for n in kg.graph if n not in kept)
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])
    assert data["shown_edges"] == kg.graph.subgraph(kept).number_of_edges()
    with pytest.raises(ValueError, match="max_nodes"):
        gkhtml.page_data(kg, max_nodes=-1)


def test_page_is_deterministic():
    a = gkhtml.render_html(synthetic_kg(80, seed=5), max_nodes=50)
    b = gkhtml.render_html(synthetic_kg(80, seed=5), max_nodes=50)
    assert a == b


def test_write_html_is_atomic(tmp_path, monkeypatch, seeds_kg):
    target = tmp_path / "graph.html"
    assert seeds_kg.write_html(target) == target and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    target.write_text("previous", encoding="utf-8")

    def boom(*a, **k):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(gkhtml, "page_data", boom)
    with pytest.raises(RuntimeError):
        seeds_kg.write_html(target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_notebook_html_carries_the_page_in_srcdoc(seeds_kg):
    frag = seeds_kg._repr_html_()
    iframe = lxml.html.fragment_fromstring(frag, create_parent="div").find(".//iframe")
    assert iframe.get("srcdoc") == gkhtml.render_html(seeds_kg, seeds_kg.config.html_max_nodes)
    assert iframe.get("sandbox") == "allow-scripts"
    assert "<script" not in frag.split("srcdoc=", 1)[1]  # the page is escaped inside the attribute


def test_show_returns_ipython_html(seeds_kg):
    display = pytest.importorskip("IPython.display")
    shown = seeds_kg.show()
    assert isinstance(shown, display.HTML) and shown.data == seeds_kg._repr_html_()


# -- the page in headless chromium ------------------------------------------------------------

def test_seeds_page_draws_in_chromium(chromium, seeds_kg, tmp_path):
    path = seeds_kg.write_html(tmp_path / "graph.html")
    attrs = body_attributes(dump_dom(chromium, path))
    n = min(seeds_kg.graph.number_of_nodes(), seeds_kg.config.html_max_nodes)
    assert attrs.get("data-drawn") == "1"
    assert attrs["data-nodes"] == str(n) and attrs["data-visible-nodes"] == str(n)
    assert attrs["data-edges"] == str(seeds_kg.graph.subgraph(gkhtml.top_nodes(seeds_kg, n)).number_of_edges())

    img = read_png(screenshot(chromium, path, tmp_path / "shot.png", window=(1000, 700)).read_bytes())
    colours, spread = png_stats(img)
    assert colours > 40 and spread > 5, (colours, spread)
    counts = colour_counts(img)
    for rgb in TYPE_COLORS.values():  # dots of every type and red meeting edges are on screen
        assert count_pixels(counts, rgb, tolerance=12) > 10, rgb
    assert count_pixels(counts, (0xD6, 0x27, 0x28), tolerance=12) > 10


def test_blank_page_fails_the_screenshot_check(chromium, tmp_path):
    """The non-blank check above can fail: a white page has one colour."""
    path = tmp_path / "blank.html"
    path.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    colours, spread = png_stats(read_png(screenshot(chromium, path, tmp_path / "blank.png", window=(400, 300)).read_bytes()))
    assert colours <= 2 and spread < 1


INTERACT = """
function test(done) {
  var g = graphkit, out = {}, d = g.data;
  var target = TARGET, query = QUERY, hideType = HIDE;
  var xy = gkNodeXY(target);
  gkSeq([
    function () { gkHover(xy[0], xy[1]); },
    function () {
      out.tooltip = gkTooltip();
      out.clicks = [];
      g.network.on("click", function (p) { out.clicks.push(p.nodes.slice()); });
      gkTap(xy[0], xy[1]);
    },
    function () {
      // Under heavy load, headless chromium's virtual clock now and then lets Hammer read one
      // synthetic tap as a press (no click event at all); tap once more then, and say so.
      out.retapped = out.clicks.length === 0;
      if (out.retapped) { gkTap(xy[0], xy[1]); }
    },
    function () {
      out.selected = document.body.getAttribute("data-selected");
      out.neighbours = +document.body.getAttribute("data-neighbours");
      out.dimmed = g.nodes.get().filter(function (n) { return String(n.color).indexOf("rgba(200") === 0; }).length;
      out.panel = document.getElementById("panel").textContent;
      // click the background: find a spot with no node and no edge
      var c = document.querySelector("#graph canvas"), spot = null;
      for (var y = 5; y < c.clientHeight && !spot; y += 17) for (var x = 5; x < c.clientWidth && !spot; x += 17)
        if (g.network.getNodeAt({x: x, y: y}) === undefined && g.network.getEdgeAt({x: x, y: y}) === undefined) spot = [x, y];
      gkTap(spot[0], spot[1]);
    },
    function () {
      out.cleared = !document.body.hasAttribute("data-selected") &&
        g.nodes.get().every(function (n) { return String(n.color).indexOf("rgba(") !== 0; });
      var box = document.querySelector('#legend input[data-type="' + hideType + '"]');
      box.click();
    },
    function () {
      out.visibleAfterHide = +document.body.getAttribute("data-visible-nodes");
      out.hiddenOfType = g.nodes.get().filter(function (n) { return n.hidden; }).every(function (n) { return n.group === hideType; });
      out.danglingEdges = g.edges.get().filter(function (e) {
        return !e.hidden && (g.nodes.get(e.from).hidden || g.nodes.get(e.to).hidden); }).length;
      document.querySelector('#legend input[data-type="' + hideType + '"]').click();
    },
    function () {
      out.visibleAfterShow = +document.body.getAttribute("data-visible-nodes");
      document.querySelector('#edge-legend input[data-kind="cooccurrence"]').click();
    },
    function () {
      out.edgesWithoutCooccurrence = +document.body.getAttribute("data-visible-edges");
      out.hiddenKinds = g.edges.get().filter(function (e) { return e.hidden; }).map(function (e) { return e.kind; })
        .filter(function (k, i, a) { return a.indexOf(k) === i; });
      document.querySelector('#edge-legend input[data-kind="cooccurrence"]').click();
    },
    function () {
      out.edgesAfterShow = +document.body.getAttribute("data-visible-edges");
      var box = document.getElementById("search");
      box.value = query;
      box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    },
    function () {
      out.found = document.body.getAttribute("data-found");
      out.selectedAfterSearch = g.network.getSelectedNodes();
      var view = g.network.getViewPosition(), p = g.network.getPosition(out.found);
      out.focusDistance = Math.hypot(view.x - p.x, view.y - p.y);
      out.scale = g.network.getScale();
      var box = document.getElementById("search"); box.value = "no such entity anywhere"; document.getElementById("go").click();
      out.notFound = document.getElementById("found").textContent;
      out.note = document.getElementById("note").textContent;
      var moved = 0; d.nodes.forEach(function (n) { var p = g.network.getPosition(n.id); if (Math.abs(p.x - n.x) > 1 || Math.abs(p.y - n.y) > 1) moved++; });
      out.moved = moved;
    }
  ], 400, function () { done(out); });
}
"""


def test_interactions_in_chromium(chromium, seeds_kg, tmp_path):
    data = gkhtml.page_data(seeds_kg)
    g = seeds_kg.graph
    shown = {n["id"] for n in data["nodes"]}
    sub = g.subgraph(shown)
    # a node with neighbours and an alias that differs from its label, to search by alias
    target = max(shown, key=lambda n: (sub.degree(n), n))
    aliased = sorted(
        (n for n in shown if any(a.lower() != g.nodes[n]["label"].lower() for a in g.nodes[n]["aliases"])), key=str
    )
    assert aliased, "the seeds give no entity with an alias"
    query_node = aliased[0]
    query = next(a for a in g.nodes[query_node]["aliases"] if a.lower() != g.nodes[query_node]["label"].lower())
    hide = "place"
    js = INTERACT.replace("TARGET", json.dumps(target)).replace("QUERY", json.dumps(query)).replace("HIDE", json.dumps(hide))
    attrs, out = run_harness(chromium, gkhtml.render_html(seeds_kg), js, tmp_path)

    label = g.nodes[target]["label"]
    assert out["tooltip"] and out["tooltip"].startswith(label) and "type: " + g.nodes[target]["type"] in out["tooltip"]
    assert out["clicks"] and out["clicks"][0] == [target], out["clicks"]  # the tap hit the node it hovered
    assert out["selected"] == target and out["neighbours"] == sub.degree(target)
    assert out["dimmed"] == len(shown) - 1 - sub.degree(target)
    assert out["panel"].startswith(label) and f"connections ({sub.degree(target)}):" in out["panel"]
    strongest = max(sub[target], key=lambda n: (sub.edges[target, n]["weight"], n))
    assert "\u2022 " + g.nodes[strongest]["label"][:gkhtml.MAX_LABEL] in out["panel"]
    assert out["cleared"] is True
    n_hide = sum(1 for n in shown if g.nodes[n]["type"] == hide)
    assert n_hide > 0
    assert out["visibleAfterHide"] == len(shown) - n_hide and out["hiddenOfType"] is True
    assert out["danglingEdges"] == 0
    assert out["visibleAfterShow"] == len(shown)
    kinds = [e["kind"] for e in data["edges"]]
    assert out["edgesWithoutCooccurrence"] == len(kinds) - kinds.count("cooccurrence") > 0
    assert out["hiddenKinds"] == ["cooccurrence"] and out["edgesAfterShow"] == len(kinds)
    found_ok = {n for n in shown if query.lower() in [s.lower() for s in [g.nodes[n]["label"], *g.nodes[n]["aliases"]]]}
    assert out["found"] in found_ok and out["selectedAfterSearch"] == [out["found"]]
    assert out["focusDistance"] < 1 and abs(out["scale"] - 1.5) < 1e-6
    assert out["notFound"] == "not found"
    assert out["note"] == ""  # nothing left out of the seeds graph
    assert out["moved"] == 0  # physics off: precomputed positions stay put


def test_page_says_how_many_nodes_were_left_out(chromium, tmp_path):
    kg = synthetic_kg(120, seed=11)
    path = gkhtml.write_html(kg, tmp_path / "graph.html", max_nodes=30)
    dom = dump_dom(chromium, path)
    attrs = body_attributes(dom)
    assert attrs["data-nodes"] == "30" and attrs["data-drawn"] == "1"
    note = lxml.html.document_fromstring(dom).get_element_by_id("note").text_content()
    assert "Showing 30 of 120" in note and "90 left out" in note and "GraphML" in note


HOSTILE = """
function test(done) {
  var g = graphkit, out = {tooltips: [], panels: []}, steps = [];
  g.data.nodes.forEach(function (n) {
    steps.push(function () { var xy = gkNodeXY(n.id); gkHover(xy[0], xy[1]); });
    steps.push(function () { out.tooltips.push(gkTooltip()); var xy = gkNodeXY(n.id); gkTap(xy[0], xy[1]); });
    steps.push(function () { out.panels.push(document.getElementById("panel").textContent); });
  });
  g.data.edges.forEach(function (e) {
    steps.push(function () { var a = gkNodeXY(e.from), b = gkNodeXY(e.to); gkHover((a[0] + b[0]) / 2, (a[1] + b[1]) / 2); });
    steps.push(function () { out.tooltips.push(gkTooltip()); var a = gkNodeXY(e.from), b = gkNodeXY(e.to); gkTap((a[0] + b[0]) / 2, (a[1] + b[1]) / 2); });
    steps.push(function () { out.panels.push(document.getElementById("panel").textContent); });
  });
  steps.push(function () { var box = document.getElementById("search"); box.value = "<img src=x"; box.dispatchEvent(new Event("change")); });
  steps.push(function () { out.found = document.body.getAttribute("data-found");
    Array.prototype.forEach.call(document.querySelectorAll("a"), function (a) { a.click(); }); });
  gkSeq(steps, 300, function () {
    out.title = document.title;
    out.pwned = document.documentElement.getAttribute("data-pwned");
    out.forbidden = FORBIDDEN.map(function (s) { return document.querySelectorAll(s).length; });
    out.scripts = document.querySelectorAll("script").length;
    done(out);
  });
}
"""


def _hostile_pages(extractor):
    import graphkit

    text = (
        "Tokyo, 30 July 2025\n\n"
        "Taro Yamada met Hanako Suzuki of Sony Group in Osaka. " + PAYLOADS[0] + "\n\n"
        "The Ministry of Economy, Trade and Industry said " + PAYLOADS[1] + " on Monday.\n\n"
        "Hanako Suzuki visited Toyota Motor in Nagoya " + PAYLOADS[3] + " with Taro Yamada.\n\n"
        "Taro Yamada <script>" + MARK.format("doc") + "</script> talked to Ichiro Sato in Kyoto.\n"
    )
    built = graphkit.build([("hostile<img src=x onerror=" + MARK.format("docid").replace("'", "") + ">", text)])
    return {"handmade": hostile_kg(), "built": built}


@pytest.mark.parametrize("which", ["handmade", "built"])
def test_hostile_text_runs_nothing_in_chromium(chromium, extractor, tmp_path, which):
    kg = _hostile_pages(extractor)[which]
    assert kg.graph.number_of_nodes() >= 2
    page = gkhtml.render_html(kg)
    js = HOSTILE.replace("FORBIDDEN", json.dumps(list(FORBIDDEN_TAGS)))
    attrs, out = run_harness(chromium, page, js, tmp_path, budget_ms=30000)
    assert attrs.get("data-drawn") == "1"
    assert out["pwned"] is None and out["title"] == "graphkit knowledge graph"
    assert out["forbidden"] == [0] * len(FORBIDDEN_TAGS)
    assert out["scripts"] == 4  # the page's three and the harness
    shown = [t for t in out["tooltips"] if t]
    assert len(shown) >= kg.graph.number_of_nodes()  # every node's tooltip was really displayed
    texts = shown + [p for p in out["panels"] if p]
    assert any("<script>" in t or "<img src=x" in t or "javascript:" in t for t in texts)  # payloads shown as text
    if which == "handmade":
        assert any("<img src=x onerror=" in t for t in shown)  # shown as text
        assert any("</script><script>" in p for p in out["panels"])
        assert out["found"]  # a search for hostile text finds the node and runs nothing


def test_hostile_payloads_do_fire_when_inserted_as_html(chromium, tmp_path):
    """Control: the same payloads inserted with innerHTML trip the detector, so the test above can fail."""
    page = gkhtml.render_html(hostile_kg())
    js = ("function test(done) { var d = document.createElement('div'); d.innerHTML = "
          + json.dumps(PAYLOADS[0]) + "; document.body.appendChild(d);"
          " setTimeout(function () { done({pwned: document.documentElement.getAttribute('data-pwned'), title: document.title}); }, 500); }")
    _, out = run_harness(chromium, page, js, tmp_path)
    assert out == {"pwned": "img", "title": "PWNED"}


def test_notebook_iframe_draws_in_chromium(chromium, seeds_kg, tmp_path):
    host = (
        "<!DOCTYPE html><html><body><script>window.addEventListener('message', function (ev) {"
        " if (ev.data && ev.data.graphkit === 'drawn') { document.body.setAttribute('data-frame-nodes', String(ev.data.nodes)); } });"
        "</script>" + seeds_kg._repr_html_() + "</body></html>"
    )
    path = tmp_path / "notebook.html"
    path.write_text(host, encoding="utf-8")
    attrs = body_attributes(dump_dom(chromium, path, budget_ms=15000, extra=SAME_PROCESS_FRAMES,
                                     expect="data-frame-nodes"))
    assert attrs.get("data-frame-nodes") == str(seeds_kg.graph.number_of_nodes())


def _odd_graph() -> KnowledgeGraph:
    g = nx.Graph()
    g.add_node(7, label=None, type="event", mentions=None)  # integer id, no label, a type without a colour
    g.add_node("person:x", label="X", type="person", mentions=2, aliases=None, documents="doc-1")
    g.add_edge(7, "person:x", weight=None)
    return KnowledgeGraph(graph=g)


@pytest.mark.parametrize("make", [lambda: KnowledgeGraph(graph=nx.Graph()), _odd_graph], ids=["empty", "odd"])
def test_unusual_graphs_still_draw(chromium, tmp_path, make):
    kg = make()
    data = gkhtml.page_data(kg)
    assert all(n["label"] for n in data["nodes"])
    path = gkhtml.write_html(kg, tmp_path / "graph.html")
    attrs = body_attributes(dump_dom(chromium, path))
    assert attrs.get("data-drawn") == "1" and attrs["data-nodes"] == str(kg.graph.number_of_nodes())
    assert attrs["data-edges"] == str(kg.graph.number_of_edges())


def test_cli_html_max_nodes(tmp_path, capsys, extractor):
    from graphkit.cli import main

    from .conftest import SEEDS

    rc = main(["build", str(SEEDS), "-o", str(tmp_path), "--format", "html", "--html-max-nodes", "20", "-q"])
    assert rc == 0, capsys.readouterr().err
    doc = lxml.html.parse(str(tmp_path / "graph.html")).getroot()
    data = json.loads(doc.get_element_by_id("graph-data").text)
    assert data["shown_nodes"] == 20 < data["total_nodes"]
    capsys.readouterr()
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "x"), "--html-max-nodes", "-3"]) == 2
    err = capsys.readouterr().err
    assert "--html-max-nodes" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


def _overlapping_labels(data) -> int:
    """Pairs of nodes whose label boxes (text width x one line) overlap."""
    import itertools

    def width(n):
        return gkhtml.LABEL_CHAR * len(n["label"]) + 16

    return sum(
        1 for a, b in itertools.combinations(data["nodes"], 2)
        if abs(a["y"] - b["y"]) < 0.9 * gkhtml.MIN_GAP and abs(a["x"] - b["x"]) < 0.9 * (width(a) + width(b)) / 2
    )


def test_page_layout_keeps_labels_apart(seeds_kg, monkeypatch):
    data = gkhtml.page_data(seeds_kg)
    n = len(data["nodes"])
    spread = _overlapping_labels(data)
    monkeypatch.setattr(gkhtml, "SPREAD_MAX", 0)  # the same layout without overlap removal
    raw = _overlapping_labels(gkhtml.page_data(seeds_kg))
    assert spread <= 0.05 * n * (n - 1) / 2 and spread * 2 <= raw, (spread, raw)


def test_committed_output_page_is_self_contained():
    from .conftest import ROOT

    page = ROOT / "output" / "graph.html"
    if not page.exists():
        pytest.skip("output/ not built yet")
    text = page.read_text(encoding="utf-8")
    assert remote_references(text) == []
    doc = lxml.html.document_fromstring(text)
    assert json.loads(doc.get_element_by_id("graph-data").text)["nodes"]
