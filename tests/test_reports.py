"""The HTML reports: structure, offline viewing, and a real browser opening them."""

import re
from pathlib import Path

import pytest

import analysis
from browser import NO_TROUBLE, open_offline
from expected import PROJECTS
from analysis.analyse.facts import CorpusFacts
from analysis.present.report import NOTEBOOKS, index_html

@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    written = analysis.build_reports(out=out)
    assert [p.name for p in written] == [f"{n}.html" for n in NOTEBOOKS] + ["index.html"]
    return out


def assert_only_table_scripts(page: str) -> None:
    """The only scripts are the searchable tables' own: the DataTables bundle, embedded once
    by the report's header, and two small ones per table (show it, start it)."""
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", page, re.S)
    tables = len(re.findall(r'<table hidden="hidden" id="itables_', page))
    assert len(scripts) == 2 * tables + 2, (len(scripts), tables)
    assert all("itables" in body for body in scripts)


def read(reports, name):
    return (reports / f"{name}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_report_has_no_code_no_errors_and_no_network(reports, name):
    page = read(reports, name)
    assert "import analysis" not in page and "load_corpus(" not in page  # no input cells
    assert 'class="highlight hl-' not in page  # no highlighted source
    code_cells = re.findall(r'<div class="jp-Cell jp-CodeCell[^"]*"', page)
    assert code_cells and all("jp-mod-noInput" in c for c in code_cells)
    assert 'data-mime-type="application/vnd.jupyter.stderr"' not in page and "Traceback" not in page
    assert_only_table_scripts(page)
    # nothing is loaded from elsewhere: no src/href to http(s) but the news links (the
    # listed items and the bundled article page itself) and itables' help link
    external = re.findall(r'(?:src|href)="?(https?://[^" >]*)', page)
    assert all(url.startswith(("https://www.laurea.fi/en/", "https://itables.org/")) for url in external), external
    assert not re.findall(r'src="https?://', page)
    assert re.search(r"<link[^>]+stylesheet", page) is None


def test_timeline_report_embeds_both_figures_and_local_dates(reports):
    page = read(reports, "02_publication_timeline")
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', page)) == 1  # the counts are a table
    assert "<h1" in page and "Publication timeline" in page
    assert "2016-10-05" in page and "2016-11-28" in page
    assert "2016-10-04" not in page and "2016-11-27" not in page  # never the UTC day
    assert (
        "1 page: 0 with a publication date, 0 with a modified date only (shown as modified), 1 with no date (not shown)."
    ) in page
    assert "2 dated listing/teaser items shown, 1 undated not shown. 4 news items, 2 undated." in page
    assert "2 dated news items by local publication date (Europe/Helsinki); 2 undated items not shown." in page


def test_summary_report_holds_the_summary(reports):
    page = read(reports, "03_partnership_summary")
    assert "<h2>1 page from 1 publisher</h2>" in page
    assert "<tr><td>Laurea University of Applied Sciences</td><td>1</td><td>0</td><td>0</td><td>4</td></tr>" in page
    assert "7 listed, 7 declared ✓" in page
    for name in [*PROJECTS, "Haaga-Helia ammattikorkeakoulu", "Laurea-ammattikorkeakoulu", "Metropolia Ammattikorkeakoulu"]:
        assert name in page
    assert "<time>2016-10-05</time>" in page and "<time>2016-11-28</time>" in page
    assert "<h3>Strategic aims</h3>" in page and "<mark>global funding channels</mark> for research" in page


def test_content_analysis_report_shows_kwic_and_co_mentions(reports):
    page = read(reports, "04_content_analysis")
    # category totals, categories by publisher, co-mentions
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', page)) == 3
    assert "Keyword in context" in page and "aims.student_mobility" in page
    assert "Unit by category counts" not in page  # the notebook's unit x category matrix stays there


def test_index_has_a_card_per_report_with_its_figure(reports):
    page = (reports / "index.html").read_text(encoding="utf-8")
    cards = re.findall(r'<li class="card"><h2><a href="([^"]+)">([^<]+)</a></h2>\n<p class="figure">([^<]+)</p>\n<p>([^<]+)</p>', page)
    assert [(file, title, figure) for file, title, figure, _ in cards] == [
        ("01_corpus_overview.html", "Corpus overview", "18 text units and 4 news items (2 dated) were read from 1 page."),
        ("02_publication_timeline.html", "Publication timeline",
         "2 dated entries from 2016-10-05 to 2016-11-28; the busiest month is 2016-10 with 1 entry."),
        ("03_partnership_summary.html", "Partnership summary", "Haaga-Helia is named on 1 of 1 page."),
        ("04_content_analysis.html", "Content analysis",
         "The aim stated most is regional skills needs: 4 matches in 2 text units on 1 page."),
    ]
    assert all(what.endswith(".") for *_, what in cards)  # a line on what each shows
    assert page.count('class="card"') == len(NOTEBOOKS) and "Reports on the bundled corpus" in page
    assert re.search(r"<(link|script|img)\b", page) is None  # self-contained: styles inline, nothing fetched


def test_index_escapes_what_it_shows():
    facts = CorpusFacts("<script>alert(1)</script>", "/data/<b>", 1, 0, None, None, 1)
    page = index_html([("a.html", "<b>T</b>", "shows <i>x</i>", "1 & 2")], facts)
    assert "<script" not in page and "<b>T" not in page and "<i>" not in page
    assert "&lt;b&gt;T&lt;/b&gt;" in page and "1 &amp; 2" in page


def test_report_on_another_corpus(tmp_path, make_corpus):
    page = (
        "Another corpus title\n\nA subtitle\n\nThe two development projects are:\n- Alpha\n- Beta\n\n"
        'Laurea news, here,-here.aspx2020-03-28T23:00:00Z<img alt="" src="/a.jpg" />Laurea news, here\n'
    )
    root = make_corpus(a=page)
    written = analysis.build_reports(root, tmp_path / "out")
    summary = written[2].read_text(encoding="utf-8")
    assert "<h2>1 page, publisher unknown</h2>" in summary and "2 listed, 2 declared ✓" in summary
    assert "<li>Another corpus title <span" in summary  # the page is an undated news item, not the heading
    assert "<time>2020-03-29</time>" in summary  # 23:00 UTC is past midnight in Helsinki (EET)
    assert "Haaga-Helia,Laurea and Metropolia co-operation" not in summary


def test_an_empty_folder_is_refused_before_the_notebooks(tmp_path):
    (tmp_path / "pages").mkdir()  # a corpus folder with no pages: refused at once (see test_run.py)
    with pytest.raises(analysis.CorpusError, match=r"no pages: .* holds no \*\.txt files; put the pages in"):
        analysis.build_reports(tmp_path, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_reports_in_a_real_browser_offline(reports, browser):
    for name in [*NOTEBOOKS, "index"]:
        page, trouble = open_offline(browser, reports / f"{name}.html")
        images = page.eval_on_selector_all("img", "els => els.map(e => [e.complete, e.naturalWidth])")
        assert all(complete and width > 0 for complete, width in images), (name, images)
        assert trouble == {"errors": [], "failed": [], "blocked": [], "dialogs": []}, name
        if name == "02_publication_timeline":
            assert len(images) == 1
        if name == "03_partnership_summary":
            for text in ["2016-10-05", "2016-11-28", "7 listed, 7 declared ✓", *PROJECTS]:
                assert page.get_by_text(text, exact=False).first.is_visible(), text
            link = page.get_by_role("link", name="Haaga-Helia, Laurea and Metropolia to establish an alliance")
            assert link.first.get_attribute("href").endswith("to-establish-an-alliance.aspx")
        page.close()


HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
LITERAL = [
    "Laurea and <script>alert('title')</script>",
    "<script>alert('project')</script>",
    "<script>alert('news')</script> costs $5 and $10",
    "<script>alert('publisher')</script>",  # pages.csv: the summary names every publisher
]


@pytest.fixture(scope="module")
def hostile_reports(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    analysis.build_reports(HOSTILE, out)
    return out


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_hostile_text_is_escaped_in_every_report(hostile_reports, name):
    page = read(hostile_reports, name)
    assert_only_table_scripts(page)
    assert "<script>alert" not in page.lower()  # the pages' scripts only as escaped text
    assert "<iframe" not in page
    # no live event handler or script address inside a real tag (escaped text is fine)
    assert re.search(r"<[a-z][^<>]*\bon(mouseover|error)=", page) is None
    assert re.search(r"""<[a-z][^<>]*\b(href|src)=["']?javascript:""", page) is None


def test_hostile_reports_run_no_script_in_a_real_browser(hostile_reports, browser):
    for name in NOTEBOOKS:
        page, trouble = open_offline(browser, hostile_reports / f"{name}.html")
        assert trouble == {"errors": [], "failed": [], "blocked": [], "dialogs": []}, name
        injected = page.evaluate("() => document.querySelectorAll('iframe, [onmouseover], [onerror]').length")
        scripts, tables = page.evaluate(
            "() => [document.querySelectorAll('script').length, document.querySelectorAll('table[id^=itables_]').length]"
        )
        assert injected == 0 and scripts == 2 * tables + 2, name  # the tables' own scripts, none from a page
        if name == "03_partnership_summary":
            for text in LITERAL:
                assert page.get_by_text(text, exact=False).first.is_visible(), text
            hrefs = page.eval_on_selector_all("a[href]:not(.anchor-link)", "els => els.map(e => e.href)")
            # the listed item, and the article page itself (its source_url)
            assert hrefs == ["https://example.org/news/javascriptalert('link').aspx", "https://example.org/hostile"]
        page.close()


def test_report_tables_sort_by_a_header_click_and_filter_by_search(reports, browser):
    page, trouble = open_offline(browser, reports / "04_content_analysis.html")
    table = next(
        t for t in page.locator("table.dataTable").all() if t.locator("thead th").all_inner_texts()[:3] == ["kind", "term", "count"]
    )
    counts = lambda: [int(c) for c in table.locator("tbody tr td:nth-child(3)").all_inner_texts()]  # noqa: E731
    shown = counts()  # the first page, in the table's own order (kind, then count down)
    header = table.locator("thead th").nth(2)
    header.click()
    page.wait_for_function("th => th.getAttribute('aria-sort') === 'ascending'", arg=header.element_handle())
    up = counts()
    assert up == sorted(up) and up[0] <= min(shown) and up != shown  # numbers, not text: 10 after 9
    header.click()
    page.wait_for_function("th => th.getAttribute('aria-sort') === 'descending'", arg=header.element_handle())
    down = counts()
    assert down == sorted(down, reverse=True) and down[0] >= max(shown)
    search = table.locator("xpath=ancestor::div[contains(@class, 'dt-container')]//input[@type='search']")
    search.fill("partnership")
    terms = table.locator("tbody tr td:nth-child(2)").all_inner_texts()
    assert terms and all("partnership" in term for term in terms)
    assert trouble == NO_TROUBLE
    page.close()
