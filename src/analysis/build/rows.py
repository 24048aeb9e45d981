"""Page files -> the read tables (`schema.READ`): what a worker sends back, what the cache keeps.

Each page is decoded and read, and its records appended as rows of the read tables,
every row tagged with its `doc_id`, in file order. A chunk of pages leaves as a few
Arrow buffers, not as Python objects, which is what makes reading on several processes
and caching cheap. `tables.py` builds the corpus tables from these.
"""

from __future__ import annotations

import gc
import hashlib
import html
from collections.abc import Iterable

import pyarrow as pa

from ..ids import news_key, slug_id
from ..read.decode import decode_page
from ..read.lines import LineIndex
from ..read.listing import LineMemo
from ..read.page import parse_page
from ..read.records import Page
from .schema import READ


class ReadRows:
    """Rows of the read tables for a run of pages, gathered as tuples."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple]] = {name: [] for name in READ}

    def add(self, raw: bytes, doc_id: str, rel: str, max_bytes: int, memo: LineMemo) -> None:
        """Decode and read one page file and append its rows."""
        text, encoding, findings = decode_page(raw, max_bytes)
        page = parse_page(text, memo) if encoding else Page()
        findings += page.findings
        title, subtitle, lead = page.first("title"), page.first("subtitle"), page.lead_image
        rows = self.rows
        rows["documents"].append((
            doc_id, rel, rel.rsplit("/", 1)[-1], hashlib.sha256(raw).hexdigest(), len(text), encoding,
            title and title.text, subtitle and subtitle.text, lead and lead.src, lead and lead.alt,
            page.declared_projects, len(page.project_list), text,
        ))
        rows["units"].extend((doc_id, n, u.kind, u.text, u.start, u.end) for n, u in enumerate(page.units, 1))
        rows["project_list"].extend(
            (doc_id, n, slug_id(u.text), u.text, u.start, u.end) for n, u in enumerate(page.project_list, 1)
        )
        lines = LineIndex(text) if page.sightings or findings else None
        rows["news_sightings"].extend(
            (doc_id, news_key(s.title), s.title, s.url_fragment, s.url_slug, s.published_utc,
             s.image and s.image.src, s.image and s.image.alt and html.unescape(s.image.alt), s.start, s.end,
             *lines.at(s.start))
            for s in page.sightings
        )
        rows["findings"].extend(
            (doc_id, f.severity, f.code, f.message, f.start, f.end, *(lines.at(f.start) if f.start is not None else (None, None)))
            for f in findings
        )

    def tables(self) -> dict[str, pa.Table]:
        """The rows as Arrow tables with the `READ` schemas."""
        out = {}
        for name, schema in READ.items():
            columns = list(zip(*self.rows[name])) or [[] for _ in schema]
            out[name] = pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, schema)], schema=schema)
        return out


def read_chunk(pages: Iterable[tuple[str, bytes]], max_bytes: int, memo: LineMemo | None = None) -> dict[str, pa.Table]:
    """The read tables of a chunk of pages, given as (file name, bytes): the work a worker
    process does. `memo` keeps listing lines across chunks (one per load or per worker)."""
    rows, memo = ReadRows(), memo if memo is not None else LineMemo()
    collecting = gc.isenabled()
    gc.disable()  # reading makes many objects and no cycles: the collector would only slow it down
    try:
        for name, raw in pages:
            rows.add(raw, name.removesuffix(".txt"), f"pages/{name}", max_bytes, memo)
        return rows.tables()
    finally:
        if collecting:
            gc.enable()
