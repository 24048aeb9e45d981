"""Every report as an analyst sees it, at three corpus sizes: the bundled page and generated
corpora of 300 and 10,000 pages in every layout, opened in Chromium 1280 px wide. No page
scrolls sideways or runs past 20,000 px, no label of any figure overlaps another (checked on
the drawn figures' bounding boxes), the summary marks the words it matched, and a
full-page screenshot of each report is kept in test-artifacts/ for a person to look at."""

from __future__ import annotations

import re
from fnmatch import fnmatch
from pathlib import Path

import pytest

import analysis
from analysis.analyse.facts import corpus_facts
from analysis.analyse.figures import text_overlaps
from analysis.present.report import NOTEBOOKS
from analysis.synthetic import generate_mixed_corpus
from browser import NO_TROUBLE, open_offline

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "report-screenshots"
WIDTH, MAX_HEIGHT = 1280, 20_000
SIZES = {"bundled": 0, "300-pages": 300, "10000-pages": 10_000}


@pytest.fixture(scope="module", params=list(SIZES))
def built(request, tmp_path_factory) -> tuple[str, analysis.Corpus, Path]:
    """(name, corpus, report folder) for each corpus size."""
    name, n = request.param, SIZES[request.param]
    data = None
    if n:
        data = tmp_path_factory.mktemp(name)
        generate_mixed_corpus(data, n, seed=n)
    out = tmp_path_factory.mktemp(f"{name}-reports")
    analysis.build_reports(data, out)
    return name, analysis.load_corpus(data, progress=False), out


def figures(corpus: analysis.Corpus) -> dict[str, list]:
    """The figures each report draws, drawn again here the same way for their boxes."""
    matches, _ = analysis.code_units(corpus, corpus.codebook)
    return {
        "02_publication_timeline": [analysis.plot_corpus_timeline(corpus)],
        "04_content_analysis": [
            analysis.plot_category_totals(analysis.category_totals(corpus, matches)),
            analysis.plot_category_publishers(analysis.category_publishers(corpus, matches)),
            analysis.plot_co_mentions(analysis.co_mentions(corpus, include_image_alt=True)),
        ],
    }


def test_every_report_fits_the_window_and_is_kept_as_a_screenshot(built, browser):
    name, corpus, out = built
    drawn = figures(corpus)
    for report in NOTEBOOKS:
        page, trouble = open_offline(browser, out / f"{report}.html", WIDTH)
        width, inner, height = page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth, document.documentElement.scrollHeight]"
        )
        (ARTIFACTS / name).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / name / f"{report}.png"), full_page=True)
        images = page.eval_on_selector_all("img", "els => els.map(e => e.naturalWidth)")
        page.close()
        assert trouble == NO_TROUBLE, (name, report)
        assert width <= inner, f"{name} {report}: {width} px wide in a {inner} px window"
        assert height < MAX_HEIGHT, f"{name} {report}: {height} px tall"
        assert len(images) == len(drawn.get(report, [])) and all(images), (name, report, images)


def test_no_label_overlaps_in_any_figure(built):
    name, corpus, _ = built
    for report, figs in figures(corpus).items():
        for fig in figs:
            assert text_overlaps(fig) == [], (name, report, fig.axes[0].get_title())


def test_the_summary_marks_the_words_it_matched(built, browser):
    name, corpus, out = built
    page, _ = open_offline(browser, out / "03_partnership_summary.html", WIDTH)
    marked = page.eval_on_selector_all("mark", "els => els.map(e => e.textContent)")
    page.close()
    patterns = [p.casefold() for c in corpus.codebook.categories for p in c.patterns]
    assert marked, name
    for text in marked:  # each marked text is a match of some codebook pattern
        words = re.sub(r"\s+", " ", text.casefold()).strip()
        assert any(fnmatch(words, p) for p in patterns), (name, text)


def test_every_report_opens_with_its_findings(built):
    name, corpus, out = built
    facts = corpus_facts(corpus)
    for report in NOTEBOOKS:
        page = (out / f"{report}.html").read_text(encoding="utf-8")
        header, first_table = page.index('class="report-header"'), page.find("<table")
        assert first_table == -1 or header < first_table, (name, report)
        assert facts.line() in page and f"partnership-analysis {analysis.__version__}" in page
        assert re.search(r"Generated \d{4}-\d\d-\d\d \d\d:\d\d", page), (name, report)
