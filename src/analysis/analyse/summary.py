"""What the corpus says about the partnership, gathered into plain values: institutions,
projects, dated news and the codebook's categories with the sentences that carry them.

`present.render.PartnershipSummary` adds the HTML and Markdown renderings.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .coding import code_units, sentence_span
from ..build.corpus import Corpus
from .timeline import dated_events


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


@dataclass(frozen=True)
class NewsEntry:
    date: str | None  # local publication date, ISO
    title: str
    url: str | None


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

    title: str | None
    institutions: tuple[Institution, ...]
    projects: tuple[str, ...]
    declared_projects: int | None
    dated_news: tuple[NewsEntry, ...]
    undated_news: tuple[NewsEntry, ...]
    categories: tuple[CodedCategory, ...] = ()

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> Summary:
        """Gather the summary from a loaded corpus."""
        declared = corpus.documents["declared_projects"].dropna()
        undated = corpus.news[corpus.news["published_date"].isna()]
        return cls(
            title=_value(corpus.documents["title"].iloc[0]) if len(corpus.documents) else None,
            institutions=tuple(
                Institution(*(_value(getattr(row, f)) for f in Institution.__dataclass_fields__))
                for row in corpus.institutions.itertuples()
            ),
            projects=tuple(corpus.projects["name"]),
            declared_projects=int(declared.max()) if len(declared) else None,
            dated_news=tuple(
                NewsEntry(str(row.published_date), row.title, _value(row.url))
                for row in dated_events(corpus.news).itertuples()
            ),
            undated_news=tuple(NewsEntry(None, row.title, _value(row.url)) for row in undated.itertuples()),
            categories=coded_categories(corpus),
        )

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
            f"{type(self).__name__}({len(self.institutions)} institutions, {len(self.projects)} projects "
            f"({self.project_check}), {len(self.categories)} categories coded, {len(self.dated_news)} dated news, "
            f"{len(self.undated_news)} undated)"
        )

def coded_categories(corpus: Corpus) -> tuple[CodedCategory, ...]:
    """Each codebook category with its match count and the sentences that carry it."""
    matches, _ = code_units(corpus.units, corpus.codebook)
    units = corpus.units.set_index("unit_id")
    coded = []
    for category in corpus.codebook.categories:
        found = matches[matches["category"] == category.name]
        quotes: dict[tuple[str, int], Quote] = {}
        for m in found.itertuples():
            unit = units.loc[m.unit_id]
            lo, hi = sentence_span(unit["text"], m.start - unit["start"], m.end - unit["start"])
            start = unit["start"] + lo
            quotes.setdefault((m.doc_id, start), Quote(unit["text"][lo:hi], m.doc_id, int(start), int(unit["start"] + hi)))
        coded.append(CodedCategory(category.name, category.label, category.definition, len(found), tuple(quotes.values())))
    return tuple(coded)




def _value(value):
    """pandas' missing values as None, so the summary holds plain Python values."""
    return None if pd.isna(value) else value
