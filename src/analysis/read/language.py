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
byte automaton in a Python loop, one byte at a time (0.07 ms of the 0.10 a page took);
here the automaton takes one numpy step per byte position for every page of the chunk
together, and only the pages' scores are computed one by one, with py3langid's own
arithmetic, so the languages and probabilities are exactly py3langid's
(tests/test_language.py compares them).
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
BATCH = 1000  # texts walked together: (text, feature, position) numbers stay well inside 63 bits

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


def detect_language(text: str) -> str | None:
    """"fi", "en" or "sv" for the first MAX_CHARS characters of `text`; None when they hold
    fewer than MIN_WORDS words of letters or the classifier's probability is below
    MIN_PROBABILITY."""
    return detect_languages([text])[0]


class Automaton:
    """py3langid's byte automaton and naive Bayes tables as numpy arrays: the next state of
    (state, byte) is `nextmove[rowbase[state] + byte]`, `output[state]` the feature a
    state emits (-1: none); `ptc` the features' log-probabilities per language."""

    def __init__(self, identifier: LanguageIdentifier):
        moves = identifier.tk_nextmove  # a view, whatever its item size: the model's 39 MB are not copied
        self.nextmove = np.frombuffer(moves, dtype=np.dtype(moves.typecode))
        self.rowbase = np.asarray(identifier.tk_row, dtype=np.int64) << 8
        self.output = np.asarray(identifier.tk_output, dtype=np.int64)
        self.ptc, self.pc, self.classes = identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes

    def counts(self, codes: list[bytes]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text, the features its bytes emit and how often, in order of first emission
        (py3langid's Counter order). The texts walk the automaton together, longest first,
        one byte position a step; a text leaves the walk at its end, so the steps cost the
        texts' total length, however long the longest. The features of all are counted
        in one sort of (text, feature, position) numbers packed as bit fields."""
        lengths = np.fromiter(map(len, codes), dtype=np.int64, count=len(codes))
        order = np.argsort(-lengths, kind="stable")  # the texts still walking are always the first `walking`
        width = int(lengths.max(initial=0))
        matrix = np.zeros((len(codes), width), dtype=np.uint8)
        for row, n in enumerate(order.tolist()):
            matrix[row, : lengths[n]] = np.frombuffer(codes[n], dtype=np.uint8)
        columns, ends = matrix.T.copy(), lengths[order]
        state = np.zeros(len(codes), dtype=np.int64)
        texts, features, positions = [], [], []
        walking = len(codes)
        for i in range(width):
            while ends[walking - 1] <= i:
                walking -= 1
            now = state[:walking] = self.nextmove[self.rowbase[state[:walking]] + columns[i, :walking]]
            emitted = self.output[now]
            hit = np.flatnonzero(emitted >= 0)
            texts.append(hit)
            features.append(emitted[hit])
            positions.append(np.full(len(hit), i))
        text, feature, position = (np.concatenate(c) if c else np.zeros(0, np.int64) for c in (texts, features, positions))
        position_bits, feature_bits = max(width, 1).bit_length(), len(self.ptc).bit_length()
        keyed = ((text << feature_bits | feature) << position_bits) | position
        keyed.sort()  # runs of one text's feature, each from its first position
        starts = np.flatnonzero(np.diff(keyed >> position_bits, prepend=-1))
        count = np.diff(starts, append=len(keyed))
        first = keyed[starts]
        run_text = first >> (feature_bits + position_bits)
        by_emission = np.argsort((run_text << position_bits) | (first & ((1 << position_bits) - 1)), kind="stable")
        run_text, count = run_text[by_emission], count[by_emission]
        run_feature = (first[by_emission] >> position_bits) & ((1 << feature_bits) - 1)
        bounds = np.searchsorted(run_text, np.arange(len(codes) + 1))
        out: list[tuple[np.ndarray, np.ndarray]] = [(np.zeros(0, np.int64),) * 2] * len(codes)
        for row, n in enumerate(order.tolist()):
            out[n] = run_feature[bounds[row] : bounds[row + 1]], count[bounds[row] : bounds[row + 1]]
        return out

    def probabilities(self, features: np.ndarray, counts: np.ndarray, n_bytes: int) -> np.ndarray:
        """py3langid's normalized scores for one text (`LanguageIdentifier._decide` with
        norm_probs), its own operations in its order, so equal to the last bit. (Its folding
        of aliased columns is left out: fi, en and sv have none.)"""
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
    """The language of each text (see `detect_language`), the automaton walked for all at once."""
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
