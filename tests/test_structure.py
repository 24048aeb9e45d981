"""The library's shape: one-way layers, short functions, one list of finding codes."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.errors import FINDINGS

SRC = Path(__file__).resolve().parents[1] / "src" / "analysis"
README = SRC.parents[1] / "partnership_data" / "README.md"
# Each module's layer; a module may import its own layer and those below it.
LAYERS = {
    "analysis.paths": 0, "analysis.errors": 0, "analysis.ids": 0,
    "analysis.read": 1, "analysis.build": 2, "analysis.store": 3,
    "analysis.load": 4, "analysis.dask_engine": 4,
    "analysis.analyse": 5, "analysis.present": 6, "analysis.synthetic": 6,
    "analysis": 7, "analysis.__main__": 7,
}


def modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the library."""
    found = {}
    for path in SRC.rglob("*.py"):
        parts = ["analysis", *path.relative_to(SRC).with_suffix("").parts]
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def layer(module: str) -> int:
    """The layer of a module: that of its longest listed prefix."""
    prefixes = [p for p in LAYERS if module == p or module.startswith(p + ".")]
    return LAYERS[max(prefixes, key=len)]


def imports(module: str, path: Path) -> list[str]:
    """The library modules `module` imports anywhere in its file (lazy imports included,
    those a package's `_LAZY` names too)."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[: len(base) - node.level + 1] if node.level else []
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names = [f"{target}.{alias.name}" for alias in node.names]
            found.extend(name if name in modules() else target for name in names)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_LAZY" for t in node.targets):
            lazy = [c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant) and str(c.value).startswith(".")]
            found.extend(package + name for name in lazy)  # the modules `__getattr__` imports by these names
    return [name for name in found if name == "analysis" or name.startswith("analysis.")]


def test_every_module_has_a_layer():
    for module in modules():
        assert layer(module) >= 0, module


@pytest.mark.parametrize("module", sorted(modules()))
def test_no_module_imports_a_higher_layer(module):
    for target in imports(module, modules()[module]):
        assert layer(target) <= layer(module), f"{module} imports {target}"


@pytest.mark.parametrize("module", sorted(m for m in modules() if m.startswith("analysis.analyse")))
def test_analysis_never_imports_the_loader(module):
    for target in imports(module, modules()[module]):
        assert not target.startswith(("analysis.load", "analysis.store", "analysis.dask_engine")), target


def test_the_import_walk_sees_relative_imports():
    assert "analysis.read.page" in imports("analysis.build.rows", modules()["analysis.build.rows"])
    assert "analysis.present.report" in imports("analysis", modules()["analysis"])  # a lazy import


def function_lengths() -> dict[str, int]:
    """qualified name -> lines, for every function and method of the library."""
    lengths = {}
    for module, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lengths[f"{module}.{node.name}:{node.lineno}"] = node.end_lineno - node.lineno + 1
    return lengths


def test_the_longest_function_is_under_45_lines():
    name, lines = max(function_lengths().items(), key=lambda item: item[1])
    assert lines < 45, name


def test_the_page_reader_has_no_function_over_30_lines():
    for name, lines in function_lengths().items():
        if name.startswith("analysis.read.page."):
            assert lines <= 30, name


def test_the_finding_codes_are_listed_once_with_their_severity():
    """Every code the library records is in `errors.FINDINGS` with the severity it is
    recorded with, every listed code is recorded somewhere, and the data dictionary
    shows the same table."""
    source = "\n".join(path.read_text(encoding="utf-8") for name, path in modules().items() if name != "analysis.errors")
    pairs = re.findall(r'"(error|warning|info)",\s*"([a-z0-9_]+)"', source)
    pairs += re.findall(r'"severity":\s*"(\w+)",\s*"code":\s*"(\w+)"', source)
    used = {(severity, code) for severity, code in pairs if code not in ("error", "warning", "info", "code")}
    assert used == {(severity, code) for code, (severity, _) in FINDINGS.items()}
    documented = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[1] in ("error", "warning", "info"):
            documented[cells[0]] = (cells[1], cells[2])
    assert documented == FINDINGS


def test_loading_imports_no_plotting_library():
    """The loader and its workers stay free of matplotlib (40 MB in each process); the
    analyses still come from the package's top level when asked for."""
    probe = (
        "import sys, analysis\n"
        "analysis.load_corpus()\n"
        "print(sorted(m for m in ('matplotlib', 'nbformat', 'IPython') if m in sys.modules))\n"
        "print(all(callable(getattr(analysis, name)) for name in analysis.__all__))\n"
        "print('matplotlib' in sys.modules, set(analysis.__all__) <= set(dir(analysis)))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[:3] == ["[]", "True", "True True"]
