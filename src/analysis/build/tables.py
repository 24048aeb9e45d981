"""The corpus tables, built column-wise from the read tables (`schema.READ`).

The build plan, the same for the pandas loader and the dask engine: read chunks of page
files (`rows.read_chunk`, per chunk); gather the projects of every page's project list
and compile the names to look for (`plan_names`, corpus-wide); find the names in the
units (`names.find_mentions`, per chunk); build the tables (`build_tables`). Every
builder returns a DataFrame with the dtypes of `schema.TABLES`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import CorpusError
from ..ids import news_id
from ..paths import LOCAL_TZ
from .names import Names, compile_names, institution_names
from .schema import STR, TABLES, arrow_frame, frame, strings

TEXT_KINDS = ("title", "subtitle", "paragraph", "list_item", "news_title")


def check_strict(findings: pa.Table, documents: pa.Table) -> None:
    """Strict mode: the first error of the corpus raises, naming file, line and column."""
    errors = findings.filter(pc.equal(findings["severity"], "error"))
    if errors.num_rows == 0:
        return
    error = errors.slice(0, 1).to_pylist()[0]
    rel = documents.filter(pc.equal(documents["doc_id"], error["doc_id"]))["path"][0].as_py()
    where = rel if error["start"] is None else f"{rel}:{error['line']}:{error['column']}"
    raise CorpusError(f"{where}: {error['code']}: {error['message']}")


def documents_table(documents: pa.Table, manifest: pd.DataFrame) -> pd.DataFrame:
    """One row per page file, with its pages.csv columns (missing when it is not listed)."""
    docs = arrow_frame(documents.drop_columns(["text"])).join(manifest.set_index("file"), on="file")
    return docs.astype(TABLES["documents"])[list(TABLES["documents"])]


def quality_table(findings: pa.Table, documents: pa.Table, manifest: pd.DataFrame) -> pd.DataFrame:
    """The pages' own findings, each page's led by a `not_in_manifest` row when pages.csv
    does not list it."""
    quality = arrow_frame(findings)
    unlisted = documents.filter(pc.invert(pc.is_in(documents["file"], value_set=pa.array(manifest["file"], STR))))
    if unlisted.num_rows:
        notes = pd.DataFrame({
            "doc_id": strings(unlisted["doc_id"]), "severity": "info", "code": "not_in_manifest",
            "message": strings(unlisted["file"]) + " is not listed in pages.csv",
        })
        order = pd.Index(strings(documents["doc_id"]))
        both = pd.concat([notes, quality], ignore_index=True)
        group = np.r_[np.zeros(len(notes), int), np.ones(len(quality), int)]
        quality = both.iloc[np.lexsort((group, order.get_indexer(both["doc_id"])))]
    return quality.reset_index(drop=True).astype(TABLES["quality"])[list(TABLES["quality"])]


def units_table(units: pa.Table) -> pd.DataFrame:
    """One row per text unit, in document order; `unit_id` is `doc_id:position`."""
    return arrow_frame(with_unit_id(units), "units")


def with_unit_id(table: pa.Table, name: str = "unit_id") -> pa.Table:
    """`doc_id:position` as a column."""
    unit_id = pc.binary_join_element_wise(table["doc_id"], pc.cast(table["position"], pa.large_string()), pa.scalar(":", pa.large_string()))
    return table.append_column(name, unit_id)


def news_table(items: pd.DataFrame, manifest: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """News sightings (`READ["news_sightings"]`, in file order) -> one row per distinct
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
    return news.astype(TABLES["news"])[list(TABLES["news"])], frame(rows, "quality")


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
    """The items of every page's project list (`READ["project_list"]`) -> one row per
    distinct development project, in page order of its first listing."""
    return projects[~projects["project_id"].duplicated()].reset_index(drop=True).astype(TABLES["projects"])[list(TABLES["projects"])]


def mentions_table(mentions: pa.Table) -> pd.DataFrame:
    """Name matches (rows of `MENTIONS`) with their unit ids."""
    return arrow_frame(with_unit_id(mentions), "mentions")


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


def plan_names(project_list: pa.Table, institutions: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, Names | None]]:
    """The corpus-wide step of the plan: the projects of every page's project list, and
    the names to find in the units, by entity type (institutions first)."""
    projects = projects_table(arrow_frame(project_list))
    names = {
        "institution": institution_names(institutions),
        "project": compile_names(zip(projects["project_id"], projects["name"])),
    }
    return projects, names


def build_tables(
    read: dict[str, pa.Table], mentions: pa.Table, projects: pd.DataFrame, manifest: pd.DataFrame, institutions: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    """The seven tables of a whole corpus from its read tables and name matches. Each read
    table but `documents` is taken out of `read` once used, so that its memory goes while
    the next table is built."""
    documents = read["documents"]
    news, conflicts = news_table(arrow_frame(read.pop("news_sightings")), manifest)
    read.pop("project_list")
    found = mentions_table(mentions)
    quality = quality_table(read.pop("findings"), documents, manifest)
    return {
        "documents": documents_table(documents, manifest),
        "units": units_table(read.pop("units")),
        "news": news,
        "institutions": institutions_table(institutions, found),
        "projects": projects,
        "mentions": found,
        "quality": pd.concat([quality, conflicts], ignore_index=True) if len(conflicts) else quality,
    }
