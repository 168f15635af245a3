"""A veto's story and the statements of the next day (issue 11, stories-busy-s29). A statement
a day after a veto joined the veto's story when it shared the veto's words (statement-veto
pairs a day apart are the commonest false pair of the validation busy weeks, and of the
English and multilingual parts, by counts): a minister's visit to the families of the
disappeared, the commission of inquiry on a mass grave. A reaction names no vote only the
evening of the vote or the next morning ("a dark day for the families"); more than 16 hours
after the first report of the outcome, a statement naming no vote, draft, resolution or
failure is the next day's news. The next day's reactions name the veto, its day or the
failure, and still join."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from story_support import candidate, polled

VOTE = datetime(2027, 12, 7, 16, 20, tzinfo=UTC)
DEMAND = "accountability-investigations"


def veto() -> object:
    return candidate(
        "veto",
        "Russia vetoes UN draft on monitors for Syria's missing and detained",
        "veto",
        VOTE,
        demand=DEMAND,
        text="Russia on Tuesday vetoed a Security Council draft resolution that would have sent "
        "UN monitors to Syrian places of detention to trace the missing and help families of "
        "the disappeared. Twelve members voted in favour, Russia against, two abstained.",
        tally="12-1-2",
        vetoers=frozenset({"Russian Federation"}),
    )


def minister(at: datetime) -> object:
    return candidate(
        "minister",
        "Foreign Secretary: Syria's missing and detained need UN monitors in places of detention",
        "statement",
        at,
        demand=DEMAND,
        text="Families of the disappeared have waited years to trace the missing held in "
        "Syrian places of detention, the Foreign Secretary said; UN monitors must be let in "
        "and Russia cannot shield those responsible.",
    )


def test_a_statement_naming_no_vote_the_next_day_is_its_own_story() -> None:
    first, second = polled(veto(), minister(VOTE + timedelta(hours=18)))  # type: ignore[arg-type]
    assert second.id != first.id


def test_the_same_words_the_evening_of_the_vote_still_join_it() -> None:
    first, second = polled(veto(), minister(VOTE + timedelta(hours=4)))  # type: ignore[arg-type]
    assert second.id == first.id


def test_the_next_days_reaction_naming_the_failure_still_joins_it() -> None:
    regret = candidate(
        "regret",
        "Secretary-General regrets Council's inability to agree on detention monitors",
        "statement",
        VOTE + timedelta(hours=18),
        demand=DEMAND,
        text="The Secretary-General regrets that the Security Council was unable to agree "
        "yesterday on monitors for places of detention in Syria, and stands with the families "
        "of the disappeared.",
    )
    first, second = polled(veto(), regret)  # type: ignore[arg-type]
    assert second.id == first.id
