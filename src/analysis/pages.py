"""Page files -> Arrow columns: what a worker sends back and what the cache keeps.

Each page is decoded, parsed and searched for institution names, and its records are
appended as rows of six flat tables (`PARSED`), every row tagged with its `doc_id`, in
file order. A chunk of pages leaves as a few Arrow buffers, not as Python objects,
which is what makes reading on several processes and caching in Parquet cheap.
`tables.py` builds the seven corpus tables from these.
"""

from __future__ import annotations

import gc
import hashlib
import html
import os
import unicodedata
from bisect import bisect_right
from operator import itemgetter
from pathlib import Path

import ftfy
import ftfy.badness
import pyarrow as pa

from .mentions import Names, find_in_spans
from .parse import parse_page
from .records import Finding, Page
from .ids import news_key, slug_id

MAX_BYTES = 20_000_000  # a page file larger than this is rejected (load_corpus(max_bytes=...))
_BOM = b"\xef\xbb\xbf"

STR, INT = pa.large_string(), pa.int64()
_UNIT_AND_START = itemgetter(1, 5)  # a mentions row's unit position and start
PARSED: dict[str, pa.Schema] = {
    "pages": pa.schema([
        ("doc_id", STR), ("path", STR), ("file", STR), ("sha256", STR), ("n_chars", INT), ("encoding", STR),
        ("title", STR), ("subtitle", STR), ("lead_image_src", STR), ("lead_image_alt", STR),
        ("declared_projects", INT), ("listed_projects", INT), ("text", STR),
    ]),
    "units": pa.schema([("doc_id", STR), ("position", INT), ("kind", STR), ("text", STR), ("start", INT), ("end", INT)]),
    "items": pa.schema([
        ("doc_id", STR), ("key", STR), ("title", STR), ("url_fragment", STR), ("url_slug", STR),
        ("published_utc", pa.timestamp("us", tz="UTC")), ("image_src", STR), ("image_alt", STR),
        ("start", INT), ("end", INT), ("line", INT), ("column", INT),
    ]),
    "listings": pa.schema([
        ("doc_id", STR), ("position", INT), ("project_id", STR), ("name", STR), ("start", INT), ("end", INT),
    ]),
    "findings": pa.schema([
        ("doc_id", STR), ("severity", STR), ("code", STR), ("message", STR),
        ("start", INT), ("end", INT), ("line", INT), ("column", INT),
    ]),
    "mentions": pa.schema([
        ("doc_id", STR), ("position", INT), ("unit_kind", STR), ("entity_id", STR), ("matched", STR),
        ("start", INT), ("end", INT),
    ]),
}


def decode_page(raw: bytes, max_bytes: int = MAX_BYTES) -> tuple[str, str | None, list[Finding]]:
    """Bytes -> the text every offset refers to, its encoding and findings.

    UTF-8 (a BOM is dropped), else cp1252; double-decoded UTF-8 (mojibake) is repaired;
    the text is NFC-normalised. An empty, oversized or binary file is rejected: "" and an
    error finding, and the load goes on.
    """
    if not raw:
        return "", None, [Finding("error", "empty_file", "the file is empty")]
    if len(raw) > max_bytes:
        return "", None, [Finding("error", "file_too_large", f"{len(raw):,} bytes, over the limit of {max_bytes:,}")]
    if b"\x00" in raw:
        return "", None, [Finding("error", "nul_bytes", f"a NUL byte at byte {raw.index(0)}: not a text page")]
    findings = []
    try:
        text, encoding = raw.decode("utf-8-sig"), "utf-8-sig" if raw.startswith(_BOM) else "utf-8"
    except UnicodeDecodeError as exc:
        text, encoding = raw.decode("cp1252", errors="replace"), "cp1252"
        findings.append(Finding("warning", "not_utf8", f"invalid UTF-8 at byte {exc.start}; decoded as cp1252"))
    # UTF-8 read as cp1252/latin-1 leaves "Ã", "Â" or "â€": only then is ftfy asked.
    if ("Ã" in text or "Â" in text or "â€" in text) and ftfy.badness.is_bad(text):
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            findings.append(Finding("warning", "mojibake_repaired", "UTF-8 decoded twice (mojibake) was repaired"))
            text = fixed
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        findings.append(Finding("info", "normalized_nfc", "the text was normalised to NFC"))
    return text, encoding, findings


class Lines:
    """1-based line and column of character offsets in one text, by bisection."""

    def __init__(self, text: str):
        self.starts = [0]
        pos = text.find("\n")
        while pos >= 0:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


class Chunk:
    """Rows of the `PARSED` tables for a run of pages, gathered as tuples."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple]] = {name: [] for name in PARSED}

    def add(self, raw: bytes, doc_id: str, rel: str, max_bytes: int, names: Names | None) -> None:
        """Decode and parse one page file and append its rows."""
        text, encoding, findings = decode_page(raw, max_bytes)
        page = parse_page(text) if encoding else Page()
        findings += page.findings
        title, subtitle, lead = page.first("title"), page.first("subtitle"), page.lead_image
        rows = self.rows
        rows["pages"].append((
            doc_id, rel, rel.rsplit("/", 1)[-1], hashlib.sha256(raw).hexdigest(), len(text), encoding,
            title and title.text, subtitle and subtitle.text, lead and lead.src, lead and lead.alt,
            page.declared_projects, len(page.projects), text,
        ))
        units = page.units
        rows["units"].extend((doc_id, n, u.kind, u.text, u.start, u.end) for n, u in enumerate(units, 1))
        rows["listings"].extend((doc_id, n, slug_id(u.text), u.text, u.start, u.end) for n, u in enumerate(page.projects, 1))
        lines = Lines(text) if page.items or findings else None
        rows["items"].extend(
            (doc_id, news_key(i.title), i.title, i.url_fragment, i.url_slug, i.published_utc,
             i.image and i.image.src, i.image and i.image.alt and html.unescape(i.image.alt), i.start, i.end,
             *lines.at(i.start))
            for i in page.items
        )
        if findings:
            rows["findings"].extend(
                (doc_id, f.severity, f.code, f.message, f.start, f.end, *(lines.at(f.start) if f.start is not None else (None, None)))
                for f in findings
            )
        if names is not None and units:
            # units come in text order; sorted anyway, as find_in_spans needs, then put back in unit order
            order = sorted(range(len(units)), key=lambda n: units[n].start)
            found = find_in_spans(text, [(units[n].start, units[n].end) for n in order], names)
            rows["mentions"].extend(sorted(
                ((doc_id, order[i] + 1, units[order[i]].kind, entity_id, matched, start, end)
                 for i, entity_id, matched, start, end in found),
                key=_UNIT_AND_START,
            ))

    def tables(self) -> dict[str, pa.Table]:
        """The rows as Arrow tables with the `PARSED` schemas."""
        out = {}
        for name, schema in PARSED.items():
            columns = list(zip(*self.rows[name])) or [[] for _ in schema]
            out[name] = pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, schema)], schema=schema)
        return out


def read_chunk(files: list[str], root: Path, max_bytes: int, names: Names | None) -> dict[str, pa.Table]:
    """Read and parse files of `root/pages`: the work a worker process does."""
    chunk = Chunk()
    folder = os.path.join(root, "pages")
    collecting = gc.isenabled()
    gc.disable()  # parsing makes many objects and no cycles: the collector would only slow it down
    try:
        for name in files:
            with open(os.path.join(folder, name), "rb") as f:
                raw = f.read()
            chunk.add(raw, name.removesuffix(".txt"), f"pages/{name}", max_bytes, names)
        return chunk.tables()
    finally:
        if collecting:
            gc.enable()


def spill_chunk(files: list[str], root: Path, max_bytes: int, names: Names | None, folder: str) -> tuple[int, dict[str, Path]]:
    """`read_chunk` in a worker process: the tables are written as Arrow IPC files in
    `folder` and their paths returned, so that they reach the loader memory-mapped, not
    copied through a pipe into its heap. Also returns the number of pages read."""
    paths = {}
    for name, table in read_chunk(files, root, max_bytes, names).items():
        paths[name] = Path(folder, f"{files[0]}.{name}.arrow")
        write_arrow(paths[name], table)
    return len(files), paths


def write_arrow(path: Path, table: pa.Table) -> None:
    """An uncompressed Arrow IPC file, written under a temporary name and then put in
    place, so that a reader that mapped the old file keeps it whole."""
    part = path.with_name(path.name + ".part")
    with pa.OSFile(str(part), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    os.replace(part, path)


def map_arrow(path: Path) -> pa.Table:
    """An Arrow IPC file, memory-mapped: nothing is read until it is used."""
    return pa.ipc.open_file(pa.memory_map(str(path))).read_all()
