"""The dask engine on a two-worker LocalCluster gives the pandas loader's tables, and parses
each partition's pages once however many tables are built from them."""

import sys
from collections import Counter

import cloudpickle
import dask
import pandas as pd
import pytest
from dask.distributed import Client, LocalCluster

import analysis
from analysis import dask_engine
from analysis.dask_engine import read_corpus_dask
from analysis.build import rows
from analysis.synthetic import generate_corpus, generate_mixed_corpus

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # `count_parses` runs in the workers too

@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with Client(cluster) as c:
            yield c


def test_dask_tables_equal_the_pandas_tables_on_1000_generated_pages(tmp_path, client):
    generate_corpus(tmp_path, 1000, seed=11)
    # the same item listed with another timestamp on a later page: a conflict across chunks
    pages = tmp_path / "pages"
    first = (pages / "0000001.txt").read_text(encoding="utf-8").splitlines()[-1]
    if "Z<img" in first:
        changed = first.replace(first[first.index("Z<img") - 19 : first.index("Z<img")], "2011-01-01T22:00:00")
        (pages / "0000900.txt").write_text(
            (pages / "0000900.txt").read_text(encoding="utf-8") + "\n" + changed, encoding="utf-8"
        )
    expected = analysis.load_corpus(tmp_path, workers=1, cache=False, progress=False)
    got = read_corpus_dask(tmp_path, files_per_partition=128)
    assert got.units.npartitions == 8
    computed = {name: table.compute().reset_index(drop=True) for name, table in got.tables().items()}
    for name, table in expected.tables().items():  # every table, rows in the same order
        pd.testing.assert_frame_equal(computed[name], table, check_dtype=True, obj=name)
    assert (expected.quality["code"] == "conflicting_sighting").sum() >= 1


def test_the_dask_tables_equal_the_pandas_tables_on_300_mixed_layout_pages(tmp_path, client):
    generate_mixed_corpus(tmp_path, 300, seed=15)
    expected = analysis.load_corpus(tmp_path, workers=1, cache=False, progress=False)
    got = read_corpus_dask(tmp_path, files_per_partition=64)
    assert got.documents.npartitions == 5
    computed = {name: table.compute().reset_index(drop=True) for name, table in got.tables().items()}
    for name, table in expected.tables().items():
        pd.testing.assert_frame_equal(computed[name], table, check_dtype=True, obj=name)
    assert expected.documents["layout"].nunique() == 5


def count_parses() -> None:
    """Wrap this process's partition reader and page parser to count their calls: per
    partition (its first page) and per page text. The counts live on the wrapper, in the
    engine's module, so they stay in the process that parses (a worker, or this one)."""
    read_part = getattr(dask_engine._read_part, "wrapped", dask_engine._read_part)
    parse_page = getattr(rows.parse_page, "wrapped", rows.parse_page)
    counts: Counter = Counter()

    def counted_part(urls, *args):
        counts["partition", urls[0]] += 1
        return read_part(urls, *args)

    def counted_page(text, *args):
        counts["page", text] += 1
        return parse_page(text, *args)

    counted_part.wrapped, counted_page.wrapped, counted_part.counts = read_part, parse_page, counts
    dask_engine._read_part, rows.parse_page = counted_part, counted_page


def parses() -> Counter:
    return Counter(dask_engine._read_part.counts)


def build_every_table_twice(folder, per_partition: int) -> None:
    """What a user does: build the tables, compute each, then compute them all again."""
    got = read_corpus_dask(folder, files_per_partition=per_partition)
    for table in got.tables().values():
        table.compute()
    dask.compute(*got.tables().values())


def assert_each_parsed_once(counts: Counter, n_pages: int, n_partitions: int) -> None:
    partitions = [n for (what, _), n in counts.items() if what == "partition"]
    pages = [n for (what, _), n in counts.items() if what == "page"]
    assert sorted(partitions) == [1] * n_partitions
    assert sum(pages) == n_pages and set(pages) == {1}  # each page (all texts differ) parsed once


def test_each_partition_is_parsed_once_under_the_synchronous_scheduler(tmp_path, monkeypatch):
    generate_mixed_corpus(tmp_path, 40, seed=13)
    monkeypatch.setattr(dask_engine, "_read_part", dask_engine._read_part)  # undone after the test
    monkeypatch.setattr(rows, "parse_page", rows.parse_page)
    count_parses()
    with dask.config.set(scheduler="synchronous"):  # in this process, where the counters are
        build_every_table_twice(tmp_path, 10)
    assert_each_parsed_once(parses(), 40, 4)


def test_each_partition_is_parsed_once_on_a_local_cluster(tmp_path, client):
    generate_mixed_corpus(tmp_path, 60, seed=16)
    client.run(count_parses)
    build_every_table_twice(tmp_path, 10)
    per_worker = client.run(parses)
    assert_each_parsed_once(sum(per_worker.values(), Counter()), 60, 6)


def test_errors_are_the_loaders(tmp_path, client):
    with pytest.raises(analysis.CorpusError, match="no pages"):
        read_corpus_dask(tmp_path)
    generate_corpus(tmp_path, 3, seed=14)
    with pytest.raises(analysis.CorpusError, match="data folder not found"):
        read_corpus_dask(str(tmp_path / "pages" / "*.txt"), reference_dir=tmp_path / "missing")


def test_a_glob_of_page_files_works_too(tmp_path, client):
    generate_corpus(tmp_path, 30, seed=12)
    got = read_corpus_dask(str(tmp_path / "pages" / "000000*.txt"), reference_dir=tmp_path)
    assert list(got.documents["doc_id"].compute()) == [f"{i:07d}" for i in range(10)]


def test_entries_of_pages_not_named_txt_are_said_as_the_loader_says_them(tmp_path, client):
    generate_mixed_corpus(tmp_path, 20, seed=16)
    for name in ("B.TXT", "c.html", ".DS_Store"):
        (tmp_path / "pages" / name).write_bytes(b"Laurea\n")
    expected = analysis.load_corpus(tmp_path, workers=1, cache=False, progress=False).quality
    got = read_corpus_dask(tmp_path, files_per_partition=8).quality.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected, check_dtype=True)
    assert got.loc[0, "code"] == "not_a_page" and got.loc[0, "doc_id"] == "0000000"
    assert got.loc[0, "message"] == "2 entries of pages/ not named *.txt were not read: 'B.TXT', 'c.html'"
    assert "not_a_page" not in set(read_corpus_dask(str(tmp_path / "pages" / "*.txt"), reference_dir=tmp_path).quality["code"].compute())
