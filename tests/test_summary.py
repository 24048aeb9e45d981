import dataclasses
import re

import pytest
from expected import PROJECTS

import analysis
from analysis.analyse.summary import NewsEntry
from analysis.present.render import PartnershipSummary

URL2 = "https://www.laurea.fi/en/news/Pages/Jouni-Koski-Three-large-UAS's-uniting-their-forces-in-an-operational-alliance.aspx"
URL3 = "https://www.laurea.fi/en/news/Pages/Haaga-Helia,-Laurea-and-Metropolia-to-establish-an-alliance.aspx"


@pytest.fixture(scope="module")
def summary(corpus):
    return analysis.partnership_summary(corpus)


def test_summary_of_the_bundled_page(summary):
    assert [(i.institution_id, i.name_fi) for i in summary.institutions] == [
        ("haaga-helia", "Haaga-Helia ammattikorkeakoulu"),
        ("laurea", "Laurea-ammattikorkeakoulu"),
        ("metropolia", "Metropolia Ammattikorkeakoulu"),
    ]
    assert [(i.mentions_text, i.mentions_image_alt) for i in summary.institutions] == [(4, 2), (4, 1), (4, 2)]
    assert summary.projects == PROJECTS
    assert summary.project_check == "7 listed, 7 declared" and summary.projects_agree
    assert summary.dated_news == (
        NewsEntry("2016-10-05", "Haaga-Helia, Laurea and Metropolia to establish an alliance", URL3),
        NewsEntry("2016-11-28", 'Jouni Koski: "Three large UAS\'s uniting their forces in an operational alliance"', URL2),
    )
    assert summary.undated_news == (NewsEntry(None, "Mobile application offers peer support for the seriously ill", None),)


def test_html_shows_names_check_and_linked_dates(summary):
    page = summary.to_html()
    assert summary._repr_html_() == page
    for name in ("Haaga-Helia ammattikorkeakoulu", "Laurea-ammattikorkeakoulu", "Metropolia Ammattikorkeakoulu", *PROJECTS):
        assert name in page
    assert "7 listed, 7 declared ✓" in page
    assert page.index("Professional Summer School") < page.index("International ProjectTatami")
    assert f'<time>2016-10-05</time> <a href="{URL3}">' in page
    assert '<time>2016-11-28</time> <a href="https://www.laurea.fi/en/news/Pages/Jouni-Koski-Three-large-UAS&#x27;s' in page
    assert "Jouni Koski: &quot;Three large UAS&#x27;s" in page  # page text is escaped


def test_markdown_lists_the_same(summary):
    md = summary.to_markdown()
    assert "7 listed, 7 declared ✓" in md
    assert "4. YrittäjyysSavotta" in md
    assert f"- 2016-11-28 [Jouni Koski: \"Three large UAS's uniting their forces in an operational alliance\"](<{URL2}>)" in md
    assert "| Laurea University of Applied Sciences | Laurea-ammattikorkeakoulu | Vantaa | laurea.fi | 02629 | 4 | 1 |" in md


HOSTILE = "<script>alert(1)</script>"


def hostile(summary):
    return dataclasses.replace(
        summary,
        title='"><img src=x onerror=alert(1)>',
        projects=(HOSTILE,),
        dated_news=(NewsEntry("2020-01-01", HOSTILE, "javascript:alert(1)"),),
        undated_news=(NewsEntry(None, "[x](javascript:alert(1)) *y*", 'https://e.org/"onmouseover="x'),),
    )


def test_page_text_is_escaped_in_html_and_only_http_links_are_made(summary):
    page = hostile(summary).to_html()
    assert "<script>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "javascript:" not in page.replace("[x](javascript:alert(1))", "")
    assert 'href="https://e.org/&quot;onmouseover=&quot;x"' in page


def test_page_text_is_escaped_in_markdown(summary):
    md = hostile(summary).to_markdown()
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert not re.search(r"(?<!\\)\]\(javascript:", md)  # no link to a script address
    assert r"\[x\]" in md and r"\*y\*" in md
    assert "(<https://e.org/%22onmouseover=%22x>)" in md


def test_repr_is_short_and_says_the_check(summary):
    assert repr(summary) == (
        "PartnershipSummary(3 institutions, 7 projects (7 listed, 7 declared), 7 categories coded, 2 dated news, 1 undated)"
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
