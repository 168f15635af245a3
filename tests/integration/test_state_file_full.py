"""The disk under the state file fills up (probe s15 Q4): `run --once` says so in one line
and exits 1 (README "Exit codes": the state file is unusable); `run --loop` says it, tells
the ops channel once, keeps trying each interval instead of dying, and says when it can
write again. Nothing is lost: a veto published meanwhile is alerted once, when space
returns.

The real console script runs against a local feed server, the Slack stand-in and a real
SQLite file. A full filesystem cannot be made in a test (it needs a mount), so a
``sitecustomize`` handed to the child makes its SQLite connections answer a COMMIT that
writes something with SQLite's own "database or disk is full" while a marker file exists;
a transaction that changes nothing commits, as on a real full disk.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from feeds import write_config
from integration.cli_hooks import hooked_env, serve, veto_posts
from integration.slack_server import SlackServer
from integration.test_run_loop import Lines, _interruptible
from slack_support import CHANNELS, OPS_CHANNEL

pytestmark = pytest.mark.integration
SCRIPT = Path(sys.executable).parent / "demandwatch"

FULL_DISK = textwrap.dedent(
    """
    import os
    import sqlite3

    _MARK = os.environ["DEMANDWATCH_TEST_DISK_FULL"]
    _connect = sqlite3.connect


    class _FullDisk(sqlite3.Connection):
        _changes_at_begin = 0

        def execute(self, sql, *args):
            word = sql.strip().upper()
            if word.startswith("BEGIN"):
                self._changes_at_begin = self.total_changes
            elif (
                word == "COMMIT"
                and os.path.exists(_MARK)
                and self.total_changes > self._changes_at_begin
            ):
                raise sqlite3.OperationalError("database or disk is full")
            return super().execute(sql, *args)


    def connect(*args, **kwargs):
        kwargs.setdefault("factory", _FullDisk)
        return _connect(*args, **kwargs)


    sqlite3.connect = connect
    """
)


def _env(tmp_path: Path, config: Path, state: Path, slack: SlackServer) -> dict[str, str]:
    return hooked_env(
        tmp_path,
        config,
        state,
        slack,
        FULL_DISK,
        DEMANDWATCH_TEST_DISK_FULL=str(tmp_path / "disk-is-full"),
    )


def _disk_notices(slack: SlackServer) -> list[dict[str, Any]]:
    return [m for m in slack.top_level(OPS_CHANNEL) if "disk full" in str(m)]


def test_run_once_on_a_full_disk_says_so_in_one_line_and_exits_1(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "cfg", [{"id": "press", "url": httpserver.url_for("/feed")}])
    state = tmp_path / "state.sqlite3"
    with SlackServer.running(**CHANNELS) as slack:
        env = _env(tmp_path, config, state, slack)

        def run() -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [str(SCRIPT), "run", "--once"],
                env=env,
                cwd=tmp_path,
                capture_output=True,
                text=True,
                timeout=120,
            )

        serve(httpserver, veto=False)
        assert run().returncode == 0  # the baseline
        serve(httpserver, veto=True)
        (tmp_path / "disk-is-full").touch()
        full = run()
        assert "Traceback" not in full.stderr, full.stderr
        assert full.returncode == 1, (full.stdout, full.stderr)
        said = [line for line in full.stderr.splitlines() if line.strip()]
        assert len(said) == 1, full.stderr
        assert str(state) in said[0], said
        assert "disk full" in said[0], said
        assert veto_posts(slack) == []

        (tmp_path / "disk-is-full").unlink()  # space again: the veto is alerted, once
        after = run()
        assert after.returncode == 0, after.stderr
        assert len(veto_posts(slack)) == 1
        assert run().returncode == 0
        assert len(veto_posts(slack)) == 1


def test_run_loop_on_a_full_disk_says_it_once_keeps_trying_and_alerts_when_space_returns(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "cfg", [{"id": "press", "url": httpserver.url_for("/feed")}])
    state = tmp_path / "state.sqlite3"
    serve(httpserver, veto=False)
    with SlackServer.running(**CHANNELS) as slack:
        process = subprocess.Popen(
            [str(SCRIPT), "run", "--loop", "--interval", "0.3s"],
            env=_env(tmp_path, config, state, slack),
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            preexec_fn=_interruptible,
        )
        lines = Lines(process)
        try:
            lines.until(r"press +new_items \(baseline\)")
            (tmp_path / "disk-is-full").touch()
            serve(httpserver, veto=True)
            lines.until(re.escape(str(state)) + r".*disk full")
            # It goes on trying, every interval (the source stays due), saying it once.
            polls = len(httpserver.log)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and len(httpserver.log) < polls + 3:
                time.sleep(0.1)
            assert len(httpserver.log) >= polls + 3, "the loop stopped polling"
            assert process.poll() is None, "the loop died"
            assert len(_disk_notices(slack)) == 1
            assert veto_posts(slack) == []

            (tmp_path / "disk-is-full").unlink()
            lines.until(r"state file .* can be written again")
            lines.until(r"press +new_items")
            lines.until(r"delivered=1")
        finally:
            process.send_signal(signal.SIGINT)
            rest, _ = process.communicate(timeout=30)
        assert process.returncode == 130
        assert "Traceback" not in "\n".join(lines.seen) + rest
        assert len(veto_posts(slack)) == 1
        assert len(_disk_notices(slack)) == 1
        disk_lines = [line for line in lines.seen if "disk full" in line]
        assert len(disk_lines) == 1, disk_lines
