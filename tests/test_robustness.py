"""Nothing lost: bad inputs skipped, huge documents in parts, foreign text, kills, determinism."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest

import graphkit
from graphkit.cache import DEFAULT_CACHE_NAME
from graphkit.chunks import DEFAULT_CHUNK_CHARS, split_text
from graphkit.config import Config
from graphkit.documents import Document
from graphkit.export import FORMATS
from graphkit.pipeline import extract_documents
from graphkit.report import STAGING_PREFIX

from .conftest import SEEDS

PARAGRAPHS = [
    "Dr. Aiko Tanaka, Director of the Tokyo Institute of Technology, met Mr. Rahul Mehta in Tokyo to discuss semiconductors.",
    "The Ministry of Economy, Trade and Industry hosted a delegation from Osaka and Kyoto on battery recycling.",
    "Ms. Priya Nair of Tata Motors visited Nagoya, where she signed an agreement with Toyota Tsusho Corporation.",
    "Officials from Hitachi and Panasonic attended a conference in Yokohama on renewable energy and hydrogen.",
]


def _long_text(chars: int) -> str:
    out, i, size = [], 0, 0
    while size < chars:
        para = f"Part {i}. " + PARAGRAPHS[i % len(PARAGRAPHS)] + " " + PARAGRAPHS[(i + 1) % len(PARAGRAPHS)]
        out.append(para)
        size += len(para) + 2
        i += 1
    return "Trade news from Japan\n\n" + "\n\n".join(out)


# -- bad inputs through the build ---------------------------------------------------------
def test_build_skips_bad_inputs_and_builds_every_other_document(tmp_path: Path, extractor) -> None:
    (tmp_path / "good.txt").write_text(PARAGRAPHS[0], encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes(PARAGRAPHS[1].replace("Kyoto", "Kyōto café").encode("utf-8"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n")
    (tmp_path / "feed.jsonl").write_text(f'{{"text": "{PARAGRAPHS[2]}"}}\n{{oops\n', encoding="utf-8")
    (tmp_path / "sheet.csv").write_text("id,notes\n1,none\n", encoding="utf-8")
    kg = graphkit.build([tmp_path])
    assert sorted(d.id for d in kg.documents) == ["feed#1", "good", "latin"]
    assert sorted((Path(s).name, r.split(" (")[0]) for s, r in kg.skipped) == [
        ("empty.txt", "empty document"),
        ("feed.jsonl:2", "malformed JSON line"),
        ("scan.txt", "binary file"),
        ("sheet.csv", "no text column"),
    ]
    assert kg.summary()["skipped"] == 4
    assert any(d["label"] == "Aiko Tanaka" for _, d in kg.graph.nodes(data=True))


def test_strict_build_raises(tmp_path: Path, extractor) -> None:
    (tmp_path / "a.txt").write_text(PARAGRAPHS[0], encoding="utf-8")
    (tmp_path / "b.txt").write_text("   ", encoding="utf-8")
    with pytest.raises(graphkit.DocumentError, match="empty document"):
        graphkit.build([tmp_path], Config(strict=True))


# -- huge documents -----------------------------------------------------------------------
def test_split_text_covers_the_text_exactly_at_paragraph_boundaries() -> None:
    text = _long_text(20_000)
    spans = split_text(text, 2_000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(0 < e - s <= 2_000 for s, e in spans)
    assert all(text[s - 2 : s] == "\n\n" for s, _ in spans[1:])
    # no paragraph break in reach: cut at a space, else exactly at the limit
    words = split_text("word " * 1000, 301)
    assert all(("word " * 1000)[e - 1] == " " for _, e in words[:-1])
    assert split_text("x" * 1000, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]
    assert split_text("short", 300) == [(0, 5)]
    assert DEFAULT_CHUNK_CHARS < 1_000_000  # spaCy's default max_length


def _check_offsets(doc: Document, record) -> None:
    assert record.entities
    for ent in record.entities:
        for m in ent.mentions:
            assert doc.text[m.start : m.end] == m.text
            assert 0 <= m.sentence < len(record.sentences)
            assert " ".join(m.text.split()) in record.sentences[m.sentence]
    keys = [e.key for e in record.entities]
    assert len(keys) == len(set(keys))
    for meeting in record.meetings:
        assert set(meeting.participants) <= set(keys)
        assert 0 <= meeting.sentence < len(record.sentences)


def test_long_document_is_extracted_in_parts_with_offsets_into_the_full_text(extractor) -> None:
    doc = Document("long", _long_text(12_000))
    (whole,) = extract_documents([doc], Config())
    (parts,) = extract_documents([doc], Config(chunk_chars=1_500))
    _check_offsets(doc, whole)
    _check_offsets(doc, parts)
    assert any("extracted in" in w for w in parts.warnings)
    assert parts.doc_id == "long" and parts.title == "Trade news from Japan"
    # mentions are found all through the text, not only in the first part
    assert max(m.start for e in parts.entities for m in e.mentions) > 10_000

    def places(rec):
        return sorted((m.start, m.end) for e in rec.entities if e.type == "place" for m in e.mentions)

    assert places(parts) == places(whole)


def test_document_longer_than_the_models_max_length_builds(extractor, monkeypatch) -> None:
    monkeypatch.setattr(extractor.nlp, "max_length", 5_000)
    doc = Document("huge", _long_text(20_000))
    with pytest.raises(ValueError, match="max_length"):  # the positive control: unsplit, spaCy refuses it
        list(extract_documents([doc], Config(chunk_chars=10**9)))
    kg = graphkit.build([doc], Config(chunk_chars=4_000))
    assert [d.id for d in kg.documents] == ["huge"]
    assert kg.graph.number_of_nodes() > 5
    assert any(w[0] == "huge" and "parts" in w[1] for w in kg.warnings)


# -- foreign text -------------------------------------------------------------------------
def test_non_english_documents_build_with_a_warning(extractor) -> None:
    docs = [
        ("fr", "La délégation de Tokyo a rencontré les responsables du ministère à Paris pour discuter du commerce "
               "et des semi-conducteurs avec les entreprises françaises et japonaises. " * 3),
        ("ja", "経済産業省の代表団が東京で会談し、半導体の協力について話し合った。" * 5),
        ("ru", "Делегация из Москвы посетила Токио и провела переговоры с министерством. " * 4),
        ("en", PARAGRAPHS[0] + " " + PARAGRAPHS[1]),
    ]
    kg = graphkit.build(docs)
    assert sorted(d.id for d in kg.documents) == ["en", "fr", "ja", "ru"]
    warned = {doc_id for doc_id, message in kg.warnings if "English" in message}
    assert warned == {"fr", "ja", "ru"}


# -- killed runs --------------------------------------------------------------------------
def _cli(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "graphkit.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw
    )


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = f"News item {i}\n\n" + " ".join(PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(3))
        (folder / f"item{i:03d}.txt").write_text(text.replace("Tokyo", f"Tokyo {i}" if i % 7 == 0 else "Tokyo"), encoding="utf-8")


def _output_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file() and not p.name.startswith(".")}


@pytest.mark.slow
def test_sigkill_at_any_moment_leaves_previous_outputs_and_cache_usable(tmp_path: Path) -> None:
    out = tmp_path / "out"
    small, large = tmp_path / "small", tmp_path / "large"
    _corpus(small, 3)
    _corpus(large, 150)
    first = _cli("build", str(small), "-o", str(out), "-q")
    assert first.wait(timeout=300) == 0, first.stderr.read().decode()
    before = _output_files(out)
    assert {"graph.graphml", "graph.html", "report.json"} <= set(before)

    def check_intact() -> None:
        assert _output_files(out) == before
        nx.read_graphml(out / "graph.graphml")
        leftovers = [p.name for p in out.iterdir() if not p.name.startswith(".")]
        assert sorted(leftovers) == sorted(before)

    # kill at fixed moments (model loading, reading, extraction), each run with a cold cache of
    # its own so that records cached by an earlier killed run cannot make it finish early ...
    for delay in (0.5, 1.5, 3.0):
        cache = tmp_path / f"kill-{delay}.sqlite"
        proc = _cli("build", str(large), "-o", str(out), "-q", "--cache", str(cache))
        time.sleep(delay)
        assert proc.poll() is None, f"the build ended before the kill at {delay} s"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL
        check_intact()
        if cache.exists():
            with sqlite3.connect(cache) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # ... and while the outputs are being written (files appear in the staging folder)
    for files_seen in (1, 2):
        proc = _cli("build", str(large), "-o", str(out), "-q")
        deadline = time.monotonic() + 300
        killed_mid_write = False
        while proc.poll() is None and time.monotonic() < deadline:
            staged = [f for d in out.glob(f"{STAGING_PREFIX}*") for f in d.iterdir()] if out.exists() else []
            if len(staged) >= files_seen:
                proc.send_signal(signal.SIGKILL)
                killed_mid_write = True
                break
            time.sleep(0.001)
        proc.wait(timeout=60)
        assert killed_mid_write, "the build finished before its outputs were seen being written"
        assert proc.returncode == -signal.SIGKILL
        check_intact()
    # the cache is intact: a consistent SQLite file still holding the first build's records
    with sqlite3.connect(out / DEFAULT_CACHE_NAME) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] >= 3
    # the cache and the folder are usable: the next build completes and cleans stale temporaries
    final = _cli("build", str(large), "-o", str(out), "-q")
    assert final.wait(timeout=300) == 0, final.stderr.read().decode()
    after = _output_files(out)
    assert after["graph.graphml"] != before["graph.graphml"]
    assert len(json.loads(after["report.json"])["documents"]) == 150
    nx.read_graphml(out / "graph.graphml")
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name.startswith(STAGING_PREFIX)]


# -- determinism --------------------------------------------------------------------------
def _make_inputs(folder: Path, reverse: bool) -> None:
    files = [(p.name, p.read_bytes()) for p in sorted(SEEDS.iterdir())]
    files += [
        ("extra.html", f"<html><head><title>Osaka forum</title></head><body><p>{PARAGRAPHS[1]}</p></body></html>".encode()),
        ("feed.jsonl", "\n".join(f'{{"text": "{p}"}}' for p in PARAGRAPHS[2:]).encode()),
        ("sub/item.md", ("# Item\n\n" + PARAGRAPHS[3]).encode()),
        ("sub/seeds.md", ("# Copy\n\n" + PARAGRAPHS[0]).encode()),
    ]
    for name, data in reversed(files) if reverse else files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


@pytest.mark.slow
def test_outputs_are_byte_identical_across_runs_hash_seeds_file_order_and_jobs(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    fmt = ",".join(FORMATS)
    results = []
    for seed, reverse, jobs in (("0", False, "1"), ("4242", True, "2")):
        if inputs.exists():
            import shutil

            shutil.rmtree(inputs)
        inputs.mkdir()
        _make_inputs(inputs, reverse)
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = _cli("build", str(inputs), "-o", str(out), "--format", fmt, "--jobs", jobs, "--no-cache", "-q", env=env)
        assert proc.wait(timeout=600) == 0, proc.stderr.read().decode()
        results.append(_output_files(out))
    assert set(results[0]) == set(results[1])
    assert len(results[0]) >= len(FORMATS)
    for name in results[0]:
        assert results[0][name] == results[1][name], f"{name} differs between runs"


def test_parts_come_back_in_order_from_worker_processes(extractor) -> None:
    docs = [Document("short1", PARAGRAPHS[0]), Document("long", _long_text(9_000)), Document("short2", PARAGRAPHS[1]),
            Document("long2", _long_text(5_000)), Document("short3", PARAGRAPHS[2])]
    serial = list(extract_documents(docs, Config(chunk_chars=1_500, jobs=1)))
    pooled = list(extract_documents(docs, Config(chunk_chars=1_500, jobs=2)))
    assert [r.doc_id for r in pooled] == [d.id for d in docs]
    assert [r.to_dict() for r in pooled] == [r.to_dict() for r in serial]
    for doc, rec in zip(docs, pooled):
        _check_offsets(doc, rec)


def test_declared_dates_and_titles_reach_the_graph(tmp_path: Path, extractor) -> None:
    page = ("<html><head><title>Site | Talks</title><meta name='date' content='2024-11-05'></head><body>"
            f"<h1>Talks in Tokyo</h1><p>{PARAGRAPHS[0]}</p></body></html>")
    (tmp_path / "talks.html").write_text(page, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "r1", "title": "Nagoya deal", "date": "2023-02-01", "text": PARAGRAPHS[2]}), encoding="utf-8"
    )
    kg = graphkit.build([tmp_path])
    info = {d.id: (d.title, d.date) for d in kg.documents}
    assert info == {"talks": ("Talks in Tokyo", "2024-11-05"), "r1": ("Nagoya deal", "2023-02-01")}
    dates = {date for *_, d in kg.graph.edges(data=True) if d["meetings"] for date in d["meeting_dates"]}
    assert "2024-11-05" in dates
