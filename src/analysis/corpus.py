"""Load a folder of pages into the `Corpus`: seven tidy pandas tables.

Reading and parsing happen page by page; the frames are built once at the end, each
with the column dtypes of `SCHEMAS` (string dtype, nullable integers, tz-aware times).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import ftfy
import ftfy.badness
import pandas as pd

from .codebook import Codebook
from .config import LOCAL_TZ, resolve_data_dir
from .errors import CorpusError
from .mentions import compile_names, find_mentions
from .parse import parse_page
from .records import Finding, Page
from .reference import read_codebook, read_institutions, read_manifest

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
    if not text.isascii() and ftfy.badness.is_bad(text):
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


def load_corpus(data_dir: str | Path | None = None, *, strict: bool = False, max_bytes: int = MAX_BYTES) -> Corpus:
    """Load `data_dir/pages/*.txt` (the bundled corpus when None) into a `Corpus`.

    Reference tables the folder lacks come from the bundled data. A bad page never stops
    the load: its problems become `quality` rows. With `strict=True` the first error
    raises `CorpusError` naming the file, line and column instead.
    """
    root = resolve_data_dir(data_dir)
    paths = sorted((root / "pages").glob("*.txt"))
    if not paths:
        raise CorpusError(f"no pages: {root / 'pages'} holds no *.txt files")
    manifest = read_manifest(root).set_index("file")
    institutions = read_institutions(root)
    codebook = read_codebook(root)
    texts: dict[str, str] = {}
    pages: dict[str, Page] = {}
    documents, quality = [], []
    for path in paths:
        doc_id, rel = path.stem, path.relative_to(root).as_posix()
        raw = path.read_bytes()
        text, encoding, findings = decode_page(raw, max_bytes)
        page = parse_page(text) if encoding else Page()
        texts[doc_id], pages[doc_id] = text, page
        meta = manifest.loc[path.name] if path.name in manifest.index else None
        if meta is None:
            findings.append(Finding("info", "not_in_manifest", f"{path.name} is not listed in pages.csv"))
        findings += page.findings
        if strict:
            error = next((f for f in findings if f.severity == "error"), None)
            if error is not None:
                raise CorpusError(f"{where(rel, text, error)}: {error.code}: {error.message}")
        title, subtitle = page.first("title"), page.first("subtitle")
        lead = page.lead_image
        documents.append((
            doc_id, rel, hashlib.sha256(raw).hexdigest(), len(text), encoding,
            *(meta[c] if meta is not None else None for c in ("source_url", "publisher", "language")),
            title and title.text, subtitle and subtitle.text, lead and lead.src, lead and lead.alt,
            page.declared_projects, len(page.projects), meta["news_base_url"] if meta is not None else None,
        ))
        quality += [
            (doc_id, f.severity, f.code, f.message, f.start, f.end, *(line_col(text, f.start) if f.start is not None else (None, None)))
            for f in findings
        ]
    docs = frame(documents, "documents")
    units = units_frame(pages)
    news, conflicts = news_frame(pages, docs, texts)
    projects = projects_frame(pages)
    mentions = mentions_frame(units, institutions, projects)
    return Corpus(
        documents=docs,
        units=units,
        news=news,
        institutions=institutions_frame(institutions, mentions),
        projects=projects,
        mentions=mentions,
        quality=frame(quality + conflicts, "quality"),
        data_dir=root,
        codebook=codebook,
        texts=texts,
    )


def units_frame(pages: dict[str, Page]) -> pd.DataFrame:
    """One row per text unit, in document order; `unit_id` is `doc_id:position`."""
    rows = [
        (doc_id, f"{doc_id}:{n}", u.kind, n, u.text, u.start, u.end)
        for doc_id, page in pages.items()
        for n, u in enumerate(page.units, 1)
    ]
    return frame(rows, "units")


def news_frame(
    pages: dict[str, Page], documents: pd.DataFrame, texts: dict[str, str]
) -> tuple[pd.DataFrame, list[tuple]]:
    """One row per distinct news item (first sighting wins), and a finding for every
    later sighting that disagrees with the first on timestamp or URL fragment."""
    base_urls = dict(zip(documents["doc_id"], documents["news_base_url"]))
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
                        f"{item.title!r} was listed in {seen[10]} with timestamp {seen[5]} and fragment "
                        f"{seen[2]!r}, here with {item.published_utc} and {item.url_fragment!r}; the first is kept",
                        item.start, item.end, *line_col(texts[doc_id], item.start),
                    ))
                continue
            base = base_urls.get(doc_id)
            url = base + item.url_slug if item.url_slug and not pd.isna(base) else None
            image = item.image
            first[key] = (
                hashlib.sha1(key.encode()).hexdigest()[:12], item.title, item.url_fragment, item.url_slug, url,
                item.published_utc, None, None, image and image.src, image and image.alt and html.unescape(image.alt), doc_id, item.start,
                item.end, 0,
            )
    rows = [row[:-1] + (sightings[key],) for key, row in first.items()]
    news = pd.DataFrame.from_records(rows, columns=list(SCHEMAS["news"]))
    utc = pd.to_datetime(news["published_utc"], utc=True)
    news["published_local"] = utc.dt.tz_convert(LOCAL_TZ)
    news["published_date"] = news["published_local"].dt.tz_localize(None).dt.to_period("D")
    news["published_utc"] = utc
    return news.astype(SCHEMAS["news"]), conflicts


def projects_frame(pages: dict[str, Page]) -> pd.DataFrame:
    """One row per distinct development project, in page order of its first listing."""
    rows: dict[str, tuple] = {}
    for doc_id, page in pages.items():
        for n, unit in enumerate(page.projects, 1):
            rows.setdefault(slug_id(unit.text), (slug_id(unit.text), unit.text, n, doc_id, unit.start, unit.end))
    return frame(list(rows.values()), "projects")


def mentions_frame(units: pd.DataFrame, institutions: pd.DataFrame, projects: pd.DataFrame) -> pd.DataFrame:
    """One row per match of an institution alias or a project name in a unit."""
    names = {
        "institution": compile_names(
            (row.institution_id, alias)
            for row in institutions.itertuples()
            for alias in str(row.aliases if not pd.isna(row.aliases) else row.short_name).split(";")
        ),
        "project": compile_names(zip(projects["project_id"], projects["name"])),
    }
    rows = [
        (unit.doc_id, unit.unit_id, unit.kind, entity_type, entity_id, matched, unit.start + start, unit.start + end)
        for unit in units.itertuples()
        for entity_type, patterns in names.items()
        for entity_id, matched, start, end in find_mentions(unit.text, patterns)
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
