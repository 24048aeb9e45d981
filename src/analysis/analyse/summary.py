"""What the corpus says about the partnership, gathered into plain values: its pages and
publishers, institutions, projects, dated news and the codebook's categories with the
sentences that carry them. It speaks for the whole corpus, never for one page, and holds
no page furniture (navigation, tabs, breadcrumbs and the like are never coded or quoted).

`present.render.PartnershipSummary` adds the HTML and Markdown renderings.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .coding import Sentences, code_units
from ..build.corpus import Corpus
from .timeline import page_dates


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
class Quote:
    """A sentence of a page, with where it stands: `text(doc_id)[start:end]`."""

    text: str
    doc_id: str
    start: int
    end: int


@dataclass(frozen=True)
class CodedCategory:
    """A codebook category: how often the corpus codes it, and the sentences that do."""

    category: str
    label: str
    definition: str
    count: int
    quotes: tuple[Quote, ...]


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

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> Summary:
        """Gather the summary from a loaded corpus."""
        declared = corpus.documents["declared_projects"].dropna()
        listed = corpus.projects["position"].notna()
        return cls(
            pages=len(corpus.documents),
            publishers=publishers(corpus),
            institutions=tuple(
                Institution(*(_value(getattr(row, f)) for f in Institution.__dataclass_fields__))
                for row in corpus.institutions.itertuples()
            ),
            projects=tuple(corpus.projects.loc[listed, "name"]),
            declared_projects=int(declared.max()) if len(declared) else None,
            dated_news=news_entries(corpus.news, dated=True),
            undated_news=news_entries(corpus.news, dated=False),
            categories=coded_categories(corpus),
            unlisted_projects=tuple(corpus.projects.loc[~listed, "name"]),
        )

    @property
    def headline(self) -> str:
        """What the corpus is: "7 pages from 4 publishers" (and pages of no known publisher)."""
        known = sum(p.name is not None for p in self.publishers)
        unknown = sum(p.pages for p in self.publishers if p.name is None)
        if not known:
            return f"{_plural(self.pages, 'page')}, publisher unknown"
        text = f"{_plural(self.pages, 'page')} from {_plural(known, 'publisher')}"
        return text + (f", {unknown} of unknown publisher" if unknown else "")

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
            f"({self.project_check}), {len(self.categories)} categories coded, {len(self.dated_news)} dated news, "
            f"{len(self.undated_news)} undated)"
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


def news_entries(news: pd.DataFrame, dated: bool) -> tuple[NewsEntry, ...]:
    """The dated news in date order (as `dated_events` orders them), or the undated ones
    in table order."""
    if dated:
        rows = news.dropna(subset=["published_date"]).sort_values(["published_date", "title"], kind="stable")
    else:
        rows = news[news["published_date"].isna()]
    return tuple(
        NewsEntry(
            None if pd.isna(row.published_date) else str(row.published_date),
            row.title, _value(row.url), row.kind, _value(row.publishers),
        )
        for row in rows.itertuples()
    )


def coded_categories(corpus: Corpus) -> tuple[CodedCategory, ...]:
    """Each codebook category with its match count and the sentences that carry it; page
    furniture is not coded (it says nothing about the partnership). Each unit's sentences
    are found once, however many matches it holds."""
    matches, _ = code_units(corpus, corpus.codebook)
    units = corpus.units.set_index("unit_id")
    sentences: dict[str, tuple[Sentences, int]] = {}
    coded = []
    for category in corpus.codebook.categories:
        found = matches[matches["category"] == category.name]
        quotes: dict[tuple[str, int], Quote] = {}
        for m in found.itertuples():
            if m.unit_id not in sentences:
                unit = units.loc[m.unit_id]
                sentences[m.unit_id] = (Sentences.of(unit["text"]), int(unit["start"]))
            text, offset = sentences[m.unit_id]
            lo, hi = text.around(m.start - offset, m.end - offset)
            quotes.setdefault((m.doc_id, offset + lo), Quote(text.text[lo:hi], m.doc_id, offset + lo, offset + hi))
        coded.append(CodedCategory(category.name, category.label, category.definition, len(found), tuple(quotes.values())))
    return tuple(coded)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _value(value):
    """pandas' missing values as None, so the summary holds plain Python values."""
    return None if pd.isna(value) else value
