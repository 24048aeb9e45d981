"""The report run: parameters reach the notebooks through papermill, mistakes fail before
any kernel starts and leave nothing behind, and the output is free of kernel and pip noise."""

import os
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from analysis import ReportError
from analysis.present import report
from analysis.present.cli import main
from analysis.present.report import NOTEBOOKS, execute, kernel_config, run_notebook

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "partnership_data" / "pages" / "000_36f8903d6715eed6.txt"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """`python -m analysis ARGS` as an analyst runs it, stdout and stderr kept apart."""
    env = {**os.environ, "PYTHONWARNINGS": ""}
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def quarterly(tmp_path_factory):
    """One real run on the bundled corpus with freq=Q, the committed notebooks read before."""
    where = tmp_path_factory.mktemp("run")
    before = {name: (REPO / "notebooks" / f"{name}.ipynb").read_bytes() for name in NOTEBOOKS}
    done = cli("report", "--out", "reports", "--param", "freq=Q", cwd=where)
    return where, done, before


def test_param_reaches_the_notebook(quarterly):
    where, done, _ = quarterly
    assert done.returncode == 0, done.stderr
    page = (where / "reports" / "02_publication_timeline.html").read_text(encoding="utf-8")
    assert "2016Q4" in page  # both dated items fall in one quarter: counts per quarter
    assert "2016-10</td>" not in page and "2016-11</td>" not in page  # no monthly periods


def test_a_line_per_notebook_and_no_kernel_or_pip_noise(quarterly):
    _, done, _ = quarterly
    assert done.stderr.splitlines() == [f"running {name} …" for name in NOTEBOOKS]
    output = done.stdout + done.stderr
    for noise in ("without encryption", "KeyboardInterrupt", "WARNING", "does not provide the extra"):
        assert noise not in output


def test_the_committed_notebooks_stay_as_they_were(quarterly):
    _, _, before = quarterly
    for name, content in before.items():
        assert (REPO / "notebooks" / f"{name}.ipynb").read_bytes() == content, name
    assert sorted(p.name for p in (REPO / "notebooks").iterdir() if not p.name.startswith(".")) == [
        f"{name}.ipynb" for name in NOTEBOOKS
    ]  # no kernel socket or executed copy left beside them


def no_kernel(monkeypatch):
    monkeypatch.setattr(report, "run_notebook", lambda *a: pytest.fail("a kernel was started"))


@pytest.mark.parametrize(
    ("param", "message"),
    [
        ("colour=red", "unknown parameter 'colour': the notebooks take freq, keyword, report, top, window"),
        ("freq=fortnight", "freq=fortnight: give one of day, week, month, quarter, year"),
        ("data_dir=x", "give the folder with --data-dir"),
        ("freq", "write it as NAME=VALUE"),
    ],
)
def test_a_bad_parameter_is_a_usage_error_before_any_kernel(tmp_path, monkeypatch, capsys, param, message):
    no_kernel(monkeypatch)
    assert main(["report", "--out", str(tmp_path / "out"), "--param", param]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_empty_folder_fails_at_once_and_leaves_nothing(tmp_path, monkeypatch, capsys):
    no_kernel(monkeypatch)
    (tmp_path / "data" / "pages").mkdir(parents=True)
    started = time.perf_counter()
    code = main(["report", "--data-dir", str(tmp_path / "data"), "--out", str(tmp_path / "out")])
    assert time.perf_counter() - started < 0.5
    assert code == 2
    assert "no pages" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_pages_at_the_top_level_get_the_hint(tmp_path, monkeypatch, capsys):
    no_kernel(monkeypatch)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "data" / "b.txt").write_text("x", encoding="utf-8")
    assert main(["report", "--data-dir", str(tmp_path / "data"), "--out", str(tmp_path / "out")]) == 2
    assert f"2 .txt files found at its top level: move them into {tmp_path / 'data' / 'pages'}/" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_notebook_failing_midway_leaves_nothing(tmp_path, monkeypatch):
    real, ran = report.run_notebook, []

    def third_fails(name, params, config):
        ran.append(name)
        if len(ran) == 3:
            raise ReportError(f"{name}: code cell 2 failed")
        return real(name, params, config)

    monkeypatch.setattr(report, "run_notebook", third_fails)
    with pytest.raises(ReportError, match="03_partnership_summary"):
        report.build_reports(out=tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_a_failing_cell_names_notebook_cell_and_error():
    # The run checks freq first; here the notebook gets a bad one to show how a cell fails.
    with kernel_config() as config, pytest.raises(
        ReportError, match=r"02_publication_timeline: code cell 3 failed: ValueError: freq must be one of"
    ):
        run_notebook("02_publication_timeline", {"freq": "fortnight"}, config)


def test_the_kernels_own_stderr_stays_off_ours_and_its_death_is_quoted(capfd):
    """What the kernel process writes on its own stderr (libzmq's assertion at shutdown,
    once seen on a report run) is kept out of the run's output; a kernel that dies is a
    ReportError quoting it. ipykernel may forward descriptor 2 from a thread: each write
    waits for it before the next step."""
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nb.cells = [
        nbformat.v4.new_code_cell("import os, time\nos.write(2, b'Assertion failed: noise\\n')\ntime.sleep(0.5)"),
        nbformat.v4.new_code_cell("os.write(2, b'last words\\n')\ntime.sleep(0.5)\nos._exit(3)"),
    ]
    with kernel_config() as config, pytest.raises(ReportError, match="probe: the kernel died; its last words: Assertion failed: noise / last words"):
        execute(nb, "probe", config)
    assert "Assertion" not in capfd.readouterr().err


def test_the_lock_installs_without_pip_warnings():
    # pip before 23.3 warns that lxml lacks the extra html_clean (the Makefile updates pip)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-index", "--require-hashes", "-r", "requirements.lock"],
        cwd=REPO, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "does not provide the extra" not in done.stdout + done.stderr
