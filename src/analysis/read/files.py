"""The page files of a corpus folder: which there are, and their bytes.

A folder an analyst brings may hold anything under a `.txt` name: a symlink loop, a
dangling link, a folder, a FIFO, a file nobody may read, a sparse file of gigabytes, a name that is
not UTF-8. None of them may stop a load or pass unseen: each is listed, and what cannot be
read becomes an error finding on that file's row. Sizes are checked with `stat` before a
byte is read, and no more than `max_bytes + 1` bytes are ever read.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import CorpusError
from .records import Finding


def page_files(pages_dir: Path) -> list[str]:
    """The names of the entries called `*.txt` in `pages_dir`, sorted (as the file system
    gives them): a folder so named too, which is read as a finding; none when `pages_dir`
    is no folder."""
    try:
        with os.scandir(pages_dir) as entries:
            return sorted(e.name for e in entries if e.name.endswith(".txt"))
    except (FileNotFoundError, NotADirectoryError):
        return []


def skipped_entries(pages_dir: Path) -> list[str]:
    """The names in `pages_dir` that are not read as pages (`not_pages`)."""
    try:
        with os.scandir(pages_dir) as entries:
            return not_pages(e.name for e in entries)
    except (FileNotFoundError, NotADirectoryError):
        return []


def not_pages(names: Iterable[str]) -> list[str]:
    """Of a pages folder's entry names, those not read as pages (not `*.txt`: `a.TXT`,
    `b.html`), sorted; hidden ones (`.DS_Store`) aside."""
    return sorted(name for name in names if not name.endswith(".txt") and not name.startswith("."))


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


def printable_name(name: str) -> str:
    """A file name as text that can be stored, shown and compared: bytes that are not
    UTF-8 and characters that do not print (a newline, an escape) as backslash escapes."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def match_key(name: str) -> str:
    """A file name as the manifest is matched on it: NFC, so that a name a Mac wrote in
    NFD finds its row."""
    return name if name.isascii() else unicodedata.normalize("NFC", name)


def page_id(name: str) -> str:
    """A page file's `doc_id`: its printable name in NFC, without `.txt`."""
    return match_key(printable_name(name)).removesuffix(".txt")


def read_files(pages_dir: Path, files: list[str], max_bytes: int) -> Iterator[tuple[str, bytes | Finding]]:
    """(name, bytes) of each of `files` in `pages_dir`, or (name, an error finding) for a
    file that cannot be read as a regular file of at most `max_bytes` bytes."""
    for name in files:
        yield name, read_file(os.path.join(pages_dir, name), max_bytes)


def read_file(path: str, max_bytes: int) -> bytes | Finding:
    """One file's bytes, or the error finding that says why there are none. The file is
    opened without blocking (a FIFO would wait forever) and checked on the open handle,
    so that what is checked is what is read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return Finding("error", "unreadable_file", f"cannot be opened: {exc.strerror or exc}")
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return Finding("error", "not_a_file", "a folder, not a file; not read")
        if not stat.S_ISREG(info.st_mode):
            return Finding("error", "not_a_file", "not a regular file (a FIFO, a socket or a device); not read")
        if info.st_size > max_bytes:
            return Finding("error", "file_too_large", f"{info.st_size:,} bytes, over the limit of {max_bytes:,}")
        with open(fd, "rb", closefd=False) as f:
            return f.read(max_bytes + 1)  # a file that grew since: decode_page sees it is too large
    except OSError as exc:
        return Finding("error", "unreadable_file", f"cannot be read: {exc.strerror or exc}")
    finally:
        os.close(fd)
