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
from .pages import PARSED, STR

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
    """An Arrow table as a DataFrame, strings left in Arrow memory; with `name`, just the
    columns of `SCHEMAS[name]`, in its order and with its dtypes."""
    if name is None:
        return table.to_pandas(types_mapper=_STRINGS)
    columns = {}
    for column, dtype in SCHEMAS[name].items():
        values = table[column]
        if dtype == S:
            columns[column] = pd.StringDtype().__from_arrow__(values)
        elif dtype == NI:
            columns[column] = pd.Int64Dtype().__from_arrow__(values)
        elif dtype == I and values.null_count == 0:
            columns[column] = values.to_numpy().astype("int64", copy=True)
        else:
            columns[column] = values.to_pandas().astype(dtype)
    return pd.DataFrame(columns)


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
    unlisted = pages.filter(pc.invert(pc.is_in(pages["file"], value_set=pa.array(manifest["file"], STR))))
    if unlisted.num_rows:
        notes = pd.DataFrame({
            "doc_id": unlisted["doc_id"].to_pandas(types_mapper=_STRINGS), "severity": "info", "code": "not_in_manifest",
            "message": unlisted["file"].to_pandas(types_mapper=_STRINGS) + " is not listed in pages.csv",
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
    item, keys = pd.factorize(items["key"])
    _, first = np.unique(item, return_index=True)
    first.sort()  # items in the order of their first sighting
    news = items.iloc[first].reset_index(drop=True)
    news["n_sightings"] = np.bincount(item)[item[first]]
    base = (news["doc_id"] + ".txt").map(manifest.set_index("file")["news_base_url"]).astype("string")
    news["url"] = base + news["url_slug"]
    news["news_id"] = pd.array([news_id(k) for k in keys[item[first]]], dtype="string")
    news["published_local"] = news["published_utc"].dt.tz_convert(LOCAL_TZ)
    news["published_date"] = news["published_local"].dt.tz_localize(None).dt.to_period("D")
    # a sighting agrees with the first when its timestamp and its fragment (codes: -1 = none) are the same
    seen = np.empty(len(keys), int)
    seen[item[first]] = first
    seen = seen[item]
    stamp = items["published_utc"].to_numpy(dtype="datetime64[us]").view("int64")  # NaT: one value too
    fragment = pd.factorize(items["url_fragment"])[0]
    differs = np.flatnonzero((stamp != stamp[seen]) | (fragment != fragment[seen]))
    rows = [
        (s.doc_id, "warning", "conflicting_sighting",
         conflict_message(s.title, f.doc_id, (_py(f.published_utc), _py(f.url_fragment)), (_py(s.published_utc), _py(s.url_fragment))),
         s.start, s.end, s.line, s.column)
        for s, f in zip(items.iloc[differs].itertuples(), items.iloc[seen[differs]].itertuples())
    ]
    return news.astype(SCHEMAS["news"])[list(SCHEMAS["news"])], frame(rows, "quality")


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
    engine first picks the units that may hold a name; Python's `re` then searches each
    distinct text once (list items and titles recur on many pages)."""
    names = compile_names(zip(projects["project_id"], projects["name"]))
    schema = PARSED["mentions"]
    if names is None:
        return schema.empty_table()
    if names.rough is not None:
        units = units.filter(pc.match_substring_regex(units["text"], names.rough, ignore_case=True))
    encoded = pc.dictionary_encode(units["text"]).combine_chunks()
    found = [list(find_mentions(text, names)) for text in encoded.dictionary.to_pylist()]
    counts = np.array([len(f) for f in found], dtype=np.int64)
    flat = [m for f in found for m in f]
    if not flat:
        return schema.empty_table()
    text_of_row = encoded.indices.to_numpy()
    row = np.repeat(np.arange(units.num_rows), counts[text_of_row])  # a unit once per match in it
    firsts = np.cumsum(counts) - counts
    nth = np.arange(len(row)) - np.repeat(np.cumsum(counts[text_of_row]) - counts[text_of_row], counts[text_of_row])
    match = firsts[text_of_row[row]] + nth
    entity, matched, start, end = (np.array(c, dtype=object if i < 2 else np.int64) for i, c in enumerate(zip(*flat)))
    at = units.take(row)
    return pa.Table.from_arrays(
        [at["doc_id"], at["position"], at["kind"], pa.array(entity[match], STR), pa.array(matched[match], STR),
         pc.add(at["start"], pa.array(start[match])), pc.add(at["start"], pa.array(end[match]))],
        schema=schema,
    )


def mentions_table(institutions: pa.Table, projects: pa.Table, doc_ids: pa.ChunkedArray) -> pd.DataFrame:
    """Institution and project mentions (rows of `PARSED["mentions"]`), in unit order: by
    page (in `doc_ids` order), unit, type (institutions first), position. Both come in
    that order already, so the project mentions are merged in after their unit's others."""
    kinds = pa.array(["institution", "project"], STR)
    if projects.num_rows:
        order = pa.array(doc_ids.to_pylist(), STR)
        unit_key = [
            pc.index_in(t["doc_id"], value_set=order).to_numpy().astype(np.int64) * (1 << 32) + t["position"].to_numpy()
            for t in (institutions, projects)
        ]
        at = np.searchsorted(unit_key[0], unit_key[1], side="right") + np.arange(projects.num_rows)
        take = np.empty(institutions.num_rows + projects.num_rows, np.int64)
        is_project = np.zeros(len(take), bool)
        is_project[at] = True
        take[~is_project] = np.arange(institutions.num_rows)
        take[at] = institutions.num_rows + np.arange(projects.num_rows)
        rows = pa.array(take)
        mentions = pa.table({
            name: pc.take(pa.chunked_array(institutions[name].chunks + projects[name].chunks, institutions.schema.field(name).type), rows)
            for name in institutions.column_names
        })
        entity_type = kinds.take(pa.array(is_project.astype(np.int8)))
    else:
        mentions = institutions
        entity_type = kinds.take(pa.array(np.zeros(institutions.num_rows, np.int8)))
    return arrow_frame(with_unit_id(mentions).append_column("entity_type", entity_type), "mentions")


def institutions_table(institutions: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The reference table with mention counts in text units and in image alt texts."""
    is_institution = mentions["entity_type"] == "institution"
    in_text = mentions["unit_kind"].isin(TEXT_KINDS)
    entity = mentions["entity_id"]
    counts = pd.DataFrame({
        "mentions_text": entity[is_institution & in_text].value_counts(),
        "mentions_image_alt": entity[is_institution & ~in_text].value_counts(),
    })
    out = institutions.join(counts, on="institution_id")
    out[["mentions_text", "mentions_image_alt"]] = out[["mentions_text", "mentions_image_alt"]].fillna(0).astype("int64")
    return out


def build_tables(parsed: dict[str, pa.Table], manifest: pd.DataFrame, institutions: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The seven tables from the parsed pages of a whole corpus. Each parsed table but
    `pages` is taken out of `parsed` once used, so that its memory goes while the next
    table is built."""
    pages = parsed["pages"]
    news, conflicts = news_table(arrow_frame(parsed.pop("items")), manifest)
    projects = projects_table(arrow_frame(parsed.pop("listings")))
    found = project_mentions(parsed["units"], projects)
    mentions = mentions_table(parsed.pop("mentions"), found, pages["doc_id"])
    quality = quality_table(parsed.pop("findings"), pages, manifest)
    return {
        "documents": documents_table(pages, manifest),
        "units": units_table(parsed.pop("units")),
        "news": news,
        "institutions": institutions_table(institutions, mentions),
        "projects": projects,
        "mentions": mentions,
        "quality": pd.concat([quality, conflicts], ignore_index=True) if len(conflicts) else quality,
    }
