"""The words every report counts in, so that a caption and a header never disagree on
"10000 pages" against "10,000 pages" or on what an unknown publisher is called."""

from __future__ import annotations

UNKNOWN_PUBLISHER = "unknown publisher"  # a page that neither pages.csv nor its layout names a publisher for


def plural(n: int, word: str, words: str | None = None) -> str:
    """"1 page", "2 pages", "10,000 pages"; `words` for an irregular plural ("entries")."""
    return f"{n:,} {word if n == 1 else words or word + 's'}"
