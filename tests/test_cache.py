"""The Parquet cache: a reload parses only what changed, and gives the same tables."""

import pandas as pd
import pytest

import analysis
import analysis.load as load_module
import analysis.store as store_module
from analysis.build.rows import ReadRows
from analysis.present.cli import main
from analysis.synthetic import generate_corpus

from conftest import REPO


@pytest.fixture
def folder(tmp_path):
    generate_corpus(tmp_path, 60, seed=3)
    return tmp_path


@pytest.fixture
def parsed(monkeypatch):
    """The files read (not taken from the cache) during a load."""
    seen = []
    real = ReadRows.add

    def counting(self, raw, doc_id, rel, *args, **kwargs):
        seen.append(rel.removeprefix("pages/"))
        return real(self, raw, doc_id, rel, *args, **kwargs)

    monkeypatch.setattr(ReadRows, "add", counting)
    return seen


def load(folder, **kwargs):
    return analysis.load_corpus(folder, workers=1, progress=False, cache=True, **kwargs)


def assert_same(a, b):
    for name, table in a.tables().items():
        pd.testing.assert_frame_equal(table, b.tables()[name])
    assert a.texts == b.texts


def test_warm_reload_parses_nothing_and_equals_cold(folder, parsed):
    cold = load(folder)
    assert len(parsed) == 60 and (folder / ".analysis_cache" / "news.arrow").exists()
    parsed.clear()
    warm = load(folder)
    assert parsed == []
    assert_same(cold, warm)
    assert_same(cold, analysis.load_corpus(folder, workers=1, cache=False))


def test_changed_added_and_removed_files_alone_are_parsed_again(folder, parsed):
    load(folder)
    parsed.clear()
    pages = folder / "pages"
    (pages / "0000007.txt").write_text("Changed title\n\nSub\n\nLaurea text.\n", encoding="utf-8")
    (pages / "0000099.txt").write_text("Added title\n", encoding="utf-8")
    (pages / "0000011.txt").unlink()
    again = load(folder)
    assert sorted(parsed) == ["0000007.txt", "0000099.txt"]
    assert "0000011" not in set(again.documents["doc_id"])
    docs = again.documents.set_index("doc_id")
    assert docs.loc["0000007", "title"] == "Changed title" and docs.loc["0000099", "title"] == "Added title"
    assert_same(again, analysis.load_corpus(folder, workers=1, cache=False))


def test_a_new_parser_version_parses_everything_again(folder, parsed, monkeypatch):
    load(folder)
    parsed.clear()
    monkeypatch.setattr(store_module, "PARSER_VERSION", store_module.PARSER_VERSION + 1)
    load(folder)
    assert len(parsed) == 60


def test_a_changed_reference_table_rebuilds_the_tables_without_reparsing(folder, parsed):
    load(folder)
    parsed.clear()
    manifest = folder / "pages.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("Synthetic", "Renamed"), encoding="utf-8")
    again = load(folder)
    assert parsed == []
    assert set(again.documents["publisher"]) == {"Renamed"}


def test_an_edited_alias_rematches_names_without_reading_any_page(tmp_path, parsed):
    generate_corpus(tmp_path, 1000, seed=5)
    cold = load(tmp_path)
    assert len(parsed) == 1000
    parsed.clear()
    institutions = (REPO / "partnership_data" / "institutions.csv").read_text(encoding="utf-8")
    assert institutions.count(",02629,Laurea\n") == 1
    (tmp_path / "institutions.csv").write_text(institutions.replace(",02629,Laurea\n", ",02629,Laurea;Vantaa\n"), encoding="utf-8")
    again = load(tmp_path)
    assert parsed == []  # no page read again
    vantaa = again.mentions[again.mentions["matched"].str.startswith("Vantaa")]
    assert len(vantaa) > 100 and set(vantaa["entity_id"]) == {"laurea"} and "Vantaa" not in set(cold.mentions["matched"])
    assert_same(again, analysis.load_corpus(tmp_path, workers=1, cache=False))
    for name in ("documents", "units", "news", "projects", "quality"):
        pd.testing.assert_frame_equal(again.tables()[name], cold.tables()[name])


def test_strict_mode_still_raises_on_a_cached_corpus(folder):
    (folder / "pages" / "0000000.txt").write_bytes(b"")
    load(folder)
    with pytest.raises(analysis.CorpusError, match="empty_file"):
        load(folder, strict=True)


def test_small_folders_are_not_cached_by_default(make_corpus):
    root = make_corpus(a="Title\n")
    analysis.load_corpus(root)
    assert not (root / ".analysis_cache").exists()


def test_cli_no_cache_and_cache_clear(folder, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(load_module, "CACHE_MIN", 10)
    assert main(["tables", "--out", str(tmp_path / "t1"), "--data-dir", str(folder), "--no-cache"]) == 0
    assert not (folder / ".analysis_cache").exists()
    assert main(["tables", "--out", str(tmp_path / "t2"), "--data-dir", str(folder)]) == 0
    assert (folder / ".analysis_cache").is_dir()
    assert main(["cache", "clear", "--data-dir", str(folder)]) == 0
    assert not (folder / ".analysis_cache").exists()
    assert "removed" in capsys.readouterr().out
    assert main(["cache", "clear", "--data-dir", str(folder)]) == 0
    assert "no cache" in capsys.readouterr().out


def test_a_corpus_mapped_from_the_cache_outlives_the_next_write(folder):
    load(folder)
    warm = load(folder)  # tables memory-mapped from the cache files
    before = {name: table.copy(deep=True) for name, table in warm.tables().items()}
    text = warm.text("0000003")
    (folder / "pages" / "0000005.txt").write_text("Rewritten\n", encoding="utf-8")
    load(folder)  # writes the cache files again
    for name, table in warm.tables().items():
        pd.testing.assert_frame_equal(table, before[name])
    assert warm.text("0000003") == text
