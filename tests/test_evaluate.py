"""Specification of ``graphkit evaluate``: the scorer as a product feature."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from graphkit.evaluate import Gold, GoldError, evaluate, norm, prf, score_graph


def _gold(entities, meetings=()):
    return Gold({"doc": "d", "entities": list(entities), "meetings": list(meetings)})


def _graph(nodes, meetings=()):
    g = nx.Graph()
    for i, (label, etype, *aliases) in enumerate(nodes):
        g.add_node(f"n{i}", label=label, type=etype, aliases=";".join(aliases))
    for u, v in meetings:
        g.add_edge(u, v, meetings=1)
    return g


def test_norm_folds_case_punctuation_possessive_and_leading_the():
    assert norm("The Ministry of Economy, Trade & Industry's") == "ministry of economy trade and industry"


def test_label_or_alias_match_counts_once():
    gold = _gold([{"name": "Japan External Trade Organization", "type": "organisation", "aliases": ["JETRO"]}])
    result = score_graph(gold, _graph([("JETRO", "organisation")]))
    assert result.tp["organisation"] == 1 and not result.fp and not result.fn


def test_second_node_for_the_same_entity_is_a_false_positive():
    gold = _gold([{"name": "Japan External Trade Organization", "type": "organisation", "aliases": ["JETRO"]}])
    result = score_graph(gold, _graph([("JETRO", "organisation"), ("Japan External Trade Organization", "organisation")]))
    assert result.tp["organisation"] == 1 and result.fp["organisation"] == 1
    assert any("duplicate" in e for e in result.errors)


def test_right_name_with_wrong_type_is_wrong_and_missed():
    gold = _gold([{"name": "Tokyo", "type": "place"}])
    result = score_graph(gold, _graph([("Tokyo", "organisation")]))
    assert result.fp["organisation"] == 1 and result.fn["place"] == 1


def test_also_types_count_as_right():
    gold = _gold([{"name": "Expo Park", "type": "place", "also": ["organisation"]}])
    assert score_graph(gold, _graph([("Expo Park", "organisation")])).tp["organisation"] == 1


def test_optional_entity_is_neither_missed_nor_wrong():
    gold = _gold([{"name": "Tokyo", "type": "place", "optional": True}])
    assert not score_graph(gold, _graph([])).fn
    assert not score_graph(gold, _graph([("Tokyo", "place")])).fp


def test_nodes_of_other_types_are_not_scored():
    assert not score_graph(_gold([]), _graph([("30 July 2025", "date")])).fp


def test_meeting_pairs_right_wrong_and_missed():
    gold = _gold(
        [{"name": n, "type": "person"} for n in ("Ann Lee", "Bo Chen", "Cy Diaz")],
        [{"participants": ["Ann Lee", "Bo Chen", "Cy Diaz"]}],
    )
    graph = _graph([("Ann Lee", "person"), ("Bo Chen", "person"), ("Cy Diaz", "person"), ("Dee Fox", "person")],
                   meetings=[("n0", "n1"), ("n0", "n3")])
    result = score_graph(gold, graph)
    assert (result.m_tp, result.m_fp, result.m_fn) == (1, 1, 2)


def test_planned_meeting_pairs_may_be_found_or_not():
    gold = _gold([{"name": n, "type": "person"} for n in ("Ann Lee", "Bo Chen")],
                 [{"participants": ["Ann Lee", "Bo Chen"], "planned": True}])
    with_edge = score_graph(gold, _graph([("Ann Lee", "person"), ("Bo Chen", "person")], [("n0", "n1")]))
    without = score_graph(gold, _graph([("Ann Lee", "person"), ("Bo Chen", "person")]))
    assert (with_edge.m_tp, with_edge.m_fp, with_edge.m_fn) == (0, 0, 0)
    assert (without.m_tp, without.m_fp, without.m_fn) == (0, 0, 0)


def test_prf_is_zero_when_undefined():
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert prf(1, 1, 0) == pytest.approx((0.5, 1.0, 2 / 3))


def test_malformed_gold_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"doc": "x"}', encoding="utf-8")
    with pytest.raises(GoldError, match="x.json"):
        Gold.load(bad)
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="cannot read"):
        Gold.load(bad)


def test_missing_document_is_a_clear_error(tmp_path):
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "a.json").write_text(json.dumps({"doc": "a", "entities": []}), encoding="utf-8")
    with pytest.raises(GoldError, match="no document a.txt"):
        evaluate(tmp_path / "g", [tmp_path], build=lambda p: nx.Graph())


def test_cli_evaluate_prints_table_and_errors(tmp_path, capsys, extractor):
    from graphkit.cli import main

    (tmp_path / "gold").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "note.txt").write_text(
        "Trade talks\n\nTokyo, 3 March 2025: Ms. Ann Whitfield met officials of Toyota Motor Corporation in Tokyo.\n",
        encoding="utf-8",
    )
    gold = {"doc": "note", "entities": [
        {"name": "Ann Whitfield", "type": "person", "aliases": []},
        {"name": "Toyota Motor Corporation", "type": "organisation", "aliases": []},
        {"name": "Tokyo", "type": "place", "aliases": []},
        {"name": "Kyoto", "type": "place", "aliases": []},
    ], "meetings": [{"participants": ["Ann Whitfield", "Toyota Motor Corporation"]}]}
    (tmp_path / "gold" / "note.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["evaluate", str(tmp_path / "gold"), str(tmp_path / "docs"), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "FN place: 'Kyoto'" in out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line[:1].isalpha() and "F1" not in line}
    assert rows["place"][6] == "1"  # tp fp fn: Tokyo found, Kyoto missed
    assert rows["meetings"][4] == "1"


def test_cli_evaluate_reports_missing_gold_folder(tmp_path, capsys):
    from graphkit.cli import main

    assert main(["evaluate", str(tmp_path / "nope"), str(tmp_path)]) == 2
    assert "no such gold folder" in capsys.readouterr().err
