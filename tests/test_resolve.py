"""Specification of corpus-level resolution: one node per real entity, never two people merged."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from graphkit.names import name_tokens, org_key
from graphkit.records import DocumentRecord, Entity, Mention
from graphkit.resolve import resolve

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _ent(key: str, name: str, etype: str, aliases=(), code: str = "") -> Entity:
    return Entity(key=key, name=name, type=etype, aliases=list(aliases), code=code, mentions=[Mention(name, 0, len(name), 0)])


def _doc(doc_id: str, *entities: Entity) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, entities=list(entities))


def _labels(entities, etype):
    return sorted(e.label for e in entities.values() if e.type == etype)


def test_legal_suffix_variants_are_one_organisation():
    ents, _ = resolve([
        _doc("a", _ent("o1", "Hoshino Precision Co., Ltd.", "organisation")),
        _doc("b", _ent("o1", "Hoshino Precision", "organisation")),
    ])
    assert _labels(ents, "organisation") == ["Hoshino Precision Co., Ltd."]


def test_an_acronym_defined_in_one_document_joins_its_use_in_another():
    ents, _ = resolve([
        _doc("a", _ent("o1", "Japan External Trade Organization", "organisation", aliases=["JETRO"])),
        _doc("b", _ent("o1", "JETRO", "organisation")),
    ])
    assert _labels(ents, "organisation") == ["Japan External Trade Organization"]


def test_a_state_code_and_the_state_name_are_one_place():
    ents, _ = resolve([
        _doc("a", _ent("p1", "Maharashtra", "place", aliases=["MH"], code="IN-MH")),
        _doc("b", _ent("p1", "MH", "place", code="IN-MH")),
    ])
    assert _labels(ents, "place") == ["Maharashtra"]


def test_surname_only_mention_joins_the_one_full_name():
    ents, index = resolve([
        _doc("a", _ent("k1", "Anita Deshmukh", "person")),
        _doc("b", _ent("k1", "Deshmukh", "person")),
    ])
    assert _labels(ents, "person") == ["Anita Deshmukh"]
    assert index[("a", "k1")] == index[("b", "k1")]


def test_partial_name_joins_the_longest_name_holding_it():
    ents, _ = resolve([
        _doc("a", _ent("k1", "Khalid Nasser Al Mansoori", "person")),
        _doc("b", _ent("k1", "Al Mansoori", "person")),
        _doc("c", _ent("k1", "Khalid Al Mansoori", "person")),
    ])
    assert _labels(ents, "person") == ["Khalid Nasser Al Mansoori"]


def test_two_people_sharing_a_surname_are_never_merged():
    ents, _ = resolve([
        _doc("a", _ent("k1", "Arjun Nair", "person")),
        _doc("b", _ent("k1", "Kavya Nair", "person")),
        _doc("c", _ent("k1", "Nair", "person")),
    ])
    labels = _labels(ents, "person")
    assert "Arjun Nair" in labels and "Kavya Nair" in labels
    assert len(labels) == 3  # the bare surname cannot be told apart, so it stays on its own


def test_same_name_different_types_stay_apart():
    ents, _ = resolve([
        _doc("a", _ent("p1", "Singapore", "place", code="SG")),
        _doc("b", _ent("o1", "Singapore Airlines", "organisation")),
    ])
    assert _labels(ents, "place") == ["Singapore"] and _labels(ents, "organisation") == ["Singapore Airlines"]


@pytest.fixture(scope="module")
def corpus_kg(extractor):
    docs = SHARED / "corpus" / "docs"
    if not docs.is_dir():
        pytest.skip("shared corpus not available")
    import graphkit

    return graphkit.build([docs, SHARED / "seeds"])


def test_whole_corpus_has_no_surname_twins(corpus_kg):
    people = [n["label"] for n in corpus_kg.entities("person")]
    for a, b in itertools.permutations(people, 2):
        ta, tb = set(name_tokens(a)), set(name_tokens(b))
        if ta < tb:
            # a shorter name may stay on its own only when two longer names could claim it
            claimants = [p for p in people if ta < set(name_tokens(p))]
            assert len(claimants) > 1, f"{a!r} beside {b!r}"


def test_whole_corpus_has_one_node_per_organisation_name(corpus_kg):
    keys = [org_key(n["label"]) for n in corpus_kg.entities("organisation")]
    assert len(keys) == len(set(keys))


def test_whole_corpus_has_no_state_code_beside_its_state(corpus_kg):
    from graphkit.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    labels = {n["label"] for n in corpus_kg.entities()}
    place_names = {gaz.lookup(n["label"]).name for n in corpus_kg.entities("place") if gaz.lookup(n["label"])}
    for label in labels:
        if label.isupper() and len(label) <= 3:
            assert gaz.abbreviation(label, place_names) is None, f"{label!r} beside the state it abbreviates"


def test_whole_corpus_keeps_people_who_share_a_surname_apart(extractor):
    docs = SHARED / "corpus" / "docs"
    if not docs.is_dir():
        pytest.skip("shared corpus not available")
    from graphkit.documents import iter_documents

    records = list(extractor.pipe(iter_documents([docs, SHARED / "seeds"], [])))
    full = {e.name for r in records for e in r.entities if e.type == "person" and len(name_tokens(e.name)) >= 2}
    # distinct full names, none a part of another: each must stay its own node
    distinct = {n for n in full if not any(set(name_tokens(n)) < set(name_tokens(o)) for o in full)}
    surnames = [name_tokens(n)[-1] for n in distinct]
    assert len(surnames) > len(set(surnames)), "the corpus should contain people who share a surname"
    ents, _ = resolve(records)
    labels = {e.label for e in ents.values() if e.type == "person"}
    assert distinct <= labels


def test_british_and_american_spellings_of_one_company_are_one_node():
    ents, _ = resolve([
        _doc("a", _ent("o1", "Marlow Harbour Logistics Corp.", "organisation")),
        _doc("b", _ent("o1", "Marlow Harbor Logistics", "organisation")),
    ])
    assert len(_labels(ents, "organisation")) == 1


def test_a_place_written_with_and_without_a_space_is_one_node():
    ents, _ = resolve([
        _doc("a", _ent("p1", "Rio Verde Norte", "place")),
        _doc("b", _ent("p1", "Rioverde Norte", "place")),
    ])
    assert len(_labels(ents, "place")) == 1


def test_close_names_that_differ_in_a_number_or_a_word_stay_apart():
    ents, _ = resolve([
        _doc("a", _ent("o1", "Global Investors Summit 2024", "organisation"),
             _ent("o2", "Ministry of Energy", "organisation")),
        _doc("b", _ent("o1", "Global Investors Summit 2025", "organisation"),
             _ent("o2", "Ministry of Economy", "organisation")),
    ])
    assert len(_labels(ents, "organisation")) == 4


def test_people_are_never_merged_by_spelling_similarity():
    ents, _ = resolve([
        _doc("a", _ent("p1", "Arjun Mehta", "person")),
        _doc("b", _ent("p1", "Arjun Mehra", "person")),
    ])
    assert _labels(ents, "person") == ["Arjun Mehra", "Arjun Mehta"]
