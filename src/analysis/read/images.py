"""`<img>` tags: where they are, what they say, and what they add to a page.

A tag adds its alt text as a unit (when it has one), findings for a missing src or alt,
and the spans of the tag around the alt text.
"""

from __future__ import annotations

import re

from .records import Finding, Image, Span, Unit

# An image tag; a quoted attribute value may hold ">" (alt="<b>") without ending the tag.
# Possessive quantifiers keep an unclosed tag from backtracking.
IMG_TAG = re.compile(r"""<img\b(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""", re.IGNORECASE)
OPEN_IMG = re.compile(r"<img\b", re.IGNORECASE)
_ATTR = re.compile(r"""([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


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
