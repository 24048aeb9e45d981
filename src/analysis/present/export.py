"""The corpus tables as files, and its findings as text: what the command line writes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..build.corpus import Corpus

SEVERITIES = ("error", "warning", "info")


def export_tables(tables: dict[str, pd.DataFrame], out: Path, fmt: str) -> list[Path]:
    """Write each table to `out` as `<table>.csv` or `<table>.parquet`."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            table.to_csv(path, index=False, lineterminator="\n")
        else:
            table.to_parquet(path, index=False)
        written.append(path)
    return written


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
