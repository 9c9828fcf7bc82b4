"""Time to first draw of graphkit's HTML page in headless chromium, at 500 and 5,000 nodes.

Run from the repository root::

    python tests/benchmarks/bench_html.py            # 500 and 5000 nodes, 3 runs each
    python tests/benchmarks/bench_html.py 500 2000 --runs 5
    python tests/benchmarks/bench_html.py 500 --attach 48   # dense: ~22,000 edges among 500 nodes

For each size it builds a synthetic graph (preferential attachment: a few
hubs, many leaves; ``--attach`` edges per new node, default 2; 10% meetings),
renders the page with ``max_nodes`` equal to the size (and the default edge cap), loads it in Debian's chromium (headless, off
the network) and reads ``<body data-draw-ms>``: ``performance.now()`` at
vis-network's first ``afterDrawing``, i.e. milliseconds from navigation start
to the first frame with the graph on it (parsing the 0.5 MB of inlined
vis-network included).  Also reported: page size, Python render time, and the
wall time of the whole chromium process (start-up and shut-down included).
Not collected by pytest (the file name does not start with ``test_``).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from graphkit.html import render_html  # noqa: E402
from tests.browser import body_attributes, dump_dom, synthetic_kg  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[500, 5000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--attach", type=int, default=2, help="edges from each new node (density; default 2)")
    ap.add_argument("--max-edges", type=int, default=None, help="edge cap of the page (default: the config's, 3000)")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = ap.parse_args(argv)
    print(f"{'nodes':>6} {'edges':>6} {'drawn':>6} {'page MB':>8} {'render s':>9} {'first draw ms (median, runs)':>30} {'chromium wall s':>16}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            kg = synthetic_kg(n, seed=1, attach=args.attach)
            t = time.perf_counter()
            page = render_html(kg, max_nodes=n, max_edges=args.max_edges)
            render_s = time.perf_counter() - t
            path = Path(tmp) / f"graph-{n}.html"
            path.write_text(page, encoding="utf-8")
            draws, walls = [], []
            for _ in range(args.runs):
                t = time.perf_counter()
                attrs = body_attributes(dump_dom(args.chromium, path, budget_ms=60000))
                walls.append(time.perf_counter() - t)
                if attrs.get("data-drawn") != "1" or attrs.get("data-nodes") != str(n):
                    raise SystemExit(f"page of {n} nodes did not draw: {attrs}")
                draws.append(int(attrs["data-draw-ms"]))
                drawn = attrs.get("data-edges", "?")
            print(f"{n:>6} {kg.graph.number_of_edges():>6} {drawn:>6} {len(page.encode()) / 1e6:>8.2f} {render_s:>9.2f} "
                  f"{statistics.median(draws):>10.0f} {str(draws):>19} {statistics.median(walls):>16.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
