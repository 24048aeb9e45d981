import pytest

from analysis.mentions import compile_names, find_mentions

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
