"""Where the bundled data lives, anchored on the package, never on the current directory."""

from __future__ import annotations

from pathlib import Path

from .errors import CorpusError

PACKAGE_DIR = Path(__file__).resolve().parent
# A wheel carries the data inside the package; an editable install reads the repository's.
_BUNDLED_CANDIDATES = (PACKAGE_DIR / "partnership_data", PACKAGE_DIR.parents[1] / "partnership_data")
LOCAL_TZ = "Europe/Helsinki"


def bundled_data_dir() -> Path:
    """The `partnership_data` folder shipped with the package."""
    for candidate in _BUNDLED_CANDIDATES:
        if (candidate / "pages").is_dir():
            return candidate
    raise CorpusError(f"bundled data not found in {' or '.join(map(str, _BUNDLED_CANDIDATES))}")


def resolve_data_dir(data_dir: str | Path | None) -> Path:
    """The folder to load: the given one, or the bundled data when None."""
    if data_dir is None:
        return bundled_data_dir()
    path = Path(data_dir).expanduser().resolve()
    if not path.is_dir():
        raise CorpusError(f"data folder not found: {path}")
    return path
