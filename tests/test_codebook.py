import pytest

import analysis
from analysis import CorpusError
from analysis.read.codebook import parse_codebook

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
        ("aims: [unclosed\n", r"line 2: not valid YAML"),
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
