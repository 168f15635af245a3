"""News of a widely told call the next morning (issue 11, session 46, w5; stories-busy-s46-w5).

A story a statement opened, holding no Council text, takes nothing published more than 20 hours
after its first item (``stories._CALL_SPAN``: the next day's denial, the call made again). Once
the call is told by three items or more (its wire, its release, its first reports in other
languages) it is a development, and news of it (an item read as news, not another statement)
still joins it up to 26 hours after its first item (``stories._COVERED_CALL_SPAN``): the next
morning's papers. A statement the next day, news of a call told once or twice, and news past 26
hours stay apart, as before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

CALL = datetime(2013, 8, 22, 15, 0, tzinfo=UTC)
ACCESS = "monitor-access"


def call(n: int) -> list[Candidate]:
    """The Secretary-General's call for access, told by its first ``n`` items."""
    told = [
        candidate(
            "un-news",
            "Ban urges Syria to let UN team investigate Damascus attack without delay",
            "statement",
            CALL,
            demand=ACCESS,
            text="Secretary-General Ban Ki-moon called on the Syrian Government to allow the UN "
            "team already in the country to investigate the alleged use of chemical weapons in "
            "Ghouta without delay.",
        ),
        candidate(
            "fr",
            "Syrie : Ban Ki-moon appelle Damas à laisser l'équipe de l'ONU enquêter sans délai",
            "statement",
            CALL + timedelta(minutes=45),
            demand=ACCESS,
        ),
        candidate(
            "es",
            "Ban pide a Siria que permita sin demora la investigación de la ONU en Guta",
            "statement",
            CALL + timedelta(minutes=90),
            demand=ACCESS,
        ),
    ]
    return told[:n]


def next_morning(event: str, hours: float) -> Candidate:
    return candidate(
        "paper",
        "UN team in Damascus waits for access to Ghouta after Ban's call to investigate "
        "without delay",
        event,
        CALL + timedelta(hours=hours),
        demand=ACCESS,
        text="The UN team investigating the alleged use of chemical weapons is still waiting "
        "in Damascus for the government to let it reach Ghouta, a day after Secretary-General "
        "Ban Ki-moon's call to investigate without delay.",
    )


def test_news_of_a_call_told_three_times_joins_it_the_next_morning() -> None:
    stories = polled(*call(3), next_morning("other", 22))
    assert len({s.id for s in stories}) == 1


def test_the_same_news_within_twenty_hours_joins_a_call_told_once() -> None:
    first, news = polled(*call(1), next_morning("other", 19))
    assert news.id == first.id


def test_a_statement_the_next_morning_stays_apart() -> None:
    *told, statement = polled(*call(3), next_morning("statement", 22))
    assert len({s.id for s in told}) == 1
    assert statement.id != told[0].id


def test_news_of_a_call_told_once_or_twice_stays_apart() -> None:
    for n in (1, 2):
        *told, news = polled(*call(n), next_morning("other", 22))
        assert len({s.id for s in told}) == 1, n
        assert news.id != told[0].id, n


def test_news_past_twenty_six_hours_stays_apart() -> None:
    *told, news = polled(*call(3), next_morning("other", 27))
    assert len({s.id for s in told}) == 1
    assert news.id != told[0].id
