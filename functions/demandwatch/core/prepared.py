"""An item's title and text as matching and event classification read them.

Both fold the text (case and accents), split it into words and detect its language; a
matched item went through all three twice, once for the demands and once for its event.
An item is prepared once, and the matcher and the classifier read the same preparation.
"""

from __future__ import annotations

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
    # capitals, which event classification reads here ("US" the member, "us" the pronoun).
    written_title: str = ""
    written_text: str = ""


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
    )
