"""`demandwatch run --loop`: a banner saying what it runs with, a UTC timestamp on every
line, configuration edits picked up at the next cycle; `run --json` for scripts."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml
from pytest_httpserver import HTTPServer

from feeds import QUIET_ENTRIES, VETO_ENTRY, Entry, rss, write_config

pytestmark = pytest.mark.integration
SCRIPT = Path(sys.executable).parent / "demandwatch"
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ")


def clean_env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DEMANDWATCH_", "SLACK_", "RELIEFWEB_"))
    }


def _interruptible() -> None:
    """Ctrl-C as at a terminal: a suite started in the background of a non-interactive
    shell runs with SIGINT ignored, and a child would inherit that and never see it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Lines:
    """A running command's stdout, line by line, with a timeout on each wait."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.seen: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        stream = process.stdout
        threading.Thread(target=lambda: [self._queue.put(x) for x in stream], daemon=True).start()

    def until(self, pattern: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=0.2)
            except queue.Empty:
                continue
            self.seen.append(line.rstrip("\n"))
            if re.search(pattern, line):
                return line
        raise AssertionError(f"no line matching {pattern!r} in:\n" + "\n".join(self.seen))


class Loop:
    """`demandwatch run --loop` every 0.3 s on ``config`` and ``state``, its output read line
    by line (``lines``); stopped by Ctrl-C when its ``with`` block ends, whatever the block
    raised, then its exit code and stderr kept (``returncode``, ``err``)."""

    def __init__(self, config: Path, state: Path, cwd: Path) -> None:
        self._args = [
            *(str(SCRIPT), "run", "--loop", "--interval", "0.3s"),
            *("--config", str(config), "--state", str(state)),
        ]
        self._cwd = cwd
        self.err = ""
        self.returncode: int | None = None

    def __enter__(self) -> Loop:
        self.process = subprocess.Popen(
            self._args,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=clean_env(),
            cwd=self._cwd,
            preexec_fn=_interruptible,
        )
        self.lines = Lines(self.process)
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.send_signal(signal.SIGINT)
        _, self.err = self.process.communicate(timeout=30)
        self.returncode = self.process.returncode


def _serve(httpserver: HTTPServer, *entries: Entry) -> None:
    httpserver.clear()
    httpserver.expect_request("/feed").respond_with_data(
        rss([*entries, *QUIET_ENTRIES]), content_type="application/rss+xml"
    )


def test_loop_banner_timestamps_and_config_reload(tmp_path: Path, httpserver: HTTPServer) -> None:
    _serve(httpserver)
    config = write_config(
        tmp_path / "config", [{"id": "first", "url": httpserver.url_for("/feed")}]
    )  # every source polled every 1s (the test config's default)
    state = tmp_path / "state.sqlite3"
    with Loop(config, state, tmp_path) as loop:
        lines = loop.lines
        # Intervals as people write them (F7: not "every 0.0166667m").
        lines.until(r"demandwatch \d+\.\d+\.\d+: polling .*, checking every 0\.3s \(")
        lines.until(r"  config: +" + re.escape(str(config)))
        lines.until(r"  state: +" + re.escape(str(state)))
        lines.until(r"  notifier: console")
        lines.until(r"  sources: +1: first every 1s$")
        lines.until(r"first +new_items \(baseline\)")
        # An edit: a second source. The next cycle reads it and polls it.
        document = yaml.safe_load((config / "sources.yaml").read_text(encoding="utf-8"))
        document["sources"].append(
            {"id": "second", "name": "Second", "tier": "news", "url": httpserver.url_for("/feed")}
        )
        (config / "sources.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
        lines.until(r"configuration reloaded from .*: 2 sources")
        lines.until(r"second +new_items \(baseline\)")
        # A broken edit is reported and the loop goes on with what it had.
        (config / "org.yaml").write_text("name: [unclosed\n", encoding="utf-8")
        time.sleep(1.0)
        assert loop.process.poll() is None
    assert loop.returncode == 130
    assert "Traceback" not in loop.err
    assert "the configuration changed but is invalid" in loop.err
    assert all(STAMP.match(line) for line in lines.seen if line), lines.seen


def test_run_json_is_one_object_per_run(tmp_path: Path, httpserver: HTTPServer) -> None:
    _serve(httpserver)
    config = write_config(
        tmp_path / "config", [{"id": "local", "url": httpserver.url_for("/feed")}]
    )
    args = [str(SCRIPT), "run", "--json", "--config", str(config), "--state", str(tmp_path / "s")]
    first = subprocess.run(args, capture_output=True, text=True, env=clean_env(), timeout=60)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert [(s["source_id"], s["status"], s["baseline"]) for s in report["sources"]] == [
        ("local", "new_items", True)
    ]
    _serve(httpserver, VETO_ENTRY)
    second = subprocess.run(args, capture_output=True, text=True, env=clean_env(), timeout=60)
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout)  # stdout is JSON alone
    assert report["sources"][0]["matched"] == 1
    assert report["delivery"]["delivered"] == 1
    assert report["delivery"]["alerts"][0]["priority"] == "P1"
    # The console alert itself went to stderr, for a person watching.
    assert "VETO" in second.stderr


def test_a_loop_follows_its_state_file_when_it_is_moved_aside_or_replaced(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    """Review s19 V4: a loop kept its one SQLite handle across cycles, so a state file
    moved aside (as the damaged-file message advises) or replaced by a backup went on being
    written through the old file: nothing at the path saw its writes, and everything it
    recorded was lost at its restart. It now opens the path again at the next check."""
    import sqlite3

    _serve(httpserver)
    config = write_config(
        tmp_path / "config", [{"id": "first", "url": httpserver.url_for("/feed")}]
    )
    state = tmp_path / "state.sqlite3"
    aside = tmp_path / "moved-aside.sqlite3"
    with Loop(config, state, tmp_path) as loop:
        lines = loop.lines
        lines.until(r"first +new_items \(baseline\)")
        state.rename(aside)
        deadline = time.monotonic() + 20
        while not state.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert state.exists(), "the loop never opened its state file's path again"
        lines.until(r"first +new_items \(baseline\)")  # a new file: a new baseline
        # The operator puts the old file back; the loop takes it up, and a veto published
        # now is recorded there.
        aside.replace(state)
        time.sleep(1.0)
        _serve(httpserver, VETO_ENTRY)
        lines.until(r"P1 VETO")
        time.sleep(0.5)
    assert loop.returncode == 130, loop.err
    assert "Traceback" not in loop.err
    assert "was replaced or moved while this loop ran" in loop.err
    with sqlite3.connect(state) as db:
        titles = [row[0] for row in db.execute("SELECT payload FROM alerts")]
        baselined = db.execute("SELECT count(*) FROM source_state").fetchone()[0]
    assert baselined == 1
    assert any("owing to negative votes" in payload for payload in titles), titles
