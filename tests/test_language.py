"""Language detection per page, and term frequencies that leave out each language's stop words."""

import dataclasses

import pandas as pd
import pytest

import analysis
from analysis.analyse.coding import load_stopwords
from analysis.read.language import (
    BATCH, MAX_CHARS, MIN_PROBABILITY, _automaton, _identifier, detect_language, detect_languages, encoded, has_enough_words,
)
from analysis.read.records import FURNITURE_KINDS
from analysis.synthetic import generate_mixed_corpus

FINNISH = (
    "Haaga-Helia, Laurea ja Metropolia ovat käynnistäneet uusia hankkeita kumppanuutensa syventämiseksi. "
    "Korkeakoulut kehittävät opiskelijoiden liikkuvuutta ja yrittäjyyskasvatusta sekä helpottavat "
    "pk-yritysten pääsyä innovaatio-ohjelmiin pääkaupunkiseudulla."
)
ENGLISH = (
    "Haaga-Helia, Laurea and Metropolia have launched new initiatives to deepen their partnership. "
    "The institutions have begun developing measures to promote student mobility and entrepreneurship "
    "education in the Helsinki metropolitan area."
)
SWEDISH = (
    "Haaga-Helia, Laurea och Metropolia har inlett nya projekt för att fördjupa sitt partnerskap. "
    "Högskolorna utvecklar åtgärder för att främja studenternas rörlighet och utbildningen i entreprenörskap."
)


@pytest.mark.parametrize(("text", "language"), [(FINNISH, "fi"), (ENGLISH, "en"), (SWEDISH, "sv")])
def test_a_paragraph_gets_its_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "Laurea 2016", "Green Card", "9.0 – 2016-10-04 12:00"])
def test_fewer_than_three_words_of_letters_is_too_short_to_tell(text):
    assert detect_language(text) is None


def test_names_alone_are_not_sure_enough():
    # four words of letters, but proper names say little about the language
    assert detect_language("Haaga-Helia Laurea Metropolia") is None


def test_only_the_start_of_a_long_text_is_classified():
    assert detect_language(FINNISH * 30 + ENGLISH * 30) == "fi"
    assert detect_language(" " * MAX_CHARS + ENGLISH) is None


def test_bundled_page_is_english(raw):
    assert detect_language(raw) == "en"


@pytest.fixture(scope="module")
def chunk_texts(tmp_path_factory) -> list[str]:
    """Texts of every kind a chunk holds: generated pages of every layout (fi and en) and
    their pieces, edge cases (upper case, no letters, emoji, a lone surrogate, Swedish, one
    byte), more than one BATCH of them."""
    folder = tmp_path_factory.mktemp("mixed")
    generate_mixed_corpus(folder, 200, seed=7)
    pages = [path.read_text(encoding="utf-8") for path in sorted((folder / "pages").iterdir())]
    pieces = [line for page in pages for line in page.splitlines() if line.strip()][:900]
    edges = [
        "", "a", "  ", "123 456 789", ENGLISH.upper(), FINNISH.upper(), SWEDISH, "🙂 " * 50 + ENGLISH,
        "text with a lone \ud800 surrogate in it here", "Haaga-Helia Laurea Metropolia", FINNISH + ENGLISH,
        "ä" * 700, ENGLISH * 40, "\U0001d160 " * 300 + ENGLISH,  # 12 UTF-8 bytes a character once NFC
    ]
    texts = pages + pieces + edges + [ENGLISH[:n] for n in range(0, len(ENGLISH), 7)]
    assert len(texts) > BATCH
    return texts


def by_py3langid(text: str) -> str | None:
    """What `detect_language` says, asked of py3langid's own classifier, one text at a time."""
    head = text[:MAX_CHARS]
    if not has_enough_words(head):
        return None
    language, probability = _identifier().classify(head)
    return language if probability >= MIN_PROBABILITY else None


def test_a_chunk_gets_the_languages_py3langid_gives_one_text_at_a_time(chunk_texts):
    assert detect_languages(chunk_texts) == [by_py3langid(text) for text in chunk_texts]
    assert [detect_language(text) for text in chunk_texts[:50]] == [by_py3langid(text) for text in chunk_texts[:50]]
    assert {"fi", "en", "sv", None} <= set(detect_languages(chunk_texts))


def test_the_chunk_walk_gives_py3langids_probabilities_to_the_last_bit(chunk_texts):
    automaton, identifier = _automaton(), _identifier()
    heads = [text[:MAX_CHARS] for text in chunk_texts]
    codes = [encoded(head) for head in heads]
    for head, code, (features, counts) in zip(heads, codes, automaton.counts(codes)):
        scores = automaton.probabilities(features, counts, len(code))
        best = int(scores.argmax())
        assert (automaton.classes[best], float(scores[best])) == identifier.classify(head), head[:60]


def test_an_empty_chunk_gets_no_languages():
    assert detect_languages([]) == []


def test_stopword_lists_are_per_language_and_their_union_when_unknown():
    fi, en = load_stopwords("fi"), load_stopwords("en")
    assert {"ja", "sekä", "että", "on"} <= fi and "the" not in fi
    assert {"the", "and", "of", "on"} <= en and "ja" not in en
    assert load_stopwords(None) == load_stopwords(pd.NA) == load_stopwords("sv") == fi | en


FI_PAGE = (
    "Yhteistyö vahvistuu\n\n"
    "Haaga-Helia, Laurea ja Metropolia kehittävät yhteistyötä sekä opiskelijoiden liikkuvuutta. "
    "Yhteistyö on tärkeää ja yhteistyö jatkuu.\n\n"
    "Korkeakoulut ja yritykset tekevät yhteistyötä sekä tutkimusta."
)
EN_PAGE = (
    "Working together\n\n"
    "The partnership between the three universities is growing, and the partnership is on track.\n\n"
    "The students and the staff benefit from the partnership ja sekä."
)


@pytest.fixture(scope="module")
def two_languages(tmp_path_factory) -> analysis.Corpus:
    """A Finnish page and an English page, their languages given in pages.csv."""
    folder = tmp_path_factory.mktemp("two_languages")
    (folder / "pages").mkdir()
    (folder / "pages" / "fi.txt").write_text(FI_PAGE, encoding="utf-8")
    (folder / "pages" / "en.txt").write_text(EN_PAGE, encoding="utf-8")
    (folder / "pages.csv").write_text(
        "file,source_url,publisher,language,news_base_url\nfi.txt,,,fi,\nen.txt,,,en,\n", encoding="utf-8"
    )
    return analysis.load_corpus(folder, cache=False)


def terms_of(tf: pd.DataFrame, doc_id: str) -> pd.Series:
    return tf[tf["doc_id"] == doc_id].set_index("term")["count"]


def test_the_corpus_knows_each_page_language(two_languages):
    assert two_languages.documents.set_index("doc_id")["language"].to_dict() == {"en": "en", "fi": "fi"}


def test_finnish_stop_words_leave_the_finnish_page(two_languages):
    fi = terms_of(analysis.term_frequencies(two_languages, by="doc_id"), "fi")
    assert "ja" not in fi and "sekä" not in fi and "on" not in fi
    assert fi["yhteistyö"] == 3 and fi["yhteistyötä"] == 2 and fi["tutkimusta"] == 1


def test_english_stop_words_leave_the_english_page_and_only_those(two_languages):
    en = terms_of(analysis.term_frequencies(two_languages, by="doc_id"), "en")
    assert "the" not in en and "and" not in en and "on" not in en
    assert en["partnership"] == 3 and en["universities"] == 1
    # Finnish stop words count on an English page: each page loses its own language's list only
    assert en["ja"] == 1 and en["sekä"] == 1


def test_stopwords_given_apply_to_every_page(two_languages):
    tf = analysis.term_frequencies(two_languages, by="doc_id", stopwords=frozenset({"partnership", "yhteistyö"}))
    fi, en = terms_of(tf, "fi"), terms_of(tf, "en")
    assert "partnership" not in en and "yhteistyö" not in fi
    assert en["the"] == 6 and fi["ja"] == 3


def test_a_page_of_unknown_language_loses_both_lists(two_languages):
    documents = two_languages.documents.assign(language=pd.NA).astype({"language": "string"})
    unknown = dataclasses.replace(two_languages, documents=documents)
    en = terms_of(analysis.term_frequencies(unknown, by="doc_id"), "en")
    assert "the" not in en and "ja" not in en and "sekä" not in en
    assert en["partnership"] == 3


def test_furniture_units_are_not_counted(two_languages):
    units = two_languages.units.copy()
    title = units["kind"] == "title"
    assert title.sum() == 2
    counted = analysis.term_frequencies(units, by="kind")
    assert "working" in set(counted["term"])
    units.loc[title, "kind"] = "navigation"
    left = analysis.term_frequencies(units, by="kind")
    assert "navigation" not in set(left["kind"])
    assert "working" not in set(left["term"]) and "vahvistuu" not in set(left["term"])
    assert set(FURNITURE_KINDS) >= {"navigation", "breadcrumb", "read_more", "repeated_title"}
