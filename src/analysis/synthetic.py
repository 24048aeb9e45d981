"""Synthetic corpora in the bundled page's format, with the news table they should give.

Deterministic by seed: the same call writes the same bytes. Pages vary their articles,
carry 0 to 12 related-news items drawn from a shared pool (so one item is listed on many
pages), with timestamps from 2010 to 2026 in summer and winter time, URL fragments cut at
`'` and `,`, and Finnish letters.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

from .paths import LOCAL_TZ
from .read.listing import rebuild_slug

NEWS_BASE_URL = "https://www.example.fi/en/news/Pages/"
WORDS = (
    "students partnership alliance research innovation campus Helsinki Vantaa Espoo "
    "yrittäjyys työelämä opiskelijat kesäkoulu Jyväskylä Hämeenlinna Pääkaupunkiseutu "
    "education export funding mobility employers projects region skills summer school "
    "digital health design engineering business Öljy Äänekoski"
).split()
INSTITUTIONS = ("Haaga-Helia", "Laurea", "Metropolia", "Laurean", "Metropoliassa", "Haaga Helia")
_TZ = ZoneInfo(LOCAL_TZ)
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
        published = datetime.combine(day, time(), _TZ).astimezone(timezone.utc)
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
