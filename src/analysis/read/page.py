"""Raw page text -> `Page`: units, news sightings, dates, layout and findings, with spans.

Reading is a short series of steps, each reading one clue (in the manner of htmldate's
`core.py`): `read_lines` tells what each line holds (leading images, a listing item, a
list item, text, a broken tag); `mark_furniture` tells the site's furniture (a skip link's
menu by `navigation_zone`, labels, date lines, tags, contacts, "Read more") and quotations
from list items; `group_blocks` joins text lines that stand directly below one another;
`line_records` turns the lines into units, sightings, findings and spans in document
order; `find_teasers` names the blocks above each "Read more"; `name_blocks` calls the
first block the title, a repeat of it, the appeal and a menu furniture, a short block
after the title the subtitle, the rest paragraphs;
`detect_layout` and `page_dates` say which site made the page and which date is which;
`find_project_list` picks the dash list a paragraph on projects introduces; `check_page`
and `partition` account for the whole text. Pure functions over a string, so every step
is tested on hand-made pages and runs in worker processes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from operator import itemgetter
from typing import NamedTuple

from .dates import BADGE_MONTHS, DATE_LABELS, SECTION_DATE_LABELS, WrittenDate, begins_with_date, is_date_heading, looks_like_date, may_be_stamp, read_badge, read_date_line
from .furniture import (
    FEATURE_HEADINGS, READ_MORE, ALL_NEWS, ARCHIVE_LABELS, BLOG_MENU, COMMENT_WORDS, BLOG_MENU_ITEMS, BREADCRUMB_PREFIXES, CATEGORY_KICKERS, FOLLOW_LINKS, ARCHIVE_NOTICES, CONTACT_LONGEST, CONTENT_SKIP_LINKS, HOME_WORDS, HUB_VERBS, KICKERS, MAGAZINE_ENDINGS, SHARE_WORDS,
    NEWS_LABELS, NOTICE_WORDS, PRESS_LINKS, PROJECT_SECTIONS, RELEASE_KICKERS, RELEASE_OPENINGS, SEARCH_RESULTS, SECTION_KICKERS, SECTION_LABELS, SHORT, SITE_SECTIONS, SKIP_LINKS,
    TRAIL_MARKS, WAYBACK_PREFIXES, WAYBACK_WORDS, Furniture, follows, is_about_cookies, is_address, is_address_above,
    is_archived, is_comments_heading, is_consent_button, is_section_year, last_step, is_contact, is_contact_above, is_contact_alone, is_glued_tags,
    NAME_JOINS, is_masthead, is_names, is_newsroom_header, is_prev_next, is_related_heading, is_site_name, is_spaced_menu, is_trail, is_url, key, label_of, menu_links,
)
from .images import IMG_TAG, OPEN_IMG, find_tag, find_tags, image_records, parse_image
from .layouts import detect_layout
from .lines import is_prose, is_sentence, line_spans
from .listing import LineMemo, holds_item
from .page_dates import LIST_REACH, TEASER_UNITS, heads_related, page_dates, says, time_under_date
from .records import FURNITURE_KINDS, Finding, Image, NewsSighting, Page, Span, Unit, title_index
from .teasers import find_teasers, item_run, retitle_listing

# Bump when the reader's output changes: cached pages read by an older version are read again.
PARSER_VERSION = 173
THEME_LABELS = frozenset({"theme", "teema", "tema", "series", "sarja", "serie", "juttusarja"})  # `Teema: Työelämä` over a headline
TOOLBAR_LONGEST = 60  # characters: a longer line is no word of an archive's toolbar
OVER_HEADLINE = KICKERS | FEATURE_HEADINGS  # a kicker's or a featured story's badge over a headline (`Tiedote`, `In focus`)
COLUMN_KICKERS = KICKERS | SECTION_LABELS | frozenset({"blogit", "kolumnit", "kolumn", "kolumner", "columns"})  # over a column's short headline
NAME_JOINERS = frozenset({"ja", "och", "and", "&"})  # between an article's authors' names (`Lotta Koe ja Mikko Malli`)
MENU_ITEM_WORDS = 4  # the most words of a menu's item (`Tutkimus, kehitys ja innovaatiot`)
# A heading over the partners of a project, one a line, that introduces them as a colon does.
LIST_HEADINGS = frozenset({
    "toteuttajat", "osatoteuttajat", "kumppanit", "hankekumppanit", "partners", "project partners", "partnerit",
    "samarbetspartner", "consortium", "konsortio", "toteuttajat ja rahoittajat",
})
INTRODUCED_MAX = 20  # lines: the longest list without marks that a colon line introduces
HEADLINE_AFTER = 8  # units: how far past a kicker or a short menu its headline is looked for
STORY_REACH = 9  # units: how far under a story's headline its text may begin (a byline, a date, an image and its caption between)
HEADER_TOP = 12  # units: how far down the page a site's or a blog's name over its menu may stand
MASTHEAD_REACH = 30  # units: how far down the page a blog's name is looked for (only navigation above it)
MENU_REACH = 25  # units: how far down a header's menu is followed to the headline
MARK_WORDS = frozenset({"|", "–", "-", "—"})  # a mark between a name's parts, no word of it
MENU_LINK_REACH = 40  # units: how far up a kicker's link is looked for in the site's menu
HEADING_BELOW = 60  # units: how far under a document's title the page's heading is looked for (an archive's toolbar and a menu between)
DOCUMENT_TITLE_MARKS = (" | ", " – ", " - ", " — ")  # what parts a document's title from the site's name
SCHOOL_WORDS = ("ammattikorkeakoulu", "yrkeshögskola")  # a school's name's last word, in lower case (`Haaga-Helia ammattikorkeakoulu`)
TITLE_WORDS = 3  # the fewest words a document's title and a headline worded apart from it share
TRAILED_WORDS = 3  # the fewest words of a headline a trail's last step names (no section's name: `Uutiset`)
SITE_NAME_WORDS = 6  # the most words of a site's name after a document's title (`Haaga-Helia University of Applied Sciences`)
ABBREVIATIONS = frozenset({"ltd.", "inc.", "co.", "corp.", "jr.", "sr.", "oy.", "ab.", "oyj."})  # a headline may end with one
KICKER_CHARS = 25  # characters: the most of a section's kicker over a date (`Sosiaali- ja terveysala`)
BADGE_GAP = 4  # newlines: the most between two lines of a date's badge (`14` / `maalis` / `2019`)
BADGE_PART = 10  # characters: the most of one line of a date badge (`maaliskuu`, `2019`)
BYLINE_OPENINGS = ("kirjoittaja ", "kirjoittaja: ", "kirjoittanut ", "teksti: ", "text: ", "written by ", "by ", "av ")  # a byline's first words
ARCHIVE_HEADINGS = ARCHIVE_LABELS + SEARCH_RESULTS  # how an archive's or a search's heading begins (`Aihe: 3AMK`, `Hakutulokset haulle …`)
CALL_BUTTONS = frozenset({  # a campaign's button (no event's: `Ilmoittaudu`, `Register`)
    "liity", "liity nyt", "liity jäseneksi", "liity mukaan", "join", "join now", "join us", "become a member", "bli medlem", "gå med", "gå med nu",
})
CAMPAIGN_LONGEST = 400  # characters: the longest campaign's box
ADDRESS_FIELDS = frozenset({  # a form's field for an e-mail address: a newsletter's box
    "sähköpostiosoite", "sähköpostiosoitteesi", "email address", "e-mail address", "your email", "your email address", "e-postadress", "din e-postadress",
})
MAIL_FIELDS = frozenset({"sähköposti", "email", "e-mail", "e-post"})  # the same in a word, which a share button may be too
SUBSCRIBE_BUTTONS = frozenset({"tilaa", "tilaa uutiskirje", "subscribe", "sign up", "prenumerera"})
BOX_REACH = 4  # units: how far down a box's field or button may stand from its heading
SIDEBAR_HEADINGS = frozenset({  # a blog's sidebar's boxes besides its recent posts
    "archives", "archive", "arkisto", "arkistot", "arkiv", "categories", "kategoriat", "kategorier", "meta", "recent comments",
    "viimeisimmät kommentit", "uusimmat kommentit", "senaste kommentarer", "blogroll", "linkit", "länkar", "kalenteri", "calendar", "kalender",
})
BANNER_TOP = 3  # lines: how far down the page a cookie banner's heading may open it
TRAIL_MARK_LINES = frozenset({"›", "»", ">", "/", "|", "•", "·", "→"})  # a trail's or a menu's mark alone on its line
BYLINE_REACH = 4  # units: how far under a headline its author's name and date may stand
HEADLINE_LONGEST = 150  # characters: the longest headline of sentences
TITLE_SEARCH = 60  # units: how far down a page with no title its repeated heading is looked for
SIDEBAR_REACH = 8  # units: how far over the article a sidebar's box may stand
UPDATED_WORDS = frozenset({"päivitetty", "updated", "uppdaterad", "korjattu", "muokattu"})  # what was done: a note's, never a headline's
UPDATE_WORDS = UPDATED_WORDS | {"päivitys", "update", "uppdatering", "korjaus", "correction", "rättelse"}
UPDATE_HEAD = 40  # characters: how far an update note's colon may stand (`Päivitetty 20.9.2018 klo 12.30: …`)
NOTICE_LINES = 12  # lines: how far down a skip link may stand under a site's notice
_SKIP_FIRST = frozenset(c for link in CONTENT_SKIP_LINKS for c in (link[0], link[0].upper()))  # how one may begin
DATED_OPENINGS = (*RELEASE_OPENINGS, *(f"{label} " for label in SECTION_DATE_LABELS))  # a kind's or a section's name before a date (`Tiedote 12.3.2019`, `News 14.11.2019`)
DATELINE_KINDS = KICKERS | {"uutinen", "podcast", "podcast-jakso"}  # a kind before a date over the headline (`Uutinen 5.3.2021`)
_LIST_MARKER = re.compile(r"(?:[-*•]|\d{1,2}[.)])\s++")  # a dash or bullet, or a number: `1.`, `2)`
_IMG_OPENING = re.compile("<img", re.IGNORECASE)  # wherever an image tag may begin
_MARKUP = re.compile(r"<(?:!--|/?(?!img\b)[a-z][a-z0-9]{0,15}(?=[\s/>]))", re.IGNORECASE)  # `<p>`, `</div>`, `<!--`
_HEAD_ELEMENT = re.compile(r"<(?:title|script|style|meta|link|noscript)\b", re.IGNORECASE)  # no text of the page in them
_TAG = re.compile(r"<[^<>]*+>")
_CODE_LIKE = re.compile(r"[;{}=()<>]")  # in a line of script or style: `var x = 1;`, `.a { color: red }`
_CODE_OPEN = re.compile(r"<(?:script|style)\b", re.IGNORECASE)
_CODE_CLOSE = re.compile(r"</(?:script|style)\s*>", re.IGNORECASE)
_SPACE = re.compile(r"\s*+")
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit
_LETTER = re.compile(r"[^\W\d_]")  # a letter
_SENTENCE_END = re.compile(r"[.!?] (?=[A-ZÅÄÖ0-9\"”“'«])")  # then a capital, a number or a quotation
_NUMBER_WORDS = {
    word: n
    for words in (
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty",
        "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista "
        "kaksitoista kolmetoista neljätoista viisitoista kuusitoista seitsemäntoista kahdeksantoista "
        "yhdeksäntoista kaksikymmentä",
    )
    for n, word in enumerate(words.split())
}
_BY_START_END = itemgetter(1, 2)
_CONTACT = Furniture("contact")
_NAVIGATION, _CAPTURED = Furniture("navigation"), Furniture("navigation", opens="capture")
_NOTICE_FIRST = frozenset(notice[0] for notice in ARCHIVE_NOTICES)
# "projects", and the Finnish stems of "hanke" (hanke, hankkeet, hanketta, kehittämishankkeet, ...)
_PROJECT_WORD = r"(?:\bprojects?\b|hanke|hankkee|hankkei)"
# Each pattern below first looks ahead for a character its match can begin with: Python's
# re then skips the other positions at once instead of trying every branch at each (2.5x
# on a paragraph). The lookahead is case-blind too, so it lets through all the branches do.
_PROJECTS = re.compile(f"(?=[ph]){_PROJECT_WORD}", re.IGNORECASE)
_COUNT_WORDS = sorted(_NUMBER_WORDS, key=len, reverse=True)
# A number: digits (group 1), or a number word (group 2 + its index in _COUNT_WORDS). Read by
# group, not by the text matched: case-blind matching takes "ſeven" and "kaksı", which
# lower() does not turn into a word of the list.
_NUMBER = re.compile(
    r"\b(?=[\d" + "".join(sorted({word[0] for word in _COUNT_WORDS})) + r"])(?:(\d+)|"
    + "|".join(f"({word})" for word in _COUNT_WORDS) + r")\b",
    re.IGNORECASE,
)
MAX_COUNT_DIGITS = 18  # a longer number is no count of projects (nor fits the table's int64 column)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")  # a year, never a count of projects
_CLAUSE = re.compile(r"[\w\s-]+")  # a run of words: a count and the projects it counts stand in one


class Line(NamedTuple):
    """What one non-blank line holds, or one piece of a line with images inside its text.
    `start`/`end` bound its content after any leading images and before an unclosed
    `<img`. Kinds: "images" (nothing but images), "listing" (a news item, its image tag
    at `tag`), "list_item" (text from `marker_end`), "text", "empty" (nothing but an
    unclosed tag)."""

    kind: str  # or a furniture kind, once `mark_furniture` has told it
    start: int
    end: int
    images: tuple[Image, ...] = ()
    tag: tuple[int, int] | None = None
    marker_end: int | None = None
    broken: tuple[int, int] | None = None  # an unclosed <img and the rest of the line
    written: WrittenDate | None = None  # the date a date line holds
    unread: bool = False  # a short text line with a date in it that could not be read


class Records(NamedTuple):
    """The records of a page's lines, in document order, before blocks are named."""

    units: list[Unit]
    sightings: list[NewsSighting]
    findings: list[Finding]
    spans: list[Span]
    list_events: list[int | None]  # per line: a list item unit's start, or None for a line that ends a list
    written_at: dict[int, WrittenDate]  # a date line unit's start -> its date


def parse_page(text: str, memo: LineMemo | None = None) -> Page:
    """Read one page; never raises: what cannot be read becomes a finding. `memo` keeps
    listing lines read before (pass one for many pages of one corpus)."""
    lines = mark_furniture(text, read_lines(text))
    found = line_records(text, lines, group_blocks(text, lines), LineMemo() if memo is None else memo)
    units, teasers = find_teasers(found.units)
    units = titled_by_repeat(retitle_listing(related_titles(titled_by_trail(text, name_blocks(text, units)))))
    images = [image for line in lines for image in line.images] + [s.image for s in found.sightings if s.image]
    listed = any(s.timestamp or s.url_fragment or s.repeated for s in found.sightings)  # a glued listing line, not an inline image
    layout = detect_layout(text, units, images, listed, found.written_at, teasers)
    dates, date_findings, teaser_sightings = page_dates(text, units, found.written_at, teasers, found.sightings, layout)
    project_list, declared = find_project_list(units, found.list_events)
    spans = partition(text, [(u.kind, u.start, u.end) for u in units] + found.spans)
    residue = [
        Finding("warning", "unparsed_text", f"text the parser could not place: {text[s:e][:60]!r}", s, e)
        for kind, s, e in spans
        if kind == "residue"
    ]
    page = Page(
        tuple(units), lead_image(lines, units, found.sightings), project_list, declared,
        tuple(sorted([*found.sightings, *teaser_sightings], key=lambda s: s.start)), (), tuple(spans), tuple(dates), layout,
    )
    return page._replace(findings=(*found.findings, *date_findings, *residue, *check_page(page)))


def read_lines(text: str) -> list[Line]:
    """Step 1: what each non-blank line holds. Where every `<img` stands is found in one
    pass over the page: a line without one is text or a list item, told at once, or a
    line of markup the scraper left (`is_markup`, and the lines of a `<script>` or `<style>`
    element; one never closed ends at a blank line or a line without a mark of code), which
    is no text."""
    tags = [m.start() for m in _IMG_OPENING.finditer(text)]
    lines = []
    code = False  # inside a <script> or <style> element
    for start, end in line_spans(text):
        code = code and text.count("\n", lines[-1].end, start) <= 1 and _CODE_LIKE.search(text, start, end) is not None
        at = bisect_left(tags, start)
        if at < len(tags) and tags[at] < end and not code:
            lines.extend(read_line(text, start, end))
        elif code or is_markup(text, start, end):
            lines.append(Line("markup", start, end))
            code = (code or _CODE_OPEN.match(text, start, end) is not None) and _CODE_CLOSE.search(text, start, end) is None
        else:
            lines.append(plain_line(text, start, end))
    return join_badges(text, lines)


def join_badges(text: str, lines: list[Line]) -> list[Line]:
    """The lines with each date a theme's badge splits over two or three short lines (`05` /
    `MAR` / `2019`) joined into one text line: a date line to the steps after. Blank lines
    may part one badge's lines only when the page has no other such badge (a calendar's day
    boxes); no badge on a page an archive keeps (its toolbar's months and years)."""
    badges, until = {}, -1  # a badge's first line: its last
    for i, line in enumerate(lines):
        if i <= until or line.end - line.start > BADGE_PART:
            continue  # (most lines: at once)
        first = text[line.start : line.end]
        if first.isdecimal() or first.rstrip(".").casefold() in BADGE_MONTHS or first.count(".") == 2:
            joined = next((j for j in (i + 2, i + 1) if is_badge(text, lines, i, j)), None)
            if joined is not None:
                badges[i] = until = joined
    if not badges or is_archived(text):
        return lines
    gapped = [i for i, j in badges.items() if not all(adjacent(text, a, b) for a, b in zip(lines[i:j], lines[i + 1 : j + 1]))]
    keep = {i: j for i, j in badges.items() if len(gapped) <= 1 or i not in gapped}
    out, i = [], 0
    while i < len(lines):
        joined = keep.get(i)
        out.append(lines[i] if joined is None else Line("text", lines[i].start, lines[joined].end))
        i = (i if joined is None else joined) + 1
    return out


def is_badge(text: str, lines: list[Line], i: int, j: int) -> bool:
    """Whether lines `i` to `j`, short text lines each under the one before (up to three blank
    lines between), read as one date (`read_badge`), and touch no other line of a number or a month's name alone (an
    archive's toolbar: `AUG` / `SEP` / `OCT` / `01` / `2014` / `2015`)."""
    part = lines[i : j + 1]
    if len(part) != j - i + 1 or any(line.kind != "text" or line.images or line.broken or line.end - line.start > BADGE_PART for line in part):
        return False  # (a line with an image or a broken tag keeps its records)
    if any(text.count("\n", a.end, b.start) > BADGE_GAP for a, b in zip(part, part[1:])) or read_badge(text, part[0].start, part[-1].end) is None:
        return False
    above = [lines[i - 1]] if i and adjacent(text, lines[i - 1], part[0]) else []
    below = [lines[j + 1]] if j + 1 < len(lines) and adjacent(text, part[-1], lines[j + 1]) else []
    return not any(text[a.start : a.end].isdecimal() or text[a.start : a.end].casefold() in BADGE_MONTHS for a in above + below)


def is_markup(text: str, start: int, end: int) -> bool:
    """What a scraper left of the page's source: a line of tags and comments alone (`<div
    class="news">`, `</p>`, `<!-- … -->`), an element of the page's head (`<title>…`,
    `<script>…`, `<meta …>`), or a JSON-LD object. A line with text beside its tags
    (`<strong>Laurea</strong> ja Metropolia …`, `<h1>…</h1>`) is text."""
    if text[start] == "{":
        return text.startswith(('{"@context"', '{"@type"'), start)
    if text[start] != "<" or _MARKUP.match(text, start, end) is None:
        return False
    if _HEAD_ELEMENT.match(text, start, end) is not None:
        return True
    pos = start
    for tag in _TAG.finditer(text, start, end):
        if pos < tag.start() and not text[pos : tag.start()].isspace():
            return False
        pos = tag.end()
    return pos == end or text[pos:end].isspace()


def plain_line(text: str, start: int, end: int) -> Line:
    """A line without `<img`: a list item, or text."""
    marker_end = list_marker(text, start, end)
    return Line("text", start, end) if marker_end is None else Line("list_item", start, end, (), None, marker_end)


def list_marker(text: str, start: int, end: int) -> int | None:
    """Where the marker of a list item that opens the line ends: a dash, a bullet or a
    number (`1.`, `2)`), but for a date (`28. elokuuta 2016`); None for no marker."""
    marker = _LIST_MARKER.match(text, start, end)
    if marker is None or (text[start] not in "-*•" and read_date_line(text, start, end) is not None):
        return None
    return marker.end()


def read_line(text: str, start: int, end: int) -> list[Line]:
    """One line: image tags opening it, then a listing item (text glued around an image
    tag, with an item's clues: `listing.holds_item`), a list item, or text, perhaps cut
    short by an `<img` never closed. Text with images inside it (an emoji, a picture in a
    sentence) is read as its pieces, each a line of its own: text, images, text. Linear
    in the line: no step reads it more than a fixed number of times."""
    images = []
    while (lead := IMG_TAG.match(text, start, end)) is not None:
        images.append(parse_image(text, start, lead.end()))
        start = _SPACE.match(text, lead.end(), end).end()
    if start >= end:
        return [Line("images", start, end, tuple(images))]
    tag = find_tag(text, start, end)
    if tag is None:
        return [text_line(text, start, end, tuple(images), True)]
    if holds_item(text, start, end, tag):
        return [Line("listing", start, end, tuple(images), tag)]
    pieces = []
    for tag_start, tag_end in find_tags(text, start, end):
        if tag_start > start:
            pieces.append(text_line(text, start, start + len(text[start:tag_start].rstrip()), tuple(images), not pieces))
            images = []
        images.append(parse_image(text, tag_start, tag_end))
        start = _SPACE.match(text, tag_end, end).end()
    if start >= end:
        return [*pieces, Line("images", start, end, tuple(images))]
    return [*pieces, text_line(text, start, end, tuple(images), False)]


def text_line(text: str, start: int, end: int, images: tuple[Image, ...], first: bool) -> Line:
    """Text after `images` (a list item when it is the `first` piece of its line and
    opens with a marker), cut short by an `<img` never closed."""
    broken = None
    unclosed = OPEN_IMG.search(text, start, end)
    if unclosed is not None:
        broken = (unclosed.start(), end)
        end = start + len(text[start : unclosed.start()].rstrip())
        if end == start:
            return Line("empty", start, end, images, None, None, broken)
    marker_end = list_marker(text, start, end) if first else None
    if marker_end is not None:
        return Line("list_item", start, end, images, None, marker_end, broken)
    return Line("text", start, end, images, None, None, broken)


def mark_furniture(text: str, lines: list[Line]) -> list[Line]:
    """Step 2: the furniture among the text and list lines (kinds of `read.furniture`);
    a dash line that no list introduces is text (a quotation: `in_list`)."""
    archived = is_archived(text)  # a toolbar's `success`, `fail`, `Go` are navigation
    zone = navigation_zone(text, lines, archived)
    out: list[Line] = []
    above, first_text = None, None
    for i, line in enumerate(lines):
        texted = first_text is not None
        found = None
        if line.kind in ("text", "list_item") and not line.images and line.broken is None:
            next_to = above is not None and adjacent(text, lines[i - 1], line)  # only furniture above tells
            found = furniture(text, lines, i, above if next_to else None, i < zone or (archived and is_toolbar_word(text, line)), texted)
        titled = trail_title(text, out) if found is not None and found.kind == "date_line" and first_text is None else None
        if titled is not None:  # a trail, then a date line (a caption or a blank line between or not): its last line was the title
            out[titled], first_text = Line("text", out[titled].start, out[titled].end), titled
        if found is not None:
            mark_above(text, lines, i, out, found, first_text)  # (Line(...) rather than _replace: a third of the time)
            line = Line(found.kind, line.start, line.end, line.images, line.tag, None, line.broken, found.written, line.unread)
        elif line.kind == "list_item" and not in_list(text, lines, i, out):
            line = Line("text", line.start, line.end, line.images, line.tag, None, line.broken, line.written, line.unread)
        if line.kind in ("text", "caption") and looks_like_date(text, line.start, line.end):  # `Teksti: … | 14.11.2018`
            line = Line(line.kind, line.start, line.end, line.images, line.tag, line.marker_end, line.broken, line.written, True)
        if first_text is None and line.kind == "text":
            first_text = len(out)
        out.append(line)
        above = found
    return out


def mark_above(text: str, lines: list[Line], i: int, out: list[Line], found: Furniture, first_text: int | None) -> None:
    """The lines above furniture line `i` that it makes furniture too."""
    if found.opens == "consent":  # a cookie banner's lines about cookies, above the title too
        banner_above(text, lines, i, out)
    elif found.opens == "address":  # the organisation and street over a postal code
        contact_above(text, out, lines[i], len(out) if first_text is None else first_text, is_address_above)
    elif found is _CONTACT and first_text is not None and is_contact_alone(text[lines[i].start : lines[i].end]):
        contact_above(text, out, lines[i], first_text + 1, is_contact_above)  # a name and title over it; not the title's next line


def trail_title(text: str, out: list[Line]) -> int | None:
    """Where a breadcrumb trail that a date line follows before any text (a caption, an
    image or a blank line between or not) has the page's title: its last line, when that is no label
    (`Ajankohtaista` is a section); None for none."""
    n = len(out) - 1
    while n >= 0 and out[n].kind in ("caption", "images"):
        n -= 1
    if n < 1 or not out[n].kind == out[n - 1].kind == "breadcrumb" or label_of(text, out[n].start, out[n].end) is not None:
        return None
    return n


def contact_above(text: str, out: list[Line], below: Line, floor: int, fits: Callable[[str], bool]) -> None:
    """Above a postal code's, an e-mail address's or a phone number's line: the lines right
    above it that `fits` (the organisation and street; a name and title), no blank line
    between, after line `floor` (the title), are contact lines too."""
    for i in range(len(out) - 1, floor, -1):
        line = out[i]
        if line.kind != "text" or line.images or not adjacent(text, line, below) or not fits(text[line.start : line.end]):
            return
        out[i] = below = Line("contact", line.start, line.end, (), None, None, line.broken, None, line.unread)


def banner_above(text: str, lines: list[Line], i: int, out: list[Line]) -> None:
    """Above a cookie banner's button (line `i`): its lines about cookies or privacy are
    navigation too. Across blank lines when the banner opens the page (only furniture
    above it) and text that is not about cookies follows (the article); else only those
    right above the button, so that an article about cookies keeps its title."""
    below, together, found, top = lines[i], True, [], True
    for n in range(len(out) - 1, -1, -1):
        line = out[n]
        if line.kind == "text" and not line.images and is_about_cookies(text[line.start : line.end]):
            together = together and adjacent(text, line, below)
            found.append((n, together))
        elif line.kind not in ("navigation", "breadcrumb", "read_more", "images", "empty") or is_consent(text, line):
            top = n < BANNER_TOP and is_consent(text, line)  # a button above that looked already, or the banner's heading (`Evästeasetukset`)
            break  # (or an article above: its text, its date)
        below = line
    if top and any(line.kind == "text" and not is_about_cookies(text[line.start : line.end]) for line in lines[i + 1 :]):
        found = [(n, True) for n, _ in found]
    for n, kept in found:
        if kept:
            out[n] = Line("navigation", out[n].start, out[n].end, (), None, None, out[n].broken, None, out[n].unread)


def is_consent(text: str, line: Line) -> bool:
    """A cookie banner's button."""
    return line.end - line.start <= SHORT and is_consent_button(text[line.start : line.end])


def adjacent(text: str, above: Line, below: Line) -> bool:
    """No blank line between two lines."""
    return text.count("\n", above.end, below.start) <= 1


def is_toolbar_word(text: str, line: Line) -> bool:
    """A word of an archive's toolbar or a cache's notice alone on its line (`success`,
    `fail`, `MAR`, `Learn more.`), or its collection's (`Collection: …`)."""
    if line.end - line.start > TOOLBAR_LONGEST:
        return False
    k = key(text[line.start : line.end])
    return k in WAYBACK_WORDS or k.startswith(WAYBACK_PREFIXES)


def long_furniture(text: str, line: Line, above: Furniture | None) -> Furniture | None:
    """`furniture` for a line too long for every check but an archive's notice, a post's
    footer sentence, a labelled date's line, a press service's stamp, a contact line's and a trail's."""
    if text[line.start] in _NOTICE_FIRST and text.startswith(ARCHIVE_NOTICES, line.start):
        return _NAVIGATION
    if text[line.start] in "TtDdJjPpSs" and (written := read_date_line(text, line.start, line.end)) is not None:
        return Furniture("date_line", written)  # a theme's sentence under a post (`This entry was posted on …`), a labelled date and fields
    if may_be_stamp(text, line.start, line.end) and (written := read_date_line(text, line.start, line.end)) is not None and written.offset is not None:
        return Furniture("date_line", written)  # a press service's stamp with its fields (`4.2.2021 09:00:00 EET | … | Press release`)
    if line.end - line.start > CONTACT_LONGEST:
        return None
    content = text[line.start : line.end]
    if is_contact(content):
        return _CONTACT
    if is_spaced_menu(content):
        return _NAVIGATION
    trail_marks = "»" in content or "›" in content or " > " in content
    long_trail = trail_marks and (is_trail(content, key(content)) or key(content).startswith(BREADCRUMB_PREFIXES))  # `Etusivu » … » a long title`
    return Furniture("breadcrumb") if long_trail else follows(above, content)  # a contact block's long line


def furniture(text: str, lines: list[Line], i: int, above: Furniture | None, zoned: bool, texted: bool) -> Furniture | None:
    """What line `i` is if it is furniture: navigation in a skip link's zone or a web
    address over the text, what the line right above makes it, a label, a contact line, or (below some text) a glued tag line."""
    line = lines[i]
    if zoned or (not texted and is_url(text[line.start : line.end])):
        return _CAPTURED if above is not None and above.opens == "capture" else _NAVIGATION  # an archive's run goes on
    if line.end - line.start > SHORT:
        return long_furniture(text, line, above)
    content = text[line.start : line.end]
    if content in TRAIL_MARK_LINES:
        return _NAVIGATION  # a trail's mark on its own line, glued to the next step or to the headline (`›`)
    found = follows(above, content)
    if found is not None:
        return found
    if key(content) in FEATURE_HEADINGS:
        return _NAVIGATION if any(key(text[b.start : b.end]) in READ_MORE for b in run_below(text, lines, i, TEASER_UNITS)) else None
    label = label_of(text, line.start, line.end)
    if label == "contact_label":  # a contact block: the label, a name, a title, an organisation, then an address or a number
        below = run_below(text, lines, i, 4)
        return Furniture("contact", opens="contact") if any(is_contact(text[b.start : b.end]) for b in below) else None
    if label is not None:
        return None if texted and is_site_name(key(content)) and introduced(text, lines, i) else label
    if is_contact(content):
        return _CONTACT
    if is_address(content):
        return Furniture("contact", opens="address")
    return Furniture("tags") if texted and is_glued_tags(content) and not introduced(text, lines, i) else None


def introduced(text: str, lines: list[Line], i: int) -> bool:
    """Whether line `i` is in a list without marks that a line ending in a colon
    introduces (`… seuraavat korkeakoulut:`, then `Haaga-Helia`, `Laurea`), or a heading of
    partners (`Toteuttajat`): short lines up to it, a blank line between them or not. Its
    names are the text's, not a logo or tags. At most `INTRODUCED_MAX` lines up, so that a
    long run stays linear."""
    below = lines[i]
    for j in range(i - 1, max(i - 1 - INTRODUCED_MAX, -1), -1):
        line = lines[j]
        if line.kind != "text" or text.count("\n", line.end, below.start) > 2:
            return False
        if text[line.end - 1] == ":" or key(text[line.start : line.end]) in LIST_HEADINGS:
            return True
        if line.end - line.start > SHORT or len(text[line.start : line.end].split()) > 8:
            return False
        below = line
    return False


def run_below(text: str, lines: list[Line], i: int, n: int) -> list[Line]:
    """Up to `n` lines right below line `i`, no blank line between any of them."""
    run: list[Line] = []
    for below in lines[i + 1 : i + 1 + n]:
        if not adjacent(text, run[-1] if run else lines[i], below):
            break
        run.append(below)
    return run


def navigation_zone(text: str, lines: list[Line], archived: bool) -> int:
    """Where the navigation a skip link opens ends (0 on pages without one), the lines over
    a link to the content in it too when they are a site's notice (`Tiedote` / `6.3.2018` /
    `Kampus on suljettu …`, or a button to close it last), no title nor the page's
    date; not on a page an archive keeps (its toolbar is first)."""
    at = 0 if archived else next((
        n for n, line in enumerate(lines[:NOTICE_LINES])
        if text[line.start : line.start + 1] in _SKIP_FIRST and line.kind == "text" and line.end - line.start <= SHORT
        and key(text[line.start : line.end]) in CONTENT_SKIP_LINKS
    ), 0)
    if at and not is_notice(text, lines[:at + 1]):
        at = 0  # a page's own lines (a kicker, a headline, its date) come first
    return at + menu_zone(text, lines[at:] if at else lines)


def is_notice(text: str, lines: list[Line]) -> bool:
    """Whether the lines over the skip link (the last of `lines`) are a site's notice: its word
    (`Tiedote`, `Huomio!`) and last its message or a button to close it (`Kampus on suljettu
    …`, `Sulje ilmoitus`); a line alone there may be the page's headline."""
    said = [key(text[line.start : line.end]) for line in lines[:-1]]
    return any(k in NOTICE_WORDS for k in said) and (said[-1][-1:] in ".!" or said[-1] in NOTICE_WORDS)


def menu_zone(text: str, lines: list[Line]) -> int:
    """On a page that opens with a skip link, where its menu ends: after the lines right
    under the link (the title follows a blank line, or is the last of them when a date
    line or the text follows at once, or when it is too long for a menu item); where no blank line sets the menu apart, at the
    last short line that ends no sentence before the first prose line or date line. 0 on
    other pages."""
    first = lines[0] if lines else None
    if first is None or first.kind != "text" or first.end - first.start > SHORT or key(text[first.start : first.end]) not in SKIP_LINKS:
        return 0
    end = 1
    while end < len(lines) and lines[end].kind == "text" and adjacent(text, lines[end - 1], lines[end]):
        end += 1
    if end > 1 and not any(starts_text(text, line) for line in lines[1:end]):
        last = lines[end - 1]  # the title, when a date line or the text follows the run (images and captions aside)
        after = next((n for n in range(end, len(lines)) if lines[n].kind != "images" and not is_caption(text, lines[n])), None)
        headline = end == 2 and len(text[last.start : last.end].split()) > MENU_ITEM_WORDS  # alone under the link, too long for a menu item
        titled = after is not None and (headline or starts_text(text, lines[after])) and label_of(text, last.start, last.end) is None
        return end - 1 if titled and not titled_below(text, lines, after) else end
    return zone_up_to_title(text, lines)


def zone_up_to_title(text: str, lines: list[Line]) -> int:
    """A skip link's zone where no blank line sets its menu apart: up to the title, the last
    short line that ends no sentence and is no byline before the first prose line, date line
    (a badge over the headline ends the zone itself) or event's time under its label or its hours (under an
    event's name: `names_event`); the line over an author's name there when that is the
    name (`author_over_date`); or the first such line too long for a menu item with a blank
    line above it (the headline, a subtitle under it)."""
    title = before = None
    for i, line in enumerate(lines[1:], 1):
        if line.kind == "list_item":
            break
        if line.kind != "text":
            continue
        if starts_text(text, line) or (title is not None and is_event_field(text, lines, i) and names_event(text[lines[title].start : lines[title].end])):
            return i if title is None or badge_over_headline(text, lines, i) else before if author_over_date(text, lines, before, title, i) else title
        if label_of(text, line.start, line.end) is None and text[line.end - 1] != "." and not is_byline(text[line.start : line.end]):
            title, before = i, title
            if len(text[line.start : line.end].split()) > MENU_ITEM_WORDS and not adjacent(text, lines[i - 1], line):
                return i  # a blank line above it: no menu's item
    else:
        i = len(lines)
    return i if title is None else title


def names_event(line: str) -> bool:
    """Whether a line may be an event's name over its fields: three words or more, or two with a year (`3AMK-päivä 2023`); no menu's link."""
    words = line.split()
    return len(words) >= 3 or (len(words) == 2 and any(len(word) == 4 and word.isdigit() for word in words))


def author_over_date(text: str, lines: list[Line], headline: int | None, name: int, dated: int) -> bool:
    """Whether line `name`, set apart under line `headline` (a text's kind over it) and right over
    date line `dated`, is the author's name (`Kolumni` / `Sisu` / `Heikki Esimerkki` / `12.2.2021`,
    then the text): two to six capitalised words or joiners, no number nor mark at its end."""
    if headline is None or name != dated - 1 or not adjacent(text, lines[name], lines[dated]) or adjacent(text, lines[headline], lines[name]):
        return False  # (a list's item: its headline, author and date touching)
    if headline == 0 or key(text[lines[headline - 1].start : lines[headline - 1].end]) not in COLUMN_KICKERS:
        return False  # a text's kind over the headline (`Kolumni`), not a section's name in Title Case (`Campus Life`)
    under = next((line for line in lines[dated + 1 : dated + 4] if line.kind != "images"), None)
    if under is None or not is_prose(text[under.start : under.end]):
        return False  # (a name and date over the headline: `Anna Testaaja` / `27.8.2024`, then it)
    words = text[lines[name].start : lines[name].end].split()
    return 2 <= len(words) <= 6 and words[-1][-1].isalpha() and all(w[0].isupper() or w in NAME_JOINERS for w in words) and not any(
        c.isdigit() for w in words for c in w
    )


def is_event_field(text: str, lines: list[Line], i: int) -> bool:
    """Whether line `i` is an event's time under its label or after it (`Aika` / `to 14.11.2019 klo
    9.00–12.00`, `Tid: tisdag 23.3.2021 kl. 13.00–15.30`) or its hours alone (`is_time_span`): the event's fields, under its heading."""
    line = lines[i]
    if not looks_like_date(text, line.start, line.end):
        return False
    content = text[line.start : line.end]
    label = key(content).partition(":")[0] if ":" in content else None
    above = key(text[lines[i - 1].start : lines[i - 1].end]) if i and adjacent(text, lines[i - 1], line) else None
    return DATE_LABELS.get(label or "") == "event" or DATE_LABELS.get(above or "") == "event" or is_time_span(content)


def is_time_span(line: str) -> bool:
    """Whether a short line that looks like a date is a span of hours or days (`24.9.2019 klo 14–16`, `ke 8.5.2019 klo
    9.00–15.30`, `24.5.2023 @ 9:00 – 16:00`, `Fri 19.11.2021 – Sun 21.11.2021`): an event's, never a page's date. A dash
    after a number, with a number in the next two words after it."""
    if len(line) > SHORT:
        return False
    dash = next((i for i, c in enumerate(line) if c in "–-" and i and any(d.isdigit() for d in line[max(i - 3, 0) : i])), None)
    return dash is not None and any(c.isdigit() for word in line[dash + 1 :].split()[:2] for c in word)


def badge_over_headline(text: str, lines: list[Line], i: int) -> bool:
    """Whether line `i` is a date's badge (`05` / `MAR` / `2019`) over a line too long for a
    menu's item with a blank line above it: the headline, under its date."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return text.find("\n", lines[i].start, lines[i].end) >= 0 and below is not None and below.kind == "text" and (
        not adjacent(text, lines[i], below) and len(text[below.start : below.end].split()) > MENU_ITEM_WORDS
    )


def is_byline(line: str) -> bool:
    """A byline of a name or two under the headline, no title (`Kirjoittaja Timo Tutkija`, `Text: Anna Testaaja`, `By Anna`)."""
    return key(line).startswith(BYLINE_OPENINGS) and len(line.split()) <= 5


def is_caption(text: str, line: Line) -> bool:
    """A photo's caption or credit (`Kuva: …`), by `label_of`."""
    found = label_of(text, line.start, line.end) if line.kind == "text" else None
    return isinstance(found, Furniture) and found.kind == "caption"


def titled_below(text: str, lines: list[Line], n: int) -> bool:
    """Whether prose line `n` (under a menu) is a notice above the article: after a blank
    line, a short line that is no label, a date line and prose (`Koronaviruksen vuoksi …`,
    the title, `Julkaistu 2.4.2020`, the article)."""
    title, date, lead = (lines[n + 1 : n + 4] + [None, None, None])[:3]
    if lead is None or not title.kind == date.kind == lead.kind == "text" or not is_prose(text[lines[n].start : lines[n].end]):
        return False
    if adjacent(text, lines[n], title) or not is_prose(text[lead.start : lead.end]):  # apart from the notice; the article's text after
        return False
    short = not is_prose(text[title.start : title.end]) and label_of(text, title.start, title.end) is None
    return short and read_date_line(text, date.start, date.end) is not None


def starts_text(text: str, line: Line) -> bool:
    """A line that comes after a title, never before: a date line, or prose."""
    return line.kind == "text" and (is_prose(text[line.start : line.end]) or read_date_line(text, line.start, line.end) is not None)


def in_list(text: str, lines: list[Line], i: int, above: list[Line]) -> bool:
    """Whether dash line `i` is a list item: right after a line ending with a colon or a
    list item, or a short one next to another (a list without its colon, or going on
    after an image). A dash line alone, or of prose, is a quotation."""
    last, here = above[-1] if above else None, lines[i]
    if last is not None and (last.kind == "list_item" or (last.kind == "text" and text[last.end - 1] == ":")):
        return True
    if is_prose(text[here.start : here.end]):
        return False
    return any(
        lines[j].kind == "list_item" and adjacent(text, *((lines[j], here) if j < i else (here, lines[j])))
        and not is_prose(text[lines[j].start : lines[j].end])
        for j in (i - 1, i + 1) if 0 <= j < len(lines)
    )


def group_blocks(text: str, lines: list[Line]) -> list[tuple[int, int]]:
    """Step 3: spans of text blocks. A text line continues the block of the text line
    directly above it (no blank line between) unless images open it, a broken tag ended
    the line above, it is prose under a heading (`under_heading`), a title over its
    date (`over_date`) or a date that cannot be read under a line (`Anu Korhonen 14.5.2018`
    under the headline; a dated list's items begin with their dates)."""
    blocks: list[tuple[int, int]] = []
    above = None
    for i, line in enumerate(lines):
        if line.kind == "text":
            joins = (
                above is not None and above.kind == "text" and above.broken is None and not line.images
                and text.count("\n", above.end, line.start) <= 1 and not under_heading(text, above, line)
                and not over_date(text, lines, i) and not (line.unread and not above.unread and blocks[-1][0] == above.start and not begins_with_date(text[line.start : line.end]))
            )
            blocks[-1:] = [(blocks[-1][0], line.end)] if joins else [*blocks[-1:], (line.start, line.end)]
        above = line
    return blocks


def over_date(text: str, lines: list[Line], i: int) -> bool:
    """A short line that ends no sentence right above a date line (no blank line between),
    not the second line of a title (lower case first): a title over its date, which a page
    without blank lines sets apart only so (from a menu, or from the subtitle's line above it)."""
    line, below = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    if below is None or below.kind != "date_line" or text.count("\n", line.end, below.start) > 1 or line.end - line.start > SHORT:
        return False
    return text[line.end - 1] not in ".!?:;," and not text[line.start].islower() and not is_prose(text[line.start : line.end])


def under_heading(text: str, above: Line, line: Line) -> bool:
    """Prose right under a short line that ends no sentence (a question or an exclamation
    may be a title): a page without blank lines sets its title (or a heading) apart only
    so, and the title is not the first paragraph."""
    return above.end - above.start <= SHORT and text[above.end - 1] not in ".:;," and is_prose(text[line.start : line.end])


def line_records(text: str, lines: list[Line], blocks: list[tuple[int, int]], memo: LineMemo) -> Records:
    """Step 4: the units, sightings, findings and spans of every line, in document order
    (a block's unit after its last line, as "block" until `name_blocks` names it)."""
    found = Records([], [], [], [], [], {})
    block_ends = {end: start for start, end in blocks}
    for line in lines:
        for image in line.images:
            add(found, *image_records(image))
        if line.unread or line.broken is not None:
            add(found, [], *line_problems(text, line))
        if line.kind == "listing":
            sighting, units, findings, spans = memo.read(text[line.start : line.end], *(t - line.start for t in line.tag))
            found.sightings.append(sighting.moved(line.start))
            add(found, [u.moved(line.start) for u in units], [f.moved(line.start) for f in findings],
                [(kind, s + line.start, e + line.start) for kind, s, e in spans])
        elif line.kind == "list_item":
            found.list_events.append(line.marker_end)
            add(found, [Unit("list_item", text[line.marker_end : line.end], line.marker_end, line.end)], [],
                [("list_marker", line.start, line.marker_end)])
        elif line.kind == "text" and line.end in block_ends:
            found.units.append(Unit("block", text[block_ends[line.end] : line.end], block_ends[line.end], line.end))
        elif line.kind in FURNITURE_KINDS:
            found.units.append(Unit(line.kind, text[line.start : line.end], line.start, line.end))
            if line.written is not None:
                found.written_at[line.start] = line.written
        if line.kind not in ("list_item", "empty", "images"):  # an image does not end a list
            found.list_events.append(None)
    return found


def line_problems(text: str, line: Line) -> tuple[list[Finding], list[Span]]:
    """The findings about a line itself, and the span of an unclosed tag ending it."""
    findings, spans = [], []
    if line.unread:
        message = f"{text[line.start : line.end]!r} holds a date the reader cannot read; no date is taken"
        findings.append(Finding("info", "unread_date", message, line.start, line.end))
    if line.broken is not None:
        findings.append(Finding("error", "unclosed_img_tag", "an <img tag without its closing '>'", *line.broken))
        spans.append(("broken_tag", *line.broken))
    return findings, spans


def add(found: Records, units: list[Unit], findings: list[Finding], spans: list[Span]) -> None:
    """Append one piece's units, findings and spans."""
    found.units.extend(units)
    found.findings.extend(findings)
    found.spans.extend(spans)


def name_blocks(text: str, units: list[Unit]) -> list[Unit]:
    """Step 6: the first block that is no menu, nor a kicker or short menu over the headline
    (`above_headline`), is the title (`add_title`), and a block repeating it later is furniture;
    a one-line block right after the title that does not end a sentence is the subtitle; an appeal
    and a menu (lines of a word to four, or such a line going on the navigation right above it;
    not a list a colon introduces) are furniture; every other block a paragraph."""
    named: list[Unit] = []
    title = None
    for n, unit in enumerate(units):
        if title == "" and ends_box(text, units, n):
            title = None  # a box of other items over the article ends: a section's label or a trail, or a link's one item
        if title is None and unit.kind in ("tags", "caption") and is_archive_heading(units, n):
            unit, title = Unit("title", unit.text, unit.start, unit.end), key(unit.text)
        elif unit.kind == "block":
            if title is None and (under_related_heading(named) or in_dated_headlines(text, units, n, named)):
                title = ""  # below a heading of related news or comments with no title above it, there is none
            if (title is None and over_title(text, units, n, named)) or _ALNUM.search(unit.text) is None:
                kind = "navigation"  # a menu above the title, or marks without a word (`|`, `•`)
            elif title is None and ((timed := is_dateline(unit.text) or time_under_date(text, units, n)) or is_text_block(units, n, named)):
                kind = "paragraph"  # a sentence is never a title (a question may be): a listing's introduction; nor an event's time or a date's
                if any(u.kind == "paragraph" for u in named) and not timed:
                    title = ""  # two paragraphs of text and no headline over them: the page has none
            elif title is None:
                title = add_title(text, unit, named)
                continue
            else:
                kind = named_after_title(text, unit, title, named)
            unit = Unit(kind, unit.text, unit.start, unit.end)
        named.append(unit)
    return named


def add_title(text: str, unit: Unit, named: list[Unit]) -> str:
    """Add the block taken for the title to `named` as its kicker, the title and its deck
    (`split_title`); the title's key."""
    kicker, unit, deck = split_title(unit)
    title = key(unit.text)
    named += [kicker, unit._replace(kind="title")] if kicker else [unit._replace(kind="title")]
    if deck is not None:
        named.append(deck._replace(kind=named_after_title(text, deck, title, named)))
    return title


def split_title(unit: Unit) -> tuple[Unit | None, Unit, Unit | None]:
    """The kicker over the headline, the headline and the deck under it in a block taken for the
    title, no blank line between (`Reportage` / the headline; the headline / `Kokemuksia …`): each
    line after the first opens with a capital and none runs on the one above (`runs_on`). The
    kicker: a line of three words at most over a headline that ends no sentence, three words
    longer, a kind (`TIEDOTE`) or in capitals; the deck, under a headline of three words or more (`is_deck`)."""
    lines = [line.strip() for line in unit.text.split("\n")]
    if len(lines) < 2 or not all(line[:1].isupper() or line[:1].isdigit() for line in lines[1:]) or runs_on(lines[0], lines[1]):
        return None, unit, None
    kicker, words = None, [len(line.split()) for line in lines]
    if words[0] <= 3 and lines[1][-1] not in ".!" and lines[0][-1] not in ".!?" and (words[1] >= words[0] + 3 or is_kicker_word(key(lines[0])) or lines[0].isupper()):
        kicker, unit = first_line(unit)
        kicker, lines, words = kicker._replace(kind="navigation"), lines[1:], words[1:]
    if len(lines) < 2 or words[0] < 3 or runs_on(lines[0], lines[1]) or not is_deck(lines):
        return kicker, unit, None
    return kicker, *first_line(unit)


def is_deck(lines: list[str]) -> bool:
    """Whether the second line of a title block is a deck under the headline: as long or longer,
    a sentence, a byline or a name alone, or a post's line."""
    first, second = lines[0], lines[1]
    if len(second.split()) >= len(first.split()) or len(second) >= len(first):
        return True
    return is_sentence(second) or is_byline(second) or is_name_under(lines) or key(second).startswith(POSTED)


HEADLINE_JOINS = frozenset({
    "ja", "sekä", "tai", "eli", "and", "or", "of", "for", "the", "a", "an", "in", "on", "to", "with", "at", "by", "from",
    "och", "eller", "för", "med", "av", "på", "i",
})  # small words a wrapped headline's line may end in, or names may have between them


def runs_on(first: str, second: str) -> bool:
    """Whether a title block's second line goes on its first, a headline wrapped: the first ends
    in a joining mark or word (`Laurea &`, `Rehtori Mari Virtanen:`, `… ja`) or is names alone
    (`Laurea ja Metropolia`), or both lines are
    in Title Case or in capitals (`Three Universities of Applied Sciences` / `Sign a Strategic …`)."""
    words = first.replace(",", " ").replace("&", " ").split()
    if first[-1] in ":,&–-" or key(first).rpartition(" ")[2] in HEADLINE_JOINS or is_names_line(words):
        return True
    return (first.isupper() and second.isupper()) or (in_title_case(first) and in_title_case(second))


def is_names_line(words: list[str]) -> bool:
    """Whether a line's words, two at least and not in capitals, are names and small words (`Laurea ja Metropolia`)."""
    return len(words) >= 2 and all(w[0].isupper() or w in HEADLINE_JOINS for w in words) and not all(w.isupper() for w in words)


def is_wrapped(text: str) -> bool:
    """Whether a block is one headline wrapped on two lines (`runs_on`)."""
    lines = text.split("\n")
    return len(lines) == 2 and runs_on(lines[0].strip(), lines[1].strip())


def in_title_case(line: str) -> bool:
    """Whether a line's words of four letters or more, two at least, all open with a capital."""
    long = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return len(long) >= 2 and all(w[0].isupper() for w in long)


POSTED = ("posted ", "julkaistu ", "published ", "publicerad ", "publicerat ")  # a post's line under its headline (`Posted 2 weeks ago by …`)


def is_name_under(lines: list[str]) -> bool:
    """Whether the second line is a name of two or three words under a headline of five or more (`Pekka Mäkinen`)."""
    return len(lines[0].split()) >= 5 and 2 <= len(lines[1].split()) <= 3 and is_names(lines[1]) and lines[1][-1].isalpha()


def first_line(unit: Unit) -> tuple[Unit, Unit]:
    """A block's first line and the rest, each a block."""
    cut = unit.text.index("\n")
    head, rest = unit.text[:cut].rstrip(), unit.text[cut + 1 :].lstrip()
    return Unit("block", head, unit.start, unit.start + len(head)), Unit("block", rest, unit.end - len(rest), unit.end)


def is_text_block(units: list[Unit], n: int, named: list[Unit]) -> bool:
    """Whether block `n` holds a sentence (`holds_sentence`) and is no headline of sentences first over its byline (`over_byline`)."""
    first = all(u.kind in ("navigation", "breadcrumb", "image_alt") for u in named)  # no text named yet
    return holds_sentence(units[n].text) and not (first and over_byline(units, n))


def over_byline(units: list[Unit], n: int) -> bool:
    """Whether one-line block `n` (a headline of sentences: `I studied at three universities. Here is how.`) stands over
    its author's name and date (`Priya Placeholder` / `5 min read · Nov 3, 2022`): a name (`is_names`, two to four words), links and a picture
    between, within `BYLINE_REACH` units."""
    if "\n" in units[n].text or len(units[n].text) > HEADLINE_LONGEST:
        return False
    for unit in units[n + 1 : n + 1 + BYLINE_REACH]:
        if unit.kind == "date_line":
            return True
        if not (unit.kind in ("navigation", "image_alt") or (unit.kind == "block" and "\n" not in unit.text and 2 <= len(unit.text.split()) <= 4 and is_names(unit.text))):
            return False
    return False


def titled_by_trail(text: str, units: list[Unit]) -> list[Unit]:
    """A trail whose last step is the block right under it (`Etusivu / Uutiset / <headline>` over
    the headline), within `HEADLINE_AFTER` units under what was taken for the title, an item's
    headline over its date (a box over the article): that block is the title, the trail a breadcrumb, the item a paragraph.
    So is the block a breadcrumb ends at under a section's heading taken for the title (`trail_to_dated`), the heading then navigation."""
    t = title_index(units)
    if t and step_over_headline(text, units, t):
        return [*units[:t], units[t]._replace(kind="breadcrumb"), units[t + 1]._replace(kind="title"), *units[t + 2 :]]
    boxed = t is not None and t + 1 < len(units) and units[t + 1].kind == "date_line"  # an item: its headline over its date
    if t and not boxed and ((n := trail_to_dated(units, t)) is not None or (n := post_under_section(units, t)) is not None):
        return [*units[:t], units[t]._replace(kind="navigation"), *units[t + 1 : n], units[n]._replace(kind="title"), *units[n + 1 :]]
    for m in range(t + 1, min(t + 1 + HEADLINE_AFTER, len(units) - 1)) if boxed else ():
        trail, below = units[m], units[m + 1]
        if "\n" in trail.text or not (trail.kind == "breadcrumb" or (trail.kind in ("paragraph", "navigation") and is_trail(trail.text, key(trail.text)))):
            continue
        if below.kind in ("paragraph", "subtitle") and last_step(trail.text) == below.text and len(below.text.split()) >= TRAILED_WORDS:
            return [*units[:t], units[t]._replace(kind="paragraph"), *units[t + 1 : m], trail._replace(kind="breadcrumb"), below._replace(kind="title"), *units[m + 2 :]]
    return units


def step_over_headline(text: str, units: list[Unit], t: int) -> bool:
    """Whether the title at `t` is a trail's last step right under its mark alone on a line, over the
    headline that holds it (`›` / `Summer school` / `International Summer School in Service Business`);
    not a heading a blank line sets apart from the trail, over a deck repeating it."""
    below = units[t + 1] if t + 1 < len(units) else None
    if below is None or below.kind not in ("subtitle", "paragraph") or "\n" in below.text or units[t - 1].text.strip() not in TRAIL_MARK_LINES:
        return False
    touching = text.count("\n", units[t - 1].end, units[t].start) == 1
    return touching and units[t - 1].kind == "navigation" and key(units[t].text) in key(below.text) and len(below.text) > len(units[t].text)


def titled_by_repeat(units: list[Unit]) -> list[Unit]:
    """A link repeating the trail's last step right over it (the trail from its home link, `Etusivu` /
    `Etsi koulutus` / `Etsi koulutus`, or on one line: `Home › Apply › Find a programme` / `Find a programme`)
    with a sentence right under it (the page's introduction) is the title, over what was taken for it (a search box's `Keyword`);
    not over an article's headline with its date right under it."""
    t = title_index(units)
    if t is not None and t + 1 < len(units) and units[t + 1].kind == "date_line":
        return units
    for n in range(1, min(len(units) - 1, TITLE_SEARCH if t is None else t)):
        unit, step = units[n], units[n - 1]
        below = units[n + 1]  # a sentence; over a title a paragraph, or one taken for the title ending with a full stop (a question may be a headline)
        if unit.kind != "navigation" or not is_sentence(below.text) or not (t is None or below.kind == "paragraph" or (below.kind == "title" and below.text[-1] == ".")):
            continue
        if repeats_step(units, n):
            retitled = [u._replace(kind="paragraph") if u.kind == "title" else u for u in units[n + 1 :]]
            return [*units[:n], unit._replace(kind="title"), *retitled]
    return units


def repeats_step(units: list[Unit], n: int) -> bool:
    """Whether link `n` repeats the trail's last step right over it: a link a line under its home
    link's trail (`Etusivu` / `Etsi koulutus` / `Etsi koulutus`) or a one-line trail's end."""
    unit, step = units[n], units[n - 1]
    if step.kind == "navigation":
        return key(unit.text) == key(step.text) and n >= 3 and any(key(u.text) in HOME_WORDS for u in units[n - 3 : n - 1])
    return step.kind == "breadcrumb" and "\n" not in step.text and key(last_step(step.text)) == key(unit.text) != key(step.text)


def trail_to_dated(units: list[Unit], t: int) -> int | None:
    """The index of the block the breadcrumb right over the title at `t` ends at, when that block stands
    under it past links only (a section's side menu: `Uutiset 2012` / `Tiedotteet`) with its date right under it; else None."""
    step = last_step(units[t - 1].text) if units[t - 1].kind == "breadcrumb" else ""
    if len(step.split()) < TRAILED_WORDS or step == units[t].text:
        return None
    for n in range(t + 1, min(t + 1 + HEADLINE_AFTER, len(units) - 1)):
        if units[n].text == step:
            return n if units[n].kind == "paragraph" and units[n + 1].kind == "date_line" else None
        if units[n].kind != "navigation":
            return None
    return None


def post_under_section(units: list[Unit], t: int) -> int | None:
    """The index of a post's headline under the title at `t` when that title is the section a one-line
    breadcrumb ends at (a blog's name: `Etusivu › Blogit › Työelämän signaaleja`), a sentence under it
    (its description), then the headline with its date right under it, the only date within `LIST_REACH`; else None."""
    above = units[t - 1]
    if above.kind != "breadcrumb" or "\n" in above.text or key(last_step(above.text)) != key(units[t].text) or t + 3 >= len(units):
        return None
    intro, head, dated = units[t + 1 : t + 4]
    if intro.kind != "paragraph" or not is_sentence(intro.text) or head.kind != "paragraph" or "\n" in head.text or dated.kind != "date_line":
        return None
    return t + 2 if is_heading_line(head._replace(kind="block")) and sum(u.kind == "date_line" for u in units[t + 3 : t + LIST_REACH]) == 1 else None


def holds_sentence(block: str) -> bool:
    """Whether a block has a line of prose ending in a full stop, or longer than 150 characters: never a title."""
    return any(len(line) > 150 or (is_prose(line) and line[-1] == ".") for line in block.split("\n"))


def under_related_heading(named: list[Unit]) -> bool:
    """Whether the next block stands right under a heading of related news or comments
    (`Luetuimmat`); not under a date there (`Uusimmat uutiset` / `6.5.2019`: may be a kicker)."""
    return bool(named) and named[-1].kind == "navigation" and is_related_heading(key(named[-1].text))


def in_dated_headlines(text: str, units: list[Unit], n: int, named: list[Unit]) -> bool:
    """Whether block `n` is an item of a list of dated headlines under a heading of related news
    (`Uusimmat` / `13.4.2017` / the headline / `11.4.2017` …, a line each): its date over it, the
    next item's touching it."""
    below = units[n + 1] if n + 1 < len(units) else None
    if below is None or below.kind != "date_line" or text.count("\n", units[n].end, below.start) != 1 or len(named) < 2:
        return False
    return named[-1].kind == "date_line" and text.count("\n", named[-1].end, units[n].start) == 1 and under_related_heading(named[:-1])


def ends_box(text: str, units: list[Unit], n: int) -> bool:
    """Whether unit `n`, under a box of other items before any title, is a news section's
    label, a trail or a news item's date line (`Uutiset`, `Etusivu > Uutiset`, `20.1.2015 | Uutiset`) that a blank line or a trail's crumb
    over it sets apart, over an article; or block `n`, set apart under a link to the previous or next article and its one
    item (`‹ Edellinen uutinen` / its title / its date): the box is over."""
    unit = units[n]
    if text.count("\n", units[n - 1].end, unit.start) < 2 and (unit.kind == "block" or units[n - 1].kind not in ("navigation", "breadcrumb")):
        return False  # (a trail's crumbs one per line touch)
    if unit.kind == "block":  # under a link to the previous or next article, its one item (a title, a date) touching it
        heading = next((m for m in range(n - 1, max(n - 4, 0) - 1, -1) if units[m].kind == "navigation" and is_prev_next(key(units[m].text))), None)
        if heading is None:
            return under_sidebar(text, units, n)
        return all(text.count("\n", a.end, b.start) == 1 for a, b in zip(units[heading : n - 1], units[heading + 1 : n]))
    dated = unit.kind == "date_line" and key(unit.text).rpartition("|")[2].strip() in NEWS_LABELS  # a news item's date line (`20.1.2015 | Uutiset`)
    labelled = unit.kind in ("navigation", "breadcrumb") and (unit.kind == "breadcrumb" or key(unit.text) in SECTION_LABELS)
    return (dated or labelled) and article_under(text, units, n)


def is_comments(k: str) -> bool:
    """Whether a heading's key heads comments (`Kommentarer`, `2 thoughts on "…"`)."""
    return k in COMMENT_WORDS or is_comments_heading(k)


def under_sidebar(text: str, units: list[Unit], n: int) -> bool:
    """Whether block `n` opens an article under a blog's sidebar that its theme writes first (a box of
    other posts, `Recent Posts`, over it): another of the sidebar's boxes (`Archives`, `Categories`, `Meta`) within
    `SIDEBAR_REACH` units over it and no date nor "Read more", and one date only under it up to its comments (a front page lists posts)."""
    over = units[max(n - SIDEBAR_REACH, 0) : n]
    if not any(key(u.text.split("\n", 1)[0]) in SIDEBAR_HEADINGS for u in over) or any(u.kind in ("date_line", "read_more") for u in over):
        return False  # (a post's date or its link over it: the second post of a front page)
    if not article_under(text, units, n - 1):
        return False
    end = next((m for m in range(n, len(units)) if units[m].kind == "navigation" and is_related_heading(key(units[m].text))), len(units))
    return sum(u.kind == "date_line" for u in units[n:end]) <= 1  # one post's date (its comments' apart): no blog's front page of posts


def article_under(text: str, units: list[Unit], n: int) -> bool:
    """Whether an article follows unit `n`: a one-line headline, perhaps its date and image, then prose
    set apart by a blank line (not a teaser's snippet right under its date), and no other date (but its comments'),
    "Read more", section's label, link to all news nor two headlines in a row soon after it (a
    front page's lead story)."""
    m = n + 1
    while m < min(n + 4, len(units)) and (units[m].kind == "date_line" or (units[m].kind == "navigation" and is_kicker_word(key(units[m].text)))):
        m += 1  # a kicker or the date over the headline (`Uutinen` / `12.2.2019`)
    if m >= len(units) or units[m].kind != "block" or "\n" in units[m].text:
        return False
    m += m + 1 < len(units) and units[m + 1].kind == "date_line"
    m += m + 1 < len(units) and units[m + 1].kind == "image_alt"  # the lead image
    if m + 1 >= len(units) or units[m + 1].kind != "block" or not any(is_prose(line) for line in units[m + 1].text.split("\n")):
        return False
    after = units[m + 2 : m + 2 + HEADLINE_AFTER]
    after = after[: next((i for i, u in enumerate(after) if u.kind == "navigation" and is_comments(key(u.text))), len(after))]  # the comments' dates
    if text.count("\n", units[m].end, units[m + 1].start) < 2 or any(u.kind in ("date_line", "read_more") or is_listing_link(u) for u in after):
        return False
    return not any(is_heading_line(a) and is_heading_line(b) for a, b in zip(after, after[1:]))  # headlines listed under it


def is_kicker_word(k: str) -> bool:
    """A kind, a kicker or a section's label over a headline, by its key (`Uutinen`, `Tiedote`, `Uutiset`)."""
    return k in KICKERS or k in DATELINE_KINDS or k in SECTION_LABELS


def is_heading_line(unit: Unit) -> bool:
    """A one-line block that ends no sentence, or one wrapped (`is_wrapped`): a headline or a subheading."""
    return unit.kind == "block" and ("\n" not in unit.text or is_wrapped(unit.text)) and unit.text[-1] not in ".!?:"


def is_listing_link(unit: Unit) -> bool:
    """A listing's navigation under an item: another section's label or a link to all news (`Blogi`, `Kaikki uutiset`)."""
    return unit.kind == "navigation" and (key(unit.text) in SECTION_LABELS or key(unit.text).strip(" »›→") in ALL_NEWS)


def over_title(text: str, units: list[Unit], n: int, named: list[Unit]) -> bool:
    """Whether block `n`, the title not yet found, is furniture over it: a menu, a kicker or
    a trail over the headline, a menu's item, a box of dated items, a campaign's box, a kicker
    under the trail that ends at the headline, an update's note, a newsletter's or a membership's box, an author under their picture."""
    block = units[n].text
    return is_menu(block) or above_headline(text, units, n) or in_menu(text, units[n], named, 1) or is_dated_list(block) or (
        is_trail_to_headline(text, units, n) or among_menus(text, units, n, named) or is_prev_next_link(block)
        or in_blog_masthead(text, units, n) or over_stamp(text, units, n) or amid_links(text, units, n) or is_masthead_block(units, n)
        or in_blog_header(units, n) or is_document_title(units, n, named) or in_site_header(units, n) or is_byline_name(units, n)
        or is_author_over_date(text, units, n) or is_number_filter(block) or over_follow_link(units, n) or is_campaign(block)
        or over_trail_end(units, n, named) or is_update_note(block) or in_signup_box(text, units, n) or under_avatar(units, n)
        or in_newsroom_profile(units, n) or is_trail_block(units, n)
    )


def is_trail_block(units: list[Unit], n: int) -> bool:
    """Whether block `n` is a trail written a step a line under its home link (`Startsida` / `Fostran och
    utbildning` / `Högskolor`), its first step a link of the site's menu above, a block under it."""
    lines = units[n].text.split("\n")
    if n == 0 or key(units[n - 1].text) not in HOME_WORDS or not 2 <= len(lines) <= 4 or any(len(line.split()) > 4 or line.rstrip()[-1:] in ".!?:" for line in lines):
        return False
    menus = (u for u in units[max(n - MENU_LINK_REACH, 0) : n - 1] if u.kind == "navigation" or (u.kind == "block" and is_menu(u.text)))
    return n + 1 < len(units) and units[n + 1].kind == "block" and any(key(lines[0]) in menu_links(u.text) for u in menus)


def in_newsroom_profile(units: list[Unit], n: int) -> bool:
    """Whether block `n` of a line or two is a publisher's profile under its newsroom's header
    on a press service, its logo between or not (`Uutishuone: Laurea` / logo / `Laurea on …`):
    a sentence, not a release's headline."""
    above = next((u for u in reversed(units[max(n - 3, 0) : n]) if u.kind != "image_alt"), None)
    profile = units[n].text.count("\n") <= 1 and units[n].text.partition("\n")[0].rstrip()[-1:] in ".!"
    return profile and above is not None and above.kind == "navigation" and is_newsroom_header(above.text)


def over_trail_end(units: list[Unit], n: int, named: list[Unit]) -> bool:
    """Whether block `n`, a word or two on one line, stands between the trail (`named` last)
    that ends at the headline and that headline (`… / Hankkeet / Turvallinen kaupunki 2030`,
    `Hanke`, the headline): a kicker."""
    if not named or n + 1 >= len(units) or "\n" in units[n].text or len(units[n].text.split()) > 2:
        return False
    above, below = named[-1], units[n + 1]
    step = last_step(above.text.rpartition("\n")[2])
    return above.kind in ("navigation", "breadcrumb") and below.kind == "block" and key(step) == key(below.text.partition("\n")[0])


def over_follow_link(units: list[Unit], n: int) -> bool:
    """Whether block `n`, before the title, is a publication's name or tagline over its follow
    link, the headline under the link and the author's follow link under that (Medium's
    `Metropolia Design Lab` / `Stories from …` / `Follow`, then the headline, its deck, the
    author and `Follow`): at most one line of a block between."""
    for m in (n + 1, n + 2):
        if m >= len(units):
            return False
        if units[m].kind == "navigation" and key(units[m].text) in FOLLOW_LINKS:
            headline = units[m + 1] if m + 1 < len(units) else None
            if headline is None or headline.kind != "block" or "\n" in headline.text or key(headline.text).startswith("published in"):
                return False
            return any(u.kind == "navigation" and key(u.text) in FOLLOW_LINKS for u in units[m + 2 : m + 6])  # the author's follow link under it
        if units[m].kind != "block" or "\n" in units[m].text:
            return False
    return False


def is_number_filter(block: str) -> bool:
    """A filter's or a pager's links: a short label or none, then two lines or more of a number alone (`Näytä vuosi:` / `2013` / `2012`)."""
    lines = block.split("\n")
    numbers = sum(line.strip().isdecimal() and len(line.strip()) <= 4 for line in lines)
    return numbers >= 2 and numbers >= len(lines) - 1 and len(lines[0].split()) <= 3


def is_masthead_block(units: list[Unit], n: int) -> bool:
    """Whether block `n`, the page's first (within `HEADER_TOP`), is a blog's or a magazine's
    name and its tagline on two lines (`Field Notes` / `A lecturer's notebook on urban
    ecology`): a name of five words at most, a tagline of twelve that ends no sentence, then
    past navigation and images a headline with its text."""
    lines = units[n].text.split("\n")
    if len(lines) != 2 or n > HEADER_TOP or not is_name_and_tagline(lines, strict=False) or any(units[m].kind == "block" for m in range(n)):
        return False
    for m in range(n + 1, min(n + 1 + MASTHEAD_REACH, len(units))):
        if units[m].kind == "block":
            return headline_with_text(units, m)
        if units[m].kind not in ("navigation", "breadcrumb", "image_alt"):
            return False  # a date line between: a blog's date header, which dates the post under the name as before
    return False


def in_site_header(units: list[Unit], n: int) -> bool:
    """Whether block `n` is a site's name (the page's first block, within `HEADER_TOP`, or the
    next under the document's title), or a link or a kicker of the menu under it, over the
    story's headline (`site_story_at`)."""
    first = next((m for m in range(min(n, HEADER_TOP) + 1) if units[m].kind == "block"), None)
    if first is None or n > first + MENU_REACH + 1:
        return False  # (the headline stands within `MENU_REACH` of the name)
    if first < n and is_document_title(units, first, []):
        first = next((m for m in range(first + 1, n + 1) if units[m].kind == "block"), first)  # the name under the document's title
    if not is_name_and_tagline(units[first].text.split("\n")):
        return False
    head = site_story_at(units, first)
    return head is not None and n < head


def is_name_and_tagline(lines: list[str], strict: bool = True) -> bool:
    """A name of five words at most, perhaps a tagline of twelve under it that ends no
    sentence; when `strict`, a name with no number that ends no sentence either (a site's
    name over its menu: `3AMK Stories` over a blog's is a name all the same)."""
    name, tagline = lines[0], lines[1] if len(lines) == 2 else "-"
    if len(lines) > 2 or len(name.split()) > 5 or (strict and (any(c.isdigit() for c in name) or name.rstrip()[-1:] in ".!?:")):
        return False
    return len(tagline.split()) <= 12 and tagline.rstrip()[-1:] not in ".!:"


def site_story_at(units: list[Unit], n: int) -> int | None:
    """The index of the story's headline when the site's menu follows block `n` (three
    links or more, one of them known navigation or a news section's label, none a share
    button; a kicker among them or not), then a headline of four words or more (a date line
    or an image over it or not) with text soon under it, no list's first item: a newspaper's
    or a company's name over its story (`Vantaan Viikko`). None otherwise."""
    links, known = 0, False
    for m in range(n + 1, min(n + 1 + MENU_REACH, len(units))):
        unit = units[m]
        pictured = m + 1 < len(units) and units[m + 1].kind == "image_alt"  # a headline over its lead image
        if unit.kind in ("navigation", "breadcrumb") or (unit.kind == "block" and is_menu_item(unit.text) and not (texted_under(units, m) or pictured)):
            keys = [key(line) for line in unit.text.split("\n")]
            if any(k in SHARE_WORDS for k in keys):
                return None  # share buttons under a headline at the top
            links, known = links + len(keys), known or unit.kind != "block" or any(k in SECTION_LABELS for k in keys)
        elif unit.kind != "image_alt":
            head = story_head(units, m)
            if links < 3 or not known or head is None or len(units[head].text.split()) < 4:
                return None
            return None if item_run(units, head) is not None else head  # (not a listing's first item under its heading)
    return None


def is_byline_name(units: list[Unit], n: int) -> bool:
    """Whether one-line block `n` of five words at most, among the page's first (within
    `HEADER_TOP`), names the author or the publication of the post under it: it stands again
    within `MENU_REACH` units right over a follow link or right under `Published in` (Medium's
    `Laura Lukija`, then the headline, then `Laura Lukija` / `Follow`)."""
    line = units[n].text
    if n > HEADER_TOP or "\n" in line or len(line.split()) > 5:
        return False
    published_in = f"published in {key(line)}"
    for m in range(n + 2, min(n + 1 + MENU_REACH, len(units) - 1)):
        if units[m].text == line and (key(units[m + 1].text) in FOLLOW_LINKS or key(units[m - 1].text) == "published in"):
            return True
        k = key(units[m].text)
        if k.startswith(published_in) and k[len(published_in) : len(published_in) + 2] in ("", " ·", " |"):
            return True  # (`Published in 3AMK Stories · 5 min read · …` on one line)
    return False


def is_author_over_date(text: str, units: list[Unit], n: int) -> bool:
    """Whether one-line block `n` is an author's name (two to four capitalised words) right
    over a date line, no blank line between, with a longer headline and its text under
    them (`Anna Testaaja` / `27.8.2024`, then the headline): a byline over the title."""
    words = units[n].text.split()
    if "\n" in units[n].text or not 2 <= len(words) <= 4 or not all(w[0].isupper() and w.isalpha() for w in words):
        return False
    if n + 2 >= len(units) or units[n + 1].kind != "date_line" or text.count("\n", units[n].end, units[n + 1].start) != 1:
        return False
    head = story_head(units, n + 2)
    return head is not None and len(units[head].text.split()) > len(words)


def is_document_title(units: list[Unit], n: int, named: list[Unit]) -> bool:
    """Whether one-line block `n` is the document's title that a scraper wrote over the page,
    under navigation only (`Uutiset | Haaga-Helia`, `Headline – Metropolia`, `Metropolia - Headline`):
    a page's heading and the site's name, that heading standing alone further down (or, over
    a skip link, a headline of its words, a word apart: `alike`)."""
    line = units[n].text
    if n > MASTHEAD_REACH or "\n" in line or any(u.kind not in FURNITURE_KINDS for u in named):
        return False  # (the scraper writes it first; an archive's toolbar over it or not)
    last = max(line.rfind(mark) for mark in DOCUMENT_TITLE_MARKS)
    first = min((i for i in (line.find(mark) for mark in DOCUMENT_TITLE_MARKS) if i > 0), default=-1)
    parts = [(line[:last], line[last + 3 :]), (line[first + 3 :], line[:first])] if last > 0 else []
    parts += [(line[:first], line[first + 3 :])] if 0 < first < last else []  # a heading, then the site's name in two parts
    skipped = n == 0 and len(units) > 1 and key(units[1].text) in SKIP_LINKS  # a skip link right under it: the scraper wrote it over the page
    return any(names_a_site([w for w in site.split() if w not in MARK_WORDS]) and heads_below(units, n, heading.strip(), skipped) for heading, site in parts)


def heads_below(units: list[Unit], n: int, heading: str, loose: bool = False) -> bool:
    """Whether `heading` stands alone within `HEADING_BELOW` units below unit `n`: a block's
    first line, or after a label's colon (`Kuukausi: marraskuu 2017`); or, if `loose`, a headline
    of its words or theirs but one (`alike`: the document's title cut short or worded apart)."""
    words = heading_words(heading) if loose else set()
    for u in units[n + 1 : n + 1 + HEADING_BELOW]:
        if u.text == heading or u.text.startswith(heading + "\n") or u.text.endswith(": " + heading):
            return True
        line = u.text.partition("\n")[0]
        if u.kind == "block" and words and len(line) <= 2 * len(heading) and alike(words, heading_words(line)):
            return True
    return False


def alike(words: set[str], other: set[str]) -> bool:
    """Whether one heading's words hold all the other's but one at most, `TITLE_WORDS` shared
    at least (a title worded longer, cut short, or a word apart: `kampuspihan`, `kampukselle … pihan`)."""
    return len(words & other) >= TITLE_WORDS and min(len(words - other), len(other - words)) <= 1


def heading_words(line: str) -> set[str]:
    """A heading's words in lower case without their marks, small words (`for`, `ja`), a label
    before a colon (`Blogi:`) and a word cut short (`monenlaisi...`) left out."""
    words = line.split()
    if words and words[-1].endswith(("...", "…")):
        words.pop()
    return {w.strip(".,:;!?…\"'”“()-–—|").casefold() for w in words if not w.endswith(":")} - NAME_JOINS - {""}


def names_a_site(words: list[str]) -> bool:
    """Whether words may be a site's name after or before a document's title: `SITE_NAME_WORDS`
    at most, the first capitalised, and one at most of the others in lower case but small words
    and a school's (`Haaga-Helia University of Applied Sciences`, `Helsingin kaupunki`, not
    `Haaga-Helia mukana uudessa hankkeessa`)."""
    if not words or len(words) > SITE_NAME_WORDS or not any(c.isupper() or c.isdigit() for c in words[0]):
        return False  # (`eSignals`, `3AMK`)
    return sum(w[0].islower() and w not in NAME_JOINS and not w.endswith(SCHOOL_WORDS) for w in words) <= 1


def in_blog_header(units: list[Unit], n: int) -> bool:
    """Whether block `n` is a blog's name, tagline or menu item over its one post: one of the
    page's first two blocks (within `HEADER_TOP`) over its home link (within four units) (`Home`, `Etusivu`, `Hem`), or an item
    of the menu that link opens (`blog_post_at`)."""
    for home in range(max(n - BLOG_MENU_ITEMS, 0), min(n + 5, len(units))):
        if units[home].kind != "navigation" or key(units[home].text) not in HOME_WORDS:
            continue
        if home < n or (home <= HEADER_TOP and sum(units[m].kind == "block" for m in range(home)) <= 2):
            post = blog_post_at(units, home)
            if post is not None and n < post:
                return True
    return False


def blog_post_at(units: list[Unit], home: int) -> int | None:
    """Where a blog's one post begins (its date header or its headline, the text under it)
    under the menu that home link `home` opens: links of a word to four, one of them a blog's
    page (`About`, `Yhteystiedot`, `Om bloggen`); a line right over text is a headline, and
    one over a date line may be (`headline_over_date`). None when there is no such menu, or
    the page lists posts (a blog's front page)."""
    named = False
    for m in range(home + 1, min(home + 1 + BLOG_MENU_ITEMS, len(units))):
        unit = units[m]
        below = units[m + 1] if m + 1 < len(units) else None
        headed = texted_under(units, m) or (below is not None and below.kind == "date_line" and headline_over_date(units, m))
        headed = headed or units[m - 1].text.rsplit("\n", 1)[-1] == unit.text  # a page's heading under its trail's last crumb
        if unit.kind in ("navigation", "breadcrumb") or (unit.kind == "block" and is_menu_item(unit.text) and not headed):
            named = named or any(key(line) in BLOG_MENU for line in unit.text.split("\n"))
            continue
        if not named or (story_head(units, m) is None and not headline_with_text(units, m)):
            return None
        return None if lists_posts(units, m) else m
    return None


def story_head(units: list[Unit], m: int) -> int | None:
    """The index of a headline at unit `m` (a date line or an image over it or not) with text
    within `STORY_REACH` units under it (a byline, a date, a lead image between), or None."""
    head = next((h for h in range(m, min(m + HEADLINE_AFTER, len(units))) if units[h].kind not in ("date_line", "image_alt") and not (
        units[h].kind == "navigation" and key(units[h].text) in PRESS_LINKS)), None)  # a press service's link under its stamp
    if head is None or units[head].kind != "block" or not is_heading_line(units[head]):
        return None
    return head if any(u.kind == "block" and is_sentence(u.text) for u in units[head + 1 : head + 1 + STORY_REACH]) else None


def texted_under(units: list[Unit], m: int) -> bool:
    """Whether a block of text (a sentence or more: a lead, a deck) stands right under unit `m`."""
    below = units[m + 1] if m + 1 < len(units) else None
    return below is not None and below.kind == "block" and is_sentence(below.text)


def headline_over_date(units: list[Unit], m: int) -> bool:
    """Whether one-line block `m`, right over a date line, is a headline rather than a menu's
    last link: no blog's page (`About`), and as long as the line under the date or longer
    (`Joulukalenteri: …` / its date / `Anna Testaaja`, not `Julkaisut` / a date / a headline)."""
    under = units[m + 2] if m + 2 < len(units) else None
    longer_under = under is not None and under.kind == "block" and len(under.text.split()) > len(units[m].text.split())
    return key(units[m].text) not in BLOG_MENU and not longer_under


def lists_posts(units: list[Unit], m: int) -> bool:
    """Whether another post stands under the post that begins at unit `m`, within `LIST_REACH`
    units: a date line over a headline, or under one, with text under them (a blog's front page)."""
    while m < len(units) and units[m].kind in ("date_line", "image_alt"):
        m += 1
    for k in range(m + 2, min(m + 2 + LIST_REACH, len(units) - 1)):
        if units[k].kind == "date_line" and (
            (units[k + 1].kind == "block" and headline_with_text(units, k + 1)) or (is_heading_line(units[k - 1]) and is_prose(units[k + 1].text))
        ):
            return True
    return False


def amid_links(text: str, units: list[Unit], n: int) -> bool:
    """Whether block `n` is a menu's links of a word or two a line that touch its other
    links above and below (no blank line between: `Hankkeet` / `Yhteystiedot` amid the
    site's known links)."""
    if n == 0 or n + 1 >= len(units) or units[n - 1].kind != "navigation" or units[n + 1].kind != "navigation":
        return False
    if text.count("\n", units[n - 1].end, units[n].start) != 1 or text.count("\n", units[n].end, units[n + 1].start) != 1:
        return False
    return all(len(line.split()) <= 2 and line.rstrip()[-1:] not in ".!?:," for line in units[n].text.split("\n"))


def over_stamp(text: str, units: list[Unit], n: int) -> bool:
    """Whether one-line block `n` of five words at most is a release's kind or its publisher
    over a press release service's stamp (its kind between or not), the headline under that, the service's
    link between or not (`PRESS_LINKS`; `Tiedote`, then `5.3.2013 10:15:00 EET | …`, then the headline;
    `MedTech Oy` / `Press release` / `Wed, Jun 12, 2019 08:00 CET` / `Report this content` / the headline)."""
    m = n + 1 + (n + 1 < len(units) and key(units[n + 1].text) in RELEASE_KICKERS)
    h = m + 1 + (m + 1 < len(units) and key(units[m + 1].text) in PRESS_LINKS)
    if h >= len(units) or units[m].kind != "date_line" or units[h].kind != "block" or "\n" in units[n].text + units[h].text:
        return False
    stamp = units[m]
    if len(units[n].text.split()) > 5 or is_prose(units[h].text) or not may_be_stamp(text, stamp.start, stamp.end):
        return False
    written = read_date_line(text, stamp.start, stamp.end)
    return written is not None and written.offset is not None


def is_prev_next_link(block: str) -> bool:
    """A link to the previous or the next post over the headline (`« Hanke käynnistyi`,
    `Seuraava työpaja maaliskuussa »`): one line of ten words at most, a guillemet at its side."""
    return "\n" not in block and (block.startswith("« ") or block.endswith(" »")) and len(block.split()) <= 10 and block[-1] not in ".!?"


def in_blog_masthead(text: str, units: list[Unit], n: int) -> bool:
    """Whether block `n` is a blog's name or the tagline under it at the page's top (`Hankeblogi`
    / `Laurean ja yritysten yhteinen kehittämishanke`): the first blocks, a name of four words
    at most, a line of ten at most under it, then navigation or links to other posts and
    past them a headline with its text."""
    return any(is_blog_masthead(text, units, first) for first in (n, n - 1) if 0 <= first <= MASTHEAD_REACH) or is_blog_name_block(units, n)


def is_blog_name_block(units: list[Unit], n: int) -> bool:
    """Whether block `n`, the page's first, is a blog's name and tagline on two lines over the post's
    date and headline with its text (Blogger's `Exchange diaries` / `Notes from …`, then `Tuesday, 7 February 2017`)."""
    lines = units[n].text.split("\n")
    if len(lines) != 2 or len(lines[0].split()) > 4 or len(lines[1].split()) > 10 or lines[1].rstrip()[-1:] in ".!:,":
        return False
    return n + 1 < len(units) and units[n + 1].kind == "date_line" and not any(u.kind == "block" for u in units[:n]) and headline_with_text(units, n + 1)


def is_blog_masthead(text: str, units: list[Unit], first: int) -> bool:
    """Whether blocks `first` and the next are a blog's name and tagline (`in_blog_masthead`)."""
    if first + 1 >= len(units) or units[first].kind != "block" or units[first + 1].kind != "block" or any(u.kind == "block" for u in units[:first]):
        return False
    name, tagline = units[first].text, units[first + 1].text
    if "\n" in name or "\n" in tagline or len(name.split()) > 4 or len(tagline.split()) > 10 or tagline[-1] in ".!:,":
        return False
    if is_byline_name(units, first):
        return False  # an author's or a publication's name over the post's headline
    apart = False  # a link to another post or navigation between the tagline and the headline
    for m in range(first + 2, min(first + 2 + MENU_REACH, len(units))):
        if apart and units[m].kind == "block" and headline_with_text(units, m):
            return True
        apart = apart or units[m].kind != "block" or is_prev_next_link(units[m].text)
        if units[m].kind not in ("navigation", "breadcrumb") and not (units[m].kind == "block" and (is_prev_next_link(units[m].text) or is_menu_item(units[m].text))):
            return False
    return False


def among_menus(text: str, units: list[Unit], n: int, named: list[Unit]) -> bool:
    """Whether block `n` is a menu's items (`is_menu_item`; no archive's or search's heading) in the site's header: under two
    of its links or more, or right under one with another under it, with more of the menu under it (navigation, or such items), then
    the headline with the text soon under it, or a listing's first teaser (a filter's options over it), or its first item under a block glued to the menu."""
    glued = in_menu(text, units[n], named) and n + 1 < len(units) and units[n + 1].kind == "navigation"
    if not is_menu_item(units[n].text) or (menu_run(named) < 2 and not glued) or key(units[n].text).startswith(ARCHIVE_HEADINGS):
        return False  # under two of the menu's links, or right under one and over more (`Aktuellt` / `Om 3AMK` / `FI`)
    navigated, items = False, 0
    for m in range(n + 1, min(n + 1 + MENU_REACH, len(units))):
        unit = units[m]
        if (navigated or items >= 1) and (unit.kind == "teaser_title" or (unit.kind in ("block", "date_line", "image_alt") and headline_with_text(units, m)) or (glued and first_item(units, m))):
            return True
        if unit.kind not in ("navigation", "breadcrumb") and not (unit.kind == "block" and is_menu_item(unit.text)):
            return False
        navigated, items = navigated or unit.kind != "block", items + (unit.kind == "block")
    return False


def headline_with_text(units: list[Unit], m: int) -> bool:
    """Whether a headline stands at unit `m` (a date line or an image over it or not), the text soon under it."""
    while m < len(units) and units[m].kind in ("date_line", "image_alt"):
        m += 1
    if m >= len(units) or units[m].kind != "block" or is_prose(units[m].text):
        return False
    if not (is_heading_line(units[m]) or ends_abbreviation(units[m].text)):
        return False
    return any(u.kind == "block" and any(is_sentence(row) for row in u.text.split("\n")) for u in units[m + 1 : m + 4])


def first_item(units: list[Unit], m: int) -> bool:
    """Whether a listing's first item begins at unit `m`: its headline, or its date line over it, then items like it (`item_run`)."""
    m += units[m].kind == "date_line" and m + 1 < len(units)
    return units[m].kind == "block" and item_run(units, m) is not None


def is_menu_item(block: str) -> bool:
    """A block whose lines are each a word to four that end no sentence (a question may: `Mikä 3AMK?`)."""
    return all(len(line.split()) <= 4 and line.rstrip()[-1:] not in ".!:," for line in block.split("\n"))


def ends_abbreviation(line: str) -> bool:
    """Whether a one-line block ends with an abbreviation's full stop, no sentence's (`… in the U.S.`, `Nordic Hotels Ltd.`)."""
    last = line.rsplit(None, 1)[-1]
    return "\n" not in line and (last.casefold() in ABBREVIATIONS or (len(last) >= 4 and last[1] == "." and last[0].isupper()))


def is_archive_heading(units: list[Unit], n: int) -> bool:
    """Whether tag or credit line `n`, before the title, heads an archive of teasers (WordPress's
    `Category: Partnership`, `Kirjoittaja: Maija Meikäläinen`), the first right under it: the page's own heading."""
    below = next((u for u in units[n + 1 :] if u.kind not in ("navigation", "image_alt", "breadcrumb")), None)
    return key(units[n].text).startswith(ARCHIVE_LABELS) and below is not None and below.kind == "teaser_title"


def is_dated_list(block: str) -> bool:
    """A box of dated items (`Ajankohtaista hankkeesta`, then `12.2.2020 Hankkeen
    loppuseminaari`, `8.1.2020 Uusi opas julkaistu`): two lines or more begin with a date."""
    return sum(begins_with_date(line) for line in block.split("\n")) >= 2


def is_dateline(block: str) -> bool:
    """An event's time or a release's dateline over the headline, never the title: a line
    that begins with a date, a weekday or a kicker before it or not (`La 8.2.2020 klo
    10–14`, `Tiedote 12.3.2019 klo 10.00`)."""
    first, _, rest = block.partition(" ")
    return "\n" not in block and is_date_heading(rest if first.casefold() in DATELINE_KINDS else block)


def named_after_title(text: str, unit: Unit, title: str, named: list[Unit]) -> str:
    """The kind of a block below the title (`title` its key; "" when the page has none)."""
    if is_appeal(unit.text) or is_campaign(unit.text):
        return "appeal"
    if len(unit.text) <= 2 * len(title) + 8 and key(unit.text) == title:
        return "repeated_title"
    if (is_menu(unit.text) and not after_colon(text, unit, named)) or in_menu(text, unit, named):
        return "navigation"
    if after_title(named) and "\n" not in unit.text and text[unit.end - 1] not in ".!?:":
        return "subtitle"
    return "paragraph"


def above_headline(text: str, units: list[Unit], n: int) -> bool:
    """Whether block `n`, before the title, stands over the headline rather than being it:
    a menu of two lines or more of a word or two each (`Hakijalle` / `Opiskelijalle`), two
    one-word links on a line (`Opiskelijalle | Henkilöstölle`), a kicker (`Tiedote`, `Press
    release`, `RESEARCH`, a section's path, a category under the date), a magazine's issue (`LbD-lehti 2/2019`) or a theme,
    under it perhaps a line more — when the next block, furniture aside and within
    `HEADLINE_AFTER` units, is a headline: one short line that ends no sentence (a question
    may). Else the block is the title, as it was."""
    lines = units[n].text.split("\n")
    words = [line.split() for line in lines]
    menu = len(lines) >= 2 and all(len(w) <= 2 and line.rstrip()[-1:] not in ".!?:," for w, line in zip(words, lines))
    pair = len(lines) == 1 and len(words[0]) == 3 and words[0][1] == "|"
    path = is_section_path(lines)
    kicker = len(lines) <= 2 and (key(lines[0]) in OVER_HEADLINE or is_masthead(key(lines[0])) or is_tagline(text, units, n, lines)) or in_capitals(lines) or path or (
        is_dated_kicker(text, units, n) or category_under_date(text, units, n) or names_news_section(units, n))
    if not (menu or pair or kicker or is_theme(lines) or names_menu_link(text, units, n)) or (key(lines[0]) in SECTION_KICKERS and heads_dated_items(text, units, n)) or (path and heads_dates(units, n)):
        return False
    kind = key(lines[0]) in KICKERS and key(lines[0]) not in SECTION_KICKERS  # a text's kind (`Kolumni`, `Pressmeddelande`): over its date too
    after = block_under(text, units, n, past_dates=kind)
    after = split_title(after)[1] if after is not None and "\n" in after.text and after.start == units[n + 1].start else after  # a headline and its deck in one block right under it
    if after is None or after.kind != "block" or ("\n" in after.text and not is_wrapped(after.text)):
        return False
    if key(lines[0]) in SITE_SECTIONS and not names_a_page(text, units, n, after):
        return False  # a hub's search box, filter, tab or list's heading (`Hae hanketta`, `Käynnissä`, `Quick links`)
    if not _LETTER.search(after.text) or (is_theme(lines) and looks_like_date(after.text, 0, len(after.text))) or (path and len(after.text.split()) < 3):
        return False  # no headline: an issue's number (`2/2019`), a theme over its issue's date, a year's month (`Uutiset 2012` / `Joulukuu`)
    if not kind and is_dated_kicker(text, units, n) and (len(after.text.split()) <= len(lines[0].split()) or text.count("\n", units[n + 1].end, after.start) < 2):
        return False  # a title and its date over a deck or a caption; a text's kind is none (`Nyhet`)
    return not is_prose(after.text) and after.text[-1] not in ".:;,"  # a question may be a headline


NEWS_SECTION_ENDS = frozenset({"news", "uutiset", "nyheter", "stories", "tarinat", "blog", "blogi", "calendar", "kalenteri", "events", "tapahtumat"})


def names_news_section(units: list[Unit], n: int) -> bool:
    """Whether one-line block `n` of two or three words names a site's news section (`Campus News`,
    `Events Calendar`, `Metropolian uutiset`) over one story's headline: one date line under it
    within `LIST_REACH` units up to the heading of other stories, not a listing's dates."""
    words = key(units[n].text).split()
    if "\n" in units[n].text or not 2 <= len(words) <= 3 or words[-1] not in NEWS_SECTION_ENDS:
        return False
    dates = 0
    for unit in units[n + 1 : n + LIST_REACH]:
        heading = unit.kind in ("block", "navigation") and "\n" not in unit.text and len(unit.text.split()) <= 3
        if heading and (is_related_heading(key(unit.text)) or key(unit.text).rpartition(" ")[2] in NEWS_SECTION_ENDS):
            break  # the site's other stories under their heading (`Recent Campus News`)
        dates += unit.kind == "date_line"
    return dates == 1


def names_menu_link(text: str, units: list[Unit], n: int) -> bool:
    """Whether one-line block `n` of a word to three is a category's kicker over a headline two
    words longer or more with its text: a link of the site's menu above it (`Työelämä` in
    `Uutiset   Talous   Työelämä`), or a story's category (`Tutkimus`, `Tarina`) over a dated
    story; not a section's page under its own link (`Tutkimus`), nor a short headline under its category."""
    line = units[n].text
    if "\n" in line or len(line.split()) > 3 or (n and key(units[n - 1].text.rsplit("\n", 1)[-1]) == key(line)):
        return False  # (a page's heading under its trail's last crumb)
    after = block_under(text, units, n)
    head = None if after is None or len(after.text.split()) < len(line.split()) + 2 else story_head(units, units.index(after, n))
    if head is None:
        return False
    if key(line) in CATEGORY_KICKERS and any(u.kind == "date_line" for u in units[head + 1 : head + 1 + STORY_REACH]):
        return True
    menus = (u for u in units[max(n - MENU_LINK_REACH, 0) : n] if u.kind == "navigation" or (u.kind == "block" and (is_menu(u.text) or is_menu_item(u.text))))
    return any(key(line) in menu_links(u.text) for u in menus)  # (a short block over the title is the menu's)


def is_section_path(lines: list[str]) -> bool:
    """A kicker of a section's path or year on one line: two or three steps of a word or two
    each, capitalised, no number, parted by slashes (`Artikkelit / Turvallisuus`); or a news
    section's label and a year (`Uutiset 2010`)."""
    if len(lines) != 1:
        return False
    steps = lines[0].split(" / ")
    if len(steps) in (2, 3):
        return all(step[:1].isupper() and len(step.split()) <= 2 and not any(c.isdigit() for c in step) for step in steps)
    return is_section_year(lines[0])


def in_capitals(lines: list[str]) -> bool:
    """A kicker in capitals: one line of a word or two (`RESEARCH`, `HANKE`)."""
    return len(lines) == 1 and len(lines[0].split()) <= 2 and lines[0].isupper() and _LETTER.search(lines[0]) is not None


def is_dated_kicker(text: str, units: list[Unit], n: int) -> bool:
    """Whether block `n` is a section's kicker with a date line right under it (`Tutkimus` /
    `12.3.2020`): a word, or up to three that the site's menu or trail above names
    (`Sosiaali- ja terveysala`), a blog's or a magazine's name, or any over a release's kind and date, no number nor sentence;
    a kicker when a longer headline follows."""
    line, below = units[n].text, units[n + 1] if n + 1 < len(units) else None
    if below is None or below.kind != "date_line":
        return False
    released = key(below.text).startswith(RELEASE_OPENINGS)  # over a release's kind and date (`Hankeuutinen 28.5.2019`), two blank lines between or fewer
    if text.count("\n", units[n].end, below.start) > (3 if released else 1):
        return False
    words = line.split()
    if "\n" in line or len(line) > KICKER_CHARS or len(words) > 3 or line[-1] in ".!?:," or any(c.isdigit() for c in line):
        return False
    k = key(line)
    if len(words) == 1 or released or k.endswith(MAGAZINE_ENDINGS):  # (a blog's name: `Tekniikan blogi`)
        return True
    return any(u.kind in ("navigation", "breadcrumb") and k in key(u.text) for u in units[max(n - LIST_REACH, 0) : n])


def is_tagline(text: str, units: list[Unit], n: int, lines: list[str]) -> bool:
    """Whether block `n` (its `lines`) is a magazine's name and tagline, or a paper's name under its masthead."""
    return (len(lines) == 2 and key(lines[1]).endswith(MAGAZINE_ENDINGS) and len(lines[1].split()) <= 5) or (
        len(lines[0].split()) <= 2 and key(lines[0]).endswith(("lehti", "tidning")) and under_masthead(text, units, n)
    )


def category_under_date(text: str, units: list[Unit], n: int) -> bool:
    """Whether block `n` is a story's category (`Research`) right under its date line (`December 5, 2023 · 5 min read`)."""
    return n > 0 and units[n - 1].kind == "date_line" and key(units[n].text) in CATEGORY_KICKERS and text.count("\n", units[n - 1].end, units[n].start) <= 3


def under_masthead(text: str, units: list[Unit], n: int) -> bool:
    """Whether block `n` stands right under a magazine's name (no blank line between: `UAS
    Journal`, then its tagline `Ammattikorkeakoulujen verkkolehti`)."""
    above = units[n - 1] if n else None
    return above is not None and above.kind == "navigation" and is_site_name(key(above.text)) and text.count("\n", above.end, units[n].start) == 1


def block_under(text: str, units: list[Unit], n: int, past_dates: bool = False) -> Unit | None:
    """The first unit under block `n`, within `HEADLINE_AFTER`, that is no furniture nor a
    date line touching (no blank line between) the unit above it or the one under it (a
    release's dateline under its kind, `Tiedote` / `12.3.2019 klo 10.00`; SharePoint's
    `Julkaistu 5.3.2018` right over the headline) nor a release's kind and date (`Tiedote
    12.3.2019 klo 10.00`) or a section's name and date (`News 14.11.2019`), nor a date's time
    under it (`klo 10.00`), nor with `past_dates` any date line (under a text's kind); None when there is none."""
    for m in range(n + 1, min(n + 1 + HEADLINE_AFTER, len(units))):
        unit = units[m]
        if unit.kind == "date_line":
            touching = text.count("\n", units[m - 1].end, unit.start) == 1 or (
                m + 1 < len(units) and text.count("\n", unit.end, units[m + 1].start) == 1
            )
            if not touching and not past_dates and not key(unit.text).startswith(DATED_OPENINGS):
                return unit
        elif unit.kind not in ("image_alt", "navigation", "breadcrumb", "news_title") and not time_under_date(text, units, m):
            return unit
    return None


def is_trail_to_headline(text: str, units: list[Unit], n: int) -> bool:
    """Whether one-line block `n` is a trail whose last step begins the headline under it
    (`Projects > SkillPath`, then `SkillPath – work-life project`): the page's place."""
    line = units[n].text
    if "\n" in line or not any(mark in line for mark in TRAIL_MARKS):
        return False
    step = last_step(line)
    if not step[:1].isupper():
        return False  # a page's name begins with a capital: `Opiskelija kysyy / rehtori vastaa` is a headline
    last, after = step.casefold(), block_under(text, units, n)
    if not last or after is None or after.kind != "block" or "\n" in after.text or is_prose(after.text) or after.text[-1] in ".:;,":
        return False  # no headline under it: a lead's sentence under a heading with a slash (`Kesätyö / harjoittelu`)
    if not any(mark in line for mark in TRAIL_MARKS[:3]) and ("?" in line or "!" in line or len(after.text.split()) > len(step.split()) + 4):
        return False  # ` / ` alone may part a headline and its deck (`Why Haaga-Helia? / Students answer`, `Work and study / Finding …`)
    return after.text.casefold().startswith(last) and len(after.text) > len(last)


def heads_dated_items(text: str, units: list[Unit], n: int) -> bool:
    """Whether block `n` stands over items each under its date line (`12.3.2019`, then the
    item's one-line title right under it): two such pairs, the first first, before any
    heading of related news. A listing (`Tapahtumat` over its dated events), no kicker."""
    pairs = 0
    for m in range(n + 1, min(n + LIST_REACH, len(units) - 1)):
        unit, below = units[m], units[m + 1]
        if unit.kind == "navigation" and is_related_heading(key(unit.text)):
            break
        if unit.kind == "date_line":
            if below.kind == "block" and "\n" not in below.text and text.count("\n", unit.end, below.start) == 1:
                pairs += 1
            elif pairs == 0:
                return False
        elif unit.kind == "block" and pairs == 0:
            return False
    return pairs >= 2


def heads_dates(units: list[Unit], n: int) -> bool:
    """Whether two date lines or more stand under block `n` within `LIST_REACH`, above any heading of related news: a list's."""
    below = units[n + 1 : n + LIST_REACH]
    related = next((m for m, u in enumerate(below) if u.kind == "navigation" and is_related_heading(key(u.text))), len(below))
    return sum(u.kind == "date_line" for u in below[:related]) >= 2


def names_a_page(text: str, units: list[Unit], n: int, after: Unit) -> bool:
    """Whether one-line block `after`, under a site's section (block `n`: `Hankkeet`), may be
    a page's headline: no search or filter label (`Hae hanketta`), nor a heading of the
    section's items that names them (`Our projects in numbers`), and the page's text under
    it (a date or a period, or a block whose first line is a sentence), not a list of links or tabs."""
    k, section = key(after.text), key(units[n].text)
    if k.startswith(HUB_VERBS) or (section in PROJECT_SECTIONS and section in k.split()):
        return False
    at = next(m for m in range(n + 1, len(units)) if units[m] is after)  # within HEADLINE_AFTER of `n` (`block_under`)
    if any(unit.kind == "navigation" for unit in units[n + 1 : at]) or is_card(text, units, at):
        return False  # a hub's box under its label (`News`), or a featured item's card
    below = next((u for u in units[at + 1 : at + 1 + HEADLINE_AFTER] if u.kind not in ("image_alt", "navigation", "breadcrumb")), None)
    if below is None:
        return False
    first = below.text.split("\n", 1)[0].rstrip()
    dated = below.kind in ("date_line", "date_label") or looks_like_date(first, 0, len(first))  # a period: `1.1.2019–31.12.2021`
    return dated or len(first) > 150 or (len(first.split()) >= 5 and first[-1] in ".!?")


def is_card(text: str, units: list[Unit], at: int) -> bool:
    """Whether headline `at` heads a card: its date line, then one line of snippet, each
    right under the other (no blank line between), then a blank line."""
    card = units[at : at + 3]
    if [u.kind for u in card] != ["block", "date_line", "block"] or "\n" in card[2].text:
        return False
    end = units[at + 3].start if at + 3 < len(units) else len(text)
    return text.count("\n", card[0].end, card[2].start) == 2 and text.count("\n", card[2].end, end) != 1


def is_theme(lines: list[str]) -> bool:
    """A theme's or series' label over a headline (`Theme: Working life`, `Teema: Työelämä`)."""
    label, colon, _ = lines[0].partition(":")
    return len(lines) == 1 and bool(colon) and key(label) in THEME_LABELS


def after_colon(text: str, unit: Unit, named: list[Unit]) -> bool:
    """Whether block `unit` comes right after a paragraph ending in a colon (a blank line
    between or not): a list without marks (`Haaga-Helia` / `Laurea` / `Metropolia`), not a menu."""
    above = named[-1] if named else None
    return above is not None and above.kind == "paragraph" and above.text[-1] == ":" and text.count("\n", above.end, unit.start) <= 2


def in_menu(text: str, unit: Unit, named: list[Unit], most: int = 4) -> bool:
    """Whether a one-line block of a word to `most`, no sentence, goes on the navigation
    right above it (no blank line between): a menu's item after the site's name or a
    section's label in it (above the title, of one word: `Yhteystiedot`); or a block of
    such lines of a word or two each (`Events` / `Contact` under the menu's `News`)."""
    above = named[-1] if named else None
    if above is None or above.kind != "navigation" or text.count("\n", above.end, unit.start) > 1:
        return False
    lines = unit.text.split("\n")
    if len(lines) > 1:
        return all(len(line.split()) <= 2 and line[-1] not in ".!?:," for line in lines)
    return len(unit.text.split()) <= most and unit.text[-1] not in ".!?:,"


def menu_run(named: list[Unit]) -> int:
    """How many one-line navigation units of a word to four end `named`, up to three: a
    menu's items (`Koulutus` / `Yrityksille`), blank lines between or not."""
    n = len(named)
    while n > max(len(named) - 3, 0) and named[n - 1].kind == "navigation" and "\n" not in named[n - 1].text and len(named[n - 1].text.split()) <= 4:
        n -= 1
    return len(named) - n


def after_title(named: list[Unit]) -> bool:
    """Whether the title is the last unit named, images (an emoji in its line) aside."""
    return next((u.kind for u in reversed(named) if u.kind != "image_alt"), None) == "title"


def related_titles(units: list[Unit]) -> list[Unit]:
    """Step 7: below a heading of related news (`Muita uutisia`) after the title, the text
    units are the other items' titles, navigation, up to one with a line of prose (the
    article going on); below a heading of comments (`Kommentit`), they are comments, up to
    the next heading of related news. A count of comments over the post's text (`5 Comments`
    in its meta line) heads nothing."""
    out, related, comments, titled, said = [], False, False, False, False
    for unit in units:
        if unit.kind == "navigation" and titled and heads_related(unit, said):
            related, comments = True, is_comments_heading(key(unit.text))
        elif comments and unit.kind in ("paragraph", "subtitle", "list_item"):
            unit = Unit("comment", unit.text, unit.start, unit.end)
        elif related and unit.kind in ("paragraph", "subtitle", "list_item"):
            related = not any(is_prose(line) for line in unit.text.split("\n"))
            unit = Unit("navigation", unit.text, unit.start, unit.end) if related else unit
        said = said or (titled and says(unit))
        titled = titled or unit.kind == "title"
        out.append(unit)
    return out


def is_appeal(block: str) -> bool:
    """Metropolia's fundraising appeal: a short block that begins "Lahjoita" or points at
    the donation page."""
    return len(block) <= 400 and (block[:8].casefold() == "lahjoita" or "/lahjoita" in block.casefold())


def is_campaign(block: str) -> bool:
    """A campaign's box: a heading and a line or two, the last a button to join (`Liity
    jäseneksi ja vaikuta!` / … / `Liity nyt`, `Become a member` / … / `Join now`; not `Join forces`)."""
    lines = block.split("\n")
    last = key(lines[-1])
    return 2 <= len(lines) <= 4 and len(block) <= CAMPAIGN_LONGEST and last.rstrip(" »›→!") in CALL_BUTTONS


def in_signup_box(text: str, units: list[Unit], n: int) -> bool:
    """Whether block `n` is part of a newsletter's or a membership's box over the article: short blocks and links
    up to its e-mail field (`Sähköpostiosoite`, or `Email` over `Subscribe`) or its button to join (`Liity nyt`,
    alone or closing a block) under it, within `BOX_REACH` units; or that button under the box's text. The article
    must follow the box (`after_box`): a newsletter's own page has its form under its heading too."""
    k = key(units[n].text).rstrip(" »›→!")
    if k in CALL_BUTTONS and n > 0 and units[n - 1].kind in ("block", "paragraph") and len(units[n - 1].text) <= CAMPAIGN_LONGEST:
        return after_box(text, units, n, True)
    for m in range(n, min(n + BOX_REACH, len(units))):
        unit = units[m]
        if unit.kind not in ("block", "navigation") or len(unit.text) > CAMPAIGN_LONGEST or unit.text.count("\n") > 3:
            return False
        k = key(unit.text.rsplit("\n", 1)[-1]).rstrip(" »›→!")
        subscribed = k in MAIL_FIELDS and m + 1 < len(units) and key(units[m + 1].text) in SUBSCRIBE_BUTTONS
        if (m > n and k in CALL_BUTTONS) or k in ADDRESS_FIELDS or subscribed:
            return after_box(text, units, m + subscribed, k in CALL_BUTTONS)  # (a page's own heading may say `Liity jäseneksi`)
    return False


def after_box(text: str, units: list[Unit], end: int, dated: bool = False) -> bool:
    """Whether an article follows a box whose field or button is unit `end`: past the rest of its form and a trail's
    steps (links, `is_form_or_step`), a trail, or a headline over its text (its kicker or date over it or not); a date
    among its first lines too under a button to join (`dated`), as a membership page's own sections have none."""
    e = end + 1
    while e < min(end + 1 + 2 * BOX_REACH, len(units)) and (units[e].kind == "navigation" or is_form_or_step(units[e])):
        e += 1
    if e < len(units) and units[e].kind == "breadcrumb":
        return True
    return article_under(text, units, e - 1) and (not dated or any(u.kind == "date_line" for u in units[e : e + 3]))


def under_avatar(units: list[Unit], n: int) -> bool:
    """Whether block `n` is an author's name under the picture that its alt text names alike, over the post's date
    (a link between or not): a blog's byline (`Anna Testaaja` / `Follow` / `Nov 12, 2018 · 6 min read`), no profile's heading."""
    above = units[n - 1] if n else None
    if above is None or above.kind != "image_alt" or "\n" in units[n].text or len(units[n].text.split()) > 4 or key(above.text) != key(units[n].text):
        return False
    return next((u.kind for u in units[n + 1 : n + 3] if u.kind != "navigation"), None) == "date_line"


def is_form_or_step(unit: Unit) -> bool:
    """Whether a block is a form's fields (`Etunimi` / `Sukunimi` / …) or a trail's step of a word or two (`Current`)."""
    return unit.kind == "block" and (len(unit.text.split()) <= 2 or ("\n" in unit.text and is_menu_item(unit.text)))


def is_update_note(block: str) -> bool:
    """An update's note over the article, a line of its own: an update's word and a date before a colon, then what changed
    (`Päivitetty 20.9.2018: Lisätty linkki …`, `Update 7.3.2019: Korjattu aika.`); no headline (`Update 16 March 2020: Metropolia moves …`)."""
    head, colon, rest = block[:UPDATE_HEAD].partition(": ")
    words = head.split()
    first = words[0].casefold() if words else ""
    return "\n" not in block and bool(colon and rest) and first in UPDATE_WORDS and looks_like_date(head, len(first), len(head)) and (
        first in UPDATED_WORDS or block.rstrip()[-1:] == "."  # a noun (`Update`) opens a headline too, unless a sentence follows
    )


def is_menu(block: str) -> bool:
    """A menu: three lines or more of a word to four each (`Tutkimus, kehitys ja
    innovaatiot`), none ending a sentence (one question may: `Mikä 3AMK?`) nor a label and its value (`Laurea: 10.–21.8.2020`);
    not partners under their heading (`Toteuttajat`), nor dated items (`Metropolia palkittiin 5.3.2019`)."""
    lines = block.splitlines()
    return len(lines) >= 3 and len(block) <= 60 * len(lines) and key(lines[0]) not in LIST_HEADINGS and all(
        len(line.split()) <= MENU_ITEM_WORDS and line.rstrip()[-1:] not in ".!:," and ": " not in line and "\t" not in line for line in lines
    ) and sum(line.rstrip()[-1:] == "?" for line in lines) <= 1 and not any(looks_like_date(line, 0, len(line)) for line in lines)


def find_project_list(units: list[Unit], list_events: list[int | None]) -> tuple[tuple[Unit, ...], int | None]:
    """Step 8: the list items that follow a paragraph speaking of projects ("The seven
    development projects are:", "Kehittämishankkeet:"), and the count it declares, or
    else the count the nearest paragraph before it declares. Any line but a list item
    (or a lone broken tag) ends the list."""
    at = {u.start: n for n, u in enumerate(units) if u.kind == "list_item"}
    items, declared, listing = [], None, False
    counts = Counts(units)
    for start in list_events:
        index = None if start is None else at.get(start)  # (an item under related news is none)
        if index is None:
            listing = False
            continue
        intro = units[index - 1] if index else None
        if intro is not None and intro.kind == "paragraph" and _PROJECTS.search(intro.text, last_sentence(intro.text)):
            declared, listing = counts.before(index), True
        if listing:
            items.append(units[index])
    return tuple(items), declared


def last_sentence(text: str) -> int:
    """Where the last sentence of a paragraph begins: what introduces a list is said there
    (`… jatkuvat ensi vuonna. Kevään juhlassa palkittiin kolme opiskelijaa:` lists no
    projects). A sentence begins with a capital letter, a number or a quotation mark:
    `mm. seuraavat:` goes on."""
    last = 0
    for end in _SENTENCE_END.finditer(text):
        last = end.end()
    return last


class Counts:
    """The project counts the paragraphs of a page declare, each paragraph read once (in
    page order, as far as asked), so that many lists on a page cost no more than one."""

    def __init__(self, units: list[Unit]):
        self.units, self.read, self.latest = units, 0, []

    def before(self, index: int) -> int | None:
        """The count of the nearest paragraph before unit `index` that declares one."""
        while self.read < index:
            unit = self.units[self.read]
            count = declared_count(unit.text) if unit.kind == "paragraph" else None
            self.latest.append(count if count is not None else (self.latest[-1] if self.latest else None))
            self.read += 1
        return self.latest[index - 1] if index else None


def declared_count(text: str) -> int | None:
    """The number of projects a sentence announces ("The seven development projects",
    "seitsemän kehityshanketta", "the three universities run seven projects"): the number
    nearest the word for projects that ends a run of words, a year ("In 2016") aside.
    Each character is looked at a bounded number of times; a text without a word for
    projects (most paragraphs) is read once."""
    if _PROJECTS.search(text) is None:  # a word for projects in a clause is one in the whole text too
        return None
    for clause in _CLAUSE.finditer(text):
        last = None
        for last in _PROJECTS.finditer(text, clause.start(), clause.end()):
            pass
        number = None
        for found in _NUMBER.finditer(text, clause.start(), last.start()) if last else ():
            if _YEAR.fullmatch(found[0]) is None:
                number = found
        if number and number.lastindex > 1:
            return _NUMBER_WORDS[_COUNT_WORDS[number.lastindex - 2]]
        if number:
            return int(number[1]) if len(number[1]) <= MAX_COUNT_DIGITS else None
    return None


def lead_image(lines: list[Line], units: list[Unit], sightings: list[NewsSighting]) -> Image | None:
    """The page's first image, when nothing was read before it."""
    first = next((line.images[0] for line in lines if line.images), None)
    if first is None or any(records and records[0].start < first.start for records in (units, sightings)):
        return None
    return first


def partition(text: str, spans: list[Span]) -> list[Span]:
    """Step 9: sort the read spans and fill the gaps between them with `whitespace` or
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


def check_page(page: Page) -> list[Finding]:
    """Findings about the page as a whole: no title (or only navigation where it would
    be), an article without a publication date, a count that does not add up, a layout
    not recognised."""
    findings = []
    if page.first("title") is None:
        if any(u.kind in ("navigation", "breadcrumb", "tab_label") for u in page.units):
            findings.append(Finding("warning", "navigation_title", "only navigation stands where the title would be; the page has no title"))
        else:
            findings.append(Finding("error", "missing_title", "the page has no title line"))
    if page.is_error_page():
        title = page.first("title")
        findings.append(Finding("warning", "error_page", f"the page is an error or log-in page ({title.text!r}), no article", title.start, title.end))
    if page.is_article() and page.date("published") is None:
        modified = page.date("modified")
        besides = f"; it was modified {modified.day.isoformat()}" if modified else ""
        findings.append(Finding("warning", "no_date", f"the article shows no publication date{besides}"))
    listed, declared = len(page.project_list), page.declared_projects
    if listed and declared is not None and declared != listed:
        first, last = page.project_list[0], page.project_list[-1]
        message = f"the page declares {declared} projects but lists {listed}"
        findings.append(Finding("warning", "declared_count_mismatch", message, first.start, last.end))
    if page.layout == "unknown" and page.units:
        findings.append(Finding("info", "unknown_layout", "the page's layout is none the reader knows; slashed dates stay undecided"))
    markup = [u for u in page.units if u.kind == "markup"]
    if markup:
        message = f"{len(markup)} line(s) of HTML markup or code are no text (the first: {markup[0].text[:60]!r}): the page was scraped with its source"
        findings.append(Finding("warning", "markup", message, markup[0].start, markup[0].end))
    return findings
