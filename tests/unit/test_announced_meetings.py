"""A meeting announced for a day ahead (probe s13 P13): dated forward, drafted as to come."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from demandwatch.core.announced import announces_ahead
from demandwatch.core.drafts import gather_facts
from demandwatch.core.events import classify
from demandwatch.core.models import Event
from demandwatch.drafts import org_profile, render_draft
from slack_support import event_alert, make_config

TUESDAY = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
ANNOUNCED = (
    "Security Council to hold emergency meeting on Syria detainees on Friday",
    "The Security Council will hold an emergency meeting on Friday on reports of mass "
    "executions of detainees in Syria, at the request of France.",
)


@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        (*ANNOUNCED, date(2026, 12, 4)),  # the Friday ahead
        (
            "Security Council meets on Syria detainees",
            "The Security Council on Friday held an emergency meeting on reports of mass "
            "executions of detainees in Syria.",
            date(2026, 11, 27),  # the Friday gone: a meeting reported as held
        ),
        (
            "Council members to meet on Syria",
            "Council members are expected to meet on Thursday in consultations on Syria.",
            date(2026, 12, 3),
        ),
    ],
)
def test_a_weekday_is_ahead_in_an_announcement_and_behind_in_a_report(
    title: str, text: str, day: date
) -> None:
    event = classify(title, text, published=TUESDAY)
    assert (event.type, event.date) == ("meeting", day)


def test_an_announced_meeting_is_drafted_ahead_and_a_held_one_as_held() -> None:
    config = make_config()
    held = event_alert("meeting")  # 31 January 2012, "met today"
    announced = replace(
        held,
        item=replace(held.item, title=ANNOUNCED[0], text=ANNOUNCED[1]),
        event=Event("meeting", (), date(2012, 2, 3), None),
    )
    today = date(2012, 1, 31)
    text = render_draft([announced], config, today=today)
    assert "ahead of its meeting on February 3, 2012, announced as" in text
    assert "was said at the meeting" not in text
    assert "at its meeting" not in text
    held_text = render_draft([held], config, today=today)
    assert "at its meeting on January 31, 2012, reported as" in held_text
    assert "ahead of" not in held_text
    # The day after the meeting, the announcement's draft is a held meeting's again.
    facts = gather_facts(
        [announced],
        {d.id: d for d in config.demands},
        org_profile(config.org),
        today=date(2012, 2, 4),
    )
    assert not facts.ahead
    # Announced with no day stated, drafted the day it was published: to come, undated.
    undated = replace(announced, event=Event("meeting", (), None, None))
    facts = gather_facts(
        [undated], {d.id: d for d in config.demands}, org_profile(config.org), today=today
    )
    assert (facts.ahead, facts.event_date) == (True, None)


def test_what_announces_ahead() -> None:
    assert announces_ahead("security council to hold emergency meeting on friday")
    assert announces_ahead("members are expected to vote this afternoon")
    assert not announces_ahead("the security council met today to hear a briefing")
    assert not announces_ahead("the council held an emergency meeting on friday")


# A briefing is a meeting: a What's in Blue preview names its day beside the word "briefing"
# and no other (probe s14 N11: drafted with no date). Each language's word for it.
@pytest.mark.parametrize(
    ("title", "text", "day"),
    [
        (
            "Syria: Briefing on Detention and Missing Persons",
            "On Thursday (3 December), the Security Council will hold a briefing on detainees "
            "and missing persons in Syria.",
            date(2026, 12, 3),
        ),
        (
            "Syria: open briefing",
            "Council members will receive a briefing on Friday from the Special Envoy.",
            date(2026, 12, 4),
        ),
        (
            "Syrie : le Conseil de sécurité se réunit jeudi",
            "Le Conseil de sécurité tiendra jeudi 3 décembre une séance d'information sur la "
            "Syrie, avec un exposé de l'Envoyé spécial.",
            date(2026, 12, 3),
        ),
        (
            "Siria: sesión informativa del Consejo",
            "El Consejo de Seguridad celebrará el jueves 3 de diciembre una sesión informativa "
            "sobre Siria.",
            date(2026, 12, 3),
        ),
        (
            "Совбез ООН проведет брифинг по Сирии",
            "Совет Безопасности ООН 3 декабря проведет брифинг по гуманитарной ситуации в Сирии.",
            date(2026, 12, 3),
        ),
        (
            "مجلس الأمن يستمع إلى إحاطة بشأن سوريا",
            "سيستمع مجلس الأمن في 3 ديسمبر إلى إحاطة من المبعوث الخاص إلى سوريا.",
            date(2026, 12, 3),
        ),
    ],
)
def test_a_briefing_announced_for_a_day_is_dated(title: str, text: str, day: date) -> None:
    event = classify(title, text, published=TUESDAY)
    assert (event.type, event.date) == ("meeting", day)
