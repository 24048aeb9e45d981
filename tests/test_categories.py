"""Categorical columns: the data dictionary names them; their categories are their values, sorted
(their values are those string columns had: tests/test_golden.py)."""

import re

import pandas as pd

import pyarrow as pa
import pyarrow.compute as pc

from analysis.build.schema import TABLES, categorical

from conftest import REPO


def documented() -> dict[str, set[str]]:
    """table -> categorical columns, from the table in partnership_data/README.md."""
    text = (REPO / "partnership_data" / "README.md").read_text(encoding="utf-8")
    block = text.split("| table | categorical columns |\n|---|---|\n", 1)[1].split("\n\n", 1)[0]
    rows = (re.fullmatch(r"\| (\w+) \|(.*)\|", line).groups() for line in block.splitlines())
    return {table: {c.strip() for c in columns.split(",") if c.strip()} for table, columns in rows}


def test_the_data_dictionary_names_every_categorical_column(corpus):
    found = {name: set(table.select_dtypes("category")) for name, table in corpus.tables().items()}
    assert documented() == found
    declared = {name: {c for c, dtype in TABLES[name].items() if dtype == "category"} for name in found if name in TABLES}
    assert declared == {name: found[name] for name in declared}


def test_categories_are_the_values_sorted(corpus):
    """Sorted, so that a sorted groupby on a categorical column keeps a string column's order."""
    for name, table in corpus.tables().items():
        for column in table.select_dtypes("category"):
            categories = list(table[column].cat.categories)
            assert categories == sorted(categories), (name, column)
            assert set(table[column].dropna()) == set(categories), (name, column)


def test_a_dictionary_encoded_column_gives_the_categorical_of_its_strings():
    """Chunks joined unify their dictionaries in order of appearance (the name matches
    travel so); a sorted dictionary (the cache's) is taken as it is. Both give what the
    plain strings give: the same codes into the sorted values."""
    values = pa.array(["Laurea", None, "Haaga-Helia", "Laurea", "Metropolia", "Ä", "A"], pa.large_string())
    plain = categorical(values)
    joined = pa.chunked_array([pc.dictionary_encode(values[:3]), pc.dictionary_encode(values[3:])]).combine_chunks()
    assert joined.dictionary.to_pylist() != sorted(joined.dictionary.to_pylist())  # the case that needs the renumbering
    cached = pa.DictionaryArray.from_arrays(pc.index_in(values, value_set=pc.unique(values).drop_null().sort()), pc.unique(values).drop_null().sort())
    for encoded in (joined, cached):
        got = categorical(encoded)
        assert got.categories.tolist() == plain.categories.tolist() == ["A", "Haaga-Helia", "Laurea", "Metropolia", "Ä"]
        assert got.codes.tolist() == plain.codes.tolist()
