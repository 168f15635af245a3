"""Session 32's English event classes (issue 11, en-events-s32), from a count of validation
11-30's English misses by cue and by the rule that moved them (counts only): vetoes and
adoptions read `other` with no cue of their type.

- A permanent member blocking, killing, sinking or scuttling a UN or Council measure told by
  its aim (a ceasefire, a probe, an inquiry, a demand) is the veto; so is one shielding a
  government from the Council's sanctions or censure. Not a press statement blocked, nor a
  shield on the ground.
- The veto noun after a member's possessive or an ordinal, with the file or the organ
  between ("Russia's latest Syria veto shuts ...", "Moscow's eighth Syria veto halts ...") is
  the veto; the veto's record, power or threat is not, nor a piece under an explainer's tail
  ("...: what it means for Aleppo", "...: a timeline").
- A headline whose member blocks a text whose aim is a verb of saying ("blocks U.N. move to
  condemn ...") is the veto, not the member's statement; a threat of sanctions blocked is the
  text that made it.
- A measure winning a UN organ's backing, approval or endorsement, a unanimous Council vote,
  a UN council backing an extension, or a member failing to block the Assembly's text, is the
  adoption. Not another body's backing (the Arab League's, the powers', donors').
- A capital after "in" or "at" is a place, not a permanent member: another body's veto at a
  meeting in London names no member (en-events-s31's shareholders' veto).
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = ["China", "Russian Federation"]
RUSSIA = ["Russian Federation"]


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        ("Moscow kills U.N. chemical weapons probe", "", RUSSIA),
        ("Russia and China sink U.N. Idlib ceasefire", "", CHINA_RUSSIA),
        ("China, Russia scuttle U.N. Aleppo truce", "", CHINA_RUSSIA),
        ("Russia shields Damascus from Security Council sanctions", "", RUSSIA),
        (
            "Russia blocks U.N. move to condemn Houla killings",
            "Eleven members voted for the text drafted by Britain and France.",
            RUSSIA,
        ),
        (
            "Russia and China block threat of sanctions on Assad",
            "The text drew eleven votes in favour, with two abstentions.",
            CHINA_RUSSIA,
        ),
        ("Moscow's twelfth Syria veto ends aid mandate", "", RUSSIA),
        ("Russia's latest U.N. veto leaves Idlib crossing shut", "", RUSSIA),
    ],
)
def test_member_blocking_a_measure_or_its_qualified_veto_is_the_veto(
    title: str, text: str, vetoed: list[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert sorted(event.vetoers) == vetoed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Russia blocks U.N. press statement on Idlib shelling", ""),
        ("Russian jets shield Syrian troops from rebel advance", ""),
        ("Russia's veto record on Syria: a timeline", ""),
        ("Russia's fourteenth Syria veto: what it means for the northwest", ""),
        ("Russia's latest veto: how the Council split over aid", ""),
        ("Russia's veto power under scrutiny as reform talks open", ""),
    ],
)
def test_blocks_records_and_explainers_are_no_veto(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"


@pytest.mark.parametrize(
    "title",
    [
        "Syria disarmament plan wins U.N. backing",
        "Syria ceasefire gets unanimous Security Council endorsement",
        "Syria transition roadmap gets unanimous Council vote",
        "U.N. rights council backs renewal of Syria inquiry",
        "Russia fails to block U.N. Assembly vote on Syria rights",
    ],
)
def test_measure_winning_a_un_organs_backing_is_the_adoption(title: str) -> None:
    assert classify(title).type == "resolution_adopted"


@pytest.mark.parametrize(
    "title",
    [
        "Syria peace plan wins Arab League backing",
        "Syria truce plan wins backing of world powers",
        "Syria aid appeal wins donor backing",
        "Russia and China fail to block OPCW attribution powers",
    ],
)
def test_another_bodys_backing_is_no_adoption(title: str) -> None:
    assert classify(title).type != "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Shareholders wield their veto over pay plan",
            "Investors rejected the bonuses the board had proposed at the annual meeting in London.",
        ),
        (
            "Board members use their veto on stadium plan",
            "The vote was taken at the club's meeting in Moscow.",
        ),
    ],
)
def test_a_capital_after_in_or_at_is_a_place_not_a_permanent_member(title: str, text: str) -> None:
    # Another body's veto, with a meeting's city the only capital: no member is named.
    assert classify(title, text).type == "other"


def test_a_capital_as_the_subject_still_names_the_member() -> None:
    event = classify(
        "Washington vetoes council draft on settlements",
        "The text had the backing of the other fourteen members.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["United States"]
