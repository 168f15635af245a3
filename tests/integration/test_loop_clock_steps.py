"""The host clock steps (probe s15 Q5): set back by hours (a wrong NTP server corrected, a
manual fix), `run --loop` polls at once and says once how far the clock went back (it
waited hours: a veto published meanwhile was alerted hours late, nothing said), and
`status` tells the truth about a last success later than its clock (it said "0s ago").
Set forward (a laptop waking after hours asleep), each source is polled once and nothing
is alerted twice.

The real console script runs against a local feed server, the Slack stand-in and a real
SQLite file; only the clock it reads is moved: a ``sitecustomize`` handed to the child
adds the seconds written in a file to demandwatch's clock (what ``datetime.now`` gives
it), read at every look, so the file steps a running loop's clock.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from feeds import write_config
from integration.cli_hooks import hooked_env, serve, veto_posts
from integration.slack_server import SlackServer
from integration.test_run_loop import Lines, _interruptible
from slack_support import CHANNELS

pytestmark = pytest.mark.integration
SCRIPT = Path(sys.executable).parent / "demandwatch"

SHIFTED_CLOCK = textwrap.dedent(
    """
    import os
    from datetime import datetime, timedelta

    from demandwatch import bootstrap

    _FILE = os.environ["DEMANDWATCH_TEST_CLOCK_OFFSET"]
    _real = bootstrap.utc_now


    def shifted():
        try:
            with open(_FILE, encoding="utf-8") as f:
                offset = float(f.read().strip() or 0)
        except OSError:
            offset = 0.0
        return _real() + timedelta(seconds=offset)


    bootstrap.utc_now = shifted
    bootstrap.service.__wrapped__.__kwdefaults__["clock"] = shifted
    """
)
HOURS = 3600.0


def _env(tmp_path: Path, config: Path, state: Path, slack: SlackServer) -> dict[str, str]:
    return hooked_env(
        tmp_path,
        config,
        state,
        slack,
        SHIFTED_CLOCK,
        DEMANDWATCH_TEST_CLOCK_OFFSET=str(tmp_path / "clock-offset"),
    )


def _set_clock(tmp_path: Path, offset: float) -> None:
    (tmp_path / "clock-offset").write_text(str(offset), encoding="utf-8")


def test_the_loop_polls_at_once_after_the_clock_went_back_and_once_after_it_jumped_ahead(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    config = write_config(
        tmp_path / "cfg",
        [{"id": "press", "url": httpserver.url_for("/feed"), "interval": "30m"}],
    )
    state = tmp_path / "state.sqlite3"
    with SlackServer.running(**CHANNELS) as slack:
        env = _env(tmp_path, config, state, slack)

        def cli(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [str(SCRIPT), *args],
                env=env,
                cwd=tmp_path,
                capture_output=True,
                text=True,
                timeout=120,
            )

        # The last run's clock was three hours ahead of the one the loop starts with.
        _set_clock(tmp_path, 3 * HOURS)
        serve(httpserver, veto=False)
        assert cli("run", "--once").returncode == 0
        _set_clock(tmp_path, 0)
        status = cli("status")
        assert status.returncode == 0, status.stderr
        press = next(line for line in status.stdout.splitlines() if "press" in line)
        assert "0s ago" not in press, press
        assert "ahead of this clock" in press, press
        assert "due now" in press, press

        serve(httpserver, veto=True)  # a veto published meanwhile
        process = subprocess.Popen(
            [str(SCRIPT), "run", "--loop", "--interval", "0.3s"],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            preexec_fn=_interruptible,
        )
        lines = Lines(process)
        try:
            lines.until(r"the clock went back by 3h")
            lines.until(r"press +new_items .*matched=1")
            lines.until(r"delivered=1")
            polls = len(httpserver.log)
            time.sleep(2)  # many checks: polled again only after its interval
            assert len(httpserver.log) == polls

            # The laptop sleeps eight hours: on waking the source is polled once.
            _set_clock(tmp_path, 8 * HOURS)
            lines.until(r"press +(unchanged|not_modified|no_new_items)")
            time.sleep(2)
            assert len(httpserver.log) == polls + 1
        finally:
            process.send_signal(signal.SIGINT)
            rest, _ = process.communicate(timeout=30)
        assert process.returncode == 130
        seen = "\n".join(lines.seen) + rest
        assert "Traceback" not in seen
        assert len(re.findall(r"the clock went back", seen)) == 1, seen
        assert len(veto_posts(slack)) == 1
