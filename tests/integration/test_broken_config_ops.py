"""A scheduled `run --once` (or a running loop) whose configuration an edit broke, as the
operator meets it: the CLI as a subprocess, a local feed server, the Slack stand-in
(tests/integration/slack_server.py) and a SQLite state file.

Probe s20 T9 (and s19 P7 for the loop): a YAML typo made every cron run exit 3 and poll
nothing, said on stderr only, which nobody reads under cron. The run still polls nothing
and touches no state (the configuration names file, line and field; it is not guessed
past), and the ops channel hears of it: once a day while it lasts, whichever file broke.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from feeds import QUIET_ENTRIES, rss, write_config
from integration.slack_server import TOKEN, SlackServer
from slack_support import CHANNELS, DEFAULT_CHANNEL, OPS_CHANNEL

pytestmark = pytest.mark.integration


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


class Cron:
    def __init__(self, server: HTTPServer, slack: SlackServer, tmp_path: Path) -> None:
        self.slack = slack
        # Its posts carry the time of day, as Slack's do: the history is read by time.
        slack.set_time(datetime.now(UTC))
        server.expect_request("/feed.xml").respond_with_data(
            rss(QUIET_ENTRIES), content_type="application/rss+xml"
        )
        self.config = write_config(
            tmp_path / "cfg", [{"id": "wib", "url": server.url_for("/feed.xml")}]
        )
        self.state = tmp_path / "state.sqlite3"

    def run(self, **extra: str) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "DEMANDWATCH_CONFIG": str(self.config),
            "DEMANDWATCH_STATE": str(self.state),
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_API_URL": self.slack.url,
            **extra,
        }
        if "SLACK_CHANNEL" not in extra:
            env.pop("SLACK_CHANNEL", None)
        return subprocess.run(
            [sys.executable, "-m", "demandwatch.cli", "run", "--once"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def said_in(self, channel: str) -> list[str]:
        return [
            json.dumps(m.get("blocks") or m.get("text"), ensure_ascii=False)
            for m in self.slack.top_level(channel)
        ]


@pytest.fixture
def cron(httpserver: HTTPServer, slack: SlackServer, tmp_path: Path) -> Cron:
    world = Cron(httpserver, slack, tmp_path)
    assert world.run().returncode == 0  # the baseline, with the configuration intact
    return world


def _break(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    # Whole, as an editor saves it: a loop never reads the file half-written.
    edited = path.with_suffix(".edit")
    edited.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.replace(edited, path)


def test_a_typo_in_sources_stops_polling_and_the_ops_channel_hears_of_it_once(cron: Cron) -> None:
    state_before = cron.state.read_bytes()
    _break(cron.config / "sources.yaml", "interval: 1s", "interval 1s")

    first = cron.run()
    assert first.returncode == 3, first.stdout + first.stderr
    assert "sources.yaml:" in first.stderr
    [notice] = cron.said_in(OPS_CHANNEL)
    assert "sources.yaml" in notice, notice
    assert "polls nothing" in notice, notice
    assert cron.state.read_bytes() == state_before  # nothing polled, nothing recorded

    second = cron.run()  # the next scheduled run: still broken, already said
    assert second.returncode == 3
    assert len(cron.said_in(OPS_CHANNEL)) == 1
    assert "already told" in second.stderr, second.stderr
    assert cron.state.read_bytes() == state_before

    _break(cron.config / "sources.yaml", "interval 1s", "interval: 1s")
    assert cron.run().returncode == 0  # mended: polling again
    assert len(cron.said_in(OPS_CHANNEL)) == 1


def test_a_broken_org_file_is_said_in_the_channel_the_environment_names(cron: Cron) -> None:
    """org.yaml names the ops channel; when it is the broken file, SLACK_CHANNEL (the
    channel ops notices go to when none is configured) is where it is said."""
    _break(cron.config / "org.yaml", "ops_channel:", "ops_channel: [")
    done = cron.run(SLACK_CHANNEL="#un-alerts")
    assert done.returncode == 3
    assert cron.said_in(OPS_CHANNEL) == []
    [notice] = cron.said_in(DEFAULT_CHANNEL)
    assert "org.yaml" in notice, notice

    # Nowhere to say it: stderr says so rather than pretend.
    unsaid = cron.run()
    assert unsaid.returncode == 3
    assert "SLACK_CHANNEL" in unsaid.stderr, unsaid.stderr
    assert len(cron.said_in(DEFAULT_CHANNEL)) == 1


def test_a_running_loop_given_a_broken_edit_says_so_in_the_ops_channel(cron: Cron) -> None:
    """Probe s19 P7: the loop keeps the configuration it had and said so on its console
    only; an unattended loop's console is read by nobody."""
    env = {
        **os.environ,
        "DEMANDWATCH_CONFIG": str(cron.config),
        "DEMANDWATCH_STATE": str(cron.state),
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": cron.slack.url,
        "PYTHONUNBUFFERED": "1",  # its lines as they are written
    }
    env.pop("SLACK_CHANNEL", None)
    loop = subprocess.Popen(
        [sys.executable, "-m", "demandwatch.cli", "run", "--loop", "--interval", "0.3s"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert loop.stdout is not None
        for line in loop.stdout:  # its first cycle, with the configuration intact
            if "alerts:" in line:
                break
        _break(cron.config / "demands.yaml", "campaigns:", "campaigns\n  oops")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any(
            "invalid" in n for n in cron.said_in(OPS_CHANNEL)
        ):
            time.sleep(0.3)
        time.sleep(1.5)  # more cycles: the same problems are not said again
        assert loop.poll() is None  # it goes on with the configuration it had
    finally:
        loop.send_signal(signal.SIGINT)
        err = loop.communicate(timeout=30)[1]
    notices = [n for n in cron.said_in(OPS_CHANNEL) if "invalid" in n]
    assert len(notices) == 1, (err, cron.said_in(OPS_CHANNEL))
    [notice] = notices
    assert "demands.yaml" in notice, notice
    # (it polls on: neither its console nor the channel may say nothing is polled)
    assert "keeps polling with the configuration it had" in notice, notice
    assert "the configuration changed but is invalid" in err
    assert "nothing polled" not in err, err
