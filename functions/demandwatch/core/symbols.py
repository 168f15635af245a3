"""UN document symbols found in free text, in their canonical spelling.

Covers what Syria and Security Council coverage cites: Security Council documents
(``S/2012/77``), resolutions (``S/RES/2118 (2013)``, also written "resolution 2118 (2013)"),
presidential statements (``S/PRST/2011/16``), press releases (``SC/10536``, ``GA/12345``,
``SG/SM/12345``), General Assembly and Human Rights Council documents (``A/RES/76/262``,
``A/HRC/19/69``, ``A/HRC/S-17/2/Add.1``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Each pattern with the literals every one of its matches begins with: a text without them
# skips the pattern, so most items (no "/" at all, no "esolution") cost a few substring
# searches, and a pattern is tried only where one of them begins (see ``_matches``). Every
# number ends at a non-digit ((?!\d)): "SC/1234567" is no symbol, not SC/123456.
_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # S/RES/2118 (2013) — the year in parentheses is part of the symbol when present.
    (("S/RES/",), re.compile(r"(?<![\w/])S/RES/(\d{1,4})(?!\d)(?:\s*\((\d{4})\))?")),
    (("S/PRST/",), re.compile(r"(?<![\w/])S/PRST/\d{4}/\d{1,3}(?!\d)")),
    (("S/",), re.compile(r"(?<![\w/])S/\d{4}/\d{1,4}(?!\d)(?:/(?:Rev|Add|Corr)\.\d+)*")),
    (
        ("SC/", "GA/", "HRC/", "ECOSOC/"),
        re.compile(r"(?<![\w/])(?:SC|GA|HRC|ECOSOC)/\d{4,6}(?!\d)"),
    ),
    (("SG/",), re.compile(r"(?<![\w/])SG/(?:SM|2)/\d{3,6}(?!\d)")),
    # Emergency special sessions number their own resolutions: A/RES/ES-11/1.
    (("A/RES/",), re.compile(r"(?<![\w/])A/RES/(?:ES-\d+|\d{1,3})/\d{1,4}(?!\d)")),
    (
        ("A/HRC/",),
        re.compile(
            r"(?<![\w/])A/HRC/(?:RES/)?(?:S-)?\d{1,2}/(?:L\.)?\d{1,4}(?!\d)"
            r"(?:/(?:Add|Rev|Corr)\.\d+)*"
        ),
    ),
    # Session documents, drafts included: A/66/L.57, A/ES-11/L.1, A/ES-10/273.
    (
        ("A/",),
        re.compile(
            r"(?<![\w/])A/(?:ES-\d+|\d{2})/(?:L\.)?\d{1,4}(?!\d)(?:/(?:Add|Rev|Corr)\.\d+)*"
        ),
    ),
)
# "resolution 2118 (2013)" in prose is the Council resolution S/RES/2118 (2013);
# General Assembly resolutions are written "resolution 76/262" (or "ES-11/1") and caught
# below, unless the Human Rights Council is named: its "resolution 19/22" is A/HRC/RES/19/22.
_PROSE = "esolution"  # in every prose form ([Rr]esolution)
_PROSE_SC_RESOLUTION = re.compile(r"\b[Rr]esolutions?\s+(\d{3,4})\s*\((\d{4})\)")
_PROSE_HRC_RESOLUTION = re.compile(
    r"\b(?:Human Rights Council|HRC)\s+[Rr]esolutions?\s+((?:S-)?\d{1,2})/(\d{1,3})\b"
)
_PROSE_GA_RESOLUTION = re.compile(r"\b[Rr]esolutions?\s+(ES-\d+|\d{2,3})/(\d{1,4})\b")
# The same in French, Spanish, Russian and Arabic prose (German writes "Resolution"):
# "résolution 2821 (2026)", "resolución 2821 (2026)", "резолюцию 2821 (2026)",
# "القرار 2821 (2026)"; an optional "n°", "№" or "رقم" before the number (probe s14 N2:
# the draft named the draft symbol as the resolution in these languages).
_PROSE_OTHER_LITERALS = ("ésolution", "esoluci", "езолюци", "قرار")
_PROSE_OTHER_SC_RESOLUTION = re.compile(
    r"(?<!\w)(?:[Rr]ésolutions?|[Rr]esoluci(?:ón|on|ones)|[Рр]езолюци\w*|(?:ال)?قرار)"
    r"\s+(?:n[°º]\s*|№\s*|رقم\s*)?(\d{3,4})\s*\((\d{4})\)"
)
_COUNCIL_NAMES = ("Human Rights Council", "HRC")


def _starts(text: str, literals: tuple[str, ...], back: int = 0) -> list[int]:
    """Where each of ``literals`` occurs in ``text``, less ``back``, in order."""
    found: list[int] = []
    for literal in literals:
        i = text.find(literal, back)
        while i >= 0:
            found.append(i - back)
            i = text.find(literal, i + 1)
    found.sort()
    return found


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match begins at one of
    ``starts``: each is tried with ``match`` there, past the end of the last match, as
    finditer would reach it. (These patterns open with a lookbehind or ``\\b``, which
    leaves re no literal to skip ahead to: finditer tried every character of a long text,
    about 1 ms per pattern per 50,000 characters; a lookbehind still reads the characters
    before the position ``match`` starts at.)"""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                yield m
                end = m.end()


def find_symbols(text: str) -> tuple[str, ...]:
    """UN document symbols in ``text``, canonical, in order of first appearance, no repeats.

    Linear in the length of the text: an earlier pattern's match claims its characters,
    and a later match is dropped when its first or last character is already claimed
    (looked up in a per-character map, not against every earlier match).
    """
    prose = _PROSE in text
    other = any(literal in text for literal in _PROSE_OTHER_LITERALS)
    if "/" not in text and not prose and not other:
        return ()
    found: list[tuple[int, str]] = []
    claimed: bytearray | None = None

    def add(start: int, end: int, symbol: str) -> None:
        nonlocal claimed
        if claimed is None:
            claimed = bytearray(len(text))
        elif claimed[start] or claimed[end - 1]:
            return
        claimed[start:end] = b"\x01" * (end - start)
        found.append((start, symbol))

    (literals, pattern), *others = _PATTERNS
    for m in _matches(pattern, text, _starts(text, literals)):
        number, year = m.group(1), m.group(2)
        add(m.start(), m.end(), f"S/RES/{number} ({year})" if year else f"S/RES/{number}")
    for literals, pattern in others:
        for m in _matches(pattern, text, _starts(text, literals)):
            add(m.start(), m.end(), m.group())
    if prose:
        # Prose resolutions begin one letter ("R" or "r") before "esolution".
        resolutions = _starts(text, (_PROSE,), back=1)
        for m in _matches(_PROSE_SC_RESOLUTION, text, resolutions):
            add(m.start(1), m.end(), f"S/RES/{m.group(1)} ({m.group(2)})")
        if "HRC" in text or "Human Rights Council" in text:
            for m in _matches(_PROSE_HRC_RESOLUTION, text, _starts(text, _COUNCIL_NAMES)):
                add(m.start(1), m.end(), f"A/HRC/RES/{m.group(1)}/{m.group(2)}")
        if "/" in text:
            for m in _matches(_PROSE_GA_RESOLUTION, text, resolutions):
                add(m.start(1), m.end(), f"A/RES/{m.group(1)}/{m.group(2)}")
    if other:
        # Each form begins at most a few letters before its literal ("رقم" aside).
        starts = sorted(
            {max(0, s - back) for s in _starts(text, _PROSE_OTHER_LITERALS) for back in (0, 1, 2)}
        )
        for m in _matches(_PROSE_OTHER_SC_RESOLUTION, text, starts):
            add(m.start(1), m.end(), f"S/RES/{int(m.group(1))} ({int(m.group(2))})")
    seen: set[str] = set()
    ordered: list[str] = []
    for _, symbol in sorted(found):
        if symbol not in seen:
            seen.add(symbol)
            ordered.append(symbol)
    return tuple(ordered)
