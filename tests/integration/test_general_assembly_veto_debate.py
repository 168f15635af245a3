"""The General Assembly's debate on a veto, from outside: `demandwatch run --once` against a
local feed, the Slack stand-in (tests/integration/slack_server.py) and a SQLite state file,
then `demandwatch draft`.

Probe s21 U1: the Assembly's release of the debate it holds after a Council veto ("The
General Assembly met today, under its standing mandate to debate any veto cast in the
Security Council, ...") was drafted as a Security Council meeting: "Amnesty International
[...] the UN Security Council at its meeting on December 29, 2026". The drafts took the
first body of a fixed list that the title and first sentence named anywhere, and the
Security Council comes before the Assembly in that list; the body the item names first is
the one it reports on.
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

DEBATE = Entry(
    title="General Assembly Debates Veto Cast on Syria Cross-Border Aid Draft, as Speakers "
    "Decry Humanitarian Cost",
    link="https://press.un.org/en/2026/ga18790.doc.htm",
    description="The General Assembly met today, under its standing mandate to debate any veto "
    "cast in the Security Council, to discuss the vetoes cast by China and the Russian "
    "Federation on 17 December on a draft resolution that would have renewed cross-border aid "
    "to north-west Syria for a year.",
)
# Review s21 W6: a wire's headline shortens the Assembly its lede names to "Assembly", and
# names the Council whose veto it debates after it.
WIRE_DEBATE = Entry(
    title="Assembly debates Russia's veto of Security Council text on Syria",
    link="https://wire.example/world/assembly-veto-debate",
    description="The General Assembly met on Wednesday under its veto initiative after Russia "
    "vetoed a Security Council draft on Syria cross-border aid.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


@pytest.mark.parametrize("debate", [DEBATE, WIRE_DEBATE], ids=["un-press", "wire"])
def test_the_assemblys_veto_debate_is_drafted_as_the_assemblys_meeting(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path, debate: Entry
) -> None:
    config = write_config(tmp_path / "cfg", [{"id": "ga", "url": httpserver.url_for("/ga")}])
    env = cli_env(config, tmp_path / "state.sqlite3", slack)
    serve_feed(httpserver, "/ga")
    run_cli("run", "--once", env=env)  # the baseline
    serve_feed(httpserver, "/ga", debate)
    assert "delivered=1" in run_cli("run", "--once", env=env).stdout
    [top] = slack.top_level(SYRIA_CHANNEL)
    assert "Meeting" in top["blocks"][0]["text"]["text"]

    [story] = json.loads(run_cli("stories", "--json", env=env).stdout)
    release = run_cli("draft", "--story", story["id"], env=env).stdout.split("###")[0]
    assert "UN General Assembly meeting" in release  # the suggested headline
    assert "the UN General Assembly at its meeting" in release
    assert "Security Council at its meeting" not in release
    assert "UN Security Council meeting" not in release
