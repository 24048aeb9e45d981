"""Date lines: a line that is nothing but a date, perhaps with a label or a weekday.

A date is read in two steps. `read_date_line` finds what is written (`Modified 7/4/2016
1:41 PM`, `pe 19.4.2024`, `Julkaistu 3.2.2015`, `05.09.2016`) without deciding the day
order; `resolve` gives the calendar day once the page's layout is known. Dots are day
first wherever they are written; with slashes the order is a fact of the layout
(SharePoint's English pages: month first), and where it is not known a date whose two
numbers could each be the month is no date but a finding. Dates inside running text are
events, never read here, and so is a weekday with a date and a time and no label
(`ke 15.5.2019 klo 10.00`: the role "event"; not with a dash before the time, Drupal's
post date `ti, 26.03.2019 - 14:05`). Times are local (Europe/Helsinki) but a press release
service's, which names its zone (`09:00 CET`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple

from ..paths import LOCAL_ZONE

LONGEST = 60  # characters: a longer line is no date line (and is never matched)
LABEL_WORDS = 4  # the most words of a date's label (`senast uppdaterad den`)
LONGEST_TWO = 2 * LONGEST  # characters: a publication and an update on one line, each at most LONGEST
LABELS = {
    **dict.fromkeys((
        "modified", "last modified", "modified on", "muokattu", "päivitetty", "päivitetty viimeksi", "viimeksi päivitetty",
        "updated", "updated on", "last updated", "last updated on", "uppdaterad", "senast uppdaterad", "ändrad",
        "senast ändrad", "viimeksi muokattu", "muokattu viimeksi", "sivu päivitetty", "sivua päivitetty", "sivu muokattu",
        "page updated", "page last updated", "last edited", "edited", "sidan uppdaterad", "sidan senast uppdaterad",
        "uppdaterad den", "senast uppdaterad den",
    ), "modified"),
    **dict.fromkeys((
        "published", "published on", "julkaistu", "julkaisupäivä", "julkaisuajankohta", "julkaisuaika", "publiceringsdatum",
        "publiceringstid", "posted", "posted on", "publicerad", "publicerat", "sivu julkaistu", "page published", "sidan publicerad",
        "publicerad den", "publicerat den", "kirjoitettu", "written", "written on", "skrivet", "skriven", "postat", "postat den",
        "postad", "postad den", "lähetetty", "article published", "artikkeli julkaistu", "first published", "originally published", "julkaistu alun perin", "alun perin julkaistu", "ursprungligen publicerad",
        "julkaisuvapaa", "publiceringsfri", "lisätty",  # a release's embargo ends, a page added
    ), "published"),
}
# A press release's or a news item's kind before its date on one line (`Tiedote 5.3.2018 klo 10.00`,
# `Press release 5 March 2018`, `Uutinen 4.11.2019`): the item's date. Alone on its line it is a kicker, not a date's label.
RELEASE_LABELS = dict.fromkeys((
    "tiedote", "lehdistötiedote", "mediatiedote", "press release", "news release", "media release", "pressmeddelande", "pressrelease",
    "uutinen", "nyhet", "uutinen julkaistu", "hankeuutinen", "henkilöstöuutinen", "henkilöstötiedote",
), "published")
# A news section's name before its date on one line over the headline (`Uutiset 13.06.2018`, `News
# 14.11.2019`, `Blog 23.4.2020`): the item's date, as a kind's; alone on its line it is a section's label.
SECTION_DATE_LABELS = dict.fromkeys(("uutiset", "news", "nyheter", "blogi", "blog", "blogg", "tiedotteet", "ajankohtaista", "aktuellt"), "published")
LINE_LABELS = {**LABELS, **RELEASE_LABELS, **SECTION_DATE_LABELS}  # what may stand before a date on its line
READING_LABELS = ("lukuaika", "reading time", "läsningstid", "read time")  # a reading time's label (`Lukuaika 3 min`)
READING = "(?:" + "|".join(READING_LABELS) + ")"  # the same, in a pattern
# An event's or a deadline's time, not the page's: a label alone on the line above a date, or
# before it and a bar (`Aika | 15.5.2019`).
EVENT_LABELS = dict.fromkeys((
    "when", "aika", "milloin", "ajankohta", "date", "päivämäärä", "tapahtuma-aika", "event date", "time", "tid", "datum",
    "när", "päivä", "aika ja paikka", "paikka ja aika", "tapahtuman tiedot", "hakuaika", "hakuaika päättyy", "deadline",
    "ilmoittautuminen", "ilmoittaudu viimeistään", "registration", "anmälan", "where and when", "when and where",
    "date and time", "time and date", "time and place", "time and venue", "date and place", "date and venue",
    "place and time", "päivämäärä ja aika", "ajankohta ja paikka", "aika ja päivämäärä", "tid och plats", "plats och tid",
    "datum och tid", "tapahtuma alkaa", "tapahtuma päättyy", "alkaa", "päättyy", "starts", "ends", "begins",
    "haku alkaa", "haku päättyy", "hakuaika alkaa", "viimeinen hakupäivä", "hae viimeistään", "ilmoittautuminen päättyy",
    "ilmoittautumisaika", "application deadline", "application period", "registration deadline", "apply by",
    "sista ansökningsdag", "ansökningstid", "sista anmälningsdag", "closing date", "opening date", "start date",
    "end date", "event dates", "dates", "tapahtuman ajankohta", "tapahtumapäivä", "kurssin ajankohta", "koulutuksen ajankohta",
    "työsuhteen alkamispäivä", "aloituspäivä", "alkamispäivä", "tidpunkt", "sista dag",
), "event")
MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan", "tammikuuta", "januari", "tammikuu", "tammik"), ("february", "feb", "helmikuuta", "februari", "helmikuu", "helmik"),
            ("march", "mar", "maaliskuuta", "mars", "maaliskuu", "maalisk"),
            ("april", "apr", "huhtikuuta", "huhtikuu", "huhtik"), ("may", "toukokuuta", "maj", "toukokuu", "toukok"),
            ("june", "jun", "kesäkuuta", "juni", "kesäkuu", "kesäk"), ("july", "jul", "heinäkuuta", "juli", "heinäkuu", "heinäk"),
            ("august", "aug", "elokuuta", "augusti", "elokuu", "elok"), ("september", "sep", "sept", "syyskuuta", "syyskuu", "syysk"),
            ("october", "oct", "lokakuuta", "oktober", "okt", "lokakuu", "lokak"), ("november", "nov", "marraskuuta", "marraskuu", "marrask"),
            ("december", "dec", "joulukuuta", "joulukuu", "jouluk"),
        ),
        1,
    )
    for name in names
}
MONTH_LONGEST = max(len(name) for name in MONTHS)  # characters: the longest month's name
# Words that name an event: after a weekday's date and a bar (`to 16.5.2019 | Avoimet ovet`), the
# date is the event's, not the page's. Without a weekday such words are a post's category (`12.3.2019 | Tapahtumat`).
EVENT_WORDS = (
    "avoimet ovet", "open house", "öppet hus", "seminaari", "seminar", "webinaari", "webinar", "työpaja", "workshop",
    "tapahtum", "event", "evenemang", "messut", "fair", "hackathon", "juhla", "konferenssi", "conference", "infotilaisuus",
    "info session", " koulutus", "training",
)  # looked for in text a space opens (` koulutus`: at a word's start, not in `erikoistumiskoulutusten`)
EVENT_SECTIONS = frozenset({"tapahtumat", "events", "evenemang", "tapahtuma", "event"})  # a date under them, or after them and a bar, is the event's
CAMPUS_WORDS = frozenset({"kampus", "kampuksella", "campus", "campusen", "kampusen"})
WEEKDAYS = (
    "maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina|"  # `Julkaistu maanantaina 11.3.2019`
    "maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|monday|tuesday|wednesday|thursday|friday|"
    "saturday|sunday|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|ma|ti|ke|to|pe|la|su|mon|tue|wed|thu|fri|sat|"
    "sun|mån|tis|ons|tors|tor|fre|lör|sön|den"
)
# Each weekday's number (Monday 0), its names and abbreviations in Finnish, English and Swedish.
WEEKDAY_NUMBERS = {
    name: n
    for n, names in enumerate((
        "maanantaina maanantai ma monday mon måndag mån", "tiistaina tiistai ti tuesday tue tisdag tis",
        "keskiviikkona keskiviikko ke wednesday wed onsdag ons", "torstaina torstai to thursday thu torsdag tors tor",
        "perjantaina perjantai pe friday fri fredag fre", "lauantaina lauantai la saturday sat lördag lör",
        "sunnuntaina sunnuntai su sunday sun söndag sön",
    ))
    for name in names.split()
}


def _time(n: str) -> str:
    """A time after a date, its groups named with suffix `n`: `1:41 PM`, `klo 15.01`, `- 14:05`,
    `at 2:30 pm`, `kl. 14.30`; an hour alone after `klo` or before `am`/`pm` (`read_date_line` checks)."""
    return (
        rf"(?:,?\s*(?:(?P<at{n}>klo|kello|kl\.|at|[-–])\s*)?(?P<h{n}>\d{{1,2}})(?:[:.](?P<mi{n}>\d{{2}}))?"
        rf"(?:\s*(?P<ampm{n}>[ap]\.?m\b\.?))?)?"
    )


# The whole (stripped, at most LONGEST characters) line; every part is bounded, nothing nests.
# After the date may come a time (`_time`) and a section or author (`| Uutiset`, `/ News`,
# `by admin`, `by 3AMK`; after a label `in News`, `kategoriassa Blogi`), never another number
# but a reading time (`· 5 min read`, `· Lukuaika 3 min`). A day may have its ordinal's letters
# (`12th March 2019`, `12th of March 2019`).
_DATE_LINE = re.compile(
    r"(?:(?P<label>" + "|".join(sorted(LINE_LABELS, key=len, reverse=True)) + r")\s*:?\s*)?"
    r"(?:(?P<weekday>" + WEEKDAYS + r")\.?,?\s+)?"
    r"(?P<date>(?P<a>\d{1,2})(?P<sep>[./])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<y>\d{4})" + _time("")
    + r"|(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<ed>\d{1,2})(?:st|nd|rd|th)?(?:\.\s*|\s+)(?:of\s+)?(?P<emon>[a-zäö]{3,11})\.?,?\s+(?P<ey>\d{4})"
    r"|(?P<fmon>[a-zäö]{3,9})\.?\s+(?P<fd>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<fy>\d{4}))" + _time("2") + ")"
    r"\.?(?:\s*[|/·]\s*(?P<after>(?:[^\d|/·]|\d(?=[^\W\d_])){1,40})|\s+(?P<by>by|av|kirjoittaja|tekijä|in|i|kategoriassa)(?:\s+\d{0,3}[^\d\s]{1,30}){1,4})?"
    r"(?:\s*[·•|]\s*(?:" + READING + r":?\s?\d{1,3}\s?(?:min|minuuttia|minutes?|minuter)\.?"
    r"|\d{1,3}\s?(?:min|minutes?|minuutin|minuters?)\s(?:read|lukuaika|läsning)))?",
    re.IGNORECASE,
)
# A WordPress theme's sentence under a post (Kubrick's `This entry was posted on Monday, March 5th,
# 2018 at 10:15 am and is filed under News.`, its Finnish `Tämä artikkeli julkaistiin maanantai,
# 4. helmikuuta 2019 kello 12.00 …`, Swedish `Detta inlägg publicerades måndag, 5 mars 2018 …`): the
# post's date, named. Matched at the line's start only.
_POST_FOOTER = re.compile(
    r"(?:this entry was posted on|tämä (?:artikkeli|kirjoitus) (?:julkaistiin|on julkaistu)|detta inlägg (?:publicerades|är publicerat))\s(?:(?:" + WEEKDAYS + r"),?\s)?"
    r"(?P<date>[a-z]{3,9}\s\d{1,2}(?:st|nd|rd|th)?,\s\d{4}|\d{1,2}\.?\s[a-zäö]{3,11}\s\d{4})(?![\d])",
    re.IGNORECASE,
)
# A byline, then the date the author wrote it (`Kirjoittanut Heikki Esimerkki, 05.03.2015`, `By Anna
# Testaaja, March 5, 2019`, `Teksti: Anna Testaaja | 18.11.2016`, `Kirjoittanut Päivi Esimerkki 10.3.2015`):
# names without a number or a mark.
_BYLINE = re.compile(
    r"(?:kirjoittanut|kirjoittaja:|teksti(?: ja kuvat?)?:|kuva ja teksti:|text(?: and photos?)?:|text och (?:foto|bild):|written by|by|av)"
    r"\s+(?:[^\d|,·•:()]|\d(?=[^\W\d_])){3,60}(?:[,|·•]\s*|\s)",
    re.IGNORECASE,
)
_BYLINE_FIRST = frozenset("KkTtWwBbAa")
_AUTHOR_BYS = ("by", "av", "kirjoittaja", "tekijä")  # an author after a date: `5.3.2019 by Anna`, `Julkaistu 5.3.2019 kirjoittaja Anna`, `… tekijä Anna`
_SUBMITTED_BY = ("submitted by ", "posted by ", "lähettänyt ", "postat av ", "postad av ", "inskickat av ")  # Drupal's author before a node's date
_SUBMITTED_FIRST = frozenset(c for lead in _SUBMITTED_BY for c in (lead[0], lead[0].upper()))
# A credit before a text's date: its label, a colon, names without a number (`Kuvat: Anna Kuvaaja`).
_CREDIT_LABELS = ("teksti", "text", "kuvat", "kuva", "kuvaaja", "photos", "photo", "foto", "bild", "kirjoittaja", "author", "toimittaja", "editor", "grafiikka", "graphics")
_CREDIT = re.compile(r"(?:" + "|".join(_CREDIT_LABELS) + r"):\s[^\d|:]{2,60}", re.IGNORECASE)
_CREDIT_FIRST = frozenset(c for label in _CREDIT_LABELS for c in (label[0], label[0].upper()))  # (most lines: at once)
# Where a statement or a letter was signed, before its date: a town of the region, or a
# Finnish one, as written there (`Helsingissä`, `Vantaalla`, `Helsingfors`), perhaps a comma.
SIGNING_PLACES = frozenset({
    "Helsingissä", "Espoossa", "Vantaalla", "Kauniaisissa", "Keravalla", "Porvoossa", "Tuusulassa", "Järvenpäässä", "Hyvinkäällä",
    "Lohjalla", "Turussa", "Tampereella", "Lahdessa", "Oulussa", "Jyväskylässä", "Kuopiossa", "Helsinki", "Espoo", "Vantaa",
    "Helsingfors", "Esbo", "Vanda", "Borgå", "Grankulla", "Kervo", "Åbo",
})
_PLACE = re.compile(r"(?:" + "|".join(sorted(SIGNING_PLACES)) + r"),?\s(?=\d)")
_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A day and a month the text names (`20.3.`, `20.03.2019`, `20. maaliskuuta`, `March 20`): bounded, nothing nests.
_NAMED_DAY = re.compile(
    r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.|(?<![\d.])(\d{1,2})\.?\s{1,3}([a-zäö]{3,12})"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s(\d{1,2})\b",
    re.IGNORECASE,
)
# How a label opening a line of a date and more begins: `Julkaistu`, `Published`, `Publicerad`, `Posted`, `Postat`, `Sivu julkaistu`,
# `First published`, `Originally published`, `Lisätty`.
_PUBLISHED_STARTS = frozenset({"julk", "publ", "post", "sivu", "page", "sida", "firs", "orig", "lisä"})
_PUBLISHED_FIRST = frozenset(c for start in _PUBLISHED_STARTS for c in (start[0], start[0].upper()))
_THEN_MARKS = ",·•|("  # what parts a publication date from the update's on one line
_UPDATE_LABELS = sorted((label for label, role in LABELS.items() if role == "modified"), key=len, reverse=True)
_UPDATED_IN = re.compile(  # an update's label within a line; the lookahead for a first character lets `re` pass other places
    "(?i)(?=[" + "".join(sorted({label[0] for label in _UPDATE_LABELS})) + "])(?:" + "|".join(map(re.escape, _UPDATE_LABELS)) + ")"
)
_UPDATED_FIRST = frozenset(c for label, role in LABELS.items() if role == "modified" for c in (label[0], label[0].upper()))  # how an update's label may begin
_TIME_WORDS = frozenset({*WEEKDAYS.split("|"), *MONTHS, "klo", "kello", "at", "-", "–", "am", "pm"})  # words of a date and time
# A press release service's header: the release's date and time with its zone (STT's `4.2.2021
# 09:00:00 EET`, Cision's `ti, syys 05, 2017 09:00 CET` and `March 06, 2019 09:00 (CET)`, a
# newsroom's `Nov 04, 2020 10:00 EET`: a colon in the time), alone or among the publisher and the release's kind
# parted by bars or dots (`4.2.2021 09:00:00 EET | Laurea | Press release`). The zone tells it
# from an event's time; the part is at most LONGEST characters, nothing nests.
WIRE_MONTHS = {
    **MONTHS,
    **{name: n for n, name in enumerate(("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"), 1)},
}
ZONE_HOURS = {"EET": 2, "EEST": 3, "CET": 1, "CEST": 2, "UTC": 0, "GMT": 0}  # hours east of UTC
_WIRE_DATE = re.compile(
    r"(?:(?:" + WEEKDAYS + r")\.?,?\s+)?"
    r"(?:(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<fmon>[a-zäö]{3,9})\.?\s+(?P<fd>\d{1,2}),?\s+(?P<fy>\d{4})|(?P<ed>\d{1,2})\.?\s+(?P<emon>[a-zäö]{3,11})\.?\s+(?P<ey>\d{4}))"
    r",?\s+(?:klo\s+|kl\.\s+|at\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::\d{2})?\s+\(?(?P<zone>(?-i:EET|EEST|CET|CEST|UTC|GMT))\)?",
    re.IGNORECASE,
)
# A badge's month: its name as the sites write it, or shortened to three letters (but `mar`,
# the Finnish November's too, is March: English and Swedish badges write it).
BADGE_MONTHS = {**WIRE_MONTHS, **dict(zip(("tam", "hel", "maa", "huh", "tou", "kes", "hei", "syy", "lok", "jou"), (1, 2, 3, 4, 5, 6, 7, 9, 10, 12)))}
BADGE_LONGEST = 30  # characters: a badge's day, month and year with the line breaks between
_FIELD = re.compile(r"\s*+\|?\s*+[^\W\d_][^|:\d]{0,30}:\s")  # a labelled field after a date: ` | Kategoria: `, `   Kirjoittaja: `
_PUBLISHED_IN = re.compile(r"published in [^|·•]{1,40} · (?:\d{1,3} min read · )?", re.IGNORECASE)  # a publication, a reading time
FIELD_MARKS = (" | ", " · ", " • ", " / ")  # what parts a line's fields after its date
_FIELDS_PARTS = re.compile("|".join(re.escape(mark) for mark in FIELD_MARKS))
_WIRE_PARTS = re.compile(r"\s[|•·]\s|\s[|•·]$")  # a bar or a dot between spaces parts a header's fields
_LEADING_WEEKDAY = re.compile(r"(?:(?:" + WEEKDAYS + r")\.?,?\s+)?", re.IGNORECASE)  # `La ` of `La 8.2.…`, or none
ISO_DAY = len("2016-11-27")  # an ISO stamp's day before its `T`
_ISO_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})")  # a machine's time and its zone
_TIME_ALONE = re.compile(r"(?:(?:klo|kello|kl\.)\s?)?(?P<h>\d{1,2})[.:](?P<mi>\d{2})|(?:klo|kello|kl\.)\s?(?P<hour>\d{1,2})", re.IGNORECASE)  # `klo 10.00`, `10:15`, `klo 10`
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"  # marks around a date that `str.strip` leaves
_LABEL_START = re.compile(r"(?:" + "|".join(sorted(LABELS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_SECTION = re.compile(  # a section or a name before the date (`Uutiset | 12.3.2019`, `Tutkimus · 9.10.2020`, `Kaisa Demo / 8 April 2011`), or a reading time (`Lukuaika 2 min | …`)
    r"(?:[^\d|/·•]{1,30}|" + READING + r":?\s?\d{1,3}\s?(?:min|minuuttia|minutes?|minuter)\.?\s*"
    r"|\d{1,3}\s?(?:min|minutes?|minuutin|minuters?)\s(?:read|lukuaika|läsning)\s*)(?:[|·•]|(?<= )/(?= ))\s*",
    re.IGNORECASE,
)
DATE_LABELS = {**LABELS, **EVENT_LABELS}  # every label's role: on the date's line, alone above it, or before a bar
# What a date line the reader cannot read may hold: a numeric date (a two-digit year too) or
# an ISO date (not a listing's timestamp); or, in a line with a year, a day and a month's
# name (its first three letters) in either order (looked for only then: a case-blind
# search for the names costs twice the numeric one).
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[./](?:\s|&nbsp;|[\u200b\u2060])?\d{1,2}[./](?:\s|&nbsp;|[\u200b\u2060])?(?:\d{4}|\d{2}(?![\d.]))"
    r"|\d{4}-\d{2}-\d{2}(?!T))(?!\d)"
)  # an entity or a zero-width mark after a dot: a date that cannot be read
_FOUR_DIGITS = re.compile(r"\d{4}")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tam|hel|maa|huh|tou|kes|hei|elo|syy|lok|jou|maj|okt)[a-zäö]*+\.?"
_NAMED_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s{{1,3}}{_MONTH}\s{{1,3}}\d{{4}}\b|\b{_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}\d{{4}}\b",
    re.IGNORECASE,
)


# A line that is a month and its year alone (`March 2019`, `Julkaistu maaliskuussa 2019`): no
# day to take. Whole month names (a Finnish one with any ending), not `_MONTH`'s first three
# letters: `Helsinki 2019` and `Kesä 2020` are no months.
_MONTH_NAMES = (
    "(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu[a-zäö]*+|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "januari|februari|mars|maj|juni|juli|augusti|oktober|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec)\.?"
)
_MONTH_YEAR = re.compile(
    r"(?:(?:" + "|".join(sorted(LABELS, key=len, reverse=True)) + rf")\s*+:?\s*+)?(?:{_MONTH_NAMES})\s{{1,3}}\d{{4}}",
    re.IGNORECASE,
)


class WrittenDate(NamedTuple):
    """A date as a line writes it: `first` and `second` in written order (day and month
    when `slashed` is False), the span of the date itself, and the role its label gives;
    `padded`: a slashed date's number with a leading zero (`12/03/2019`)."""

    role: str | None
    start: int
    end: int
    year: int
    first: int
    second: int
    slashed: bool
    hour: int | None = None
    minute: int | None = None
    ampm: str | None = None
    padded: bool = False
    offset: int | None = None  # hours east of UTC of a written zone (`09:00 CET`); else the time is Helsinki's
    weekday: int | None = None  # the weekday written before the date (Monday 0), if any


class Resolved(NamedTuple):
    """A calendar day, the local time when one is written, and how precise it is; `unclear`
    says why a written time was not kept (it does not exist, or occurs twice, that day)."""

    day: date
    timestamp: datetime | None
    precision: str
    unclear: str | None = None


def read_date_line(text: str, start: int, end: int) -> WrittenDate | None:
    """The date that `text[start:end]` (one stripped line) is, or None."""
    if text[start : start + 1] in ("T", "t", "D", "d") and (footer := _POST_FOOTER.match(text, start, min(end, start + LONGEST_TWO))) is not None:
        return _footer_date(text, footer)
    if end - start > LONGEST_TWO:
        return None
    if text.find("\n", start, end) >= 0:
        return read_badge(text, start, end)
    start, end = visible(text, start, end)
    single = end - start <= LONGEST
    role, m = None, _DATE_LINE.fullmatch(text, start, end) if single else None
    if m is None and start < end and (m := _date_then_more(text, start, end, single)) is not None:
        role = "published"  # a date with its update after it is the publication's, a label or none before it
    if m is None and start < end and text[start] in _UPDATED_FIRST and (published := _updated_then_published(text, start, end)) is not None:
        return published
    if m is None and (single or _has_bar(text, start, end)):  # a section, a date and a publisher between bars may run longer
        m, role = _after_byline_or_section(text, start, end)
    if m is None:
        return _wire_header(text, start, end) if may_be_stamp(text, start, end) else _iso_stamp(text, start, end)
    if ((m.group("by") or "by").casefold() not in _AUTHOR_BYS and not m.group("label") and role != "published"):
        return None  # `in News`, `kategoriassa Blogi` after a date only after its label or byline: `Posted March 5, 2019 in News`
    if m.group("label"):
        role = label_role(m)
    n = "" if m.group("a") else "2"  # the time's groups: a numeric date's, or an ISO or a named one's
    at, hour, minute, ampm = m.group("at" + n), m.group("h" + n), m.group("mi" + n), m.group("ampm" + n)
    if hour is not None and minute is None and ampm is None and at not in ("klo", "kello", "kl."):
        return None  # a number after a date, no time (`5.3.2018 14`, `- 14`)
    timed = hour is not None and at not in ("-", "–")  # Drupal's `ti, 26.03.2019 - 14:05` is a post's
    # `22.5.2019 klo 12`, or a time after a named or ISO date (`May 15, 2019 at 2:30 pm`) with no label: when an event is
    events_time = hour is not None and ((minute is None and ampm is None) or (n == "2" and at not in ("-", "–")))
    if role is None and (m.group("weekday") and (timed or names_an_event(m.group("after"))) or names_a_campus(m.group("after")) or events_time):
        role = "event"  # `ke 15.5.2019 klo 10.00`, `to 16.5.2019 | Avoimet ovet`, `15.5.2019 | Myllypuron kampus`: when an event is
    clock = (None, None, None) if hour is None else (int(hour), int(minute or 0), ampm and ampm.replace(".", "").upper())
    where = (role, *m.span("date"))
    if m.group("a"):
        slashed, padded = m.group("sep") == "/", m.group("a")[0] == "0" or m.group("b")[0] == "0"
        weekday = WEEKDAY_NUMBERS.get((m.group("weekday") or "").casefold())
        return WrittenDate(*where, int(m.group("y")), int(m.group("a")), int(m.group("b")), slashed, *clock, slashed and padded, weekday=weekday)
    if m.group("iy"):
        return WrittenDate(*where, int(m.group("iy")), int(m.group("id")), int(m.group("im")), False, *clock)
    day_month_year = _day_month_year(m)
    return None if day_month_year is None else WrittenDate(*where, *day_month_year, False, *clock)


def visible(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a line without the invisible marks at its ends (`_INVISIBLE`: a zero-width space, a byte order mark)."""
    while start < end and text[start] in _INVISIBLE:
        start += 1
    while end > start and text[end - 1] in _INVISIBLE:
        end -= 1
    return start, end


def read_badge(text: str, start: int, end: int) -> WrittenDate | None:
    """A date a theme's badge splits over two or three lines (`05` / `MAR` / `2019`, `Mar` /
    `05` / `2019`, `14` / `maalis` / `2019`, `5.3.` / `2019`), or None: a day, a month's name
    or number, a year, nothing else."""
    if end - start > BADGE_LONGEST:
        return None
    words = text[start:end].split()
    if len(words) == 2 and words[0].count(".") == 2 and words[0].endswith("."):
        day, month, year = *words[0].split(".")[:2], words[1]  # `5.3.` / `2019`
        number = int(month) if month.isdecimal() and len(month) <= 2 else None
    elif len(words) == 3:
        day, month, year = (words[1], words[0], words[2]) if words[1].isdecimal() else words
        number = BADGE_MONTHS.get(month.casefold().rstrip("."))
    else:
        return None
    if number is None or not day.isdecimal() or len(day) > 2 or not year.isdecimal() or len(year) != 4:
        return None
    return WrittenDate(None, start, end, int(year), int(day), number, False)


def is_signing_place(words: str) -> bool:
    """Whether what stands before a date on its line is where a text was signed (`Helsingissä`, `Vantaalla,`)."""
    return words.strip().rstrip(",") in SIGNING_PLACES


def named_days(text: str, start: int, end: int) -> set[tuple[int, int]]:
    """The days and months `text[start:end]` names (`20.3.`, `20. maaliskuuta`, `March 20`), as (day, month)."""
    days = set()
    for m in _NAMED_DAY.finditer(text, start, end):
        if m.group(1):
            days.add((int(m.group(1)), int(m.group(2))))
        elif m.group(3) and (month := MONTHS.get(m.group(4).casefold())):
            days.add((int(m.group(3)), month))
        elif m.group(5):
            days.add((int(m.group(6)), _ENGLISH_MONTHS.index(m.group(5).casefold()) + 1))
    return days


def may_be_stamp(text: str, start: int, end: int) -> bool:
    """Whether a line may be a press service's stamp (`_WIRE_DATE`): short enough, a colon or a dot and a zone's letters in it."""
    return end - start <= LONGEST_TWO and (text.find(":", start, end) >= 0 or text.find(".", start, end) >= 0) and any(text.find(zone, start, end) >= 0 for zone in ZONE_HOURS)


def _wire_header(text: str, start: int, end: int) -> WrittenDate | None:
    """The release's date and time in a press release service's header (`_WIRE_DATE`): one
    field of the line, a label before it or not, an update's after it or not (`Julkaistu:
    03.06.2020 09:00 EEST | Päivitetty: …`), the others (a publisher, a kind) words without a
    number; an event's time when one names an event (`Webinar · …`); or None."""
    found, found_role, at = None, "published", start
    for cut in [*_WIRE_PARTS.finditer(text, start, end), None]:
        field_start, field_end = at, end if cut is None else cut.start()
        while field_start < field_end and text[field_start].isspace():
            field_start += 1
        role, date_start = _field_label(text, field_start, field_end)
        m = _WIRE_DATE.fullmatch(text, date_start, field_end)
        if m is not None and found is None:
            found, found_role = m, "event" if found_role == "event" else role or "published"
        elif m is not None and found_role == "published" and role == "modified":
            pass  # the update's stamp after the release's (`Julkaistu: 03.06.2020 09:00 EEST | Päivitetty: …`)
        elif m is not None or field_end - field_start > LONGEST or any(c.isdigit() for c in text[field_start:field_end]):
            return None
        elif names_an_event(text[field_start:field_end]):
            found_role = "event"  # (`Webinar · 3 May 2022 at 9:00 EEST`: an event's time)
        at = end if cut is None else cut.end()
    if found is None:
        return None
    if found.group("a"):
        year, day, month = int(found.group("y")), int(found.group("a")), int(found.group("b"))
    elif found.group("iy"):
        year, day, month = int(found.group("iy")), int(found.group("id")), int(found.group("im"))
    else:
        day, name, year = (found.group("ed"), found.group("emon"), found.group("ey")) if found.group("ed") else (found.group("fd"), found.group("fmon"), found.group("fy"))
        month = WIRE_MONTHS.get(name.casefold())
        if month is None:
            return None
        year, day = int(year), int(day)
    clock = (int(found.group("h")), int(found.group("mi")), None)
    return WrittenDate(found_role, found.start(), found.end(), year, day, month, False, *clock, False, ZONE_HOURS[found.group("zone")])


def _iso_stamp(text: str, start: int, end: int) -> WrittenDate | None:
    """A machine's timestamp with its zone, alone or after a label (SharePoint's
    `2016-11-27T22:00:00Z`, `Published 2017-05-15T21:00:00Z`): its day and time in Helsinki,
    where the page's day is (`…T22:00:00Z` is midnight there); or None."""
    t = text.find("T", start + ISO_DAY, min(end, start + LONGEST))
    if t < 0 or _ISO_STAMP.fullmatch(text, t - ISO_DAY, end) is None:
        return None
    role, at = _field_label(text, start, end) if t - ISO_DAY > start else (None, start)
    if at != t - ISO_DAY:
        return None
    try:
        local = datetime.fromisoformat(text[at:end]).astimezone(LOCAL_ZONE)
    except ValueError:  # no such day or time
        return None
    return WrittenDate(role, at, end, local.year, local.day, local.month, False, local.hour, local.minute)


def _field_label(text: str, start: int, end: int) -> tuple[str | None, int]:
    """The role of what may stand before a date on its line (`LINE_LABELS`: a label, a release's
    kind or a news section's name: `Julkaistu:`, `Päivitetty:`, `Tiedote`, `Uutiset`) opening a
    header's field, and where the date after it begins; (None, `start`) when none opens it."""
    space = start
    for _ in range(LABEL_WORDS):
        space = text.find(" ", space + 1, min(end, start + LONGEST))
        if space < 0:
            break
        role = LINE_LABELS.get(text[start:space].rstrip(":").casefold())
        if role is not None:
            return role, space + 1
    return None, start


def _footer_date(text: str, footer: re.Match[str]) -> WrittenDate | None:
    """The post's date in a theme's footer sentence (`_POST_FOOTER`), or None."""
    m = _DATE_LINE.fullmatch(text, *footer.span("date"))
    named = None if m is None else _day_month_year(m)
    return None if named is None else WrittenDate("published", *footer.span("date"), *named, False)


def _after_byline_or_section(text: str, start: int, end: int) -> tuple[re.Match[str] | None, str | None]:
    """A date after a byline (`Kirjoittanut Heikki Esimerkki, 05.03.2015`: the author's, a
    publication date), after Drupal's author (`_submitted`) or credits (`_credits_then_date`),
    after a publication (`Published in 3AMK Stories · …`), before fields
    (`_date_then_fields`), after a section and a bar (`Uutiset | 12.3.2019`, or a label:
    `Päivitetty | 14.3.2019`; an event's under `Tapahtumat | …`) or after the place where a text was signed (`Helsingissä 5.3.2019`),
    and the role what stands before it gives; (None, None) for none."""
    if text[start : start + 1] in _BYLINE_FIRST and (byline := _BYLINE.match(text, start, end)) is not None:
        m = _DATE_LINE.fullmatch(text, byline.end(), end)
        if m is not None and label_role(m) in (None, "published"):
            return m, "published"  # (`Kirjoittanut 3AMK-viestintä · Julkaistu 22.3.2018` too)
    if text[start : start + 1] in _SUBMITTED_FIRST and (submitted := _submitted(text, start, end)) is not None:
        return submitted, "published"
    if text[start : start + 1] in _CREDIT_FIRST and (credited := _credits_then_date(text, start, end)) is not None:
        return credited, "published"
    if text[start : start + 1].isupper() and (place := _PLACE.match(text, start, end)) is not None:
        m = _DATE_LINE.fullmatch(text, place.end(), end)  # `Helsingissä 5.3.2019` under a statement or a letter: a date alone
        return (None, None) if m is None or m.group("label") or m.group("weekday") or m.group("after") or m.group("by") else (m, None)
    if text[start : start + 13].casefold() == "published in " and (publication := _PUBLISHED_IN.match(text, start, end)) is not None:
        return _DATE_LINE.fullmatch(text, publication.end(), end), "published"  # Medium's `Published in 3AMK Stories · 5 min read · Mar 12, 2019`
    if (text[start : start + 1].isdigit() or _opens_with_month(text, start, end)) and (fields := _date_then_fields(text, start, end)) is not None:
        return fields
    if _has_bar(text, start, end) and (section := _SECTION.match(text, start, end)) is not None:
        before = " ".join(text[start : section.end()].casefold().split())[:-1].rstrip().rstrip(":")
        return _DATE_LINE.fullmatch(text, section.end(), end), DATE_LABELS.get(before) or RELEASE_LABELS.get(before) or ("event" if before in EVENT_SECTIONS else None)
    return None, None


def _credits_then_date(text: str, start: int, end: int) -> re.Match[str] | None:
    """The date that ends a line of credits parted by bars, a label, a colon and names in each
    (`Teksti: Sari Sepitetty | Kuvat: Anna Kuvaaja | 1.12.2022`, `Text: … | Photos: … |
    Published: 12.6.2019`): the text's, a publication date; or None."""
    cut = text.rfind(" | ", start, end)
    if cut < 0 or any(_CREDIT.fullmatch(field.strip()) is None for field in text[start:cut].split(" | ")):
        return None
    m = _DATE_LINE.fullmatch(text, cut + 3, end)
    return m if m is not None and label_role(m) in (None, "published") else None


def _submitted(text: str, start: int, end: int) -> re.Match[str] | None:
    """The node's date in Drupal's line under a post (`Submitted by Anna Testaaja on Mon,
    03/14/2016 - 10:05`, `Lähettänyt Anna Testaaja ti, 15.03.2016 - 10:05`), after an author
    of at most six words, none a number alone; or None."""
    head = text[start : start + 14].casefold()
    at = start + next((len(lead) for lead in _SUBMITTED_BY if head.startswith(lead)), 0)
    if at == start:
        return None
    for _ in range(6):
        space = text.find(" ", at + 1, min(end, at + 40))
        if space < 0:
            return None
        word = text[at:space]
        if any(c.isdigit() for c in word) and not any(c.isalpha() for c in word):
            return None
        at = space + 1
        joined = next((len(word) for word in ("on ", "den ") if text.startswith(word, at)), 0)  # `on Mon, …`, `den tis, …`
        m = _DATE_LINE.fullmatch(text, at + joined, end)
        if m is not None:
            return m
    return None


def _opens_with_month(text: str, start: int, end: int) -> bool:
    """Whether a line opens with a month's name (`marraskuu 6, 2019 | …`, `March 5, 2019 · …`)."""
    space = text.find(" ", start, min(end, start + MONTH_LONGEST + 2))
    return space > start and text[start:space].rstrip(".,").casefold() in MONTHS


def _date_then_fields(text: str, start: int, end: int) -> tuple[re.Match[str], str | None] | None:
    """A date that opens a line of fields parted by bars, dots or slashes, none with a date (`18.
    maaliskuuta 2021 · Johanna Mallikas · 3 kommenttia`, `6.10.2020 | Teksti: … | Kuvat: …`),
    and the role they give (an event's for a campus, an event or a time among them); or None."""
    cut = next((i for i in range(start, min(end, start + LONGEST)) if text.startswith(FIELD_MARKS, i)), None)
    if cut is None or text.find(text[cut : cut + 3], cut + 3, end) < 0 or looks_like_date(text, cut, end):
        return None  # (one field after the date: `_DATE_LINE` reads it)
    m = _DATE_LINE.fullmatch(text, start, cut)
    if m is None or m.group("label"):
        return None
    fields = [" ".join(part.split()) for part in _FIELDS_PARTS.split(text[cut:end])]
    evented = any(names_a_campus(field) or names_an_event(field) or _opens_with_time(field) for field in fields if field)
    return m, "event" if evented else None


def _opens_with_time(field: str) -> bool:
    """Whether a field opens with a time of day (`klo 9–12`, `10:00–12:00`): an event's, after its date."""
    first = field.split(" ", 1)[0].casefold()
    return first in ("klo", "kello", "kl.", "at") or (first[:1].isdigit() and (":" in first or first.count(".") == 1) and len(first) <= 11)


def _day_month_year(m: re.Match[str]) -> tuple[int, int, int] | None:
    """The year, day and month of a named date that `_DATE_LINE` matched, or None for no month's name."""
    day, month, year = (m.group("ed"), m.group("emon"), m.group("ey")) if m.group("ed") else (m.group("fd"), m.group("fmon"), m.group("fy"))
    month_number = MONTHS.get(month.lower())
    return None if month_number is None else (int(year), int(day), month_number)


def _has_bar(text: str, start: int, end: int) -> bool:
    """Whether a line has a bar, a dot or a spaced slash that may part a section or a name from its date (`Uutiset | …`, `Tutkimus · …`, `Kaisa Demo / …`)."""
    return text.find("|", start, end) >= 0 or text.find("·", start, end) >= 0 or text.find("•", start, end) >= 0 or text.find(" / ", start, end) >= 0


def _date_then_more(text: str, start: int, end: int, single: bool) -> re.Match[str] | None:
    """The publication date of a line that goes on after it: with the update's or other fields
    after a label (`Julkaistu 5.3.2018, päivitetty 7.3.2018`), or with the update's after no label
    (`12.6.2019 15:42 | päivitetty 13.6.2019 9:10`); or None."""
    if text[start] in _PUBLISHED_FIRST and text[start : start + 4].casefold() in _PUBLISHED_STARTS:
        return _published_then_updated(text, start, end) or _published_then_fields(text, start, end)
    if single and text[start].isdigit() and _UPDATED_IN.search(text, start, end) is not None:
        return _published_then_updated(text, start, end, bare=True)
    return None


def _published_then_updated(text: str, start: int, end: int, bare: bool = False) -> re.Match[str] | None:
    """The publication date of a line that gives it and then the update's (`Julkaistu
    5.3.2018, päivitetty 7.3.2018`, `Published 5 March 2018 · Updated 2 April 2018`,
    `Julkaistu: 5.3.2018 | Päivitetty: 7.3.2018`, `… (päivitetty 7.3.2018)`, `Posted March 5,
    2019, updated …`; with no label when `bare`: `12.6.2019 15:42 | päivitetty …`), or None;
    `update_after` reads the update's. Each mark is tried as the parting one, as a named date may hold a comma."""
    for cut in (i for i in range(start, min(end, start + LONGEST)) if text[i] in _THEN_MARKS):
        first_end = cut
        while first_end > start and text[first_end - 1].isspace():
            first_end -= 1
        first = _DATE_LINE.fullmatch(text, start, first_end)
        if first is not None and (not first.group("label") if bare else label_role(first) == "published"):
            update = update_after(text, cut, end)
            return first if update is not None and (not bare or in_order(read_date_line(text, start, first_end), update)) else None
    return None


def in_order(first: WrittenDate | None, then: WrittenDate) -> bool:
    """Whether a date is on or before another, both day first (no slashed date, whose order is unknown): an update after its publication."""
    return first is not None and not (first.slashed or then.slashed) and (first.year, first.second, first.first) <= (then.year, then.second, then.first)


def label_role(m: re.Match[str]) -> str | None:
    """The role the label before a date gives (`LINE_LABELS`), or None for no label."""
    return LINE_LABELS[" ".join(m.group("label").lower().split())] if m.group("label") else None


def _updated_then_published(text: str, start: int, end: int) -> WrittenDate | None:
    """The publication date of a line that gives the update's first (`Päivitetty 7.3.2019 |
    Julkaistu 5.3.2019`, `Last updated 3 Dec 2014 · First published 2 Dec 2014`), or None."""
    for cut in (i for i in range(start, min(end, start + LONGEST)) if text[i] in _THEN_MARKS):
        first_end = cut
        while first_end > start and text[first_end - 1].isspace():
            first_end -= 1
        first = _DATE_LINE.fullmatch(text, start, first_end)
        if first is not None and label_role(first) == "modified":
            after, closed = cut + 1, end - (text[end - 1 : end] == ")")  # `Updated … (first published …)`
            while after < closed and text[after].isspace():
                after += 1
            written = read_date_line(text, after, closed) if after < closed else None
            return written if written is not None and written.role == "published" else None
    return None


def _published_then_fields(text: str, start: int, end: int) -> re.Match[str] | None:
    """The publication date of a line that labels it and goes on with other fields after a
    bar or a dot, no other date among them (`Julkaistu 14.11.2019 | Kategoria: Uutiset | …`,
    `Julkaistu 7.5.2020 · Kirjoittaja Päivi Testinen · 4 kommenttia`), or with labelled ones
    after a run of spaces (`Julkaistu: 2.11.2016   Kirjoittaja: Liisa Luonnos`); or None."""
    for cut in (i for i in range(start, min(end, start + LONGEST)) if text.startswith((" | ", " · ", " • ", "  "), i)):
        first = _DATE_LINE.fullmatch(text, start, cut)
        if first is not None and label_role(first) == "published":
            marked = text[cut + 1] != " "  # after a bar or a dot any field (`· Kirjoittaja Päivi Testinen · 4 kommenttia`)
            fields = not looks_like_date(text, cut, end) and (marked or _FIELD.match(text, cut, end) is not None)  # no other date
            return first if fields else None
    return None


def update_after(text: str, at: int, end: int) -> WrittenDate | None:
    """The update's date that follows a publication date on its line, from `at` (`,
    päivitetty 7.3.2018`, `· Updated 2 April 2018`, `(päivitetty 7.3.2018)`), or None."""
    cut = next((i for i in range(at, end) if text[i] in _THEN_MARKS), end)
    start = cut + 1
    while start < end and text[start].isspace():
        start += 1
    end -= text[end - 1 : end] == ")"
    written = read_date_line(text, start, end) if start < end else None
    return written if written is not None and written.role == "modified" else None


def update_before(text: str, start: int, at: int) -> WrittenDate | None:
    """The update's date that opens a line before its publication date at `at` (`Päivitetty
    7.3.2019 | Julkaistu 5.3.2019`), or None."""
    cut = next((i for i in range(at - 1, max(start, at - LONGEST) - 1, -1) if text[i] in _THEN_MARKS), None)
    end = cut
    while end is not None and end > start and text[end - 1].isspace():
        end -= 1
    written = read_date_line(text, start, end) if end is not None and end > start else None
    return written if written is not None and written.role == "modified" else None


def names_a_campus(after: str | None) -> bool:
    """Whether what follows a date after a bar (or on the line under it) is a campus by its
    name, where an event is (`15.5.2019 | Myllypuron kampus`, `| Pasila Campus`), not a
    category (`| Kampus`, `| Campus life`, `| Campus News`, `| Uutiset, Kampus`)."""
    words = after.split() if after else []
    return len(words) == 2 and words[0][:1].isupper() and words[0][-1].isalpha() and words[1].casefold() in CAMPUS_WORDS


def names_an_event(words: str | None) -> bool:
    """Whether words beside a date name an event (`Avoimet ovet`, `Seminaari`), not a
    section, a category or an author (`Uutiset`, `Tiedote`, `Laurea`)."""
    return words is not None and any(word in f" {words.casefold()}" for word in EVENT_WORDS)


def resolve(written: WrittenDate, slash_order: str | None) -> Resolved | str:
    """The day a written date stands for, or why there is none: "ambiguous" (slashes,
    the layout's order unknown, both numbers could be the month) or "invalid". A number
    with a leading zero leaves the layout's order aside: SharePoint writes `7/4/2016`, so
    `12/03/2019` on a page it seems to have made is some other site's."""
    first, second = written.first, written.second
    order = "dmy"
    if written.slashed:
        order = _weekday_order(written) or (None if written.padded else slash_order) or ("dmy" if first > 12 or first == second else "mdy" if second > 12 else "")
        if not order:
            return "ambiguous"
    day, month = (first, second) if order == "dmy" else (second, first)
    try:
        when = date(written.year, month, day)
        if written.hour is None:
            return Resolved(when, None, "day")
        if written.offset is not None:  # a zone's time, as Helsinki's clock showed it; the day stays as written
            local = datetime(when.year, when.month, when.day, written.hour, written.minute, tzinfo=timezone(timedelta(hours=written.offset))).astimezone(LOCAL_ZONE)
            return Resolved(when, local, "minute") if local.date() == when else Resolved(when, None, "day")
        local = datetime(when.year, when.month, when.day, _hour_24(written.hour, written.ampm), written.minute, tzinfo=LOCAL_ZONE)
        unclear = local_time_problem(local)
    except (ValueError, OverflowError):  # no such day or time, or one that leaves the years 1 to 9999 in UTC
        return "invalid"
    return Resolved(when, None, "day", unclear) if unclear else Resolved(when, local, "minute")


def _weekday_order(written: WrittenDate) -> str | None:
    """The one order of a slashed date's numbers that falls on its written weekday (Drupal's
    `Mon, 03/14/2016`, `ti 04/03/2016`), or None: no weekday, or it fits both orders or neither."""
    if written.weekday is None:
        return None
    fits = []
    for order, (day, month) in (("dmy", (written.first, written.second)), ("mdy", (written.second, written.first))):
        try:
            if date(written.year, month, day).weekday() == written.weekday:
                fits.append(order)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


def local_time_problem(local: datetime) -> str | None:
    """Why a wall-clock time in Helsinki names no one instant: skipped when the clocks go
    forward, or shown twice when they go back. None when it is one instant."""
    if local.astimezone(timezone.utc).astimezone(LOCAL_ZONE).replace(tzinfo=None) != local.replace(tzinfo=None):
        return "does not exist"
    if local.replace(fold=1).utcoffset() != local.utcoffset():
        return "occurs twice"
    return None


def begins_with_date(line: str) -> bool:
    """A line that begins with a numeric date, a weekday before it or not: an item of a
    dated list (`12.2.2020 Hankkeen loppuseminaari`)."""
    return _NUMERIC_DATE.match(line, _LEADING_WEEKDAY.match(line).end()) is not None


def is_time_alone(line: str) -> bool:
    """A short line of one time of day and nothing else (`klo 10.00`, `10:15`): a date's
    time written on the line under it."""
    m = _TIME_ALONE.fullmatch(line) if len(line) <= 12 else None
    return m is not None and int(m["h"] or m["hour"]) <= 23 and int(m["mi"] or 0) <= 59


def is_date_heading(line: str) -> bool:
    """A short line of a date and time only, a weekday before it or not (`La 8.2.2020 klo
    10–14`, `8.–9.2.2020`, `Saturday 8 February 2020, 10:00–14:00`): an event's time,
    whether the reader can read it or not, never a headline (`1.8.2019 alkaen uusi
    rehtori` is one)."""
    words = line.split()
    if len(words) > 6 or not looks_like_date(line, 0, len(line)):
        return False
    return all(any(c.isdigit() for c in word) or word.strip(".,:").casefold() in _TIME_WORDS or word in ("|", "/", "·") for word in words)


def looks_like_date(text: str, start: int, end: int) -> bool:
    """A short line with a date in it that `read_date_line` could not read: a numeric or
    named date, or a month and year alone; or a longer line that a date's label opens
    (`Published on 5 March 2018 at 14:30 and last updated on …`)."""
    if end - start > LONGEST and (end - start > LONGEST_TWO or _LABEL_START.match(text, start, end) is None):
        return False
    if _NUMERIC_DATE.search(text, start, end) is not None:
        return True
    if _FOUR_DIGITS.search(text, start, end) is None:
        return False
    return _NAMED_DATE.search(text, start, end) is not None or _MONTH_YEAR.fullmatch(text, start, end) is not None


def _hour_24(hour: int, ampm: str | None) -> int:
    """A 12-hour clock's hour on the 24-hour clock: 12:05 AM is 00:05, 12:05 PM is 12:05."""
    if ampm is None:
        return hour
    if not 1 <= hour <= 12:
        raise ValueError(f"{hour} is no hour on a 12-hour clock")
    return hour % 12 + (12 if ampm == "PM" else 0)
