"""The partnership summary as HTML and Markdown.

`PartnershipSummary` renders itself in Jupyter (`_repr_html_`), as `to_html()` and as
`to_markdown()`. It speaks for the whole corpus (pages, publishers), never for one page,
and leaves its title to the notebook. Quotes mark the matched words, carry a small
scoped style so they read left-aligned in Jupyter and nbconvert, and stay short.
Every string that came from a page is escaped where it becomes HTML or Markdown, and a
link is only made for an http(s) address.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import quote

from ..analyse.aims import AimTable, CodedCategory, Quote
from ..analyse.summary import NewsEntry, Publisher, Summary
from ..analyse.words import UNKNOWN_PUBLISHER, plural
from ..build.corpus import Corpus

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


@dataclass(frozen=True, repr=False)  # the short repr of `Summary`
class PartnershipSummary(Summary):
    """The summary of a corpus, ready to show. It states the corpus's size and leaves the
    title ("Partnership summary") to the notebook or page that shows it."""

    def to_html(self) -> str:
        """A self-contained HTML fragment (no scripts, no external resources) with its own
        scoped style: text left-aligned, matched words marked."""
        dated = [f"<li><time>{html.escape(n.date)}</time> {_html_news(n)}</li>" for n in self.dated_news]
        parts = [
            '<section class="partnership-summary">', STYLE,
            f"<h2>{html.escape(self.headline)}</h2>",
            *_publishers_html(self), *_institutions_html(self), *_projects_html(self), *_categories_html(self),
            *(line for table in self.aim_tables for line in _aim_table_html(table)),
            *_news_html("Dated news", dated, " ".join(filter(None, [NEWS_NOTE, _dated_more(self)]))),
            *_news_html("Undated news", [f"<li>{_html_news(n)}</li>" for n in self.undated_news], _undated_more(self)),
            "</section>",
        ]
        return "\n".join(parts)

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_markdown(self) -> str:
        """The same summary as Markdown (page text escaped, so it renders literally)."""
        lines = [
            f"## {_md(self.headline)}", "",
            *_publishers_md(self), "", *_institutions_md(self), "", *_projects_md(self), "", *_categories_md(self), "",
            *(line for table in self.aim_tables for line in (*_aim_table_md(table), "")),
            "### Dated news", "", NEWS_NOTE, *(["", _dated_more(self)] if self.dated_news_more else []), "",
            *([f"- {n.date} {_md_news(n)}" for n in self.dated_news] or ["None."]), "",
            "### Undated news", "", *([_undated_more(self), ""] if self.undated_news_more else []),
            *([f"- {_md_news(n)}" for n in self.undated_news] or ["None."]),
        ]
        return "\n".join(lines) + "\n"


def partnership_summary(corpus: Corpus) -> PartnershipSummary:
    """The summary of a corpus (same as `PartnershipSummary.from_corpus`)."""
    return PartnershipSummary.from_corpus(corpus)


# Scoped to the fragment. JupyterLab and nbconvert right-align table cells and centre
# tables with selectors more specific than a fragment's own can be
# (`:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td`), hence `!important` there. Its
# cells hold words and short names, never a long address: they break only where a word
# would overflow, not inside "Helsinki" to make room for a wider column.
STYLE = (
    "<style>"
    "section.partnership-summary table{margin-left:0 !important;margin-right:auto !important}"
    "section.partnership-summary td,section.partnership-summary th"
    "{text-align:left !important;vertical-align:top !important;overflow-wrap:break-word !important}"
    "section.partnership-summary p,section.partnership-summary li,section.partnership-summary blockquote{text-align:left}"
    "section.partnership-summary blockquote{margin:.4em 0 .4em .5em;padding:.1em .8em;border-left:3px solid #bbb}"
    "section.partnership-summary blockquote p{margin:.2em 0}"
    "section.partnership-summary blockquote footer{margin-bottom:.2em}"
    "section.partnership-summary .also{font-style:italic}"
    "section.partnership-summary mark{background:#ffe58a;color:inherit;padding:0 .1em}"
    "section.partnership-summary .where,section.partnership-summary .also,section.partnership-summary .more"
    "{font-size:85%;color:#555}"
    "</style>"
)
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
    return (p.name or UNKNOWN_PUBLISHER, str(p.pages), str(p.dated_pages), str(p.modified_only), str(p.news_items))


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


AIMS_NOTE = (
    "Each aim of the codebook with how often the pages state it, and at most three of its most telling sentences: "
    "those matching the most distinct terms of the aim first, then one from each page and publisher before a second "
    "from the same, then the shorter, then in corpus order. Matched words are marked; a long sentence is cut to about "
    "60 words around them (…). A sentence stating several aims is quoted once, under the first aim that chooses it, "
    "and names the others (also: …); the same words on several pages are quoted once. The counts count every match."
)


def _categories_html(summary: Summary) -> list[str]:
    e = html.escape
    return [
        "<h3>Strategic aims</h3>", f'<p class="aims-note">{AIMS_NOTE}</p>',
        *(
            line
            for c in summary.categories
            for line in (
                f'<div class="aim"><h4>{e(c.label)}</h4>',
                f'<p class="definition">{e(c.definition)} <strong class="tally">{e(c.tally)}</strong></p>',
                *(_quote_html(q) for q in c.quotes),
                *([f'<p class="more">{e(_more(c))}</p>'] if _more(c) else []),
                "</div>",
            )
        ),
    ]


def _quote_html(q: Quote) -> str:
    """A quote with <mark> around each matched span: the page text is escaped piece by
    piece, so the marks are the only tags in it."""
    e = html.escape
    text = "".join(f"<mark>{e(piece)}</mark>" if marked else e(piece) for piece, marked in _pieces(q))
    footer = [
        *([f"<cite>{e(q.title)}</cite>"] if q.title else []),
        f'<span class="where">{e(q.doc_id)}, characters {q.start}–{q.end}</span>',
        *([f'<span class="also">also: {e(", ".join(q.also))}</span>'] if q.also else []),
    ]
    return f"<blockquote><p>{'…' * q.cut[0]}{text}{'…' * q.cut[1]}</p><footer>{' · '.join(footer)}</footer></blockquote>"


def _pieces(q: Quote) -> list[tuple[str, bool]]:
    """The quote's text in order, in pieces that are matched words (True) or not."""
    pieces, at = [], 0
    for start, end in q.marks:
        pieces += [(q.text[at:start], False), (q.text[start:end], True)]
        at = end
    return [piece for piece in [*pieces, (q.text[at:], False)] if piece[0]]


def _more(c: CodedCategory) -> str:
    """Its sentences not quoted under it: "and 6 more sentences; 1 sentence quoted under another aim (…)"."""
    parts = [f"and {c.more:,} more {'sentence' if c.more == 1 else 'sentences'}"] if c.more else []
    if c.quoted_elsewhere:
        parts.append(f"{plural(c.quoted_elsewhere, 'sentence')} quoted under another aim (marked “also: {c.label}”)")
    return "; ".join(parts)


AIM_TABLE_NOTES = {
    "Publisher": "Pages that state each aim, by publisher.",
    "Year of publication": "Pages that state each aim, by the year of the page's publication date (a modified date is not one).",
}


def _aim_table_html(table: AimTable) -> list[str]:
    e = html.escape
    head = "".join(f"<th>{e(c)}</th>" for c in (table.by, "Pages", *table.aims))
    return [
        f"<h3>Aims by {table.by.lower()}</h3>", f'<p class="aims-by-note">{AIM_TABLE_NOTES[table.by]}</p>',
        f"<table><thead><tr>{head}</tr></thead><tbody>",
        *("<tr>" + "".join(f"<td>{e(c)}</td>" for c in _aim_row(row)) + "</tr>" for row in table.rows),
        "</tbody></table>",
    ]


def _aim_row(row: tuple[str, int, tuple[int, ...]]) -> tuple[str, ...]:
    group, pages, counts = row
    return (group, f"{pages:,}", *(f"{n:,}" for n in counts))


def _dated_more(summary: Summary) -> str:
    if not summary.dated_news_more:
        return ""
    shown, total = len(summary.dated_news), len(summary.dated_news) + summary.dated_news_more
    return (
        f"The {shown} most recent of {total:,} dated news items; the {summary.dated_news_more:,} earlier ones are "
        "in the publication timeline report and in corpus.news."
    )


def _undated_more(summary: Summary) -> str:
    if not summary.undated_news_more:
        return ""
    shown, total = len(summary.undated_news), len(summary.undated_news) + summary.undated_news_more
    return f"The first {shown} of {total:,} undated news items; the other {summary.undated_news_more:,} are in corpus.news."


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
        "### Strategic aims", "", AIMS_NOTE, "",
        *(
            line
            for c in summary.categories
            for line in (
                f"- **{m(c.label)}**: {m(c.definition)} {m(c.tally)}.",
                *(_quote_md(q) for q in c.quotes),
                *([f"  - {m(_more(c))}"] if _more(c) else []),
            )
        ),
    ]


def _quote_md(q: Quote) -> str:
    """A quote with **bold** matched words; white space made one space, so it stays one line."""
    text = "".join(f"**{_md(_one_line(piece))}**" if marked else _md(_one_line(piece)) for piece, marked in _pieces(q))
    where = [*([_md(q.title)] if q.title else []), f"{_md(q.doc_id)}, characters {q.start}–{q.end}"]
    also = f"; also: {_md(', '.join(q.also))}" if q.also else ""
    return f"  - “{'…' * q.cut[0]}{text}{'…' * q.cut[1]}” ({'; '.join(where)}{also})"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _aim_table_md(table: AimTable) -> list[str]:
    columns = (table.by, "Pages", *table.aims)
    return [
        f"### Aims by {table.by.lower()}", "", AIM_TABLE_NOTES[table.by], "",
        "| " + " | ".join(map(_md, columns)) + " |", "|---" * len(columns) + "|",
        *("| " + " | ".join(map(_md, _aim_row(row))) + " |" for row in table.rows),
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
