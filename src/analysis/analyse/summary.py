"""What the corpus says about the partnership, gathered into plain values: its pages and
publishers, institutions, projects, the latest news and the codebook's categories with
their most telling sentences (`aims`). It speaks for the whole corpus, never for one
page, stays short however large the corpus, and holds no page furniture (navigation,
tabs, breadcrumbs and the like are never coded or quoted).

`present.render.PartnershipSummary` adds the HTML and Markdown renderings.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..build.corpus import Corpus
from .aims import AimTable, CodedCategory, aim_tables, coded_categories
from .coding import code_units
from .timeline import page_dates
from .words import UNKNOWN_PUBLISHER, plural

NEWS_LIMIT = 20  # news items listed of each kind: the timeline report and `corpus.news` hold them all


@dataclass(frozen=True)
class Institution:
    institution_id: str
    name: str
    name_fi: str
    city: str
    website: str
    institution_code: str
    mentions_text: int
    mentions_image_alt: int
    mentions_tags: int


@dataclass(frozen=True)
class Publisher:
    """What one publisher's pages hold; `name` None for pages of no known publisher."""

    name: str | None
    pages: int
    dated_pages: int  # with a publication date
    modified_only: int  # with a modified date and no publication date
    news_items: int  # distinct news items its pages show (articles, listings, teasers)


@dataclass(frozen=True)
class NewsEntry:
    date: str | None  # local publication date, ISO: the earliest day any page shows
    title: str
    url: str | None
    kind: str = "listing"  # "article" when an article page of it is in the corpus
    publishers: str | None = None  # of the pages that show it, "; "-joined


@dataclass(frozen=True)
class Summary:
    """What the corpus says about the partnership, in plain values."""

    pages: int
    publishers: tuple[Publisher, ...]
    institutions: tuple[Institution, ...]
    projects: tuple[str, ...]  # as the pages list them
    declared_projects: int | None
    dated_news: tuple[NewsEntry, ...]
    undated_news: tuple[NewsEntry, ...]
    categories: tuple[CodedCategory, ...] = ()
    unlisted_projects: tuple[str, ...] = ()  # in the reference table, listed by no page
    aim_tables: tuple[AimTable, ...] = ()  # by publisher, by year: only where the corpus has several
    dated_news_more: int = 0  # dated news items older than those listed
    undated_news_more: int = 0  # undated news items past those listed

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> Summary:
        """Gather the summary from a loaded corpus."""
        declared = corpus.documents["declared_projects"].dropna()
        listed = corpus.projects["position"].notna()
        matches, _ = code_units(corpus, corpus.codebook)
        (dated, dated_more), (undated, undated_more) = news_entries(corpus.news, True), news_entries(corpus.news, False)
        return cls(
            pages=len(corpus.documents),
            publishers=publishers(corpus),
            institutions=tuple(
                Institution(*(_value(getattr(row, f)) for f in Institution.__dataclass_fields__))
                for row in corpus.institutions.itertuples()
            ),
            projects=tuple(corpus.projects.loc[listed, "name"]),
            declared_projects=int(declared.max()) if len(declared) else None,
            dated_news=dated,
            undated_news=undated,
            categories=coded_categories(corpus, matches),
            unlisted_projects=tuple(corpus.projects.loc[~listed, "name"]),
            aim_tables=aim_tables(corpus, matches),
            dated_news_more=dated_more,
            undated_news_more=undated_more,
        )

    @property
    def headline(self) -> str:
        """What the corpus is: "7 pages from 4 publishers" (and pages of no known publisher)."""
        known = sum(p.name is not None for p in self.publishers)
        unknown = sum(p.pages for p in self.publishers if p.name is None)
        if not known:
            return f"{plural(self.pages, 'page')}, publisher unknown"
        text = f"{plural(self.pages, 'page')} from {plural(known, 'publisher')}"
        return text + (f", {unknown:,} of {UNKNOWN_PUBLISHER}" if unknown else "")

    @property
    def project_check(self) -> str:
        """The declared count against the list: "7 listed, 7 declared"."""
        declared = "no count" if self.declared_projects is None else self.declared_projects
        return f"{len(self.projects)} listed, {declared} declared"

    @property
    def projects_agree(self) -> bool:
        return self.declared_projects == len(self.projects)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.headline}, {len(self.institutions)} institutions, {len(self.projects)} projects "
            f"({self.project_check}), {len(self.categories)} categories coded, "
            f"{len(self.dated_news) + self.dated_news_more} dated news, {len(self.undated_news) + self.undated_news_more} undated)"
        )


def publishers(corpus: Corpus) -> tuple[Publisher, ...]:
    """Per publisher, most pages first: pages, pages with a publication date, pages with a
    modified date only, and the distinct news items its pages show."""
    pages = page_dates(corpus).assign(
        published=lambda p: p["role"].eq("published").fillna(False),
        modified=lambda p: p["role"].eq("modified").fillna(False),
    )
    counts = pages.groupby("publisher", dropna=False).agg(
        pages=("doc_id", "size"), dated_pages=("published", "sum"), modified_only=("modified", "sum")
    )
    news = corpus.sightings.groupby("publisher", dropna=False)["news_id"].nunique()
    counts["news_items"] = news.reindex(counts.index, fill_value=0)
    counts = counts.reset_index().sort_values(["pages", "publisher"], ascending=[False, True], na_position="last")
    return tuple(
        Publisher(_value(row.publisher), int(row.pages), int(row.dated_pages), int(row.modified_only), int(row.news_items))
        for row in counts.itertuples()
    )


def news_entries(news: pd.DataFrame, dated: bool, limit: int = NEWS_LIMIT) -> tuple[tuple[NewsEntry, ...], int]:
    """At most `limit` news items and how many more there are: the most recent dated ones
    in date order (as `dated_events` orders them), or the first undated ones in table
    order. A large corpus has thousands; the timeline report lists them all."""
    if dated:
        rows = news.dropna(subset=["published_date"]).sort_values(["published_date", "title"], kind="stable").tail(limit)
        more = int(news["published_date"].notna().sum()) - len(rows)
    else:
        rows = news[news["published_date"].isna()].head(limit)
        more = int(news["published_date"].isna().sum()) - len(rows)
    entries = tuple(
        NewsEntry(
            None if pd.isna(row.published_date) else str(row.published_date),
            row.title, _value(row.url), row.kind, _value(row.publishers),
        )
        for row in rows.itertuples()
    )
    return entries, more


def _value(value):
    """pandas' missing values as None, so the summary holds plain Python values."""
    return None if pd.isna(value) else value
