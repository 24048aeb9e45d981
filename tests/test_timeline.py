import dataclasses
import re
from pathlib import Path

import matplotlib.dates as mdates
import pandas as pd
import pytest
from matplotlib.figure import Figure

import analysis
from analysis.analyse.figures import text_overlaps
from analysis.analyse.timeline import (
    EVENT_LIMIT,
    KINDS,
    STYLES,
    WIDTH,
    caption,
    choose_freq,
    page_dates,
    timeline_caption,
    timeline_counts,
    undated_count,
)
from analysis.synthetic import generate_mixed_corpus

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
ALLIANCE = "Haaga-Helia, Laurea and Metropolia to establish an alliance"
KOSKI = 'Jouni Koski: "Three large UAS\'s uniting their forces in an operational alliance"'


@pytest.fixture(scope="module")
def layouts() -> analysis.Corpus:
    return analysis.load_corpus(LAYOUTS, cache=False)


def news_on(*dates):
    return pd.DataFrame(
        {
            "title": [f"Item {i}" for i in range(len(dates))],
            "url": pd.array([pd.NA] * len(dates), dtype="string"),
            "published_date": pd.PeriodIndex([pd.NaT if d is None else pd.Period(d, "D") for d in dates], freq="D"),
        }
    )


def days(series):
    return series.astype(str).tolist()


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


def test_news_counts_on_the_bundled_page_use_local_dates(corpus):
    daily = analysis.publication_counts(corpus.news, "day")
    dated = daily[daily["count"] > 0]["period"].astype(str).tolist()
    assert dated == ["2016-10-05", "2016-11-28"]
    assert len(daily) == (pd.Period("2016-11-28") - pd.Period("2016-10-05")).n + 1
    # the article itself (no publication date) and the listing item without a timestamp
    assert undated_count(corpus.news) == 2


def test_unknown_freq_is_refused(corpus):
    with pytest.raises(ValueError, match="freq must be one of"):
        analysis.publication_counts(news_on("2020-01-01"), "fortnight")
    with pytest.raises(ValueError, match="freq must be one of"):
        timeline_counts(corpus, "fortnight")


def texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


def marker_days(fig):
    """Legend label -> the local days its markers stand on."""
    return {
        line.get_label(): [mdates.num2date(x).date().isoformat() for x in line.get_xdata(orig=False)]
        for line in fig.axes[0].lines
    }


def legend_texts(fig):
    return [t.get_text() for t in fig.legends[0].texts]


def test_news_timeline_labels_each_item_with_its_local_date(corpus):
    fig = analysis.plot_timeline(corpus.news)
    assert isinstance(fig, Figure)
    assert tuple(fig.get_size_inches()) == pytest.approx((11.5, 2.5))
    assert [t.get_text() for t in fig.axes[0].texts] == [
        f"2016-10-05  {ALLIANCE}",
        '2016-11-28  Jouni Koski: "Three large UAS\'s uniting their forces in an operational …',
    ]
    assert not any("2016-10-04" in t or "2016-11-27" in t for t in texts(fig))
    assert marker_days(fig) == {"news item": ["2016-10-05", "2016-11-28"]}
    assert text_overlaps(fig) == []
    # the caption tells the undated once, beside the figure, not in it
    assert caption(corpus.news) == (
        "2 dated news items by local publication date (Europe/Helsinki); 2 undated items not shown."
    )
    assert fig.get_suptitle() == "Publication timeline" and not fig.texts[1:]


def test_count_chart_for_a_large_corpus_is_chosen_automatically():
    dates = [f"2020-{m:02d}-01" for m in range(1, 13)] * 4 + [None]
    assert len(dates) - 1 > EVENT_LIMIT
    fig = analysis.plot_timeline(news_on(*dates))
    assert fig.get_suptitle() == "News items per month"
    assert [p.get_height() for p in fig.axes[0].patches] == [4] * 12
    assert text_overlaps(fig) == []


def test_asked_for_events_are_drawn_even_when_they_overprint():
    dates = [f"2020-01-{d:02d}" for d in range(1, 29)] * 8
    fig = analysis.plot_timeline(news_on(*dates), kind="events")
    assert len(fig.axes[0].texts) == len(dates)
    assert fig.get_size_inches()[1] < 15  # the rows close up: the figure keeps its height
    assert text_overlaps(fig) != []
    assert analysis.plot_timeline(news_on(*dates)).get_suptitle() == "News items per month"


def test_timeline_without_dated_items_says_so():
    news = news_on(None, None)
    assert "no dated items" in texts(analysis.plot_timeline(news, kind="events"))
    assert "no dated items" in texts(analysis.plot_timeline(news, kind="counts"))
    assert "0 dated news items" in caption(news) and "2 undated items" in caption(news)


def test_unknown_kind_is_refused(corpus):
    with pytest.raises(ValueError, match="kind must be"):
        analysis.plot_timeline(corpus.news, kind="pie")
    with pytest.raises(ValueError, match="kind must be"):
        analysis.plot_corpus_timeline(corpus, kind="pie")


# --- pages and listed items on one timeline -----------------------------------------------


def test_the_bundled_page_has_no_date_and_its_listing_items_have_theirs(corpus):
    pages = page_dates(corpus)
    assert pages[["doc_id", "is_article"]].values.tolist() == [["000_36f8903d6715eed6", True]]
    assert pages["date"].isna().all() and pages["role"].isna().all()
    assert "no_date" in corpus.quality["code"].tolist()
    events = analysis.timeline_events(corpus)
    assert events[["kind", "title"]].values.tolist() == [["listing", ALLIANCE], ["listing", KOSKI]]
    assert days(events["date"]) == ["2016-10-05", "2016-11-28"]
    assert events["url"].str.startswith("https://www.laurea.fi/en/news/Pages/").all()
    assert timeline_caption(corpus) == (
        "1 page: 0 with a publication date, 0 with a modified date only (shown as modified), 1 with no date (not shown).\n"
        "2 dated listing/teaser items shown, 1 undated not shown. 4 news items, 2 undated. Local days (Europe/Helsinki)."
    )


def test_corpus_timeline_of_the_bundled_page(corpus):
    fig = analysis.plot_corpus_timeline(corpus)
    assert isinstance(fig, Figure) and tuple(fig.get_size_inches()) == pytest.approx((11.5, 2.5))
    assert marker_days(fig) == {"listing item": ["2016-10-05", "2016-11-28"]}
    assert legend_texts(fig) == ["listing item"]
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["2016-10", "2016-11", "2016-12"]
    assert text_overlaps(fig) == []
    # a short title; the undated are told once, by timeline_caption
    assert fig.get_suptitle() == "Publication timeline" and not fig.texts[1:]


LAYOUT_EVENTS = [
    ("2015-02-03", "article", "Haaga-Helia, Laurea ja Metropolia tiivistävät yhteistyötään", "haaga_helia_drupal_article"),
    ("2016-06-01", "listing", "Haaga-Helia, Laurea and Metropolia sign a partnership agreement", "laurea_sharepoint_article"),
    ("2016-07-04", "modified", "Students to study across three campuses", "laurea_sharepoint_article"),
    ("2016-07-06", "article", "Students to Study Across Three Campuses", "republished_article"),
    ("2016-09-05", "article", "New health technology lab opens in Myllypuro", "metropolia_typo3_article"),
    ("2020-03-12", "article", "Students test new library services in Vantaa", "laurea_wordpress_article"),
    ("2024-02-05", "teaser", "Kolme korkeakoulua, yksi kampusverkosto", "3amk_listing"),
    ("2024-03-12", "teaser", "Yhteinen kesäopintotarjonta julkaistu", "3amk_listing"),
    ("2024-04-19", "teaser", "3AMK Innovation Challenge 2024", "3amk_listing"),
]


def test_every_date_of_the_layouts_on_one_timeline_told_apart(layouts):
    events = analysis.timeline_events(layouts)
    assert list(zip(days(events["date"]), events["kind"], events["title"], events["doc_id"])) == LAYOUT_EVENTS
    # the SharePoint page shows only "Modified 7/4/2016": never a publication date
    sharepoint = events[events["doc_id"] == "laurea_sharepoint_article"]
    assert sharepoint["kind"].tolist() == ["listing", "modified"]
    assert "unknown_page" not in events["doc_id"].tolist()  # undated (05/09/2016 is ambiguous)
    assert str(events["date"].dtype) == "period[D]"
    assert timeline_caption(layouts) == (
        "7 pages: 4 with a publication date, 1 with a modified date only (shown as modified), 1 with no date (not shown), "
        "1 listing page.\n"
        "4 dated listing/teaser items shown, 2 undated not shown. 8 news items, 0 undated. Local days (Europe/Helsinki)."
    )


def test_corpus_timeline_marks_each_kind(layouts):
    fig = analysis.plot_corpus_timeline(layouts)
    assert tuple(fig.get_size_inches()) == pytest.approx((11.5, 4.6))
    assert marker_days(fig) == {
        "article page, published": ["2015-02-03", "2016-07-06", "2016-09-05", "2020-03-12"],
        "article page, modified date only": ["2016-07-04"],
        "listing item": ["2016-06-01"],
        "teaser item": ["2024-02-05", "2024-03-12", "2024-04-19"],
    }
    assert {line.get_label(): line.get_marker() for line in fig.axes[0].lines} == {
        "article page, published": "o", "article page, modified date only": "s", "listing item": "D", "teaser item": "^"
    }
    assert fig.axes[0].texts[2].get_text() == "2016-07-04  Students to study across three campuses"


def test_corpus_counts_by_kind_with_zero_periods(layouts):
    counts = timeline_counts(layouts, "year")
    assert counts.columns.tolist() == ["period", "article", "modified", "listing", "teaser", "total"]
    assert all(str(counts[c].dtype) == "int64" for c in counts.columns[1:])
    assert counts["period"].astype(str).tolist() == [str(y) for y in range(2015, 2025)]
    assert counts.iloc[1].tolist()[1:] == [2, 1, 1, 0, 4]  # 2016
    assert counts.iloc[:, 1:].sum().to_dict() == {"article": 4, "modified": 1, "listing": 1, "teaser": 3, "total": 9}
    fig = analysis.plot_corpus_timeline(layouts, kind="counts", freq="year")
    assert fig.get_suptitle() == "Pages and news items per year"
    assert fig.get_size_inches()[0] == WIDTH
    assert legend_texts(fig) == ["article page, published", "article page, modified date only", "listing item", "teaser item"]
    assert sum(p.get_height() for ax in fig.axes for p in ax.patches) == 9
    assert text_overlaps(fig) == []


def test_corpus_counts_of_the_bundled_page_name_only_its_kinds(corpus):
    counts = timeline_counts(corpus, "month")
    assert counts.astype({"period": str}).values.tolist() == [["2016-10", 0, 0, 1, 0, 1], ["2016-11", 0, 0, 1, 0, 1]]
    fig = analysis.plot_corpus_timeline(corpus, kind="counts")
    assert fig.get_suptitle() == "Pages and news items per month"
    assert legend_texts(fig) == ["listing item"]
    assert [p.get_height() for p in fig.axes[0].patches] == [1, 1]
    assert text_overlaps(fig) == []


def test_an_item_is_one_entry_a_day_and_none_where_its_article_stands(layouts):
    seen = layouts.sightings
    library = layouts.news.set_index("title").loc["Students test new library services in Vantaa", "news_id"]
    extra = pd.concat(
        [
            seen[seen["news_id"] == library].head(1).assign(kind="listing", doc_id="3amk_listing"),  # the article's day
            seen[seen["news_id"] == "8b64d034d949"].head(1).assign(doc_id="haaga_helia_drupal_article"),  # the same day again
            seen[seen["news_id"] == "8b64d034d949"].head(1).assign(published_date=pd.Period("2024-04-20", "D")),
        ]
    )
    grown = dataclasses.replace(layouts, sightings=pd.concat([seen, extra], ignore_index=True))
    events = analysis.timeline_events(grown)
    assert len(events) == len(LAYOUT_EVENTS) + 1
    assert days(events.loc[events["news_id"] == "8b64d034d949", "date"]) == ["2024-04-19", "2024-04-20"]
    assert events.loc[events["news_id"] == library, "kind"].tolist() == ["article"]


# --- readable figures ---------------------------------------------------------------------


def test_text_overlaps_finds_texts_on_one_spot_and_off_the_canvas():
    fig = Figure(figsize=(4, 3))
    ax = fig.add_subplot()
    ax.annotate("first label", (0.5, 0.5))
    ax.annotate("second label", (0.5, 0.5))
    ax.text(0.9, 0.1, "a label running off the right edge")
    assert text_overlaps(fig) == [
        ("a label running off the right edge", "outside the figure"),
        ("first label", "second label"),
    ]


def test_text_overlaps_finds_none_on_a_clean_figure():
    fig = Figure(figsize=(4, 3), layout="constrained")
    ax = fig.add_subplot()
    ax.plot([2015, 2016], [1, 3], label="items")
    ax.set(title="A clean figure", xlabel="year", ylabel="items")
    ax.annotate("", (2015.5, 2))  # an empty text is no text
    ax.annotate("off the axes is not drawn", (2030, 2))
    ax.legend()
    assert text_overlaps(fig) == []


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> analysis.Corpus:
    folder = tmp_path_factory.mktemp("mixed300")
    generate_mixed_corpus(folder, 300, seed=1)
    return analysis.load_corpus(folder, cache=False)


def test_the_count_period_follows_the_span():
    def span(first, last):
        return pd.Series(pd.PeriodIndex([first, last], freq="D"))

    assert choose_freq(span("2020-01-01", "2020-12-31")) == "month"
    assert choose_freq(span("2016-01-01", "2020-12-31")) == "quarter"
    assert choose_freq(span("2010-01-01", "2025-12-31")) == "year"
    assert choose_freq(pd.Series(pd.PeriodIndex([], freq="D"))) == "month"


def bar_totals(fig):
    """(panel title, legend label) -> the sum of its bar heights."""
    return {
        (ax.get_title(loc="left"), bars.get_label()): sum(p.get_height() for p in bars)
        for ax in fig.axes
        for bars in ax.containers
    }


def test_a_large_corpus_gets_counts_per_year_a_panel_per_publisher(generated):
    events = analysis.timeline_events(generated)
    assert len(events) > EVENT_LIMIT and (events["date"].max() - events["date"].min()).n > 10 * 366
    fig = analysis.plot_corpus_timeline(generated)
    assert text_overlaps(fig) == []
    assert fig.get_suptitle() == "Pages and news items per year"
    assert fig.get_size_inches()[0] == WIDTH and fig.get_size_inches()[1] * fig.dpi < 1500
    ticks = [t.get_text() for t in fig.axes[-1].get_xticklabels()]
    assert ticks and all(re.fullmatch(r"(19|20)\d\d", t) for t in ticks)
    by_publisher = events["publisher"].value_counts()
    assert [ax.get_title(loc="left") for ax in fig.axes] == by_publisher.index.tolist()  # most entries first
    expected = events.groupby(["publisher", "kind"]).size()
    labels = {kind: label for kind, (_, _, label) in STYLES.items()}
    assert bar_totals(fig) == {
        (publisher, labels[kind]): expected.get((publisher, kind), 0) for publisher in by_publisher.index for kind in KINDS
    }
    assert legend_texts(fig) == [labels[kind] for kind in KINDS]


def test_monthly_counts_over_many_years_tick_on_years(generated):
    fig = analysis.plot_corpus_timeline(generated, kind="counts", freq="month")
    assert fig.get_suptitle() == "Pages and news items per month"
    ticks = fig.axes[-1].get_xticklabels()
    assert ticks and all(re.fullmatch(r"\d{4}", t.get_text()) for t in ticks)
    assert text_overlaps(fig) == []


def test_past_six_publishers_the_smallest_share_a_panel(generated):
    docs = generated.documents.assign(publisher=[f"Publisher {i % 9}" for i in range(len(generated.documents))])
    seen = generated.sightings.assign(publisher=generated.sightings["doc_id"].map(docs.set_index("doc_id")["publisher"]))
    many = dataclasses.replace(generated, documents=docs, sightings=seen)
    fig = analysis.plot_corpus_timeline(many, kind="counts")
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert len(titles) == 6 and titles[-1] == "4 other publishers"
    assert sum(bar_totals(fig).values()) == len(analysis.timeline_events(many))
    assert text_overlaps(fig) == []
