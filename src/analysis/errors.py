"""The library's exceptions: bad data (naming the file, and row or line) and failed reports."""


class CorpusError(Exception):
    """A corpus folder, page or reference table that cannot be used as it is."""


class ReportError(Exception):
    """A notebook cell failed; the message names the notebook, the cell and the error."""
