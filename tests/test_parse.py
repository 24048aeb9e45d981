"""The parser on small hand-made pages: one clue at a time."""

import random
import re
from datetime import datetime, timezone

import pytest

from analysis.read.listing import parse_timestamp, rebuild_slug, split_title_by_slug
from analysis.read import furniture
from analysis.read import page
from analysis.read.page import declared_count, parse_page

IMG = '<img alt="A picture" src="/x%20y.jpg" />'


def kinds(page):
    return [u.kind for u in page.units]


def assert_spans(text, page):
    for u in page.units:
        assert text[u.start : u.end] == u.text


def test_title_subtitle_paragraphs_and_list():
    text = "Title here\n\nA subtitle\n\nFirst paragraph.\n\nThe three projects are:\n- One\n- Two\n- Three\n"
    page = parse_page(text)
    assert kinds(page) == ["title", "subtitle", "paragraph", "paragraph", "list_item", "list_item", "list_item"]
    assert [u.text for u in page.project_list] == ["One", "Two", "Three"]
    assert page.declared_projects == 3
    assert [f.code for f in page.findings] == ["no_date", "unknown_layout"]  # an undated article, no site's layout
    assert_spans(text, page)


def test_second_block_with_a_full_stop_is_a_paragraph_not_a_subtitle():
    page = parse_page("Title\n\nThis is a sentence.\n")
    assert kinds(page) == ["title", "paragraph"]


def test_wrapped_lines_form_one_paragraph_and_crlf_is_kept_verbatim():
    text = "Title\r\n\r\nSub\r\n\r\nA paragraph that\r\nwraps over lines.\r\n"
    page = parse_page(text)
    assert kinds(page) == ["title", "subtitle", "paragraph"]
    assert page.units[2].text == "A paragraph that\r\nwraps over lines."
    assert page.units[0].text == "Title"
    assert_spans(text, page)


def test_lead_image_alt_becomes_a_unit_and_empty_alt_does_not():
    text = f'{IMG}\n\nTitle\n\n<img alt="" src="/b.jpg" />\n'
    page = parse_page(text)
    assert page.lead_image.src == "/x%20y.jpg"
    assert kinds(page) == ["image_alt", "title"]
    assert_spans(text, page)


def test_listing_item_with_fragment_and_timestamp():
    title = 'Boss: "Big news"'
    text = f"T\n\n{title}'s-the-fragment.aspx2020-06-30T21:00:00Z{IMG}{title}"
    page = parse_page(text)
    (item,) = page.sightings
    assert item.title == title
    assert item.url_fragment is None or item.url_fragment == "'s-the-fragment.aspx"
    assert item.timestamp == "2020-06-30T21:00:00Z"
    assert item.published_utc == datetime(2020, 6, 30, 21, tzinfo=timezone.utc)
    assert text[item.start : item.end] == text.split("\n")[-1]
    assert kinds(page) == ["title", "news_title", "image_alt"]
    assert_spans(text, page)


def test_fragment_verified_against_the_slug():
    title = "Alpha, Beta and Gamma"
    text = f"T\n\n{title},-Beta-and-Gamma.aspx2019-01-01T22:00:00Z{IMG}{title}"
    (item,) = parse_page(text).sightings
    assert item.url_fragment == ",-Beta-and-Gamma.aspx"
    assert item.url_slug == "Alpha,-Beta-and-Gamma.aspx"


def test_unverified_fragment_gives_no_slug_and_a_finding():
    title = "Alpha, Beta"
    page = parse_page(f"T\n\n{title},-Something-else.aspx2019-01-01T22:00:00Z{IMG}{title}")
    (item,) = page.sightings
    assert item.url_fragment == ",-Something-else.aspx"
    assert item.url_slug is None
    assert [f.code for f in page.findings] == ["unverified_url_fragment"]


def test_item_without_fragment_or_timestamp_has_two_findings():
    page = parse_page(f"T\n\nJust a title{IMG}Just a title")
    (item,) = page.sightings
    assert (item.title, item.url_fragment, item.timestamp) == ("Just a title", None, None)
    assert sorted(f.code for f in page.findings) == ["missing_timestamp", "missing_url_fragment"]


def test_timestamp_without_fragment():
    page = parse_page(f"T\n\nNews2018-03-01T22:00:00Z{IMG}News")
    (item,) = page.sightings
    assert (item.title, item.url_fragment) == ("News", None)
    assert [f.code for f in page.findings] == ["missing_url_fragment"]


def test_impossible_timestamp_is_an_error_finding_with_its_span():
    text = f"T\n\nNews,-x.aspx2016-13-45T25:00:00Z{IMG}News"
    page = parse_page(text)
    (item,) = page.sightings
    assert item.published_utc is None
    (finding,) = [f for f in page.findings if f.code == "invalid_timestamp"]
    assert finding.severity == "error"
    assert text[finding.start : finding.end] == "2016-13-45T25:00:00Z"


def test_repeat_that_differs_falls_back_to_the_slug():
    text = f"T\n\nAlpha, Beta,-Beta.aspx2019-01-01T22:00:00Z{IMG}Something else"
    page = parse_page(text)
    (item,) = page.sightings
    assert item.title == "Alpha, Beta"
    assert item.url_fragment == ",-Beta.aspx"
    assert "title_repeat_mismatch" in [f.code for f in page.findings]


def test_declared_count_mismatch_is_a_finding():
    page = parse_page("T\n\nThe four development projects are:\n- One\n- Two\n")
    assert page.declared_projects == 4
    assert [f.code for f in page.findings] == ["no_date", "declared_count_mismatch", "unknown_layout"]


def test_list_not_about_projects_has_no_projects():
    page = parse_page("T\n\nSome things:\n- One\n- Two\n")
    assert page.project_list == () and page.declared_projects is None
    assert kinds(page).count("list_item") == 2


def test_page_without_title_is_an_error():
    page = parse_page("")
    assert [f.code for f in page.findings] == ["missing_title"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The seven development projects are:", 7), ("There are 12 projects", 12), ("No count here", None),
        ("The SEVENTEEN projects", 17), ("Kaksikymmentä kehityshanketta", 20),
        # case-blind matching takes these letters for s and i: they once crashed the whole chunk
        ("The ſeven development projects are:", 7), ("Kaksı kehityshanketta:", 2),
        ("The 99999999999999999999 projects", None),  # no count, nor an int64: it once crashed the chunk
        ("The 999999999999999999 projects", 999999999999999999),
    ],
)
def test_declared_count(sentence, expected):
    assert declared_count(sentence) == expected


def test_lookahead_leaves_the_matches_as_they_were():
    """`_PHONE`, `_BARE_PHONE`, `_PROJECTS` and `_NUMBER` look ahead for a first character (or
    begin with it) only to be fast: they find what the same patterns without the lookahead find, on text made of every character that
    matches one of their letters case-blind (ſ, K, ı, ...) or is a digit."""
    plain = {
        furniture._PHONE: re.compile(r"\+358|(?<![^\W\d_])(?:puh|tel|tfn|gsm|phone|mob|p)\.?:?[ \t]{0,3}[+(0-9]"),
        furniture._BARE_PHONE: re.compile(r"(?<![\w.,/-])0\d{1,2}[ -]\d{3,4}[ -]?\d{3,4}(?![\w.,/])"),
        page._PROJECTS: re.compile(page._PROJECT_WORD, re.IGNORECASE),
        page._NUMBER: re.compile(r"\b(?:(\d+)|" + "|".join(f"({w})" for w in page._COUNT_WORDS) + r")\b", re.IGNORECASE),
    }
    ours = re.compile("[\\d" + "".join(sorted(set("".join(page._COUNT_WORDS) + "projectshankeiulgmfb"))) + "]", re.IGNORECASE)
    alphabet = [chr(c) for c in range(0x30000) if ours.fullmatch(chr(c))] + [" ", "-", "x", ".", "+", ":", "(", "\t", "_"]
    pieces = [*page._COUNT_WORDS, "projects", "project", "hanke", "hankkeet", "hankkeita", "kehityshanketta",
              "+358", "puh. 0", "tel:+", "gsm (", "phone 1", "p.:  2", "p\t3",
              "tfn 0", "mob 0", "040 123 4567", "09 7424 5000", "0401234567 "]
    rng = random.Random(13)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) if rng.random() < 0.6 else rng.choice(pieces) for _ in range(60))
        text = "".join(c.upper() if rng.random() < 0.3 else c for c in text)
        for fast, slow in plain.items():
            assert [(m.span(), m.lastindex) for m in fast.finditer(text)] == [(m.span(), m.lastindex) for m in slow.finditer(text)]


def test_rebuild_slug_drops_sharepoint_characters():
    assert rebuild_slug('Jouni Koski: "Three large UAS\'s"') == "Jouni-Koski-Three-large-UAS's.aspx"
    assert rebuild_slug("a  b?") == "a-b.aspx"


def test_split_title_by_slug_finds_the_first_consistent_cut():
    text = "Haaga-Helia, Laurea and Metropolia to establish an alliance,-Laurea-and-Metropolia-to-establish-an-alliance.aspx"
    assert text[: split_title_by_slug(text)] == "Haaga-Helia, Laurea and Metropolia to establish an alliance"
    assert split_title_by_slug("No fragment here") == len("No fragment here")


def test_parse_timestamp_rejects_impossible_dates():
    assert parse_timestamp("2016-02-30T00:00:00Z") is None
    assert parse_timestamp("2016-02-29T00:00:00Z") == datetime(2016, 2, 29, tzinfo=timezone.utc)



def test_a_label_key_names_one_kind_and_checks_keep_their_order():
    """`furniture._BY_KEY` looks every label up at once, before the prefix checks: that
    gives `label_of`'s order of checks only while no key is in two sets and no contact
    label reads as a breadcrumb, a trail or a caption."""
    sets = [
        furniture.NAVIGATION, furniture.READ_MORE, furniture.TAB_LABELS, furniture.BREADCRUMB_LABELS, furniture.CONTACT_LABELS,
        furniture.RELATED_HEADINGS, furniture.COMMENT_HEADINGS, set(furniture.DATE_LABELS), furniture.CONSENT_BUTTONS,
        furniture.ARCHIVE_TOOLBAR,
    ]
    assert sum(map(len, sets)) == len(set().union(*sets)) == len(furniture._BY_KEY)
    for label in furniture.CONTACT_LABELS:
        assert not label.startswith((*furniture.BREADCRUMB_PREFIXES, *furniture.CAPTION_PREFIXES))
        assert not furniture.is_trail(label, label)
