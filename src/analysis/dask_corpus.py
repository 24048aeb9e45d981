"""The corpus tables as dask DataFrames, for folders larger than one machine handles.

Page files are read through fsspec (so `s3://bucket/corpus` works where s3fs is
installed) in chunks, one dask partition per chunk, with `dask.dataframe.from_map`. Each
chunk is parsed into the pandas loader's Arrow columns (`pages.Chunk`) and its tables
are built by the same functions (`tables.py`), so both engines give the same tables.
News items and projects are corpus-wide: their sightings are gathered from all chunks
and reduced to one-partition frames. Each table's partitions parse their chunk anew
(parsing is cheap next to moving parsed pages between workers); persist the tables you
reuse. Needs the `dask` extra.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

import dask.dataframe as dd
import fsspec
import pandas as pd
import pyarrow as pa

from .config import bundled_data_dir
from .corpus import Corpus, institution_names
from .mentions import Names
from .pages import MAX_BYTES, PARSED, Chunk
from .reference import read_institutions, read_manifest
from .tables import (
    arrow_frame,
    documents_table,
    frame,
    institutions_table,
    mentions_table,
    news_table,
    project_mentions,
    projects_table,
    quality_table,
    units_table,
)


@dataclass
class DaskCorpus:
    """The seven tables as dask DataFrames."""

    documents: dd.DataFrame
    units: dd.DataFrame
    news: dd.DataFrame
    institutions: dd.DataFrame
    projects: dd.DataFrame
    mentions: dd.DataFrame
    quality: dd.DataFrame

    def tables(self) -> dict[str, dd.DataFrame]:
        return {name: getattr(self, name) for name in Corpus.TABLES}


@dataclass
class _Files:
    """One partition's page files; `parsed()` runs on a dask worker."""

    urls: list[str]
    names: Names | None
    max_bytes: int
    storage_options: dict

    def parsed(self) -> dict[str, pa.Table]:
        chunk = Chunk()
        for url in self.urls:
            with fsspec.open(url, "rb", **self.storage_options) as f:
                raw = f.read()
            name = posixpath.basename(url)
            chunk.add(raw, name.removesuffix(".txt"), f"pages/{name}", self.max_bytes, self.names)
        return chunk.tables()


def _documents(files: _Files, manifest: pd.DataFrame) -> pd.DataFrame:
    return documents_table(files.parsed()["pages"], manifest)


def _quality(files: _Files, manifest: pd.DataFrame) -> pd.DataFrame:
    parsed = files.parsed()
    return quality_table(parsed["findings"], parsed["pages"], manifest)


def _units(files: _Files) -> pd.DataFrame:
    return units_table(files.parsed()["units"])


def _rows(files: _Files, name: str) -> pd.DataFrame:
    """One of the parsed tables as it is: news sightings, project listings."""
    return arrow_frame(files.parsed()[name])


def _mentions(files: _Files, projects: pd.DataFrame) -> pd.DataFrame:
    parsed = files.parsed()
    return mentions_table(parsed["mentions"], project_mentions(parsed["units"], projects), parsed["pages"]["doc_id"])


def page_urls(path: str, storage_options: dict) -> list[str]:
    """The page files of a corpus folder (its pages/*.txt) or of a glob, sorted."""
    pattern = path if any(c in path for c in "*?[") or path.endswith(".txt") else path.rstrip("/") + "/pages/*.txt"
    fs, _, paths = fsspec.get_fs_token_paths(pattern, storage_options=storage_options)
    return sorted(fs.unstrip_protocol(p) for p in paths)


def read_corpus_dask(
    path: str | Path,
    *,
    reference_dir: str | Path | None = None,
    files_per_partition: int = 256,
    max_bytes: int = MAX_BYTES,
    storage_options: dict | None = None,
) -> DaskCorpus:
    """Build the corpus tables as dask DataFrames from a corpus folder or a glob of page
    files. Reference tables come from `reference_dir` (default: the folder when it is
    local, else the bundled ones). Run it under a `dask.distributed.Client` to use a
    cluster."""
    options = storage_options or {}
    urls = page_urls(str(path), options)
    if not urls:
        raise FileNotFoundError(f"no page files at {path}")
    local = Path(str(path))
    ref = Path(reference_dir) if reference_dir else (local if local.is_dir() else bundled_data_dir())
    manifest = read_manifest(ref)
    institutions = read_institutions(ref)
    names = institution_names(institutions)
    parts = [_Files(urls[i : i + files_per_partition], names, max_bytes, options) for i in range(0, len(urls), files_per_partition)]

    def table(fn, name, *args):
        return dd.from_map(fn, parts, args=list(args), meta=frame([], name), enforce_metadata=False)

    def rows(name):
        return dd.from_map(_rows, parts, args=[name], meta=arrow_frame(PARSED[name].empty_table())).compute()

    # Corpus-wide reductions, computed now: one row per sighting or listing, not per unit.
    news, conflicts = news_table(rows("items").reset_index(drop=True), manifest)
    projects = projects_table(rows("listings").reset_index(drop=True))
    mentions = table(_mentions, "mentions", projects)
    counts = mentions[mentions["entity_type"] == "institution"][["entity_type", "entity_id", "unit_kind"]].compute()
    return DaskCorpus(
        documents=table(_documents, "documents", manifest),
        units=table(_units, "units"),
        news=dd.from_pandas(news, npartitions=1),
        institutions=dd.from_pandas(institutions_table(institutions, counts), npartitions=1),
        projects=dd.from_pandas(projects, npartitions=1),
        mentions=mentions,
        quality=dd.concat([table(_quality, "quality", manifest), dd.from_pandas(conflicts, npartitions=1)]),
    )
