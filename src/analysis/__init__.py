"""Content analysis of scraped pages on the Haaga-Helia, Laurea and Metropolia partnership."""

from .codebook import Codebook, load_codebook
from .coding import co_mentions, code_units, kwic, plot_co_mentions, term_frequencies
from .corpus import Corpus, load_corpus
from .errors import CorpusError, ReportError
from .summary import PartnershipSummary, partnership_summary
from .timeline import caption, dated_events, plot_timeline, publication_counts

__all__ = [
    "Codebook",
    "Corpus",
    "CorpusError",
    "PartnershipSummary",
    "ReportError",
    "build_reports",
    "caption",
    "co_mentions",
    "code_units",
    "dated_events",
    "kwic",
    "load_codebook",
    "load_corpus",
    "partnership_summary",
    "plot_co_mentions",
    "plot_timeline",
    "publication_counts",
    "read_corpus_dask",
    "term_frequencies",
]
__version__ = "0.1.0"


def __getattr__(name: str):
    """Reports (nbformat, nbclient) are imported only when asked for: they take seconds."""
    if name == "build_reports":
        from . import report

        return getattr(report, name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def read_corpus_dask(path, **kwargs):
    """The corpus tables as dask DataFrames (see analysis.dask_corpus; needs the `dask` extra)."""
    from .dask_corpus import read_corpus_dask as read

    return read(path, **kwargs)
