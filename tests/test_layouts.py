"""News-page layouts (spec: shared/spec/issue11.md), page by page, against tables written by hand.

The pages in tests/fixtures/layouts/pages/ are invented (see the README there), one per
layout, plus a page in no layout and an article republished on a second site. Every
expected value below was read off those pages by hand, never copied from the reader's
output: the point of these tests is to be an independent check of it.

Where the spec leaves a choice open, the comment `# open in the spec:` says what was
chosen (what an analyst would expect) and why.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import analysis

FOLDER = Path(__file__).resolve().parent / "fixtures" / "layouts"
PAGES = FOLDER / "pages"

LAUREA = "Laurea University of Applied Sciences"
METROPOLIA = "Metropolia University of Applied Sciences"
HAAGA_HELIA = "Haaga-Helia University of Applied Sciences"
AMK3 = "3AMK"

SHAREPOINT = "laurea_sharepoint_article"
WORDPRESS = "laurea_wordpress_article"
TYPO3 = "metropolia_typo3_article"
DRUPAL = "haaga_helia_drupal_article"
LISTING = "3amk_listing"
UNKNOWN = "unknown_page"
REPUBLISHED = "republished_article"
DOC_IDS = (SHAREPOINT, WORDPRESS, TYPO3, DRUPAL, LISTING, UNKNOWN, REPUBLISHED)

NA = None  # missing in the expected tables: pd.NA / NaT in the real ones


def day(value: str) -> pd.Period:
    return pd.Period(value, "D")


def local(value: str) -> pd.Timestamp:
    return pd.Timestamp(value, tz="Europe/Helsinki")


def plain(value):
    """A table value with every kind of missing (pd.NA, NaT, NaN) as None, for comparison."""
    return None if pd.isna(value) else value


# --- Texts shared by the SharePoint article and its republished copy -------------------------

SHARED_TITLE = "Students to study across three campuses"
REPUBLISHED_TITLE = "Students to Study Across Three Campuses"  # the same up to case
SHARED_BODY = [
    "From the autumn term, students of Haaga-Helia, Laurea and Metropolia can take courses at any of the "
    "three universities of applied sciences. The credits count towards their own degree.",
    "The courses are listed in one shared catalogue, and students sign up with their own user account.",
    # A quotation: the line starts with "- " but the line above is blank after a sentence,
    # not a line ending with ":", so it is text (a paragraph, "- " kept), not a list item.
    "- Our students can now build their studies from the best courses in the capital region, says project "
    "manager Anna Virtanen from Laurea.",
    "Students who finish the GreenCard course receive a Green Card certificate that employers in the region "
    "recognise. Courses taken at the Summer School count towards it as well.",
]
SHARED_BODY_MENTIONS = [
    ("haaga-helia", "Haaga-Helia", "paragraph"),
    ("laurea", "Laurea", "paragraph"),
    ("metropolia", "Metropolia", "paragraph"),
    ("laurea", "Laurea", "paragraph"),  # in the quotation
    ("green-card", "GreenCard", "paragraph"),
    ("green-card", "Green Card", "paragraph"),
    ("professional-summer-school", "Summer School", "paragraph"),
]
AGREEMENT = "Haaga-Helia, Laurea and Metropolia sign a partnership agreement"  # the glued listing item
AGREEMENT_URL = "https://www.laurea.fi/en/news/Pages/Haaga-Helia,-Laurea-and-Metropolia-sign-a-partnership-agreement.aspx"
LIBRARY = "Students test new library services in Vantaa"  # Laurea's WordPress article, a teaser at Metropolia
CHALLENGE = "3AMK Innovation Challenge 2024"  # a 3AMK listing item, a teaser at Metropolia
DRUPAL_TITLE = "Haaga-Helia, Laurea ja Metropolia tiivistävät yhteistyötään"
TYPO3_TITLE = "New health technology lab opens in Myllypuro"
UNKNOWN_TITLE = "Partnership agreement signed in Helsinki"
SUMMER = "Yhteinen kesäopintotarjonta julkaistu"
CAMPUSES = "Kolme korkeakoulua, yksi kampusverkosto"
THREE_NAMES = [("haaga-helia", "Haaga-Helia"), ("laurea", "Laurea"), ("metropolia", "Metropolia")]


def names_in(kind: str, names=THREE_NAMES) -> list[tuple[str, str, str]]:
    return [(entity_id, matched, kind) for entity_id, matched in names]


# --- The expected tables, one dict per page ------------------------------------------------------
#
# document: the new documents columns; dates: (role, date, timestamp, precision, clue, text) in page
# order; units: (kind, text) in page order, all of them; mentions: (entity_id, matched, unit_kind)
# in page order; sightings: (kind, title, published_date) in page order; findings: the set of codes.

EXPECTED = {
    SHAREPOINT: {
        "document": {
            "layout": "laurea_sharepoint",
            "language": "en",
            "title": SHARED_TITLE,
            "subtitle": "Haaga-Helia, Laurea and Metropolia open their courses to each other's students",
            "published_date": NA,  # the page shows only a modified date: never a publication date
            "published_clue": NA,
            "modified_date": day("2016-07-04"),  # SharePoint: month first
            "modified_clue": "modified_label",
        },
        "dates": [
            # 2016-05-31T21:00:00Z is midnight in Helsinki in summer time (EEST, +03:00)
            ("listing", day("2016-06-01"), local("2016-06-01 00:00"), "day", "listing_timestamp", "2016-05-31T21:00:00Z"),
            ("modified", day("2016-07-04"), local("2016-07-04 13:41"), "minute", "modified_label", "7/4/2016 1:41 PM"),
        ],
        "units": [
            ("image_alt", "Students at the Laurea campus in Leppävaara"),
            ("title", SHARED_TITLE),
            ("subtitle", "Haaga-Helia, Laurea and Metropolia open their courses to each other's students"),
            *[("paragraph", text) for text in SHARED_BODY],
            ("news_title", AGREEMENT),  # its image has alt="": no image_alt unit
            ("date_line", "Modified 7/4/2016 1:41 PM"),  # the unit is the whole line, label included
            ("tags", "Haaga-Helia; Laurea; Metropolia"),  # the line right after the Modified line
        ],
        "mentions": [
            ("laurea", "Laurea", "image_alt"),
            *names_in("subtitle"),
            *SHARED_BODY_MENTIONS,
            *names_in("news_title"),
            *names_in("tags"),
        ],
        "sightings": [
            ("article", SHARED_TITLE, NA),
            ("listing", AGREEMENT, day("2016-06-01")),
        ],
        "findings": {"no_date"},  # an article with a modified date but no published date
    },
    WORDPRESS: {
        "document": {
            "layout": "laurea_wordpress",
            "language": "en",  # pages.csv leaves it empty: detected from the English text
            "title": LIBRARY,
            "subtitle": NA,
            "published_date": day("2020-03-12"),  # dots: day first
            "published_clue": "date_under_title",
            "modified_date": NA,
            "modified_clue": NA,
        },
        "dates": [("published", day("2020-03-12"), NA, "day", "date_under_title", "12.3.2020")],
        "units": [
            ("navigation", "Skip to content"),
            # after a skip-to-content first line, every line up to the title is navigation
            ("navigation", "Study at Laurea"),
            ("navigation", "Research"),
            ("navigation", "About us"),
            ("navigation", "FI"),
            ("navigation", "Search"),
            ("title", LIBRARY),
            ("date_line", "12.3.2020"),
            ("paragraph",
             "Laurea students spent two weeks at the Tikkurila library in Vantaa, where they asked visitors what they "
             "expect from a modern library. The students then designed three new services together with the library staff."),
            ("paragraph",
             "The course was planned with Metropolia's service design teachers, and students from Haaga-Helia joined "
             "the final workshop."),
            ("paragraph",
             "The library will try out the new services during the spring and will report on the results in the autumn."),
        ],
        "mentions": [
            # "Study at Laurea" is navigation: never searched
            ("laurea", "Laurea", "paragraph"),
            ("metropolia", "Metropolia", "paragraph"),  # "Metropolia's": the name, not the 's
            ("haaga-helia", "Haaga-Helia", "paragraph"),
        ],
        "sightings": [("article", LIBRARY, day("2020-03-12"))],
        "findings": set(),
    },
    TYPO3: {
        "document": {
            "layout": "metropolia_typo3",
            "language": "en",
            "title": TYPO3_TITLE,
            "subtitle": NA,
            "published_date": day("2016-09-05"),
            "published_clue": "date_under_title",
            "modified_date": NA,
            "modified_clue": NA,
        },
        # the teasers at the end carry no date lines: no listing rows
        "dates": [("published", day("2016-09-05"), NA, "day", "date_under_title", "05.09.2016")],
        "units": [
            ("title", TYPO3_TITLE),  # the date line right below does not join the title block
            ("date_line", "05.09.2016"),
            ("paragraph",
             "Metropolia opens a health technology lab in Myllypuro, where nursing and engineering students work on the "
             "same tasks. Details of the lab are at metropolia.fi/myllypuro."),
            ("paragraph",
             "The lab is part of the TalentTrack project, which helps students find work with companies in the region."),
            # open in the spec: contact lines are furniture "line by line", so each line is one
            # unit (the label line too), not one block
            ("contact", "Further information"),
            ("contact", "Maria Nieminen, maria.nieminen@metropolia.fi"),
            ("contact", "tel. +358 40 123 4567"),
            # an appeal is a block (spec): its two lines are one unit
            ("appeal", "Lahjoita Metropolialle ja tue opiskelijoiden oppimista.\nKatso lisää: metropolia.fi/lahjoita"),
            # a two-line block before `Read More`: first line the title, the rest the snippet
            ("teaser_title", CHALLENGE),
            ("teaser_text", "Teams of students solve problems brought by companies from the capital region..."),
            ("read_more", "Read More"),
            ("teaser_title", LIBRARY),
            ("teaser_text", "Laurea students worked with library visitors in Tikkurila to try out new services..."),
            ("read_more", "Read More"),
        ],
        "mentions": [
            ("metropolia", "Metropolia", "paragraph"),  # and not "metropolia.fi/myllypuro": a domain
            ("talenttrack", "TalentTrack", "paragraph"),
            # contact and appeal lines are not searched (an e-mail, "Metropolialle", a domain)
            ("laurea", "Laurea", "teaser_text"),  # the teaser's, never the article's
        ],
        "sightings": [
            ("article", TYPO3_TITLE, day("2016-09-05")),
            ("teaser", CHALLENGE, NA),
            ("teaser", LIBRARY, NA),
        ],
        "findings": set(),
    },
    DRUPAL: {
        "document": {
            "layout": "haaga_helia_drupal",
            "language": "fi",
            "title": DRUPAL_TITLE,
            "subtitle": NA,  # the block after the title repeats it: furniture, never a subtitle
            "published_date": day("2015-02-03"),
            "published_clue": "published_label",
            "modified_date": NA,
            "modified_clue": NA,
        },
        "dates": [("published", day("2015-02-03"), NA, "day", "published_label", "3.2.2015")],
        "units": [
            ("tab_label", "Ensisijaiset välilehdet"),
            ("tab_label", "Näytä(aktiivinen välilehti)"),
            ("breadcrumb", "Olet täällä"),
            ("breadcrumb", "Etusivu » Ajankohtaista"),
            ("title", DRUPAL_TITLE),
            ("repeated_title", DRUPAL_TITLE),
            ("date_line", "Julkaistu 3.2.2015"),
            ("paragraph", "Laurean ja Haaga-Helian opiskelijat voivat jatkossa suorittaa opintoja myös Metropoliassa."),
            ("paragraph",
             "Kumppanuudessa on käynnissä seitsemän kehityshanketta, jotka edistävät opiskelijoiden liikkuvuutta "
             "ja yrittäjyyttä."),
            ("paragraph", "Kehittämishankkeet:"),
            ("list_item", "Professional Summer School"),
            ("list_item", "GreenCard"),
            ("list_item", "Talent Track"),
            ("list_item", "YrittäjyysSavotta"),
            ("list_item", "EduExellence"),
            ("list_item", "Työelämä 9.0"),
            ("list_item", "ProjectTatami"),
            ("tags", "Haaga-HeliaLaureaMetropolia"),  # glued, no white space, not the title
        ],
        "mentions": [
            *names_in("title"),  # the repeated title is furniture: not searched again
            # Finnish case endings: the page is Finnish; `matched` is the word as written
            ("laurea", "Laurean", "paragraph"),
            ("haaga-helia", "Haaga-Helian", "paragraph"),
            ("metropolia", "Metropoliassa", "paragraph"),
            # project ids as the spec's projects.csv rows write them (`yrittäjyyssavotta`,
            # `työelämälähtöisyys-9-0`); the longest name wins where names overlap: one
            # mention, not also "Summer School"
            ("professional-summer-school", "Professional Summer School", "list_item"),
            ("green-card", "GreenCard", "list_item"),
            ("talenttrack", "Talent Track", "list_item"),
            ("yrittäjyyssavotta", "YrittäjyysSavotta", "list_item"),
            ("eduexcellence", "EduExellence", "list_item"),
            ("työelämälähtöisyys-9-0", "Työelämä 9.0", "list_item"),
            ("international-projecttatami", "ProjectTatami", "list_item"),
            *names_in("tags"),  # glued names are each found
        ],
        "sightings": [("article", DRUPAL_TITLE, day("2015-02-03"))],
        "findings": set(),  # seven declared ("seitsemän"), seven listed: no mismatch
    },
    LISTING: {
        "document": {
            "layout": "3amk_wordpress",
            "language": "fi",
            # open in the spec: the heading of the tag page is its title
            "title": "Kumppanuus",
            "subtitle": NA,
            # open in the spec: the first teaser's date line is also the first line after the
            # heading; a date line inside a teaser item is the item's (listing), never the page's
            "published_date": NA,
            "published_clue": NA,
            "modified_date": NA,
            "modified_clue": NA,
        },
        "dates": [
            ("listing", day("2024-04-19"), NA, "day", "teaser_date", "19.4.2024"),
            ("listing", day("2024-03-12"), NA, "day", "teaser_date", "12.3.2024"),
            # "seminaari 14.5.2024" stands in running text: no date
            ("listing", day("2024-02-05"), NA, "day", "teaser_date", "5.2.2024"),
        ],
        "units": [
            ("title", "Kumppanuus"),
            ("date_line", "pe 19.4.2024"),  # the weekday stays in the unit, not in dates.text
            ("teaser_title", CHALLENGE),
            ("teaser_text", "Opiskelijatiimit ratkaisevat yritysten haasteita kolmen korkeakoulun yhteisessä kilpailussa…"),
            ("read_more", "Read more"),
            ("date_line", "ti 12.3.2024"),
            ("teaser_title", SUMMER),
            ("teaser_text",
             "Haaga-Helian, Laurean ja Metropolian kesäopinnot ovat nyt haettavissa. Avoin seminaari 14.5.2024 "
             "esittelee tarjontaa…"),
            ("read_more", "Read more"),
            ("date_line", "ma 5.2.2024"),
            ("teaser_title", CAMPUSES),
            ("teaser_text", "Opiskelija voi jatkossa valita opintojaksoja kaikista 3AMK-korkeakouluista…"),
            ("read_more", "Read more"),
        ],
        "mentions": [
            ("haaga-helia", "Haaga-Helian", "teaser_text"),
            ("laurea", "Laurean", "teaser_text"),
            ("metropolia", "Metropolian", "teaser_text"),
        ],
        "sightings": [
            ("teaser", CHALLENGE, day("2024-04-19")),
            ("teaser", SUMMER, day("2024-03-12")),
            ("teaser", CAMPUSES, day("2024-02-05")),
        ],
        "findings": set(),  # a teaser listing page is no article: no no_date
    },
    UNKNOWN: {
        "document": {
            "layout": "unknown",  # its source_url is a SharePoint address: layouts come from the text only
            "language": "en",  # detected
            "title": UNKNOWN_TITLE,
            "subtitle": NA,
            "published_date": NA,  # 05/09/2016: slashes, unknown layout, both ≤ 12 and different
            "published_clue": NA,
            "modified_date": NA,
            "modified_clue": NA,
        },
        "dates": [],
        "units": [
            ("title", UNKNOWN_TITLE),
            ("date_line", "05/09/2016"),  # still a date line (furniture), though no date is recorded
            ("paragraph",
             "Laurea and its two partner universities signed an agreement in Helsinki on how they will share courses, "
             "research services and campus facilities."),
            ("paragraph", "The agreement will be reviewed every two years, and the first review is planned for the spring."),
            ("paragraph",
             "The partners will also write a joint annual report on their work together, which will be open to the public."),
            ("paragraph", "Staff who want to take part in the planning can contact their own university."),
        ],
        "mentions": [("laurea", "Laurea", "paragraph")],
        "sightings": [("article", UNKNOWN_TITLE, NA)],
        # open in the spec: a page in no layout is still an article page (it is not a teaser
        # listing), so it gets no_date besides unknown_layout and ambiguous_date
        "findings": {"unknown_layout", "ambiguous_date", "no_date"},
    },
    REPUBLISHED: {
        "document": {
            "layout": "metropolia_typo3",
            "language": "en",
            "title": REPUBLISHED_TITLE,
            "subtitle": NA,
            "published_date": day("2016-07-06"),
            "published_clue": "date_under_title",
            "modified_date": NA,
            "modified_clue": NA,
        },
        "dates": [("published", day("2016-07-06"), NA, "day", "date_under_title", "06.07.2016")],
        "units": [
            ("title", REPUBLISHED_TITLE),
            ("date_line", "06.07.2016"),
            *[("paragraph", text) for text in SHARED_BODY],
        ],
        "mentions": SHARED_BODY_MENTIONS,
        "sightings": [("article", REPUBLISHED_TITLE, day("2016-07-06"))],
        "findings": set(),
    },
}

# The news items, each by its sightings (doc_id, title). Every sighting of the corpus is in one.
NEWS = [
    {   # the same article on two sites: titles equal up to case
        "sightings": {(SHAREPOINT, SHARED_TITLE), (REPUBLISHED, REPUBLISHED_TITLE)},
        "kind": "article",
        # earliest of the sightings' published dates; the SharePoint page has none (its
        # 2016-07-04 is a modified date and must not count)
        "published_date": day("2016-07-06"),
        # open in the spec: two article pages; the first in corpus (file) order, like "else
        # the first sighting's"
        "doc_id": SHAREPOINT,
        "publishers": {LAUREA, METROPOLIA},
    },
    {   # a listing item whose URL is an article page's source_url: joined though titles differ
        "sightings": {(SHAREPOINT, AGREEMENT), (UNKNOWN, UNKNOWN_TITLE)},
        "kind": "article",
        "published_date": day("2016-06-01"),
        "doc_id": UNKNOWN,
        "publishers": {LAUREA},
    },
    {   # an article and a teaser of it on another site
        "sightings": {(WORDPRESS, LIBRARY), (TYPO3, LIBRARY)},
        "kind": "article",
        "published_date": day("2020-03-12"),
        "doc_id": WORDPRESS,
        "publishers": {LAUREA, METROPOLIA},
    },
    {
        "sightings": {(TYPO3, TYPO3_TITLE)},
        "kind": "article",
        "published_date": day("2016-09-05"),
        "doc_id": TYPO3,
        "publishers": {METROPOLIA},
    },
    {   # two teasers, no article: a listing item; the first sighting's doc_id
        "sightings": {(LISTING, CHALLENGE), (TYPO3, CHALLENGE)},
        "kind": "listing",
        "published_date": day("2024-04-19"),
        "doc_id": LISTING,
        "publishers": {AMK3, METROPOLIA},
    },
    {
        "sightings": {(LISTING, SUMMER)},
        "kind": "listing",
        "published_date": day("2024-03-12"),
        "doc_id": LISTING,
        "publishers": {AMK3},
    },
    {
        "sightings": {(LISTING, CAMPUSES)},
        "kind": "listing",
        "published_date": day("2024-02-05"),
        "doc_id": LISTING,
        "publishers": {AMK3},
    },
    {
        "sightings": {(DRUPAL, DRUPAL_TITLE)},
        "kind": "article",
        "published_date": day("2015-02-03"),
        "doc_id": DRUPAL,
        "publishers": {HAAGA_HELIA},
    },
]

SEVERITY = {"no_date": "warning", "unknown_layout": "info", "ambiguous_date": "warning", "invalid_date": "error",
            "navigation_title": "warning"}
TEXT_KINDS = {"title", "subtitle", "paragraph", "list_item", "news_title", "teaser_title", "teaser_text", "image_alt"}
FURNITURE_KINDS = {"navigation", "breadcrumb", "tab_label", "date_line", "tags", "contact", "appeal", "read_more",
                   "repeated_title"}
NAVIGATION_LABELS = {
    "skip to content", "skip to main content", "siirry sisältöön", "hyppää sisältöön", "menu", "valikko", "search",
    "haku", "hae", "etusivu", "home", "sulje", "close", "fi", "en", "sv", "suomi", "english", "svenska",
    "in english", "på svenska", "toggle navigation", "päävalikko", "main menu",
}


@pytest.fixture(scope="module")
def layouts() -> analysis.Corpus:
    return analysis.load_corpus(FOLDER, cache=False)


def raw(doc_id: str) -> str:
    return (PAGES / f"{doc_id}.txt").read_text(encoding="utf-8")


def rows(table: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    return table[table["doc_id"] == doc_id].sort_values("start", kind="stable")


# --- The fixture itself ----------------------------------------------------------------------------


def test_the_fixture_pages_are_what_the_tests_assume():
    assert sorted(p.stem for p in PAGES.glob("*.txt")) == sorted(DOC_IDS)
    for doc_id in DOC_IDS:
        data = (PAGES / f"{doc_id}.txt").read_bytes()
        assert b"\r" not in data and not data.startswith(b"\xef\xbb\xbf"), doc_id
        assert 10 <= data.decode("utf-8").count("\n") <= 30, doc_id
    manifest = pd.read_csv(FOLDER / "pages.csv", dtype=str, keep_default_na=False)
    assert sorted(manifest["file"]) == sorted(f"{d}.txt" for d in DOC_IDS)
    empty = set(manifest.loc[manifest["language"] == "", "file"])
    assert empty == {f"{WORDPRESS}.txt", f"{UNKNOWN}.txt"}  # left to the detector


def test_every_page_is_loaded_with_its_text(layouts):
    assert sorted(layouts.documents["doc_id"]) == sorted(DOC_IDS)
    for doc_id in DOC_IDS:
        assert layouts.text(doc_id) == raw(doc_id)


# --- Page by page ----------------------------------------------------------------------------------


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_document_columns(layouts, doc_id):
    doc = layouts.documents.set_index("doc_id").loc[doc_id]
    expected = EXPECTED[doc_id]["document"]
    assert {column: plain(doc[column]) for column in expected} == expected


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_dates(layouts, doc_id):
    found = rows(layouts.dates, doc_id)
    got = [
        (r.role, plain(r.date), plain(r.timestamp), r.precision, r.clue, r.text)
        for r in found.itertuples()
    ]
    assert got == EXPECTED[doc_id]["dates"]
    page = raw(doc_id)
    for r in found.itertuples():
        assert layouts.text(doc_id)[r.start : r.end] == r.text
        assert page.count(r.text) == 1 and r.start == page.index(r.text)  # where the date is written


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_units_in_order(layouts, doc_id):
    found = layouts.units[layouts.units["doc_id"] == doc_id].sort_values("position")
    assert list(zip(found["kind"], found["text"])) == EXPECTED[doc_id]["units"]
    assert found["position"].tolist() == list(range(1, len(found) + 1))
    assert found["start"].is_monotonic_increasing
    text = layouts.text(doc_id)
    for unit in found.itertuples():
        assert text[unit.start : unit.end] == unit.text


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_mentions(layouts, doc_id):
    found = rows(layouts.mentions, doc_id)
    assert list(zip(found["entity_id"], found["matched"], found["unit_kind"])) == EXPECTED[doc_id]["mentions"]
    text = layouts.text(doc_id)
    for m in found.itertuples():
        assert text[m.start : m.end] == m.matched


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_sightings(layouts, doc_id):
    found = rows(layouts.sightings, doc_id)
    got = [(s.kind, s.title, plain(s.published_date)) for s in found.itertuples()]
    assert got == EXPECTED[doc_id]["sightings"]
    publisher = layouts.documents.set_index("doc_id").loc[doc_id, "publisher"]
    assert (found["publisher"] == publisher).all()
    text = layouts.text(doc_id)
    for s in found.itertuples():
        if s.kind == "article":  # the span of its title unit (spec)
            assert text[s.start : s.end] == s.title
        else:
            # open in the spec: a glued listing item's span may be its whole line (as in
            # `news`), a teaser's its whole item (date line to read_more): it holds the title
            assert s.title in text[s.start : s.end]


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_findings(layouts, doc_id):
    found = layouts.quality[layouts.quality["doc_id"] == doc_id]
    assert set(found["code"]) == EXPECTED[doc_id]["findings"]
    for finding in found.itertuples():
        if finding.code in SEVERITY:
            assert finding.severity == SEVERITY[finding.code], finding.code


# --- News and sightings across pages -----------------------------------------------------------------


def news_of(layouts, sightings: set[tuple[str, str]]) -> pd.Series:
    """The one news row that the given sightings (doc_id, title) all belong to."""
    s = layouts.sightings
    ids = {
        news_id
        for doc_id, title in sightings
        for news_id in s.loc[(s["doc_id"] == doc_id) & (s["title"] == title), "news_id"]
    }
    assert len(ids) == 1, (sightings, ids)
    (news_id,) = ids
    assert len(s[s["news_id"] == news_id]) == len(sightings)
    return layouts.news.set_index("news_id").loc[news_id]


def test_every_sighting_is_in_one_expected_news_item(layouts):
    assert len(layouts.sightings) == sum(len(page["sightings"]) for page in EXPECTED.values()) == 12
    assert len(layouts.news) == len(NEWS) == 8
    assert layouts.news["news_id"].is_unique
    assert set(layouts.sightings["news_id"]) == set(layouts.news["news_id"])


@pytest.mark.parametrize("item", NEWS, ids=lambda item: sorted(item["sightings"])[0][1][:30])
def test_news_items(layouts, item):
    news = news_of(layouts, item["sightings"])
    assert news["kind"] == item["kind"]
    assert news["published_date"] == item["published_date"]
    assert news["n_sightings"] == len(item["sightings"])
    assert news["doc_id"] == item["doc_id"]
    # open in the spec: the order of the publishers in the joined string; compared as a set
    assert set(news["publishers"].split("; ")) == item["publishers"]


def test_news_of_an_article_takes_the_article_page_title(layouts):
    # open in the spec: a news item with an article sighting is titled as on the article page
    # (its doc_id's page), not as in a listing that points to it
    assert news_of(layouts, NEWS[0]["sightings"])["title"] == SHARED_TITLE
    assert news_of(layouts, NEWS[1]["sightings"])["title"] == UNKNOWN_TITLE
    assert news_of(layouts, NEWS[2]["sightings"])["title"] == LIBRARY


def test_listing_item_url_is_the_article_address(layouts):
    news = news_of(layouts, NEWS[1]["sightings"])
    assert news["url"] == AGREEMENT_URL
    source = layouts.documents.set_index("doc_id").loc[UNKNOWN, "source_url"]
    assert source == AGREEMENT_URL


def test_first_publisher(layouts):
    # open in the spec: the publisher of the sighting with the earliest published date
    # (undated sightings only when none is dated). The SharePoint copy of the shared article
    # is undated (it shows only a modified date), so Metropolia's dated copy is the first.
    expected = [METROPOLIA, LAUREA, LAUREA, METROPOLIA, AMK3, AMK3, AMK3, HAAGA_HELIA]
    got = [news_of(layouts, item["sightings"])["first_publisher"] for item in NEWS]
    assert got == expected


def test_a_modified_date_never_fills_a_publication_date(layouts):
    doc = layouts.documents.set_index("doc_id").loc[SHAREPOINT]
    assert pd.isna(doc["published_date"]) and doc["modified_date"] == day("2016-07-04")
    assert news_of(layouts, NEWS[0]["sightings"])["published_date"] != day("2016-07-04")


def test_no_date_message_says_whether_a_modified_date_was_found(layouts):
    q = layouts.quality[layouts.quality["code"] == "no_date"].set_index("doc_id")["message"]
    assert set(q.index) == {SHAREPOINT, UNKNOWN}
    assert "modified" in q[SHAREPOINT].lower()
    assert q[SHAREPOINT] != q[UNKNOWN]  # one page has a modified date, the other none


def test_teaser_text_is_never_the_articles(layouts):
    found = rows(layouts.mentions, TYPO3)
    article = found[found["unit_kind"].isin({"title", "subtitle", "paragraph", "list_item", "image_alt"})]
    assert "laurea" not in set(article["entity_id"])
    units = layouts.units[layouts.units["doc_id"] == TYPO3]
    paragraphs = units.loc[units["kind"] == "paragraph", "text"]
    assert not paragraphs.str.contains("Laurea").any()


# --- Whole-corpus properties -------------------------------------------------------------------------

IMG = re.compile(r"<img\b[^>]*>")
GLUED = re.compile(r"\S<img\b")  # a SharePoint listing line: text, then an image tag


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_units_and_markup_cover_every_line(layouts, doc_id):
    """Furniture stays as units, so every line of a page reaches a unit; outside the units
    there is only white space, image markup, list markers and the glued parts of a
    listing line (URL fragment, timestamp, repeated title)."""
    text = layouts.text(doc_id)
    units = layouts.units[layouts.units["doc_id"] == doc_id].sort_values("start")
    covered = [False] * len(text)
    end = 0
    for unit in units.itertuples():
        assert text[unit.start : unit.end] == unit.text
        assert unit.start >= end, "units overlap"
        end = unit.end
        covered[unit.start : unit.end] = [True] * (unit.end - unit.start)
    for tag in IMG.finditer(text):
        covered[tag.start() : tag.end()] = [True] * (tag.end() - tag.start())
    pos = 0
    for line in text.split("\n"):
        start, stop = pos, pos + len(line)
        pos = stop + 1
        if not line.strip():
            continue
        assert any(u.start < stop and u.end > start for u in units.itertuples()), f"line not in any unit: {line!r}"
        if GLUED.search(line):
            continue
        if line.lstrip().startswith("- "):
            lead = start + len(line) - len(line.lstrip())
            covered[lead : lead + 2] = [True, True]
        left = [text[i] for i in range(start, stop) if not covered[i] and not text[i].isspace()]
        assert not left, f"text outside every unit: {''.join(left)!r} in {line!r}"


def test_no_title_subtitle_or_paragraph_is_a_navigation_label(layouts):
    units = layouts.units[layouts.units["kind"].isin({"title", "subtitle", "paragraph"})]
    assert not units["text"].str.strip().str.lower().isin(NAVIGATION_LABELS).any()
    for column in ("title", "subtitle"):
        values = layouts.documents[column].dropna().str.strip().str.lower()
        assert not values.isin(NAVIGATION_LABELS).any()


def test_unit_kinds_are_the_specs(layouts):
    assert set(layouts.units["kind"]) <= TEXT_KINDS | FURNITURE_KINDS


def test_furniture_is_not_searched_except_tags(layouts):
    kinds = set(layouts.mentions["unit_kind"])
    assert kinds <= TEXT_KINDS | {"tags"}


def test_tag_mentions_are_counted_apart(layouts):
    inst = layouts.institutions.set_index("institution_id")
    # SharePoint tag line + Drupal glued tag line: each names all three once
    assert inst["mentions_tags"].to_dict() == {"haaga-helia": 2, "laurea": 2, "metropolia": 2}


def test_finnish_project_list_and_declared_count(layouts):
    doc = layouts.documents.set_index("doc_id").loc[DRUPAL]
    assert (doc["declared_projects"], doc["listed_projects"]) == (7, 7)  # "seitsemän kehityshanketta"
    listed = layouts.projects[layouts.projects["doc_id"] == DRUPAL].sort_values("position")
    assert listed["project_id"].tolist() == [entity_id for entity_id, _, kind in EXPECTED[DRUPAL]["mentions"]
                                             if kind == "list_item"]
    # open in the spec: whether `name` is the reference name or the variant written on the
    # page ("EduExellence"); either way the span points at what the page wrote
    written = [text for kind, text in EXPECTED[DRUPAL]["units"] if kind == "list_item"]
    text = layouts.text(DRUPAL)
    assert [text[p.start : p.end] for p in listed.itertuples()] == written


@pytest.mark.parametrize(
    "table, column, dtype",
    [
        ("dates", "timestamp", "datetime64[us, Europe/Helsinki]"),
        ("dates", "date", "period[D]"),
        ("dates", "role", "category"),
        ("dates", "clue", "category"),
        ("dates", "precision", "category"),
        ("dates", "text", "string"),
        ("dates", "start", "int64"),
        ("documents", "layout", "string"),
        ("documents", "language", "string"),
        ("documents", "published_date", "period[D]"),
        ("documents", "modified_date", "period[D]"),
        ("documents", "published_clue", "string"),
        ("news", "kind", "category"),
        ("news", "published_date", "period[D]"),
        ("sightings", "kind", "category"),
        ("sightings", "published_date", "period[D]"),
    ],
)
def test_new_column_dtypes(layouts, table, column, dtype):
    assert str(getattr(layouts, table)[column].dtype) == dtype


def test_summer_time_offset_of_a_listing_timestamp(layouts):
    row = rows(layouts.dates, SHAREPOINT).iloc[0]
    assert row["timestamp"].isoformat() == "2016-06-01T00:00:00+03:00"


# --- The bundled corpus keeps what it had --------------------------------------------------------------


def test_bundled_page_keeps_its_title():
    corpus = analysis.load_corpus()
    doc = corpus.documents.iloc[0]
    assert doc["title"] == "Haaga-Helia,Laurea and Metropolia co-operation"
    assert doc["layout"] == "laurea_sharepoint"  # Laureaimages image, glued listing lines
    # its two listing timestamps (DESIGN.md): midnight in Helsinki, in winter and in summer time
    listing = corpus.dates[corpus.dates["role"] == "listing"]
    assert listing["date"].tolist() == [day("2016-11-28"), day("2016-10-05")]
    assert set(listing["clue"]) == {"listing_timestamp"} and set(listing["precision"]) == {"day"}
    assert pd.isna(doc["published_date"])


# --- The expected tables against the pages themselves (no reader involved) ------------------------------


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_expected_tables_are_read_off_the_page(doc_id):
    """A check of the hand-written tables above: every expected unit text stands in the
    page in the order given, every expected mention in its unit in order, every date text
    in a date line unit."""
    page, expected = raw(doc_id), EXPECTED[doc_id]
    pos, starts = 0, []
    for kind, text in expected["units"]:
        at = page.find(text, pos)
        assert at >= 0, (kind, text)
        starts.append((at, at + len(text)))
        pos = at + len(text)
    line_start = 0
    for line in page.split("\n"):  # no line of the page is left out of the expected units
        line_end = line_start + len(line)
        if line.strip():
            assert any(s < line_end and e > line_start for s, e in starts), line
        line_start = line_end + 1
    units = expected["units"]
    searched = [text for kind, text in units if kind in TEXT_KINDS | {"tags"}]
    kinds = [kind for kind, text in units if kind in TEXT_KINDS | {"tags"}]
    unit, at = 0, 0
    for entity_id, matched, kind in expected["mentions"]:
        while unit < len(searched) and (kinds[unit] != kind or searched[unit].find(matched, at) < 0):
            unit, at = unit + 1, 0
        assert unit < len(searched), (entity_id, matched, kind)
        at = searched[unit].find(matched, at) + len(matched)
    date_lines = [text for kind, text in units if kind == "date_line"]
    for row in expected["dates"]:
        if row[4] != "listing_timestamp":
            assert any(line.endswith(row[5]) for line in date_lines), row
    assert [text for kind, text in units if kind == "title"] == [expected["document"]["title"]]
