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

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from feeds import Entry, write_config
from integration.cli_runs import cli_env, run_cli, serve_feed
from integration.slack_server import SlackServer
from slack_support import CHANNELS, SYRIA_CHANNEL

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
    config = write_config(tmp_path / "cfg", [{"id": "wire", "url": httpserver.url_for("/w")}])
    env = cli_env(config, tmp_path / "state.sqlite3", slack)
    serve_feed(httpserver, "/w")
    run_cli("run", "--once", env=env)  # the baseline
    serve_feed(httpserver, "/w", AT_THE_ASSEMBLY)
    run = run_cli("run", "--once", env=env).stdout
    assert "delivered=1" in run, run

    text = "\n".join(
        json.dumps(m, ensure_ascii=False) for m in slack.messages.get(SYRIA_CHANNEL, [])
    )
    assert "Meeting ·" in text
    assert "P1" not in text
    assert "Veto ·" not in text
    assert "Vetoed:" not in text
    assert "General Assembly debate due" not in text
