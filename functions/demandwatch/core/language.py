"""Which language an item is written in, and the stems its words share with their inflections.

Detection reads the script first (Arabic and Cyrillic letters settle it) and, for Latin
script, counts the commonest function words of English, French, Spanish and German. A
feed headline plus a sentence or two holds several of them, which is all that is needed
to pick among four languages; a statistical model would cost a data file and start-up time
for no better answer on text this short. Anything unclear is English, the feeds' majority.

Stems are light: each language's inflectional endings (and, in Arabic, the article and
the one-letter words written onto the next word) are cut, longest first, leaving at least
a few letters. Russian, German and Arabic inflect nouns and French and Spanish inflect
for number and gender, so "Сирия" must find "Сирии" and "Beobachter" "Beobachtern"
without the query author writing every form. A light stemmer only has to treat the query's
word and the item's word alike, which suffix lists do; the Snowball stemmers were tried
and matched no better here, but imported 36 languages (33 ms of cold start) and pushed
the Lambda artifact over its size budget. English is not stemmed: its queries state their
forms with wildcards, and stemming would merge words they keep apart ("sanctions" and
"sanctioned" are different news NEAR a name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

Language = Literal["en", "fr", "es", "de", "ar", "ru"]
LANGUAGES: tuple[Language, ...] = ("en", "fr", "es", "de", "ar", "ru")
STEMMED: frozenset[str] = frozenset({"fr", "es", "de", "ar", "ru"})

# Weekday names in the six languages, folded as the text is (Russian in the accusative of
# "в пятницу"; Arabic without hamza), by index (Monday 0): the events' relative dates and the
# stories' "Tuesday's veto" both read them.
WEEKDAY_INDEX: dict[str, int] = {
    name: i
    for i, names in enumerate(
        (
            ("monday", "lundi", "lunes", "montag", "понедельник", "الاثنين"),
            ("tuesday", "mardi", "martes", "dienstag", "вторник", "الثلاثاء"),
            ("wednesday", "mercredi", "miercoles", "mittwoch", "среду", "الاربعاء"),
            ("thursday", "jeudi", "jueves", "donnerstag", "четверг", "الخميس"),
            ("friday", "vendredi", "viernes", "freitag", "пятницу", "الجمعة"),
            ("saturday", "samedi", "sabado", "samstag", "субботу", "السبت"),
            ("sunday", "dimanche", "domingo", "sonntag", "воскресенье", "الاحد"),
        )
    )
    for name in names
}


def _endings(text: str) -> tuple[str, ...]:
    """Endings longest first, so that "-ations" is cut before "-s"."""
    return tuple(sorted(set(text.split()), key=len, reverse=True))


# Inflectional endings of folded words (no accents; Russian keeps "й"), and the shortest
# stem each language leaves: cutting "Сирии" to "сир" is fine, cutting "суд" to "с" is not.
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "fr": _endings(
        "ations ation ements ement euses euse eurs eur ees ee es e s x aux ienne iens ien "
        "er ir ent ait aient"
    ),
    "es": _endings(
        "aciones acion amientos amiento mente idades idad istas ista ores or os as es o a s "
        "aron aran an en ar er ir ado ada ados adas ido ida idos idas"
    ),
    "de": _endings("ern em en er es e s n ung ungen"),
    "ru": _endings(
        "ами ями ого его ому ему ыми ими ой ей ий ый ая яя ое ее ые ие ую юю ом ем ах ях ам ям "
        "ов ев ью ия ии ию ией иям иях иями а я о е ы и у ю ь ых их "
        "ала ила ыла яла али или ыли яли ало ило ать ить ять еть ует уют ает ают "
        "ировал ировала ировали овал овала овали"
    ),
    "ar": _endings("هما كما يين يون يات ات ون ين ان ية ها هم كم نا ة ه ي"),
}
_MIN_STEM = {"fr": 3, "es": 3, "de": 4, "ru": 3, "ar": 2}
# Arabic writes "the", "and", "with", "to", "as" and "so" onto the next word.
_ARABIC_PREFIXES = _endings("وال بال كال فال لل ال و ب ل ف ك")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words of each Latin-script language, folded (no accents), chosen because they
# are frequent in news and rare in the other three. Words two languages share ("de", "la",
# "en", "des", "que") are left out: they cannot tell them apart. French "n'" is left out
# too: an English wire headline's "U.N." splits into "u" and "n".
_FUNCTION_WORDS: dict[Language, frozenset[str]] = {
    "en": _words(
        "the of and to in is was on for with that by from has have its at as an are will after "
        "said says it were been this which"
    ),
    "fr": _words(
        "le les du et est une dans pour par sur qui au aux ne pas ont son sa ses avec selon "
        "apres contre l d qu cette ce sont leur"
    ),
    "es": _words(
        "el los las del y por con una para se su sus al lo como mas tras fue ha han pero "
        "sobre segun esta este ante"
    ),
    "de": _words(
        "der die das und den dem ist nicht mit von zu im auf eine ein einen sich wird hat "
        "haben fur bei nach gegen uber vom zum zur auch wurde sind als aus wegen seit noch nur"
    ),
}
# Words of the Council's own news that only one of the four languages spells this way.
# A short headline ("Consejo de Seguridad: veto ruso a Siria") may hold no function word
# at all; these let it still be read in its language. English spellings ("council",
# "syria") are left out: English wins ties, so they would add nothing.
_NEWS_WORDS: dict[Language, frozenset[str]] = {
    # English headlines drop their function words too, and German nouns' shapes (below)
    # are also German surnames' ("Fischer", "Fröhlich", "Hornung"): a headline of names and
    # such English words ("Hornung named OPCW investigator") is English.
    "en": _words(
        "council security syrian russian chinese american british french vetoes vetoed draft "
        "envoy says urges warns slams named joins charges backs hails meets calls fails blocks "
        "adopts court trial war weapons chemical strikes aid talks peace group office "
        "ruling inquiry investigator investigators must should would could not over into "
        "through amid against new"
    ),
    "fr": _words(
        "conseil securite unies syrie russie chine etats unis francais russe chinois "
        "americain projet damas moscou syriens syrienne armes chimiques observateurs "
        "enqueteurs frappes nouvelles nouvelle nouveau nouveaux"
    ),
    "es": _words(
        "consejo seguridad naciones unidas siria rusia estados unidos ruso chino "
        "estadounidense proyecto votacion resolucion damasco moscu sirios "
        "armas quimicas observadores investigadores ataques"
    ),
    "de": _words(
        "sicherheitsrat vereinten nationen syrien russland vereinigten staaten russische "
        "russischen russisches chinesische amerikanische entwurf abstimmung syrische "
        "syrischen syrischer damaskus moskau chemiewaffen giftgas beobachter ermittler "
        "waffen hilfe luftangriffe regierung truppen kriegsverbrechen menschenrechte"
        # The verbs of German headlines, spelt so in no other of the four languages.
        " fordert fordern verurteilt verurteilen warnt droht drohen kritisiert blockiert blockieren"
        " verhindert verhindern scheitert gescheitert stoppt stoppen bleibt erreicht erreichen"
        " verlangert beschliesst billigt lehnt soll sollen neues erneut erneutes"
        " eilmeldung russlands moskaus pekings syriens chinas palastinas"
    ),
}
# German word shapes English, French and Spanish words hardly have: the endings of German
# nouns and adjectives ("Entscheidung", "Bundesanwaltschaft", "syrischen"). A short headline
# with no function word ("Philippinischer Ex-Präsident ... überstellt") is still read as
# German. ("sch" within a word is not one: "Deutsche Welle" heads English news.)
_ENGLISH_GERMAN = _words("in an")
_SHORT = 20
_GERMAN_SHAPE = re.compile(
    r"(?:ung|ungen|keit|heit|schaft|lich|liche|lichen|licher|isch|ische|ischen|ischer|isches)$"
)
# How many words are read: a headline and the first sentences decide it.
SAMPLE = 60

# Each word of the tables above with the languages it counts for, once per table it is
# in: an item's words are looked up once instead of met with fourteen sets.
_COUNTS_FOR: dict[str, tuple[Language, ...]] = {}
for _lang, _vocabulary in _FUNCTION_WORDS.items():
    for _table in (_vocabulary, _NEWS_WORDS[_lang]):
        for _word in _table:
            _COUNTS_FOR[_word] = (*_COUNTS_FOR.get(_word, ()), _lang)
_COUNTED = frozenset(_COUNTS_FOR)
# The same as one integer per word, a field of bits per language (in _FUNCTION_WORDS's
# order): an item's counts are the sum of its words' integers, one C-level sum where a
# loop added one to a dict per word and language. A sample of SAMPLE words counts at most
# twice per word, well inside a field.
_COUNT_BITS = 8
_COUNT_MASK = (1 << _COUNT_BITS) - 1
assert 2 * SAMPLE <= _COUNT_MASK
_PACKED = {
    word: sum(1 << _COUNT_BITS * list(_FUNCTION_WORDS).index(lang) for lang in langs)
    for word, langs in _COUNTS_FOR.items()
}
# A short headline may hold only the words French and Spanish share ("La ONU documenta
# miles de muertes en cárceles libias"). Two of them say it is one of the two, not English,
# and the endings of its longer words say which: Spanish nouns and adjectives end in
# -a/-o/-as/-os, French ones in -eux/-aux/-ait/-ent/-ee(s)/-ique(s)/-eau, which neither
# English nor Spanish words do.
_ROMANCE_SHARED = _words("la de en que onu")
_ENDINGS: dict[Language, tuple[str, ...]] = {
    "es": ("a", "o", "as", "os"),
    "fr": ("eux", "aux", "ait", "aient", "ent", "ee", "ees", "ique", "iques", "eau", "eaux"),
}


def _script(word: str) -> Language | None:
    for ch in word:
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
            return "ar"
        if 0x0400 <= code <= 0x04FF:
            return "ru"
    return None


def detect(words: Sequence[str], *, all_ascii: bool | None = None) -> Language:
    """The language of folded word tokens: script, then function words; English if unclear.

    ``all_ascii`` says whether every word is ASCII where the caller knows it (it is read off
    the words otherwise)."""
    sample = words[:SAMPLE]
    if not sample:
        return "en"
    # Letters of a script other than Latin settle it once they make up a good part of the
    # item (a Latin name or acronym in an Arabic item does not make it English). Most
    # items are all ASCII: one test of the joined words says so.
    if all_ascii is None:
        all_ascii = "".join(sample).isascii()
    non_latin = [] if all_ascii else [w for w in sample if not w.isascii()]
    if len(non_latin) >= max(2, len(sample) // 4):
        arabic = sum(1 for w in non_latin if _script(w) == "ar")
        cyrillic = sum(1 for w in non_latin if _script(w) == "ru")
        if arabic + cyrillic >= max(2, len(sample) // 4):
            return "ar" if arabic >= cyrillic else "ru"
    present = set(sample)
    # Each language's count: its function words and news words present (a word in both
    # counts twice).
    packed = sum(map(_PACKED.__getitem__, present.intersection(_COUNTED)))
    counts = {
        lang: packed >> _COUNT_BITS * i & _COUNT_MASK for i, lang in enumerate(_FUNCTION_WORDS)
    }
    if "al" in present and counts["es"] == 1:
        # "al" alone is the Arabic article of a name ("Bashar al-Assad", "Bab al-Salam"), not
        # yet the Spanish contraction: Spanish text has other Spanish words.
        counts["es"] = 0
    if len(sample) <= _SHORT:
        # (a short headline only: a longer text has its function words)
        counts["de"] += sum(1 for w in present if len(w) >= 6 and _GERMAN_SHAPE.search(w))
    # The highest count, English on a tie with it, else the first language listed.
    best: Language = "en"
    for lang, count in counts.items():
        if count > counts[best]:
            best = lang
    if counts[best] == 0 and (len(present & _ROMANCE_SHARED) >= 2 or "al" in present):
        # (an "al" not counted still hints at Spanish: "Bashar al Asad logra un cuarto
        # mandato" says which by its endings, "Convoy reaches Bab al-Hawa" does not)
        return _romance_by_endings(present)
    if counts[best] == 0:
        return "en"
    if counts[best] <= counts["en"]:
        # "in" and "an" are German words too: a tie on them alone is German's.
        shared = len(present & _ENGLISH_GERMAN)
        if counts["de"] == counts[best] >= counts["en"] and counts["de"] > counts["en"] - shared:
            return "de"
        return "en"
    return best


# The domain's names end as Spanish words do ("Syria", "Geneva", "Aleppo", "De Mistura"):
# they say nothing of the headline's language.
_NAMES = _words(
    "syria russia china geneva aleppo ghouta mistura hama douma madaya latakia raqqa daraa deraa"
    " libya africa america korea india cuba nebenzia nebenzya"
)
# Letters and endings English words have and French or Spanish ones hardly do ("meet",
# "envoys", "talks", "with"): a headline of names and such words is English.
_ENGLISH_SHAPE = re.compile(r"(?:ee|oo|th|sh|w|k)|(?:[^aeiou]s|ys|y)$")


def _romance_by_endings(present: set[str]) -> Language:
    """French or Spanish by the endings of words of four letters or more, names aside;
    English if even, or if as many words have an English shape."""
    longer = [w for w in present if len(w) >= 4 and w.isalpha() and w not in _NAMES]
    spanish = sum(1 for w in longer if w.endswith(_ENDINGS["es"]))
    french = sum(1 for w in longer if w.endswith(_ENDINGS["fr"]))
    english = sum(1 for w in longer if _ENGLISH_SHAPE.search(w))
    if spanish == french or max(spanish, french) <= english:
        return "en"
    return "es" if spanish > french else "fr"


@lru_cache(maxsize=1 << 16)
def stem(word: str, language: str) -> str:
    """The stem of a folded word in ``language`` (the word itself where nothing is stemmed).

    Cached: news reuses a small vocabulary.
    """
    suffixes = _SUFFIXES.get(language)
    if suffixes is None or word.isdigit():
        return word
    least = _MIN_STEM[language]
    if language == "ar":
        # Normalise the letters writers interchange: alif maqsura and ya, ta marbuta and ha.
        word = word.replace("ى", "ي")
        for prefix in _ARABIC_PREFIXES:
            # A one-letter prefix is cut only from a longer word: "فيتو" is "veto", not "f-".
            if word.startswith(prefix) and len(word) - len(prefix) >= least + 2:
                word = word[len(prefix) :]
                break
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= least:
            return word[: -len(suffix)]
    return word


# German writes a compound as one word whose last part says what it is: a
# "Wirtschaftssanktion" is a sanction, "Chemiewaffeninspekteure" are inspectors, a
# "Rüstungslieferung" a delivery. The queries name the part ("Sanktion*", "Inspekteur*"),
# so an item's compound is also read as each of its tails: every ending of at least
# COMPOUND_TAIL letters after at least COMPOUND_HEAD (the parts are not known, only that a
# German noun is seldom shorter). Most such endings are no word and no query reads them.
COMPOUNDING: frozenset[str] = frozenset({"de"})
COMPOUND_HEAD = 4
COMPOUND_TAIL = 6


@lru_cache(maxsize=1 << 14)
def compound_tails(word: str) -> tuple[str, ...]:
    """The endings a German compound ``word`` may stand for (none for a short word or one
    with a digit or a hyphen: a part of a hyphened name is a word of its own already)."""
    if len(word) < COMPOUND_HEAD + COMPOUND_TAIL or not word.isalpha():
        return ()
    return tuple(word[i:] for i in range(COMPOUND_HEAD, len(word) - COMPOUND_TAIL + 1))
