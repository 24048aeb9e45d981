"""Finding institutions and projects in text units by name.

A name matches case-insensitively, with `-` and a space taken alike (`Haaga Helia`),
with a Finnish case ending (`Laurean`, `Metropoliassa`), and only as a whole word, so
`laureate` and `metropolitan` never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

FINNISH_ENDINGS = ("n", "ssa", "ssä", "sta", "stä", "an", "lla", "llä", "lta", "ltä", "lle", "na", "nä", "ksi", "tta", "ttä", "ineen")
_ENDING = "(?:" + "|".join(sorted(FINNISH_ENDINGS, key=len, reverse=True)) + ")?"


def _name_regex(name: str) -> str:
    """A name's words joined by `-` or white space, an optional case ending, a word end."""
    words = [re.escape(w) for w in re.split(r"[-\s]+", name.strip()) if w]
    return r"[-\s]+".join(words) + _ENDING + r"(?!\w)"


class Names(NamedTuple):
    """Many names in one regex: group `e<i>` matched means `entity_ids[i]`. `rough` is a
    looser pattern for Arrow's RE2 engine (None when there is none): every text `regex`
    matches in is matched by `rough` (case-insensitively), so it can pick texts to search."""

    regex: re.Pattern[str]
    entity_ids: tuple[str, ...]
    rough: str | None
    first_words: tuple[str, ...] | None  # lower-cased, for `find_mentions`' fast path


_LATIN1 = re.compile("[\x00-\xff]*")


def _rough_word(word: str) -> str:
    """A word as an RE2 pattern; RE2 does not take dotless ı for i as `re` does."""
    return "".join("[iIı]" if c in "iIı" else c if c.isalnum() and c.isascii() else f"\\x{{{ord(c):x}}}" for c in word)


def compile_names(entities: Iterable[tuple[str, str]]) -> Names | None:
    """(entity_id, name) pairs -> one regex for all, longest name first, so that a place
    in the text counts once, for the entity with the longest name matching there."""
    pairs = sorted(entities, key=lambda pair: -len(pair[1]))
    if not pairs:
        return None
    # one word-start check for all names: much faster than one per alternative
    regex = r"(?<!\w)(?:" + "|".join(f"(?P<e{i}>{_name_regex(name)})" for i, (_, name) in enumerate(pairs)) + ")"
    first_words = [next((w for w in re.split(r"[-\s]+", name) if w), "") for _, name in pairs]
    rough = "|".join(map(_rough_word, first_words)) if all(first_words) else None
    latin1 = all(first_words) and all(_LATIN1.fullmatch(w) for w in first_words)
    lowered = tuple(sorted({w.lower() for w in first_words})) if latin1 else None
    return Names(re.compile(regex, re.IGNORECASE), tuple(entity_id for entity_id, _ in pairs), rough, lowered)


def find_mentions(text: str, names: Names | None) -> Iterator[tuple[str, str, int, int]]:
    """(entity_id, matched text, start, end) for each match, offsets relative to `text`."""
    if names is None:
        return
    for m in _matches(text, names):
        yield names.entity_ids[int(m.lastgroup[1:])], m.group(0), m.start(), m.end()


def _matches(text: str, names: Names) -> Iterator[re.Match]:
    """What `names.regex.finditer(text)` finds, found faster where it can be: `re` tries
    every position in turn, while `str.find` jumps to where a name's first word occurs.
    Within Latin-1 a case-insensitive match is a match of the lower-cased texts, so those
    places are all the regex can match at; elsewhere (ı, ſ, Greek) the regex scans."""
    if names.first_words is None or not (text.isascii() or _LATIN1.fullmatch(text)):
        yield from names.regex.finditer(text)
        return
    lowered = text.lower()
    places = set()
    for word in names.first_words:
        at = lowered.find(word)
        while at >= 0:
            places.add(at)
            at = lowered.find(word, at + 1)
    end = 0
    for at in sorted(places):
        if at >= end and (m := names.regex.match(text, at)) is not None:
            end = m.end()
            yield m
