"""A veto and a rival draft that failed for want of nine votes, told in one UN release, from
outside: `demandwatch run --once` against a local feed server, the Slack stand-in
(tests/integration/slack_server.py) and a SQLite state file, then `demandwatch draft`.

Probe s20 T1 (HIGH): press.un.org writes both votes of a meeting in one release; the rival's
sentence ends "failing to obtain the required nine votes", and those nine votes were read as
a vote of nine, so the sentence stayed in the vetoed draft's reading: the P1 message said
"Against: France, United Kingdom, United States" (the rival's noes, who voted for the vetoed
text), and the draft statement said so ("Voting against: France, the United Kingdom and the
United States") while leaving the vetoer a placeholder (the rival's "Russian Federation" in
favour took it out).
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

RELEASE = Entry(
    title="Security Council Fails to Adopt Resolution Renewing Cross-Border Aid Deliveries "
    "into Syria, Owing to Negative Vote of Russian Federation; Rival Text Also Rejected",
    link="https://press.un.org/en/2026/sc18510.doc.htm",
    description="The Security Council this morning failed to adopt a draft resolution that "
    "would have extended for twelve months the authorisation for United Nations cross-border "
    "humanitarian deliveries into north-west Syria, owing to the negative vote of a permanent "
    "member. Draft resolution S/2026/3101, tabled by Ireland and Norway, received 13 votes in "
    "favour to 1 against (Russian Federation), with 1 abstention (China). The Council then "
    "rejected a competing text submitted by the Russian Federation (document S/2026/3102), "
    "which received 4 votes in favour (China, Pakistan, Algeria, Russian Federation) to 3 "
    "against (France, United Kingdom, United States), with 8 abstentions, failing to obtain "
    "the required nine votes.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def test_the_rivals_noes_are_not_said_against_the_vetoed_draft(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "cfg", [{"id": "un-press", "url": httpserver.url_for("/p")}])
    env = cli_env(config, tmp_path / "state.sqlite3", slack)
    serve_feed(httpserver, "/p")
    run_cli("run", "--once", env=env)  # the baseline
    serve_feed(httpserver, "/p", RELEASE)
    assert "delivered=1" in run_cli("run", "--once", env=env).stdout

    [top] = slack.top_level(SYRIA_CHANNEL)
    shown = json.dumps(top["blocks"], ensure_ascii=False)
    assert "P1 · Veto" in top["blocks"][0]["text"]["text"]
    assert "*Vetoed:* Russian Federation" in shown
    assert "*Against:*" not in shown
    assert "13 in favour, 1 against (Russian Federation), 1 abstention (China)" in shown

    [story] = json.loads(run_cli("stories", "--json", env=env).stdout)
    draft = run_cli("draft", "--story", story["id"], env=env).stdout
    assert "the veto cast by the Russian Federation against draft resolution S/2026/3101" in draft
    assert "France" not in draft.split("###")[0]  # the release's text, not its sources
    assert "[PLACEHOLDER: whose] veto" not in draft
