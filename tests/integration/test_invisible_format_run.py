"""A veto headline with invisible characters inside its words, from outside: `demandwatch
run --once` against a local feed, the Slack stand-in and a SQLite state file (tester s24).

Before: a German wire headed "Russland legt Ve&shy;to gegen Syrien-Reso&shy;lution im
Sicherheitsrat ein" (news sites break long words with soft hyphens) and an English one
with a zero-width space in "vetoes" were recorded as new and matched nothing: no alert,
on the day of a veto. `demandwatch match` said the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from feeds import Entry
from integration.cli_runs import OneFeed, cli_env, run_cli
from integration.slack_server import SlackServer
from slack_support import CHANNELS

pytestmark = pytest.mark.integration

SHY, ZWSP = "\u00ad", "\u200b"

GERMAN = Entry(
    title=f"Russland legt Ve{SHY}to gegen Syrien-Reso{SHY}lution im Sicherheitsrat ein",
    link="https://nachrichten.example.de/ausland/russland-veto-syrien-100.html",
    description=f"Russland hat am Donnerstag im UN-Sicher{SHY}heits{SHY}rat sein Ve{SHY}to "
    "gegen eine Resolution eingelegt, mit der die grenzüberschreitenden Hilfslieferungen "
    "nach Syrien verlängert werden sollten.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def test_a_veto_headline_with_soft_hyphens_pages_as_the_veto(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    wire = OneFeed(httpserver, slack, tmp_path, "de-wire")
    wire.serve()
    wire.run()  # the baseline
    wire.serve(GERMAN)
    run = wire.run().stdout
    assert "delivered=1" in run, run

    text = wire.posted_text()
    assert "P1" in text
    assert "Veto ·" in text
    assert "Vetoed:" in text
    assert "Russian Federation" in text


def test_match_reads_a_zero_width_space_inside_a_word_as_the_run_does(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    wire = OneFeed(httpserver, slack, tmp_path, "en-wire")
    said = run_cli(
        "match",
        "--title",
        f"Russia ve{ZWSP}toes Security Council resolution on Syria",
        f"Russia on Thursday ve{ZWSP}toed a Security Council draft resolution on Syria.",
        env=cli_env(wire.config, wire.state, slack),
    ).stdout
    assert "stop-veto-obstruction" in said, said
    assert "event: veto" in said, said
