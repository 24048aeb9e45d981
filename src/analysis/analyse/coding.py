"""Content analysis on the units table: codebook coding, keyword in context, term
frequencies and co-mentions. Every match keeps its offsets in the raw page."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..build.corpus import Corpus
from ..build.names import category_regex, compile_pattern
from ..build.schema import frame
from ..paths import bundled_data_dir
from ..read.codebook import Codebook
from ..read.records import FURNITURE_KINDS

TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*")  # keeps "9.0", "Haaga-Helia" and "UAS's" whole
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
STOPWORD_LANGUAGES = ("en", "fi")  # the bundled lists, partnership_data/stopwords_<language>.txt


def _units(source: Corpus | pd.DataFrame) -> pd.DataFrame:
    """The units to analyse: page furniture (navigation, date lines, "Read more", ...)
    says nothing about the partnership, so coding, KWIC and term counts leave it out."""
    return content_units(source.units if isinstance(source, Corpus) else source)


def code_units(units: Corpus | pd.DataFrame, codebook: Codebook) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Code each unit against the codebook.

    Returns the matches (one row each: doc_id, unit_id, unit_kind, category, pattern,
    matched, start, end in the raw page) and a unit x category count table; furniture
    units are not coded.
    """
    units = _units(units)
    compiled = [(c, category_regex(c)) for c in codebook.categories]
    rows = [
        (u.doc_id, u.unit_id, u.kind, c.name, c.patterns[int(m.lastgroup[1:])], m.group(0), u.start + m.start(), u.start + m.end())
        for u in units.itertuples()
        for c, regex in compiled
        for m in regex.finditer(u.text)
    ]
    matches = frame(rows, "codings").sort_values(["doc_id", "start", "category"], ignore_index=True)
    counts = (
        pd.crosstab(matches["unit_id"], matches["category"])
        .reindex(index=units["unit_id"], columns=codebook.names, fill_value=0)
        .astype("int64")
    )
    counts.columns.name = "category"
    return matches, counts


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` around `text[start:end]`: after the previous sentence end,
    through the next one (or the text's edges)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    left = before[-1] if before else 0
    after = _SENTENCE_END.search(text, end)
    right = after.end() if after else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, right


def kwic(source: Corpus | pd.DataFrame, pattern: str, window: int = 5, sentence: bool = False) -> pd.DataFrame:
    """Keyword in context: each match of a glob pattern with `window` words either side
    (or its whole sentence), and its span in the raw page."""
    regex = compile_pattern(pattern)
    rows = []
    for u in _units(source).itertuples():
        text = u.text
        for m in regex.finditer(text):
            if sentence:
                lo, hi = sentence_span(text, m.start(), m.end())
            else:
                words_left = [w.start() for w in re.finditer(r"\S+", text[: m.start()])]
                words_right = [w.end() for w in re.finditer(r"\S+", text[m.end() :])]
                lo = words_left[-window] if len(words_left) >= window else 0
                hi = m.end() + (words_right[window - 1] if len(words_right) >= window else len(text) - m.end())
                if window == 0:
                    lo, hi = m.start(), m.end()
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
    exploded = kept.assign(term=kept["text"].map(tokens), language=unit_languages(units, kept))
    exploded = exploded.explode("term").dropna(subset=["term"])
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
    fig = Figure(figsize=(5.5, 4.5), layout="constrained")
    ax = fig.add_subplot()
    values = matrix.to_numpy()
    image = ax.imshow(values, cmap="Blues", vmin=0)
    labels = list(matrix.columns)
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    threshold = values.max() / 2 if values.size else 0
    for (i, j), value in np.ndenumerate(values):
        ax.text(j, i, str(value), ha="center", va="center", color="white" if value > threshold else "black")
    ax.set_title(title)
    fig.colorbar(image, ax=ax, label="units")
    return fig
