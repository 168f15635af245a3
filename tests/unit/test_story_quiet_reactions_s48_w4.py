"""A quiet reaction joins the day's veto (issue 11, session 48, w4; stories-quiet-s48-w4).

An English statement published after the day's one veto, naming neither the veto, the Council's
failure nor the veto's weekday, carrying every demand the veto's story carries, where the veto's
reports name who cast it, reacts to that veto ("U.S. to work outside New York to pressure Assad
after a 'dangerous' day, Rice says"): the veto is a candidate that passes the bar whatever the
words share, taken where no other story passes its own (``StoryClusterer._quiet_reaction``).
Every rule that parts a statement from a vote still holds: a statement before the veto, one
past ``_REACTION_SPAN`` naming no vote, one in another language, one carrying less than the
veto's demands, two vetoes that day, a veto whose reports name no vetoer."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import Candidate, Story
from story_support import candidate, polled

VOTE = datetime(2012, 7, 19, 14, 35, tzinfo=UTC)
STOP = "stop-veto-obstruction"
ACCOUNTABILITY = "accountability-investigations"


def veto(*, vetoers: frozenset[str] | None = None, at: datetime = VOTE) -> Candidate:
    return candidate(
        "wire-veto",
        "Russia and China veto UN resolution threatening sanctions on Syria",
        "veto",
        at,
        demand=STOP,
        text="Russia and China vetoed a Western-backed Security Council resolution that would "
        "have threatened Syrian authorities with sanctions if they did not stop using heavy "
        "weapons in towns. Eleven members voted in favour; Pakistan and South Africa abstained.",
        vetoers=frozenset({"Russian Federation", "China"}) if vetoers is None else vetoers,
        vote_date=at.date(),
    )


def rice(hours: float, *, demand: str = STOP) -> Candidate:
    return candidate(
        "news-rice",
        "U.S. to work outside New York to pressure Assad after a 'dangerous' day, Rice says",
        "statement",
        VOTE + timedelta(hours=hours),
        demand=demand,
        text="Washington will intensify its work with partners beyond the United Nations to "
        "bring pressure on the Assad government, Ambassador Susan Rice told reporters, calling "
        "the day's outcome paltry and deeply regrettable.",
    )


def hague(hours: float) -> Candidate:
    return candidate(
        "news-hague",
        "Hague: Britain will step up practical help to the opposition",
        "statement",
        VOTE + timedelta(hours=hours),
        demand=STOP,
        text="Foreign Secretary William Hague said London would increase non-lethal support to "
        "the opposition and press European partners for tougher measures, after what he called "
        "an inexcusable decision in New York.",
    )


def same(a: Story, b: Story) -> bool:
    return a.id == b.id


def test_a_quiet_reaction_joins_the_veto() -> None:
    voted, reaction = polled(veto(), rice(2.25))
    assert same(voted, reaction)


def test_two_quiet_reactions_join_the_veto() -> None:
    voted, first, second = polled(veto(), rice(2.25), hague(4.5))
    assert same(voted, first)
    assert same(voted, second)


def test_the_next_morning_within_the_reaction_span_joins() -> None:
    voted, reaction = polled(veto(), rice(15.5))
    assert same(voted, reaction)


def test_past_the_reaction_span_naming_no_vote_stays_apart() -> None:
    # ``_beside``: a statement naming no vote, draft or failure more than 16 hours after the
    # outcome's first report is the next day's news.
    voted, reaction = polled(veto(), rice(17))
    assert not same(voted, reaction)


def test_a_statement_before_the_veto_stays_apart() -> None:
    reaction, voted = polled(rice(-2), veto())
    assert not same(voted, reaction)


def test_a_statement_carrying_less_than_the_vetos_demands_stays_apart() -> None:
    both = replace(veto(), demands=(ACCOUNTABILITY, STOP))
    voted, reaction = polled(both, rice(2.25))
    assert not same(voted, reaction)


def test_a_statement_carrying_more_than_the_vetos_demands_joins() -> None:
    more = replace(rice(2.25), demands=(ACCOUNTABILITY, STOP))
    voted, reaction = polled(veto(), more)
    assert same(voted, reaction)


def test_a_veto_whose_reports_name_no_vetoer_is_left_to_the_words() -> None:
    voted, reaction = polled(veto(vetoers=frozenset()), rice(2.25))
    assert not same(voted, reaction)


def test_two_vetoes_that_day_are_left_to_the_words() -> None:
    second = replace(
        veto(at=VOTE + timedelta(hours=1)),
        item=replace(veto().item, alert_id="wire-veto-2", published=VOTE + timedelta(hours=1)),
        symbols=("S/2012/538",),
    )
    first = replace(veto(), symbols=("S/2012/537",))
    one, two, reaction = polled(first, second, rice(3))
    assert not same(one, two)
    assert not same(one, reaction)
    assert not same(two, reaction)


def test_a_reaction_in_another_language_is_left_to_the_words() -> None:
    french = candidate(
        "fr-fabius",
        "Fabius : Paris va redoubler d'efforts auprès de l'opposition",
        "statement",
        VOTE + timedelta(hours=3),
        demand=STOP,
        text="Le ministre des affaires étrangères a annoncé un soutien accru à l'opposition "
        "après une journée qu'il a jugée consternante à New York.",
    )
    voted, reaction = polled(veto(), french)
    assert not same(voted, reaction)
