"""Local extraction engines: worker pools give the same graph as one process, in order, streamed."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import graphkit
from graphkit.cli import main
from graphkit.config import Config
from graphkit.documents import Document
from graphkit.engine import LocalEngine, extract_stream, get_engine, resolve_jobs
from graphkit.cache import ExtractionCache

from .conftest import SEEDS

SENTENCES = [
    "Tokyo, 3 March 2025: Mr. Kenji Sato, President of Sato Robotics Corporation, met the Governor of Osaka.",
    "New Delhi, 5 April 2025: Dr. Anita Rao, Secretary of the Ministry of Commerce, held talks with officials "
    "of the Japan External Trade Organization on textiles.",
    "Hanoi, 9 May 2025: The Vietnam Chamber of Commerce and Industry hosted Mr. Tran Van Minh at a forum on "
    "renewable energy.",
    "Berlin, 12 June 2025: Ms. Petra Vogel, CEO of Vogel Systems GmbH, visited Chennai and met officials.",
]


def _docs(n: int) -> list[Document]:
    return [Document(id=f"doc{i:03d}", text=SENTENCES[i % len(SENTENCES)] + f" Reference {i}.") for i in range(n)]


def _graphml(kg, path: Path) -> bytes:
    return kg.write_graphml(path).read_bytes()


def test_jobs_two_builds_a_byte_identical_graph(tmp_path, extractor):
    sources = [SEEDS, *[(d.id, d.text) for d in _docs(12)]]
    one = graphkit.build(sources, Config(jobs=1))
    two = graphkit.build(sources, Config(jobs=2))
    assert _graphml(one, tmp_path / "one.graphml") == _graphml(two, tmp_path / "two.graphml")
    assert one.graph.number_of_nodes() > 20


def test_pool_yields_records_in_input_order(extractor):
    docs = _docs(21)
    records = list(LocalEngine(2, batch_size=2).map(iter(docs), Config()))
    assert [r.doc_id for r in records] == [d.id for d in docs]
    serial = list(LocalEngine(1).map(iter(docs), Config()))
    assert [r.to_dict() for r in records] == [r.to_dict() for r in serial]


def test_pool_streams_documents_instead_of_reading_them_all(extractor):
    consumed = 0

    def source():
        nonlocal consumed
        for doc in _docs(40):
            consumed += 1
            yield doc

    stream = LocalEngine(2, batch_size=1).map(source(), Config())
    first = next(stream)
    assert first.doc_id == "doc000"
    assert consumed <= 2 * 3 + 1  # a bounded window, not the corpus
    stream.close()


def test_resolve_jobs():
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert resolve_jobs(0) == cores
    assert resolve_jobs(3) == 3
    with pytest.raises(ValueError):
        resolve_jobs(-1)
    with pytest.raises(ValueError, match="unknown engine"):
        get_engine("spark")


def test_cached_and_extracted_records_come_back_in_input_order(tmp_path, extractor):
    docs = _docs(10)
    with ExtractionCache.open(tmp_path / "c.sqlite") as cache:
        list(extract_stream(docs[::3], Config(), cache=cache))  # every third one cached
        assert cache.stored == 4
        records = list(extract_stream(docs, Config(), engine=LocalEngine(2, batch_size=2), cache=cache))
        assert cache.hits == 4 and cache.stored == 10
    assert [r.doc_id for r in records] == [d.id for d in docs]


def test_records_do_not_keep_the_document_text(extractor):
    doc = _docs(1)[0]
    record = next(LocalEngine(1).map([doc], Config()))
    assert "text" not in record.to_dict()


def test_cli_jobs_zero_and_two_match_jobs_one(tmp_path, capsys, extractor):
    outs = {}
    for jobs in ("1", "2", "0"):
        out = tmp_path / f"j{jobs}"
        assert main(["build", str(SEEDS), "-o", str(out), "--format", "graphml", "--jobs", jobs, "--no-cache", "-q"]) == 0
        outs[jobs] = (out / "graph.graphml").read_bytes()
    assert outs["1"] == outs["2"] == outs["0"]
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "x"), "--jobs", "-1"]) == 2
    assert main(["build", str(SEEDS), "-o", str(tmp_path / "x"), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_a_local_build_freezes_the_loaded_model_out_of_the_cyclic_collector(extractor):
    import gc

    list(LocalEngine(1).map(_docs(2), Config(jobs=1)))
    assert gc.get_freeze_count() > 0  # the model's objects are no longer rescanned by every full collection


def test_records_from_pipe_match_a_doc_whose_text_spacy_joins_itself(extractor):
    doc = _docs(1)[0]
    streamed = next(extractor.pipe([doc]))
    ner_text, header = extractor._prepare(doc)
    parsed = extractor.nlp(ner_text)
    assert parsed.text == ner_text  # what pipe() hands the rules instead of joining the tokens again
    assert extractor._record(doc, parsed, header).to_dict() == streamed.to_dict()


def test_a_serial_build_freezes_each_batch_it_keeps(extractor):
    import gc

    before = gc.get_freeze_count()
    records = list(LocalEngine(1, batch_size=2).map(_docs(4), Config(jobs=1)))
    assert len(records) == 4 and gc.get_freeze_count() > before  # the kept records leave the collector's way
