"""The dask engine on a two-worker LocalCluster gives the pandas loader's tables."""

import dask
import pandas as pd
import pytest
from dask.distributed import Client, LocalCluster

import analysis
from analysis import dask_engine
from analysis.dask_engine import read_corpus_dask
from analysis.synthetic import generate_corpus



@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
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


def test_each_chunk_is_read_once(tmp_path, monkeypatch):
    generate_corpus(tmp_path, 40, seed=13)
    chunks = []
    real = dask_engine.read_chunk
    monkeypatch.setattr(dask_engine, "read_chunk", lambda pages, *args: chunks.append(1) or real(pages, *args))
    with dask.config.set(scheduler="sync"):  # in this process, where the counter is
        got = read_corpus_dask(tmp_path, files_per_partition=10)
        for table in got.tables().values():
            table.compute()
    assert len(chunks) == 4


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
