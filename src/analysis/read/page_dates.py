"""Which date on a page is which: published, modified or a listing item's.

A date line inside a teaser is that teaser's. Otherwise a date line is the page's own only
where sites put it: the first date line under the title before the text begins, or, with a
label that says which it is (`Modified`, `Julkaistu`, on its line or alone on the line
above), at the article's end. Any other date line is kept as a unit and dated nothing: a
date in the text, one under an event's heading (`Aika`, `When`) or under a heading of
related news is another's, and so is the first of a list of dated items. The day order of slashed dates
comes from the layout (`layouts.SLASH_ORDER`); what cannot be decided is a finding.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time

from ..paths import LOCAL_ZONE
from .dates import EVENT_SECTIONS, READING_LABELS, SECTION_DATE_LABELS, WEEKDAYS, WrittenDate, is_signing_place, named_days, is_time_alone, names_a_campus, names_an_event, read_date_line, resolve, update_after, update_before
from .furniture import (
    FEATURE_HEADINGS, NAME_JOINS, AUTHOR_WORDS, BLOG_MENU, BLOG_MENU_ITEMS, CALLS, CATEGORY_KICKERS, FOLLOW_LINKS, COMPOUND_TAILS, CREDIT_WORDS, ITEM_STEMS, LISTING_HEADINGS, NEWS_LABELS, ORGANISATION_ENDINGS, PRESS_LINKS, READING_TIME, EMBARGO_NOTICES, RELEASE_KICKERS, HOME_WORDS, RELEASE_OPENINGS, ROOM_WORDS,
    SECTION_LABELS, KICKERS, SECTION_KICKERS, date_label_role, is_address, is_comment_count, is_related_heading, is_section_year, key, lists_items,
)
from .images import OPEN_IMG
from .layouts import SLASH_ORDER
from .lines import is_prose, is_sentence
from .records import Finding, NewsSighting, PageDate, Unit, title_index
from .teasers import Teaser, item_run

# A line that opens with a time of day: `klo 10–14`, `10.00–14.00`, `10 am – 2 pm` (bounded: no backtracking).
_TIME_FIRST = re.compile(
    r"(?:(?:klo|kello|kl\.)\s?\d{1,2}(?:[.:]\d{2})?|(?:at\s)?\d{1,2}[.:]\d{2}|\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b)(?!\d|[.:]\d)",
    re.IGNORECASE,
)
_MINUTES = re.compile(r"\d ?min")  # a reading time after a date: `· 4 min read`
CATEGORY_WORDS = ("in ", "i ", "kategoriassa ")  # a category after a labelled date
AUTHOR_BOX = 4  # units: the most of an author's box under its label (a picture, a name, a title, an organisation)
AUTHOR_LINE = 120  # characters: the longest unit of an author's box
OVER_GAP = 7  # newlines: the most between a date over the title and the title (six blank lines, as the seed page has)
TRAIL_REACH = 8  # units: how far up the navigation over a date is looked at for an event section
PAGE_LABELS = ("sivu ", "sivua ", "page ", "sidan ")  # a date's label that names the page (`Sivu julkaistu …`): its own under other items too
CALL_WORDS = ("tervetuloa", "welcome", "välkommen", "viimeistään", "deadline", "ilmoittau", "hae ", "apply", "register", "sista ")
ITEM_REACH = 5  # units: how far under the title's date the next item's title and date are looked for
LIST_REACH = 40  # units: how far dated items are looked for (under a section's word, below a date of an item's shape)
PHOTO_CREDITS = ("kuva", "photo", "foto", "bild", "image", "valokuva")  # how a photo's credit begins
BYLINES = ("kirjoittaja", "teksti", "text:", "author", "written by", "författare", "by ")  # how a byline begins
TEXT_REACH = 12  # units: how far under the title's date the article's text must begin
BYLINE_REACH = 8  # units: how far under an author's name its follow link, reading time and date may stand
END_REACH = 8  # units: how near the page's end a date under a byline must stand to end the article
BODY_KINDS = frozenset({"paragraph", "list_item", "news_title", "teaser_title", "teaser_text"})
_WORD = re.compile(r"\w+")
WEEKDAY_NAMES = frozenset(WEEKDAYS.split("|"))
NAMED_REACH = 20_000  # characters: how far up a date closing the text is looked for in the text (an event's it names)
TEASER_UNITS = 6  # the most lines or units of a featured story's teaser under its box heading, its read-more link last
TEXT_KINDS = RELEASE_KICKERS | (KICKERS - SECTION_KICKERS - EVENT_SECTIONS)  # a text's kind under its date (`Tiedote`, `Kannanotto`), no event's
DATED_CATEGORIES = (KICKERS | CATEGORY_KICKERS | NEWS_LABELS | SECTION_LABELS) - EVENT_SECTIONS  # after a date and a bar (`15.01.2020 · Yhteistyö`)
REPLY_LINKS = frozenset({"vastaa", "reply", "svara", "vastaa tähän", "reply to this"})  # over a comment
HEAD_REACH = 6  # units: how far under the text's first paragraph a paper's labelled publication date may stand
LEAD_REACH = 5  # units: how far under the title a release's first paragraph is looked for
DATELINE_LONGEST = 120  # characters: how far into a release's first paragraph its dateline may end
# A release's dateline: a place of three words at most (`HELSINKI`, `ESPOO, Finland`), a whole
# date, the service between slashes or not, a dash; every part bounded, matched at the paragraph's start.
_DATELINE = re.compile(
    r"(?P<place>(?:[A-ZÄÖÅ][\w.-]{1,20}+ ?){1,3})(?:, (?:Finland|Suomi))?,? "
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\.? [a-zäö]{3,11} \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
    r"(?: ?/[^/\n]{1,30}/)? (?:--|–|—|-) (?=[^\W\d_])"  # then the text: no time (`15.1.2014 - 15:00`)
)
FURNITURE_OVER = frozenset({"navigation", "breadcrumb", "image_alt", "markup"})  # what stands over a page's text
_STREET = re.compile(r"[^\W\d] \d{1,3}[a-zA-Z]?(?!\d)")  # `Vanha maantie 9`, `Ratapihantie 13 B`; not a year (`syksy 2019`)
RELATIVE_DAYS = frozenset({"eilen", "yesterday", "igår", "i går"})  # over a date: no label (`Today` may be an event's day)
CAPTION_WORDS = 20  # the most words of an image's caption, one line under it
_PROBLEMS = {
    "ambiguous": ("warning", "ambiguous_date", "day and month cannot be told apart in {!r} on a page of unknown layout; no date is taken"),
    "invalid": ("error", "invalid_date", "{!r} is not a real date"),
}
# What may stand right above a labelled date for it to be the page's own: the end of the
# article (a paragraph that ends a sentence, a list) or SharePoint's listing before its footer.
_ARTICLE_END = frozenset({"list_item", "news_title", "image_alt", "tags", "contact"})


def page_dates(
    text: str, units: Sequence[Unit], written_at: Mapping[int, WrittenDate], teasers: Sequence[Teaser],
    sightings: Sequence[NewsSighting], layout: str,
) -> tuple[list[PageDate], list[Finding], list[NewsSighting]]:
    """The dates a page shows (document order), the findings about dates that cannot be
    read, and the teasers as news sightings with their dates."""
    in_teaser = {t.date_start for t in teasers if t.date_start is not None}
    under_title, listing = title_date(text, units, written_at, bool(in_teaser))
    dates, findings, by_start = [], [], {}
    lines = [n for n, unit in enumerate(units) if unit.kind == "date_line"]
    related_from = related_start(units) if lines else len(units)  # below a heading of related news, other items' dates
    published = several_published(units, lines[: bisect_left(lines, related_from)], written_at, under_title)
    ends = text_ends(units, lines, related_from)
    for n in lines:
        unit = units[n]
        paged = before_date(text, unit, written_at).startswith(PAGE_LABELS)
        related = related_from < n and not paged
        label = units[n - 1] if n and (units[n - 1].kind == "date_label" or unknown_label(text, units, n, written_at)) else None
        written = line_written(text, unit, written_at[unit.start], label, under_title, under_release_kind(text, units, n))
        above = unit_above(text, units, n, label is not None)
        role, clue = date_role(unit.start, written, in_teaser, under_title, above, related, by_start)
        if role is None and under_title is None and not published and not related and ends_article(text, units, n, written, ends):
            role, clue = "published", "published_signed"  # (`Teksti: …` / `30.9.2019` at the text's end)
        if paged and role is None and written.role is not None:
            role, clue = written.role, f"{written.role}_label"  # the page's wherever it stands
        why = None if role is None else not_the_pages(text, units, n, role, written, (under_title, published, listing))
        if role is None or why is not None:
            findings.append(Finding("info", "unplaced_date", why or unplaced(unit, written, label, related), unit.start, unit.end))
            continue
        found = resolve(written, SLASH_ORDER.get(layout))
        shown = text[written.start : written.end]
        if isinstance(found, str):
            severity, code, message = _PROBLEMS[found]
            findings.append(Finding(severity, code, message.format(shown), written.start, written.end))
            continue
        by_start[unit.start], published = found.day, published or role == "published"
        dates.append(PageDate(role, found.day, found.timestamp, found.precision, clue, shown, written.start, written.end))
        dates += updated_too(text, written, unit, role, layout)
        if found.unclear:
            message = f"the time in {shown!r} {found.unclear} in Helsinki that day; only the day is kept"
            findings.append(Finding("info", "unclear_time", message, written.start, written.end))
    dateline = None if published or listing is not None else lead_dateline(text, units, layout)
    dates += [listing_date(s) for s in sightings if s.published_utc is not None] + ([dateline] if dateline else [])
    return sorted(dates, key=lambda d: d.start), findings, teaser_sightings(teasers, by_start)


def lead_dateline(text: str, units: Sequence[Unit], layout: str) -> PageDate | None:
    """The date of a release's dateline at the start of its first paragraph under the title
    (`HELSINKI, April 22, 2015 /STT Info/ -- …`, `Vantaa 5.3.2019 – …`): a place, a whole
    date, perhaps the service between slashes, then a dash; for a page with no publication
    date of its own. None otherwise."""
    titled = title_index(units)
    lead = None if titled is None else next((u for u in units[titled + 1 : titled + 1 + LEAD_REACH] if u.kind in BODY_KINDS), None)
    found = None if lead is None or lead.kind != "paragraph" else _DATELINE.match(text, lead.start, min(lead.end, lead.start + DATELINE_LONGEST))
    if found is not None and found.group("place").split()[0].casefold() in WEEKDAY_NAMES:
        return None  # an event's day (`Keskiviikko 15.1.2014 – …`)
    written = None if found is None else read_date_line(text, *found.span("date"))
    resolved = None if written is None else resolve(written, SLASH_ORDER.get(layout))
    if resolved is None or isinstance(resolved, str):
        return None
    return PageDate("published", resolved.day, None, "day", "release_dateline", found.group("date"), *found.span("date"))


def line_written(text: str, unit: Unit, written: WrittenDate, label: Unit | None, under_title: int | None, released: bool) -> WrittenDate:
    """A date line's date with the role its label alone above it gives (`Päivitetty` /
    `5.2.2020`). A release's kind before its date (`Tiedote 2.4.2019 klo 8.00`) dates the page
    under its title only: further down it heads another release. A weekday's numeric date and
    time right under a release's kind (`released`: `Tiedote` / `Ke 14.2.2024 klo 9.00`) are the release's, no event's;
    so is any date and time there that the title's date is (`Mediatiedote` / `2020-06-03 09:00` / its update)."""
    if released and written.role == "event" and (written.weekday is not None or unit.start == under_title):
        return written._replace(role=None)
    if label is not None and written.role in (None, "event"):
        return written._replace(role=date_label_role(label.text))
    if written.role == "published" and unit.start != under_title and key(unit.text).startswith(RELEASE_OPENINGS) and not is_publication_label(text, unit, written):
        return written._replace(role=None)
    return written


def is_publication_label(text: str, unit: Unit, written: WrittenDate) -> bool:
    """Whether a release's kind before a date says its publication (`Uutinen julkaistu 03.10.2012`): the page's own anywhere."""
    return key(text[unit.start : written.start]).endswith(("julkaistu", "published", "publicerad"))


def unit_above(text: str, units: Sequence[Unit], n: int, labelled: bool) -> Unit | None:
    """The unit above date line `n` (and its label), where an article may end; past a byline or an
    author's box (`author_box_over`) right over a date that only furniture follows to the page's end or to a heading of other
    news (`Kirjoittaja Tero Esimerkki`, then `Julkaistu 5.3.2019`); None under a heading of
    other items."""
    at = n - 1 - labelled
    if at > 0 and is_byline_unit(units[at]):
        at -= ends_page(units, n)
    elif at > 0 and (boxed := author_box_over(units, at + 1)) is not None and ends_page(units, n):
        at = boxed - 1  # the article's end over its author's box
    return units[at] if at >= 0 and not under_own_heading(text, units, at) else None


def is_byline_unit(unit: Unit) -> bool:
    """A byline read as a credit (`Teksti: Outi Kirjoittaja`, `Kirjoittaja Tero Esimerkki`)."""
    return unit.kind == "caption" and key(unit.text).startswith(BYLINES)


def ends_page(units: Sequence[Unit], n: int) -> bool:
    """Whether only furniture follows unit `n`, to the page's end (within `END_REACH` units) or
    to a heading of other news."""
    last = units[n + 1 : n + 1 + END_REACH]
    other = next((i for i, u in enumerate(last) if u.kind == "navigation" and is_related_heading(key(u.text))), None)
    last = last if other is None else last[:other]  # to other news under their heading, or to the page's end
    ends = other is not None or n + 1 + END_REACH >= len(units)
    return ends and not any(u.kind in BODY_KINDS or u.kind in ("subtitle", "comment") for u in last)


def text_ends(units: Sequence[Unit], lines: list[int], related: int) -> tuple[int, int | None, int]:
    """Where the article's text ends, for `ends_article`: its last unit of text (a comment's too),
    the first of date `lines` under the title, and the first heading of related news (`related`)."""
    if not lines:
        return -1, None, related
    last_text = max((m for m, u in enumerate(units) if u.kind in BODY_KINDS or u.kind in ("subtitle", "comment")), default=-1)
    titled = title_index(units)
    return last_text, next((m for m in lines if titled is None or m > titled), None), related


def ends_article(text: str, units: Sequence[Unit], n: int, written: WrittenDate, ends: tuple[int, int | None, int]) -> bool:
    """Whether date line `n` is the article's closing date (`signed_at_end`, `closes_text`); `ends` from `text_ends`."""
    last_text, first_dated, related = ends
    return signed_at_end(units, n, written, last_text) or (n == first_dated and closes_text(text, units, n, written, related))


def signed_at_end(units: Sequence[Unit], n: int, written: WrittenDate, last_text: int) -> bool:
    """Whether date line `n` is a date alone (no label, weekday nor time) right under the
    article's closing byline, only furniture under it to the page's end (no text after
    `last_text`) or to a heading of other news (`Teksti: Outi Kirjoittaja` / `30.9.2019`):
    when the text was written, the page's date."""
    alone = written.role is None and written.hour is None and (written.start, written.end) == (units[n].start, units[n].end)
    boxed = author_box_over(units, n)
    signed = alone and n > 1 and ((is_byline_unit(units[n - 1]) and is_article_end(units[n - 2])) or (boxed is not None and is_article_end(units[boxed - 1])))
    return signed and (n > last_text or ends_page(units, n))


def author_box_over(units: Sequence[Unit], n: int) -> int | None:
    """The index of an author's box's label right over unit `n` (`Kirjoittaja`, `Author`, `Kirjoittajan kuva`), its
    name, title and picture between (`AUTHOR_BOX` units at most, short); None for none. The box closes the article."""
    for m in range(n - 1, max(n - 1 - AUTHOR_BOX, 0), -1):
        unit = units[m]
        k = key(unit.text).rstrip(":")
        if k.startswith(AUTHOR_WORDS) and len(k.split()) <= 3 and unit.kind != "date_line":
            return m
        if unit.kind not in ("paragraph", "image_alt", "navigation", "caption", "contact") or len(unit.text) > AUTHOR_LINE:
            return None
    return None


def closes_text(text: str, units: Sequence[Unit], n: int, written: WrittenDate, related: int) -> bool:
    """Whether date line `n`, the first under the title, closes the article: a date alone, or
    after the place where a statement or a letter was signed (`Helsingissä 5.3.2019`), set
    apart under the text's last paragraph or contact line; no date line under it within
    `END_REACH` (a list's items) nor a sentence (signers may follow a place), no reply link
    over it (a comment's), and a day the text does not name (an event's it announces)."""
    place = text[units[n].start : written.start]
    if written.role is not None or written.hour is not None or written.slashed or written.end != units[n].end or n < 2:
        return False
    if place.strip() and not is_signing_place(place):
        return False
    above, below = units[n - 1], units[n + 1 : min(n + 1 + END_REACH, related)]
    if above.kind not in ("paragraph", "contact") or above.text.rstrip()[-1:] != "." or text.count("\n", above.end, units[n].start) < 2:
        return False
    if any(u.kind == "date_line" or (says(u) and not (place.strip() and not is_prose(u.text))) for u in below):
        return False  # (a front page's items, each a headline, a lead and a date; the text going on)
    if any(key(u.text) in REPLY_LINKS for u in units[max(n - END_REACH, 0) : n]):
        return False
    return (written.first, written.second) not in named_days(text, max(units[n].start - NAMED_REACH, 0), units[n].start)


def teaser_sightings(teasers: Sequence[Teaser], by_start: Mapping[int, date]) -> list[NewsSighting]:
    """The teasers as news sightings, each with the day of its date line (`by_start`) if placed."""
    return [
        NewsSighting(html.unescape(t.title.text), t.title.start, t.title.end, t.start, t.end, kind="teaser", published_date=by_start.get(t.date_start))
        for t in teasers
    ]


def updated_too(text: str, written: WrittenDate, unit: Unit, role: str, layout: str) -> list[PageDate]:
    """The update's date after the page's publication date on its line (`Julkaistu
    5.3.2018, päivitetty 7.3.2018`) or before it (`Päivitetty 7.3.2018 | Julkaistu 5.3.2018`)
    as its modified date; none on other lines."""
    then = update_after(text, written.end, unit.end) if role == "published" and written.end < unit.end else None
    then = update_before(text, unit.start, written.start) if then is None and role == "published" and unit.start < written.start else then
    found = None if then is None else resolve(then, SLASH_ORDER.get(layout))
    if found is None or isinstance(found, str):
        return []
    return [PageDate("modified", found.day, found.timestamp, found.precision, "modified_label", text[then.start : then.end], then.start, then.end)]


def title_date(text: str, units: Sequence[Unit], written_at: Mapping[int, WrittenDate], teased: bool) -> tuple[int | None, str | None]:
    """Where the date under (or right over) the title starts, None when it is no page's
    (the first of a dated list, under an unknown label); and the title when the page lists
    items (an archive, a calendar, or the first of dated teasers: `teased` says some are),
    its dates then the items'."""
    titled = title_index(units)
    title = "" if titled is None else units[titled].text
    listing = title if lists_items(title) or heads_items(units, titled) else None
    if titled is None:
        at = untitled_date(text, units, written_at)
        return (None if at is None else units[at].start), None
    at = date_under_title(text, units, written_at)
    over = at is None and (at := published_over_title(text, units, written_at)) is not None  # its own check for a list
    if at is not None and teased and is_first_teaser(text, units, at):
        listing = title
    if at is None or (listing is None and not over and in_dated_list(text, units, written_at, at)) or unknown_label(text, units, at, written_at):
        return None, listing
    if not over and item_shaped(text, units[at], written_at[units[at].start]) and dated_below(units, at, written_at):
        return None, listing
    if written_at[units[at].start].offset is not None and not stamps_article(units, at, written_at):
        return None, listing  # a press service's stamp under a listing's first release
    if not over and at <= titled + 2 and item_run(units, titled) is not None:
        return None, listing  # the title and its date are a list's first item's (`teasers.item_run`)
    if listing is None and (not texted_below(units, at) or posts_below(text, units, written_at, at)):
        return None, listing  # a card's date (a front page's featured story: its title, its date, `Read the story`), a front page's first post's
    return (None if listing is None and next_item_soon(text, units, written_at, at) else units[at].start), listing


def is_publisher(unit: Unit) -> bool:
    """Whether a unit of navigation is a name alone on one line, up to four words, no colon (`Opetus- ja kulttuuriministeriö`)."""
    return unit.kind == "navigation" and "\n" not in unit.text and ":" not in unit.text and len(unit.text.split()) <= 4


def labelled_in_head(units: Sequence[Unit], n: int, written_at: Mapping[int, WrittenDate]) -> int | None:
    """The index of a date labelled a publication date (`Julkaistu: 4.3.2019 19:30`,
    `Publicerad 14.10.2019 kl. 06:00`) within `HEAD_REACH` units from unit `n`, the text's first
    under the title: a paper's head, its lead, images and a byline over the date, two paragraphs
    of prose under it; None for none, or for a second paragraph of prose, a heading, a list or
    another date first, or when another publication date stands below it (each post's on a front page)."""
    leads = 0
    for m in range(n, min(n + HEAD_REACH, len(units))):
        unit = units[m]
        if unit.kind == "date_line":
            below = units[m + 1 : related_start(units)]
            alone = not any(u.kind == "date_line" and written_at[u.start].role == "published" for u in below)  # (not the first of posts' dates)
            texted = sum(u.kind == "paragraph" and is_prose(u.text) for u in below[:TEXT_REACH]) >= 2  # the article's text, no comment's
            return m if written_at[unit.start].role == "published" and alone and texted else None
        leads += unit.kind == "paragraph" and is_prose(unit.text)
        if unit.kind not in ("paragraph", "image_alt", "caption") or leads > 1:
            return None
    return None


def texted_below(units: Sequence[Unit], at: int) -> bool:
    """Whether the article's text follows the title's date line `at`: a sentence within
    `TEXT_REACH` units, above any heading of related news."""
    related = related_start(units)
    end = at + 1 + TEXT_REACH if related <= at + 1 else min(at + 1 + TEXT_REACH, related)  # (a link `Leave a comment` right under the date heads no box)
    return any(u.kind in ("paragraph", "list_item", "comment") and any(ends_sentence(line) for line in u.text.split("\n")) for u in units[at + 1 : end])


def ends_sentence(line: str) -> bool:
    """A line of text that ends a sentence (`Kampus muuttaa kesällä.`), not a link's (`Read the story`)."""
    return line.rstrip()[-1:] in ".!\"”" or is_prose(line)  # (a question may be a link's: `Why Metropolia?`)


def posts_below(text: str, units: Sequence[Unit], written_at: Mapping[int, WrittenDate], at: int) -> bool:
    """Whether another post stands under the one dated at date line `at`, above any heading of
    related news: a date line written alike right over a one-line headline with a sentence
    under it (a blog's front page)."""
    head = before_date(text, units[at], written_at)
    for k in range(at + 2, related_start(units) - 2):
        unit, headline, below = units[k], units[k + 1], units[k + 2]
        if unit.kind != "date_line" or headline.kind != "paragraph" or "\n" in headline.text or headline.text[-1] in ".!?:":
            continue
        if below.kind == "paragraph" and is_sentence(below.text.split("\n", 1)[0]) and before_date(text, unit, written_at) == head:
            return True
    return False


def untitled_date(text: str, units: Sequence[Unit], written_at: Mapping[int, WrittenDate]) -> int | None:
    """The index of the date line of a page with no headline: right under the site's
    navigation or trail (an image between or not) and over the text, two paragraphs of
    prose or more; a date alone or labelled a publication date, no time, not in an event
    section, and no other date line above a heading of related news. None otherwise."""
    n = next((m for m, unit in enumerate(units) if unit.kind not in FURNITURE_OVER), None)
    if n is None or units[n].kind != "date_line" or n == 0 or units[n - 1].kind not in ("navigation", "breadcrumb", "image_alt"):
        return None
    written = written_at[units[n].start]
    if written.role not in (None, "published") or written.hour is not None or in_section(units, n, EVENT_SECTIONS):
        return None
    own = units[n + 1 : related_start(units)]
    prose = sum(u.kind == "paragraph" and is_prose(u.text) for u in own[:3])
    return n if prose >= 2 and not any(u.kind == "date_line" for u in own) else None


def heads_items(units: Sequence[Unit], titled: int | None) -> bool:
    """Whether the title at `titled` is a news section's heading (`Uutiset`) over a run of
    items (`teasers.item_run`) that begins with the first text unit under it (its date over it or under it)."""
    if titled is None or key(units[titled].text) not in LISTING_HEADINGS:
        return False
    first = next((m for m in range(titled + 1, len(units)) if units[m].kind not in ("navigation", "breadcrumb", "image_alt", "date_line")), None)
    return first is not None and item_run(units, first) is not None


def next_item_soon(text: str, units: Sequence[Unit], written_at: Mapping[int, WrittenDate], n: int) -> bool:
    """Whether, within `ITEM_REACH` units under date line `n` and before any navigation or
    prose, a snippet and then another date line, labelled alike, stand right under a headline
    (a line that ends no sentence) or a byline: the title and its date were a listing's first item's."""
    for m in range(n + 1, min(n + 1 + ITEM_REACH, len(units))):
        unit = units[m]
        if unit.kind in ("navigation", "breadcrumb") or any(is_prose(row) for row in unit.text.split("\n")):
            return False  # a heading of other news or a link between, or the article's text
        if unit.kind == "date_line" and m - 1 > n + 1 and text.count("\n", units[m - 1].end, unit.start) <= 3:
            above = units[m - 1]
            same = before_date(text, unit, written_at) == before_date(text, units[n], written_at)  # dated alike: `Publicerat den …` both
            return same and above.kind in ("paragraph", "subtitle", "caption") and "\n" not in above.text and above.text[-1] not in ".:;," and not is_prose(above.text)
    return False


def item_shaped(text: str, unit: Unit, written: WrittenDate) -> bool:
    """Whether a date line has the shape a listing gives each item: a release's kind before
    the date (`Tiedote 12.3.2019`, `Press release | …`), a reading time beside it (`· 4 min
    read`, `Lukuaika 2 min | …`), or a category after it (`in Events`, `kategoriassa Blogi`)."""
    head, tail = key(text[unit.start : written.start]), key(text[written.end : unit.end])
    return key(unit.text).startswith(RELEASE_OPENINGS) or head.startswith(READING_LABELS) or _MINUTES.search(tail) is not None or tail.startswith(CATEGORY_WORDS)


def dated_below(units: Sequence[Unit], n: int, written_at: Mapping[int, WrittenDate]) -> bool:
    """Whether another date line, no event's (`Webinaari | 3.5.2022 klo 9.00`), follows date line `n` within `LIST_REACH` units,
    before any heading of related news (or a news section's label under text: `Ajankohtaista`): the page lists dated items."""
    texted = False
    for unit in units[n + 1 : n + 1 + LIST_REACH]:
        if unit.kind == "navigation" and (is_related_heading(key(unit.text)) or (texted and key(unit.text) in SECTION_LABELS)):
            return False
        if unit.kind == "date_line" and written_at[unit.start].role != "event":
            return True
        texted = texted or (unit.kind == "paragraph" and is_prose(unit.text))
    return False


def date_role(
    start: int, written: WrittenDate, in_teaser: set[int], under_title: int | None, above: Unit | None, related: bool,
    placed: Mapping[int, date],
) -> tuple[str | None, str | None]:
    """The role of a date line and the clue that gives it; (None, None) for a date in the
    text or an event's. A labelled date is the page's own under its title, at the
    article's end or right under another of the page's dates (`placed`, by line start),
    or right under the title (its update, the page dated over the title), not under a heading
    further down (another item's); below a heading of related news
    only a modified date (a footer) is."""
    if start in in_teaser:
        return "listing", "teaser_date"
    if written.role == "event" or (related and written.role != "modified"):
        return None, None
    under = above is not None and above.kind == "date_line" and (  # `Published …`, then `Updated …`
        above.start == under_title or (above.start in placed and above.start not in in_teaser)
    )
    if written.role is not None and (start == under_title or under or is_article_end(above) or (above is not None and above.kind == "title")):
        return written.role, f"{written.role}_label"
    if start == under_title:
        return "published", "date_under_title"
    return None, None


def several_published(units: Sequence[Unit], lines: list[int], written_at: Mapping[int, WrittenDate], under_title: int | None) -> bool:
    """Whether more than one of date `lines` away from the title is labelled a publication
    date (`Published …` under each item of a box of news): then none of them is the page's."""
    labelled = [n for n in lines if units[n].start != under_title and written_at[units[n].start].role == "published"]
    return len(labelled) > 1


def related_start(units: Sequence[Unit]) -> int:
    """The index of the first heading of related news or comments after the title (or
    anywhere on a page without one), or of a news section's label below the text (a box
    of the site's news: `Ajankohtaista`); the number of units when there is none."""
    titled = title_index(units) or 0
    texted = said = False  # below some of the text; below a sentence of it
    for i in range(titled, len(units)):
        unit = units[i]
        if unit.kind == "navigation" and (heads_related(unit, said) or (texted and key(unit.text) in SECTION_LABELS)):
            return i
        texted = texted or unit.kind in BODY_KINDS
        said = said or says(unit)
    return len(units)


def heads_related(unit: Unit, said: bool) -> bool:
    """Whether a navigation unit after the title heads related news or comments; a count of
    comments only below a sentence of the text (`said`): over it, a link in the post's meta line (`5 Comments`)."""
    k = key(unit.text)
    return is_related_heading(k) and (said or not is_comment_count(k))


def says(unit: Unit) -> bool:
    """Whether a unit of text holds a line that ends a sentence (`ends_sentence`)."""
    return unit.kind in BODY_KINDS and any(ends_sentence(line) for line in unit.text.split("\n"))


def not_the_pages(
    text: str, units: Sequence[Unit], n: int, role: str, written: WrittenDate, page: tuple[int | None, bool, str | None]
) -> str | None:
    """Why date line `n`, placed where a page's date stands, is not the page's, or None:
    on a page that lists items (its title `listing`: an archive, a calendar), an item's; a
    labelled date away from the title next to an item's title (`dated_item`), a second
    publication date (a page is published once: `published` says one is placed, or that
    several stand below the title), or an unlabelled date with a time under it (an
    event's: on the next line or the one after, a blank line between or not). `page` is
    (`under_title`, `published`, `listing`)."""
    line = units[n].text
    under_title, published, listing = page
    if role == "published" and listing is not None:
        return f"the date line {line!r} stands on a page that lists items ({listing!r}): an item's date, not the page's"
    if role == "published" and units[n].start == under_title and events_titled(text, units, n, written):
        return f"the date line {line!r} stands under an events section's name as the title: the event's day, not the page's"
    if role in ("published", "modified") and units[n].start != under_title:
        if dated_item(text, units, n) and author_box_over(units, n) is None:  # (an author's name and title over it close the article)
            return f"the date line {line!r} stands right under another item's title: no date is taken from it"
        if role == "published" and published:
            return f"the date line {line!r} is one of several publication dates on the page: no date is taken from it"
    below = units[n + 1] if n + 1 < len(units) else None
    if role == "published" and written.role is None and below is not None and text.count("\n", units[n].end, below.start) <= 2 and not under_release_kind(text, units, n):
        time = next((row for row in below.text.split("\n", 2)[:2] if _TIME_FIRST.match(row) is not None), None)
        if time is not None:  # on the next line, or after a place's line, or a blank line
            return f"the date line {line!r} has a time under it ({time!r}): an event's, not the page's: no date is taken from it"
    if role == "published" and written.role is None and units[n].start == under_title:
        return events_date(text, units, n, below)
    return None


def events_titled(text: str, units: Sequence[Unit], n: int, written: WrittenDate) -> bool:
    """Whether date line `n` under the title is a date alone or after a section's name
    (`14.11.2019`, `News 14.11.2019`) and the title an events section's name (`Tapahtumat`,
    `Events`): the event's day, as under an events trail."""
    title = next((u.text for u in units[n - 1 :: -1] if u.kind == "title"), "")
    return key(title) in EVENT_SECTIONS and (written.role is None or key(text[units[n].start : written.start]) in SECTION_DATE_LABELS)


def events_date(text: str, units: Sequence[Unit], n: int, below: Unit | None) -> str | None:
    """Why an unlabelled date line `n` under the title is an event's, or None: a place
    right under it (`is_place`), not under a press release's kind (its sender's address) nor
    a news section's label (a news item's campus).
    Under an events section's label (`Tapahtumat`) a date alone stays the page's: a post's category too."""
    place = below.text.split("\n", 1)[0] if below is not None and text.count("\n", units[n].end, below.start) == 1 else ""
    titled = next((m for m in range(n - 1, -1, -1) if units[m].kind == "title"), 0)
    label = key(units[titled - 1].text) if titled and units[titled - 1].kind == "navigation" else ""
    if place and is_place(place) and label not in RELEASE_KICKERS and label not in NEWS_LABELS:
        return f"the date line {units[n].text!r} has a place under it ({place!r}): an event's, not the page's: no date is taken from it"
    return None


def is_place(line: str) -> bool:
    """Whether a line under a date names where an event is: a campus by its name (after it
    a street and its number or a room: `Myllypuron kampus, Myllypurontie 1`) or an address;
    not a sentence, a label's value, a photo's credit (`Leppävaaran kampus, kuva: Laurea`),
    a caption (`Myllypuron kampus, syksy 2019`) nor a line that goes on."""
    words = line.casefold().split()
    if line[-1] in ".!?," or ": " in line or any(word in CREDIT_WORDS or word.rstrip(",").endswith(ORGANISATION_ENDINGS) for word in words):
        return False  # a sentence, a label's value, a credit, or an organisation's address (a release's sender)
    campus, comma, rest = line.partition(",")
    if names_a_campus(campus) and comma:  # after the campus a street and its number or a room, not a season nor tags
        return _STREET.search(rest) is not None or any(word in ROOM_WORDS for word in words[len(campus.split()) :])
    return names_a_campus(campus) or is_address(line)


def unplaced(unit: Unit, written: WrittenDate, label: Unit | None, related: bool) -> str:
    """Why a date line gives the page no date."""
    if label is not None and label.kind == "subtitle":  # `unknown_label`'s: a date's own label is a date_label
        return f"the date line {unit.text!r} stands under {label.text!r}, a label the reader does not know: no date is taken from it"
    if written.role == "event" and label is not None:
        return f"the date line {unit.text!r} under {label.text!r} is an event's time, not the page's: no date is taken from it"
    if written.role == "event":  # a weekday and a time (`ke 15.5.2019 klo 10.00`), or a label before a bar (`Aika | …`)
        return f"the date line {unit.text!r} is an event's or a deadline's time, not the page's: no date is taken from it"
    if related:
        return f"the date line {unit.text!r} stands under a heading of related news: no date is taken from it"
    return f"the date line {unit.text!r} stands neither under the title nor in a teaser: no date is taken from it"


def unknown_label(text: str, units: Sequence[Unit], n: int, written_at: Mapping[int, WrittenDate]) -> bool:
    """Whether the unit right above date line `n` (no blank line between), itself with no
    label, may be a label the reader does not know (`Sivun tila`, `Closing date`): a
    subtitle of a word to three under a title that a blank line sets apart (or under the
    title's image, a photo's credit right under the date: a caption's heading), not a name
    (`John Smith`, `By …`, `Maija Meikäläinen, lehtori`). What it says of the date is not known."""
    up = n - 2
    below = units[n + 1] if n + 1 < len(units) else None  # a photo's credit under the date (not a byline: `Teksti: …`)
    credited = below is not None and below.kind == "caption" and key(below.text).startswith(PHOTO_CREDITS) and text.count("\n", units[n].end, below.start) == 1
    while credited and up > 0 and n - up <= 4 and units[up].kind == "image_alt":
        up -= 1
    if n < 2 or units[n - 1].kind != "subtitle" or units[up].kind != "title" or written_at[units[n].start].role is not None:
        return False
    label, title = units[n - 1], units[up]
    if text.count("\n", label.end, units[n].start) > 1 or text.count("\n", title.end, label.start) < 2:
        return False
    words = label.text.split()
    named = len(words) > 1 and all(word[:1].isupper() for word in words)  # a byline: `Maija Meikäläinen`, `John Smith`
    if named or key(label.text) in RELATIVE_DAYS:  # `Eilen` / `5.3.2018`: the day said twice
        return False
    return len(words) <= 3 and label.text[-1] not in ".!?" and "," not in label.text and words[0].casefold() != "by"


def under_own_heading(text: str, units: Sequence[Unit], at: int) -> bool:
    """Whether unit `at`, one line that asks or exclaims, stands under a heading of other
    items below the text (a short line that ends no sentence and names them, a blank line
    between: `Lisää Laurean uutisia`, then `Miksi kannattaa ristiinopiskella?`): another
    item's title, not the article's last line, so the date under it is no end's."""
    if at < 2 or units[at].kind not in ("paragraph", "subtitle") or "\n" in units[at].text or units[at].text[-1] not in "?!":
        return False
    heading, text_above = units[at - 1], units[at - 2]
    if heading.kind != "paragraph" or "\n" in heading.text or len(heading.text.split()) > 6 or heading.text[-1] in ".!?:":
        return False
    words = _WORD.findall(heading.text.casefold())
    items = any((word.startswith(ITEM_STEMS) and not any(tail in word for tail in COMPOUND_TAILS)) or word in ("post", "posts") for word in words)
    calls = words[0] in CALLS or "this" in words or any(word.startswith(AUTHOR_WORDS) for word in words)
    # not `Lähetä juttuvinkki`, `Share this post`, `Our newsletters`, `Blogin kirjoittaja`
    return items and not calls and text_above.kind in BODY_KINDS and text.count("\n", heading.end, units[at].start) >= 2


def is_article_end(unit: Unit | None) -> bool:
    """A unit an article ends with: a paragraph ending a sentence, a list, a listing."""
    if unit is None:
        return False
    return unit.kind in _ARTICLE_END or (unit.kind in ("paragraph", "subtitle", "title") and unit.text.rstrip()[-1:] in ".!?\"”")


def date_under_title(text: str, units: Sequence[Unit], written_at: Mapping[int, WrittenDate]) -> int | None:
    """The index of the first date line after the title, before the text begins (a lead
    image's caption aside), or of a press release's dateline over it; None when another
    date line stands above the title (a list of dated items: the date under the first
    one's title is the next one's), but in a box of other items under its heading there
    (`Luetuimmat`) that a news section's label or a trail ends over the headline (`name_blocks`)."""
    titled = boxed = ended = dated = False
    for n, unit in enumerate(units):
        if unit.kind == "title":
            titled = True
            if dated and not ended:
                return None  # the box's dates over a title in it
        elif titled:
            if unit.kind == "date_line":
                return n
            if heads_feature(units, n):
                return None  # a featured story's teaser under the title: its date is the story's
            if unit.kind in BODY_KINDS and not is_image_caption(text, unit) and not lead_over_date(text, units, n, written_at) and not (
                byline_over_date(units, n, written_at) or deck_and_byline(text, units, n, written_at)
            ):
                return labelled_in_head(units, n, written_at)
        elif unit.kind == "navigation" and is_related_heading(key(unit.text)):
            boxed = True
        elif boxed and (unit.kind == "breadcrumb" or (unit.kind == "navigation" and key(unit.text) in SECTION_LABELS)):
            ended = True
        elif unit.kind == "date_line":
            if not boxed or ended:
                return n if is_release_dateline(text, units, n, written_at) else None
            dated = True
    return None


def is_publishers(line: str) -> bool:
    """Whether a line is publishers' names alone, parted by commas (`Haaga-Helia University of Applied Sciences, Laurea …`)."""
    words = line.replace(",", " ").split()
    return "\n" not in line and len(words) >= 2 and line[-1] not in ".!?" and all(w[0].isupper() or w in NAME_JOINS for w in words)


def heads_feature(units: Sequence[Unit], n: int) -> bool:
    """Whether unit `n` is a featured story's box heading over its teaser, a read-more link
    within `TEASER_UNITS` under it (`Veckans reportage` / … / `Läs reportaget`)."""
    return units[n].kind == "navigation" and key(units[n].text) in FEATURE_HEADINGS and any(u.kind == "read_more" for u in units[n + 1 : n + 1 + TEASER_UNITS])


def lead_over_date(text: str, units: Sequence[Unit], n: int, written_at: Mapping[int, WrittenDate]) -> bool:
    """Whether unit `n`, right under the title (a lead image or a trail between or not), is its lead (one
    line) over a date alone or with its credits or its section, no weekday nor time (`20.10.2016`, `6.10.2020 | Teksti: …`,
    `27.8.2019 | Uutinen`), or after a news section with its time (`Uutiset | 8.6.2022 klo 6.00`), with the text going on under
    it (an image between or not): an old Metropolia page's order; with a time only under a
    release's kind (`Tiedote`); not when the title or the lead announce an event or call to act (the date is then
    the event's or the deadline's), nor under an event section."""
    m = n + 1 + (n + 1 < len(units) and units[n + 1].kind == "caption")  # the story's credits between or not (`Teksti: … Kuvat: …`)
    lead, below = units[n], units[m] if m < len(units) else None
    titled = unit_over(units, n, ("image_alt", "breadcrumb"))  # a lead image or a trail between or not; the headline repeating the title
    if lead.kind != "paragraph" or "\n" in lead.text or titled is None or units[titled].kind not in ("title", "repeated_title") or below is None or below.kind != "date_line":
        return False
    written = written_at[below.start]
    released = titled > 0 and units[titled - 1].kind == "navigation" and key(units[titled - 1].text) in RELEASE_KICKERS  # a release's time
    credited = written.start == below.start and key(text[written.end : below.end]).lstrip(" |·•").startswith(BYLINES)  # `6.10.2020 | Teksti: …`
    sectioned = written.start == below.start and is_kicker_dated(text, below, written)  # `27.8.2019 | Uutinen`, `1 June 2023 · News`
    led = written.end == below.end and key(text[below.start : written.start]).rstrip(" |·•") in SECTION_DATE_LABELS  # a news section's stamp: `Uutiset | 8.6.2022 klo 6.00`
    alone = written.role is None and (written.hour is None or released or led) and ((written.start, written.end) == (below.start, below.end) or credited or sectioned or led)
    going = next((u for u in units[m + 1 :] if u.kind not in ("image_alt", "caption")), None)  # past an image and the credits
    if not alone or going is None or going.kind != "paragraph" or text.count("\n", lead.end, below.start) > OVER_GAP:
        return False
    title = units[titled].text
    said = f" {title} {lead.text}".casefold()  # an event's or a call's date: `Tervetuloa avoimiin oviin!`, `Hae viimeistään …`
    return not (title.endswith("!") or names_an_event(said) or any(w in said for w in CALL_WORDS) or in_section(units, titled, EVENT_SECTIONS))


def byline_over_date(units: Sequence[Unit], n: int, written_at: Mapping[int, WrittenDate]) -> bool:
    """Whether unit `n`, under the title, is its author's name and title (two lines at most
    of four words each, no sentence: `Tiina Tekaistu` / `lehtori`) right over a date
    labelled a publication date (`Julkaistu 30.3.2021`), or over a date alone with the text
    right under it or past a follow link or a reading time (Medium's `Anna Testaaja` / `Follow`
    / `5 min read` / `Mar 5, 2019`, or `5 min read · Nov 12, 2019` on one line)."""
    m, followed = n + 1, False
    while m < min(n + BYLINE_REACH, len(units)) and (units[m].kind in ("navigation", "image_alt") or is_name_line(units[m])):
        followed = followed or key(units[m].text) in FOLLOW_LINKS or READING_TIME.fullmatch(key(units[m].text)) is not None
        m += 1  # (past a follow link, or a publication: `Published in` / `Helsinki Business Notes`)
    if units[n].kind != "paragraph" or m >= len(units) or units[m].kind != "date_line" or in_section(units, m, EVENT_SECTIONS):
        return False  # (under an events section's label the date is an event's)
    written = written_at[units[m].start]
    timed = READING_TIME.fullmatch(key(units[m].text[: written.start - units[m].start]).rstrip(" ·|•")) is not None  # `5 min read · Nov 12, 2019`
    alone = written.role is None and written.hour is None and written.end == units[m].end and (written.start == units[m].start or timed)
    followed = followed or timed
    evented = any(key(u.text) in EVENT_SECTIONS for u in units[n:m])  # an events section's label over an unlabelled date (`Tapahtumat`)
    if not (written.role == "published" or (alone and not evented and (followed or text_under(units, m)))):
        return False
    return is_name_line(units[n])


def text_under(units: Sequence[Unit], m: int) -> bool:
    """Whether the article's text begins right under date line `m` (its lead image and caption
    between or not): a paragraph of prose or a sentence (not another name over another date)."""
    below = next((u for u in units[m + 1 : m + 4] if u.kind not in ("image_alt", "caption")), None)
    return below is not None and below.kind == "paragraph" and is_sentence(below.text.split("\n", 1)[0])


def is_name_line(unit: Unit) -> bool:
    """Whether a paragraph is a name and perhaps a title under it (two lines at most of four words each, no sentence)."""
    lines = unit.text.split("\n")
    if unit.kind != "paragraph" or len(lines) > 2:
        return False
    return all(len(line.split()) <= 4 and line[-1] not in ".!?:" for line in lines)


def deck_and_byline(text: str, units: Sequence[Unit], n: int, written_at: Mapping[int, WrittenDate]) -> bool:
    """Whether unit `n` is a news story's deck (one paragraph right under the title, an image
    between or not) or the author's name under it, over the story's date under the name, a
    blank line between or not: with a time (`Tuomas Tarina` / `7.9.2023 14:32`), labelled
    (`Julkaistu …`) or alone with the text right under it. A paper's order."""
    deck = n if units[n].kind == "paragraph" and units[n].text[-1] in ".!?" else n - 1
    if deck < 1 or deck + 2 >= len(units) or units[deck].kind != "paragraph" or "\n" in units[deck].text or units[deck].text[-1] not in ".!?":
        return False
    titled, name, stamp = unit_over(units, deck, ("image_alt",)), units[deck + 1], units[deck + 2]
    if titled is None or units[titled].kind not in ("title", "repeated_title") or stamp.kind != "date_line" or text.count("\n", name.end, stamp.start) > 2:
        return False
    written = written_at[stamp.start]
    alone = written.role is None and (written.start, written.end) == (stamp.start, stamp.end)
    timed = alone and (written.hour is not None or text_under(units, deck + 2))  # a date alone with the text right under it too
    return is_name_line(name) and (timed or written.role == "published")


def is_first_teaser(text: str, units: Sequence[Unit], n: int) -> bool:
    """Whether date line `n`, under the title, stands with a one-line snippet and a "Read
    more" right under it (no blank line between), as the dated teasers after it do: the
    title is the first item's of a listing whose heading is navigation (`Uutiset`)."""
    card = units[n : n + 3]
    if [u.kind for u in card] != ["date_line", "paragraph", "read_more"] or "\n" in card[1].text:
        return False
    return all(text.count("\n", a.end, b.start) == 1 for a, b in zip(card, card[1:]))


def published_over_title(text: str, units: Sequence[Unit], written_at: Mapping[int, WrittenDate]) -> int | None:
    """The index of a date line right over the title that is the page's: labelled a
    publication date, no blank line between (`Julkaistu 5.3.2018`, then the headline), when
    no other such line follows, nor a date line next to an item's title; or a section's
    kicker and date (`Tutkimus | 12.3.2020`), a release's kind and date (`Tiedote 12.3.2019
    klo 8.00`) or a date alone under the site's navigation (`is_bare_over`), up to `OVER_GAP`
    newlines between, when no other date line but an update's stands above a heading of
    related news. None otherwise (a list of items)."""
    titled = title_index(units) or 0
    at = unit_over(units, titled, ("image_alt",)) if titled else None  # a lead image between or not
    kinded = bool(at) and units[at].kind == "navigation" and key(units[at].text) in TEXT_KINDS | CATEGORY_KICKERS and (
        text.count("\n", units[at - 1].end, units[at].start) <= 3  # the text's kind or category under its date (`27.02.2018` / `Press release`, `… · 5 min read` / `Research`)
    )
    at = at - 1 if kinded else at
    linked = bool(at) and units[at - 1].kind == "date_line" and (key(units[at].text) in PRESS_LINKS or key(units[at].text).startswith(EMBARGO_NOTICES))
    at = at - 1 if linked else at  # a press service's link or an embargo's notice under its stamp (`Report this content`, `Julkaisuvapaa heti`)
    updated = at is not None and updated_under(text, units, at, written_at)
    at = None if at is None else at - updated  # the date over its update's line (`Publicerad 3.6.2020` / `Uppdaterad 4.6.2020`)
    above = None if at is None else units[at]
    if above is None or above.kind != "date_line":
        return None
    if before_date(text, above, written_at) in SECTION_DATE_LABELS and ends_in_events(units, at):
        return None  # `News 14.11.2019` under an events section: the event's day
    if at != titled - 1 - updated - linked:  # a kind between: the date alone, or labelled the publication's (`Julkaisuajankohta 14.12.2018 10.25` / `Tiedote`)
        own = is_bare_over(text, units, at, written_at[above.start]) or (kinded and written_at[above.start].role == "published")
        return at if own and alone_over(text, units, titled, above, written_at) else None
    lowest = units[titled - 1]  # the date's line or its update's
    if written_at[above.start].offset is not None:  # a press release service's stamp (`4.2.2021 09:00:00 EET | …`)
        return at if text.count("\n", lowest.end, units[titled].start) <= OVER_GAP and stamps_article(units, titled, written_at) else None
    release = key(above.text).startswith(RELEASE_OPENINGS)  # (a list's first item's when other dates follow: `Tiedote 12.3.2019`, then `Uutinen …`)
    kind = at > 0 and updated and units[at - 1].kind == "navigation" and key(units[at - 1].text) in RELEASE_KICKERS
    if at > 0 and text.count("\n", units[at - 1].end, above.start) < 2 and not ((release and is_publisher(units[at - 1])) or kind or is_update(units[at - 1], written_at)):
        return None  # under another line of its block (`Edellinen uutinen: …`); a release under its publisher's name or kind, over or under its update, is the page's
    labelled = written_at[above.start].role == "published" and text.count("\n", lowest.end, units[titled].start) > 1
    if release or labelled or kind or is_kicker_dated(text, above, written_at[above.start]) or is_bare_over(text, units, at, written_at[above.start]):
        return at if alone_over(text, units, titled, above, written_at) else None
    if written_at[above.start].role != "published" or text.count("\n", lowest.end, units[titled].start) != 1:
        return None
    more = any(
        unit.kind == "date_line" and (written_at[unit.start].role == "published" or dated_item(text, units, m))
        for m, unit in enumerate(units[titled:], titled)
    )
    return None if more else at


def updated_under(text: str, units: Sequence[Unit], at: int, written_at: Mapping[int, WrittenDate]) -> bool:
    """Whether date line `at` over the title is an update's right under the page's own date
    line (`Päivitetty 4.6.2020 12.40` under `Tiedote 3.6.2020 9.00`), no blank line between."""
    over = units[at - 1] if at > 0 else None
    return (
        units[at].kind == "date_line" and written_at[units[at].start].role == "modified" and over is not None
        and over.kind == "date_line" and written_at[over.start].role != "modified" and text.count("\n", over.end, units[at].start) == 1
    )


def is_update(unit: Unit, written_at: Mapping[int, WrittenDate]) -> bool:
    """Whether a unit is an update's date line (`Päivitetty 7.3.2019` over `Julkaistu 5.3.2019`)."""
    return unit.kind == "date_line" and written_at[unit.start].role == "modified"


def alone_over(text: str, units: Sequence[Unit], titled: int, above: Unit, written_at: Mapping[int, WrittenDate]) -> bool:
    """Whether date line `above`, up to `OVER_GAP` newlines over a one-line title, is the
    article's one date: no other date line but an update's above a heading of related news."""
    own = units[titled : related_start(units)]
    alone = "\n" not in units[titled].text and all(u.kind != "date_line" or written_at[u.start].role == "modified" for u in own)
    return alone and text.count("\n", above.end, units[titled].start) <= OVER_GAP


def stamps_article(units: Sequence[Unit], after: int, written_at: Mapping[int, WrittenDate]) -> bool:
    """Whether a release's text follows unit `after` (its title, or the stamp under it): two
    paragraphs or more that end a sentence of six words or more before the next stamped date
    line, not a listing's snippet."""
    prose = 0
    for unit in units[after + 1 :]:
        if unit.kind == "date_line" and written_at[unit.start].offset is not None:
            break
        first = unit.text.split("\n", 1)[0]
        prose += unit.kind == "paragraph" and (is_prose(first) or (first[-1] in ".!?" and len(first.split()) >= 6))
    return prose >= 2


def is_bare_over(text: str, units: Sequence[Unit], n: int, written: WrittenDate) -> bool:
    """Whether date line `n`, over the title, is a date alone, no label (`5.3.2019`), under
    the site's navigation or trail; with a weekday or a time (`Ti 5.3.2019`, `16.3.2020 klo
    10.15`) only under a news section's or a text's kind (`Kolumni`), or after the news section's name on its line (`Uutiset /
    14.3.2018`); not under an event section's (`Tapahtumat`, `Home > Events`), after an event's name (`Seminaari /
    14.3.2018`) nor under a heading of other news (`Uusimmat uutiset`)."""
    if written.role is not None or (written.end != units[n].end and not read_after(text, written.end, units[n].end)):
        return False
    over = unit_over(units, n, ("image_alt",))  # the site's logo between or not
    if over is None or units[over].kind not in ("navigation", "breadcrumb") or is_related_heading(key(units[over].text)):
        return False
    named = over == 0 and units[over].text.count("\n") == 1  # a blog's name and tagline opening the page (Blogger's)
    plain = written.hour is None and (written.start == units[n].start or under_blog_menu(units, n) or named)  # a blog's date header (`Tuesday, March 5, 2019`)
    kind = units[over].kind == "navigation" and key(units[over].text) in KICKERS and key(units[over].text) not in SECTION_KICKERS  # `Kolumni` / `Ti 8.3.2022`
    before = key(text[units[n].start : written.start]).rstrip(" |/·•")  # the line names the news section (`Uutiset / 14.3.2018`), or an event (`Seminaari / …`)
    evented = in_section(units, n, EVENT_SECTIONS) or names_an_event(before)
    return not evented and (plain or kind or before in NEWS_LABELS or in_section(units, n, NEWS_LABELS))


def under_blog_menu(units: Sequence[Unit], n: int) -> bool:
    """Whether unit `n` stands right under a blog's menu: navigation only up to its home link
    (`Home`, `Etusivu`), one of its links a blog's page (`About`, `Yhteystiedot`)."""
    named = False
    for m in range(n - 1, max(n - BLOG_MENU_ITEMS - 1, -1), -1):
        if units[m].kind not in ("navigation", "breadcrumb"):
            return False
        if key(units[m].text) in HOME_WORDS:
            return named
        named = named or any(key(line) in BLOG_MENU for line in units[m].text.split("\n"))
    return False


def unit_over(units: Sequence[Unit], n: int, past: tuple[str, ...]) -> int | None:
    """The index of the nearest unit over unit `n` of no kind in `past`, or None."""
    return next((m for m in range(n - 1, -1, -1) if units[m].kind not in past), None)


def read_after(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, after a date on its line, is a bar or a dot and a reading time, a text's kind or a news section (`| Lukuaika 3 min`, `| Uutinen`, `| Uutiset`)."""
    tail = key(text[start:end]).lstrip(" |·•")
    return tail.startswith(READING_LABELS) or tail.endswith(("min read", "min", "minutes")) or tail in KICKERS or tail in SECTION_LABELS


def in_section(units: Sequence[Unit], n: int, words: frozenset[str]) -> bool:
    """Whether the trail over unit `n` (or the one line of navigation right over it) names one
    of a section's `words` (`Tapahtumat`, `Home > Events`; `Uutiset`, `Henkilöstöuutiset`); a menu's links do not."""
    for m in range(n - 1, max(n - TRAIL_REACH, 0) - 1, -1):
        unit = units[m]
        if unit.kind not in ("navigation", "breadcrumb"):
            return False
        if (unit.kind == "breadcrumb" or (m == n - 1 and "\n" not in unit.text)) and any(names_one(word.strip(">/|›»"), words) for word in key(unit.text).split()):
            return True
    return False


def ends_in_events(units: Sequence[Unit], n: int) -> bool:
    """Whether the navigation right over unit `n` ends at an events section: its last step
    (`Home > Events`, `Tapahtumat`), not an earlier one (`News and events > News`)."""
    above = units[n - 1] if n else None
    if above is None or above.kind not in ("navigation", "breadcrumb") or "\n" in above.text:
        return False
    last = key(above.text)
    for mark in (">", "›", "»", "/", "|"):
        last = last.rpartition(mark)[2]
    return any(word in EVENT_SECTIONS for word in last.split())


def names_one(word: str, words: frozenset[str]) -> bool:
    """Whether a trail's word is one of `words`, or a compound ending in one of six letters or more (`Henkilöstöuutiset`)."""
    return word in words or any(len(w) >= 6 and word.endswith(w) for w in words)


def is_kicker_dated(text: str, unit: Unit, written: WrittenDate) -> bool:
    """Whether a date line is a section's kicker, a bar and a date, no label (`Tutkimus | 12.3.2020`), or a date (its weekday
    before it or not), a bar and its category (`15.01.2020 · Yhteistyö`: a news section, a text's kind or a story's category);
    not an event's (`Tapahtuma | …`, `… · Seminaari`, `… | Helsinki`)."""
    head, tail = text[unit.start : written.start], text[written.end : unit.end]
    if written.role is not None:
        return False
    opens = written.start == unit.start or (written.weekday is not None and len(head.split()) == 1)  # its weekday before it or not (`TI 5.3.2019 | BLOGI`)
    if opens and tail[:3] in (" | ", " · ", " • ") and len(tail.split()) <= 4 and not any(c.isdigit() for c in tail):
        return key(tail[3:]) in DATED_CATEGORIES and not names_an_event(tail)  # (not `15.01.2020 · Seminaari`, `12.3.2020 | Helsinki`: an event's day and place)
    return head.rstrip()[-1:] in ("|", "·", "•") and not key(head).startswith(READING_LABELS) and key(head).rstrip(" |·•") not in EVENT_SECTIONS


def is_release_dateline(text: str, units: Sequence[Unit], n: int, written_at: Mapping[int, WrittenDate]) -> bool:
    """Whether date line `n` is a press release's or an article's, right under its kind or
    section's kicker and right over its headline (`Tiedote` / `12.3.2019 klo 10.00`,
    `Tutkimus` / `12.3.2020`, then the title): its date; not when another kind and date follow
    (a list of releases: the first one's), nor, under a section's kicker, any other date
    line above a heading of related news (a listing); under an event section's (`Tapahtumat`
    / `15.5.2019`) only a date labelled a publication date, the event's otherwise."""
    headline = n + 2 if n + 2 < len(units) and time_under_date(text, units, n + 1) else n + 1  # its time between (`klo 10.00`)
    if n < 1 or headline >= len(units) or units[headline].kind != "title":
        return False
    kind = units[n - 1]
    gap = text.count("\n", kind.end, units[n].start)  # one blank line between a release's kind and its date or none
    if kind.kind != "navigation" or "\n" in kind.text or len(kind.text.split()) > 3 or not 1 <= gap <= (2 if key(kind.text) in RELEASE_KICKERS else 1):
        return False
    if key(kind.text) not in RELEASE_KICKERS:
        if key(kind.text) in EVENT_SECTIONS and written_at[units[n].start].role != "published":
            return False
        return (not any(c.isdigit() for c in kind.text) or is_section_year(kind.text)) and all(u.kind != "date_line" for u in units[n + 1 : related_start(units)])
    return not any(a.kind == "date_line" and key(b.text) in RELEASE_KICKERS for b, a in zip(units[n + 1 :], units[n + 2 :]))


def time_under_date(text: str, units: Sequence[Unit], n: int) -> bool:
    """Whether unit `n` is a time alone right under a date line (`20.11.2024` / `klo 10.00`), up
    to two blank lines between: the date's."""
    above = units[n - 1] if n else None
    return above is not None and above.kind == "date_line" and text.count("\n", above.end, units[n].start) <= 3 and is_time_alone(units[n].text)


def under_release_kind(text: str, units: Sequence[Unit], n: int) -> bool:
    """Whether date line `n` stands right under a release's kind (`Tiedote` / `20.11.2024`), a
    blank line between or not: a time under it is the release's."""
    kind = units[n - 1] if n else None
    return kind is not None and kind.kind == "navigation" and key(kind.text) in RELEASE_KICKERS and text.count("\n", kind.end, units[n].start) <= 2


def is_image_caption(text: str, unit: Unit) -> bool:
    """Whether a paragraph is an image's caption: a short line of one sentence right under
    a line that ends with an image tag (`<img … />`, then `Opiskelijat Myllypuron kampuksella.`)."""
    words = unit.text.split()
    if unit.kind != "paragraph" or "\n" in unit.text or len(words) > CAPTION_WORDS or any(w[-1] in ".!?" for w in words[:-1]):
        return False
    above_end = text.rfind("\n", 0, unit.start)
    if above_end <= 0:
        return False
    above = text[text.rfind("\n", 0, above_end) + 1 : above_end].rstrip()
    return above.endswith(">") and OPEN_IMG.search(above) is not None


def in_dated_list(text: str, units: Sequence[Unit], written_at: Mapping[int, WrittenDate], n: int) -> bool:
    """Whether date line `n` begins a list of dated items without teasers (an archive:
    `12.3.2019` right above or below an item's title or right over its text, and the next
    such date before any prose but the items' snippets), or the first row of a schedule (an unlabelled
    date line right under it: `Ma 3.6.2019 | Orientaatio`, `Ti 4.6.2019 | Luennot`): then
    it is the first item's date, not the page's. A labelled date (`Julkaistu …`, `Tiedote …`)
    begins one only when the next date has the same label (an archive of releases)."""
    label = date_label(text, units[n], written_at)
    if label is not None and written_at[units[n].start].role != "published":
        return False
    below = units[n + 1] if n + 1 < len(units) else None
    if below is not None and below.kind == "date_line" and text.count("\n", units[n].end, below.start) <= 1:
        return label is None and written_at[below.start].role is None
    release = label in RELEASE_KICKERS  # `Tiedote 12.3.2019 klo 10.00` over an item's headline, or another release's
    if release and n + 1 < len(units) and units[n + 1].kind == "title":
        return not alone_over(text, units, n + 1, units[n], written_at)  # over the page's title: a list's first only when other dates follow
    above = n - 2 if n >= 2 and units[n - 1].kind == "subtitle" and is_publishers(units[n - 1].text) else n - 1  # the publishers' names between
    if release and (headline_under(units, n) or units[above].kind != "title"):
        return True  # under an item's headline, or over one: not right under the page's title
    if not release and not may_date_an_item(text, units, n):
        return False
    for m in range(n + 1, len(units)):
        unit = units[m]
        if unit.kind == "date_label" or (unit.kind == "navigation" and is_related_heading(key(unit.text))):
            return False  # the next date is an event's, a deadline's or a related item's, not a listed item's
        if unit.kind == "date_line":
            other = date_label(text, unit, written_at)
            other = None if other in RELEASE_KICKERS else other  # an item's kind: a list's date all the same
            return other is None if release else other == label and may_date_an_item(text, units, m)
        if unit.kind in ("paragraph", "subtitle", "list_item") and any(is_prose(line) for line in unit.text.split("\n")):
            if not snippet(text, units, m):
                return False
    return False


def headline_under(units: Sequence[Unit], n: int) -> bool:
    """Whether a headline (a line that ends no sentence, its snippet under it or not) stands
    under date line `n`: an item's title, not a release's text."""
    below = units[n + 1] if n + 1 < len(units) else None
    first = below.text.partition("\n")[0] if below is not None else ""
    return below is not None and below.kind in ("paragraph", "subtitle") and first[-1:] not in ".!?:" and not is_prose(first)


def before_date(text: str, unit: Unit, written_at: Mapping[int, WrittenDate]) -> str:
    """What stands before the date on date line `unit`, as a key (`julkaistu`, `publicerat den`, `tutkimus |`; "" for none)."""
    return key(text[unit.start : written_at[unit.start].start])


def date_label(text: str, unit: Unit, written_at: Mapping[int, WrittenDate]) -> str | None:
    """What stands before the date on date line `unit`, as a key (`julkaistu`, `tiedote`; a bar aside),
    when the date has a label's role; None for a date without one."""
    return None if written_at[unit.start].role is None else before_date(text, unit, written_at).rstrip(" |")


def may_date_an_item(text: str, units: Sequence[Unit], n: int) -> bool:
    """Whether date line `n` may be a dated item's: next to its title (`dated_item`), or
    right over its text (no blank line between: a press release archive's items)."""
    return dated_item(text, units, n) or (n + 1 < len(units) and snippet(text, units, n + 1))


def snippet(text: str, units: Sequence[Unit], m: int) -> bool:
    """Whether unit `m` is a dated item's snippet: right under its date line, or under
    the item's one-line title right under it (no blank line between any of them)."""
    if units[m].kind not in ("paragraph", "subtitle", "list_item"):
        return False
    for k in (m - 1, m - 2):
        if k < 0 or text.count("\n", units[k].end, units[k + 1].start) > 1:
            return False
        above = units[k]
        if above.kind == "date_line":
            return True
        if above.kind not in ("paragraph", "subtitle") or "\n" in above.text or is_prose(above.text):
            return False
    return False


def dated_item(text: str, units: Sequence[Unit], n: int) -> bool:
    """Whether date line `n` stands right above or below (no blank line between) text whose
    line next to it is no prose: an item's title, or its snippet under it (`item_end`),
    so its date."""
    date = units[n]
    for other in units[max(n - 1, 0) : n] + units[n + 1 : n + 2]:
        if other.kind not in ("title", "subtitle", "paragraph"):
            continue
        above = other.start < date.start
        if not (item_end(other.text) if above else not is_prose(other.text.split("\n", 1)[0])):
            continue
        first, second = (other, date) if above else (date, other)
        if text.count("\n", first.end, second.start) <= 1:
            return True
    return False


def item_end(block: str) -> bool:
    """Whether a block may end with an item: its last line is no prose, and if it ends a
    sentence (a snippet), the line above it is an item's title, no sentence. A block whose
    sentence closes an article (`Lisätietoja antaa Maija Meikäläinen.`) does not."""
    cut = block.rfind("\n")
    last = block[cut + 1 :]
    if is_prose(last):
        return False
    if last[-1] not in ".!?":
        return True
    above = block[block.rfind("\n", 0, cut) + 1 : cut] if cut >= 0 else ""
    return above != "" and not is_prose(above) and above[-1] not in ".!?"


def listing_date(sighting: NewsSighting) -> PageDate:
    """A glued listing item's timestamp as a date: SharePoint writes local midnight in UTC."""
    local: datetime = sighting.published_utc.astimezone(LOCAL_ZONE)
    precision = "day" if local.time() == time(0) else "second"
    start = sighting.stamp_start
    return PageDate("listing", local.date(), local, precision, "listing_timestamp", sighting.timestamp, start, start + len(sighting.timestamp))
