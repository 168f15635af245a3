"""One item as the clusterer sees it in a run, for the story tests that write their own
coverage: its keys read from its text as a run reads them (a reaction naming the Council's
failure, a rival draft, a voting record, the documents it cites as background), its other keys
given."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from demandwatch.core.stories import (
    Candidate,
    Story,
    StoryItem,
    assign_polled,
    bag_of_words,
    cited_documents,
    named_veto_day,
    names_failure,
    names_rival_draft,
    voting_record,
)


def candidate(
    alert: str,
    title: str,
    event: str,
    at: datetime,
    *,
    demand: str,
    text: str = "",
    symbols: tuple[str, ...] = (),
    tally: str | None = None,
    vetoers: frozenset[str] = frozenset(),
    vote_date: date | None = None,
) -> Candidate:
    """An alert of ``demand`` with its story keys: the event's (``event``, ``tally``,
    ``vetoers``, ``vote_date``), the symbols found, and those read from ``title`` and ``text``."""
    story_item = StoryItem(alert, "src", title, "", at, event)  # type: ignore[arg-type]
    return Candidate(
        story_item,
        bag_of_words(title, text),
        symbols,
        (demand,),
        "P1",
        tally=tally,
        vetoers=vetoers,
        vote_date=vote_date,
        failure_named=names_failure(title, text),
        rival_draft=names_rival_draft(title, text),
        record=voting_record(title, text),
        background=cited_documents(title, text),
        veto_day=named_veto_day(title, text, at),
    )


def polled(*cands: Candidate) -> list[Story]:
    """Each item's story when it is the one alert of a poll at its publication, as a run
    clusters it (``assign_polled``)."""
    saved: dict[str, Story] = {}
    return [assign_polled(saved, cand) for cand in cands]


# A vote on a ceasefire-monitoring mission that Russia vetoes (Tuesday 15 September 2026, 11:00
# in New York): What's in Blue's preview the evening before, and the wire's report of the veto.
MONITORS_VOTE = datetime(2026, 9, 15, 15, tzinfo=UTC)


def monitors_preview() -> Candidate:
    return candidate(
        "wib",
        "Syria: Vote on a Draft Resolution Establishing a Ceasefire Monitoring Mission",
        "vote_scheduled",
        MONITORS_VOTE - timedelta(hours=18),
        text="Tomorrow morning the Security Council is scheduled to vote on a draft resolution "
        "establishing a civilian mission to monitor the ceasefire in north-west Syria.",
        demand="monitor-access",
        vote_date=MONITORS_VOTE.date(),
    )


def monitors_veto() -> Candidate:
    return candidate(
        "wire",
        "Russia vetoes UN plan for Syria ceasefire monitors",
        "veto",
        MONITORS_VOTE + timedelta(minutes=30),
        text="Russia vetoed a Security Council resolution that would have sent civilian monitors "
        "to oversee the ceasefire in north-west Syria. Thirteen members voted in favour.",
        demand="monitor-access",
        vetoers=frozenset({"Russian Federation"}),
        vote_date=MONITORS_VOTE.date(),
    )
