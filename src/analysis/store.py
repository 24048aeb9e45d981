"""The cache of a corpus folder, `<corpus>/.analysis_cache/`, behind a lookup/put API.

Two levels. The read tables (`schema.READ`) are kept as Parquet, `read_<name>.parquet`,
valid while the reader's version and the size limit are the same: the rows of each file
whose size and modification time have not changed are reused, and only changed or added
files are read again (removed ones drop out). The corpus tables and the page texts are
kept as uncompressed Arrow IPC files, `<table>.arrow`, valid while no page file and no
reference table changed: they are memory-mapped back, which takes milliseconds where
decoding Parquet takes seconds. Reference tables are not part of the first level, so an
edited alias re-matches names without reading any page again. Files are replaced, never
rewritten in place, so a corpus loaded earlier keeps its mapped tables; the key that
makes a level valid is written last.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .build.schema import READ, arrow_frame
from .read.page import PARSER_VERSION

CACHE_DIR = ".analysis_cache"
CACHE_MIN = 1000  # pages; smaller folders load in about a second and are not cached
FORMAT = 2  # of the cache's files: bump when what they hold changes
COMPRESSION = "lz4"  # Parquet: reads back faster than snappy, at about the same size
_META = "meta.json"


class Cached(NamedTuple):
    """What a lookup found: every table (and the texts), or the read tables of the
    unchanged files, or nothing."""

    tables: dict[str, pd.DataFrame] | None = None
    texts: pa.Table | None = None
    read: dict[str, pa.Table] | None = None


class Store:
    """The cache of one corpus folder, as one load sees it: its page files' sizes and
    times, and the keys the two levels must have to be valid."""

    def __init__(self, root: Path, files: list[str], max_bytes: int, references: list[Path]):
        self.folder = cache_dir(root)
        self.stats = file_stats(files, root / "pages")
        self.read_key = digest(FORMAT, PARSER_VERSION, max_bytes)
        self.tables_key = digest(self.read_key, [path.read_bytes().hex() for path in references], self.stats)

    def lookup(self, tables: tuple[str, ...], read_only: bool = False) -> Cached:
        """Every table when nothing changed (unless `read_only`), else the read tables of
        the files that did not change."""
        meta = read_meta(self.folder)
        if not read_only and meta.get("tables_key") == self.tables_key:
            try:
                found = {name: arrow_frame(map_arrow(self.folder / f"{name}.arrow")) for name in tables}
                return Cached(tables=found, texts=map_arrow(self.folder / "texts.arrow"))
            except (OSError, pa.ArrowException):
                pass
        if meta.get("read_key") != self.read_key:
            return Cached()
        return Cached(read=self._unchanged(meta.get("stats", {})))

    def _unchanged(self, old: dict[str, list[int]]) -> dict[str, pa.Table] | None:
        """The cached read rows of the files whose size and time are what they were."""
        try:
            read = {name: pq.read_table(self.folder / f"read_{name}.parquet", schema=schema) for name, schema in READ.items()}
        except (OSError, pa.ArrowException):
            return None
        same = pa.array([rel for rel, stat in self.stats.items() if old.get(rel) == stat], pa.large_string())
        documents = read["documents"].filter(pc.is_in(read["documents"]["path"], same))
        doc_ids = documents["doc_id"].combine_chunks()
        return {name: documents if name == "documents" else t.filter(pc.is_in(t["doc_id"], doc_ids)) for name, t in read.items()}

    def put_read(self, read: dict[str, pa.Table]) -> bool:
        """Keep the read tables; False (and no cache) where the folder is read-only."""
        try:
            self.folder.mkdir(exist_ok=True)
            (self.folder / _META).unlink(missing_ok=True)  # a cache half written is never read
            for name, table in read.items():
                part = self.folder / f"read_{name}.parquet.part"
                pq.write_table(table, part, compression=COMPRESSION)
                os.replace(part, self.folder / f"read_{name}.parquet")
            write_meta(self.folder, {"read_key": self.read_key, "stats": self.stats})
        except OSError:
            return False
        return True

    def put_tables(self, tables: dict[str, pd.DataFrame], texts: pa.Table) -> bool:
        """Keep the tables and the pages' texts, then the key that makes them valid."""
        try:
            for name, table in tables.items():
                write_arrow(self.folder / f"{name}.arrow", pa.Table.from_pandas(table, preserve_index=False))
            write_arrow(self.folder / "texts.arrow", texts)
            write_meta(self.folder, {"read_key": self.read_key, "stats": self.stats, "tables_key": self.tables_key})
        except OSError:
            return False
        return True


def cache_dir(root: Path) -> Path:
    return root / CACHE_DIR


def file_stats(files: list[str], pages_dir: Path) -> dict[str, list[int]]:
    """rel path -> [size, mtime_ns] of each of `files`: what tells an unchanged file."""
    wanted = set(files)
    with os.scandir(pages_dir) as entries:
        found = {e.name: e.stat() for e in entries if e.name in wanted}
    return {f"pages/{name}": [found[name].st_size, found[name].st_mtime_ns] for name in files}


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def read_meta(folder: Path) -> dict:
    try:
        return json.loads((folder / _META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_meta(folder: Path, meta: dict) -> None:
    part = folder / f"{_META}.part"
    part.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(part, folder / _META)


def write_arrow(path: Path, table: pa.Table) -> None:
    """An uncompressed Arrow IPC file, written under a temporary name and then put in
    place, so that a reader that mapped the old file keeps it whole."""
    part = path.with_name(path.name + ".part")
    with pa.OSFile(str(part), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    os.replace(part, path)


def map_arrow(path: Path) -> pa.Table:
    """An Arrow IPC file, memory-mapped: nothing is read until it is used."""
    return pa.ipc.open_file(pa.memory_map(str(path))).read_all()


def clear(root: Path) -> bool:
    """Remove the cache of a corpus folder; True if there was one."""
    folder = cache_dir(root)
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True
