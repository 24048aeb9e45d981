"""Codebook coding, keyword in context, term frequencies and co-mentions."""

import _sre
import gc
import random
import re
import sys
import time
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.build.names import _RE_SAME_LETTERS, codebook_matcher, compile_pattern, fold, glob_regex
from analysis.read.codebook import Category, Codebook, parse_codebook, pattern_words
from analysis.analyse.coding import sentence_span, tokens
from analysis.read.records import FURNITURE_KINDS

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def coded(corpus):
    return analysis.code_units(corpus, corpus.codebook)


EXPECTED_AIMS = [
    # (category, matched text) for each aim the first two paragraphs state
    ("aims.student_mobility", "student mobility"),
    ("aims.entrepreneurship_education", "entrepreneurship education"),
    ("aims.innovation_with_SMEs", "innovation"),
    ("aims.innovation_with_SMEs", "SMEs"),
    ("aims.research_funding", "global funding channels"),
    ("aims.education_export", "education exports"),
]


def test_every_aim_of_the_first_two_paragraphs_is_coded(coded, corpus):
    matches, _ = coded
    paragraphs = corpus.units[corpus.units["kind"] == "paragraph"]["unit_id"].tolist()[:2]
    found = matches[matches["unit_id"].isin(paragraphs)]
    pairs = list(zip(found["category"], found["matched"]))
    for pair in EXPECTED_AIMS:
        assert pair in pairs, pair


def test_all_matches_on_the_bundled_page(coded, raw):
    matches, _ = coded
    assert list(zip(matches["category"], matches["pattern"], matches["matched"], matches["start"])) == [
        ("aims.student_mobility", "student mobility", "student mobility", 458),
        ("aims.entrepreneurship_education", "entrepreneurship education", "entrepreneurship education", 479),
        ("aims.innovation_with_SMEs", "innovation*", "innovation", 549),
        ("aims.innovation_with_SMEs", "SMEs", "SMEs", 602),
        ("aims.regional_skills_needs", "metropolitan area", "metropolitan area", 623),
        ("aims.research_funding", "global funding channel*", "global funding channels", 708),
        ("aims.education_export", "education export*", "education exports", 836),
        ("aims.regional_skills_needs", "metropolitan area", "metropolitan area", 1032),
        ("aims.regional_skills_needs", "region*", "region", 1132),
        ("aims.regional_skills_needs", "skills need*", "skills needs", 1141),
        ("aims.working_life", "employer*", "employers", 1261),
        ("aims.entrepreneurship_education", "yrittäjyy*", "YrittäjyysSavotta", 1367),
        ("aims.working_life", "työelämä*", "Työelämälähtöisyys", 1403),
    ]
    for m in matches.itertuples():
        assert raw[m.start : m.end] == m.matched


def test_count_table_is_unit_by_category(coded, corpus):
    _, counts = coded
    assert counts.shape == (18, 7)
    assert list(counts.index) == corpus.units["unit_id"].tolist()
    assert list(counts.columns) == corpus.codebook.names
    assert counts.sum().to_dict()["aims.regional_skills_needs"] == 4
    assert counts.loc["000_36f8903d6715eed6:4"].sum() == 5  # paragraph 1


def units_of(*texts):
    return pd.DataFrame(
        {
            "doc_id": "d",
            "unit_id": [f"d:{i}" for i in range(1, len(texts) + 1)],
            "kind": "paragraph",
            "text": list(texts),
            "start": [100 + 1000 * i for i in range(len(texts))],
            "end": [100 + 1000 * i + len(t) for i, t in enumerate(texts)],
        }
    ).astype({"doc_id": "string", "unit_id": "string", "kind": "string", "text": "string"})


CODEBOOK = parse_codebook(
    "# Mobility of students.\nmobility:\n  - student mobility\n  - exchange*\n"
    "# Entrepreneurship.\nenterprise:\n  - yrittäjyy*\n  - '*preneur*'\n"
)


def test_matching_ignores_case_keeps_finnish_letters_and_crosses_line_breaks():
    matches, _ = analysis.code_units(
        units_of("STUDENT\nMOBILITY and Yrittäjyyskasvatus", "intrapreneurs; exchanges; student mobilityx"), CODEBOOK
    )
    assert list(zip(matches["category"], matches["matched"])) == [
        ("mobility", "STUDENT\nMOBILITY"),
        ("enterprise", "Yrittäjyyskasvatus"),
        ("enterprise", "intrapreneurs"),
        ("mobility", "exchanges"),
    ]
    assert matches["start"].tolist()[0] == 100  # offsets in the raw page, not the unit


@pytest.mark.parametrize(
    "pattern, text, expected",
    [
        ("export*", "exports re-export reexport", ["exports", "export"]),
        ("SME", "SMEs SME smell", ["SME"]),
        ("työelämä*", "Työelämälähtöisyys työelämässä", ["Työelämälähtöisyys", "työelämässä"]),
        ("9.0", "version 9.0 and 9x0", ["9.0"]),
    ],
)
def test_glob_patterns_respect_word_boundaries(pattern, text, expected):
    assert compile_pattern(pattern).findall(text) == expected


def test_kwic_partnership_on_the_bundled_page(corpus, raw):
    rows = analysis.kwic(corpus, "partnership")
    assert rows["start"].tolist() == [248, 386, 936, 1213]
    kinds = corpus.units.set_index("unit_id").loc[rows["unit_id"], "kind"].tolist()
    assert kinds == ["subtitle", "paragraph", "paragraph", "paragraph"]
    assert rows["unit_id"].nunique() == 3
    assert (rows["left"].iloc[0], rows["match"].iloc[0], rows["right"].iloc[0]) == (
        "Stronger together - strategic",
        "partnership",
        "between Haaga-Helia, Laurea and Metropolia",
    )
    assert rows["left"].iloc[1] == "new initiatives to deepen their"
    for r in rows.itertuples():
        assert raw[r.start : r.end] == r.match


def test_kwic_window_and_sentence(corpus):
    two = analysis.kwic(corpus, "partnership", window=2)
    assert (two["left"].iloc[3], two["right"].iloc[3]) == ("a strategic", "that will")
    whole = analysis.kwic(corpus, "partnership", sentence=True)
    assert whole["left"].iloc[3] == "To this end, the institutions are focusing on a strategic"
    assert whole["right"].iloc[3] == "that will benefit both students and employers."
    assert whole["left"].iloc[2] == "The" and whole["right"].iloc[2].endswith("identity.")


def test_kwic_takes_a_units_table_and_multi_word_patterns(corpus):
    rows = analysis.kwic(corpus.units, "Helsinki metropolitan area", window=1)
    assert rows["match"].tolist() == ["Helsinki metropolitan area", "Helsinki metropolitan area"]
    assert rows["right"].tolist() == [".", "needs"]


def test_sentence_span():
    text = "First one. Second here! Third"
    assert text[slice(*sentence_span(text, 11, 17))] == "Second here!"
    assert text[slice(*sentence_span(text, 24, 29))] == "Third"


def test_tokens_keep_finnish_words_decimals_and_hyphens():
    assert tokens("Työelämälähtöisyys 9.0, Haaga-Helia's") == ["työelämälähtöisyys", "9.0", "haaga-helia's"]


def test_term_frequencies_by_kind(corpus):
    tf = analysis.term_frequencies(corpus, by="kind")
    assert list(tf.columns) == ["kind", "term", "count"]
    paragraphs = tf[tf["kind"] == "paragraph"].set_index("term")["count"]
    assert paragraphs["partnership"] == 3 and paragraphs["institutions"] == 4 and paragraphs["helsinki"] == 2
    assert "the" not in paragraphs and "and" not in paragraphs
    items = tf[tf["kind"] == "list_item"]["term"].tolist()
    assert "työelämälähtöisyys" in items and "9.0" in items
    top = analysis.term_frequencies(corpus, by="kind", top=2)
    assert top.groupby("kind").size().max() == 2
    assert top[top["kind"] == "paragraph"]["term"].tolist() == ["education", "institutions"]  # 4 each; ties by term


def test_term_frequencies_by_document(corpus):
    tf = analysis.term_frequencies(corpus, by="doc_id")
    assert set(tf["doc_id"]) == {"000_36f8903d6715eed6"}
    # title, subtitle, paragraph 1, both alt texts, news title 3 ("metropolitan" is another word)
    assert tf.iloc[0].tolist() == ["000_36f8903d6715eed6", "metropolia", 6]


def test_co_mentions_without_and_with_alt_texts(corpus):
    ids = ["haaga-helia", "laurea", "metropolia"]
    text_only = analysis.co_mentions(corpus)
    assert list(text_only.index) == ids and list(text_only.columns) == ids
    assert text_only.to_numpy().tolist() == [[4, 4, 4], [4, 4, 4], [4, 4, 4]]
    with_alt = analysis.co_mentions(corpus, include_image_alt=True)
    assert with_alt.loc["haaga-helia", "laurea"] == 5
    assert with_alt.loc["haaga-helia", "metropolia"] == 6
    assert with_alt.loc["laurea", "metropolia"] == 5
    assert (with_alt == with_alt.T).all().all()


def test_co_mention_plot_shows_the_counts(corpus):
    fig = analysis.plot_co_mentions(analysis.co_mentions(corpus, include_image_alt=True))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == ["6", "5", "6", "5", "5", "5", "6", "5", "6"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["haaga-helia", "laurea", "metropolia"]
    assert tuple(fig.get_size_inches()) == (5.5, 4.5)


def test_furniture_is_not_coded_searched_or_counted():
    """Navigation, date lines and "Read more" say nothing about the partnership."""
    corpus = analysis.load_corpus(FIXTURES / "layouts", cache=False)
    furniture = set(corpus.units.loc[corpus.units["kind"].isin(FURNITURE_KINDS), "unit_id"])
    assert {"navigation", "read_more", "date_line", "breadcrumb"} <= set(corpus.units.loc[corpus.units["unit_id"].isin(furniture), "kind"])
    matches, counts = analysis.code_units(corpus, corpus.codebook)
    assert len(matches) and not set(matches["unit_id"]) & furniture and not set(counts.index) & furniture
    assert len(analysis.kwic(corpus, "read")) == 0  # "Read more" lines are furniture; no text unit says "read"
    assert not {"skip", "content", "välilehdet"} & set(analysis.term_frequencies(corpus)["term"])


# The codebook matcher against the one it replaced (issue 14): the same rows, spans and
# winning patterns, while a category of 10,000 patterns costs about what one of 1,000 does.


def reference_codes(texts, codebook):
    """The matcher before, kept only here: per category one regex of all its patterns,
    longest first, a named group each (10,000 patterns took 34 to 72 s on the 18 units)."""
    found = []
    for category in codebook.categories:
        order = sorted(range(len(category.patterns)), key=lambda i: -len(category.patterns[i]))
        regex = re.compile("|".join(f"(?P<p{i}>{glob_regex(category.patterns[i])})" for i in order), re.IGNORECASE)
        for t, text in enumerate(texts):
            found += [(t, category.name, category.patterns[int(m.lastgroup[1:])], m.start(), m.end()) for m in regex.finditer(text)]
    return sorted(found)


def new_codes(texts, codebook):
    matcher, categories = codebook_matcher(codebook.categories), codebook.categories
    return sorted(
        (t, categories[c].name, categories[c].patterns[i], start, end)
        for t, text in enumerate(texts)
        for c, start, end, i in matcher.find(text)
    )


def test_the_matcher_finds_what_the_old_one_did_with_the_bundled_codebook(corpus):
    layouts = analysis.load_corpus(FIXTURES / "layouts", cache=False)
    texts = corpus.units["text"].tolist() + layouts.units["text"].tolist()
    expected = reference_codes(texts, corpus.codebook)
    assert len(expected) > 20
    assert new_codes(texts, corpus.codebook) == expected


# Letters that `re` takes alike in odd ways (dotless ı, İ, long ſ, final ς, Kelvin K, ß and ẞ,
# µ and μ, ι and the iota mark U+0345 that is no word character), word and non-word characters.
LETTERS = "abSsıIİſσςΣιΙkK\u212aßẞäÄµμ9\u0345"
MARKS = "-.+'#"


def random_word(rng: random.Random) -> str:
    word = "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 3)))
    if rng.random() < 0.2:
        at = rng.randint(0, len(word))
        word = word[:at] + rng.choice(MARKS) + word[at:]
    return word


def random_pattern(rng: random.Random) -> str:
    """1-3 words, each maybe starred at either end, joined by one or two spaces (the
    pattern's length decides which wins)."""
    words = ["*" * (rng.random() < 0.3) + random_word(rng) + "*" * (rng.random() < 0.3) for _ in range(rng.choice((1, 1, 2, 3)))]
    return rng.choice((" ", "  ")).join(words)


def random_text(rng: random.Random, n: int) -> str:
    words = [rng.choice((str.lower, str.upper, str))(random_word(rng)) for _ in range(n)]
    return "".join(w + rng.choice((" ", " ", "  ", "\n", ", ", "-", ".", "#", "", "\t")) for w in words)


def random_codebook(rng: random.Random, categories: int, patterns: int) -> Codebook:
    made = []
    for c in range(categories):
        found = [p for p in (random_pattern(rng) for _ in range(patterns)) if _valid(p)]
        made.append(Category(f"c{c}", "Random.", tuple(found), 1))
    return Codebook(tuple(made))


def _valid(pattern: str) -> bool:
    try:
        return bool(pattern_words(pattern))
    except ValueError:
        return False


@pytest.mark.parametrize("seed", range(12))
def test_the_matcher_finds_what_the_old_one_did_with_random_terms(seed):
    rng = random.Random(seed)
    codebook = random_codebook(rng, 3, 80)
    texts = [random_text(rng, 60) for _ in range(20)]
    if seed % 3 == 0:  # without the iota mark, the dictionaries are used throughout
        texts = [t.replace("\u0345", "") for t in texts]
    expected = reference_codes(texts, codebook)
    assert len(expected) > 50
    assert new_codes(texts, codebook) == expected


def test_fold_takes_letters_alike_where_re_does():
    """`fold` must give two letters `re` takes alike the same folded letter: lower-case as
    `re` does (one character for one) and the groups of CPython's own table."""
    casefix = pytest.importorskip("re._casefix")
    groups = {frozenset(map(ord, g)) for g in _RE_SAME_LETTERS}
    assert groups == {frozenset((k, *v)) for k, v in casefix._EXTRA_CASES.items()}
    first = {ord(letter): ord(group[0]) for group in _RE_SAME_LETTERS for letter in group}
    codes = [c for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    expected = "".join(chr(first.get(_sre.unicode_tolower(c), _sre.unicode_tolower(c))) for c in codes)
    assert fold("".join(map(chr, codes))) == expected


def random_terms(rng: random.Random, n: int) -> list[str]:
    """Words, phrases, prefixes (`export*`), suffixes (`*port`) and infixes (`*port*`)."""
    def word() -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzäö") for _ in range(rng.randint(4, 10)))

    shapes = [lambda: word(), lambda: word() + "*", lambda: f"{word()} {word()}", lambda: "*" + word(), lambda: f"*{word()}*"]
    return [rng.choice(shapes)() for _ in range(n)]


def test_ten_thousand_terms_cost_about_what_a_thousand_do(corpus):
    """One category of 10,000 terms made `code_units` take 34 s on the bundled page's 18 units."""
    books = {
        n: Codebook((Category("many", "Many terms.", tuple(random_terms(random.Random(n), n) + ["partnership"]), 1),))
        for n in (1_000, 10_000)
    }

    def best(codebook) -> float:
        gc.disable()
        try:
            times = []
            for _ in range(3):
                t = time.perf_counter()
                matches, _ = analysis.code_units(corpus, codebook)
                times.append(time.perf_counter() - t)
            return min(times)
        finally:
            gc.enable()

    assert analysis.code_units(corpus, books[10_000])[0]["matched"].str.lower().eq("partnership").sum() == 4
    ratio = best(books[10_000]) / best(books[1_000])
    assert ratio <= 15, ratio


def test_term_counts_of_a_long_unit_do_not_copy_its_text_per_word():
    """A 5 MB one-line page killed the content-analysis report: exploding the units into
    words copied each unit's text once per word. The peak of Arrow's memory is measured in
    a fresh interpreter, where nothing before has raised it."""
    script = """
import pandas as pd, pyarrow as pa, analysis
text = "partnership student mobility " * 2000  # 58 KB, 6,000 words
units = pd.DataFrame({"doc_id": ["d"], "unit_id": ["d:1"], "kind": ["paragraph"], "position": [1], "text": [text],
                      "start": [0], "end": [len(text)]}).astype({c: "string[pyarrow]" for c in ("doc_id", "unit_id", "kind", "text")})
pool = pa.default_memory_pool()
before = pool.max_memory()
counts = analysis.term_frequencies(units)
assert counts.set_index("term")["count"].to_dict() == {"mobility": 2000, "partnership": 2000, "student": 2000}
print(pool.max_memory() - before, len(text))
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    peak, size = map(int, run.stdout.split())
    assert peak < 20 * size  # a copy per word would be 6,000 times the text
