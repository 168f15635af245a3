"""An English adoption told by its numbered resolution alone (issue 11, session 47, w5b,
en-events-s47-w5b).

Where the rules read nothing in an English item (no cue of any event, no correction), a headline
or lede naming a numbered resolution ("Resolution 2336 backs ...", "Resolution 2449 (2018)
received 13 votes in favour ...") tells its adoption (`_numbered_resolution_told`): only a UN
organ's adopted text has such a number. Not a resolution the news is done under, by, with, after
or in breach of, one told as ignored or years on, another body's numbered resolution (the Arab
League's), nor one named only after the lede; and never over what the rules read otherwise.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import _numbered_resolution_told, classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Resolution 2043 puts up to 300 unarmed UN observers in Syria for 90 days", ""),
        ("Resolution 2336 backs Russian-Turkish truce and Astana talks on Syria", ""),
        (
            "Sieges and barrel bombs named in first Syria aid access text",
            "Resolution 2139 (2014) asks all parties to lift the sieges of populated areas, among"
            " them the Old City of Homs, and to stop the indiscriminate use of barrel bombs.",
        ),
        (
            "UN staff to watch over east Aleppo evacuation",
            "Resolution 2328 (2016), a French text reworked overnight with Moscow, tasks UN and"
            " other staff with monitoring the evacuation of eastern Aleppo.",
        ),
        (
            "Thirty-day pause demanded across Syria as Ghouta toll climbs",
            "BEIRUT - Resolution 2401 calls for a halt to hostilities across Syria for at least 30"
            " days to allow aid deliveries and medical evacuations.",
        ),
        (
            "Cross-Border Relief into Syria to Continue for Another Year",
            "Resolution 2449 (2018) received 13 votes in favour, with China and the Russian"
            " Federation abstaining, and keeps four crossings open until January 2020.",
        ),
    ],
)
def test_a_numbered_resolution_told_alone_is_its_adoption(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a resolution the news is done under, after or in breach of
        (
            "Aid trucks roll into Idlib from Turkey",
            "More than 300 trucks have crossed at Bab al-Hawa since the start of the month under"
            " resolution 2672, the UN's humanitarian office counted.",
            "other",
        ),
        (
            "Ghouta shelling goes on in breach of resolution 2401",
            "Government aircraft struck Hamouria and Saqba on Monday.",
            "other",
        ),
        (
            "Observers sent under resolution 2043 suspend patrols as violence mounts",
            "General Robert Mood said the unarmed monitors would stay in their positions.",
            "other",
        ),
        # its years
        (
            "A decade on, resolution 2118's chemical promise unmet",
            "The OPCW still cannot verify that Damascus declared its whole programme.",
            "other",
        ),
        (
            "Resolution 2254 five years on: the road map nobody walked",
            "Talks on a new constitution have stalled and elections are nowhere in sight.",
            "other",
        ),
        # another body's numbered resolution
        (
            "Arab League resolution 8914 readmits Syria after 12 years",
            "Foreign ministers meeting in Cairo restored Damascus's seat.",
            "other",
        ),
        # named after the lede: the news's background
        (
            "Assad wins fourth term with 95 percent in vote the West calls neither free nor fair",
            "Results announced by the parliament speaker gave the president 95.1 percent. The"
            " United States and European powers said the election violated Security Council"
            " resolution 2254.",
            "other",
        ),
        # what the rules read otherwise stays
        ("Resolution 2254 remains the only road map for Syria, Pedersen says", "", "statement"),
        (
            "Implementation of resolution 2139: access still denied to 3.5 million,"
            " Secretary-General reports",
            "",
            "report",
        ),
    ],
)
def test_near_misses_keep_their_reading(title: str, text: str, expected: str) -> None:
    assert classify(title, text).type == expected


@pytest.mark.parametrize(
    ("title", "text", "told"),
    [
        ("Resolution 2336 backs Russian-Turkish truce", "", True),
        (
            "Syria aid",
            "Resolution 2585 (2021) keeps Bab al-Hawa open. Under resolution 2533 ...",
            True,
        ),
        # (lower-cased as classify folds it)
        ("aid trucks cross under resolution 2672", "", False),
        ("ten years after resolution 2118", "", False),
        ("resolution 2139 ignored as sieges tighten", "", False),
        ("arab league resolution 8914 readmits syria", "", False),
        ("syria votes", "the election passed. the west said it violated resolution 2254.", False),
    ],
)
def test_what_the_lede_names(title: str, text: str, told: bool) -> None:
    assert _numbered_resolution_told(title.lower(), text.lower()) is told
