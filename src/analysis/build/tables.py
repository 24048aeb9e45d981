"""The corpus tables, built column-wise from the read tables (`schema.READ`).

The build plan, the same for the pandas loader and the dask engine: read chunks of page
files (`rows.read_chunk`, per chunk); gather the projects of every page's project list
and compile the names to look for (`plan_names`, corpus-wide); find the names in the
units (`names.find_mentions`, per chunk); build the tables (`build_tables`). Every
builder returns a DataFrame with the dtypes of `schema.TABLES`.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import CorpusError
from ..ids import news_id, news_key
from ..paths import LOCAL_TZ
from .names import Names, compile_names, institution_names, names_of
from .schema import STR, TEXT_KINDS, arrow_frame, frame, strings, typed

# Bump when the tables built from the same read tables change (how names are matched, ids,
# columns): cached tables built by an older version are built again, the pages not read again.
BUILD_VERSION = 11
_DESCRIPTION = re.compile(r": | [–—-] | \(")  # where a listed project's name may end and what the list says of it begin


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
    """One row per page file, with its pages.csv columns (missing when it is not listed);
    its language is the manifest's, else the one detected in its text. The text column
    is left out (the dask engine's read tables have none)."""
    columns = [c for c in documents.column_names if c != "text"]
    docs = arrow_frame(documents.select(columns)).join(manifest.set_index("file"), on="file")
    docs["language"] = docs["language"].fillna(docs["detected_language"])
    return typed(docs, "documents")


def quality_table(findings: pa.Table, documents: pa.Table, manifest: pd.DataFrame) -> pd.DataFrame:
    """The pages' own findings, each page's led by a `not_in_manifest` row when pages.csv
    does not list it (none when the folder has no pages.csv: then no page is listed)."""
    quality = arrow_frame(findings)
    unlisted = documents.filter(pc.invert(pc.is_in(documents["file"], value_set=pa.array(manifest["file"], STR))))
    if unlisted.num_rows and len(manifest):
        notes = pd.DataFrame({
            "doc_id": strings(unlisted["doc_id"]), "severity": "info", "code": "not_in_manifest",
            "message": strings(unlisted["file"]) + " is not listed in pages.csv",
        })
        order = pd.Index(strings(documents["doc_id"]))
        both = pd.concat([notes, quality], ignore_index=True)
        group = np.r_[np.zeros(len(notes), int), np.ones(len(quality), int)]
        quality = both.iloc[np.lexsort((group, order.get_indexer(both["doc_id"])))]
    return typed(quality.reset_index(drop=True), "quality")


def missing_pages(files: pa.ChunkedArray | pa.Array, manifest: pd.DataFrame) -> pd.DataFrame:
    """A `missing_page` row for each pages.csv row whose file is not among the corpus's
    `files` (its doc_id the file's stem): a page the analyst expects and does not have."""
    present = pc.is_in(pa.array(manifest["file"].array), value_set=files)  # not pandas' isin: a Python object per file
    missing = manifest["file"][~present.to_numpy(zero_copy_only=False)]
    rows = [(m.removesuffix(".txt"), "warning", "missing_page", f"{m} is listed in pages.csv but is not in pages/") for m in missing]
    return frame([(*row, None, None, None, None) for row in rows], "quality")


def corpus_findings(corrupt: tuple[str, ...], skipped: list[str]) -> list[tuple[str, str, str]]:
    """(severity, code, message) of the findings about the corpus, not a page: cache files
    that failed their check, entries of pages/ that are not read."""
    notes = []
    if corrupt:
        reread = any(not name.endswith(".arrow") for name in corrupt)  # the meta file or a read table
        redone = "every page was read again" if reread else "the tables were built again from the pages read before"
        notes.append(("info", "cache_corrupt", f"cache file {', '.join(corrupt)} is not as written (checksum); {redone}"))
    if skipped:
        shown = ", ".join(repr(name) for name in skipped[:5]) + (", …" if len(skipped) > 5 else "")
        notes.append(("warning", "not_a_page", f"{len(skipped):,} entries of pages/ not named *.txt were not read: {shown}"))
    return notes


def notes_frame(notes: list[tuple[str, str, str]], doc_id: str) -> pd.DataFrame:
    """Findings about the corpus as `quality` rows. A finding names a page (`validate`
    groups by it): these name the corpus's first page, by convention."""
    return frame([(doc_id, *note, None, None, None, None) for note in notes], "quality")


def units_table(units: pa.Table) -> pd.DataFrame:
    """One row per text unit, in document order; `unit_id` is `doc_id:position`."""
    return arrow_frame(with_unit_id(units), "units")


def with_unit_id(table: pa.Table, name: str = "unit_id") -> pa.Table:
    """`doc_id:position` as a column."""
    doc_id = pc.cast(table["doc_id"], STR)  # decoded, when it is dictionary-encoded
    unit_id = pc.binary_join_element_wise(doc_id, pc.cast(table["position"], STR), pa.scalar(":", STR))
    return table.append_column(name, unit_id)


def news_table(items: pd.DataFrame, manifest: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """News sightings (`READ["news_sightings"]`, in file order) -> one row per distinct
    item, one row per sighting, and a `quality` row for every later listing of an item
    that disagrees with its first listing on timestamp or URL fragment.

    Which sightings are one item: `news_keys`. An item's title, doc_id and span are its
    article's when an article page is among its sightings, else its first sighting's; its
    URL, timestamp and image its first listing's (the URL else its article's address);
    its `published_date` is the earliest
    day any sighting shows, and `first_publisher` the publisher of that sighting (of the
    first, when none is dated)."""
    pages = manifest.set_index("file")
    files = items["doc_id"] + ".txt"
    item, keys, url = news_keys(items, pages)
    released()
    is_article, listed = (items["kind"] == "article").to_numpy(), (items["kind"] == "listing").to_numpy()
    lead, first_listing = _first_where(item, len(keys), is_article), _first_where(item, len(keys), listed)
    _, first = np.unique(item, return_index=True)
    order = np.argsort(first, kind="stable")  # items in the order of their first sighting
    news = items.iloc[np.where(lead < 0, first, lead)[order]][["title", "doc_id", "start", "end"]].reset_index(drop=True)
    taken = items.iloc[np.maximum(first_listing, 0)[order]].reset_index(drop=True)
    for column in ("url_fragment", "url_slug", "published_utc", "image_src", "image_alt"):
        news[column] = taken[column].where(first_listing[order] >= 0)
    linked = np.where(first_listing >= 0, first_listing, lead)[order]  # a listing's URL, else the article's address
    news["url"] = url.iloc[np.maximum(linked, 0)].reset_index(drop=True).where(linked >= 0)
    news["n_sightings"] = np.bincount(item)[order]
    news["kind"] = np.where(lead[order] >= 0, "article", "listing")
    publisher = _lookup(files, pages["publisher"])[1]
    news["publishers"] = _joined_unique(publisher, item)[order]
    ids = pd.array([news_id(k) for k in keys.tolist()], dtype="string")  # not the Index itself: a slow iterator
    news["news_id"] = ids[order]
    news["published_local"] = news["published_utc"].dt.tz_convert(LOCAL_TZ)
    days = pd.Series(items["published_date"].array.asi8, dtype="float64").where(items["published_date"].notna()).to_numpy()
    earliest = _first_where(item, len(keys), np.ones(len(item), bool), np.lexsort((np.arange(len(days)), np.nan_to_num(days, nan=np.inf))))
    news["published_date"] = items["published_date"].iloc[earliest[order]].reset_index(drop=True)
    news["first_publisher"] = publisher.iloc[earliest[order]].reset_index(drop=True)
    sightings = items[["doc_id", "kind", "title", "published_date", "start", "end"]].assign(
        news_id=ids[item], publisher=publisher
    )
    conflicts = conflict_rows(items[listed], first_listing[item[listed]])
    return (typed(news, "news"), typed(sightings, "sightings"),
            conflicts)


def news_keys(items: pd.DataFrame, pages: pd.DataFrame) -> tuple[np.ndarray, pd.Index, pd.Series]:
    """Which item each sighting is (codes and keys) and each sighting's URL: a listing's
    from its page's news base URL and slug, an article's its page's address. Articles are
    one item when title and text agree (`Tiedote` is the title of many); a listing or a
    teaser is the first article of its title, or the article whose address its URL is."""
    files = items["doc_id"] + ".txt"
    is_article = (items["kind"] == "article").to_numpy()
    address = _lookup(files, pages["source_url"])[1].where(is_article)
    url = (_lookup(files, pages["news_base_url"])[1] + items["url_slug"]).fillna(address)
    key = items["key"].where(~is_article, items["key"] + "\n" + items["body"])
    articles = pd.DataFrame({"title": items["key"][is_article], "key": key[is_article], "url": address[is_article]})
    by_title = articles.drop_duplicates("title").set_index("title")["key"]
    by_url = articles.dropna(subset=["url"]).drop_duplicates("url").set_index("url")["key"]
    by_title_found, by_title_key = _lookup(items["key"], by_title)
    key = key.mask(~is_article & by_title_found, by_title_key)
    by_url_found, by_url_key = _lookup(url, by_url)
    key = key.mask(~is_article & by_url_found, by_url_key)
    item, keys = pd.factorize(key)
    return item, keys, url


def _lookup(values: pd.Series, table: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Which of the string `values` are in `table`'s (unique) index, and `table`'s value
    for each (NA where none): one Arrow hash lookup, where pandas' `isin` and `map` make a
    Python object of every value."""
    at = pc.index_in(pa.array(values.array), value_set=pa.array(table.index.array))
    found = strings(pa.array(table.array).take(at)).set_axis(values.index)
    return pc.is_valid(at).to_numpy(zero_copy_only=False), found


def _first_where(item: np.ndarray, n: int, where: np.ndarray, ranked: np.ndarray | None = None) -> np.ndarray:
    """Per item, the row of its first sighting where `where` holds (first in the order
    `ranked`, default row order); -1 for none."""
    out = np.full(n, -1, np.int64)
    rows = (np.flatnonzero(where) if ranked is None else ranked[where[ranked]])[::-1]
    out[item[rows]] = rows  # the last write, the first row, wins
    return out


def _joined_unique(values: pd.Series, item: np.ndarray) -> np.ndarray:
    """Per item, its distinct non-missing values in sighting order, joined by "; " (NA for none)."""
    out = np.full(item.max() + 1 if len(item) else 0, pd.NA, dtype=object)
    groups: dict[int, list[str]] = {}  # plain lists: a groupby calls its Python join through pandas once per item
    for i, value in dict.fromkeys(zip(item.tolist(), values.to_numpy(dtype=object, na_value=None))):
        if value is not None:
            groups.setdefault(i, []).append(value)
    for i, group in groups.items():
        out[i] = "; ".join(group)
    return out


def conflict_rows(listings: pd.DataFrame, seen: np.ndarray) -> pd.DataFrame:
    """A `quality` row for every listing whose timestamp or fragment differs from the
    first listing of its item (row numbers `seen`, into the full sightings)."""
    items = listings.reset_index(drop=True)
    position = pd.Index(listings.index).get_indexer(seen)
    stamp = items["published_utc"].to_numpy(dtype="datetime64[us]").view("int64")  # NaT: one value too
    fragment = pd.factorize(items["url_fragment"])[0]
    differs = np.flatnonzero((stamp != stamp[position]) | (fragment != fragment[position]))
    rows = [
        (s.doc_id, "warning", "conflicting_sighting",
         conflict_message(s.title, f.doc_id, (_py(f.published_utc), _py(f.url_fragment)), (_py(s.published_utc), _py(s.url_fragment))),
         s.start, s.end, s.line, s.column)
        for s, f in zip(items.iloc[differs].itertuples(), items.iloc[position[differs]].itertuples())
    ]
    return frame(rows, "quality")


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


def projects_table(listed: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """One row per development project: those of the pages' project lists in page order
    of their first listing (`READ["project_list"]`, ids already those of the reference
    where a name or alias matches), then the reference's projects no page lists."""
    first = listed[~listed["project_id"].duplicated()].reset_index(drop=True)
    aliases = reference.set_index("project_id")["aliases"]
    first["aliases"] = first["project_id"].map(aliases)
    first["name"] = first["project_id"].map(reference.set_index("project_id")["name"]).fillna(first["name"])
    unlisted = reference[~reference["project_id"].isin(first["project_id"])]
    out = pd.concat([first, unlisted[["project_id", "name", "aliases"]]], ignore_index=True)
    return typed(out, "projects")


def project_ids(listed: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """The list items with the reference's id where their text is a project's name or
    alias (case and spacing aside), or begins with one before what the list says of it
    (`Green Card: …`, `TalentTrack – …`, `Green Card (2016–2018)`), else the id made from
    the text."""
    known = {news_key(name): row.project_id for row in reference.itertuples() for name in names_of(row.name, row.aliases)}
    matched = listed["name"].map(lambda text: known.get(news_key(text)) or known.get(news_key(_DESCRIPTION.split(text, 1)[0]))).astype("string")
    return listed.assign(project_id=matched.fillna(listed["project_id"]).astype("string"))


def mentions_table(mentions: pa.Table) -> pd.DataFrame:
    """Name matches (rows of `MENTIONS`) with their unit ids."""
    return arrow_frame(with_unit_id(mentions), "mentions")


def institutions_table(institutions: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The reference table with mention counts in text units (listing titles and teasers
    among them), in image alt texts and in tag lines."""
    found = mentions.loc[mentions["entity_type"] == "institution", ["entity_id", "unit_kind"]]  # not a copy of every column
    kind, entity = found["unit_kind"], found["entity_id"]  # counted by category codes, not as a string per match
    counts = pd.DataFrame({
        "mentions_text": entity[kind.isin(TEXT_KINDS)].value_counts(),
        "mentions_image_alt": entity[kind == "image_alt"].value_counts(),
        "mentions_tags": entity[kind == "tags"].value_counts(),
    })
    counts.index = counts.index.astype("string")  # a categorical's every category, the ids of projects too: the join drops them
    out = institutions.join(counts, on="institution_id")
    out[list(counts)] = out[list(counts)].fillna(0).astype("int64")
    return out


def with_language(units: pa.Table, documents: pa.Table, manifest: pd.DataFrame) -> pa.Table:
    """The units with a `finnish` column: is their page Finnish (by pages.csv, else as
    detected)? Finnish case endings are looked for on those pages only."""
    detected = documents["detected_language"].to_pandas()
    language = documents["file"].to_pandas().map(manifest.set_index("file")["language"]).fillna(detected) if len(manifest) else detected
    finnish = documents["doc_id"].filter(pa.array((language == "fi").fillna(False).to_numpy(dtype=bool)))
    return units.append_column("finnish", pc.is_in(units["doc_id"], value_set=finnish))


def plan_names(
    project_list: pa.Table, institutions: pd.DataFrame, reference: pd.DataFrame
) -> tuple[pd.DataFrame, dict[str, Names | None]]:
    """The corpus-wide step of the plan: the projects (the reference's and those of every
    page's project list), and the names to find in the units, by entity type
    (institutions first)."""
    projects = projects_table(project_ids(arrow_frame(project_list), reference), reference)
    names = {
        "institution": institution_names(institutions),
        "project": compile_names(
            (row.project_id, name) for row in projects.itertuples() for name in names_of(row.name, row.aliases)
        ),
    }
    return projects, names


def build_tables(
    read: dict[str, pa.Table], mentions: pa.Table, projects: pd.DataFrame, manifest: pd.DataFrame, institutions: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    """The tables of a whole corpus from its read tables and name matches. Each read
    table but `documents` is taken out of `read` once used, and Arrow's allocator told to
    give back what it freed (it keeps freed pages for reuse, and pandas' numpy arrays,
    built next, cannot use them: 300 MB at 100,000 pages), so that the memory of one table
    goes while the next is built."""
    documents = read["documents"]
    news, sightings, conflicts = news_table(arrow_frame(read.pop("news_sightings")), manifest)
    read.pop("project_list")
    released()
    found = mentions_table(mentions)
    quality = typed(pd.concat([
        quality_table(read.pop("findings"), documents, manifest), conflicts, missing_pages(documents["file"], manifest)
    ], ignore_index=True), "quality")
    dates = arrow_frame(read.pop("dates"), "dates")
    units = units_table(read.pop("units"))
    released()
    return {
        "documents": documents_table(documents, manifest),
        "dates": dates,
        "units": units,
        "news": news,
        "sightings": sightings,
        "institutions": institutions_table(institutions, found),
        "projects": projects,
        "mentions": found,
        "quality": quality,
    }


def released() -> None:
    """Arrow's freed memory handed back to the system."""
    pa.default_memory_pool().release_unused()
