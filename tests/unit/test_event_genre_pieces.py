"""A background piece under a wire's or an NGO's kicker ("FACTBOX-", "Explainer:",
"Timeline:", "Q&A:", "Background:", "Analysis:") reports no vote of the Council: its
plural "vetoes" and the record it lists are no veto of the day (review s19, left by
043ec37: "Factbox: vetoes at the Council" read as a veto, a P1 page and an Assembly
deadline for a veto nobody cast that day). A veto headline without a kicker, and a piece
that names the day of the news, keep their veto."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify

PUBLISHED = datetime(2026, 12, 3, 18, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Explainer: vetoes and the Syria war",
            "The Security Council's five permanent members can block any resolution, and two "
            "of them have done so on Syria since the first year of the war.",
        ),
        (
            "Timeline: Security Council vetoes on Syria",
            "Russia and China have blocked Council action on Syria again and again since 2011.",
        ),
        (
            "FACTBOX-The drafts on Syria Moscow has killed",
            "Russia has vetoed Security Council action on Syria 17 times since 2011. The list "
            "below gives each text and who tabled it.",
        ),
        (
            "Analysis: Moscow's veto and the end of the Mali sanctions panel",
            "With its veto of the renewal, Moscow shut down the experts who had documented "
            "abuses; diplomats noted it has used its veto more than any other member.",
        ),
    ],
)
def test_a_background_piece_under_its_kicker_is_no_veto(title: str, text: str) -> None:
    event = classify(title, text, published=PUBLISHED)
    assert event.type == "other", event
    assert vetoed_by(event) == frozenset()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russian, Chinese vetoes sink U.N. Syria draft",
            "Russia and China on Tuesday vetoed a draft resolution on Syria aid.",
        ),
        (
            # a kicker over the day's veto, told with its day
            "Analysis: Russia's veto of the Syria aid text",
            "Russia on Thursday vetoed a Security Council draft renewing cross-border aid, "
            "leaving four million people without a lifeline.",
        ),
    ],
)
def test_a_veto_of_the_day_stays_a_veto(title: str, text: str) -> None:
    event = classify(title, text, published=PUBLISHED)
    assert event.type == "veto", event
