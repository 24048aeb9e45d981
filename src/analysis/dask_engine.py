"""The corpus tables as dask DataFrames, for folders larger than one machine handles.

Runs the pandas loader's build plan (`build.tables`) on dask: page files are read through
fsspec (so `s3://bucket/corpus` works where s3fs is installed) in chunks, one partition
per chunk, each chunk read once and kept on the workers (`dask.persist`, page texts left
out); the projects and names are gathered from all chunks, the names found per chunk,
and every table built from the kept chunks by the same functions, in the same row order.
News items and projects are corpus-wide: one-partition frames, the news ones built and
kept on a worker. What every task needs (pages.csv, the names, a table's categories) is
one kept key, never a copy per task. Needs the `dask` extra.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import dask
import dask.dataframe as dd
import fsspec
import pandas as pd
import pyarrow as pa
from dask.delayed import Delayed

from .build.names import find_mentions
from .build.rows import read_chunk
from .build.schema import CORPUS_TABLES, READ, arrow_frame, category_dtype, frame
from .build.tables import (
    corpus_findings,
    documents_table,
    institutions_table,
    mentions_table,
    news_table,
    notes_frame,
    plan_names,
    with_language,
    missing_pages,
    quality_table,
    units_table,
)
from .errors import CorpusError
from .load import joined
from .paths import bundled_data_dir, resolve_data_dir
from .read.decode import MAX_BYTES
from .read.files import not_pages, page_id
from .read.records import Finding
from .read.reference import read_institutions, read_manifest, read_projects


@dataclass
class DaskCorpus:
    """The nine tables as dask DataFrames."""

    documents: dd.DataFrame
    dates: dd.DataFrame
    units: dd.DataFrame
    news: dd.DataFrame
    sightings: dd.DataFrame
    institutions: dd.DataFrame
    projects: dd.DataFrame
    mentions: dd.DataFrame
    quality: dd.DataFrame

    def tables(self) -> dict[str, dd.DataFrame]:
        return {name: getattr(self, name) for name in CORPUS_TABLES}


def page_urls(path: str, storage_options: dict) -> list[str]:
    """The page files of a corpus folder (its pages/*.txt) or of a glob, sorted."""
    pattern = path if is_pattern(path) else path.rstrip("/") + "/pages/*.txt"
    fs, _, paths = fsspec.get_fs_token_paths(pattern, storage_options=storage_options)
    return sorted(fs.unstrip_protocol(p) for p in paths)


def skipped_urls(path: str, storage_options: dict) -> list[str]:
    """The entries of a corpus folder's pages/ that are not read as pages, as the loader
    says them (`files.not_pages`); none for a glob, which names what it wants."""
    if is_pattern(path):
        return []
    fs, _, (folder,) = fsspec.get_fs_token_paths(path.rstrip("/") + "/pages", storage_options=storage_options)
    return not_pages(posixpath.basename(p.rstrip("/")) for p in fs.ls(folder, detail=False))


def is_pattern(path: str) -> bool:
    """Is `path` a glob or one page file, not a corpus folder?"""
    return any(c in path for c in "*?[") or path.endswith(".txt")


def _fetched(urls: list[str], max_bytes: int, storage_options: dict) -> Iterator[tuple[str, bytes | Finding]]:
    """(file name, bytes) of each page, read through fsspec: at most `max_bytes + 1`
    bytes; a page that cannot be read is an error finding, as in the pandas loader."""
    for url in urls:
        try:
            with fsspec.open(url, "rb", **storage_options) as f:
                data: bytes | Finding = f.read(max_bytes + 1)
        except OSError as exc:
            data = Finding("error", "unreadable_file", f"cannot be read: {exc.strerror or exc}")
        yield posixpath.basename(url), data


def _read_part(urls: list[str], max_bytes: int, storage_options: dict) -> dict[str, pa.Table]:
    """On a worker: one partition's read tables, without the page texts: they are kept in
    worker memory for every table built later (the text was a quarter of their bytes),
    and no dask table has it."""
    read = read_chunk(_fetched(urls, max_bytes, storage_options), max_bytes)
    return {**read, "documents": read["documents"].drop_columns(["text"])}


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
    cluster; the read chunks stay in its workers' memory."""
    options = storage_options or {}
    urls = page_urls(str(path), options)
    if not urls:
        raise CorpusError(f"no pages: {path} holds no page files")
    local = Path(str(path))
    ref = resolve_data_dir(reference_dir) if reference_dir else (local if local.is_dir() else bundled_data_dir())
    manifest, institutions, reference = read_manifest(ref), read_institutions(ref), read_projects(ref)
    chunks = [urls[i : i + files_per_partition] for i in range(0, len(urls), files_per_partition)]
    read = dask.persist(*(dask.delayed(_read_part)(c, max_bytes, options) for c in chunks))
    lists = dask.compute(*(dask.delayed(_project_list)(r) for r in read))
    projects, names = plan_names(joined(list(lists), READ["project_list"]), institutions, reference)
    pages, kept_names = _shared(manifest), _shared(names)
    found = dask.persist(*(dask.delayed(_found)(r, pages, kept_names) for r in read))
    notes = corpus_findings((), skipped_urls(str(path), options))
    leading = [notes_frame(notes, page_id(posixpath.basename(urls[0])))] if notes else []
    return _tables(read, found, projects, manifest, pages, institutions, leading)


def _shared(value: object) -> Delayed:
    """`value` as one kept graph key that tasks take as an argument: a function closing
    over it would carry a copy in every task (pages.csv is megabytes: per task, that
    was most of the client's and the workers' memory)."""
    (kept,) = dask.persist(dask.delayed(value, traverse=False))
    return kept


def _project_list(read: dict[str, pa.Table]) -> pa.Table:
    return read["project_list"]


def _found(read: dict[str, pa.Table], manifest: pd.DataFrame, names: dict) -> pa.Table:
    """On a worker: the name matches of one partition's units."""
    return find_mentions(with_language(read["units"], read["documents"], manifest), names)


def _tables(
    read: tuple, found: tuple, projects: pd.DataFrame, manifest: pd.DataFrame, pages: Delayed, institutions: pd.DataFrame,
    leading: list[pd.DataFrame],
) -> DaskCorpus:
    """The tables from the kept read chunks and name matches: per partition where a table
    is per page; corpus-wide for news items (built and kept on a worker: the client
    needs none of the sightings) and institution counts (computed now).
    `pages` is `manifest` as a kept graph key, for the tasks; `leading`, the findings
    about the corpus that lead `quality`."""

    def per_part(build, *args: object, parts: tuple = read) -> list:
        return [dask.delayed(build)(p, *args) for p in parts]

    sightings = dask.delayed(pd.concat)(per_part(_sightings), ignore_index=True)
    news, seen, conflicts = dask.persist(*dask.delayed(news_table, nout=3)(sightings, pages))
    files = dask.compute(*per_part(_files))
    matches = per_part(mentions_table, parts=found)
    counts = pd.concat(dask.compute(*(dask.delayed(_institution_rows)(p) for p in matches)), ignore_index=True)
    mentions = aligned(matches, "mentions")
    return DaskCorpus(
        documents=aligned(per_part(_documents, pages), "documents"),
        dates=aligned(per_part(_dates), "dates"),
        units=aligned(per_part(_units), "units"),
        news=kept_frame(news),
        sightings=kept_frame(seen),
        institutions=dd.from_pandas(institutions_table(institutions, counts), npartitions=1),
        projects=dd.from_pandas(projects, npartitions=1),
        mentions=mentions,
        quality=aligned([
            *map(dask.delayed, leading), *per_part(_quality, pages),
            conflicts, dask.delayed(missing_pages(pa.concat_arrays(files), manifest)),
        ], "quality"),
    )


def _institution_rows(mentions: pd.DataFrame) -> pd.DataFrame:
    """On a worker: what `institutions_table` counts, as strings: taken before `aligned`,
    whose corpus-wide categories (every doc id) would come back with every partition."""
    rows = mentions[mentions["entity_type"] == "institution"][["entity_type", "entity_id", "unit_kind"]]
    return rows.astype("string")


def _sightings(read: dict[str, pa.Table]) -> pd.DataFrame:
    return arrow_frame(read["news_sightings"])


def _files(read: dict[str, pa.Table]) -> pa.Array:
    return read["documents"]["file"].combine_chunks()


def _documents(read: dict[str, pa.Table], manifest: pd.DataFrame) -> pd.DataFrame:
    return documents_table(read["documents"], manifest)


def _dates(read: dict[str, pa.Table]) -> pd.DataFrame:
    return arrow_frame(read["dates"], "dates")


def _units(read: dict[str, pa.Table]) -> pd.DataFrame:
    return units_table(read["units"])


def _quality(read: dict[str, pa.Table], manifest: pd.DataFrame) -> pd.DataFrame:
    return quality_table(read["findings"], read["documents"], manifest)


def kept_frame(part: Delayed) -> dd.DataFrame:
    """A kept one-partition frame as a dask frame; its meta (with the categories) is its
    first zero rows, fetched, so the frame itself stays on its worker."""
    (meta,) = dask.compute(part[:0])
    return dd.from_delayed([part], meta=meta, verify_meta=False)


def aligned(parts: list, name: str) -> dd.DataFrame:
    """Partitions as one dask frame whose categorical columns have, in every partition,
    the categories the pandas loader gives the whole table: all values, sorted. Each
    partition is built once to find its values and again when computed (not kept: memory
    is what the engine is for). The dtypes are built once and kept as one key: a worker
    gets them once and its partitions share them, not an index of every doc id each."""
    found = dask.compute(*(dask.delayed(_values)(p) for p in parts))
    dtypes = {c: category_dtype(sorted(set().union(*(f[c] for f in found)))) for c in found[0]} if found else {}
    kept = _shared(dtypes)
    return dd.from_delayed(
        [dask.delayed(_recategorized)(p, kept) for p in parts],
        meta=_recategorized(frame([], name), dtypes), verify_meta=False,
    )


def _values(part: pd.DataFrame) -> dict[str, set[str]]:
    """The values of each categorical column of a partition."""
    return {c: set(part[c].cat.categories) for c in part if isinstance(part[c].dtype, pd.CategoricalDtype)}


def _recategorized(part: pd.DataFrame, dtypes: dict[str, pd.CategoricalDtype]) -> pd.DataFrame:
    return part.astype(dtypes)
