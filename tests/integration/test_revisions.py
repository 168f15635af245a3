"""A document its source rewrites under the same address, from outside: `demandwatch run
--once` against a local feed server, the Slack stand-in (tests/integration/slack_server.py)
and a SQLite state file.

A revision that changes what the document reports (another event, or a demand it did not
match) is news, said in its story's thread; a reworded lede that reports the same is not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from feeds import QUIET_ENTRIES, Entry, rss, write_config
from integration.slack_server import TOKEN, SlackServer
from slack_support import CHANNELS, SYRIA_CHANNEL

pytestmark = pytest.mark.integration

WIB = "https://www.securitycouncilreport.org/whatsinblue/2026/12/syria-vote-icc-referral.php"
VOTE_TODAY = Entry(
    title="Syria: Vote on ICC Referral Draft",
    link=WIB,
    description="This afternoon, Security Council members are expected to vote on a draft "
    "resolution (S/2026/1950) that would refer the situation in Syria to the International "
    "Criminal Court.",
)
POSTPONED = Entry(
    title="Syria: Vote on ICC Referral Draft Postponed",
    link=WIB,
    description="The vote on the draft resolution (S/2026/1950) that would refer the "
    "situation in Syria to the International Criminal Court, scheduled for this afternoon, "
    "has been postponed indefinitely after Russia threatened to veto it.",
)

COI = "https://www.ohchr.org/en/press-releases/2026/12/coi-syria-findings"
TORTURE = Entry(
    title="Commission of Inquiry on Syria finds systematic torture in detention facilities",
    link=COI,
    description="The Independent International Commission of Inquiry on the Syrian Arab "
    "Republic today reported systematic torture and deaths in custody in government "
    "detention facilities.",
)
CHEMICAL = Entry(
    title="Commission of Inquiry on Syria: government forces used chemical weapons in Idlib",
    link=COI,
    description="The Independent International Commission of Inquiry on the Syrian Arab "
    "Republic today found reasonable grounds to believe government forces used chlorine "
    "against civilians in Idlib, and called for referral of the situation to the "
    "International Criminal Court.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


class Outside:
    """The feed a source serves and the runs an operator starts."""

    def __init__(self, server: HTTPServer, slack: SlackServer, tmp_path: Path) -> None:
        self.server = server
        self.slack = slack
        self.config = write_config(
            tmp_path / "cfg", [{"id": "wib", "url": server.url_for("/wib.xml")}]
        )
        self.state = tmp_path / "state.sqlite3"

    def serve(self, *entries: Entry) -> None:
        self.server.clear()
        self.server.expect_request("/wib.xml").respond_with_data(
            rss([*entries, *QUIET_ENTRIES]), content_type="application/rss+xml"
        )

    def run(self) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "DEMANDWATCH_CONFIG": str(self.config),
            "DEMANDWATCH_STATE": str(self.state),
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_API_URL": self.slack.url,
        }
        env.pop("SLACK_CHANNEL", None)
        done = subprocess.run(
            [sys.executable, "-m", "demandwatch.cli", "run", "--once"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done

    def thread(self) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        [top] = self.slack.top_level(SYRIA_CHANNEL)
        return top, self.slack.replies(SYRIA_CHANNEL, top["ts"])


@pytest.fixture
def outside(httpserver: HTTPServer, slack: SlackServer, tmp_path: Path) -> Outside:
    world = Outside(httpserver, slack, tmp_path)
    world.serve()
    world.run()  # the baseline
    return world


def test_a_paged_vote_its_source_rewrites_to_postponed_is_said_in_its_thread(
    outside: Outside,
) -> None:
    outside.serve(VOTE_TODAY)
    outside.run()
    top, replies = outside.thread()
    assert "Vote on ICC Referral Draft" in top["text"]
    assert replies == []

    outside.serve(POSTPONED)
    revised = outside.run()
    assert "changed=1" in revised.stdout
    assert "delivered=1" in revised.stdout, revised.stdout
    top, replies = outside.thread()  # no second top-level message: the story's thread
    [reply] = replies
    assert "Postponed" in reply["text"]
    assert "postponed indefinitely after Russia threatened" in json.dumps(reply["blocks"])

    # The same report reworded (a typo mended, a clause moved): nothing more is said.
    reworded = Entry(
        POSTPONED.title,
        WIB,
        "Scheduled for this afternoon, the vote on the draft resolution (S/2026/1950) that "
        "would refer the situation in Syria to the International Criminal Court has been "
        "postponed indefinitely after Russia threatened to veto it.",
    )
    outside.serve(reworded)
    again = outside.run()
    assert "changed=1" in again.stdout
    assert "delivered=0" in again.stdout, again.stdout
    assert len(outside.thread()[1]) == 1
    assert len(outside.slack.top_level(SYRIA_CHANNEL)) == 1


def test_a_report_rewritten_into_another_finding_that_matches_a_new_demand_alerts(
    outside: Outside,
) -> None:
    outside.serve(TORTURE)
    first = outside.run()
    assert "delivered=1" in first.stdout, first.stdout

    outside.serve(CHEMICAL)
    revised = outside.run()
    assert "changed=1" in revised.stdout
    assert "delivered=1" in revised.stdout, revised.stdout
    posted = [
        m for m in outside.slack.all_messages() if "chemical weapons in Idlib" in m.get("text", "")
    ]
    assert len(posted) == 1
