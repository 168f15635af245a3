"""A Council development's first report in a language its story lacks (issue 11, session 48,
w3; stories-lone-s48-w3).

An item of one of the Council's kinds (``stories._LONE_KINDS``: a vote, a draft, a vote
announced, a meeting), worded with no key that crosses languages, joins the one story opened
within six hours of it (``stories._LONE_SPAN``) when that story is read as the item's event,
holds the item's demands and no headline in the item's language, and no other story was opened
in those hours (``StoryClusterer._lone_development``). Not other news (two courts' rulings an
hour apart in two languages), a report (two bodies' reports the same morning), a statement,
other demands, another organ, a story already told in the item's language, hours that opened
two stories, or a report past six hours."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from demandwatch.core import stories
from demandwatch.core.stories import Candidate
from story_support import candidate, polled

# The Arria meeting on the Caesar photographs (15 April 2014), told by a wire in English and
# first in Spanish and Arabic by headlines hours later.
MEETING = datetime(2014, 4, 15, 19, 10, tzinfo=UTC)
ACCOUNTABILITY = "accountability-investigations"


def wire(event: str = "meeting") -> Candidate:
    return candidate(
        "wire",
        "Photos of detainees' bodies shown to Security Council members behind closed doors",
        event,
        MEETING,
        demand=ACCOUNTABILITY,
        text="Images smuggled out of Syria by a former military police photographer were shown "
        "to Council members on Tuesday at an informal meeting convened by France, whose "
        "ambassador said they were evidence of crimes against humanity that must not go "
        "unpunished.",
    )


def spanish(hours: float, event: str = "meeting", demand: str = ACCOUNTABILITY) -> Candidate:
    return candidate(
        "es",
        "Las fotos de «César», proyectadas a puerta cerrada ante los miembros del Consejo",
        event,
        MEETING + timedelta(hours=hours),
        demand=demand,
    )


def arabic(hours: float) -> Candidate:
    return candidate(
        "ar",
        "عرض صور قيصر لضحايا التعذيب على أعضاء مجلس الأمن في جلسة مغلقة",
        "meeting",
        MEETING + timedelta(hours=hours),
        demand=ACCOUNTABILITY,
    )


def test_the_first_report_in_another_language_joins_the_one_meeting_of_the_hours() -> None:
    first, headline = polled(wire(), spanish(2.5))
    assert headline.id == first.id
    assert len(headline.items) == 2


def test_without_the_rule_the_headline_stands_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the test above rests on: the words alone leave the Spanish headline under the bar.
    monkeypatch.setattr(stories, "_LONE_KINDS", frozenset())
    first, headline = polled(wire(), spanish(2.5))
    assert headline.id != first.id


def test_two_languages_join_it_one_after_the_other() -> None:
    found = polled(wire(), spanish(2.5), arabic(4.9))
    assert len({s.id for s in found}) == 1
    assert len(found[-1].items) == 3


def test_the_consultations_first_french_headline_still_joins_with_both_demands() -> None:
    # A control: the French headline shares the attack's place and the Western members with
    # the wire, and joined by its words before; the rule keeps it there.
    at = datetime(2013, 8, 21, 19, 30, tzinfo=UTC)
    demands = ("accountability-investigations", "monitor-access")
    english = candidate(
        "wire",
        "Security Council meets in emergency session over alleged gas attack near Damascus",
        "meeting",
        at,
        demand=demands[0],
        text="Council members held closed consultations at the request of France, Britain and "
        "the United States, and Western envoys urged that the UN inspectors already in "
        "Damascus be allowed to investigate the attack without delay.",
    )
    french = candidate(
        "fr",
        "Attaque chimique présumée : réunion d'urgence à New York, les Occidentaux veulent "
        "l'accès des inspecteurs",
        "meeting",
        at + timedelta(hours=2, minutes=45),
        demand=demands[0],
    )
    first, headline = polled(replace(english, demands=demands), replace(french, demands=demands))
    assert headline.id == first.id


def test_a_report_past_six_hours_stays_apart() -> None:
    first, headline = polled(wire(), spanish(6.5))
    assert headline.id != first.id


def test_other_news_stays_apart() -> None:
    # A court's ruling in German an hour after a verdict told in English: two developments
    # (test_story_function_words_by_language), other news, which the hour does not join.
    first, news = polled(wire("other"), spanish(1, event="other"))
    assert news.id != first.id


def test_a_report_stays_apart() -> None:
    # Two bodies publish on one demand the same morning: the hour does not join reports.
    first, report = polled(wire("report"), spanish(2, event="report"))
    assert report.id != first.id


def test_a_statement_stays_apart() -> None:
    first, statement = polled(wire("statement"), spanish(2, event="statement"))
    assert statement.id != first.id


def test_other_demands_stay_apart() -> None:
    first, headline = polled(wire(), spanish(2.5, demand="monitor-access"))
    assert headline.id != first.id


def test_the_assemblys_meeting_is_not_the_councils() -> None:
    assembly = candidate(
        "es",
        "La Asamblea General debate a puerta cerrada las fotos de «César»",
        "meeting",
        MEETING + timedelta(hours=2),
        demand=ACCOUNTABILITY,
    )
    first, headline = polled(wire(), assembly)
    assert headline.id != first.id


def test_hours_that_opened_two_stories_leave_the_item_to_its_words() -> None:
    other_meeting = candidate(
        "un-news",
        "Council hears briefing on humanitarian access in besieged Homs",
        "meeting",
        MEETING + timedelta(hours=1),
        demand=ACCOUNTABILITY,
        text="The relief chief told members that convoys had been kept out of the old city.",
    )
    first, second, headline = polled(wire(), other_meeting, spanish(2.5))
    assert second.id != first.id
    assert headline.id not in (first.id, second.id)


def test_a_story_already_told_in_the_language_takes_nothing_by_the_hour() -> None:
    told = candidate(
        "es-1",
        "Francia muestra en la ONU imágenes de presos muertos en Siria",
        "meeting",
        MEETING + timedelta(minutes=30),
        demand=ACCOUNTABILITY,
    )
    first, spanish_first, headline = polled(wire(), told, spanish(2.5))
    # The first Spanish headline joins the English wire by the hour; the second, in a
    # language the story now holds, is left to its words.
    assert spanish_first.id == first.id
    assert headline.id != first.id
