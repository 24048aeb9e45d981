"""Every table's columns and dtypes: the read columns that chunks of pages give, and the
corpus tables built from them.

The read tables (`READ`, Arrow schemas) are what a worker sends back and what the cache
keeps: `documents` (one row per page file, with its text), `dates` (every date a page
shows), `units`, `news_sightings` (the page itself when it is an article, and every
listing item and teaser on it), `project_list` (the items of a page's project
dash list) and `findings`. `MENTIONS` is what name matching adds. The corpus tables
(`TABLES`, pandas dtypes) are the nine of `Corpus` and the two the content analysis gives.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..paths import LOCAL_TZ

STR, INT, DAY = pa.large_string(), pa.int64(), pa.date32()
READ: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", STR), ("path", STR), ("file", STR), ("sha256", STR), ("n_chars", INT), ("encoding", STR),
        ("layout", STR), ("detected_language", STR), ("title", STR), ("subtitle", STR), ("lead_image_src", STR),
        ("lead_image_alt", STR), ("declared_projects", INT), ("listed_projects", INT), ("published_date", DAY),
        ("published_clue", STR), ("modified_date", DAY), ("modified_clue", STR), ("text", STR),
    ]),
    "dates": pa.schema([
        ("doc_id", STR), ("role", STR), ("timestamp", pa.timestamp("us", tz=LOCAL_TZ)), ("date", DAY),
        ("precision", STR), ("clue", STR), ("text", STR), ("start", INT), ("end", INT),
    ]),
    "units": pa.schema([("doc_id", STR), ("position", INT), ("kind", STR), ("text", STR), ("start", INT), ("end", INT)]),
    "news_sightings": pa.schema([
        ("doc_id", STR), ("kind", STR), ("key", STR), ("body", STR), ("title", STR), ("url_fragment", STR), ("url_slug", STR),
        ("published_utc", pa.timestamp("us", tz="UTC")), ("published_date", DAY), ("image_src", STR),
        ("image_alt", STR), ("start", INT), ("end", INT), ("line", INT), ("column", INT),
    ]),
    "project_list": pa.schema([
        ("doc_id", STR), ("position", INT), ("project_id", STR), ("name", STR), ("start", INT), ("end", INT),
    ]),
    "findings": pa.schema([
        ("doc_id", STR), ("severity", STR), ("code", STR), ("message", STR),
        ("start", INT), ("end", INT), ("line", INT), ("column", INT),
    ]),
}
MENTIONS = pa.schema([
    ("doc_id", STR), ("position", INT), ("unit_kind", STR), ("entity_type", STR), ("entity_id", STR),
    ("matched", STR), ("start", INT), ("end", INT),
])

S, I, NI = "string", "int64", "Int64"
TABLES: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": S, "path": S, "sha256": S, "n_chars": I, "encoding": S, "source_url": S,
        "publisher": S, "language": S, "layout": S, "title": S, "subtitle": S, "published_date": "period[D]",
        "published_clue": S, "modified_date": "period[D]", "modified_clue": S, "lead_image_src": S,
        "lead_image_alt": S, "declared_projects": NI, "listed_projects": I, "news_base_url": S,
    },
    "dates": {
        "doc_id": S, "role": S, "timestamp": f"datetime64[us, {LOCAL_TZ}]", "date": "period[D]", "precision": S,
        "clue": S, "text": S, "start": I, "end": I,
    },
    "units": {"doc_id": S, "unit_id": S, "kind": S, "position": I, "text": S, "start": I, "end": I},
    "news": {
        "news_id": S, "kind": S, "title": S, "url_fragment": S, "url_slug": S, "url": S,
        "published_utc": "datetime64[us, UTC]", "published_local": f"datetime64[us, {LOCAL_TZ}]",
        "published_date": "period[D]", "image_src": S, "image_alt": S, "doc_id": S, "start": I,
        "end": I, "n_sightings": I, "publishers": S, "first_publisher": S,
    },
    "sightings": {
        "news_id": S, "doc_id": S, "kind": S, "title": S, "publisher": S, "published_date": "period[D]", "start": I, "end": I,
    },
    "projects": {"project_id": S, "name": S, "aliases": S, "position": NI, "doc_id": S, "start": NI, "end": NI},
    "mentions": {
        "doc_id": S, "unit_id": S, "unit_kind": S, "entity_type": S, "entity_id": S, "matched": S,
        "start": I, "end": I,
    },
    "quality": {
        "doc_id": S, "severity": S, "code": S, "message": S, "start": NI, "end": NI, "line": NI, "column": NI,
    },
    # Results of the content analysis (analysis.analyse.coding), built on the tables above.
    "codings": {
        "doc_id": S, "unit_id": S, "unit_kind": S, "category": S, "pattern": S, "matched": S, "start": I, "end": I,
    },
    "kwic": {"doc_id": S, "unit_id": S, "left": S, "match": S, "right": S, "start": I, "end": I},
}
CORPUS_TABLES = ("documents", "dates", "units", "news", "sightings", "institutions", "projects", "mentions", "quality")
_STRINGS = {pa.large_string(): pd.StringDtype(), pa.string(): pd.StringDtype()}.get


def frame(rows: list[tuple], table: str) -> pd.DataFrame:
    """A DataFrame with the columns and dtypes of `TABLES[table]` from row tuples."""
    schema = TABLES[table]
    return pd.DataFrame.from_records(rows, columns=list(schema)).astype(schema)


def arrow_frame(table: pa.Table, name: str | None = None) -> pd.DataFrame:
    """An Arrow table as a DataFrame, strings left in Arrow memory; with `name`, just the
    columns of `TABLES[name]`, in its order and with its dtypes."""
    if name is None:
        frame = table.to_pandas(types_mapper=_STRINGS)
        for column in (f.name for f in table.schema if f.type == DAY):
            frame[column] = periods(table[column])
        return frame
    columns = {}
    for column, dtype in TABLES[name].items():
        values = table[column]
        if values.type == DAY:
            columns[column] = periods(values)
        elif dtype == S:
            columns[column] = pd.StringDtype().__from_arrow__(values)
        elif dtype == NI:
            columns[column] = pd.Int64Dtype().__from_arrow__(values)
        elif dtype == I and values.null_count == 0:
            columns[column] = values.to_numpy().astype("int64", copy=True)
        else:
            columns[column] = values.to_pandas().astype(dtype)
    return pd.DataFrame(columns)


def periods(values: pa.ChunkedArray | pa.Array) -> pd.arrays.PeriodArray:
    """An Arrow date32 column as days (`period[D]`: a day's ordinal is its days since 1970)."""
    days = pc.fill_null(values.cast(pa.int32()), 0).to_numpy(zero_copy_only=False).astype("int64")
    days[pc.is_null(values).to_numpy(zero_copy_only=False)] = pd.NaT.value
    return pd.arrays.PeriodArray(days, dtype=pd.PeriodDtype("D"))


def strings(values: pa.ChunkedArray | pa.Array) -> pd.Series:
    """An Arrow string column as a pandas string Series."""
    return values.to_pandas(types_mapper=_STRINGS)
