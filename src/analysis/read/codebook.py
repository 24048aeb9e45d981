"""The codebook: categories of content analysis and the word patterns that code them.

The file is a quanteda-style YAML dictionary (category -> list of patterns, nesting
allowed), with the one-line definition of each category in the comment right above it.
The loader checks the shape and names the line of any error. It reads hostile files
safely: YAML anchors and aliases are refused before any node is built (a few lines of
nested aliases would otherwise stand for billions of nodes), and the size limits below
bound what a codebook can ask of every command that reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from ..errors import CorpusError

MAX_CODEBOOK_BYTES = 1_000_000  # the file; a hand-written codebook is a few KB
MAX_CATEGORIES = 1_000
MAX_PATTERNS = 10_000  # in one category
MAX_PATTERN_CHARS = 200  # in one pattern: a phrase, not a text
MAX_DEPTH = 10  # mappings and lists inside one another (`aims: mobility: [...]` is 3)

_WORD = re.compile(r"\*?[^\s*]+\*?")
# What YAML forbids in a file (its "printable" set; lone surrogates, and a byte order mark
# past the start, which libyaml refuses), found before parsing: the error then names the
# line whichever YAML backend reads the file.
_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: ~20x faster


@dataclass(frozen=True)
class Category:
    name: str  # nested categories are joined by ".": aims.student_mobility
    definition: str
    patterns: tuple[str, ...]
    line: int  # 1-based line of the category in the file

    @property
    def label(self) -> str:
        """The last part of the name, readable: "student mobility"."""
        return self.name.rsplit(".", 1)[-1].replace("_", " ")


@dataclass(frozen=True)
class Codebook:
    categories: tuple[Category, ...]

    def __getitem__(self, name: str) -> Category:
        return next(c for c in self.categories if c.name == name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.categories]

    def to_frame(self) -> pd.DataFrame:
        """One row per category: name, definition, patterns (joined by " | "), line."""
        return pd.DataFrame(
            [(c.name, c.definition, " | ".join(c.patterns), c.line) for c in self.categories],
            columns=["category", "definition", "patterns", "line"],
        ).astype({"category": "string", "definition": "string", "patterns": "string", "line": "int64"})


def pattern_words(pattern: str) -> list[str]:
    """The words of a glob pattern, checked: `*` only at a word's start or end."""
    words = pattern.split()
    if not words:
        raise ValueError("empty pattern")
    for word in words:
        if _WORD.fullmatch(word) is None or word.strip("*") == "":
            raise ValueError(f"{pattern!r}: '*' may only stand at the start or end of a word")
    return words


def parse_codebook(text: str, source: str = "codebook.yml") -> Codebook:
    """Read a codebook from YAML text; a malformed one raises `CorpusError` with its line."""
    text = text.removeprefix("\ufeff")  # the byte order mark some editors write
    _check_text(text, source)
    root = _compose(text, source)
    if root is None:
        raise CorpusError(f"{source}: the codebook is empty")
    categories: dict[str, Category] = {}  # by name: a second one is found at once
    _read_categories(root, "", text.splitlines(), source, categories)
    return Codebook(tuple(categories.values()))


def _line_of(text: str, index: int) -> int:
    """The 1-based line of `text[index]`, counting line breaks as YAML does."""
    return len((text[:index] + ".").splitlines())


def _check_text(text: str, source: str) -> None:
    """The size limit and YAML's character set, checked before the text is parsed."""
    if len(text) > MAX_CODEBOOK_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_CODEBOOK_BYTES:
        raise CorpusError(f"{source}: the codebook is over the limit of {MAX_CODEBOOK_BYTES:,} bytes")
    bad = _NOT_YAML.search(text)
    if bad is not None:
        raise CorpusError(f"{source}: line {_line_of(text, bad.start())}: character {bad.group()!r} is not allowed in YAML")


def _compose(text: str, source: str) -> yaml.Node | None:
    """The YAML node tree, once its events show no anchor, no alias and no deep nesting:
    nothing is built before, so an alias bomb costs no more than its own bytes."""
    try:
        depth = 0
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                raise _fail(source, event, "YAML anchors and aliases (& and *) are not allowed; quote a pattern that starts with '*'")
            depth += isinstance(event, yaml.CollectionStartEvent) - isinstance(event, yaml.CollectionEndEvent)
            if depth > MAX_DEPTH:
                raise _fail(source, event, f"nested deeper than {MAX_DEPTH} levels")
        return yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = _error_line(exc, text.splitlines())
        raise CorpusError(f"{source}: line {line}: not valid YAML: {exc.problem}") from exc


def _error_line(exc: yaml.MarkedYAMLError, lines: list[str]) -> int:
    """The line a YAML error is on: where the problem is, but where the construct that is
    left open began when the problem is that the text ends (an unclosed quote or bracket)."""
    problem, context = exc.problem_mark, exc.context_mark
    at_end = problem is None or problem.line >= len(lines) or (
        problem.line == len(lines) - 1 and problem.column >= len(lines[-1])
    )
    mark = context if at_end and context is not None else problem
    return min(mark.line + 1, max(len(lines), 1)) if mark is not None else 1


def _fail(source: str, node: yaml.Node | yaml.Event, message: str) -> CorpusError:
    return CorpusError(f"{source}: line {node.start_mark.line + 1}: {message}")


def _read_categories(node: yaml.Node, prefix: str, lines: list[str], source: str, categories: dict[str, Category]) -> None:
    """Add the categories of a mapping (nested ones named `outer.inner`) to `categories`."""
    if not isinstance(node, yaml.MappingNode) or not node.value:
        raise _fail(source, node, "expected a mapping of category names")
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or not key.value.strip():
            raise _fail(source, key, "a category name must be a non-empty string")
        name = f"{prefix}{key.value}"
        if isinstance(value, yaml.MappingNode):
            _read_categories(value, name + ".", lines, source, categories)
            continue
        if name in categories:
            raise _fail(source, key, f"category {name!r} is defined twice (first on line {categories[name].line})")
        if len(categories) == MAX_CATEGORIES:
            raise _fail(source, key, f"more than {MAX_CATEGORIES:,} categories")
        patterns = _read_patterns(value, name, source)
        above = lines[key.start_mark.line - 1].strip() if key.start_mark.line > 0 else ""
        if not above.startswith("#") or not above.lstrip("# ").strip():
            raise _fail(source, key, f"category {name!r} needs a one-line definition in a comment right above it")
        categories[name] = Category(name, above.lstrip("# ").strip(), patterns, key.start_mark.line + 1)


def _read_patterns(value: yaml.Node, name: str, source: str) -> tuple[str, ...]:
    """A category's list of glob patterns, each checked."""
    if not isinstance(value, yaml.SequenceNode) or not value.value:
        raise _fail(source, value, f"category {name!r} needs a non-empty list of patterns")
    if len(value.value) > MAX_PATTERNS:
        raise _fail(source, value, f"category {name!r} has more than {MAX_PATTERNS:,} patterns")
    patterns = []
    for item in value.value:
        if not isinstance(item, yaml.ScalarNode) or item.tag != "tag:yaml.org,2002:str":
            raise _fail(source, item, f"category {name!r}: a pattern must be a string")
        if len(item.value) > MAX_PATTERN_CHARS:
            raise _fail(source, item, f"category {name!r}: a pattern is longer than {MAX_PATTERN_CHARS} characters")
        try:
            pattern_words(item.value)
        except ValueError as exc:
            raise _fail(source, item, f"category {name!r}: {exc}") from None
        patterns.append(item.value)
    return tuple(patterns)


def load_codebook(path: str | Path) -> Codebook:
    """Read and check a codebook file: at most `MAX_CODEBOOK_BYTES` of it are read, so a
    huge or endless file is refused without filling memory."""
    path = Path(path)
    try:
        if path.exists() and not path.is_file():
            raise CorpusError(f"{path}: the codebook is not a regular file")
        with path.open("rb") as f:
            data = f.read(MAX_CODEBOOK_BYTES + 1)
    except OSError as exc:
        raise CorpusError(f"{path}: the codebook cannot be read: {exc}") from exc
    if len(data) > MAX_CODEBOOK_BYTES:
        raise CorpusError(f"{path}: the codebook is over the limit of {MAX_CODEBOOK_BYTES:,} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = len((data[: exc.start].decode("utf-8") + ".").splitlines())
        raise CorpusError(f"{path}: line {line}: not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
    return parse_codebook(text, str(path))
