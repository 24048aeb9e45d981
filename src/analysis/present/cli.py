"""Command line: `python -m analysis COMMAND`. Each command is a thin call into the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import CorpusError, ReportError
from ..load import load_corpus
from ..paths import resolve_data_dir
from ..store import cache_dir
from ..store import clear as clear_cache
from .export import dated_text, export_tables, findings_text

DATA_DIR_HELP = "corpus folder holding pages/*.txt (default: the bundled data)"
NO_CACHE_HELP = "read every page again and write no cache (large corpora are cached by default)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Content analysis of the Haaga-Helia, Laurea and Metropolia partnership pages.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _corpus_commands(commands)
    report = commands.add_parser(
        "report",
        help="execute the notebooks on a corpus and write self-contained HTML reports",
        description="Execute each analysis notebook on the corpus and export it as HTML without code "
        "cells, figures embedded, viewable offline; index.html links them.",
    )
    report.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)
    report.add_argument("--out", type=Path, default=Path("reports"), help="folder to write to (default: reports)")
    validate = commands.add_parser(
        "validate",
        help="check every page and print the findings by file and severity",
        description="Load a corpus and print its quality findings grouped by file and severity. "
        "Exit status: 0 no errors, 1 errors found, 2 usage error, missing folder or no pages.",
    )
    validate.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)
    validate.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    cache = commands.add_parser(
        "cache",
        help="manage the cache of parsed pages and tables (<data-dir>/.analysis_cache)",
        description="Large corpora keep parsed pages and tables in <data-dir>/.analysis_cache; "
        "'cache clear' removes it.",
    )
    cache.add_argument("action", choices=("clear",), help="clear: remove the cache")
    cache.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)
    commands.add_parser(
        "notebooks",
        help="re-run the committed notebooks in place on the bundled data (their reference outputs)",
        description="Execute notebooks/*.ipynb top to bottom and save their outputs; nbval compares against them.",
    )
    return parser


def _corpus_commands(commands: argparse._SubParsersAction) -> None:
    """The commands that load a corpus and write its tables or findings."""
    tables = commands.add_parser(
        "tables",
        help="write every table (documents, units, news, institutions, projects, mentions, quality)",
        description="Load a corpus and write each of its tables as one file in --out.",
    )
    tables.add_argument("--out", type=Path, required=True, help="folder to write the tables to (created if missing)")
    tables.add_argument("--format", choices=("csv", "parquet"), default="csv", help="file format (default: csv)")
    tables.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)
    tables.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (CorpusError, ReportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _cache_option(args: argparse.Namespace) -> bool | None:
    return False if args.no_cache else None


def _tables(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.data_dir, cache=_cache_option(args))
    _print_paths(export_tables(corpus.tables(), args.out, args.format))
    return 0


def _validate(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.data_dir, cache=_cache_option(args))
    print(findings_text(corpus))
    print(dated_text(corpus.documents))
    return 1 if (corpus.quality["severity"] == "error").any() else 0


def _cache(args: argparse.Namespace) -> int:
    root = resolve_data_dir(args.data_dir)
    print(f"removed {cache_dir(root)}" if clear_cache(root) else f"no cache in {root}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from .report import build_reports  # nbformat and nbclient take seconds to import

    _print_paths(build_reports(args.data_dir, args.out))
    return 0


def _notebooks(args: argparse.Namespace) -> int:
    from .report import refresh_notebooks

    _print_paths(refresh_notebooks())
    return 0


def _print_paths(paths: list[Path]) -> None:
    for path in paths:
        print(path)


COMMANDS = {"tables": _tables, "validate": _validate, "cache": _cache, "report": _report, "notebooks": _notebooks}
