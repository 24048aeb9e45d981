"""Page files -> the read tables (`schema.READ`): what a worker sends back, what the cache keeps.

Each page is decoded and read, and its records appended as rows of the read tables,
every row tagged with its `doc_id`, in file order. A chunk of pages leaves as a few
Arrow buffers, not as Python objects, which is what makes reading on several processes
and caching cheap. `tables.py` builds the corpus tables from these.
"""

from __future__ import annotations

import gc
import hashlib
import html
from collections.abc import Iterable

import pyarrow as pa

from ..ids import news_key, slug_id
from ..read.decode import decode_page
from ..read.lines import LineIndex
from ..read.listing import LineMemo
from ..read.page import parse_page
from ..read.language import MAX_CHARS, detect_languages
from ..read.files import match_key, page_id, printable_name
from ..read.records import Finding, NewsSighting, Page
from .schema import READ

OWN_KINDS = ("title", "subtitle", "paragraph", "list_item")  # a page's own text, whose language is the page's
LISTED_KINDS = ("news_title", "teaser_title", "teaser_text")  # other items' text: the language of a listing page


class ReadRows:
    """Rows of the read tables for a run of pages, gathered as tuples."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple]] = {name: [] for name in READ}
        self.language_texts: list[str] = []  # per page: the text its language is told from, all told at once

    def add(self, raw: bytes | Finding, doc_id: str, rel: str, max_bytes: int, memo: LineMemo) -> None:
        """Decode and read one page file and append its rows; `raw` is the finding that
        says why there are no bytes for a file that could not be read."""
        text, encoding, findings = decode_page(raw, max_bytes) if isinstance(raw, bytes) else ("", None, [raw])
        page = parse_page(text, memo) if encoding else Page()
        findings += page.findings
        title, subtitle, lead = page.first("title"), page.first("subtitle"), page.lead_image
        article = page.is_article()
        published, modified = page.date("published"), page.date("modified")
        rows = self.rows
        self.language_texts.append(language_text(page, article)[:MAX_CHARS])  # all that is classified
        rows["documents"].append((
            doc_id, rel, match_key(rel.rsplit("/", 1)[-1]), isinstance(raw, bytes) and hashlib.sha256(raw).hexdigest() or None,
            len(text), encoding, page.layout, None,
            shown(title and title.text), shown(subtitle and subtitle.text), lead and lead.src, shown(lead and lead.alt),
            page.declared_projects, len(page.project_list), published and published.day, published and published.clue,
            modified and modified.day, modified and modified.clue, text,
        ))
        rows["dates"].extend(
            (doc_id, d.role, d.timestamp, d.day, d.precision, d.clue, d.text, d.start, d.end) for d in page.dates
        )
        rows["units"].extend((doc_id, n, u.kind, u.text, u.start, u.end) for n, u in enumerate(page.units, 1))
        rows["project_list"].extend(
            (doc_id, n, slug_id(u.text), u.text, u.start, u.end) for n, u in enumerate(page.project_list, 1)
        )
        lines = LineIndex(text) if page.sightings or findings or article else None
        body = body_key(page) if article else None
        rows["news_sightings"].extend(
            (doc_id, s.kind, news_key(s.title), body if s.kind == "article" else None, s.title, s.url_fragment, s.url_slug, s.published_utc, s.published_date,
             s.image and s.image.src, shown(s.image and s.image.alt), s.start, s.end,
             *lines.at(s.start))
            for s in sightings(page, article)
        )
        rows["findings"].extend(
            (doc_id, f.severity, f.code, f.message, f.start, f.end, *(lines.at(f.start) if f.start is not None else (None, None)))
            for f in findings
        )

    def tables(self) -> dict[str, pa.Table]:
        """The rows as Arrow tables with the `READ` schemas."""
        out = {}
        for name, schema in READ.items():
            columns = list(zip(*self.rows[name])) or [[] for _ in schema]
            if name == "documents":
                columns[schema.get_field_index("detected_language")] = detect_languages(self.language_texts)
            out[name] = pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, schema)], schema=schema)
        return out


def language_text(page: Page, article: bool) -> str:
    """The text a page's language is told from: an article's own, or a listing page's items."""
    kinds = OWN_KINDS if article else OWN_KINDS + LISTED_KINDS
    return "\n".join(u.text for u in page.units if u.kind in kinds)


def shown(text: str | None) -> str | None:
    """A page's text as it displays, for the columns read as values (a title, an alt
    text): HTML entities such as `&amp;` unescaped, a line break or a run of spaces one space
    (a headline wrapped on two lines). The units keep the text as written."""
    return text if text is None else " ".join(html.unescape(text).split())


def body_key(page: Page) -> str:
    """What tells two articles of one title apart: a hash of their text, up to case and
    white space (a copy republished word for word has the same)."""
    words = " ".join(u.text for u in page.units if u.kind in ("paragraph", "list_item")).casefold().split()
    return hashlib.sha1(" ".join(words).encode()).hexdigest()[:16]


def sightings(page: Page, article: bool) -> list[NewsSighting]:
    """The news sightings of a page in page order: the page itself when it is an article
    (its title, its publication date), then its listing items and teasers."""
    if not article:
        return list(page.sightings)
    title, published = page.first("title"), page.date("published")
    itself = NewsSighting(
        shown(title.text), title.start, title.end, title.start, title.end, kind="article",
        published_date=published and published.day,
    )
    return sorted([itself, *page.sightings], key=lambda s: s.start)


def read_chunk(pages: Iterable[tuple[str, bytes | Finding]], max_bytes: int, memo: LineMemo | None = None) -> dict[str, pa.Table]:
    """The read tables of a chunk of pages, given as (file name, bytes or the finding that
    says why none): the work a worker process does. A file name that is not UTF-8 or does
    not print is stored in its printable form. `memo` keeps listing lines across chunks
    (one per load or per worker)."""
    rows, memo = ReadRows(), memo if memo is not None else LineMemo()
    collecting = gc.isenabled()
    gc.disable()  # reading makes many objects and no cycles: the collector would only slow it down
    try:
        for name, raw in pages:
            rows.add(raw, page_id(name), f"pages/{printable_name(name)}", max_bytes, memo)
        return rows.tables()
    finally:
        if collecting:
            gc.enable()
