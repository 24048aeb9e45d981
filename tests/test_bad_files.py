"""Bad files, bad folders and bad reference tables: clear errors or findings, nothing lost."""

import filecmp
import io
import os
import unicodedata
import subprocess
import sys

import pandas as pd
import pytest

import analysis
from analysis import CorpusError
from analysis.present.cli import main
from analysis.read.decode import decode_page

PAGE = "Yrittäjyys title\n\nSub\n\nText with Laurea.\n"


def load(root, **kwargs):
    corpus = analysis.load_corpus(root, **kwargs)
    for u in corpus.units.itertuples():  # offsets always refer to the decoded text
        assert corpus.text(u.doc_id)[u.start : u.end] == u.text
    return corpus


def codes(corpus, doc_id):
    q = corpus.quality
    return sorted(q.loc[q["doc_id"] == doc_id, "code"])


def write(root, name, data: bytes):
    (root / "pages").mkdir(exist_ok=True)
    (root / "pages" / name).write_bytes(data)


def test_bom_crlf_and_lf_read_alike(tmp_path):
    write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + PAGE.encode())
    write(tmp_path, "crlf.txt", PAGE.replace("\n", "\r\n").encode())
    write(tmp_path, "lf.txt", PAGE.encode())
    corpus = load(tmp_path)
    texts = corpus.units.groupby("doc_id")["text"].apply(list).to_dict()
    assert texts["bom"] == texts["crlf"] == texts["lf"] == ["Yrittäjyys title", "Sub", "Text with Laurea."]
    assert corpus.documents.set_index("doc_id")["encoding"].to_dict() == {"bom": "utf-8-sig", "crlf": "utf-8", "lf": "utf-8"}
    assert corpus.text("bom").startswith("Yrittäjyys")  # the BOM is not part of the text


def test_invalid_utf8_falls_back_to_cp1252(tmp_path):
    write(tmp_path, "a.txt", PAGE.encode("cp1252"))
    corpus = load(tmp_path)
    assert corpus.documents.loc[0, "title"] == "Yrittäjyys title"
    assert codes(corpus, "a") == ["no_date", "not_utf8", "unknown_layout"]  # no pages.csv: no manifest finding


def test_mojibake_is_repaired_with_a_finding(tmp_path):
    write(tmp_path, "a.txt", PAGE.encode("utf-8").decode("cp1252").encode("utf-8"))  # "YrittÃ¤jyys"
    corpus = load(tmp_path)
    assert corpus.documents.loc[0, "title"] == "Yrittäjyys title"
    assert "mojibake_repaired" in codes(corpus, "a")


def test_text_is_nfc_normalised_before_matching(tmp_path):
    decomposed = "Laurea\u0308 and Yritta\u0308jyys\n"  # a + combining diaeresis
    write(tmp_path, "a.txt", decomposed.encode())
    text, _, findings = decode_page(decomposed.encode())
    assert text == "Laureä and Yrittäjyys\n"
    assert [f.code for f in findings] == ["normalized_nfc"]
    corpus = load(tmp_path)
    assert corpus.documents.loc[0, "n_chars"] == len(text)


def test_lines_ended_by_a_carriage_return_alone_are_lines_with_a_finding(tmp_path):
    lf_page = "Yrittäjyys title\n\n12.5.2016\n\nLaurea ja Metropolia aloittavat yhteisen hankkeen.\n"
    write(tmp_path, "mac.txt", lf_page.replace("\n", "\r").encode())
    write(tmp_path, "unix.txt", lf_page.encode())
    corpus = load(tmp_path)
    mac, unix = (corpus.documents.set_index("doc_id").loc[name] for name in ("mac", "unix"))
    assert (mac["title"], str(mac["published_date"])) == (unix["title"], str(unix["published_date"])) == ("Yrittäjyys title", "2016-05-12")
    assert corpus.text("mac") == lf_page  # the same length: every offset stays
    found = corpus.quality[corpus.quality["code"] == "cr_line_ends"]
    assert found[["doc_id", "severity", "message"]].values.tolist() == [["mac", "info", "5 carriage returns without a line feed were read as line ends"]]
    text, _, findings = decode_page(b"a\r\nb\rc\r\n")  # CRLF ends stay as they are
    assert (text, [f.code for f in findings]) == ("a\r\nb\nc\r\n", ["cr_line_ends"])


@pytest.mark.parametrize(
    "data, code",
    [(b"", "empty_file"), (b"Title\x00\x01binary", "nul_bytes"), (b"x" * 101, "file_too_large")],
)
def test_rejected_files_are_findings_and_the_load_goes_on(tmp_path, data, code):
    write(tmp_path, "bad.txt", data)
    write(tmp_path, "good.txt", PAGE.encode())
    corpus = load(tmp_path, max_bytes=100)
    assert corpus.documents["doc_id"].tolist() == ["bad", "good"]  # the bad file is still listed
    bad = corpus.documents.iloc[0]
    assert pd.isna(bad["encoding"]) and bad["n_chars"] == 0
    (row,) = corpus.quality[corpus.quality["code"] == code].itertuples()
    assert row.severity == "error" and row.doc_id == "bad"
    assert corpus.documents.loc[1, "title"] == "Yrittäjyys title"


def test_default_size_limit_is_twenty_megabytes():
    text, encoding, findings = decode_page(b"a" * 20_000_001)
    assert (text, encoding, [f.code for f in findings]) == ("", None, ["file_too_large"])
    assert decode_page(b"a" * 1000)[1] == "utf-8"


BROKEN = 'Title\n\nSub\n\nBad, bad,-bad.aspx2016-13-45T25:00:00Z<img alt="" src="/a.jpg" />Bad, bad\n'


def test_strict_mode_names_file_line_and_column(tmp_path):
    write(tmp_path, "a.txt", PAGE.encode())
    write(tmp_path, "b.txt", BROKEN.encode())
    assert len(load(tmp_path).documents) == 2  # not strict: loads, with the error as a finding
    with pytest.raises(CorpusError, match=r"^pages/b.txt:5:19: invalid_timestamp: impossible timestamp '2016-13-45T25:00:00Z'"):
        analysis.load_corpus(tmp_path, strict=True)


def test_strict_mode_on_a_rejected_file_names_the_file(tmp_path):
    write(tmp_path, "a.txt", b"")
    with pytest.raises(CorpusError, match=r"^pages/a.txt: empty_file: the file is empty"):
        analysis.load_corpus(tmp_path, strict=True)


def test_quality_rows_carry_line_and_column(tmp_path):
    write(tmp_path, "b.txt", BROKEN.encode())
    (tmp_path / "pages.csv").write_text("file,source_url,publisher,language,news_base_url\nother.txt,,,,\n", encoding="utf-8")
    q = load(tmp_path).quality.set_index("code")
    assert (q.loc["invalid_timestamp", "line"], q.loc["invalid_timestamp", "column"]) == (5, 19)
    assert pd.isna(q.loc["not_in_manifest", "line"])


def run_validate(*args):
    return subprocess.run([sys.executable, "-m", "analysis", "validate", *args], capture_output=True, text=True)


def test_validate_exit_codes_and_grouped_output(tmp_path):
    ok = run_validate()
    assert ok.returncode == 0
    assert "pages/000_36f8903d6715eed6.txt\n  warning (3)\n" in ok.stdout
    assert "        -  no_date: the article shows no publication date\n" in ok.stdout
    assert "1 files checked, 1 with findings: 0 errors, 3 warnings, 0 info" in ok.stdout
    assert ok.stdout.endswith("publication dates per layout:\n  laurea_sharepoint: 0 of 1 pages dated\n")

    write(tmp_path, "b.txt", BROKEN.encode())
    bad = run_validate("--data-dir", str(tmp_path))
    assert bad.returncode == 1
    assert "  error (1)\n        5:19  invalid_timestamp: impossible timestamp '2016-13-45T25:00:00Z'" in bad.stdout

    missing = run_validate("--data-dir", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "data folder not found" in missing.stderr
    (tmp_path / "empty" / "pages").mkdir(parents=True)
    empty = run_validate("--data-dir", str(tmp_path / "empty"))
    assert empty.returncode == 2 and "no pages" in empty.stderr
    assert run_validate("--bogus").returncode == 2


INSTITUTIONS = "institution_id,name,name_fi,short_name,city,website,institution_code,aliases\n"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("institutions.csv", INSTITUTIONS + "x,X,X,X,X,x.fi,2629,X\n", r"row 2, column institution_code: '2629' is not a five-digit"),
        ("institutions.csv", INSTITUTIONS + "x,X,X,X,X,http://x.fi,02629,X\n", r"row 2, column website: 'http://x.fi' is not a domain"),
        ("institutions.csv", INSTITUTIONS + ",X,X,X,X,x.fi,02629,X\n", r"row 2, column institution_id: empty"),
        ("pages.csv", "file,source_url,publisher,language,news_base_url\na.txt,ftp://x,P,en,https://x/\n", r"row 2, column source_url: 'ftp://x' is not an http\(s\) address"),
        ("pages.csv", "file,source_url,publisher,language,news_base_url\na.txt,https://x,P,english,https://x/\n", r"row 2, column language: 'english'"),
        ("pages.csv", "file,source_url,publisher,language,news_base_url\na.txt,https://x,P,fi,https://x/\nb.txt,https://x,P,fn,https://x/\n", r"row 3, column language: 'fn' is not a two-letter ISO 639-1 code"),
        ("pages.csv", "file,source_url,publisher,language,news_base_url\na.txt,https://x,P,xx,https://x/\n", r"row 2, column language: 'xx' is not"),
        ("pages.csv", "file,source_url,publisher,language,news_base_url\na.txt,https://x,P,en,https://x\n", r"row 2, column news_base_url: 'https://x' is not an http\(s\) address ending in /"),
        ("pages.csv", "file,source_url,publisher,language,news_base_url\na.txt,https://x,P,en,https://x/\na.txt,https://y,P,en,https://x/\n", r"row 3, column file: duplicate 'a.txt'"),
        # one file in two Unicode forms (composed é, then e and a combining accent): unique as written, not as a file
        ("pages.csv", "file,source_url,publisher,language,news_base_url\ncaf\u00e9.txt,,,en,\ncafe\u0301.txt,,,en,\n", r"row 3, column file: 'cafe\u0301.txt' names the file of row 2"),
        # every row a field longer than the header (pandas then makes the first fields the index)
        ("pages.csv", "file,source_url,publisher,language,news_base_url\na.txt,https://x,P,en,https://x/,more\n", r"the rows have 6 fields and the header 5"),
        ("institutions.csv", "", r"missing column\(s\) institution_id"),  # not even a header
    ],
)
def test_bad_reference_tables_name_file_row_and_column(tmp_path, name, content, message):
    write(tmp_path, "a.txt", PAGE.encode())
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=rf"{name}: {message}"):
        analysis.load_corpus(tmp_path)


@pytest.mark.parametrize(
    "content, publisher",
    [("", None), ("  \n", None), ("file,source_url,publisher,language,news_base_url\n", None),
     ("file,source_url,publisher,language,news_base_url\na.txt,https://x,Laurea,fi,,\n", "Laurea")],  # a comma ending each row
)
def test_an_empty_pages_csv_is_no_manifest_and_a_comma_ending_each_row_is_read(tmp_path, content, publisher):
    write(tmp_path, "a.txt", PAGE.encode())
    (tmp_path / "pages.csv").write_text(content, encoding="utf-8")
    got = analysis.load_corpus(tmp_path, cache=False).documents["publisher"].iloc[0]
    assert (None if pd.isna(got) else got) == publisher


def test_loading_twice_gives_identical_tables_and_csv_bytes(tmp_path):
    first, second = analysis.load_corpus(), analysis.load_corpus()
    for name, table in first.tables().items():
        pd.testing.assert_frame_equal(table, second.tables()[name])
    assert main(["tables", "--out", str(tmp_path / "a")]) == 0
    assert main(["tables", "--out", str(tmp_path / "b")]) == 0
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    match, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert (len(match), mismatch, errors) == (len(analysis.Corpus.TABLES), [], [])


def _good_and(tmp_path, make):
    """A folder with one good page and whatever `make(pages_dir)` adds; its corpus."""
    write(tmp_path, "good.txt", PAGE.encode())
    make(tmp_path / "pages")
    return load(tmp_path)


def _finding(corpus, code):
    (row,) = corpus.quality[corpus.quality["code"] == code].itertuples()
    return row


@pytest.mark.parametrize(
    "case, make, doc_id, code",
    [
        ("symlink loop", lambda d: os.symlink("loop.txt", d / "loop.txt"), "loop", "unreadable_file"),
        ("dangling link", lambda d: os.symlink("nowhere", d / "dangling.txt"), "dangling", "unreadable_file"),
        ("folder", lambda d: os.mkdir(d / "archive.txt"), "archive", "not_a_file"),
        ("fifo", lambda d: os.mkfifo(d / "fifo.txt"), "fifo", "not_a_file"),
        ("device", lambda d: os.symlink("/dev/zero", d / "zero.txt"), "zero", "not_a_file"),
        ("sparse 2 GB", lambda d: os.truncate(open(d / "huge.txt", "wb").name, 2 * 1024**3), "huge", "file_too_large"),
    ],
)
def test_a_file_that_cannot_be_read_is_an_error_finding_and_the_load_goes_on(tmp_path, case, make, doc_id, code):
    corpus = _good_and(tmp_path, make)
    assert corpus.documents["doc_id"].tolist() == sorted(["good", doc_id])
    assert corpus.documents.set_index("doc_id").loc["good", "title"] == "Yrittäjyys title"
    row = _finding(corpus, code)
    assert (row.doc_id, row.severity) == (doc_id, "error")
    assert corpus.documents.set_index("doc_id").loc[doc_id, "n_chars"] == 0


def test_a_file_is_judged_by_its_size_before_a_byte_is_read_and_read_no_further(tmp_path, monkeypatch):
    reads = []

    class Counted(io.FileIO):
        def read(self, size=-1):
            reads.append(size)
            return super().read(size)

    write(tmp_path, "big.txt", b"")
    os.truncate(tmp_path / "pages" / "big.txt", 50_000)
    write(tmp_path, "small.txt", PAGE.encode())
    monkeypatch.setattr("analysis.read.files.open", lambda fd, mode, closefd: Counted(fd, "rb", closefd=closefd), raising=False)
    corpus = analysis.load_corpus(tmp_path, max_bytes=10_000, cache=False)
    assert _finding(corpus, "file_too_large").message == "50,000 bytes, over the limit of 10,000"
    assert reads == [10_001]  # the small page alone, and no more than the limit and one byte


def test_permission_and_io_errors_are_findings(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", PAGE.encode())
    write(tmp_path, "secret.txt", PAGE.encode())
    write(tmp_path, "broken.txt", PAGE.encode())
    real_os_open = os.open

    def failing_open(path, flags, *args, **kwargs):
        name = os.path.basename(os.fsdecode(path))
        if name == "secret.txt":
            raise PermissionError(13, "Permission denied")  # root reads anything: the refusal is simulated
        if name == "broken.txt":
            raise OSError(5, "Input/output error")
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr("analysis.read.files.os.open", failing_open)
    corpus = analysis.load_corpus(tmp_path, cache=False)
    q = corpus.quality[corpus.quality["code"] == "unreadable_file"].set_index("doc_id")["message"].to_dict()
    assert q == {"broken": "cannot be opened: Input/output error", "secret": "cannot be opened: Permission denied"}
    assert corpus.documents.set_index("doc_id").loc["good", "title"] == "Yrittäjyys title"
    assert pd.isna(corpus.documents.set_index("doc_id").loc["secret", "sha256"])


def test_odd_file_names_are_stored_printable_and_matched_in_nfc(tmp_path):
    write(tmp_path, "good.txt", PAGE.encode())
    pages = os.fsencode(tmp_path / "pages")
    for raw in (b"caf\xe9.txt", b"line\nbreak.txt", "Yrittäjyys.txt".encode("utf-8")):
        with open(os.path.join(pages, raw), "wb") as f:
            f.write(PAGE.encode())
    nfd = unicodedata.normalize("NFD", "Hämeenlinna.txt")
    (tmp_path / "pages" / nfd).write_bytes(PAGE.encode())
    (tmp_path / "pages.csv").write_text(
        "file,source_url,publisher,language,news_base_url\n"
        "Hämeenlinna.txt,https://example.org/h,Someone,fi,https://example.org/\n"
        "gone.txt,https://example.org/g,Someone,fi,https://example.org/\n",
        encoding="utf-8",
    )
    corpus = load(tmp_path)
    docs = corpus.documents.set_index("doc_id")
    assert sorted(docs.index) == sorted(["good", "caf\\xe9", "line\\nbreak", "Yrittäjyys", "Hämeenlinna"])
    assert docs.loc["Hämeenlinna", "publisher"] == "Someone"  # the NFD name found its NFC row
    assert docs.loc["caf\\xe9", "path"] == "pages/caf\\xe9.txt"
    assert (docs["title"] == "Yrittäjyys title").all()  # every odd name was read
    row = _finding(corpus, "missing_page")
    assert (row.doc_id, row.severity, row.message) == ("gone", "warning", "gone.txt is listed in pages.csv but is not in pages/")
    assert main(["tables", "--data-dir", str(tmp_path), "--out", str(tmp_path / "out")]) == 0


def test_validate_exits_1_on_an_unreadable_page_not_a_crash(tmp_path):
    write(tmp_path, "good.txt", PAGE.encode())
    os.symlink("loop.txt", tmp_path / "pages" / "loop.txt")
    run = run_validate("--data-dir", str(tmp_path))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "unreadable_file: cannot be opened: Too many levels of symbolic links" in run.stdout


def test_a_file_that_could_not_be_read_is_tried_again_on_the_next_load(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", PAGE.encode())
    write(tmp_path, "flaky.txt", PAGE.encode())
    real_os_open = os.open

    def failing_open(path, flags, *args, **kwargs):
        if os.path.basename(os.fsdecode(path)) == "flaky.txt":
            raise OSError(5, "Input/output error")
        return real_os_open(path, flags, *args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr("analysis.read.files.os.open", failing_open)
        first = analysis.load_corpus(tmp_path, cache=True)
    assert "unreadable_file" in codes(first, "flaky")
    again = analysis.load_corpus(tmp_path, cache=True)  # the cache keeps good.txt, not flaky.txt's failure
    assert "unreadable_file" not in codes(again, "flaky")
    assert again.documents.set_index("doc_id").loc["flaky", "title"] == "Yrittäjyys title"


@pytest.mark.parametrize("name", ["Lau\u200brea", "Metro\u00adpolia", "Haaga\u200b-Helia", "Lau\u2060rea"])
def test_an_invisible_mark_inside_a_name_is_said(tmp_path, name):
    """The name is not found (the text keeps the mark, offsets stay), and a finding says why."""
    write(tmp_path, "a.txt", f"Yhteistyö syvenee\n\n12.3.2019\n\n{name} kehittää palveluja.\n".encode())
    corpus = load(tmp_path)
    row = corpus.quality.set_index("code").loc["hidden_marks"]
    assert row["severity"] == "info" and row["message"].startswith("1 invisible mark(s)")
    assert corpus.institutions["mentions_text"].sum() == 0


def test_invisible_marks_between_words_or_on_an_ascii_page_say_nothing():
    assert decode_page("Laurea \u200b ja Metropolia".encode())[2] == []
    assert decode_page(b"Laurea ja Metropolia")[2] == []


def test_entries_of_pages_not_named_txt_are_said_not_read(tmp_path):
    write(tmp_path, "a.txt", PAGE.encode())
    for name in ("B.TXT", "c.html", ".DS_Store"):
        (tmp_path / "pages" / name).write_bytes(PAGE.encode())
    corpus = load(tmp_path)
    assert list(corpus.documents["doc_id"]) == ["a"]
    row = corpus.quality.set_index("code").loc["not_a_page"]
    assert (row["doc_id"], row["severity"]) == ("a", "warning")
    assert row["message"] == "2 entries of pages/ not named *.txt were not read: 'B.TXT', 'c.html'"


def test_a_folder_of_txt_pages_alone_says_nothing_of_skipped_entries(tmp_path):
    write(tmp_path, "a.txt", PAGE.encode())
    assert "not_a_page" not in set(load(tmp_path).quality["code"])


def test_a_title_subtitle_and_alt_text_are_values_with_their_entities_unescaped(tmp_path):
    page = ('<img src="/a.jpg" alt="Haaga-Helia &amp; Laurea" />\n\nR&amp;D-yhteistyö &quot;3AMK&quot; syvenee\n\n'
            'Laurea &amp; Metropolia\n\n12.3.2019\n\nLaurea kehittää palveluja.\n')
    write(tmp_path, "a.txt", page.encode())
    corpus = load(tmp_path)
    doc = corpus.documents.iloc[0]
    assert (doc["title"], doc["subtitle"], doc["lead_image_alt"]) == (
        'R&D-yhteistyö "3AMK" syvenee', "Laurea & Metropolia", "Haaga-Helia & Laurea")
    assert corpus.news["title"].tolist() == [doc["title"]]  # the same title in both tables
    title = corpus.units[corpus.units["kind"] == "title"].iloc[0]
    assert title["text"] == "R&amp;D-yhteistyö &quot;3AMK&quot; syvenee"  # the units keep the text as written
