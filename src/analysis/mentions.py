"""Finding institutions and projects in text units by name.

A name matches case-insensitively, with `-` and a space taken alike (`Haaga Helia`),
with a Finnish case ending (`Laurean`, `Metropoliassa`), and only as a whole word, so
`laureate` and `metropolitan` never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

FINNISH_ENDINGS = ("n", "ssa", "ssä", "sta", "stä", "an", "lla", "llä", "lta", "ltä", "lle", "na", "nä", "ksi", "tta", "ttä", "ineen")
_ENDING = "(?:" + "|".join(sorted(FINNISH_ENDINGS, key=len, reverse=True)) + ")?"


def name_pattern(name: str) -> re.Pattern[str]:
    """A regex for a name: words joined by `-` or white space, optional case ending."""
    words = [re.escape(w) for w in re.split(r"[-\s]+", name.strip()) if w]
    return re.compile(r"(?<!\w)" + r"[-\s]+".join(words) + _ENDING + r"(?!\w)", re.IGNORECASE)


def compile_names(entities: Iterable[tuple[str, str]]) -> list[tuple[str, re.Pattern[str]]]:
    """(entity_id, name) pairs -> (entity_id, pattern), one pattern per name."""
    return [(entity_id, name_pattern(name)) for entity_id, name in entities]


def find_mentions(text: str, patterns: list[tuple[str, re.Pattern[str]]]) -> Iterator[tuple[str, str, int, int]]:
    """(entity_id, matched text, start, end) for each match, offsets relative to `text`.
    Two names of one entity matching the same place count once."""
    seen: set[tuple[str, int]] = set()
    for entity_id, pattern in patterns:
        for m in pattern.finditer(text):
            if (entity_id, m.start()) not in seen:
                seen.add((entity_id, m.start()))
                yield entity_id, m.group(0), m.start(), m.end()
