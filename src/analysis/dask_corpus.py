"""The corpus tables as dask DataFrames, for folders larger than one machine handles.

Page files are read through fsspec (so `s3://bucket/corpus` works where s3fs is
installed) in chunks, one dask partition per chunk, with `dask.dataframe.from_map`. The
per-page work is the pandas loader's own (`parse_bytes`, `document_rows`, `units_frame`,
...), so both engines give the same tables. News items, projects and institution counts
are corpus-wide: they are reduced from the chunks and come back as one-partition frames.
Each table's partitions parse their chunk of files anew (the parse is cheap next to
moving parsed pages between workers); persist the tables you reuse. Needs the `dask` extra.
"""

from __future__ import annotations

import ast
import posixpath
from dataclasses import dataclass
from pathlib import Path

import dask.dataframe as dd
import fsspec
import pandas as pd

from .config import bundled_data_dir
from .corpus import (
    MAX_BYTES,
    SCHEMAS,
    Corpus,
    Parsed,
    document_rows,
    frame,
    institution_names,
    institutions_frame,
    conflict_message,
    line_col,
    mentions_frame,
    news_frame,
    news_id,
    news_key,
    parse_bytes,
    projects_frame,
    units_frame,
)
from .reference import read_institutions, read_manifest


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


class _Chunk:
    """Reads and parses one chunk of page files; called on the dask workers."""

    def __init__(self, urls: list[str], manifest: dict, names, max_bytes: int, storage_options: dict):
        self.urls, self.manifest, self.names = urls, manifest, names
        self.max_bytes, self.storage_options = max_bytes, storage_options

    def pages(self) -> dict[str, Parsed]:
        pages = {}
        for url in self.urls:
            with fsspec.open(url, "rb", **self.storage_options) as f:
                raw = f.read()
            name = posixpath.basename(url)
            pages[name.removesuffix(".txt")] = parse_bytes(raw, name.removesuffix(".txt"), f"pages/{name}", self.max_bytes, self.names)
        return pages


def _documents(chunk: _Chunk) -> pd.DataFrame:
    return frame(document_rows(chunk.pages(), chunk.manifest)[0], "documents")


def _quality(chunk: _Chunk) -> pd.DataFrame:
    return frame(document_rows(chunk.pages(), chunk.manifest)[1], "quality")


def _units(chunk: _Chunk) -> pd.DataFrame:
    return units_frame(chunk.pages())


def _news(chunk: _Chunk) -> pd.DataFrame:
    """First sightings in this chunk with the chunk's sighting counts."""
    return news_frame(chunk.pages(), chunk.manifest)[0]


def _sightings(chunk: _Chunk) -> pd.DataFrame:
    """Every sighting of a news item: where it stands and what it says (as text), so that
    sightings can be checked against the corpus-wide first one."""
    rows = [
        (news_id(news_key(item.title)), doc_id, item.title, item.start, item.end, *line_col(page.text, item.start),
         str(item.published_utc), repr(item.url_fragment))
        for doc_id, page in chunk.pages().items()
        for item in page.items
    ]
    return pd.DataFrame.from_records(rows, columns=list(SIGHTINGS)).astype(SIGHTINGS)


SIGHTINGS = {"news_id": "string", "doc_id": "string", "title": "string", "start": "int64", "end": "int64",
             "line": "int64", "column": "int64", "stamp": "string", "fragment": "string"}


def _projects(chunk: _Chunk) -> pd.DataFrame:
    return projects_frame(chunk.pages())


def _mentions(chunk: _Chunk, projects: pd.DataFrame) -> pd.DataFrame:
    return mentions_frame(chunk.pages(), projects)


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
    manifest = {row["file"]: row for row in read_manifest(ref).to_dict("records")}
    institutions = read_institutions(ref)
    names = institution_names(institutions)
    chunks = [
        _Chunk(urls[i : i + files_per_partition], manifest, names, max_bytes, options)
        for i in range(0, len(urls), files_per_partition)
    ]

    def table(fn, name, *args):
        return dd.from_map(fn, chunks, args=list(args), meta=frame([], name), enforce_metadata=False)

    # Corpus-wide reductions, computed now: they are small (one row per distinct item).
    sightings = dd.from_map(_sightings, chunks, meta=pd.DataFrame({c: pd.Series(dtype=t) for c, t in SIGHTINGS.items()}))
    news, conflicts = reduce_news(table(_news, "news").compute(), sightings.compute())
    projects = table(_projects, "projects").compute().drop_duplicates("project_id").reset_index(drop=True)
    mentions = table(_mentions, "mentions", projects)
    counts = mentions[mentions["entity_type"] == "institution"][["entity_type", "entity_id", "unit_kind"]].compute()
    quality = dd.concat([table(_quality, "quality"), dd.from_pandas(conflicts, npartitions=1)])
    return DaskCorpus(
        documents=table(_documents, "documents"),
        units=table(_units, "units"),
        news=dd.from_pandas(news, npartitions=1),
        institutions=dd.from_pandas(institutions_frame(institutions, counts), npartitions=1),
        projects=dd.from_pandas(projects, npartitions=1),
        mentions=mentions,
        quality=quality,
    )


def reduce_news(chunk_news: pd.DataFrame, sightings: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Chunks' first sightings, in file order -> one row per item (the first wins, the
    sightings summed); every sighting that disagrees with the corpus-wide first -> a finding."""
    chunk_news = chunk_news.reset_index(drop=True)
    counts = chunk_news.groupby("news_id", sort=False)["n_sightings"].sum()
    news = chunk_news.drop_duplicates("news_id").set_index("news_id").assign(n_sightings=counts).reset_index()
    sightings = sightings.reset_index(drop=True)
    first = sightings.drop_duplicates("news_id").set_index("news_id").loc[sightings["news_id"]].reset_index()
    differs = (sightings["stamp"] != first["stamp"]) | (sightings["fragment"] != first["fragment"])
    rows = [
        (s.doc_id, "warning", "conflicting_sighting",
         conflict_message(s.title, f.doc_id, (f.stamp, _unrepr(f.fragment)), (s.stamp, _unrepr(s.fragment))),
         s.start, s.end, s.line, s.column)
        for s, f in zip(sightings[differs].itertuples(), first[differs].itertuples())
    ]
    return news[list(SCHEMAS["news"])].astype(SCHEMAS["news"]), frame(rows, "quality")


def _unrepr(text: str) -> str | None:
    """The fragment back from its repr (None or a string)."""
    return None if text == "None" else ast.literal_eval(text)
