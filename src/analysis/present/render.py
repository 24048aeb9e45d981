"""The partnership summary as HTML and Markdown.

`PartnershipSummary` renders itself in Jupyter (`_repr_html_`), as `to_html()` and as
`to_markdown()`. It speaks for the whole corpus (pages, publishers), never for one page.
Every string that came from a page is escaped where it becomes HTML or Markdown, and a
link is only made for an http(s) address.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import quote

from ..analyse.summary import NewsEntry, Publisher, Summary
from ..build.corpus import Corpus

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


@dataclass(frozen=True, repr=False)  # the short repr of `Summary`
class PartnershipSummary(Summary):
    """The summary of a corpus, ready to show."""

    def to_html(self) -> str:
        """A self-contained HTML fragment (no scripts, no external resources)."""
        parts = [
            '<section class="partnership-summary">',
            f"<h2>Partnership summary: {html.escape(self.headline)}</h2>",
            *_publishers_html(self), *_institutions_html(self), *_projects_html(self), *_categories_html(self),
            *_news_html("Dated news", [f"<li><time>{html.escape(n.date)}</time> {_html_news(n)}</li>" for n in self.dated_news], NEWS_NOTE),
            *_news_html("Undated news", [f"<li>{_html_news(n)}</li>" for n in self.undated_news]),
            "</section>",
        ]
        return "\n".join(parts)

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_markdown(self) -> str:
        """The same summary as Markdown (page text escaped, so it renders literally)."""
        lines = [
            f"## Partnership summary: {_md(self.headline)}", "",
            *_publishers_md(self), "", *_institutions_md(self), "", *_projects_md(self), "", *_categories_md(self), "",
            "### Dated news", "", NEWS_NOTE, "", *([f"- {n.date} {_md_news(n)}" for n in self.dated_news] or ["None."]), "",
            "### Undated news", "", *([f"- {_md_news(n)}" for n in self.undated_news] or ["None."]),
        ]
        return "\n".join(lines) + "\n"


def partnership_summary(corpus: Corpus) -> PartnershipSummary:
    """The summary of a corpus (same as `PartnershipSummary.from_corpus`)."""
    return PartnershipSummary.from_corpus(corpus)


NEWS_NOTE = (
    "Each news item once, on the earliest day any page shows it; in brackets: article (its own page is in the "
    "corpus) or listing (only listings or teasers show it), and the publishers of the pages that show it."
)
PUBLISHER_COLUMNS = ("Publisher", "Pages", "With a publication date", "Modified date only", "News items on its pages")
PUBLISHERS_NOTE = (
    "A modified date is not a publication date. A news item shown on several publishers' pages "
    "counts for each of them."
)


def _publisher_cells(p: Publisher) -> tuple[str, ...]:
    return (p.name or "unknown publisher", str(p.pages), str(p.dated_pages), str(p.modified_only), str(p.news_items))


def _publishers_html(summary: Summary) -> list[str]:
    e = html.escape
    head = "".join(f"<th>{c}</th>" for c in PUBLISHER_COLUMNS)
    return [
        "<h3>Publishers</h3>",
        f"<table><thead><tr>{head}</tr></thead><tbody>",
        *("<tr>" + "".join(f"<td>{e(c)}</td>" for c in _publisher_cells(p)) + "</tr>" for p in summary.publishers),
        "</tbody></table>",
        f'<p class="publishers-note">{PUBLISHERS_NOTE}</p>',
    ]


def _institutions_html(summary: Summary) -> list[str]:
    e = html.escape
    return [
        "<h3>Institutions</h3>",
        "<table><thead><tr><th>Institution</th><th>Finnish name</th><th>City</th><th>Website</th>"
        "<th>Code</th><th>Mentions in text</th><th>Mentions in image alt texts</th><th>Mentions in tags</th>"
        "</tr></thead><tbody>",
        *(
            f"<tr><td>{e(i.name)}</td><td>{e(i.name_fi)}</td><td>{e(i.city)}</td><td>{e(i.website)}</td>"
            f"<td>{e(i.institution_code)}</td><td>{i.mentions_text}</td><td>{i.mentions_image_alt}</td>"
            f"<td>{i.mentions_tags}</td></tr>"
            for i in summary.institutions
        ),
        "</tbody></table>",
    ]


def _projects_html(summary: Summary) -> list[str]:
    mark = "✓" if summary.projects_agree else "✗ mismatch"
    return [
        "<h3>Development projects</h3>",
        f'<p class="project-check">{html.escape(summary.project_check)} {mark}</p>',
        "<ol>", *(f"<li>{html.escape(name)}</li>" for name in summary.projects), "</ol>",
        *([f'<p class="unlisted-projects">{html.escape(_unlisted(summary))}</p>'] if summary.unlisted_projects else []),
    ]


def _unlisted(summary: Summary) -> str:
    return "In the reference table but listed by no page: " + ", ".join(summary.unlisted_projects) + "."


def _categories_html(summary: Summary) -> list[str]:
    e = html.escape
    rows = [
        f"<tr><td>{e(c.label)}</td><td>{e(c.definition)}</td><td>{c.count}</td><td>"
        + "".join(
            f"<blockquote>{e(q.text)} <cite>{e(q.doc_id)}, characters {q.start}–{q.end}</cite></blockquote>"
            for q in c.quotes
        )
        + "</td></tr>"
        for c in summary.categories
    ]
    head = "<table><thead><tr><th>Aim</th><th>Definition</th><th>Matches</th><th>Where the pages say it</th></tr></thead><tbody>"
    return ["<h3>Strategic aims</h3>", head, *rows, "</tbody></table>"]


def _news_html(heading: str, items: list[str], note: str | None = None) -> list[str]:
    head = [f"<h3>{heading}</h3>", *([f'<p class="news-note">{note}</p>'] if note else [])]
    return [*head, "<ul>", *items, "</ul>"] if items else [*head, "<p>None.</p>"]


def _publishers_md(summary: Summary) -> list[str]:
    return [
        "### Publishers", "",
        "| " + " | ".join(PUBLISHER_COLUMNS) + " |", "|---" * len(PUBLISHER_COLUMNS) + "|",
        *("| " + " | ".join(map(_md, _publisher_cells(p))) + " |" for p in summary.publishers),
        "", PUBLISHERS_NOTE,
    ]


def _institutions_md(summary: Summary) -> list[str]:
    m = _md
    return [
        "### Institutions", "",
        "| Institution | Finnish name | City | Website | Code | Mentions in text | Mentions in image alt texts "
        "| Mentions in tags |",
        "|---|---|---|---|---|---|---|---|",
        *(
            f"| {m(i.name)} | {m(i.name_fi)} | {m(i.city)} | {m(i.website)} | {m(i.institution_code)} "
            f"| {i.mentions_text} | {i.mentions_image_alt} | {i.mentions_tags} |"
            for i in summary.institutions
        ),
    ]


def _projects_md(summary: Summary) -> list[str]:
    return [
        "### Development projects", "",
        f"{summary.project_check} {'✓' if summary.projects_agree else '✗ mismatch'}", "",
        *(f"{n}. {_md(name)}" for n, name in enumerate(summary.projects, 1)),
        *(["", _md(_unlisted(summary))] if summary.unlisted_projects else []),
    ]


def _categories_md(summary: Summary) -> list[str]:
    m = _md
    return [
        "### Strategic aims", "",
        *(
            line
            for c in summary.categories
            for line in (
                f"- **{m(c.label)}** ({c.count} match{'es' * (c.count != 1)}): {m(c.definition)}",
                *(f"  - “{m(q.text)}” ({m(q.doc_id)}, characters {q.start}–{q.end})" for q in c.quotes),
            )
        ),
    ]


def is_web_url(url: str | None) -> bool:
    """Only http(s) addresses become links (never `javascript:` and the like)."""
    return bool(url) and re.match(r"https?://", url, re.IGNORECASE) is not None


def _html_link(entry: NewsEntry) -> str:
    title = html.escape(entry.title)
    if not is_web_url(entry.url):
        return title
    return f'<a href="{html.escape(entry.url, quote=True)}">{title}</a>'


def _source(entry: NewsEntry) -> str:
    """Where the corpus shows the item: "article, Laurea University of Applied Sciences"."""
    return ", ".join([entry.kind, *([entry.publishers] if entry.publishers else [])])


def _html_news(entry: NewsEntry) -> str:
    return f'{_html_link(entry)} <span class="news-source">({html.escape(_source(entry))})</span>'


def _md_news(entry: NewsEntry) -> str:
    return f"{_md_link(entry)} ({_md(_source(entry))})"


def _md(text: str) -> str:
    """Markdown-escape page text, and HTML-escape it since Markdown passes HTML through."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _md_link(entry: NewsEntry) -> str:
    if not is_web_url(entry.url):
        return _md(entry.title)
    url = quote(entry.url, safe=":/?#[]@!$&'()*+,;=%-._~")
    return f"[{_md(entry.title)}](<{url}>)"
