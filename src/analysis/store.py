"""The cache of a corpus folder, `<corpus>/.analysis_cache/`, behind a lookup/put API.

Two levels. The read tables (`schema.READ`) are kept as Parquet, `read_<name>.parquet`,
valid while the reader's version and the size limit are the same: the rows of each file
whose size, times and inode have not changed are reused, and only changed or added files
are read again (removed ones drop out). The corpus tables and the page texts are kept as
uncompressed Arrow IPC files, `<table>.arrow`, valid while no page file and no reference
table changed: they are memory-mapped back, which takes milliseconds where decoding
Parquet takes seconds. Reference tables are not part of the first level, so an edited
alias re-matches names without reading any page again.

The cache proves what it serves: each file's checksum is recorded when it is written, in
the meta file, which is written last and checks itself; a file is read or mapped only
once its bytes match. One that does not is never served: its level is built again and
the lookup names it (`Cached.corrupt`). Files are replaced, never rewritten in place, so a
corpus loaded earlier keeps its mapped tables. `CACHEDIR.TAG` marks the folder as the
cache's own (and, to backup tools, as a cache): `clear` removes nothing else.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zlib
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .build.schema import READ, arrow_frame
from .build.tables import BUILD_VERSION
from .errors import CorpusError
from .read.files import page_id
from .read.page import PARSER_VERSION

CACHE_DIR = ".analysis_cache"
CACHE_MIN = 1000  # pages; smaller folders load in about a second and are not cached
FORMAT = 3  # of the cache's files: bump when what they hold changes
COMPRESSION = "lz4"  # Parquet: reads back faster than snappy, at about the same size
TAG = "CACHEDIR.TAG"
_TAG_TEXT = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"  # https://bford.info/cachedir/
    "# The cache of partnership-analysis: 'python -m analysis cache clear' removes this folder.\n"
)
_META = "meta.json"
_OWN = re.compile(r"(meta\.json|read_\w+\.parquet|\w+\.arrow)(\.part)?|CACHEDIR\.TAG")  # every name the cache writes


class Cached(NamedTuple):
    """What a lookup found: every table (and the texts), or the read tables of the
    unchanged files, or nothing; and the cache files that failed their check."""

    tables: dict[str, pd.DataFrame] | None = None
    texts: pa.Table | None = None
    read: dict[str, pa.Table] | None = None
    corrupt: tuple[str, ...] = ()


class CorruptFile(Exception):
    """A cache file whose bytes are not those written (its name is the message)."""


class Store:
    """The cache of one corpus folder, as one load sees it: its page files' stats, the
    keys the two levels must have to be valid, and the checksums of what it writes."""

    def __init__(self, root: Path, files: list[str], max_bytes: int, references: list[Path]):
        self.folder = cache_dir(root)
        self.stats = file_stats(files, root / "pages")
        self.read_key = digest(FORMAT, PARSER_VERSION, max_bytes)
        self.tables_key = digest(self.read_key, BUILD_VERSION, [path.read_bytes().hex() for path in references], self.stats)
        self.sums: dict[str, str] = {}  # file name -> checksum, of the files this load wrote
        self.corrupt: list[str] = []  # the files that failed their check in a lookup

    def lookup(self, tables: tuple[str, ...], read_only: bool = False) -> Cached:
        """Every table when nothing changed (unless `read_only`), else the read tables of
        the files that did not change."""
        meta = self._meta()
        if not read_only and meta.get("tables_key") == self.tables_key:
            found = self._tables(tables, meta["sums"])
            if found is not None:
                return found
        read = self._unchanged(meta["stats"], meta["sums"]) if meta.get("read_key") == self.read_key else None
        return Cached(read=read, corrupt=tuple(self.corrupt))

    def _meta(self) -> dict:
        try:
            return read_meta(self.folder)
        except CorruptFile:
            self.corrupt.append(_META)
            return {}

    def _tables(self, tables: tuple[str, ...], sums: dict[str, str]) -> Cached | None:
        """The corpus tables and the texts, mapped; None when any of them is not there
        or not as written."""
        try:
            found = {name: arrow_frame(read_arrow(self._verified(f"{name}.arrow", sums))) for name in tables}
            return Cached(tables=found, texts=read_arrow(self._verified("texts.arrow", sums)))
        except (CorruptFile, pa.ArrowException):
            return None

    def _unchanged(self, old: dict[str, list[int]], sums: dict[str, str]) -> dict[str, pa.Table] | None:
        """The cached read rows of the files whose stats are what they were and that
        could be read (a file that could not is tried again)."""
        try:
            read = {
                name: pq.read_table(pa.BufferReader(self._verified(f"read_{name}.parquet", sums)), schema=schema)
                for name, schema in READ.items()
            }
        except (CorruptFile, pa.ArrowException):
            return None
        same = pa.array([page_id(name) for name, stat in self.stats.items() if old.get(name) == stat], pa.large_string())
        documents = read["documents"]
        unread = documents["doc_id"].filter(pc.is_null(documents["sha256"]))  # tried again: an I/O error may pass
        keep = pc.and_(pc.is_in(documents["doc_id"], same), pc.invert(pc.is_in(documents["doc_id"], unread)))
        same = documents["doc_id"].filter(keep)
        return {name: table.filter(pc.is_in(table["doc_id"], same)) for name, table in read.items()}

    def _verified(self, name: str, sums: dict[str, str]) -> pa.Buffer:
        """A cache file's bytes, memory-mapped, once they match the checksum recorded
        when it was written: what is checked is what is then read."""
        try:
            data = pa.memory_map(str(self.folder / name)).read_buffer()
        except OSError:
            data = None
        if data is None or checksum(data) != sums.get(name):
            self.corrupt.append(name)
            raise CorruptFile(name)
        return data

    def put_read(self, read: dict[str, pa.Table]) -> bool:
        """Keep the read tables; False (and no cache) where the folder is read-only."""
        try:
            make_folder(self.folder)
            (self.folder / _META).unlink(missing_ok=True)  # a cache half written is never read
            for name, table in read.items():
                part = self.folder / f"read_{name}.parquet.part"
                pq.write_table(table, part, compression=COMPRESSION)
                self.sums[f"read_{name}.parquet"] = file_sum(part)
                os.replace(part, self.folder / f"read_{name}.parquet")
            write_meta(self.folder, {"read_key": self.read_key, "stats": self.stats, "sums": self.sums})
        except OSError:
            return False
        return True

    def put_tables(self, tables: dict[str, pd.DataFrame], texts: pa.Table) -> bool:
        """Keep the tables and the pages' texts, then the key that makes them valid; not
        while a file could not be read (the next load tries it again)."""
        if tables["documents"]["sha256"].isna().any():
            return False
        try:
            for name, table in tables.items():
                self._put_arrow(f"{name}.arrow", pa.Table.from_pandas(table, preserve_index=False))
            self._put_arrow("texts.arrow", texts)
            write_meta(self.folder, {"read_key": self.read_key, "stats": self.stats, "sums": self.sums, "tables_key": self.tables_key})
        except OSError:
            return False
        return True

    def _put_arrow(self, name: str, table: pa.Table) -> None:
        write_arrow(self.folder / name, table)
        self.sums[name] = file_sum(self.folder / name)


def cache_dir(root: Path) -> Path:
    return root / CACHE_DIR


def make_folder(folder: Path) -> None:
    """The cache folder, tagged as the cache's own when this made it (or an older
    version did, before there was a tag)."""
    folder.mkdir(exist_ok=True)
    if not (folder / TAG).exists():
        (folder / TAG).write_text(_TAG_TEXT, encoding="utf-8")


def file_stats(files: list[str], pages_dir: Path) -> dict[str, list[int]]:
    """name -> [size, mtime_ns, ctime_ns, inode] of each of `files`: what tells an
    unchanged file. An edit shows in the ctime even when size and mtime are put back
    (`touch -r`), a file replaced by another in the inode; a link that leads nowhere is
    known by its own stats."""
    wanted = set(files)
    with os.scandir(pages_dir) as entries:
        found = {e.name: _stat(e) for e in entries if e.name in wanted}
    return {name: found.get(name, []) for name in files}


def _stat(entry: os.DirEntry) -> list[int]:
    try:
        info = entry.stat()
    except OSError:
        info = entry.stat(follow_symlinks=False)
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def checksum(data: bytes | pa.Buffer) -> str:
    """CRC-32 of some bytes. It guards against accidents (a disk fault, a stray write, a
    partial copy): it catches every error burst of up to 32 bits and misses a random
    error once in 4 billion. Whoever can rewrite a cache file can rewrite the meta file
    too, so a cryptographic hash would prove no more, and it must be fast: a warm load
    now reads every byte it maps (CRC-32 runs at about 1.9 GB/s here, BLAKE2b at 0.4)."""
    return f"{zlib.crc32(memoryview(data)):08x}"


def file_sum(path: Path) -> str:
    return checksum(pa.memory_map(str(path)).read_buffer())


def read_meta(folder: Path) -> dict:
    """The cache's keys, page stats and file checksums: {} where there is none, or one
    an older version wrote (JSON alone); raises `CorruptFile` where its bytes are not
    those written (its first line is the checksum of the rest)."""
    try:
        raw = (folder / _META).read_bytes()
    except OSError:
        return {}
    head, _, body = raw.partition(b"\n")
    if head.startswith(b"{"):
        return {}
    if head != checksum(body).encode():
        raise CorruptFile(_META)
    return json.loads(body)


def write_meta(folder: Path, meta: dict) -> None:
    body = json.dumps(meta).encode()
    part = folder / f"{_META}.part"
    part.write_bytes(checksum(body).encode() + b"\n" + body)
    os.replace(part, folder / _META)


def write_arrow(path: Path, table: pa.Table) -> None:
    """An uncompressed Arrow IPC file, written under a temporary name and then put in
    place, so that a reader that mapped the old file keeps it whole."""
    part = path.with_name(path.name + ".part")
    with pa.OSFile(str(part), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    os.replace(part, path)


def read_arrow(source: pa.Buffer) -> pa.Table:
    return pa.ipc.open_file(source).read_all()


def map_arrow(path: Path) -> pa.Table:
    """An Arrow IPC file, memory-mapped: nothing is read until it is used."""
    return read_arrow(pa.memory_map(str(path)))


def clear(root: Path) -> bool:
    """Remove the cache of a corpus folder; True if there was one. Anything that is not
    provably the cache's own folder is refused (`CorpusError`) and nothing is removed."""
    folder = cache_dir(root)
    if not os.path.lexists(folder):
        return False
    refusal = not_own(folder)
    if refusal:
        raise CorpusError(f"refusing to clear {folder}: {refusal}; nothing removed")
    for name in os.listdir(folder):
        os.unlink(folder / name)
    folder.rmdir()
    return True


def not_own(folder: Path) -> str | None:
    """Why `folder` is not provably the cache's own, or None: a symbolic link (its
    target may be anyone's), no tag, or anything in it the cache never writes."""
    if folder.is_symlink():
        return f"it is a symbolic link (to {os.readlink(folder)}), not the cache's own folder"
    if not folder.is_dir():
        return "it is not a folder"
    with os.scandir(folder) as entries:
        files = {e.name: e.is_file(follow_symlinks=False) for e in entries}
    if not files.get(TAG):
        return f"it holds no {TAG}, so it is no cache this package wrote"
    foreign = sorted(name for name, is_file in files.items() if not (is_file and _OWN.fullmatch(name)))
    if foreign:
        return f"it holds what the cache never writes ({', '.join(foreign[:3])}{', …' if len(foreign) > 3 else ''})"
    return None
