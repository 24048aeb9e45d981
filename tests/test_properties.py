"""Property tests: the parser never raises and accounts for every character; well-formed
pages built from random items parse back to exactly those items. Fixed seed, bounded
example counts, so CI runs the same examples every time."""

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.read.listing import rebuild_slug
from analysis.read.page import parse_page

# Characters that drive the parser's decisions, plus any text at all.
TRICKY = list("<img alt=\"' src/>-*•\n\r\t äö0123456789TZ:.,&;") + ["<img ", "/>", "\n\n", "- ", ".aspx", "2016-10-04T21:00:00Z"]
any_text = st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=5)), max_size=60).map("".join)


@settings(max_examples=3000, derandomize=True, deadline=None)
@given(any_text)
def test_parser_never_raises_and_spans_partition_the_text(text):
    page = parse_page(text)
    pos = 0
    for kind, start, end in page.spans:
        assert start == pos and end > start, (kind, start, end)
        pos = end
    assert pos == len(text)
    for unit in page.units:
        assert text[unit.start : unit.end] == unit.text
    for f in page.findings:
        assert f.start is None or 0 <= f.start <= f.end <= len(text)
    residue = [(s, e) for kind, s, e in page.spans if kind == "residue"]
    reported = [(f.start, f.end) for f in page.findings if f.code == "unparsed_text"]
    assert residue == reported


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöABCDEFGHIJKLMNOPQRSTUVWXYZÄÖ", min_size=1, max_size=8)
SEPARATOR = st.sampled_from([" ", ", ", ": ", "'s ", " - "])
title = st.builds(
    lambda first, rest: first + "".join(sep + word for sep, word in rest),
    WORD,
    st.lists(st.tuples(SEPARATOR, WORD), max_size=6),
)
moment = st.datetimes(min_value=datetime(2010, 1, 1), max_value=datetime(2026, 12, 31)).map(
    lambda d: d.replace(microsecond=0, tzinfo=timezone.utc)
)
item = st.fixed_dictionaries(
    {
        "title": title,
        "published": st.one_of(st.none(), moment),
        "with_fragment": st.booleans(),
        "alt": st.one_of(st.none(), st.just(""), WORD),
        "src": st.text(alphabet="abcdefghijklmnopqrstuvwxyz/%20.", min_size=1, max_size=20),
    }
)


def fragment_of(title):
    """The tail of the page name cut at its first ' or ,, as the scraper leaves it."""
    slug = rebuild_slug(title)
    cuts = [i for i in (slug.find("'"), slug.find(",")) if i >= 0]
    return slug[min(cuts) :] if cuts else None


def listing_line(it):
    fragment = fragment_of(it["title"]) if it["with_fragment"] else None
    stamp = it["published"].strftime("%Y-%m-%dT%H:%M:%SZ") if it["published"] else ""
    alt = "" if it["alt"] is None else f'alt="{it["alt"]}" '
    return f'{it["title"]}{fragment or ""}{stamp}<img {alt}src="{it["src"]}" />{it["title"]}', fragment


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(item, min_size=1, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_well_formed_pages_parse_back_to_their_items(items, newline):
    lines, fragments = zip(*map(listing_line, items))
    text = newline.join(["Title", "", "Subtitle", "", "A paragraph.", "", "", *lines])
    page = parse_page(text)
    assert len(page.sightings) == len(items)
    for it, fragment, parsed in zip(items, fragments, page.sightings):
        assert parsed.title == it["title"]
        assert parsed.url_fragment == fragment
        assert parsed.url_slug == (rebuild_slug(it["title"]) if fragment else None)
        assert parsed.published_utc == it["published"]
        assert parsed.image.src == it["src"] and parsed.image.alt == it["alt"]
    assert [u.kind for u in page.units[:3]] == ["title", "subtitle", "paragraph"]
    assert not [f for f in page.findings if f.code in {"unparsed_text", "title_repeat_mismatch", "invalid_timestamp"}]
    assert "".join(text[s:e] for _, s, e in page.spans) == text


@settings(max_examples=300, derandomize=True, deadline=None)
@given(moment)
def test_local_dates_follow_helsinki_time(utc):
    from zoneinfo import ZoneInfo

    import pandas as pd

    from analysis.paths import LOCAL_TZ

    local = pd.Timestamp(utc).tz_convert(LOCAL_TZ)
    offset = utc.astimezone(ZoneInfo("Europe/Helsinki")).utcoffset()
    assert offset in (timedelta(hours=2), timedelta(hours=3))
    assert local.date() == (utc + offset).date()
