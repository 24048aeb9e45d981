"""The partnership summary: institutions, projects, dated news, mentions, in one object.

`PartnershipSummary` renders itself in Jupyter (`_repr_html_`), as `to_html()` and as
`to_markdown()`. Every string that came from a page is escaped where it becomes HTML or
Markdown, and a link is only made for an http(s) address.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import quote

import pandas as pd

from .coding import code_units, sentence_span
from .corpus import Corpus
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
class Aim:
    """A codebook category: how often the corpus codes it, and the sentences that do."""

    category: str
    label: str
    definition: str
    count: int
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class PartnershipSummary:
    """What the corpus says about the partnership, ready to show."""

    title: str | None
    institutions: tuple[Institution, ...]
    projects: tuple[str, ...]
    declared_projects: int | None
    dated_news: tuple[NewsEntry, ...]
    undated_news: tuple[NewsEntry, ...]
    aims: tuple[Aim, ...] = ()

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> PartnershipSummary:
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
            aims=strategic_aims(corpus),
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
            f"PartnershipSummary({len(self.institutions)} institutions, {len(self.projects)} projects "
            f"({self.project_check}), {len(self.aims)} aims coded, {len(self.dated_news)} dated news, "
            f"{len(self.undated_news)} undated)"
        )

    def to_html(self) -> str:
        """A self-contained HTML fragment (no scripts, no external resources)."""
        e = html.escape
        mark = "✓" if self.projects_agree else "✗ mismatch"
        parts = [
            '<section class="partnership-summary">',
            f"<h2>Partnership summary: {e(self.title or 'untitled corpus')}</h2>",
            "<h3>Institutions</h3>",
            "<table><thead><tr><th>Institution</th><th>Finnish name</th><th>City</th><th>Website</th>"
            "<th>Code</th><th>Mentions in text</th><th>Mentions in image alt texts</th></tr></thead><tbody>",
            *(
                f"<tr><td>{e(i.name)}</td><td>{e(i.name_fi)}</td><td>{e(i.city)}</td><td>{e(i.website)}</td>"
                f"<td>{e(i.institution_code)}</td><td>{i.mentions_text}</td><td>{i.mentions_image_alt}</td></tr>"
                for i in self.institutions
            ),
            "</tbody></table>",
            "<h3>Development projects</h3>",
            f'<p class="project-check">{e(self.project_check)} {mark}</p>',
            "<ol>",
            *(f"<li>{e(name)}</li>" for name in self.projects),
            "</ol>",
            "<h3>Strategic aims</h3>",
            "<table><thead><tr><th>Aim</th><th>Definition</th><th>Matches</th><th>Where the pages say it</th></tr>"
            "</thead><tbody>",
            *(
                f"<tr><td>{e(a.label)}</td><td>{e(a.definition)}</td><td>{a.count}</td><td>"
                + "".join(
                    f"<blockquote>{e(q.text)} <cite>{e(q.doc_id)}, characters {q.start}–{q.end}</cite></blockquote>"
                    for q in a.quotes
                )
                + "</td></tr>"
                for a in self.aims
            ),
            "</tbody></table>",
            "<h3>Dated news</h3>",
            "<ul>" if self.dated_news else "<p>None.</p>",
            *(f"<li><time>{e(n.date)}</time> {_html_link(n)}</li>" for n in self.dated_news),
            "</ul>" if self.dated_news else "",
            "<h3>Undated news</h3>",
            "<ul>" if self.undated_news else "<p>None.</p>",
            *(f"<li>{_html_link(n)}</li>" for n in self.undated_news),
            "</ul>" if self.undated_news else "",
            "</section>",
        ]
        return "\n".join(p for p in parts if p)

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_markdown(self) -> str:
        """The same summary as Markdown (page text escaped, so it renders literally)."""
        m = _md
        lines = [
            f"## Partnership summary: {m(self.title or 'untitled corpus')}",
            "",
            "### Institutions",
            "",
            "| Institution | Finnish name | City | Website | Code | Mentions in text | Mentions in image alt texts |",
            "|---|---|---|---|---|---|---|",
            *(
                f"| {m(i.name)} | {m(i.name_fi)} | {m(i.city)} | {m(i.website)} | {m(i.institution_code)} "
                f"| {i.mentions_text} | {i.mentions_image_alt} |"
                for i in self.institutions
            ),
            "",
            "### Development projects",
            "",
            f"{self.project_check} {'✓' if self.projects_agree else '✗ mismatch'}",
            "",
            *(f"{n}. {m(name)}" for n, name in enumerate(self.projects, 1)),
            "",
            "### Strategic aims",
            "",
            *(
                line
                for a in self.aims
                for line in (
                    f"- **{m(a.label)}** ({a.count} match{'es' * (a.count != 1)}): {m(a.definition)}",
                    *(f"  - “{m(q.text)}” ({m(q.doc_id)}, characters {q.start}–{q.end})" for q in a.quotes),
                )
            ),
            "",
            "### Dated news",
            "",
            *([f"- {n.date} {_md_link(n)}" for n in self.dated_news] or ["None."]),
            "",
            "### Undated news",
            "",
            *([f"- {_md_link(n)}" for n in self.undated_news] or ["None."]),
        ]
        return "\n".join(lines) + "\n"


def strategic_aims(corpus: Corpus) -> tuple[Aim, ...]:
    """Each codebook category with its match count and the sentences that carry it."""
    matches, _ = code_units(corpus.units, corpus.codebook)
    units = corpus.units.set_index("unit_id")
    aims = []
    for category in corpus.codebook.categories:
        found = matches[matches["category"] == category.name]
        quotes: dict[tuple[str, int], Quote] = {}
        for m in found.itertuples():
            unit = units.loc[m.unit_id]
            lo, hi = sentence_span(unit["text"], m.start - unit["start"], m.end - unit["start"])
            start = unit["start"] + lo
            quotes.setdefault((m.doc_id, start), Quote(unit["text"][lo:hi], m.doc_id, int(start), int(unit["start"] + hi)))
        aims.append(Aim(category.name, category.label, category.definition, len(found), tuple(quotes.values())))
    return tuple(aims)


def partnership_summary(corpus: Corpus) -> PartnershipSummary:
    """The summary of a corpus (same as `PartnershipSummary.from_corpus`)."""
    return PartnershipSummary.from_corpus(corpus)


def _value(value):
    """pandas' missing values as None, so the summary holds plain Python values."""
    return None if pd.isna(value) else value


def is_web_url(url: str | None) -> bool:
    """Only http(s) addresses become links (never `javascript:` and the like)."""
    return bool(url) and re.match(r"https?://", url, re.IGNORECASE) is not None


def _html_link(entry: NewsEntry) -> str:
    title = html.escape(entry.title)
    if not is_web_url(entry.url):
        return title
    return f'<a href="{html.escape(entry.url, quote=True)}">{title}</a>'


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def _md(text: str) -> str:
    """Markdown-escape page text, and HTML-escape it since Markdown passes HTML through."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _md_link(entry: NewsEntry) -> str:
    if not is_web_url(entry.url):
        return _md(entry.title)
    url = quote(entry.url, safe=":/?#[]@!$&'()*+,;=%-._~")
    return f"[{_md(entry.title)}](<{url}>)"
