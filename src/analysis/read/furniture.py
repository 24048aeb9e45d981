"""Page furniture: the lines a site puts around every article.

Navigation ("Skip to content" and the menu after it, a news section's label, share links,
a language switcher, the heading of related news, a cookie banner, a footer's copyright
line and links), breadcrumbs ("Olet täällä" and the trail), Drupal's tab labels, date
lines and a date's label alone above one, tag lines, contact lines and addresses, "Read
more" links. Each is told by the line alone, by the line right above it, or by the lines
next to it (a contact label by the few below; the lines about cookies over a banner's
buttons, an organisation and street over a postal code), so that a title, a paragraph or
a mention never comes from them; they stay units of their own kinds, so nothing is lost.
Every check looks at a short line only (80 characters, 200 for a contact line, 400 for a
cookie banner's): a longer line is text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple, TypeVar

from .dates import DATE_LABELS, EVENT_SECTIONS, READING, RELEASE_LABELS, WrittenDate, read_date_line

T = TypeVar("T")
SHORT = 80  # characters: a longer line is never a label
TAG_WORDS = 4  # the most words of one tag alone on its line
_SPACES = re.compile(r"\s*+\|\s*+|\s{2,}|\t")  # what parts a menu's links on one line
_TODAY = re.compile(r"\s*(?:tänään on|today is|idag är)\s+", re.IGNORECASE)  # a header's day, the scrape's, before a date
CONTACT_LONGEST = 200  # characters: a longer line is never a contact line
CONTENT_SKIP_LINKS = frozenset({  # a skip link to the page's content: the site's header above it, a notice over that
    "skip to content", "skip to main content", "siirry sisältöön", "hyppää sisältöön", "siirry suoraan sisältöön",
    "hoppa till innehållet", "hoppa till huvudinnehållet", "gå till innehållet", "siirry pääsisältöön",
    "hyppää pääsisältöön", "siirry suoraan pääsisältöön", "skip to main", "ohita navigointilinkit", "skip navigation links", "hoppa till innehåll", "hoppa direkt till innehållet",
    "gå direkt till innehållet", "gå till huvudinnehållet", "gå till innehåll", "till innehållet", "hoppa till huvudinnehåll",
})
# A site's notice over its skip link: its kind first (`Tiedote`, `Huomio!`), or a button to close it.
NOTICE_WORDS = frozenset({
    "tiedote", "häiriötiedote", "huomio", "huomio!", "ilmoitus", "tärkeä tiedote", "notice", "important notice", "attention",
    "alert", "meddelande", "obs", "obs!", "viktigt meddelande", "sulje ilmoitus", "close notice", "stäng meddelandet",
})
SKIP_LINKS = frozenset({
    *CONTENT_SKIP_LINKS, "skip navigation", "skip to navigation", "skip to search", "skip to footer", "siirry navigaatioon", "siirry hakuun",
    "siirry päävalikkoon", "hoppa till navigeringen", "hoppa till sökfunktionen",
})
# A link to all of a site's news, under a listing's items.
ALL_NEWS = frozenset({"kaikki uutiset", "all news", "alla nyheter", "kaikki ajankohtaiset", "näytä kaikki uutiset", "see all news"})
# A press release's embargo with no date (one with its end's date is a date line: `Julkaisuvapaa 25.11.2010 klo 12.00`).
EMBARGO_NOTICES = (
    "julkaisuvapaa heti", "julkaisuvapaa välittömästi", "julkaisuvapaa:", "embargo", "for immediate release", "för omedelbar publicering",
    "publiceringsfri genast", "publiceringsfri omedelbart",
)
# A press service's link under a release's stamp, over its headline.
PRESS_LINKS = frozenset({
    "report this content", "rapportera innehåll", "ilmoita sisällöstä", "ilmoita asiaton sisältö", "report inappropriate content",
    "rapportera olämpligt innehåll",
})
NAVIGATION = frozenset({
    *SKIP_LINKS, "menu", "valikko",
    "member-only story", "top highlight", "search", "haku", "hae", "etsi", "sök", "etusivu", "home", "startsida", "startsidan", "front page", "hem", "sulje", "close", "fi", "en", "sv", "suomi", "english",
    "svenska", "in english", "på svenska", "in finnish", "in swedish", "på finska", "på engelska", "englanniksi",
    "ruotsiksi", "toggle navigation", "päävalikko", "main menu", "kaikki", "all", "alla", "näytä kaikki", "show all", "visa alla",
    "rajaa uutisia", "rajaa tuloksia", "suodata uutisia", "filter news", "filtrera nyheter", "hae tiedotteita", "hae uutisia",
    "search releases", "search news", "sök pressmeddelanden", "sök nyheter", "suodata", "filter", "filtrera", "sök evenemang",
    "hae tapahtumia", "search events", "filter by topic", "filter by category", "filter by theme", "filter by type", "rajaa aiheen mukaan",
    "rajaa aiheittain", "suodata aiheen mukaan", "suodata aiheittain", "filtrera efter ämne", "filtrera efter kategori", "sort by",
    "järjestä", "lajittele", "sortera",
    # a news section's label above its items, and the share links under an article
    "uutiset", "news", "ajankohtaista", "tiedotteet", "jaa", "share", "jaa sivu", "share this", "share this page",
    "facebook", "twitter", "linkedin", "instagram", "youtube", "jaa facebookissa", "share on facebook",
    # links back and to the top, the language chooser, printing
    "takaisin uutisiin", "takaisin", "back to news", "back", "sivun alkuun", "back to top", "valitse kieli",
    "choose language", "select language", "tulosta", "print", "suomeksi", "takaisin ajankohtaisiin", "avaa päävalikko",
    "avaa valikko", "open menu", "blogi", "blog", "nyheter", "aktuellt", "dela", "dela sidan",
    # following the site, its newsletter
    "seuraa meitä", "follow us", "följ oss", "tilaa uutiskirje", "tilaa uutiskirjeemme", "subscribe", "subscribe to our newsletter",
    "sign up for our newsletter", "prenumerera på nyhetsbrevet",
    # reading aloud, text size, logging in, searching the site, a link to all news, a one-item label
    "kuuntele", "listen", "lyssna", "lue ääneen", "a- a a+", "a a a", "tekstin koko", "text size", "log in", "login",
    "kirjaudu", "kirjaudu sisään", "logga in", "sign in", "sign up", "open in app", "follow publication", "seuraa julkaisua", "följ publikationen", "get started", "search this site",
    # a newsroom service's and a blog platform's header: its sections and buttons
    "julkaisijat", "publishers", "kuvat", "images", "videot", "videos", "releases", "tilaa", "seuraa", "follow", "följ",
    "prenumerera", "write", "kopioi linkki", "copy link", "kopiera länk", "kopiera länken", "avaa sovelluksessa", "öppna i appen",
    # an old site's links to its text version and map
    "tekstiversio", "sivukartta", "site map", "sitemap", "text version", "webbkarta", "textversion", "hae sivustolta", "search the site", "sök", "sök på webbplatsen",
    *ALL_NEWS, "sulje valikko", "close menu", "stäng menyn", "uutinen",
    "jaa artikkeli", "share this article", "share article", "dela artikeln", "takaisin uutislistaan", "back to news list",
    "takaisin listaukseen", "uutishuone", "newsroom", "tillbaka", "tillbaka till nyheter", "tillbaka till nyheterna",
    "back to all news",
    # searching and paging a listing
    "hae uutisista", "search news", "sök bland nyheterna", "sök nyheter", "näytä lisää", "lataa lisää", "load more",
    "show more", "visa fler", "visa mer", "older posts", "newer posts", "vanhemmat artikkelit", "uudemmat artikkelit",
    "previous page", "next page", "edellinen sivu", "seuraava sivu", "föregående sida",
    "nästa sida", "older entries", "newer entries",
    # a newsletter's links
    "view this email in your browser", "view in browser", "avaa selaimessa", "näytä selaimessa", "avaa uutiskirje selaimessa",
    "visa i webbläsaren", "forward to a friend", "välitä ystävälle", "unsubscribe", "peruuta tilaus", "lopeta tilaus",
    "update your preferences", "update subscription preferences", "avsluta prenumerationen",
    # sending and printing the page, going back, choosing the language, a menu's toggle, a search box's words
    "lähetä sähköpostilla", "lähetä linkki", "lähetä linkki sähköpostilla", "send by email", "email this page", "skriv ut",
    "skicka som e-post", "skicka länk", "tulosta sivu", "print page", "print this page", "skriv ut sidan", "etsi sivustolta",
    "takaisin edelliselle sivulle", "palaa edelliselle sivulle", "palaa uutislistaan", "palaa uutisiin", "palaa takaisin",
    "back to previous page", "go back", "tillbaka till alla nyheter", "tillbaka till föregående sida",
    "vaihda kieli", "change language", "byt språk", "välj språk", "meny", "stäng", "öppna menyn", "öppna meny",
    "stäng meny", "kirjoita hakusana", "hakusana", "search term", "enter search term", "sökord", "skriv sökord",
    "sulje ilmoitus", "close notice", "stäng meddelandet", "sähköpostiosoite", "email address", "e-postadress",
    # a previous or next article's link, a notice that the page is archived
    "previous", "next", "edellinen", "seuraava", "föregående", "nästa", "arkistoitu", "archived", "arkiverad",
    "hae tehtävää", "hae paikkaa", "hae nyt", "apply now", "sök tjänsten", "ansök nu",  # a job advert's
    "hae nyt!", "apply now!", "ansök nu!", "hae tähän koulutukseen", "apply to this programme", "ansök till utbildningen",  # an admissions' call
    "ask admissions", "chat with an admissions officer", "chat with us", "tilaa hakijakirje", "varaa ohjausaika", "book a guidance session",
    *PRESS_LINKS,
    "uusin ensin", "vanhin ensin", "newest first", "oldest first", "nyaste först", "äldsta först", "senaste först",  # a listing's order
    "search for", "sök efter",  # a search box's label (`Search for:`)
    "find a programme", "find a degree programme", "find your programme", "etsi koulutus", "löydä koulutus", "etsi koulutusta",
    "hitta utbildning", "hitta din utbildning", "sök utbildning",  # a site header's search of programmes
})
# The site's name (its logo's text) or a partner magazine's, as the whole line: over the page, in
# its footer or menus. `- Laurea-ammattikorkeakoulu` in a list of partners is no logo, nor are
# names on their lines under a colon (`page.introduced`).
_SITE_WORDS = ("laurea", "metropolia", "haaga-helia", "3amk")  # where a trail may start: the site itself
SITE_NAMES = frozenset({
    *_SITE_WORDS,
    "haaga-helia ammattikorkeakoulu", "haaga-helia ammattikorkeakoulu oy", "laurea-ammattikorkeakoulu",
    "metropolia ammattikorkeakoulu", "haaga-helia university of applied sciences", "laurea university of applied sciences",
    "metropolia university of applied sciences",
    # the partners' magazines, their masthead over an article
    "laurea journal", "uas journal", "esignals", "esignals pro", "haaga-helia journal",
    # the wire services a press release is read from
    "stt info", "cision", "cision news", "mynewsdesk",
    "3uas", "helsinki metropolitan area universities of applied sciences",  # 3AMK's English names
    # the partners' names in Swedish and of old, and their intranets
    "laurea-yrkeshögskolan", "laurea-yrkeshögskola", "laurea yrkeshögskola", "metropolia yrkeshögskola",
    "yrkeshögskolan metropolia", "haaga-helia yrkeshögskola", "yrkeshögskolan haaga-helia",
    "helsinki metropolia university of applied sciences", "laurea intra", "tuubi",
    # the cities' and the ministry's sites that publish the partnership's news
    "vantaan kaupunki", "helsingin kaupunki", "espoon kaupunki", "vanda stad", "helsingfors stad", "esbo stad",
    "city of vantaa", "city of helsinki", "city of espoo", "opetus- ja kulttuuriministeriö",
    "ministry of education and culture", "undervisnings- och kulturministeriet",
})
_SITE_STARTS = tuple({name[:3] for name in SITE_NAMES})  # a line that begins with none of these names no site
# What heads the other news an article ends with: the dates under it are those items'.
# A front page's featured story: its box heading over a teaser ending in a read-more link is a
# related heading; over an article's headline, a badge or a series' kicker (`Featured`, `In focus`).
FEATURE_HEADINGS = frozenset({
    "pääjuttu", "pääjutut", "nostot", "nostossa", "fokuksessa", "in focus", "featured", "featured story", "featured stories",
    "i fokus", "veckans reportage", "viikon juttu", "spotlight", "in the spotlight", "top stories", "toppnyheter",
})
RELATED_HEADINGS = frozenset({
    "related news", "related articles", "related", "aiheeseen liittyvät", "aiheeseen liittyvät uutiset",
    "aiheeseen liittyvää", "muita uutisia", "muut uutiset", "lue myös", "katso myös", "see also", "read also",
    "more news", "latest news", "uusimmat uutiset", "lisää uutisia", "relaterade nyheter", "läs också", "uusimmat",
    "viimeisimmät", "viimeisimmät uutiset", "latest", "recent news", "recent posts", "you may also like", "senaste nytt",
    "senaste nyheter", "fler nyheter", "muut ajankohtaiset", "edellinen uutinen", "seuraava uutinen", "previous post",
    "next post", "popular posts", "most read", "luetuimmat", "suosituimmat", "suosittelemme", "we recommend",
    "you might also like", "tulevat tapahtumat", "upcoming events", "kommande evenemang",
    "read next", "lue seuraavaksi", "lisää aiheesta", "aiheesta lisää",
    "lue lisää aiheesta", "more on this topic", "related posts", "related stories", "läs vidare", "mer om ämnet",
    "lisää kirjoituksia", "muita kirjoituksia", "more posts", "other news", "andra nyheter", "övriga nyheter",
    "other articles", "muita artikkeleita", "more stories", "other stories", "liittyvät tiedotteet", "liittyvät uutiset",
    "related releases", "latest releases", "relaterade pressmeddelanden", "mer aktuellt", "muuta ajankohtaista",
    "lisää ajankohtaista", "more current news", "related content", "liittyvää sisältöä", "relaterat innehåll",
    # the site's other releases under one
    "muut tiedotteet", "aiemmat tiedotteet", "uusimmat tiedotteet", "viimeisimmät tiedotteet", "lisää tiedotteita",
    "other press releases", "more press releases", "latest press releases", "related press releases",
    "fler pressmeddelanden", "senaste pressmeddelanden", "övriga pressmeddelanden",
    # comments under a post: their dates are the comments' (their text, up to prose, too; all of it under a count)
    "comments", "kommentit", "kommentarer", "kommentti", "comment", "kommentoi", "responses", "vastaukset",
    "more articles", "other posts", "fler inlägg", "uusimmat kirjoitukset", "latest posts", "recent articles",
    # the links to the previous and next post, the newest posts beside the text
    "edellinen artikkeli", "seuraava artikkeli", "edellinen kirjoitus", "seuraava kirjoitus", "previous article",
    "next article", "föregående artikel", "nästa artikel", "samasta aiheesta", "uusimmat blogikirjoitukset",
    "uusimmat artikkelit", "latest blog posts", "recent blog posts", "senaste blogginlägg", "senaste artiklar",
})
# The link to the previous or next article: a box of that one item, over the headline or under the text.
PREV_NEXT = frozenset({
    "edellinen uutinen", "seuraava uutinen", "edellinen artikkeli", "seuraava artikkeli", "edellinen kirjoitus",
    "seuraava kirjoitus", "previous post", "next post", "previous article", "next article", "föregående artikel",
    "nästa artikel",
})
ARCHIVE_LABELS = (  # an archive's heading: `Category: Partnership`
    "category:", "tag:", "author:", "kategoria:", "aihe:", "avainsana:", "tunniste:", "kirjoittaja:", "författare:",
    "kategori:", "etikett:", "ämne:",
)
SEARCH_TITLES = frozenset({"hakutulokset", "haun tulokset", "search results", "sökresultat"})  # a search's heading alone
# A page of listed items by its title: their dates are theirs (an archive, a calendar, vacancies).
LISTING_TITLES = SEARCH_TITLES | frozenset({
    "uutisarkisto", "news archive", "nyhetsarkiv", "tiedotearkisto", "press release archive", "tapahtumakalenteri",
    "event calendar", "events calendar", "evenemangskalender", "avoimet työpaikat", "vacancies", "job openings",
    "open positions", "lediga jobb", "lediga tjänster",
})
SEARCH_RESULTS = ("hakutulokset:", "hakutulokset haulle ", "search results for", "search results:", "sökresultat för", "sökresultat:")
# What heads the comments under a post: the text below is the comments' (their dates too).
COMMENT_HEADINGS = frozenset({  # a heading a post's own text never has (`Kommentit` may head quotes: a related heading)
    "leave a comment", "jätä kommentti", "lämna en kommentar", "leave a reply", "jätä vastaus", "lämna ett svar",
})
COMMENT_WORDS = frozenset({"comments", "kommentit", "kommentarer", "kommentti", "comment", "responses", "vastaukset"})
_HEADINGS = RELATED_HEADINGS | COMMENT_HEADINGS
# A date's label alone on the line above it (`Päivitetty`, then `5.2.2020`): the role it gives,
# "event" for the heading of an event's time (the date is then not the page's).
LANGUAGE_CODES = frozenset({"fi", "en", "sv", "ru", "de", "fin", "eng", "swe", "suomi", "suomeksi", "english", "svenska", "in", "på"})
_CODE_STARTS = frozenset(code[:2] for code in LANGUAGE_CODES)
NAVIGATION_PREFIXES = (
    "jaa:", "share:", "jaa sivu:", "share this:", "jaa somessa", "kieli:", "language:", "språk:",
    *EMBARGO_NOTICES,
    "all snapshots from host", "organization: internet archive", "organization: archive team",  # a web archive's
    "tämä sivu on arkistoitu", "this page has been archived", "this page is archived", "sidan har arkiverats",  # a site's own
    "edellinen uutinen:", "seuraava uutinen:", "previous post:", "next post:",  # the previous or next article, its headline after the colon
)
# A link's arrow before or after its words (`← Students meet employers`, `Alliance gets new board →`):
# the previous or next article's link, no headline.
ARROWS_BEFORE = ("← ",)
ARROWS_AFTER = (" →",)
_MONTHS_LIST = "jan feb mar apr may jun jul aug sep oct nov dec"
# A web archive's or a cache's notice over the page it keeps, whatever the line's length: the
# page is as it was captured, and the capture's date is none of the page's.
ARCHIVE_NOTICES = (
    "The Wayback Machine - ", "This is Google's cache of ", "This is Google’s cache of ",
    "It is a snapshot of the page as it appeared on",
    "The current page could have changed in the meantime", "Tip: To quickly find your search term on this page",
    "archive.today webpage capture", "archive.ph webpage capture", "Saved from http", "Redirected from http",
    "no other snapshots from this url",
)
ARCHIVE_TOOLBAR = frozenset({  # the Wayback Machine's toolbar, a cache's and archive.today's links
    "about this capture", "collected by", "timestamps", "wayback machine", "internet archive", "full version",
    "text-only version", "view source", "webpage", "screenshot", "download .zip", "report bug or abuse", "success fail",
    "saved from", "redirected from",
})
# On a page an archive or a cache keeps (`is_archived`), its words that are words elsewhere too.
WAYBACK_WORDS = frozenset({
    "success", "fail", "go", "loading", "help", "close", "learn more", "learn more.", *_MONTHS_LIST.split(),
})
WAYBACK_PREFIXES = ("collection:", "organization:")  # under `COLLECTED BY`
# A capture's count and dates: `12 captures`, `15 Mar 2019 - 04 Jun 2021`, archive.today's
# `15 Mar 2019 08:30:12 UTC`; the toolbar's row of months (`MAR APR MAY`); a print's date.
_CAPTURE = re.compile(
    r"\d{1,6} captures?(?: \d{1,2} [a-z]{3} \d{4} - \d{1,2} [a-z]{3} \d{4})?|\d{1,2} [a-z]{3} \d{4} - \d{1,2} [a-z]{3} \d{4}"
    r"|\d{1,2} [a-z]{3} \d{4} \d\d:\d\d:\d\d (?:utc|gmt)\.?"
    r"|(?:tulostettu|printed|utskriven)(?: on)? \d\S*+(?: \S++){0,3}"  # a print's date: `Tulostettu 5.6.2021`
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)){1,2}"
)
READING_TIME = re.compile(  # `Lukuaika 3 min`, `Reading time: about 5 minutes`, `4 min read`
    READING + r":? ?(?:noin |about |ca\.? )?\d{1,3} ?(?:min|minuuttia|minutes?|minuter)\.?"
    r"|\d{1,3} ?(?:min|minutes?|minuutin|minuters?) (?:read|lukuaika|läsning)"
    r"|\d{1,3}[–-]\d{1,3} (?:min|minutes|minuuttia|minuter)"  # a reader view's `3–4 minutes`
)
# A news section's label; below an article's text, it heads a box of the site's other news.
SECTION_LABELS = frozenset({"uutiset", "news", "ajankohtaista", "tiedotteet", "nyheter", "aktuellt", "blogi", "blog"})
PROJECT_SECTIONS = frozenset({"hankkeet", "projektit", "projects", "projekt"})
# A site's sections of pages, not news: over a project's or a static page's heading.
SITE_SECTIONS = PROJECT_SECTIONS | frozenset({
    "tietoa meistä", "about us", "om oss", "tutkimus ja kehitys", "research and development", "forskning och utveckling",
})
# A section's label in the plural: over one of its articles a kicker, over items each under its
# date the listing's title (`page.heads_dated_items`).
SECTION_KICKERS = SITE_SECTIONS | frozenset({
    "avoimet työpaikat", "lediga jobb", "tapahtumat", "events", "evenemang", "press releases", "news releases",
    "mediatiedotteet", "lehdistötiedotteet", "pressmeddelanden", "blogit", "blogs", "artikkelit", "articles",
    "asiantuntija-artikkelit", "kolumnit", "columns", "artiklar",
})
# A news section's heading over its items (`Uutiset`, `Tapahtumat`, `Press releases`): a page
# of items under it is a listing, that heading its title (`teasers.retitle_listing`).
LISTING_HEADINGS = SECTION_LABELS | (SECTION_KICKERS - SITE_SECTIONS)
# What a hub's search box or filter says under a site's section (`Hae hanketta`, `Filter by theme`).
HUB_VERBS = (
    "hae ", "etsi ", "selaa ", "suodata", "rajaa ", "järjestä ", "lajittele ", "näytä ", "search ", "filter ", "browse ", "find ", "sort ",
    "sök ", "bläddra ", "visa ", "filtrera ", "sortera ",
)
# How a word of a heading over other items begins (`Lisää Laurean uutisia`, `More stories`, `Andra nyheter`; or `post`).
ITEM_STEMS = ("uutis", "news", "nyhet", "artik", "article", "blog", "kirjoitu", "juttu", "stori", "inlägg", "postau")
# A heading of other items in two or three words: `Uusimmat kolumnit`, `Muita blogikirjoituksia`, `More columns`.
RELATED_FIRST = frozenset({
    "muita", "muut", "lisää", "uusimmat", "viimeisimmät", "more", "other", "fler", "andra", "övriga", "senaste",
})  # not `Latest` nor `Recent`: a listing's own heading (`Latest articles`) in English
RELATED_STEMS = (*ITEM_STEMS, "kolumn", "column", "tiedot", "release", "pressmeddel", "posts")
COMPOUND_TAILS = ("vinkki", "vinkit", "kilpailu", "kirje", "letter", "brev")  # in `juttuvinkki`, `uutiskirjeemme`: no items
AUTHOR_WORDS = ("kirjoittaja", "author", "blogger", "skribent", "about")  # an author's box: `Blogin kirjoittaja`, `About the blogger`
NAME_JOINS = frozenset({"of", "and", "the", "for", "ja", "och", "för", "i", "in", "by"})  # small words in a site's name
ORGANISATION_ENDINGS = ("ammattikorkeakoulu", "oy", "university", "yrkeshögskola", "ab")  # a sender's address, no venue
# How a newsletter's link to its web version ends (`Näytä tämä viesti selaimessa`, `Having trouble
# viewing this email? View it in your browser.`, `Visa detta e-postmeddelande i webbläsaren`).
BROWSER_ENDINGS = ("selaimessa", "selaimella", "in your browser", "in browser", "in a browser", "i webbläsaren", "i din webbläsare", "web version")
BROWSER_VERBS = frozenset({"näytä", "avaa", "katso", "lue", "view", "open", "read", "see", "visa", "öppna", "läs", "se"})
NEWSROOM_WORDS = frozenset({"uutishuone", "newsroom", "nyhetsrum", "pressrum", "mediahuone", "media room", "press room", "pressroom"})  # a press service's newsroom, beside its publisher's name
# A story's category over its headline (`Tutkimus`, `Research`, `Tarina`): a kicker there when the story is dated.
CATEGORY_KICKERS = frozenset({
    "tutkimus", "research", "forskning", "tarina", "story", "berättelse", "hanke", "project", "projekt", "opiskelu",
    "studies", "studier", "koulutus", "education", "utbildning", "yhteistyö", "cooperation", "collaboration", "samarbete",
    "työelämä", "working life", "arbetsliv", "alumnit", "alumni", "kansainvälisyys", "international", "yrittäjyys",
    "entrepreneurship", "företagande", "innovaatiot", "innovation", "haastattelu", "interview", "intervju", "kumppanuus",
    "partnership", "kestävä kehitys", "sustainability", "hållbarhet", "hyvinvointi", "wellbeing", "välbefinnande",
})
FOLLOW_LINKS = frozenset({"follow", "seuraa", "följ"})  # a follow link under an author's name
SHARE_WORDS = frozenset({  # the share buttons under a headline: no site's menu
    "jaa", "share", "dela", "facebook", "twitter", "linkedin", "instagram", "youtube", "whatsapp", "sähköposti", "email",
    "e-mail", "e-post", "tulosta", "print", "skriv ut", "x",
})
CALLS = frozenset({"share", "jaa", "lähetä", "tilaa", "subscribe", "dela", "skicka", "send", "osallistu", "join"})  # a call to act
NEWS_LABELS = frozenset({"uutiset", "news", "nyheter", "tiedotteet", "ajankohtaista", "aktuellt"})  # over a news item: its campus is no event's venue
ROOM_WORDS = frozenset({
    "auditorio", "auditorium", "sali", "luentosali", "luokka", "aula", "room", "hall", "sal", "salen", "kerros", "floor", "tila",
})  # where on a campus an event is
# A press release's kind: a date right under it (or after it on its line), over the headline, is the release's.
RELEASE_KICKERS = frozenset(RELEASE_LABELS)
RELEASE_OPENINGS = tuple(f"{kind} " for kind in RELEASE_KICKERS)  # a date line a release's kind opens (`Tiedote 12.3.2019`)
# What kind of text follows, over an article's headline (`Tiedote`): a page may have only it for
# a title, so it is the title unless a headline follows (`page.above_headline`).
KICKERS = SECTION_KICKERS | RELEASE_KICKERS | frozenset({
    "asiantuntija-artikkeli", "asiantuntijablogi", "expert article", "artikkeli", "article", "kolumni", "column",
    "mielipide", "opinion", "haastattelu", "interview", "blogikirjoitus", "blog post",
    "avoin työpaikka", "job opening", "tapahtuma", "event",
    "nyhet",  # Swedish `Uutinen`
    "blogg", "guest blog", "vierasblogi", "vieraskynä", "opiskelijablogi", "student blog", "gästblogg", "pääkirjoitus",
    "editorial", "ledare",
    # a document's kind over its heading
    "faktat", "fact sheet", "faktablad", "mediakansio", "press kit", "pressmaterial", "joint statement", "julkilausuma",
    "yhteinen julkilausuma", "kannanotto", "kutsu", "invitation", "inbjudan", "pöytäkirja", "minutes", "protokoll",
    "esityslista", "agenda", "uutiskirje", "newsletter", "nyhetsbrev",
    # a story's kind
    "opiskelijatarina", "student story", "studentberättelse", "alumnitarina", "alumni story", "asiakastarina",
    "customer story", "kundberättelse", "ilmoitus", "notice", "meddelande", "lyhyesti", "in brief", "kort nyhet",
    "feature", "reportaasi", "reportage", "henkilökuva", "profile", "porträtt", "essee", "essay", "essä",
})
# A link to follow the site or get its newsletter: one of these words first, a channel's name in it
# (`Seuraa Laureaa Instagramissa`, `Subscribe to the Metropolia newsletter`).
FOLLOW_WORDS = ("follow ", "subscribe ", "sign up ", "seuraa ", "tilaa ", "följ ", "prenumerera ")
CHANNELS = (
    "instagram", "facebook", "twitter", "linkedin", "youtube", "tiktok", "newsletter", "uutiskirje", "nyhetsbrev",
    "social media", "somessa", "sosiaalisessa mediassa", "sociala medier", "tiedotteet", "tiedotteita", "releases", "pressmeddelanden",
    "rss",
)
SOCIAL_ENDINGS = ("on social media", "somessa", "sosiaalisessa mediassa", "i sociala medier")  # `Laurea somessa`
_DOMAIN = re.compile(r"(?:[\w-]++\.)++(?:fi|com|org|net|eu|se)")  # a site's name as its address: `Laurea.fi`
_URL = re.compile(r"(?:https?://|www\.)\S++|[\w-]++(?:\.[\w-]++)*\.(?:fi|com|org|net|eu|se)/\S*+")  # `3amk.fi/en/…` too
BREADCRUMB_LABELS = frozenset({"olet täällä", "olet tässä", "sijaintisi", "you are here", "du är här"})
TAB_LABELS = frozenset({"ensisijaiset välilehdet", "toissijaiset välilehdet", "primary tabs", "secondary tabs"})
TABS = frozenset({
    "näytä", "näytä(aktiivinen välilehti)", "näytä (aktiivinen välilehti)", "view", "view(active tab)", "view (active tab)",
    "muokkaa", "edit", "versiot", "revisions", "visa", "redigera",
})
READ_MORE = frozenset({
    "read more", "lue lisää", "läs mer", "continue reading", "jatka lukemista", "lue koko uutinen", "lue koko juttu",
    "read the full story", "read full story", "läs hela nyheten", "read the story", "lue juttu", "lue artikkeli", "lue koko artikkeli",
    "läs artikeln", "läs hela artikeln", "läs reportaget", "lue reportaasi", "read the feature", "read the article",
})
RELATED_PREFIXES = (
    "latest from ", "more from ", "more news from ", "latest news from ", "latest press releases from ", "latest releases from ",
    "more press releases from ", "uusimmat uutiset ", "uusimmat tiedotteet ", "senaste från ", "senaste pressmeddelanden från ",
)
# A heading with its count: `Comments (2)`, or a count of comments: `3 comments`, `5 kommenttia`.
_COUNTED = re.compile(r"(?P<heading>[^\d()]{1,40}) \(\d{1,5}\)|\d{1,5} (?:comments?|kommentti[a]?|kommentarer|kommentar|responses?|vastausta?)")
# A listing's count of what it shows, or its page (`Näytetään 1–10 / 124 tulosta`, `12 results`, `Sivu 1 / 15`), the query after it or not.
_COUNT_OR_PAGE = re.compile(
    r"(?:(?:näytetään|showing|visar) \d[\d–-]*+ ?(?:/|of|av) ?\d++(?: [^\d\s]++)?"
    r"|(?:näytetään|showing|visar) \d{1,6} (?:tulosta|results?|träffar|hits|työpaikkaa|uutista|jobs|items|nyheter)"
    r"|\d{1,6} (?:results?|tulosta|tulos|hakutulosta|träffar|hits|uutista|news items?|osumaa)"
    r"|(?:sivu|page|sida) \d{1,4} ?(?:/|of|av|,) ?\d{1,4}"
    r"|(?:haulla|hakusanalla) .{1,40} löytyi \d{1,6} (?:tulosta|osumaa|hakutulosta)"  # a search's count: `Haulla "3AMK" löytyi 57 tulosta`
    r"|löytyi \d{1,6} (?:tulosta|osumaa|hakutulosta)|din sökning .{1,40} gav \d{1,6} träffar)"
    r"(?: (?:for|för|haulle|hakusanalla|hakusanoilla) .{1,40})?"  # the query after a count (`23 results for "3AMK"`)
)
PAGER_WORDS = frozenset({"edellinen", "seuraava", "previous", "next", "prev", "föregående", "nästa", "…", "...", "«", "»", "‹", "›", "<", ">"})
_COUNT_OR_PAGER_STARTS = ("näytetään", "showing", "visar", "sivu ", "page ", "sida ", "haulla ", "hakusanalla ", "löytyi ", "din sökning ", *PAGER_WORDS)
_COUNT_OR_PAGER_FIRST = frozenset("0123456789") | frozenset(start[0] for start in _COUNT_OR_PAGER_STARTS)
_NUMBER_WORDS = ("one ", "two ", "three ", "four ", "five ", "six ")
MAIL_ADDRESS_LABELS = ("from:", "to:", "cc:", "lähettäjä:", "vastaanottaja:", "kopio:", "från:", "till:", "kopia:")
MAIL_TIME_LABELS = ("sent:", "lähetetty:", "skickat:")
# A document's page number alone (`3`, `- 3 -`, `2 (12)`), or its header in columns: runs of
# spaces between the parts, the page and pages last (`Laurea-ammattikorkeakoulu Oy    PÖYTÄKIRJA    1 (2)`).
_MONTHS = frozenset(_MONTHS_LIST.split())
_CHROME_STARTS = (  # how a key of `is_chrome` may begin, digits and `-` aside
    *(notice.casefold() for notice in ARCHIVE_NOTICES), "tulostettu", "printed", "utskriven", *_MONTHS, *MAIL_ADDRESS_LABELS,
    *MAIL_TIME_LABELS, "gmail - ", "begin forwarded message",
)
_PAGE_NUMBER = re.compile(r"-? ?\d{1,3} ?-?|\d{1,3} \(\d{1,3}\)")  # not a year: `2019` alone may be a filter's link
_DOCUMENT_HEADER = re.compile(r"\S {3,}+\S.* {3,}+\d{1,4} ?\(\d{1,4}\)$")
_REPLIES = re.compile(r"(?:\d{1,5}|one|two|three|four|five|six) (?:thoughts?|responses?|replies|comments?) (?:on|to) [“\"'‘«]")
_FIRST_STEP = re.compile(r"[^»›>/]*+")  # a trail's first step, up to its first mark: `etusivu` of `etusivu » uutiset`
HOME_WORDS = frozenset({"etusivu", "home", "koti", "start", "frontpage", "front page", "hem", "startsida", "startsidan", "framsida", "framsidan"})
# A blog's own pages in its menu beside the home link (`Home` / `About` / `Contact`): over a post, no title.
BLOG_MENU = frozenset({
    "about", "about us", "about me", "about the blog", "contact", "contact us", "authors", "writers", "archive", "archives",
    "tietoa blogista", "tietoja minusta", "tietoa meistä", "keitä me olemme", "yhteystiedot", "ota yhteyttä", "kirjoittajat",
    "arkisto", "blogista", "om bloggen", "om oss", "om mig", "kontakt", "skribenter", "arkiv",
})
BLOG_MENU_ITEMS = 8  # units: the most of a blog's menu under its home link, and of its header over that
# The sites' menus for their readers, where a trail may start too (`Hakijalle > Yhteishaku`).
AUDIENCES = frozenset({
    "hakijalle", "opiskelijalle", "yrityksille", "yrityksille ja yhteisöille", "henkilöstölle", "applicants",
    "för sökande", "för studerande",
})
_ISSUE = re.compile(r"\d{1,2}/\d{4}")  # a magazine's issue: `1/2019`
SEASONS = frozenset({"kevät", "kesä", "syksy", "talvi", "spring", "summer", "autumn", "fall", "winter", "vår", "sommar", "höst", "vinter"})
MAGAZINE_ENDINGS = ("lehti", " journal", " magazine", "tidning", "tidningen", "blogi", "blogg", " blog", "verkkomedia")  # a masthead's tagline: `…verkkolehti`, `…vaihtoblogi`
_LINK_MARKS = " []().…->»›→«‹←<"  # what a link's label may stand between: `[Read more]`, `« Back`, `Read more ->`
# A cookie banner's buttons: navigation, which makes the lines about cookies right above them
# (blank lines aside) and right below them navigation too (`mark_furniture`).
CONSENT_BUTTONS = frozenset({
    "hyväksy", "hyväksy kaikki", "hyväksy kaikki evästeet", "hyväksy evästeet", "hyväksy valitut", "hylkää",
    "hylkää kaikki", "kiellä", "vain välttämättömät", "vain välttämättömät evästeet", "salli kaikki", "salli valitut",
    "evästeasetukset", "muokkaa evästeasetuksia", "accept", "accept all", "accept all cookies", "accept cookies",
    "allow all", "allow all cookies", "allow selection", "decline", "decline all", "reject", "reject all",
    "necessary only", "only necessary", "only necessary cookies", "use necessary cookies only", "cookie settings",
    "allow necessary only", "allow necessary", "allow only necessary", "allow only necessary cookies", "salli vain välttämättömät",
    "tillåt endast nödvändiga", "show details", "näytä tiedot", "visa detaljer",
    "manage cookies", "customize", "i agree", "godkänn", "godkänn alla", "acceptera alla", "avvisa", "neka",
    "endast nödvändiga", "inställningar för kakor", "got it", "got it!", "ok", "okay", "i accept", "i understand",
    "accept and close", "allow cookies", "hyväksyn", "hyväksy ja sulje", "salli evästeet", "ymmärrän", "jag godkänner",
    "acceptera", "tillåt alla", "jag förstår", "salli kaikki evästeet", "salli valinta", "käytä vain välttämättömiä evästeitä",
    "hyväksy ja jatka", "selvä", "selvä!", "allow selected", "accept selected", "accept necessary", "tillåt urval",
    "använd endast nödvändiga kakor", "hyväksy vain välttämättömät", "hyväksy vain välttämättömät evästeet",
    "hyväksy välttämättömät", "accept only necessary", "accept only necessary cookies", "accept necessary cookies",
    "only essential cookies", "accept essential cookies", "reject all cookies", "hylkää kaikki evästeet",
    "tillåt alla kakor", "endast nödvändiga kakor", "acceptera alla kakor", "godkänn alla kakor", "neka alla", "avvisa alla",
    "muokkaa asetuksia", "asetukset", "settings", "manage settings", "inställningar", "ändra inställningar", "show details",
    "näytä tiedot", "visa detaljer", "customise", "mukauta", "salli valinnat",
})
# A banner's link to more under its buttons (`More information`): no contact's label there.
CONSENT_LINKS = frozenset({
    "more information", "lisätietoja", "lisätiedot", "lisää tietoa", "lue lisää", "read more", "learn more", "mer information", "läs mer",
})
_COOKIE_WORDS = ("eväste", "cookie", "kakor", "privacy", "tietosuoja", "yksityisyy", "integritet")  # a banner's heading too
COOKIE_LONGEST = 400  # characters: a longer line is never part of a cookie banner
CONTACT_LABELS = frozenset({
    "lisätietoja", "further information", "more information", "contact", "yhteystiedot", "lisätiedot", "lisätietoja antaa",
    "lisätietoja antavat", "yhteyshenkilö", "yhteyshenkilöt", "contact person", "contact persons", "for more information",
    "kontaktperson", "mer information", "ytterligare information", "lisätietoa", "for more information, please contact",
    "for further information, please contact", "for more information contact", "kontakt", "kontaktuppgifter",
    "lisätietoja:", "further information and interviews", "lisätietoja medialle", "media contacts", "media contact",
    "mediayhteydet", "press contact", "press contacts", "presskontakt", "for further information", "mediakontakt",
})
TAG_PREFIXES = (
    "tags:", "tagit:", "avainsanat:", "asiasanat:", "aiheet:", "aihe:", "kategoriat:", "kategoria:", "categories:",
    "category:", "topics:", "teemat:", "taggar:", "ämnen:", "kategorier:", "tunnisteet:", "tunniste:", "luokat:",
    "luokka:", "nyckelord:", "etiketter:", "filed under",
)
# A phone number: "+358 …", or "puh." / "tel." / "p." as a word of its own before digits.
# The lookahead for a first character makes Python's re skip the other positions at once (2x).
# A phone number: `+358` or a label before digits (`puh.`, `tel:`, `tfn`); the lookahead for a first
# character lets `re` pass other places. A Finnish number alone (`040 123 4567`, `09 7424 5000`):
# its first `0` is a literal that `re` looks for at once.
_PHONE = re.compile(r"(?=[+ptgm])(?:\+358|(?<![^\W\d_])(?:puh|tel|tfn|gsm|phone|mob|p)\.?:?[ \t]{0,3}[+(0-9])")
_BARE_PHONE = re.compile(r"0(?<![\w.,/-]0)\d{1,2}[ -]\d{3,4}[ -]?\d{3,4}(?![\w.,/])")
BARE_PHONE_WORDS = 8  # the most words of a line that a number alone makes a contact line (not a sentence with one)
_SPACE = re.compile(r"\s")  # a white space character, as str.isspace tells them
TRAIL_MARKS = ("»", "›", " > ", " / ")  # what separates the steps of a breadcrumb trail
_STEP_MARK = re.compile("|".join(map(re.escape, TRAIL_MARKS)))  # to split a trail's key into its steps
CAPTION_PREFIXES = (
    "photo:", "photo by", "kuva:", "kuvat:", "kuvaaja:", "image:", "foto:",
    "text:", "teksti:", "kirjoittaja:", "author:", "written by",  # a byline: credits, like a photo's
    "photo credit:", "photo credits:", "fotograf:", "text och foto:", "text och bild:", "kuva ja teksti:", "teksti ja kuva:",
    "kuvaaja ja teksti:", "text and photo:", "text and photos:", "kirjoittajat:", "authors:", "teksti ja kuvat:",
    "kuvat ja teksti:", "text and images:", "författare:", "text och bilder:", "kuvituskuva:", "kuvitus:",
)
# Credits whose word may begin a headline too (`Photos: the gala`): a credit only when names follow.
BYLINE_PREFIXES = ("text", "teksti", "kirjoitta", "kuva ja teksti", "written by")  # a credit that may end in its date
NAMED_CREDIT_PREFIXES = ("photographer:", "photos:", "bild:", "valokuva:")
CREDIT_PREFIXES = frozenset({*CAPTION_PREFIXES, *NAMED_CREDIT_PREFIXES})
# A credit's word without its colon (`Foto Metropolia`, `Kuva Teemu Esimerkki`): names must follow.
# Not English's: its headlines capitalise every word (`Photo Contest Winners`).
BARE_CREDIT_WORDS = ("foto", "kuva", "kuvat", "kuvaaja", "valokuva", "bild")
CREDIT_WORDS = frozenset({*BARE_CREDIT_WORDS, "kuva:", "foto:", "bild:", "photo", "photo:", "by"})  # a credit in a line
BREADCRUMB_PREFIXES = tuple(f"{label}:" for label in BREADCRUMB_LABELS)
# A site's footer: the copyright line, and its address (a postal code and town, `00520
# Helsinki`, or a business ID, `2245475-5`), whose short lines right above it are the
# organisation and street (`mark_furniture`).
_COPYRIGHT = re.compile(r"(?:\(c\)|copyright)\s*+(?:\(c\)\s*+)?[0-9]{4}")  # `(c) 2019`, `Copyright 2019` (`©` anywhere)
RIGHTS = ("all rights reserved", "kaikki oikeudet pidätetään", "alla rättigheter förbehållna")
# In one search: a postal code and its town ending the line (`Ratapihantie 13, 00520 Helsinki`,
# `00079 Metropolia, Finland`; `is_address` wants the code first or after a comma), or a business ID's number (`2245475-5`, group `id`; its label is
# checked apart). The lookahead for a digit lets Python's re pass other positions at once.
_ADDRESS_NUMBER = re.compile(
    r"(?=[0-9])(?<!\d)(?<![\d-]-)[0-9]{5}(?:[ \t]++[A-ZÅÄÖ][\w-]*+(?:[ \t]++[A-ZÅÄÖ][\w-]*+)?(?:,[ \t]*+[A-Z][a-z]++)?[ \t]*+\Z"
    r"|[0-9]{2}(?P<id>-)[0-9](?![\d-]))"
)
_BUSINESS_LABEL = re.compile(r"(?:y-tunnus|business id|fo-nummer)\s*+:?\s*+\Z", re.IGNORECASE)
_LINK_SEPARATORS = str.maketrans("·•", "||")
_LINK_COUNT = re.compile(r" \(\d{1,6}\)")  # a filter's count of items: `Rajaa: Laurea (6) · …`
FILTER_LABELS = frozenset({"rajaa", "suodata", "rajaa hakua", "filter", "filter by", "filtrera", "avgränsa"})
_YEAR_LINK = re.compile(r"(?:19|20)\d\d|kaikki|all|alla")  # a year filter's links
ADDRESS_WORDS = 6  # the most words of a line of an address above its postal code


class Furniture(NamedTuple):
    """What one line is when it is furniture: its kind, the date a date line holds, and
    what the line below may be because of it ("trail", "tab", "tags")."""

    kind: str
    written: WrittenDate | None = None
    opens: str | None = None


# What a line is by its key alone: one dict lookup instead of one set after another (no
# key is in two of the sets, and no contact label starts as a trail, a breadcrumb or a
# caption does, so the order of the checks in `label_of` is kept)
_BY_KEY: dict[str, Furniture | str] = {
    **{k: Furniture("navigation") for k in NAVIGATION}, **{k: Furniture("read_more") for k in READ_MORE},
    **{k: Furniture("tab_label", opens="tab") for k in TAB_LABELS},
    **{k: Furniture("breadcrumb", opens="trail") for k in BREADCRUMB_LABELS}, **dict.fromkeys(CONTACT_LABELS, "contact_label"),
    **{k: Furniture("navigation") for k in RELATED_HEADINGS | COMMENT_HEADINGS}, **{k: Furniture("date_label") for k in DATE_LABELS},
    **{k: Furniture("navigation", opens="consent") for k in CONSENT_BUTTONS},
    **{k: Furniture("navigation", opens="capture" if k == "about this capture" else None) for k in ARCHIVE_TOOLBAR},
}


def lists_items(title: str) -> bool:
    """Whether a page of this title lists items (`Uutisarkisto`, `Tapahtumakalenteri`,
    `Category: Partnership`, `Hakutulokset: 3AMK`): a date on it is an item's."""
    k = key(title)
    return k in LISTING_TITLES or k.startswith(ARCHIVE_LABELS) or k.startswith(SEARCH_RESULTS)


def is_related_heading(k: str) -> bool:
    """A heading of related news (`Muita uutisia`, `« Previous post`, `Latest from the
    alliance`) or of comments, by its key."""
    if k in _HEADINGS or (k[:1] in _LINK_MARKS and k.strip(_LINK_MARKS) in _HEADINGS):
        return True
    if k.startswith(RELATED_PREFIXES) and len(k.split()) <= 6:
        return True
    if k.startswith("related ") and k.endswith((" news", " articles", " stories", " posts")) and len(k.split()) <= 4:
        return True  # `Related research news`
    first, _, rest = k.partition(" ")
    if first in RELATED_FIRST and rest and len(rest.split()) <= 2 and rest.rsplit(None, 1)[-1].startswith(RELATED_STEMS):
        return True  # `Uusimmat kolumnit`, `Muita blogikirjoituksia`, `More columns`, `Fler pressmeddelanden`
    if not (k[-1:] == ")" or k[:1].isdigit() or k[:1] in "otfs"):  # most lines: at once
        return False
    return _counted(k, _HEADINGS) or is_replies(k)


def is_prev_next(k: str) -> bool:
    """The heading of a link to the previous or next article, by its key (`‹ Edellinen uutinen`)."""
    return k.strip(_LINK_MARKS) in PREV_NEXT


def is_comments_heading(k: str) -> bool:
    """A heading of comments, by its key: one a post's own text never has (`Leave a reply`),
    one with its count (`Comments (2)`), a count of comments (`3 kommenttia`), or replies to
    the post (`One thought on “…”`)."""
    return k in COMMENT_HEADINGS or is_replies(k) or _counted(k, COMMENT_WORDS)


def last_step(line: str) -> str:
    """A trail's last step (`Etusivu › Ajankohtaista` gives `Ajankohtaista`), or the line when it has no step mark."""
    return min((line.rsplit(mark, 1)[-1] for mark in TRAIL_MARKS if mark in line), key=len, default=line).strip()


def is_section_year(line: str) -> bool:
    """A news section's label and a year (`Uutiset 2010`): a year's archive, or a kicker over its item."""
    words = line.split()
    return len(words) == 2 and key(words[0]) in NEWS_LABELS and len(words[1]) == 4 and words[1].isdecimal()


def is_comment_count(k: str) -> bool:
    """A count of comments, by its key (`5 Comments`, `Kommentit (2)`): a link in a post's meta line, or the comments' heading."""
    return _counted(k, COMMENT_WORDS)


def is_replies(k: str) -> bool:
    """Replies to a post, counted: `One thought on “…”`, `2 responses to “…”`."""
    return (k[:1].isdigit() or k.startswith(_NUMBER_WORDS)) and _REPLIES.match(k) is not None


def _counted(k: str, headings: frozenset[str]) -> bool:
    """One of `headings` with its count (`Comments (2)`), or a count of comments (`3 kommenttia`)."""
    if not (k.endswith(")") or k[:1].isdigit()):  # most lines: at once
        return False
    counted = _COUNTED.fullmatch(k)
    return counted is not None and (counted["heading"] is None or counted["heading"] in headings)


def is_archived(text: str) -> bool:
    """Whether a page is one an archive or a cache keeps, its toolbar's or notice's text in it."""
    return "apture" in text and (" captures\n" in text or "About this capture" in text) or "The Wayback Machine - " in text or "s cache of http" in text


def is_chrome(k: str, line: str) -> bool:
    """A line of what an archive, a mail or a document puts around the page, by its key (or,
    for a document's header in columns, as written): a web archive's notice or capture
    (`_CAPTURE`), a copied e-mail's header, a page number (`_PAGE_NUMBER`, `_DOCUMENT_HEADER`)."""
    first = k[:1]
    if first.isdigit() or first == "-":
        return _CAPTURE.fullmatch(k) is not None or _PAGE_NUMBER.fullmatch(k) is not None or is_mail_header(k)
    if k.startswith(_CHROME_STARTS):  # most lines: at once
        if line.startswith(ARCHIVE_NOTICES) or _CAPTURE.fullmatch(k) is not None or is_mail_header(k):
            return True
        if k in _MONTHS and line.isupper():  # the toolbar's month on a line of its own: `MAR`
            return True
    return k[-1:] == ")" and _DOCUMENT_HEADER.search(line) is not None


def is_mail_header(k: str) -> bool:
    """A copied e-mail's header: its sender or recipient with an address, its time sent
    (`From: A <a@example.com>`, `Lähetetty: tiistai 12. maaliskuuta 2019 10.15`), a
    forwarded message's mark, Gmail's print header."""
    if k.startswith(MAIL_ADDRESS_LABELS):
        return "@" in k
    if k.startswith(MAIL_TIME_LABELS):
        return any(c.isdigit() for c in k)
    return k.startswith(("---------- forwarded message", "gmail - ", "begin forwarded message"))


def is_count_or_pager(k: str) -> bool:
    """A listing's count of what it shows or its page (`_COUNT_OR_PAGE`), or its pager:
    numbers of pages, `Edellinen` and `Seuraava` or marks (`« Edellinen 1 2 3 … 12
    Seuraava »`), two numbers at least."""
    if k[:1] not in _COUNT_OR_PAGER_FIRST or not (k[:1].isdigit() or k.startswith(_COUNT_OR_PAGER_STARTS)):  # most lines: at once
        return False
    if _COUNT_OR_PAGE.fullmatch(k):
        return True
    words = k.split()
    return sum(w.isdigit() for w in words) >= 2 and all(w.isdigit() or w in PAGER_WORDS for w in words)


def is_consent_button(line: str) -> bool:
    """A cookie banner's button, by the keys `label_of` tells it by (`[Accept all]` too)."""
    found = keyed(_BY_KEY, key(line))
    return isinstance(found, Furniture) and found.opens == "consent"


def date_label_role(line: str) -> str | None:
    """The role a date's label alone on its line gives (`Päivitetty`, `Aika -`), by the
    keys `label_of` tells it by."""
    return keyed(DATE_LABELS, key(line))


def keyed(table: Mapping[str, T], k: str) -> T | None:
    """`table`'s value for key `k`, or for it without the marks a link stands between
    (`[Read more]`, `« Back`): the one lookup every label check makes."""
    return table.get(k) or table.get(k.strip(_LINK_MARKS))


def key(line: str) -> str:
    """A short line as compared with the label lists: case and spacing aside, without a
    trailing arrow or colon."""
    return " ".join(line.casefold().split()).rstrip(" »›→:")


def label_of(text: str, start: int, end: int) -> Furniture | str | None:
    """What a line is by itself: furniture, a label whose meaning depends on the next line
    ("contact_label"), or None for text. Menus, footers and labels repeat from page to page,
    so what a line's words make it is remembered (`_line_label`); only a date line's
    offsets are the page's."""
    if end - start > SHORT:
        return None
    found = _line_label(text[start:end])
    if isinstance(found, Furniture) and found.written is not None:  # offsets into the line: into the page
        w = found.written
        return Furniture(found.kind, WrittenDate(w.role, w.start + start, w.end + start, *w[3:]), found.opens)
    return found


@lru_cache(maxsize=1 << 13)
def _line_label(line: str) -> Furniture | str | None:
    """`label_of` for a line alone (a date's offsets into it)."""
    k = key(line)
    found = keyed(_BY_KEY, k)
    if found is not None:
        return found
    if k.startswith(BREADCRUMB_PREFIXES) or is_trail(line, k):
        return Furniture("breadcrumb")
    if k.startswith(NAVIGATION_PREFIXES) or is_site_name(k) or is_language_switch(k) or _DOMAIN.fullmatch(k) or READING_TIME.fullmatch(k):
        return Furniture("navigation")
    if is_follow_link(k) or is_related_heading(k) or is_count_or_pager(k) or is_chrome(k, line) or is_browser_link(k) or is_newsroom_header(line):
        return Furniture("navigation")
    if k.startswith(BYLINE_PREFIXES) and (written := read_date_line(line, 0, len(line))) is not None:
        return Furniture("date_line", written)  # a byline and its date (`Teksti: Anna Testaaja | 18.11.2016`)
    if k.startswith(CAPTION_PREFIXES) or (k.startswith(NAMED_CREDIT_PREFIXES) and is_names(line.split(":", 1)[1])):
        return Furniture("caption")
    if k.startswith(BARE_CREDIT_WORDS) and k.partition(" ")[0] in BARE_CREDIT_WORDS and is_names(line.strip().partition(" ")[2]):
        return Furniture("caption")
    if "©" in k or (k[:1] in "(c" and _COPYRIGHT.match(k)) or k.rstrip(".").endswith(RIGHTS):
        return Furniture("navigation")
    if (today := _TODAY.match(line)) is not None and read_date_line(line, today.end(), len(line)) is not None:
        return Furniture("navigation")  # the day the page was seen: `Tänään on keskiviikko 16.10.2019`
    written = read_date_line(line, 0, len(line))
    if written is not None:
        footer = written.role == "modified"  # SharePoint's "Modified 7/4/2016 1:41 PM" (or "Muokattu …"), then its tags
        return Furniture("date_line", written, "tags" if footer else None)
    if k.startswith(TAG_PREFIXES) or (k.startswith("posted in ") and " tagged " in k) or is_hashtags(k):  # `Posted in Blog | Tagged Laurea`
        return Furniture("tags")
    if is_credit_ending(line):
        return Furniture("caption")
    if line.startswith(ARROWS_BEFORE) or line.endswith(ARROWS_AFTER) or is_tab_row(k) or is_spaced_menu(line):
        return Furniture("navigation")
    return Furniture("navigation") if is_link_row(k) else None


def is_tag_line(line: str) -> bool:
    """Whether a line may be tags: a few words (`Laurea`, `Opiskelu ja opetus`), or a list
    (`Haaga-Helia; Laurea; Metropolia`); not a headline (`Haaga-Helia käynnistää kansallisen …`)."""
    return len(line.split()) <= TAG_WORDS or ";" in line or "," in line


def is_hashtags(k: str) -> bool:
    """A line of hashtags only, three or more (`#kestäväkehitys #opiskelu #kampus`): tags."""
    return k[:1] == "#" and k.count("#") >= 3 and all(word[:1] == "#" and len(word) > 1 for word in k.split())


def is_credit_ending(line: str) -> bool:
    """A caption whose last sentence is its credit (`The rectors signed it in Pasila. Image: 3AMK`)."""
    head, dot, credit = line.rpartition(". ")
    if not dot or not head:
        return False
    word, colon, names = credit.partition(":")
    return bool(colon) and f"{word.casefold()}:" in CREDIT_PREFIXES and is_names(names)


def is_spaced_menu(line: str) -> bool:
    """A menu's links on one line: runs of spaces or bars between them (`Hakijoille    Opiskelijoille
    Tutkimus ja kehitys`, `Admissions | Studies | Research`), three or more, each of a word to
    four, capitalised, no number, that ends no sentence; or two of the readers' menu words first (`Hakijalle
    Opiskelijalle Yrityksille …`)."""
    words = line.casefold().split(None, 2)
    if len(words) >= 2 and words[0] != words[1] and words[0] in AUDIENCES and words[1] in AUDIENCES:
        return True
    if "  " not in line and "\t" not in line and " | " not in line:
        return False
    items = [item.strip() for item in _SPACES.split(line.strip())]
    return len(items) >= 3 and all(
        item[:1].isupper() and len(item.split()) <= 4 and item[-1] not in ".!?:," and not any(c.isdigit() for c in item) for item in items
    )


def menu_links(block: str) -> list[str]:
    """The keys of a menu's links: one a line, or parted on a line by runs of spaces or bars (`is_spaced_menu`)."""
    return [key(item) for line in block.split("\n") for item in _SPACES.split(line.strip())]


def is_tab_row(k: str) -> bool:
    """A row of a site's sections as tabs (`Uutiset / Tiedotteet / Blogit`): three or more, one
    of them a menu's word (`Tapahtumat / Evenemang / Events` may be a page's title in three languages)."""
    steps = k.split(" / ")
    return len(steps) >= 3 and all(step in NAVIGATION or step in SECTION_KICKERS for step in steps) and any(step in NAVIGATION for step in steps)


def is_names(part: str) -> bool:
    """A few capitalised words, perhaps separated by `/`, `&` or `,` (`Metropolia / Erik
    Ek`, `3AMK`): the names a credit gives."""
    words = part.replace("/", " ").replace("&", " ").replace(",", " ").split()
    return 1 <= len(words) <= 6 and all(word[0].isupper() or (word[0].isdigit() and word[1:2].isupper()) for word in words)


def is_site_name(k: str) -> bool:
    """The site's or a partner magazine's name as the whole line, perhaps in two languages
    or with the magazine's issue (`UAS Journal 1/2019`)."""
    if k in SITE_NAMES:
        return True
    if not k.startswith(_SITE_STARTS):  # most lines: at once
        return False
    for dash in (" – ", " - ", " | "):  # in two languages: `Metropolia Ammattikorkeakoulu – Metropolia University of …`
        if dash in k:
            return all(part in SITE_NAMES for part in k.split(dash))
    name, _, issue = k.rpartition(" ")
    return name in SITE_NAMES and _ISSUE.fullmatch(issue) is not None


def is_masthead(k: str) -> bool:
    """A magazine's name and issue (`LbD-lehti 2/2019`), an issue's season (`Kevät 2019`),
    or a one-word name that says it is a magazine (`LbD-lehti`), by its key: over a
    headline a masthead, not the title, though the reader does not know the magazine."""
    name, _, issue = k.rpartition(" ")
    if name in SEASONS and len(issue) == 4 and issue.isdigit():
        return True
    if k.endswith("lehti") and " " not in k:  # `LbD-lehti`
        return True
    return _ISSUE.fullmatch(issue) is not None and 1 <= len(name.split()) <= 3 and not any(c.isdigit() for c in name)


def is_url(line: str) -> bool:
    """A web address alone on its line: over the title, the page's own as the scraper wrote it."""
    return _URL.fullmatch(line) is not None


def is_browser_link(k: str) -> bool:
    """A newsletter's link to open it in a browser, a sentence of twelve words at most (`BROWSER_ENDINGS`)
    that asks to view it (`BROWSER_VERBS`), not a headline (`New online course teaches Finnish in your browser`)."""
    return len(k) <= 100 and k.rstrip(".!").endswith(BROWSER_ENDINGS) and len(k.split()) <= 12 and any(w.strip(",.?!") in BROWSER_VERBS for w in k.split())


def is_newsroom_header(line: str) -> bool:
    """A press service's header of a publisher's newsroom: the newsroom's word first or last
    beside the publisher's name (`Uutishuone: Laurea-ammattikorkeakoulu`, `Haaga-Helia | Newsroom`,
    `Metropolia Ammattikorkeakoulu – uutishuone`); the newsroom's own heading is under it."""
    k = key(line)
    if len(k) > 100 or not any(word in k for word in NEWSROOM_WORDS):  # most lines: at once
        return False
    parts = [part.strip() for part in line.replace(":", "|").replace(" – ", "|").replace(" - ", "|").split("|")]
    rooms = [part.casefold() in NEWSROOM_WORDS for part in parts]
    return len(parts) >= 2 and all(parts) and (rooms[0] or rooms[-1]) and all(is_publisher(part) for part, room in zip(parts, rooms) if not room)


def is_publisher(part: str) -> bool:
    """A publisher's name beside a newsroom's word, its words capitalised but small ones and an
    organisation's kind (`Haaga-Helia University of Applied Sciences`, `Metropolia ammattikorkeakoulu`),
    not a headline (`Uutishuone – opiskelijat tekevät …`)."""
    return all(w[0].isupper() or w[0].isdigit() or w in NAME_JOINS or w.endswith(ORGANISATION_ENDINGS) for w in part.split())


def is_follow_link(k: str) -> bool:
    """A link to follow the site on a channel or to get its newsletter (`Seuraa Laureaa
    Instagramissa`, `Follow Haaga-Helia`, `Laurea somessa`, `Subscribe to releases from
    Metropolia`); a title that begins with `Tilaa` or `Follow` names no channel nor the site."""
    if k.endswith(SOCIAL_ENDINGS) and k.split(" ", 1)[0] in SITE_NAMES:
        return True
    if not k.startswith(FOLLOW_WORDS):
        return False
    return any(channel in k for channel in CHANNELS) or is_site_name(k.split(" ", 1)[1]) or is_site_name(k.rpartition(" from ")[2])


def is_language_switch(k: str) -> bool:
    """Links to the site in other languages on one line: `FI EN SV`, `fi | en | sv`."""
    if k[:2] not in _CODE_STARTS:  # most lines: at once
        return False
    words = k.replace("|", " ").replace("/", " ").split()
    return len(words) >= 2 and all(word in LANGUAGE_CODES for word in words)


def is_link_row(k: str) -> bool:
    """Links of a footer, a menu or a filter on one line: `Tietosuoja | Saavutettavuus |
    Evästeet`, `Haaga-Helia · Laurea · Metropolia`, three or more of a word to three, no
    number among them but a count (`Rajaa: Laurea (6) · Metropolia (2) · …`), or years
    (`2021 | 2020 | 2019`, `Vuosi: 2021 | 2020 | 2019`); a label before them or not; two
    when both are the site's own links (`Text version | Sitemap`; others are `page.above_headline`'s to tell)."""
    marks = k.count("|") + k.count("·") + k.count("•")
    if marks == 1:  # two links: both the site's own (`Text version | Sitemap`)
        return all(part.strip() in NAVIGATION for part in k.translate(_LINK_SEPARATORS).split("|"))
    if marks < 2:  # most lines: at once
        return False
    label, colon, rest = k.translate(_LINK_SEPARATORS).partition(": ")
    k = rest if colon and len(label.split()) <= 2 else label + colon + rest
    parts = [(_LINK_COUNT.sub("", part) if label in FILTER_LABELS else part).split() for part in k.split("|")]
    if all(len(words) == 1 and _YEAR_LINK.fullmatch(words[0]) for words in parts):
        return True
    return all(1 <= len(words) <= 3 and not any(c.isdigit() for c in "".join(words)) for words in parts)


def is_contact(line: str) -> bool:
    """A short line with an e-mail address or a phone number."""
    if len(line) > CONTACT_LONGEST or len(line.split()) > 15:
        return False
    if ("@" in line and "." in line.split("@", 1)[1]) or _PHONE.search(line.lower()) is not None:
        return True
    return "0" in line and len(line.split()) <= BARE_PHONE_WORDS and line[-1] not in ".!?" and _BARE_PHONE.search(line) is not None


def is_address(line: str) -> bool:
    """A short line of a postal address: a postal code and its town ending it, the code
    first or after a comma, or a business ID under its label (`Y-tunnus 2245475-5`); or a
    footer's row with one among its parts (`Laurea-ammattikorkeakoulu Oy | Ratatie 22,
    01300 Vantaa | www.laurea.fi`)."""
    if "|" in line and len(line) <= SHORT:
        return any(is_address(part.strip()) for part in line.split("|"))
    number = _ADDRESS_NUMBER.search(line) if len(line) <= SHORT else None
    if number is None:
        return False
    if number["id"] is None:  # the code first, or after the street and a comma: a headline's `Attracts 12000 Visitors` is none
        before = line[: number.start()].removesuffix("FI-").removesuffix("FIN-").rstrip()  # `FI-00079 Metropolia`
        return not before or before[-1] == ","
    return _BUSINESS_LABEL.search(line, 0, number.start()) is not None


def is_address_above(line: str) -> bool:
    """A line that may stand right above an address's postal code: the organisation, a
    street, a PO box; a few words that end no sentence."""
    return len(line) <= SHORT and len(line.split()) <= ADDRESS_WORDS and line[-1] not in ".!?"


def is_contact_alone(line: str) -> bool:
    """A contact line that is an address or a number with its label at most, no sentence
    (`maija@laurea.fi`, `puh. 040 123 4567`; not `Ilmoittaudu osoitteeseen x@laurea.fi.`)."""
    return len(line.split()) <= 6 and line[-1] not in ".!?"


def is_contact_above(line: str) -> bool:
    """A line that may stand right above an e-mail address or a phone number: a heading of
    a word to three (`Project team`), or a name, a title and an organisation, most of its
    words capitalised (`Project manager Emma Ek, Haaga-Helia`), that ends no sentence and
    is no label's value (`Paikka: Laurea Leppävaara`); a line of running text is the text's."""
    words = line.split()
    if len(words) > 9 or line[-1] in ".!?:" or ": " in line or line[0].isdigit():  # `10.15 Avaus`: a programme's row
        return False
    return len(words) <= 3 or 2 * sum(word[0].isupper() for word in words) > len(words)


def is_about_cookies(line: str) -> bool:
    """A line short enough for a cookie banner that speaks of cookies or privacy."""
    if len(line) > COOKIE_LONGEST:
        return False
    folded = line.casefold()
    return any(word in folded for word in _COOKIE_WORDS)


def is_glued_tags(line: str) -> bool:
    """Words glued by a lower-to-upper case change, without a space (`Haaga-HeliaMetropolia`);
    not an address."""
    if len(line) > SHORT or _SPACE.search(line) or "/" in line or "www." in line:
        return False
    return any(a.islower() and b.isupper() for a, b in zip(line, line[1:]))


def is_trail(line: str, k: str) -> bool:
    """A breadcrumb trail: `Etusivu » Uutiset » Otsikko`, starting at home, at a menu for readers
    (`Hakijalle > Yhteishaku`, not with slashes), or at a news section, or of three
    steps or more starting at the site (`Laurea > Ajankohtaista > Otsikko`) or at any name and ending at a
    news section (`Esbo › Aktuellt › Nyheter`), or of two ending at a news section (`Laurea > News`; `Laurea / Metropolia` is none)."""
    if not ("»" in line or "›" in line or " > " in line or " / " in line):  # TRAIL_MARKS; most lines: at once
        return False
    first = _FIRST_STEP.match(k).group().strip()
    if first in HOME_WORDS or (first in AUDIENCES and " / " not in line and "?" not in line and "!" not in line):
        return True
    marks = sum(line.count(mark) for mark in TRAIL_MARKS)
    if (first in SECTION_LABELS or first in SECTION_KICKERS) and marks == 1:  # `Ajankohtaista / Blogit`, not `Blogi / Laurean opiskelijat Japanissa`
        last = _STEP_MARK.split(k)[-1].strip()
        return last in SECTION_LABELS or last in KICKERS
    last = _STEP_MARK.split(k)[-1].strip()
    if marks >= 2 and " / " not in line and last in SECTION_LABELS:
        return True  # any site's name first, ending at its news (`Esbo › Aktuellt › Nyheter`)
    site = first in _SITE_WORDS or _DOMAIN.fullmatch(first) is not None  # `Laurea > …`, `Espoo.fi > …`
    return site and (marks >= 2 or (marks == 1 and last in SECTION_LABELS))


def follows(above: Furniture | None, line: str) -> Furniture | None:
    """What a line is because of the furniture line right above it (no blank line
    between): the short lines of a trail after "Olet täällä" (not a caption), a tab after a tab label,
    a short tag line (`is_tag_line`, not a date) after a "Modified" footer, the lines of a contact block
    (a long one too: `Anna Example, Communications Director, Haaga-Helia University of …`), a cookie
    banner's lines about cookies and its link to more under its buttons."""
    opens = above and above.opens
    if not opens or len(line) > (CONTACT_LONGEST if opens in ("contact", "address", "capture") else SHORT):
        return None
    if opens == "capture":  # what the archive says of the capture (a long line too), up to a blank line
        return Furniture("navigation", opens="capture")
    if opens == "trail" and len(line.split()) <= 6 and not line.casefold().startswith(CAPTION_PREFIXES) and read_date_line(line, 0, len(line)) is None:
        return Furniture("breadcrumb", opens="trail")
    if opens == "tab" and key(line) in TABS:
        return Furniture("tab_label", opens="tab")
    if opens == "tags" and line[-1] not in ".!?" and is_tag_line(line) and read_date_line(line, 0, len(line)) is None:  # `Published …` under `Updated …`
        return Furniture("tags")
    if opens in ("contact", "address") and len(line.split()) <= 12 and (len(line) <= SHORT or line[-1] not in ".!?") and read_date_line(line, 0, len(line)) is None:
        return Furniture("contact", opens="contact")
    if opens in ("consent", "cookie") and (is_about_cookies(line) or key(line) in CONSENT_LINKS):
        return Furniture("navigation", opens="cookie")
    return None
