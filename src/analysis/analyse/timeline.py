"""Publication timelines on the local (Helsinki) publication date.

`publication_counts` gives a tidy count frame with every period present, zeros included;
`plot_timeline` draws either an event timeline (one labelled marker per dated item) for a
small corpus or a count chart by period for a large one. Undated items are never dropped
silently: the figure's caption says how many there are.
"""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.dates import DateFormatter
from matplotlib.figure import Figure

# Weeks start on Monday in Finland: a pandas week ending on Sunday.
FREQS = {"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}
EVENT_LIMIT = 20  # above this many dated items the event timeline gets unreadable


def _freq(freq: str) -> str:
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    return FREQS[freq]


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
    """A publication timeline figure: `kind` is "events", "counts" or "auto" (events for
    up to EVENT_LIMIT dated items, counts by `freq` above that)."""
    if kind == "auto":
        kind = "events" if len(news) - undated_count(news) <= EVENT_LIMIT else "counts"
    if kind == "events":
        fig = _event_figure(dated_events(news))
    elif kind == "counts":
        fig = _count_figure(publication_counts(news, freq), freq)
    else:
        raise ValueError(f"kind must be 'auto', 'events' or 'counts', not {kind!r}")
    fig.text(0.01, 0.01, caption(news), fontsize=9, color="0.3", ha="left", va="bottom")
    return fig


def _event_figure(events: pd.DataFrame) -> Figure:
    fig = Figure(figsize=(10, 4.2), layout="constrained")
    fig.get_layout_engine().set(h_pad=0.35)
    ax = fig.add_subplot()
    ax.set_title("Publication timeline")
    ax.axhline(0, color="0.6", linewidth=1)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    if events.empty:
        ax.text(0.5, 0.5, "no dated items", transform=ax.transAxes, ha="center", va="center")
        return fig
    days = events["published_date"].dt.to_timestamp()
    levels = [(1 + (i // 2) % 3) * (1 if i % 2 == 0 else -1) for i in range(len(events))]
    ax.vlines(days, 0, levels, color="tab:blue", linewidth=1)
    ax.plot(days, [0] * len(days), "o", color="tab:blue", markersize=7)
    for day, level, title, date in zip(days, levels, events["title"], events["published_date"]):
        # a "$" in page text would start matplotlib's mathtext: show it literally
        label = f"{date}\n" + textwrap.fill(title, width=32).replace("$", r"\$")
        ax.annotate(
            label,
            xy=(day, level),
            xytext=(0, 4 if level > 0 else -4),
            textcoords="offset points",
            ha="center",
            va="bottom" if level > 0 else "top",
            fontsize=8,
        )
    top = max(abs(level) for level in levels) + 2.2
    ax.set_ylim(-top, top)
    pad = max(pd.Timedelta(days=30), (days.max() - days.min()) * 0.25)
    ax.set_xlim(days.min() - pad, days.max() + pad)
    ax.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))
    return fig


def _count_figure(counts: pd.DataFrame, freq: str) -> Figure:
    fig = Figure(figsize=(10, 4), layout="constrained")
    fig.get_layout_engine().set(h_pad=0.2)
    ax = fig.add_subplot()
    ax.set_title(f"News items per {freq}")
    ax.set_ylabel("items")
    labels = counts["period"].astype(str)
    ax.bar(range(len(counts)), counts["count"], color="tab:blue")
    step = max(1, len(counts) // 12)
    ax.set_xticks(range(0, len(counts), step), labels[::step], rotation=45, ha="right")
    ax.yaxis.get_major_locator().set_params(integer=True)
    return fig
