"""The corpus tables as files, and its findings as text: what the command line writes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ..build.corpus import Corpus
from ..paths import staged_dir

SEVERITIES = ("error", "warning", "info")
FORMATS = ("csv", "parquet")
# A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def table_files(names: Iterable[str] = Corpus.TABLES) -> set[str]:
    """Every file name an export of the tables `names` may leave in its folder."""
    return {f"{name}.{fmt}" for name in names for fmt in FORMATS}


def export_tables(tables: dict[str, pd.DataFrame], out: str | Path, fmt: str, raw: bool = False) -> list[Path]:
    """Write each table to `out` as `<table>.csv` or `<table>.parquet`, all of them or none
    (see `staged_dir`). CSV text cells that would start a formula are neutralised unless
    `raw`; Parquet keeps every cell as it is (no spreadsheet opens it)."""
    with staged_dir(out, table_files(tables)) as stage:
        for name, table in tables.items():
            path = stage / f"{name}.{fmt}"
            if fmt == "csv":
                (table if raw else spreadsheet_safe(table)).to_csv(path, index=False, lineterminator="\n")
            else:
                table.to_parquet(path, index=False)
    return [Path(out) / f"{name}.{fmt}" for name in tables]


def spreadsheet_safe(table: pd.DataFrame) -> pd.DataFrame:
    """`table` with a `'` before each text cell that starts like a formula (`=`, `+`, `-`,
    `@`, tab, CR), so that a spreadsheet shows it rather than runs it (OWASP's advice on CSV
    injection). Number, date and missing cells are left as they are; so is `table`."""
    safe = table.copy(deep=False)
    for column in table.columns:
        cells = table[column]
        if isinstance(cells.dtype, pd.CategoricalDtype):  # doc ids, publishers: page-given text too
            cells = cells.astype("string")
        risky = _formula_cells(cells)
        if risky is not None and risky.any():
            safe[column] = cells.mask(risky, "'" + cells[risky])
    return safe


def _formula_cells(cells: pd.Series) -> pd.Series | None:
    """Where a column's text cells start like a formula; None for a column without text."""
    if isinstance(cells.dtype, pd.StringDtype):
        return cells.str.startswith(FORMULA_START, na=False).astype(bool)
    if cells.dtype == object:
        return cells.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_START)).astype(bool)
    return None


def findings_text(corpus: Corpus) -> str:
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


def dated_text(documents: pd.DataFrame) -> str:
    """Pages with a publication date, per layout: where the reader could date what it read
    (a page it could not read at all counts as `unread`)."""
    found = pd.DataFrame({"layout": documents["layout"].fillna("unread"), "dated": documents["published_date"].notna()})
    per_layout = found.groupby("layout", sort=True)["dated"].agg(["sum", "size"])
    lines = [f"  {layout}: {dated} of {pages} pages dated" for layout, (dated, pages) in per_layout.iterrows()]
    return "\n".join(["publication dates per layout:", *lines])
