import dataclasses
import re
from pathlib import Path

import pytest
from expected import PROJECTS

import analysis
from analysis.analyse.summary import NewsEntry, Publisher
from analysis.present.render import PartnershipSummary
from analysis.read.records import FURNITURE_KINDS

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
LAUREA = "Laurea University of Applied Sciences"
ARTICLE = (
    "https://www.laurea.fi/en/about-laurea/laurea-as-an-organisation/"
    "stronger-together-strategic-partnership-between-haaga-helia-laurea-and-metropolia"
)
URL2 = "https://www.laurea.fi/en/news/Pages/Jouni-Koski-Three-large-UAS's-uniting-their-forces-in-an-operational-alliance.aspx"
URL3 = "https://www.laurea.fi/en/news/Pages/Haaga-Helia,-Laurea-and-Metropolia-to-establish-an-alliance.aspx"


@pytest.fixture(scope="module")
def summary(corpus):
    return analysis.partnership_summary(corpus)


@pytest.fixture(scope="module")
def layouts():
    corpus = analysis.load_corpus(LAYOUTS, cache=False)
    return corpus, analysis.partnership_summary(corpus)


def test_summary_of_the_bundled_page(summary):
    assert summary.headline == "1 page from 1 publisher"
    # the page shows no publication date (quality: no_date): 0 dated pages
    assert summary.publishers == (Publisher(LAUREA, pages=1, dated_pages=0, modified_only=0, news_items=4),)
    assert [(i.institution_id, i.name_fi) for i in summary.institutions] == [
        ("haaga-helia", "Haaga-Helia ammattikorkeakoulu"),
        ("laurea", "Laurea-ammattikorkeakoulu"),
        ("metropolia", "Metropolia Ammattikorkeakoulu"),
    ]
    assert [(i.mentions_text, i.mentions_image_alt, i.mentions_tags) for i in summary.institutions] == [
        (4, 2, 0), (4, 1, 0), (4, 2, 0)
    ]
    assert summary.projects == PROJECTS and summary.unlisted_projects == ()
    assert summary.project_check == "7 listed, 7 declared" and summary.projects_agree
    assert summary.dated_news == (
        NewsEntry("2016-10-05", "Haaga-Helia, Laurea and Metropolia to establish an alliance", URL3, "listing", LAUREA),
        NewsEntry(
            "2016-11-28", 'Jouni Koski: "Three large UAS\'s uniting their forces in an operational alliance"', URL2, "listing", LAUREA
        ),
    )
    assert summary.undated_news == (
        NewsEntry(None, "Haaga-Helia,Laurea and Metropolia co-operation", ARTICLE, "article", LAUREA),
        NewsEntry(None, "Mobile application offers peer support for the seriously ill", None, "listing", LAUREA),
    )


def test_html_shows_names_check_and_linked_dates(summary):
    page = summary.to_html()
    assert summary._repr_html_() == page
    assert "<h2>Partnership summary: 1 page from 1 publisher</h2>" in page
    assert f"<tr><td>{LAUREA}</td><td>1</td><td>0</td><td>0</td><td>4</td></tr>" in page
    assert "<h2>Partnership summary: Haaga-Helia,Laurea" not in page  # never one page's title
    for name in ("Haaga-Helia ammattikorkeakoulu", "Laurea-ammattikorkeakoulu", "Metropolia Ammattikorkeakoulu", *PROJECTS):
        assert name in page
    assert "7 listed, 7 declared ✓" in page
    assert page.index("Professional Summer School") < page.index("International ProjectTatami")
    assert f'<time>2016-10-05</time> <a href="{URL3}">' in page
    assert '<time>2016-11-28</time> <a href="https://www.laurea.fi/en/news/Pages/Jouni-Koski-Three-large-UAS&#x27;s' in page
    assert "Jouni Koski: &quot;Three large UAS&#x27;s" in page  # page text is escaped
    assert f'<li><a href="{ARTICLE}">Haaga-Helia,Laurea and Metropolia co-operation</a> ' in page
    assert f'<span class="news-source">(article, {LAUREA})</span>' in page


def test_markdown_lists_the_same(summary):
    md = summary.to_markdown()
    assert md.startswith("## Partnership summary: 1 page from 1 publisher\n")
    assert f"| {LAUREA} | 1 | 0 | 0 | 4 |" in md
    assert "7 listed, 7 declared ✓" in md
    assert "4. YrittäjyysSavotta" in md
    assert (
        f"- 2016-11-28 [Jouni Koski: \"Three large UAS's uniting their forces in an operational alliance\"](<{URL2}>)"
        f" (listing, {LAUREA})"
    ) in md
    assert "- Mobile application offers peer support for the seriously ill (listing, Laurea University" in md
    assert "| Laurea University of Applied Sciences | Laurea-ammattikorkeakoulu | Vantaa | laurea.fi | 02629 | 4 | 1 | 0 |" in md


HOSTILE = "<script>alert(1)</script>"


def hostile(summary):
    return dataclasses.replace(
        summary,
        publishers=(Publisher('"><img src=x onerror=alert(1)>', 1, 0, 0, 1),),
        projects=(HOSTILE,),
        dated_news=(NewsEntry("2020-01-01", HOSTILE, "javascript:alert(1)", "listing", HOSTILE),),
        undated_news=(NewsEntry(None, "[x](javascript:alert(1)) *y*", 'https://e.org/"onmouseover="x', "article", "*z*"),),
    )


def test_page_text_is_escaped_in_html_and_only_http_links_are_made(summary):
    page = hostile(summary).to_html()
    assert "<script>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>" in page
    assert "javascript:" not in page.replace("[x](javascript:alert(1))", "")
    assert 'href="https://e.org/&quot;onmouseover=&quot;x"' in page


def test_page_text_is_escaped_in_markdown(summary):
    md = hostile(summary).to_markdown()
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert not re.search(r"(?<!\\)\]\(javascript:", md)  # no link to a script address
    assert r"\[x\]" in md and r"\*y\*" in md and r"(article, \*z\*)" in md
    assert '| "&gt;&lt;img src=x onerror=alert(1)&gt; | 1 | 0 | 0 | 1 |' in md
    assert "(<https://e.org/%22onmouseover=%22x>)" in md


def test_repr_is_short_and_says_the_check(summary):
    assert repr(summary) == (
        "PartnershipSummary(1 page from 1 publisher, 3 institutions, 7 projects (7 listed, 7 declared), "
        "7 categories coded, 2 dated news, 2 undated)"
    )


def test_mismatch_is_shown(summary):
    wrong = dataclasses.replace(summary, declared_projects=8)
    assert "7 listed, 8 declared ✗ mismatch" in wrong.to_html()
    assert isinstance(wrong, PartnershipSummary) and not wrong.projects_agree


def test_strategic_aims_with_counts_and_quoted_sentences(summary, raw):
    aims = {a.label: a for a in summary.categories}
    assert list(aims) == [
        "student mobility",
        "entrepreneurship education",
        "innovation with SMEs",
        "research funding",
        "education export",
        "working life",
        "regional skills needs",
    ]
    assert [a.count for a in summary.categories] == [1, 2, 2, 1, 1, 2, 4]
    mobility = aims["student mobility"].quotes
    assert len(mobility) == 1 and mobility[0].text.startswith("The institutions have began developing measures")
    assert (mobility[0].start, mobility[0].end) == (399, 641)
    assert [q.text for q in aims["working life"].quotes] == [
        "To this end, the institutions are focusing on a strategic partnership that will benefit both students and employers.",
        "Työelämälähtöisyys 9.0",
    ]
    for aim in summary.categories:
        for q in aim.quotes:
            assert raw[q.start : q.end] == q.text


def test_aims_are_in_the_html_and_markdown(summary):
    page, md = summary.to_html(), summary.to_markdown()
    assert "<h3>Strategic aims</h3>" in page and "### Strategic aims" in md
    assert "<td>regional skills needs</td>" in page and "<td>4</td>" in page
    assert "<cite>000_36f8903d6715eed6, characters 1155–1271</cite>" in page
    assert "- **research funding** (1 match): " in md


# --- a mixed folder: the summary speaks for every page, and no page furniture -------------

NAVIGATION = [
    "Skip to content", "Ensisijaiset välilehdet", "Toissijaiset välilehdet", "Olet täällä", "Näytä",
    "Etusivu", "Study at Laurea", "About us", "Read more", "Read More", "Lue lisää", "Lahjoita",
    "Further information", "maria.nieminen@metropolia.fi", "Haaga-HeliaLaureaMetropolia", "Modified 7/4/2016",
]


def test_summary_of_the_layouts_speaks_for_every_publisher(layouts):
    _, summary = layouts
    assert summary.headline == "7 pages from 4 publishers"
    assert summary.publishers == (
        Publisher(LAUREA, pages=3, dated_pages=1, modified_only=1, news_items=3),
        Publisher("Metropolia University of Applied Sciences", pages=2, dated_pages=2, modified_only=0, news_items=4),
        Publisher("3AMK", pages=1, dated_pages=0, modified_only=0, news_items=3),
        Publisher("Haaga-Helia University of Applied Sciences", pages=1, dated_pages=1, modified_only=0, news_items=1),
    )
    assert [(i.institution_id, i.mentions_tags) for i in summary.institutions] == [
        ("haaga-helia", 2), ("laurea", 2), ("metropolia", 2)
    ]
    assert [(n.date, n.kind) for n in summary.dated_news][:3] == [
        ("2015-02-03", "article"), ("2016-06-01", "article"), ("2016-07-06", "article")
    ]
    # the republished SharePoint article: its earliest date is Metropolia's, the Laurea page shows only a modified date
    campuses = next(n for n in summary.dated_news if n.title == "Students to study across three campuses")
    assert (campuses.date, campuses.publishers) == ("2016-07-06", f"{LAUREA}; Metropolia University of Applied Sciences")
    assert len(summary.dated_news) == 8 and summary.undated_news == ()


def test_summary_of_the_layouts_names_each_publisher_and_no_navigation(layouts):
    corpus, summary = layouts
    for text in (summary.to_html(), summary.to_markdown()):
        assert "Partnership summary: 7 pages from 4 publishers" in text
        assert "Kumppanuus" not in text  # the first file's (a tag page's) title
        for publisher in corpus.documents["publisher"].unique():
            assert publisher in text
        for label in NAVIGATION:
            assert label not in text, label
    page = summary.to_html()
    furniture = corpus.units[corpus.units["kind"].isin(FURNITURE_KINDS) & (corpus.units["kind"] != "repeated_title")]
    for unit in furniture.itertuples():
        assert unit.text not in page, (unit.kind, unit.text)
    assert "<tr><td>3AMK</td><td>1</td><td>0</td><td>0</td><td>3</td></tr>" in page


def test_quotes_come_from_text_units_only(layouts):
    corpus, summary = layouts
    units = corpus.units
    quoted = {q.doc_id for c in summary.categories for q in c.quotes}
    assert quoted == {
        "3amk_listing", "haaga_helia_drupal_article", "laurea_sharepoint_article", "metropolia_typo3_article",
        "republished_article",
    }
    for quote in (q for c in summary.categories for q in c.quotes):
        unit = units[(units["doc_id"] == quote.doc_id) & (units["start"] <= quote.start) & (units["end"] >= quote.end)]
        assert len(unit) == 1 and unit["kind"].iloc[0] not in FURNITURE_KINDS, quote
        assert corpus.text(quote.doc_id)[quote.start : quote.end] == quote.text


def test_projects_no_page_lists_are_named_apart(tmp_path, make_corpus):
    root = make_corpus(a="Another corpus title\n\nThe two development projects are:\n- Alpha\n- Beta\n")
    summary = analysis.partnership_summary(analysis.load_corpus(root, cache=False))
    assert summary.projects == ("Alpha", "Beta") and summary.project_check == "2 listed, 2 declared"
    assert summary.unlisted_projects == PROJECTS
    assert summary.headline == "1 page, publisher unknown"
    assert "<p class=\"unlisted-projects\">In the reference table but listed by no page: Professional Summer School," in summary.to_html()


def test_furniture_is_never_coded_or_quoted(corpus):
    """A unit the reader calls furniture says nothing about the partnership, even when its
    words match the codebook (here the paragraph on student mobility, made navigation)."""
    units = corpus.units.copy()
    units.loc[units["unit_id"] == "000_36f8903d6715eed6:4", "kind"] = "navigation"
    summary = analysis.partnership_summary(dataclasses.replace(corpus, units=units))
    aims = {a.label: a for a in summary.categories}
    assert (aims["student mobility"].count, aims["student mobility"].quotes) == (0, ())
    assert "The institutions have began developing measures" not in summary.to_html()
