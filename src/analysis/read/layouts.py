"""Which site's layout a page is in, told by clues in its text (never by its file name).

The layout fixes what cannot be read from a line alone: the order of day and month in a
date written with slashes. Clues are tried in a fixed order; a page none of them fits is
`unknown` (a finding), and its slashed dates stay undecided unless their numbers decide.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .dates import WrittenDate
from .furniture import SKIP_LINKS, key
from .records import Image, Unit, title_index
from .teasers import Teaser

SLASH_ORDER = {"laurea_sharepoint": "mdy"}  # the layouts whose slashed dates have a known order
DRUPAL_LABELS = frozenset({"ensisijaiset välilehdet", "toissijaiset välilehdet", "olet täällä"})
SHAREPOINT_IMAGES = ("/laureaimages/", "/laureankuvat/")
_PADDED = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{4}")


def detect_layout(
    text: str, units: Sequence[Unit], images: Sequence[Image], listed: bool, written_at: Mapping[int, WrittenDate], teasers: Sequence[Teaser]
) -> str:
    """The layout the clues point to: SharePoint (a glued listing line, a "Modified"
    footer, Laurea's image folders), Drupal (its tab and breadcrumb labels), TYPO3 (a
    `DD.MM.YYYY` line under the title, the fundraising appeal), a WordPress listing of
    teasers (no fewer teasers than paragraphs, and no date of its own under the title),
    Laurea's WordPress (a skip link first)."""
    if listed or any(_sharepoint_footer(w) for w in written_at.values()) or any(
        image.src and any(folder in image.src.lower() for folder in SHAREPOINT_IMAGES) for image in images
    ):
        return "laurea_sharepoint"
    if any(u.kind in ("tab_label", "breadcrumb") and key(u.text) in DRUPAL_LABELS for u in units):
        return "haaga_helia_drupal"
    if _padded_date_under_title(text, units, written_at) or any(u.kind == "appeal" for u in units):
        return "metropolia_typo3"
    if teasers and len(teasers) >= sum(u.kind == "paragraph" for u in units) and not _own_date_under_title(units, teasers):
        return "3amk_wordpress"  # a listing: no fewer teasers than paragraphs of its own, nor a date of its own
    if units and units[0].kind == "navigation" and key(units[0].text) in SKIP_LINKS:
        return "laurea_wordpress"
    return "unknown"


def _own_date_under_title(units: Sequence[Unit], teasers: Sequence[Teaser]) -> bool:
    """The unit after the title is a date line no teaser holds: an article's date."""
    at = title_index(units)
    if at is None or at + 1 >= len(units) or units[at + 1].kind != "date_line":
        return False
    return all(t.date_start != units[at + 1].start for t in teasers)


def _sharepoint_footer(written: WrittenDate) -> bool:
    return written.role == "modified" and written.slashed and written.ampm is not None


def _padded_date_under_title(text: str, units: Sequence[Unit], written_at: Mapping[int, WrittenDate]) -> bool:
    """The unit after the title is a date line written `DD.MM.YYYY`."""
    at = title_index(units)
    if at is None or at + 1 >= len(units) or units[at + 1].kind != "date_line":
        return False
    written = written_at[units[at + 1].start]
    return written.role is None and _PADDED.fullmatch(text, written.start, written.end) is not None
