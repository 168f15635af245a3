"""Text normalisation shared by matching, keys and rendering. Standard library only."""

from __future__ import annotations

import re
import unicodedata
from html import unescape
from html.parser import HTMLParser

from demandwatch.core.terminal import drop_escape_sequences

# Word characters in any script; apostrophes split words ("Russia's" -> "russia", "s")
# the way searchers expect ("Russia" finds "Russia's").
_WORD = re.compile(r"\w+", re.UNICODE)

# Arabic tatweel (kashida) stretches a word for layout only; searchers never type it.
_ARABIC_TATWEEL = "\u0640"


# Letters kept whole through decomposition, via private-use stand-ins.
_KEEP_IN = str.maketrans({"й": "\ue000", "Й": "\ue001"})
_KEEP_OUT = str.maketrans({"\ue000": "й", "\ue001": "Й"})
# Invisible format characters inside a word: the soft hyphen news sites put in long words
# ("Sicher&shy;heits&shy;rat", "Ve&shy;to"), zero-width spaces and joiners, direction marks,
# embeddings, overrides and isolates, the word joiner and the byte-order mark. None is
# typed by a searcher or seen by a reader; kept, each split its word in two, so "Ve&shy;to"
# matched no veto* and read no veto (tester s24).
INVISIBLE_FORMAT = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# Deletes them, for text shown on a terminal.
DROP_INVISIBLE_FORMAT = str.maketrans(dict.fromkeys(INVISIBLE_FORMAT))
_FOLD_IN = str.maketrans(
    {"й": "\ue000", "Й": "\ue001", _ARABIC_TATWEEL: None, **dict.fromkeys(INVISIBLE_FORMAT)}
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form: NFKD, drop combining marks, casefold.

    'Díaz' -> 'diaz'; Arabic harakat (combining marks) drop the same way, so a vocalised
    and an unvocalised spelling compare equal; invisible format characters
    (:data:`INVISIBLE_FORMAT`: a soft hyphen, a zero-width space) drop too, so a word
    they sit in is one word.
    """
    if text.isascii():  # most feed text: nothing to decompose or strip
        return text.casefold()
    # "й" is a letter of its own in Russian, not "и" with an accent: decomposing it would
    # merge words the Russian stemmer keeps apart ("международный" would lose its ending).
    text = text.translate(_FOLD_IN)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_KEEP_OUT).casefold()


def tokens(text: str) -> list[str]:
    """Folded word tokens of ``text`` in order."""
    return words(fold(text))


def stored_tokens(text: str) -> list[str]:
    """:func:`tokens` as releases before session 24 made them, an invisible format
    character splitting its word: what a stored document key or fingerprint was made of,
    so that an upgrade changes neither (a document whose title has a soft hyphen is not
    taken for a new or a changed one)."""
    if text.isascii():
        return words(text.casefold())
    text = text.translate(_KEEP_IN).replace(_ARABIC_TATWEEL, "")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return words(stripped.translate(_KEEP_OUT).casefold())


# The ASCII characters that are not word characters (``\w`` reads letters, digits and "_"
# as words), each made a space: most feed text is ASCII, and a translation and a split
# cost a fifth of what the regular expression's findall does (the same words, in order).
_ASCII_NON_WORD = str.maketrans(
    dict.fromkeys((chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")), " ")
)
# The same table for the text's bytes: an ASCII string's bytes are its characters, and a
# bytes translation is one table lookup a byte where a string's looks each character up
# in a mapping (a string translation was ~2% of matching and classifying an item).
# (the table's keys are the characters' codes, each made a space)
_ASCII_NON_WORD_BYTES = bytes.maketrans(bytes(_ASCII_NON_WORD), b" " * len(_ASCII_NON_WORD))


def words(folded: str) -> list[str]:
    """Word tokens of already folded text in order (``tokens`` without folding)."""
    if folded.isascii():
        return folded.encode("ascii").translate(_ASCII_NON_WORD_BYTES).decode("ascii").split()
    return _WORD.findall(folded)


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a space near the end if there is one."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ", limit - 200)
    return cut[:space] if space > 0 else cut


def squash_spaces(text: str) -> str:
    """``text`` with each run of whitespace one space, none at either end.

    (``str.split`` and re's ``\\s`` read the same characters as whitespace, Python's
    ``str.isspace``: the words joined by single spaces are what replacing each run with a
    space and stripping gives, in a third of the time of the pattern's ``sub`` on a long
    text; tests/unit/test_text_plain.py checks every whitespace character.)"""
    return " ".join(text.split())


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
    # Every feed field goes through here first, so escape sequences leave with their
    # payload before any later step drops control characters alone (probe s15 Q3).
    return squash_spaces(drop_escape_sequences(text))


def _extract(markup: str) -> str:
    if "<" not in markup and "&" not in markup:
        return markup
    plain = _extract_plain(markup)
    if plain is not None:
        return plain
    return _extract_parsed(markup)


def _extract_parsed(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


# The tags feed descriptions are made of, read without HTMLParser (a pure-Python tokenizer
# that is most of a feed's parsing time). What HTMLParser alone reads the same way on
# every Python version stays with it: any other tag (script and style, whose content is
# not text; title and textarea, which newer versions read as text), comments and
# declarations, a "<" that opens no tag, an unquoted or bare attribute, an end tag with
# anything after its name. tests/unit/test_text_plain.py checks both readings agree.
_PLAIN_TAGS = _BLOCK_TAGS | frozenset(
    {
        "a", "abbr", "b", "big", "caption", "center", "cite", "code", "dd", "del", "dfn",
        "dl", "dt", "em", "figcaption", "figure", "font", "hr", "i", "img", "ins", "kbd",
        "mark", "pre", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "time", "tt", "u", "wbr",
    }
)  # fmt: skip
_HTML_SPACE = "[ \t\n\r\f]"
# Splits markup at its tags; the groups are an end tag's name, a start tag's name and the
# "/" of a self-closing tag (HTMLParser reports "<br/>" as a start and an end).
_PLAIN_TAG = re.compile(
    "<(?:/([a-zA-Z][a-zA-Z0-9]*)"
    f"|([a-zA-Z][a-zA-Z0-9]*)(?:{_HTML_SPACE}+[a-zA-Z_:][-a-zA-Z0-9_:.]*"
    f"{_HTML_SPACE}*={_HTML_SPACE}*(?:\"[^\"<>]*\"|'[^'<>]*'))*{_HTML_SPACE}*(/?))>"
)


def _extract_plain(markup: str) -> str | None:
    """``_extract_parsed(markup)`` for markup of plain tags only; None for anything else."""
    pieces = _PLAIN_TAG.split(markup)
    out: list[str] = []
    for i in range(0, len(pieces), 4):
        text = pieces[i]
        if "<" in text:
            return None  # a "<" that opens no plain tag
        if text:
            out.append(unescape(text) if "&" in text else text)
        if i + 1 == len(pieces):
            break
        end, start, closed = pieces[i + 1 : i + 4]
        tag = (end or start).lower()
        if tag not in _PLAIN_TAGS:
            return None
        if tag in _BLOCK_TAGS:
            out.append("\n\n" if closed else "\n")
    return "".join(out)


# The ASCII characters of the categories ``clean`` removes (Cc and Cf): the C0 controls and
# DEL; no ASCII character is Cf. tests/unit/test_text_clean_s51_w5.py checks all 128.
_ASCII_CONTROLS = bytes([*range(32), 127])


def clean(text: str) -> str:
    """A feed field as one plain line: HTML dropped, control and format characters removed."""
    text = html_to_text(text)
    if text.isascii():
        # The bytes' deletion, not each character's category looked up in turn: a whole
        # item's text is cleaned to read its first sentence (council.body_named), ~5 ms a
        # 50,000-character text that way (bench cpu_huge).
        kept = text.encode("ascii").translate(None, _ASCII_CONTROLS).decode("ascii")
    else:
        kept = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))
    return " ".join(kept.split())
