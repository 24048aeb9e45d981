"""Raw page text -> `Page`: article units, listing items and findings, with spans.

The page is read line by line. Each line is one of: blank, an image tag alone, a
listing item (text, then an image tag, then text), a dash-list item, or text.
Consecutive text lines form one block: the first block is the title, a short
unpunctuated second block the subtitle, the rest paragraphs. Pure functions over a
string, so the parser is tested on hand-made pages and runs in worker processes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter

from .listing import IMG_TAG, parse_image, parse_item
from .records import Finding, Image, ListingItem, Page, Unit

# Bump when the parser's output changes: cached parses of an older version are discarded.
PARSER_VERSION = 3
_LIST_MARKER = re.compile(r"[-*•]\s+")
_OPEN_IMG = re.compile(r"<img\b", re.IGNORECASE)
_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_BY_START_END = itemgetter(1, 2)
_PROJECTS = re.compile(r"\bprojects?\b", re.IGNORECASE)
_DECLARED = re.compile(r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\b(?=[\w\s-]*\bprojects?\b)", re.IGNORECASE)


def lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans of each line's content, without surrounding white space (CR included)."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield pos + lead, pos + lead + len(stripped)
        pos += len(line) + 1


def declared_count(text: str) -> int | None:
    """The number of projects a sentence announces ("The seven development projects")."""
    m = _DECLARED.search(text)
    if m is None:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def parse_page(text: str) -> Page:
    """Parse one page; never raises: what cannot be read becomes a finding.

    Besides units and items, the page gets `spans`: a partition of the whole text into
    what was read (units, tags, fragments, timestamps, title repeats, list markers),
    white space, and residue, so nothing can go missing unnoticed.
    """
    page = Page()
    claims: list[tuple[str, int, int]] = []  # what was read besides the units
    block: list[int] = []  # [start, end] of the text block being gathered
    listing_projects = False  # inside a dash list introduced by "... projects ..."

    def close_block() -> None:
        if not block:
            return
        start, end = block
        block.clear()
        previous = page.units[-1].kind if page.units else None
        if page.first("title") is None:
            kind = "title"
        elif previous == "title" and "\n" not in text[start:end] and text[end - 1] not in ".!?:":
            kind = "subtitle"
        else:
            kind = "paragraph"
        page.units.append(Unit(kind, text[start:end], start, end))

    def add_image(image: Image) -> None:
        units, findings, image_claims = image_records(image)
        page.units.extend(units)
        page.findings.extend(findings)
        claims.extend(image_claims)

    for start, end in lines(text):
        new_block = False
        while (lead := IMG_TAG.match(text, start, end)) is not None:  # images opening the line
            close_block()
            image = parse_image(text, start, lead.end())
            if page.lead_image is None and not page.units and not page.items:
                page.lead_image = image
            add_image(image)
            start = lead.end() + len(text[lead.end() : end]) - len(text[lead.end() : end].lstrip())
            new_block = True
        if start >= end:
            listing_projects = False
            continue
        tag = IMG_TAG.search(text, start, end)
        broken = None if tag else _OPEN_IMG.search(text, start, end)
        if broken is not None:
            page.findings.append(
                Finding("error", "unclosed_img_tag", "an <img tag without its closing '>'", broken.start(), end)
            )
            claims.append(("broken_tag", broken.start(), end))
            end = start + len(text[start : broken.start()].rstrip())
            if end == start:
                continue
        marker = _LIST_MARKER.match(text, start, end)
        if block and (tag or marker or new_block or text.count("\n", block[1], start) > 1):
            close_block()
        if tag is not None:
            item, units, findings, item_claims = listing_line(text[start:end], tag.start() - start, tag.end() - start)
            page.items.append(item.moved(start))
            page.units.extend(u.moved(start) for u in units)
            page.findings.extend(f.moved(start) for f in findings)
            claims.extend((kind, s + start, e + start) for kind, s, e in item_claims)
        elif marker is not None:
            unit = Unit("list_item", text[marker.end() : end], marker.end(), end)
            claims.append(("list_marker", start, marker.end()))
            intro = page.units[-1] if page.units else None
            if intro is not None and intro.kind == "paragraph" and _PROJECTS.search(intro.text):
                page.declared_projects = declared_count(intro.text)
                listing_projects = True
            if listing_projects:
                page.projects.append(unit)
            page.units.append(unit)
            continue
        elif block:
            block[1] = end
        else:
            block.extend((start, end))
        if broken is not None:
            close_block()  # the block must not run on over the broken tag
        listing_projects = False
    close_block()
    page.spans = partition(text, [(u.kind, u.start, u.end) for u in page.units] + claims)
    page.findings.extend(
        Finding("warning", "unparsed_text", f"text the parser could not place: {text[s:e][:60]!r}", s, e)
        for kind, s, e in page.spans
        if kind == "residue"
    )
    check_page(page)
    return page


@lru_cache(maxsize=1 << 15)
def listing_line(
    line: str, tag_start: int, tag_end: int
) -> tuple[ListingItem, tuple[Unit, ...], tuple[Finding, ...], tuple[tuple[str, int, int], ...]]:
    """A listing item read from its line alone, offsets from the line's start: its record,
    units, findings and spans. Related-news listings repeat the same lines on many pages,
    so each distinct line is parsed once (the result depends on the line alone)."""
    item, findings, claims = parse_item(line, 0, len(line), tag_start, tag_end)
    units, tag_findings, image_claims = image_records(item.image)
    title = Unit("news_title", line[item.title_start : item.title_end], item.title_start, item.title_end)
    return item, (title, *units), (*findings, *tag_findings), (*claims, *image_claims)


def image_records(image: Image) -> tuple[list[Unit], list[Finding], list[tuple[str, int, int]]]:
    """What an image tag adds to a page: its alt text as a unit (when it has one), its
    findings, and the spans of the tag around the alt text."""
    if image.alt and image.alt.strip():
        units = [Unit("image_alt", image.alt, image.alt_start, image.alt_end)]
        claims = [("image_tag", image.start, image.alt_start), ("image_tag", image.alt_end, image.end)]
    else:
        units, claims = [], [("image_tag", image.start, image.end)]
    return units, image_findings(image), claims


def partition(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Sort the read spans and fill the gaps between them with `whitespace` or `residue`,
    so that the result covers `text` exactly once, in order."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    for kind, start, end in sorted(spans, key=_BY_START_END):
        if end <= start:
            continue
        if start > pos:
            out.append(("whitespace" if text[pos:start].isspace() else "residue", pos, start))
        out.append((kind, start, end))
        pos = end
    if pos < len(text):
        out.append(("whitespace" if text[pos:].isspace() else "residue", pos, len(text)))
    return out


def image_findings(image: Image) -> list[Finding]:
    """An image tag without a src or an alt attribute."""
    findings = []
    if image.src is None:
        findings.append(Finding("warning", "image_without_src", "an <img> tag without a src", image.start, image.end))
    if image.alt is None:
        findings.append(Finding("info", "image_without_alt", "an <img> tag without an alt", image.start, image.end))
    return findings


def check_page(page: Page) -> None:
    """Findings about the page as a whole: a missing title, a count that does not add up."""
    if page.first("title") is None:
        page.findings.append(Finding("error", "missing_title", "the page has no title line"))
    if page.projects and page.declared_projects is not None and page.declared_projects != len(page.projects):
        first, last = page.projects[0], page.projects[-1]
        page.findings.append(
            Finding(
                "warning",
                "declared_count_mismatch",
                f"the page declares {page.declared_projects} projects but lists {len(page.projects)}",
                first.start,
                last.end,
            )
        )
