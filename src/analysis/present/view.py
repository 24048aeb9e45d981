"""What a reader sees in a notebook or a report: the header each one opens with, and tables.

In a notebook (`report=False`) a table is the corpus's own DataFrame, ids and offsets
included, for analysts to work with. In a report (`report=True`, which `python -m analysis
report` sets) it is a table for people: no hashes, offsets or positional index, text
left-aligned, searchable, sortable and paged by itables in its offline mode (the DataTables
bundle is embedded once per report, so a report still opens without a network).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import version

import pandas as pd
from IPython.display import HTML

from ..analyse.facts import KEY_FIGURES, corpus_facts
from ..build.corpus import Corpus
from ..paths import LOCAL_ZONE

# Columns for machines, not readers: content hashes, character offsets, row positions.
HIDDEN_COLUMNS = frozenset({"sha256", "path", "news_id", "unit_id", "position", "start", "end", "line", "column"})
# The columns of each corpus table a report shows, in the order a reader scans them.
REPORT_COLUMNS = {
    "documents": ("doc_id", "title", "publisher", "layout", "language", "published_date", "modified_date",
                  "declared_projects", "listed_projects", "source_url"),
    "units": ("doc_id", "kind", "text"),
    "news": ("title", "kind", "published_date", "publishers", "n_sightings", "url"),
    "sightings": ("doc_id", "kind", "title", "publisher", "published_date"),
    "dates": ("doc_id", "role", "date", "precision", "clue", "text"),
    "institutions": ("name", "name_fi", "short_name", "city", "website", "institution_code",
                     "mentions_text", "mentions_image_alt", "mentions_tags"),
    "projects": ("name", "aliases", "doc_id"),
    "mentions": ("doc_id", "unit_kind", "entity_type", "entity_id", "matched"),
    "quality": ("doc_id", "severity", "code", "message"),
}
MAX_ROWS = 10_000  # rows a report embeds per table; the note under it says how many there are
HEADER_STYLE = (
    "<style>.report-header{border-left:4px solid #3b6ea5;padding:.2em 1em;margin:0 0 1em;text-align:left}"
    ".report-header p{margin:.3em 0}.report-header ul{margin:.3em 0;padding-left:1.2em}"
    ".report-header .generated{color:#555;font-size:.9em}</style>"
)


@dataclass
class View:
    """Shows the corpus as the notebook needs: raw frames for analysts, or a report's tables."""

    corpus: Corpus
    report: bool = False

    def __post_init__(self) -> None:
        if self.report:  # the DataTables bundle, embedded once before any table
            import itables

            itables.init_notebook_mode(all_interactive=False, connected=False)

    def header(self, notebook: str, **known: object) -> HTML:
        """The corpus, its size and dates, and the key figures of this notebook (`known`:
        what the notebook computed already, such as `matches`); in a report also when and
        by which version it was made (a notebook's outputs stay the same from run to run,
        so that nbval can compare them)."""
        facts = corpus_facts(self.corpus)
        sentences = "".join(f"<li>{html.escape(s)}</li>" for s in KEY_FIGURES[notebook](self.corpus, **known))
        made = datetime.now(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M %Z")
        generated = f'<p class="generated">Generated {made} by partnership-analysis {version("partnership-analysis")}.</p>' if self.report else ""
        return HTML(
            f'{HEADER_STYLE}<div class="report-header"><p><b>Corpus:</b> {html.escape(facts.name)}'
            + (f" (<code>{html.escape(facts.folder)}</code>)" if facts.folder else "")
            + f": {html.escape(facts.line())}.</p>"
            f"<ul>{sentences}</ul>{generated}</div>"
        )

    def corpus_table(self, name: str) -> pd.DataFrame | HTML:
        """A corpus table: whole in a notebook, its REPORT_COLUMNS in a report."""
        frame = getattr(self.corpus, name)
        return people_table(frame[list(REPORT_COLUMNS[name])]) if self.report else frame

    def table(self, frame: pd.DataFrame, right: tuple[str, ...] = ()) -> pd.DataFrame | HTML:
        """`frame` itself in a notebook; in a report a table for people (see the module),
        the columns in `right` right-aligned (the left context of a keyword in context)."""
        return people_table(frame, right) if self.report else frame


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns a reader needs, each as text or a number, without the index. A number
    column with gaps becomes text with empty cells: itables would print "None", and
    DataTables still sorts a column of numbers and empty cells as numbers."""
    named = frame.index.name is not None or isinstance(frame.index, pd.MultiIndex)
    frame = frame.reset_index(drop=not named)
    frame = frame[[c for c in frame.columns if c not in HIDDEN_COLUMNS]]
    return pd.DataFrame({
        _label(name): column if _is_number(column) and not column.hasnans else column.astype("string").fillna("")
        for name, column in frame.items()
    })


def _label(name: object) -> str:
    """A column's name as a header that wraps between words: "published date"."""
    return str(name).replace("_", " ")


def _is_number(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


def people_table(frame: pd.DataFrame, right: tuple[str, ...] = ()) -> HTML:
    """A searchable, sortable, paged table of at most MAX_ROWS rows, text escaped."""
    from itables import to_html_datatable

    shown = readable(frame.head(MAX_ROWS))
    right = tuple(map(_label, right))
    text = [n for n, c in enumerate(shown.columns) if shown[c].dtype == "string" and c not in right]
    table = to_html_datatable(
        shown,
        connected=False,
        showIndex=False,
        show_dtypes=False,
        maxBytes=0,
        allow_html=False,  # page text stays text, whatever itables.options says
        text_in_header_can_be_selected=False,  # a click anywhere on a column's header sorts it
        display_logo_when_loading=False,
        classes="display compact cell-border",
        style="width:100%;margin:0;caption-side:bottom",
        columnDefs=[
            {"className": "dt-left", "targets": text},
            {"className": "dt-right", "targets": [n for n, c in enumerate(shown.columns) if c in right]},
        ],
    )
    note = "" if len(frame) <= MAX_ROWS else (
        f'<p class="table-note">The first {MAX_ROWS:,} of {len(frame):,} rows; every row is in the tables '
        "(<code>python -m analysis tables</code>).</p>"
    )
    return HTML(table + note)
