"""Finding institutions and projects in text units by name.

A name matches case-insensitively, with `-` and a space taken alike (`Haaga Helia`),
with a Finnish case ending (`Laurean`, `Metropoliassa`), and only as a whole word, so
`laureate` and `metropolitan` never count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
    first_words: tuple[str, ...] | None  # lower-cased, Latin-1: for `find_in_spans`' fast path


_LATIN1 = re.compile("[\x00-\xff]*")
# Characters `re` (IGNORECASE) takes for a Latin-1 letter though str.lower() does not make
# them that letter: dotless ı for i, long ſ for s, Greek μ/Μ for the micro sign µ.
_FOLDED_BY_RE = "ıſμΜ"


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
    for _, entity_id, matched, start, end in find_in_spans(text, [(0, len(text))], names):
        yield entity_id, matched, start, end


def find_in_spans(
    text: str, spans: list[tuple[int, int]], names: Names | None
) -> Iterator[tuple[int, str, str, int, int]]:
    """(span index, entity_id, matched text, start, end) for each match inside one of the
    `spans` of `text` (sorted, not overlapping): what `find_mentions(text[start:end])`
    finds in each, with offsets into `text`.

    Found fast where it can be: `re` tries every position in turn, while `str.find` jumps
    to where a name's first word occurs in the lower-cased text, and the regex is tried
    there alone. Those places are all it can match at unless the text holds a character
    that `re` takes for another letter though lower-casing does not (ı for i, ſ for s, μ
    for µ) or one that lower-cases to two (İ): then the regex scans each span."""
    if names is None:
        return
    lowered = text.lower() if names.first_words is not None else None
    if lowered is None or len(lowered) != len(text) or any(c in text for c in _FOLDED_BY_RE):
        for i, (start, end) in enumerate(spans):
            for m in names.regex.finditer(text[start:end]):
                yield i, names.entity_ids[int(m.lastgroup[1:])], m.group(0), start + m.start(), start + m.end()
        return
    places = set()
    for word in names.first_words:
        at = lowered.find(word)
        while at >= 0:
            places.add(at)
            at = lowered.find(word, at + 1)
    starts = [start for start, _ in spans]
    resume = 0
    for at in sorted(places):
        i = bisect_right(starts, at) - 1
        if at < resume or i < 0 or at >= spans[i][1]:
            continue
        start, end = spans[i]
        # at a span's start the span is matched alone: the regex's look-behind must not see what precedes it
        m = names.regex.match(text[start:end]) if at == start else names.regex.match(text, at, end)
        if m is not None:
            shift = start if at == start else 0
            resume = shift + m.end()
            yield i, names.entity_ids[int(m.lastgroup[1:])], m.group(0), shift + m.start(), resume
