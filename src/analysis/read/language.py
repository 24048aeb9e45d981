"""The language of a page: Finnish, English or Swedish, or None when it cannot be told.

The partnership's pages are in Finnish and English, now and then in Swedish, and the
pages.csv manifest does not always say which. Stop words, and any reading of the text,
depend on it, so each page's language is detected from its text.

py3langid (a maintained fork of langid.py) ships its model inside the wheel, so detection
needs no download at run time and works offline. Its classifier is restricted to the three
languages on a private identifier (py3langid's module-wide one is left alone for other
users), loaded lazily, once per process, on first use. Only the first MAX_CHARS characters
are classified (the page's title and first paragraphs): plenty to tell these three apart, and cheap on
100,000 pages. A text too short to tell, or one the classifier is not sure of, gets None
rather than a guess.

A reader detects a whole chunk of pages at once (`detect_languages`): py3langid walks its
byte automaton in a Python loop, one byte at a time, which cost 0.07 ms a page; here the
automaton takes one numpy step per byte position for every page of the chunk together,
and only the pages' scores are computed one by one, with py3langid's own arithmetic, so
the languages and probabilities are exactly py3langid's (tests/test_language.py compares
them).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from itertools import islice

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import load_model

LANGUAGES = ("fi", "en", "sv")  # ISO 639-1 codes the classifier chooses among
MAX_CHARS = 600  # only the start of a text is classified: a few sentences tell fi, en and sv apart, at 1/3 of the time 2,000 take
MIN_WORDS = 3  # fewer words of letters than this: too short to tell
MIN_PROBABILITY = 0.8  # below this normalized probability: not sure
BATCH = 1000  # texts walked together: (text, feature, byte) numbers stay well inside 63 bits

_WORD = re.compile(r"[^\W\d_]+")  # a run of letters, Finnish and Swedish ones included


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's bundled model with normalized probabilities, restricted to LANGUAGES.
    Built from the model's columns for LANGUAGES alone: `set_languages` would keep all
    97 languages' (27 MB more in each process that reads pages); it gives the same scores."""
    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    keep = [n for n, language in enumerate(classes) if language in LANGUAGES]
    return LanguageIdentifier(
        np.ascontiguousarray(ptc[:, keep]), np.asarray(pc)[keep], [classes[n] for n in keep], nextmove, output,
        norm_probs=True, tk_row=row,
    )


def has_enough_words(text: str, minimum: int = MIN_WORDS) -> bool:
    """True when `text` holds at least `minimum` words of letters."""
    return len(list(islice(_WORD.finditer(text), minimum))) >= minimum


def classify(text: str) -> tuple[str, float]:
    """The most likely of LANGUAGES for `text` and its normalized probability."""
    language, probability = _identifier().classify(text)
    return language, float(probability)


def detect_language(text: str) -> str | None:
    """"fi", "en" or "sv" for the first MAX_CHARS characters of `text`; None when they hold
    fewer than MIN_WORDS words of letters or the classifier's probability is below
    MIN_PROBABILITY."""
    head = text[:MAX_CHARS]
    if not has_enough_words(head):
        return None
    language, probability = classify(head)
    return language if probability >= MIN_PROBABILITY else None


class Automaton:
    """py3langid's byte automaton and naive Bayes tables as numpy arrays: the next state of
    (state, byte) is `nextmove[rowbase[state] + byte]`, `output[state]` the feature a
    state emits (-1: none); `ptc` the features' log-probabilities per language."""

    def __init__(self, identifier: LanguageIdentifier):
        self.nextmove = np.frombuffer(identifier.tk_nextmove, dtype=np.uint32)  # a view: the model's 39 MB are not copied
        self.rowbase = np.asarray(identifier.tk_row, dtype=np.int64) << 8
        self.output = np.asarray(identifier.tk_output, dtype=np.int64)
        self.ptc, self.pc, self.classes = identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes
        if (self.output[self.nextmove[self.rowbase]] >= 0).any():
            raise RuntimeError("py3langid's model emits a feature on a NUL byte: the chunk walk pads texts with NUL")

    def counts(self, encoded: list[bytes]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text, the features its bytes emit and how often, in order of first emission
        (py3langid's Counter order): all texts walk the automaton together, one byte
        position a step, and the features of all are counted in one sort. A text shorter
        than the longest is padded with NUL bytes, on which the model emits nothing."""
        width = max(map(len, encoded), default=0)
        padded = np.frombuffer(b"".join(e.ljust(width, b"\0") for e in encoded), dtype=np.uint8)
        columns = padded.reshape(len(encoded), width).T.astype(np.int64)  # byte position by text
        emitted = np.empty((width, len(encoded)), dtype=np.int64)
        state = np.zeros(len(encoded), dtype=np.int64)
        for i in range(width):
            state = self.nextmove[self.rowbase[state] + columns[i]]
            emitted[i] = self.output[state]
        by_text = emitted.T.ravel()  # text by text, each in byte order
        at = np.flatnonzero(by_text >= 0)
        # one sort of (text, feature, where) numbers, as bit fields: each run of one text's
        # feature starts at its first emission, and its length is the feature's count
        where_bits, feature_bits = int(len(by_text)).bit_length(), int(len(self.output)).bit_length()
        keyed = (((at // max(width, 1)) << feature_bits | by_text[at]) << where_bits) | at
        keyed.sort()
        starts = np.flatnonzero(np.diff(keyed >> where_bits, prepend=-1))
        counted = np.zeros(len(by_text), dtype=np.int64)
        counted[keyed[starts] & ((1 << where_bits) - 1)] = np.diff(starts, append=len(keyed))
        firsts = np.flatnonzero(counted)  # text by text, in first-emission order
        bounds = np.searchsorted(firsts, np.arange(len(encoded) + 1) * width)
        features, counts = by_text[firsts], counted[firsts]
        return [(features[a:b], counts[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]

    def probabilities(self, features: np.ndarray, counts: np.ndarray, n_bytes: int) -> np.ndarray:
        """py3langid's normalized scores for one text (`LanguageIdentifier._decide` with
        norm_probs), its own operations in its order, so equal to the last bit."""
        if len(features):
            scores = np.log1p(counts.astype(np.float32)) @ self.ptc[features] + self.pc
        else:
            scores = np.zeros(len(self.classes), dtype=np.float32)
        scores *= 1.0 / math.sqrt(n_bytes or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        return scores


@cache
def _automaton() -> Automaton:
    return Automaton(_identifier())


def encoded(text: str) -> bytes:
    """The bytes py3langid classifies for `text` (`LanguageIdentifier._encode`): lower case
    when all upper, NFC, UTF-8 with lone surrogates kept."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def detect_languages(texts: Sequence[str]) -> list[str | None]:
    """`detect_language` of each text, the chunk's automaton walk done at once."""
    heads = [text[:MAX_CHARS] for text in texts]
    told = [n for n, head in enumerate(heads) if has_enough_words(head)]
    out: list[str | None] = [None] * len(heads)
    automaton = _automaton() if told else None  # the model loads only when there is text to tell
    for at in range(0, len(told), BATCH):
        batch = told[at : at + BATCH]
        codes = [encoded(heads[n]) for n in batch]
        for n, code, (features, counts) in zip(batch, codes, automaton.counts(codes)):
            scores = automaton.probabilities(features, counts, len(code))
            best = int(scores.argmax())
            out[n] = automaton.classes[best] if float(scores[best]) >= MIN_PROBABILITY else None
    return out
