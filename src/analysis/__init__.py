"""Content analysis of scraped pages on the Haaga-Helia, Laurea and Metropolia partnership."""

from .corpus import Corpus, load_corpus
from .errors import CorpusError
from .report import ReportError, build_reports
from .summary import PartnershipSummary, partnership_summary
from .timeline import caption, dated_events, plot_timeline, publication_counts

__all__ = [
    "Corpus",
    "CorpusError",
    "PartnershipSummary",
    "ReportError",
    "build_reports",
    "caption",
    "dated_events",
    "load_corpus",
    "partnership_summary",
    "plot_timeline",
    "publication_counts",
]
__version__ = "0.1.0"
