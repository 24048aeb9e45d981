"""Teasers: other news items shown as a title, a snippet and a "Read more" link.

A listing page (3AMK's tag pages) is nothing but teasers; an article page (Metropolia's)
ends with some. A `read_more` line closes an item: the text blocks just above it are its
title and snippet, and a date line among them (or just above the title) is the item's
date. Their units become `teaser_title` and `teaser_text`, so that another item's text is
never taken for the article's.
"""

from __future__ import annotations

from typing import NamedTuple

from .furniture import ARCHIVE_LABELS, is_related_heading, key
from .records import Unit

ELLIPSES = ("…", "...")


class Teaser(NamedTuple):
    """One teaser item: its title unit, the start of its date line (if any), its span."""

    title: Unit
    date_start: int | None
    start: int
    end: int


def find_teasers(units: list[Unit]) -> tuple[list[Unit], list[Teaser]]:
    """The units with every teaser's blocks named, and the teasers, in page order."""
    out: list[Unit] = []
    teasers = []
    for unit in units:
        if unit.kind == "read_more":
            teaser = close_teaser(out, units)
            if teaser is not None:
                teasers.append(teaser._replace(end=unit.end))
        out.append(unit)
    return out, teasers


def is_listing(units: list[Unit], out: list[Unit], at: int) -> bool:
    """A page of items (two "Read more" or more) under a heading of its own (a block or an
    archive's heading before the item at `at` in `out`), not an article with related ones
    under it (a related heading; or no block before the first item: the article is it)."""
    if not any(unit.kind == "block" or key(unit.text).startswith(ARCHIVE_LABELS) for unit in out[:at]):
        return False
    return sum(unit.kind == "read_more" for unit in units) >= 2 and not any(
        unit.kind == "navigation" and is_related_heading(key(unit.text)) for unit in units
    )


def close_teaser(out: list[Unit], units: list[Unit]) -> Teaser | None:
    """Name the blocks just above a "Read more" line (the end of `out`) as a teaser's
    title and snippet, in place; None when no teaser stands there. Two one-line blocks
    are title and snippet when the snippet is cut short (`…`) or a date line stands above
    the title, or, on a page of items (`is_listing`; `units` are the page's), between them; and
    the title ends no sentence (an article's paragraph under its date); one
    block of several lines is title and snippet; a lone one-line block is a title, unless
    it ends with a full stop (an article's last sentence)."""
    dated, blocks, i = None, [], len(out) - 1
    while i >= 0 and len(blocks) < 2 and out[i].kind in ("date_line", "block"):
        if out[i].kind == "block":
            blocks.append(i)
        elif dated is None:
            dated = i
        i -= 1
    if not blocks:
        return None
    near = out[blocks[0]]
    dated_between = dated is not None and len(blocks) == 2 and blocks[1] < dated < blocks[0] and is_listing(units, out, blocks[1])
    paired = "\n" not in near.text and len(blocks) == 2 and "\n" not in out[blocks[1]].text and (
        near.text.endswith(ELLIPSES) or (blocks[1] > 0 and out[blocks[1] - 1].kind == "date_line") or dated_between
    ) and not out[blocks[1]].text.endswith(".")  # a snippet is cut short, or the item's date stands above its title (no sentence)
    if not paired and "\n" not in near.text and near.text.endswith("."):
        return None  # a sentence before "Read more" ends an article's paragraph: no teaser's title
    at = blocks[1] if paired else blocks[0]  # the title's block
    if dated is not None and dated < at - 1:
        dated = None  # a date line above the item's title block is another item's
    if dated is None and at > 0 and out[at - 1].kind == "date_line":
        dated = at - 1
    date_line = None if dated is None else out[dated]
    if paired:
        out[blocks[0]], out[at] = near._replace(kind="teaser_text"), out[at]._replace(kind="teaser_title")
    elif "\n" in near.text:
        out[at : at + 1] = split_block(near)
    else:
        out[at] = near._replace(kind="teaser_title")
    title = out[at]
    start = date_line.start if date_line is not None and date_line.start < title.start else title.start
    return Teaser(title, None if date_line is None else date_line.start, start, title.end)  # `find_teasers` sets the end


def split_block(block: Unit) -> list[Unit]:
    """A block of several lines as a title (its first line) and a snippet (the rest)."""
    newline = block.text.index("\n")
    title = block.text[:newline].rstrip()
    rest = block.text[newline:]
    snippet = rest.lstrip()
    snippet_start = block.start + newline + len(rest) - len(snippet)
    return [Unit("teaser_title", title, block.start, block.start + len(title)), Unit("teaser_text", snippet, snippet_start, block.end)]
