"""Hostile input takes linear time: every reading step and pattern family, timed on one
long line (or unit) of 10 KB, 100 KB and 1 MB in the shapes that once took minutes (an
unclosed `<img `, `a,` or `'` in a listing item, ...). Ten times the text may take at
most fifteen times as long. The linear rewrites find exactly what the plain definitions
find: properties below check them against those definitions on small inputs."""

import gc
import re
import time

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.analyse.coding import code_units, kwic, sentence_span
from analysis.build.names import Haystack, compile_names, find_mentions
from analysis.build.schema import READ
from analysis.paths import bundled_data_dir
from analysis.read.codebook import load_codebook
from analysis.read.decode import decode_page
from analysis.read.images import IMG_TAG, find_tag, find_tags, parse_image
from analysis.read.listing import rebuild_slug, split_title_by_slug
from analysis.read.page import declared_count, parse_page

SIZES = (10_000, 100_000, 1_000_000)
RATIO = 15  # the most the 1 MB time may be of the 100 KB time
# Seconds: a 100 KB time below this is taken as this. At that scale the text still fits
# the processor's cache and 1 MB does not, so the cache, not the algorithm, sets the ratio.
FLOOR = 5e-3
IMG = '<img src="/a%20b.jpg" alt="A picture" />'


def repeat(piece: str, size: int) -> str:
    """`piece` repeated to about `size` characters."""
    return piece * max(1, size // len(piece))


def seconds(function, argument) -> float:
    """The best of three runs, the garbage collector off as the loader has it: timing
    noise only ever adds."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            start = time.perf_counter()
            function(argument)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def assert_linear(function, build) -> None:
    """`function(build(size))` at each of SIZES: the 1 MB time at most RATIO x the 100 KB one.
    Over it, the sizes are timed once more and the best of both kept: another process on a
    busy machine can slow one size down by a few per cent, while a quadratic step takes ten
    times the ratio every time."""
    inputs = [build(size) for size in SIZES]
    small, middle, large = (seconds(function, argument) for argument in inputs)
    if large > RATIO * max(middle, FLOOR):
        small, middle, large = (min(best, seconds(function, argument)) for best, argument in zip((small, middle, large), inputs))
    assert large <= RATIO * max(middle, FLOOR), f"10 KB {small:.4f} s, 100 KB {middle:.4f} s, 1 MB {large:.4f} s"


PAGES = {  # what follows a title line: one long line, or many short ones
    "unclosed <img": lambda n: repeat("<img ", n),
    'unclosed <img alt="': lambda n: repeat('<img alt="', n),
    "unclosed <img '": lambda n: repeat("<img '", n),
    "<img and quotes, a tag at the end": lambda n: repeat("<img \"'", n) + IMG,
    "a, in a listing item": lambda n: repeat("a,", n) + IMG + "Other",
    "' in a listing item": lambda n: repeat("'", n) + IMG + "Other",
    ",x.aspx2016- in a listing item": lambda n: repeat(",x.aspx2016-", n) + IMG + "Other",
    "a, then .aspx in a listing item": lambda n: repeat("a,", n) + ".aspx" + IMG + "Other",
    "a slug fragment on every , ": lambda n: "T" + repeat(",T", n) + ".aspx" + IMG + "Other",
    "timestamps in a listing item": lambda n: repeat("2016-11-27T22:00:00Z", n) + IMG + "Other",
    "a long repeat after the image": lambda n: "x" + IMG + repeat(" x", n),
    "a line of '": lambda n: repeat("'", n),
    "a line of ,x.aspx2016-": lambda n: repeat(",x.aspx2016-", n),
    "images on one line": lambda n: repeat(IMG, n),
    "images inside text": lambda n: repeat("a " + IMG + " b ", n),
    "broken and whole tags inside text": lambda n: repeat('a <img alt="q b ' + IMG + " c ", n),
    "images and white space": lambda n: repeat(IMG + " " * 40, n),
    "a tag of one long name": lambda n: "<img " + repeat("a", n) + ">",
    "a tag of dashed names": lambda n: "<img " + repeat("-a", n) + ">",
    "a tag of a= without values": lambda n: "<img " + repeat(" a=", n) + ">",
    "a tag of one unclosed value": lambda n: '<img alt="' + repeat("a ", n) + ">",
    "broken tags, one a line": lambda n: repeat("<img \n", n),
    "dashes, one a line": lambda n: "Projects:\n" + repeat("- a\n", n),
    "addresses, one line each": lambda n: repeat("Katu 1\n00520 Helsinki\n", n),
    "a row of links": lambda n: repeat("a | b ", n),
    "cookie buttons, one a line": lambda n: repeat("Accept\n", n) + "Title\n",
    "a button, then lines about cookies": lambda n: "Accept all\n" + repeat("We use cookies\n", n),
    "buttons in brackets between menus": lambda n: repeat("[Accept all]\n\nEtusivu\n\n", n) + "Title\n\nSome text.\n",
    "lines about cookies, then a button": lambda n: repeat("We use cookies.\n\n", n) + "Accept\nTitle\n",
    "dated items": lambda n: repeat("1.2.2019\nItem\n\n", n),
    "prose": lambda n: repeat("Laurea and Metropolia work together. ", n),
    "modified dates, then published ones under prose": lambda n: repeat("Päivitetty 1.1.2019\n", n // 2) + "\n"
    + repeat("Laurea and Metropolia open a joint summer school for all of their students next year.\nJulkaistu 1.1.2019\n\n", n // 2),
    "names under a colon": lambda n: "Kumppanit:\n" + repeat("Laurea\n", n),
    "numbered lines": lambda n: "Hankkeet:\n" + repeat("1. a\n", n),
    "a schedule": lambda n: repeat("Ma 3.6.2019 | Orientaatio\n", n),
    "a script element": lambda n: "<script>\n" + repeat("var a = '</scrip';\n", n) + "</script>\n",
    "lines of tags": lambda n: repeat("<div class=\"a\">\n", n),
    "a line of tags": lambda n: repeat("<p><b>", n),
    "names and titles over e-mail addresses": lambda n: repeat("Maija Meikäläinen, Laurea\nmaija@example.com\n", n),
    "a contact block's long lines": lambda n: "Lisätietoja:\n" + repeat("Maija Meikäläinen, projektipäällikkö, Laurea-ammattikorkeakoulu, Vantaa\n", n) + "puh. 040 123 4567\n",
    "partners under their heading": lambda n: "Toteuttajat\n" + repeat("Laurea University of Applied Sciences\n", n),
    "numbers alone": lambda n: repeat("040 123 4567 ", n),
    "dates with times under them": lambda n: repeat("15.5.2019\nklo 10–14\n\n", n),
    "archived texts under their dates": lambda n: repeat("1.2.2019\nLaurea and Metropolia open a joint summer school for all of their students.\n\n", n),
    "publication and update dates": lambda n: repeat("Julkaistu 5.3.2018, päivitetty 7.3.2018\n\n", n),
    "labelled lines of many marks": lambda n: repeat("Posted March 5, " + ", · | ( " * 8 + "updated March 7, 2018\n\n", n),
    "dates with a reading time or a category": lambda n: repeat("Mar 5, 2019 · 5 min read\nJulkaistu 5.3.2018 kategoriassa Blogi\n\n", n),
    "notices over a skip link": lambda n: repeat("Tiedote\n6.3.2018\n", n) + "Siirry sisältöön\n\nOtsikko\n",
    "boxes over the article": lambda n: repeat("Luetuimmat\nHakuaika\n2.3.2018\n\nUutiset\n\n", n) + "Otsikko\n\n5.3.2018\n",
    "short sentences under a paragraph": lambda n: "Valikko\n\n" + repeat("Kirjasto on avoinna arkisin kello kahdeksasta kahteenkymmeneen joka ikinen päivä.\n\nSe on auki.\n\n", n),
    "arrows, hashtags and credits": lambda n: repeat("← Edellinen juttu\n#a #b #c\nKuvassa rehtorit. Kuva: Laurea\nUutiset / Blogit / Tiedotteet\n\n", n),
    "items dated with a kind or a reading time": lambda n: "Tiedotteet\n\n" + repeat("Press release | 1.3.2019\nOtsikko\n\nMar 5, 2019 · 4 min read\n\n", n),
    "questions under headings": lambda n: repeat("Lisää uutisia\n\nMiksi?\nJulkaistu 5.3.2018\n\n", n),
    "bylines with dates": lambda n: repeat("Kirjoittanut Heikki Esimerkki, 5.3.2015\nTeksti: Anna Testaaja | 18.11.2016\n\n", n),
    "a byline's long line": lambda n: "Teksti: " + repeat("Anna Testaaja ", n),
    "themes' footer sentences": lambda n: repeat("This entry was posted on Monday, March 5th, 2018 at 10:15 am and is filed under News.\n\n", n),
    "a footer's long line": lambda n: "This entry was posted on " + repeat("Monday, ", n),
    "menus on one line, spaces between": lambda n: repeat("Hakijoille    Opiskelijoille    Tutkimus ja kehitys    Metropolia\n", n),
    "a menu's long line of spaces": lambda n: "Hakijoille" + repeat("    a", n),
    "menus on one line, bars between": lambda n: repeat("Admissions | Studies | Research | About us\nHakijalle Opiskelijalle Yrityksille\n", n),
    "a menu's long line of bars": lambda n: "Admissions" + repeat(" | a", n),
    "press services' stamps": lambda n: repeat("4.2.2021 09:00:00 EET | Laurea | Tiedote\nti, syys 05, 2017 09:00 CET\nOtsikko\n\n", n),
    "a stamp's long line of fields": lambda n: "4.2.2021 09:00 EET" + repeat(" | a", n),
    "a listing's items dated alike": lambda n: repeat("Otsikko\nUutinen | 12.3.2021\nLyhyt kuvaus.\n\n", n),
    "section words among dated items": lambda n: repeat("Blogi\nOtsikko\n12.3.2021\n\nTapahtumat\n\n", n),
    "labelled dates and their fields": lambda n: repeat("Julkaistu 14.11.2019 | Kategoria: Uutiset | Avainsanat: a, b\nJulkaistu: 2.11.2016   Kirjoittaja: A B\n\n", n),
    "a labelled date's long line of fields": lambda n: "Julkaistu 14.11.2019" + repeat(" | Kategoria: a", n),
    "bylines of numbered names, decks over dates": lambda n: repeat("Kirjoittanut 3AMK-viestintä 14.8.2018\nA deck of the story here.\n\nA B\n7.9.2023 14:32\n\n", n),
    "datelines' places and dates": lambda n: repeat("HELSINKI, April 22, 2015 /STT Info/ ", n) + "-- text",
    "dates opening lines of fields": lambda n: repeat("18.3.2021 · Johanna Mallikas · 3 kommenttia\n6.10.2020 | Teksti: A | Kuvat: B\n\n", n),
    "a date's long line of fields": lambda n: "18.3.2021" + repeat(" · a", n),
    "names and taglines over follow links": lambda n: repeat("Design Lab\n\nStories from students\n\nFollow\n\nA headline here\n\n", n),
    "names over follow links": lambda n: repeat("Laura Lukija\n\nFollow\n\nPublished in Laura Lukija\n\n", n),
    "bylines over dates at the end": lambda n: "Otsikko\n\nTeksti jatkuu tässä.\n\n" + repeat("Teksti: Outi Kirjoittaja\n30.9.2019\n\nJaa\n\n", n),
    "credits and dates on one line": lambda n: repeat("Teksti: Sari Sepitetty | Kuvat: Anna Kuvaaja | 1.12.2022\n5 min read · Nov 12, 2019\n\n", n),
    "a credits' long line of bars": lambda n: "Teksti: Anna" + repeat(" | Kuvat: Anna", n) + " | 1.12.2022",
    "date badges": lambda n: repeat("05\nMAR\n2019\n\nOtsikko tässä on pitkä\n\n", n),
    "badges' lines touching": lambda n: repeat("05\nMAR\n", n) + "2019\n",
    "drupal's submitted lines": lambda n: repeat("Submitted by Anna Testaaja on Mon, 03/14/2016 - 10:05\nLähettänyt A B C D E F G ti, 03/04/2016\n\n", n),
    "a submitted line's long author": lambda n: "Submitted by " + repeat("Anna ", n) + "on Mon, 03/14/2016",
    "headers' days and page labels": lambda n: repeat("Tänään on keskiviikko 16.10.2019\nMuita uutisia\nSivu julkaistu 30.11.2018\n\n", n),
}
# What may stand before a title, each looked past for the headline: the page opens with it.
BEFORE_TITLE = {
    "kickers": lambda n: repeat("Tiedote\n\n", n),
    "two-line menus": lambda n: repeat("Hakijalle\nOpiskelijalle\n\n", n),
    "pairs of links": lambda n: repeat("Opiskelijalle | Henkilöstölle\n\n", n),
    "kickers and navigation": lambda n: repeat("Tiedote\n\nUutiset\n\n", n),
    "a box of dated items": lambda n: "Ajankohtaista\n" + repeat("12.2.2020 Seminaari\n", n),
    "events' times": lambda n: repeat("La 8.2.2020 klo 10–14\n\n", n),
    "a line of dates": lambda n: repeat("8.2.2020 ", n),
    "a dotted word, no domain": lambda n: repeat("a.", n),
    "a site and a section, many times": lambda n: "Laurea > " + repeat("News > ", n),
    "sections' labels alone": lambda n: repeat("Uutiset\n\n", n),
    "sections' words over dated items": lambda n: repeat("Tapahtumat\n\nSeminaari\n12.3.2019\n\n", n),
    "trails": lambda n: repeat("Projects > SkillPath\n\n", n),
    "kickers over datelines": lambda n: repeat("Tiedote\n12.3.2019\n\n", n),
    "sections' kickers over dates, a trail above": lambda n: "Etusivu > Sosiaali- ja terveysala\n\n" + repeat("Sosiaali- ja terveysala\n12.3.2019\n\n", n),
    "menus' items blank lines part": lambda n: repeat("Valikko\n\nHakijalle\n\nTietoa meistä\n\nHaku\n\n", n),
    "dates alone under trails": lambda n: repeat("Etusivu > Tapahtumat\n\n5.3.2019\n\n", n),
    "a listing's heading over dated items": lambda n: "Etusivu › Uutiset\n\nUutiset\n\n" + repeat("Otsikko\n12.3.2021\nKuvaus.\n\n", n),
    "menus' links over teasers": lambda n: repeat("Uutiset\nKaikki\n", n) + "Otsikko\n12.3.2021\nKuvaus.\nLue lisää\n",
    "blogs' names and links to other posts": lambda n: repeat("Hankeblogi\n\nYhteinen hanke\n\n« Edellinen\n\nSeuraava »\n\n", n),
    "blogs' menus over dated posts": lambda n: repeat("Home\n\nAbout\n\nTuesday, March 5, 2019\n\nA post's headline here\n\nSome text of the post. It goes on.\n\n", n),
    "blogs' menus alone": lambda n: repeat("Etusivu\n\nTietoa blogista\n\nYhteystiedot\n\n", n),
    "documents' titles": lambda n: repeat("Uutiset | Haaga-Helia\n\n", n),
    "a document's title over its heading's repeats": lambda n: "Uutiset | Haaga-Helia\n\n" + repeat("Hakijalle\n\nUutiset\n\n", n),
    "a site's name over a long listing": lambda n: "Kampusviesti\n\nUutiset\nIlmiöt\nTilaa\n\n" + repeat("Otsikko numero yksi tässä\nTiedote 5.3.2019 klo 10.15\nLyhyt kuvaus.\n\n", n),
    "documents' titles under a toolbar": lambda n: "The Wayback Machine - https://web.archive.org/web/2017/x\n\n" + repeat("Otsikko | Metropolia\n\nMetropolia - Otsikko\n\n", n),
    "names repeated over follow links": lambda n: repeat("Laura Lukija\n\nOtsikko tässä\n\nLaura Lukija\n\nFollow\n\n", n),
    "names over dates over headlines": lambda n: repeat("Anna Testaaja\n27.8.2024\n\nOtsikko on tässä pitkä\n\n", n),
    "releases' kinds, dates and times": lambda n: repeat("Tiedote\n20.11.2024\nklo 10.00\n\n", n),
    "dates the text names closing paragraphs": lambda n: "Otsikko\n\n" + "".join(f"Kappale {i % 28 + 1}.{i // 28 % 12 + 1}.2019.\n\nHelsingissä {i % 28 + 1}.{i // 28 % 12 + 1}.2019\n\n" for i in range(n // 40)),
    "dates set apart under sentences": lambda n: "Otsikko\n\n" + repeat("Kappale päättyy tähän.\n\n5.3.2019\n\n", n),
    "events' fields under labels": lambda n: "Hyppää sisältöön\nValikko\n" + repeat("Seminaari kolmelle korkeakoululle\nAika\nto 14.11.2019 klo 9.00–12.00\n", n),
    "sections' paths and years": lambda n: repeat("Artikkelit / Turvallisuus\n\nUutiset 2010\n\n", n),
    "names over menus and categories": lambda n: repeat("Vantaan Sanomat\n\nUutiset\nUrheilu\nTilaa\n\nUrheilu\n\n", n),
    "searches' headings over counts": lambda n: repeat('Hakutulokset\n\nLöytyi 3 tulosta hakusanalla "x"\n\n', n),
    "releases' dates over updates": lambda n: repeat("Tiedote 3.6.2020 9.00\nPäivitetty 4.6.2020 12.40\n\n", n),
    "a document's title over a skip link and headlines": lambda n: "Otsikko numero yksi | Laurea\nSkip to content\n\n" + repeat("Otsikko numero kaksi\n\n", n),
    "menus' links glued over dated items": lambda n: repeat("Koulutukset\nTietoa Laureasta\n\n5.3.2019\nOtsikko\n\n", n),
    "updates over publications": lambda n: repeat("Päivitetty 7.3.2019 | Julkaistu 5.3.2019\nPäivitetty 20.9.2018: Lisätty linkki.\n\n", n),
    "newsletters' boxes": lambda n: repeat("Tilaa uutiskirje\nSaat tiedot sähköpostiisi.\nSähköpostiosoite\nTilaa\n\nLiity jäseneksi\n\nLiity nyt\n\n", n),
    "sidebars' boxes": lambda n: repeat("Recent Posts\nOtsikko\n\nArchives\nMarch 2019\n\nMeta\n\n", n),
    "listings' filters and counts": lambda n: repeat("Uutiset\n\nSuodata aiheen mukaan\nKaikki\nNäytetään 1–10 / 412\n\n", n) + "12.9.2024\nOtsikko\n\n",
}


@pytest.mark.parametrize("shape", PAGES)
def test_reading_a_page_is_linear(shape):
    assert_linear(parse_page, lambda n: "Title\n\n" + PAGES[shape](n))


@pytest.mark.parametrize("shape", BEFORE_TITLE)
def test_reading_what_stands_before_a_title_is_linear(shape):
    assert_linear(parse_page, lambda n: BEFORE_TITLE[shape](n) + "Title\n\nSome text.\n")


TOKENS = ["<img", "<IMG ", " ", '"', "'", ">", "a", "alt=", 'src="', ",", ".aspx", "-", "\n", "é", "2016-11-27T22:00:00Z"]


@settings(max_examples=8, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(TOKENS), min_size=2, max_size=8).map("".join))
def test_reading_any_repeated_motif_is_linear(motif):
    """Pages made of one short motif of tag and listing pieces, repeated."""
    assert_linear(parse_page, lambda n: "Title\n\n" + repeat(motif, n) + IMG + "Other")


def test_loading_a_folder_with_one_hostile_page_is_linear(tmp_path):
    """`load_corpus` end to end (decoding, reading, names, tables) on one page of the
    hostile lines, a fifth of the page each."""
    shapes = ["unclosed <img", 'unclosed <img alt="', "a, then .aspx in a listing item", "' in a listing item",
              ",x.aspx2016- in a listing item"]

    def folder(size: int):
        root = tmp_path / str(size)
        (root / "pages").mkdir(parents=True)
        page = "Title\n\n" + "\n".join(PAGES[shape](size // len(shapes)) for shape in shapes)
        (root / "pages" / "hostile.txt").write_text(page, encoding="utf-8")
        return root

    assert_linear(lambda root: analysis.load_corpus(root, workers=1, cache=False, progress=False), folder)


def one_unit(text: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["d"], "unit_id": ["d:0"], "kind": ["paragraph"], "text": [text], "start": [0], "end": [len(text)]})


KWIC = {  # (unit text, pattern, window, sentence)
    "a match every word": (lambda n: repeat("laurea ", n), "laurea", 5, False),
    "a match every word, whole sentences": (lambda n: repeat("laurea ", n), "laurea", 5, True),
    "a sentence every word": (lambda n: repeat("laurea. ", n), "laurea", 5, True),
    "matches in white space": (lambda n: repeat("laurea" + " " * 20, n), "laurea", 2, True),
    "* on both sides, one long word": (lambda n: repeat("a", n), "*a*", 5, False),
    "* before, one long word that fails": (lambda n: repeat("ab", n), "*ba", 5, False),
    "* before, many words": (lambda n: repeat("uea ", n), "*ea", 5, False),
    "two words, both with *": (lambda n: repeat("laurea  ", n), "laurea* laurea*", 5, False),
}


@pytest.mark.parametrize("case", KWIC)
def test_kwic_is_linear_in_the_unit(case):
    build, pattern, window, sentence = KWIC[case]
    assert_linear(lambda units: kwic(units, pattern, window=window, sentence=sentence), lambda n: one_unit(build(n)))


CODINGS = {  # unit texts for the bundled codebook's patterns
    "a spot every word": lambda n: repeat("x ", n),
    "a match every two words": lambda n: repeat("innovation ", n),
    "two-word matches": lambda n: repeat("student mobility ", n),
    "one long word": lambda n: repeat("a", n),
}


@pytest.mark.parametrize("case", CODINGS)
def test_coding_is_linear_in_the_unit(case):
    codebook = load_codebook(bundled_data_dir() / "codebook.yml")
    assert_linear(lambda units: code_units(units, codebook), lambda n: one_unit(CODINGS[case](n)))


NAMES = compile_names([("hh", "Haaga-Helia"), ("la", "Laurea"), ("mp", "Metropolia"), ("uas", "Laurea University of Applied Sciences")])
MENTIONS = {
    "first words only": lambda n: repeat("Haaga Laurea University ", n),
    "names": lambda n: repeat("Haaga-Helia, Laurea and Metropolia; ", n),
    "a long join": lambda n: "Haaga" + repeat("- ", n) + "Helia",
    "glued names": lambda n: repeat("Haaga-HeliaMetropolia", n),
    "a letter re folds (the slow path)": lambda n: "ı " + repeat("Haaga Laurea ", n),
}


@pytest.mark.parametrize("case", MENTIONS)
@pytest.mark.parametrize("finnish", [False, True])
def test_finding_names_is_linear(case, finnish):
    assert_linear(lambda text: Haystack.of(text, [(0, len(text))]).search(NAMES, finnish), MENTIONS[case])


def first_cut(text: str) -> int:
    """`split_title_by_slug` by its definition: try every `'` and `,`."""
    return next((i for i, c in enumerate(text) if c in "'," and i > 0 and rebuild_slug(text[:i]).endswith(text[i:])), len(text))


SLUG_PIECES = ["a", "B", ",", "'", "-", " ", ":", '"', "?", "ab", "a,", ",a", "x.aspx", ".aspx", "\t", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SLUG_PIECES), max_size=14).map("".join), st.sampled_from(["", ".aspx"]))
def test_the_slug_cut_is_the_first_consistent_one(text, end):
    assert split_title_by_slug(text + end) == first_cut(text + end)


@pytest.mark.parametrize("piece", ["a,", ",a", "a,b'", "T,"])
def test_the_slug_cut_in_repeats(piece):
    """Texts that are all squares: many cuts fit, the first must be taken."""
    for n in range(1, 12):
        text = "Title " * (n % 2) + piece * n + ".aspx"
        assert split_title_by_slug(text) == first_cut(text), text


TAG_PIECES = ["<img", "<IMG ", " ", '"', "'", ">", "a", "alt", "src", "=", "-", "_", "1", "é", "x-alt", "<imgx", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TAG_PIECES), max_size=16).map("".join), st.integers(0, 3), st.integers(0, 3))
def test_find_tag_finds_what_the_tag_regex_searching_finds(text, lead, trail):
    end = max(lead, len(text) - trail)
    found = IMG_TAG.search(text, lead, end)
    assert find_tag(text, lead, end) == (found and found.span())


_PLAIN_ATTR = re.compile(r"""([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TAG_PIECES), max_size=16).map(lambda pieces: "<img " + "".join(pieces)))
def test_attributes_are_read_as_the_plain_pattern_reads_them(tag):
    """alt and src as the first `name="value"` of each name (a later letter of a name
    could begin a match only where the plain pattern's from the first letter failed)."""
    found = {}
    for m in _PLAIN_ATTR.finditer(tag):
        value = 2 if m.group(2) is not None else 3
        found.setdefault(m.group(1).lower(), (m.group(value), m.span(value)))
    image, alt = parse_image(tag, 0, len(tag)), found.get("alt")
    assert (image.alt, image.alt_start, image.alt_end) == ((alt[0], *alt[1]) if alt else (None, None, None))
    assert image.src == found.get("src", (None,))[0]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["laurea", "la", " ", "(", ".", "\n"]), max_size=14).map("".join), st.integers(1, 3))
def test_kwic_windows_by_their_definition(text, window):
    """`window` words of the text before the match (a word the match cuts counts) and after it."""
    rows = kwic(one_unit(text), "laurea", window=window)
    for row in rows.itertuples():
        before = [m.start() for m in re.finditer(r"\S+", text[: row.start])]
        after = [m.end() for m in re.finditer(r"\S+", text[row.end :])]
        left = text[before[-window] if len(before) >= window else 0 : row.start]
        right = text[row.end : row.end + after[window - 1] if len(after) >= window else len(text)]
        assert (row.left, row.right) == (left.strip(), right.strip())


def test_kwic_shows_at_most_fifty_words_of_a_sentence_either_side():
    """A text without end marks is one sentence: showing all of it around every match
    would take time and memory quadratic in the text."""
    text = " ".join(f"w{i}" for i in range(100)) + " Laurea " + " ".join(f"v{i}" for i in range(100)) + "."
    row = kwic(one_unit(text), "laurea", sentence=True).iloc[0]
    assert (row.left.split()[0], row.right.split()[-1]) == ("w50", "v49")
    short = "First. " + " ".join(f"w{i}" for i in range(10)) + " Laurea here."
    assert kwic(one_unit(short), "laurea", sentence=True).iloc[0].left == "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9"


_END_MARK = re.compile(r"[.!?](?=\s|$)")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["la", "urea", " ", ".", "!", "\n", "x", "a.b"]), max_size=14).map("".join), st.data())
def test_sentence_span_by_its_definition(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    before = [m.end() for m in _END_MARK.finditer(text, 0, start)]  # an end mark right before `start` counts
    left = before[-1] if before else 0
    left += len(text[left:start]) - len(text[left:start].lstrip())
    after = _END_MARK.search(text, end)
    assert sentence_span(text, start, end) == (left, after.end() if after else len(text))


# Shapes of the layout reader's steps (furniture, teasers, dates, project counts).
LAYOUT_SHAPES = {
    "numbers then projects": lambda n: "1 " * (n // 2) + "projects",
    "number words, a hanke": lambda n: "seven " * (n // 6) + "hanke",
    "lines of Read more": lambda n: "T\n\n" + "Read more\n" * (n // 10),
    "teasers": lambda n: "T\n\n" + "x…\nRead more\n" * (n // 12),
    "date lines": lambda n: "T\n\n" + "pe 19.4.2024\n" * (n // 13),
    "one long glued line": lambda n: "T\n\n" + "aB" * (n // 2),
    "skip link and menu": lambda n: "Skip to content\n" + "Menu item\n" * (n // 10),
}


@pytest.mark.parametrize("shape", LAYOUT_SHAPES)
def test_reading_a_layout_takes_time_linear_in_the_page(shape):
    """Untrusted pages get linear time: ten times the text takes at most fifteen times as long."""
    function = declared_count if shape.startswith(("numbers", "number")) else parse_page
    small, large = (seconds(function, LAYOUT_SHAPES[shape](n)) for n in (20_000, 200_000))
    assert large <= 15 * max(small, 2e-3), (shape, small, large)  # below 2 ms, timing is noise


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TAG_PIECES), max_size=16).map("".join), st.integers(0, 3), st.integers(0, 3))
def test_find_tags_finds_what_find_tag_finds_again_after_each_tag(text, lead, trail):
    end, start, expected = max(lead, len(text) - trail), lead, []
    while (tag := find_tag(text, start, end)) is not None:
        expected.append(tag)
        start = tag[1]
    assert find_tags(text, lead, end) == expected


ADDRESSED = {  # a unit's names among what may be addresses: each match placed among them once
    "names between spaced slashes": lambda n: repeat("Laurea / Metropolia / Haaga-Helia. ", n),
    "names between e-mail addresses": lambda n: repeat("Laurea x@y.fi Metropolia ", n),
}


def units_of(text: str) -> pa.Table:
    return pa.table({
        "doc_id": pa.array(["d"], pa.large_string()), "position": [1], "kind": pa.array(["paragraph"], pa.large_string()),
        "text": pa.array([text], pa.large_string()), "start": [0], "end": [len(text)],
    }, schema=READ["units"])


@pytest.mark.parametrize("case", ADDRESSED)
def test_finding_names_among_addresses_is_linear(case):
    assert_linear(lambda units: find_mentions(units, {"institution": NAMES}), lambda n: units_of(ADDRESSED[case](n)))


@pytest.mark.parametrize("piece", ["a\u200b", "a\u00ad\u200b-", "\u200b"])
def test_looking_for_invisible_marks_inside_words_is_linear(piece):
    assert_linear(decode_page, lambda n: repeat(piece, n).encode())


@pytest.mark.parametrize("piece", ["<b>a</b> ", "<a <b <c ", "<script>\nx = 1;\n", "<div>\n"])
def test_telling_markup_lines_is_linear(piece):
    """Long lines and runs of lines of tags, unclosed tags and script: each line read once."""
    assert_linear(parse_page, lambda n: "Title\n\n" + repeat(piece, n) + "\nSome text.\n")
