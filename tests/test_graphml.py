"""GraphML for Gephi: schema-valid offline, typed keys named as Gephi reads them, lossless round trips."""
from __future__ import annotations

import math
import os
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from graphkit.export import export_graph, layout, prepare, write_graphml, xml_safe
from graphkit.graph import KnowledgeGraph

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
HOSTILE = {
    "nul": "Tokyo\x00 Office",
    "vtab": "Japan\x0bDesk",
    "surrogate": "Osaka \ud800 Branch",
    "rtl": "\u202eMinistry\u200f of Economy",
    "emoji": "Trade Fair \U0001f680\U0001f1ef\U0001f1f5",
    "script": "<script>alert('x')</script> & \"quotes\"",
    "long": "N" * 10_000,
    "lines": "first line\r\nsecond\tline",
}


def tiny_kg() -> KnowledgeGraph:
    g = nx.Graph()
    g.add_node("person:aiko-sato", label="Aiko Sato", type="person", aliases=["A. Sato", "Ms Sato"],
               titles=["Director"], code="", mentions=4, documents=["d1", "d2"])
    g.add_node("organisation:meti", label="Ministry of Economy, Trade and Industry", type="organisation",
               aliases=["METI"], titles=[], code="", mentions=3, documents=["d1"])
    g.add_node("place:tokyo", label="Tokyo", type="place", aliases=[], titles=[], code="JP", mentions=2,
               documents=["d2"])
    g.add_edge("person:aiko-sato", "organisation:meti", cooccurrences=2, meetings=1, affiliation="Director",
               weight=5.0, documents=["d1"], evidence=["Aiko Sato met METI officials in Tokyo."],
               meeting_dates=["2025-07-30"], meeting_places=["Tokyo"], planned=0, kind="meeting")
    g.add_edge("person:aiko-sato", "place:tokyo", cooccurrences=1, meetings=0, affiliation="", weight=1.0,
               documents=["d2"], evidence=["Sato spoke in Tokyo."], meeting_dates=[], meeting_places=[], planned=0,
               kind="cooccurrence")
    return KnowledgeGraph(graph=g)


def hostile_kg() -> KnowledgeGraph:
    g = nx.Graph()
    for key, text in HOSTILE.items():
        g.add_node(f"place:{key} {text[:20]}", label=text, type="place", aliases=[text, "plain"], mentions=1,
                   documents=["d1"], note=None, extra={"k": text[:5]})
    names = sorted(g.nodes())
    for a, b in zip(names, names[1:]):
        g.add_edge(a, b, weight=1.0, evidence=[HOSTILE["script"], HOSTILE["emoji"]], kind="cooccurrence",
                   missing=None)
    return KnowledgeGraph(graph=g)


def schema(xsd: Path) -> etree.XMLSchema:
    os.environ.setdefault("XML_CATALOG_FILES", str(xsd.parent / "catalog.xml"))
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(xsd), parser))


def assert_valid(path: Path, xsd: Path) -> None:
    s = schema(xsd)
    doc = etree.parse(str(path), etree.XMLParser(no_network=True, huge_tree=True))
    assert s.validate(doc), s.error_log.filter_from_errors()


@pytest.fixture(scope="module")
def seeds_graphml(seeds_kg, tmp_path_factory) -> Path:
    return write_graphml(seeds_kg, tmp_path_factory.mktemp("graphml") / "graph.graphml")


def test_seeds_graphml_validates_against_the_xsd_offline_with_lxml(seeds_graphml, graphml_xsd):
    assert_valid(seeds_graphml, graphml_xsd)


def test_seeds_graphml_validates_with_xmllint_nonet(seeds_graphml, graphml_xsd):
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("xmllint missing (install libxml2-utils)")
        pytest.skip("xmllint not installed")
    env = dict(os.environ, XML_CATALOG_FILES=str(graphml_xsd.parent / "catalog.xml"))
    result = subprocess.run([xmllint, "--nonet", "--noout", "--schema", str(graphml_xsd), str(seeds_graphml)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_networkx_reads_back_the_same_nodes_edges_and_values(seeds_kg, seeds_graphml):
    expected = export_graph(seeds_kg)
    back = nx.read_graphml(seeds_graphml)
    assert set(back.nodes()) == set(seeds_kg.graph.nodes())
    assert dict(back.nodes(data=True)) == dict(expected.nodes(data=True))
    got = {frozenset((u, v)): d for u, v, d in back.edges(data=True)}
    want = {frozenset((u, v)): d for u, v, d in expected.edges(data=True)}
    assert got == want


def test_igraph_reads_back_the_same_nodes_edges_and_values(seeds_kg, seeds_graphml):
    igraph = pytest.importorskip("igraph")
    expected = export_graph(seeds_kg)
    ig = igraph.Graph.Read_GraphML(str(seeds_graphml))
    assert sorted(ig.vs["id"]) == sorted(expected.nodes())
    for v in ig.vs:
        attrs = {k: val for k, val in v.attributes().items() if k != "id"}
        assert attrs == expected.nodes[v["id"]]
    assert ig.ecount() == expected.number_of_edges()
    for e in ig.es:
        u, v = ig.vs[e.source]["id"], ig.vs[e.target]["id"]
        want = {k: val for k, val in expected.edges[u, v].items() if k != "id"}
        # python-igraph 1.0 fills the edge "id" attribute with vertex ids, so it is not compared.
        assert {k: val for k, val in e.attributes().items() if k != "id"} == want


def test_gephi_keys_have_their_own_names_as_ids_and_numeric_types(seeds_graphml):
    keys = {k.get("id"): k for k in etree.parse(str(seeds_graphml)).findall("g:key", NS)}
    expected = {"label": ("node", "string"), "size": ("node", "double"), "x": ("node", "double"),
                "y": ("node", "double"), "r": ("node", "int"), "g": ("node", "int"), "b": ("node", "int"),
                "mentions": ("node", "int"), "weight": ("edge", "double"), "meetings": ("edge", "int"),
                "cooccurrences": ("edge", "int")}
    for key_id, (scope, typ) in expected.items():
        assert key_id in keys, key_id
        assert (keys[key_id].get("attr.name"), keys[key_id].get("for"), keys[key_id].get("attr.type")) == (
            key_id, scope, typ)


def test_weight_is_not_written_under_the_label_key_or_a_generated_id(seeds_graphml):
    root = etree.parse(str(seeds_graphml))
    weight_keys = [k.get("id") for k in root.findall("g:key", NS) if k.get("attr.name") == "weight"]
    assert weight_keys == ["weight"]
    label_keys = [k.get("id") for k in root.findall("g:key", NS) if k.get("attr.name") == "label"]
    assert label_keys == ["label"]
    first_edge = root.find("g:graph/g:edge", NS)
    assert "weight" in [d.get("key") for d in first_edge.findall("g:data", NS)]
    assert "label" not in [d.get("key") for d in first_edge.findall("g:data", NS)]


def test_no_key_id_looks_like_a_yed_generated_id(tmp_path):
    g = nx.Graph()
    g.add_node("a", label="A", d3="not a label", type="place")
    g.add_node("b", label="B", type="place")
    g.add_edge("a", "b", weight=2.0, d7="not a label", description="an edge attribute")
    path = write_graphml(KnowledgeGraph(graph=g), tmp_path / "g.graphml")
    keys = {k.get("attr.name") + "@" + k.get("for"): k.get("id") for k in etree.parse(str(path)).findall("g:key", NS)}
    assert keys["d3@node"] == "attr_d3" and keys["d7@edge"] == "attr_d7"
    assert keys["label@node"] == "label" and keys["weight@edge"] == "weight"
    assert keys["description@edge"] != "description"
    assert nx.read_graphml(path).nodes["a"]["d3"] == "not a label"


def test_key_ids_are_unique_even_when_nodes_and_edges_share_an_attribute_name(seeds_graphml):
    keys = etree.parse(str(seeds_graphml)).findall("g:key", NS)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids))
    documents = {k.get("for"): k.get("id") for k in keys if k.get("attr.name") == "documents"}
    assert documents == {"node": "documents", "edge": "edge_documents"}


def test_every_node_and_edge_carries_every_key_of_its_scope(seeds_graphml):
    root = etree.parse(str(seeds_graphml))
    for scope in ("node", "edge"):
        declared = sorted(k.get("id") for k in root.findall("g:key", NS) if k.get("for") == scope)
        for element in root.findall(f"g:graph/g:{scope}", NS):
            assert sorted(d.get("key") for d in element.findall("g:data", NS)) == declared


def test_edge_ids_are_unique(seeds_graphml):
    ids = [e.get("id") for e in etree.parse(str(seeds_graphml)).findall("g:graph/g:edge", NS)]
    assert ids and len(ids) == len(set(ids)) and all(ids)


def test_values_are_scalars_and_lists_are_joined(tmp_path):
    path = write_graphml(tiny_kg(), tmp_path / "g.graphml")
    back = nx.read_graphml(path)
    for d in [d for _, d in back.nodes(data=True)] + [d for *_, d in back.edges(data=True)]:
        assert all(isinstance(v, (str, int, float)) for v in d.values())
    assert back.nodes["person:aiko-sato"]["aliases"] == "A. Sato; Ms Sato"
    assert back.nodes["person:aiko-sato"]["mentions"] == 4
    assert back.edges["person:aiko-sato", "organisation:meti"]["meeting_dates"] == "2025-07-30"


def test_hostile_labels_give_a_schema_valid_file(tmp_path, graphml_xsd):
    path = write_graphml(hostile_kg(), tmp_path / "g.graphml")
    assert_valid(path, graphml_xsd)
    raw = path.read_bytes()
    assert b"<script>" not in raw and b"\x00" not in raw and b"\x0b" not in raw


def test_hostile_labels_round_trip_through_networkx_and_igraph(tmp_path):
    kg = hostile_kg()
    path = write_graphml(kg, tmp_path / "g.graphml")
    labels = sorted(xml_safe(t) for t in HOSTILE.values())
    back = nx.read_graphml(path)
    assert sorted(d["label"] for _, d in back.nodes(data=True)) == labels
    assert back.number_of_edges() == kg.graph.number_of_edges()
    assert max(len(d["label"]) for _, d in back.nodes(data=True)) == 10_000
    assert any(d["label"] == "first line\r\nsecond\tline" for _, d in back.nodes(data=True))
    assert all(d["note"] == "" and d["extra"].startswith("{") for _, d in back.nodes(data=True))
    igraph = pytest.importorskip("igraph")
    ig = igraph.Graph.Read_GraphML(str(path))
    assert sorted(ig.vs["label"]) == labels


def test_node_ids_that_are_not_xml_names_are_escaped_uniquely(tmp_path):
    g = nx.Graph()
    g.add_edge("New York", "New_York", weight=1.0)
    g.add_edge("New York", "São Paulo", weight=1.0)
    path = write_graphml(KnowledgeGraph(graph=g), tmp_path / "g.graphml")
    ids = sorted(n.get("id") for n in etree.parse(str(path)).findall("g:graph/g:node", NS))
    assert ids == ["New_20_York", "New_York", "São_20_Paulo"]
    assert sorted(nx.read_graphml(path).nodes[i]["label"] for i in ids) == ["New York", "New_York", "São Paulo"]


def test_a_failed_write_keeps_the_previous_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    import graphkit.export as export

    path = write_graphml(tiny_kg(), tmp_path / "g.graphml")
    before = path.read_bytes()

    def boom(data, out):
        out.write("<graphml>")
        raise RuntimeError("disk full")

    monkeypatch.setattr(export, "_write_graphml_stream", boom)
    with pytest.raises(RuntimeError):
        write_graphml(hostile_kg(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


def test_positions_are_seeded_and_repeatable(seeds_kg):
    assert layout(seeds_kg.graph, 42) == layout(seeds_kg.graph, 42)
    assert layout(seeds_kg.graph, 42) != layout(seeds_kg.graph, 7)


def test_every_node_gets_a_finite_position_size_and_type_colour():
    data = prepare(tiny_kg())
    for _, attrs in data.nodes:
        assert math.isfinite(attrs["x"]) and math.isfinite(attrs["y"])
        assert attrs["size"] >= 10.0
        assert all(isinstance(attrs[c], int) and 0 <= attrs[c] <= 255 for c in "rgb")
    colours = {attrs["type"]: (attrs["r"], attrs["g"], attrs["b"]) for _, attrs in data.nodes}
    assert len(set(colours.values())) == 3


def test_large_graph_layout_keeps_communities_together_and_is_fast():
    import random
    import time

    rng = random.Random(3)
    g = nx.Graph()
    groups = 8
    for i in range(4000):
        g.add_node(f"n{i:05d}")
    for i in range(12000):
        a = rng.randrange(4000)
        b = rng.randrange(4000) if rng.random() < 0.05 else (a // 500) * 500 + rng.randrange(500)
        if a != b:
            g.add_edge(f"n{a:05d}", f"n{b:05d}", weight=1.0)
    g.add_nodes_from(f"iso{i}" for i in range(20))
    started = time.perf_counter()
    pos = layout(g, 42)
    assert time.perf_counter() - started < 30
    assert len(pos) == g.number_of_nodes()

    def centre(k: int) -> tuple[float, float]:
        pts = [pos[f"n{i:05d}"] for i in range(k * 500, (k + 1) * 500)]
        return sum(p[0] for p in pts) / 500, sum(p[1] for p in pts) / 500

    def spread(k: int) -> float:
        cx, cy = centre(k)
        return sum(math.dist(pos[f"n{i:05d}"], (cx, cy)) for i in range(k * 500, (k + 1) * 500)) / 500

    between = sum(math.dist(centre(a), centre(b)) for a in range(groups) for b in range(a + 1, groups))
    between /= groups * (groups - 1) / 2
    within = sum(spread(k) for k in range(groups)) / groups
    assert within < between


def test_mid_sized_graphs_are_laid_out_without_scipy():
    g = nx.cycle_graph(600)
    pos = layout(g, 42)
    assert len(pos) == 600 and len(set(pos.values())) == 600
    assert all(math.isfinite(x) and math.isfinite(y) and abs(x) <= 1000.0 and abs(y) <= 1000.0 for x, y in pos.values())
    neighbours = sum(math.dist(pos[i], pos[(i + 1) % 600]) for i in range(600)) / 600
    opposite = sum(math.dist(pos[i], pos[(i + 300) % 600]) for i in range(600)) / 600
    assert neighbours < opposite


def test_letters_missing_from_libxml2_name_tables_are_escaped_in_ids(tmp_path, graphml_xsd):
    from graphkit.export import graphml_id

    assert graphml_id("tokyo-東京") == "tokyo-東京"
    assert graphml_id("a\u0710") == "a_710_"
    g = nx.Graph()
    g.add_edge("person:a\u0710", "place:tokyo-東京", weight=1.0)
    assert_valid(write_graphml(KnowledgeGraph(graph=g), tmp_path / "g.graphml"), graphml_xsd)


def test_unusable_weights_neither_break_the_layout_nor_the_file(tmp_path, graphml_xsd):
    g = nx.Graph()
    g.add_edge("a", "b", weight="heavy")
    g.add_edge("b", "c", weight=float("nan"))
    g.add_edge("c", "d", weight=None)
    g.add_edge("d", "a")
    path = write_graphml(KnowledgeGraph(graph=g), tmp_path / "g.graphml")
    assert_valid(path, graphml_xsd)
    back = nx.read_graphml(path)
    assert back.edges["a", "d"]["weight"] == 1.0
    assert all(isinstance(d["weight"], float) and math.isfinite(d["weight"]) for *_, d in back.edges(data=True))
