"""Publication timelines on local (Helsinki) calendar days.

Two views. The corpus timeline (`timeline_events`, `timeline_counts`,
`plot_corpus_timeline`) puts every date the pages show on one axis, told apart by kind:
an article page on its publication date (`article`), or on its modified date when it
shows only that (`modified`: never passed off as a publication date), and the items of
listings and teasers on theirs (`listing`, `teaser`). The news view (`publication_counts`,
`plot_timeline(news)`) counts distinct news items on their earliest date. Nothing undated
is dropped silently: each caption says how many pages and items have no date (the figures
leave that to the caption, so a report says it once).

The figures stay readable at any size: labelled events only while the labels fit on the
drawn figure (`figures.text_overlaps`), else counts per month, quarter or year chosen from
the span, one panel per publisher, ticks on year boundaries.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..build.corpus import Corpus
from .figures import literal, overlapping_texts
from .words import UNKNOWN_PUBLISHER, plural

# Weeks start on Monday in Finland: a pandas week ending on Sunday.
FREQS = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q-DEC", "year": "Y"}
# The count period when none is given, by the span of the dates in years: months up to
# three years (at most 37 bars), quarters up to ten (at most 41), years beyond.
SPAN_FREQS = ((3, "month"), (10, "quarter"))
WIDTH = 11.5  # inches of every timeline figure: 1150 px at 100 dpi in a 1280 px wide report
ROW_INCHES = 0.3  # an event row: its marker and one line of label
EVENT_LIMIT = 40  # event rows at most, so the figure stays under 14 inches; more cannot fit
PANEL_INCHES = 1.5  # a publisher's panel of counts
PUBLISHER_PANELS = 6  # panels at most: past that, the publishers with fewest entries share one
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)  # label every n-th year (month) until the labels fit
MONTH_STEPS = (1, 3, 6, 12)
DAY_STEPS = (1, 2, 7, 14)  # label every n-th day when not even two month starts fall in the span
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
Panels = list[tuple[str, pd.DataFrame]]  # (panel name, entries per period and kind), drawing order


def choose_freq(dates: pd.Series) -> str:
    """The count period for local days (period[D]) by their span (SPAN_FREQS), so that a
    chart has tens of bars, not hundreds of hairlines."""
    dated = dates.dropna()
    years = (dated.max() - dated.min()).n / 365.25 if len(dated) else 0.0
    return next((name for limit, name in SPAN_FREQS if years <= limit), "year")


def _freq(freq: str | None, dates: pd.Series) -> str:
    """The pandas code of a FREQS name, or of the period `choose_freq` gives for None."""
    return FREQS[_freq_name(freq, dates)]


def _freq_name(freq: str | None, dates: pd.Series) -> str:
    """A FREQS name checked, or the one `choose_freq` gives for None."""
    if freq is None:
        return choose_freq(dates)
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    return freq


# --- news items (corpus.news) -------------------------------------------------------------


def publication_counts(news: pd.DataFrame, freq: str | None = "month") -> pd.DataFrame:
    """Dated news items per period of `published_date` (None: by their span), with
    explicit zero periods.

    Columns: `period` (pandas Period), `count` (int64). Undated items are not counted here;
    `undated_count` tells how many there are.
    """
    code = _freq(freq, news["published_date"])
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
    text = f"{plural(dated, 'dated news item')} by local publication date (Europe/Helsinki)"
    if undated:
        text += f"; {plural(undated, 'undated item')} not shown"
    return text + "."


def plot_timeline(news: pd.DataFrame, kind: str = "auto", freq: str | None = None) -> Figure:
    """A timeline of news items (`corpus.news`), by the rules of `plot_corpus_timeline` in
    one panel; `caption(news)` accounts for the undated. For pages and items told apart,
    see `plot_corpus_timeline`."""
    events = dated_events(news).rename(columns={"published_date": "date"}).assign(kind="news")

    def panels(name: str) -> Panels:
        return [("", publication_counts(news, name).set_index("period")["count"].to_frame("news"))]

    return _timeline_figure(events, panels, kind, freq, "News items")


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


def undated_articles(pages: pd.DataFrame) -> int:
    """Article pages (`page_dates`) with neither a publication nor a modified date."""
    return int((pages["is_article"] & pages["date"].isna()).sum())


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
        f"{plural(len(pages), 'page')}: {by_role.get('published', 0):,} with a publication date, "
        f"{by_role.get('modified', 0)} with a modified date only (shown as modified), "
        f"{undated_articles(pages):,} with no date (not shown)"
        + (f", {plural(listings, 'listing page')}" if listings else "")
    )
    item_line = (
        f"{plural(shown, 'dated listing/teaser item')} shown, {undated_items:,} undated not shown. "
        f"{plural(len(corpus.news), 'news item')}, {undated_count(corpus.news):,} undated. {ZONE_NOTE}"
    )
    return f"{page_line}.\n{item_line}"


def timeline_counts(corpus: Corpus, freq: str | None = "month") -> pd.DataFrame:
    """Timeline entries (`timeline_events`) per period (None: by their span), one row a
    period, zeros included. Columns: period, one count per kind (article, modified,
    listing, teaser) and total (int64)."""
    events = timeline_events(corpus)
    periods = events["date"].dt.asfreq(_freq(freq, events["date"]))
    wide = _kind_counts(periods, events["kind"], _all_periods(periods), list(KINDS))
    return wide.assign(total=lambda w: w.sum(axis=1).astype("int64")).reset_index()


def _all_periods(periods: pd.Series) -> pd.PeriodIndex:
    """Every period from the first to the last of `periods`, so empty ones count as zero."""
    if periods.isna().all():
        return pd.PeriodIndex([], freq=periods.dt.freq)
    return pd.period_range(periods.min(), periods.max(), freq=periods.dt.freq)


def _kind_counts(periods: pd.Series, kinds: pd.Series, full: pd.PeriodIndex, columns: list[str]) -> pd.DataFrame:
    """Entries per period (index `full`, named period) and kind (`columns`), int64."""
    wide = pd.crosstab(periods, kinds).reindex(index=full, columns=columns, fill_value=0).astype("int64")
    wide.columns.name = None
    return wide.rename_axis("period")


def plot_corpus_timeline(corpus: Corpus, kind: str = "auto", freq: str | None = None) -> Figure:
    """Pages and listed items on one timeline, a marker and colour per kind. `kind`:
    "events" (each entry on a row, labelled with its local date and title), "counts"
    (bars by `freq`, stacked by kind, a panel per publisher) or "auto" (events while their
    labels fit on the drawn figure, else counts). `freq` None chooses the period by the
    span (`choose_freq`). `timeline_caption` accounts for the undated."""
    events = timeline_events(corpus)
    return _timeline_figure(events, lambda name: _publisher_counts(events, name), kind, freq, "Pages and news items")


def _publisher_counts(events: pd.DataFrame, freq: str) -> Panels:
    """(panel name, entries per period and kind) a panel, the most entries first, over one
    shared range of periods and the kinds the corpus has (so the legend names only those)."""
    periods = events["date"].dt.asfreq(FREQS[freq])
    full = _all_periods(periods)
    kinds = [kind for kind in KINDS if (events["kind"] == kind).any()]
    panels = _publisher_panels(events["publisher"])
    return [
        (name, _kind_counts(periods[panels == name], events["kind"][panels == name], full, kinds))
        for name in panels.cat.categories
    ]


def _publisher_panels(publishers: pd.Series) -> pd.Series:
    """Each entry's panel, categories ordered by entries (then name): its publisher, or
    past PUBLISHER_PANELS one panel of the publishers with fewest entries."""
    names = publishers.astype("string").fillna(UNKNOWN_PUBLISHER).astype(str)
    totals = names.value_counts()
    order = sorted(totals.index, key=lambda name: (-totals[name], name))
    if len(order) > PUBLISHER_PANELS:
        kept = order[: PUBLISHER_PANELS - 1]
        other = f"{len(order) - len(kept)} other publishers"
        names, order = names.where(names.isin(kept), other), [*kept, other]
    return pd.Series(pd.Categorical(names, categories=order), index=publishers.index)


# --- drawing ------------------------------------------------------------------------------


def _timeline_figure(
    events: pd.DataFrame, count_panels: Callable[[str], Panels], kind: str, freq: str | None, what: str
) -> Figure:
    """The labelled events when asked for, or in "auto" when their labels fit on the drawn
    figure; else the counts of `count_panels(freq name)`."""
    if kind not in ("auto", "events", "counts"):
        raise ValueError(f"kind must be 'auto', 'events' or 'counts', not {kind!r}")
    name = _freq_name(freq, events["date"])
    if kind == "events" or (kind == "auto" and len(events) <= EVENT_LIMIT):
        fig = _event_figure(events, "Publication timeline")
        if kind == "events" or not overlapping_texts(fig):
            return fig
    return _count_figure(count_panels(name), f"{what} per {name}")


def _event_figure(events: pd.DataFrame, title: str) -> Figure:
    """One row per entry, earliest on top: a marker on its day (shape and colour by kind)
    and its date and title beside it. Past EVENT_LIMIT rows (asked for) the rows close up:
    the figure keeps its height."""
    rows = max(len(events), 1)
    pitch = min(ROW_INCHES, EVENT_LIMIT * ROW_INCHES / rows)
    fig = Figure(figsize=(WIDTH, 1.9 + pitch * rows), layout="constrained")
    fig.suptitle(title)
    ax = fig.add_subplot()
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
    _legend(fig, ax)
    _date_ticks(fig, ax, days.min() - pad, days.max() + pad)
    return fig


def _label_events(ax: Axes, days: pd.Series, events: pd.DataFrame) -> None:
    """Date and title beside each marker, on the side with more room."""
    middle = days.min() + (days.max() - days.min()) / 2
    for row, (day, title, date) in enumerate(zip(days, events["title"], events["date"])):
        text = textwrap.shorten(str(title), LABEL_CHARS, placeholder=" …")
        right = day <= middle
        ax.annotate(
            literal(f"{date}  {text}"),
            xy=(day, row),
            xytext=(7 if right else -7, 0),
            textcoords="offset points",
            ha="left" if right else "right",
            va="center",
            fontsize=8,
        )


def _legend(fig: Figure, ax: Axes) -> None:
    """The kinds of `ax`, once, under the axes where it covers nothing; none for news alone."""
    handles, labels = ax.get_legend_handles_labels()
    if labels and labels != [STYLES["news"][2]]:
        fig.legend(handles, labels, loc="outside lower center", ncols=len(labels), fontsize=8, frameon=False)


def _count_figure(panels: Panels, title: str) -> Figure:
    """A panel of bars per (name, counts by period and kind), stacked by kind, on one
    shared time axis; the kinds' legend once, under the panels."""
    panels = panels or [("", pd.DataFrame(index=pd.PeriodIndex([], freq="D")))]
    fig = Figure(figsize=(WIDTH, max(3.2, 1.4 + PANEL_INCHES * len(panels))), layout="constrained")
    fig.suptitle(title)
    axes = fig.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    for ax, (name, counts) in zip(axes, panels):
        _stacked_bars(ax, counts)
        if name:
            ax.set_title(literal(name), loc="left", fontsize=9)
            ax.set_title(plural(int(counts.to_numpy().sum()), "entry", "entries"), loc="right", fontsize=9)
    fig.supylabel("entries", fontsize=9)
    _legend(fig, axes[0])
    periods = panels[0][1].index
    if len(periods):
        start, end = periods[0].start_time, periods[-1].end_time
        pad = (end - start) * 0.01
        axes[-1].set_xlim(start - pad, end + pad)
        _date_ticks(fig, axes[-1], start - pad, end + pad)
    return fig


def _stacked_bars(ax: Axes, counts: pd.DataFrame) -> None:
    """A bar per period (index) over 80% of its span, stacked by kind (columns)."""
    ax.yaxis.set_major_locator(MaxNLocator(3, integer=True, steps=[1, 2, 5, 10]))
    if counts.empty:
        ax.text(0.5, 0.5, "no dated items", transform=ax.transAxes, ha="center", va="center")
        return
    ax.set_ylim(0, max(1, counts.sum(axis=1).max()) * 1.1)  # room over the highest bar
    left = mdates.date2num(counts.index.start_time)
    span = mdates.date2num(counts.index.end_time) - left
    bottom = np.zeros(len(counts), dtype="int64")
    for kind in counts.columns:
        _, colour, label = STYLES[kind]
        bars = {"width": 0.8 * span, "bottom": bottom, "align": "edge", "color": colour, "label": label}
        ax.bar(left + 0.1 * span, counts[kind], **bars)
        bottom += counts[kind].to_numpy(dtype="int64")


def _date_ticks(fig: Figure, ax: Axes, start: pd.Timestamp, end: pd.Timestamp) -> None:
    """Ticks on calendar boundaries between `start` and `end`: years ("2016") when at
    least three year starts fall in, else months ("2016-10"), else days; every 2nd, 5th,
    ... year (quarter, half year, year of months) until the labels fit on the drawn figure."""
    bounds = pd.date_range(start, end, freq="YS")
    form, steps, number = "%Y", YEAR_STEPS, bounds.year
    if len(bounds) < 3:
        bounds = pd.date_range(start, end, freq="MS")
        form, steps, number = "%Y-%m", MONTH_STEPS, bounds.year * 12 + bounds.month - 1
    if len(bounds) < 2:
        bounds = pd.date_range(start.ceil("D"), end, freq="D")
        form, steps, number = "%Y-%m-%d", DAY_STEPS, np.arange(len(bounds))
    for step in steps:
        kept = bounds[number % step == 0]
        ax.set_xticks(mdates.date2num(kept), kept.strftime(form))
        labels = set(ax.get_xticklabels())
        if not any(a in labels or b in labels for a, b in overlapping_texts(fig)):
            return
