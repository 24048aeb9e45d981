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
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import load_model

LANGUAGES = ("fi", "en", "sv")  # ISO 639-1 codes the classifier chooses among
MAX_CHARS = 600  # only the start of a text is classified: a few sentences tell fi, en and sv apart, at 1/3 of the time 2,000 take
MIN_WORDS = 3  # fewer words of letters than this: too short to tell
MIN_PROBABILITY = 0.8  # below this normalized probability: not sure

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
