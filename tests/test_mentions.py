import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.mentions import compile_names, find_in_spans, find_mentions

PATTERNS = compile_names([("haaga-helia", "Haaga-Helia"), ("laurea", "Laurea"), ("metropolia", "Metropolia")])


def ids(text):
    return [entity for entity, *_ in find_mentions(text, PATTERNS)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Haaga Helia", ["haaga-helia"]),
        ("HAAGA-HELIA", ["haaga-helia"]),
        ("Haaga-Helian opiskelijat", ["haaga-helia"]),
        ("Laurean kampus", ["laurea"]),
        ("opiskelen Metropoliassa", ["metropolia"]),
        ("Laurea-ammattikorkeakoulu", ["laurea"]),
        ("a Nobel laureate", []),
        ("the Helsinki metropolitan area", []),
        ("Metropolian", ["metropolia"]),
        ("Laureas", []),
    ],
)
def test_names_with_finnish_endings_and_word_boundaries(text, expected):
    assert ids(text) == expected


def test_matches_carry_offsets_into_the_text():
    text = "With Haaga Helia and Metropolia"
    assert [(m, text[s:e]) for _, m, s, e in find_mentions(text, PATTERNS)] == [
        ("Haaga Helia", "Haaga Helia"),
        ("Metropolia", "Metropolia"),
    ]


def test_two_names_of_one_entity_count_once():
    patterns = compile_names([("hh", "Haaga-Helia"), ("hh", "Haaga Helia")])
    assert len(list(find_mentions("Haaga-Helia", patterns))) == 1


def test_the_longest_name_wins_a_place():
    names = compile_names([("green", "Green"), ("green-card", "Green Card")])
    assert [e for e, *_ in find_mentions("Green Card and Green", names)] == ["green-card", "green"]
    assert list(find_mentions("anything", compile_names([]))) == []


# Names whose first words are Latin-1 take the str.find path; the others, and any text
# outside Latin-1 (dotless ı and long ſ fold onto i and s in `re`), the plain regex scan.
NAMES = compile_names([
    ("haaga-helia", "Haaga-Helia"), ("laurea", "Laurea"), ("metropolia", "Metropolia"),
    ("tyo", "Työelämälähtöisyys 9.0"), ("green", "Green Card"), ("card", "Card"), ("sis", "Sisu"),
])
PIECES = ["Haaga", "helia", "HAAGA", "-", " ", "\n", "Laurea", "laurean", "LAUREA", "Metropolia", "metropoliassa",
          "työelämälähtöisyys", "TYÖELÄMÄLÄHTÖISYYS 9.0", "green", "card", "Card", "sisu", "ſisu", "SİSU", "laurıa",
          "x", "ä", "é", "€", "_", "9", ".", "İ"]


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=25).map("".join))
def test_the_fast_path_finds_what_the_regex_finds(text):
    expected = [(NAMES.entity_ids[int(m.lastgroup[1:])], m.group(0), m.start(), m.end()) for m in NAMES.regex.finditer(text)]
    assert list(find_mentions(text, NAMES)) == expected


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=25).map("".join),
    st.lists(st.integers(0, 120), max_size=8),
)
def test_names_in_spans_of_a_page_are_what_each_span_alone_gives(text, cuts):
    """The loader searches a page's units at once: the same matches as unit by unit, even
    where a unit starts right after a letter or ends inside a name."""
    bounds = sorted({min(c, len(text)) for c in cuts})
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if b > a]
    expected = [
        (i, NAMES.entity_ids[int(m.lastgroup[1:])], m.group(0), start + m.start(), start + m.end())
        for i, (start, end) in enumerate(spans)
        for m in NAMES.regex.finditer(text[start:end])
    ]
    assert list(find_in_spans(text, spans, NAMES)) == expected


def test_the_rough_pattern_keeps_every_text_the_regex_matches():
    """Arrow's RE2 picks the units to search for project names: it must not drop one."""
    texts = ["ſisu", "SISU", "sısu", "Työelämälähtöisyys 9.0", "TYÖELÄMÄLÄHTÖISYYS", "green-card", "nothing"]
    keep = pc.match_substring_regex(pa.array(texts), NAMES.rough, ignore_case=True).to_pylist()
    for text, kept in zip(texts, keep):
        assert kept or not NAMES.regex.search(text), text
