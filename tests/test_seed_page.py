"""The bundled page, table by table, against the values read off the real page."""

import pandas as pd
import pytest
from expected import PROJECTS

TITLE = "Haaga-Helia,Laurea and Metropolia co-operation"
SUBTITLE = "Stronger together - strategic partnership between Haaga-Helia, Laurea and Metropolia"


def test_one_document_with_title_and_subtitle(corpus):
    docs = corpus.documents
    assert len(docs) == 1
    doc = docs.iloc[0]
    assert doc["title"] == TITLE
    assert doc["subtitle"] == SUBTITLE
    assert doc["path"] == "pages/000_36f8903d6715eed6.txt"
    assert doc["sha256"] == "5e1b0d2d27fb6c9cf66c136f0da23a01a943212fc33fb206cb2c7ef96087f4cf"
    assert doc["n_chars"] == 2474
    assert doc["publisher"] == "Laurea University of Applied Sciences"
    assert doc["source_url"].endswith("stronger-together-strategic-partnership-between-haaga-helia-laurea-and-metropolia")
    assert doc["lead_image_src"] == "/en/update/Laureaimages/Haaga-Helia-Metropolia-cooperation/yhteistyö_eng.jpg"
    assert doc["lead_image_alt"] == "collaboration with Haaga Helia and Metropolia"
    assert (doc["declared_projects"], doc["listed_projects"]) == (7, 7)


def test_units_by_kind_and_spans(corpus, raw):
    units = corpus.units
    assert len(units) == 18
    assert units["kind"].value_counts().to_dict() == {
        "list_item": 7,
        "paragraph": 4,
        "news_title": 3,
        "image_alt": 2,
        "title": 1,
        "subtitle": 1,
    }
    for unit in units.itertuples():
        assert raw[unit.start : unit.end] == unit.text
    paragraphs = units.loc[units["kind"] == "paragraph", "text"].tolist()
    assert paragraphs[0].startswith("Haaga-Helia, Laurea and Metropolia have launched")
    assert paragraphs[1].startswith("In addition, there are collaboration efforts")
    assert paragraphs[2].startswith("The partnership draws from")
    assert paragraphs[3] == "The seven development projects are:"
    assert tuple(units.loc[units["kind"] == "list_item", "text"]) == PROJECTS
    assert units["position"].tolist() == list(range(1, 19))
    assert units["unit_id"].is_unique


def test_the_article_is_a_news_item_of_its_own(corpus):
    article = corpus.news.iloc[0]
    assert (article["kind"], article["title"], article["doc_id"]) == (
        "article", "Haaga-Helia,Laurea and Metropolia co-operation", "000_36f8903d6715eed6")
    assert (article["start"], article["end"]) == (170, 216)  # the title's span
    assert article["url"] == corpus.documents.loc[0, "source_url"]
    assert pd.isna(article["published_date"])  # the page shows no publication date of its own
    assert article["n_sightings"] == 1 and article["publishers"] == "Laurea University of Applied Sciences"


def test_news_in_listing_order(corpus):
    news = corpus.news[corpus.news["kind"] == "listing"]
    assert len(news) == 3
    first, second, third = (news.iloc[i] for i in range(3))

    assert first["title"] == "Mobile application offers peer support for the seriously ill"
    for column in ("url_fragment", "url_slug", "url", "published_utc", "published_local", "published_date"):
        assert pd.isna(first[column]), column
    assert first["image_src"] == "/update/Laureankuvat/Tiedotekuvat/PSS%20Huoleti.jpg"
    assert first["image_alt"] == ""

    slug = "Jouni-Koski-Three-large-UAS's-uniting-their-forces-in-an-operational-alliance.aspx"
    assert second["title"] == 'Jouni Koski: "Three large UAS\'s uniting their forces in an operational alliance"'
    assert second["url_fragment"] == "'s-uniting-their-forces-in-an-operational-alliance.aspx"
    assert second["url_slug"] == slug
    assert second["url"] == "https://www.laurea.fi/en/news/Pages/" + slug
    assert second["published_utc"] == pd.Timestamp("2016-11-27 22:00", tz="UTC")
    assert second["published_local"] == pd.Timestamp("2016-11-28 00:00", tz="Europe/Helsinki")
    assert second["published_local"].isoformat() == "2016-11-28T00:00:00+02:00"
    assert second["published_date"] == pd.Period("2016-11-28", "D")
    assert second["image_alt"] == "alliance Helsinki metropolitan are UAS Haaga-Helia Laurea Metropolia"

    slug = "Haaga-Helia,-Laurea-and-Metropolia-to-establish-an-alliance.aspx"
    assert third["title"] == "Haaga-Helia, Laurea and Metropolia to establish an alliance"
    assert third["url_fragment"] == ",-Laurea-and-Metropolia-to-establish-an-alliance.aspx"
    assert third["url_slug"] == slug
    assert third["url"] == "https://www.laurea.fi/en/news/Pages/" + slug
    assert third["published_utc"] == pd.Timestamp("2016-10-04 21:00", tz="UTC")
    assert third["published_local"].isoformat() == "2016-10-05T00:00:00+03:00"
    assert third["published_date"] == pd.Period("2016-10-05", "D")
    assert third["image_alt"] == ""

    # The two listings share one image: an image is no key.
    assert second["image_src"] == third["image_src"]
    assert news["news_id"].is_unique
    assert news["n_sightings"].tolist() == [1, 1, 1]


def test_news_spans_cover_each_listing_line(corpus, raw):
    for item in corpus.news.itertuples():
        line = raw[item.start : item.end]
        assert line.startswith(item.title) and line.endswith(item.title)
        assert "\n" not in line


def test_projects_in_page_order_with_finnish_letters(corpus, raw):
    projects = corpus.projects
    assert tuple(projects["name"]) == PROJECTS
    assert projects["position"].tolist() == list(range(1, 8))
    assert projects["project_id"].tolist()[3] == "yrittäjyyssavotta"
    for p in projects.itertuples():
        assert raw[p.start : p.end] == p.name


INSTITUTIONS = {
    "haaga-helia": ("Haaga-Helia University of Applied Sciences", "Haaga-Helia ammattikorkeakoulu", "Helsinki", "haaga-helia.fi", "10056"),
    "laurea": ("Laurea University of Applied Sciences", "Laurea-ammattikorkeakoulu", "Vantaa", "laurea.fi", "02629"),
    "metropolia": ("Metropolia University of Applied Sciences", "Metropolia Ammattikorkeakoulu", "Helsinki", "metropolia.fi", "10065"),
}


def test_institutions_reference_facts(corpus):
    inst = corpus.institutions.set_index("institution_id")
    assert list(inst.index) == list(INSTITUTIONS)
    for iid, expected in INSTITUTIONS.items():
        row = inst.loc[iid]
        assert (row["name"], row["name_fi"], row["city"], row["website"], row["institution_code"]) == expected
    assert str(corpus.institutions["institution_code"].dtype) == "string"


def test_institution_mention_counts(corpus, raw):
    inst = corpus.institutions.set_index("institution_id")
    assert inst["mentions_text"].to_dict() == {"haaga-helia": 4, "laurea": 4, "metropolia": 4}
    assert inst["mentions_image_alt"].to_dict() == {"haaga-helia": 2, "laurea": 1, "metropolia": 2}
    found = corpus.mentions[corpus.mentions["entity_type"] == "institution"]
    assert "Haaga Helia" in found["matched"].tolist()
    for m in found.itertuples():
        assert raw[m.start : m.end] == m.matched
    # "metropolitan" in paragraph 3 and the alt text is never Metropolia
    assert not found["matched"].str.lower().str.startswith("metropolit").any()


def test_project_mentions_point_at_the_list(corpus):
    found = corpus.mentions[corpus.mentions["entity_type"] == "project"]
    assert found["entity_id"].tolist() == corpus.projects["project_id"].tolist()
    assert set(found["unit_kind"]) == {"list_item"}


def test_quality_findings_for_undated_item(corpus):
    q = corpus.quality
    item = corpus.news.iloc[1]
    rows = q[(q["start"] == item["start"]) & (q["end"] == item["end"])]
    assert sorted(rows["code"]) == ["missing_timestamp", "missing_url_fragment"]
    assert q["code"].tolist()[2:] == ["no_date"]  # nothing else is wrong with the page: it shows no date of its own
    assert len(q) == 3


@pytest.mark.parametrize(
    "table, column, dtype",
    [
        ("news", "title", "string"),
        ("news", "published_utc", "datetime64[us, UTC]"),
        ("news", "published_local", "datetime64[us, Europe/Helsinki]"),
        ("news", "published_date", "period[D]"),
        ("units", "start", "int64"),
        ("quality", "start", "Int64"),
        ("documents", "declared_projects", "Int64"),
        ("institutions", "mentions_text", "int64"),
    ],
)
def test_dtypes(corpus, table, column, dtype):
    assert str(getattr(corpus, table)[column].dtype) == dtype


def test_no_empty_string_stands_for_missing(corpus):
    for name, table in corpus.tables().items():
        for column in table.select_dtypes("string"):
            if (name, column) in {("news", "image_alt")}:
                continue  # an alt="" attribute really is empty
            assert not (table[column] == "").any(), (name, column)
