"""Who vetoed agrees with what the item says of the vote (probe s13 P14: "Russia, backed by
China, vetoes", China voting in favour and a 14-1 tally, named China a vetoer, and the
draft statement accused it of a veto it did not cast)."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


def vetoers(title: str, text: str) -> list[str]:
    event = classify(title, text)
    assert event.type == "veto"
    return sorted(a.name for a in event.actors if a.role == "vetoed")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia, backed by China, vetoes Syria text",
            "Russia vetoed a Security Council draft resolution on Syria on Tuesday, with China "
            "voting in favour after last-minute changes. The vote was 14 to 1.",
        ),
        (
            "Russia, backed by China, vetoes Syria text",
            "Russia vetoed a Security Council draft resolution on Syria on Tuesday after "
            "last-minute changes. The vote was 14 to 1.",
        ),
        (
            "Moscow vetoes Syria draft",
            "Russia vetoed the Security Council draft on Syria, which China voted for. The "
            "vote was 14-1.",
        ),
    ],
)
def test_a_member_that_voted_for_the_text_or_a_tally_of_one_no_names_one_vetoer(
    title: str, text: str
) -> None:
    assert vetoers(title, text) == ["Russian Federation"]


def test_a_double_veto_keeps_both_vetoers() -> None:
    assert vetoers(
        "Russia and China veto Syria text",
        "Russia and China vetoed a Security Council draft resolution on Syria on Tuesday. "
        "The vote was 13 to 2.",
    ) == ["China", "Russian Federation"]
