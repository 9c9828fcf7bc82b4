"""The end-to-end build: seeds in, graph and committed outputs out."""
from __future__ import annotations

import subprocess
from pathlib import Path

import networkx as nx
import pytest

import graphkit
from graphkit.export import FORMATS

from .conftest import ROOT, SEEDS, SHARED


def test_seeds_are_the_shared_seed_documents_byte_for_byte():
    shared = SHARED / "seeds"
    if not shared.exists():
        pytest.skip("shared seeds not available")
    ours = sorted(p.name for p in SEEDS.iterdir())
    assert ours == sorted(p.name for p in shared.iterdir())
    for name in ours:
        assert (SEEDS / name).read_bytes() == (shared / name).read_bytes()


def _committed(path: Path) -> bytes:
    """The committed version of ``path`` (HEAD), or the file on disk outside a checkout."""
    rel = path.relative_to(ROOT).as_posix()
    try:
        return subprocess.run(
            ["git", "show", f"HEAD:{rel}"], cwd=ROOT, capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return path.read_bytes()


def test_committed_output_is_what_the_build_makes_of_seeds(tmp_path, seeds_kg):
    written = seeds_kg.write(tmp_path, FORMATS)
    assert written
    for path in written:
        committed = ROOT / "output" / path.relative_to(tmp_path)
        assert committed.exists(), f"output/{path.name} is missing: rebuild with graphkit build seeds/ -o output/"
        assert _committed(committed) == path.read_bytes(), (
            f"output/{path.name} is stale: rebuild with graphkit build seeds/ -o output/ and commit it"
        )


def test_seed_documents_get_their_dates_and_titles(seeds_kg):
    info = {d.id: d for d in seeds_kg.documents}
    assert len(info) == 2
    for doc in info.values():
        assert len(doc.date) == 10 and doc.date[4] == "-" and doc.date[7] == "-"
        assert doc.title and "\n" not in doc.title


def test_every_node_has_a_readable_id_of_its_type(seeds_kg):
    for node, data in seeds_kg.graph.nodes(data=True):
        assert data["type"] in ("person", "organisation", "place", "sector")
        assert node.startswith(data["type"] + ":")
        assert node == node.lower() and " " not in node
        assert data["label"] and data["mentions"] >= 1 and data["documents"]


def test_every_edge_carries_documents_and_evidence(seeds_kg):
    assert seeds_kg.graph.number_of_edges() > 0
    for _, _, data in seeds_kg.graph.edges(data=True):
        assert data["documents"]
        assert data["evidence"] and len(data["evidence"]) <= seeds_kg.config.max_evidence
        assert data["weight"] > 0


def test_meeting_edges_join_only_people_and_organisations(seeds_kg):
    g = seeds_kg.graph
    meetings = [(u, v, d) for u, v, d in g.edges(data=True) if d["meetings"] > 0]
    assert meetings, "the seeds describe meetings"
    for u, v, d in meetings:
        assert {g.nodes[u]["type"], g.nodes[v]["type"]} <= {"person", "organisation"}
        assert d["meeting_dates"] and d["meeting_places"]


def test_build_accepts_id_text_pairs():
    kg = graphkit.build([("note-1", "Officials of Toyota met the Governor of Aichi in Nagoya on 3 May 2024.")])
    assert [d.id for d in kg.documents] == ["note-1"]
    assert kg.documents[0].date == "2024-05-03"
    assert isinstance(kg.graph, nx.Graph)


def test_extract_returns_entities_with_offsets_into_the_text():
    text = "Shri Rakesh Verma, Managing Director of Tata Steel, visited Tokyo last week."
    rec = graphkit.extract(text)
    assert rec.entities
    for ent in rec.entities:
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text
            assert 0 <= m.sentence < len(rec.sentences)


def test_record_survives_a_round_trip_through_plain_dicts():
    rec = graphkit.extract("The Ministry of Economy, Trade and Industry met Sony in Tokyo on 4 June 2024.")
    again = graphkit.DocumentRecord.from_dict(rec.to_dict())
    assert again == rec


def test_a_missing_model_is_a_one_line_error_that_says_how_to_install():
    with pytest.raises(graphkit.ModelNotFoundError) as info:
        graphkit.load_model("no_such_pipeline_xyz")
    message = str(info.value)
    assert "\n" not in message and "pip install" in message and "no_such_pipeline_xyz" in message


def test_public_api_is_reexported_with_docstrings():
    for name in ("build", "extract", "KnowledgeGraph", "DocumentRecord", "Config", "load_model"):
        obj = getattr(graphkit, name)
        assert obj.__doc__, name
    assert graphkit.__version__


def test_a_module_that_is_not_a_spacy_pipeline_is_not_taken_for_a_model():
    with pytest.raises(graphkit.ModelNotFoundError) as info:
        graphkit.load_model("json")
    assert "pip install" in str(info.value)


def test_a_pipeline_folder_can_be_named_as_the_model(tmp_path):
    from graphkit.nlp import is_installed_pipeline, load_model

    nlp = load_model()
    folder = tmp_path / "pipeline"
    nlp.to_disk(folder)
    assert is_installed_pipeline(str(folder))
    assert load_model(str(folder)).pipe_names == nlp.pipe_names


def test_extract_takes_a_text_longer_than_the_models_limit():
    config = graphkit.Config(chunk_chars=2_000)
    paragraph = "Shri Ravi Menon, Managing Director of Kochi Metro Rail Limited, met officials in Osaka."
    text = "\n\n".join([paragraph] * 60)
    rec = graphkit.extract(text, config=config)
    people = [e for e in rec.entities if e.type == "person"]
    assert [p.name for p in people] == ["Ravi Menon"]
    assert len(people[0].mentions) == 60
    assert all(text[m.start : m.end] == m.text for m in people[0].mentions)
