"""Mixed layouts (issue 11): the reader against the generator's truth, field by field.

`generate_mixed_corpus` writes pages in the five layouts of issue 11's spec with their
truth: the documents (layout, title, dates), every dates row, every news sighting and
news item. Where the reader and the truth disagree, each test first shows the differing
rows ("left_only": read, "right_only": truth), then compares the frames, dtypes and
row counts included.
"""

import re

import pandas as pd
import pytest

import analysis
from analysis.synthetic import MIXED_LAYOUTS, generate_mixed_corpus, read_mixed_truth

N_PAGES, SEED = 1000, 11
DOCUMENT_COLUMNS = ["doc_id", "layout", "title", "published_date", "modified_date"]
DATE_COLUMNS = ["doc_id", "role", "date", "timestamp", "precision", "clue", "text"]
NEWS_COLUMNS = ["title", "kind", "published_date", "n_sightings", "doc_id"]
SIGHTING_COLUMNS = ["doc_id", "kind", "title", "published_date"]
HELSINKI = "datetime64[us, Europe/Helsinki]"
EVENT_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")
DATE_LINE = re.compile(r"(?:[a-z]{2} )?\d{1,2}\.\d{1,2}\.\d{4}$|\d{1,2} [A-Z][a-z]+ \d{4}$|[A-Z][a-z]+ \d{1,2}, \d{4}$")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    return folder, generate_mixed_corpus(folder, N_PAGES, seed=SEED)


@pytest.fixture(scope="module")
def truth(generated):
    return generated[1]


@pytest.fixture(scope="module")
def loaded(generated):
    return analysis.load_corpus(generated[0], cache=False, progress=False)


def text_of(folder, doc_id: str) -> str:
    return (folder / "pages" / f"{doc_id}.txt").read_text(encoding="utf-8")


def assert_same_rows(read: pd.DataFrame, expected: pd.DataFrame, columns: list[str], by: list[str]) -> None:
    """`read[columns]` holds exactly the rows of `expected`, in any order: first the
    differing rows (as text), then the frames sorted by `by` with the truth's dtypes for
    dates and timestamps and the reader's for strings."""
    read = read[columns].reset_index(drop=True)
    shown = read.astype(str).merge(expected[columns].astype(str), how="outer", indicator=True)
    differing = shown[shown["_merge"] != "both"].sort_values(by)
    assert differing.empty, (
        f"{(differing['_merge'] == 'left_only').sum()} rows read are not in the truth, "
        f"{(differing['_merge'] == 'right_only').sum()} rows of the truth were not read:\n"
        + differing.head(30).to_string()
    )
    strings = {c: read[c].dtype for c in columns if pd.api.types.is_string_dtype(expected[c])}
    expected = expected[columns].astype(strings)
    pd.testing.assert_frame_equal(
        read.sort_values(by, kind="stable").reset_index(drop=True),
        expected.sort_values(by, kind="stable").reset_index(drop=True),
    )


# The generator


def test_generator_is_deterministic(tmp_path, generated):
    folder, truth = generated
    again = generate_mixed_corpus(tmp_path, N_PAGES, seed=SEED)
    for name in truth._fields:
        pd.testing.assert_frame_equal(getattr(truth, name), getattr(again, name))
    names = ["pages.csv", *(f"truth_{n}.csv" for n in ("documents", "dates", "news", "sightings"))]
    names += [f"pages/{f}" for f in truth.pages["file"]]
    assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == sorted(truth.pages["file"])
    for name in names:
        assert (folder / name).read_bytes() == (tmp_path / name).read_bytes(), name
    other = tmp_path / "other"
    generate_mixed_corpus(other, 50, seed=SEED + 1)
    assert (other / "pages" / "0000000.txt").read_bytes() != (folder / "pages" / "0000000.txt").read_bytes()


def test_truth_files_read_back_as_returned(generated):
    folder, truth = generated
    again = read_mixed_truth(folder)
    for name in truth._fields:
        pd.testing.assert_frame_equal(getattr(truth, name), getattr(again, name))
    assert str(truth.dates["date"].dtype) == "period[D]" and str(truth.dates["timestamp"].dtype) == HELSINKI
    assert str(truth.documents["published_date"].dtype) == "period[D]"


def test_the_corpus_covers_the_traps(generated):
    folder, truth = generated
    docs = truth.documents.merge(truth.pages.assign(doc_id=truth.pages["file"].str.removesuffix(".txt")), on="doc_id")
    assert set(docs["layout"]) == set(MIXED_LAYOUTS)
    languages = {layout: set(group) for layout, group in docs.groupby("layout")["language"]}
    assert languages["laurea_sharepoint"] == {"en"} and languages["haaga_helia_drupal"] == {"fi"}
    assert all(languages[layout] == {"fi", "en"} for layout in ("laurea_wordpress", "metropolia_typo3", "3amk_wordpress"))
    # pages without any date, and pages with a modified date but no published one
    undated = docs[~docs["doc_id"].isin(truth.dates["doc_id"])]
    assert {"laurea_sharepoint", "laurea_wordpress", "haaga_helia_drupal"} <= set(undated["layout"])
    assert (docs["published_date"].isna() & docs["modified_date"].notna() & (docs["layout"] == "haaga_helia_drupal")).any()
    dates = truth.dates
    assert set(dates["clue"]) == {"modified_label", "published_label", "date_under_title", "teaser_date", "listing_timestamp"}
    assert set(dates["precision"]) == {"day", "minute", "second"}
    assert dates["text"].str.contains(r"/\d{4} 12:\d\d AM$").any()
    assert dates["text"].str.contains(r"/\d{4} 12:\d\d PM$").any()
    offsets = {t.utcoffset().total_seconds() for t in dates["timestamp"].dropna()}
    assert offsets == {7200.0, 10800.0}  # winter and summer time
    assert dates["text"].str.match(r"\d{2}\.\d{2}\.\d{4}$").any() and dates["text"].str.contains("klo").any()
    assert dates["text"].str.contains("maaliskuuta|huhtikuuta|toukokuuta").any()
    assert dates["text"].str.contains(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$").any()
    assert dates["text"].str.contains(r"^\d{1,2} [A-Z][a-z]+ \d{4}$").any()


def test_the_corpus_joins_and_republishes(generated):
    folder, truth = generated
    sightings, news = truth.sightings, truth.news
    kinds = [list(group) for _, group in sightings.assign(key=sightings["title"].str.casefold()).groupby("key")["kind"]]
    assert any("article" in k and "teaser" in k for k in kinds)  # teasers of articles of the corpus
    assert any("article" in k and "listing" in k for k in kinds)  # related-news items of them
    assert any("article" not in k and "teaser" in k and len(k) > 1 for k in kinds)  # teasers of news from elsewhere
    assert (news["n_sightings"] > 5).any() and (news["kind"] == "listing").any()
    # an undated article whose news item takes its date from a listing or teaser
    articles = sightings[sightings["kind"] == "article"]
    undated = articles[articles["published_date"].isna()]["title"]
    assert news[news["title"].isin(undated)]["published_date"].notna().any()
    # republished word for word on another site
    layout = truth.documents.set_index("doc_id")["layout"]
    twice = [list(group) for _, group in articles[articles["title"].duplicated(keep=False)].groupby("title")["doc_id"]]
    assert len(twice) >= 10
    for docs in twice:
        assert len({layout[d] for d in docs}) == len(docs)
        first, copy = (text_of(folder, d) for d in docs[:2])
        paragraphs = [
            line for line in first.splitlines() if re.search(r"[^.]\.$", line) and len(line.split()) >= 10
        ]  # an article's paragraphs, not teasers' snippets
        assert paragraphs and all(p in copy.splitlines() for p in paragraphs)


def test_event_dates_in_snippets_are_no_dates(generated):
    """Snippets announce events with their dates; only date lines give rows."""
    folder, truth = generated
    listing_pages = truth.documents[truth.documents["layout"] == "3amk_wordpress"]["doc_id"]
    rows = truth.dates["doc_id"].value_counts()
    events = 0
    for doc_id in listing_pages:
        lines = text_of(folder, doc_id).splitlines()
        events += sum(1 for line in lines if line.endswith(("...", "…")) and EVENT_DATE.search(line))
        assert rows.get(doc_id, 0) == sum(1 for line in lines if DATE_LINE.match(line))
    assert events >= 20


# The reader against the truth


@pytest.mark.parametrize("layout", MIXED_LAYOUTS)
def test_documents_of_each_layout_equal_the_truth(loaded, truth, layout):
    expected = truth.documents[truth.documents["layout"] == layout]
    read = loaded.documents[loaded.documents["doc_id"].isin(expected["doc_id"])]
    assert_same_rows(read, expected, DOCUMENT_COLUMNS, ["doc_id"])


def test_every_document_is_read_once(loaded, truth):
    assert len(loaded.documents) == N_PAGES
    assert sorted(loaded.documents["doc_id"]) == sorted(truth.documents["doc_id"])


@pytest.mark.parametrize("layout", MIXED_LAYOUTS)
def test_dates_of_each_layout_equal_the_truth(loaded, truth, layout):
    docs = truth.documents[truth.documents["layout"] == layout]["doc_id"]
    expected = truth.dates[truth.dates["doc_id"].isin(docs)]
    read = loaded.dates[loaded.dates["doc_id"].isin(docs)]
    assert_same_rows(read, expected, DATE_COLUMNS, ["doc_id", "role", "clue", "text"])


def test_dates_table_equals_the_truth(loaded, truth):
    assert str(loaded.dates["date"].dtype) == "period[D]"
    assert str(loaded.dates["timestamp"].dtype) == HELSINKI
    assert_same_rows(loaded.dates, truth.dates, DATE_COLUMNS, ["doc_id", "role", "clue", "text"])


def test_sightings_equal_the_truth(loaded, truth):
    assert_same_rows(loaded.sightings, truth.sightings, SIGHTING_COLUMNS, ["doc_id", "kind", "title"])


def test_news_equals_the_truth(loaded, truth):
    assert str(loaded.news["published_date"].dtype) == "period[D]"
    assert_same_rows(loaded.news, truth.news, NEWS_COLUMNS, ["title"])


def test_findings_match_the_pages(loaded, truth):
    """Nothing in the corpus is an error, every layout is known, no date is ambiguous; an
    article page without a published date is a `no_date` warning, and only such a page."""
    quality = loaded.quality
    assert not (quality["severity"] == "error").any(), quality[quality["severity"] == "error"].head().to_string()
    assert not quality["code"].isin(["unknown_layout", "ambiguous_date", "invalid_date", "navigation_title"]).any()
    docs = truth.documents
    expected = docs[docs["published_date"].isna() & (docs["layout"] != "3amk_wordpress")]["doc_id"]
    warned = quality[quality["code"] == "no_date"]["doc_id"]
    assert sorted(warned) == sorted(expected)
