"""`<img>` tags: where they are, what they say, and what they add to a page.

A tag adds its alt text as a unit (when it has one), findings for a missing src or alt,
and the spans of the tag around the alt text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .records import Finding, Image, Span, Unit

# An image tag; a quoted attribute value may hold ">" (alt="<b>") without ending the tag.
# Possessive quantifiers keep an unclosed tag from backtracking: one try is linear.
IMG_TAG = re.compile(r"""<img\b(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""", re.IGNORECASE)
OPEN_IMG = re.compile(r"<img\b", re.IGNORECASE)
_STOP = re.compile(r"""[>"']""")  # where a tag's walk turns: its end, or a quoted value
# An attribute `name="value"`. A try begins only where a run of name characters ([\w-])
# begins, its name at the run's first ASCII letter: a try from any later letter of the run
# would end the same way, so a long run is read once, not once per letter.
_ATTR = re.compile(r"""(?<![\w-])(?:[^\WA-Za-z]|-)*+([A-Za-z][\w-]*+)\s*+=\s*+(?:"([^"]*+)"|'([^']*+)')""")


def find_tag(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first whole image tag in `text[start:end]`, as `IMG_TAG.search`
    finds it, in linear time: that search reads on to the line's end from every `<img`
    of a tag never closed, while here each `>` and quote is read once."""
    first = OPEN_IMG.search(text, start, end)
    if first is None or text.find(">", first.end(), end) < 0:
        return None
    whole = IMG_TAG.match(text, first.start(), end)  # the common case: the first tag is whole
    if whole is not None:
        return whole.span()
    stops = [m.start() for m in _STOP.finditer(text, first.end(), end)]
    ends = tag_ends(text, stops)
    for opening in OPEN_IMG.finditer(text, first.end(), end):
        at = bisect_left(stops, opening.end())
        if at < len(stops) and ends[at] >= 0:
            return opening.start(), ends[at]
    return None


def find_tags(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of every whole image tag in `text[start:end]`, left to right, each the
    one `find_tag` finds after the one before; linear: each `>` and quote is read once
    for all of them, where `find_tag` again from each tag's end would read the rest of
    the line again after every `<img` never closed."""
    stops = [m.start() for m in _STOP.finditer(text, start, end)]
    ends = tag_ends(text, stops)
    found: list[tuple[int, int]] = []
    after = start
    for opening in OPEN_IMG.finditer(text, start, end):
        at = bisect_left(stops, opening.end())
        if opening.start() >= after and at < len(stops) and ends[at] >= 0:
            found.append((opening.start(), ends[at]))
            after = ends[at]
    return found


def tag_ends(text: str, stops: list[int]) -> list[int]:
    """For each stop (`>` or a quote, in order) reached outside a quoted value, where a tag
    reading on from it ends: after the first `>` outside quotes, or -1 at a quote never
    closed or no `>`. Read from the right, each from the stop after it (or its quote's close)."""
    ends = [-1] * len(stops)
    closing = {'"': -1, "'": -1}  # the index of the next stop holding each quote
    for i in range(len(stops) - 1, -1, -1):
        char = text[stops[i]]
        if char == ">":
            ends[i] = stops[i] + 1
            continue
        after = closing[char] + 1
        ends[i] = ends[after] if 0 < after < len(stops) else -1
        closing[char] = i
    return ends


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


def image_records(image: Image) -> tuple[list[Unit], list[Finding], list[Span]]:
    """What an image tag adds to a page: its alt text as a unit (when it has one), its
    findings, and the spans of the tag around the alt text."""
    if image.alt and image.alt.strip():
        units = [Unit("image_alt", image.alt, image.alt_start, image.alt_end)]
        spans = [("image_tag", image.start, image.alt_start), ("image_tag", image.alt_end, image.end)]
    else:
        units, spans = [], [("image_tag", image.start, image.end)]
    return units, image_findings(image), spans


def image_findings(image: Image) -> list[Finding]:
    """An image tag without a src or an alt attribute."""
    findings = []
    if image.src is None:
        findings.append(Finding("warning", "image_without_src", "an <img> tag without a src", image.start, image.end))
    if image.alt is None:
        findings.append(Finding("info", "image_without_alt", "an <img> tag without an alt", image.start, image.end))
    return findings
