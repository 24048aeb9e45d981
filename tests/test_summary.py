import dataclasses
import html
import re
from pathlib import Path

import pandas as pd
import pytest
from expected import PROJECTS

import analysis
from analysis.analyse.coding import sentence_span
from analysis.analyse.summary import NewsEntry, Publisher
from analysis.present.render import PartnershipSummary, _md
from analysis.read.records import FURNITURE_KINDS
from analysis.synthetic import generate_mixed_corpus

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
    assert "<h2>1 page from 1 publisher</h2>" in page
    assert "Partnership summary" not in page  # the notebook's own title, not repeated
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
    assert md.startswith("## 1 page from 1 publisher\n") and "Partnership summary" not in md
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
    assert [a.sentences for a in summary.categories] == [1, 2, 1, 1, 1, 2, 2]
    assert [a.pages for a in summary.categories] == [1] * 7
    mobility = aims["student mobility"].quotes
    assert len(mobility) == 1 and mobility[0].text.startswith("The institutions have began developing measures")
    assert (mobility[0].start, mobility[0].end) == (399, 641)
    # one term each, one page: the shorter first
    assert [q.text for q in aims["working life"].quotes] == [
        "Työelämälähtöisyys 9.0",
        "To this end, the institutions are focusing on a strategic partnership that will benefit both students and employers.",
    ]
    for aim in summary.categories:
        for q in aim.quotes:
            assert raw[q.start : q.end] == q.text


def test_aims_are_in_the_html_and_markdown(summary):
    page, md = summary.to_html(), summary.to_markdown()
    assert "<h3>Strategic aims</h3>" in page and "### Strategic aims" in md
    assert "<h4>regional skills needs</h4>" in page and '<strong class="tally">4 matches in 2 sentences on 1 page</strong>' in page
    assert '<span class="where">000_36f8903d6715eed6, characters 1155–1271</span>' in page
    assert "<cite>Haaga-Helia,Laurea and Metropolia co-operation</cite>" in page
    assert "- **research funding**: Getting research and project money, national or global, more efficiently. 1 match in 1 sentence on 1 page." in md


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
        assert "7 pages from 4 publishers" in text and "Partnership summary" not in text
        # the first file's (a tag page's) title is no heading; a quote from that page may cite it
        assert [h or md for h, md in re.findall(r"<h2>(.*?)</h2>|^## (.*)$", text, re.M)] == ["7 pages from 4 publishers"]
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
    # not republished_article: its sentences say word for word what laurea_sharepoint_article's do, quoted once
    assert quoted == {"3amk_listing", "haaga_helia_drupal_article", "laurea_sharepoint_article", "metropolia_typo3_article"}
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


# --- aims at scale: three telling quotes each, every sentence once, marked, bounded ---------


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    generate_mixed_corpus(folder, 300, seed=1)
    corpus = analysis.load_corpus(folder, progress=False)
    return corpus, analysis.partnership_summary(corpus)


@pytest.fixture(params=["bundled", "layouts", "mixed"])
def each(request, corpus, layouts, mixed):
    return {"bundled": (corpus, analysis.partnership_summary(corpus)), "layouts": layouts, "mixed": mixed}[request.param]


def independent(corpus):
    """From `code_units` and `sentence_span` alone: the matches, and per category its
    sentences as (doc_id, start of the sentence in the page)."""
    matches, _ = analysis.code_units(corpus, corpus.codebook)
    units = corpus.units.set_index("unit_id")
    sentences = {}
    for m in matches.itertuples():
        text, start = units.at[m.unit_id, "text"], units.at[m.unit_id, "start"]
        lo, _ = sentence_span(text, m.start - start, m.end - start)
        sentences.setdefault(m.category, set()).add((m.doc_id, start + lo))
    return matches, sentences


def sentence_of(corpus, quote):
    """The (doc_id, sentence start) a quote is taken from."""
    units = corpus.units
    unit = units[(units["doc_id"] == quote.doc_id) & (units["start"] <= quote.start) & (units["end"] >= quote.end)].iloc[0]
    lo, _ = sentence_span(unit["text"], quote.start - unit["start"], quote.end - unit["start"])
    return quote.doc_id, unit["start"] + lo


def all_quotes(summary):
    return [(c, q) for c in summary.categories for q in c.quotes]


def test_counts_are_those_of_code_units(each):
    corpus, summary = each
    matches, sentences = independent(corpus)
    for aim in summary.categories:
        found = matches[matches["category"] == aim.category]
        assert (aim.count, aim.sentences, aim.pages) == (len(found), len(sentences.get(aim.category, ())), found["doc_id"].nunique())
        assert aim.tally in summary.to_html() and aim.tally in summary.to_markdown()


def test_at_most_three_quotes_an_aim_and_a_true_count_of_the_rest(each):
    corpus, summary = each
    _, sentences = independent(corpus)
    quoted = {sentence_of(corpus, q) for _, q in all_quotes(summary)}
    page = summary.to_html()
    for aim in summary.categories:
        assert len(aim.quotes) <= 3
        more = len(sentences.get(aim.category, set()) - quoted)  # stated nowhere in the summary
        assert aim.more == more
        block = page[page.index(f"<h4>{aim.label}</h4>") :].split("</div>")[0]
        assert block.count("<blockquote>") == len(aim.quotes)
        assert (f"and {more:,} more sentence{'s' * (more != 1)}" in block) == bool(more)


def test_the_mixed_corpus_fills_every_aim(mixed):
    """What makes the checks above bite: every aim has three quotes and more sentences."""
    _, summary = mixed
    assert all(len(aim.quotes) == 3 and aim.more > 0 for aim in summary.categories)
    assert any(q.also for _, q in all_quotes(summary))


def test_no_sentence_is_quoted_twice_and_each_names_all_its_aims(each):
    corpus, summary = each
    _, sentences = independent(corpus)
    labels = {c.name: c.label for c in corpus.codebook.categories}
    keys = [sentence_of(corpus, q) for _, q in all_quotes(summary)]
    assert len(keys) == len(set(keys))
    texts = [" ".join(q.text.split()).casefold() for _, q in all_quotes(summary)]
    assert len(texts) == len(set(texts))  # nor the same words from another page
    for (aim, quote), key in zip(all_quotes(summary), keys):
        stated = {labels[name] for name, found in sentences.items() if key in found}
        assert aim.label in stated
        assert list(quote.also) == [label for label in labels.values() if label in stated - {aim.label}]
        assert summary.to_html().count(f"{quote.doc_id}, characters {quote.start}–{quote.end}<") == 1


def test_the_sentence_of_several_aims_is_quoted_once_with_them_all(summary):
    aims = {a.label: a for a in summary.categories}
    (quote,) = aims["student mobility"].quotes
    assert quote.also == ("entrepreneurship education", "innovation with SMEs", "regional skills needs")
    assert aims["innovation with SMEs"].quotes == () and aims["innovation with SMEs"].quoted_elsewhere == 1
    page, md = summary.to_html(), summary.to_markdown()
    assert page.count("The institutions have began developing measures") == 1
    assert md.count("The institutions have began developing measures") == 1
    assert "also: entrepreneurship education, innovation with SMEs, regional skills needs</span>" in page
    assert '1 sentence quoted under another aim (marked “also: innovation with SMEs”)' in page


def merged_spans(matches, doc_id, start, end):
    """The matched spans of a page within [start, end), overlapping ones joined."""
    found = matches[(matches["doc_id"] == doc_id) & (matches["start"] < end) & (matches["end"] > start)]
    spans = []
    for lo, hi in sorted((max(s, start), min(e, end)) for s, e in zip(found["start"], found["end"])):
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def test_marks_are_exactly_around_the_matched_words(each):
    corpus, summary = each
    matches, _ = independent(corpus)
    shown = re.findall(r"<blockquote><p>(.*?)</p>", summary.to_html())
    assert len(shown) == len(all_quotes(summary))
    for (_, quote), text in zip(all_quotes(summary), shown):
        page = corpus.text(quote.doc_id)
        assert page[quote.start : quote.end] == quote.text
        spans = merged_spans(matches, quote.doc_id, quote.start, quote.end)
        assert [(quote.start + a, quote.start + b) for a, b in quote.marks] == spans
        assert re.findall("<mark>(.*?)</mark>", text) == [html.escape(page[a:b]) for a, b in spans]
        unmarked = text.replace("<mark>", "").replace("</mark>", "")
        assert unmarked == "…" * quote.cut[0] + html.escape(quote.text) + "…" * quote.cut[1]


def test_markdown_quotes_the_same_with_bold_marks(each):
    corpus, summary = each
    md = summary.to_markdown()
    for aim, quote in all_quotes(summary):
        where = f"{_md(quote.doc_id)}, characters {quote.start}–{quote.end}"
        (line,) = [line for line in md.splitlines() if where in line]
        assert line.count("**") == 2 * len(quote.marks)
        for a, b in quote.marks:
            assert f"**{_md(quote.text[a:b])}**" in line
    for aim in summary.categories:
        assert aim.tally in md
        if aim.more:
            assert f"and {aim.more:,} more sentence" in md


def test_page_text_in_a_quote_is_escaped(make_corpus):
    root = make_corpus(a="Escaping\n\nWe say <script>alert(1)</script> & more on student mobility & R*D_ here.\n")
    summary = analysis.partnership_summary(analysis.load_corpus(root, cache=False))
    page, md = summary.to_html(), summary.to_markdown()
    assert "<script" not in page and "<script" not in md
    assert "We say &lt;script&gt;alert(1)&lt;/script&gt; &amp; more on <mark>student mobility</mark> &amp; R*D_ here." in page
    assert "We say &lt;script&gt;alert(1)&lt;/script&gt; &amp; more on **student mobility** &amp; R\\*D\\_ here." in md


def test_a_sentence_of_a_megabyte_gives_a_short_quote(make_corpus):
    words = " ".join(f"word{i}" for i in range(60_000))  # no end mark: one sentence of about 1 MB
    root = make_corpus(a=f"A big page\n\nIntro.\n\n{words} student mobility {words}\n")
    corpus = analysis.load_corpus(root, cache=False)
    summary = analysis.partnership_summary(corpus)
    (quote,) = next(a for a in summary.categories if a.label == "student mobility").quotes
    assert len(quote.text) < 600 and quote.cut == (True, True)
    assert corpus.text("a")[quote.start : quote.end] == quote.text and "student mobility" in quote.text
    assert len(summary.to_html()) < 20_000 and len(summary.to_markdown()) < 20_000


def test_aims_by_publisher_and_year_only_where_there_are_several(summary, layouts):
    assert summary.aim_tables == ()
    assert "Aims by" not in summary.to_html() and "Aims by" not in summary.to_markdown()
    corpus, several = layouts
    matches, _ = analysis.code_units(corpus, corpus.codebook)
    docs = corpus.documents.set_index("doc_id")
    by_publisher, by_year = several.aim_tables
    assert (by_publisher.by, by_year.by) == ("Publisher", "Year of publication")
    for group, pages, counts in by_publisher.rows:
        assert pages == (docs["publisher"] == group).sum()
        stated = matches[matches["doc_id"].map(docs["publisher"]) == group]
        assert counts == tuple(stated.loc[stated["category"] == name, "doc_id"].nunique() for name in corpus.codebook.names)
    assert [(group, pages) for group, pages, _ in by_year.rows] == [
        ("2015", 1), ("2016", 2), ("2020", 1), ("no publication date", 3)
    ]
    for text in (several.to_html(), several.to_markdown()):
        assert "Aims by publisher" in text and "Aims by year of publication" in text
    one_year = corpus.documents.assign(published_date=corpus.documents["published_date"].where(
        corpus.documents["published_date"].isna(), pd.Period("2016-01-01", "D")
    ))
    tables = analysis.partnership_summary(dataclasses.replace(corpus, documents=one_year)).aim_tables
    assert [t.by for t in tables] == ["Publisher"]


def test_news_lists_are_capped_and_say_so(mixed):
    corpus, summary = mixed
    dated = corpus.news.dropna(subset=["published_date"]).sort_values(["published_date", "title"], kind="stable")
    undated = corpus.news[corpus.news["published_date"].isna()]
    assert len(dated) > 20 and len(undated) > 20  # else nothing is capped
    assert [n.title for n in summary.dated_news] == list(dated["title"].tail(20))
    assert [n.title for n in summary.undated_news] == list(undated["title"].head(20))
    assert (summary.dated_news_more, summary.undated_news_more) == (len(dated) - 20, len(undated) - 20)
    for text in (summary.to_html(), summary.to_markdown()):
        assert f"The 20 most recent of {len(dated):,} dated news items; the {len(dated) - 20:,} earlier ones are" in text
        assert f"The first 20 of {len(undated):,} undated news items; the other {len(undated) - 20:,} are in" in text
    assert f"{len(dated)} dated news, {len(undated)} undated)" in repr(summary)


def test_the_fragment_styles_itself_left_aligned_and_stays_small(summary, mixed):
    for page in (summary.to_html(), mixed[1].to_html()):
        (style,) = re.findall(r"<style>(.*?)</style>", page, re.S)
        selectors = [s.strip() for rule in re.findall(r"([^{}]+)\{", style) for s in rule.split(",")]
        assert selectors and all(s.startswith("section.partnership-summary ") for s in selectors)
        assert (
            "section.partnership-summary td,section.partnership-summary th"
            "{text-align:left !important;vertical-align:top !important;overflow-wrap:break-word !important}"
        ) in style  # "Helsinki" is never broken to widen another column
        assert not re.search(r"<script|@import|url\(|<link", page)
    assert len(mixed[1].to_html().encode()) < 150_000
