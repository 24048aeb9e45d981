import random
import subprocess
import sys

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.build.names import Haystack, addresses, compile_names, shortest_prefixes
from analysis.build.names import find_mentions as find_in_units
from analysis.build.schema import READ

PATTERNS = compile_names([("haaga-helia", "Haaga-Helia"), ("laurea", "Laurea"), ("metropolia", "Metropolia")], genitive=True)


def find_mentions(text, names, finnish=True):
    """(entity_id, matched, start, end) of each match in one text (of a Finnish page by default)."""
    return [found[1:] for found in zip(*Haystack.of(text, [(0, len(text))]).search(names, finnish))]


def ids(text, finnish=True):
    return [entity for entity, *_ in find_mentions(text, PATTERNS, finnish)]


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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Laurean kampus", []),  # a Finnish case ending counts on Finnish pages only
        ("Laurea's campus", ["laurea"]),
        ("Haaga-HeliaLaureaMetropolia", ["haaga-helia", "laurea", "metropolia"]),  # a glued tag line
        ("Haaga-HeliaMetropolia", ["haaga-helia", "metropolia"]),
        ("write to first.last@metropolia.fi today", []),
        ("see metropolia.fi/lahjoita and www.laurea.fi", []),
        ("Metropolia. Laurea.", ["metropolia", "laurea"]),  # a sentence's full stop is no domain
        ("Metropoliassa", []),
        ("på Haaga-Helias campus och vid Metropolias, Laureas studenter", ["haaga-helia", "metropolia", "laurea"]),  # Swedish
        ("Laureasta", []),
    ],
)
def test_names_on_english_pages_glued_names_and_addresses(text, expected):
    assert ids(text, finnish=False) == expected


def test_a_projects_name_takes_no_genitive_s():
    projects = compile_names([("summer", "Summer School"), ("green", "Green Card")])
    assert find_mentions("summer schools and green cards", projects, finnish=False) == []


PROJECTS = compile_names([
    ("talenttrack", "TalentTrack"), ("savotta", "YrittäjyysSavotta"), ("green-card", "Green Card"), ("tyo", "Työelämä 9.0"),
    ("amk", "3AMK"),
])


@pytest.mark.parametrize(
    "text, finnish, expected",
    [
        ("TalentTrackin tavoitteena on", True, ["TalentTrackin"]),
        ("mukana TalentTrackissa, siirtyi TalentTrackiin", True, ["TalentTrackissa", "TalentTrackiin"]),
        ("Green Cardilla ja Green Cardia", True, ["Green Cardilla", "Green Cardia"]),
        ("YrittäjyysSavotan ja YrittäjyysSavotassa", True, ["YrittäjyysSavotan", "YrittäjyysSavotassa"]),
        ("YrittäjyysSavottaan ja YrittäjyysSavottaa", True, ["YrittäjyysSavottaan", "YrittäjyysSavottaa"]),
        ("Työelämä 9.0:n tulokset ja 3AMK:n hallitus", True, ["Työelämä 9.0:n", "3AMK:n"]),
        ("TalentTrackin and YrittäjyysSavotan", False, []),  # endings on Finnish pages only
        ("TalentTrackers, Green Cardiff, Työelämä 9.01", True, []),
        ("Green Card: uusi vaihe ja Työelämä 9.0: tulokset", True, ["Green Card", "Työelämä 9.0"]),  # the colon is no ending's
        ("TalentTrackissahan ja Green Cardkin", True, ["TalentTrackissahan", "Green Cardkin"]),  # clitics: -han, -kin
    ],
)
def test_consonant_endings_numbers_and_gradation_on_finnish_pages(text, finnish, expected):
    assert [matched for _, matched, *_ in find_mentions(text, PROJECTS, finnish)] == expected


def test_a_short_name_takes_no_joining_i():
    names = compile_names([("men", "MEN")])
    assert [m for _, m, *_ in find_mentions("hän meni MENiin ja MEN:n", names)] == ["MEN:n"]


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
    ("savotta", "YrittäjyysSavotta"),
])
PIECES = ["@", "www.", "://", ".fi/", " ", "Haaga", "helia", "HAAGA", "-", " ", "\n", "Laurea", "laurean", "LAUREA", "Metropolia", "metropoliassa",
          "työelämälähtöisyys", "TYÖELÄMÄLÄHTÖISYYS 9.0", "green", "card", "Card", "sisu", "ſisu", "SİSU", "laurıa",
          "x", "ä", "é", "€", "_", "9", ".", "İ", "YrittäjyysSavota", "yrittäjyyssavotta", ":", "in", "i"]


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=25).map("".join))
def test_the_fast_path_finds_what_the_regex_finds(text):
    for finnish, regex in ((False, NAMES.regex), (True, NAMES.finnish)):
        expected = [(NAMES.entity_ids[int(m.lastgroup[1:])], m.group(0), m.start(), m.end()) for m in regex.finditer(text)]
        assert list(find_mentions(text, NAMES, finnish)) == expected


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
    assert list(zip(*Haystack.of(text, spans).search(NAMES))) == expected


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=8).map("".join), max_size=12))
def test_mentions_in_a_units_table_are_what_each_unit_alone_gives(texts):
    """The units are searched as one string: the same rows as unit by unit, institutions
    before projects within a unit, offsets moved to where each unit stands in its page,
    names in a unit's addresses left out (an address never reaches into the next unit)."""
    projects = compile_names([("green", "Green Card"), ("tyo", "Työelämälähtöisyys 9.0")])
    names = {"institution": PATTERNS, "project": projects}
    starts = [10 * n for n in range(len(texts))]
    units = pa.table({
        "doc_id": pa.array(["d"] * len(texts), pa.large_string()), "position": list(range(1, len(texts) + 1)),
        "kind": pa.array(["paragraph"] * len(texts), pa.large_string()), "text": pa.array(texts, pa.large_string()),
        "start": starts, "end": [s + len(t) for s, t in zip(starts, texts)],
    }, schema=READ["units"])
    expected = [
        (n + 1, kind, entity_id, matched, starts[n] + s, starts[n] + e)
        for n, text in enumerate(texts)
        for kind, found in names.items()
        for entity_id, matched, s, e in find_mentions(text, found, finnish=False)
        if not any(a <= s < b for a, b in addresses(text))  # a name in an address is none
    ]
    got = find_in_units(units, names)
    assert list(zip(*(got[c].to_pylist() for c in ("position", "entity_type", "entity_id", "matched", "start", "end")))) == expected


def test_the_mentions_of_a_long_unit_do_not_copy_its_text_per_match():
    """A 5 MB one-line page once took 24 GB: every match took a copy of its unit's row,
    text and all. The peak of Arrow's memory is measured in a fresh interpreter."""
    script = """
import pyarrow as pa
from analysis.build.names import compile_names, find_mentions
from analysis.build.schema import READ
text = "Laurea ja Metropolia " * 2500  # 52 KB, 5,000 matches
units = pa.table({"doc_id": pa.array(["d"], pa.large_string()), "position": [1], "kind": pa.array(["paragraph"], pa.large_string()),
                  "text": pa.array([text], pa.large_string()), "start": [0], "end": [len(text)]}, schema=READ["units"])
names = compile_names([("laurea", "Laurea"), ("metropolia", "Metropolia")])
pool = pa.default_memory_pool()
before = pool.max_memory()
assert find_mentions(units, {"institution": names}).num_rows == 5000
print(pool.max_memory() - before, len(text))
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    peak, size = map(int, run.stdout.split())
    assert peak < 20 * size  # a copy per match would be 5,000 times the text


def test_a_first_word_that_begins_with_another_is_not_looked_for():
    rng = random.Random(5)
    for _ in range(500):
        words = {"".join(rng.choice("ab") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))}
        assert shortest_prefixes(words) == tuple(sorted(w for w in words if not any(w.startswith(o) for o in words - {w})))
    assert shortest_prefixes({"green", "greencard", "gree", "laurea"}) == ("gree", "laurea")


def test_a_names_regex_has_one_group_per_name():
    """`Haystack` reads the name matched by group number (`Match.lastindex`)."""
    names = compile_names([("a", "Green Card"), ("b", "Laurea"), ("c", "Summer (School)")])
    assert names.regex.groups == names.finnish.groups == len(names.entity_ids) == 3


def test_names_in_e_mail_and_web_addresses_are_no_mentions():
    """A second review's paragraph: every name here stands in an address, but the last."""
    text = (
        "Katso https://www.laurea.fi/Laurea-ja-Metropolia-yhdessa.aspx, hankkeet?korkeakoulu=x&vuosi=2019 "
        "ja www.example.fi/hankkeet/metropolia-laurea, kirjoita laurea-info@example.com tai HAAGA-HELIA@EXAMPLE.COM, "
        "maija.virtanen[at]metropolia[dot]fi, laurea(at)example(dot)fi, "
        "lahjoita METROPOLIA.FI/LAHJOITA. Metropolia kiittää."
    )
    units = pa.table({
        "doc_id": pa.array(["d"], pa.large_string()), "position": [1], "kind": pa.array(["paragraph"], pa.large_string()),
        "text": pa.array([text], pa.large_string()), "start": [0], "end": [len(text)],
    }, schema=READ["units"])
    got = find_in_units(units, {"institution": PATTERNS})
    assert got["matched"].to_pylist() == ["Metropolia"] and text[got["start"][0].as_py():].startswith("Metropolia kiittää")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Haaga-Helia/Laurea/Metropolia-yhteistyö", ["Haaga-Helia", "Laurea", "Metropolia"]),  # names between slashes
        ("(Laurea/Metropolia)", ["Laurea", "Metropolia"]),
        ("Haaga\u2011Helia ja Laurea", ["Haaga\u2011Helia", "Laurea"]),  # a non-breaking hyphen joins a name's words
        ("katso /fi/laurea-hanke tai /metropolia, Metropolia", ["Metropolia"]),  # a path is an address
        ('src="/fi/laurea/kuva.jpg" Metropolia', ["Metropolia"]),  # a broken image tag's path too
        ("bit.ly/laurea-raportti ja linktr.ee/metropolia, Metropolia", ["Metropolia"]),  # short links are addresses
        ("polku fi/hankkeet/laurea-hanke, Metropolia", ["Metropolia"]),  # lower-case steps between slashes: a path
        ("ja/tai Laurea/Metropolia", ["Laurea", "Metropolia"]),
    ],
)
def test_names_between_slashes_count_and_a_paths_do_not(text, expected):
    units = pa.table({
        "doc_id": pa.array(["d"], pa.large_string()), "position": [1], "kind": pa.array(["paragraph"], pa.large_string()),
        "text": pa.array([text], pa.large_string()), "start": [0], "end": [len(text)],
    }, schema=READ["units"])
    assert find_in_units(units, {"institution": PATTERNS})["matched"].to_pylist() == expected


def test_addresses_take_linear_time():
    import time

    text = "x" * 1_000_000 + "@" + " a@b" * 200_000
    began = time.perf_counter()
    assert len(addresses(text)) == 200_001
    assert time.perf_counter() - began < 2
