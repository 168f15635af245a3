"""A wire's report of the General Assembly's veto debate, from outside: `demandwatch run
--once` against a local feed, the Slack stand-in and a SQLite state file.

Probe s23 Y1: "Russia, China defend Syria veto before U.N. General Assembly" ("Russia and
China on Monday defended their veto of a Western-drafted resolution on a chemical attack in
Syria as dozens of countries criticised them in the U.N. General Assembly."), 13 days after
the veto, opened a new story "🔴 P1 · Veto", paged on-call, said "Vetoed: China, Russian
Federation" and "General Assembly debate due by March 8, 2027", and its draft condemned a
veto cast "at the UN General Assembly on February 22, 2027".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from feeds import Entry
from integration.cli_runs import OneFeed
from integration.slack_server import SlackServer
from slack_support import CHANNELS

pytestmark = pytest.mark.integration

AT_THE_ASSEMBLY = Entry(
    title="Russia, China defend Syria veto before U.N. General Assembly",
    link="https://wire.example.com/world/middle-east/russia-china-defend-syria-veto-2027-02-22/",
    description="UNITED NATIONS, Feb 22 (Wire) - Russia and China on Monday defended their veto "
    "of a Western-drafted resolution on a chemical attack in Syria as dozens of countries "
    "criticised them in the U.N. General Assembly.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def test_the_assemblys_veto_debate_pages_nobody_and_dates_no_debate(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    outside = OneFeed(httpserver, slack, tmp_path, "wire")
    outside.serve()
    outside.run()  # the baseline
    outside.serve(AT_THE_ASSEMBLY)
    run = outside.run().stdout
    assert "delivered=1" in run, run

    text = outside.posted_text()
    assert "Meeting ·" in text
    assert "P1" not in text
    assert "Veto ·" not in text
    assert "Vetoed:" not in text
    assert "General Assembly debate due" not in text
