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
        # counted at the end of the clause, or told as a habit (probe s19 P3: an undated
        # explainer in a UN feed paged the responder with a P1 veto)
        (
            "Background: the veto and Syria at the Security Council",
            "Russia and China have vetoed draft resolutions on Syria at the Security Council "
            "sixteen times since 2011.",
        ),
        ("Explainer: Syria at the UN", "Moscow has blocked action on Syria on 17 occasions."),
        ("Explainer: Syria at the UN", "Russia has repeatedly vetoed draft resolutions on Syria."),
        # the habit in the headline (probe s19 R14: this explainer paged a P1 veto with an
        # Assembly deadline, and led the veto's draft)
        (
            "Explainer: Why Russia keeps vetoing U.N. action on Syria",
            "Russia has vetoed 18 Security Council resolutions on Syria since October 2011, often "
            "joined by China. Here is how the veto works and what the General Assembly can do.",
        ),
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


@pytest.mark.parametrize(
    "text",
    [
        "Russia has vetoed a Security Council draft on Syria for the sixth time.",
        "Russia has vetoed a UN draft on Syria, the 16th time it has done so since 2011.",
        "Russia has again vetoed a Security Council draft on Syria, its sixteenth veto since 2011.",
    ],
)
def test_the_days_veto_counted_among_earlier_ones_is_still_the_veto(text: str) -> None:
    event = classify("Russia vetoes Syria draft", text)
    assert event.type == "veto"
    assert event.vetoers == frozenset({"Russian Federation"})
