"""The page files of a corpus folder: which there are, and their bytes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path


def page_files(pages_dir: Path) -> list[str]:
    """The names of the `*.txt` files in `pages_dir`, sorted; none when it is no folder."""
    try:
        with os.scandir(pages_dir) as entries:
            return sorted(e.name for e in entries if e.name.endswith(".txt") and e.is_file())
    except (FileNotFoundError, NotADirectoryError):
        return []


def read_files(pages_dir: Path, files: list[str]) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of each of `files` in `pages_dir`, read as they are."""
    for name in files:
        with open(os.path.join(pages_dir, name), "rb") as f:
            yield name, f.read()
