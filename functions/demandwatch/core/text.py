"""Text normalisation shared by matching, keys and rendering. Standard library only."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

# Word characters in any script; apostrophes split words ("Russia's" -> "russia", "s")
# the way searchers expect ("Russia" finds "Russia's").
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")

# Arabic tatweel (kashida) stretches a word for layout only; searchers never type it.
_ARABIC_TATWEEL = "\u0640"


# Letters kept whole through decomposition, via private-use stand-ins.
_KEEP_IN = str.maketrans({"й": "\ue000", "Й": "\ue001"})
_KEEP_OUT = str.maketrans({"\ue000": "й", "\ue001": "Й"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form: NFKD, drop combining marks, casefold.

    'Díaz' -> 'diaz'; Arabic harakat (combining marks) drop the same way, so a vocalised
    and an unvocalised spelling compare equal.
    """
    if text.isascii():  # most feed text: nothing to decompose or strip
        return text.casefold()
    # "й" is a letter of its own in Russian, not "и" with an accent: decomposing it would
    # merge words the Russian stemmer keeps apart ("международный" would lose its ending).
    text = text.translate(_KEEP_IN).replace(_ARABIC_TATWEEL, "")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_KEEP_OUT).casefold()


def tokens(text: str) -> list[str]:
    """Folded word tokens of ``text`` in order."""
    return _WORD.findall(fold(text))


def words(folded: str) -> list[str]:
    """Word tokens of already folded text in order (``tokens`` without folding)."""
    return _WORD.findall(folded)


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a space near the end if there is one."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ", limit - 200)
    return cut[:space] if space > 0 else cut


def squash_spaces(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


_BLOCK_TAGS = frozenset(
    {"p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip_depth:
            self._skip_depth -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, whitespace squashed.

    Feeds often escape their HTML twice (Google News descriptions): a second pass runs
    when the first still looks like markup.
    """
    text = _extract(markup)
    if "<" in text and ">" in text and re.search(r"</?[a-zA-Z][^>]*>", text):
        text = _extract(text)
    return squash_spaces(text)


def _extract(markup: str) -> str:
    if "<" not in markup and "&" not in markup:
        return markup
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)
