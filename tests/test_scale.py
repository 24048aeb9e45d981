"""Generated corpora: the loader against the generator's truth, on one process and on two."""

import pandas as pd
import pytest

import analysis
from analysis.load import _progress
from analysis.synthetic import generate_corpus

COLUMNS = ["title", "url_fragment", "url_slug", "url", "published_utc", "published_local", "published_date",
           "image_src", "image_alt", "n_sightings"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    return folder, generate_corpus(folder, 1000, seed=7)


def test_generator_is_deterministic(tmp_path, generated):
    folder, truth = generated
    again = generate_corpus(tmp_path, 1000, seed=7)
    pd.testing.assert_frame_equal(truth, again)
    for name in ("0000000.txt", "0000999.txt"):
        assert (folder / "pages" / name).read_bytes() == (tmp_path / "pages" / name).read_bytes()


def test_generated_corpus_covers_the_traps(generated):
    _, truth = generated
    dated = truth.dropna(subset=["published_utc"])
    offsets = {t.utcoffset().total_seconds() for t in dated["published_local"]}
    assert offsets == {7200.0, 10800.0}  # winter and summer time
    assert dated["published_utc"].dt.year.min() >= 2009 and dated["published_local"].dt.year.max() <= 2026
    assert truth["url_fragment"].dropna().str[0].isin(["'", ","]).all()
    assert truth["url_fragment"].dropna().str.startswith("'").any() and truth["url_fragment"].dropna().str.startswith(",").any()
    assert truth["title"].str.contains("[äöÄÖ]").any()
    assert truth["n_sightings"].max() > 10  # one item listed on many pages
    assert truth["published_utc"].isna().any()


@pytest.mark.parametrize("workers", [1, 2])
def test_news_table_equals_the_generator_truth_row_by_row(generated, workers, monkeypatch):
    monkeypatch.setattr("analysis.load.PARALLEL_MIN", 100)  # make 1,000 pages take the parallel path
    folder, truth = generated
    corpus = analysis.load_corpus(folder, workers=workers, progress=False)
    assert len(corpus.documents) == 1000
    assert (corpus.news["kind"] == "article").sum() == corpus.documents["title"].str.casefold().nunique()  # every article is news
    news = corpus.news.loc[corpus.news["kind"] == "listing", COLUMNS].reset_index(drop=True)
    expected = truth.astype({c: news[c].dtype for c in COLUMNS})
    pd.testing.assert_frame_equal(news, expected)
    assert (corpus.quality["severity"] == "error").sum() == 0


def test_one_and_two_processes_give_identical_tables(generated, monkeypatch):
    monkeypatch.setattr("analysis.load.PARALLEL_MIN", 100)
    folder, _ = generated
    one = analysis.load_corpus(folder, workers=1, progress=False)
    two = analysis.load_corpus(folder, workers=2, progress=False)
    for name, table in one.tables().items():
        pd.testing.assert_frame_equal(table, two.tables()[name])


def test_progress_bar_only_where_someone_watches(monkeypatch):
    items = list(range(5))
    assert _progress(items, 5000, False) is items
    assert _progress(items, 10, None) is items  # small load
    monkeypatch.setenv("CI", "true")
    assert _progress(items, 5000, None) is items  # CI
    shown = _progress(items, 5000, True)
    assert shown is not items and list(shown) == items
