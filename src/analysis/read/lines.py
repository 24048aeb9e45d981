"""Lines of a page: where each one's content stands, which is prose, and line/column of an offset."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of each non-blank line's content, without surrounding white space (CR included)."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield pos + lead, pos + lead + len(stripped)
        pos += len(line) + 1


def is_prose(line: str) -> bool:
    """A line of running text: long, or a sentence of twelve words or more."""
    return len(line) > 150 or (len(line.split()) >= 12 and line[-1] in ".!?")


def is_sentence(line: str) -> bool:
    """A line of text shorter than prose or not (a lead, a deck, a snippet): prose, or a
    sentence of six words or more, a closing quote after it or not."""
    return is_prose(line) or (len(line.split()) >= 6 and line.rstrip()[-1:] in ".!?\"”")


class LineIndex:
    """1-based line and column of character offsets in one text, by bisection."""

    def __init__(self, text: str):
        self.starts = [0]
        pos = text.find("\n")
        while pos >= 0:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1
