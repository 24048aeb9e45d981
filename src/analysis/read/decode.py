"""Page bytes -> the text every offset refers to, its encoding and findings."""

from __future__ import annotations

import re
import unicodedata

import ftfy
import ftfy.badness

from .records import Finding

MAX_BYTES = 20_000_000  # a page file larger than this is rejected (load_corpus(max_bytes=...))
_BOM = b"\xef\xbb\xbf"
_LONE_CR = re.compile(r"\r(?!\n)")  # a literal and one character of lookahead: linear
HIDDEN_MARKS = "\u00ad\u200b\u200c\u200d\u2060"  # soft hyphen, zero-width (non-)joiner and spaces, word joiner
_HIDDEN_IN_WORD = re.compile(rf"(?:(?<=[^\W\d_])|(?<=-))[{HIDDEN_MARKS}]++(?=[^\W\d_]|-)")  # `Lau\u200brea`, `Haaga\u200b-Helia`


def decode_page(raw: bytes, max_bytes: int = MAX_BYTES) -> tuple[str, str | None, list[Finding]]:
    """Bytes -> the text every offset refers to, its encoding and findings.

    UTF-8 (a BOM is dropped), else cp1252; double-decoded UTF-8 (mojibake) is repaired;
    the text is NFC-normalised; a carriage return without a line feed (an old Mac file's
    line end) becomes one, so that its lines are lines (the length, and so every offset,
    stays). An empty, oversized or binary file is rejected: "", no
    encoding and an error finding, and the load goes on.
    """
    if not raw:
        return "", None, [Finding("error", "empty_file", "the file is empty")]
    if len(raw) > max_bytes:
        return "", None, [Finding("error", "file_too_large", f"{len(raw):,} bytes, over the limit of {max_bytes:,}")]
    if b"\x00" in raw:
        return "", None, [Finding("error", "nul_bytes", f"a NUL byte at byte {raw.index(0)}: not a text page")]
    findings = []
    try:
        text, encoding = raw.decode("utf-8-sig"), "utf-8-sig" if raw.startswith(_BOM) else "utf-8"
    except UnicodeDecodeError as exc:
        text, encoding = raw.decode("cp1252", errors="replace"), "cp1252"
        findings.append(Finding("warning", "not_utf8", f"invalid UTF-8 at byte {exc.start}; decoded as cp1252"))
    # UTF-8 read as cp1252/latin-1 leaves "Ã", "Â" or "â€": only then is ftfy asked.
    if ("Ã" in text or "Â" in text or "â€" in text) and ftfy.badness.is_bad(text):
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            findings.append(Finding("warning", "mojibake_repaired", "UTF-8 decoded twice (mojibake) was repaired"))
            text = fixed
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        findings.append(Finding("info", "normalized_nfc", "the text was normalised to NFC"))
    findings.extend(hidden_marks(text))
    lone = text.count("\r") - text.count("\r\n")
    if lone:
        text = _LONE_CR.sub("\n", text)
        findings.append(Finding("info", "cr_line_ends", f"{lone:,} carriage returns without a line feed were read as line ends"))
    return text, encoding, findings


def hidden_marks(text: str) -> list[Finding]:
    """A finding when invisible marks stand inside words (`Metro\u00adpolia`, `Lau\u200brea`):
    the text keeps them, so a name written with one is not found. Looked for with a regex
    only when one of the marks is in the text at all."""
    if text.isascii() or not any(mark in text for mark in HIDDEN_MARKS):
        return []
    found = [m.start() for m in _HIDDEN_IN_WORD.finditer(text)]
    if not found:
        return []
    message = f"{len(found):,} invisible mark(s) (a soft hyphen, a zero-width space) inside words, the first at character {found[0]:,}: a name written with one is not found"
    return [Finding("info", "hidden_marks", message, found[0], found[0] + 1)]
