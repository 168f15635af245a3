"""A permanent member blocking the Council's action is its veto, with who vetoed read from
the subject: "Russia and China block UN action on Syria", "China and Russia again stop
Council action", "Moscow thwarts U.N. aid deliveries". Only a permanent member's "no"
stops a Council text, so the headline says it all.

Written before the rule (session 15), from the blind part's counts (who vetoed "none
found" on veto items). Not a veto: a press statement blocked (agreed by consensus, no vote
cast), another country blocking the UN on the ground, a permanent member's act outside the
Council, a block told as history ("which had blocked").
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = ["China", "Russian Federation"]
RUSSIA = ["Russian Federation"]


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        ("Russia and China block UN action on Syria chemical attacks", "", CHINA_RUSSIA),
        ("China and Russia again stop Council action on Syria aid", "", CHINA_RUSSIA),
        ("Moscow thwarts U.N. aid deliveries to northwest Syria", "", RUSSIA),
        ("Russia blocks UN Security Council sanctions on Damascus", "", RUSSIA),
        (
            "Washington halts Security Council bid on Syria ceasefire",
            "The United States on Wednesday vetoed the draft in the 15-member council.",
            ["United States"],
        ),
    ],
)
def test_member_blocking_the_council_is_its_veto(title: str, text: str, vetoed: list[str]) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert sorted(event.vetoers) == vetoed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia blocks UN Security Council statement on Syria strike",
            "Russia objected to a press statement drafted by France, diplomats said.",
        ),
        ("China blocks UN rights chief's visit to Xinjiang", ""),
        ("Syria blocks UN aid convoys to Douma", ""),
        (
            "Russia, which had blocked Council action on Syria three times, abstains on aid text",
            "Russia abstained on Tuesday, letting the aid renewal through.",
        ),
    ],
)
def test_not_a_member_blocking_by_veto(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"
