"""Review s19 V10: a veto report recalling earlier vetoes in the simple past ("Russia and
China vetoed four earlier resolutions on Syria") named the member of the earlier vetoes as
a vetoer of the item's own text, so the alert's Vetoed line and the draft (before any tally
came in to contradict it, see 5af6d4a) named China beside Russia. Wire copy recalls the
record this way in its second sentence. The item's own veto, and a veto of a text told as
such, keep their vetoers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify

PUBLISHED = datetime(2026, 12, 3, 18, tzinfo=UTC)
TITLE = "Russia vetoes U.N. bid to refer Syria to war crimes court"
LEDE = (
    "Russia on Thursday vetoed a Security Council resolution to refer Syria to the "
    "International Criminal Court. "
)
RUSSIA = frozenset({"Russian Federation"})


@pytest.mark.parametrize(
    "recalled",
    [
        "Russia and China vetoed four earlier resolutions on Syria.",
        "Moscow and Beijing blocked two previous drafts on the conflict.",
        "China and Russia vetoed three prior Council texts on the war, diplomats noted.",
    ],
)
def test_members_of_earlier_vetoes_recalled_are_not_the_items_vetoers(recalled: str) -> None:
    event = classify(TITLE, LEDE + recalled, published=PUBLISHED)
    assert event.type == "veto"
    assert vetoed_by(event) == RUSSIA, [(a.name, a.role) for a in event.actors]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia, China veto U.N. Syria text",
            "Russia and China on Tuesday vetoed a resolution on aid to Syria, the fourth such "
            "text they have blocked.",
        ),
        (
            "Russia, China veto revised Syria draft",
            "Russia and China vetoed the revised draft on Tuesday, a week after an earlier "
            "version was withdrawn.",
        ),
    ],
)
def test_the_items_own_double_veto_keeps_both_vetoers(title: str, text: str) -> None:
    event = classify(title, text, published=PUBLISHED)
    assert vetoed_by(event) == frozenset({"China", "Russian Federation"})


def test_the_items_own_veto_cast_earlier_in_the_day_keeps_its_vetoer() -> None:
    # ("earlier" of the day, not of the texts: test_events' reported pluperfect)
    event = classify(
        "Council deadlock on Syria",
        "Russia had vetoed the draft earlier on Thursday, a Western diplomat said.",
        published=PUBLISHED,
    )
    assert vetoed_by(event) == RUSSIA
