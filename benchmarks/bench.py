"""Loading speed and memory on generated mixed-layout corpora, the per-page parse against peers, and the Dask engine.

The corpora mix every layout `analysis.synthetic.generate_mixed_corpus` writes (five
sites, Finnish and English), with the generator's truth beside them. Prints, for each
corpus size: pages/s, MB/s, peak RSS, the time that merely reading the files takes (the
floor) and our ratio to it, the cold load against the cache, and our share of correct
publication dates on every page; then our per-page parse time by layout; then, on a sample
of the first corpus, our per-page parse time against trafilatura.extract and
htmldate.find_date with each tool's share of correct publication dates; then the Dask
engine on a two-worker LocalCluster for the largest corpus. Run with `make bench`; every
section but the loads can be left out (see --help).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis.build.names import find_mentions
from analysis.build.rows import read_chunk
from analysis.build.tables import plan_names, with_language
from analysis.read.decode import MAX_BYTES
from analysis.read.listing import LineMemo
from analysis.read.page import parse_page
from analysis.read.reference import read_institutions, read_manifest, read_projects
from analysis.store import clear as clear_cache
from analysis.synthetic import MIXED_LAYOUTS, generate_mixed_corpus, read_mixed_truth

DATA = Path(__file__).resolve().parent / ".data"
DATE_RULE = "a page without a true date counts as correct only if the tool gives no date"
LOAD = """
import json, resource, sys, time
import analysis
from analysis.synthetic import read_mixed_truth
t = time.perf_counter()
corpus = analysis.load_corpus(sys.argv[1], progress=False, cache=sys.argv[2] == "cache")
seconds = time.perf_counter() - t
rss = {who: resource.getrusage(getattr(resource, who)).ru_maxrss / 1024 for who in ("RUSAGE_SELF", "RUSAGE_CHILDREN")}
truth = read_mixed_truth(sys.argv[1]).documents.set_index("doc_id")["published_date"].astype("string")
ours = corpus.documents.set_index("doc_id")["published_date"].astype("string").reindex(truth.index)
same = (ours == truth).fillna(False) | (ours.isna() & truth.isna())
print(json.dumps({"seconds": seconds, "rss_mb": rss["RUSAGE_SELF"], "worker_rss_mb": rss["RUSAGE_CHILDREN"],
                  "news": len(corpus.news), "units": len(corpus.units),
                  "dates_all": float(same.mean()), "dates_dated": float(same[truth.notna()].mean())}))
"""
DASK = """
import json, resource, sys, time
import dask
from dask.distributed import Client, LocalCluster
from analysis import read_corpus_dask

def peak_mb():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

t = time.perf_counter()
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, Client(cluster) as client:
    started = time.perf_counter() - t
    t = time.perf_counter()
    corpus = read_corpus_dask(sys.argv[1], files_per_partition=int(sys.argv[2]))
    lengths = dask.compute(*(table.shape[0] for table in corpus.tables().values()))
    seconds = time.perf_counter() - t
    workers = sorted(client.run(peak_mb).values())
print(json.dumps({"start": started, "seconds": seconds, "client_rss_mb": peak_mb(), "worker_rss_mb": workers,
                  "partitions": corpus.documents.npartitions, "lengths": dict(zip(corpus.tables(), lengths))}))
"""


def corpus_folder(n: int) -> Path:
    """The mixed-layout corpus of `n` pages, generated once (seeded by `n`) and kept."""
    folder = DATA / f"mixed_{n}"
    if not (folder / "truth_documents.csv").exists():
        t = time.perf_counter()
        generate_mixed_corpus(folder, n, seed=n)
        print(f"  generated {n:,} mixed-layout pages in {time.perf_counter() - t:.1f} s", flush=True)
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


def run_script(script: str, *args: str) -> dict:
    """A script in a fresh process, so that its peak RSS is its own; its JSON answer."""
    argv = [sys.executable, "-c", script, *args]
    return json.loads(subprocess.run(argv, capture_output=True, text=True, check=True).stdout)


def measure_load(n: int) -> dict:
    """Cold load, first load with the cache and warm reload of the `n`-page corpus."""
    folder = corpus_folder(n)
    clear_cache(folder)
    floor, size = read_floor(folder)
    result = run_script(LOAD, str(folder), "none")
    writing = run_script(LOAD, str(folder), "cache")
    warm = run_script(LOAD, str(folder), "cache")
    result.update(pages=n, mb=size / 1e6, floor=floor, writing=writing["seconds"], warm=warm["seconds"], warm_rss_mb=warm["rss_mb"])
    return result


def print_load(r: dict) -> None:
    n = r["pages"]
    print(
        f"  cold load {r['seconds']:.2f} s = {n / r['seconds']:,.0f} pages/s, {r['mb'] / r['seconds']:.1f} MB/s "
        f"({r['mb']:.0f} MB); reading alone {r['floor']:.2f} s, ratio {r['seconds'] / r['floor']:.1f}x\n"
        f"  peak RSS {r['rss_mb']:,.0f} MB in the loading process, {r['worker_rss_mb']:,.0f} MB in the largest worker "
        f"(target <= {3 * r['mb'] + 300:,.0f}); {r['news']:,} news, {r['units']:,} units\n"
        f"  with the cache: first load (parse and write) {r['writing']:.2f} s, warm reload {r['warm']:.2f} s "
        f"= {r['seconds'] / r['warm']:.1f}x faster than cold (peak RSS {r['warm_rss_mb']:,.0f} MB)\n"
        f"  our publication dates (documents.published_date) against the truth: {r['dates_all']:.1%} of all pages, "
        f"{r['dates_dated']:.1%} of the pages with a true date",
        flush=True,
    )


def best_per_page(fn: Callable[[str, LineMemo], object], texts: list[str]) -> tuple[float, list]:
    """Seconds a page, best of three passes (this machine's timings vary), and the answers.
    Our reader starts each pass without the listing lines it remembers."""
    best, answers = float("inf"), []
    for _ in range(3):
        memo = LineMemo()
        t = time.perf_counter()
        answers = [fn(text, memo) for text in texts]
        best = min(best, time.perf_counter() - t)
    return best / len(texts), answers


def page_texts(folder: Path, doc_ids: list[str]) -> list[str]:
    return [(folder / "pages" / f"{d}.txt").read_text(encoding="utf-8") for d in doc_ids]


def layouts(folder: Path, per_layout: int) -> None:
    """parse_page's time a page on the first `per_layout` pages of each layout (by the truth)."""
    documents = read_mixed_truth(folder).documents
    print(f"  parse_page by layout (the generator's layout; first {per_layout} pages of each, best of three):")
    for layout in MIXED_LAYOUTS:
        ids = list(documents.loc[documents["layout"] == layout, "doc_id"][:per_layout])
        if ids:
            texts = page_texts(folder, ids)
            per_page, _ = best_per_page(parse_page, texts)
            kb = sum(map(len, texts)) / len(texts) / 1000
            print(f"    {layout:20} {per_page * 1000:7.3f} ms/page on {len(ids):4} pages ({kb:.1f} K chars a page)")


def day_string(value: object) -> str | None:
    """A tool's date as the YYYY-MM-DD string compared (its first ten characters), or None."""
    return None if value is None else str(value)[:10]


def loader_step(folder: Path, texts: list[str]) -> tuple[float, list[str | None]]:
    """What the loader does for each page, the sample as one chunk (decode, hash, read,
    Arrow columns, language, names found): seconds a page, best of three, and the
    documents table's published dates."""
    manifest, institutions, projects = read_manifest(folder), read_institutions(folder), read_projects(folder)
    pages = [(f"{n:07d}.txt", text.encode()) for n, text in enumerate(texts)]
    best, read = float("inf"), {}
    for _ in range(3):
        t = time.perf_counter()
        read = read_chunk(pages, MAX_BYTES, LineMemo())
        names = plan_names(read["project_list"], institutions, projects)[1]
        find_mentions(with_language(read["units"], read["documents"], manifest), names)
        best = min(best, time.perf_counter() - t)
    return best / len(texts), [day_string(d) for d in read["documents"]["published_date"].to_pylist()]


def peer_tools() -> list[tuple[str, Callable[[str], str | None]]] | None:
    """trafilatura and htmldate as (name, page text -> date), or None if not installed."""
    try:
        import htmldate
        import trafilatura
    except ImportError:
        return None

    def trafilatura_date(text: str) -> str | None:
        found = trafilatura.extract(text, with_metadata=True, output_format="json")
        return json.loads(found).get("date") if found else None

    return [
        ("trafilatura.extract(with_metadata=True)", trafilatura_date),
        ("htmldate.find_date(extensive_search=True)", lambda text: htmldate.find_date(text, extensive_search=True)),
    ]


def shares(answers: list[str | None], truth: list[str | None]) -> tuple[float, float]:
    """The share of correct dates on all pages (a page without a true date is correct only
    when no date is given) and among the pages with a true date."""
    right = [day_string(a) == t for a, t in zip(answers, truth)]
    dated = [ok for ok, t in zip(right, truth) if t is not None]
    return sum(right) / len(right), sum(dated) / len(dated) if dated else float("nan")


def peers(folder: Path, sample: int) -> None:
    """Our per-page parse and publication dates against trafilatura's and htmldate's, on
    the first `sample` pages of the corpus."""
    documents = read_mixed_truth(folder).documents[:sample]
    truth = [None if d is pd.NA else d for d in documents["published_date"].astype("string")]
    texts = page_texts(folder, list(documents["doc_id"]))
    ours, pages = best_per_page(parse_page, texts)
    loader, loaded = loader_step(folder, texts)
    ours_dates = [day_string(published and published.day) for published in (p.date("published") for p in pages)]
    rows = [
        ("analysis.read.page.parse_page (Page.date)", ours, 1.0, shares(ours_dates, truth)),
        ("  + decode, hash, columns, names (documents)", loader, loader / ours, shares(loaded, truth)),
    ]
    tools = peer_tools()
    for name, fn in tools or []:
        per_page, answers = best_per_page(lambda text, memo, fn=fn: fn(text), texts)
        rows.append((name, per_page, per_page / ours, shares(answers, truth)))
    dated = sum(t is not None for t in truth)
    print(f"  per page on the first {len(texts)} pages ({dated} with a true publication date); {DATE_RULE}:")
    print(f"  {'tool':45} {'ms/page':>9} {'x ours':>8} {'correct, all':>13} {'correct, dated':>15}")
    for name, per_page, ratio, (everywhere, among_dated) in rows:
        print(f"  {name:45} {per_page * 1000:9.3f} {ratio:8.1f} {everywhere:13.1%} {among_dated:15.1%}")
    if tools is None:
        print("  peers not installed: pip install -e '.[bench]'")


def dask_engine(folder: Path, per_partition: int, load: dict | None) -> None:
    """The Dask engine on a two-worker LocalCluster, beside the pandas loader's cold load."""
    r = run_script(DASK, str(folder), str(per_partition))
    workers = " + ".join(f"{mb:,.0f}" for mb in r["worker_rss_mb"])
    print(
        f"  dask engine, LocalCluster(n_workers=2, threads_per_worker=1, processes=True), {r['partitions']} partitions "
        f"of {per_partition} files: every table built (all nine lengths computed) in {r['seconds']:.2f} s "
        f"(cluster start {r['start']:.1f} s not counted); peak RSS {r['client_rss_mb']:,.0f} MB in the client, "
        f"{workers} MB in the workers",
        flush=True,
    )
    if load is not None:
        print(
            f"  pandas loader, same corpus, cold: {load['seconds']:.2f} s; peak RSS {load['rss_mb']:,.0f} MB in the "
            f"loading process, {load['worker_rss_mb']:,.0f} MB in the largest worker; dask / pandas time "
            f"{r['seconds'] / load['seconds']:.2f}x",
            flush=True,
        )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[10_000, 100_000], help="corpus sizes, smallest first")
    parser.add_argument("--peer-sample", type=int, default=300, help="pages of the first corpus the peers read")
    parser.add_argument("--layout-sample", type=int, default=200, help="pages of each layout parse_page is timed on")
    parser.add_argument("--files-per-partition", type=int, default=256, help="the Dask engine's partition size")
    parser.add_argument("--no-load", action="store_true", help="skip the loads (and the scaling and the Dask comparison)")
    parser.add_argument("--no-layouts", action="store_true", help="skip the per-layout parse times")
    parser.add_argument("--no-peers", action="store_true", help="skip trafilatura and htmldate")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask engine")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    results = []
    for n in [] if args.no_load else args.pages:
        print(f"{n:,} pages", flush=True)
        results.append(measure_load(n))
        print_load(results[-1])
    if len(results) > 1:
        a, b = results[0], results[-1]
        scale = (b["seconds"] / b["pages"]) / (a["seconds"] / a["pages"])
        print(f"time per page at {b['pages']:,} vs {a['pages']:,} pages: {scale:.2f}x (linear = 1.00)")
    first = corpus_folder(args.pages[0])
    if not args.no_layouts:
        layouts(first, args.layout_sample)
    if not args.no_peers:
        peers(first, args.peer_sample)
    if not args.no_dask:
        print(f"{args.pages[-1]:,} pages, Dask engine", flush=True)
        dask_engine(corpus_folder(args.pages[-1]), args.files_per_partition, results[-1] if results else None)


if __name__ == "__main__":
    main()
