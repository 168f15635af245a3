"""A count of a member's past vetoes is its record, not today's veto (probe s19 P3).

An explainer appearing in press.un.org's feed, "Russia and China have vetoed draft
resolutions on Syria at the Security Council sixteen times since 2011", read as a veto:
a P1 page with a General Assembly deadline for a veto nobody cast. A report of the day's
veto that also counts the earlier ones is still that veto. Sentences written for these
tests, in the shape of explainers, factboxes and wire copy.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.events import classify

WHEN = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Background: the veto and Syria at the Security Council",
            "Russia and China have vetoed draft resolutions on Syria at the Security Council "
            "sixteen times since 2011.",
        ),
        (
            "Ten years of deadlock over Syria",
            "Since 2011, Russia has vetoed draft resolutions on Syria sixteen times.",
        ),
        (
            "Q&A: the Council and Syria's crossings",
            "Russia has vetoed Council texts on Syria 17 times since the war began, and China "
            "has vetoed ten of them alongside it.",
        ),
        (
            "Factbox: the permanent five and their veto",
            "The United States has vetoed more than a dozen draft resolutions on the Middle "
            "East since 2000; Russia cast vetoes on seventeen occasions over Syria.",
        ),
    ],
)
def test_a_count_of_past_vetoes_is_no_veto(title: str, text: str) -> None:
    event = classify(title, text, published=WHEN)
    assert event.type != "veto", event
    assert event.type != "draft_resolution", event


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # The wires' house style: an abbreviation's stops between the verb and its count
        # (review s20 V12: these explainers still paged a P1 veto). Headlines without a
        # kicker ("EXPLAINER-", "FACTBOX-"), which tells a background piece on its own.
        (
            "How the veto shapes the U.N. response to Syria",
            "Russia has vetoed U.N. Security Council resolutions on Syria 14 times since 2011.",
        ),
        (
            "Russia's vetoes at the U.N. over Syria",
            "Moscow has vetoed U.S.- and European-drafted texts on Syria on 17 occasions.",
        ),
        # ... and the count right after the verb, before its abbreviation and noun
        (
            "Syria's last aid crossing and the Council",
            "Russia has vetoed 16 U.N. Security Council resolutions on Syria since 2011.",
        ),
        (
            "A decade of deadlock over Syria at the U.N.",
            "Moscow has blocked 12 U.S.-drafted or European texts on Syria since 2011.",
        ),
    ],
)
def test_a_count_of_past_vetoes_in_wire_style_is_no_veto(title: str, text: str) -> None:
    event = classify(title, text, published=WHEN)
    assert event.type != "veto", event
    assert event.type != "draft_resolution", event


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia vetoes U.N. extension of Syria cross-border aid",
            "Russia on Tuesday vetoed a U.N. Security Council draft resolution extending aid "
            "deliveries into Syria, the 17th time it has vetoed a resolution on Syria since 2011.",
        ),
        (
            "Russia, China block U.N. draft on Syria detainees",
            "Russia and China vetoed a draft resolution on detainees in Syria on Tuesday. "
            "Russia has now vetoed 17 Council texts on Syria since 2011.",
        ),
        (
            "Syria: a veto too many",
            "Russia has vetoed Council texts on Syria 17 times since 2011, most recently on "
            "Tuesday, when it blocked the renewal of cross-border aid.",
        ),
        (
            "Russia vetoes rival Syria texts",
            "Russia has vetoed two draft resolutions on the chemical weapons inquiry in Syria, "
            "diplomats said.",
        ),
        (
            "Russia's veto on Syria aid",
            "Russia has vetoed Syria resolutions seventeen times; it did so again today, "
            "blocking the extension of the last aid crossing.",
        ),
    ],
)
def test_a_veto_told_beside_a_count_of_earlier_ones_is_still_a_veto(title: str, text: str) -> None:
    assert classify(title, text, published=WHEN).type == "veto"


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        # A count later in the sentence that is of something else: the mechanism's renewals,
        # the strikes, the drafting rounds (review s20 V1 of 9a19455: the count's rule took
        # the day's veto for a record, so the first read no vetoer, the second no veto).
        (
            "Council fails to renew Syria aid route",
            "Russia and China have vetoed a draft extending cross-border aid into Syria for a "
            "year, a mechanism the Council had renewed six times since 2014.",
            {"China", "Russian Federation"},
        ),
        (
            "Idlib ceasefire text fails in Security Council",
            "Russia and China have vetoed a draft resolution calling for a ceasefire in Idlib, "
            "where health facilities have been hit more than fifty times since April.",
            {"China", "Russian Federation"},
        ),
        (
            "Council action on Syria blocked",
            "Russia has vetoed a draft backing the Arab League plan that Western diplomats had "
            "redrafted several times to win Moscow over.",
            {"Russian Federation"},
        ),
        (
            "Russia blocks year-long U.N. aid extension for Syria",
            "Russia has vetoed a U.N. Security Council draft to extend aid into Syria for a "
            "year, a mechanism the council has renewed several times since 2014.",
            {"Russian Federation"},
        ),
        # ... or the member's record, in a clause of its own beside the day's veto
        (
            "Syria aid lifeline ends at U.N.",
            "Russia has vetoed a Security Council draft to extend aid deliveries to Syria, "
            "having blocked texts on the conflict 17 times since 2011.",
            {"Russian Federation"},
        ),
    ],
)
def test_a_veto_in_the_perfect_is_not_the_count_later_in_its_sentence(
    title: str, text: str, vetoers: set[str]
) -> None:
    event = classify(title, text, published=WHEN)
    assert event.type == "veto", event
    assert event.vetoers == frozenset(vetoers)
