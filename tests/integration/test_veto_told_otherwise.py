"""A Syria veto told in words no query lists alerts on `stop-veto-obstruction`, from
outside: `demandwatch run --once` against a local feed, the Slack stand-in and a SQLite
state file.

Validation parts 11-21 (aggregated counts only) missed the demand on 16 English items the
system itself read as a veto ("died on the votes", "struck down", a voting record's
"N: China, Russian Federation"); they matched no query, so nothing alerted. A headline
dated by a veto stays silent.
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

DIED_ON_THE_VOTES = Entry(
    title="For Aleppo's families, Monday's vote brings nothing",
    link="https://news.example.org/2016/12/aleppo-families-vote/",
    description="A seven-day truce text died on the votes of Russia and China in New York, "
    "and the bombing of the eastern districts went on.",
)
DATED_BY_THE_VETO = Entry(
    title="Kerry leaves Moscow with no deal, a day after Russian veto",
    link="https://news.example.org/2016/10/kerry-moscow-no-deal/",
    description="Secretary of State John Kerry ended talks in Moscow on Friday without "
    "agreement on Syria, a day after Russia blocked a Council resolution on Aleppo.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def test_a_veto_told_otherwise_alerts_on_the_obstruction_demand(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "cfg", [{"id": "news", "url": httpserver.url_for("/n")}])
    env = cli_env(config, tmp_path / "state.sqlite3", slack)
    serve_feed(httpserver, "/n")
    run_cli("run", "--once", env=env)  # the baseline
    serve_feed(httpserver, "/n", DIED_ON_THE_VOTES, DATED_BY_THE_VETO)
    run = run_cli("run", "--once", env=env).stdout
    assert "delivered=1" in run, run

    text = "\n".join(
        json.dumps(m, ensure_ascii=False) for m in slack.messages.get(SYRIA_CHANNEL, [])
    )
    assert "Monday's vote brings nothing" in text
    assert "Stop obstructing Security Council action on Syria" in text
    assert "Kerry" not in text
