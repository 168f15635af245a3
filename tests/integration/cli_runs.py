"""What the tests that run the real `demandwatch` command against a local feed server, the
Slack stand-in (tests/integration/slack_server.py) and a SQLite state file share: the feed
served, the command's environment, and a run of it that must succeed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from pytest_httpserver import HTTPServer

from feeds import QUIET_ENTRIES, Entry, rss
from integration.slack_server import TOKEN, SlackServer


def serve_feed(httpserver: HTTPServer, path: str, *entries: Entry) -> None:
    """The RSS feed at ``path`` from now on: ``entries``, newest first, then quiet items."""
    httpserver.clear()
    httpserver.expect_request(path).respond_with_data(
        rss([*entries, *QUIET_ENTRIES]), content_type="application/rss+xml"
    )


def cli_env(config: Path, state: Path, slack: SlackServer) -> dict[str, str]:
    """The caller's environment, pointed at ``config``, ``state`` and the Slack stand-in,
    with no channel of the caller's (the configuration's channels are the ones used)."""
    env = {
        **os.environ,
        "DEMANDWATCH_CONFIG": str(config),
        "DEMANDWATCH_STATE": str(state),
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.url,
    }
    env.pop("SLACK_CHANNEL", None)
    return env


def run_cli(*args: str, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """`demandwatch <args>`, which must exit 0 (its output is in the failure)."""
    done = subprocess.run(
        [sys.executable, "-m", "demandwatch.cli", *args],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done
