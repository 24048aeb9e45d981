"""The loaded corpus: the nine tables, the codebook and the decoded page texts.

What every analysis takes; `load.load_corpus` and the cache build it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from ..read.codebook import Codebook
from .schema import CORPUS_TABLES


class PageTexts(Mapping[str, str]):
    """doc_id -> the decoded text of a page; the texts stay in Arrow memory and become a
    `str` when asked for, so a large corpus does not hold each text twice."""

    def __init__(self, texts: pa.Table):
        self._index = {doc_id: n for n, doc_id in enumerate(texts["doc_id"].to_pylist())}
        self._texts = texts["text"]

    def __getitem__(self, doc_id: str) -> str:
        return self._texts[self._index[doc_id]].as_py()

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


@dataclass
class Corpus:
    """The loaded corpus: one DataFrame per table, the codebook, the decoded page texts."""

    documents: pd.DataFrame
    dates: pd.DataFrame
    units: pd.DataFrame
    news: pd.DataFrame
    sightings: pd.DataFrame
    institutions: pd.DataFrame
    projects: pd.DataFrame
    mentions: pd.DataFrame
    quality: pd.DataFrame
    data_dir: Path
    codebook: Codebook = field(repr=False)
    texts: Mapping[str, str] = field(default_factory=dict, repr=False)

    TABLES = CORPUS_TABLES

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
