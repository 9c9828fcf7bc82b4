"""Throughput, scaling, cache and memory benchmark of ``graphkit build`` (issue 5).

Not collected by pytest; run by hand, preferably on a quiet machine::

    python tests/benchmarks/bench_build.py                       # 2,000 documents, memory at 2k and 5k
    python tests/benchmarks/bench_build.py --docs 2000 --memory-sizes 2000,5000,20000
    python tests/benchmarks/bench_build.py --docs 200 --memory-sizes 200 --quick   # smoke run

The corpus is the shared corpus texts plus the seeds, repeated under distinct ids
with a distinct closing line (so that the content-keyed cache sees distinct
documents).  Every measurement runs in a fresh subprocess; model loading is
excluded from the throughput figures on both sides (raw spaCy and graphkit) and
included in the end-to-end CLI figures.  Prints a Markdown table.
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


def make_corpus(folder: Path, n: int) -> Path:
    """``n`` documents: the base texts repeated, each with a distinct id and closing line."""
    marker = folder / f".complete-{n}"
    if marker.exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    texts = base_texts()
    for i in range(n):
        text = texts[i % len(texts)].rstrip("\n") + f"\n\n(Release number {i:06d}.)\n"
        (folder / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
    marker.touch()
    return folder


# -- measurements, each run in a child process ------------------------------------------
def _rss_mb() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(me, 1), round(kids, 1)


def _cpu() -> float:
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def child_raw(folder: Path) -> dict:
    from graphkit.nlp import load_model

    nlp = load_model()
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    list(nlp.pipe(texts[:8]))  # warm-up
    cpu, t = _cpu(), time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts):
        words += len(doc)
    seconds = time.perf_counter() - t
    return {"docs": len(texts), "seconds": seconds, "cpu": _cpu() - cpu, "tokens": words,
            "pipes": nlp.pipe_names, "rss": _rss_mb()}


def child_build(folder: Path, jobs: int, cache: str | None, extra: str | None) -> dict:
    import graphkit
    from graphkit.cache import ExtractionCache
    from graphkit.extract import get_extractor

    config = graphkit.Config(jobs=jobs)
    if cache is None or not Path(cache).exists():
        get_extractor(config)  # model load excluded, as for raw spaCy (a warm cache needs no model)
    store = ExtractionCache.open(cache, config) if cache else None
    sources: list = [folder] + ([Path(extra)] if extra else [])
    cpu, t = _cpu(), time.perf_counter()
    kg = graphkit.build(sources, config, cache=store)
    seconds = time.perf_counter() - t
    out = {"docs": len(kg.documents), "seconds": seconds, "cpu": _cpu() - cpu, "rss": _rss_mb(),
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


def run_child(*args: str) -> dict:
    cmd = [sys.executable, __file__, "--child", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"benchmark step failed: {' '.join(args)}\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_cli(folder: Path, out: Path, jobs: int) -> tuple[float, str]:
    cmd = [sys.executable, "-m", "graphkit.cli", "build", str(folder), "-o", str(out), "--jobs", str(jobs),
           "--format", "graphml"]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if proc.returncode not in (0, 3):
        sys.exit(f"graphkit build failed:\n{proc.stderr[-3000:]}")
    return seconds, proc.stdout.strip().splitlines()[-1]


def load() -> str:
    return open("/proc/loadavg").read().split(" ")[:3].__str__() if os.path.exists("/proc/loadavg") else "?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="corpus size for throughput, scaling and cache (default 2000)")
    ap.add_argument("--memory-sizes", default="2000,5000", help="comma-separated corpus sizes for peak RSS (default 2000,5000)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the parallel runs (default 2)")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "graphkit-bench")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="also profile a jobs=1 build of N documents")
    ap.add_argument("--quick", action="store_true", help="skip the end-to-end CLI runs")
    ap.add_argument("--memory-only", action="store_true", help="only the peak-RSS runs of --memory-sizes")
    ap.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        kind, folder, *rest = args.child
        if kind == "raw":
            result = child_raw(Path(folder))
        elif kind == "build":
            jobs, cache, extra = int(rest[0]), rest[1] if rest[1] != "-" else None, rest[2] if rest[2] != "-" else None
            result = child_build(Path(folder), jobs, cache, extra)
        else:
            result = child_profile(Path(folder), int(rest[0]))
        print(json.dumps(result))
        return

    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    n = args.docs
    corpus = make_corpus(work / f"corpus-{n}", n)
    rows: list[tuple[str, str]] = []
    print(f"# graphkit build benchmark: {n} documents, {os.cpu_count()} cores, load {load()}", flush=True)

    if args.memory_only:
        return memory(args, work, [], {})
    raw = run_child("raw", str(corpus))
    rows.append(("raw spaCy nlp.pipe, 1 process (" + "+".join(raw["pipes"]) + ")",
                 f"{raw['docs'] / raw['seconds']:.1f} docs/s ({raw['tokens'] / raw['seconds']:.0f} tokens/s)"))
    print(rows[-1], flush=True)
    b1 = run_child("build", str(corpus), "1", "-", "-")
    ratio = (b1["docs"] / b1["seconds"]) / (raw["docs"] / raw["seconds"])
    rows.append(("graphkit.build, --jobs 1, no cache", f"{b1['docs'] / b1['seconds']:.1f} docs/s"))
    rows.append(("ratio graphkit / raw spaCy (wall; CPU-time ratio)",
                 f"**{ratio:.3f}x** (CPU {raw['cpu'] / max(b1['cpu'], 1e-9):.3f}x)"))
    print(rows[-2:], flush=True)
    bj = run_child("build", str(corpus), str(args.jobs), "-", "-")
    rows.append((f"graphkit.build, --jobs {args.jobs}, no cache", f"{bj['docs'] / bj['seconds']:.1f} docs/s"))
    rows.append((f"scaling --jobs {args.jobs} / --jobs 1", f"**{b1['seconds'] / bj['seconds']:.2f}x**"))
    print(rows[-2:], flush=True)

    cache = work / f"cache-{n}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(cache) + suffix).unlink(missing_ok=True)
    cold = run_child("build", str(corpus), str(args.jobs), str(cache), "-")
    warm = run_child("build", str(corpus), str(args.jobs), str(cache), "-")
    extra = work / "one-more.txt"
    extra.write_text(base_texts()[0] + "\n\n(An added release.)\n", encoding="utf-8")
    plus = run_child("build", str(corpus), str(args.jobs), str(cache), str(extra))
    rows.append((f"cache cold (--jobs {args.jobs}, writes records)", f"{cold['seconds']:.1f} s"))
    rows.append(("cache warm re-run (all hits)", f"{warm['seconds']:.2f} s, hits {warm['hits']}"))
    rows.append(("warm re-run speed-up (cold / warm)", f"**{cold['seconds'] / warm['seconds']:.0f}x**"))
    rows.append((f"add one document to {n}", f"{plus['docs'] - plus['hits']} extracted, {plus['hits']} from cache, {plus['seconds']:.2f} s"))
    rows.append(("cache file size", f"{cache.stat().st_size / 1e6:.1f} MB"))
    print(rows[-5:], flush=True)

    if not args.quick:
        out = work / "cli-out"
        shutil.rmtree(out, ignore_errors=True)
        c1, line1 = run_cli(corpus, out, args.jobs)
        c2, line2 = run_cli(corpus, out, args.jobs)
        rows.append((f"CLI end-to-end cold (process start, model load, GraphML), --jobs {args.jobs}", f"{c1:.1f} s: {line1}"))
        rows.append(("CLI end-to-end warm re-run", f"{c2:.1f} s: {line2}; cold/warm **{c1 / c2:.0f}x**"))
        print(rows[-2:], flush=True)

    memory(args, work, rows, {n: bj})


def memory(args: argparse.Namespace, work: Path, rows: list[tuple[str, str]], known: dict[int, dict]) -> None:
    n = args.docs
    mem_rows = []
    for size in [int(s) for s in args.memory_sizes.split(",") if s.strip()]:
        folder = make_corpus(work / f"corpus-{size}", size)
        m = known.get(size) or run_child("build", str(folder), str(args.jobs), "-", "-")
        mem_rows.append((size, m))
        print(size, m, flush=True)
        if size != n:
            shutil.rmtree(folder, ignore_errors=True)

    print(f"\nload at the end: {load()}\n")
    if rows:
        print("| measurement | result |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")
    print("\n| documents | --jobs | seconds | docs/s | peak RSS main process | peak RSS largest worker | nodes | edges |")
    print("|---|---|---|---|---|---|---|---|")
    for size, m in mem_rows:
        print(f"| {size} | {args.jobs} | {m['seconds']:.0f} | {m['docs'] / m['seconds']:.1f} | {m['rss'][0]:.0f} MB "
              f"| {m['rss'][1]:.0f} MB | {m['nodes']} | {m['edges']} |")
    if args.profile:
        prof = run_child("profile", str(make_corpus(work / f"corpus-{n}", n)), str(args.profile))
        print("\n```\n" + prof["text"] + "\n```")


if __name__ == "__main__":
    main()
