"""A Council outcome and the story it belongs to, from outside: `demandwatch run --once`
against local feeds, the Slack stand-in (tests/integration/slack_server.py) and a SQLite
state file.

Probe s14 J4 / N6: a vote announced for a later day and vetoed earlier (the vote brought
forward) opened a second story and paged again, and the vote's message went on saying "Vote
scheduled" over a draft already vetoed. Probe s14 J5: a veto joined an earlier, unrelated
call of the High Commissioner and re-headed its message "P1 Veto (was: statement)".
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from feeds import QUIET_ENTRIES, Entry, rss, write_config
from integration.cli_runs import cli_env, run_cli
from integration.slack_server import SlackServer
from slack_support import CHANNELS, SYRIA_CHANNEL

pytestmark = pytest.mark.integration

FEEDS = ("press", "ohchr")


def _weekday_ahead(days: int) -> str:
    """The name of the weekday ``days`` ahead of today (UTC): the announced day, whatever
    day the test runs on."""
    return (datetime.now(UTC) + timedelta(days=days)).strftime("%A")


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


class Outside:
    """The feeds the sources serve and the runs an operator starts."""

    def __init__(self, server: HTTPServer, slack: SlackServer, tmp_path: Path) -> None:
        self.server = server
        self.slack = slack
        self.config = write_config(
            tmp_path / "cfg",
            [{"id": feed, "url": server.url_for(f"/{feed}.xml")} for feed in FEEDS],
        )
        self.state = tmp_path / "state.sqlite3"
        self.served: dict[str, list[Entry]] = {feed: [] for feed in FEEDS}

    def serve(self, feed: str, *entries: Entry) -> None:
        self.served[feed] = [*entries, *self.served[feed]]
        self.server.clear()
        for name, served in self.served.items():
            self.server.expect_request(f"/{name}.xml").respond_with_data(
                rss([*served, *QUIET_ENTRIES]), content_type="application/rss+xml"
            )

    def run(self) -> subprocess.CompletedProcess[str]:
        return run_cli("run", "--once", env=cli_env(self.config, self.state, self.slack))

    def top_level(self) -> list[dict[str, Any]]:
        return self.slack.top_level(SYRIA_CHANNEL)


@pytest.fixture
def outside(httpserver: HTTPServer, slack: SlackServer, tmp_path: Path) -> Outside:
    world = Outside(httpserver, slack, tmp_path)
    world.serve("press")
    world.run()  # the baseline
    return world


def _press_veto(symbol: str, code: str) -> Entry:
    return Entry(
        title=f"Security Council fails to adopt Syria arms embargo draft {symbol}, owing to "
        "negative vote of Russian Federation",
        link=f"https://press.un.org/en/2026/{code}.doc.htm",
        description=f"The Security Council today failed to adopt draft resolution {symbol}, "
        "which would have imposed a comprehensive arms embargo on Syria, owing to the "
        "negative vote of the Russian Federation. The text received 13 votes in favour, "
        "1 against (Russian Federation), with 1 abstention (China).",
    )


@pytest.mark.parametrize("ahead", [2, 3])
def test_a_veto_of_the_draft_a_vote_was_announced_on_for_a_later_day_joins_its_story(
    outside: Outside, ahead: int
) -> None:
    """Probe s14 J4 / N6: the vote was brought forward (or its day misread): the veto names
    the very draft the announcement did, so it is that story's outcome, a reply that pages
    under a parent re-headed as the veto, not a second top-level message."""
    day = _weekday_ahead(ahead)
    outside.serve(
        "press",
        Entry(
            title="Security Council to vote on Syria arms embargo draft S/2026/1401",
            link="https://press.un.org/en/2026/sc17200.doc.htm",
            description=f"Council members are expected to vote on {day} on draft resolution "
            "S/2026/1401, which would impose a comprehensive arms embargo on Syria. Russia "
            "has signalled it may veto the text.",
        ),
    )
    assert "delivered=1" in outside.run().stdout
    [announced] = outside.top_level()
    assert "Vote scheduled" in announced["text"]

    outside.serve("press", _press_veto("S/2026/1401", "sc17201"))
    vetoed = outside.run()
    assert "delivered=1" in vetoed.stdout, vetoed.stdout
    [top] = outside.top_level()  # one story: no second top-level message
    assert "Veto" in top["text"]
    assert "was: vote scheduled" in top["text"]
    [reply] = outside.slack.replies(SYRIA_CHANNEL, top["ts"])
    assert "S/2026/1401" in reply["text"] or "Russian Federation" in reply["text"]


def test_a_veto_of_another_draft_than_the_one_announced_for_a_later_day_is_its_own_story(
    outside: Outside,
) -> None:
    """The near miss: the draft announced for a later day and a veto of another draft today
    are two votes, two stories (each its own message)."""
    outside.serve(
        "press",
        Entry(
            title="Security Council to vote on Syria arms embargo draft S/2026/1401",
            link="https://press.un.org/en/2026/sc17200.doc.htm",
            description=f"Council members are expected to vote on {_weekday_ahead(2)} on "
            "draft resolution S/2026/1401, which would impose a comprehensive arms embargo "
            "on Syria.",
        ),
    )
    outside.run()
    outside.serve("press", _press_veto("S/2026/1399", "sc17201"))
    outside.run()
    assert len(outside.top_level()) == 2


def test_a_veto_does_not_join_an_earlier_call_of_the_high_commissioner(outside: Outside) -> None:
    """Probe s14 J5: the High Commissioner's call for monitors' access, posted first, and the
    Council's veto of a draft on that access an hour later are two developments: the veto is
    its own top-level P1 message, and the call's message keeps its own header."""
    outside.serve(
        "ohchr",
        Entry(
            title="High Commissioner urges unfettered access for human rights monitors in "
            "Syrian detention centres",
            link="https://www.ohchr.org/en/press-releases/2026/12/syria-detention-access",
            description="The UN High Commissioner for Human Rights today called on the Syrian "
            "authorities to grant independent human rights monitors full and unfettered access "
            "to all places of detention, where thousands remain unaccounted for.",
        ),
    )
    assert "delivered=1" in outside.run().stdout
    outside.serve(
        "press",
        Entry(
            title="Security Council fails to adopt Syria monitors draft S/2026/1311 owing to "
            "negative vote of Russian Federation",
            link="https://press.un.org/en/2026/sc17190.doc.htm",
            description="Draft S/2026/1311 on unfettered access for human rights monitors in "
            "Syria received 14 votes in favour, 1 against (Russian Federation).",
        ),
    )
    assert "delivered=1" in outside.run().stdout
    tops = outside.top_level()
    assert len(tops) == 2, [t["text"] for t in tops]
    call = next(t for t in tops if "High Commissioner" in t["text"])
    assert "Veto" not in call["text"]
    assert outside.slack.replies(SYRIA_CHANNEL, call["ts"]) == []
