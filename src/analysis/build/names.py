"""Every name and pattern matcher: institutions and projects by name, codebook patterns.

A name matches case-insensitively, with `-` and a space taken alike (`Haaga Helia`),
with a Finnish case ending (`Laurean`, `Metropoliassa`, `TalentTrackin`, `YrittäjyysSavotan`)
on Finnish pages only, a university's with a Swedish genitive `s` (`Haaga-Helias`) on the others, and only
as a whole word, so `laureate` and `metropolitan` never count; names glued together by a
tag line (`Haaga-HeliaMetropolia`) or between slashes (`Haaga-Helia/Laurea`) are each
found, a name inside an e-mail address, a domain or a path (`x@metropolia.fi`,
`metropolia.fi/lahjoita`, `/fi/laurea`) is none. A codebook pattern is a glob of whole words
(`export*`). Names are matched after reading, over the units table, so a page read once
serves any reference table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..read.codebook import Category, pattern_words
from ..read.records import FURNITURE_KINDS
from .schema import MENTIONS, STR

UNSEARCHED = [kind for kind in FURNITURE_KINDS if kind != "tags"]  # names in tag lines count, apart
FINNISH_ENDINGS = (
    "n", "a", "ä", "ssa", "ssä", "sta", "stä", "an", "lla", "llä", "lta", "ltä", "lle", "na", "nä", "ksi", "tta", "ttä",
    "ineen", "in",  # "in" after a consonant's `i`: TalentTrackiin
)
CLITICS = ("kin", "kaan", "kään", "han", "hän")  # "Laureakin", "Metropoliassakaan", "Laureahan"
_ENDING = (
    "(?:" + "|".join(sorted(FINNISH_ENDINGS, key=len, reverse=True)) + ")?(?:" + "|".join(CLITICS) + ")?"
)


# Where a name may begin and end: at a word boundary, or where a glued lower-case letter
# meets an upper-case one; never after `@` or `.`, nor before a lower-case domain ending. After
# `/` it may (`Haaga-Helia/Laurea/Metropolia`); a path's names are in an address (`_ADDRESS_MARK`).
_GLUE = r"(?-i:(?<=[a-zåäö])(?=[A-ZÅÄÖ]))"
_VOWELS = "aeiouyäöå"
_GRADED = re.compile(r"(?:kk|pp|tt)[aeiouyäö]\Z", re.IGNORECASE)  # Savotta: Savotan, Savotassa
# What makes a word an address, whose names are no mentions: an e-mail's `@`, a web address (a
# short link's too: `bit.ly/laurea`), a path (a `/` that begins the word or follows a quote, `=`
# or a bracket: `/fi/laurea-hanke`; or lower-case steps between two `/`: `fi/hankkeet/laurea-hanke`).
_ADDRESS_MARK = re.compile(
    r"@|\[at\]|\(at\)|://|www\.|\.(?:fi|com|org|net|eu|se)(?:/|\b)|\.[a-z]{2,24}/|(?<![^\s\"'=(\[])/"
    r"|(?-i:[a-z0-9_-]/[a-z0-9_.-]++/)", re.IGNORECASE | re.ASCII
)
# The same marks for Arrow's RE2 (ASCII case-blind, as the above), without the word end: the units to read.
_ADDRESS_MARKS_RE2 = r"(?i)@|\[at\]|\(at\)|://|www\.|\.(?:fi|com|org|net|eu|se)|\.[a-z]{2,24}/|(?:^|[\s\"'=(\[])/|(?-i:[a-z0-9_-]/[a-z0-9_.-]+/)"
_WORD = re.compile(r"\S*+")
_WORD_BEFORE = re.compile(r"(?<!\S)\S*+\Z")  # the word that ends where the search ends; tried at word starts only
_BEGIN = r"(?:(?<![\w@.])|" + _GLUE + ")"
_END = r"(?:(?!\w)|" + _GLUE + r")(?!(?-i:\.[a-z]{2,6}\b))"
_JOIN = "[-\u2010\u2011\\s]++"  # between a name's words: a hyphen (a non-breaking one too: `Haaga‑Helia`) or white space


def _name_regex(name: str, ending: str, genitive: bool = False) -> str:
    """A name's words joined by `-` or white space, an optional case ending, a word end.
    The joins are possessive (no word begins with `-` or a space), so nothing backtracks.
    With an `ending` (Finnish pages), a name ending in a consonant takes it after an `i`
    (`TalentTrackin`, `Green Cardissa`) or, an abbreviation, after a colon; a number
    after a colon (`Työelämä 9.0:n`), a colon only before an ending (`Green Card: …` ends
    at the name); a last word ending in `kk`, `pp` or `tt` and a vowel may lose a
    consonant before it, as Finnish words do (`YrittäjyysSavotan`). A name of fewer than
    five characters takes no `i` (`MEN` is not in `meni`)."""
    words = [w for w in re.split(r"[-\s]+", name.strip()) if w]
    escaped = [re.escape(w) for w in words]
    if not ending:  # a page in English or Swedish: a university's Swedish genitive s (`Haaga-Helias campus`)
        return _JOIN.join(escaped) + "s?" * genitive + _END
    last = words[-1]
    if _GRADED.search(last):
        escaped[-1] = re.escape(last[:-2]) + last[-2] + "?" + last[-1]
    colon = r":(?=\w)"
    joint = "" if last[-1].lower() in _VOWELS else f"(?:i|{colon})?" if last[-1].isalpha() and len(name) >= 5 else f"(?:{colon})?"
    return _JOIN.join(escaped) + joint + ending + _END


def _first_word(name: str) -> str:
    """What every match of the name begins with: its first word, but a one-word name
    that may lose a consonant (`_name_regex`) only up to that consonant."""
    words = [w for w in re.split(r"[-\s]+", name) if w]
    first = words[0] if words else ""
    return first[:-2] if len(words) == 1 and _GRADED.search(first) else first


class Names(NamedTuple):
    """Many names in one regex: group `e<i>` matched means `entity_ids[i]`; those are its
    only groups, so it is group number i + 1 (`Match.lastindex`, read faster than the
    name). `regex` (pages not in Finnish) takes a university's name with a Swedish
    genitive `s` too, `finnish` a name with a Finnish case ending."""

    regex: re.Pattern[str]
    finnish: re.Pattern[str]
    entity_ids: tuple[str, ...]
    first_words: tuple[str, ...] | None  # lower-cased, Latin-1, none beginning with another: for `Haystack`'s fast path


_LATIN1 = re.compile("[\x00-\xff]*")
# Characters `re` (IGNORECASE) takes for a Latin-1 letter though str.lower() does not make
# them that letter: dotless ı for i, long ſ for s, Greek μ/Μ for the micro sign µ.
_FOLDED_BY_RE = "ıſμΜ"


def compile_names(entities: Iterable[tuple[str, str]], genitive: bool = False) -> Names | None:
    """(entity_id, name) pairs -> one regex for all, longest name first, so that a place
    in the text counts once, for the entity with the longest name matching there."""
    pairs = sorted(entities, key=lambda pair: -len(pair[1]))
    if not pairs:
        return None
    # one word-start check for all names: much faster than one per alternative
    regex, finnish = (
        _BEGIN + "(?:" + "|".join(f"(?P<e{i}>{_name_regex(name, ending, genitive)})" for i, (_, name) in enumerate(pairs)) + ")"
        for ending in ("", _ENDING)
    )
    first_words = [_first_word(name) for _, name in pairs]
    latin1 = all(first_words) and all(_LATIN1.fullmatch(w) for w in first_words)
    lowered = shortest_prefixes({w.lower() for w in first_words}) if latin1 else None
    return Names(re.compile(regex, re.IGNORECASE), re.compile(finnish, re.IGNORECASE), tuple(entity_id for entity_id, _ in pairs), lowered)


def shortest_prefixes(words: set[str]) -> tuple[str, ...]:
    """The words, sorted, without those that begin with another: the places of such a word
    are among the other's. One pass: in sorted order the words that begin with a word come
    right after it."""
    kept: list[str] = []
    for word in sorted(words):
        if not kept or not word.startswith(kept[-1]):
            kept.append(word)
    return tuple(kept)


def find_mentions(units: pa.Table, names: dict[str, Names | None]) -> pa.Table:
    """Every match of the `names` (entity type -> its names) in the units (rows of
    `READ["units"]`, with a boolean `finnish` column for the units of Finnish pages), as
    rows of `MENTIONS` in unit order: by unit, type (in the order of `names`), position.
    Offsets are into the page, like the units'. Furniture is not searched, but for tag
    lines. The units' texts are searched as one string per language."""
    texts = units["text"].to_pylist()
    searched = pc.invert(pc.is_in(units["kind"], value_set=pa.array(UNSEARCHED, units["kind"].type))).to_numpy(zero_copy_only=False)
    finnish = units["finnish"].to_numpy(zero_copy_only=False) if "finnish" in units.column_names else np.zeros(len(texts), bool)
    parts = []  # columns per language and entity type: no Python object per match but its strings
    for in_finnish in (False, True):
        rows = np.flatnonzero(searched & (finnish == in_finnish))
        lengths = np.fromiter((len(texts[r]) for r in rows), np.int64, len(rows))
        starts = np.cumsum(lengths) - lengths
        haystack = Haystack.of("".join(texts[r] for r in rows), np.column_stack((starts, starts + lengths)))
        for kind, entity_names in enumerate(names.values()):
            found = haystack.search(entity_names, in_finnish)
            at = np.array(found.spans, np.int64)
            parts.append((
                rows[at], np.full(len(at), kind), np.array(found.entity_ids, object), np.array(found.matched, object),
                np.array(found.starts, np.int64) - starts[at], np.array(found.ends, np.int64) - starts[at],
            ))
    if not any(len(part[0]) for part in parts):
        return MENTIONS.empty_table()
    row, kind, entity_id, matched, start, end = (np.concatenate(column) for column in zip(*parts))
    order = np.lexsort((start, kind, row))
    marked = pc.match_substring_regex(units["text"], _ADDRESS_MARKS_RE2).to_numpy(zero_copy_only=False)
    order = order[outside_addresses(texts, marked, row[order], start[order])]
    at = units.select(["doc_id", "position", "kind", "start"]).take(pa.array(row[order]))  # not the texts: one copy per match
    types = pa.array(list(names), STR).take(pa.array(kind[order]))
    return pa.Table.from_arrays(
        [coded(at["doc_id"]), at["position"], coded(at["kind"]), coded(types), coded(pa.array(entity_id[order], STR)),
         coded(pa.array(matched[order], STR)),
         pc.add(at["start"], pa.array(start[order])), pc.add(at["start"], pa.array(end[order]))],
        schema=MENTIONS,
    )


def outside_addresses(texts: list[str], marked: np.ndarray, rows: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Which matches (their units' rows, in order, and offsets) stand outside every e-mail
    or web address: a name in `laurea-info@…` or `www.laurea.fi/laurea-ja-metropolia` is
    none. Only the units `marked` as holding a sign of one are read; a unit's matches are
    placed among its addresses by bisection, not tried against each."""
    keep = np.ones(len(rows), bool)
    for r in np.unique(rows[marked[rows]]).tolist():
        spans = addresses(texts[r])
        if not spans:
            continue
        lo, hi = np.searchsorted(rows, r), np.searchsorted(rows, r, side="right")
        begins, ends = np.array(spans, np.int64).T
        at = np.searchsorted(begins, starts[lo:hi], side="right") - 1  # the last address beginning at or before each match
        keep[lo:hi] = (at < 0) | (starts[lo:hi] >= ends[np.maximum(at, 0)])
    return keep


def addresses(text: str) -> list[tuple[int, int]]:
    """Spans of the words (runs without white space) that hold `@` (or `[at]`, `(at)`),
    `://`, `www.` or a domain ending. Each character is read a bounded number of times: a word is found
    from its mark, once, and a mark inside a word already found is passed over."""
    spans: list[tuple[int, int]] = []
    end = 0
    for mark in _ADDRESS_MARK.finditer(text):
        if mark.start() < end:
            continue
        word = _WORD_BEFORE.search(text, end, mark.start())
        end = _WORD.match(text, mark.start()).end()
        spans.append((word.start() if word else mark.start(), end))
    return spans


def coded(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """A string column dictionary-encoded, as `MENTIONS` holds it."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    return pc.dictionary_encode(values)


class Found(NamedTuple):
    """Matches as columns: lists of ints and strings, which the garbage collector does not
    track, where a tuple per match would make it walk hundreds of thousands of them."""

    spans: list[int]  # index of the span matched in
    entity_ids: list[str]
    matched: list[str]  # the text matched
    starts: list[int]  # into the haystack's text
    ends: list[int]

    def add(self, span: int, entity_id: str, matched: str, start: int, end: int) -> None:
        self.spans.append(span)
        self.entity_ids.append(entity_id)
        self.matched.append(matched)
        self.starts.append(start)
        self.ends.append(end)


class Haystack(NamedTuple):
    """A text and the spans in it to search, prepared once for any number of `Names`.

    Found fast where it can be: `re` tries every position in turn, while `str.find` jumps
    to where a name's first word occurs in the lower-cased text, and the regex is tried
    there alone. Those places are all it can match at unless the text holds a character
    that `re` takes for another letter though lower-casing does not (ı for i, ſ for s, μ
    for µ) or one that lower-cases to two (İ): then (`lowered` is None) the regex scans
    each span."""

    text: str
    lowered: str | None
    spans: np.ndarray  # (start, end) rows, in text order, not overlapping

    @classmethod
    def of(cls, text: str, spans: Sequence[tuple[int, int]] | np.ndarray) -> Haystack:
        lowered = text.lower()
        fast = len(lowered) == len(text) and not any(c in text for c in _FOLDED_BY_RE)
        return cls(text, lowered if fast else None, np.asarray(spans, np.int64).reshape(-1, 2))

    def search(self, names: Names | None, finnish: bool = False) -> Found:
        """Each match, in order; `finnish`: with the names' Finnish case endings."""
        found = Found([], [], [], [], [])
        if names is None or len(self.spans) == 0:
            return found
        regex = names.finnish if finnish else names.regex
        if self.lowered is None or names.first_words is None:
            for i, (start, end) in enumerate(self.spans.tolist()):
                for m in regex.finditer(self.text[start:end]):
                    found.add(i, names.entity_ids[m.lastindex - 1], m[0], start + m.start(), start + m.end())
            return found
        return self._search_places(names, regex, found)

    def _search_places(self, names: Names, regex: re.Pattern[str], found: Found) -> Found:
        """The fast path: the regex tried only where a name's first word occurs in a span."""
        places = self._places(names.first_words)
        which = np.searchsorted(self.spans[:, 0], places, side="right") - 1
        inside = (which >= 0) & (places < self.spans[np.maximum(which, 0), 1])
        which = which[inside]
        resume, text, match, ids = 0, self.text, regex.match, names.entity_ids
        spans, entity_ids, matched, starts, ends = (column.append for column in found)  # not `add`: a call less per match
        for at, i, start, end in zip(places[inside].tolist(), which.tolist(), *self.spans[which].T.tolist()):
            if at < resume:
                continue
            # at a span's start the span is matched alone: the regex's look-behind must not see what precedes it
            m = match(text[start:end]) if at == start else match(text, at, end)
            if m is not None:
                shift = start if at == start else 0
                resume = shift + m.end()
                spans(i)
                entity_ids(ids[m.lastindex - 1])
                matched(m[0])
                starts(shift + m.start())
                ends(resume)
        return found

    def _places(self, words: tuple[str, ...]) -> np.ndarray:
        """Where any of `words` occurs in the lower-cased text, in order."""
        places, find = [], self.lowered.find
        for word in words:
            at = find(word)
            while at >= 0:
                places.append(at)
                at = find(word, at + 1)
        return np.unique(np.array(places, np.int64))


def institution_names(institutions: pd.DataFrame) -> Names | None:
    """Every alias of every institution (its short name when it has no aliases), with the
    Swedish genitive on pages not in Finnish: a university's name is never a plural, as
    a project's (`summer schools`) may be."""
    return compile_names(
        ((row.institution_id, alias) for row in institutions.itertuples() for alias in names_of(row.short_name, row.aliases)),
        genitive=True,
    )


def names_of(name: str, aliases: str | None) -> list[str]:
    """A reference row's `;`-separated aliases, or its name when it has none."""
    return [a.strip() for a in str(name if pd.isna(aliases) else aliases).split(";") if a.strip()]


def glob_regex(pattern: str) -> str:
    """A regex for one codebook pattern: whole words, `*` at a word's start or end for any
    word characters, the words of a multi-word pattern split by any white space. Linear in
    the text: a try begins only where no word character precedes, the leading `*` gives
    back characters of that one word alone, and what follows the word is possessive."""
    parts = [
        r"\w*" * word.startswith("*") + re.escape(word.strip("*")) + r"\w*+" * word.endswith("*")
        for word in pattern_words(pattern)
    ]
    return r"(?<!\w)" + r"\s++".join(parts) + r"(?!\w)"


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """One glob pattern, compiled case-insensitively."""
    return re.compile(glob_regex(pattern), re.IGNORECASE)


# Letters that `re` (IGNORECASE) takes for one another though their lower-case forms differ
# (CPython's `re._casefix`; a test checks this list against it): `fold` makes each the
# first of its group.
_RE_SAME_LETTERS = (
    "i\u0131", "s\u017f", "\u03bc\u00b5", "\u03b9\u0345\u1fbe", "\u0390\u1fd3", "\u03b0\u1fe3", "\u03b2\u03d0",
    "\u03b5\u03f5", "\u03b8\u03d1", "\u03ba\u03f0", "\u03c0\u03d6", "\u03c1\u03f1", "\u03c3\u03c2", "\u03c6\u03d5",
    "\u0432\u1c80", "\u0434\u1c81", "\u043e\u1c82", "\u0441\u1c83", "\u0442\u1c84\u1c85", "\u044a\u1c86",
    "\u0463\u1c87", "\ua64b\u1c88", "\u1e61\u1e9b", "\ufb06\ufb05",
)
_FOLD = str.maketrans({letter: group[0] for group in _RE_SAME_LETTERS for letter in group[1:]})
_FOLDED_AS_RE = re.compile("[" + "".join(group[1:] for group in _RE_SAME_LETTERS) + "]")
_PLACES = ("whole", "prefix", "suffix", "infix", "mark", "after")
_HEAD = re.compile(r"\w*")
_WORDS = re.compile(r"(?<!\w)\w+")  # where a pattern that begins with a word character can match
_SPOTS = re.compile(r"(?<!\w)\w*")  # ... and where one that begins with another character can


def fold(text: str) -> str:
    """`text` lower-cased as `re` compares letters under IGNORECASE, one character for one
    (İ gives i, not i and a dot; ς gives σ): a text that a pattern matches folds like it."""
    lowered = text.replace("\u0130", "i").lower()
    return lowered.translate(_FOLD) if _FOLDED_AS_RE.search(lowered) else lowered  # translate is slow: only when needed


def _place(pattern: str) -> tuple[str, str]:
    """Where a pattern can begin to match, read off its first word: the kind of place and
    the folded key there. A word that is the key (`whole`), begins with it (`prefix`,
    `export*`), ends with it (`suffix`, `*port`) or holds it (`infix`, `*port*`); for a
    pattern that begins with a non-word character, that character at the place (`mark`,
    `#tag`) or right after the place's word (`after`, `*.net`)."""
    first = pattern.split()[0]
    core = fold(first.strip("*"))
    head = _HEAD.match(core).group()
    lead, trail = first.startswith("*"), first.endswith("*") and head == core
    if not head:
        return ("after" if lead else "mark"), core[0]
    return (("infix" if trail else "suffix") if lead else ("prefix" if trail else "whole")), head


class CodebookMatcher(NamedTuple):
    """The patterns of all categories of a codebook, found in one pass over a text's words.

    Each word is looked up in dictionaries of folded keys (a few lookups, however many
    patterns there are) and only the patterns found there are tried, each with its own
    regex (`compile_pattern`). Within a category the longest pattern wins where several
    match at one place (the first listed of equally long ones), and matches do not overlap:
    what one regex of all the category's patterns, longest first, would find."""

    keys: dict[str, dict[str, list[tuple[int, int, int]]]]  # place -> key -> (category, rank, pattern)
    lengths: dict[str, list[int]]  # place -> its keys' lengths, shortest first
    iota: list[tuple[int, int, int]]  # the patterns with a letter `re` takes U+0345 for (ι)
    patterns: list[tuple[str, ...]]  # each category's patterns
    regexes: dict[str, re.Pattern[str]]  # compiled when first tried

    def find(self, text: str) -> list[tuple[int, int, int, int]]:
        """(category index, start, end, pattern index) of every match in `text`, in order."""
        folded, found, resume = fold(text), [], {}
        # `re` takes U+0345, a mark and no word character, for the letter iota: in a text
        # with one, the words a pattern with an iota sees are not the text's, so such a
        # pattern is tried at every place (the others never match that mark)
        everywhere = set(self.iota) if "\u0345" in text else set()
        spots = _SPOTS if everywhere or self.keys["mark"] or self.keys["after"] else _WORDS
        for spot in spots.finditer(text):
            start = spot.start()
            for c, _, i in sorted(self._candidates(folded, start, spot.end(), everywhere)):
                if start >= resume.get(c, 0) and (m := self._regex(self.patterns[c][i]).match(text, start)):
                    found.append((c, start, m.end(), i))
                    resume[c] = m.end()
        return sorted(found)

    def _candidates(self, folded: str, start: int, end: int, everywhere: set) -> set[tuple[int, int, int]]:
        """The patterns that can match at `start`, where a word (maybe empty) ends at `end`,
        and those tried `everywhere`."""
        word, keys, size = folded[start:end], self.keys, end - start
        found = everywhere | set(keys["whole"].get(word, ()))
        for n in self.lengths["prefix"]:
            found.update(keys["prefix"].get(word[:n], ()) if n <= size else ())
        for n in self.lengths["suffix"]:
            found.update(keys["suffix"].get(word[-n:], ()) if n <= size else ())
        found.update(self._infixes(word))
        if end < len(folded):
            found.update(keys["after"].get(folded[end], ()))
            if start == end:
                found.update(keys["mark"].get(folded[start], ()))
        return found

    def _infixes(self, word: str) -> Iterable[tuple[int, int, int]]:
        """The patterns whose key `word` holds: each key looked for in the word, or, where the
        keys outnumber the word's pieces, each piece of the word looked up. Either way a page
        of one endless word costs no more than its length times the smaller number."""
        infix, lengths = self.keys["infix"], self.lengths["infix"]
        if len(infix) <= len(word) * len(lengths):
            return (entry for key, entries in infix.items() if key in word for entry in entries)
        pieces = {word[at : at + n] for n in lengths for at in range(len(word) - n + 1)}
        return (entry for piece in pieces for entry in infix.get(piece, ()))

    def _regex(self, pattern: str) -> re.Pattern[str]:
        """A pattern's own regex, compiled when first tried: of many patterns, most never are."""
        regex = self.regexes.get(pattern)
        if regex is None:
            regex = self.regexes[pattern] = compile_pattern(pattern)
        return regex


def codebook_matcher(categories: tuple[Category, ...]) -> CodebookMatcher:
    """One matcher for the patterns of all `categories` (a codebook's)."""
    keys: dict[str, dict[str, list[tuple[int, int, int]]]] = {place: {} for place in _PLACES}
    iota = []
    for c, category in enumerate(categories):
        lengths = [-len(pattern) for pattern in category.patterns]
        for rank, i in enumerate(sorted(range(len(lengths)), key=lengths.__getitem__)):  # longest first
            place, key = _place(category.patterns[i])
            keys[place].setdefault(key, []).append((c, rank, i))
            if "\u03b9" in fold(category.patterns[i]):
                iota.append((c, rank, i))
    sizes = {place: sorted({len(key) for key in keys[place]}) for place in _PLACES}
    return CodebookMatcher(keys, sizes, iota, [c.patterns for c in categories], {})
