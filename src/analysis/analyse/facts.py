"""What a report says first: which corpus it is (pages, dated pages, their date range,
publishers) and a few sentences of key figures, each computed from the tables so that it
holds for whatever folder was analysed ("Metropolia is named on 9 of 13 pages").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from ..build.corpus import Corpus
from ..paths import bundled_data_dir
from .coding import code_units
from .timeline import page_dates, timeline_events, undated_articles, undated_count
from .words import plural


@dataclass(frozen=True)
class CorpusFacts:
    """The corpus at a glance: its name and folder (none for the bundled one, whose place
    differs from one clone to the next), pages, dated pages and their range."""

    name: str
    folder: str
    pages: int
    dated_pages: int
    first_date: str | None
    last_date: str | None
    publishers: int

    def line(self) -> str:
        """"13 pages, 11 with a publication date (2016-03-01 to 2019-05-02), from 4 publishers"."""
        span = f" ({self.first_date} to {self.last_date})" if self.dated_pages else ""
        source = f"from {plural(self.publishers, 'publisher')}" if self.publishers else "publisher unknown"
        return f"{plural(self.pages, 'page')}, {self.dated_pages:,} with a publication date{span}, {source}"


def corpus_facts(corpus: Corpus) -> CorpusFacts:
    """The facts every report header gives."""
    dates = corpus.documents["published_date"].dropna()
    bundled = corpus.data_dir.resolve() == bundled_data_dir().resolve()
    return CorpusFacts(
        name="the bundled corpus" if bundled else corpus.data_dir.name,
        folder="" if bundled else str(corpus.data_dir),
        pages=len(corpus.documents),
        dated_pages=len(dates),
        first_date=str(dates.min()) if len(dates) else None,
        last_date=str(dates.max()) if len(dates) else None,
        publishers=int(corpus.documents["publisher"].nunique()),
    )


def overview_figures(corpus: Corpus) -> list[str]:
    """What was read and what could not be."""
    news, quality = corpus.news, corpus.quality
    severity = quality["severity"].value_counts()
    sentences = [
        f"{plural(len(corpus.units), 'text unit')} and {plural(len(news), 'news item')} "
        f"({news['published_date'].notna().sum():,} dated) were read from {plural(len(corpus.documents), 'page')}."
    ]
    unknown = int((corpus.documents["layout"] == "unknown").sum())
    if unknown:
        sentences.append(f"{plural(unknown, 'page')} in a layout the reader does not know: see the findings.")
    sentences.append(
        f"{plural(len(quality), 'quality finding')}: {plural(int(severity.get('error', 0)), 'error')}, "
        f"{plural(int(severity.get('warning', 0)), 'warning')}"
        + (f"; the most frequent is {_most_frequent(quality['code'])}." if len(quality) else ".")
    )
    return sentences


def _most_frequent(values: pd.Series) -> str:
    counts = values.value_counts()
    return f"{counts.index[0]} ({counts.iloc[0]:,})"


def timeline_figures(corpus: Corpus) -> list[str]:
    """The span of the dated entries, the busiest month, and what carries no date."""
    events = timeline_events(corpus)
    pages = page_dates(corpus)
    undated_pages = undated_articles(pages)
    undated_news = undated_count(corpus.news)
    if not len(events):
        return [f"No page or listed item carries a date: {plural(len(pages), 'page')}, {plural(len(corpus.news), 'news item')}."]
    months = events["date"].dt.asfreq("M").value_counts().sort_index()  # of equally busy months, the first
    busiest = months.idxmax()
    return [
        f"{plural(len(events), 'dated entry', 'dated entries')} from {events['date'].min()} to {events['date'].max()}; "
        f"the busiest month is {busiest} with {plural(int(months[busiest]), 'entry', 'entries')}.",
        f"Not on the timeline: {plural(undated_pages, 'article page')} and {plural(undated_news, 'news item')} without a date.",
    ]


def summary_figures(corpus: Corpus) -> list[str]:
    """How many pages name each institution, and how many of the projects they list."""
    named = corpus.mentions.loc[corpus.mentions["entity_type"] == "institution"]
    pages = named.groupby("entity_id")["doc_id"].nunique()
    total = len(corpus.documents)
    sentences = [
        f"{row.short_name} is named on {int(pages.get(row.institution_id, 0)):,} of {plural(total, 'page')}."
        for row in corpus.institutions.itertuples()
    ]
    listed = int(corpus.projects["position"].notna().sum())  # as the summary counts them
    return sentences + [f"The pages list {listed:,} of the {plural(len(corpus.projects), 'development project')} in the reference table."]


def content_figures(corpus: Corpus, matches: pd.DataFrame | None = None) -> list[str]:
    """The most coded aim, and the aims no unit states; `matches` from `code_units` when
    the notebook has them already."""
    if matches is None:
        matches, _ = code_units(corpus, corpus.codebook)
    coded = set(matches["category"])
    never = [c.label for c in corpus.codebook.categories if c.name not in coded]
    return _top_aim(corpus, matches) + (
        [f"Never matched: {', '.join(never)}."] if never else ["Every aim of the codebook is matched at least once."]
    )


def _top_aim(corpus: Corpus, matches: pd.DataFrame) -> list[str]:
    if not len(matches):
        return ["No text unit matches an aim of the codebook."]
    top = matches["category"].value_counts().reindex(corpus.codebook.names).idxmax()  # ties: codebook order
    found = matches[matches["category"] == top]
    return [
        f"The aim stated most is {corpus.codebook[top].label}: {plural(len(found), 'match', 'matches')} "
        f"in {plural(found['unit_id'].nunique(), 'text unit')} on {plural(found['doc_id'].nunique(), 'page')}."
    ]


# Each report's key figures, by notebook name; the index card shows the first sentence.
KEY_FIGURES: dict[str, Callable[..., list[str]]] = {
    "01_corpus_overview": overview_figures,
    "02_publication_timeline": timeline_figures,
    "03_partnership_summary": summary_figures,
    "04_content_analysis": content_figures,
}
