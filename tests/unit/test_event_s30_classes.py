"""Session 30's English event classes (issue 11, en-events-s30), from a count of validation
11-28's English misses by cue (counts only): vetoes and adoptions read `other` with no cue
of their type at all.

- A headline whose subject is a permanent member and whose verb blocks, sinks, kills,
  thwarts or derails what a Council text would have done ("Russia, China block sanctions
  on Syria"), its lede telling the Council's vote on it, is the veto, with who vetoed read
  from the subject. Not a threat to block, a press statement blocked, a government's act
  outside the Council, nor a lede opening on a speaker reacting.
- A "unanimous" Security Council, U.N. council or 15-member body acting is an adoption; not
  its unanimous press or presidential statement, a unanimous vote hoped for, nor the EU's or
  the Arab League's council.
- A headline opening on a numbered resolution and what it does ("Resolution 2118 requires
  ...") is the adoption; not what is said of it ("Resolution 2254 five years on").
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = ["China", "Russian Federation"]
RUSSIA = ["Russian Federation"]


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        (
            "Russia, China block sanctions on Damascus over gas attacks",
            "Nine members voted in favour and three abstained.",
            CHINA_RUSSIA,
        ),
        (
            "Russia and China thwart week-long Aleppo truce",
            "Venezuela also voted against the text, and Angola abstained.",
            CHINA_RUSSIA,
        ),
        (
            "Russia derails year-long aid lifeline for northwest Syria",
            "Thirteen members backed the extension; China abstained.",
            RUSSIA,
        ),
        (
            "Moscow and Beijing sink bid to refer Syria to The Hague",
            "Thirteen countries voted in favour of the referral.",
            CHINA_RUSSIA,
        ),
    ],
)
def test_member_headline_blocking_the_voted_text_is_its_veto(
    title: str, text: str, vetoed: list[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert sorted(event.vetoers) == vetoed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia threatens to block Syria aid crossings extension",
            "Moscow says one crossing is enough; a vote is expected later this week.",
        ),
        (
            "Russia blocks Council press statement on Idlib shelling",
            "Diplomats said Moscow objected to the wording, so no statement was agreed.",
        ),
        (
            "United States blocks entry of Syrian refugees",
            "A presidential order suspended refugee admissions indefinitely.",
        ),
        (
            "Russia and China block sanctions on Syria",
            "Human Rights Watch said the two countries had voted against the text, shielding Assad.",
        ),
    ],
)
def test_member_headline_not_a_veto_of_the_voted_text(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Unanimous Security Council sends observers to Syria", "The team will monitor the truce."),
        ("A unanimous U.N. council throws its weight behind Syria talks", ""),
        (
            "UN to send monitors to Aleppo",
            "A unanimous 15-member Council on Monday asked the United Nations to monitor the evacuations.",
        ),
        ("Unanimous UN council welcomes Syria ceasefire deal", ""),
        ("Ghouta: unanimous Security Council calls 30-day truce", ""),
    ],
)
def test_unanimous_organ_acting_is_an_adoption(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        ("Unanimous Security Council press statement condemns Damascus bombing", "", "statement"),
        ("A unanimous Arab League council imposes sanctions on Syria", "", "other"),
        (
            "EU lets Syria arms embargo lapse as unanimous council decision eludes ministers",
            "Foreign ministers could not agree to renew the embargo.",
            "other",
        ),
    ],
)
def test_not_a_unanimous_un_organ_adopting(title: str, text: str, event: str) -> None:
    assert classify(title, text).type == event


@pytest.mark.parametrize(
    "title",
    [
        "Resolution 2118 requires Syria to destroy chemical weapons stockpile",
        "Resolution 2401 demands 30-day Syria ceasefire 'without delay'",
        "Resolution 2165 lets UN convoys cross into Syria from Turkey",
    ],
)
def test_headline_opening_on_numbered_resolution_is_its_adoption(title: str) -> None:
    assert classify(title, "").type == "resolution_adopted"


@pytest.mark.parametrize(
    "title",
    [
        "Resolution 2254 five years on: the road map nobody walked",
        "Resolution 2139 ignored as sieges tighten, aid groups say",
    ],
)
def test_numbered_resolution_told_of_is_not_its_adoption(title: str) -> None:
    assert classify(title, "").type != "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Lavrov: Western strikes would break international law", ""),
        (
            "Guterres: Aleppo has become a synonym for hell",
            "The Secretary-General spoke in New York.",
        ),
        ("De Mistura: time is running out for eastern Aleppo", ""),
    ],
)
def test_named_speakers_kicker_is_their_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"


@pytest.mark.parametrize(
    "title",
    [
        "Syria: aid convoy hit near Aleppo, Red Crescent says 20 dead",
        "Analysis: chemical weapons deal gives Assad breathing space",
    ],
)
def test_place_or_genre_kicker_is_not_a_statement(title: str) -> None:
    assert classify(title, "").type != "statement"
