"""Time writing and reading back big graphs in every data format (not collected by pytest).

Usage::

    python tests/benchmarks/bench_export.py                      # 100,000 nodes / 1,000,000 edges
    python tests/benchmarks/bench_export.py --nodes 10000 --edges 100000 --formats graphml,json

The graph looks like a graphkit build (typed entities with aliases, mention
counts and documents; co-occurrence and dated meeting edges with evidence),
with a few hundred communities so the layout has structure to find.  Each
step prints its wall time, the file size and the process's peak memory so far.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graphkit.export import FORMATS, output_files, prepare, write_graphml  # noqa: E402
from graphkit.export_formats import write_csv, write_gexf, write_json  # noqa: E402
from graphkit.graph import KnowledgeGraph  # noqa: E402

TYPES = ("person", "organisation", "place", "sector")


def make_graph(n_nodes: int, n_edges: int, seed: int = 1) -> KnowledgeGraph:
    """A random graphkit-like graph: communities of ~300 nodes, 5% edges across them."""
    rng = random.Random(seed)
    g = nx.Graph()
    for i in range(n_nodes):
        t = TYPES[i % 4]
        g.add_node(f"{t}:entity-{i}", label=f"Entity {i}", type=t, aliases=[f"E{i}", f"Ent. {i}"], titles=[],
                   code="", mentions=1 + rng.randrange(50), documents=[f"doc{rng.randrange(5000)}"])
    ids = list(g.nodes())
    block = 300
    count = 0
    while count < n_edges:
        a = rng.randrange(n_nodes)
        if rng.random() < 0.05:
            b = rng.randrange(n_nodes)
        else:
            b = min(n_nodes - 1, (a // block) * block + rng.randrange(block))
        if a == b or g.has_edge(ids[a], ids[b]):
            continue
        count += 1
        met = rng.random() < 0.1
        g.add_edge(ids[a], ids[b], cooccurrences=1 + rng.randrange(3), meetings=int(met), affiliation="",
                   weight=float(1 + rng.randrange(5)), documents=[f"doc{rng.randrange(5000)}"],
                   evidence=[f"Entity {a} met Entity {b} in a sentence of modest length."],
                   meeting_dates=[f"2025-0{1 + rng.randrange(9)}-1{rng.randrange(10)}"] if met else [],
                   meeting_places=[], planned=0, kind="meeting" if met else "cooccurrence")
    return KnowledgeGraph(graph=g)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step(name: str, fn, path: Path | None = None):
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    size = f"{path.stat().st_size / 1e6:8.1f} MB" if path is not None and path.exists() else " " * 11
    print(f"{name:<28} {seconds:8.1f} s {size}   peak RSS {peak_mb():7.0f} MB", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--formats", default="graphml,gexf,json,csv")
    parser.add_argument("--no-read", action="store_true", help="only time the writers")
    parser.add_argument("--keep", type=Path, default=None, help="write into this folder and keep the files")
    args = parser.parse_args(argv)
    formats = [f for f in args.formats.split(",") if f]
    for f in formats:
        if f not in FORMATS or f == "html":
            parser.error(f"format {f!r} is not benchmarked")
    print(f"graph: {args.nodes:,} nodes, {args.edges:,} edges; formats {', '.join(formats)}")
    kg = step("generate graph", lambda: make_graph(args.nodes, args.edges))
    data = step("prepare (layout + clean)", lambda: prepare(kg))
    out = args.keep or Path(tempfile.mkdtemp(prefix="graphkit-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        for fmt in formats:
            paths = [out / name for name in output_files(fmt)]
            if fmt == "graphml":
                step("write graphml", lambda: write_graphml(kg, paths[0], data=data), paths[0])
                if not args.no_read:
                    g = step("read graphml (networkx)", lambda: nx.read_graphml(paths[0]))
                    assert g.number_of_edges() == args.edges, g.number_of_edges()
                    del g
                    try:
                        import igraph
                    except ImportError:
                        print("read graphml (igraph)        skipped: python-igraph not installed")
                    else:
                        ig = step("read graphml (igraph)", lambda: igraph.Graph.Read_GraphML(str(paths[0])))
                        assert ig.ecount() == args.edges, ig.ecount()
                        del ig
            elif fmt == "gexf":
                step("write gexf", lambda: write_gexf(kg, paths[0], data=data), paths[0])
                if not args.no_read:
                    g = step("read gexf (networkx)", lambda: nx.read_gexf(paths[0]))
                    assert g.number_of_edges() == args.edges, g.number_of_edges()
                    del g
            elif fmt == "json":
                step("write json", lambda: write_json(kg, paths[0], data=data), paths[0])
                if not args.no_read:
                    def read_json():
                        with open(paths[0], encoding="utf-8") as fh:
                            return nx.node_link_graph(json.load(fh), edges="edges")
                    g = step("read json (node_link_graph)", read_json)
                    assert g.number_of_edges() == args.edges, g.number_of_edges()
                    del g
            elif fmt == "csv":
                step("write csv (nodes+edges)", lambda: write_csv(kg, paths[0], paths[1], data=data), paths[1])
    finally:
        if args.keep is None:
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
