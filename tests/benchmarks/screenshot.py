"""Screenshot of the HTML page built from seeds/, for the README: notebooks/graph.png.

Run from the repository root::

    python tests/benchmarks/screenshot.py [--out notebooks/graph.png] [--size 1280x800]

Builds ``seeds/`` with the Python API, writes the page to a temporary folder,
and has Debian's headless chromium (off the network) save the screenshot,
then checks the PNG is not blank.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import graphkit  # noqa: E402
from tests.browser import body_attributes, dump_dom, png_stats, read_png, screenshot  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "notebooks" / "graph.png")
    ap.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = ap.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    kg = graphkit.build([ROOT / "seeds"])
    with tempfile.TemporaryDirectory() as tmp:
        page = kg.write_html(Path(tmp) / "graph.html")
        attrs = body_attributes(dump_dom(args.chromium, page, window=(width, height)))
        if attrs.get("data-drawn") != "1":
            raise SystemExit(f"the page did not draw: {attrs}")
        shot = screenshot(args.chromium, page, Path(tmp) / "graph.png", window=(width, height))
        colours, spread = png_stats(read_png(shot.read_bytes()))
        if colours < 40 or spread < 5:
            raise SystemExit(f"the screenshot looks blank ({colours} colours, spread {spread:.1f})")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, args.out)
    print(f"{args.out}: {width}x{height}, {kg!r}, {colours} colours")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
