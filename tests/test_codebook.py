import gc
import os
import sys
import time
from pathlib import Path

import pytest
import yaml

import analysis
from analysis import CorpusError
from analysis.read import codebook as codebook_module
from analysis.read.codebook import MAX_CATEGORIES, MAX_CODEBOOK_BYTES, MAX_DEPTH, MAX_PATTERN_CHARS, MAX_PATTERNS
from analysis.read.codebook import load_codebook, parse_codebook

GOOD = "aims:\n  # Students moving.\n  mobility:\n    - student mobility\n"


def test_bundled_codebook_has_the_partnership_aims(corpus):
    book = corpus.codebook
    assert book.names == [
        "aims.student_mobility",
        "aims.entrepreneurship_education",
        "aims.innovation_with_SMEs",
        "aims.research_funding",
        "aims.education_export",
        "aims.working_life",
        "aims.regional_skills_needs",
    ]
    assert all(c.definition and c.patterns for c in book.categories)
    assert book["aims.working_life"].label == "working life"
    frame = book.to_frame()
    assert frame.loc[0, "patterns"].startswith("student mobility | mobility")


def test_nested_categories_take_their_parent_name():
    book = parse_codebook(GOOD)
    (cat,) = book.categories
    assert (cat.name, cat.definition, cat.patterns, cat.line) == ("aims.mobility", "Students moving.", ("student mobility",), 3)


@pytest.mark.parametrize(
    "text, message",
    [
        ("aims: [unclosed\n", r"line 1: not valid YAML"),  # where the bracket opens, not past the end
        ("aims:\n  mobility:\n    - student\n", r"line 2: category 'aims.mobility' needs a one-line definition"),
        ("# Def.\nmobility:\n  - stu*dent\n", r"line 3: category 'mobility': 'stu\*dent'.*start or end of a word"),
        ("# Def.\nmobility:\n  - 12\n", r"line 3: category 'mobility': a pattern must be a string"),
        ("# Def.\nmobility: []\n", r"line 2: category 'mobility' needs a non-empty list"),
        ("# Def.\nmobility: student\n", r"line 2: category 'mobility' needs a non-empty list"),
        ("# Def.\nm:\n  - a\n# Def.\nm:\n  - b\n", r"line 5: category 'm' is defined twice"),
        ("- a\n- b\n", r"line 1: expected a mapping"),
        ("", r"the codebook is empty"),
    ],
)
def test_malformed_codebook_names_the_line(text, message):
    with pytest.raises(CorpusError, match=message):
        parse_codebook(text, "codebook.yml")


def test_corpus_folder_codebook_wins_over_the_bundled_one(make_corpus):
    root = make_corpus(a="Title\n\nWe export education.\n")
    (root / "codebook.yml").write_text("# Exports.\nexports:\n  - export*\n", encoding="utf-8")
    corpus = analysis.load_corpus(root)
    matches, _ = analysis.code_units(corpus, corpus.codebook)
    assert matches["matched"].tolist() == ["export"]


def test_bad_codebook_in_a_corpus_folder_stops_the_load_with_file_and_line(make_corpus):
    root = make_corpus(a="Title\n")
    (root / "codebook.yml").write_text("x:\n  - a\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"codebook.yml: line 1: category 'x' needs a one-line definition"):
        analysis.load_corpus(root)


# Hostile codebooks (issue 14): every command reads the codebook, so none may hang or blow up.
LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])


@pytest.fixture(params=LOADERS, ids=lambda loader: loader.__name__)
def loader(request, monkeypatch):
    """Each test that takes it runs with pure-Python PyYAML and with libyaml."""
    monkeypatch.setattr(codebook_module, "_LOADER", request.param)


def laughs() -> str:
    """A "billion laughs": nested mapping aliases, 9**11 categories in 1,234 bytes;
    valid categories at the bottom, so only refusing aliases stops it."""
    lines = ["a0: &a0", "  # Def.", "  c:", "    - w"]
    lines += [f"a{i}: &a{i} {{" + ",".join(f"k{j}: *a{i - 1}" for j in range(9)) + "}" for i in range(1, 12)]
    text = "\n".join(lines) + "\n"
    return text + "#" * (1234 - len(text) - 1) + "\n"


def test_an_alias_bomb_is_refused_at_its_first_anchor(loader):
    text = laughs()
    assert len(text.encode()) == 1234
    with pytest.raises(CorpusError, match=r"codebook.yml: line 1: YAML anchors and aliases \(& and \*\) are not allowed"):
        parse_codebook(text)


def test_a_scalar_alias_file_is_refused_at_once(loader):
    """128 KB: one pattern of 15,000 words aliased 14,000 times (took 64 s to load)."""
    text = "# Def.\nc:\n  - &s " + " ".join(["w"] * 15_000) + "\n" + "  - *s\n" * 14_000
    t = time.perf_counter()
    with pytest.raises(CorpusError, match=r"line 3: YAML anchors and aliases"):
        parse_codebook(text)
    assert time.perf_counter() - t < 5


@pytest.mark.parametrize(
    "text, line",
    [
        ("# D.\nc:\n  - a\n# D.\nd: &x\n  - b\n", 5),  # an anchor alone is refused too
        ("# D.\nc:\n  - a\n  - *prefix\n", 4),  # an unquoted leading `*` reads as an alias
    ],
)
def test_anchors_and_aliases_name_their_line(loader, text, line):
    with pytest.raises(CorpusError, match=rf"line {line}: YAML anchors and aliases .*quote a pattern that starts with '\*'"):
        parse_codebook(text)


@pytest.mark.parametrize(
    "text, message",
    [
        ("# D.\nc:\n  - 'abc\n  - d\n  - e\n", r"line 3: not valid YAML"),  # where the quote opens (was 6, past the end)
        ("aims: [unclosed\n\n# a comment\n", r"line 1: not valid YAML"),
        ("# D.\nc:\n  - a\n  b\n", r"line 4: not valid YAML"),
        ("# D.\nc:\n  - a\n - b\n", r"line 4: not valid YAML"),
        ("# D.\nc:\n  - a\x07b\n", r"line 3: character '\\x07' is not allowed"),  # was "?" (a ReaderError has no mark)
        ("# D.\r\nc:\r\n  - a\ufeff\r\n", r"line 3: character '\\ufeff' is not allowed"),
        ("# D.\nc:\n  - \ud800\n", r"line 3: character '\\ud800' is not allowed"),
    ],
)
def test_yaml_errors_name_the_line_the_problem_is_on(loader, text, message):
    with pytest.raises(CorpusError, match=message):
        parse_codebook(text)


def test_a_codebook_with_a_byte_order_mark_loads(tmp_path):
    """Notepad writes one; it used to hide the first definition ("needs a one-line definition")."""
    path = tmp_path / "codebook.yml"
    path.write_text("# Exports.\nexports:\n  - export*\n", encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    (cat,) = load_codebook(path).categories
    assert (cat.name, cat.definition, cat.patterns, cat.line) == ("exports", "Exports.", ("export*",), 2)


def categories_text(n: int, patterns: int = 1, prefix: str = "c") -> str:
    return "".join(f"# Def.\n{prefix}{i}:\n" + "  - w\n" * patterns for i in range(n))


@pytest.mark.parametrize(
    "text, message",
    [
        (categories_text(MAX_CATEGORIES + 1), rf"line {3 * MAX_CATEGORIES + 2}: more than {MAX_CATEGORIES:,} categories"),
        (categories_text(1, MAX_PATTERNS + 1), rf"line 3: category 'c0' has more than {MAX_PATTERNS:,} patterns"),
        (f"# D.\nc:\n  - w\n  - {'w' * (MAX_PATTERN_CHARS + 1)}\n", rf"line 4: .*longer than {MAX_PATTERN_CHARS} characters"),
        ("# D.\nc:\n  - w\nx: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n", rf"line 4: nested deeper than {MAX_DEPTH} levels"),
        ("# D.\nc:\n  - w\n" + "#" * MAX_CODEBOOK_BYTES + "\n", rf"over the limit of {MAX_CODEBOOK_BYTES:,} bytes"),
    ],
    ids=["categories", "patterns", "pattern length", "depth", "bytes"],
)
def test_size_limits(loader, text, message):
    with pytest.raises(CorpusError, match=message):
        parse_codebook(text)


def test_limits_are_documented():
    readme = (Path(__file__).resolve().parents[1] / "partnership_data" / "README.md").read_text(encoding="utf-8")
    for name in ("MAX_CODEBOOK_BYTES", "MAX_CATEGORIES", "MAX_PATTERNS", "MAX_PATTERN_CHARS", "MAX_DEPTH"):
        assert f"| `{name}` | {getattr(codebook_module, name):,} |" in readme, name


def test_a_huge_file_is_refused_unread(tmp_path):
    """A 2 GB sparse file: only MAX_CODEBOOK_BYTES + 1 bytes are read."""
    path = tmp_path / "codebook.yml"
    with path.open("wb") as f:
        f.truncate(2**31)
    with pytest.raises(CorpusError, match=rf"codebook.yml: the codebook is over the limit of {MAX_CODEBOOK_BYTES:,} bytes"):
        load_codebook(path)


def test_bytes_that_are_not_utf8_name_their_line(tmp_path):
    path = tmp_path / "codebook.yml"
    path.write_bytes(b"# D.\nc:\n  - caf\xe9\n")
    with pytest.raises(CorpusError, match=r"codebook.yml: line 3: not UTF-8 text"):
        load_codebook(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_not_waited_on(tmp_path):
    path = tmp_path / "codebook.yml"
    os.mkfifo(path)
    with pytest.raises(CorpusError, match=r"codebook.yml: the codebook is not a regular file"):
        load_codebook(path)


def best_time(function, *args) -> float:
    """Best of three, with the garbage collector off."""
    gc.disable()
    try:
        return min(_timed(function, *args) for _ in range(3))
    finally:
        gc.enable()


def _timed(function, *args) -> float:
    t = time.perf_counter()
    function(*args)
    return time.perf_counter() - t


def test_the_duplicate_check_is_linear(monkeypatch):
    """20,000 categories took 16 s: each was checked against a set rebuilt from all before it."""
    monkeypatch.setattr(codebook_module, "MAX_CATEGORIES", sys.maxsize)
    small, large = categories_text(2_500), categories_text(10_000)
    assert len(parse_codebook(large).categories) == 10_000
    ratio = best_time(parse_codebook, large) / best_time(parse_codebook, small)
    assert ratio < 8, ratio  # 4x the categories; quadratic would be 16x
    with pytest.raises(CorpusError, match=r"line 30002: category 'c0' is defined twice \(first on line 2\)"):
        parse_codebook(large + categories_text(1))
