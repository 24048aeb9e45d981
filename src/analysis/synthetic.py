"""Synthetic corpora with the tables they should give.

Deterministic by seed: the same call writes the same bytes.

`generate_corpus`: pages in the bundled page's format, with the related-news table they
should give (truth_news.csv). Pages vary their articles, carry 0 to 12 related-news
items drawn from a shared pool (so one item is listed on many pages), with timestamps
from 2010 to 2026 in summer and winter time, URL fragments cut at `'` and `,`, and
Finnish letters.

`generate_mixed_corpus`: pages in the five layouts of issue 11 (Laurea's SharePoint and
WordPress, Metropolia's TYPO3, Haaga-Helia's Drupal, 3AMK's WordPress listings), in
English and Finnish, with the documents, dates, news sightings and news items they
should give (truth_documents.csv, truth_dates.csv, truth_sightings.csv,
truth_news.csv; `read_mixed_truth` reads them back with the corpus dtypes).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .ids import news_key, slug_id
from .paths import LOCAL_TZ, LOCAL_ZONE
from .read.listing import rebuild_slug

NEWS_BASE_URL = "https://www.example.fi/en/news/Pages/"
WORDS = (
    "students partnership alliance research innovation campus Helsinki Vantaa Espoo "
    "yrittäjyys työelämä opiskelijat kesäkoulu Jyväskylä Hämeenlinna Pääkaupunkiseutu "
    "education export funding mobility employers projects region skills summer school "
    "digital health design engineering business Öljy Äänekoski"
).split()
INSTITUTIONS = ("Haaga-Helia", "Laurea", "Metropolia", "Laurean", "Metropoliassa", "Haaga Helia")
_FIRST, _LAST = date(2010, 1, 1).toordinal(), date(2026, 12, 31).toordinal()


def _phrase(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _news_item(rng: random.Random, n: int) -> dict:
    """One news item of the pool: its title, fragment, timestamp and image."""
    shape = rng.random()
    head = f"{rng.choice(INSTITUTIONS[:3])} {_phrase(rng, rng.randint(1, 4))} {n}"
    if shape < 0.4:
        title = f"{head}, {_phrase(rng, rng.randint(2, 5))}"
    elif shape < 0.7:
        title = f'{rng.choice(["Jouni Koski", "Päivi Mäkelä", "Anne Ö"])}: "{head}\'s {_phrase(rng, 3)}"'
    else:
        title = f"{head} {_phrase(rng, 3)}"
    slug = rebuild_slug(title)
    cuts = [i for i in (slug.find("'"), slug.find(",")) if i >= 0]
    dated = rng.random() > 0.1
    published = None
    if dated:
        day = date.fromordinal(rng.randint(_FIRST, _LAST))
        published = datetime.combine(day, time(), LOCAL_ZONE).astimezone(timezone.utc)
    return {
        "title": title,
        "url_fragment": slug[min(cuts) :] if cuts and dated else None,
        "published_utc": published,
        "image_src": f"/en/update/images/News%20pictures/{rng.choice(WORDS)}%20{n % 97}.jpg",
        "image_alt": rng.choice(["", _phrase(rng, 4), f"{rng.choice(INSTITUTIONS)} {_phrase(rng, 2)}"]),
    }


def _article(rng: random.Random, page_no: int) -> str:
    names = rng.sample(INSTITUTIONS[:3], 3)
    paragraphs = [
        f"{names[0]}, {names[1]} and {names[2]} {_phrase(rng, rng.randint(8, 30))}."
        for _ in range(rng.randint(1, 4))
    ]
    parts = [
        f'<img alt="{_phrase(rng, 3)}" src="/en/update/images/{rng.choice(WORDS)}_{page_no % 50}.jpg" style="BORDER:0px solid;" />',
        f"{names[0]},{names[1]} and {names[2]} {_phrase(rng, 2)} {page_no}",
        f"{_phrase(rng, 4).capitalize()} - {names[0]}, {names[1]} and {names[2]}",
        *paragraphs,
    ]
    if rng.random() < 0.5:
        projects = rng.sample(["Professional Summer School", "Green Card", "TalentTrack", "YrittäjyysSavotta",
                               "EduExcellence", "Työelämälähtöisyys 9.0", "International ProjectTatami"], rng.randint(2, 7))
        number = ["two", "three", "four", "five", "six", "seven"][len(projects) - 2]
        parts.append(f"The {number} development projects are:\n" + "\n".join(f"- {p}" for p in projects))
    return "\n\n".join(parts)


def _listing_line(item: dict) -> str:
    stamp = item["published_utc"].strftime("%Y-%m-%dT%H:%M:%SZ") if item["published_utc"] else ""
    return (
        f'{item["title"]}{item["url_fragment"] or ""}{stamp}<img alt="{item["image_alt"]}" '
        f'src="{item["image_src"]}" style="BORDER:0px solid;" />{item["title"]}'
    )


def generate_corpus(folder: str | Path, n_pages: int, seed: int = 0) -> pd.DataFrame:
    """Write `n_pages` pages and a pages.csv manifest into `folder`; return (and write as
    truth_news.csv) the news table that loading the folder should give."""
    rng = random.Random(seed)
    folder = Path(folder)
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    pool = [_news_item(rng, n) for n in range(max(20, n_pages // 4))]
    seen: dict[int, dict] = {}
    names = []
    for page_no in range(n_pages):
        picks = rng.sample(range(len(pool)), rng.randint(0, 12))
        lines = [_listing_line(pool[i]) for i in picks]
        name = f"{page_no:07d}.txt"
        text = _article(rng, page_no) + "\n\n\n\n\n\n" + "\n".join(lines)
        (folder / "pages" / name).write_text(text, encoding="utf-8")
        names.append(name)
        for i in picks:
            seen.setdefault(i, {**pool[i], "n_sightings": 0})["n_sightings"] += 1
    pd.DataFrame({
        "file": names, "source_url": [f"https://www.example.fi/en/page/{n}" for n in range(n_pages)],
        "publisher": "Synthetic", "language": "en", "news_base_url": NEWS_BASE_URL,
    }).to_csv(folder / "pages.csv", index=False, lineterminator="\n")
    truth = pd.DataFrame(list(seen.values()))
    if truth.empty:
        truth = pd.DataFrame(columns=["title", "url_fragment", "published_utc", "image_src", "image_alt", "n_sightings"])
    truth["url_slug"] = [rebuild_slug(t) if isinstance(f, str) else None for t, f in zip(truth["title"], truth["url_fragment"])]
    truth["url"] = [NEWS_BASE_URL + s if isinstance(s, str) else None for s in truth["url_slug"]]
    utc = pd.to_datetime(truth["published_utc"], utc=True)
    truth["published_local"] = utc.dt.tz_convert(LOCAL_TZ)
    truth["published_date"] = truth["published_local"].dt.tz_localize(None).dt.to_period("D")
    truth["published_utc"] = utc
    columns = ["title", "url_fragment", "url_slug", "url", "published_utc", "published_local", "published_date",
               "image_src", "image_alt", "n_sightings"]
    truth = truth[columns]
    truth.to_csv(folder / "truth_news.csv", index=False, lineterminator="\n")
    return truth


# ---------------------------------------------------------------------------------------
# Mixed layouts (issue 11): the five sites' page layouts, with the dates, documents and
# news a reader must find on them. `generate_corpus` above is left as it is: existing
# tests and benchmarks depend on its bytes.

MIXED_LAYOUTS = ("laurea_sharepoint", "laurea_wordpress", "metropolia_typo3", "haaga_helia_drupal", "3amk_wordpress")
_SHARES = (0.28, 0.18, 0.2, 0.17, 0.17)
_LANGUAGES = {
    "laurea_sharepoint": ("en",), "laurea_wordpress": ("fi", "en"), "metropolia_typo3": ("fi", "en"),
    "haaga_helia_drupal": ("fi",), "3amk_wordpress": ("fi", "en"),
}
_SITES = {  # layout -> publisher, news base URL by language
    "laurea_sharepoint": ("Laurea University of Applied Sciences", {"en": "https://www.laurea.fi/en/news/Pages/"}),
    "laurea_wordpress": (
        "Laurea University of Applied Sciences",
        {"fi": "https://www.laurea.fi/ajankohtaista/", "en": "https://www.laurea.fi/en/news/"},
    ),
    "metropolia_typo3": (
        "Metropolia University of Applied Sciences",
        {"fi": "https://www.metropolia.fi/fi/ajankohtaista/uutiset/", "en": "https://www.metropolia.fi/en/news/"},
    ),
    "haaga_helia_drupal": ("Haaga-Helia University of Applied Sciences", {"fi": "https://www.haaga-helia.fi/fi/ajankohtaista/"}),
    "3amk_wordpress": ("3AMK", {"fi": "https://www.3amk.fi/", "en": "https://www.3amk.fi/en/"}),
}
_WORDS = {
    "en": (
        "students partnership alliance research innovation campus education export funding mobility employers "
        "projects region skills digital health design engineering business teachers courses services library "
        "workshop Helsinki Vantaa Espoo"
    ).split(),
    "fi": (
        "opiskelijat yhteistyö korkeakoulut tutkimus kehittäminen työelämä kesäkoulu yrittäjyys innovaatio "
        "osaaminen alueen rahoitus liikkuvuus digitaalinen terveys muotoilu tekniikka liiketoiminta "
        "pääkaupunkiseutu opettajat kampus palvelut kirjasto työpaja Jyväskylä Hämeenlinna Äänekoski"
    ).split(),
}
_PEOPLE = ("Jouni Koski", "Päivi Mäkelä", "Anne Ö", "Mikko Korhonen")
_CONTACTS = (("Anna Virtanen", "anna.virtanen"), ("Päivi Mäkelä", "paivi.makela"), ("Jussi Nieminen", "jussi.nieminen"))
_PROJECT_NAMES = (
    "Professional Summer School", "Green Card", "TalentTrack", "YrittäjyysSavotta", "EduExcellence",
    "Työelämälähtöisyys 9.0", "International ProjectTatami",
)
_NUMBERS = {"en": "two three four five six seven".split(), "fi": "kaksi kolme neljä viisi kuusi seitsemän".split()}
_MONTHS_EN = "January February March April May June July August September October November December".split()
_MONTHS_FI = (
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
    "lokakuuta marraskuuta joulukuuta"
).split()
_WEEKDAYS_FI = "ma ti ke to pe la su".split()
_MENU = {
    "en": ("Menu", "Search", "FI", "Study at Laurea", "Research and development", "About us", "For companies", "Laurea"),
    "fi": ("Valikko", "Haku", "EN", "Opiskelijalle", "Tutkimus ja kehitys", "Tietoa Laureasta", "Yrityksille", "Laurea"),
}
_LISTING_TITLES = {
    "en": ("News from 3AMK", "Partnership news", "News and events"),
    "fi": ("Ajankohtaista 3AMK:sta", "Kumppanuus ja yhteistyö", "Uutiset ja tapahtumat"),
}
_INTROS = {
    "en": "3AMK is the strategic alliance of Haaga-Helia, Laurea and Metropolia. This page collects the news of the alliance.",
    "fi": "3AMK on Haaga-Helian, Laurean ja Metropolian strateginen liittouma. Tälle sivulle on koottu liittouman uutiset.",
}
_TAG_WORDS = ("Haaga-Helia", "Laurea", "Metropolia", "Yhteistyö", "Opiskelijat", "Tutkimus", "Kansainvälisyys")
_ELLIPSES = ("...", "…")
_HOURS = [h for h in range(24) if h != 3]  # 03:00-03:59 is skipped or doubled on the days the clocks change
_ARTICLE_DAYS = (date(2014, 1, 1).toordinal(), date(2025, 12, 31).toordinal())
_TRUTH_COLUMNS = {
    "documents": ("doc_id", "layout", "title", "published_date", "modified_date"),
    "dates": ("doc_id", "role", "date", "timestamp", "precision", "clue", "text"),
    "news": ("title", "kind", "published_date", "n_sightings", "doc_id"),
    "sightings": ("doc_id", "kind", "title", "published_date"),
}


class MixedTruth(NamedTuple):
    """What loading a mixed corpus should give: one frame per truth file (documents, dates,
    news, sightings) and the pages.csv manifest."""

    documents: pd.DataFrame
    dates: pd.DataFrame
    news: pd.DataFrame
    sightings: pd.DataFrame
    pages: pd.DataFrame


class _Content(NamedTuple):
    """An article as its author wrote it: the same words on every site that publishes it."""

    title: str
    language: str
    subtitle: str
    paragraphs: tuple[str, ...]
    projects: str | None  # the line introducing the project list, and the list

    def body(self) -> list[str]:
        return [*self.paragraphs, *([self.projects] if self.projects else [])]


class _Teaser(NamedTuple):
    title: str
    snippet: str | None
    day: date | None


@dataclass
class _Page:
    """One page to write: its site, its article (None on a listing page) and its dates."""

    no: int
    layout: str
    language: str
    content: _Content | None = None
    published: tuple[date, time | None] | None = None
    modified: tuple[date, time | None] | None = None

    @property
    def doc_id(self) -> str:
        return f"{self.no:07d}"


def _say(rng: random.Random, language: str, n: int) -> str:
    return " ".join(rng.choice(_WORDS[language]) for _ in range(n))


def _day(rng: random.Random) -> date:
    return date.fromordinal(rng.randint(*_ARTICLE_DAYS))


def _clock(rng: random.Random) -> time:
    """A time of day, 12:xx AM and 12:xx PM often (the 12-hour clock's traps)."""
    r = rng.random()
    hour = 0 if r < 0.12 else 12 if r < 0.24 else rng.choice(_HOURS)
    return time(hour, rng.randrange(60))


def _content(rng: random.Random, language: str, serial: int) -> _Content:
    """A new article; `serial` makes its title unique in the corpus."""
    a, b, c = rng.sample(INSTITUTIONS[:3], 3)
    conj = " and " if language == "en" else " ja "
    shape = rng.random()
    if shape < 0.3 and language == "en":
        title = f"{a},{b}{conj}{c} {_say(rng, language, 2)} {serial}"  # no space after the comma, as on the seed page
    elif shape < 0.55:
        title = f'{rng.choice(_PEOPLE)}: "{a} {_say(rng, language, 3)} {serial}"'
    else:
        title = f"{a} {_say(rng, language, rng.randint(2, 5))} {serial}"
    paragraphs = tuple(
        f"{a}, {b}{conj}{c} {_say(rng, language, rng.randint(10, 30))}." for _ in range(rng.randint(1, 4))
    )
    projects = None
    if rng.random() < 0.4:
        names = rng.sample(_PROJECT_NAMES, rng.randint(2, 7))
        number = _NUMBERS[language][len(names) - 2]
        intro = f"The {number} development projects are:" if language == "en" else f"Kumppanuuden {number} kehittämishanketta ovat:"
        projects = intro + "\n" + "\n".join(f"- {name}" for name in names)
    subtitle = f"{_say(rng, language, 4).capitalize()} - {a}, {b}{conj}{c}"
    return _Content(title, language, subtitle, paragraphs, projects)


def _plan(rng: random.Random, n_pages: int) -> list[_Page]:
    """Every page's site, language, article and dates; about one article in twenty is an
    earlier article republished word for word on another site (each at most once)."""
    pages: list[_Page] = []
    originals: dict[str, list[_Page]] = {"fi": [], "en": []}
    republished: set[int] = set()
    for no in range(n_pages):
        layout = rng.choices(MIXED_LAYOUTS, _SHARES)[0]
        page = _Page(no, layout, rng.choice(_LANGUAGES[layout]))
        source = None
        if layout != "3amk_wordpress":
            earlier = originals[page.language]
            if earlier and rng.random() < 0.06:
                candidate = rng.choice(earlier)
                if candidate.layout != layout and candidate.no not in republished:
                    source = candidate
                    republished.add(candidate.no)
            page.content = source.content if source else _content(rng, page.language, no + 1)
            if source is None:
                earlier.append(page)
        _plan_dates(rng, page, source)
        pages.append(page)
    return pages


def _plan_dates(rng: random.Random, page: _Page, source: _Page | None) -> None:
    """The dates the page shows about itself; a republished copy comes out after its source."""
    day = _day(rng)
    if source is not None and source.published is not None:
        day = source.published[0] + timedelta(days=rng.randint(0, 30))
    if page.layout == "laurea_sharepoint":
        page.modified = (day, _clock(rng)) if rng.random() < 0.85 else None
    elif page.layout == "laurea_wordpress":
        page.published = (day, None) if rng.random() < 0.8 else None
    elif page.layout == "metropolia_typo3":
        page.published = (day, None)  # its date line under the title is the layout's clue
    elif page.layout == "haaga_helia_drupal":
        if rng.random() < 0.75:
            page.published = (day, _clock(rng) if rng.random() < 0.4 else None)
        if rng.random() < 0.3:
            later = day + timedelta(days=rng.randint(0, 60))
            page.modified = (later, _clock(rng) if rng.random() < 0.7 else None)


# Dates as the sites write them, and the `dates` rows they give.

def _row(role: str, clue: str, text: str, day: date, at: datetime | None = None, precision: str = "day") -> dict:
    """A row of truth_dates.csv (without doc_id), as written in the file."""
    return {
        "role": role, "date": day.isoformat(), "timestamp": at.isoformat() if at else "",
        "precision": precision, "clue": clue, "text": text,
    }


def _local(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, LOCAL_ZONE)


def _dotted(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def _written(rng: random.Random, day: date, language: str) -> str:
    """`12. maaliskuuta 2020`, `12 March 2020` or `March 12, 2020`."""
    if language == "fi":
        return f"{day.day}. {_MONTHS_FI[day.month - 1]} {day.year}"
    month = _MONTHS_EN[day.month - 1]
    return rng.choice((f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}"))


def _twelve_hour(clock: time) -> str:
    """`1:41 PM`; midnight is 12:xx AM and noon 12:xx PM."""
    return f"{clock.hour % 12 or 12}:{clock.minute:02d} {'AM' if clock.hour < 12 else 'PM'}"


def _stamp(rng: random.Random, day: date | None) -> datetime | None:
    """A related-news timestamp in UTC: local midnight, now and then a time of day."""
    if day is None:
        return None
    clock = time() if rng.random() >= 0.15 else time(rng.choice(_HOURS), rng.randrange(60), rng.randrange(60))
    return _local(day, clock).astimezone(timezone.utc)


def _listing_row(item: dict) -> dict:
    """A glued listing item's timestamp: the UTC time read in Helsinki."""
    local = item["published_utc"].astimezone(LOCAL_ZONE)
    precision = "day" if local.time() == time() else "second"
    return _row("listing", "listing_timestamp", item["published_utc"].strftime("%Y-%m-%dT%H:%M:%SZ"), local.date(), local, precision)


def _wordpress_date(rng: random.Random, page: _Page) -> tuple[str, dict]:
    """Laurea WordPress's date line under the title, sometimes labelled. Never `DD.MM.YYYY`
    with two digits each: that under a title is Metropolia's clue."""
    day = page.published[0]
    options = [_written(rng, day, page.language)]
    if day.day < 10 or day.month < 10:
        options.append(_dotted(day))
    text = rng.choice(options)
    if rng.random() < 0.3:
        label = rng.choice(("Published", "Published:", "Posted on") if page.language == "en" else ("Julkaistu", "Julkaistu:"))
        return f"{label} {text}", _row("published", "published_label", text, day)
    return text, _row("published", "date_under_title", text, day)


def _drupal_dates(rng: random.Random, page: _Page) -> tuple[dict[str, str], list[dict]]:
    """Haaga-Helia's `Julkaistu 3.2.2015` and `Päivitetty …` lines by role, with `klo H.MM`
    or `H:MM` at times."""
    lines, rows = {}, []
    for role, when, labels in (
        ("published", page.published, ("Julkaistu", "Julkaistu:")),
        ("modified", page.modified, ("Päivitetty", "Päivitetty:", "Muokattu")),
    ):
        if when is None:
            continue
        day, clock = when
        text, at = _dotted(day), None
        if clock is not None:
            text += rng.choice((f" klo {clock.hour}.{clock.minute:02d}", f" {clock.hour}:{clock.minute:02d}"))
            at = _local(day, clock)
        lines[role] = f"{rng.choice(labels)} {text}"
        rows.append(_row(role, f"{role}_label", text, day, at, "minute" if at else "day"))
    return lines, rows


def _teaser_date(rng: random.Random, day: date, language: str) -> tuple[str, dict]:
    """A teaser's date line: `pe 19.4.2024`, `19.4.2024`, `19 April 2024`."""
    if language == "fi":
        text = _dotted(day)
        line = f"{_WEEKDAYS_FI[day.weekday()]} {text}" if rng.random() < 0.8 else text
    else:
        text = line = rng.choice((_dotted(day), _written(rng, day, "en")))
    return line, _row("listing", "teaser_date", text, day)


# What listings and teasers point at.

def _linked_listing_item(rng: random.Random, target: _Page) -> dict:
    """A glued related-news item for an article of the corpus: the same title."""
    title = target.content.title
    day = target.published[0] if target.published else (_day(rng) if rng.random() < 0.7 else None)
    slug = rebuild_slug(title)
    cuts = [i for i in (slug.find("'"), slug.find(",")) if i >= 0]
    return {
        "title": title,
        "url_fragment": slug[min(cuts) :] if cuts and day else None,
        "published_utc": _stamp(rng, day),
        "image_src": f"/en/update/Laureaimages/News%20pictures/{rng.choice(_WORDS['en'])}%20{target.no % 97}.jpg",
        "image_alt": rng.choice(["", _say(rng, "en", 4)]),
    }


def _external_listing_item(rng: random.Random, serial: int) -> dict:
    """A glued related-news item for news outside the corpus (as in `generate_corpus`)."""
    item = _news_item(rng, serial)
    if item["published_utc"] is not None and rng.random() < 0.15:
        item["published_utc"] = _stamp(rng, item["published_utc"].astimezone(LOCAL_ZONE).date())
    return item


def _external_teaser(rng: random.Random, language: str, serial: int) -> _Teaser:
    a = rng.choice(INSTITUTIONS[:3])
    title = f"{a} {_say(rng, language, rng.randint(2, 4))} {serial}"
    snippet = f"{a} {_say(rng, language, rng.randint(8, 14))}{rng.choice(_ELLIPSES)}"
    return _Teaser(title, snippet, _day(rng) if rng.random() < 0.8 else None)


def _event_snippet(rng: random.Random, language: str) -> str:
    """A snippet announcing an event: its date is running text, never the item's date."""
    day, hour, end = _day(rng), rng.randint(9, 17), rng.choice(_ELLIPSES)
    if language == "fi":
        return f"Tapahtuma järjestetään {_dotted(day)} klo {hour} ja aiheena on {_say(rng, 'fi', 4)}{end}"
    return f"Join us on {_dotted(day)} at {hour}:00 to hear about {_say(rng, 'en', 4)}{end}"


class _References:
    """The articles of the corpus and the news from elsewhere that pages list."""

    def __init__(self, rng: random.Random, pages: list[_Page]):
        n = len(pages)
        self.articles: dict[str, list[_Page]] = {"fi": [], "en": []}
        for page in pages:
            if page.content is not None:
                self.articles[page.language].append(page)
        self.pool = [_external_listing_item(rng, 20_000_000 + i) for i in range(max(20, n // 12))]
        self.external = {
            language: [_external_teaser(rng, language, offset + i) for i in range(max(10, n // 25))]
            for language, offset in (("fi", 10_000_000), ("en", 11_000_000))
        }
        self.linked: dict[str, dict] = {}

    def listing(self, rng: random.Random, page: _Page) -> list[dict]:
        """A SharePoint page's related news: items of the pool and English articles of the corpus."""
        taken, items = {news_key(page.content.title)}, []
        for _ in range(rng.randint(0, 10) if rng.random() < 0.9 else 0):
            if self.articles["en"] and rng.random() < 0.4:
                target = rng.choice(self.articles["en"])
                key = news_key(target.content.title)
                item = self.linked.get(key)
                if item is None:  # made once: an item reads the same on every page that lists it
                    item = self.linked[key] = _linked_listing_item(rng, target)
            else:
                item = rng.choice(self.pool)
            if news_key(item["title"]) not in taken:
                taken.add(news_key(item["title"]))
                items.append(item)
        return items

    def teasers(self, rng: random.Random, page: _Page, k: int, dated: bool) -> list[_Teaser]:
        """Up to `k` distinct teasers in the page's language, about half of articles of the corpus."""
        taken = {news_key(page.content.title)} if page.content else set()
        out = []
        for _ in range(k):
            if self.articles[page.language] and rng.random() < 0.55:
                teaser = self.article_teaser(rng, rng.choice(self.articles[page.language]), dated)
            else:
                teaser = rng.choice(self.external[page.language])
                teaser = teaser if dated else teaser._replace(day=None)
            if news_key(teaser.title) not in taken:
                taken.add(news_key(teaser.title))
                out.append(teaser)
        return out

    @staticmethod
    def article_teaser(rng: random.Random, target: _Page, dated: bool) -> _Teaser:
        """A teaser of an article of the corpus: its title, its first words, a date near its own."""
        words = target.content.paragraphs[0].rstrip(".").split()
        snippet = " ".join(words[: rng.randint(8, 14)]) + rng.choice(_ELLIPSES)
        day = None
        if dated and rng.random() < 0.85:
            if target.published is not None:
                day = target.published[0] + timedelta(days=rng.choice((0, 0, 0, 1, 2, 7)))
            elif rng.random() < 0.5:
                day = _day(rng)
        return _Teaser(target.content.title, snippet, day)


# The pages, one function a layout: each gives the text, the page's title, its dates rows
# and its sightings besides the article itself (kind, title, date).

class _Rendered(NamedTuple):
    text: str
    title: str
    rows: list[dict]
    sightings: list[tuple[str, str, date | None]]


_SHAREPOINT_TAGS = ("Haaga-Helia; Laurea; Metropolia", "Partnership; Students; Research", "Strategic partnership", "Laurea; News")
_APPEALS = (
    "Lahjoita Metropolialle ja tue opiskelijoiden oppimista.\nKatso lisää: metropolia.fi/lahjoita",
    "Lahjoita ja tue tulevaisuuden osaajia: metropolia.fi/lahjoita",
    "Support the students of Metropolia with a donation at metropolia.fi/lahjoita",
)
_TRAILS = ("Etusivu » Ajankohtaista", "Etusivu / Ajankohtaista / Uutiset", "Etusivu » Uutiset » Kumppanuus")


def _contact(rng: random.Random, language: str, domain: str) -> str:
    """A label, then a name with an e-mail address, and perhaps a phone number."""
    name, user = rng.choice(_CONTACTS)
    labels = ("Lisätietoja", "Lisätietoja:", "Yhteystiedot") if language == "fi" else ("Further information", "More information", "Contact")
    lines = [rng.choice(labels), f"{name}, {user}@{domain}"]
    if rng.random() < 0.5:
        lines.append(f"{'puh.' if language == 'fi' else 'tel.'} +358 40 {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    return "\n".join(lines)


def _teaser_block(rng: random.Random, title: str, snippet: str | None, date_line: str | None, read_more: str) -> str:
    """A teaser: its date line above the title or below it, title and snippet on one block
    (or, undated, now and then two), then the read-more line."""
    lines = [title]
    if date_line is not None:
        lines.insert(0 if rng.random() < 0.5 else 1, date_line)
    head = "\n".join(lines)
    if snippet is not None:
        head += ("\n\n" if date_line is None and rng.random() < 0.3 else "\n") + snippet
    return f"{head}\n{read_more}"


def _sharepoint_page(rng: random.Random, page: _Page, refs: _References) -> _Rendered:
    """The bundled page's format: lead image, title, subtitle, body, then a `Modified` footer
    with its tag line and the glued related-news listing, in either order."""
    c = page.content
    image = (
        f'<img alt="{_say(rng, "en", 3)}" src="/en/update/Laureaimages/{rng.choice(_WORDS["en"])}_{page.no % 50}.jpg" '
        'style="BORDER:0px solid;" />'
    )
    text = "\n\n".join([image, c.title, c.subtitle, *c.body()])
    rows, sightings = [], []
    items = refs.listing(rng, page)
    for item in items:
        if item["published_utc"] is not None:
            rows.append(_listing_row(item))
        sightings.append(("listing", item["title"], item["published_utc"] and date.fromisoformat(rows[-1]["date"])))
    tail = ["\n\n\n\n\n\n" + "\n".join(_listing_line(item) for item in items)] if items else []
    if page.modified is not None:
        day, clock = page.modified
        written = f"{day.month}/{day.day}/{day.year} {_twelve_hour(clock)}"
        rows.append(_row("modified", "modified_label", written, day, _local(day, clock), "minute"))
        tail.insert(rng.randint(0, len(tail)), f"\n\nModified {written}\n{rng.choice(_SHAREPOINT_TAGS)}")
    return _Rendered(text + "".join(tail) + "\n", c.title, rows, sightings)


def _laurea_wordpress_page(rng: random.Random, page: _Page, refs: _References) -> _Rendered:
    """A skip link, menu lines, the title (the last short line before the date line or the
    first paragraph), perhaps a date line, the body, perhaps a contact."""
    c, language = page.content, page.language
    menu = ["Siirry sisältöön" if language == "fi" else "Skip to content", *rng.sample(_MENU[language], rng.randint(2, 5))]
    head, rows = c.title, []
    if page.published is not None:
        line, row = _wordpress_date(rng, page)
        head += rng.choice(("\n", "\n\n")) + line
        rows.append(row)
    parts = ["\n".join(menu) + rng.choice(("\n", "\n\n")) + head, *c.body()]
    if rng.random() < 0.5:
        parts.append(_contact(rng, language, "laurea.fi"))
    return _Rendered("\n\n".join(parts) + "\n", c.title, rows, [])


def _metropolia_page(rng: random.Random, page: _Page, refs: _References) -> _Rendered:
    """Title, `DD.MM.YYYY` under it, body, contact, the `Lahjoita` appeal, then teasers of
    other news (`title` / `snippet...` / `Read More`)."""
    c, language = page.content, page.language
    day = page.published[0]
    parts = ["\n".join(rng.sample(("Valikko", "Hae", "EN") if language == "fi" else ("Menu", "Search", "FI"), 2))]
    parts = parts if rng.random() < 0.5 else []
    parts += [f"{c.title}\n{day:%d.%m.%Y}", *c.body(), _contact(rng, language, "metropolia.fi"), rng.choice(_APPEALS)]
    read_more = "Read More" if language == "en" else "Lue lisää"
    teasers = refs.teasers(rng, page, rng.randint(0, 4), dated=False)
    for teaser in teasers:
        parts.append(_teaser_block(rng, teaser.title, teaser.snippet if rng.random() >= 0.15 else None, None, read_more))
    rows = [_row("published", "date_under_title", f"{day:%d.%m.%Y}", day)]
    return _Rendered("\n\n".join(parts) + "\n", c.title, rows, [("teaser", t.title, None) for t in teasers])


def _drupal_page(rng: random.Random, page: _Page, refs: _References) -> _Rendered:
    """Finnish: tab labels and `Olet täällä` with its trail around the title, the title
    again, `Julkaistu D.M.YYYY`, the body, `Päivitetty …`, a tag line. (The modified line
    comes last: whether the line after any modified date line is `tags`, or only the line
    after SharePoint's `Modified …`, the spec leaves open.)"""
    c = page.content
    date_lines, rows = _drupal_dates(rng, page)
    tabs = "Ensisijaiset välilehdet\n" + rng.choice(("Näytä(aktiivinen välilehti)", "Näytä"))
    crumb = ["Olet täällä\n" + rng.choice(_TRAILS)] if rng.random() < 0.7 else []
    parts = ["Päävalikko\nHaku"] if rng.random() < 0.4 else []
    parts += [tabs, *crumb, c.title, c.title] if rng.random() < 0.5 else [*crumb, c.title, tabs, c.title]
    published, modified = date_lines.get("published"), date_lines.get("modified")
    parts += [*([published] if published else []), *c.body(), *([modified] if modified else [])]
    shape = rng.random()
    if shape < 0.6:
        parts.append("".join(rng.sample(_TAG_WORDS, rng.randint(2, 4))))  # `Haaga-HeliaMetropolia`
    elif shape < 0.8:
        words = ", ".join(w.lower() for w in rng.sample(_TAG_WORDS[3:], 2))
        parts.append(f"{rng.choice(('Tagit', 'Avainsanat', 'Asiasanat'))}: {words}")
    return _Rendered("\n\n".join(parts) + "\n", c.title, rows, [])


def _3amk_page(rng: random.Random, page: _Page, refs: _References) -> _Rendered:
    """A listing page: menu, title, an introduction, then teasers with `pe 19.4.2024`-style
    dates above or below their titles; some snippets announce an event with its date."""
    language = page.language
    title = rng.choice(_LISTING_TITLES[language])
    parts = ["Valikko\nHaku" if language == "fi" else "Menu\nSearch", title, _INTROS[language]]
    read_more = "Lue lisää" if language == "fi" else "Read more"
    rows, sightings = [], []
    for n, teaser in enumerate(refs.teasers(rng, page, rng.randint(2, 8), dated=True)):
        shape, snippet, date_line = rng.random(), teaser.snippet, None
        if shape < 0.1 and n:  # the first keeps its snippet: one teaser with a snippet makes the layout
            snippet = None
        elif shape < 0.35:
            snippet = _event_snippet(rng, language)
        if teaser.day is not None:
            date_line, row = _teaser_date(rng, teaser.day, language)
            rows.append(row)
        parts.append(_teaser_block(rng, teaser.title, snippet, date_line, read_more))
        sightings.append(("teaser", teaser.title, teaser.day))
    return _Rendered("\n\n".join(parts) + "\n", title, rows, sightings)


_RENDER = {
    "laurea_sharepoint": _sharepoint_page, "laurea_wordpress": _laurea_wordpress_page,
    "metropolia_typo3": _metropolia_page, "haaga_helia_drupal": _drupal_page, "3amk_wordpress": _3amk_page,
}


# The corpus and its truth.

def generate_mixed_corpus(folder: str | Path, n_pages: int, seed: int = 0) -> MixedTruth:
    """Write `n_pages` pages in the five layouts of issue 11 (English and Finnish) into
    `folder/pages`, with pages.csv and the truth files truth_documents.csv, truth_dates.csv,
    truth_news.csv and truth_sightings.csv beside them; return the truth as
    `read_mixed_truth` reads it. Deterministic by seed: the same call writes the same bytes.

    Traps: pages with no date, modified dates without a published one, summer and winter
    time, 12:xx AM/PM, event dates inside teaser snippets, teasers and listing items of
    articles that are pages of the corpus (one news item), articles republished word for
    word on another site."""
    rng = random.Random(seed)
    folder = Path(folder)
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    pages = _plan(rng, n_pages)
    refs = _References(rng, pages)
    truth: dict[str, list[dict]] = {name: [] for name in _TRUTH_COLUMNS}
    manifest = []
    for page in pages:
        rendered = _RENDER[page.layout](rng, page, refs)
        (folder / "pages" / f"{page.doc_id}.txt").write_bytes(rendered.text.encode("utf-8"))
        manifest.append(_manifest_row(page, rendered.title))
        _add_truth(truth, page, rendered)
    truth["news"] = _news_rows(truth["sightings"])
    pd.DataFrame(manifest, columns=["file", "source_url", "publisher", "language", "news_base_url"]).to_csv(
        folder / "pages.csv", index=False, lineterminator="\n"
    )
    for name, columns in _TRUTH_COLUMNS.items():
        pd.DataFrame(truth[name], columns=list(columns)).to_csv(folder / f"truth_{name}.csv", index=False, lineterminator="\n")
    return read_mixed_truth(folder)


def _manifest_row(page: _Page, title: str) -> dict:
    """pages.csv: a SharePoint article's address is the news base URL and its title's slug
    (so related-news items of it join by URL as well as by title)."""
    publisher, bases = _SITES[page.layout]
    base = bases[page.language]
    if page.layout == "laurea_sharepoint":
        url = base + rebuild_slug(title)
    elif page.layout == "3amk_wordpress":
        url = f"{base}tag/{'kumppanuus' if page.language == 'fi' else 'partnership'}/page/{page.no + 1}/"
    else:
        url = base + slug_id(title) + ("/" if page.layout == "laurea_wordpress" else "")
    return {"file": f"{page.doc_id}.txt", "source_url": url, "publisher": publisher, "language": page.language, "news_base_url": base}


def _add_truth(truth: dict[str, list[dict]], page: _Page, rendered: _Rendered) -> None:
    """The page's document row, dates rows and sightings (its article first)."""
    doc_id = page.doc_id
    truth["dates"].extend({"doc_id": doc_id, **row} for row in rendered.rows)
    published = next((row["date"] for row in rendered.rows if row["role"] == "published"), "")
    modified = next((row["date"] for row in rendered.rows if row["role"] == "modified"), "")
    truth["documents"].append({
        "doc_id": doc_id, "layout": page.layout, "title": rendered.title, "published_date": published, "modified_date": modified,
    })
    sightings = [("article", rendered.title, published)] if page.content is not None else []
    sightings += [(kind, title, day.isoformat() if day else "") for kind, title, day in rendered.sightings]
    truth["sightings"].extend({"doc_id": doc_id, "kind": k, "title": t, "published_date": d} for k, t, d in sightings)


def _news_rows(sightings: list[dict]) -> list[dict]:
    """One row per news item: sightings whose titles agree up to case and white space. Its
    date is the earliest sighting's; its doc_id the first article page's, else the first
    sighting's (file order)."""
    items: dict[str, list[dict]] = {}
    for sighting in sightings:
        items.setdefault(news_key(sighting["title"]), []).append(sighting)
    rows = []
    for group in items.values():
        assert len({s["title"] for s in group}) == 1, group  # the generator never varies a title's case
        articles = [s["doc_id"] for s in group if s["kind"] == "article"]
        dates = [s["published_date"] for s in group if s["published_date"]]
        rows.append({
            "title": group[0]["title"], "kind": "article" if articles else "listing", "published_date": min(dates, default=""),
            "n_sightings": len(group), "doc_id": articles[0] if articles else group[0]["doc_id"],
        })
    return rows


def read_mixed_truth(folder: str | Path) -> MixedTruth:
    """The truth files and pages.csv that `generate_mixed_corpus` wrote, with the dtypes of
    the corpus tables: strings, `period[D]` dates, Helsinki timestamps (NA/NaT when empty)."""
    folder = Path(folder)
    frames = {}
    for name in _TRUTH_COLUMNS:
        raw = pd.read_csv(folder / f"truth_{name}.csv", dtype=str, keep_default_na=False)
        frames[name] = pd.DataFrame({column: _typed(column, raw[column]) for column in raw.columns})
    pages = pd.read_csv(folder / "pages.csv", dtype=str, keep_default_na=False).astype("string")
    return MixedTruth(**frames, pages=pages)


def _typed(column: str, values: pd.Series) -> pd.Series:
    """A truth column as written (strings, "" for missing) in its corpus dtype."""
    present = values.where(values != "")
    if column in ("date", "published_date", "modified_date"):
        return pd.to_datetime(present, format="%Y-%m-%d").dt.to_period("D")
    if column == "timestamp":
        return pd.to_datetime(present, utc=True, format="ISO8601").dt.tz_convert(LOCAL_TZ).astype(f"datetime64[us, {LOCAL_TZ}]")
    if column == "n_sightings":
        return values.astype("int64")
    return present.astype("string")
