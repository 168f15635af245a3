"""Calls on the Council to adopt or to vote, from outside, in English and French:
`demandwatch run --once` against a local feed, the Slack stand-in and a SQLite state file,
with the learned event model on (the default), then `demandwatch draft`.

Review s22 X2/X3: the rules read "Council urged to adopt arms embargo resolution" and "la
France demande au Conseil de sécurité d'adopter un embargo sur les armes" as an adoption,
and "Security Council urged to vote on Syria arms embargo draft" as a vote ahead; the
model, sure at 0.925, made "Paris appelle le Conseil de sécurité à adopter une résolution
sur l'embargo" an adoption. Each paged the arms-embargo demand's owners (P1) for an act
nobody had done, and a story's draft welcomed an adoption that never happened.
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
        title="Syria: Council urged to adopt arms embargo resolution",
        link="https://rightswatch.example.org/news/2027/02/08/council-urged-arms-embargo",
        description="Rights groups urged the UN Security Council on Monday to adopt a "
        "resolution imposing an arms embargo on Syria.",
    ),
    Entry(
        title="Security Council urged to vote on Syria arms embargo draft",
        link="https://aidwatch.example.org/2027/02/08/put-the-embargo-to-a-vote",
        description="Aid and rights groups urged Council members to put the draft "
        "resolution imposing an arms embargo on Syria to a vote.",
    ),
    Entry(
        title="Syrie : la France demande au Conseil de sécurité d'adopter un embargo sur les armes",
        link="https://www.diplomatie.example.fr/2027/02/08/syrie-embargo",
        description="La France demande au Conseil de sécurité des Nations unies d'adopter "
        "une résolution imposant un embargo sur les armes à la Syrie.",
    ),
    Entry(
        title="Syrie : Paris appelle le Conseil de sécurité à adopter une résolution sur l'embargo",
        link="https://actu.example.fr/2027/02/08/paris-appelle-le-conseil",
        description="Le ministère des Affaires étrangères appelle le Conseil de sécurité à "
        "adopter une résolution imposant un embargo sur les armes à la Syrie.",
    ),
]


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def test_calls_to_adopt_or_vote_page_nobody(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "cfg", [{"id": "calls", "url": httpserver.url_for("/c")}])
    env = cli_env(config, tmp_path / "state.sqlite3", slack)
    env.pop("DEMANDWATCH_EVENT_MODEL", None)  # the default: the model on
    serve_feed(httpserver, "/c")
    run_cli("run", "--once", env=env)  # the baseline
    serve_feed(httpserver, "/c", *CALLS)
    run = run_cli("run", "--once", env=env).stdout
    assert "delivered=4" in run, run

    posted = slack.messages.get(SYRIA_CHANNEL, [])
    text = "\n".join(json.dumps(m, ensure_ascii=False) for m in posted)
    assert "P1" not in text
    assert "Resolution adopted" not in text
    assert "Vote scheduled" not in text
    tops = slack.top_level(SYRIA_CHANNEL)
    assert tops, text
    assert all("P2 · Statement" in top["blocks"][0]["text"]["text"] for top in tops), text

    stories = json.loads(run_cli("stories", "--json", env=env).stdout)
    assert stories
    for story in stories:
        assert story["event"] == "statement", story
        release = run_cli("draft", "--story", story["id"], env=env).stdout
        assert "the adoption of resolution" not in release
