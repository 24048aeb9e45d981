import matplotlib.dates as mdates
import pandas as pd
import pytest
from matplotlib.figure import Figure

import analysis
from analysis.analyse.timeline import EVENT_LIMIT, undated_count


def news_on(*dates):
    return pd.DataFrame(
        {
            "title": [f"Item {i}" for i in range(len(dates))],
            "url": pd.array([pd.NA] * len(dates), dtype="string"),
            "published_date": pd.PeriodIndex([pd.NaT if d is None else pd.Period(d, "D") for d in dates], freq="D"),
        }
    )


def test_month_counts_include_zero_months():
    counts = analysis.publication_counts(news_on("2020-01-31", "2020-04-01", "2020-04-30", None), "month")
    assert counts["period"].astype(str).tolist() == ["2020-01", "2020-02", "2020-03", "2020-04"]
    assert counts["count"].tolist() == [1, 0, 0, 2]
    assert str(counts["count"].dtype) == "int64"


def test_weeks_start_on_monday_and_years_are_calendar_years():
    weekly = analysis.publication_counts(news_on("2016-11-27", "2016-11-28"), "week")
    # Sunday the 27th and Monday the 28th fall in two different Finnish weeks
    assert weekly["period"].astype(str).tolist() == ["2016-11-21/2016-11-27", "2016-11-28/2016-12-04"]
    yearly = analysis.publication_counts(news_on("2014-12-31", "2016-01-01"), "year")
    assert yearly["count"].tolist() == [1, 0, 1]


def test_counts_on_the_bundled_page_use_local_dates(corpus):
    daily = analysis.publication_counts(corpus.news, "day")
    dated = daily[daily["count"] > 0]["period"].astype(str).tolist()
    assert dated == ["2016-10-05", "2016-11-28"]
    assert len(daily) == (pd.Period("2016-11-28") - pd.Period("2016-10-05")).n + 1
    assert undated_count(corpus.news) == 1


def test_unknown_freq_is_refused():
    with pytest.raises(ValueError, match="freq must be one of"):
        analysis.publication_counts(news_on("2020-01-01"), "fortnight")


def texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


def test_event_timeline_labels_each_item_with_its_local_date(corpus):
    fig = analysis.plot_timeline(corpus.news)
    assert isinstance(fig, Figure)
    assert tuple(fig.get_size_inches()) == (10, 4.2)
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert len(labels) == 2
    assert labels[0] == "2016-10-05\nHaaga-Helia, Laurea and\nMetropolia to establish an\nalliance"
    assert labels[1].startswith('2016-11-28\nJouni Koski: "Three large')
    assert all(len(line) <= 32 for label in labels for line in label.splitlines())
    assert not any("2016-10-04" in t or "2016-11-27" in t for t in texts(fig))
    (markers,) = [line for line in fig.axes[0].lines if line.get_marker() == "o"]
    assert [mdates.num2date(x).date().isoformat() for x in markers.get_xdata(orig=False)] == [
        "2016-10-05",
        "2016-11-28",
    ]
    assert "1 undated item not shown" in fig.texts[0].get_text()


def test_count_chart_for_a_large_corpus_is_chosen_automatically():
    dates = [f"2020-{m:02d}-01" for m in range(1, 13)] * 2 + [None]
    assert len(dates) - 1 > EVENT_LIMIT
    fig = analysis.plot_timeline(news_on(*dates))
    ax = fig.axes[0]
    assert ax.get_title() == "News items per month"
    assert [p.get_height() for p in ax.patches] == [2] * 12
    assert fig.texts[0].get_text() == (
        "24 dated news items by local publication date (Europe/Helsinki); 1 undated item not shown."
    )


def test_timeline_without_dated_items_says_so():
    fig = analysis.plot_timeline(news_on(None, None), kind="events")
    assert "no dated items" in texts(fig)
    assert "0 dated news items" in fig.texts[0].get_text() and "2 undated items" in fig.texts[0].get_text()


def test_unknown_kind_is_refused(corpus):
    with pytest.raises(ValueError, match="kind must be"):
        analysis.plot_timeline(corpus.news, kind="pie")
