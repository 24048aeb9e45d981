"""Execute the analysis notebooks on a corpus and export them as self-contained HTML.

Papermill runs each notebook: a cell tagged `parameters` holds the defaults and papermill
injects a cell after it with the values given (in the executed copy only; the committed
notebooks stay as `make notebooks` wrote them). Everything that can be checked without a
kernel (the folder, the parameters, the corpus itself) is checked before the first one
starts. Reports carry no code cells and load nothing from the network (templates/offline).
"""

from __future__ import annotations

import ast
import html
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import nbformat
import papermill
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, DeadKernelError
from nbconvert import HTMLExporter
from papermill.exceptions import PapermillExecutionError
from traitlets.config import Config

from ..analyse.facts import CorpusFacts, corpus_facts
from ..analyse.timeline import FREQS
from ..build.corpus import Corpus
from ..errors import ReportError
from ..load import load_corpus
from ..paths import check_out_dir, notebooks_dir, resolve_data_dir, staged_dir
from ..read.files import check_pages

TEMPLATES = Path(__file__).resolve().parent / "templates"

NOTEBOOKS = ("01_corpus_overview", "02_publication_timeline", "03_partnership_summary", "04_content_analysis")
CELL_TIMEOUT = 600  # seconds
NOTEBOOK_ONLY = "notebook-only"  # the tag of cells for analysts that a report leaves out
REPORT_FILES = {*(f"{name}.html" for name in NOTEBOOKS), "index.html"}
# --param freq=Q: a period's pandas letter stands for its name (Q for quarter).
FREQ_LETTERS = {code[0]: name for name, code in FREQS.items()}


KERNEL_LOG = "kernel-stderr.log"  # beside the kernels' sockets, in the run's private folder


class QuietKernelManager(AsyncKernelManager):
    """Shuts a kernel down without first interrupting it: jupyter_client sends SIGINT
    before every shutdown; once all cells have run it only races the kernel's last reply
    and prints "KeyboardInterrupt caught in kernel" on our stderr. The kernel process's
    own stderr goes to KERNEL_LOG: libzmq can abort a kernel that is shutting down, its
    cells all run, with "Assertion failed: pfd.revents & POLLIN (src/signaler.cpp:238)".
    What cells print reaches the notebook through the kernel protocol all the same, and
    the end of the log is quoted when a kernel dies (`kernel_died`)."""

    async def _async_interrupt_kernel(self) -> None:
        if not self.shutting_down:
            await super()._async_interrupt_kernel()

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: object) -> None:
        with open(Path(self.ip).with_name(KERNEL_LOG), "ab") as log:  # the kernel keeps its own copy of the descriptor
            await super()._async_launch_kernel(kernel_cmd, **{**kw, "stderr": log})


def kernel_died(name: str, config: Config) -> ReportError:
    """The error for a notebook whose kernel died, with the last lines it wrote on stderr."""
    log = Path(config.KernelManager.ip).with_name(KERNEL_LOG)
    last = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:] if log.exists() else []
    return ReportError(f"{name}: the kernel died" + (f"; its last words: {' / '.join(last)}" if last else ""))


@contextmanager
def kernel_config() -> Iterator[Config]:
    """Kernel settings for a run: IPC sockets in a private folder removed afterwards. Over
    TCP ipykernel warns, rightly, that anyone on the machine could listen ("Kernel is
    running over TCP without encryption"); a socket in a 0700 folder is ours alone."""
    with tempfile.TemporaryDirectory(prefix="analysis-kernel-") as folder:
        yield Config({"KernelManager": {"transport": "ipc", "ip": str(Path(folder) / "kernel")}})


# What each report shows, for its card on the index (which adds the report's first key figure).
CARDS = {
    "01_corpus_overview": "Every table of the corpus: pages, text units, news, dates, mentions, findings.",
    "02_publication_timeline": "When pages and news items were published, by local day in Helsinki.",
    "03_partnership_summary": "The institutions, projects and aims the pages name, with quotes.",
    "04_content_analysis": "Codebook categories by publisher, keywords in context, institutions named together.",
}


def notebook_parameters() -> dict[str, set[str]]:
    """The names each notebook's `parameters` cell sets, as papermill reads them."""
    return {name: set(papermill.inspect_notebook(str(notebooks_dir() / f"{name}.ipynb"))) for name in NOTEBOOKS}


def parse_params(items: list[str], known: set[str]) -> dict[str, object]:
    """`NAME=VALUE` strings as notebook parameters: a Python literal (10, None) as such,
    anything else as text. An unknown name or a bad period is a `ReportError`."""
    params = {}
    for item in items:
        name, sep, text = item.partition("=")
        if not sep or not name:
            raise ReportError(f"--param {item!r}: write it as NAME=VALUE, e.g. freq=quarter")
        if name == "data_dir":
            raise ReportError("--param data_dir: give the folder with --data-dir")
        if name not in known:
            raise ReportError(f"unknown parameter {name!r}: the notebooks take {', '.join(sorted(known - {'data_dir'}))}")
        params[name] = _literal(text)
    if "freq" in params:
        params["freq"] = _freq(params["freq"])
    return params


def _literal(text: str) -> object:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def _freq(value: object) -> str | None:
    """A period name (quarter) or its pandas letter (Q), as the period name; None (the
    notebook's default) lets the timeline choose the period from the span."""
    if value is None:
        return None
    name = FREQ_LETTERS.get(str(value).upper(), str(value))
    if name not in FREQS:
        raise ReportError(f"freq={value}: give one of {', '.join(FREQS)} (or {', '.join(FREQ_LETTERS)})")
    return name


def run_notebook(name: str, params: dict[str, object], config: Config) -> nbformat.NotebookNode:
    """Run a notebook top to bottom with papermill in a fresh kernel, its `params`
    injected; a failing cell raises `ReportError` naming the notebook's own cell."""
    nb = nbformat.read(notebooks_dir() / f"{name}.ipynb", as_version=4)
    own = [c.source for c in nb.cells if c.cell_type == "code"]
    try:
        return papermill.execute_notebook(
            nb,
            None,
            parameters=params,
            kernel_name=nb.metadata.get("kernelspec", {}).get("name", "python3"),
            progress_bar=False,
            log_output=False,
            cwd=str(notebooks_dir()),
            execution_timeout=CELL_TIMEOUT,
            config=config,
            kernel_manager_class=QuietKernelManager,
        )
    except PapermillExecutionError as exc:
        failed = own.index(exc.source) + 1 if exc.source in own else "?"
        raise ReportError(f"{name}: code cell {failed} failed: {exc.ename}: {exc.evalue}") from exc
    except DeadKernelError as exc:
        raise kernel_died(name, config) from exc


def execute(nb: nbformat.NotebookNode, name: str, config: Config) -> nbformat.NotebookNode:
    """Run every cell of a committed notebook in place with nbclient (no papermill
    metadata, so the file stays what nbval compares); a failing cell raises `ReportError`."""
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name=nb.metadata.get("kernelspec", {}).get("name", "python3"),
        record_timing=False,
        resources={"metadata": {"path": str(notebooks_dir())}},
        config=config,
        kernel_manager_class=QuietKernelManager,
    )
    try:
        client.execute()
    except CellExecutionError as exc:
        own = [c for c in nb.cells if c.cell_type == "code"]
        failed = next((n for n, c in enumerate(own, 1) if any(o.output_type == "error" for o in c.outputs)), "?")
        raise ReportError(f"{name}: code cell {failed} failed: {exc.ename}: {exc.evalue}") from exc
    except DeadKernelError as exc:
        raise kernel_died(name, config) from exc
    return nb


def export_html(nb: nbformat.NotebookNode, title: str) -> str:
    """Self-contained HTML: outputs only, figures as data URIs, no CDN scripts."""
    exporter = HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        config=Config({"TagRemovePreprocessor": {"enabled": True, "remove_cell_tags": {NOTEBOOK_ONLY}}}),
    )
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb)
    return body


def key_figure(nb: nbformat.NotebookNode) -> str:
    """The first key figure the report's own header gave (`present.view.View.header`), for
    its card: the card and the report say the same, computed once."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            page = output.get("data", {}).get("text/html", "")
            if 'class="report-header"' in page and "<li>" in page:
                return html.unescape(page.split("<li>", 1)[1].split("</li>", 1)[0])
    return ""


def notebook_title(nb: nbformat.NotebookNode, default: str) -> str:
    """The notebook's first Markdown heading."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return default


def build_reports(
    data_dir: str | Path | None = None,
    out: str | Path = "reports",
    params: list[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Path]:
    """Run each notebook on `data_dir` (bundled data when None) with `params` (NAME=VALUE)
    and write its HTML report and an index.html to `out`: all of them once every notebook
    ran, or nothing (see `staged_dir`). The folder, `out`, the parameters and the corpus are
    checked first, so that a mistake fails in a second, not after a kernel start.
    `progress` hears each notebook's name as it starts."""
    root = resolve_data_dir(data_dir)
    check_out_dir(out, root, REPORT_FILES)
    check_pages(root)
    declared = notebook_parameters()
    given = parse_params(params or [], set().union(*declared.values()))
    corpus = load_corpus(root)  # a bad reference table fails here; the cards need its figures
    if data_dir is not None:
        given["data_dir"] = str(root)
    given["report"] = True
    pages, cards = {}, []
    with kernel_config() as config:
        for name in NOTEBOOKS:
            if progress:
                progress(name)
            nb = run_notebook(name, {k: v for k, v in given.items() if k in declared[name]}, config)
            title = notebook_title(nb, name)
            pages[f"{name}.html"] = export_html(nb, title)
            cards.append((f"{name}.html", title, CARDS[name], key_figure(nb)))
    pages["index.html"] = index_html(cards, corpus_facts(corpus))
    with staged_dir(out, REPORT_FILES) as stage:
        for file, page in pages.items():
            (stage / file).write_text(page, encoding="utf-8")
    return [Path(out) / file for file in pages]


INDEX_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
    ".cards{list-style:none;padding:0;display:grid;gap:1em}"
    ".card{border:1px solid #ccc;border-radius:6px;padding:1em 1.2em}"
    ".card h2{margin:0 0 .3em;font-size:1.2em}.card p{margin:.2em 0}"
    ".figure{font-weight:600;font-size:1.1em}"
)


def index_html(cards: list[tuple[str, str, str, str]], facts: CorpusFacts) -> str:
    """The page an analyst opens first: a card per report (file, title, what it shows, its
    key figure), every text escaped, styled inline so that it needs no other file."""
    folder = f" (<code>{html.escape(facts.folder)}</code>)" if facts.folder else ""
    items = "\n".join(
        f'<li class="card"><h2><a href="{html.escape(file)}">{html.escape(title)}</a></h2>\n'
        f'<p class="figure">{html.escape(figure)}</p>\n<p>{html.escape(what)}</p></li>'
        for file, title, what, figure in cards
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Partnership analysis reports</title>\n<style>{INDEX_STYLE}</style>\n"
        "</head>\n<body>\n<h1>Partnership analysis reports</h1>\n"
        f"<p>Reports on {html.escape(facts.name)}{folder}: {html.escape(facts.line())}. Open a card to read one.</p>\n"
        f'<ul class="cards">\n{items}\n</ul>\n</body>\n</html>\n'
    )


def refresh_notebooks() -> list[Path]:
    """Re-run the committed notebooks in place on the bundled data (`make notebooks`)."""
    paths = []
    with kernel_config() as config:
        for name in NOTEBOOKS:
            path = notebooks_dir() / f"{name}.ipynb"
            nbformat.write(execute(nbformat.read(path, as_version=4), name, config), path)
            paths.append(path)
    return paths
