"""What the analysis functions take: any object with the corpus tables (a `Corpus`, or
one an analyst put together), so that analysis never depends on how a corpus was loaded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import pandas as pd

from ..read.codebook import Codebook


class CorpusTables(Protocol):
    documents: pd.DataFrame
    units: pd.DataFrame
    news: pd.DataFrame
    institutions: pd.DataFrame
    projects: pd.DataFrame
    mentions: pd.DataFrame
    quality: pd.DataFrame
    codebook: Codebook
    texts: Mapping[str, str]
