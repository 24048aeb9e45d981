"""Content analysis of scraped pages on the Haaga-Helia, Laurea and Metropolia partnership.

Layers, each importing only those before it: `read` (bytes -> text -> page records, and
the reference tables), `build` (records -> the corpus tables), `store` (the cache),
`load` (`load_corpus`, `Corpus`) and `dask_engine`, `analyse` (coding, timeline, summary),
`present` (rendering, reports, the command line).
"""

from importlib.metadata import version

from .analyse.categories import category_publishers, category_totals, plot_category_publishers, plot_category_totals
from .analyse.coding import co_mentions, code_units, kwic, plot_co_mentions, term_frequencies
from .analyse.timeline import (
    caption,
    dated_events,
    plot_corpus_timeline,
    plot_timeline,
    publication_counts,
    timeline_caption,
    timeline_counts,
    timeline_events,
)
from .errors import CorpusError, ReportError
from .load import Corpus, load_corpus
from .present.render import PartnershipSummary, partnership_summary
from .read.codebook import Codebook, load_codebook

__all__ = [
    "Codebook",
    "Corpus",
    "CorpusError",
    "PartnershipSummary",
    "ReportError",
    "View",
    "build_reports",
    "caption",
    "category_publishers",
    "category_totals",
    "co_mentions",
    "code_units",
    "dated_events",
    "kwic",
    "load_codebook",
    "load_corpus",
    "partnership_summary",
    "plot_category_publishers",
    "plot_category_totals",
    "plot_co_mentions",
    "plot_corpus_timeline",
    "plot_timeline",
    "publication_counts",
    "read_corpus_dask",
    "term_frequencies",
    "timeline_caption",
    "timeline_counts",
    "timeline_events",
]
__version__ = version("partnership-analysis")  # pyproject.toml's, as installed


def __getattr__(name: str):
    """Reports (nbformat, nbclient) and the notebooks' view (IPython, itables) are imported
    only when asked for: they take seconds, and the command line rarely needs them."""
    if name == "build_reports":
        from .present import report

        return getattr(report, name)
    if name == "View":
        from .present.view import View

        return View
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def read_corpus_dask(path, **kwargs):
    """The corpus tables as dask DataFrames (see analysis.dask_engine; needs the `dask` extra)."""
    from .dask_engine import read_corpus_dask as read

    return read(path, **kwargs)
