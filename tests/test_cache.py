"""The Parquet cache: a reload parses only what changed, and gives the same tables."""

import hashlib
import os

import pandas as pd
import pytest

import analysis
import analysis.load as load_module
import analysis.store as store_module
from analysis.build.rows import ReadRows
from analysis.build.schema import CORPUS_TABLES, READ
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


def test_a_new_build_version_rebuilds_the_tables_without_reparsing(folder, parsed, monkeypatch):
    load(folder)
    parsed.clear()
    built = []
    build = load_module.build_tables
    monkeypatch.setattr(load_module, "build_tables", lambda *args: built.append(1) or build(*args))
    monkeypatch.setattr(store_module, "BUILD_VERSION", store_module.BUILD_VERSION + 1)
    load(folder)
    assert parsed == [] and built == [1]
    load(folder)
    assert built == [1]  # the tables built then are kept


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


@pytest.mark.parametrize("how", ["edited in place", "replaced by another file"])
def test_an_edit_that_keeps_size_and_times_is_seen(folder, parsed, how):
    """`touch -r` after an edit keeps size and mtime; the ctime (and, for a replaced
    file, the inode) still tell the cache that the bytes changed."""
    cold = load(folder)
    page = folder / "pages" / "0000007.txt"
    before = page.stat()
    title = cold.documents.set_index("doc_id").loc["0000007", "title"]
    raw = page.read_bytes()
    edited = raw.replace(title.encode(), b"Edited" + title.encode()[6:])
    assert edited != raw and len(edited) == len(raw)
    target = page if how == "edited in place" else page.with_suffix(".new")
    target.write_bytes(edited)
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(target, page)
    assert (page.stat().st_size, page.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    parsed.clear()
    again = load(folder)
    assert parsed == ["0000007.txt"]
    docs = again.documents.set_index("doc_id")
    assert docs.loc["0000007", "title"] == "Edited" + title[6:]
    assert docs.loc["0000007", "sha256"] == hashlib.sha256(edited).hexdigest()
    assert_same(again, analysis.load_corpus(folder, workers=1, cache=False))


# Every file the cache serves; CACHEDIR.TAG only marks the folder as the cache's own.
CACHE_FILES = ["meta.json", *(f"read_{name}.parquet" for name in READ), *(f"{name}.arrow" for name in CORPUS_TABLES), "texts.arrow"]


@pytest.mark.parametrize("name", CACHE_FILES)
def test_a_corrupted_cache_file_is_never_served(folder, parsed, name):
    """32 zero bytes in the middle of any cache file: the next load that needs it equals
    a load without cache, says `cache_corrupt` once, and reads again what the broken file
    held (every page for the meta file or a read table, none for a built table)."""
    load(folder)
    path = folder / ".analysis_cache" / name
    assert path.stat().st_size > 64
    with open(path, "r+b") as f:
        f.seek(path.stat().st_size // 2)
        f.write(bytes(32))
    if name.startswith("read_"):
        os.utime(folder / "pages" / "0000003.txt")  # the built tables are stale: the read ones are needed
    parsed.clear()
    again = load(folder)
    assert len(parsed) == (0 if name.endswith(".arrow") else 60)
    found = again.quality[again.quality["code"] == "cache_corrupt"]
    assert len(found) == 1 and found.index[0] == 0 and found["severity"].iloc[0] == "info"
    assert found["doc_id"].iloc[0] == again.documents["doc_id"].iloc[0] and name in found["message"].iloc[0]
    again.quality = again.quality.drop(found.index).reset_index(drop=True)
    again.quality["code"] = again.quality["code"].cat.remove_unused_categories()  # a category is the values found
    assert_same(again, analysis.load_corpus(folder, workers=1, cache=False))
    parsed.clear()
    healed = load(folder)
    assert parsed == [] and "cache_corrupt" not in set(healed.quality["code"])


def cli_clear(folder, capsys) -> tuple[int, str]:
    code = main(["cache", "clear", "--data-dir", str(folder)])
    return code, capsys.readouterr().err


def listing(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_cache_clear_refuses_a_symlinked_cache_folder(folder, tmp_path, capsys):
    load(folder)
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    (folder / ".analysis_cache").rename(elsewhere)  # a whole cache, even: still not this folder's own
    (elsewhere / "notes.txt").write_text("mine\n", encoding="utf-8")
    (folder / ".analysis_cache").symlink_to(elsewhere, target_is_directory=True)
    before = listing(elsewhere)
    code, err = cli_clear(folder, capsys)
    assert code == 2 and "symbolic link" in err and "nothing removed" in err and "Traceback" not in err
    assert listing(elsewhere) == before and (folder / ".analysis_cache").is_symlink()


@pytest.mark.parametrize("setup", ["no marker file", "a file the cache never writes", "a sub-folder", "a plain file"])
def test_cache_clear_removes_nothing_but_its_own_folder(folder, capsys, setup):
    cache = folder / ".analysis_cache"
    if setup == "no marker file":
        cache.mkdir()
        (cache / "meta.json").write_text("{}", encoding="utf-8")
    elif setup == "a plain file":
        cache.write_text("not a folder\n", encoding="utf-8")
    else:
        load(folder)
        extra = cache / ("thesis.docx" if setup == "a file the cache never writes" else "results")
        extra.mkdir() if setup == "a sub-folder" else extra.write_bytes(b"draft")
    before = listing(folder)
    code, err = cli_clear(folder, capsys)
    assert code == 2 and "nothing removed" in err
    assert listing(folder) == before
