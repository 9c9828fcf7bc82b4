"""GEXF, JSON node-link and Neo4j CSV exports, chosen with --format and written by write_all."""
from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from graphkit.export import FORMATS, output_files, write_all
from graphkit.export_formats import gexf_structure_errors, write_csv, write_gexf, write_json
from graphkit.graph import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[1]
GEXF = {"g": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}
DATA_FORMATS = ["graphml", "gexf", "json", "csv"]


def tiny_kg() -> KnowledgeGraph:
    g = nx.Graph()
    g.add_node("person:aiko-sato", label="Aiko Sato", type="person", aliases=["A. Sato", "Sato; Aiko"],
               titles=["Director"], code="", mentions=4, documents=["d1", "d2"])
    g.add_node("person:ken-ito", label="Ken Ito", type="person", aliases=[], titles=[], code="", mentions=2,
               documents=["d1"])
    g.add_node("organisation:meti", label="Ministry of Economy, Trade and Industry", type="organisation",
               aliases=["METI"], titles=[], code="", mentions=3, documents=["d1"])
    g.add_node("place:tokyo", label="Tokyo", type="place", aliases=[], titles=[], code="JP", mentions=2,
               documents=["d2"])
    g.add_edge("person:aiko-sato", "organisation:meti", cooccurrences=2, meetings=2, affiliation="Director",
               weight=7.0, documents=["d1", "d2"], evidence=["Aiko Sato met METI officials in Tokyo.\nAgain."],
               meeting_dates=["2025-07-30", "2025-08-02"], meeting_places=["Tokyo"], planned=0, kind="meeting")
    g.add_edge("person:aiko-sato", "person:ken-ito", cooccurrences=0, meetings=1, affiliation="", weight=2.0,
               documents=["d1"], evidence=["Sato and Ito talked."], meeting_dates=["2025-07-31"],
               meeting_places=[], planned=1, kind="meeting")
    g.add_edge("person:aiko-sato", "place:tokyo", cooccurrences=1, meetings=0, affiliation="", weight=1.0,
               documents=["d2"], evidence=['Sato spoke in "Tokyo", Japan.'], meeting_dates=[], meeting_places=[],
               planned=0, kind="cooccurrence")
    return KnowledgeGraph(graph=g)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("formats")
    write_all(tiny_kg(), out, DATA_FORMATS)
    return out


# -- registry and CLI --------------------------------------------------------------------------------
def test_formats_map_each_format_to_its_files():
    assert output_files("graphml") == ("graph.graphml",)
    assert output_files("html") == ("graph.html",)
    assert output_files("gexf") == ("graph.gexf",)
    assert output_files("json") == ("graph.json",)
    assert output_files("csv") == ("nodes.csv", "edges.csv")
    assert set(FORMATS) == {"graphml", "html", "gexf", "json", "csv"}


def test_write_all_writes_every_file_of_every_format(outputs):
    assert sorted(p.name for p in outputs.iterdir()) == sorted(
        ["graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "edges.csv"])


def test_write_all_still_writes_html_through_the_html_module(tmp_path):
    written = write_all(tiny_kg(), tmp_path, ["html"])
    assert written == [tmp_path / "graph.html"] and written[0].stat().st_size > 0


def test_an_unknown_format_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        write_all(tiny_kg(), tmp_path, ["graphml", "pdf"])
    assert list(tmp_path.iterdir()) == []


def test_cli_accepts_the_new_formats_and_refuses_others():
    from graphkit.cli import make_parser

    parser = make_parser()
    args = parser.parse_args(["build", "x", "-o", "out", "--format", "gexf,json,csv"])
    assert args.format == ("gexf", "json", "csv")
    assert parser.parse_args(["build", "x", "-o", "out"]).format == ("graphml", "html")
    with pytest.raises(SystemExit):
        parser.parse_args(["build", "x", "-o", "out", "--format", "graphml,pdf"])


# -- GEXF --------------------------------------------------------------------------------------------
def test_gexf_is_1_2draft_with_a_sound_structure(outputs):
    root = etree.parse(str(outputs / "graph.gexf")).getroot()
    assert root.tag == "{http://www.gexf.net/1.2draft}gexf" and root.get("version") == "1.2"
    assert gexf_structure_errors(outputs / "graph.gexf") == []


def test_gexf_reads_back_with_networkx(outputs):
    g = nx.read_gexf(outputs / "graph.gexf")
    kg = tiny_kg()
    assert set(g.nodes()) == set(kg.graph.nodes())
    assert {frozenset(e) for e in g.edges()} == {frozenset(e) for e in kg.graph.edges()}
    assert g.nodes["organisation:meti"]["label"] == "Ministry of Economy, Trade and Industry"
    assert g.nodes["person:aiko-sato"]["mentions"] == 4
    assert g.edges["person:aiko-sato", "organisation:meti"]["weight"] == 7.0


def test_gexf_nodes_carry_viz_colour_size_and_position(outputs):
    g = nx.read_gexf(outputs / "graph.gexf")
    viz = g.nodes["person:aiko-sato"]["viz"]
    assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == (31, 119, 180)
    assert viz["size"] > 10
    assert set(viz["position"]) >= {"x", "y"}
    positions = {(d["viz"]["position"]["x"], d["viz"]["position"]["y"]) for _, d in g.nodes(data=True)}
    assert len(positions) == g.number_of_nodes()


def test_gexf_meeting_edges_carry_one_spell_per_meeting_date(outputs):
    root = etree.parse(str(outputs / "graph.gexf")).getroot()
    graph = root.find("g:graph", GEXF)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    spells = {}
    for edge in graph.findall("g:edges/g:edge", GEXF):
        key = frozenset((edge.get("source"), edge.get("target")))
        spells[key] = [(s.get("start"), s.get("end")) for s in edge.findall("g:spells/g:spell", GEXF)]
    assert spells[frozenset(("person:aiko-sato", "organisation:meti"))] == [
        ("2025-07-30", "2025-07-30"), ("2025-08-02", "2025-08-02")]
    assert spells[frozenset(("person:aiko-sato", "person:ken-ito"))] == [("2025-07-31", "2025-07-31")]
    assert spells[frozenset(("person:aiko-sato", "place:tokyo"))] == []
    assert graph.findall("g:nodes/g:node/g:spells", GEXF) == []


def test_gexf_without_dated_meetings_stays_static(tmp_path):
    kg = tiny_kg()
    for *_, d in kg.graph.edges(data=True):
        d["meeting_dates"] = []
    path = write_gexf(kg, tmp_path / "g.gexf")
    graph = etree.parse(str(path)).getroot().find("g:graph", GEXF)
    assert graph.get("mode") == "static" and graph.findall(".//g:spell", GEXF) == []


def test_gexf_round_trips_every_value_and_hostile_text(tmp_path):
    from graphkit.export import prepare

    kg = tiny_kg()
    hostile = "<script>alert(1)</script> \"quoted\" & 'single'\r\nline\ttab \x00\ud800 \u202e \U0001f680"
    kg.graph.add_node("place:odd id <1>", label=hostile, type="place", aliases=[hostile], mentions=1)
    kg.graph.add_edge("place:odd id <1>", "place:tokyo", weight=1.0, evidence=[hostile], kind="cooccurrence")
    path = write_gexf(kg, tmp_path / "g.gexf")
    assert gexf_structure_errors(path) == []
    g = nx.read_gexf(path)
    data = prepare(kg)
    for node, attrs in data.scalar_nodes():
        got = g.nodes[node]
        assert got["label"] == attrs["label"]
        for key in ("aliases", "mentions", "type", "documents"):
            assert got[key] == attrs[key], (node, key)
    for eid, u, v, attrs in data.scalar_edges():
        got = g.edges[u, v]
        assert got["id"] == eid and got["weight"] == attrs["weight"]
        for key in ("evidence", "meetings", "cooccurrences", "kind", "meeting_dates"):
            assert got[key] == attrs[key], (eid, key)
    assert "<script>" not in path.read_text(encoding="utf-8")


def test_gexf_structure_check_reports_a_broken_file(tmp_path, outputs):
    text = (outputs / "graph.gexf").read_text(encoding="utf-8")
    broken = tmp_path / "broken.gexf"
    broken.write_text(text.replace('target="place:tokyo"', 'target="place:nowhere"'), encoding="utf-8")
    assert any("missing node" in e for e in gexf_structure_errors(broken))


# -- JSON --------------------------------------------------------------------------------------------
def test_json_is_node_link_with_an_edges_key(outputs):
    data = json.loads((outputs / "graph.json").read_text(encoding="utf-8"))
    assert set(data) == {"directed", "multigraph", "graph", "nodes", "edges"}
    assert data["directed"] is False and len(data["nodes"]) == 4 and len(data["edges"]) == 3
    try:
        g = nx.node_link_graph(data, edges="edges")
    except TypeError:
        g = nx.node_link_graph(data, link="edges")
    assert {frozenset(e) for e in g.edges()} == {frozenset(e) for e in tiny_kg().graph.edges()}


def test_json_keeps_lists_as_lists_and_adds_layout(outputs):
    data = json.loads((outputs / "graph.json").read_text(encoding="utf-8"))
    sato = next(n for n in data["nodes"] if n["id"] == "person:aiko-sato")
    assert sato["aliases"] == ["A. Sato", "Sato; Aiko"] and sato["documents"] == ["d1", "d2"]
    assert isinstance(sato["x"], float) and sato["color"] == "#1f77b4"
    meeting = next(e for e in data["edges"] if e["meetings"] == 2)
    assert meeting["meeting_dates"] == ["2025-07-30", "2025-08-02"] and meeting["id"].startswith("e")


def test_json_keys_are_sorted(outputs):
    text = (outputs / "graph.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


# -- CSV for Neo4j -----------------------------------------------------------------------------------
FIELD = re.compile(
    r"^(?:[A-Za-z_][A-Za-z0-9_]*)?:(?:ID|LABEL|START_ID|END_ID|TYPE|IGNORE)$"
    r"|^[A-Za-z_][A-Za-z0-9_]*(?::(?:int|long|float|double|boolean|byte|short|char|string|date)(?:\[\])?)?$"
)


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def test_csv_headers_follow_the_neo4j_import_grammar(outputs):
    nodes_header, _ = read_csv(outputs / "nodes.csv")
    edges_header, _ = read_csv(outputs / "edges.csv")
    for field in nodes_header + edges_header:
        assert FIELD.match(field), field
    assert nodes_header[:2] == ["id:ID", ":LABEL"]
    assert edges_header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"mentions:int", "aliases:string[]", "label", "x:double", "r:int"} <= set(nodes_header)
    assert {"weight:double", "meetings:int", "meeting_dates:string[]", "evidence:string[]"} <= set(edges_header)
    for header in (nodes_header, edges_header):
        names = [f.split(":")[0] for f in header if f.split(":")[0]]
        assert len(names) == len(set(names))


def test_csv_relationships_join_existing_nodes(outputs):
    _, nodes = read_csv(outputs / "nodes.csv")
    header, edges = read_csv(outputs / "edges.csv")
    ids = {row[0] for row in nodes}
    assert len(ids) == len(nodes) == 4
    assert len(edges) == 3
    for row in edges:
        assert row[0] in ids and row[1] in ids


def test_csv_values_parse_back_to_typed_properties_and_arrays(outputs):
    header, nodes = read_csv(outputs / "nodes.csv")
    sato = dict(zip(header, next(r for r in nodes if r[0] == "person:aiko-sato")))
    assert sato[":LABEL"].split(";") == ["Entity", "Person"]
    assert int(sato["mentions:int"]) == 4
    assert sato["aliases:string[]"].split(";") == ["A. Sato", "Sato, Aiko"]
    header, edges = read_csv(outputs / "edges.csv")
    rows = [dict(zip(header, r)) for r in edges]
    meeting = next(r for r in rows if r["meetings:int"] == "2")
    assert meeting[":TYPE"] == "MEETING"
    assert meeting["meeting_dates:string[]"].split(";") == ["2025-07-30", "2025-08-02"]
    assert float(meeting["weight:double"]) == 7.0
    assert {r[":TYPE"] for r in rows} == {"MEETING", "COOCCURRENCE"}


def test_csv_rows_hold_no_line_breaks(outputs):
    for name in ("nodes.csv", "edges.csv"):
        lines = (outputs / name).read_text(encoding="utf-8").splitlines()
        _, rows = read_csv(outputs / name)
        assert len(lines) == len(rows) + 1


def test_csv_failure_replaces_neither_file(tmp_path, monkeypatch):
    import graphkit.export_formats as formats

    nodes, edges = write_csv(tiny_kg(), tmp_path / "nodes.csv", tmp_path / "edges.csv")
    before = nodes.read_bytes(), edges.read_bytes()
    kg = tiny_kg()
    kg.graph.add_node("place:osaka", label="Osaka", type="place", mentions=1)
    monkeypatch.setattr(formats, "neo4j_type", lambda kind: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        write_csv(kg, nodes, edges)
    assert (nodes.read_bytes(), edges.read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edges.csv", "nodes.csv"]


# -- determinism -------------------------------------------------------------------------------------
SCRIPT = r"""
import sys, networkx as nx
from graphkit.export import write_all
from graphkit.graph import KnowledgeGraph
names = {"person:aiko-sato", "person:ken-ito", "organisation:meti", "place:tokyo", "place:osaka",
         "sector:semiconductors", "organisation:jetro", "person:mika-tanaka"}
g = nx.Graph()
for n in names:  # insertion order follows PYTHONHASHSEED
    g.add_node(n, label=n.split(":")[1].title(), type=n.split(":")[0], aliases=[n, n.upper()],
               mentions=len(n), documents=["d1", "d2"])
for a in names:
    for b in names:
        if a < b and (len(a) + len(b)) % 3 == 0:
            g.add_edge(b, a, weight=float(len(a) % 4 + 1), meetings=len(b) % 2, kind="meeting",
                       meeting_dates=["2025-07-30", "2025-08-01"], evidence=["x", "y"])
write_all(KnowledgeGraph(graph=g), sys.argv[1], ["graphml", "gexf", "json", "csv"])
"""


def test_outputs_are_byte_identical_across_runs_and_hash_seeds(tmp_path):
    results = []
    for seed in ("1", "2", "2"):
        out = tmp_path / f"seed{len(results)}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", SCRIPT, str(out)], check=True, env=env, cwd=ROOT, timeout=300)
        results.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert sorted(results[0]) == ["edges.csv", "graph.gexf", "graph.graphml", "graph.json", "nodes.csv"]
    assert results[0] == results[1] == results[2]
