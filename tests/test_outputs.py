"""Outputs never touch inputs and are written whole or not at all; CSV cells are safe to open
in a spreadsheet; the command line's exit codes (0 clean, 1 errors found, 2 usage or bad
arguments, 3 an internal error)."""

import os
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import analysis
from analysis import CorpusError
from analysis.paths import bundled_data_dir, notebooks_dir, resolve_data_dir
from analysis.present import cli
from analysis.present.cli import main
from analysis.present.report import NOTEBOOKS

PAGE = '=HYPERLINK("x")\n\n+1+cmd|x\n\n@SUM(1)\n'


def corpus_folder(tmp_path: Path) -> Path:
    """A corpus folder with a page and its own institutions.csv, a column added by hand."""
    root = tmp_path / "corpus"
    (root / "pages").mkdir(parents=True)
    (root / "pages" / "a.txt").write_text(PAGE, encoding="utf-8")
    rows = (bundled_data_dir() / "institutions.csv").read_text(encoding="utf-8").splitlines()
    added = [rows[0] + ",notes"] + [row + ",hand-written" for row in rows[1:]]
    (root / "institutions.csv").write_text("\n".join(added) + "\n", encoding="utf-8")
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: what must stay as it was."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def unexecuted(nb, name):
    """Stands in for running a notebook: the reports' writing is what these tests check."""
    return nb


# -- outputs never touch inputs ---------------------------------------------------------


@pytest.mark.parametrize(
    "where",
    [
        pytest.param(lambda root: root, id="the data folder"),
        pytest.param(lambda root: root / "pages", id="its pages folder"),
        pytest.param(lambda root: root / "pages" / "out", id="inside its pages folder"),
        pytest.param(lambda root: root.parent, id="a folder holding it"),
    ],
)
def test_tables_refuse_an_out_over_the_data_folder(tmp_path, capsys, where):
    root = corpus_folder(tmp_path)
    before = snapshot(tmp_path)
    assert main(["tables", "--data-dir", str(root), "--out", str(where(root))]) == 2
    assert snapshot(tmp_path) == before  # institutions.csv byte-identical, nothing added
    assert "error: output folder" in capsys.readouterr().err


def test_tables_refuse_an_out_over_the_bundled_data(capsys):
    before = snapshot(bundled_data_dir())
    assert main(["tables", "--out", str(bundled_data_dir())]) == 2
    assert snapshot(bundled_data_dir()) == before
    assert "is the data folder" in capsys.readouterr().err


def test_report_refuses_the_data_folder_before_running_a_notebook(tmp_path, monkeypatch, capsys):
    ran = []
    monkeypatch.setattr("analysis.present.report.execute", lambda nb, name: ran.append(name) or nb)
    root = corpus_folder(tmp_path)
    before = snapshot(root)
    assert main(["report", "--data-dir", str(root), "--out", str(root)]) == 2
    assert snapshot(root) == before and ran == []
    assert "is the data folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command, held",
    [
        (["tables"], "codebook.yml"),
        (["tables"], "pages.csv"),
        (["tables"], "pages/a.txt"),
        (["report"], "institutions.csv"),  # tables write an institutions.csv of their own; reports do not
    ],
)
def test_an_out_holding_another_corpus_is_refused(tmp_path, monkeypatch, capsys, command, held):
    monkeypatch.setattr("analysis.present.report.execute", unexecuted)
    other = tmp_path / "other"
    (other / held).parent.mkdir(parents=True)
    (other / held).write_text("kept", encoding="utf-8")
    assert main([*command, "--data-dir", str(corpus_folder(tmp_path)), "--out", str(other)]) == 2
    assert snapshot(other) == {held: b"kept"}
    assert "reference files" in capsys.readouterr().err


def test_an_out_holding_files_the_command_does_not_write_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["tables", "--data-dir", str(corpus_folder(tmp_path)), "--out", str(out)]) == 2
    assert snapshot(out) == {"notes.txt": b"mine"}
    assert "notes.txt" in capsys.readouterr().err


def test_an_out_inside_the_data_folder_is_fine(tmp_path):
    root = corpus_folder(tmp_path)
    assert main(["tables", "--data-dir", str(root), "--out", str(root / "out")]) == 0
    assert (root / "out" / "news.csv").is_file()


# -- written whole or not at all ----------------------------------------------------------


def siblings(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir())


def test_a_failed_report_leaves_no_partial_folder(tmp_path, monkeypatch, capsys):
    def second_fails(name, params, config):
        if name == NOTEBOOKS[1]:
            raise analysis.ReportError(f"{name}: code cell 2 failed: ValueError: no")
        return nbformat.read(notebooks_dir() / f"{name}.ipynb", as_version=4)

    monkeypatch.setattr("analysis.present.report.run_notebook", second_fails)
    out = tmp_path / "reports"
    assert main(["report", "--out", str(out)]) == 2
    assert siblings(out) == [] and "code cell 2 failed" in capsys.readouterr().err
    out.mkdir()
    (out / "index.html").write_text("the last good run", encoding="utf-8")
    assert main(["report", "--out", str(out)]) == 2
    assert snapshot(out) == {"index.html": b"the last good run"} and siblings(out) == ["reports"]


def test_a_report_replaces_the_folder_only_when_every_notebook_ran(tmp_path, monkeypatch):
    monkeypatch.setattr("analysis.present.report.execute", unexecuted)
    out = tmp_path / "reports"
    out.mkdir()
    (out / "index.html").write_text("the last good run", encoding="utf-8")
    written = analysis.build_reports(out=out)
    assert written == [out / f"{n}.html" for n in NOTEBOOKS] + [out / "index.html"]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
    assert "the last good run" not in (out / "index.html").read_text(encoding="utf-8")
    assert siblings(out) == ["reports"]


def test_a_failed_write_keeps_the_last_tables(tmp_path, monkeypatch, capsys):
    root, out = corpus_folder(tmp_path), tmp_path / "tables"
    assert main(["tables", "--data-dir", str(root), "--out", str(out)]) == 0
    before = snapshot(out)
    real, calls = pd.DataFrame.to_csv, []

    def disk_fills(self, path, **kwargs):
        calls.append(path)
        real(self, path, **kwargs)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", disk_fills)
    assert main(["tables", "--data-dir", str(root), "--out", str(out), "--no-cache"]) == 2
    assert snapshot(out) == before and siblings(out) == ["corpus", "tables"]
    err = capsys.readouterr().err
    assert "No space left on device" in err and err.count("\n") == 1


def test_a_new_run_replaces_the_old_tables_whole(tmp_path):
    root, out = corpus_folder(tmp_path), tmp_path / "tables"
    assert main(["tables", "--data-dir", str(root), "--out", str(out), "--format", "parquet"]) == 0
    assert main(["tables", "--data-dir", str(root), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in analysis.Corpus.TABLES)
    assert siblings(out) == ["corpus", "tables"]


def read_only_folder(tmp_path: Path) -> Path:
    if os.geteuid() == 0:
        pytest.skip("root writes into a read-only folder")
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    return folder / "out"


@pytest.mark.parametrize(
    "where, message",
    [
        pytest.param(lambda tmp: tmp / "file.txt", "is a file", id="a file"),
        pytest.param(lambda tmp: tmp / "file.txt" / "out", "is a file", id="under a file"),
        pytest.param(lambda tmp: Path("/sys/analysis-out"), "not writable", id="a system folder"),
        pytest.param(read_only_folder, "not writable", id="a read-only folder"),
    ],
)
def test_an_out_that_cannot_be_a_folder_is_a_one_line_error(tmp_path, capsys, where, message):
    (tmp_path / "file.txt").write_text("kept", encoding="utf-8")
    out = where(tmp_path)
    assert main(["tables", "--data-dir", str(corpus_folder(tmp_path)), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: output folder {out}") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "kept"


# -- exit codes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["tables", "--out", "{out}"], ["validate"], ["report", "--out", "{out}"], ["cache", "clear"]],
    ids=["tables", "validate", "report", "cache clear"],
)
def test_an_empty_data_dir_is_a_usage_error(tmp_path, monkeypatch, capsys, command):
    monkeypatch.setattr("analysis.present.report.execute", unexecuted)
    root = corpus_folder(tmp_path)
    (root / ".analysis_cache").mkdir()
    monkeypatch.chdir(root)  # "" used to mean the current folder
    before = snapshot(tmp_path)
    args = [a.format(out=tmp_path / "out") for a in command]
    assert main([*args, "--data-dir", ""]) == 2
    assert "data folder name is empty" in capsys.readouterr().err
    assert snapshot(tmp_path) == before and (root / ".analysis_cache").is_dir()


def test_the_library_refuses_an_empty_data_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(corpus_folder(tmp_path))
    with pytest.raises(CorpusError, match="data folder name is empty"):
        resolve_data_dir("")
    with pytest.raises(CorpusError, match="data folder name is empty"):
        analysis.load_corpus("")


def boom(*args, **kwargs):
    raise RuntimeError("boom\nsecond line")


def test_an_internal_error_is_one_line_and_exit_3(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "load_corpus", boom)
    assert main(["tables", "--out", str(tmp_path / "out")]) == 3
    err = capsys.readouterr().err
    assert err.startswith("internal error: RuntimeError: boom second line") and err.count("\n") == 1
    assert "Traceback" not in err and "--debug" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("debug_first", [True, False], ids=["--debug COMMAND", "COMMAND --debug"])
def test_debug_shows_the_traceback(tmp_path, monkeypatch, capsys, debug_first):
    monkeypatch.setattr(cli, "load_corpus", boom)
    args = ["validate", "--debug"] if not debug_first else ["--debug", "validate"]
    assert main(args) == 3
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and 'raise RuntimeError("boom' in err
    assert err.splitlines()[-1].startswith("internal error: RuntimeError: boom")


def test_validate_exit_codes_in_process(tmp_path, capsys):
    assert main(["validate"]) == 0  # the bundled page: warnings only
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_bytes(b"")
    assert main(["validate", "--data-dir", str(tmp_path)]) == 1  # empty_file is an error
    assert main(["validate", "--data-dir", str(tmp_path / "none")]) == 2


# -- CSV safe for spreadsheets ------------------------------------------------------------


def test_csv_cells_that_start_a_formula_are_neutralised(tmp_path):
    root = corpus_folder(tmp_path)
    assert main(["tables", "--data-dir", str(root), "--out", str(tmp_path / "safe")]) == 0
    news = pd.read_csv(tmp_path / "safe" / "news.csv", dtype=str, keep_default_na=False)
    assert news["title"].tolist() == ["'=HYPERLINK(\"x\")"]
    units = pd.read_csv(tmp_path / "safe" / "units.csv", dtype=str, keep_default_na=False)
    assert units["text"].tolist() == ["'=HYPERLINK(\"x\")", "'+1+cmd|x", "'@SUM(1)"]
    assert units["start"].tolist() == ["0", "17", "27"]  # numbers stay numbers


def test_a_categorical_column_is_neutralised_too(tmp_path, make_corpus):
    root = make_corpus(**{"=cmd": "A title\n\nA page whose file is named like a formula.\n"})
    assert main(["tables", "--data-dir", str(root), "--out", str(tmp_path / "safe")]) == 0
    units = pd.read_csv(tmp_path / "safe" / "units.csv", dtype=str, keep_default_na=False)
    assert set(units["doc_id"]) == {"'=cmd"}  # doc_id is categorical in the tables


def test_raw_csv_and_parquet_keep_cells_as_read(tmp_path):
    root = corpus_folder(tmp_path)
    assert main(["tables", "--data-dir", str(root), "--out", str(tmp_path / "raw"), "--raw-csv"]) == 0
    news = pd.read_csv(tmp_path / "raw" / "news.csv", dtype=str, keep_default_na=False)
    assert news["title"].tolist() == ['=HYPERLINK("x")']
    assert main(["tables", "--data-dir", str(root), "--out", str(tmp_path / "pq"), "--format", "parquet"]) == 0
    assert pd.read_parquet(tmp_path / "pq" / "units.parquet")["text"].tolist()[:2] == ['=HYPERLINK("x")', "+1+cmd|x"]


def test_spreadsheet_safe_touches_only_string_cells():
    from analysis.present.export import spreadsheet_safe

    texts = ["=1+1", "+1", "-1", "@A1", "\tx", "\rx", "ok", None, "a=b", "'=already"]
    frame = pd.DataFrame({
        "text": pd.array(texts, dtype="string"),
        "plain": pd.Series(texts, dtype=object),
        "coded": pd.Series(texts, dtype="category"),  # doc ids and publishers are categorical
        "number": range(-5, 5),
        "maybe": pd.array([-1, None, *range(8)], dtype="Int64"),
        "ratio": [-0.5] * 10,
    })
    safe = spreadsheet_safe(frame)
    expected = ["'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", "ok", None, "a=b", "'=already"]
    assert safe["text"].tolist() == [pd.NA if t is None else t for t in expected]
    assert safe["plain"].tolist() == expected
    assert safe["coded"].tolist() == [pd.NA if t is None else t for t in expected]
    for column in ("number", "maybe", "ratio"):
        pd.testing.assert_series_equal(safe[column], frame[column])
    assert frame["text"].tolist()[0] == "=1+1"  # the caller's frame is left alone
