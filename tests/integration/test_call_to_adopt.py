"""A call on the Council to adopt a resolution, from outside: `demandwatch run --once`
against a local feed, the Slack stand-in and a SQLite state file, with the learned event
model on (the default), then `demandwatch draft`.

Probe s22 V1: "Syria: Security Council should adopt arms embargo resolution" (an NGO) and
"Syria: EU calls on Security Council to adopt arms embargo" were read by the rules as the
calls they are (statement), but the model, sure of an adoption at 0.81 and 0.84 where its
threshold is 0.75, made them "Resolution adopted": a P1 page of the arms-embargo demand's
owners, and a draft "[welcomed] the adoption of resolution [PLACEHOLDER] by the UN Security
Council" for a resolution nobody had adopted.
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

CALLS = [
    Entry(
        title="Syria: Security Council should adopt arms embargo resolution",
        link="https://rightswatch.example.org/news/2027/01/15/syria-adopt-arms-embargo",
        description="The UN Security Council should adopt a resolution imposing a "
        "comprehensive arms embargo on Syria, Rights Watch said today.",
    ),
    Entry(
        title="Syria: EU calls on Security Council to adopt arms embargo",
        link="https://www.consilium.europa.eu/en/press/press-releases/2027/01/15/syria-eu-calls/",
        description="The European Union calls on the UN Security Council to adopt a "
        "resolution establishing an arms embargo on Syria.",
    ),
]


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def test_a_call_to_adopt_a_resolution_is_a_statement_not_a_page(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "cfg", [{"id": "calls", "url": httpserver.url_for("/c")}])
    env = cli_env(config, tmp_path / "state.sqlite3", slack)
    env.pop("DEMANDWATCH_EVENT_MODEL", None)  # the default: the model on
    serve_feed(httpserver, "/c")
    run_cli("run", "--once", env=env)  # the baseline
    serve_feed(httpserver, "/c", *CALLS)
    run = run_cli("run", "--once", env=env).stdout
    assert "delivered=2" in run, run

    posted = slack.messages.get(SYRIA_CHANNEL, [])
    text = "\n".join(json.dumps(m, ensure_ascii=False) for m in posted)
    assert "Resolution adopted" not in text
    assert "P1" not in text
    tops = slack.top_level(SYRIA_CHANNEL)
    assert tops, text
    assert all("P2 · Statement" in top["blocks"][0]["text"]["text"] for top in tops), text

    for story in json.loads(run_cli("stories", "--json", env=env).stdout):
        assert story["event"] == "statement", story
        release = run_cli("draft", "--story", story["id"], env=env).stdout
        assert "the adoption of resolution" not in release
