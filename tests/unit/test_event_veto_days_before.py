"""A lede opening on a veto dated days or more before the item names an old veto, whatever
the headline beside it calls it (probe s22 V2)."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

OLD_VETO = [
    (
        "Syria: One week on, Russia's veto leaves victims without justice",
        "One week after Russia vetoed the Security Council's referral of Syria to the "
        "International Criminal Court, Amnesty International calls on the General Assembly "
        "to act.",
    ),
    (
        "A month on, China and Russia's double veto haunts Syria's displaced",
        "A month after China and Russia vetoed the renewal of cross-border aid, relief groups "
        "say stocks are running out.",
    ),
]

TODAYS_VETO = [
    (
        "Russia vetoes U.N. Syria aid resolution",
        "Hours after Russia vetoed a U.N. Security Council resolution on Syria aid, aid groups "
        "said convoys would stop.",
    ),
    (
        "Russia's veto betrays Syria's displaced, aid groups say",
        "A day after Russia vetoed a Security Council resolution renewing cross-border aid, "
        "aid groups said millions would go without.",
    ),
    (
        "Russia, China veto Syria aid again",
        "Two weeks after they blocked a first text, Russia and China on Thursday vetoed a "
        "second draft resolution on cross-border aid to Syria.",
    ),
    (
        "Russia vetoes U.N. resolution on Syria aid",
        "Russia on Tuesday vetoed a U.N. Security Council resolution to renew cross-border aid "
        "into Syria, two weeks after it abstained on a similar text.",
    ),
]


@pytest.mark.parametrize(("title", "lede"), OLD_VETO)
def test_a_veto_a_week_or_more_before_the_item_is_not_its_veto(title: str, lede: str) -> None:
    assert classify(title, lede).type != "veto"


@pytest.mark.parametrize(("title", "lede"), TODAYS_VETO)
def test_a_veto_told_hours_or_a_day_after_or_beside_an_older_act_stays_a_veto(
    title: str, lede: str
) -> None:
    assert classify(title, lede).type == "veto"
