"""Execute the analysis notebooks on a corpus and export them as self-contained HTML.

Parameters reach a notebook the papermill way: a cell tagged `parameters` holds the
defaults and a cell injected after it overrides them. Reports carry no code cells and load
nothing from the network (see templates/offline).
"""

from __future__ import annotations

import html
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

from ..errors import ReportError
from ..paths import notebooks_dir, resolve_data_dir

TEMPLATES = Path(__file__).resolve().parent / "templates"

NOTEBOOKS = ("01_corpus_overview", "02_publication_timeline", "03_partnership_summary", "04_content_analysis")
CELL_TIMEOUT = 600  # seconds


def inject_parameters(nb: nbformat.NotebookNode, **params: object) -> nbformat.NotebookNode:
    """Insert a cell setting `params` after the cell tagged `parameters` (or first)."""
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])]
    at = tagged[0] + 1 if tagged else 0
    source = "\n".join(f"{name} = {value!r}" for name, value in params.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    nb.cells.insert(at, cell)
    return nb


def execute(nb: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """Run every cell top to bottom in a fresh kernel; a failing cell raises `ReportError`."""
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name=nb.metadata.get("kernelspec", {}).get("name", "python3"),
        record_timing=False,
        resources={"metadata": {"path": str(notebooks_dir())}},
    )
    try:
        client.execute()
    except CellExecutionError as exc:
        # Count the notebook's own code cells, as the analyst sees them (not injected ones).
        own = [c for c in nb.cells if c.cell_type == "code" and "injected-parameters" not in c.metadata.get("tags", [])]
        failed = next((n for n, c in enumerate(own, 1) if any(o.output_type == "error" for o in c.outputs)), "?")
        raise ReportError(f"{name}: code cell {failed} failed: {exc.ename}: {exc.evalue}") from exc
    return nb


def export_html(nb: nbformat.NotebookNode, title: str) -> str:
    """Self-contained HTML: outputs only, figures as data URIs, no CDN scripts."""
    exporter = HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb)
    return body


def notebook_title(nb: nbformat.NotebookNode, default: str) -> str:
    """The notebook's first Markdown heading."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return default


def build_reports(data_dir: str | Path | None = None, out: str | Path = "reports") -> list[Path]:
    """Execute each notebook on `data_dir` (bundled data when None) and write its HTML
    report and an index.html linking them to `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    params = {} if data_dir is None else {"data_dir": str(resolve_data_dir(data_dir))}
    written, titles = [], []
    for name in NOTEBOOKS:
        nb = nbformat.read(notebooks_dir() / f"{name}.ipynb", as_version=4)
        title = notebook_title(nb, name)
        nb = execute(inject_parameters(nb, **params) if params else nb, name)
        path = out / f"{name}.html"
        path.write_text(export_html(nb, title), encoding="utf-8")
        written.append(path)
        titles.append(title)
    index = out / "index.html"
    index.write_text(index_html(list(zip(written, titles))), encoding="utf-8")
    return [*written, index]


def index_html(reports: list[tuple[Path, str]]) -> str:
    """A small page linking the reports."""
    items = "\n".join(
        f'<li><a href="{html.escape(path.name)}">{html.escape(title)}</a></li>' for path, title in reports
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>Partnership analysis reports</title>\n"
        "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;line-height:1.5}</style>\n"
        "</head>\n<body>\n<h1>Partnership analysis reports</h1>\n"
        f"<ol>\n{items}\n</ol>\n</body>\n</html>\n"
    )


def refresh_notebooks() -> list[Path]:
    """Re-run the committed notebooks in place on the bundled data (`make notebooks`)."""
    paths = []
    for name in NOTEBOOKS:
        path = notebooks_dir() / f"{name}.ipynb"
        nb = execute(nbformat.read(path, as_version=4), name)
        nbformat.write(nb, path)
        paths.append(path)
    return paths
