"""Teasers: other news items shown as a title, a snippet and a "Read more" link.

A listing page (3AMK's tag pages) is nothing but teasers; an article page (Metropolia's)
ends with some. A `read_more` line closes an item: the text blocks just above it are its
title and snippet, and a date line among them (or just above the title) is the item's
date. Their units become `teaser_title` and `teaser_text`, so that another item's text is
never taken for the article's.

A page of such items, or of items each a headline, a date line and a snippet, under a news
section's heading (`Uutiset`) or an archive's (`Kategoria: Tutkimus`) is a listing: that
heading is its title (`retitle_listing`), and a title whose date starts a run of items like
it is a list's first item, its date no page's (`item_run`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from .dates import MONTHS, WEEKDAYS
from .furniture import ALL_NEWS, ARCHIVE_LABELS, FILTER_LABELS, HOME_WORDS, HUB_VERBS, LISTING_HEADINGS, SEARCH_RESULTS, SEARCH_TITLES, is_count_or_pager, is_related_heading, key, last_step, lists_items
from .lines import is_prose
from .records import Unit, title_index

ELLIPSES = ("…", "...")
MORE_NEWS = frozenset({"more news", "lisää uutisia", "fler nyheter", "muita uutisia"})  # a link under a hub's box of news, as to all news
SEARCH_REACH = 15  # units: how far over the first result a search's or a filtered listing's heading is looked for (its box, count and filters between)
HEADING_REACH = 8  # units: how far over the first item a listing's heading is looked for
ITEM_UNITS = 3  # the most text units between two items' date lines: a headline, a snippet, "Read more"
SNIPPET = 400  # characters: the longest text unit of an item (a paragraph beyond is an article's)
LISTED = 3  # date lines: the fewest that make a page of items (the first item's and two more)
SHORT_ITEM = 80  # characters: an item's text may be twice the next one's, or this long, and still be alike
TRAIL_STEPS = (">", "›", "»", " / ")  # what parts a trail's steps
BUTTONS = frozenset({"follow", "seuraa", "följ", "subscribe", "tilaa", "prenumerera", "share", "jaa", "dela"})  # a newsroom's buttons, no menu's links
MENU_TOGGLES = frozenset({"valikko", "menu", "meny", "avaa valikko", "open menu", "öppna meny"})  # a button that opens the menu, no link
FILTER_STARTS = ("rajaa ", "suodata ", "filter by ", "filtrera ", "avgränsa ")  # a filter's label in words (`Suodata aiheen mukaan`)
DAY_WORDS = frozenset({*MONTHS, *WEEKDAYS.split("|")})  # a date's own words before its number (`March 15, 2022`, `Ti 5.3.`)


class Teaser(NamedTuple):
    """One teaser item: its title unit, the start of its date line (if any), its span."""

    title: Unit
    date_start: int | None
    start: int
    end: int


def find_teasers(units: list[Unit]) -> tuple[list[Unit], list[Teaser]]:
    """The units with every teaser's blocks named, and the teasers, in page order."""
    out: list[Unit] = []
    teasers = []
    for unit in units:
        if unit.kind == "read_more":
            teaser = close_teaser(out, units)
            if teaser is not None:
                teasers.append(teaser._replace(end=unit.end))
        out.append(unit)
    return out, teasers


def is_listing(units: list[Unit], out: list[Unit], at: int) -> bool:
    """A page of items (two "Read more" or more) under a heading of its own (a block or an
    archive's heading before the item at `at` in `out`), not an article with related ones
    under it (a related heading; or no block before the first item: the article is it)."""
    if not any(unit.kind == "block" or key(unit.text).startswith(ARCHIVE_LABELS) for unit in out[:at]):
        return False
    return sum(unit.kind == "read_more" for unit in units) >= 2 and not any(
        unit.kind == "navigation" and is_related_heading(key(unit.text)) for unit in units
    )


def close_teaser(out: list[Unit], units: list[Unit]) -> Teaser | None:
    """Name the blocks just above a "Read more" line (the end of `out`) as a teaser's
    title and snippet, in place; None when no teaser stands there. Two one-line blocks
    are title and snippet when the snippet is cut short (`…`) or a date line stands above
    the title, or, on a page of items (`is_listing`; `units` are the page's), between them; and
    the title ends no sentence (an article's paragraph under its date); one
    block of several lines is title and snippet; a lone one-line block is a title, unless
    it ends with a full stop (an article's last sentence)."""
    dated, blocks, i = None, [], len(out) - 1
    while i >= 0 and len(blocks) < 2 and out[i].kind in ("date_line", "block"):
        if out[i].kind == "block":
            blocks.append(i)
        elif dated is None:
            dated = i
        i -= 1
    if not blocks:
        return None
    near = out[blocks[0]]
    dated_between = dated is not None and len(blocks) == 2 and blocks[1] < dated < blocks[0] and is_listing(units, out, blocks[1])
    paired = "\n" not in near.text and len(blocks) == 2 and "\n" not in out[blocks[1]].text and (
        near.text.endswith(ELLIPSES) or (blocks[1] > 0 and out[blocks[1] - 1].kind == "date_line") or dated_between
    ) and not out[blocks[1]].text.endswith(".")  # a snippet is cut short, or the item's date stands above its title (no sentence)
    if not paired and "\n" not in near.text and near.text.endswith("."):
        return None  # a sentence before "Read more" ends an article's paragraph: no teaser's title
    at = blocks[1] if paired else blocks[0]  # the title's block
    if dated is not None and dated < at - 1:
        dated = None  # a date line above the item's title block is another item's
    if dated is None and at > 0 and out[at - 1].kind == "date_line":
        dated = at - 1
    date_line = None if dated is None else out[dated]
    if paired:
        out[blocks[0]], out[at] = near._replace(kind="teaser_text"), out[at]._replace(kind="teaser_title")
    elif "\n" in near.text:
        out[at : at + 1] = split_block(near)
    else:
        out[at] = near._replace(kind="teaser_title")
    title = out[at]
    start = date_line.start if date_line is not None and date_line.start < title.start else title.start
    return Teaser(title, None if date_line is None else date_line.start, start, title.end)  # `find_teasers` sets the end


def split_block(block: Unit) -> list[Unit]:
    """A block of several lines as a title (its first line) and a snippet (the rest)."""
    newline = block.text.index("\n")
    title = block.text[:newline].rstrip()
    rest = block.text[newline:]
    snippet = rest.lstrip()
    snippet_start = block.start + newline + len(rest) - len(snippet)
    return [Unit("teaser_title", title, block.start, block.start + len(title)), Unit("teaser_text", snippet, snippet_start, block.end)]


def retitle_listing(units: list[Unit]) -> list[Unit]:
    """A page of dated items under a news section's heading (`Uutiset`, then items each a
    headline, its date line and a short snippet), of teasers or of items glued to their addresses under it: the heading is the
    title, and what was taken for the title before (the first item's headline, a line under
    the teasers) a paragraph."""
    t = title_index(units)
    teased = [i for i, unit in enumerate(units) if unit.kind == "teaser_title"]
    if teased and (t is None or t > teased[0] or any(u.kind == "breadcrumb" for u in units[t + 1 : teased[0]])):  # teasers over any title (or over a trail under it): the page lists them
        first, end = teased[0], teased[-1] + 1
    elif t is None and (glued := [i for i, unit in enumerate(units) if unit.kind == "news_title"]):
        first, end = glued[0], glued[-1] + 1  # a listing's items glued to their addresses (SharePoint's), no title over them
    elif t is not None and names_listing(units[t].text) and not units[t].text.endswith("."):
        return units  # the page's own heading names the listing already (`News archive 2015`; no sentence: `Aktuellt från Laurea.`)
    else:
        first = t
        end = None if t is None else items_end(units, t)
    h = None if end is None else listing_heading(units, first, end)
    if h is None and t is not None:
        h = hub_heading(units, t) or search_heading(units, t) or intro_heading(units, t)
    if h is None:
        return units
    out = list(units)
    out[h] = units[h]._replace(kind="title")
    if t is not None:
        out[t] = units[t]._replace(kind="paragraph")
    return out


def hub_heading(units: list[Unit], t: int) -> int | None:
    """The index of a hub's heading over a box of the site's news whose first item was taken
    for the title (`Ajankohtaista` under the trail's `Ajankohtaista`, then `Uutiset` and dated
    items up to `Kaikki uutiset`): a heading repeating the unit right over it, a menu's link or
    a trail's last step, within `HEADING_REACH` over the box; None for none."""
    end = item_run(units, t)
    if end is None or end >= len(units) or not (is_all_news(units[end]) or key(units[end].text) in MORE_NEWS):
        return None
    for m in range(t - 1, max(t - HEADING_REACH, 1) - 1, -1):
        unit, above = units[m], units[m - 1]
        if m == t - 1 and unit.kind == "date_line":
            continue  # the first item's date over its headline
        if unit.kind not in ("navigation", "image_alt"):
            return None
        step = key(last_step(above.text))
        if unit.kind == "navigation" and above.kind in ("navigation", "breadcrumb") and key(unit.text) == step:
            return m
    return None


def search_heading(units: list[Unit], t: int) -> int | None:
    """The index of a search's heading (`Hakutulokset`, `Search results for "3AMK"`) over its
    box, its count (`Löytyi 37 tulosta …`: there must be one) and its filters, only navigation
    between it and the first result taken for the title at `t`, within `SEARCH_REACH`; None for none."""
    counted = False
    for m in range(t - 1, max(t - SEARCH_REACH, 0) - 1, -1):
        unit = units[m]
        if unit.kind not in ("navigation", "breadcrumb", "image_alt"):
            return None
        k = key(unit.text)
        if counted and (k in SEARCH_TITLES or k.startswith(SEARCH_RESULTS)):
            return m
        counted = counted or is_count_or_pager(k)  # (every count or pager has a number)
    return None


def intro_heading(units: list[Unit], t: int) -> int | None:
    """The index of a listing's heading, the last step of a trail written a step a line from its home link (`Etusivu` /
    `Ajankohtaista` / `Uutiset`), over an introduction taken for the title (a sentence: `Haaga-Helian uusimmat uutiset …`)
    and dated items, its filter over them or not (`LISTED` date lines within `SEARCH_REACH` units under it); None for none."""
    above = t - 1
    if above < 2 or not units[t].text.endswith(".") or "\n" in units[t].text or key(units[above].text) not in LISTING_HEADINGS:
        return None
    if units[above].kind != "navigation" or not under_home(units, above):
        return None
    dated = sum(u.kind == "date_line" for u in units[t + 1 : t + 1 + SEARCH_REACH])
    return above if dated >= LISTED else None


def names_listing(title: str) -> bool:
    """Whether a title names a listing itself: an archive's or a section's heading, or one
    that opens with a section's name (`News archive 2015`, `Uutiset 2019`)."""
    words = key(title).split()
    return lists_items(title) or (bool(words) and words[0] in LISTING_HEADINGS)


def listing_heading(units: list[Unit], t: int, end: int) -> int | None:
    """The index of a listing's heading over its first item at `t` (the items end at `end`),
    across the navigation (a filter's links; under a count or a filter's label within `SEARCH_REACH`), the item's date line and image: an archive's or one
    naming its listing (`Kategoria: Tutkimus`, `Uutisarkisto`, a section's year: `News archive 2015`), or a news section's (`Uutiset`) that is no
    link of a menu: under no other short link, or over a count, under the trail's home link or the step under it, or repeating the menu's link or trail's step
    to it, over no other link (a tab's); never a kicker that the other items have too (`Blogi`).
    Of several, the archive's the trail's last step names (`Uutisarkisto` over `Uutiset 2018`), else the nearest."""
    kickers = {key(unit.text) for unit in units[t + 1 : end] if unit.kind == "navigation"}
    found, named, reach, counted = [], [], HEADING_REACH, False
    for m in range(t - 1, max(t - SEARCH_REACH, 0) - 1, -1):
        unit = units[m]
        if unit.kind in ("date_line", "image_alt"):
            continue
        if unit.kind != "navigation" or m < t - reach:
            break
        k = key(unit.text)
        if is_count_or_pager(k) or is_filter_label(k):
            counted, reach = True, SEARCH_REACH  # a count of what the listing shows or its filter: the filter's links over it
        if lists_items(unit.text) or (" " in k and names_listing(unit.text) and any(c.isdigit() for c in k)):
            found.append(m)
            named.append(m)
        elif k in LISTING_HEADINGS and k not in kickers and (not under_link(units, m) or (not is_link(units[m + 1]) and (counted or under_home(units, m) or any(names_section(u, k) for u in units[:m])))):
            found.append(m)
    trails = [u for u in units[: found[-1]] if any(mark in u.text for mark in TRAIL_STEPS)] if named else []
    return next((m for m in named if any(names_section(u, key(units[m].text)) for u in trails)), found[0] if found else None)


def is_filter_label(k: str) -> bool:
    """Whether a line's key is a filter's label over its links (`Rajaa:`, `Suodata aiheen mukaan`, `Filter by topic`)."""
    return k.rstrip(" :") in FILTER_LABELS or k.startswith(FILTER_STARTS)


def under_home(units: list[Unit], m: int) -> bool:
    """Whether unit `m` ends a trail written a step a line from its home link (`Startsida` / `Aktuellt` / `Nyheter`), or is the next step under its lone home link."""
    return key(units[m - 1].text) in HOME_WORDS or (m > 1 and key(units[m - 2].text) in HOME_WORDS and is_link(units[m - 1]))


def under_link(units: list[Unit], m: int) -> bool:
    """Whether unit `m` stands right under a menu's links (a block of them, or a link other than its own text; no menu's button)."""
    above = units[m - 1] if m else None
    if above is None or key(above.text) in MENU_TOGGLES:
        return False  # (a menu's button, `Meny`, over the page's heading)
    return key(above.text) != key(units[m].text) and (is_link(above) or (above.kind == "navigation" and "\n" in above.text))


def is_link(unit: Unit) -> bool:
    """A menu's or a tab's link: one line of navigation, four words at most; not a trail
    (`Etusivu » Ajankohtaista`), a filter's label (`Filter by category`) nor a button (`Follow`)."""
    if unit.kind != "navigation" or "\n" in unit.text or len(unit.text.split()) > 4:
        return False
    k = key(unit.text)
    return not any(mark in unit.text for mark in TRAIL_STEPS) and not k.startswith(HUB_VERBS) and k not in BUTTONS


def names_section(unit: Unit, k: str) -> bool:
    """Whether navigation `unit` is a menu's link to section `k`, or a trail ending at it (`Etusivu > Uutiset`)."""
    if unit.kind not in ("navigation", "breadcrumb"):
        return False
    last = key(unit.text).rstrip(" >/»›")
    for mark in TRAIL_STEPS:
        last = last.rpartition(mark)[2]
    return last.strip() == k


def items_end(units: list[Unit], t: int) -> int | None:
    """Where a run of items ends whose first is the title at `t` (`item_run`), or None when
    it is no such first: no link to all news ends the run (a box on a front page or over an
    article), nor does another box's heading stand in it, nor a date line follow it (`dated_after`)."""
    end = item_run(units, t)
    if end is None:
        return None
    boxed = end < len(units) and is_all_news(units[end])  # a box of the site's news, over more
    sections = Counter(key(u.text) for u in units[t + 1 : end] if u.kind in ("navigation", "paragraph") and key(u.text) in LISTING_HEADINGS)
    boxed = boxed or 1 in sections.values()  # another box's heading among the items (`Tapahtumat`); a kicker every item has is none
    return None if boxed or dated_after(units, end) else end


def item_run(units: Sequence[Unit], t: int) -> int | None:
    """Where a run of items ends whose first is the title at `t`, or None when it is none:
    its date line right over or under it (a kicker between or not), then date lines dated
    alike at most `ITEM_UNITS` short text units apart, `LISTED` in all, the first item as many
    lines as another (the last one too, when each date stands over its headline) and its text
    at most twice as long, and no two paragraphs of prose among them (an article's). The
    title's date is then an item's."""
    first = next((m for m in (t - 1, t + 1, t + 2) if 0 <= m < len(units) and units[m].kind == "date_line"), None)
    if first is None or (first == t + 2 and not is_link(units[t + 1])):
        return None
    gaps: list[tuple[int, int]] = []  # between two date lines: how many lines of text, and the longest unit's length
    between, lines, longest = 0, 0, 0
    last, navigated = None, False  # the last item's text under its date up to the navigation under it (items dated over their headlines)
    for m in range(first + 1, len(units)):
        unit = units[m]
        if unit.kind == "date_line" and not dated_alike(units[first], unit):
            break  # another kind of date: an event's programme under its page's date
        if unit.kind == "date_line":
            gaps.append((lines, longest))
            between, lines, longest, last, navigated = 0, 0, 0, None, False
        elif unit.kind != "image_alt" and not is_related(unit):
            between, lines, longest = between + 1, lines + 1 + unit.text.count("\n"), max(longest, len(unit.text))
        if unit.kind == "paragraph" and is_prose(unit.text) and units[m - 1].kind == "paragraph" and is_prose(units[m - 1].text):
            return None  # an article's text, two paragraphs: the items were a box over it
        if between > ITEM_UNITS or len(unit.text) > SNIPPET or unit.kind == "breadcrumb" or is_related(unit) or is_all_news(unit):
            break
        if unit.kind not in ("date_line", "image_alt"):
            navigated = navigated or unit.kind == "navigation"
            last = last if navigated else (lines, longest)  # (never the unit that ends the run)
    else:
        m = len(units)
    others = gaps[1:] + ([last] if first == t - 1 and last is not None and len(gaps) >= LISTED - 1 else [])
    if not others or not min(g[0] for g in others) <= gaps[0][0] <= max(g[0] for g in others) or gaps[0][1] > 2 * max(max(g[1] for g in others), SHORT_ITEM):
        return None  # the first item is no item like the next: an article over related ones
    return m


def dated_alike(a: Unit, b: Unit) -> bool:
    """Whether two date lines are an item's each: the same label before the date (`Uutinen |`,
    none; a weekday or a month's name aside), or a kicker and the same mark (`Tutkimus ·`, `Yhteistyö ·`)."""
    head_a, head_b = date_head(a), date_head(b)
    return head_a == head_b or (head_a[-1:] == head_b[-1:] and head_a[-1:] in ("|", "·", "•"))


def date_head(unit: Unit) -> str:
    """What stands before a date line's first number, a weekday's or a month's name aside (`uutinen |`, `published`)."""
    digit = next((i for i, c in enumerate(unit.text) if c.isdigit()), 0)
    return " ".join(w for w in key(unit.text[:digit]).split() if w.strip(",.") not in DAY_WORDS)


def is_all_news(unit: Unit) -> bool:
    """A link to all news (`Kaikki uutiset »`): navigation, a short line."""
    return unit.kind == "navigation" and len(unit.text) <= 40 and key(unit.text).strip(" »›→") in ALL_NEWS


def is_related(unit: Unit) -> bool:
    """A heading of related news or comments."""
    return unit.kind in ("navigation", "breadcrumb") and is_related_heading(key(unit.text))


def dated_after(units: list[Unit], end: int) -> bool:
    """Whether a date line follows the run of items that ends at `end`, before any heading of
    related news: another box of items (a front page's) or an article under them."""
    for unit in units[end:]:
        if is_related(unit):
            return False
        if unit.kind == "date_line":
            return True
    return False
