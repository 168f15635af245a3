"""UN document symbols found in free text, in their canonical spelling.

Covers what Syria and Security Council coverage cites: Security Council documents
(``S/2012/77``), resolutions (``S/RES/2118 (2013)``, also written "resolution 2118 (2013)"),
presidential statements (``S/PRST/2011/16``), press releases (``SC/10536``, ``GA/12345``,
``SG/SM/12345``), General Assembly and Human Rights Council documents (``A/RES/76/262``,
``A/HRC/19/69``, ``A/HRC/S-17/2/Add.1``).
"""

from __future__ import annotations

import re

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # S/RES/2118 (2013) — the year in parentheses is part of the symbol when present.
    # Every number ends at a non-digit ((?!\d)): "SC/1234567" is no symbol, not SC/123456.
    re.compile(r"(?<![\w/])S/RES/(\d{1,4})(?!\d)(?:\s*\((\d{4})\))?"),
    re.compile(r"(?<![\w/])S/PRST/\d{4}/\d{1,3}(?!\d)"),
    re.compile(r"(?<![\w/])S/\d{4}/\d{1,4}(?!\d)(?:/(?:Rev|Add|Corr)\.\d+)*"),
    re.compile(r"(?<![\w/])(?:SC|GA|HRC|ECOSOC)/\d{4,6}(?!\d)"),
    re.compile(r"(?<![\w/])SG/(?:SM|2)/\d{3,6}(?!\d)"),
    # Emergency special sessions number their own resolutions: A/RES/ES-11/1.
    re.compile(r"(?<![\w/])A/RES/(?:ES-\d+|\d{1,3})/\d{1,4}(?!\d)"),
    re.compile(
        r"(?<![\w/])A/HRC/(?:RES/)?(?:S-)?\d{1,2}/(?:L\.)?\d{1,4}(?!\d)"
        r"(?:/(?:Add|Rev|Corr)\.\d+)*"
    ),
    # Session documents, drafts included: A/66/L.57, A/ES-11/L.1, A/ES-10/273.
    re.compile(r"(?<![\w/])A/(?:ES-\d+|\d{2})/(?:L\.)?\d{1,4}(?!\d)(?:/(?:Add|Rev|Corr)\.\d+)*"),
)
# "resolution 2118 (2013)" in prose is the Council resolution S/RES/2118 (2013);
# General Assembly resolutions are written "resolution 76/262" (or "ES-11/1") and caught
# below, unless the Human Rights Council is named: its "resolution 19/22" is A/HRC/RES/19/22.
_PROSE_SC_RESOLUTION = re.compile(r"\b[Rr]esolutions?\s+(\d{3,4})\s*\((\d{4})\)")
_PROSE_HRC_RESOLUTION = re.compile(
    r"\b(?:Human Rights Council|HRC)\s+[Rr]esolutions?\s+((?:S-)?\d{1,2})/(\d{1,3})\b"
)
_PROSE_GA_RESOLUTION = re.compile(r"\b[Rr]esolutions?\s+(ES-\d+|\d{2,3})/(\d{1,4})\b")


def find_symbols(text: str) -> tuple[str, ...]:
    """UN document symbols in ``text``, canonical, in order of first appearance, no repeats."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, symbol: str) -> None:
        if any(s <= start < e or s < end <= e for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, symbol))

    for m in _PATTERNS[0].finditer(text):
        number, year = m.group(1), m.group(2)
        add(m.start(), m.end(), f"S/RES/{number} ({year})" if year else f"S/RES/{number}")
    for pattern in _PATTERNS[1:]:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), m.group())
    for m in _PROSE_SC_RESOLUTION.finditer(text):
        add(m.start(1), m.end(), f"S/RES/{m.group(1)} ({m.group(2)})")
    for m in _PROSE_HRC_RESOLUTION.finditer(text):
        add(m.start(1), m.end(), f"A/HRC/RES/{m.group(1)}/{m.group(2)}")
    for m in _PROSE_GA_RESOLUTION.finditer(text):
        add(m.start(1), m.end(), f"A/RES/{m.group(1)}/{m.group(2)}")
    seen: set[str] = set()
    ordered: list[str] = []
    for _, symbol in sorted(found):
        if symbol not in seen:
            seen.add(symbol)
            ordered.append(symbol)
    return tuple(ordered)
