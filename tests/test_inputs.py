"""Input formats, encodings, ids and record fields (graphkit.documents, graphkit.readers)."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from graphkit.documents import Document, DocumentError, expand_sources, find_date, iter_documents
from graphkit.readers import RecordFields, decode_bytes, detect_encoding, language_warning, read_html_text

CAFE = "Le café “Flore” – it’s naïve, Ms. Núñez said."


def _docs(sources, **kw):
    errors: list[DocumentError] = []
    warnings: list[tuple[str, str]] = []
    docs = list(iter_documents(sources, errors, warnings=warnings, **kw))
    return docs, errors, warnings


# -- encodings -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "encoded",
    [
        CAFE.encode("utf-8"),
        b"\xef\xbb\xbf" + CAFE.encode("utf-8"),
        CAFE.encode("utf-16"),  # with BOM, native order
        b"\xff\xfe" + CAFE.encode("utf-16-le"),
        b"\xfe\xff" + CAFE.encode("utf-16-be"),
        CAFE.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-bom", "utf16be-bom", "cp1252"],
)
def test_encodings_decode_exactly(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes(encoded)
    docs, errors, _ = _docs([path])
    assert errors == []
    assert docs[0].text == CAFE
    assert "\ufffd" not in docs[0].text and "\ufeff" not in docs[0].text


@pytest.mark.parametrize("text", ["café", "Señor Núñez visitó Málaga.", "Ä Ö Ü ß Straße in Köln", "déjà vu, garçon"])
def test_latin1_and_short_cp1252_texts(text: str) -> None:
    for enc in ("latin-1", "cp1252"):
        data = text.encode(enc)
        assert decode_bytes(data) == text, (enc, detect_encoding(data))


def test_curly_quotes_and_dashes_from_windows_1252() -> None:
    data = b"\x93Tokyo\x94 \x96 the \x91caf\xe9\x92 \x85"
    assert decode_bytes(data) == "“Tokyo” – the ‘café’ …"


def test_other_legacy_encodings_are_not_forced_into_cp1252() -> None:
    russian = "Делегация из Москвы посетила Токио в июле и провела переговоры с министерством."
    assert decode_bytes(russian.encode("cp1251")) == russian


# -- bad files -------------------------------------------------------------------------
def test_bad_files_are_skipped_with_reasons_and_the_rest_is_read(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "good.txt").write_text("Tokyo hosted talks on trade.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\t\n  ", encoding="utf-8")
    (tmp_path / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\nendobj\n")
    (tmp_path / "image.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\x00\xff\xfe\x00" * 50)
    (tmp_path / "locked.txt").write_text("Osaka", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "Osaka news."}\n{"text": "broken\n{"text": "Kyoto news."}\n', encoding="utf-8")
    (tmp_path / "sheet.csv").write_text("id,summary\n1,Nothing here\n", encoding="utf-8")

    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # tests run as root, so chmod 000 cannot make a file unreadable
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    docs, errors, _ = _docs([tmp_path])
    assert sorted(d.id for d in docs) == ["feed#1", "feed#3", "good"]
    reasons = {Path(e.source.split(":")[0]).name + (":" + e.source.split(":")[1] if ":" in e.source else ""): e.reason for e in errors}
    assert reasons == {
        "blank.md": "empty document",
        "empty.txt": "empty document",
        "feed.jsonl:2": reasons["feed.jsonl:2"],
        "image.txt": reasons["image.txt"],
        "locked.txt": "cannot read (Permission denied)",
        "report.txt": "binary file (PDF), not text",
        "sheet.csv": "no text column (looked for text, content, body; found id, summary)",
    }
    assert reasons["feed.jsonl:2"].startswith("malformed JSON line")
    assert reasons["image.txt"].startswith("binary")


def test_strict_raises_on_the_first_bad_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tokyo.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("Osaka.", encoding="utf-8")
    it = iter_documents([tmp_path])  # no error list: strict
    assert next(it).id == "a"
    with pytest.raises(DocumentError) as info:
        next(it)
    assert info.value.source.endswith("b.txt") and info.value.reason == "empty document"


# -- formats ---------------------------------------------------------------------------
HOSTILE_PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Trade mission to Japan | Example News</title>
<meta property="article:published_time" content="2025-07-30T09:30:00+09:00">
<style>body { color: red } .secret-style {}</style>
<script>var secretScript = "alert(1)";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Trade mission meets ministry in Tokyo</h1>
<p>A trade mission led by Dr. Aiko Tanaka met officials of the Ministry of Economy, Trade and Industry in Tokyo on Wednesday.</p>
<script>document.write("secretInline")</script>
<p>The delegation discussed semiconductors &amp; batteries with Hitachi and Panasonic.
<img src="x.png" onerror="alert('secretAttr')"></p>
<!-- secretComment -->
<noscript>secretNoscript</noscript>
</article>
<footer>Copyright Example News</footer>
</body></html>
"""


def test_html_article_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "mission.html"
    path.write_text(HOSTILE_PAGE, encoding="utf-8")
    (doc,), errors, _ = _docs([path])
    assert errors == []
    assert doc.id == "mission"
    assert "Dr. Aiko Tanaka met officials of the Ministry of Economy, Trade and Industry in Tokyo" in doc.text
    assert "semiconductors & batteries" in doc.text
    for secret in ("secret", "alert", "<", "color: red", "onerror"):
        assert secret not in doc.text
    assert doc.title == "Trade mission meets ministry in Tokyo"
    assert doc.date == "2025-07-30"


def test_html_title_falls_back_to_title_element_and_date_to_time_element() -> None:
    page = "<html><head><title>Osaka summit</title></head><body><p>Leaders met in Osaka.</p>" \
           "<time datetime='2024-03-11'>11 March</time></body></html>"
    doc = read_html_text(page, "x")
    assert doc.title == "Osaka summit" and doc.date == "2024-03-11"
    assert "Leaders met in Osaka." in doc.text


def test_html_with_legacy_charset_and_empty_page(tmp_path: Path) -> None:
    (tmp_path / "latin.htm").write_bytes("<html><body><p>Le café “Flore” in Paris.</p></body></html>".encode("cp1252"))
    (tmp_path / "empty.html").write_text("<html><head><script>x()</script></head><body> </body></html>", encoding="utf-8")
    docs, errors, _ = _docs([tmp_path])
    assert [d.text for d in docs] == ["Le café “Flore” in Paris."]
    assert [(Path(e.source).name, e.reason) for e in errors] == [("empty.html", "no text in HTML page")]


def test_jsonl_records_fields_and_ids(tmp_path: Path) -> None:
    lines = [
        {"id": "n-1", "title": "Talks in Tokyo", "date": "30 July 2025", "text": "Tokyo hosted talks."},
        {"content": "Osaka hosted a forum.", "headline": "Forum", "published": "2024-02-03T10:00:00Z"},
        {"body": ["First paragraph.", "Second paragraph."]},
        {"id": 7, "text": "Numeric id."},
        {"text": "   "},
        ["not", "an", "object"],
        {"text": {"nested": True}},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    docs, errors, _ = _docs([path])
    assert [(d.id, d.title, d.date) for d in docs] == [
        ("n-1", "Talks in Tokyo", "2025-07-30"),
        ("feed#2", "Forum", "2024-02-03"),
        ("feed#3", "First paragraph.", ""),
        ("7", "Numeric id.", ""),
    ]
    assert docs[2].text == "First paragraph.\n\nSecond paragraph."
    assert docs[0].source == f"{path}:1"
    assert [(e.source.rsplit(":", 1)[1], e.reason) for e in errors] == [
        ("5", "empty text in field 'text'"),
        ("6", "record is a JSON list, not an object"),
        ("7", "text field 'text' is not a string"),
    ]


def test_custom_record_fields(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"items": [
        {"uid": "a1", "article": "Kyoto text.", "headline": "H", "when": "2023-01-02", "text": "ignored"},
        {"uid": "a2", "article": "Nara text."},
    ]}), encoding="utf-8")
    fields = RecordFields.from_names(text="article", id="uid", title="headline", date="when")
    docs, errors, _ = _docs([path], fields=fields)
    assert errors == []
    assert [(d.id, d.text, d.title, d.date) for d in docs] == [
        ("a1", "Kyoto text.", "H", "2023-01-02"), ("a2", "Nara text.", "Nara text.", "")
    ]


def test_json_single_object_and_array(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": "Kobe port.", "title": "Kobe"}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": "A."}, {"text": "B."}, 3]), encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"text": "unterminated', encoding="utf-8")
    docs, errors, _ = _docs([tmp_path])
    assert [(d.id, d.text) for d in docs] == [("many#1", "A."), ("many#2", "B."), ("one", "Kobe port.")]
    assert sorted(Path(e.source).name for e in errors) == ["bad.json", "many.json[3]"]
    assert any(e.reason.startswith("malformed JSON") for e in errors)


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_csv_rows_with_quoted_multiline_text(tmp_path: Path, sep: str) -> None:
    path = tmp_path / "sheet.csv"
    rows = [["ID", "Title", "Date", "Body"], ["r1", "Tokyo", "2025-05-06", 'Line one,\n"quoted"; two'], ["", "", "", "Osaka."]]
    import csv

    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=sep).writerows(rows)
    docs, errors, _ = _docs([path])
    assert errors == []
    assert [(d.id, d.text, d.title, d.date) for d in docs] == [
        ("r1", 'Line one,\n"quoted"; two', "Tokyo", "2025-05-06"),
        ("sheet#2", "Osaka.", "Osaka.", ""),
    ]


def test_stdin_is_a_source(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Kyoto hosted the café summit.".encode("cp1252"))))
    (doc,), errors, _ = _docs(["-"])
    assert (doc.id, doc.text, doc.source) == ("stdin", "Kyoto hosted the café summit.", "-")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "A."}\n{"text": "B."}\n')))
    docs, errors, _ = _docs(["-"], stdin_format="jsonl")
    assert [d.id for d in docs] == ["stdin#1", "stdin#2"]


# -- folders and ids -------------------------------------------------------------------
def test_folders_are_searched_recursively_for_every_format(tmp_path: Path) -> None:
    files = {
        "a.txt": "A.", "sub/b.md": "B.", "sub/deeper/c.html": "<p>C.</p>", "d.htm": "<p>D.</p>",
        "e.jsonl": '{"text": "E."}\n', "f.json": '{"text": "F."}', "g.csv": "text\nG.\n",
        "ignored.pdf": "x", "notes.docx": "x", ".hidden.txt": "H.", ".git/config.txt": "I.", "out/graph.html": "<p>O.</p>",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = expand_sources([tmp_path], exclude=[tmp_path / "out"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.txt", "d.htm", "e.jsonl", "f.json", "g.csv", "sub/b.md", "sub/deeper/c.html",
    ]
    docs, errors, _ = _docs(found)
    assert [d.text for d in docs] == ["A.", "D.", "E.", "F.", "G.", "B.", "C."]
    with pytest.raises(FileNotFoundError):
        expand_sources([tmp_path / "missing"])


def test_duplicate_ids_are_made_unique_deterministically(tmp_path: Path) -> None:
    for name in ("x/item.txt", "y/item.md", "z/item.html"):
        (tmp_path / name).parent.mkdir(parents=True)
        (tmp_path / name).write_text("<p>Tokyo.</p>" if name.endswith("html") else "Tokyo.", encoding="utf-8")
    (tmp_path / "item~2.txt").write_text("Osaka.", encoding="utf-8")
    docs, _, warnings = _docs([tmp_path, ("item", "Kobe.")])
    ids = [d.id for d in docs]
    assert ids == ["item~2", "item", "item~3", "item~4", "item~5"]
    assert len(set(ids)) == len(ids)
    assert [w[0] for w in warnings] == ["item~3", "item~4", "item~5"]
    again, _, _ = _docs([tmp_path, ("item", "Kobe.")])
    assert [d.id for d in again] == ids


def test_declared_title_and_date_win_over_the_text() -> None:
    doc = Document("d", "First line\nTokyo, 30 July 2025: text", meta_title="Declared", meta_date="2024-01-02")
    assert (doc.title, doc.date) == ("Declared", "2024-01-02")
    plain = Document("d", "First line\nTokyo, 30 July 2025: text")
    assert (plain.title, plain.date) == ("First line", "2025-07-30")


def test_find_date_reads_timestamps() -> None:
    assert find_date("2025-07-30T09:30:00Z") == "2025-07-30"
    assert find_date("2025-07-301") == ""


# -- language --------------------------------------------------------------------------
def test_language_warning_heuristic() -> None:
    english = "The delegation met officials of the ministry in Tokyo and discussed trade with them. " * 5
    french = "La délégation a rencontré les responsables du ministère à Tokyo pour discuter du commerce. " * 5
    japanese = "経済産業省の代表団が東京で会談し、半導体の協力について話し合った。" * 5
    assert language_warning(english) is None
    assert "does not look like English" in language_warning(french)
    assert "Cjk" in language_warning(japanese) or "CJK" in language_warning(japanese).upper()
    assert language_warning("Tokyo") is None  # too short to judge: no noise on titles


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tokyo.", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    docs, errors, warnings = _docs([tmp_path / "a.txt", tmp_path, str(tmp_path / "a.txt")])
    assert [d.id for d in docs] == ["a"] and errors == [] and warnings == []
    assert expand_sources([tmp_path / "a.txt", tmp_path]) == [tmp_path / "a.txt"]


def test_utf8_with_stray_windows_1252_bytes_keeps_both_right() -> None:
    data = "Le café “Flore” à Paris — ".encode("utf-8") + b"\x93quoted\x94 and na\xefve"
    assert decode_bytes(data) == "Le café “Flore” à Paris — “quoted” and naïve"
    legacy = "Le café “Flore” and naïve".encode("cp1252")  # no valid UTF-8 sequence: plain Windows-1252
    assert decode_bytes(legacy) == "Le café “Flore” and naïve"


def test_unsupported_formats_named_in_the_api_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "deck.pptx").write_bytes(b"PK\x03\x04rest")
    docs, errors, _ = _docs([tmp_path / "deck.pptx"])
    assert docs == [] and errors[0].reason.startswith("unsupported input format .pptx")
