"""Feed text on the operator's terminal, from outside (probe s13 P16): a title carrying an
OSC 8 link, a window-title change, colour codes, bidi overrides and zero-width characters
reaches `run`'s summary, `status` and `stories` with none of them, its words intact.

`demandwatch run --once` against a local feed server and the Slack stand-in (no channel
takes the veto, so the summary and `status` list it as not delivered), SQLite state.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from demandwatch.core.terminal import terminal_safe
from feeds import Entry, write_config
from integration.cli_runs import serve_feed
from integration.slack_server import TOKEN, SlackServer
from slack_support import OPS_CHANNEL

pytestmark = pytest.mark.integration

HOSTILE = (
    "Syria veto \x1b]8;;http://evil.example/\x1b\\press.un.org\x1b]8;;\x1b\\ "
    "\x1b]0;PWNED\x07\x1b[31mRED\x1b[0m \u202etxet\u202c z\u200bw \u2066iso\u2069 "
    "\u0641\u064a\u062a\u0648 \u0432\u0435\u0442\u043e end"
)
SAFE_WORDS = (
    "Syria veto press.un.org RED txet zw iso \u0641\u064a\u062a\u0648 \u0432\u0435\u0442\u043e end"
)
FORBIDDEN = ("\x1b", "\x07", "\u202e", "\u202c", "\u200b", "\u2066", "\u2069", "evil.example")


def test_feed_titles_reach_the_terminal_without_escapes_or_bidi_controls(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "cfg", [{"id": "press", "url": httpserver.url_for("/p.xml")}])
    env = {
        **os.environ,
        "DEMANDWATCH_CONFIG": str(config),
        "DEMANDWATCH_STATE": str(tmp_path / "state.sqlite3"),
        "SLACK_BOT_TOKEN": TOKEN,
    }
    env.pop("SLACK_CHANNEL", None)

    def cli(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "demandwatch.cli", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done.stdout

    veto = Entry(
        title=HOSTILE,
        link="https://press.un.org/en/2026/sc17902.doc.htm",
        description="The Security Council failed to adopt draft resolution S/2026/1902 on "
        "Syria owing to the negative vote of the Russian Federation.",
    )
    # Only the ops channel exists: the veto cannot be delivered and is listed as pending.
    with SlackServer.running(**{OPS_CHANNEL: "demandwatch-ops"}) as slack:
        env["SLACK_API_URL"] = slack.url
        serve_feed(httpserver, "/p.xml")
        cli("run", "--once")
        serve_feed(httpserver, "/p.xml", veto)
        outputs = {
            "run": cli("run", "--once"),
            "status": cli("status"),
            "stories": cli("stories"),
        }
    for command, out in outputs.items():
        # `status` clips a long title; the others print it whole.
        shown = "Syria veto press.un.org RED" if command == "status" else SAFE_WORDS
        assert shown in " ".join(out.split()), (command, out)
        for bad in FORBIDDEN:
            assert bad not in out, (command, repr(bad), out)


def test_terminal_safe_keeps_ordinary_unicode_and_drops_controls() -> None:
    assert " ".join(terminal_safe(HOSTILE).split()) == SAFE_WORDS
    kept = "Conseil de sécurité — \u0645\u062c\u0644\u0633 \u0627\u0644\u0623\u0645\u0646 · Совет Безопасности 🇺🇳"
    assert terminal_safe(kept) == kept
    assert terminal_safe("a\tb\r\nc\x00d\x7fe\x9b31mf\x9d0;t\x07g") == "a b  cdefg"
    assert terminal_safe("one\ntwo\x1b[2J", keep_newlines=True) == "one\ntwo"
    assert terminal_safe("unterminated \x1b]8;;http://x.example/") == "unterminated "
