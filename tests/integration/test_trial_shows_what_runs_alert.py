"""What the operator tests is what a run alerts (probe s23 Z4/Z5): a Syria veto told in
words no query lists alerts on `stop-veto-obstruction` through its members (``on_veto_by``,
core.vetoed), and `demandwatch match` and Slack's `/demandwatch test` show that demand too.

From outside: `demandwatch run --once` and `demandwatch match` against a local feed, the
Slack stand-in and a SQLite state file; `/demandwatch test` as a signed request to the
handlers `demandwatch slack` and the interact function build. Before, the run alerted and
both trials said "no demand matches".
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from pydantic import SecretStr
from pytest_httpserver import HTTPServer

from demandwatch import bootstrap
from demandwatch.config import Settings, load_config
from demandwatch.slack.interact import InstalledTeam, MemoryReplayCache, sign
from demandwatch.store.sqlite import SqliteStore
from feeds import Entry
from integration.cli_runs import OneFeed, cli_env, run_cli
from integration.slack_server import TEAM_ID, TOKEN, SlackServer
from slack_support import CHANNELS, SYRIA_CHANNEL

pytestmark = pytest.mark.integration

STOP_VETO = "Stop obstructing Security Council action on Syria"
TITLE = "For Aleppo's families, Monday's vote brings nothing"
TEXT = (
    "A seven-day truce text died on the votes of Russia and China in New York, and the "
    "bombing of the eastern districts went on."
)
DIED_ON_THE_VOTES = Entry(
    title=TITLE, link="https://news.example.org/2016/12/aleppo-families-vote/", description=TEXT
)
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def slash_test(feed: OneFeed, text: str) -> str:
    """`/demandwatch test <text>`'s answer, as the handlers of a run's config give it."""
    settings = Settings(
        slack_bot_token=SecretStr(TOKEN),
        slack_api_url=feed.slack.url,
        slack_signing_secret=SecretStr(SECRET),
    )
    store = SqliteStore(feed.state)
    try:
        interactions = bootstrap.build_interactions(
            settings,
            load_config(feed.config),
            store,
            team=InstalledTeam(TEAM_ID),
            replay=MemoryReplayCache(),
        )
        body = urlencode(
            {
                "command": "/demandwatch",
                "text": f"test {text}",
                "user_id": "U0ASKER",
                "team_id": TEAM_ID,
                "channel_id": SYRIA_CHANNEL,
                "response_url": "https://hooks.slack.invalid/commands/1",
                "trigger_id": "1.2.3",
            }
        ).encode()
        timestamp = str(int(time.time()))
        headers = {
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": sign(SECRET, timestamp, body),
            "Content-Type": "application/x-www-form-urlencoded",
        }
        reply = interactions.handle_request(headers, body)
    finally:
        store.close()
    assert reply.status == 200, reply.body
    return str(json.loads(reply.body)["text"])


def test_match_and_slack_test_show_the_demand_a_veto_meets_as_the_run_alerts_it(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    feed = OneFeed(httpserver, slack, tmp_path, "news")
    feed.serve()
    feed.run()  # the baseline
    feed.serve(DIED_ON_THE_VOTES)
    run = feed.run().stdout
    assert "delivered=1" in run, run
    posted = feed.posted_text()
    assert TITLE in posted
    assert STOP_VETO in posted

    env = cli_env(feed.config, feed.state, slack)
    matched = json.loads(run_cli("match", "--json", "--title", TITLE, TEXT, env=env).stdout)
    assert matched["event"] == "veto"
    assert [m["demand"] for m in matched["matches"]] == ["stop-veto-obstruction"]
    assert matched["matches"][0]["terms"] == ["veto", "China", "Russian Federation"]
    shown = run_cli("match", "--title", TITLE, TEXT, env=env).stdout
    assert "stop-veto-obstruction: Stop obstructing" in shown
    assert "why: veto, China, Russian Federation" in shown

    # Slack: the first line is the item's headline, the rest its text.
    answer = slash_test(feed, f"{TITLE}\n{TEXT}")
    assert f"*{STOP_VETO}* — why: veto, China, Russian Federation" in answer, answer
    assert "Event: veto" in answer
    # A headline alone that names neither the file nor a member: no demand, as in a run.
    quiet = slash_test(feed, "In New York, the vote changes nothing")
    assert "No demand matches." in quiet
