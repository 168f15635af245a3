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
BOTH = frozenset({"China", "Russian Federation"})


def _assert_veto_by_russia_alone(title: str, text: str) -> None:
    """The item is read as a veto, Russia's alone (no member of another veto it tells)."""
    event = classify(title, text, published=PUBLISHED)
    assert event.type == "veto"
    assert vetoed_by(event) == RUSSIA, [(a.name, a.role) for a in event.actors]


def _assert_vetoed_by(title: str, text: str, vetoers: frozenset[str]) -> None:
    event = classify(title, text, published=PUBLISHED)
    assert vetoed_by(event) == vetoers, [(a.name, a.role) for a in event.actors]


@pytest.mark.parametrize(
    "recalled",
    [
        "Russia and China vetoed four earlier resolutions on Syria.",
        "Moscow and Beijing blocked two previous drafts on the conflict.",
        "China and Russia vetoed three prior Council texts on the war, diplomats noted.",
    ],
)
def test_members_of_earlier_vetoes_recalled_are_not_the_items_vetoers(recalled: str) -> None:
    _assert_veto_by_russia_alone(TITLE, LEDE + recalled)


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
    _assert_vetoed_by(title, text, BOTH)


def test_the_items_own_veto_cast_earlier_in_the_day_keeps_its_vetoer() -> None:
    # ("earlier" of the day, not of the texts: test_events' reported pluperfect)
    _assert_vetoed_by(
        "Council deadlock on Syria",
        "Russia had vetoed the draft earlier on Thursday, a Western diplomat said.",
        RUSSIA,
    )


@pytest.mark.parametrize(
    "recalled",
    [
        "In 2012 Russia and China vetoed three resolutions on Syria.",
        "Back in 2017, Moscow and Beijing blocked a text on sanctions over chemical weapons.",
        "In October 2011, Russia and China vetoed a draft threatening sanctions.",
        "On 4 October 2011, China and Russia vetoed a European text on the crackdown.",
    ],
)
def test_members_of_a_veto_dated_to_an_earlier_year_are_not_the_items_vetoers(
    recalled: str,
) -> None:
    """Review s19 V10 (remainder): a later sentence opening on an earlier year tells the
    record, not the day's veto."""
    _assert_veto_by_russia_alone(TITLE, LEDE + recalled)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            # probe s19 R11, the wire's own words (the day moved to the item's Thursday)
            "Russia blocks U.N. bid to refer Syria to war crimes court, a day after aid veto",
            "Russia on Thursday vetoed a Security Council resolution to refer Syria to the "
            "International Criminal Court, its second veto in two days after it and China "
            "blocked an aid extension on Wednesday.",
        ),
        (
            "Russia vetoes ICC referral for Syria",
            "Russia vetoed the referral on Thursday, a day after Moscow and Beijing killed an "
            "aid renewal.",
        ),
    ],
)
def test_members_of_another_days_veto_told_after_the_items_are_not_its_vetoers(
    title: str, text: str
) -> None:
    _assert_veto_by_russia_alone(title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            # the item's own double veto, after another act of the day before
            "Russia, China veto U.N. Syria aid text",
            "Russia and China vetoed the aid extension on Thursday after Britain and France "
            "had rejected a Russian amendment on Wednesday.",
        ),
        (
            # a year of the item's own
            "Russia, China veto U.N. Syria text",
            "Russia and China on Thursday vetoed a resolution on aid to Syria. In 2026 they "
            "have now blocked four texts together.",
        ),
        (
            # the veto itself told after the day's first act, on the same day
            "Russia, China veto U.N. Syria text",
            "The Council met on Thursday morning and, hours after Russia and China blocked "
            "the aid text on Thursday, adjourned.",
        ),
    ],
)
def test_the_items_own_veto_beside_another_dated_act_keeps_its_vetoers(
    title: str, text: str
) -> None:
    _assert_vetoed_by(title, text, BOTH)
