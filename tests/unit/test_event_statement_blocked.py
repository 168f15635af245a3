"""A press statement blocked is no veto (probe s21 U8).

The Council agrees press statements by consensus: a member that blocks one casts no vote,
and there is no veto to report, no General Assembly debate to expect. "Russia blocks U.N.
Council statement on aid workers killed in Idlib" read as a veto by the Russian Federation
(the headline rule for a permanent member blocking the Council's action let two words
between the Council and "aid": "statement on"), so the wire item paged on-call at P1 with
"Vetoed: Russian Federation" and a General Assembly debate due. Blocking the Council's
action, aid, renewal or text stays a veto.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.events import classify

WHEN = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "title",
    [
        "Russia blocks U.N. Council statement on aid workers killed in Idlib",
        "Russia blocks Security Council press statement on aid convoy attack in Syria",
        "China blocks UN Council statement condemning attack on aid trucks in Syria",
        "Russia blocks U.N. Council meeting on aid access in Syria",
    ],
)
def test_a_blocked_statement_or_meeting_is_no_veto(title: str) -> None:
    event = classify(title, "Diplomats said the text could not be agreed.", published=WHEN)
    assert event.type != "veto", event
    assert not event.vetoers


@pytest.mark.parametrize(
    "title",
    [
        "Russia blocks U.N. Council action on Syria aid",
        "Russia and China block UN Security Council aid renewal for Syria",
        "Moscow thwarts U.N. aid deliveries to Syria",
    ],
)
def test_blocking_the_councils_action_on_aid_is_still_a_veto(title: str) -> None:
    assert classify(title, "", published=WHEN).type == "veto"
