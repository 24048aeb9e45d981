"""Load a folder of pages into the `Corpus`: seven tidy pandas tables.

Page files are read and parsed in chunks (on every core for a large folder) into Arrow
columns (`pages.py`); the seven tables are then built from whole columns (`tables.py`),
and kept, with the parsed columns, in a cache beside the corpus (`cache.py`).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import cache as page_cache
from . import pages as page_files
from .codebook import Codebook
from .config import resolve_data_dir
from .errors import CorpusError
from .mentions import Names, compile_names
from .pages import MAX_BYTES, PARSED
from .parse import PARSER_VERSION, listing_line
from .reference import read_codebook, read_institutions, read_manifest, reference_path
from .tables import build_tables, check_strict


class PageTexts(Mapping[str, str]):
    """doc_id -> the decoded text of a page; the texts stay in Arrow memory and become a
    `str` when asked for, so a large corpus does not hold each text twice."""

    def __init__(self, doc_ids: pa.ChunkedArray, texts: pa.ChunkedArray):
        self._index = {doc_id: n for n, doc_id in enumerate(doc_ids.to_pylist())}
        self._texts = texts

    def __getitem__(self, doc_id: str) -> str:
        return self._texts[self._index[doc_id]].as_py()

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


@dataclass
class Corpus:
    """The loaded corpus: one DataFrame per table, the codebook, the decoded page texts."""

    documents: pd.DataFrame
    units: pd.DataFrame
    news: pd.DataFrame
    institutions: pd.DataFrame
    projects: pd.DataFrame
    mentions: pd.DataFrame
    quality: pd.DataFrame
    data_dir: Path
    codebook: Codebook = field(repr=False)
    texts: Mapping[str, str] = field(default_factory=dict, repr=False)

    TABLES = ("documents", "units", "news", "institutions", "projects", "mentions", "quality")

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name, in a fixed order."""
        return {name: getattr(self, name) for name in self.TABLES}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{len(table)} {name}" for name, table in self.tables().items())
        return f"Corpus({sizes})"

    def sizes(self) -> pd.DataFrame:
        """Rows and columns of each table: what was loaded, at a glance."""
        return pd.DataFrame(
            [(name, len(t), t.shape[1]) for name, t in self.tables().items()], columns=["table", "rows", "columns"]
        ).set_index("table")

    def text(self, doc_id: str) -> str:
        """The decoded text of a page, the text every `start`/`end` points into."""
        return self.texts[doc_id]


PARALLEL_MIN = 2000  # pages; below this, starting worker processes costs more than it saves
PROGRESS_MIN = 2000  # pages; smaller loads take about a second or less
CHUNK_MAX = 1000  # pages a worker parses before sending its columns back


def page_files_of(root: Path) -> list[str]:
    """The names of the `*.txt` files in `root/pages`, sorted."""
    try:
        with os.scandir(root / "pages") as entries:
            return sorted(e.name for e in entries if e.name.endswith(".txt") and e.is_file())
    except (FileNotFoundError, NotADirectoryError):
        return []


def read_all(
    files: list[str], root: Path, max_bytes: int, names: Names | None, workers: int, progress: bool | None
) -> dict[str, pa.Table]:
    """Parse the files in chunks, on `workers` processes for a large folder; the chunks'
    columns joined in file order."""
    parallel = workers > 1 and len(files) >= PARALLEL_MIN
    size = min(CHUNK_MAX, -(-len(files) // (4 * workers))) if parallel else CHUNK_MAX
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    if not parallel:
        work = partial(page_files.read_chunk, root=root, max_bytes=max_bytes, names=names)
        results = list(_progress(map(work, chunks), len(files), progress, lambda r: r["pages"].num_rows))
        listing_line.cache_clear()  # the lines remembered for this load (up to ~70 MB) go with it
        return {name: joined([r.pop(name) for r in results], schema) for name, schema in PARSED.items()}
    with tempfile.TemporaryDirectory(prefix="analysis-") as folder, ProcessPoolExecutor(workers) as pool:
        work = partial(page_files.spill_chunk, root=root, max_bytes=max_bytes, names=names, folder=folder)
        spilled = [paths for _, paths in _progress(pool.map(work, chunks), len(files), progress, lambda r: r[0])]
        return {name: joined([page_files.map_arrow(p[name]) for p in spilled], schema) for name, schema in PARSED.items()}


def joined(tables: list[pa.Table], schema: pa.Schema) -> pa.Table:
    """Chunks' tables as one, each column one contiguous array in memory of its own:
    Arrow's take and filter are slow over many chunks."""
    return pa.concat_tables(tables).combine_chunks() if tables else schema.empty_table()


def _progress(results: Iterable, total: int, show: bool | None, count: Callable = lambda result: 1) -> Iterable:
    """A progress bar for long loads, only where someone is watching: a terminal or a
    live notebook, never in CI (the CI variable) or for small folders. `count` says how
    many of `total` a result stands for."""
    if show is None:
        show = total >= PROGRESS_MIN and not os.environ.get("CI") and (sys.stderr.isatty() or "ipykernel" in sys.modules)
    if not show:
        return results
    from tqdm.auto import tqdm  # imported only to show a bar: in a kernel it needs ipywidgets

    def advance() -> Iterator:
        with tqdm(total=total, unit="page", desc="loading") as bar:
            for result in results:
                bar.update(count(result))
                yield result

    return advance()


def in_file_order(parts: list[dict[str, pa.Table]], doc_ids: list[str]) -> dict[str, pa.Table]:
    """Parsed columns from several sources (cache, fresh parse) as one set, rows in the
    order of `doc_ids` (a stable sort: each page's rows keep their order)."""
    order = pa.array(doc_ids, pa.large_string())
    out = {}
    for name, schema in PARSED.items():
        table = joined([part[name] for part in parts], schema)
        out[name] = table.take(pc.sort_indices(pc.index_in(table["doc_id"], value_set=order)))
    return out


def load_corpus(
    data_dir: str | Path | None = None,
    *,
    strict: bool = False,
    max_bytes: int = MAX_BYTES,
    workers: int | None = None,
    progress: bool | None = None,
    cache: bool | None = None,
) -> Corpus:
    """Load `data_dir/pages/*.txt` (the bundled corpus when None) into a `Corpus`.

    Reference tables the folder lacks come from the bundled data. A bad page never stops
    the load: its problems become `quality` rows. With `strict=True` the first error
    raises `CorpusError` naming the file, line and column instead. Large folders are read
    on `workers` processes (default: every core); `progress` forces the bar on or off;
    `cache` (default: for folders of CACHE_MIN pages or more) keeps parsed pages and
    tables in `<data_dir>/.analysis_cache` so that a reload parses only what changed.
    """
    root = resolve_data_dir(data_dir)
    files = page_files_of(root)
    if not files:
        raise CorpusError(f"no pages: {root / 'pages'} holds no *.txt files")
    manifest = read_manifest(root)
    institutions = read_institutions(root)
    codebook = read_codebook(root)
    names = institution_names(institutions)
    reused: dict[str, pa.Table] | None = None
    use_cache = cache if cache is not None else len(files) >= page_cache.CACHE_MIN
    if use_cache:
        stats = page_cache.file_stats(files, root)
        version = page_cache.digest(PARSER_VERSION, max_bytes, names and names.regex.pattern, names and names.entity_ids)
        references = [reference_path(root, n).read_bytes().hex() for n in ("pages.csv", "institutions.csv", "codebook.yml")]
        key = page_cache.digest(version, page_cache.digest(references), stats)
        if not strict and page_cache.read_meta(root).get("key") == key:
            cached = page_cache.read_tables(root, Corpus.TABLES)
            if cached is not None:
                tables, pages = cached
                return Corpus(**tables, data_dir=root, codebook=codebook, texts=PageTexts(pages["doc_id"], pages["text"]))
        reused = page_cache.read_parsed(root, version, stats)
    done = {path.removeprefix("pages/") for path in reused["pages"]["path"].to_pylist()} if reused else set()
    parsed = read_all([f for f in files if f not in done], root, max_bytes, names, workers or os.cpu_count() or 1, progress)
    if done:
        parsed = in_file_order([reused, parsed], [f.removesuffix(".txt") for f in files])
    if strict:
        check_strict(parsed["findings"], parsed["pages"])
    meta = {"key": key, "version": version, "stats": stats} if use_cache else None
    if meta is not None and not page_cache.write_parsed(root, parsed):  # written before building uses them up
        meta = None
    pages = parsed["pages"]
    tables = build_tables(parsed, manifest, institutions)
    if meta is not None:
        page_cache.write_tables(root, meta, tables, pages.select(["doc_id", "text"]))
    return Corpus(**tables, data_dir=root, codebook=codebook, texts=PageTexts(pages["doc_id"], pages["text"]))


def institution_names(institutions: pd.DataFrame) -> Names | None:
    """Every alias of every institution (its short name when it has no aliases)."""
    return compile_names(
        (row.institution_id, alias)
        for row in institutions.itertuples()
        for alias in str(row.aliases if not pd.isna(row.aliases) else row.short_name).split(";")
    )
