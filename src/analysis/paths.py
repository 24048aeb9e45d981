"""Where the bundled data and notebooks live, anchored on the package, never on the cwd;
and where outputs may go: never over a corpus's own files, written whole or not at all."""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

from .errors import CorpusError, OutputError

PACKAGE_DIR = Path(__file__).resolve().parent
LOCAL_TZ = "Europe/Helsinki"
LOCAL_ZONE = ZoneInfo(LOCAL_TZ)  # where every local date and time of the corpus is
# What a corpus folder is made of: an output folder, replaced whole, never holds one of these.
CORPUS_FILES = ("pages", "pages.csv", "institutions.csv", "projects.csv", "codebook.yml")


def _resource(name: str, marker: str) -> Path:
    """A folder shipped with the package: inside it in a wheel, beside `src/` in a checkout."""
    candidates = (PACKAGE_DIR / name, PACKAGE_DIR.parents[1] / name)
    for candidate in candidates:
        if (candidate / marker).exists():
            return candidate
    raise CorpusError(f"{name} not found in {' or '.join(map(str, candidates))}")


def bundled_data_dir() -> Path:
    """The `partnership_data` folder shipped with the package."""
    return _resource("partnership_data", "pages")


def notebooks_dir() -> Path:
    """The analysis notebooks that reports are rendered from."""
    return _resource("notebooks", "01_corpus_overview.ipynb")


def resolve_data_dir(data_dir: str | Path | None) -> Path:
    """The folder to load: the given one, or the bundled data when None. An empty name is
    refused: `Path("")` is the current folder, which nobody means by `--data-dir ""`.
    A relative name is read from the current folder; in a notebook, whose kernel runs in
    `notebooks/`, from the project folder above it, where `make lab` was started."""
    if data_dir is None:
        return bundled_data_dir()
    if str(data_dir) == "":
        raise CorpusError("data folder name is empty: give a folder, or none for the bundled data")
    given = Path(data_dir).expanduser()
    base = Path.cwd()
    if not given.is_absolute() and base.resolve() == notebooks_dir().resolve():
        base = base.parent
    path = (base / given).resolve()
    if not path.is_dir():
        raise CorpusError(f"data folder not found: {path}")
    return path


def check_out_dir(out: str | Path, data_dir: Path, writes: Iterable[str]) -> Path:
    """`out` resolved, once sure that replacing it whole with the files `writes` names is
    safe: it neither is, holds nor lies in the pages of the corpus in `data_dir`, holds no
    corpus file it would not write itself (tables write an institutions.csv, reports do
    not), and `_check_place` finds it can be written. Checked before any work starts."""
    target, data, writes = _out_path(out), data_dir.resolve(), set(writes)
    if target == data:
        problem = "is the data folder"
    elif data.is_relative_to(target):
        problem = f"holds the data folder {data}"
    elif target.is_relative_to(data / "pages"):
        problem = f"is inside the pages folder {data / 'pages'}"
    elif target.is_dir() and any((target / name).exists() for name in CORPUS_FILES if name not in writes):
        problem = f"holds a corpus's reference files or pages/ ({', '.join(CORPUS_FILES)})"
    else:
        _check_place(target, out, writes)
        return target
    raise OutputError(f"output folder {out} {problem}: outputs never go over their inputs; choose another folder")


def _out_path(out: str | Path) -> Path:
    """`out` resolved (a link to a folder: that folder); an empty name is no folder."""
    if str(out) == "":
        raise OutputError("output folder name is empty")
    return Path(out).expanduser().resolve()


def _check_place(target: Path, out: str | Path, writes: set[str]) -> None:
    """`target` is a folder or can become one, holds nothing but `writes` (so replacing it
    loses nothing of the user's), and a folder can be made beside it."""
    try:
        anchor = next(p for p in (target, *target.parents) if p.exists())
        if not anchor.is_dir():
            raise OutputError(f"output folder {out}: {anchor} is a file, not a folder")
        others = sorted(p.name for p in target.iterdir() if p.name not in writes) if anchor == target else []
    except OSError as exc:
        raise OutputError(f"output folder {out} cannot be read: {exc}") from exc
    if others:
        shown = ", ".join(others[:5]) + (", …" if len(others) > 5 else "")
        raise OutputError(
            f"output folder {out} holds files this command does not write ({shown}); "
            "it is replaced whole, so choose a new or empty folder"
        )
    _probe(target.parent if anchor == target else anchor, out)


def _probe(folder: Path, out: str | Path) -> None:
    """Make and remove a folder in `folder`: the one sure test that it can be written
    (permission bits say nothing for root, or on a read-only mount)."""
    probe = folder / f".analysis-probe-{secrets.token_hex(4)}"
    try:
        probe.mkdir()
        probe.rmdir()
    except OSError as exc:
        raise OutputError(f"output folder {out}: {folder} is not writable ({exc.strerror or exc})") from exc


@contextmanager
def staged_dir(out: str | Path, writes: Iterable[str]) -> Iterator[Path]:
    """A new folder beside `out` to write the files `writes` names into, put in `out`'s place
    only when the block ends without error: a failed run leaves `out` as it was (and no
    folder it would have created), nothing half-written."""
    target = _out_path(out)
    _check_place(target, out, set(writes))
    made = next((p for p in reversed((target.parent, *target.parent.parents)) if not p.exists()), None)
    stage = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        stage.mkdir(parents=True)
        yield stage
        _swap(stage, target)
    except OSError as exc:
        raise OutputError(f"output folder {out} cannot be written: {exc}") from exc
    finally:
        shutil.rmtree(stage, ignore_errors=True)
        if made is not None and not target.exists():
            shutil.rmtree(made, ignore_errors=True)


def _swap(stage: Path, target: Path) -> None:
    """Rename `stage` to `target`; a folder already there is moved aside first, and removed
    only once the new one is in place."""
    if not target.exists():
        stage.rename(target)
        return
    old = target.with_name(f".{target.name}.{secrets.token_hex(4)}.old")
    target.rename(old)
    try:
        stage.rename(target)
    except OSError:
        old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)
