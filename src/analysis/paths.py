"""Where the bundled data and notebooks live, anchored on the package, never on the cwd."""

from __future__ import annotations

from pathlib import Path

from .errors import CorpusError

PACKAGE_DIR = Path(__file__).resolve().parent
LOCAL_TZ = "Europe/Helsinki"


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
    """The folder to load: the given one, or the bundled data when None."""
    if data_dir is None:
        return bundled_data_dir()
    path = Path(data_dir).expanduser().resolve()
    if not path.is_dir():
        raise CorpusError(f"data folder not found: {path}")
    return path
