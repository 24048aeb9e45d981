"""The parser's output: plain records with character spans, no pandas.

Every record keeps `start` and `end` offsets into the decoded page text, so that
`text[start:end]` gives back exactly what was read; `moved(d)` gives the same record `d`
characters further on (a listing line parsed once, placed on many pages). Records are
plain slotted dataclasses, not frozen ones: a frozen one costs three times as much to make.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class Unit:
    """A text unit, the unit of content analysis (title, paragraph, list item, ...)."""

    kind: str
    text: str
    start: int
    end: int

    def moved(self, d: int) -> Unit:
        return Unit(self.kind, self.text, self.start + d, self.end + d)


@dataclass(slots=True)
class Image:
    """An `<img>` tag; `alt_start`/`alt_end` locate the alt text inside the tag."""

    src: str | None
    alt: str | None
    start: int
    end: int
    alt_start: int | None = None
    alt_end: int | None = None

    def moved(self, d: int) -> Image:
        return Image(self.src, self.alt, self.start + d, self.end + d, *_moved(d, self.alt_start, self.alt_end))


@dataclass(slots=True)
class Finding:
    """Something wrong or missing in a page, located by its span."""

    severity: str  # "info", "warning" or "error"
    code: str
    message: str
    start: int | None = None
    end: int | None = None

    def moved(self, d: int) -> Finding:
        return Finding(self.severity, self.code, self.message, *_moved(d, self.start, self.end))


@dataclass(slots=True)
class ListingItem:
    """One "related news" item: title, optional URL fragment and timestamp, image.

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

    def moved(self, d: int) -> ListingItem:
        return ListingItem(
            self.title, self.title_start + d, self.title_end + d, self.start + d, self.end + d, self.url_fragment,
            self.url_slug, self.timestamp, self.published_utc, self.image and self.image.moved(d),
        )


@dataclass(slots=True)
class Page:
    """Everything the parser read from one page, in document order."""

    units: list[Unit] = field(default_factory=list)
    lead_image: Image | None = None
    projects: list[Unit] = field(default_factory=list)
    declared_projects: int | None = None
    items: list[ListingItem] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, start, end), covering the text

    def first(self, kind: str) -> Unit | None:
        """The first unit of a kind (the title, the subtitle), or None."""
        return next((u for u in self.units if u.kind == kind), None)


def _moved(d: int, *offsets: int | None) -> tuple[int | None, ...]:
    """Offsets `d` further on; a missing offset stays missing."""
    return tuple(None if o is None else o + d for o in offsets)
