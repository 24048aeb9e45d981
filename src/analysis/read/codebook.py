"""The codebook: categories of content analysis and the word patterns that code them.

The file is a quanteda-style YAML dictionary (category -> list of patterns, nesting
allowed), with the one-line definition of each category in the comment right above it.
The loader checks the shape and names the line of any error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from ..errors import CorpusError

_WORD = re.compile(r"\*?[^\s*]+\*?")


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
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "?"
        raise CorpusError(f"{source}: {where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if root is None:
        raise CorpusError(f"{source}: the codebook is empty")
    categories: list[Category] = []
    _read_categories(root, "", text.splitlines(), source, categories)
    return Codebook(tuple(categories))


def _fail(source: str, node: yaml.Node, message: str) -> CorpusError:
    return CorpusError(f"{source}: line {node.start_mark.line + 1}: {message}")


def _read_categories(node: yaml.Node, prefix: str, lines: list[str], source: str, categories: list[Category]) -> None:
    """Append the categories of a mapping (nested ones named `outer.inner`) to `categories`."""
    if not isinstance(node, yaml.MappingNode) or not node.value:
        raise _fail(source, node, "expected a mapping of category names")
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or not key.value.strip():
            raise _fail(source, key, "a category name must be a non-empty string")
        name = f"{prefix}{key.value}"
        if isinstance(value, yaml.MappingNode):
            _read_categories(value, name + ".", lines, source, categories)
            continue
        patterns = _read_patterns(value, name, source)
        above = lines[key.start_mark.line - 1].strip() if key.start_mark.line > 0 else ""
        if not above.startswith("#") or not above.lstrip("# ").strip():
            raise _fail(source, key, f"category {name!r} needs a one-line definition in a comment right above it")
        if name in {c.name for c in categories}:
            raise _fail(source, key, f"category {name!r} is defined twice")
        categories.append(Category(name, above.lstrip("# ").strip(), patterns, key.start_mark.line + 1))


def _read_patterns(value: yaml.Node, name: str, source: str) -> tuple[str, ...]:
    """A category's list of glob patterns, each checked."""
    if not isinstance(value, yaml.SequenceNode) or not value.value:
        raise _fail(source, value, f"category {name!r} needs a non-empty list of patterns")
    patterns = []
    for item in value.value:
        if not isinstance(item, yaml.ScalarNode) or item.tag != "tag:yaml.org,2002:str":
            raise _fail(source, item, f"category {name!r}: a pattern must be a string")
        try:
            pattern_words(item.value)
        except ValueError as exc:
            raise _fail(source, item, f"category {name!r}: {exc}") from None
        patterns.append(item.value)
    return tuple(patterns)


def load_codebook(path: str | Path) -> Codebook:
    """Read and check a codebook file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot be read as UTF-8 text: {exc}") from exc
    return parse_codebook(text, str(path))
