"""The seven corpus tables, built column-wise from parsed pages (`pages.PARSED`).

Every builder takes Arrow tables in file order and returns a DataFrame with the dtypes
of `SCHEMAS` (string dtype, nullable integers, tz-aware times). Corpus-wide steps (news
items seen on many pages, projects, project mentions) work on whole columns, so both the
pandas and the dask engine build their tables here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .config import LOCAL_TZ
from .errors import CorpusError
from .ids import news_id
from .mentions import compile_names, find_mentions

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
_STRINGS = {pa.large_string(): pd.StringDtype(), pa.string(): pd.StringDtype()}.get


def frame(rows: list[tuple], table: str) -> pd.DataFrame:
    """A DataFrame with the columns and dtypes of `SCHEMAS[table]` from row tuples."""
    schema = SCHEMAS[table]
    return pd.DataFrame.from_records(rows, columns=list(schema)).astype(schema)


def arrow_frame(table: pa.Table, name: str | None = None) -> pd.DataFrame:
    """An Arrow table as a DataFrame (strings stay in Arrow memory); with `name`, just
    the columns of `SCHEMAS[name]`, in its order and with its dtypes."""
    if name is None:
        return table.to_pandas(types_mapper=_STRINGS)
    schema = SCHEMAS[name]
    return table.select(list(schema)).to_pandas(types_mapper=_STRINGS).astype(schema)


def check_strict(findings: pa.Table, pages: pa.Table) -> None:
    """Strict mode: the first error of the corpus raises, naming file, line and column."""
    errors = findings.filter(pc.equal(findings["severity"], "error"))
    if errors.num_rows == 0:
        return
    error = errors.slice(0, 1).to_pylist()[0]
    rel = pages.filter(pc.equal(pages["doc_id"], error["doc_id"]))["path"][0].as_py()
    where = rel if error["start"] is None else f"{rel}:{error['line']}:{error['column']}"
    raise CorpusError(f"{where}: {error['code']}: {error['message']}")


def documents_table(pages: pa.Table, manifest: pd.DataFrame) -> pd.DataFrame:
    """One row per page file, with its pages.csv columns (missing when it is not listed)."""
    docs = arrow_frame(pages.drop_columns(["text"])).join(manifest.set_index("file"), on="file")
    return docs.astype(SCHEMAS["documents"])[list(SCHEMAS["documents"])]


def quality_table(findings: pa.Table, pages: pa.Table, manifest: pd.DataFrame) -> pd.DataFrame:
    """The pages' own findings, each page's led by a `not_in_manifest` row when pages.csv
    does not list it."""
    quality = arrow_frame(findings)
    files = pages["file"].to_pandas(types_mapper=_STRINGS)
    unlisted = ~files.isin(manifest["file"])
    if unlisted.any():
        ids = pages["doc_id"].to_pandas(types_mapper=_STRINGS)[unlisted]
        notes = pd.DataFrame({
            "doc_id": ids, "severity": "info", "code": "not_in_manifest",
            "message": files[unlisted] + " is not listed in pages.csv",
        })
        order = pd.Index(pages["doc_id"].to_pandas(types_mapper=_STRINGS))
        both = pd.concat([notes, quality], ignore_index=True)
        group = np.r_[np.zeros(len(notes), int), np.ones(len(quality), int)]
        quality = both.iloc[np.lexsort((group, order.get_indexer(both["doc_id"])))]
    return quality.reset_index(drop=True).astype(SCHEMAS["quality"])[list(SCHEMAS["quality"])]


def units_table(units: pa.Table) -> pd.DataFrame:
    """One row per text unit, in document order; `unit_id` is `doc_id:position`."""
    return arrow_frame(with_unit_id(units), "units")


def with_unit_id(table: pa.Table, name: str = "unit_id") -> pa.Table:
    """`doc_id:position` as a column."""
    unit_id = pc.binary_join_element_wise(table["doc_id"], pc.cast(table["position"], pa.large_string()), pa.scalar(":", pa.large_string()))
    return table.append_column(name, unit_id)


def news_table(items: pd.DataFrame, manifest: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sightings of news items (`PARSED["items"]`, in file order) -> one row per distinct
    item (first sighting wins), and a `quality` row for every later sighting that
    disagrees with the first on timestamp or URL fragment."""
    key = items["key"]
    first = ~key.duplicated()
    news = items[first].reset_index(drop=True)
    news["n_sightings"] = news["key"].map(key.value_counts(sort=False)).astype("int64")
    base = (news["doc_id"] + ".txt").map(manifest.set_index("file")["news_base_url"]).astype("string")
    news["url"] = base + news["url_slug"]
    news["news_id"] = pd.array([news_id(k) for k in news["key"]], dtype="string")
    news["published_local"] = news["published_utc"].dt.tz_convert(LOCAL_TZ)
    news["published_date"] = news["published_local"].dt.tz_localize(None).dt.to_period("D")
    later = items[~first]
    seen = news.set_index("key").loc[later["key"]]
    same = (_same(later["published_utc"], seen["published_utc"]) & _same(later["url_fragment"], seen["url_fragment"]))
    rows = [
        (s.doc_id, "warning", "conflicting_sighting",
         conflict_message(s.title, f.doc_id, (_py(f.published_utc), _py(f.url_fragment)), (_py(s.published_utc), _py(s.url_fragment))),
         s.start, s.end, s.line, s.column)
        for s, f in zip(later[~same].itertuples(), seen[~same].itertuples())
    ]
    return news.astype(SCHEMAS["news"])[list(SCHEMAS["news"])], frame(rows, "quality")


def _same(a: pd.Series, b: pd.Series) -> np.ndarray:
    """Element-wise equality where two missing values are equal."""
    a, b = a.reset_index(drop=True), b.reset_index(drop=True)
    return ((a == b).fillna(False) | (a.isna() & b.isna())).to_numpy(dtype=bool)


def _py(value: object) -> object:
    """A plain Python value for a message: None for a missing one, datetime for a Timestamp."""
    if pd.isna(value):
        return None
    return value.to_pydatetime() if isinstance(value, pd.Timestamp) else value


def conflict_message(title: str, first_doc: str, first: tuple, here: tuple) -> str:
    """Why a later sighting of a news item disagrees with the first: (timestamp, fragment) pairs."""
    return (
        f"{title!r} was listed in {first_doc} with timestamp {first[0]} and fragment {first[1]!r}, "
        f"here with {here[0]} and {here[1]!r}; the first is kept"
    )


def projects_table(projects: pd.DataFrame) -> pd.DataFrame:
    """Project listings (`PARSED["listings"]`) -> one row per distinct development
    project, in page order of its first listing."""
    return projects[~projects["project_id"].duplicated()].reset_index(drop=True).astype(SCHEMAS["projects"])[list(SCHEMAS["projects"])]


def project_mentions(units: pa.Table, projects: pd.DataFrame) -> pa.Table:
    """Matches of project names in units, as rows of `PARSED["mentions"]`. Arrow's regex
    engine first picks the units that may hold a name; Python's `re` then finds them."""
    names = compile_names(zip(projects["project_id"], projects["name"]))
    if names is None:
        return pa.table({})
    if names.rough is not None:
        units = units.filter(pc.match_substring_regex(units["text"], names.rough, ignore_case=True))
    rows = [
        (doc_id, position, kind, entity_id, matched, start + m_start, start + m_end)
        for doc_id, position, kind, text, start in zip(*(units[c].to_pylist() for c in ("doc_id", "position", "kind", "text", "start")))
        for entity_id, matched, m_start, m_end in find_mentions(text, names)
    ]
    columns = ("doc_id", "position", "unit_kind", "entity_id", "matched", "start", "end")
    return pa.table(dict(zip(columns, map(list, zip(*rows))))) if rows else pa.table({})


def mentions_table(institutions: pa.Table, projects: pa.Table, doc_ids: pa.ChunkedArray) -> pd.DataFrame:
    """Institution and project mentions, in unit order: by page (in `doc_ids` order),
    unit, type (institutions first), position."""
    mentions = arrow_frame(institutions).assign(entity_type="institution")
    if projects.num_rows:
        found = arrow_frame(projects).assign(entity_type="project")
        both = pd.concat([mentions, found], ignore_index=True)
        doc = pd.Index(doc_ids.to_pandas(types_mapper=_STRINGS)).get_indexer(both["doc_id"])
        is_project = (both["entity_type"] == "project").to_numpy()
        mentions = both.iloc[np.lexsort((both["start"], is_project, both["position"], doc))]
    mentions["unit_id"] = mentions["doc_id"] + ":" + mentions["position"].astype("string")
    return mentions.reset_index(drop=True).astype(SCHEMAS["mentions"])[list(SCHEMAS["mentions"])]


def institutions_table(institutions: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
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


def build_tables(parsed: dict[str, pa.Table], manifest: pd.DataFrame, institutions: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The seven tables from the parsed pages of a whole corpus."""
    news, conflicts = news_table(arrow_frame(parsed["items"]), manifest)
    projects = projects_table(arrow_frame(parsed["listings"]))
    mentions = mentions_table(parsed["mentions"], project_mentions(parsed["units"], projects), parsed["pages"]["doc_id"])
    quality = quality_table(parsed["findings"], parsed["pages"], manifest)
    return {
        "documents": documents_table(parsed["pages"], manifest),
        "units": units_table(parsed["units"]),
        "news": news,
        "institutions": institutions_table(institutions, mentions),
        "projects": projects,
        "mentions": mentions,
        "quality": pd.concat([quality, conflicts], ignore_index=True) if len(conflicts) else quality,
    }
