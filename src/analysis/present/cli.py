"""Command line: `python -m analysis COMMAND`. Each command is a thin call into the library."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from ..errors import CorpusError, OutputError, ReportError
from ..load import load_corpus
from ..paths import check_out_dir, resolve_data_dir
from ..store import cache_dir
from ..store import clear as clear_cache
from .export import dated_text, export_tables, findings_text, table_files
from ..read.files import check_pages

DATA_DIR_HELP = "corpus folder holding pages/*.txt (default: the bundled data)"
NO_CACHE_HELP = "read every page again and write no cache (large corpora are cached by default)"
DEBUG_HELP = "on an internal error, print its traceback too"
EXIT_CODES = (
    "exit status: 0 done, no errors found; 1 validate found errors in the data; 2 usage error, "
    "or a folder or file the user can fix (the message says which); 3 internal error (--debug shows the traceback)"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Content analysis of the Haaga-Helia, Laurea and Metropolia partnership pages.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--debug", action="store_true", help=DEBUG_HELP)
    common = argparse.ArgumentParser(add_help=False)  # --debug after the command works too
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _corpus_commands(commands, common)
    _output_commands(commands, common)
    cache = commands.add_parser(
        "cache",
        parents=[common],
        help="manage the cache of parsed pages and tables (<data-dir>/.analysis_cache)",
        description="Large corpora keep parsed pages and tables in <data-dir>/.analysis_cache; "
        "'cache clear' removes it.",
    )
    cache.add_argument("action", choices=("clear",), help="clear: remove the cache")
    cache.add_argument("--data-dir", default=None, help=DATA_DIR_HELP)
    commands.add_parser(
        "notebooks",
        parents=[common],
        help="re-run the committed notebooks in place on the bundled data (their reference outputs)",
        description="Execute notebooks/*.ipynb top to bottom and save their outputs; nbval compares against them.",
    )
    return parser


def _corpus_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The commands that load a corpus and write its tables or findings."""
    tables = commands.add_parser(
        "tables",
        parents=[common],
        help="write every table of the corpus (documents, dates, units, news, sightings, institutions, projects, mentions, quality)",
        description="Load a corpus and write each of its tables as one file in --out. The folder is "
        "written whole or not at all, and never over the corpus's own files. CSV text cells starting "
        "with = + - @, a tab or a CR get a leading ' so that no spreadsheet runs them as formulas.",
    )
    tables.add_argument("--out", required=True, help="folder to write the tables to (created, or replaced whole)")
    tables.add_argument("--format", choices=("csv", "parquet"), default="csv", help="file format (default: csv)")
    tables.add_argument("--raw-csv", action="store_true", help="write CSV cells as they are, formulas and all")
    tables.add_argument("--data-dir", default=None, help=DATA_DIR_HELP)
    tables.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    validate = commands.add_parser(
        "validate",
        parents=[common],
        help="check every page and print the findings by file and severity",
        description="Load a corpus and print its quality findings grouped by file and severity. "
        "Exit status: 0 no errors, 1 errors found, 2 usage error, missing folder or no pages, 3 internal error.",
    )
    validate.add_argument("--data-dir", default=None, help=DATA_DIR_HELP)
    validate.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)


def _output_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The report command: notebooks executed on a corpus, written as HTML."""
    report = commands.add_parser(
        "report",
        parents=[common],
        help="execute the notebooks on a corpus and write self-contained HTML reports",
        description="Execute each analysis notebook on the corpus and export it as HTML without code "
        "cells, figures embedded, viewable offline; index.html links them. --out is written whole "
        "once every notebook ran, or not at all.",
    )
    report.add_argument("--data-dir", default=None, help=DATA_DIR_HELP)
    report.add_argument("--out", default="reports", help="folder to write to (default: reports; replaced whole)")
    report.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set a notebook parameter (repeatable), e.g. freq=quarter or freq=Q: the period of the timeline's counts",
    )


def main(argv: list[str] | None = None) -> int:
    """Run a command; its exit status as EXIT_CODES says."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (CorpusError, OutputError, ReportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug, not the user's doing: one line, the traceback on request
        if args.debug:
            traceback.print_exc()
        message = " ".join(str(exc).splitlines())
        print(f"internal error: {type(exc).__name__}: {message} (--debug shows the traceback)", file=sys.stderr)
        return 3


def _cache_option(args: argparse.Namespace) -> bool | None:
    return False if args.no_cache else None


def _tables(args: argparse.Namespace) -> int:
    root = resolve_data_dir(args.data_dir)
    check_out_dir(args.out, root, table_files())  # before the load: a bad --out fails at once
    corpus = load_corpus(root, cache=_cache_option(args))
    _print_paths(export_tables(corpus.tables(), args.out, args.format, raw=args.raw_csv))
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
    check_pages(resolve_data_dir(args.data_dir))  # at once: papermill and nbconvert take seconds to import
    from .report import build_reports

    _print_paths(build_reports(args.data_dir, args.out, args.param, progress=_running))
    return 0


def _running(name: str) -> None:
    """A line on stderr as each notebook starts: a report run takes a while."""
    print(f"running {name} …", file=sys.stderr, flush=True)


def _notebooks(args: argparse.Namespace) -> int:
    from .report import refresh_notebooks

    _print_paths(refresh_notebooks())
    return 0


def _print_paths(paths: list[Path]) -> None:
    for path in paths:
        print(path)


COMMANDS = {"tables": _tables, "validate": _validate, "cache": _cache, "report": _report, "notebooks": _notebooks}
