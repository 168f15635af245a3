"""Two text steps made cheaper with the same results (session 51, w5; issue 13, bench
cpu_huge): ``drop_escape_sequences`` looks for each introducer with a substring search where
a character class's search tried every character, and ``clean`` deletes an ASCII text's
control characters as bytes where it looked each character's category up. Each is checked
against the reading it replaces, written out here, character by character and on texts."""

from __future__ import annotations

import re
import unicodedata

import pytest

from demandwatch.core.terminal import _COMPLETE_SEQUENCES, drop_escape_sequences
from demandwatch.core.text import clean, html_to_text

_CLASS = re.compile("[\x1b\x90\x98\x9b\x9d\x9e\x9f]")


def _drop_before(text: str) -> str:
    """drop_escape_sequences as it read before: the introducers' character class."""
    if _CLASS.search(text) is None:
        return text
    return _COMPLETE_SEQUENCES.sub("", text)


def _clean_before(text: str) -> str:
    """clean as it read before: each character's category looked up."""
    text = html_to_text(text)
    return " ".join(
        "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf")).split()
    )


# Every character of the first 1,024 and the format characters news text carries, each
# inside words and at either end.
CHARACTERS = [chr(c) for c in range(1024)] + list("\u061c\u200b\u200d\u200e\u2060\u2066\ufeff")
TEXTS = [
    "Security Council fails to adopt Syria draft S/2026/1901",
    "\x1b]8;;http://evil.example/\x1b\\press.un.org\x1b]8;;\x1b\\ and \x1b[1;31mred\x1b[0m",
    "C1 \x9b31mred\x9b0m, OSC \x9d0;title\x9c, DCS \x90q\x9c, SOS \x98s\x1b\\, PM \x9ep\x9c",
    "a stray introducer \x9e in mangled Cyrillic Сов\x9eбез stays one character",
    "\x1b[ an ESC opening nothing, \x1b] an OSC never ended",
    "tab\tnew line\nreturn\rbell\x07 unit separator\x1f delete\x7f",
    "Ve\u00adto, zero\u200bwidth, \ufeffmarked, \u202eoverride",
    "<p>Markup &amp; entities</p><p>second\x1b[0m paragraph</p>",
    "Россия наложила вето на проект резолюции СБ ООН \x1b[31mпо Сирии\x1b[0m",
    "مجلس الأمن يفشل في اعتماد مشروع القرار \x9b1m",
    " ".join(["Long ASCII text of a pasted report, resolution 2118 (2013)."] * 2000),
]


def test_each_character_reads_as_before() -> None:
    for ch in CHARACTERS:
        for text in (ch, f"word{ch}word", f"{ch} lead", f"trail {ch}", f"{ch}[31mx{ch}\\ y{ch}"):
            assert drop_escape_sequences(text) == _drop_before(text), repr(text)
            assert clean(text) == _clean_before(text), repr(text)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_texts_read_as_before(text: str) -> None:
    assert drop_escape_sequences(text) == _drop_before(text)
    assert clean(text) == _clean_before(text)


def test_the_exact_readings() -> None:
    assert drop_escape_sequences("a \x1b[1;31mred\x1b[0m b") == "a red b"
    assert drop_escape_sequences("C1 \x9b31mred\x9b0m") == "C1 red"
    assert drop_escape_sequences("x \x9e y") == "x \x9e y"  # a stray introducer is kept here
    assert clean("tab\tnew\nline\x07bell \x7fdel") == "tab new linebell del"
    assert clean("Ve\u00adto \u200bgap") == "Veto gap"
    assert clean("<p>A &amp; B</p>\x1b[0m") == "A & B"


def test_a_text_without_introducers_is_handed_back_as_it_is() -> None:
    text = TEXTS[-1]
    assert drop_escape_sequences(text) is text
