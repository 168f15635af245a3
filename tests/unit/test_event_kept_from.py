"""A permanent member "stopping the Council from" acting is its veto only when the act is a
decision it can veto: keeping the Council from meeting or discussing a matter is a procedural
vote, and a count of times it did so is history."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


def vetoers(title: str, text: str) -> tuple[str, list[str]]:
    event = classify(title, text)
    return event.type, sorted(a.name for a in event.actors if a.role == "vetoed")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "China keeps Xinjiang off Council table",
            "China stopped the Security Council from holding a meeting on Xinjiang on Tuesday.",
        ),
        (
            "Beijing bars Council from discussing Tibet",
            "China barred the Council from discussing the matter, a procedural vote falling short.",
        ),
        (
            "Moscow's record at the UN",
            "Russia has stopped the Security Council from acting on Syria 16 times since 2011, "
            "diplomats note.",
        ),
    ],
)
def test_kept_from_meeting_or_counted_is_no_veto(title: str, text: str) -> None:
    kind, named = vetoers(title, text)
    assert kind != "veto"
    assert named == []


def test_kept_from_deciding_is_the_veto() -> None:
    assert vetoers(
        "Russia again stops Council action on Syria",
        "Russia on Thursday stopped the Security Council from renewing the cross-border aid "
        "mechanism, voting against a text backed by 13 members.",
    ) == ("veto", ["Russian Federation"])
