"""Content analysis of scraped pages on the Haaga-Helia, Laurea and Metropolia partnership.

Layers, each importing only those before it: `read` (bytes -> text -> page records, and
the reference tables), `build` (records -> the corpus tables), `store` (the cache),
`load` (`load_corpus`, `Corpus`) and `dask_engine`, `analyse` (coding, timeline, summary),
`present` (rendering, reports, the command line).
"""

from importlib import import_module
from importlib.metadata import version

from .errors import CorpusError, ReportError
from .load import Corpus, load_corpus
from .read.codebook import Codebook, load_codebook

# Imported when first asked for: the analyses and reports bring matplotlib (40 MB and a
# third of a second in every process, the loader's workers included), reports nbformat
# and nbclient, the notebooks' view IPython and itables.
_LAZY = {
    **dict.fromkeys(("category_publishers", "category_totals", "plot_category_publishers", "plot_category_totals"), ".analyse.categories"),
    **dict.fromkeys(("co_mentions", "code_units", "kwic", "plot_co_mentions", "term_frequencies"), ".analyse.coding"),
    **dict.fromkeys((
        "caption", "dated_events", "plot_corpus_timeline", "plot_timeline", "publication_counts", "timeline_caption",
        "timeline_counts", "timeline_events",
    ), ".analyse.timeline"),
    **dict.fromkeys(("PartnershipSummary", "partnership_summary"), ".present.render"),
    "build_reports": ".present.report",
    "View": ".present.view",
}

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
    """A name of `_LAZY`, from its module (imported now, kept from then on)."""
    if name not in _LAZY:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = globals()[name] = getattr(import_module(_LAZY[name], __name__), name)
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def read_corpus_dask(path, **kwargs):
    """The corpus tables as dask DataFrames (see analysis.dask_engine; needs the `dask` extra)."""
    from .dask_engine import read_corpus_dask as read

    return read(path, **kwargs)
