"""A reaction a week after a veto, from outside: `demandwatch run --once` against a local
feed, the Slack stand-in and a SQLite state file.

Probe s22 V2: Amnesty's "Syria: One week on, Russia's veto leaves victims without justice"
("One week after Russia vetoed the Security Council's referral of Syria to the International
Criminal Court, Amnesty International calls on the General Assembly to act.") opened a new
story "🔴 P1 · Veto", paged on-call, said "Vetoed: Russian Federation" and "General Assembly
debate due by February 3, 2027", a week later than the veto's own deadline.
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

WEEK_ON = Entry(
    title="Syria: One week on, Russia's veto leaves victims without justice",
    link="https://amnesty.example.org/en/latest/news/2027/01/syria-one-week-on-russia-veto/",
    description="One week after Russia vetoed the Security Council's referral of Syria to the "
    "International Criminal Court, Amnesty International calls on the General Assembly to act.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def test_a_reaction_a_week_after_a_veto_pages_nobody_and_dates_no_debate(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "cfg", [{"id": "ngo", "url": httpserver.url_for("/n")}])
    env = cli_env(config, tmp_path / "state.sqlite3", slack)
    serve_feed(httpserver, "/n")
    run_cli("run", "--once", env=env)  # the baseline
    serve_feed(httpserver, "/n", WEEK_ON)
    run = run_cli("run", "--once", env=env).stdout
    assert "delivered=1" in run, run

    text = "\n".join(
        json.dumps(m, ensure_ascii=False) for m in slack.messages.get(SYRIA_CHANNEL, [])
    )
    assert "P1" not in text
    assert "Veto ·" not in text
    assert "Vetoed:" not in text
    assert "General Assembly debate due" not in text
