"""Loading speed and memory on generated corpora, and the per-page parse against peers.

Prints, for each corpus size: pages/s, MB/s, peak RSS, the time that merely reading the
files takes (the floor) and our ratio to it; then, on a sample of the same pages, our
per-page parse time against trafilatura.extract and htmldate.find_date, and each tool's
share of correct local publication dates. Run with `make bench`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from analysis.build.names import find_mentions
from analysis.build.rows import read_chunk
from analysis.build.tables import plan_names
from analysis.read.decode import MAX_BYTES
from analysis.read.listing import LineMemo
from analysis.read.page import parse_page
from analysis.read.reference import read_institutions, read_projects
from analysis.store import clear as clear_cache
from analysis.synthetic import generate_corpus

DATA = Path(__file__).resolve().parent / ".data"
LOAD = """
import json, resource, sys, time
import analysis
t = time.perf_counter()
corpus = analysis.load_corpus(sys.argv[1], progress=False, cache=sys.argv[2] == "cache")
seconds = time.perf_counter() - t
rss = {who: resource.getrusage(getattr(resource, who)).ru_maxrss / 1024 for who in ("RUSAGE_SELF", "RUSAGE_CHILDREN")}
print(json.dumps({"seconds": seconds, "rss_mb": rss["RUSAGE_SELF"], "worker_rss_mb": rss["RUSAGE_CHILDREN"],
                  "news": len(corpus.news), "units": len(corpus.units)}))
"""


def corpus_folder(n: int) -> Path:
    folder = DATA / f"pages_{n}"
    if not (folder / "truth_news.csv").exists():
        t = time.perf_counter()
        generate_corpus(folder, n, seed=n)
        print(f"  generated {n:,} pages in {time.perf_counter() - t:.1f} s", flush=True)
    return folder


def read_floor(folder: Path) -> tuple[float, int]:
    """Seconds to list the page files and read every one's bytes, the plainest way (one
    process, os.scandir and open), best of two; and the bytes read."""
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        with os.scandir(folder / "pages") as entries:
            names = sorted(e.name for e in entries if e.name.endswith(".txt"))
        total = 0
        for name in names:
            with open(os.path.join(folder, "pages", name), "rb") as f:
                total += len(f.read())
        best = min(best, time.perf_counter() - t)
    return best, total


def run_load(folder: Path, cache: bool) -> dict:
    """One load in a fresh process, so that its peak RSS is its own."""
    argv = [sys.executable, "-c", LOAD, str(folder), "cache" if cache else "none"]
    return json.loads(subprocess.run(argv, capture_output=True, text=True, check=True).stdout)


def measure_load(n: int) -> dict:
    folder = corpus_folder(n)
    clear_cache(folder)
    floor, size = read_floor(folder)
    result = run_load(folder, cache=False)
    writing = run_load(folder, cache=True)
    warm = run_load(folder, cache=True)
    result.update(pages=n, mb=size / 1e6, floor=floor, writing=writing["seconds"], warm=warm["seconds"], warm_rss_mb=warm["rss_mb"])
    return result


def first_local_dates(texts: list[str]) -> list[str | None]:
    """Our answer: the local date of each page's first dated listing item."""
    out = []
    for text in texts:
        stamps = [s.published_utc for s in parse_page(text).sightings if s.published_utc]
        out.append(pd.Timestamp(stamps[0]).tz_convert("Europe/Helsinki").date().isoformat() if stamps else None)
    return out


def peers(folder: Path, sample: int) -> None:
    paths = sorted((folder / "pages").glob("*.txt"))[:sample]
    institutions, projects = read_institutions(folder), read_projects(folder)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    truth = first_local_dates(texts)  # checked against the generator's truth by tests/test_scale.py
    dated = [i for i, d in enumerate(truth) if d]

    def timed(fn) -> tuple[float, list]:
        """Seconds a page, best of three passes (this machine's timings vary), and the answers.
        Our reader starts each pass without the listing lines it remembers."""
        best = float("inf")
        for _ in range(3):
            memo = LineMemo()
            t = time.perf_counter()
            answers = [fn(text, memo) for text in texts]
            best = min(best, time.perf_counter() - t)
        return best / len(texts), answers

    def whole() -> float:
        """What the loader does for each page, the sample as one chunk (decode, hash, read,
        Arrow columns, names found), seconds a page, best of three."""
        pages = [(f"{n}.txt", text.encode()) for n, text in enumerate(texts)]
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            read = read_chunk(pages, MAX_BYTES, LineMemo())
            find_mentions(read["units"], plan_names(read["project_list"], institutions, projects)[1])
            best = min(best, time.perf_counter() - t)
        return best / len(texts)

    ours, _ = timed(parse_page)
    loader = whole()
    rows = [("analysis.read.page.parse_page", ours, 1.0, 1.0), ("  + decode, hash, columns, find names", loader, loader / ours, None)]
    try:
        import htmldate
        import trafilatura
    except ImportError:
        print("  peers not installed: pip install -e '.[bench]'")
        return

    def trafilatura_date(text: str) -> str | None:
        found = trafilatura.extract(text, with_metadata=True, output_format="json")
        return json.loads(found).get("date") if found else None

    for name, fn in (
        ("trafilatura.extract(with_metadata=True)", trafilatura_date),
        ("htmldate.find_date(extensive_search=True)", lambda t: htmldate.find_date(t, extensive_search=True)),
    ):
        per_page, answers = timed(lambda text, memo, fn=fn: fn(text))
        correct = sum(answers[i] == truth[i] for i in dated) / len(dated)
        rows.append((name, per_page, per_page / ours, correct))
    print(f"  per page on {len(texts)} generated pages ({len(dated)} with a dated listing item):")
    print(f"  {'tool':45} {'ms/page':>9} {'x ours':>8} {'correct local date':>19}")
    for name, per_page, ratio, correct in rows:
        print(f"  {name:45} {per_page * 1000:9.3f} {ratio:8.1f} {'—' if correct is None else f'{correct:.1%}':>19}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--peer-sample", type=int, default=300)
    args = parser.parse_args()
    results = []
    for n in args.pages:
        print(f"{n:,} pages", flush=True)
        r = measure_load(n)
        results.append(r)
        print(
            f"  cold load {r['seconds']:.2f} s = {n / r['seconds']:,.0f} pages/s, {r['mb'] / r['seconds']:.1f} MB/s "
            f"({r['mb']:.0f} MB); reading alone {r['floor']:.2f} s, ratio {r['seconds'] / r['floor']:.1f}x\n"
            f"  peak RSS {r['rss_mb']:,.0f} MB in the loading process, {r['worker_rss_mb']:,.0f} MB in the largest worker "
            f"(target <= {3 * r['mb'] + 300:,.0f}); {r['news']:,} news, {r['units']:,} units",
            flush=True,
        )
        print(
            f"  with the cache: first load (parse and write) {r['writing']:.2f} s, warm reload {r['warm']:.2f} s "
            f"= {r['seconds'] / r['warm']:.1f}x faster than cold (peak RSS {r['warm_rss_mb']:,.0f} MB)",
            flush=True,
        )
    if len(results) > 1:
        a, b = results[0], results[-1]
        scale = (b["seconds"] / b["pages"]) / (a["seconds"] / a["pages"])
        print(f"time per page at {b['pages']:,} vs {a['pages']:,} pages: {scale:.2f}x (linear = 1.00)")
    peers(corpus_folder(args.pages[0]), args.peer_sample)


if __name__ == "__main__":
    main()
