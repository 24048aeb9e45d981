"""Publication timelines on local (Helsinki) calendar days.

Two views. The corpus timeline (`timeline_events`, `timeline_counts`,
`plot_corpus_timeline`) puts every date the pages show on one axis, told apart by kind:
an article page on its publication date (`article`), or on its modified date when it
shows only that (`modified`: never passed off as a publication date), and the items of
listings and teasers on theirs (`listing`, `teaser`). The news view (`publication_counts`,
`plot_timeline(news)`) counts distinct news items on their earliest date. Nothing undated
is dropped silently: each caption says how many pages and items have no date.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.dates import DateFormatter
from matplotlib.figure import Figure

from ..build.corpus import Corpus

# Weeks start on Monday in Finland: a pandas week ending on Sunday.
FREQS = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q-DEC", "year": "Y"}
EVENT_LIMIT = 20  # above this many dated items the event timeline gets unreadable
# Kind of timeline entry -> (marker, colour, legend label), in drawing and legend order.
STYLES = {
    "article": ("o", "tab:blue", "article page, published"),
    "modified": ("s", "tab:orange", "article page, modified date only"),
    "listing": ("D", "tab:green", "listing item"),
    "teaser": ("^", "tab:purple", "teaser item"),
    "news": ("o", "tab:blue", "news item"),
}
KINDS = ("article", "modified", "listing", "teaser")
ZONE_NOTE = "Local days (Europe/Helsinki)."
LABEL_CHARS = 72  # a longer title is cut at a word with "…" (the events table holds it whole)


def _freq(freq: str) -> str:
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    return FREQS[freq]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


# --- news items (corpus.news) -------------------------------------------------------------


def publication_counts(news: pd.DataFrame, freq: str = "month") -> pd.DataFrame:
    """Dated news items per period of `published_date`, with explicit zero periods.

    Columns: `period` (pandas Period), `count` (int64). Undated items are not counted here;
    `undated_count` tells how many there are.
    """
    code = _freq(freq)
    periods = news["published_date"].dropna().dt.asfreq(code)
    if periods.empty:
        return pd.DataFrame({"period": pd.PeriodIndex([], freq=code), "count": pd.Series([], dtype="int64")})
    full = pd.period_range(periods.min(), periods.max(), freq=code)
    counts = periods.value_counts().reindex(full, fill_value=0)
    return pd.DataFrame({"period": full, "count": counts.to_numpy(dtype="int64")})


def undated_count(news: pd.DataFrame) -> int:
    """How many news items have no publication date."""
    return int(news["published_date"].isna().sum())


def dated_events(news: pd.DataFrame) -> pd.DataFrame:
    """Dated items in publication order: published_date, title, url."""
    dated = news.dropna(subset=["published_date"]).sort_values(["published_date", "title"], kind="stable")
    return dated[["published_date", "title", "url"]].reset_index(drop=True)


def caption(news: pd.DataFrame) -> str:
    """One line that accounts for every item, dated or not."""
    dated, undated = len(news) - undated_count(news), undated_count(news)
    text = f"{dated} dated news item{'s' * (dated != 1)} by local publication date (Europe/Helsinki)"
    if undated:
        text += f"; {undated} undated item{'s' * (undated != 1)} not shown"
    return text + "."


def plot_timeline(news: pd.DataFrame, kind: str = "auto", freq: str = "month") -> Figure:
    """A timeline of news items (`corpus.news`): `kind` is "events", "counts" or "auto"
    (events for up to EVENT_LIMIT dated items, counts by `freq` above that). For pages and
    items told apart, see `plot_corpus_timeline`."""
    events = dated_events(news).rename(columns={"published_date": "date"}).assign(kind="news")
    counts = publication_counts(news, freq).set_index("period")["count"].to_frame("news")
    return _timeline_figure(events, counts, caption(news), kind, freq, "News items")


# --- pages and items told apart (the Corpus) ----------------------------------------------


def page_dates(corpus: Corpus) -> pd.DataFrame:
    """One row per page: is it an article (a page with a title and text of its own, not a
    listing of teasers), and the day it is placed on: its publication date, else its
    modified date (`role` "modified"), else none. A modified date stays a modified date."""
    docs = corpus.documents
    sightings = corpus.sightings
    is_article = docs["doc_id"].isin(sightings.loc[sightings["kind"] == "article", "doc_id"])
    published, modified = docs["published_date"].notna(), docs["modified_date"].notna()
    role = np.select([published, modified], ["published", "modified"], None)
    return pd.DataFrame(
        {
            "doc_id": docs["doc_id"],
            "publisher": docs["publisher"],
            "title": docs["title"],
            "url": docs["source_url"],
            "is_article": is_article.to_numpy(dtype=bool),
            "date": docs["published_date"].where(published, docs["modified_date"]),
            "role": pd.array(role, dtype="string"),
        }
    ).reset_index(drop=True)


def timeline_events(corpus: Corpus) -> pd.DataFrame:
    """Every dated entry of the corpus timeline, in date order. Columns: date (period[D]),
    kind (`article`, `modified`, `listing`, `teaser`), title, publisher (of the page that
    shows the date), doc_id, news_id, url. A listed item seen on several pages is one entry
    a day, and none on a day its own article page already stands on."""
    pages = page_dates(corpus)
    pages = pages[pages["is_article"] & pages["date"].notna()]
    articles = corpus.sightings[corpus.sightings["kind"] == "article"].drop_duplicates("doc_id")
    page_rows = pages.assign(
        kind=np.where(pages["role"] == "published", "article", "modified"),
        news_id=pages["doc_id"].map(articles.set_index("doc_id")["news_id"]),
    )
    items = _dated_items(corpus)
    on_article = pd.MultiIndex.from_frame(page_rows.loc[page_rows["kind"] == "article", ["news_id", "date"]])
    items = items[~pd.MultiIndex.from_frame(items[["news_id", "date"]]).isin(on_article)]
    columns = ["date", "kind", "title", "publisher", "doc_id", "news_id", "url"]
    events = pd.concat([page_rows[columns], items[columns]], ignore_index=True)
    events["kind"] = pd.Categorical(events["kind"], categories=KINDS)
    events = events.sort_values(["date", "kind", "title"], kind="stable", ignore_index=True)
    return events.astype({"kind": "string", "title": "string", "news_id": "string"})


def _dated_items(corpus: Corpus) -> pd.DataFrame:
    """Dated listing and teaser sightings, one per news item and day, with the item's URL."""
    seen = corpus.sightings
    items = seen[seen["kind"].isin(["listing", "teaser"]) & seen["published_date"].notna()]
    items = items.drop_duplicates(["news_id", "published_date"]).rename(columns={"published_date": "date"})
    return items.assign(url=items["news_id"].map(corpus.news.set_index("news_id")["url"]))


def timeline_caption(corpus: Corpus) -> str:
    """Two lines that account for every page and every news item, dated or not."""
    pages = page_dates(corpus)
    articles = pages[pages["is_article"]]
    listings = len(pages) - len(articles)
    by_role = articles["role"].value_counts()
    seen = corpus.sightings[corpus.sightings["kind"].isin(["listing", "teaser"])]
    shown = int(timeline_events(corpus)["kind"].isin(["listing", "teaser"]).sum())
    undated_items = int(seen["published_date"].isna().sum())
    page_line = (
        f"{_plural(len(pages), 'page')}: {by_role.get('published', 0)} with a publication date, "
        f"{by_role.get('modified', 0)} with a modified date only (shown as modified), "
        f"{articles['role'].isna().sum()} with no date (not shown)"
        + (f", {_plural(listings, 'listing page')}" if listings else "")
    )
    item_line = (
        f"{shown} dated listing/teaser item{'s' * (shown != 1)} shown, {undated_items} undated not shown. "
        f"{_plural(len(corpus.news), 'news item')}, {undated_count(corpus.news)} undated. {ZONE_NOTE}"
    )
    return f"{page_line}.\n{item_line}"


def timeline_counts(corpus: Corpus, freq: str = "month") -> pd.DataFrame:
    """Timeline entries (`timeline_events`) per period, one row a period, zeros included.
    Columns: period, one count per kind (article, modified, listing, teaser) and total (int64)."""
    code = _freq(freq)
    events = timeline_events(corpus)
    periods = events["date"].dt.asfreq(code)
    full = pd.period_range(periods.min(), periods.max(), freq=code) if len(events) else pd.PeriodIndex([], freq=code)
    wide = pd.crosstab(periods, events["kind"]).reindex(index=full, columns=list(KINDS), fill_value=0)
    wide = wide.astype("int64").assign(total=lambda w: w.sum(axis=1).astype("int64"))
    wide.columns.name = None
    return wide.rename_axis("period").reset_index()


def plot_corpus_timeline(corpus: Corpus, kind: str = "auto", freq: str = "month") -> Figure:
    """Pages and listed items on one timeline, a marker and colour per kind: "events"
    (each entry labelled), "counts" (stacked bars by `freq`) or "auto" (events for up to
    EVENT_LIMIT entries)."""
    counts = timeline_counts(corpus, freq).set_index("period")[list(KINDS)]
    counts = counts.loc[:, counts.sum() > 0]  # the legend names only the kinds the corpus has
    title = "Pages and news items"
    return _timeline_figure(timeline_events(corpus), counts, timeline_caption(corpus), kind, freq, title)


# --- drawing ------------------------------------------------------------------------------


def _timeline_figure(events: pd.DataFrame, counts: pd.DataFrame, text: str, kind: str, freq: str, what: str) -> Figure:
    """The event or count figure, with the caption under it."""
    if kind == "auto":
        kind = "events" if len(events) <= EVENT_LIMIT else "counts"
    if kind == "events":
        fig = _event_figure(events, "Publication timeline", text.count("\n") + 1)
    elif kind == "counts":
        fig = _count_figure(counts, f"{what} per {freq}", text.count("\n") + 1)
    else:
        raise ValueError(f"kind must be 'auto', 'events' or 'counts', not {kind!r}")
    fig.text(0.01, 0.01, text, fontsize=9, color="0.3", ha="left", va="bottom")
    return fig


def _event_figure(events: pd.DataFrame, title: str, lines: int) -> Figure:
    """One row per entry, earliest on top: a marker on its day (shape and colour by kind)
    and its date and title beside it, so entries close in time never overprint each other.
    `lines` of caption get room under the axes."""
    rows = max(len(events), 1)
    fig = Figure(figsize=(10, 1.9 + 0.3 * rows + 0.2 * lines), layout="constrained")
    fig.get_layout_engine().set(h_pad=0.2 + 0.15 * lines)
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_yticks([])
    ax.set_ylim(rows - 0.5, -0.5)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    if events.empty:
        ax.text(0.5, 0.5, "no dated items", transform=ax.transAxes, ha="center", va="center")
        return fig
    days = events["date"].dt.to_timestamp()
    for kind, (marker, colour, label) in STYLES.items():
        here = (events["kind"] == kind).to_numpy()
        if here.any():
            y = np.flatnonzero(here)
            ax.hlines(y, days.min(), days.max(), color="0.9", linewidth=0.8, zorder=0)
            ax.plot(days[here], y, marker, color=colour, markersize=7, linestyle="none", label=label)
    pad = max(pd.Timedelta(days=30), (days.max() - days.min()) * 0.08)
    ax.set_xlim(days.min() - pad, days.max() + pad)
    _label_events(ax, days, events)
    ax.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))
    if not (events["kind"] == "news").all():
        ax.set_title(title, pad=24)  # room for the legend between title and axes
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), fontsize=8, frameon=False, ncols=4)
    return fig


def _label_events(ax, days: pd.Series, events: pd.DataFrame) -> None:
    """Date and title beside each marker, on the side with more room."""
    middle = days.min() + (days.max() - days.min()) / 2
    for row, (day, title, date) in enumerate(zip(days, events["title"], events["date"])):
        text = textwrap.shorten(str(title), LABEL_CHARS, placeholder=" …")
        right = day <= middle
        ax.annotate(
            # a "$" in page text would start matplotlib's mathtext: show it literally
            f"{date}  {text}".replace("$", r"\$"),
            xy=(day, row),
            xytext=(7 if right else -7, 0),
            textcoords="offset points",
            ha="left" if right else "right",
            va="center",
            fontsize=8,
        )


def _count_figure(counts: pd.DataFrame, title: str, lines: int) -> Figure:
    """Bars per period (index), stacked by kind (columns), with a legend of the corpus
    kinds; `lines` of caption get room under the axes."""
    fig = Figure(figsize=(10, 4), layout="constrained")
    fig.get_layout_engine().set(h_pad=0.2 * lines)
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_ylabel("items")
    bottom = np.zeros(len(counts), dtype="int64")
    for kind in counts.columns:
        _, colour, label = STYLES[kind]
        ax.bar(range(len(counts)), counts[kind], bottom=bottom, color=colour, label=label)
        bottom += counts[kind].to_numpy(dtype="int64")
    labels = counts.index.astype(str)
    step = max(1, len(counts) // 12)
    ax.set_xticks(range(0, len(counts), step), labels[::step], rotation=45, ha="right")
    ax.yaxis.get_major_locator().set_params(integer=True)
    if len(counts.columns) and list(counts.columns) != ["news"]:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    return fig
