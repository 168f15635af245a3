"""What the tests that run the real `demandwatch` command with a hook in its interpreter
share: the environment that loads the hook (a `sitecustomize.py`) and points the command at
the test's configuration, state file and Slack stand-in; the feed served; the veto posts."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from demandwatch.slack.api import ALERT_EVENT
from feeds import QUIET_ENTRIES, VETO_ENTRY, rss
from integration.slack_server import TOKEN, SlackServer
from slack_support import SYRIA_CHANNEL


def hooked_env(
    tmp_path: Path,
    config: Path,
    state: Path,
    slack: SlackServer,
    hook: str,
    **variables: str,
) -> dict[str, str]:
    """The command's environment: ``hook`` as its interpreter's `sitecustomize.py`, no
    DEMANDWATCH_/SLACK_/RELIEFWEB_ variable of the caller's, and ``variables`` for the hook."""
    folder = tmp_path / "hook"
    folder.mkdir(exist_ok=True)
    (folder / "sitecustomize.py").write_text(hook, encoding="utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DEMANDWATCH_", "SLACK_", "RELIEFWEB_"))
    }
    env.update(
        {
            "DEMANDWATCH_CONFIG": str(config),
            "DEMANDWATCH_STATE": str(state),
            **variables,
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_API_URL": slack.url,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(folder), env.get("PYTHONPATH")])),
        }
    )
    return env


def serve(httpserver: HTTPServer, *, veto: bool) -> None:
    """The feed at /feed: quiet items, and the veto when ``veto``."""
    httpserver.clear()
    entries = [VETO_ENTRY, *QUIET_ENTRIES] if veto else QUIET_ENTRIES
    httpserver.expect_request("/feed").respond_with_data(
        rss(entries), content_type="application/rss+xml"
    )


def veto_posts(slack: SlackServer) -> list[dict[str, Any]]:
    """The alerts posted to the campaign's channel."""
    return [
        m
        for m in slack.top_level(SYRIA_CHANNEL)
        if m.get("metadata", {}).get("event_type") == ALERT_EVENT
    ]
