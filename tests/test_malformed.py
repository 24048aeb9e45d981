"""A suite of malformed pages: each case names the finding it must give and what must
still parse around it. The pages are built from one well-formed template."""

import pytest

from analysis.read.page import parse_page

# a dated article, so that the findings below are the broken line's alone
HEAD = "<img alt=\"Lead\" src=\"/lead.jpg\" />\n\nA Title\n\nA subtitle\n\nA paragraph.\n\nPublished 1.6.2020\n\n"
IMG = '<img alt="Pic" src="/p.jpg" />'
GOOD = f"Good news, today,-today.aspx2020-05-31T21:00:00Z{IMG}Good news, today"


def page_with(*lines: str) -> str:
    return HEAD + "\n".join(lines)


def codes(page):
    return sorted(f.code for f in page.findings)


def good_item_intact(page):
    """The well-formed item beside the broken one still parses in full."""
    good = [i for i in page.sightings if i.title == "Good news, today"]
    assert len(good) == 1
    item = good[0]
    assert item.url_slug == "Good-news,-today.aspx" and item.timestamp == "2020-05-31T21:00:00Z"
    assert item.published_utc.isoformat() == "2020-05-31T21:00:00+00:00"


# (case id, the broken line, the finding codes expected, the number of items expected)
CASES = [
    ("month-13", f"Bad, bad,-bad.aspx2016-13-45T25:00:00Z{IMG}Bad, bad", ["invalid_timestamp"], 2),
    ("february-30", f"Bad, bad,-bad.aspx2016-02-30T10:00:00Z{IMG}Bad, bad", ["invalid_timestamp"], 2),
    ("hour-24", f"Bad, bad,-bad.aspx2016-02-03T24:00:00Z{IMG}Bad, bad", ["invalid_timestamp"], 2),
    ("minute-60", f"Bad, bad,-bad.aspx2016-02-03T10:60:00Z{IMG}Bad, bad", ["invalid_timestamp"], 2),
    ("fragment-no-timestamp", f"Bad, one,-one.aspx{IMG}Bad, one", ["missing_timestamp"], 2),
    ("timestamp-no-fragment", f"Bad2016-02-03T10:00:00Z{IMG}Bad", ["missing_url_fragment"], 2),
    ("neither", f"Bad{IMG}Bad", ["missing_timestamp", "missing_url_fragment"], 2),
    ("repeat-differs", f"Bad, one,-one.aspx2016-02-03T10:00:00Z{IMG}Other", ["title_repeat_mismatch"], 2),
    ("repeat-missing", f"Bad, one,-one.aspx2016-02-03T10:00:00Z{IMG}", ["title_repeat_mismatch"], 2),
    ("repeat-longer", f"Bad,-bad.aspx2016-02-03T10:00:00Z{IMG}Bad,-bad.aspx2016-02-03T10:00:00Z and more", ["missing_url_fragment", "title_repeat_mismatch"], 2),
    ("fragment-unverified", f"Bad, one,-two.aspx2016-02-03T10:00:00Z{IMG}Bad, one", ["unverified_url_fragment"], 2),
    ("single-quotes", "Bad, bad,-bad.aspx2016-02-03T10:00:00Z<img alt='Q' src='/q.jpg' />Bad, bad", [], 2),
    ("img-no-alt", "Bad, bad,-bad.aspx2016-02-03T10:00:00Z<img src=\"/q.jpg\" />Bad, bad", ["image_without_alt"], 2),
    ("img-no-src", "Bad, bad,-bad.aspx2016-02-03T10:00:00Z<img alt=\"Q\" />Bad, bad", ["image_without_src"], 2),
    ("img-bare", "Bad, bad,-bad.aspx2016-02-03T10:00:00Z<img>Bad, bad", ["image_without_alt", "image_without_src"], 2),
    ("img-unclosed", "Bad,-bad.aspx2016-02-03T10:00:00Z<img alt=\"Q\" src=\"/q.jpg\"", ["unclosed_img_tag"], 1),
    ("img-unclosed-alone", '<img src="/q.jpg"', ["unclosed_img_tag"], 1),
    ("img-uppercase", "Bad, bad,-bad.aspx2016-02-03T10:00:00Z<IMG ALT=\"Q\" SRC=\"/q.jpg\">Bad, bad", [], 2),
    ("entity-amp", f"R&amp;D news,-news.aspx2016-02-03T10:00:00Z{IMG}R&amp;D news", ["unverified_url_fragment"], 2),
    ("entity-quot", f"&quot;Quoted&quot;{IMG}&quot;Quoted&quot;", ["missing_timestamp", "missing_url_fragment"], 2),
    ("whitespace-before-img", f"Bad, bad,-bad.aspx2016-02-03T10:00:00Z  {IMG}  Bad, bad  ", [], 2),
    ("timestamp-lowercase-z", f"Bad, bad,-bad.aspx2016-02-03T10:00:00z{IMG}Bad, bad", ["missing_timestamp", "unverified_url_fragment"], 2),
    ("timestamp-with-offset", f"Bad, bad,-bad.aspx2016-02-03T10:00:00+02:00{IMG}Bad, bad", ["missing_timestamp", "unverified_url_fragment"], 2),
    ("two-images", f"Bad, bad,-bad.aspx2016-02-03T10:00:00Z{IMG}Bad, bad{IMG}", ["title_repeat_mismatch"], 2),
    ("empty-alt-and-src", "Bad, bad,-bad.aspx2016-02-03T10:00:00Z<img alt=\"\" src=\"\" />Bad, bad", [], 2),
    ("item-crlf", f"Bad, bad,-bad.aspx2016-02-03T10:00:00Z{IMG}Bad, bad\r", [], 2),
    ("year-zero", f"Bad, bad,-bad.aspx0000-01-01T00:00:00Z{IMG}Bad, bad", ["invalid_timestamp"], 2),
    ("leap-day-ok", f"Bad, bad,-bad.aspx2016-02-29T10:00:00Z{IMG}Bad, bad", [], 2),
    ("not-leap-year", f"Bad, bad,-bad.aspx2015-02-29T10:00:00Z{IMG}Bad, bad", ["invalid_timestamp"], 2),
    ("fragment-no-aspx", f"Bad, one,-one{IMG}Bad, one", ["missing_timestamp", "unverified_url_fragment"], 2),
    ("finnish-title", f"Yrittäjyys, ääni,-ääni.aspx2016-02-03T10:00:00Z{IMG}Yrittäjyys, ääni", [], 2),
    ("hostile-title", f"<b>x</b>,-x.aspx{IMG}<b>x</b>", ["missing_timestamp", "unverified_url_fragment"], 2),
]


@pytest.mark.parametrize("line, expected, n_items", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_listing_line(line, expected, n_items):
    text = page_with(line, GOOD)
    page = parse_page(text)
    assert codes(page) == sorted(expected)
    assert len(page.sightings) == n_items
    good_item_intact(page)
    # the article around it is untouched
    assert [u.text for u in page.units[:4]] == ["Lead", "A Title", "A subtitle", "A paragraph."]
    # every finding points into the page, and the spans still cover every character once
    for f in page.findings:
        assert f.start is None or 0 <= f.start <= f.end <= len(text)
    assert "".join(text[s:e] for _, s, e in page.spans) == text
    for u in page.units:
        assert text[u.start : u.end] == u.text


def test_there_are_at_least_thirty_cases():
    assert len({c[0] for c in CASES}) >= 30


def test_entities_are_unescaped_for_display_and_spans_stay_exact():
    text = page_with(f"R&amp;D &quot;news&quot;{IMG}R&amp;D &quot;news&quot;")
    page = parse_page(text)
    (item,) = page.sightings
    assert item.title == 'R&D "news"'
    assert text[item.title_start : item.title_end] == "R&amp;D &quot;news&quot;"
    unit = [u for u in page.units if u.kind == "news_title"][0]
    assert unit.text == "R&amp;D &quot;news&quot;"  # units stay verbatim


def test_single_quoted_attributes_are_read():
    page = parse_page(page_with("Bad, bad,-bad.aspx2016-02-03T10:00:00Z<img alt='Q' src='/q.jpg' />Bad, bad"))
    assert (page.sightings[0].image.alt, page.sightings[0].image.src) == ("Q", "/q.jpg")


def test_unclosed_img_keeps_the_text_before_it():
    text = page_with('A sentence then <img src="/q.jpg"')
    page = parse_page(text)
    assert page.units[-1].text == "A sentence then"
    assert codes(page) == ["unclosed_img_tag", "unknown_layout"]  # no listing line: no site's layout
    (finding,) = page.findings[:1]
    assert text[finding.start : finding.end] == '<img src="/q.jpg"'


def test_unparsed_residue_is_a_finding_with_its_span():
    from analysis.read.page import partition

    text = "abc  def"
    spans = partition(text, [("title", 0, 3)])
    assert spans == [("title", 0, 3), ("residue", 3, 8)]
    assert partition("ab \n", [("title", 0, 2)]) == [("title", 0, 2), ("whitespace", 2, 4)]


def test_page_of_only_whitespace_and_junk():
    page = parse_page("   \n\t\n")
    assert [k for k, *_ in page.spans] == ["whitespace"]
    assert codes(page) == ["missing_title"]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Title\n\n1.1.0001 klo 0.30\n\nSome text.\n", "invalid_date"),  # before year 1 in UTC
        ("Foo9999-12-31T23:00:00Z<img src=\"/a.jpg\" alt=\"x\">Foo\n", "invalid_timestamp"),  # after 9999 in Helsinki
    ],
)
def test_a_date_at_the_edge_of_the_calendar_is_a_finding_not_a_crash(text, code):
    page = parse_page(text)
    assert page.date("published") is None and code in [f.code for f in page.findings]


@pytest.mark.parametrize(
    "above",
    ["<script>\nwindow.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\n</script>",
     "<title>Laurea-ammattikorkeakoulu</title>", "<!-- googleoff: index -->", '<div class="laurea-news">',
     '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2019-03-12", "publisher": "Laurea"}',
     "<style>\n.metropolia-theme { color: red }\n</style>"],
)
def test_markup_the_scraper_left_is_no_text_and_a_finding_says_so(above):
    text = f"{above}\nYhteistyö syvenee\n\n12.3.2019\n\nHaaga-Helia ja Metropolia kehittävät palveluja yhdessä.\n"
    page = parse_page(text)
    n = above.count("\n") + 1
    assert [u.kind for u in page.units] == ["markup"] * n + ["title", "date_line", "paragraph"]
    assert page.first("title").text == "Yhteistyö syvenee" and [d.day.isoformat() for d in page.dates] == ["2019-03-12"]
    (finding,) = [f for f in page.findings if f.code == "markup"]
    assert (finding.severity, finding.start) == ("warning", 0) and finding.message.startswith(f"{n} line(s) of HTML markup or code")
    assert "residue" not in {kind for kind, _, _ in page.spans}


def test_a_page_of_markup_alone_has_no_title_and_says_why():
    page = parse_page('<html>\n<head>\n<title>Laurea</title>\n<meta charset="utf-8">\n</head>\n<body>\n<div class="news"></div>\n</body>\n')
    assert {u.kind for u in page.units} == {"markup"} and page.first("title") is None
    assert {"markup", "missing_title"} <= {f.code for f in page.findings}


@pytest.mark.parametrize(
    "line",
    ["Laurea and <b>Metropolia</b> work together", "a < b and c > d", "<img alt=\"x\" src=\"/a.jpg\" />",
     "<strong>Laurea, Haaga-Helia and Metropolia</strong> signed a new agreement.", "<p>Laurea ja Metropolia sopivat.</p>",
     "<10 % of the students", "<Edellinen uutinen", "<3 Laurea"],
)
def test_text_beside_its_tags_or_an_image_is_no_markup(line):
    page = parse_page(f"Title\n\n{line}\n")
    assert "markup" not in {u.kind for u in page.units} and "markup" not in {f.code for f in page.findings}


def test_a_headline_in_its_tags_is_still_the_title():
    page = parse_page("<h1>Laurea ja Metropolia sopivat</h1>\n\nJulkaistu 12.3.2019\n\nKorkeakoulut sopivat yhteistyöstä.\n")
    assert page.first("title").text == "<h1>Laurea ja Metropolia sopivat</h1>" and [d.day.isoformat() for d in page.dates] == ["2019-03-12"]


def test_a_script_never_closed_ends_at_a_blank_line():
    page = parse_page("Sopimus allekirjoitettiin\n\nJulkaistu 12.3.2019\n\n<script>window.dataLayer = window.dataLayer || [];\n"
                      "gtag('js', new Date());\n\nLaurea ja Metropolia allekirjoittivat sopimuksen yhteisistä opinnoista.\n")
    assert [u.kind for u in page.units] == ["title", "date_line", "markup", "markup", "paragraph"] and page.is_article()


@pytest.mark.parametrize(
    "title", ["404 – Sivua ei löytynyt", "Page not found", "Error 404", "Access denied", "Kirjaudu sisään jatkaaksesi",
              "Oops! That page can’t be found.", "Sidan hittades inte"],
)
def test_an_error_or_log_in_page_is_no_article_and_a_finding_says_so(title):
    page = parse_page(f"Laurea\n\n{title}\n\nHakemaasi sivua ei löytynyt. Palaa Laurean etusivulle.\n")
    assert not page.is_article() and "no_date" not in {f.code for f in page.findings}
    (finding,) = [f for f in page.findings if f.code == "error_page"]
    assert finding.severity == "warning" and title in finding.message


@pytest.mark.parametrize(
    "title",
    ["Laurea avaa 404 uutta aloituspaikkaa", "Forbidden fruits of cooperation", "500 new students start their studies at Metropolia",
     "404 students graduated from Haaga-Helia", "Access denied: why students still struggle on campus", "Smoking on campus is now forbidden",
     "Sign in to continue your studies: Laurea's new open path", "Error 404: what every web designer should know"],
)
def test_a_headline_with_a_number_or_word_of_an_error_is_an_article(title):
    page = parse_page(f"{title}\n\nLaurea ja Metropolia lisäävät aloituspaikkoja.\n")
    assert page.is_article() and "error_page" not in {f.code for f in page.findings}


def test_a_script_never_closed_ends_at_a_line_without_a_mark_of_code():
    page = parse_page('<script type="text/javascript">\nvar x = 1;\nLaurea ja Metropolia sopivat\n\nJulkaistu 12.3.2019\n\nKorkeakoulut sopivat yhteistyöstä.\n')
    assert [u.kind for u in page.units] == ["markup", "markup", "title", "date_line", "paragraph"]
    assert [d.day.isoformat() for d in page.dates] == ["2019-03-12"]
