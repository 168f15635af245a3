"""A procedural vote the Council lost, from outside: `demandwatch run --once` against a local
feed, the Slack stand-in (tests/integration/slack_server.py) and a SQLite state file, then
`demandwatch draft`.

Probe s21 U2: the Council failing to adopt the agenda of a meeting on Syria ("in Procedural
Vote, Fails to Adopt Agenda ...", 8-4-3: procedural matters need nine votes and no veto
applies) was headed "🟠 P2 · Draft voted down" and drafted as "the failure of the UN
Security Council to adopt draft resolution [PLACEHOLDER: document symbol] ... The draft
fell short of the nine votes in favour it needed": no draft was put to the vote, and the
responder would have written about a resolution that never existed. The vote still alerts
(a meeting on Syria blocked is the campaign's news); it is headed and drafted as what it was.
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

AGENDA = Entry(
    title="Security Council, in Procedural Vote, Fails to Adopt Agenda for Meeting on Human "
    "Rights Situation in Syria",
    link="https://press.un.org/en/2026/sc18555.doc.htm",
    description="The Security Council today failed to adopt its provisional agenda for a "
    "meeting on the human rights situation in the Syrian Arab Republic, with 8 members voting "
    "in favour, 4 against (China, Mozambique, Pakistan, Russian Federation) and 3 abstaining "
    "(Algeria, Guyana, Sierra Leone). Procedural matters require nine affirmative votes and are "
    "not subject to the veto. The meeting, requested by France, the United Kingdom and the "
    "United States, therefore did not take place.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def test_a_lost_procedural_vote_on_the_agenda_is_no_draft_voted_down(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "cfg", [{"id": "un-press", "url": httpserver.url_for("/p")}])
    env = cli_env(config, tmp_path / "state.sqlite3", slack)
    serve_feed(httpserver, "/p")
    run_cli("run", "--once", env=env)  # the baseline
    serve_feed(httpserver, "/p", AGENDA)
    assert "delivered=1" in run_cli("run", "--once", env=env).stdout

    [top] = slack.top_level(SYRIA_CHANNEL)
    header = top["blocks"][0]["text"]["text"]
    assert "P2 · Procedural vote failed" in header, header
    shown = json.dumps(top["blocks"], ensure_ascii=False)
    assert "8 in favour, 4 against (China, Mozambique, Pakistan, Russian Federation)" in shown

    [story] = json.loads(run_cli("stories", "--json", env=env).stdout)
    release = run_cli("draft", "--story", story["id"], env=env).stdout.split("###")[0]
    assert "draft resolution" not in release
    assert "the failure of the UN Security Council to adopt the agenda of its meeting" in release
    assert ", in a procedural vote." in release
    assert "A procedural vote needs nine votes in favour and cannot be vetoed." in release
    assert "The vote was 8 in favour, 4 against" in release
