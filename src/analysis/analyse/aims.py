"""The codebook's aims as the summary shows them: how often the corpus states each, its
most telling sentences as short quotes with the matched words marked (each sentence
quoted once, under one aim, labelled with all its aims), and the pages that state each
aim by publisher and by year of publication.

The counts are true counts of `code_units`; only the quotes are chosen and bounded, so
the summary stays short however large the corpus or a page is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..build.corpus import Corpus
from .coding import Sentences, Words
from .words import UNKNOWN_PUBLISHER, plural

QUOTES_PER_AIM = 3
QUOTE_WORDS = 25  # words a quote shows either side of the aim's first matched words: about 60 in all
QUOTE_CHARS = 200  # and characters either side: a one-line page may have no sentence ends, a "word" no end
WORDING_CHARS = 300  # sentences the same in this many characters are the same to quote
NO_DATE = "no publication date"
_SPACE = re.compile(r"\s+")
_LAST_SPACE = re.compile(r"\s+(?=\S*\Z)")


@dataclass(frozen=True)
class Quote:
    """A sentence of a page, or the part of it around the matched words:
    `text(doc_id)[start:end]`."""

    text: str
    doc_id: str
    start: int
    end: int
    marks: tuple[tuple[int, int], ...] = ()  # the matched words, as spans of `text`
    cut: tuple[bool, bool] = (False, False)  # whether the sentence goes on before, after `text`
    title: str | None = None  # the page's
    also: tuple[str, ...] = ()  # the labels of the other aims the sentence states


@dataclass(frozen=True)
class CodedCategory:
    """A codebook category: how often the corpus states it, and its most telling sentences."""

    category: str
    label: str
    definition: str
    count: int  # matches
    quotes: tuple[Quote, ...]  # at most QUOTES_PER_AIM, none quoted under another aim too
    sentences: int = 0  # that state it
    pages: int = 0  # that state it
    quoted_elsewhere: int = 0  # of its sentences, those quoted under another aim

    @property
    def more(self) -> int:
        """Its sentences quoted nowhere in the summary."""
        return self.sentences - len(self.quotes) - self.quoted_elsewhere

    @property
    def tally(self) -> str:
        """The count, unambiguous: "12 matches in 9 sentences on 5 pages"."""
        return f"{plural(self.count, 'match', 'matches')} in {plural(self.sentences, 'sentence')} on {plural(self.pages, 'page')}"


@dataclass(frozen=True)
class AimTable:
    """Pages that state each aim, by a grouping of the pages (publisher, year)."""

    by: str  # what a row is: "Publisher", "Year of publication"
    aims: tuple[str, ...]  # the labels, in codebook order
    rows: tuple[tuple[str, int, tuple[int, ...]], ...]  # group, its pages, its pages stating each aim


def coded_categories(corpus: Corpus, matches: pd.DataFrame) -> tuple[CodedCategory, ...]:
    """Each codebook category with its counts in `matches` (`code_units`'s: page furniture
    is not coded) and at most QUOTES_PER_AIM quotes (see `most_telling`). A sentence stating
    several aims is quoted once, under the first aim (in codebook order) that chooses it,
    and names the others."""
    texts = unit_texts(corpus.units, matches["unit_id"])
    matches = with_sentences(matches, texts)
    sentences = sentence_rows(matches, corpus.documents)
    chosen = choose_quotes(sentences, corpus.codebook.names, texts)
    labels = {c.name: c.label for c in corpus.codebook.categories}
    quotes = quotes_of(chosen, matches, sentences, corpus.documents, texts, labels)
    quoted = sentences[sentences["sentence"].isin(chosen["sentence"])].groupby("category").size()
    per_aim = sentences.groupby("category").agg(sentences=("sentence", "size"), pages=("doc_id", "nunique"))
    per_aim = per_aim.assign(quoted=quoted).reindex(corpus.codebook.names).fillna(0).astype(int)
    counts = matches["category"].value_counts()
    return tuple(
        CodedCategory(
            c.name, c.label, c.definition, int(counts.get(c.name, 0)), quotes.get(c.name, ()),
            int(per_aim.at[c.name, "sentences"]), int(per_aim.at[c.name, "pages"]),
            int(per_aim.at[c.name, "quoted"]) - len(quotes.get(c.name, ())),
        )
        for c in corpus.codebook.categories
    )


def with_sentences(matches: pd.DataFrame, texts: dict[str, tuple[str, int]]) -> pd.DataFrame:
    """The matches with the span of each one's sentence in its page (`s_start`, `s_end`) and
    a number per sentence (`sentence`). Each matched unit's sentences are found once."""
    found: dict[str, Sentences] = {}
    spans = []
    for unit_id, start, end in zip(matches["unit_id"].tolist(), matches["start"].tolist(), matches["end"].tolist()):
        text, offset = texts[unit_id]
        if unit_id not in found:
            found[unit_id] = Sentences.of(text)
        lo, hi = found[unit_id].around(start - offset, end - offset)
        spans.append((offset + lo, offset + hi))
    located = matches.assign(
        s_start=pd.Series([lo for lo, _ in spans], index=matches.index, dtype="int64"),
        s_end=pd.Series([hi for _, hi in spans], index=matches.index, dtype="int64"),
    )
    return located.assign(sentence=located.groupby(["doc_id", "s_start"], sort=False).ngroup())


def unit_texts(units: pd.DataFrame, unit_ids: pd.Series) -> dict[str, tuple[str, int]]:
    """unit_id -> (text, start in the page), for the units named (found by a hash lookup:
    `isin` on Arrow strings is several times slower)."""
    kept = units.iloc[pd.Index(units["unit_id"]).get_indexer(unit_ids.unique())]
    return dict(zip(kept["unit_id"].tolist(), zip(kept["text"].tolist(), kept["start"].tolist())))


def sentence_rows(matches: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per aim and sentence stating it: its page, span, the distinct terms of the
    aim it matches, the aim's first match in it, its page's publisher and place in the corpus."""
    rows = matches.groupby(["category", "sentence"], sort=False).agg(
        doc_id=("doc_id", "first"), unit_id=("unit_id", "first"), s_start=("s_start", "first"),
        s_end=("s_end", "first"), terms=("pattern", "nunique"), m_start=("start", "first"), m_end=("end", "first"),
    ).reset_index()
    docs = documents.drop_duplicates("doc_id").set_index("doc_id")
    return rows.assign(
        length=rows["s_end"] - rows["s_start"],
        order=rows["doc_id"].map(pd.Series(range(len(docs)), index=docs.index)),
        publisher=rows["doc_id"].map(docs["publisher"]).fillna(""),
    )


def _wording(unit: tuple[str, int], start: int, end: int) -> str:
    """What a sentence says, to tell the same words on another page (a republished article,
    a repeated teaser): its first WORDING_CHARS characters, case and spacing aside."""
    text, offset = unit
    return " ".join(text[start - offset : min(end, start + WORDING_CHARS) - offset].split()).casefold()


def most_telling(rows: pd.DataFrame) -> pd.DataFrame:
    """The sentences of one aim, most telling first. The rule: more distinct terms of the
    aim first; then a page's best sentence before its second (and a publisher's before its
    second among those), so the quotes come from several pages and publishers; then the
    shorter; then in corpus order (page, place in the page). Deterministic."""
    base = rows.sort_values(["terms", "length", "order", "s_start"], ascending=[False, True, True, True], kind="stable")
    base = base.assign(page_turn=base.groupby("doc_id", sort=False).cumcount())
    base = base.assign(publisher_turn=base.groupby(["publisher", "page_turn"], sort=False).cumcount())
    keys = ["terms", "page_turn", "publisher_turn", "length", "order", "s_start"]
    return base.sort_values(keys, ascending=[False, True, True, True, True, True], kind="stable")


def choose_quotes(sentences: pd.DataFrame, names: list[str], texts: dict[str, tuple[str, int]]) -> pd.DataFrame:
    """The sentence rows to quote: for each aim in codebook order, its QUOTES_PER_AIM most
    telling sentences whose wording no other quote shows (the same sentence under an earlier
    aim, or the same words on another page). Only the best ranked are read for their wording."""
    said: set[str] = set()
    chosen = []
    for name in names:
        ranked = most_telling(sentences[sentences["category"] == name])
        picks = []
        for row in ranked.itertuples():  # until the aim has its quotes: a few rows, mostly
            wording = _wording(texts[row.unit_id], row.s_start, row.s_end)
            if wording not in said:
                said.add(wording)
                picks.append(row.Index)
            if len(picks) == QUOTES_PER_AIM:
                break
        chosen.append(ranked.loc[picks])
    return pd.concat(chosen) if chosen else sentences.head(0)


def quotes_of(
    chosen: pd.DataFrame, matches: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame,
    texts: dict[str, tuple[str, int]], labels: dict[str, str],
) -> dict[str, tuple[Quote, ...]]:
    """category -> its quotes, bounded (`excerpt`), every match in the sentence marked, and
    labelled with the other aims the sentence states (`labels`: name -> label, codebook order)."""
    inside = matches[matches["sentence"].isin(chosen["sentence"])]
    spans = inside.groupby("sentence")[["start", "end"]].apply(lambda m: list(zip(m["start"], m["end"])))
    aims = sentences[sentences["sentence"].isin(chosen["sentence"])].groupby("sentence")["category"].apply(list)
    titles = documents.drop_duplicates("doc_id").set_index("doc_id")["title"]
    quotes: dict[str, list[Quote]] = {}
    for row in chosen.itertuples():  # at most QUOTES_PER_AIM a category
        text, offset = texts[row.unit_id]
        lo, hi = excerpt(text, (row.s_start - offset, row.s_end - offset), (row.m_start - offset, row.m_end - offset))
        marks = _marks(spans[row.sentence], offset + lo, offset + hi)
        title = titles.get(row.doc_id)
        also = tuple(label for name, label in labels.items() if name in aims[row.sentence] and name != row.category)
        quotes.setdefault(row.category, []).append(Quote(
            text[lo:hi], row.doc_id, offset + lo, offset + hi, marks,
            (lo > row.s_start - offset, hi < row.s_end - offset), None if pd.isna(title) else title, also,
        ))
    return {name: tuple(found) for name, found in quotes.items()}


def excerpt(text: str, sentence: tuple[int, int], match: tuple[int, int]) -> tuple[int, int]:
    """The part of a sentence of `text` a quote shows: QUOTE_WORDS words either side of the
    match and at most QUOTE_CHARS characters either side of its first QUOTE_CHARS, within
    the sentence and cut between words; a sentence of a megabyte gives a quote of a few
    hundred characters."""
    start, end = match[0], min(match[1], match[0] + QUOTE_CHARS)
    lo, hi = max(sentence[0], start - QUOTE_CHARS), min(sentence[1], end + QUOTE_CHARS)
    if lo > sentence[0] and not text[lo - 1].isspace() and (space := _SPACE.search(text, lo, start)):
        lo = space.end()  # not from inside a word
    if hi < sentence[1] and not text[hi].isspace() and (space := _LAST_SPACE.search(text, end, hi)):
        hi = space.start()  # not into one
    near_lo, near_hi = Words.of(text[lo:hi]).around(start - lo, end - lo, QUOTE_WORDS)
    return lo + near_lo, lo + near_hi


def _marks(spans: list[tuple[int, int]], lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """The matched spans within [lo, hi), overlapping ones merged, relative to `lo`."""
    merged: list[list[int]] = []
    for start, end in sorted((max(s, lo), min(e, hi)) for s, e in spans if s < hi and e > lo):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start - lo, end - lo) for start, end in merged)


def aim_tables(corpus: Corpus, matches: pd.DataFrame) -> tuple[AimTable, ...]:
    """Pages stating each aim by publisher and by year of publication, each only when the
    corpus has more than one publisher (unknown counts as one) or more than one year."""
    docs = corpus.documents.drop_duplicates("doc_id")
    publisher = docs["publisher"].fillna(UNKNOWN_PUBLISHER)
    dates = docs["published_date"]
    year = dates.dt.year.astype("Int64").astype("string").where(dates.notna(), NO_DATE)
    stated = matches[["doc_id", "category"]].drop_duplicates()
    tables = []
    if publisher.nunique() > 1:
        order = publisher.value_counts().sort_index().sort_values(ascending=False, kind="stable").index
        tables.append(aim_table("Publisher", pd.Series(publisher.to_numpy(), index=docs["doc_id"]), order, stated, corpus))
    if dates.dropna().dt.year.nunique() > 1:
        order = sorted(year.unique(), key=lambda y: (y == NO_DATE, y))
        tables.append(aim_table("Year of publication", pd.Series(year.to_numpy(), index=docs["doc_id"]), order, stated, corpus))
    return tuple(tables)


def aim_table(by: str, group: pd.Series, order: list[str], stated: pd.DataFrame, corpus: Corpus) -> AimTable:
    """One `AimTable`: `group` maps doc_id to its row; `stated` holds (doc_id, category) once."""
    names = corpus.codebook.names
    counts = (
        stated.assign(group=stated["doc_id"].map(group)).groupby(["group", "category"]).size()
        .unstack(fill_value=0).reindex(index=order, columns=names, fill_value=0)
    )
    pages = group.value_counts()
    return AimTable(
        by, tuple(c.label for c in corpus.codebook.categories),
        tuple((str(g), int(pages[g]), tuple(int(n) for n in counts.loc[g])) for g in order),
    )
