"""A count of past vetoes or texts is history, whichever rule reads it: the rules share one
list of count words (``_COUNT_WORDS``), so a count one of them knows is known to all."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the "kept the Council from acting" rule (twenty was missing from its list)
        (
            "Moscow's record at the UN",
            "Russia has stopped the Security Council from acting on Syria twenty times since "
            "2011, diplomats note.",
        ),
        (
            "Moscow's record at the UN",
            "Russia has stopped the Security Council from acting on Syria sixteen times since "
            "2011, diplomats note.",
        ),
        # the "used its veto" cue
        ("Moscow's long record", "Russia has used its veto seventeen times on Syria since 2011."),
        ("Moscow's long record", "Russia has used its veto a dozen times on Syria since 2011."),
    ],
)
def test_a_count_of_past_vetoes_is_history(title: str, text: str) -> None:
    event = classify(title, text)
    assert event.type != "veto"
    assert event.vetoers == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Russia, which has blocked more than a dozen texts on Syria, is expected to abstain on "
        "Friday's vote.",
        "China, who sank fifteen earlier texts, is expected to abstain on Friday's vote.",
    ],
)
def test_a_counted_record_in_a_relative_clause_is_background(text: str) -> None:
    assert classify("Vote on aid due", text).type == "vote_scheduled"


def test_the_act_itself_is_still_the_veto() -> None:
    event = classify(
        "Russia vetoes Syria aid renewal",
        "Russia on Friday used its veto to block a renewal of cross-border aid into Syria.",
    )
    assert event.type == "veto"
    assert event.vetoers == frozenset({"Russian Federation"})
