from pathlib import Path

import pytest

import analysis

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "partnership_data" / "pages" / "000_36f8903d6715eed6.txt"


@pytest.fixture(scope="session")
def corpus() -> analysis.Corpus:
    return analysis.load_corpus()


@pytest.fixture(scope="session")
def raw() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def make_corpus(tmp_path):
    """Write hand-made pages into a fresh data folder and return its path."""

    def make(**pages: str) -> Path:
        folder = tmp_path / "pages"
        folder.mkdir(exist_ok=True)
        for name, text in pages.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        return tmp_path

    return make


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium, driven by Playwright (no browser download)."""
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
