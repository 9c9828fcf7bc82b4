"""The incremental extraction cache: hits, invalidation, damaged and locked files."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import graphkit
from graphkit import cache as cache_mod
from graphkit.cache import DEFAULT_CACHE_NAME, CacheWarning, ExtractionCache, extraction_fingerprint
from graphkit.cli import main
from graphkit.config import Config
from graphkit.extract import Extractor

TEXTS = {
    "a": "Tokyo, 3 March 2025: Mr. Kenji Sato, President of Sato Robotics Corporation, met the Governor of "
    "Osaka to discuss investment in industrial robots and the automotive sector.",
    "b": "New Delhi, 5 April 2025: Dr. Anita Rao, Secretary of the Ministry of Commerce, held talks with a "
    "delegation from the Japan External Trade Organization on textiles and pharmaceuticals.",
    "c": "Hanoi, 9 May 2025: The Vietnam Chamber of Commerce and Industry hosted a business forum with "
    "Mr. Tran Van Minh on renewable energy and logistics investment.",
    "d": "Berlin, 12 June 2025: Ms. Petra Vogel, CEO of Vogel Systems GmbH, visited Chennai and met "
    "officials of the Tamil Nadu Industrial Development Corporation about semiconductors.",
}


def _corpus(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def extractions(monkeypatch, extractor):
    """Counts documents that really go through extraction (in this process, jobs=1)."""
    seen: list[str] = []
    original = Extractor._record

    def counting(self, document, doc, header):
        seen.append(document.id)
        return original(self, document, doc, header)

    monkeypatch.setattr(Extractor, "_record", counting)
    return seen


def _graphml(kg, tmp_path: Path, name: str) -> bytes:
    return kg.write_graphml(tmp_path / f"{name}.graphml").read_bytes()


def test_warm_rerun_extracts_nothing_and_builds_the_same_graph(tmp_path, extractions):
    docs = _corpus(tmp_path / "docs", TEXTS)
    db = tmp_path / "c.sqlite"
    cold = graphkit.build([docs], cache=db)
    assert sorted(extractions) == sorted(TEXTS)
    extractions.clear()
    with ExtractionCache.open(db) as cache:
        warm = graphkit.build([docs], cache=cache)
        assert cache.hits == len(TEXTS)
    assert extractions == []
    assert _graphml(cold, tmp_path, "cold") == _graphml(warm, tmp_path, "warm")
    assert _graphml(graphkit.build([docs]), tmp_path, "nocache") == _graphml(cold, tmp_path, "cold")


def test_adding_one_document_extracts_only_that_one(tmp_path, extractions):
    docs = _corpus(tmp_path / "docs", dict(list(TEXTS.items())[:3]))
    db = tmp_path / "c.sqlite"
    graphkit.build([docs], cache=db)
    extractions.clear()
    _corpus(docs, {"d": TEXTS["d"]})
    kg = graphkit.build([docs], cache=db)
    assert extractions == ["d"]
    assert [d.id for d in kg.documents] == ["a", "b", "c", "d"]


def test_edited_document_is_extracted_again(tmp_path, extractions):
    docs = _corpus(tmp_path / "docs", TEXTS)
    db = tmp_path / "c.sqlite"
    graphkit.build([docs], cache=db)
    extractions.clear()
    (docs / "b.txt").write_text(TEXTS["b"] + " Ms. Yuki Tanaka of Tanaka Electric attended.", encoding="utf-8")
    graphkit.build([docs], cache=db)
    assert extractions == ["b"]


def test_same_text_under_another_id_keeps_its_own_id_and_source(tmp_path, extractions):
    db = tmp_path / "c.sqlite"
    graphkit.build([("first", TEXTS["a"])], cache=db)
    extractions.clear()
    records = list(graphkit.extract_documents(graphkit.iter_documents([("second", TEXTS["a"])]), cache=db))
    assert extractions == []
    assert [r.doc_id for r in records] == ["second"]
    assert records[0].source == "<memory>"
    assert records[0].entities


def test_changed_taxonomy_invalidates(tmp_path, extractions):
    docs = _corpus(tmp_path / "docs", TEXTS)
    db = tmp_path / "c.sqlite"
    graphkit.build([docs], cache=db)
    packaged = json.loads((Path(graphkit.__file__).parent / "data" / "sectors.json").read_text(encoding="utf-8"))
    packaged["sectors"].append({"name": "Robotics", "isic": "2829", "synonyms": ["robotics", "industrial robots"]})
    sectors = tmp_path / "sectors.json"
    sectors.write_text(json.dumps(packaged), encoding="utf-8")
    extractions.clear()
    kg = graphkit.build([docs], Config(sectors=sectors), cache=db)
    assert sorted(extractions) == sorted(TEXTS)
    assert any(e["label"] == "Robotics" for e in kg.entities("sector"))
    extractions.clear()
    graphkit.build([docs], Config(sectors=sectors), cache=db)  # cached for the new taxonomy too
    graphkit.build([docs], cache=db)  # and the packaged one is still cached
    assert extractions == []


def test_fingerprint_covers_model_code_and_taxonomy(monkeypatch, tmp_path):
    base = extraction_fingerprint(Config())
    assert extraction_fingerprint(Config()) == base
    monkeypatch.setattr(cache_mod, "model_identity", lambda name=None: "en_core_web_sm-9.9.9")
    assert extraction_fingerprint(Config()) != base
    monkeypatch.undo()
    monkeypatch.setattr(cache_mod, "code_digest", lambda: "0" * 16)
    assert extraction_fingerprint(Config()) != base
    monkeypatch.undo()
    sectors = tmp_path / "s.json"
    sectors.write_text(json.dumps({"sectors": [{"name": "Textiles", "isic": "13", "synonyms": ["textiles"]}]}))
    assert extraction_fingerprint(Config(sectors=sectors)) != base
    # settings that only shape the graph, not extraction, keep the cache valid
    assert extraction_fingerprint(Config(max_evidence=9, html_max_nodes=10, jobs=2)) == base


def test_model_identity_matches_the_loaded_model(extractor):
    from graphkit.nlp import model_id

    assert cache_mod.model_identity(None) == model_id(extractor.nlp)


def test_corrupt_cache_file_is_reported_and_rebuilt(tmp_path, extractions):
    docs = _corpus(tmp_path / "docs", TEXTS)
    db = tmp_path / "c.sqlite"
    db.write_bytes(b"\x00garbage, not a database\xff" * 300)
    with pytest.warns(CacheWarning, match="rebuilding"):
        kg = graphkit.build([docs], cache=db)
    assert len(kg.documents) == len(TEXTS)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == len(TEXTS)
    extractions.clear()
    graphkit.build([docs], cache=db)
    assert extractions == []


def test_damaged_entry_is_a_miss_not_an_error(tmp_path, extractions):
    db = tmp_path / "c.sqlite"
    graphkit.build([("a", TEXTS["a"])], cache=db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE records SET record = ?", (b"not zlib",))
    extractions.clear()
    kg = graphkit.build([("a", TEXTS["a"])], cache=db)
    assert extractions == ["a"] and kg.graph.number_of_nodes() > 0


def test_locked_cache_is_reported_and_bypassed(tmp_path, extractions):
    docs = _corpus(tmp_path / "docs", TEXTS)
    db = tmp_path / "c.sqlite"
    ExtractionCache.open(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    messages: list[str] = []
    try:
        with ExtractionCache.open(db, timeout=0.2, report=messages.append) as cache:
            kg = graphkit.build([docs], cache=cache)
            assert not cache.enabled
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(kg.documents) == len(TEXTS)
    assert sorted(extractions) == sorted(TEXTS)
    assert len(messages) == 1 and "locked" in messages[0]


def test_unwritable_cache_location_is_reported_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.warns(CacheWarning, match="cannot open"):
        kg = graphkit.build([("a", TEXTS["a"])], cache=blocker / "sub" / "c.sqlite")
    assert len(kg.documents) == 1


def test_cache_survives_sigkill_during_writes(tmp_path):
    db = tmp_path / "c.sqlite"
    script = textwrap.dedent(
        f"""
        import sys
        from graphkit.cache import ExtractionCache
        from graphkit.records import DocumentRecord, Entity
        cache = ExtractionCache({str(db)!r}, "fp", commit_every=5)
        i = 0
        while True:
            rec = DocumentRecord(doc_id=f"d{{i}}", sentences=["x" * 2000] * 20,
                                 entities=[Entity(key="k", name="Tokyo", type="place")])
            cache.put(cache.key(str(i)), rec)
            i += 1
            if i == 50:
                print("ready", flush=True)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
    finally:
        proc.kill()  # SIGKILL, mid-transaction more often than not
        proc.wait()
        proc.stdout.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    cache = ExtractionCache(db, "fp")
    try:
        assert len(cache) >= 45
        rec = cache.get(cache.key("0"))
        assert rec is not None and rec.doc_id == "d0" and rec.entities[0].name == "Tokyo"
    finally:
        cache.close()


def test_cli_caches_under_the_output_folder_by_default(tmp_path, capsys, extractor):
    docs = _corpus(tmp_path / "docs", TEXTS)
    out = tmp_path / "out"
    assert main(["build", str(docs), "-o", str(out), "--format", "graphml"]) == 0
    assert (out / DEFAULT_CACHE_NAME).is_file()
    assert main(["build", str(docs), "-o", str(out), "--format", "graphml"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"0 extracted, {len(TEXTS)} from cache" in lines[-1]
    assert "documents/s" in lines[-1]
    other = tmp_path / "elsewhere.sqlite"
    assert main(["build", str(docs), "-o", str(tmp_path / "o2"), "--format", "graphml", "--cache", str(other)]) == 0
    assert other.is_file() and not (tmp_path / "o2" / DEFAULT_CACHE_NAME).exists()
    assert main(["build", str(docs), "-o", str(tmp_path / "o3"), "--format", "graphml", "--no-cache"]) == 0
    assert not (tmp_path / "o3" / DEFAULT_CACHE_NAME).exists()
    assert f"{len(TEXTS)} extracted, 0 from cache" in capsys.readouterr().out


def test_cli_reports_a_corrupt_cache_as_a_warning(tmp_path, capsys, extractor):
    docs = _corpus(tmp_path / "docs", {"a": TEXTS["a"]})
    out = tmp_path / "out"
    out.mkdir()
    (out / DEFAULT_CACHE_NAME).write_bytes(b"garbage" * 100)
    assert main(["build", str(docs), "-o", str(out), "--format", "graphml", "-q"]) == 0
    err = capsys.readouterr().err
    assert "graphkit: warning:" in err and "rebuilding" in err


def test_python_api_uses_no_cache_unless_asked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    graphkit.build([("a", TEXTS["a"])])
    assert not list(tmp_path.rglob("*.sqlite"))
