"""The codebook's categories counted over the corpus: how often each aim is stated, and by
which publishers, as tables and as charts a reader takes in at a glance."""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure

from ..build.corpus import Corpus
from .figures import heat_map
from .words import UNKNOWN_PUBLISHER

LABEL_WIDTH = 18  # characters per line of a publisher's name under the heat map


def category_totals(corpus: Corpus, matches: pd.DataFrame) -> pd.DataFrame:
    """One row per codebook category, in codebook order, zeros included: its label, the
    matches (`code_units`), and the text units and pages they are in."""
    found = matches.groupby("category")
    names = corpus.codebook.names
    counts = pd.DataFrame(
        {"matches": found.size(), "units": found["unit_id"].nunique(), "pages": found["doc_id"].nunique()}
    ).reindex(names, fill_value=0).astype("int64")
    return counts.reset_index(drop=True).assign(category=[corpus.codebook[n].label for n in names])[
        ["category", "matches", "units", "pages"]
    ]


def category_publishers(corpus: Corpus, matches: pd.DataFrame) -> pd.DataFrame:
    """Category x publisher: how many pages of each publisher state each category (a page
    counts once however many matches it holds), every publisher of the corpus a column even
    where it states none; an institution's pages under its short name."""
    publishers = corpus.documents.set_index("doc_id")["publisher"].fillna(UNKNOWN_PUBLISHER)
    pages = matches.assign(publisher=matches["doc_id"].map(publishers)).drop_duplicates(["category", "doc_id"])
    names = corpus.codebook.names
    table = (
        pages.groupby(["category", "publisher"], observed=True).size().unstack(fill_value=0)
        .reindex(index=names, columns=sorted(publishers.unique()), fill_value=0).astype("int64")
    )
    table.index = [corpus.codebook[n].label for n in names]
    short = dict(zip(corpus.institutions["name"], corpus.institutions["short_name"]))
    table = table.rename(columns=lambda name: short.get(name, name))
    table.index.name, table.columns.name = "category", "publisher"
    return table


def plot_category_totals(totals: pd.DataFrame) -> Figure:
    """Horizontal bars of matches per category, the largest on top, each with its count."""
    fig = Figure(figsize=(9, 0.45 * len(totals) + 1.4), layout="constrained")
    ax = fig.add_subplot()
    ordered = totals.sort_values("matches", kind="stable")
    bars = ax.barh(ordered["category"], ordered["matches"], color="#3b6ea5")
    ax.bar_label(bars, labels=[f"{n:,}" for n in ordered["matches"]], padding=3)
    ax.set_xlabel("matches in the text units")
    ax.set_title("How often each aim is stated")
    ax.margins(x=0.12)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_category_publishers(table: pd.DataFrame) -> Figure:
    """A heat map of pages per category and publisher."""
    wrapped = table.rename(columns=lambda name: textwrap.fill(name, LABEL_WIDTH))
    width = min(11.5, 4 + 1.3 * max(len(wrapped.columns), 1))
    return heat_map(wrapped, "Pages stating each aim, by publisher", "pages", figsize=(width, 0.45 * len(table) + 2.2))
