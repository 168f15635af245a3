"""An item's title and text as matching and event classification read them.

Both fold the text (case and accents), split it into words and detect its language; a
matched item went through all three twice, once for the demands and once for its event.
An item is prepared once, and the matcher and the classifier read the same preparation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from demandwatch.core.language import LANGUAGES, SAMPLE, Language, detect
from demandwatch.core.text import clip, fold, words

# What matching reads of an item's text: a feed entry is a headline and a summary, and a
# full article's first 50,000 characters say what it is about. A hostile or broken feed
# can carry megabytes in one entry; reading all of it would stall every demand's match.
MAX_TEXT_CHARS = 50_000


def capped(text: str) -> tuple[str, bool]:
    """``text`` cut to :data:`MAX_TEXT_CHARS` at a word boundary, and whether it was cut."""
    if len(text) <= MAX_TEXT_CHARS:
        return text, False
    return clip(text, MAX_TEXT_CHARS), True


@dataclass(frozen=True, slots=True)
class Prepared:
    """One item, folded and split into words once (text beyond the cap left unread)."""

    title: str  # folded
    text: str  # folded, of the first MAX_TEXT_CHARS of the text
    title_words: list[str]
    text_words: list[str]
    # The language the item's words are in; ``language`` is the feed's where it states
    # one (matching uses that), ``detected`` always read from the words.
    detected: Language
    language: Language
    # The title and text as written (the text cut as ``text`` is): folding loses the
    # capitals, which tell "US" the member from "us" the pronoun.
    written_title: str
    written_text: str
    # ``title`` and ``text`` with the pronoun "us" set apart as "us_" (:func:`pronoun_us_apart`),
    # as event classification reads them; the same strings where there is no pronoun.
    event_title: str
    event_text: str


# The pronoun "us" folds into the United States' "US": every event rule reads folded "us" as
# the member, so "the draft was blocked by us", said by Russia's envoy, named the United States
# among the vetoers. As written, "us" in lower case (or "Us" opening a sentence or a title-case
# headline) is the pronoun and is set apart ("us_") before the rules read the text; "US" in
# capitals stays the member, in a headline set all in capitals too (where it may be either, the
# member as before). "U.S." is not "us" to either pattern. (The pronoun's pattern asks for
# its letter first, not its look-behind: re then scans for the letter, about twice as fast.)
_US_FOLDED = re.compile(r"u(?<![\w.]u)s(?!\w)")
_US_PRONOUN = re.compile(r"(?:u(?<![\w.]u)[sS]|U(?<![\w.]U)s)(?!\w)")


def pronoun_us_apart(folded: str, written: str) -> str:
    """``folded`` (``fold(written)``) with the pronoun "us" of ``written`` set apart as "us_";
    ``folded`` itself where it holds no "us" or none is the pronoun.

    Folding an ASCII text lowers each letter in its place: there the pronoun is a folded
    "us" written other than "US", and ``folded`` is cut at it, not folded again."""
    if _US_FOLDED.search(folded) is None:
        return folded
    if not written.isascii():
        if _US_PRONOUN.search(written) is None:
            return folded
        return fold(_US_PRONOUN.sub("us_", written))
    pieces: list[str] = []
    at = 0
    for found in _US_FOLDED.finditer(folded):
        start, end = found.span()
        if written[start:end] != "US":
            pieces += (folded[at:start], "us_")
            at = end
    if not pieces:
        return folded
    pieces.append(folded[at:])
    return "".join(pieces)


def prepare(
    title: str, text: str = "", language: str | None = None, *, cap: bool = True
) -> Prepared:
    """Fold ``title`` and ``text``, split their words and detect their language.

    The text is read up to :data:`MAX_TEXT_CHARS` (all of it with ``cap=False``).
    """
    written_text = capped(text)[0] if cap else text
    folded_title, folded_text = fold(title), fold(written_text)
    title_words, text_words = words(folded_title), words(folded_text)
    # Detection reads the first words only (a headline and a sentence or two).
    detected = detect(
        title_words + text_words[:SAMPLE],
        all_ascii=folded_title.isascii() and folded_text.isascii(),
    )
    stated = next((lang for lang in LANGUAGES if lang == language), None)
    return Prepared(
        folded_title,
        folded_text,
        title_words,
        text_words,
        detected,
        stated or detected,
        title,
        written_text,
        pronoun_us_apart(folded_title, title),
        pronoun_us_apart(folded_text, written_text),
    )
