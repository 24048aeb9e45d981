"""Checks a report run makes before anything slow: no notebook machinery imported, no
kernel started, so that a wrong folder fails at once and with a hint."""

from __future__ import annotations

from pathlib import Path

from ..errors import CorpusError
from ..read.files import page_files


def check_pages(root: Path) -> None:
    """Refuse a corpus folder with no `pages/*.txt`; pages put at the folder's top level
    (the usual slip) get a hint to move them."""
    if page_files(root / "pages"):
        return
    stray = page_files(root)
    if stray:
        what = "1 .txt file" if len(stray) == 1 else f"{len(stray):,} .txt files"
        hint = f"{what} found at its top level: move {'it' if len(stray) == 1 else 'them'} into {root / 'pages'}/"
    else:
        hint = f"put the pages in {root / 'pages'}/ as *.txt files"
    raise CorpusError(f"no pages: {root / 'pages'} holds no *.txt files; {hint}")
