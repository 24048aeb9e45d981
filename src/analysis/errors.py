"""The library's exceptions (bad data, naming the file and row or line; failed reports)
and the one list of every finding code a load can record."""


class CorpusError(Exception):
    """A corpus folder, page or reference table that cannot be used as it is."""


class ReportError(Exception):
    """A notebook cell failed; the message names the notebook, the cell and the error."""


class OutputError(Exception):
    """An output folder that cannot be written, or would cover a corpus's own files."""


# code -> (severity, meaning); partnership_data/README.md shows the same table (a test checks).
FINDINGS: dict[str, tuple[str, str]] = {
    "empty_file": ("error", 'the page file is empty; rejected'),
    "nul_bytes": ("error", 'the file holds NUL bytes (binary, UTF-16, …); rejected'),
    "file_too_large": ("error", 'the file is over the size limit; rejected (its size is checked before it is read)'),
    "unreadable_file": ("error", 'the file cannot be opened or read (permission, I/O error, a symlink loop or a dangling link); the load goes on'),
    "not_a_file": ("error", 'a `.txt` name that is no regular file (a folder, a FIFO, a socket, a device); never read'),
    "missing_title": ("error", 'the page has no title line'),
    "invalid_timestamp": ("error", 'a listing timestamp is not a real time (`2016-13-45T25:00:00Z`, `2016-02-30T…`)'),
    "unclosed_img_tag": ("error", 'an `<img` without its closing `>`; the text before it is still read'),
    "invalid_date": ("error", 'a date line that is no real date (`31.2.2016`, `13:75`); no date is taken'),
    "missing_timestamp": ("warning", 'a listing item has no timestamp'),
    "missing_url_fragment": ("warning", 'a listing item has no URL fragment, so no URL'),
    "title_repeat_mismatch": ("warning", 'the title after the image does not begin the item; the title was split off by the slug'),
    "declared_count_mismatch": ("warning", 'the text announces N projects but lists another number'),
    "conflicting_sighting": ("warning", 'a news item listed again with another timestamp or fragment; the first sighting is kept'),
    "no_date": ("warning", 'an article page shows no publication date (the message says when a modified date was found)'),
    "ambiguous_date": ("warning", 'a slashed date whose day and month cannot be told apart on a page of unknown layout, or written with a leading zero where the layout\'s order is SharePoint\'s; no date is taken'),
    "error_page": ("warning", 'the whole title is an error or log-in message, a code, the message or both (`404 – Sivua ei löytynyt`, `Error 404`, `Access denied`; `404 students graduated` is a headline): the page is no article and gives no news item'),
    "navigation_title": ("warning", 'only navigation stands where the title would be; the page gets no title'),
    "missing_page": ("warning", 'pages.csv lists a file that is not in pages/ (the finding\'s doc_id is the listed file\'s stem)'),
    "not_utf8": ("warning", 'the file is not valid UTF-8 and was decoded as cp1252'),
    "mojibake_repaired": ("warning", 'doubly decoded UTF-8 was repaired'),
    "image_without_src": ("warning", 'an `<img>` tag without a src'),
    "unparsed_text": ("warning", 'text the parser could not place (its span says where)'),
    "markup": ("warning", 'lines of HTML markup or code the scraper left (tags and comments alone, a head element such as `<title>`, JSON-LD, a `<script>` or `<style>` element) are no text: units of kind `markup`'),
    "unverified_url_fragment": ("info", 'the slug rebuilt from the title does not end with the fragment; no URL is given'),
    "image_without_alt": ("info", 'an `<img>` tag without an alt attribute (`alt=""` is fine)'),
    "normalized_nfc": ("info", 'the text was not in Unicode NFC and was normalised'),
    "hidden_marks": ("info", 'invisible marks (a soft hyphen, a zero-width space or joiner) stand inside words; the text keeps them, so a name written with one is not found'),
    "cr_line_ends": ("info", 'lines end in a carriage return alone (an old Mac file), read as line ends: each becomes a line feed in the text'),
    "unplaced_date": ("info", 'a date line neither under the title nor in a teaser (an event, another item\'s date, a date under a heading of related news): no date is taken from it'),
    "unread_date": ("info", 'a short line with a date the reader cannot read (two dates, words around it), or a line of up to 120 characters that a date label opens; no date is taken'),
    "unclear_time": ("info", 'a local time that does not exist or occurs twice that day (the clocks changed); only the day is kept'),
    "unknown_layout": ("info", 'the page is in none of the layouts the reader knows (see Layouts)'),
    "not_in_manifest": ("info", 'the page file has no row in pages.csv'),
    "not_a_page": ("warning", 'entries of pages/ not named `*.txt` (`a.TXT`, `b.html`; hidden ones such as `.DS_Store` aside) were not read; a finding about the corpus, put on its first page'),
    "cache_corrupt": ("info", 'a file of the cache was not as written (its checksum failed), so what it held was read or built again; a finding about the corpus, put on its first page'),
}
