"""What the reader gives: immutable records with character spans, no pandas.

Every record keeps `start` and `end` offsets into the decoded page text, so that
`text[start:end]` gives back exactly what was read; `moved(d)` gives the same record `d`
characters further on (a listing line read once, placed on many pages). Records are named
tuples: immutable, so one parsed line can be shared, and cheap to make.
"""

from __future__ import annotations

from datetime import datetime
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

    def moved(self, d: int) -> NewsSighting:
        return NewsSighting(
            self.title, self.title_start + d, self.title_end + d, self.start + d, self.end + d, self.url_fragment,
            self.url_slug, self.timestamp, self.published_utc, self.image and self.image.moved(d),
        )


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

    def first(self, kind: str) -> Unit | None:
        """The first unit of a kind (the title, the subtitle), or None."""
        return next((u for u in self.units if u.kind == kind), None)

