"""Parsed pages and built tables cached in `<corpus>/.analysis_cache/`.

Two levels. The parsed columns (`pages.PARSED`) are kept as Parquet, `parsed_<name>.parquet`:
when files changed, the rows of each unchanged file are reused and only changed or added
files are parsed again (removed ones drop out). The seven tables and the page texts are
kept as uncompressed Arrow IPC files, `<table>.arrow`: when no page file and no reference
table changed, they are memory-mapped back, which takes milliseconds where decoding
Parquet takes seconds. A file counts as unchanged while its size and modification time
are. The parser's version, the size limit and the institution names are part of the key,
so a new parser re-parses everything. Files are replaced, never rewritten in place, so a
corpus loaded earlier keeps its mapped tables.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .pages import PARSED, map_arrow, write_arrow
from .tables import arrow_frame

CACHE_DIR = ".analysis_cache"
CACHE_MIN = 1000  # pages; smaller folders load in about a second and are not cached
_META = "meta.json"
COMPRESSION = "lz4"  # Parquet: reads back faster than snappy, at about the same size


def cache_dir(root: Path) -> Path:
    return root / CACHE_DIR


def file_stats(files: list[str], root: Path) -> dict[str, list[int]]:
    """rel path -> [size, mtime_ns] of each of `files` in `root/pages`: what tells an
    unchanged file."""
    wanted = set(files)
    with os.scandir(root / "pages") as entries:
        found = {e.name: e.stat() for e in entries if e.name in wanted}
    return {f"pages/{name}": [found[name].st_size, found[name].st_mtime_ns] for name in files}


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def read_meta(root: Path) -> dict:
    try:
        return json.loads((cache_dir(root) / _META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def read_tables(root: Path, names: tuple[str, ...]) -> tuple[dict[str, pd.DataFrame], pa.Table] | None:
    """The cached tables and the pages' doc_id and text, memory-mapped, or None when
    something is missing or unreadable."""
    folder = cache_dir(root)
    try:
        tables = {name: arrow_frame(map_arrow(folder / f"{name}.arrow")) for name in names}
        texts = map_arrow(folder / "texts.arrow")
    except (OSError, pa.ArrowException):
        return None
    return tables, texts


def read_parsed(root: Path, version: str, stats: dict[str, list[int]]) -> dict[str, pa.Table] | None:
    """The cached parsed columns of the files whose stats have not changed."""
    meta = read_meta(root)
    if meta.get("version") != version:
        return None
    folder, old = cache_dir(root), meta.get("stats", {})
    try:
        parsed = {name: pq.read_table(folder / f"parsed_{name}.parquet", schema=schema) for name, schema in PARSED.items()}
    except (OSError, pa.ArrowException):
        return None
    same = [rel for rel, stat in stats.items() if old.get(rel) == stat]
    pages = parsed["pages"].filter(pc.is_in(parsed["pages"]["path"], pa.array(same, pa.large_string())))
    doc_ids = pages["doc_id"].combine_chunks()
    return {name: pages if name == "pages" else t.filter(pc.is_in(t["doc_id"], doc_ids)) for name, t in parsed.items()}


def write_parsed(root: Path, parsed: dict[str, pa.Table]) -> bool:
    """Store the parsed columns (the key is written last, by `write_tables`); False (and
    no cache) where the folder is read-only."""
    folder = cache_dir(root)
    try:
        folder.mkdir(exist_ok=True)
        (folder / _META).unlink(missing_ok=True)  # a cache half written is never read
        for name, table in parsed.items():
            pq.write_table(table, folder / f"parsed_{name}.parquet.part", compression=COMPRESSION)
            os.replace(folder / f"parsed_{name}.parquet.part", folder / f"parsed_{name}.parquet")
    except OSError:
        return False
    return True


def write_tables(root: Path, meta: dict, tables: dict[str, pd.DataFrame], texts: pa.Table) -> bool:
    """Store the tables and the pages' texts, then the key that makes the cache valid."""
    folder = cache_dir(root)
    if not folder.is_dir():
        return False
    try:
        for name, table in tables.items():
            write_arrow(folder / f"{name}.arrow", pa.Table.from_pandas(table, preserve_index=False))
        write_arrow(folder / "texts.arrow", texts)
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
