"""A reaction whose lede is the veto itself, its speaker trailing, reports the veto; the
headline's verb of reacting does not decide (tests/eval/README.md, the event convention).
A lede that opens with its speaker is their statement."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        (
            "Syria: rights group condemns Russian veto",
            "Russia's veto on Tuesday of the aid renewal will cut off millions of Syrians, Human "
            "Rights Watch said.",
            {"Russian Federation"},
        ),
        (
            "France condemns Russian veto",
            "The Russian veto on Friday condemns millions of Syrians to hunger, the French foreign "
            "ministry said.",
            {"Russian Federation"},
        ),
        (
            "UK slams double veto",
            "Today's double veto by Russia and China is a shameful betrayal of the Syrian people, "
            "the Foreign Secretary said.",
            {"China", "Russian Federation"},
        ),
    ],
)
def test_the_veto_first_and_its_speaker_trailing_is_the_veto(
    title: str, text: str, vetoed: set[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Paris denounces the veto",
            "France's foreign minister said the Russian veto was a disgrace.",
        ),
        (
            "Amnesty deplores veto",
            "Amnesty International said on Tuesday that the Russian veto would cost lives.",
        ),
        # (the veto in a time clause after the speaker's act)
        (
            "Damascus hails stand by Moscow and Beijing",
            "Syria's foreign ministry on Wednesday thanked Russia and China for standing by it, a "
            "day after the two powers vetoed a European-drafted resolution, officials said.",
        ),
    ],
)
def test_the_speaker_first_is_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"
