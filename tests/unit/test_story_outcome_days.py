"""The outcome of the vote a story announced, held on another day than announced (probe s14
J4 / N6: a vote announced for Thursday and vetoed on Tuesday opened a second story, which paged
again, and the vote's message went on saying "Vote scheduled"). The draft's symbol is the
vote's identity: a draft is voted on once. Without it, the announced day still parts two votes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from story_support import candidate, polled

TUESDAY = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
FRIDAY = date(2026, 12, 4)


def announced(symbol: str = "S/2026/1401", *, day: date = FRIDAY) -> object:
    return candidate(
        "announced",
        f"Security Council to vote on Syria arms embargo draft {symbol}",
        "vote_scheduled",
        TUESDAY - timedelta(hours=20),
        demand="arms-embargo",
        text=f"Council members are expected to vote on Friday on draft resolution {symbol}, "
        "which would impose a comprehensive arms embargo on Syria. Russia has signalled it "
        "may veto the text.",
        symbols=(symbol,),
        vote_date=day,
    )


def test_a_veto_of_the_announced_draft_held_before_the_announced_day_joins_its_story() -> None:
    veto = candidate(
        "veto",
        "Security Council fails to adopt Syria arms embargo draft S/2026/1401, owing to "
        "negative vote of Russian Federation",
        "veto",
        TUESDAY,
        demand="arms-embargo",
        text="The Security Council today failed to adopt draft resolution S/2026/1401 owing "
        "to the negative vote of the Russian Federation: 13 in favour, 1 against, 1 "
        "abstention.",
        symbols=("S/2026/1401", "SC/17201"),
        tally="13-1-1",
        vetoers=frozenset({"Russian Federation"}),
        vote_date=TUESDAY.date(),
    )
    # The wire's report of Tuesday's veto names no draft: it joins by its words and the day,
    # which the story now dates from the veto, not from the announcement.
    wire = candidate(
        "wire",
        "Russia vetoes U.N. arms embargo on Syria, brought forward to Tuesday",
        "veto",
        TUESDAY + timedelta(hours=1),
        demand="arms-embargo",
        text="Russia on Tuesday vetoed a Security Council draft that would have imposed an "
        "arms embargo on Syria, in a vote brought forward from Friday.",
        vetoers=frozenset({"Russian Federation"}),
        vote_date=TUESDAY.date(),
    )
    first, second, third = polled(announced(), veto, wire)  # type: ignore[arg-type]
    assert second.id == first.id
    assert third.id == first.id
    assert third.event == "veto"
    assert third.vote_date == TUESDAY.date()


def test_an_adoption_told_in_french_on_a_day_later_than_announced_joins_its_story() -> None:
    """Put off from Friday to Monday and adopted then: still that draft's vote."""
    adopted = candidate(
        "adopted",
        "Le Conseil de sécurité adopte le projet de résolution S/2026/1401 sur la Syrie",
        "resolution_adopted",
        datetime(2026, 12, 7, 17, 0, tzinfo=UTC),
        demand="arms-embargo",
        text="Le Conseil de sécurité a adopté lundi, par 13 voix pour et 2 abstentions, le "
        "projet de résolution S/2026/1401 imposant un embargo sur les armes à destination "
        "de la Syrie.",
        symbols=("S/2026/1401",),
        tally="13-0-2",
        vote_date=date(2026, 12, 7),
    )
    first, second = polled(announced(), adopted)  # type: ignore[arg-type]
    assert second.id == first.id
    assert second.vote_date == date(2026, 12, 7)


def test_a_veto_naming_no_draft_on_another_day_than_announced_stays_apart() -> None:
    """The near miss: without the draft's symbol, a veto on Tuesday is not the vote
    announced for Friday (another text on the same file vetoed that day)."""
    veto = candidate(
        "veto",
        "Russia vetoes U.N. draft on Syria arms embargo",
        "veto",
        TUESDAY,
        demand="arms-embargo",
        text="Russia on Tuesday vetoed a Security Council draft resolution that would have "
        "imposed an arms embargo on Syria.",
        vetoers=frozenset({"Russian Federation"}),
        vote_date=TUESDAY.date(),
    )
    first, second = polled(announced(), veto)  # type: ignore[arg-type]
    assert second.id != first.id


def test_a_veto_of_another_draft_than_the_one_announced_stays_apart() -> None:
    veto = candidate(
        "veto",
        "Security Council fails to adopt Syria arms embargo draft S/2026/1399, owing to "
        "negative vote of Russian Federation",
        "veto",
        TUESDAY,
        demand="arms-embargo",
        text="The Security Council today failed to adopt draft resolution S/2026/1399 owing "
        "to the negative vote of the Russian Federation.",
        symbols=("S/2026/1399",),
        vetoers=frozenset({"Russian Federation"}),
        vote_date=TUESDAY.date(),
    )
    first, second = polled(announced(), veto)  # type: ignore[arg-type]
    assert second.id != first.id


def test_a_draft_cited_as_background_does_not_bring_a_veto_forward() -> None:
    """The announcement recalls a report by its symbol: the veto of a draft that cites the
    same report is no outcome of the announced draft."""
    veto = candidate(
        "veto",
        "Russia vetoes Syria arms embargo text drawn from report S/2026/1300",
        "veto",
        TUESDAY,
        demand="arms-embargo",
        text="Russia vetoed a draft drawn up after the Secretary-General's report "
        "(S/2026/1300) on arms flows into Syria.",
        symbols=("S/2026/1300",),
        vetoers=frozenset({"Russian Federation"}),
        vote_date=TUESDAY.date(),
    )
    preview = candidate(
        "announced",
        "Security Council to vote on Syria arms embargo draft",
        "vote_scheduled",
        TUESDAY - timedelta(hours=20),
        demand="arms-embargo",
        text="Council members are expected to vote on Friday on a draft resolution imposing "
        "an arms embargo, after the Secretary-General's report (S/2026/1300) on arms flows "
        "into Syria.",
        symbols=("S/2026/1300",),
        vote_date=FRIDAY,
    )
    first, second = polled(preview, veto)
    assert second.id != first.id
