"""The command line: usage errors, exit statuses, the report, record fields, stdin."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from graphkit.cli import UsageError, main
from graphkit.report import EXIT_STATUSES

TEXT = "Dr. Aiko Tanaka met Mr. Rahul Mehta of Tata Motors in Tokyo to discuss semiconductors."


def _one_line_error(capsys, status: int, argv: list[str], *expected: str) -> str:
    assert main(argv) == status
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("graphkit") and "error" in lines[0]
    assert "Traceback" not in err
    for part in expected:
        assert part in lines[0]
    return lines[0]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


# -- usage errors ----------------------------------------------------------------------
def test_missing_source(capsys, tmp_path: Path) -> None:
    _one_line_error(capsys, 2, ["build", str(tmp_path / "nope"), "-o", str(tmp_path / "out")], "no such file or folder")
    assert not (tmp_path / "out").exists()


def test_output_folder_that_cannot_be_written(capsys, good: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    _one_line_error(capsys, 2, ["build", str(good), "-o", str(blocker / "out")], "cannot write to output folder")
    _one_line_error(capsys, 2, ["build", str(good), "-o", str(blocker)], "is a file")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_unknown_format_and_option(capsys, good: Path, tmp_path: Path) -> None:
    _one_line_error(capsys, 2, ["build", str(good), "-o", str(tmp_path / "o"), "--format", "pdf"], "unknown format")
    _one_line_error(capsys, 2, ["build", str(good), "-o", str(tmp_path / "o"), "--stdin-format", "docx"], "invalid choice")
    _one_line_error(capsys, 2, ["build", str(good)], "required")
    _one_line_error(capsys, 2, ["frobnicate"], "invalid choice")


def test_unknown_model(capsys, good: Path, tmp_path: Path) -> None:
    line = _one_line_error(
        capsys, 2, ["build", str(good), "-o", str(tmp_path / "o"), "--model", "xx_no_such_model_sm"], "not installed"
    )
    assert "pip install" in line


def test_folder_without_supported_documents(capsys, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF-1.4")
    _one_line_error(capsys, 2, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "o")], "no supported document")


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        main(["build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"), "--debug"])


def test_help_documents_exit_statuses_and_inputs(capsys) -> None:
    assert main(["build", "--help"]) == 0
    out = capsys.readouterr().out
    assert "exit status:" in out
    for code in EXIT_STATUSES:
        assert f"  {code} " in out
    for flag in ("--text-field", "--id-field", "--title-field", "--date-field", "--strict", ".jsonl", ".csv", ".html"):
        assert flag in out


# -- statuses and the report -----------------------------------------------------------
def test_all_built_is_status_0_with_a_report(capsys, good: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(good), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "graphkit: 1 documents" in captured.out
    assert "skipped" not in captured.err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["status"] == 0 and report["skipped"] == []
    assert report["counts"]["documents_built"] == 1 and report["counts"]["inputs_skipped"] == 0
    assert sorted(report["outputs"]) == ["graph.graphml", "graph.html"]
    assert [d["id"] for d in report["documents"]] == ["a"]
    nx.read_graphml(out / "graph.graphml")
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".graphkit-staging")]


def test_skips_give_status_3_listed_in_summary_and_report(capsys, good: Path, tmp_path: Path) -> None:
    (good / "empty.md").write_text("\n\n", encoding="utf-8")
    (good / "scan.txt").write_bytes(b"%PDF-1.4\n\x00\x01")
    (good / "feed.jsonl").write_text(json.dumps({"text": TEXT}) + "\n{not json}\n", encoding="utf-8")
    (good / "sheet.csv").write_text("id,notes\n1,x\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(good), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    skipped = {(Path(s["source"]).name, s["reason"].split(" (")[0]) for s in report["skipped"]}
    assert skipped == {
        ("empty.md", "empty document"),
        ("scan.txt", "binary file"),
        ("feed.jsonl:2", "malformed JSON line"),
        ("sheet.csv", "no text column"),
    }
    assert report["status"] == 3 and report["counts"]["inputs_skipped"] == 4
    assert report["counts"]["documents_built"] == 2
    for s in report["skipped"]:
        assert f"skipped {s['source']}: {s['reason']}" in err
    assert "4 inputs skipped" in err


def test_strict_stops_at_the_first_bad_input_and_writes_nothing(capsys, good: Path, tmp_path: Path) -> None:
    (good / "b.txt").write_bytes(b"")
    out = tmp_path / "out"
    line = _one_line_error(capsys, 4, ["build", str(good), "-o", str(out), "--strict"], "b.txt", "empty document")
    assert "--strict" in line
    assert not (out / "graph.graphml").exists() and not (out / "report.json").exists()


def test_nothing_buildable_keeps_previous_outputs(capsys, good: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(good), "-o", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"")
    capsys.readouterr()
    assert main(["build", str(bad), "-o", str(out)]) == 3
    assert "no document could be built" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")} == before


def test_output_folder_inside_the_sources_is_not_read_back(capsys, good: Path) -> None:
    out = good / "out"
    for _ in range(2):
        assert main(["build", str(good), "-o", str(out), "-q"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == ["a"]


def test_record_field_flags(capsys, tmp_path: Path) -> None:
    rows = [
        {"uid": "n1", "story": TEXT, "head": "Talks in Tokyo", "when": "2025-07-30"},
        {"uid": "n2", "story": "Ms. Priya Nair visited Osaka and met officials of Panasonic.", "head": "Osaka", "when": "3 May 2024"},
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    argv = ["build", str(path), "-o", str(out), "--text-field", "story", "--id-field", "uid",
            "--title-field", "head", "--date-field", "when"]
    assert main(argv) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [(d["id"], d["title"], d["date"]) for d in report["documents"]] == [
        ("n1", "Talks in Tokyo", "2025-07-30"), ("n2", "Osaka", "2024-05-03")
    ]
    # without --text-field the records have no text: each is skipped, nothing is built
    capsys.readouterr()
    assert main(["build", str(path), "-o", str(tmp_path / "out2")]) == 3
    assert "no text field (looked for text, content, body)" in capsys.readouterr().err


# -- real processes --------------------------------------------------------------------
def _console_script() -> list[str]:
    exe = Path(sys.executable).with_name("graphkit")
    found = str(exe) if exe.exists() else shutil.which("graphkit")
    return [found] if found else [sys.executable, "-m", "graphkit.cli"]


def test_console_script_usage_error_and_debug(tmp_path: Path) -> None:
    cmd = _console_script() + ["build", str(tmp_path / "missing"), "-o", str(tmp_path / "out")]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"graphkit: error: no such file or folder: {tmp_path / 'missing'}"]
    assert proc.stdout == ""
    debug = subprocess.run(cmd + ["--debug"], capture_output=True, text=True, timeout=120)
    assert debug.returncode != 0 and "Traceback" in debug.stderr


def test_stdin_source_in_a_real_process(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        _console_script() + ["build", "-", "-o", str(out), "-q", "--no-cache"],
        input=TEXT.encode("cp1252"), capture_output=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [(d["id"], d["source"]) for d in report["documents"]] == [("stdin", "-")]
    labels = {d["label"] for _, d in nx.read_graphml(out / "graph.graphml").nodes(data=True)}
    assert "Aiko Tanaka" in labels


def test_a_folder_that_cannot_be_listed_is_skipped_with_its_reason(capsys, good: Path, tmp_path: Path, monkeypatch) -> None:
    import os

    locked = good / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # tests run as root: chmod cannot lock a folder, so the listing is made to fail
        if isinstance(path, (str, os.PathLike)) and Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    assert main(["build", str(good), "-o", str(out)]) == 3
    assert f"skipped {locked}: cannot list folder (Permission denied)" in capsys.readouterr().err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["skipped"] == [{"source": str(locked), "reason": "cannot list folder (Permission denied)"}]
    assert [d["id"] for d in report["documents"]] == ["a"]
    assert main(["build", str(good), "-o", str(tmp_path / "strict"), "--strict"]) == 4


def test_unsupported_input_format_named_explicitly(capsys, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    line = _one_line_error(capsys, 2, ["build", str(pdf), "-o", str(tmp_path / "o")], "unsupported input format .pdf")
    assert "convert" in line
    notes = tmp_path / "notes.log"  # an unknown suffix that is not a known binary format is read as text
    notes.write_text(TEXT, encoding="utf-8")
    assert main(["build", str(notes), "-o", str(tmp_path / "o2"), "-q"]) == 0
