"""The reaction's bar (issue 11, session 37, stories-recall-s37). A reaction says what it thinks
of a development more than what happened ("a day we waited ten years for"), so it shares
fewer of its words than a report does; the same-day bar a reaction is held to is five eighths
of the same-day bar (0.05 at the default 0.08), where it was three quarters (0.06).
Validation's labelled pairs left apart under 0.06 were same-day statements and the
development they reacted to (English 19, busy weeks 8, counts only). What kept reactions
from joining the wrong development at a lower bar are the rules that part a statement
whatever its words share: those stay (tests below, and test_story_next_day_statements,
test_story_calls_on_one_subject)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from demandwatch.core.stories import Candidate, StoryClusterer
from story_support import MONITORS_VOTE, candidate, monitors_preview, polled

RULING = datetime(2028, 3, 6, 10, tzinfo=UTC)
DEMAND = "accountability-investigations"

# A survivors' group on the verdict: it shares with the court's coverage the detainees and
# the day, little more (a cosine of about 0.055 against the verdict's story).
SURVIVORS = (
    "Survivors' group: 'A day we waited ten years for'",
    "An association of former detainees said Monday's judgment was a first answer for the "
    "mothers still searching for their sons, and urged other countries to follow.",
)


def verdict() -> Candidate:
    return candidate(
        "wire",
        "French court sentences former Syrian prison director to 20 years for torture",
        "other",
        RULING,
        demand=DEMAND,
        text="The Paris criminal court on Monday found Hassan K., who ran a military police "
        "prison in Damascus, guilty of complicity in torture and enforced disappearances "
        "between 2012 and 2014.",
    )


def report() -> Candidate:
    return candidate(
        "news",
        "Ex-head of Damascus military prison jailed in Paris torture trial",
        "other",
        RULING + timedelta(hours=1),
        demand=DEMAND,
        text="Judges in Paris sentenced Hassan K. to twenty years in prison for complicity in "
        "torture of detainees held at a military police prison in the Syrian capital.",
    )


def survivors(event: str, after: timedelta) -> Candidate:
    title, text = SURVIVORS
    return candidate("ngo", title, event, RULING + after, demand=DEMAND, text=text)


def test_the_reaction_bar_is_five_eighths_of_the_same_day_bar() -> None:
    assert StoryClusterer().reaction_threshold == pytest.approx(0.05)
    assert StoryClusterer(close_threshold=0.12).reaction_threshold == pytest.approx(0.075)


def test_a_reaction_saying_only_what_it_thinks_of_a_verdict_joins_it() -> None:
    first, second, reaction = polled(
        verdict(), report(), survivors("statement", timedelta(hours=5))
    )
    assert second.id == first.id
    assert reaction.id == first.id
    assert len(reaction.items) == 3


def test_the_same_words_told_as_news_are_held_to_the_same_day_bar() -> None:
    # Not a reaction: news of its own, which must share what a report shares (0.08).
    first, _, news = polled(verdict(), report(), survivors("other", timedelta(hours=5)))
    assert news.id != first.id


def test_the_same_reaction_a_day_and_a_half_on_is_held_to_the_usual_bar() -> None:
    first, _, late = polled(verdict(), report(), survivors("statement", timedelta(hours=30)))
    assert late.id != first.id


def test_another_speakers_call_the_same_day_stays_apart() -> None:
    call = candidate(
        "call",
        "Rights group asks Berlin to open case against Saydnaya guards",
        "statement",
        RULING + timedelta(hours=4),
        demand=DEMAND,
        text="A Syrian rights organisation said on Monday it had handed German prosecutors the "
        "names of former guards at Saydnaya and asked them to open an investigation.",
    )
    first, _, other = polled(verdict(), report(), call)
    assert other.id != first.id


def test_a_statement_beside_the_vote_ahead_stays_apart_above_the_reaction_bar() -> None:
    # Three hours before the vote the preview announces, the aid chief's call shares about
    # 0.057 of its words (above the reaction's bar) and names no vote: a statement made beside
    # the Council's text, not a reaction to it (``StoryClusterer._beside``).
    call = candidate(
        "ocha",
        "Aid chief: people in the north-west cannot wait",
        "statement",
        MONITORS_VOTE - timedelta(hours=3),
        demand="monitor-access",
        text="The UN's humanitarian chief said on Tuesday that families in the north-west "
        "needed calm to survive the winter, and that every day without it cost lives.",
    )
    preview, beside = polled(monitors_preview(), call)
    assert beside.id != preview.id


def test_another_speaker_on_a_call_is_held_to_the_answer_bar_not_the_reactions() -> None:
    # A story of statements alone (a call) is not a development reacted to: a statement
    # sharing about 0.058 of its words the same day is another speaker on the subject, held to
    # three quarters of the same-day bar (0.06), not the reaction's five eighths (0.05).
    at = datetime(2028, 5, 2, 11, tzinfo=UTC)
    call = candidate(
        "call",
        "Foreign Secretary urges Damascus to let UN chemical weapons team into Syria",
        "statement",
        at,
        demand="monitor-access",
        text="The Foreign Secretary said the UN team investigating the use of chemical weapons "
        "had waited in Cyprus for three weeks and must be allowed to travel to the sites at once.",
    )
    warning = candidate(
        "warning",
        "Moscow warns against using inspectors as a pretext for strikes",
        "statement",
        at + timedelta(hours=4),
        demand="monitor-access",
        text="Russia's deputy foreign minister said Western capitals were preparing public "
        "opinion for military action, and that no findings should be decided in advance in "
        "London or anywhere else, whatever the team finds.",
    )
    first, second = polled(call, warning)
    assert second.id != first.id
