"""Load a folder of pages into the `Corpus`: nine tidy pandas tables.

The loader runs the build plan (`build.tables`): page files are read in chunks (on every
core for a large folder) into Arrow columns, the names are compiled from the projects
found, matched in slices of the units (on every core again), and the tables built from
whole columns. `store.Store` keeps the read tables and the built ones beside the corpus.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import re
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .build.corpus import Corpus, PageTexts
from .build.names import Names, find_mentions
from .build.rows import read_chunk
from .build.schema import CORPUS_TABLES, MENTIONS, READ, typed
from .build.tables import build_tables, check_strict, corpus_findings, notes_frame, plan_names, released, with_language
from .paths import resolve_data_dir
from .read.decode import MAX_BYTES
from .read.files import check_pages, page_files, page_id, read_files, skipped_entries
from .read.listing import LineMemo
from .read.reference import read_codebook, read_institutions, read_manifest, read_projects, reference_path
from .store import CACHE_MIN, Cached, Store, map_arrow, write_arrow

PARALLEL_MIN = 2000  # pages; below this, starting worker processes costs more than it saves
PROGRESS_MIN = 2000  # pages; smaller loads take about a second or less
CHUNK_MAX = 1000  # pages a worker reads before sending its columns back
SLICE_MAX = 20_000  # units searched for names at a time (about 2 MB of text: a worker holds little)
REFERENCES = ("pages.csv", "institutions.csv", "projects.csv")  # the reference tables the corpus tables depend on
TEMP_PREFIX = "analysis-"  # then the loader's pid: a later load tells a dead load's temporary folder from a live one's
PR_SET_PDEATHSIG = 1  # linux/prctl.h


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
    `cache` (default: for folders of CACHE_MIN pages or more) keeps read pages and
    tables in `<data_dir>/.analysis_cache` so that a reload reads only what changed.
    """
    remove_dead_folders(tempfile.gettempdir())
    root = resolve_data_dir(data_dir)
    check_pages(root)
    files = page_files(root / "pages")
    institutions, codebook, reference = read_institutions(root), read_codebook(root), read_projects(root)
    use_cache = cache if cache is not None else len(files) >= CACHE_MIN
    store = Store(root, files, max_bytes, [reference_path(root, n) for n in REFERENCES]) if use_cache else None
    cached = store.lookup(CORPUS_TABLES, read_only=strict) if store else Cached()
    if cached.tables is None:
        with Workers(workers or os.cpu_count() or 1, len(files)) as pool:
            manifest = read_manifest(root)  # after the workers start: they need none of its memory
            read = read_pages(pool, files, root, max_bytes, cached.read, progress)
            if strict:
                check_strict(read["findings"], read["documents"])
            keep = store is not None and store.put_read(read)  # before building uses the read tables up
            texts = read["documents"].select(["doc_id", "text"])
            projects, names = plan_names(read["project_list"], institutions, reference)
            found = pool.mentions(with_language(read["units"], read["documents"], manifest), names)
            tables = build_tables(read, found, projects, manifest, institutions)
        if keep:
            store.put_tables(tables, texts)
        cached = cached._replace(tables=tables, texts=texts)
    notes = corpus_findings(cached.corrupt, skipped_entries(root / "pages"))
    return Corpus(**with_corpus_findings(cached.tables, notes), data_dir=root, codebook=codebook, texts=PageTexts(cached.texts))


def with_corpus_findings(tables: dict[str, pd.DataFrame], notes: list[tuple[str, str, str]]) -> dict[str, pd.DataFrame]:
    """The tables, with the corpus's findings leading `quality`."""
    if not notes:
        return tables
    leading = notes_frame(notes, tables["documents"]["doc_id"].iloc[0])
    return {**tables, "quality": typed(pd.concat([leading, tables["quality"]], ignore_index=True), "quality")}


def read_pages(
    pool: Workers, files: list[str], root: Path, max_bytes: int, reused: dict[str, pa.Table] | None, progress: bool | None
) -> dict[str, pa.Table]:
    """The read tables of every file: the cached rows of unchanged files, the others read
    now; rows in file order."""
    done = set(reused["documents"]["doc_id"].to_pylist()) if reused else set()
    fresh = pool.read([f for f in files if page_id(f) not in done], root, max_bytes, progress)
    if not done:
        return fresh
    return in_file_order([reused, fresh], [page_id(f) for f in files])


class Workers:
    """Where the plan's per-chunk steps run: in this process for a small folder, else on
    `n` worker processes that hand their results back as memory-mapped Arrow files."""

    def __init__(self, n: int, n_files: int):
        self.n = n if n > 1 and n_files >= PARALLEL_MIN else 1
        self.memo = LineMemo()  # listing lines, for this load's chunks read here

    def __enter__(self) -> Workers:
        if self.n > 1:
            self.folder = tempfile.TemporaryDirectory(prefix=f"{TEMP_PREFIX}{os.getpid()}-")
            self.pool = _pool(self.n)
            self.pool.submit(int).result()  # forks every worker now, from the loader as it is
        return self

    def __exit__(self, *exc: object) -> None:
        if self.n > 1:
            self.pool.shutdown()
            self.folder.cleanup()

    def read(self, files: list[str], root: Path, max_bytes: int, progress: bool | None) -> dict[str, pa.Table]:
        """`rows.read_chunk` over chunks of `files`, the chunks' tables joined in file order."""
        size = min(CHUNK_MAX, max(1, -(-len(files) // (4 * self.n)))) if self.n > 1 else CHUNK_MAX  # none: all reused
        chunks = [files[i : i + size] for i in range(0, len(files), size)]
        if self.n == 1:
            work = (read_chunk(read_files(root / "pages", c, max_bytes), max_bytes, self.memo) for c in chunks)
            results = list(_progress(work, len(files), progress, lambda tables: tables["documents"].num_rows))
            return {name: joined([r[name] for r in results], schema) for name, schema in READ.items()}
        jobs = [(c, root / "pages", max_bytes, self.folder.name) for c in chunks]
        spilled = [paths for _, paths in _progress(self.pool.map(_spill_read, jobs), len(files), progress, lambda r: r[0])]
        return {name: joined([map_arrow(paths[name]) for paths in spilled], schema) for name, schema in READ.items()}

    def mentions(self, units: pa.Table, names: dict[str, Names | None]) -> pa.Table:
        """`names.find_mentions` over slices of the units, joined in unit order."""
        size = min(SLICE_MAX, max(1, -(-units.num_rows // (4 * self.n))))
        slices = [units.slice(i, size) for i in range(0, units.num_rows, size)]
        if self.n == 1:
            return joined([find_mentions(s, names) for s in slices], MENTIONS)
        paths = []
        for n, piece in enumerate(slices):
            paths.append(Path(self.folder.name, f"units-{n}.arrow"))
            write_arrow(paths[-1], piece)
        found = self.pool.map(_spill_mentions, [(path, names) for path in paths])
        return joined([map_arrow(path) for path in found], MENTIONS)


def _pool(n: int) -> ProcessPoolExecutor:
    """`n` worker processes that end when the loader does, even when it is killed: on
    Linux each asks the kernel for SIGKILL at its parent's death (`_end_with_parent`).
    They are forked, so that their parent is the loader: that is Python 3.11's default
    there, while 3.14's (forkserver) would put a server process in between."""
    if sys.platform != "linux":
        return ProcessPoolExecutor(n)
    fork = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(n, mp_context=fork, initializer=_end_with_parent, initargs=(os.getpid(),))


def _end_with_parent(parent: int) -> None:
    """In a worker, before any work: PR_SET_PDEATHSIG, so that the kernel kills it when
    the loader dies. Chosen over a thread polling `os.getppid()`: the kernel acts at
    once and even while the worker is deep in C code that holds the GIL (a regex over a
    long line), when such a thread would wait its turn. The parent check closes the
    gap: a loader that died before the call left this worker to another parent."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def remove_dead_folders(temp: str) -> None:
    """Remove the temporary folders of loads that died before they could (killed, or
    out of memory): those named for a process that no longer runs. A live load's
    folder, and any not named so, are kept."""
    if os.name != "posix":  # os.kill(pid, 0), the test of a live process, ends one on Windows
        return
    pattern = re.compile(rf"{re.escape(TEMP_PREFIX)}(\d+)-\w+")
    with os.scandir(temp) as entries:
        named = [(e.path, int(m[1])) for e in entries if (m := pattern.fullmatch(e.name)) and e.is_dir(follow_symlinks=False)]
    for path, pid in named:
        if not _alive(pid):
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's
        pass
    return True


_worker_memo = LineMemo()  # in a worker process: the listing lines it has read, for every chunk it gets


def _spill_read(job: tuple) -> tuple[int, dict[str, Path]]:
    """In a worker: read a chunk and write its tables as Arrow IPC files, so that they
    reach the loader memory-mapped, not copied through a pipe into its heap."""
    files, pages_dir, max_bytes, folder = job
    paths = {}
    for name, table in read_chunk(read_files(pages_dir, files, max_bytes), max_bytes, _worker_memo).items():
        paths[name] = Path(folder, f"{files[0]}.{name}.arrow")
        write_arrow(paths[name], table)
    released()  # Arrow's allocator would keep the chunk's pages until the next
    return len(files), paths


def _spill_mentions(job: tuple) -> Path:
    """In a worker: the names in a slice of units, written beside it."""
    path, names = job
    out = path.with_name(path.name.replace("units-", "mentions-"))
    write_arrow(out, find_mentions(map_arrow(path), names))
    return out


def joined(tables: list[pa.Table], schema: pa.Schema) -> pa.Table:
    """Chunks' tables as one, each column one contiguous array in memory of its own:
    Arrow's take and filter are slow over many chunks."""
    return pa.concat_tables(tables).combine_chunks() if tables else schema.empty_table()


def in_file_order(parts: list[dict[str, pa.Table]], doc_ids: list[str]) -> dict[str, pa.Table]:
    """Read tables from several sources (cache, fresh read) as one set, rows in the
    order of `doc_ids` (a stable sort: each page's rows keep their order)."""
    order = pa.array(doc_ids, pa.large_string())
    out = {}
    for name, schema in READ.items():
        table = joined([part[name] for part in parts], schema)
        out[name] = table.take(pc.sort_indices(pc.index_in(table["doc_id"], value_set=order)))
    return out


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
