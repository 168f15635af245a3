"""What the tests that run the real `demandwatch` command against a local feed server, the
Slack stand-in (tests/integration/slack_server.py) and a SQLite state file share: the feed
served, the command's environment, and a run of it that must succeed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from feeds import QUIET_ENTRIES, Entry, rss, write_config
from integration.slack_server import TOKEN, SlackServer
from slack_support import SYRIA_CHANNEL


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


class OneFeed:
    """One source's feed on the local server, its configuration and state, and the runs an
    operator starts; its story is the one top-level message in the Syria channel."""

    def __init__(
        self, server: HTTPServer, slack: SlackServer, tmp_path: Path, source_id: str
    ) -> None:
        self.server = server
        self.slack = slack
        self.path = f"/{source_id}.xml"
        self.config = write_config(
            tmp_path / "cfg", [{"id": source_id, "url": server.url_for(self.path)}]
        )
        self.state = tmp_path / "state.sqlite3"

    def serve(self, *entries: Entry) -> None:
        serve_feed(self.server, self.path, *entries)

    def run(self) -> subprocess.CompletedProcess[str]:
        return run_cli("run", "--once", env=cli_env(self.config, self.state, self.slack))

    def posted_text(self) -> str:
        """Every message in the Syria channel, as JSON lines (blocks and options included)."""
        return "\n".join(
            json.dumps(m, ensure_ascii=False) for m in self.slack.messages.get(SYRIA_CHANNEL, [])
        )

    def thread(self) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        [top] = self.slack.top_level(SYRIA_CHANNEL)
        return top, self.slack.replies(SYRIA_CHANNEL, top["ts"])
