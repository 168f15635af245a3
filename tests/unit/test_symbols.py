"""UN document symbols found in free text, canonical and in order."""

from __future__ import annotations

import pytest

from demandwatch.core.symbols import find_symbols


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Security Council documents: drafts and letters.
        ("The draft S/2012/77 was vetoed.", ("S/2012/77",)),
        ("draft resolution S/2012/538 of 19 July", ("S/2012/538",)),
        ("revised text S/2012/77/Rev.1 circulated", ("S/2012/77/Rev.1",)),
        # Resolutions, with and without the year, and in prose.
        ("resolution S/RES/2118 (2013) on chemical weapons", ("S/RES/2118 (2013)",)),
        ("S/RES/2118(2013)", ("S/RES/2118 (2013)",)),
        ("S/RES/2254", ("S/RES/2254",)),
        ("Council resolution 2118 (2013) requires", ("S/RES/2118 (2013)",)),
        ("Resolution 2254 (2015) endorsed a road map", ("S/RES/2254 (2015)",)),
        # Presidential statements.
        ("presidential statement S/PRST/2011/16 of 3 August", ("S/PRST/2011/16",)),
        # Press releases.
        ("press release SC/10536 of 4 February", ("SC/10536",)),
        ("see SG/SM/14111 and GA/11207", ("SG/SM/14111", "GA/11207")),
        ("SC/10536.", ("SC/10536",)),
        # Human Rights Council documents.
        ("report A/HRC/19/69 of the commission", ("A/HRC/19/69",)),
        ("A/HRC/19/69.", ("A/HRC/19/69",)),
        ("special session report A/HRC/S-17/2/Add.1", ("A/HRC/S-17/2/Add.1",)),
        ("resolution A/HRC/RES/S-17/1", ("A/HRC/RES/S-17/1",)),
        ("draft A/HRC/19/L.38/Rev.1", ("A/HRC/19/L.38/Rev.1",)),
        # General Assembly resolutions and drafts.
        ("A/RES/76/262 on the veto initiative", ("A/RES/76/262",)),
        ("General Assembly resolution 76/262 (the veto initiative)", ("A/RES/76/262",)),
        ("the draft A/66/L.57 on Syria", ("A/66/L.57",)),
        # Emergency special sessions: A/RES/ES-11/1, drafts A/ES-11/L.1.
        ("resolution A/RES/ES-11/1 of 2 March 2022", ("A/RES/ES-11/1",)),
        ("draft resolution A/ES-11/L.1", ("A/ES-11/L.1",)),
        ("General Assembly resolution ES-11/1", ("A/RES/ES-11/1",)),
        # Human Rights Council resolutions in prose are not General Assembly resolutions.
        ("Human Rights Council resolution 19/22 on Syria", ("A/HRC/RES/19/22",)),
        ("Human Rights Council resolution S-16/1 of April 2011", ("A/HRC/RES/S-16/1",)),
        ("HRC resolution 19/1 on Syria", ("A/HRC/RES/19/1",)),
    ],
)
def test_symbols_found_and_canonical(text: str, expected: tuple[str, ...]) -> None:
    assert find_symbols(text) == expected


def test_order_of_first_appearance_without_repeats() -> None:
    text = (
        "Recalling resolution 2042 (2012), S/RES/2043 (2012) and the draft S/2012/77, "
        "the Council (SC/10536) noted S/2012/77 and S/RES/2042 (2012) again."
    )
    assert find_symbols(text) == ("S/RES/2042 (2012)", "S/RES/2043 (2012)", "S/2012/77", "SC/10536")


def test_prose_and_formal_spellings_are_one_symbol() -> None:
    assert find_symbols("A/RES/76/262 and resolution 76/262") == ("A/RES/76/262",)
    assert find_symbols("resolution 2118 (2013), that is S/RES/2118 (2013)") == (
        "S/RES/2118 (2013)",
    )


def test_resolution_with_and_without_year_are_distinct() -> None:
    assert find_symbols("S/RES/2118 (2013), later cited as S/RES/2118") == (
        "S/RES/2118 (2013)",
        "S/RES/2118",
    )


def test_symbol_in_a_query_string_is_found() -> None:
    url = "http://www.un.org/ga/search/view_doc.asp?symbol=S/2012/77&Lang=E"
    assert find_symbols(url) == ("S/2012/77",)


@pytest.mark.parametrize(
    "text",
    [
        "On 12/02/2012 the Council met",
        "between 10/11 and 2012/77",
        "in 2011/12 and 1/2 of cases",
        "page 3/4",
        "resolution 2254 without a year is ambiguous",
        "2118 (2013) alone is just numbers",
        "ASC/10536 and XS/2012/77",  # letters glued in front
        "S/20123/77",  # no five-digit years
        # Fragments of URL paths are not symbols of their own.
        "https://cdn.example.com/A/12/345.jpg",
        "https://example.org/archive/SC/2012/photo.jpg",
        "https://example.org/a/S/2012/77",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert find_symbols(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "SC/1234567",  # longer than any press release number: not a truncated SC/123456
        "S/2012/77123",
        "A/HRC/19/69123",
    ],
)
def test_no_truncated_symbols(text: str) -> None:
    assert find_symbols(text) == ()


def test_empty_text() -> None:
    assert find_symbols("") == ()


def test_a_long_text_citing_the_same_symbols_many_times_lists_each_once() -> None:
    # The overlap rule holds across thousands of matches (an earlier pattern's span wins).
    text = "Recalling resolution 2042 (2012), S/RES/2043 (2012), S/2012/77 and A/HRC/19/69. " * 5000
    assert find_symbols(text) == (
        "S/RES/2042 (2012)",
        "S/RES/2043 (2012)",
        "S/2012/77",
        "A/HRC/19/69",
    )


def test_text_without_any_symbol_literal_has_no_symbols() -> None:
    assert find_symbols("The Council met on Syria; no document was cited. " * 100) == ()


def test_each_pattern_is_tried_where_its_literals_begin_and_finds_what_finditer_finds() -> None:
    # find_symbols tries a pattern only where one of its literals begins (re cannot skip to
    # a pattern opening with a lookbehind or \b). Each pattern's matches that way must be
    # finditer's, over random mixes of every literal, digits, separators and letters that
    # a lookbehind rejects.
    import random

    from demandwatch.core.symbols import (
        _COUNCIL_NAMES,
        _PATTERNS,
        _PROSE,
        _PROSE_GA_RESOLUTION,
        _PROSE_HRC_RESOLUTION,
        _PROSE_SC_RESOLUTION,
        _matches,
        _starts,
    )

    tried = [(pattern, literals, 0) for literals, pattern in _PATTERNS] + [
        (_PROSE_SC_RESOLUTION, (_PROSE,), 1),
        (_PROSE_GA_RESOLUTION, (_PROSE,), 1),
        (_PROSE_HRC_RESOLUTION, _COUNCIL_NAMES, 0),
    ]
    pieces = [
        *(literal for _, literals, _ in tried for literal in literals),
        "R", "r", "resolution ", "resolutions ", "RES/", "PRST/", "SM/", "ES-11/", "S-17/",
        "L.", "/Rev.", "/Add.1", " (", "(", ")", "/", " ", "\n", "x", "_", "É", "Я",
        "2118", "2013", "12", "1", "262", "123456", "1234567", "2012/", "19/", "/77",
        # whole symbols, to be cut into, run together and put after letters
        "S/RES/2118 (2013)", "S/PRST/2011/16", "S/2012/77", "SC/10536", "SG/SM/12345",
        "A/RES/ES-11/1", "A/HRC/S-17/2/Add.1", "A/66/L.57", "resolution 2118 (2013)",
        "resolution 76/262", "HRC resolution 19/22", "Human Rights Council resolution 19/22",
    ]  # fmt: skip
    rng = random.Random(2118)
    found = [0] * len(tried)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for i, (pattern, literals, back) in enumerate(tried):
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            starts = _starts(text, literals, back)
            got = [(m.span(), m.groups()) for m in _matches(pattern, text, starts)]
            assert got == expected, (pattern.pattern, text)
            found[i] += len(expected)
    assert min(found) > 0, found  # the mixes make matches of every pattern


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Consejo aprobó hoy la resolución 2821 (2026). El proyecto S/2026/1104 fue "
            "presentado por Francia.",
            ("S/RES/2821 (2026)", "S/2026/1104"),
        ),
        ("Le Conseil a adopté la résolution n° 2823 (2026).", ("S/RES/2823 (2026)",)),
        ("Совет Безопасности принял резолюцию 2825 (2026).", ("S/RES/2825 (2026)",)),
        ("Резолюция № 2254 (2015) остается основой.", ("S/RES/2254 (2015)",)),
        ("اعتمد مجلس الأمن القرار 2826 (2026) بالإجماع", ("S/RES/2826 (2026)",)),
        ("اعتمد مجلس الأمن القرار رقم ٢٢٥٤ (٢٠١٥)", ("S/RES/2254 (2015)",)),
        # Not a resolution: a number without its year, a decision word elsewhere.
        ("La résolution 2254 reste la base du processus.", ()),
        ("قرار مجلس الأمن بشأن سوريا", ()),
    ],
)
def test_resolutions_written_in_french_spanish_russian_and_arabic_prose(
    text: str, expected: tuple[str, ...]
) -> None:
    # Probe s14 N2: only English and German prose forms were read, so an adoption in
    # the other four languages was drafted with its draft symbol as "the resolution".
    assert find_symbols(text) == expected
