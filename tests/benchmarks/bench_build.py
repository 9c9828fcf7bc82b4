"""Throughput, scaling, cache and memory benchmark of ``graphkit build`` (issue 5).

Not collected by pytest; run by hand, preferably on a quiet machine::

    python tests/benchmarks/bench_build.py                              # the README table
    python tests/benchmarks/bench_build.py --docs 2000 --memory-sizes 2000,5000,20000 --cli
    python tests/benchmarks/bench_build.py --docs 120 --memory-sizes 200 # smoke run

Corpus: the shared corpus texts plus the seeds, repeated under distinct ids, each
with a distinct closing line (so that the content-keyed cache sees distinct
documents).

1. **Overhead and scaling**, in one process, *interleaved*: the corpus is split
   into rounds; each round times raw ``nlp.pipe`` (same pipeline, same
   components), graphkit extraction with ``--jobs 1`` and with ``--jobs N`` on
   the same documents, rotating the order each round, so that load from other
   processes hits all three alike.  graphkit's time is what
   :func:`graphkit.build` does: reading the files, extraction, then corpus
   resolution and graph building (``build_graph``, timed once on all records and
   added).  Model loading is excluded on both sides.  Wall and CPU time.
2. **Cache**: the ``--jobs N`` rounds write the cache (cold); a fresh process
   then builds the corpus with the cache (warm), and again with one new
   document added (how many are extracted).
3. **Memory**: peak RSS (``ru_maxrss``) of a fresh build process per corpus
   size.  Sizes above ``--docs`` use exact copies of the texts under distinct
   ids: real records served by the cache (one per distinct text), so the main
   process holds 20,000 records and their graph without 20,000 extractions;
   extraction workers' RSS does not depend on the corpus size (measured in 1).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def base_texts() -> list[str]:
    paths = sorted((SHARED / "corpus" / "docs").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    if not paths:
        sys.exit(f"no corpus texts under {SHARED}/corpus/docs or {ROOT}/seeds")
    return [p.read_text(encoding="utf-8") for p in paths]


def make_corpus(folder: Path, n: int, distinct: bool = True) -> Path:
    """``n`` documents: the base texts repeated under distinct ids (with a distinct closing line if ``distinct``)."""
    marker = folder / f".complete-{n}-{int(distinct)}"
    if marker.exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    texts = base_texts()
    for i in range(n):
        text = texts[i % len(texts)]
        if distinct:
            text = text.rstrip("\n") + f"\n\n(Release number {i:06d}.)\n"
        (folder / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
    marker.touch()
    return folder


def _rss_mb() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(me, 1), round(kids, 1)


def _cpu() -> float:
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


class Clock:
    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def __enter__(self) -> "Clock":
        self._w, self._c = time.perf_counter(), _cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall += time.perf_counter() - self._w
        self.cpu += _cpu() - self._c


# -- children -----------------------------------------------------------------------
def child_interleaved(folder: Path, jobs: int, rounds: int, cache: str, raw_batch: int) -> dict:
    import graphkit
    from graphkit.cache import ExtractionCache
    from graphkit.documents import iter_documents
    from graphkit.engine import LocalEngine
    from graphkit.extract import get_extractor
    from graphkit.pipeline import extract_documents

    from graphkit.nlp import load_model

    config = graphkit.Config(jobs=1)
    get_extractor(config)  # model loaded once, before any timing
    # raw spaCy: a separate, untouched copy of the same pipeline with the same components
    # (graphkit's own sentence component, added by the extractor, is graphkit's cost)
    nlp = load_model.__wrapped__(config.model)
    files = sorted(folder.glob("*.txt"))
    list(nlp.pipe([files[0].read_text(encoding="utf-8")]))
    list(extract_documents(iter_documents(files[:2]), config))  # warm-up
    size = -(-len(files) // rounds)
    clocks = {"raw": Clock(), "one": Clock(), "many": Clock()}
    recs: dict[str, list] = {"one": [], "many": []}
    tokens = 0
    store = ExtractionCache.open(cache, config)

    def run(kind: str, chunk: list[Path]) -> None:
        nonlocal tokens
        with clocks[kind]:
            if kind == "raw":
                texts = [p.read_text(encoding="utf-8") for p in chunk]
                for doc in nlp.pipe(texts, batch_size=raw_batch or None):
                    tokens += len(doc)
            elif kind == "one":
                recs["one"].extend(extract_documents(iter_documents(chunk), config))
            else:
                recs["many"].extend(
                    extract_documents(iter_documents(chunk), graphkit.Config(jobs=jobs), engine=LocalEngine(jobs), cache=store)
                )

    kinds = ["raw", "one", "many"]
    for r in range(rounds):
        chunk = files[r * size : (r + 1) * size]
        if not chunk:
            break
        for kind in kinds[r % 3 :] + kinds[: r % 3]:
            run(kind, chunk)
        print(f"round {r + 1}/{rounds}: " + ", ".join(f"{k} {c.wall:.0f}s" for k, c in clocks.items()),
              file=sys.stderr, flush=True)
    store.close()
    graph = Clock()
    with graph:
        kg = graphkit.build_graph(recs["one"], config)
    identical = [r.to_dict() for r in recs["one"]] == [r.to_dict() for r in recs["many"]]
    return {
        "docs": len(files), "tokens": tokens, "pipes": nlp.pipe_names, "rounds": rounds, "identical": identical,
        "raw": [clocks["raw"].wall, clocks["raw"].cpu],
        "one": [clocks["one"].wall + graph.wall, clocks["one"].cpu + graph.cpu],
        "many": [clocks["many"].wall + graph.wall, clocks["many"].cpu + graph.cpu],
        "graph": [graph.wall, graph.cpu], "nodes": kg.graph.number_of_nodes(), "edges": kg.graph.number_of_edges(),
        "rss": _rss_mb(),
    }


def child_build(folder: Path, jobs: int, cache: str | None, extra: str | None) -> dict:
    import graphkit
    from graphkit.cache import ExtractionCache

    config = graphkit.Config(jobs=jobs)
    store = ExtractionCache.open(cache, config) if cache else None
    sources: list = [folder] + ([Path(extra)] if extra else [])
    with Clock() as c:
        kg = graphkit.build(sources, config, cache=store)
    out = {"docs": len(kg.documents), "seconds": c.wall, "cpu": c.cpu, "rss": _rss_mb(),
           "nodes": kg.graph.number_of_nodes(), "edges": kg.graph.number_of_edges()}
    if store is not None:
        out["hits"] = store.hits
        store.close()
    return out


def child_profile(folder: Path, n: int) -> dict:
    from pyinstrument import Profiler

    import graphkit
    from graphkit.extract import get_extractor

    get_extractor()
    docs = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))[:n]]
    profiler = Profiler(interval=0.002)
    profiler.start()
    graphkit.build(docs)
    profiler.stop()
    return {"text": profiler.output_text(unicode=False, color=False, show_all=False)}


#: Children import graphkit from a snapshot taken when the benchmark starts, so that
#: edits made to the tree meanwhile change neither the code measured nor the cache fingerprint.
SNAPSHOT: Path | None = None


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if SNAPSHOT is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SNAPSHOT), env.get("PYTHONPATH", "")]))
    return env


def take_snapshot(work: Path) -> Path:
    target = work / "snapshot"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "graphkit", target / "graphkit", ignore=shutil.ignore_patterns("__pycache__"))
    return target


def run_child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE, text=True, env=_env())
    if proc.returncode != 0:
        sys.exit(f"benchmark step failed: {' '.join(args)}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_cli(folder: Path, out: Path, jobs: int) -> tuple[float, str]:
    cmd = [sys.executable, "-m", "graphkit.cli", "build", str(folder), "-o", str(out), "--jobs", str(jobs),
           "--format", "graphml", "-q"]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env())
    if proc.returncode not in (0, 3):
        sys.exit(f"graphkit build failed:\n{proc.stderr[-3000:]}")
    return time.perf_counter() - t, proc.stdout


def load() -> str:
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "?"


def _unlink_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="corpus size for throughput, scaling and cache (default 2000)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes of the parallel runs (default 2)")
    ap.add_argument("--rounds", type=int, default=8, help="interleaved rounds (default 8)")
    ap.add_argument("--memory-sizes", default="2000,5000,20000", help="corpus sizes for peak RSS (default 2000,5000,20000)")
    ap.add_argument("--memory-only", action="store_true", help="only the peak-RSS runs")
    ap.add_argument("--raw-batch-size", type=int, default=16,
                    help="batch size of the raw nlp.pipe run (default 16, graphkit's; 0 = spaCy's default, 256)")
    ap.add_argument("--cli", action="store_true", help="also time the CLI end to end, cold and warm (another full extraction)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="also profile a jobs=1 build of N documents")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "graphkit-bench")
    ap.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        kind, folder, *rest = args.child
        if kind == "interleaved":
            result = child_interleaved(Path(folder), int(rest[0]), int(rest[1]), rest[2], int(rest[3]))
        elif kind == "build":
            result = child_build(Path(folder), int(rest[0]), None if rest[1] == "-" else rest[1],
                                 None if rest[2] == "-" else rest[2])
        else:
            result = child_profile(Path(folder), int(rest[0]))
        print(json.dumps(result))
        return

    global SNAPSHOT
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    SNAPSHOT = take_snapshot(work)
    n, j = args.docs, args.jobs
    rows: list[tuple[str, str]] = []
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"# graphkit build benchmark, {started}: {n} documents, {os.cpu_count()} cores, load {load()}, "
          f"code: working tree at {commit or '?'} (snapshot {SNAPSHOT})", flush=True)
    if not args.memory_only:
        corpus = make_corpus(work / f"corpus-{n}", n)
        cache = work / f"cache-{n}.sqlite"
        _unlink_db(cache)
        r = run_child("interleaved", str(corpus), str(j), str(args.rounds), str(cache), str(args.raw_batch_size))
        raw_rate, one_rate, many_rate = (r["docs"] / r[k][0] for k in ("raw", "one", "many"))
        rows += [
            (f"raw spaCy `nlp.pipe(batch_size={args.raw_batch_size or 'default'})`, 1 process ({'+'.join(r['pipes'])})",
             f"{raw_rate:.2f} docs/s ({r['tokens'] / r['raw'][0]:.0f} tokens/s), CPU {r['raw'][1]:.0f} s"),
            ("graphkit build, --jobs 1 (read, extract, resolve, graph)",
             f"{one_rate:.2f} docs/s, CPU {r['one'][1]:.0f} s (of which graph {r['graph'][0]:.1f} s)"),
            ("**overhead: graphkit --jobs 1 / raw spaCy**",
             f"**{one_rate / raw_rate:.3f}x** docs/s (CPU-time ratio {r['raw'][1] / r['one'][1]:.3f}x)"),
            (f"graphkit build, --jobs {j} (writing the cache)", f"{many_rate:.2f} docs/s, CPU {r['many'][1]:.0f} s"),
            (f"**scaling: --jobs {j} / --jobs 1**", f"**{many_rate / one_rate:.2f}x**; records identical: {r['identical']}"),
            (f"peak RSS, process with the model / largest --jobs {j} worker", f"{r['rss'][0]:.0f} MB / {r['rss'][1]:.0f} MB"),
        ]
        print(rows, flush=True)
        warm = run_child("build", str(corpus), str(j), str(cache), "-")
        extra = work / "one-more.txt"
        extra.write_text(base_texts()[0] + "\n\n(An added release.)\n", encoding="utf-8")
        plus = run_child("build", str(corpus), str(j), str(cache), str(extra))
        rows += [
            (f"cache cold: the --jobs {j} build above", f"{r['many'][0]:.1f} s"),
            ("cache warm re-run, fresh process, no model load", f"{warm['seconds']:.2f} s ({warm['hits']} hits)"),
            ("**warm re-run speed-up (cold / warm)**", f"**{r['many'][0] / warm['seconds']:.0f}x**"),
            (f"add one document to {n}", f"{plus['docs'] - plus['hits']} extracted, {plus['hits']} from cache, {plus['seconds']:.2f} s"),
            ("cache file", f"{cache.stat().st_size / 1e6:.1f} MB for {n} records"),
        ]
        print(rows[-5:], flush=True)
        if args.cli:
            out = work / "cli-out"
            shutil.rmtree(out, ignore_errors=True)
            c1, _ = run_cli(corpus, out, j)
            c2, _ = run_cli(corpus, out, j)
            rows += [(f"CLI end to end (process start, model load, GraphML), --jobs {j}: cold / warm",
                      f"{c1:.1f} s / {c2:.1f} s = **{c1 / c2:.0f}x**")]
        if args.profile:
            prof = run_child("profile", str(corpus), str(args.profile))
            print("\n```\n" + prof["text"] + "\n```", flush=True)

    mem_rows = []
    dup_cache = work / "cache-dup.sqlite"
    _unlink_db(dup_cache)
    distinct = len(base_texts())
    run_child("build", str(make_corpus(work / "dup-base", distinct, distinct=False)), "1", str(dup_cache), "-")
    for size in [int(s) for s in args.memory_sizes.split(",") if s.strip()]:
        folder = make_corpus(work / f"dup-{size}", size, distinct=False)
        m = run_child("build", str(folder), str(j), str(dup_cache), "-")
        assert m["hits"] == size, m
        mem_rows.append((size, m))
        print(size, m, flush=True)
        shutil.rmtree(folder, ignore_errors=True)

    print(f"\nload at the end: {load()}\n")
    if rows:
        print("| measurement | result |\n|---|---|")
        for k, v in rows:
            print(f"| {k} | {v} |")
    if mem_rows:
        print("\n| documents (records from the cache) | build s | peak RSS of the build process | nodes | edges |")
        print("|---|---|---|---|---|")
        for size, m in mem_rows:
            print(f"| {size} | {m['seconds']:.1f} | {m['rss'][0]:.0f} MB | {m['nodes']} | {m['edges']} |")


if __name__ == "__main__":
    main()
