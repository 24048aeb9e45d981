"""Content analysis of scraped pages on the Haaga-Helia, Laurea and Metropolia partnership."""

from .corpus import Corpus, load_corpus
from .errors import CorpusError

__all__ = ["Corpus", "CorpusError", "load_corpus"]
__version__ = "0.1.0"
