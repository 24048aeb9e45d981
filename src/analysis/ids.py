"""Stable ids from names and titles, the same in any corpus and on any engine."""

from __future__ import annotations

import hashlib
import re


def slug_id(name: str) -> str:
    """A readable id from a name: lower case, runs of other characters as `-`."""
    return re.sub(r"[\W_]+", "-", name.casefold()).strip("-")


def news_key(title: str) -> str:
    """Sightings of one news item share a title, up to case and white space."""
    return " ".join(title.casefold().split())


def news_id(key: str) -> str:
    """A stable id for a news item: the same title gives the same id in any corpus."""
    return hashlib.sha1(key.encode()).hexdigest()[:12]
