"""Codebook coding, keyword in context, term frequencies and co-mentions."""

from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.build.names import compile_pattern
from analysis.read.codebook import parse_codebook
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
