"""Drive Debian's headless chromium from tests, kept off the network.

Two operations are enough for graphkit's pages:

* :func:`dump_dom` loads a file and returns the DOM serialised after the
  page's scripts ran (``--virtual-time-budget`` lets timers and animation
  frames run first), so a page reports what it did in ``data-*`` attributes
  on ``<body>``;
* :func:`screenshot` saves a PNG, and :func:`read_png` / :func:`png_stats`
  decode it with zlib alone to check it is not blank.
"""
from __future__ import annotations

import os
import signal
import struct
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

#: Flags that keep chromium headless and off the network.
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
)


class BrowserError(RuntimeError):
    """Chromium failed or timed out."""


def run_chromium(chromium: str, args: list[str], url: str, timeout: float = 120.0) -> str:
    """Run chromium once with ``FLAGS`` plus ``args`` on ``url``; return its stdout."""
    with tempfile.TemporaryDirectory(prefix="gk-chromium-") as profile:
        cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", *args, url]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise BrowserError(f"chromium timed out after {timeout}s on {url}") from None
        if proc.returncode != 0:
            raise BrowserError(f"chromium exited {proc.returncode}: {err.decode(errors='replace')[-2000:]}")
        return out.decode("utf-8", errors="replace")


def file_url(path: str | os.PathLike[str]) -> str:
    return Path(path).resolve().as_uri()


#: Keep sandboxed and cross-site iframes in the page's own renderer, so virtual time covers them
#: too (otherwise the budget can run out while a notebook's iframe is still parsing).
SAME_PROCESS_FRAMES = ("--disable-features=IsolateSandboxedIframes,SitePerProcess", "--disable-site-isolation-trials")


def dump_dom(chromium: str, path: str | os.PathLike[str], budget_ms: int = 5000,
             window: tuple[int, int] = (1200, 800), extra: tuple[str, ...] = (),
             expect: str | None = "data-drawn", attempts: int = 3) -> str:
    """The page's DOM after its scripts ran (and ``budget_ms`` of virtual time).

    On a heavily loaded machine chromium occasionally dumps before the page's
    scripts ran; when ``<body>`` lacks the attribute ``expect`` the page is
    loaded again (``attempts`` times at most, with a doubled budget), and the
    last DOM is returned for the caller's assertions to judge.
    """
    dom = ""
    for attempt in range(max(1, attempts)):
        dom = run_chromium(
            chromium,
            [f"--virtual-time-budget={budget_ms * 2 ** attempt}", f"--window-size={window[0]},{window[1]}",
             "--run-all-compositor-stages-before-draw", *extra, "--dump-dom"],
            file_url(path),
        )
        if expect is None or expect in body_attributes(dom):
            break
    return dom


def body_attributes(dom: str) -> dict[str, str]:
    """The attributes of ``<body>`` in a dumped DOM."""
    import lxml.html

    return dict(lxml.html.document_fromstring(dom).body.attrib)


def screenshot(chromium: str, path: str | os.PathLike[str], png: str | os.PathLike[str],
               window: tuple[int, int] = (1200, 800), budget_ms: int = 5000) -> Path:
    """Save a screenshot of the page at ``path`` to ``png``."""
    png = Path(png).resolve()
    run_chromium(
        chromium,
        [f"--virtual-time-budget={budget_ms}", f"--window-size={window[0]},{window[1]}",
         "--run-all-compositor-stages-before-draw", f"--screenshot={png}"],
        file_url(path),
    )
    if not png.exists():
        raise BrowserError(f"chromium wrote no screenshot to {png}")
    return png


@dataclass
class Image:
    """A decoded PNG: ``rows`` of ``width * channels`` bytes."""

    width: int
    height: int
    channels: int
    rows: list[bytes]

    def pixel(self, x: int, y: int) -> tuple[int, ...]:
        c = self.channels
        return tuple(self.rows[y][x * c:(x + 1) * c])


def read_png(data: bytes) -> Image:
    """Decode an 8-bit, non-interlaced greyscale/RGB/RGBA PNG (what chromium writes)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat.append(chunk)
        elif kind == b"IEND":
            break
    if header is None:
        raise ValueError("PNG without IHDR")
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            elif ftype != 0:
                raise ValueError(f"bad PNG filter {ftype}")
        rows.append(bytes(line))
        prev = line
    return Image(width, height, channels, rows)


def png_stats(img: Image, step: int = 4) -> tuple[int, float]:
    """(distinct colours, standard deviation of grey level) over a grid of pixels."""
    colours, greys = set(), []
    for y in range(0, img.height, step):
        for x in range(0, img.width, step):
            p = img.pixel(x, y)
            colours.add(p[:3])
            greys.append(sum(p[:3]) / max(1, min(3, len(p))))
    mean = sum(greys) / len(greys)
    var = sum((g - mean) ** 2 for g in greys) / len(greys)
    return len(colours), var ** 0.5


def colour_counts(img: Image, step: int = 2) -> "Counter[tuple[int, ...]]":
    """How often each RGB colour occurs on a grid of every ``step``-th pixel."""
    from collections import Counter

    counts: Counter[tuple[int, ...]] = Counter()
    c = img.channels
    for y in range(0, img.height, step):
        row = img.rows[y]
        counts.update(tuple(row[x * c:x * c + 3]) for x in range(0, img.width, step))
    return counts


def count_pixels(img: Image | "Counter[tuple[int, ...]]", rgb: tuple[int, int, int], tolerance: int = 30,
                 step: int = 2) -> int:
    """How many sampled pixels are within ``tolerance`` of colour ``rgb`` (pass :func:`colour_counts` to reuse)."""
    counts = colour_counts(img, step) if isinstance(img, Image) else img
    return sum(n for col, n in counts.items() if all(abs(col[i] - rgb[i]) <= tolerance for i in range(3)))


def inject(page: str, script: str) -> str:
    """``page`` with ``<script>script</script>`` added before ``</body>`` (test harnesses only)."""
    head, sep, tail = page.rpartition("</body>")
    assert sep, "page has no </body>"
    return f"{head}<script>{script}</script>{sep}{tail}"


#: JavaScript that runs ``test()`` once the graphkit page has drawn; ``test(done)`` calls
#: ``done(result)`` and the result lands, as JSON, in ``<body data-test>``.
HARNESS = """
(function () {
  function done(result) { document.body.setAttribute("data-test", JSON.stringify(result)); }
  function start() { try { test(done); } catch (e) { done({ error: String(e && e.stack || e) }); } }
  function canvas() { return document.querySelector("#graph canvas"); }
  function at(x, y) { var r = canvas().getBoundingClientRect(); return { clientX: r.left + x, clientY: r.top + y, bubbles: true }; }
  window.gkHover = function (x, y) { canvas().dispatchEvent(new MouseEvent("mousemove", at(x, y))); };
  window.gkTap = function (x, y) {
    ["pointerdown", "pointerup"].forEach(function (t) {
      var o = at(x, y); o.pointerId = 1; o.pointerType = "mouse"; o.isPrimary = true; o.button = 0; o.buttons = t === "pointerdown" ? 1 : 0;
      canvas().dispatchEvent(new PointerEvent(t, o));
    });
  };
  window.gkNodeXY = function (id) { var p = graphkit.network.canvasToDOM(graphkit.network.getPosition(id)); return [p.x, p.y]; };
  window.gkTooltip = function () { var t = document.querySelector("div.vis-tooltip"); return t && t.style.visibility === "visible" ? t.textContent : null; };
  window.gkSeq = function (steps, ms, finish) {
    var i = 0;
    (function next() { if (i >= steps.length) { finish(); return; } steps[i++](); setTimeout(next, ms); })();
  };
  if (document.body.getAttribute("data-drawn")) { setTimeout(start, 0); } else { document.addEventListener("graphkit:drawn", start); }
})();
"""


def run_harness(chromium: str, page: str, test_js: str, tmp_path: Path, budget_ms: int = 8000) -> tuple[dict, dict]:
    """Load ``page`` with ``test_js`` (defining ``function test(done)``) injected.

    Returns the ``<body>`` attributes and the decoded ``data-test`` result.
    """
    import json

    path = Path(tmp_path) / "harness.html"
    path.write_text(inject(page, HARNESS + "\n" + test_js), encoding="utf-8")
    attrs = body_attributes(dump_dom(chromium, path, budget_ms=budget_ms, expect="data-test"))
    if "data-test" not in attrs:
        raise AssertionError(f"the harness reported nothing; body attributes: {attrs}")
    result = json.loads(attrs["data-test"])
    if isinstance(result, dict) and "error" in result:
        raise AssertionError("harness error: " + result["error"])
    return attrs, result


def synthetic_kg(n: int, seed: int = 7, meeting_share: float = 0.1, attach: int = 2):
    """A random, realistic-shaped KnowledgeGraph of ``n`` entities (for tests and benchmarks).

    Preferential attachment (a few hubs, many leaves; each new node links to
    ``attach`` earlier ones, so about ``attach * n`` edges), the four types,
    aliases, documents and evidence on every edge.
    """
    import random

    import networkx as nx

    from graphkit.graph import TYPE_COLORS, KnowledgeGraph

    rng = random.Random(seed)
    base = nx.barabasi_albert_graph(n, attach, seed=seed) if n > attach else nx.path_graph(n)
    types = list(TYPE_COLORS)
    g = nx.Graph()
    for i in base.nodes():
        t = types[i % len(types)]
        g.add_node(
            f"{t}:entity-{i}", label=f"Entity {i}", type=t, aliases=[f"E{i}", f"Ent. {i}"], titles=[],
            mentions=rng.randint(1, 40), documents=[f"doc-{i % 97}", f"doc-{(i * 7) % 97}"], code="",
        )
    ids = {i: f"{types[i % len(types)]}:entity-{i}" for i in base.nodes()}
    for u, v in base.edges():
        meeting = rng.random() < meeting_share and {ids[u].split(":")[0], ids[v].split(":")[0]} <= {"person", "organisation"}
        co = rng.randint(1, 5)
        g.add_edge(
            ids[u], ids[v], cooccurrences=co, meetings=int(meeting), affiliation="", weight=float(co + 2 * meeting),
            kind="meeting" if meeting else "cooccurrence", documents=[f"doc-{u % 97}"],
            evidence=[f"Entity {u} and Entity {v} were named together."], meeting_dates=["2025-07-30"] if meeting else [],
            meeting_places=["Tokyo"] if meeting else [],
        )
    return KnowledgeGraph(graph=g)
