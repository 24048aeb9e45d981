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

import numpy as np
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
CODED = pa.dictionary(pa.int32(), STR)  # a string column of few distinct values, each kept once
# Dictionary-encoded: matches repeat a few names, kinds and pages a million times at 100,000
# pages (30 MB of codes where strings took 140, from the workers to the built table).
MENTIONS = pa.schema([
    ("doc_id", CODED), ("position", INT), ("unit_kind", CODED), ("entity_type", CODED), ("entity_id", CODED),
    ("matched", CODED), ("start", INT), ("end", INT),
])

S, I, NI, C = "string", "int64", "Int64", "category"
TABLES: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": S, "path": S, "sha256": S, "n_chars": I, "encoding": S, "source_url": S,
        "publisher": S, "language": S, "layout": S, "title": S, "subtitle": S, "published_date": "period[D]",
        "published_clue": S, "modified_date": "period[D]", "modified_clue": S, "lead_image_src": S,
        "lead_image_alt": S, "declared_projects": NI, "listed_projects": I, "news_base_url": S,
    },
    "dates": {
        "doc_id": C, "role": C, "timestamp": f"datetime64[us, {LOCAL_TZ}]", "date": "period[D]", "precision": C,
        "clue": C, "text": S, "start": I, "end": I,
    },
    "units": {"doc_id": C, "unit_id": S, "kind": S, "position": I, "text": S, "start": I, "end": I},
    "news": {
        "news_id": S, "kind": C, "title": S, "url_fragment": S, "url_slug": S, "url": S,
        "published_utc": "datetime64[us, UTC]", "published_local": f"datetime64[us, {LOCAL_TZ}]",
        "published_date": "period[D]", "image_src": S, "image_alt": S, "doc_id": S, "start": I,
        "end": I, "n_sightings": I, "publishers": S, "first_publisher": C,
    },
    "sightings": {
        "news_id": S, "doc_id": C, "kind": C, "title": S, "publisher": C, "published_date": "period[D]", "start": I, "end": I,
    },
    "projects": {"project_id": S, "name": S, "aliases": S, "position": NI, "doc_id": C, "start": NI, "end": NI},
    "mentions": {
        "doc_id": C, "unit_id": S, "unit_kind": C, "entity_type": C, "entity_id": C, "matched": C,
        "start": I, "end": I,
    },
    "quality": {
        "doc_id": C, "severity": S, "code": C, "message": S, "start": NI, "end": NI, "line": NI, "column": NI,
    },
    # Results of the content analysis (analysis.analyse.coding), built on the tables above.
    "codings": {
        "doc_id": S, "unit_id": S, "unit_kind": S, "category": S, "pattern": S, "matched": S, "start": I, "end": I,
    },
    "kwic": {"doc_id": S, "unit_id": S, "left": S, "match": S, "right": S, "start": I, "end": I},
}
TEXT_KINDS = ("title", "subtitle", "paragraph", "list_item", "news_title", "teaser_title", "teaser_text")
CORPUS_TABLES = ("documents", "dates", "units", "news", "sightings", "institutions", "projects", "mentions", "quality")
_STRINGS = {pa.large_string(): pd.StringDtype(), pa.string(): pd.StringDtype()}.get


def frame(rows: list[tuple], table: str) -> pd.DataFrame:
    """A DataFrame with the columns and dtypes of `TABLES[table]` from row tuples."""
    return typed(pd.DataFrame.from_records(rows, columns=list(TABLES[table])), table)


def typed(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """`frame`'s columns of `TABLES[table]`, in its order and with its dtypes; a categorical
    column's categories are its values, sorted, however the column came (`categorical`)."""
    schema = TABLES[table]
    plain = frame[list(schema)].astype({column: dtype for column, dtype in schema.items() if dtype != C})
    for column in (column for column, dtype in schema.items() if dtype == C):
        plain[column] = categorical(pa.array(plain[column].astype(pd.StringDtype()), STR))
    return plain


def categorical(values: pa.ChunkedArray | pa.Array) -> pd.Categorical:
    """A string column as pandas categorical, built in Arrow: the codes into its distinct
    values, sorted (so a cold load, a warm one and the dask engine agree,
    and a sorted groupby keeps its order). A dictionary-encoded column keeps its codes:
    the cache's as they are (sorted when written), the mentions' renumbered (joined chunks
    unify their dictionaries in order of appearance)."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if pa.types.is_dictionary(values.type):
        uniques, codes = values.dictionary, values.indices
        if len(uniques) > 1 and pc.any(pc.less(uniques[1:], uniques[:-1])).as_py():  # a sort only where it is not
            order = pc.array_sort_indices(uniques)
            uniques = uniques.take(order)
            rank = np.empty(len(order), np.int32)
            rank[order.to_numpy()] = np.arange(len(order), dtype=np.int32)
            codes = pa.array(rank).take(codes)
    else:
        uniques = pc.unique(values).drop_null()
        uniques = uniques.take(pc.array_sort_indices(uniques))
        codes = pc.index_in(values, value_set=uniques)
    codes = pc.fill_null(codes.cast(pa.int32()), -1).to_numpy(zero_copy_only=False)
    return pd.Categorical.from_codes(codes, dtype=category_dtype(uniques.to_pylist()))


def category_dtype(values: list[str]) -> pd.CategoricalDtype:
    """Unordered categories of pandas' own `str` dtype: what Parquet and Arrow give back."""
    return pd.CategoricalDtype(pd.Index(values, dtype="str"), ordered=False)


def arrow_frame(table: pa.Table, name: str | None = None) -> pd.DataFrame:
    """An Arrow table as a DataFrame, strings left in Arrow memory; with `name`, just the
    columns of `TABLES[name]`, in its order and with its dtypes."""
    if name is None:
        frame = table.drop_columns([f.name for f in table.schema if f.type == DAY or pa.types.is_dictionary(f.type)])
        frame = frame.to_pandas(types_mapper=_STRINGS)
        for n, field in enumerate(table.schema):
            if field.type == DAY or pa.types.is_dictionary(field.type):
                frame.insert(n, field.name, periods(table[n]) if field.type == DAY else categorical(table[n]))
        return frame
    return pd.DataFrame({column: _column(table[column], dtype) for column, dtype in TABLES[name].items()})


def _column(values: pa.ChunkedArray, dtype: str) -> pd.api.extensions.ExtensionArray | np.ndarray:
    """One Arrow column as the pandas column of `dtype`, copying no more than it must."""
    if values.type == DAY:
        return periods(values)
    if dtype == C:
        return categorical(values)
    if dtype == S:
        return pd.StringDtype().__from_arrow__(values)
    if dtype == NI:
        return pd.Int64Dtype().__from_arrow__(values)
    if dtype == I and values.null_count == 0:
        return values.to_numpy().astype("int64", copy=True)
    return values.to_pandas().astype(dtype)


def periods(values: pa.ChunkedArray | pa.Array) -> pd.arrays.PeriodArray:
    """An Arrow date32 column as days (`period[D]`: a day's ordinal is its days since 1970)."""
    days = pc.fill_null(values.cast(pa.int32()), 0).to_numpy(zero_copy_only=False).astype("int64")
    days[pc.is_null(values).to_numpy(zero_copy_only=False)] = pd.NaT.value
    return pd.arrays.PeriodArray(days, dtype=pd.PeriodDtype("D"))


def strings(values: pa.ChunkedArray | pa.Array) -> pd.Series:
    """An Arrow string column as a pandas string Series."""
    return values.to_pandas(types_mapper=_STRINGS)
