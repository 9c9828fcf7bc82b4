"""Hostile text never breaks the build or the GraphML (the HTML side: tests/test_html.py in Chromium)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import graphkit
from graphkit.cli import main
from graphkit.export import FORMATS

from .conftest import XSD_DIR

# libxml2 reads the catalog when it first resolves a schema import: set it before any test runs
os.environ.setdefault("XML_CATALOG_FILES", str(XSD_DIR / "catalog.xml"))

LONG_NAME = "Dr. " + " ".join(["Aaaaaaaaa"] * 1000)  # a 10,000-character "name"
HOSTILE = [
    "Dr. <script>alert('x')</script> Tanaka met Mr. Rahul Mehta in Tokyo.",
    "Ms. Priya </script><img src=x onerror=alert(1)> Nair of Tata Motors visited Osaka.",
    'The <a href="javascript:alert(document.cookie)">Ministry of Economy, Trade and Industry</a> hosted talks.',
    "Mr. Kenji \u202eotomaT\u202c and Ms. \u200fLayla Haddad\u200f met in Dubai on 3 May 2024.",
    "Control \x00\x01\x02\x07\x08\x0b\x0c\x0e\x1f\x7f\x85 characters around Mr. Ivan Petrov in Kyoto.",
    "Lone surrogates \ud800 and \udfff next to Dr. Maria Lopez \ud83d\ude00 in Madrid.",
    "Emoji 🎉🇯🇵👩‍💻 from Mr. Sato 😀 of Sony Group Corporation in Tokyo.",
    "Mr. ]]><!-- --><?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>&e; met Ms. Ana Silva.",
    "\ufffe\uffff noncharacters with Ms. Chen Wei of Huawei Technologies in Shenzhen.",
    LONG_NAME + " met the Ministry of Economy, Trade and Industry in Tokyo.",
    "Mr. " + "X" * 10_000 + " visited Osaka Prefecture Government.",
]


@pytest.fixture(scope="module")
def schema(graphml_xsd: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(graphml_xsd), etree.XMLParser(no_network=True)))


def assert_valid_graphml(path: Path, schema: etree.XMLSchema) -> nx.Graph:
    data = path.read_bytes()
    data.decode("utf-8")  # strict: no surrogates or broken sequences
    doc = etree.fromstring(data, etree.XMLParser(no_network=True, huge_tree=True, resolve_entities=False))
    assert schema.validate(doc), schema.error_log.filter_from_errors()
    return nx.read_graphml(path)


def test_hostile_documents_build_and_give_valid_graphml(tmp_path: Path, schema, extractor) -> None:
    kg = graphkit.build([(f"h{i}", text) for i, text in enumerate(HOSTILE)])
    assert len(kg.documents) == len(HOSTILE)
    assert kg.graph.number_of_nodes() > 5
    paths = kg.write(tmp_path, list(FORMATS))
    g = assert_valid_graphml(tmp_path / "graph.graphml", schema)
    assert g.number_of_nodes() == kg.graph.number_of_nodes()
    labels = " ".join(d.get("label", "") for _, d in g.nodes(data=True))
    assert "Rahul Mehta" in labels and "Tokyo" in labels
    for path in paths:
        assert path.stat().st_size > 0
    text = (tmp_path / "graph.graphml").read_text(encoding="utf-8")
    assert "<script" not in text and "<img" not in text and "<!ENTITY" not in text  # escaped, never markup
    if "json" in FORMATS:
        json.loads((tmp_path / FORMATS["json"]).read_text(encoding="utf-8"))


def test_hostile_files_through_the_cli(tmp_path: Path, schema, capsys, extractor) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i, text in enumerate(HOSTILE):
        (src / f"h{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    (src / "page.html").write_text("<html><body>" + "".join(f"<p>{t}</p>" for t in HOSTILE[:4]) + "</body></html>",
                                   encoding="utf-8")
    (src / "feed.jsonl").write_text("\n".join(json.dumps({"text": t}) for t in HOSTILE), encoding="utf-8")
    status = main(["build", str(src), "-o", str(tmp_path / "out"), "-q"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert status in (0, 3)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    # files with lone surrogates encoded (invalid UTF-8) are still read: never a crash
    assert report["counts"]["documents_built"] >= len(HOSTILE) * 2
    assert_valid_graphml(tmp_path / "out" / "graph.graphml", schema)


FRAGMENTS = st.sampled_from(
    HOSTILE[:9]
    + ["Dr. Aiko Tanaka", "Mr. Rahul Mehta", "Tokyo", "Ministry of Economy, Trade and Industry", "met", "visited",
       "\n\n", "**", "# ", "30 July 2025", "(METI)", "CEO,", "</data>", "&amp;", "\"'", "\u2028", "\t"]
)
TEXTS = st.lists(
    st.one_of(FRAGMENTS, st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=80)),
    min_size=0, max_size=12,
).map(" ".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(docs=st.lists(TEXTS, min_size=1, max_size=3))
def test_any_unicode_documents_build_to_valid_graphml(docs: list[str], tmp_path: Path, schema, extractor) -> None:
    kg = graphkit.build([(f"d{i}", text) for i, text in enumerate(docs)])
    assert len(kg.documents) == len(docs)
    out = tmp_path / f"g{abs(hash(tuple(docs)))}.graphml"
    kg.write_graphml(out)
    g = assert_valid_graphml(out, schema)
    assert g.number_of_nodes() == kg.graph.number_of_nodes()
    assert g.number_of_edges() == kg.graph.number_of_edges()


@settings(max_examples=150, deadline=None)
@given(data=st.one_of(st.binary(max_size=3000), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".json", ".csv"]))
def test_any_bytes_in_any_format_are_read_or_refused_with_a_reason(data: bytes, suffix: str) -> None:
    import tempfile

    from graphkit.documents import Document, DocumentError
    from graphkit.readers import read_source

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        for item in read_source(path):
            assert isinstance(item, (Document, DocumentError))
            if isinstance(item, DocumentError):
                assert item.reason and item.source.startswith(str(path))
            else:
                assert item.text.strip() and item.id


def test_letters_newer_than_the_schema_tables_still_validate(tmp_path: Path, schema, extractor) -> None:
    # found by the property test: a Syriac letter is a letter to Unicode but not an NMTOKEN to libxml2
    kg = graphkit.build([("d0", "Dr. Aiko Tanaka A\u0710 met Mr. Rahul Mehta in Tokyo.")])
    kg.write_graphml(tmp_path / "g.graphml")
    assert_valid_graphml(tmp_path / "g.graphml", schema)
