"""Faults: a parallel load killed at any point leaves no worker process and no temporary
folder behind, and the load after it is whole."""

import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

import analysis
import analysis.load as load_module
from analysis.synthetic import generate_corpus

from test_cache import assert_same

PAGES = 300  # with PARALLEL_MIN lowered: read on two workers in eight chunks, about a second
KILLS = 20


@pytest.fixture
def temp_root(tmp_path, monkeypatch):
    """A temporary-files folder of this test's own (inherited by the loads it forks), so
    that it sees exactly the folders its loads leave."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def _load_in_own_group(root: Path) -> None:
    """In a forked child: a parallel load whose workers share the child's process group,
    so that they can be found after the child is killed."""
    os.setpgid(0, 0)
    analysis.load_corpus(root, workers=2, progress=False, cache=True)


def start_load(root: Path) -> multiprocessing.Process:
    child = multiprocessing.get_context("fork").Process(target=_load_in_own_group, args=(root,))
    child.start()
    return child


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except (OSError, ValueError):
            continue
        state, _ppid, group = stat.rsplit(")", 1)[1].split()[:3]
        if int(group) == pgid and state != "Z":
            found.append(int(entry.name))
    return found


def leftovers(pgid: int, wait: float = 5.0) -> list[int]:
    """The processes of a killed load still alive after `wait` seconds."""
    deadline = time.monotonic() + wait
    while (alive := group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


def disturb(root: Path, rng: random.Random) -> None:
    """Give the next load work for its workers: no cache at all, or a random share of the
    pages touched (same bytes, new times: read again, the tables must not change)."""
    if rng.random() < 0.5:
        shutil.rmtree(root / ".analysis_cache", ignore_errors=True)
        return
    now = time.time_ns()
    for n, page in enumerate(rng.sample(sorted((root / "pages").iterdir()), rng.randint(PAGES // 4, PAGES))):
        os.utime(page, ns=(now + n, now + n))


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc; workers end with their parent on Linux")
def test_a_parallel_load_killed_at_random_points_leaves_nothing_behind(tmp_path, temp_root, monkeypatch):
    """`kill -9` of a parallel load (seeded random moments: reading, matching names,
    writing the cache) used to leave its workers running and its spill folder in /tmp.
    Now: no process of it remains, the next load removes its folder, and that load,
    from whatever cache the killed one left, equals a load without cache."""
    monkeypatch.setattr(load_module, "PARALLEL_MIN", 100)
    root = tmp_path / "corpus"
    generate_corpus(root, PAGES, seed=14)
    expected = analysis.load_corpus(root, workers=1, progress=False, cache=False)
    began = time.monotonic()
    start_load(root).join()
    full = time.monotonic() - began  # a cold load from fork to end
    rng, killed = random.Random(14), 0
    for _ in range(KILLS):
        disturb(root, rng)
        child = start_load(root)
        time.sleep(rng.uniform(0, full))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        killed += child.exitcode == -signal.SIGKILL
        try:
            assert leftovers(child.pid) == []
        finally:
            for pid in group_members(child.pid):  # a failed run's workers: not left to run on
                os.kill(pid, signal.SIGKILL)
        again = analysis.load_corpus(root, workers=2, progress=False, cache=True)
        assert_same(again, expected)
        assert list(temp_root.iterdir()) == []  # the killed load's folder went at this start; this one's at its end
    assert killed >= KILLS // 2  # most kills came while the load ran


def test_a_start_removes_the_temporary_folders_of_dead_loads_only(temp_root, make_corpus):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        folders = {
            "dead": temp_root / f"analysis-{int(dead.stdout)}-k2j4x9qe",
            "live": temp_root / f"analysis-{live.pid}-p0w8c1rt",
            "this": temp_root / f"analysis-{os.getpid()}-m3n5b7v9",
            "other": temp_root / "analysis-report-x",
        }
        for folder in folders.values():
            folder.mkdir()
            (folder / "units-0.arrow").write_bytes(b"spill")
        analysis.load_corpus(make_corpus(a="Title\n"), progress=False)
        assert not folders["dead"].exists()
        assert all(folders[name].is_dir() for name in ("live", "this", "other"))
    finally:
        live.kill()
        live.wait()
