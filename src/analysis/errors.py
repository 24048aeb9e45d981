"""The one exception the library raises for bad data, naming the file (and row or line)."""


class CorpusError(Exception):
    """A corpus folder, page or reference table that cannot be used as it is."""
