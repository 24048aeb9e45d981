"""Parsed pages and built tables cached as Parquet in `<corpus>/.analysis_cache/`.

Two levels: when no page file and no reference table changed since the last load, the
seven tables are read back whole; otherwise each unchanged file's parsed record is reused
and only changed or added files are parsed again (removed ones drop out). A file counts
as unchanged while its size and modification time are. The parser's version, the size
limit and the institution names are part of the key, so a new parser re-parses everything.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

CACHE_DIR = ".analysis_cache"
CACHE_MIN = 1000  # pages; smaller folders load in about a second and are not cached
_RECORDS = "pages.parquet"
_META = "meta.json"


def cache_dir(root: Path) -> Path:
    return root / CACHE_DIR


def file_stats(paths: list[Path], root: Path) -> dict[str, list[int]]:
    """rel path -> [size, mtime_ns]: what tells an unchanged file."""
    stats = {}
    for path in paths:
        st = path.stat()
        stats[path.relative_to(root).as_posix()] = [st.st_size, st.st_mtime_ns]
    return stats


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def read_meta(root: Path) -> dict:
    try:
        return json.loads((cache_dir(root) / _META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def read_tables(root: Path, names: tuple[str, ...]) -> tuple[dict[str, pd.DataFrame], dict[str, str]] | None:
    """The cached tables and page texts, or None when something is missing or unreadable."""
    folder = cache_dir(root)
    try:
        tables = {name: pd.read_parquet(folder / f"{name}.parquet") for name in names}
        texts = pq.read_table(folder / _RECORDS, columns=["doc_id", "text"]).to_pydict()
    except (OSError, pa.ArrowException):
        return None
    return tables, dict(zip(texts["doc_id"], texts["text"]))


def read_records(root: Path, version: str, stats: dict[str, list[int]]) -> dict[str, dict]:
    """Cached parsed records (as dicts) of the files whose stats have not changed."""
    meta = read_meta(root)
    if meta.get("version") != version:
        return {}
    try:
        rows = pq.read_table(cache_dir(root) / _RECORDS).to_pylist()
    except (OSError, pa.ArrowException):
        return {}
    old = meta.get("stats", {})
    return {row["rel"]: row for row in rows if row["rel"] in stats and old.get(row["rel"]) == stats[row["rel"]]}


def write(root: Path, meta: dict, records: list[dict], tables: dict[str, pd.DataFrame]) -> bool:
    """Store records, tables and their key; False (and no cache) where the folder is read-only."""
    folder = cache_dir(root)
    try:
        folder.mkdir(exist_ok=True)
        pq.write_table(pa.Table.from_pylist(records), folder / _RECORDS)
        for name, table in tables.items():
            table.to_parquet(folder / f"{name}.parquet", index=False)
        (folder / _META).write_text(json.dumps(meta), encoding="utf-8")
    except OSError:
        return False
    return True


def clear(root: Path) -> bool:
    """Remove the cache of a corpus folder; True if there was one."""
    folder = cache_dir(root)
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True

