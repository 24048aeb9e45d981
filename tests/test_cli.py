import subprocess
import sys

import pandas as pd

from analysis.present.cli import main


def test_tables_csv_writes_every_table(tmp_path, corpus):
    assert main(["tables", "--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{n}.csv" for n in corpus.TABLES)
    news = pd.read_csv(tmp_path / "news.csv", dtype=str)
    assert news["kind"].tolist() == ["article", "listing", "listing", "listing"]
    assert news["published_date"].tolist()[2:] == ["2016-11-28", "2016-10-05"]
    inst = pd.read_csv(tmp_path / "institutions.csv", dtype=str)
    assert inst["institution_code"].tolist() == ["10056", "02629", "10065"]


def test_tables_parquet_round_trips_dtypes(tmp_path, corpus):
    assert main(["tables", "--out", str(tmp_path), "--format", "parquet"]) == 0
    for name, table in corpus.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / f"{name}.parquet"), table)


def test_tables_on_another_folder(tmp_path, make_corpus):
    root = make_corpus(a="A title\n\nSub\n")
    assert main(["tables", "--out", str(tmp_path / "out"), "--data-dir", str(root)]) == 0
    docs = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert docs["title"].tolist() == ["A title"]


def test_missing_data_dir_is_an_error_exit(tmp_path, capsys):
    assert main(["tables", "--out", str(tmp_path), "--data-dir", str(tmp_path / "none")]) == 2
    assert "data folder not found" in capsys.readouterr().err


def test_help_explains_each_command():
    result = subprocess.run([sys.executable, "-m", "analysis", "--help"], capture_output=True, text=True, check=True)
    assert "tables" in result.stdout and "write every table" in result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "tables", "--help"], capture_output=True, text=True, check=True
    )
    assert "--format {csv,parquet}" in result.stdout and "--data-dir" in result.stdout
