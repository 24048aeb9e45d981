"""Load a folder of pages into the `Corpus`: seven tidy pandas tables.

Reading and parsing happen page by page; the frames are built once at the end, each
with the column dtypes of `SCHEMAS` (string dtype, nullable integers, tz-aware times).
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import NamedTuple

import ftfy
import ftfy.badness
import pandas as pd

from . import cache as page_cache
from .codebook import Codebook
from .config import LOCAL_TZ, resolve_data_dir
from .errors import CorpusError
from .mentions import Names, compile_names, find_mentions
from .parse import PARSER_VERSION, parse_page
from .records import Finding, Page
from .reference import read_codebook, read_institutions, read_manifest, reference_path

S, I, NI = "string", "int64", "Int64"
SCHEMAS: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": S, "path": S, "sha256": S, "n_chars": I, "encoding": S, "source_url": S,
        "publisher": S, "language": S, "title": S, "subtitle": S, "lead_image_src": S,
        "lead_image_alt": S, "declared_projects": NI, "listed_projects": I, "news_base_url": S,
    },
    "units": {"doc_id": S, "unit_id": S, "kind": S, "position": I, "text": S, "start": I, "end": I},
    "news": {
        "news_id": S, "title": S, "url_fragment": S, "url_slug": S, "url": S,
        "published_utc": "datetime64[us, UTC]", "published_local": f"datetime64[us, {LOCAL_TZ}]",
        "published_date": "period[D]", "image_src": S, "image_alt": S, "doc_id": S, "start": I,
        "end": I, "n_sightings": I,
    },
    "projects": {"project_id": S, "name": S, "position": I, "doc_id": S, "start": I, "end": I},
    "mentions": {
        "doc_id": S, "unit_id": S, "unit_kind": S, "entity_type": S, "entity_id": S, "matched": S,
        "start": I, "end": I,
    },
    "quality": {
        "doc_id": S, "severity": S, "code": S, "message": S, "start": NI, "end": NI, "line": NI, "column": NI,
    },
    # Results of the content analysis (analysis.coding), built on the tables above.
    "codings": {
        "doc_id": S, "unit_id": S, "unit_kind": S, "category": S, "pattern": S, "matched": S, "start": I, "end": I,
    },
    "kwic": {"doc_id": S, "unit_id": S, "left": S, "match": S, "right": S, "start": I, "end": I},
}
TEXT_KINDS = ("title", "subtitle", "paragraph", "list_item", "news_title")


@dataclass
class Corpus:
    """The loaded corpus: one DataFrame per table, the codebook, the decoded page texts."""

    documents: pd.DataFrame
    units: pd.DataFrame
    news: pd.DataFrame
    institutions: pd.DataFrame
    projects: pd.DataFrame
    mentions: pd.DataFrame
    quality: pd.DataFrame
    data_dir: Path
    codebook: Codebook = field(repr=False)
    texts: dict[str, str] = field(default_factory=dict, repr=False)

    TABLES = ("documents", "units", "news", "institutions", "projects", "mentions", "quality")

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name, in a fixed order."""
        return {name: getattr(self, name) for name in self.TABLES}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{len(table)} {name}" for name, table in self.tables().items())
        return f"Corpus({sizes})"

    def sizes(self) -> pd.DataFrame:
        """Rows and columns of each table: what was loaded, at a glance."""
        return pd.DataFrame(
            [(name, len(t), t.shape[1]) for name, t in self.tables().items()], columns=["table", "rows", "columns"]
        ).set_index("table")

    def text(self, doc_id: str) -> str:
        """The decoded text of a page, the text every `start`/`end` points into."""
        return self.texts[doc_id]


def frame(rows: list[tuple], table: str) -> pd.DataFrame:
    """A DataFrame with the columns and dtypes of `SCHEMAS[table]`."""
    schema = SCHEMAS[table]
    return pd.DataFrame.from_records(rows, columns=list(schema)).astype(schema)


MAX_BYTES = 20_000_000  # a page file larger than this is rejected (load_corpus(max_bytes=...))
_BOM = b"\xef\xbb\xbf"
# UTF-8 read as cp1252/latin-1 leaves "Ã", "Â" or "â€": only then is ftfy asked.
_MOJIBAKE_HINT = re.compile("[ÃÂ]|â€")


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
    if _MOJIBAKE_HINT.search(text) and ftfy.badness.is_bad(text):
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            findings.append(Finding("warning", "mojibake_repaired", "UTF-8 decoded twice (mojibake) was repaired"))
            text = fixed
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        findings.append(Finding("info", "normalized_nfc", "the text was normalised to NFC"))
    return text, encoding, findings


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def where(path: str, text: str, finding: Finding) -> str:
    """`path:line:column` of a finding (just the path for a finding about the whole file)."""
    if finding.start is None:
        return path
    return "{}:{}:{}".format(path, *line_col(text, finding.start))


def slug_id(name: str) -> str:
    """A readable id from a name: lower case, runs of other characters as `-`."""
    return re.sub(r"[\W_]+", "-", name.casefold()).strip("-")


def news_key(title: str) -> str:
    """Sightings of one news item share a title, up to case and white space."""
    return " ".join(title.casefold().split())


def news_id(key: str) -> str:
    """A stable id for a news item: the same title gives the same id in any corpus."""
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def conflict_message(title: str, first_doc: str, first: tuple, here: tuple) -> str:
    """Why a later sighting of a news item disagrees with the first: (timestamp, fragment) pairs."""
    return (
        f"{title!r} was listed in {first_doc} with timestamp {first[0]} and fragment {first[1]!r}, "
        f"here with {here[0]} and {here[1]!r}; the first is kept"
    )


PARALLEL_MIN = 2000  # pages; below this, starting worker processes costs more than it saves
PROGRESS_MIN = 2000  # pages; smaller loads take about a second or less


class Item(NamedTuple):
    """A listing item as the loader needs it: plain values, cheap to send between processes."""

    title: str
    url_fragment: str | None
    url_slug: str | None
    published_utc: datetime | None
    image_src: str | None
    image_alt: str | None
    start: int
    end: int


class Parsed(NamedTuple):
    """One page file, read and parsed: what a worker sends back."""

    doc_id: str
    rel: str
    sha256: str
    text: str
    encoding: str | None
    title: str | None
    subtitle: str | None
    lead_src: str | None
    lead_alt: str | None
    declared_projects: int | None
    units: list[tuple[str, str, int, int]]  # kind, text, start, end
    items: list[Item]
    projects: list[tuple[str, int, int]]  # name, start, end
    findings: list[Finding]
    mentions: list[tuple[int, str, str, int, int]]  # institutions: unit position, id, matched, start, end


def read_one(path: Path, root: Path, max_bytes: int, names: Names | None) -> Parsed:
    """Read, decode and parse one page file: the work a worker process does."""
    return parse_bytes(path.read_bytes(), path.stem, path.relative_to(root).as_posix(), max_bytes, names)


def parse_bytes(raw: bytes, doc_id: str, rel: str, max_bytes: int, names: Names | None) -> Parsed:
    """Decode and parse one page and find the institutions in it, as plain values that are
    cheap to send between processes (the parser's records pickle slowly)."""
    text, encoding, findings = decode_page(raw, max_bytes)
    page = parse_page(text) if encoding else Page()
    title, subtitle, lead = page.first("title"), page.first("subtitle"), page.lead_image
    units = [(u.kind, u.text, u.start, u.end) for u in page.units]
    return Parsed(
        doc_id, rel, hashlib.sha256(raw).hexdigest(), text, encoding,
        title and title.text, subtitle and subtitle.text, lead and lead.src, lead and lead.alt, page.declared_projects,
        units,
        [
            Item(i.title, i.url_fragment, i.url_slug, i.published_utc, i.image and i.image.src,
                 i.image and i.image.alt and html.unescape(i.image.alt), i.start, i.end)
            for i in page.items
        ],
        [(u.text, u.start, u.end) for u in page.projects],
        findings + page.findings,
        page_mentions(units, names),
    )


_RECORD_LISTS = {
    "units": ("kind", "text", "start", "end"),
    "projects": ("name", "start", "end"),
    "mentions": ("position", "entity_id", "matched", "start", "end"),
}


def record_of(page: Parsed) -> dict:
    """A parsed page as plain nested values, for the Parquet cache."""
    record = page._asdict()
    for name, fields in _RECORD_LISTS.items():
        record[name] = [dict(zip(fields, row)) for row in record[name]]
    record["items"] = [item._asdict() for item in page.items]
    record["findings"] = [asdict(f) for f in page.findings]
    return record


def parsed_of(record: dict) -> Parsed:
    """The inverse of `record_of`."""
    values = dict(record)
    for name, fields in _RECORD_LISTS.items():
        values[name] = [tuple(row[f] for f in fields) for row in record[name]]
    values["items"] = [Item(**item) for item in record["items"]]
    values["findings"] = [Finding(**f) for f in record["findings"]]
    return Parsed(**{f: values[f] for f in Parsed._fields})


def page_mentions(units: list, names: Names | None) -> list[tuple[int, str, str, int, int]]:
    """(unit position, entity_id, matched, start, end) for every name found in a page's
    (kind, text, start, end) units."""
    return [
        (n, entity_id, matched, start + m_start, start + m_end)
        for n, (_, text, start, _) in enumerate(units, 1)
        for entity_id, matched, m_start, m_end in find_mentions(text, names)
    ]


def read_all(
    paths: list[Path], root: Path, max_bytes: int, names: Names | None, workers: int, progress: bool | None
) -> Iterator[tuple]:
    """`read_one` over every file, in file order, on `workers` processes for a large folder."""
    work = partial(read_one, root=root, max_bytes=max_bytes, names=names)
    if workers > 1 and len(paths) >= PARALLEL_MIN:
        with ProcessPoolExecutor(workers) as pool:
            yield from _progress(pool.map(work, paths, chunksize=256), len(paths), progress)
    else:
        yield from _progress(map(work, paths), len(paths), progress)


def _progress(results: Iterable, total: int, show: bool | None) -> Iterable:
    """A progress bar for long loads, only where someone is watching: a terminal or a
    live notebook, never in CI (the CI variable) or for small folders."""
    if show is None:
        show = total >= PROGRESS_MIN and not os.environ.get("CI") and (sys.stderr.isatty() or "ipykernel" in sys.modules)
    if not show:
        return results
    from tqdm.auto import tqdm  # imported only to show a bar: in a kernel it needs ipywidgets

    return tqdm(results, total=total, unit="page", desc="loading")


def load_corpus(
    data_dir: str | Path | None = None,
    *,
    strict: bool = False,
    max_bytes: int = MAX_BYTES,
    workers: int | None = None,
    progress: bool | None = None,
    cache: bool | None = None,
) -> Corpus:
    """Load `data_dir/pages/*.txt` (the bundled corpus when None) into a `Corpus`.

    Reference tables the folder lacks come from the bundled data. A bad page never stops
    the load: its problems become `quality` rows. With `strict=True` the first error
    raises `CorpusError` naming the file, line and column instead. Large folders are read
    on `workers` processes (default: every core); `progress` forces the bar on or off;
    `cache` (default: for folders of CACHE_MIN pages or more) keeps parsed pages and
    tables in `<data_dir>/.analysis_cache` so that a reload parses only what changed.
    """
    root = resolve_data_dir(data_dir)
    paths = sorted((root / "pages").glob("*.txt"))
    if not paths:
        raise CorpusError(f"no pages: {root / 'pages'} holds no *.txt files")
    manifest = {row["file"]: row for row in read_manifest(root).to_dict("records")}
    institutions = read_institutions(root)
    codebook = read_codebook(root)
    names = institution_names(institutions)
    reuse: dict[str, dict] = {}
    use_cache = cache if cache is not None else len(paths) >= page_cache.CACHE_MIN
    if use_cache:
        stats = page_cache.file_stats(paths, root)
        version = page_cache.digest(PARSER_VERSION, max_bytes, names and names.regex.pattern, names and names.entity_ids)
        references = [reference_path(root, n).read_bytes().hex() for n in ("pages.csv", "institutions.csv", "codebook.yml")]
        key = page_cache.digest(version, page_cache.digest(references), stats)
        if not strict and page_cache.read_meta(root).get("key") == key:
            cached = page_cache.read_tables(root, Corpus.TABLES)
            if cached is not None:
                return Corpus(**cached[0], data_dir=root, codebook=codebook, texts=cached[1])
        reuse = page_cache.read_records(root, version, stats)
    fresh = read_all(
        [p for p in paths if p.relative_to(root).as_posix() not in reuse],
        root, max_bytes, names, workers or os.cpu_count() or 1, progress,
    )
    pages = {}
    for path in paths:
        rel = path.relative_to(root).as_posix()
        page = parsed_of(reuse[rel]) if rel in reuse else next(fresh)
        pages[page.doc_id] = page
    documents, quality = document_rows(pages, manifest, strict)
    docs = frame(documents, "documents")
    units = units_frame(pages)
    news, conflicts = news_frame(pages, manifest)
    projects = projects_frame(pages)
    mentions = mentions_frame(pages, projects)
    corpus = Corpus(
        documents=docs,
        units=units,
        news=news,
        institutions=institutions_frame(institutions, mentions),
        projects=projects,
        mentions=mentions,
        quality=frame(quality + conflicts, "quality"),
        data_dir=root,
        codebook=codebook,
        texts={doc_id: page.text for doc_id, page in pages.items()},
    )
    if use_cache:
        page_cache.write(
            root, {"key": key, "version": version, "stats": stats},
            [record_of(p) for p in pages.values()], corpus.tables(),
        )
    return corpus


def manifest_row(manifest: dict[str, dict], page: Parsed) -> dict | None:
    """The pages.csv row of a page file, None when it is not listed."""
    return manifest.get(page.rel.rsplit("/", 1)[-1])


def document_rows(pages: dict[str, Parsed], manifest: dict[str, dict], strict: bool = False) -> tuple[list, list]:
    """The documents rows and the quality rows of each page's own findings; in strict
    mode the first error raises `CorpusError` naming file, line and column."""
    documents, quality = [], []
    for doc_id, page in pages.items():
        rel, text = page.rel, page.text
        meta = manifest_row(manifest, page)
        findings = page.findings
        if meta is None:
            name = rel.rsplit("/", 1)[-1]
            findings = [Finding("info", "not_in_manifest", f"{name} is not listed in pages.csv"), *findings]
        if strict:
            error = next((f for f in findings if f.severity == "error"), None)
            if error is not None:
                raise CorpusError(f"{where(rel, text, error)}: {error.code}: {error.message}")
        documents.append((
            doc_id, rel, page.sha256, len(text), page.encoding,
            *(meta[c] if meta is not None else None for c in ("source_url", "publisher", "language")),
            page.title, page.subtitle, page.lead_src, page.lead_alt,
            page.declared_projects, len(page.projects), meta["news_base_url"] if meta is not None else None,
        ))
        quality += [
            (doc_id, f.severity, f.code, f.message, f.start, f.end, *(line_col(text, f.start) if f.start is not None else (None, None)))
            for f in findings
        ]
    return documents, quality


def units_frame(pages: dict[str, Parsed]) -> pd.DataFrame:
    """One row per text unit, in document order; `unit_id` is `doc_id:position`."""
    rows = [
        (doc_id, f"{doc_id}:{n}", kind, n, text, start, end)
        for doc_id, page in pages.items()
        for n, (kind, text, start, end) in enumerate(page.units, 1)
    ]
    return frame(rows, "units")


def news_frame(pages: dict[str, Parsed], manifest: dict[str, dict]) -> tuple[pd.DataFrame, list[tuple]]:
    """One row per distinct news item (first sighting wins), and a finding for every
    later sighting that disagrees with the first on timestamp or URL fragment."""
    base_urls = {doc_id: (manifest_row(manifest, page) or {}).get("news_base_url") for doc_id, page in pages.items()}
    first: dict[str, tuple] = {}
    sightings: dict[str, int] = {}
    conflicts = []
    for doc_id, page in pages.items():
        for item in page.items:
            key = news_key(item.title)
            sightings[key] = sightings.get(key, 0) + 1
            if key in first:
                seen = first[key]
                if (seen[5], seen[2]) != (item.published_utc, item.url_fragment):
                    conflicts.append((
                        doc_id, "warning", "conflicting_sighting",
                        conflict_message(item.title, seen[10], (seen[5], seen[2]), (item.published_utc, item.url_fragment)),
                        item.start, item.end, *line_col(page.text, item.start),
                    ))
                continue
            base = base_urls.get(doc_id)
            url = base + item.url_slug if item.url_slug and not pd.isna(base) else None
            first[key] = (
                news_id(key), item.title, item.url_fragment, item.url_slug, url,
                item.published_utc, None, None, item.image_src, item.image_alt, doc_id, item.start, item.end, 0,
            )
    rows = [row[:-1] + (sightings[key],) for key, row in first.items()]
    news = pd.DataFrame.from_records(rows, columns=list(SCHEMAS["news"]))
    utc = pd.to_datetime(news["published_utc"], utc=True)
    news["published_local"] = utc.dt.tz_convert(LOCAL_TZ)
    news["published_date"] = news["published_local"].dt.tz_localize(None).dt.to_period("D")
    news["published_utc"] = utc
    return news.astype(SCHEMAS["news"]), conflicts


def projects_frame(pages: dict[str, Parsed]) -> pd.DataFrame:
    """One row per distinct development project, in page order of its first listing."""
    rows: dict[str, tuple] = {}
    for doc_id, page in pages.items():
        for n, (name, start, end) in enumerate(page.projects, 1):
            rows.setdefault(slug_id(name), (slug_id(name), name, n, doc_id, start, end))
    return frame(list(rows.values()), "projects")


def institution_names(institutions: pd.DataFrame) -> Names | None:
    """Every alias of every institution (its short name when it has no aliases)."""
    return compile_names(
        (row.institution_id, alias)
        for row in institutions.itertuples()
        for alias in str(row.aliases if not pd.isna(row.aliases) else row.short_name).split(";")
    )


def mentions_frame(pages: dict[str, Parsed], projects: pd.DataFrame) -> pd.DataFrame:
    """One row per match of an institution alias or a project name in a unit, in unit
    order; institutions were found while reading, projects are looked for once all are known."""
    project_names = compile_names(zip(projects["project_id"], projects["name"]))
    rows = []
    for doc_id, page in pages.items():
        kinds = [kind for kind, *_ in page.units]
        both = [(m, 0) for m in page.mentions] + [(m, 1) for m in page_mentions(page.units, project_names)]
        both.sort(key=lambda pair: (pair[0][0], pair[1], pair[0][3]))
        rows += [
            (doc_id, f"{doc_id}:{n}", kinds[n - 1], ("institution", "project")[t], entity_id, matched, start, end)
            for (n, entity_id, matched, start, end), t in both
        ]
    return frame(rows, "mentions")


def institutions_frame(institutions: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The reference table with mention counts in text units and in image alt texts."""
    found = mentions[mentions["entity_type"] == "institution"]
    in_text = found["unit_kind"].isin(TEXT_KINDS)
    counts = pd.DataFrame({
        "mentions_text": found[in_text].groupby("entity_id").size(),
        "mentions_image_alt": found[~in_text].groupby("entity_id").size(),
    })
    out = institutions.join(counts, on="institution_id")
    out[["mentions_text", "mentions_image_alt"]] = out[["mentions_text", "mentions_image_alt"]].fillna(0).astype("int64")
    return out
