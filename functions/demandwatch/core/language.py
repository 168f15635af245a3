"""Which language an item is written in, and the stems its words share with their inflections.

Detection reads the script first (Arabic and Cyrillic letters settle it) and, for Latin
script, counts the commonest function words of English, French, Spanish and German. A
feed headline plus a sentence or two holds several of them, which is all that is needed
to pick among four languages; a statistical model would cost a data file and start-up time
for no better answer on text this short. Anything unclear is English, the feeds' majority.

Stems come from the Snowball stemmers (``snowballstemmer``, pure Python, no I/O): Russian,
German and Arabic inflect nouns, and French and Spanish inflect for number and gender, so
"Сирия" must find "Сирии" and "Beobachter" "Beobachtern" without the query author writing
every form. It is the core's one third-party import: a pure function of a word, with no
I/O, written by the Snowball project for exactly this. English is not stemmed: its queries
already state their forms with wildcards, and stemming would merge words they keep apart
("sanctions" and "sanctioned" are different news in a query NEAR a name).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

import snowballstemmer  # type: ignore[import-untyped]

Language = Literal["en", "fr", "es", "de", "ar", "ru"]
LANGUAGES: tuple[Language, ...] = ("en", "fr", "es", "de", "ar", "ru")
STEMMED: frozenset[str] = frozenset({"fr", "es", "de", "ar", "ru"})
_SNOWBALL = {"fr": "french", "es": "spanish", "de": "german", "ar": "arabic", "ru": "russian"}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words of each Latin-script language, folded (no accents), chosen because they
# are frequent in news and rare in the other three. Words two languages share ("de", "la",
# "en", "des", "que") are left out: they cannot tell them apart.
_FUNCTION_WORDS: dict[Language, frozenset[str]] = {
    "en": _words(
        "the of and to in is was on for with that by from has have its at as an are will after "
        "said says it were been this which"
    ),
    "fr": _words(
        "le les du et est une dans pour par sur qui au aux ne pas ont son sa ses avec selon "
        "apres contre l d qu n cette ce sont leur"
    ),
    "es": _words(
        "el los las del y por con una para se su sus al lo como mas tras fue ha han pero "
        "sobre segun esta este ante"
    ),
    "de": _words(
        "der die das und den dem ist nicht mit von zu im auf eine ein einen sich wird hat "
        "haben fur bei nach gegen uber vom zum zur auch wurde sind"
    ),
}
# How many words are read: a headline and the first sentences decide it.
_SAMPLE = 60


def _script(word: str) -> Language | None:
    for ch in word:
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
            return "ar"
        if 0x0400 <= code <= 0x04FF:
            return "ru"
    return None


def detect(words: Sequence[str]) -> Language:
    """The language of folded word tokens: script, then function words; English if unclear."""
    sample = words[:_SAMPLE]
    arabic = cyrillic = 0
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in sample:
        if word.isascii():
            for lang, vocabulary in _FUNCTION_WORDS.items():
                if word in vocabulary:
                    counts[lang] += 1
            continue
        script = _script(word)
        if script == "ar":
            arabic += 1
        elif script == "ru":
            cyrillic += 1
    # Letters of a script other than Latin settle it once they make up a good part of the
    # item (a Latin name or acronym in an Arabic item does not make it English).
    if arabic + cyrillic >= max(2, len(sample) // 4):
        return "ar" if arabic >= cyrillic else "ru"
    best = max(counts, key=lambda lang: (counts[lang], lang == "en"))
    if counts[best] == 0 or counts[best] <= counts["en"]:
        return "en"
    return best


@lru_cache(maxsize=8)
def _stemmer(name: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=1 << 16)
def stem(word: str, language: str) -> str:
    """The stem of a folded word in ``language`` (the word itself where nothing is stemmed).

    Cached: news reuses a small vocabulary, and a Snowball call costs tens of microseconds.
    """
    name = _SNOWBALL.get(language)
    if name is None or word.isdigit():
        return word
    stemmed: str = _stemmer(name).stemWord(word)
    return stemmed or word
