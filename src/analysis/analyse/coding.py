"""Content analysis on the units table: codebook coding, keyword in context, term
frequencies and co-mentions. Every match keeps its offsets in the raw page."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..build.corpus import Corpus
from .figures import heat_map
from ..build.names import codebook_matcher, compile_pattern
from ..build.schema import frame
from ..paths import bundled_data_dir
from ..read.codebook import Codebook
from ..read.records import FURNITURE_KINDS

TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*")  # keeps "9.0", "Haaga-Helia" and "UAS's" whole
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)\s*+")  # an end mark, and the white space before the next sentence
_WORD = re.compile(r"\S++")
# The most words of a sentence KWIC shows either side of a match: a text without end marks
# is one "sentence", and showing all of it around each match would be quadratic.
SENTENCE_WORDS = 50
STOPWORD_LANGUAGES = ("en", "fi")  # the bundled lists, partnership_data/stopwords_<language>.txt


def _units(source: Corpus | pd.DataFrame) -> pd.DataFrame:
    """The units to analyse: page furniture (navigation, date lines, "Read more", ...)
    says nothing about the partnership, so coding, KWIC and term counts leave it out."""
    return content_units(source.units if isinstance(source, Corpus) else source)


def code_units(units: Corpus | pd.DataFrame, codebook: Codebook) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Code each unit against the codebook.

    Returns the matches (one row each: doc_id, unit_id, unit_kind, category, pattern,
    matched, start, end in the raw page) and a unit x category count table; furniture
    units are not coded. Each unit's words are looked up among all patterns at once
    (`CodebookMatcher`), so a category of 10,000 patterns codes about as fast as one of 10.
    """
    units = _units(units)
    matcher, names, patterns = codebook_matcher(codebook.categories), codebook.names, [c.patterns for c in codebook.categories]
    rows = [
        (u.doc_id, u.unit_id, u.kind, names[c], patterns[c][i], u.text[start:end], u.start + start, u.start + end)
        for u in units.itertuples()
        for c, start, end, i in matcher.find(u.text)
    ]
    matches = frame(rows, "codings").sort_values(["doc_id", "start", "category"], ignore_index=True)
    counts = (  # a groupby, not `pd.crosstab`: that aggregates Arrow strings in Python, 8x slower
        matches.groupby(["unit_id", "category"]).size().unstack(fill_value=0)
        .reindex(index=units["unit_id"], columns=codebook.names, fill_value=0)
        .astype("int64")
    )
    counts.columns.name = "category"
    return matches, counts


class Sentences(NamedTuple):
    """Where the sentences of one text end, found in one pass, so that the sentence around
    each of many matches costs a bisection rather than a read of the text before it."""

    text: str
    ends: list[int]  # after each sentence's end mark (0 first: the text's start)
    resumes: list[int]  # where the next sentence begins: past the white space after that end

    @classmethod
    def of(cls, text: str) -> Sentences:
        found = [(m.start() + 1, m.end()) for m in _SENTENCE_END.finditer(text)]
        return cls(text, [0, *(e for e, _ in found)], [len(text) - len(text.lstrip()), *(r for _, r in found)])

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around `text[start:end]`: after the previous sentence end (an end
        mark right before `start` counts), through the next one (or the text's edges)."""
        if start > 0 and self.text[start - 1] in ".!?":
            left = start
        else:
            left = min(self.resumes[bisect_right(self.ends, start) - 1], start)
        after = bisect_right(self.ends, end)
        return left, self.ends[after] if after < len(self.ends) else len(self.text)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` around `text[start:end]`: after the previous sentence end,
    through the next one (or the text's edges)."""
    return Sentences.of(text).around(start, end)


class Words(NamedTuple):
    """The words (runs of non-space) of one text, found once for all its matches."""

    starts: list[int]
    ends: list[int]
    length: int  # the text's

    @classmethod
    def of(cls, text: str) -> Words:
        spans = [m.span() for m in _WORD.finditer(text)]
        return cls([s for s, _ in spans], [e for _, e in spans], len(text))

    def around(self, start: int, end: int, window: int) -> tuple[int, int]:
        """From the start of the `window`-th word before `start` (a word cut by `start`
        counts) to the end of the `window`-th after `end`, or the text's edges."""
        if window == 0:
            return start, end
        before, after = bisect_left(self.starts, start), bisect_right(self.ends, end)
        lo = self.starts[before - window] if before >= window else 0
        hi = self.ends[after + window - 1] if len(self.ends) - after >= window else self.length
        return lo, hi


def context_spans(text: str, matches: list[re.Match], window: int, sentence: bool) -> list[tuple[int, int]]:
    """The span shown around each match in `text`: its sentence, or `window` words either side."""
    if not matches:
        return []
    words = Words.of(text)
    if sentence:
        sentences = Sentences.of(text)
        spans = ((sentences.around(m.start(), m.end()), words.around(m.start(), m.end(), SENTENCE_WORDS)) for m in matches)
        return [(max(lo, near_lo), min(hi, near_hi)) for (lo, hi), (near_lo, near_hi) in spans]
    return [words.around(m.start(), m.end(), window) for m in matches]


def kwic(source: Corpus | pd.DataFrame, pattern: str, window: int = 5, sentence: bool = False) -> pd.DataFrame:
    """Keyword in context: each match of a glob pattern with `window` words either side
    (or its sentence, at most SENTENCE_WORDS words either side), and its span in the raw
    page. A unit's words and sentences are found once, so the time is linear in the text
    however many matches it holds."""
    regex = compile_pattern(pattern)
    rows = []
    for u in _units(source).itertuples():
        text = u.text
        matches = list(regex.finditer(text))
        for m, (lo, hi) in zip(matches, context_spans(text, matches, window, sentence)):
            rows.append((
                u.doc_id, u.unit_id, text[lo : m.start()].strip(), m.group(0), text[m.end() : hi].strip(),
                u.start + m.start(), u.start + m.end(),
            ))
    return frame(rows, "kwic")


def read_stopwords(path: str | Path) -> frozenset[str]:
    """A stopword list: one word a line, `#` comments."""
    words = (line.strip().casefold() for line in open(path, encoding="utf-8"))
    return frozenset(w for w in words if w and not w.startswith("#"))


@cache
def _bundled_stopwords(language: str) -> frozenset[str]:
    return read_stopwords(bundled_data_dir() / f"stopwords_{language}.txt")


def load_stopwords(language: str | None = None, path: str | Path | None = None) -> frozenset[str]:
    """The bundled stopword list of a language ("en", "fi"; Snowball's lists), or the
    union of them all when the language is unknown (None, NA or one without a list); the
    list at `path` when given."""
    if path is not None:
        return read_stopwords(path)
    if isinstance(language, str) and language in STOPWORD_LANGUAGES:
        return _bundled_stopwords(language)
    return frozenset().union(*map(_bundled_stopwords, STOPWORD_LANGUAGES))


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; Finnish letters, inner hyphens and decimals kept."""
    return [t.casefold() for t in TOKEN.findall(text)]


def content_units(units: pd.DataFrame) -> pd.DataFrame:
    """The units that carry content: page furniture (FURNITURE_KINDS) left out."""
    return units[~units["kind"].isin(FURNITURE_KINDS)]


def unit_languages(source: Corpus | pd.DataFrame, units: pd.DataFrame) -> pd.Series:
    """The language of each unit's document (joined on doc_id), NA where unknown or when
    `source` is a bare units table."""
    if not isinstance(source, Corpus):
        return pd.Series(pd.NA, index=units.index, dtype="string")
    languages = source.documents.drop_duplicates("doc_id").set_index("doc_id")["language"]
    return units["doc_id"].map(languages).astype("string")


def is_stopword(terms: pd.Series, languages: pd.Series) -> np.ndarray:
    """For each term, whether it is a stopword of its language (`languages`, aligned with
    `terms`): the language's own list, the union of all where it has none."""
    known = languages.where(languages.isin(STOPWORD_LANGUAGES)).fillna("").to_numpy(dtype=object)  # "": no list
    stop = np.zeros(len(terms), dtype=bool)
    for language in (*STOPWORD_LANGUAGES, ""):
        stop |= (known == language) & terms.isin(load_stopwords(language or None)).to_numpy()
    return stop


def term_frequencies(
    units: Corpus | pd.DataFrame, by: str = "kind", stopwords: frozenset[str] | None = None, top: int | None = None
) -> pd.DataFrame:
    """Term counts per group of units (`by`: "kind" or "doc_id"); page furniture and
    stopwords left out. Stopwords are those of each unit's document language (see
    `load_stopwords`; a bare units table has no languages, so all lists apply), or the
    `stopwords` given, for every unit alike. Columns: the group, term, count; most
    frequent first within each group, at most `top` terms a group when given."""
    kept = _units(units)
    terms = pd.DataFrame({by: kept[by], "term": kept["text"].map(tokens), "language": unit_languages(units, kept)})
    exploded = terms.explode("term").dropna(subset=["term"])  # without the texts: a copy of each per word
    if stopwords is None:
        exploded = exploded[~is_stopword(exploded["term"], exploded["language"])]
    else:
        exploded = exploded[~exploded["term"].isin(stopwords)]
    counts = exploded.groupby([by, "term"], sort=False).size().rename("count").reset_index()
    counts = counts.astype({by: "string", "term": "string", "count": "int64"})
    counts = counts.sort_values([by, "count", "term"], ascending=[True, False, True], ignore_index=True)
    return counts if top is None else counts.groupby(by, sort=False).head(top).reset_index(drop=True)


def co_mentions(corpus: Corpus, include_image_alt: bool = False) -> pd.DataFrame:
    """Institution x institution: how many units mention both (the diagonal: how many
    mention that one). Image alt texts count only when asked for."""
    found = corpus.mentions[corpus.mentions["entity_type"] == "institution"]
    if not include_image_alt:
        found = found[found["unit_kind"] != "image_alt"]
    ids = list(corpus.institutions["institution_id"])
    present = pd.crosstab(found["unit_id"], found["entity_id"]).clip(upper=1).reindex(columns=ids, fill_value=0)
    matrix = present.T.dot(present).reindex(index=ids, columns=ids, fill_value=0).astype("int64")
    matrix.index.name, matrix.columns.name = "institution_id", "institution_id"
    return matrix


def plot_co_mentions(matrix: pd.DataFrame, title: str = "Units naming both institutions") -> Figure:
    """A heat map of a co-mention matrix with the count in each cell."""
    return heat_map(matrix, title, "units", figsize=(5.5, 4.5))
