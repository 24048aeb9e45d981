"""The scraper's "related news" listing: one item a line, its fields glued together.

An item reads `TITLE [URL-FRAGMENT] [TIMESTAMP] <img .../> TITLE`. Nothing separates the
title from the URL fragment, so the title repeated after the image is what tells where
the title ends. Each function below reads one clue, in the order `read_listing_line`
needs them. Offsets are relative to the line: a line recurs on many pages, so it is read
once (see `LineMemo`) and its records moved to where it stands.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

from ..paths import LOCAL_ZONE
from .images import image_records, parse_image
from .records import Finding, NewsSighting, Span, Unit

_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_STAMP_LENGTH = len("2016-11-27T22:00:00Z")  # a timestamp is read from the last this many characters only
# Characters SharePoint leaves out when it makes a page name from a title.
_SLUG_DROPS = re.compile(r"""["#%&*:<>?/\\{|}~]""")
# What a slug never holds: a dropped character or white space (where its words are cut).
_SLUG_BREAK = re.compile(r"""[\s"#%&*:<>?/\\{|}~]""")
ListingLine = tuple[NewsSighting, tuple[Unit, ...], tuple[Finding, ...], tuple[Span, ...]]


def rebuild_slug(title: str) -> str:
    """The page name SharePoint makes from a title: drop `:` `"` and kin, spaces to `-`."""
    return "-".join(_SLUG_DROPS.sub("", title).split()) + ".aspx"


def parse_timestamp(value: str) -> datetime | None:
    """`YYYY-MM-DDTHH:MM:SSZ` as an aware UTC datetime; None for an impossible one, or
    one whose local (Helsinki) time falls outside the years 1 to 9999."""
    try:  # the shape is checked by _TIMESTAMP; this rejects impossible dates and times
        when = datetime.fromisoformat(value).astimezone(timezone.utc)
        when.astimezone(LOCAL_ZONE)
    except (ValueError, OverflowError):
        return None
    return when


def split_title_by_slug(text: str) -> int:
    """Where the title ends in `TITLE FRAGMENT` when no repeat tells: the first `'` or `,`
    after which the rest is the tail of the slug rebuilt from what comes before.

    Rebuilding the slug at every cut would be quadratic. A fragment holds no white space
    nor dropped character, so past the start of the text's last word the slug before a
    cut is the whole text's slug cut short; a cut fits where that slug ends with the
    fragment twice over, which one Z-function of the slug read backwards tells for all."""
    body = len(text) - len(".aspx")
    if body < 1 or not text.endswith(".aspx"):
        return len(text)
    backwards = text[body - 1 :: -1]
    word = body - (m.start() if (m := _SLUG_BREAK.search(backwards)) else body)  # where the last word starts
    if 0 < word < body and text[word] in "'," and rebuild_slug(text[:word]).endswith(text[word:]):
        return word
    slug = rebuild_slug(text[:body])[-len(".aspx") - 1 :: -1]  # backwards, without ".aspx"
    longest = min(body - word - 1, body - 1, len(slug) // 2)  # the longest fragment past the word's start
    repeats = z_function(slug[: 2 * longest])
    for length in range(longest, 0, -1):  # the longest fragment is the first cut
        if slug[length - 1] in "'," and repeats[length] >= length:
            return body - length
    return len(text)


def z_function(text: str) -> list[int]:
    """For each position, how many characters from there repeat the text's start (the
    first is 0): linear, as each comparison that succeeds moves the right end on."""
    found = [0] * len(text)
    left = right = 0
    for i in range(1, len(text)):
        n = min(right - i, found[i - left]) if i < right else 0
        while i + n < len(text) and text[n] == text[i + n]:
            n += 1
        found[i] = n
        if i + n > right:
            left, right = i, i + n
    return found


def title_end(line: str, body_end: int, tag_end: int) -> tuple[int, list[Finding]]:
    """Where the title ends: the length of the title repeated after the image when it
    begins the item, else where the slug says (with a finding)."""
    repeat = line[tag_end:].strip()
    if repeat and len(repeat) <= body_end and line.startswith(repeat):
        return len(repeat), []
    message = f"the title after the image ({repeat!r}) does not begin the item"
    finding = Finding("warning", "title_repeat_mismatch", message, tag_end, len(line))
    return split_title_by_slug(line[:body_end]), [finding]


def published(stamp: re.Match | None, title: str, line: str) -> tuple[datetime | None, list[Finding]]:
    """The item's timestamp as UTC; a missing or impossible one is a finding."""
    if stamp is None:
        return None, [Finding("warning", "missing_timestamp", f"no publication timestamp for {title!r}", 0, len(line))]
    value = parse_timestamp(stamp.group(0))
    if value is None:
        return None, [Finding("error", "invalid_timestamp", f"impossible timestamp {stamp.group(0)!r}", *stamp.span())]
    return value, []


def verified_slug(fragment: str | None, title: str, line: str, where: tuple[int, int]) -> tuple[str | None, list[Finding]]:
    """The slug rebuilt from the title when it ends with the fragment; else a finding."""
    if fragment is None:
        return None, [Finding("warning", "missing_url_fragment", f"no URL fragment for {title!r}", 0, len(line))]
    slug = rebuild_slug(title)
    if slug.endswith(fragment):
        return slug, []
    message = f"the slug rebuilt from the title does not end with {fragment!r}; no URL is given"
    return None, [Finding("info", "unverified_url_fragment", message, *where)]


def holds_item(text: str, start: int, end: int, tag: tuple[int, int]) -> bool:
    """Whether the line `text[start:end]`, with text before its image tag `tag`, is a
    listing item rather than text with an image inside it (an emoji, a picture in a
    sentence): a timestamp or a page name (`….aspx`) stands right before the image, or
    the text after it begins the line (the title repeated)."""
    prefix_end = start + len(text[start : tag[0]].rstrip())
    stamp = _TIMESTAMP.fullmatch(text, max(start, prefix_end - _STAMP_LENGTH), prefix_end)
    body_end = stamp.start() if stamp else prefix_end
    if stamp is not None or text.endswith(".aspx", start, body_end):
        return True
    repeat = text[tag[1] : end].strip()
    return bool(repeat) and len(repeat) <= body_end - start and text.startswith(repeat, start)


def read_listing_line(line: str, tag_start: int, tag_end: int) -> ListingLine:
    """A listing item read from its line alone, whose image tag is `line[tag_start:tag_end]`:
    its sighting, units (title, image alt), findings and the spans read besides the units."""
    image = parse_image(line, tag_start, tag_end)
    prefix_end = len(line[:tag_start].rstrip())
    stamp = _TIMESTAMP.fullmatch(line, max(0, prefix_end - _STAMP_LENGTH), prefix_end)
    body_end = stamp.start() if stamp else prefix_end  # title and URL fragment
    end_of_title, title_findings = title_end(line, body_end, tag_end)
    title = html.unescape(line[:end_of_title])
    fragment = line[end_of_title:body_end] or None
    when, time_findings = published(stamp, title, line)
    slug, slug_findings = verified_slug(fragment, title, line, (end_of_title, body_end))
    image_units, image_found, image_spans = image_records(image)
    rest = line[tag_end:]
    repeat_start = tag_end + len(rest) - len(rest.lstrip())
    spans = (
        ("url_fragment", end_of_title, body_end),
        ("timestamp", *(stamp.span() if stamp else (body_end, body_end))),
        ("title_repeat", repeat_start, repeat_start + len(rest.strip())),
        *image_spans,
    )
    sighting = NewsSighting(
        title, 0, end_of_title, 0, len(line), fragment, slug, stamp and stamp.group(0), when, image, "listing",
        when and when.astimezone(LOCAL_ZONE).date(), stamp and stamp.start(), not title_findings,
    )
    units = (Unit("news_title", line[:end_of_title], 0, end_of_title), *image_units)
    return sighting, units, (*title_findings, *time_findings, *slug_findings, *image_found), spans


class LineMemo(dict):
    """Listing lines already read, for as long as its owner keeps it (one load, one worker):
    related-news listings repeat the same lines on many pages. Forgets all past `limit`:
    a site's listing holds tens of items, while 20,000 lines kept cost a worker 40 MB."""

    def __init__(self, limit: int = 1 << 12):
        super().__init__()
        self.limit = limit

    def read(self, line: str, tag_start: int, tag_end: int) -> ListingLine:
        key = (line, tag_start, tag_end)
        found = self.get(key)
        if found is None:
            if len(self) >= self.limit:
                self.clear()
            found = self[key] = read_listing_line(line, tag_start, tag_end)
        return found
