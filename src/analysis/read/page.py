"""Raw page text -> `Page`: units, news sightings and findings, with spans.

Reading is a short series of steps, each reading one clue (in the manner of htmldate's
`core.py`): `read_lines` tells what each line holds (leading images, a listing item, a
list item, text, a broken tag); `group_blocks` joins text lines that stand directly
below one another; `line_records` turns the lines into units, sightings, findings and
spans in document order; `name_blocks` calls the first block the title, a short
unpunctuated block after it the subtitle, the rest paragraphs; `find_project_list`
picks the dash list a paragraph on projects introduces; `check_page` and `partition`
account for the whole text. Pure functions over a string, so every step is tested on
hand-made pages and runs in worker processes.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import NamedTuple

from .images import IMG_TAG, OPEN_IMG, image_records, parse_image
from .lines import line_spans
from .listing import LineMemo
from .records import Finding, Image, NewsSighting, Page, Span, Unit

# Bump when the reader's output changes: cached pages read by an older version are read again.
PARSER_VERSION = 3
_LIST_MARKER = re.compile(r"[-*•]\s+")
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


class Line(NamedTuple):
    """What one non-blank line holds. `start`/`end` bound its content after any leading
    images and before an unclosed `<img`. Kinds: "images" (nothing but images),
    "listing" (a news item, its image tag at `tag`), "list_item" (text from
    `marker_end`), "text", "empty" (nothing but an unclosed tag)."""

    kind: str
    start: int
    end: int
    images: tuple[Image, ...] = ()
    tag: tuple[int, int] | None = None
    marker_end: int | None = None
    broken: tuple[int, int] | None = None  # an unclosed <img and the rest of the line


class Records(NamedTuple):
    """The records of a page's lines, in document order, before blocks are named."""

    units: list[Unit]
    sightings: list[NewsSighting]
    findings: list[Finding]
    spans: list[Span]
    list_events: list[int | None]  # per line: a list item's unit index, or None for a line that ends a list


def parse_page(text: str, memo: LineMemo | None = None) -> Page:
    """Read one page; never raises: what cannot be read becomes a finding. `memo` keeps
    listing lines read before (pass one for many pages of one corpus)."""
    lines = read_lines(text)
    found = line_records(text, lines, group_blocks(text, lines), LineMemo() if memo is None else memo)
    units = name_blocks(text, found.units)
    project_list, declared = find_project_list(units, found.list_events)
    spans = partition(text, [(u.kind, u.start, u.end) for u in units] + found.spans)
    residue = [
        Finding("warning", "unparsed_text", f"text the parser could not place: {text[s:e][:60]!r}", s, e)
        for kind, s, e in spans
        if kind == "residue"
    ]
    checked = check_page(units, project_list, declared)
    return Page(
        tuple(units), lead_image(lines, units, found.sightings), project_list, declared,
        tuple(found.sightings), (*found.findings, *residue, *checked), tuple(spans),
    )


def read_lines(text: str) -> list[Line]:
    """Step 1: what each non-blank line holds."""
    return [read_line(text, start, end) for start, end in line_spans(text)]


def read_line(text: str, start: int, end: int) -> Line:
    """One line: image tags opening it, then a listing item (text around an image tag),
    a list item, or text, perhaps cut short by an `<img` never closed."""
    images = []
    while (lead := IMG_TAG.match(text, start, end)) is not None:
        images.append(parse_image(text, start, lead.end()))
        start = lead.end() + len(text[lead.end() : end]) - len(text[lead.end() : end].lstrip())
    if start >= end:
        return Line("images", start, end, tuple(images))
    tag = IMG_TAG.search(text, start, end)
    if tag is not None:
        return Line("listing", start, end, tuple(images), tag.span())
    broken = None
    unclosed = OPEN_IMG.search(text, start, end)
    if unclosed is not None:
        broken = (unclosed.start(), end)
        end = start + len(text[start : unclosed.start()].rstrip())
        if end == start:
            return Line("empty", start, end, tuple(images), None, None, broken)
    marker = _LIST_MARKER.match(text, start, end)
    if marker is not None:
        return Line("list_item", start, end, tuple(images), None, marker.end(), broken)
    return Line("text", start, end, tuple(images), None, None, broken)


def group_blocks(text: str, lines: list[Line]) -> list[tuple[int, int]]:
    """Step 2: spans of text blocks. A text line continues the block of the text line
    directly above it (no blank line between) unless images open it or a broken tag
    ended the line above."""
    blocks: list[tuple[int, int]] = []
    above = None
    for line in lines:
        if line.kind == "text":
            joins = (
                above is not None and above.kind == "text" and above.broken is None and not line.images
                and text.count("\n", above.end, line.start) <= 1
            )
            blocks[-1:] = [(blocks[-1][0], line.end)] if joins else [*blocks[-1:], (line.start, line.end)]
        above = line
    return blocks


def line_records(text: str, lines: list[Line], blocks: list[tuple[int, int]], memo: LineMemo) -> Records:
    """Step 3: the units, sightings, findings and spans of every line, in document order
    (a block's unit after its last line, as "block" until `name_blocks` names it)."""
    found = Records([], [], [], [], [])
    block_ends = {end: start for start, end in blocks}
    for line in lines:
        for image in line.images:
            add(found, *image_records(image))
        if line.broken is not None:
            found.findings.append(Finding("error", "unclosed_img_tag", "an <img tag without its closing '>'", *line.broken))
            found.spans.append(("broken_tag", *line.broken))
        if line.kind == "listing":
            sighting, units, findings, spans = memo.read(text[line.start : line.end], *(t - line.start for t in line.tag))
            found.sightings.append(sighting.moved(line.start))
            add(found, [u.moved(line.start) for u in units], [f.moved(line.start) for f in findings],
                [(kind, s + line.start, e + line.start) for kind, s, e in spans])
        elif line.kind == "list_item":
            found.list_events.append(len(found.units))
            add(found, [Unit("list_item", text[line.marker_end : line.end], line.marker_end, line.end)], [],
                [("list_marker", line.start, line.marker_end)])
        elif line.kind == "text" and line.end in block_ends:
            found.units.append(Unit("block", text[block_ends[line.end] : line.end], block_ends[line.end], line.end))
        if line.kind not in ("list_item", "empty"):
            found.list_events.append(None)
    return found


def add(found: Records, units: list[Unit], findings: list[Finding], spans: list[Span]) -> None:
    """Append one piece's units, findings and spans."""
    found.units.extend(units)
    found.findings.extend(findings)
    found.spans.extend(spans)


def name_blocks(text: str, units: list[Unit]) -> list[Unit]:
    """Step 4: the first block is the title; a one-line block right after the title that
    does not end a sentence is the subtitle; every other block a paragraph."""
    named: list[Unit] = []
    titled = False
    for unit in units:
        if unit.kind == "block":
            if not titled:
                kind, titled = "title", True
            elif named[-1].kind == "title" and "\n" not in unit.text and text[unit.end - 1] not in ".!?:":
                kind = "subtitle"
            else:
                kind = "paragraph"
            unit = Unit(kind, unit.text, unit.start, unit.end)
        named.append(unit)
    return named


def find_project_list(units: list[Unit], list_events: list[int | None]) -> tuple[tuple[Unit, ...], int | None]:
    """Step 5: the list items that follow a paragraph speaking of projects ("The seven
    development projects are:"), and the count it declares. Any line but a list item
    (or a lone broken tag) ends the list."""
    items, declared, listing = [], None, False
    for index in list_events:
        if index is None:
            listing = False
            continue
        intro = units[index - 1] if index else None
        if intro is not None and intro.kind == "paragraph" and _PROJECTS.search(intro.text):
            declared, listing = declared_count(intro.text), True
        if listing:
            items.append(units[index])
    return tuple(items), declared


def declared_count(text: str) -> int | None:
    """The number of projects a sentence announces ("The seven development projects")."""
    m = _DECLARED.search(text)
    if m is None:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def lead_image(lines: list[Line], units: list[Unit], sightings: list[NewsSighting]) -> Image | None:
    """The page's first image, when nothing was read before it."""
    first = next((line.images[0] for line in lines if line.images), None)
    if first is None or any(records and records[0].start < first.start for records in (units, sightings)):
        return None
    return first


def partition(text: str, spans: list[Span]) -> list[Span]:
    """Step 6: sort the read spans and fill the gaps between them with `whitespace` or
    `residue`, so that the result covers `text` exactly once, in order."""
    out: list[Span] = []
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


def check_page(units: list[Unit], project_list: tuple[Unit, ...], declared: int | None) -> list[Finding]:
    """Findings about the page as a whole: a missing title, a count that does not add up."""
    findings = []
    if not any(u.kind == "title" for u in units):
        findings.append(Finding("error", "missing_title", "the page has no title line"))
    listed = len(project_list)
    if listed and declared is not None and declared != listed:
        first, last = project_list[0], project_list[-1]
        message = f"the page declares {declared} projects but lists {listed}"
        findings.append(Finding("warning", "declared_count_mismatch", message, first.start, last.end))
    return findings
