"""What the reader gives: immutable records with character spans, no pandas.

Every record keeps `start` and `end` offsets into the decoded page text, so that
`text[start:end]` gives back exactly what was read; `moved(d)` gives the same record `d`
characters further on (a listing line read once, placed on many pages). Records are named
tuples: immutable, so one parsed line can be shared, and cheap to make.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from collections.abc import Sequence
from typing import NamedTuple

Span = tuple[str, int, int]  # (what was read there, start, end)


class Unit(NamedTuple):
    """A text unit, the unit of content analysis (title, paragraph, list item, ...)."""

    kind: str
    text: str
    start: int
    end: int

    def moved(self, d: int) -> Unit:
        return Unit(self.kind, self.text, self.start + d, self.end + d)


class Image(NamedTuple):
    """An `<img>` tag; `alt_start`/`alt_end` locate the alt text inside the tag."""

    src: str | None
    alt: str | None
    start: int
    end: int
    alt_start: int | None = None
    alt_end: int | None = None

    def moved(self, d: int) -> Image:
        alt_start, alt_end = self.alt_start, self.alt_end
        return Image(
            self.src, self.alt, self.start + d, self.end + d, None if alt_start is None else alt_start + d,
            None if alt_end is None else alt_end + d,
        )


class Finding(NamedTuple):
    """Something wrong or missing in a page, located by its span."""

    severity: str  # "info", "warning" or "error"
    code: str
    message: str
    start: int | None = None
    end: int | None = None

    def moved(self, d: int) -> Finding:
        start, end = self.start, self.end
        return Finding(self.severity, self.code, self.message, None if start is None else start + d, None if end is None else end + d)


class NewsSighting(NamedTuple):
    """One item of a "related news" listing: title, optional URL fragment and timestamp, image.

    `title` is for display (HTML entities such as `&amp;` unescaped); the raw title is
    `text[title_start:title_end]`."""

    title: str
    title_start: int
    title_end: int
    start: int
    end: int
    url_fragment: str | None = None
    url_slug: str | None = None
    timestamp: str | None = None
    published_utc: datetime | None = None
    image: Image | None = None
    kind: str = "listing"  # "listing" (a glued related-news line) or "teaser" (title, snippet, Read more)
    published_date: date | None = None  # the local day of `published_utc`, or a teaser's date line
    stamp_start: int | None = None  # where `timestamp` stands
    repeated: bool = False  # a listing line's title repeated after its image

    def moved(self, d: int) -> NewsSighting:
        return self._replace(
            title_start=self.title_start + d, title_end=self.title_end + d, start=self.start + d, end=self.end + d,
            image=self.image and self.image.moved(d), stamp_start=None if self.stamp_start is None else self.stamp_start + d,
        )


class PageDate(NamedTuple):
    """A date the page shows: its role (`published`, `modified`, `listing`), the local
    day, the local time when one is shown, the clue that found it and where it is written."""

    role: str
    day: date
    timestamp: datetime | None
    precision: str  # "day", "minute" or "second"
    clue: str
    text: str
    start: int
    end: int


class Page(NamedTuple):
    """Everything the reader found in one page, in document order. `spans` partition the
    whole text into what was read, white space and residue."""

    units: tuple[Unit, ...] = ()
    lead_image: Image | None = None
    project_list: tuple[Unit, ...] = ()  # the dash list of development projects
    declared_projects: int | None = None
    sightings: tuple[NewsSighting, ...] = ()
    findings: tuple[Finding, ...] = ()
    spans: tuple[Span, ...] = ()
    dates: tuple[PageDate, ...] = ()
    layout: str | None = None  # None: the page could not be read at all

    def first(self, kind: str) -> Unit | None:
        """The first unit of a kind (the title, the subtitle), or None."""
        return next((u for u in self.units if u.kind == kind), None)

    def date(self, role: str) -> PageDate | None:
        """The first date of a role the page shows, or None."""
        return next((d for d in self.dates if d.role == role), None)

    def is_article(self) -> bool:
        """A page with a title and text of its own that is not a listing of teasers (the
        layout `3amk_wordpress` is one: its heading and intro stand above the items), nor
        an error or log-in page (`is_error_page`)."""
        title = self.first("title")
        if self.layout == "3amk_wordpress" or title is None or is_error_title(title.text):
            return False
        return any(u.kind in ("paragraph", "list_item") for u in self.units)

    def is_error_page(self) -> bool:
        """A page whose title is a server's or a site's error or log-in message."""
        title = self.first("title")
        return title is not None and is_error_title(title.text)


_ERROR_MESSAGE = (
    r"(?:oops!\s)?(?:that page can.t be found|page not found|not found|the page cannot be found|sivua ei (?:löytynyt|löydy)|"
    r"hakemaasi sivua ei löytynyt|sidan (?:hittades inte|kunde inte hittas)|access denied|pääsy estetty|forbidden|"
    r"(?:kirjaudu sisään|log in|sign in|logga in) (?:jatkaaksesi|to continue|för att fortsätta))"
)
# The whole title: an error's code (`Error 404`), its message, or both (`404 – Sivua ei löytynyt`, `403 Forbidden`).
_ERROR_TITLE = re.compile(
    r"(?:(?:(?:error|virhe|http)\s)?(?:404|403|500)(?:\s(?:error|virhe))?(?:\s?[-–—:|]?\s?" + _ERROR_MESSAGE + r")?"
    r"|" + _ERROR_MESSAGE + r")[.!]?",
    re.IGNORECASE,
)


def title_index(units: Sequence[Unit]) -> int | None:
    """Where the title stands among a page's units, or None when it has none."""
    return next((i for i, unit in enumerate(units) if unit.kind == "title"), None)


def is_error_title(title: str) -> bool:
    """A server's or a site's error or log-in message (`404 – Sivua ei löytynyt`, `Access
    denied`, `Kirjaudu sisään jatkaaksesi`): a page with it for a title is no article."""
    return len(title) <= 80 and _ERROR_TITLE.fullmatch(title.strip()) is not None


# Units around the content that no analysis counts (see read.furniture); names are still found in `tags`.
FURNITURE_KINDS = (
    "navigation", "breadcrumb", "tab_label", "date_line", "tags", "contact", "appeal", "read_more", "repeated_title",
    "caption", "date_label", "markup", "comment",
)

