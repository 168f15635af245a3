"""Items about a veto, from outside: `demandwatch run --once` against a local feed, the Slack
stand-in and a SQLite state file.

Probe s22 V3: France Diplomatie's "Syrie – Adoption par l'Assemblée générale d'une résolution
sur le veto" ("La France salue l'adoption aujourd'hui par l'Assemblée générale d'une
résolution déplorant le veto russe ...") opened a new story "🔴 P1 · Veto", paged on-call,
said "Vetoed: Russian Federation" and gave a second General Assembly deadline. Probe s22 V5:
the Council of the EU's "Syria: Council adopts conclusions ..." paged P1 as a resolution
adopted. Probe s22 V2's neighbours: "Russia and China vetoed ... last week. Amnesty calls on
..." under a neutral headline paged as a new veto.
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

FRANCE_WELCOMES = Entry(
    title="Syrie – Adoption par l'Assemblée générale d'une résolution sur le veto",
    link="https://www.diplomatie.example/fr/syrie-adoption-ag-resolution-veto",
    description="La France salue l'adoption aujourd'hui par l'Assemblée générale d'une "
    "résolution déplorant le veto russe sur le renvoi de la situation en Syrie à la CPI.",
)
EU_CONCLUSIONS = Entry(
    title="Syria: Council adopts conclusions calling for accountability and an arms embargo",
    link="https://consilium.example/en/press/2026/11/16/syria-council-conclusions/",
    description="The Council today adopted conclusions on Syria, calling on the UN Security "
    "Council to impose an arms embargo and to refer the situation to the International "
    "Criminal Court.",
)
LAST_WEEKS_VETO = Entry(
    title="Syria: Justice cannot wait for the Security Council",
    link="https://amnesty.example.org/en/latest/news/2027/01/syria-justice-cannot-wait/",
    description="Russia and China vetoed the Security Council's referral of Syria to the "
    "International Criminal Court last week. Amnesty International calls on the General "
    "Assembly to act.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def _posted(httpserver: HTTPServer, slack: SlackServer, tmp_path: Path, entry: Entry) -> str:
    """What the Syria channel holds after a run that finds ``entry`` new."""
    config = write_config(tmp_path / "cfg", [{"id": "src", "url": httpserver.url_for("/s")}])
    env = cli_env(config, tmp_path / "state.sqlite3", slack)
    serve_feed(httpserver, "/s")
    run_cli("run", "--once", env=env)  # the baseline
    serve_feed(httpserver, "/s", entry)
    run = run_cli("run", "--once", env=env).stdout
    assert "delivered=1" in run, run
    return "\n".join(
        json.dumps(m, ensure_ascii=False) for m in slack.messages.get(SYRIA_CHANNEL, [])
    )


@pytest.mark.parametrize(
    "entry", [FRANCE_WELCOMES, LAST_WEEKS_VETO], ids=["assembly-resolution", "last-week"]
)
def test_an_item_about_a_veto_pages_nobody_and_dates_no_debate(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path, entry: Entry
) -> None:
    text = _posted(httpserver, slack, tmp_path, entry)
    assert "P1" not in text
    assert "Veto ·" not in text
    assert "Vetoed:" not in text
    assert "General Assembly debate due" not in text


def test_eu_council_conclusions_are_no_un_resolution_adopted(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    text = _posted(httpserver, slack, tmp_path, EU_CONCLUSIONS)
    assert "P1" not in text
    assert "Resolution adopted" not in text
    assert "resolution adopted" not in text
