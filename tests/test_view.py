"""The report header's facts and key figures, and the tables a report shows people."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import analysis
from analysis.analyse.facts import KEY_FIGURES, corpus_facts
from analysis.analyse.figures import text_overlaps
from analysis.present import view
from analysis.synthetic import generate_mixed_corpus, read_mixed_truth


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    generate_mixed_corpus(folder, 120, seed=7)
    return analysis.load_corpus(folder, progress=False), read_mixed_truth(folder)


def test_the_facts_of_the_bundled_corpus(corpus):
    facts = corpus_facts(corpus)
    assert (facts.name, facts.folder, facts.pages, facts.dated_pages, facts.publishers) == (
        "the bundled corpus", "", 1, 0, 1)
    assert facts.line() == "1 page, 0 with a publication date, from 1 publisher"


def test_the_facts_of_a_generated_corpus_agree_with_its_truth(mixed):
    corpus, truth = mixed
    facts = corpus_facts(corpus)
    dated = truth.documents["published_date"].dropna()
    assert facts.folder == str(corpus.data_dir) and facts.name == corpus.data_dir.name
    assert (facts.pages, facts.dated_pages) == (len(truth.documents), len(dated))
    assert (facts.first_date, facts.last_date) == (str(dated.min()), str(dated.max()))
    assert facts.publishers == truth.pages["publisher"].nunique()
    assert facts.line() == (
        f"{len(truth.documents)} pages, {len(dated)} with a publication date ({dated.min()} to {dated.max()}), "
        f"from {truth.pages['publisher'].nunique()} publishers"
    )


def test_the_key_figures_of_the_bundled_corpus(corpus):
    assert KEY_FIGURES["01_corpus_overview"](corpus) == [
        "18 text units and 4 news items (2 dated) were read from 1 page.",
        "3 quality findings: 0 errors, 3 warnings; the most frequent is missing_timestamp (1).",
    ]
    assert KEY_FIGURES["02_publication_timeline"](corpus) == [
        "2 dated entries from 2016-10-05 to 2016-11-28; the busiest month is 2016-10 with 1 entry.",
        "Not on the timeline: 1 article page and 2 news items without a date.",
    ]
    summary = KEY_FIGURES["03_partnership_summary"](corpus)
    assert summary[:3] == [f"{name} is named on 1 of 1 page." for name in ("Haaga-Helia", "Laurea", "Metropolia")]
    content = KEY_FIGURES["04_content_analysis"](corpus)
    assert content == [
        "The aim stated most is regional skills needs: 4 matches in 2 text units on 1 page.",
        "Every aim of the codebook is matched at least once.",
    ]


def test_a_notebook_keeps_the_tables_whole(corpus):
    shown = analysis.View(corpus, report=False)
    assert shown.corpus_table("documents") is corpus.documents
    frame = pd.DataFrame({"a": [1]})
    assert shown.table(frame) is frame


def test_a_report_table_leaves_out_hashes_offsets_and_the_index():
    frame = pd.DataFrame({
        "doc_id": ["p1", "p2"], "sha256": ["ab" * 32] * 2, "start": [1, 2], "end": [3, 4],
        "title": ["<b>x</b> & y", pd.NA], "count": pd.array([1, None], dtype="Int64"),
    }, index=[5, 6])
    shown = view.readable(frame)
    assert list(shown.columns) == ["doc id", "title", "count"]
    assert list(shown["title"]) == ["<b>x</b> & y", ""] and list(shown["count"]) == ["1", ""]
    assert list(shown.index) == [0, 1]
    html = view.people_table(frame).data
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in html and "<b>x</b>" not in html
    assert "ab" * 32 not in html


def test_a_long_table_says_how_much_it_shows(monkeypatch):
    monkeypatch.setattr(view, "MAX_ROWS", 3)
    html = view.people_table(pd.DataFrame({"n": range(10)})).data
    assert "The first 3 of 10 rows" in html
    assert "[[0], [1], [2]]" in html and "[3]" not in html  # the data itables embeds: three rows


def test_a_corpus_without_dates_matches_or_publishers_still_reports(make_corpus):
    """A page with no date, no aim of the codebook and no pages.csv: every key figure
    says so plainly and the charts draw without overlaps or warnings."""
    corpus = analysis.load_corpus(make_corpus(a="Plain heading\n\nNothing here is about anything.\n"))
    assert corpus_facts(corpus).line() == "1 page, 0 with a publication date, publisher unknown"
    assert KEY_FIGURES["02_publication_timeline"](corpus)[0].startswith("No page or listed item carries a date")
    assert KEY_FIGURES["04_content_analysis"](corpus)[0] == "No text unit matches an aim of the codebook."
    matches, _ = analysis.code_units(corpus, corpus.codebook)
    table = analysis.category_publishers(corpus, matches)
    assert list(table.columns) == ["unknown publisher"] and int(table.to_numpy().sum()) == 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for fig in (analysis.plot_category_publishers(table), analysis.plot_corpus_timeline(corpus),
                    analysis.plot_category_totals(analysis.category_totals(corpus, matches))):
            assert text_overlaps(fig) == []


def test_a_publisher_without_matches_keeps_its_column_and_a_dollar_stays_text(make_corpus):
    root = make_corpus(a="Heading\n\nStudent mobility grows.\n", b="Other\n\nNothing to code.\n")
    (root / "pages.csv").write_text(
        "file,source_url,publisher,language,news_base_url\na.txt,,Pay $5 $\\foo$ Ltd,en,\nb.txt,,Quiet,en,\n", encoding="utf-8"
    )
    corpus = analysis.load_corpus(root)
    matches, _ = analysis.code_units(corpus, corpus.codebook)
    table = analysis.category_publishers(corpus, matches)
    assert sorted(table.columns) == ["Pay $5 $\\foo$ Ltd", "Quiet"] and int(table["Quiet"].sum()) == 0
    fig = analysis.plot_category_publishers(table)
    assert text_overlaps(fig) == []  # it draws: "$\foo$" would be a mathtext error
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert any("Pay \\$5" in label for label in labels)

