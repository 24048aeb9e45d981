"""The scraper's "related news" listing: one item a line, its fields glued together.

An item reads `TITLE [URL-FRAGMENT] [TIMESTAMP] <img .../> TITLE`. Nothing separates the
title from the URL fragment, so the title repeated after the image is what tells where
the title ends. Each function below reads one clue, in the order `parse_item` needs them.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

from .records import Finding, Image, ListingItem

# An image tag; a quoted attribute value may hold ">" (alt="<b>") without ending the tag.
# Possessive quantifiers keep an unclosed tag from backtracking.
IMG_TAG = re.compile(r"""<img\b(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""", re.IGNORECASE)
_ATTR = re.compile(r"""([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")
# Characters SharePoint leaves out when it makes a page name from a title.
_SLUG_DROPS = re.compile(r"""["#%&*:<>?/\\{|}~]""")


def parse_image(text: str, start: int, end: int) -> Image:
    """Read alt and src from the tag `text[start:end]`; a missing attribute is None."""
    alt = src = None
    alt_span: tuple[int, int] | tuple[None, None] = (None, None)
    for m in _ATTR.finditer(text, start, end):
        name = m.group(1).lower()
        group = 2 if m.group(2) is not None else 3
        if name == "alt" and alt is None:
            alt, alt_span = m.group(group), m.span(group)
        elif name == "src" and src is None:
            src = m.group(group)
    return Image(src, alt, start, end, *alt_span)


def rebuild_slug(title: str) -> str:
    """The page name SharePoint makes from a title: drop `:` `"` and kin, spaces to `-`."""
    return "-".join(_SLUG_DROPS.sub("", title).split()) + ".aspx"


def parse_timestamp(value: str) -> datetime | None:
    """`YYYY-MM-DDTHH:MM:SSZ` as an aware UTC datetime; None for an impossible one."""
    try:  # the shape is checked by _TIMESTAMP; this rejects impossible dates and times
        return datetime.fromisoformat(value).astimezone(timezone.utc)
    except ValueError:
        return None


def split_title_by_slug(text: str) -> int:
    """Where the title ends in `TITLE FRAGMENT` when no repeat tells: the first `'` or `,`
    after which the rest is the tail of the slug rebuilt from what comes before."""
    for i, char in enumerate(text):
        if char in "'," and i > 0 and rebuild_slug(text[:i]).endswith(text[i:]):
            return i
    return len(text)


def parse_item(
    text: str, start: int, end: int, tag_start: int, tag_end: int
) -> tuple[ListingItem, list[Finding], list[tuple[str, int, int]]]:
    """Parse the listing item on `text[start:end]` whose image tag is `text[tag_start:tag_end]`;
    also return the spans read besides the title and the image (fragment, timestamp, title repeat)."""
    findings: list[Finding] = []
    image = parse_image(text, tag_start, tag_end)
    prefix_end = start + len(text[start:tag_start].rstrip())
    stamp = _TIMESTAMP.search(text, start, prefix_end)
    body_end = stamp.start() if stamp else prefix_end  # title and URL fragment
    repeat = text[tag_end : end].strip()

    if repeat and len(repeat) <= body_end - start and text.startswith(repeat, start):
        title_end = start + len(repeat)
    else:
        findings.append(
            Finding(
                "warning",
                "title_repeat_mismatch",
                f"the title after the image ({repeat!r}) does not begin the item",
                tag_end,
                end,
            )
        )
        title_end = start + split_title_by_slug(text[start:body_end])
    timestamp = stamp.group(0) if stamp else None
    fragment = text[title_end:body_end] or None
    title = html.unescape(text[start:title_end])

    published = None
    if timestamp is None:
        findings.append(Finding("warning", "missing_timestamp", f"no publication timestamp for {title!r}", start, end))
    else:
        published = parse_timestamp(timestamp)
        if published is None:
            findings.append(
                Finding("error", "invalid_timestamp", f"impossible timestamp {timestamp!r}", stamp.start(), stamp.end())
            )
    slug = None
    if fragment is None:
        findings.append(Finding("warning", "missing_url_fragment", f"no URL fragment for {title!r}", start, end))
    elif rebuild_slug(title).endswith(fragment):
        slug = rebuild_slug(title)
    else:
        findings.append(
            Finding(
                "info",
                "unverified_url_fragment",
                f"the slug rebuilt from the title does not end with {fragment!r}; no URL is given",
                title_end,
                body_end,
            )
        )
    repeat_start = tag_end + len(text[tag_end : end]) - len(text[tag_end : end].lstrip())
    claims = [
        ("url_fragment", title_end, body_end),
        ("timestamp", *(stamp.span() if stamp else (body_end, body_end))),
        ("title_repeat", repeat_start, repeat_start + len(repeat)),
    ]
    item = ListingItem(
        title=title,
        title_start=start,
        title_end=title_end,
        start=start,
        end=end,
        url_fragment=fragment,
        url_slug=slug,
        timestamp=timestamp,
        published_utc=published,
        image=image,
    )
    return item, findings, claims
