"""load_corpus on folders other than the bundled one, and its clear errors."""

import os

import pandas as pd
import pytest

import analysis
from analysis import CorpusError
from analysis.paths import bundled_data_dir, notebooks_dir, resolve_data_dir

PAGE = (
    "Metropolian uutinen\n\nLaurea ja Haaga-Helia\n\nText.\n\n"
    'News, again,-again.aspx2021-03-27T22:00:00Z<img alt="" src="/a.jpg" />News, again\n'
)


def test_loads_bundled_data_from_any_directory(tmp_path, corpus):
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        again = analysis.load_corpus()
    finally:
        os.chdir(cwd)
    for name, table in corpus.tables().items():
        pd.testing.assert_frame_equal(table, again.tables()[name])


def test_a_relative_folder_is_read_from_the_current_folder_or_from_a_notebooks_project(monkeypatch, make_corpus):
    root = make_corpus(a=PAGE)
    monkeypatch.chdir(root.parent)
    assert resolve_data_dir(root.name) == root.resolve()
    # a notebook's kernel runs in notebooks/: "partnership_data" there means the project's
    monkeypatch.chdir(notebooks_dir())
    assert resolve_data_dir("partnership_data") == bundled_data_dir().resolve()
    with pytest.raises(CorpusError, match="data folder not found"):
        resolve_data_dir(root.name)


def test_other_folder_falls_back_to_bundled_reference_tables(make_corpus):
    root = make_corpus(a=PAGE, b=PAGE.replace("News, again", "News,  AGAIN"))
    corpus = analysis.load_corpus(root)
    assert corpus.documents["doc_id"].tolist() == ["a", "b"]
    assert len(corpus.institutions) == 3  # bundled institutions.csv
    assert pd.isna(corpus.documents["source_url"]).all()
    # no pages.csv: no manifest, so no page is missing from it and none is unlisted (the bundled one lists its own page)
    assert not corpus.quality["code"].isin(["not_in_manifest", "missing_page"]).any()
    # the article republished as it is, and one listing item seen twice (title compared up to case and white space)
    assert corpus.news[["kind", "n_sightings"]].values.tolist() == [["article", 2], ["listing", 2]]
    news = corpus.news.iloc[1]
    # no manifest row, so no base URL: the slug is known, the URL is not
    assert news["url_slug"] == "News,-again.aspx" and pd.isna(news["url"])
    # 2021-03-27 22:00 UTC is 00:00 EET on the 28th, the night clocks go forward
    assert news["published_local"].isoformat() == "2021-03-28T00:00:00+02:00"
    counts = corpus.institutions.set_index("institution_id")["mentions_text"].to_dict()
    assert counts == {"haaga-helia": 2, "laurea": 2, "metropolia": 2}


def test_conflicting_sightings_are_a_finding_and_the_first_is_kept(make_corpus):
    root = make_corpus(a=PAGE, b=PAGE.replace("2021-03-27", "2021-03-20"))
    corpus = analysis.load_corpus(root)
    assert corpus.news["published_utc"].tolist() == [pd.NaT, pd.Timestamp("2021-03-27 22:00", tz="UTC")]  # the article, the item
    (row,) = corpus.quality[corpus.quality["code"] == "conflicting_sighting"].itertuples()
    assert row.doc_id == "b"


def test_folder_own_reference_tables_win(make_corpus):
    root = make_corpus(a=PAGE)
    (root / "pages.csv").write_text(
        "file,source_url,publisher,language,news_base_url\na.txt,https://example.org/a,Someone,fi,https://example.org/news/\n",
        encoding="utf-8",
    )
    corpus = analysis.load_corpus(root)
    assert corpus.documents.loc[0, "publisher"] == "Someone"
    assert corpus.news["url"].tolist() == ["https://example.org/a", "https://example.org/news/News,-again.aspx"]
    assert "not_in_manifest" not in corpus.quality["code"].tolist()


def test_invalid_utf8_is_decoded_as_cp1252_with_a_finding(make_corpus):
    root = make_corpus()
    (root / "pages" / "x.txt").write_bytes("Yrittäjyys\n".encode("cp1252"))
    corpus = analysis.load_corpus(root)
    assert corpus.documents.loc[0, "title"] == "Yrittäjyys"
    assert corpus.documents.loc[0, "encoding"] == "cp1252"
    assert "not_utf8" in corpus.quality["code"].tolist()


def test_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="no pages"):
        analysis.load_corpus(tmp_path)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        analysis.load_corpus(tmp_path / "nope")


def test_reference_table_with_duplicate_id_names_file_row_and_column(make_corpus):
    root = make_corpus(a=PAGE)
    (root / "institutions.csv").write_text(
        "institution_id,name,name_fi,short_name,city,website,institution_code,aliases\n"
        "x,X,X,X,X,x.fi,1,X\nx,Y,Y,Y,Y,y.fi,2,Y\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match=r"institutions.csv: row 3, column institution_id: duplicate 'x'"):
        analysis.load_corpus(root)


def test_reference_table_missing_a_column_is_named(make_corpus):
    root = make_corpus(a=PAGE)
    (root / "pages.csv").write_text("file,publisher\na.txt,X\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"pages.csv: missing column\(s\) source_url, language, news_base_url"):
        analysis.load_corpus(root)


def test_a_listed_projects_name_leaves_out_what_the_list_says_of_it(make_corpus):
    page = (
        "Hankkeet\n\nKumppanuudessa on kolme kehittämishanketta:\n- Green Card: työelämävalmiuksia opiskelijoille\n"
        "- TalentTrack – kansainväliset osaajat töihin\n- Laurea: EduExcellence\n"
    )
    projects = analysis.load_corpus(make_corpus(a=page)).projects
    listed = projects.dropna(subset=["doc_id"])
    # a known project's name before its description; an item that begins with no project's name stays whole
    assert listed[["project_id", "name"]].values.tolist() == [
        ["green-card", "Green Card"], ["talenttrack", "TalentTrack"], ["laurea-eduexcellence", "Laurea: EduExcellence"]]
