"""Command line: `python -m analysis COMMAND`. Each command is a thin call into the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from .cache import cache_dir
from .cache import clear as clear_cache
from .config import resolve_data_dir
from .corpus import Corpus, load_corpus
from .errors import CorpusError, ReportError


DATA_DIR_HELP = "corpus folder holding pages/*.txt (default: the bundled data)"
NO_CACHE_HELP = "parse every page again and write no cache (large corpora are cached by default)"


def write_tables(data_dir: Path | None, out: Path, fmt: str, cache: bool | None = None) -> list[Path]:
    """Write every table of the corpus to `out` as `<table>.csv` or `<table>.parquet`."""
    corpus = load_corpus(data_dir, cache=cache)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in corpus.tables().items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            table.to_csv(path, index=False, lineterminator="\n")
        else:
            table.to_parquet(path, index=False)
        written.append(path)
    return written


SEVERITIES = ("error", "warning", "info")


def findings_report(corpus: Corpus) -> str:
    """The quality findings as text, grouped by file and severity, errors first."""
    paths = dict(zip(corpus.documents["doc_id"], corpus.documents["path"]))
    q = corpus.quality
    lines = []
    for doc_id, found in q.groupby("doc_id", sort=True):
        lines.append(paths.get(doc_id, doc_id))
        for severity in SEVERITIES:
            rows = found[found["severity"] == severity]
            if len(rows):
                lines.append(f"  {severity} ({len(rows)})")
                for r in rows.itertuples():
                    at = "-" if pd.isna(r.line) else f"{r.line}:{r.column}"
                    lines.append(f"    {at:>8}  {r.code}: {r.message}")
    counts = q["severity"].value_counts()
    lines.append(
        f"{len(corpus.documents)} files checked, {q['doc_id'].nunique()} with findings: "
        + ", ".join(f"{counts.get(s, 0)} {s}{'s' * (counts.get(s, 0) != 1 and s != 'info')}" for s in SEVERITIES)
    )
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Content analysis of the Haaga-Helia, Laurea and Metropolia partnership pages.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    tables = commands.add_parser(
        "tables",
        help="write every table (documents, units, news, institutions, projects, mentions, quality)",
        description="Load a corpus and write each of its tables as one file in --out.",
    )
    tables.add_argument("--out", type=Path, required=True, help="folder to write the tables to (created if missing)")
    tables.add_argument("--format", choices=("csv", "parquet"), default="csv", help="file format (default: csv)")
    tables.add_argument("--data-dir", type=Path, default=None, help=DATA_DIR_HELP)
    tables.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "tables":
            paths = write_tables(args.data_dir, args.out, args.format, False if args.no_cache else None)
        elif args.command == "validate":
            corpus = load_corpus(args.data_dir, cache=False if args.no_cache else None)
            print(findings_report(corpus))
            return 1 if (corpus.quality["severity"] == "error").any() else 0
        elif args.command == "cache":
            root = resolve_data_dir(args.data_dir)
            print(f"removed {cache_dir(root)}" if clear_cache(root) else f"no cache in {root}")
            return 0
        elif args.command == "report":
            from .report import build_reports  # nbformat and nbclient take seconds to import

            paths = build_reports(args.data_dir, args.out)
        else:
            from .report import refresh_notebooks

            paths = refresh_notebooks()
        for path in paths:
            print(path)
    except (CorpusError, ReportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
