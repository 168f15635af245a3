"""The operator is told when the learned event model cannot be read (probe s22 V7).

A copy of the package with ``models/event_model.json.gz`` removed or cut short, run as the
operator runs it: ``config check`` said "ok" and every run read events by the rules alone,
said only in a log line per process. Now the check names the file and fails (exit 3), and
``status`` says the events are the rules' alone; with the model off neither says a word.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import demandwatch
from demandwatch.cli import EXIT_CONFIG, EXIT_OK
from demandwatch.store.sqlite import SqliteStore

PACKAGE = Path(demandwatch.__file__).parent
MODEL = Path("demandwatch") / "models" / "event_model.json.gz"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A directory holding a copy of the package, for PYTHONPATH."""
    root = tmp_path / "site"
    shutil.copytree(PACKAGE, root / "demandwatch", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def demandwatch_in(
    root: Path, *args: str, model: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`demandwatch <args>` from the package copy in ``root``, its shipped configuration,
    offline (no Slack token)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DEMANDWATCH_", "SLACK_"))}
    env["PYTHONPATH"] = str(root)
    if model is not None:
        env["DEMANDWATCH_EVENT_MODEL"] = model
    return subprocess.run(
        [sys.executable, "-m", "demandwatch", *args],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )


def model_line(out: str) -> str:
    [line] = [line for line in out.splitlines() if " event model " in line]
    return line


def test_config_check_fails_naming_a_missing_model_file(package: Path) -> None:
    (package / MODEL).unlink()
    done = demandwatch_in(package, "config", "check")
    assert done.returncode == EXIT_CONFIG, done.stdout + done.stderr
    line = model_line(done.stdout)
    assert line.startswith("error    event model event_model.json.gz: ")
    assert "event_model.json.gz is not read: not a readable model" in line
    assert "No such file" in line
    assert "every run reads events by the rules alone" in line
    assert "INVALID, 1 problem(s)" in done.stdout


def test_config_check_fails_on_a_model_file_cut_short(package: Path) -> None:
    whole = (package / MODEL).read_bytes()
    (package / MODEL).write_bytes(whole[:3000])
    done = demandwatch_in(package, "config", "check", "--json")
    assert done.returncode == EXIT_CONFIG, done.stdout + done.stderr
    report = json.loads(done.stdout)
    [check] = [c for c in report["checks"] if c["check"] == "event model"]
    assert check["subject"] == "event_model.json.gz"
    assert check["status"] == "error"
    assert "not a readable model" in check["detail"]
    assert report["ok"] is False


def test_config_check_reads_the_shipped_model(package: Path) -> None:
    done = demandwatch_in(package, "config", "check")
    assert done.returncode == EXIT_OK, done.stdout + done.stderr
    assert model_line(done.stdout) == "ok       event model event_model.json.gz"


def test_with_the_model_off_its_file_is_not_asked_for(package: Path) -> None:
    (package / MODEL).unlink()
    done = demandwatch_in(package, "config", "check", model="off")
    assert done.returncode == EXIT_OK, done.stdout + done.stderr
    assert model_line(done.stdout).startswith("skipped  event model event_model.json.gz")
    state = package / "state.sqlite3"
    SqliteStore(state).close()
    status = demandwatch_in(package, "status", "--state", str(state), model="off")
    assert status.returncode == EXIT_OK, status.stdout + status.stderr
    assert "Events:" not in status.stdout


def test_status_says_the_events_are_the_rules_alone(package: Path) -> None:
    state = package / "state.sqlite3"
    SqliteStore(state).close()
    before = demandwatch_in(package, "status", "--state", str(state))
    assert before.returncode == EXIT_OK, before.stdout + before.stderr
    assert "Events:" not in before.stdout
    (package / MODEL).write_bytes((package / MODEL).read_bytes()[:3000])
    done = demandwatch_in(package, "status", "--state", str(state))
    assert done.returncode == EXIT_OK, done.stdout + done.stderr
    [line] = [line for line in done.stdout.splitlines() if line.startswith("Events:")]
    assert line.startswith("Events: read by the rules alone (event_model.json.gz is not read: ")
    as_json = json.loads(demandwatch_in(package, "status", "--state", str(state), "--json").stdout)
    assert as_json["event_model_problem"].startswith("event_model.json.gz is not read: ")


DEMAND_MODEL = Path("demandwatch") / "models" / "demand_model.json.gz"


def demand_model_line(out: str) -> str:
    [line] = [line for line in out.splitlines() if " demand model " in line]
    return line


def test_config_check_fails_naming_a_missing_demand_model_and_is_quiet_with_it_off(
    package: Path,
) -> None:
    done = demandwatch_in(package, "config", "check")
    assert demand_model_line(done.stdout) == "ok       demand model demand_model.json.gz"
    (package / DEMAND_MODEL).write_bytes((package / DEMAND_MODEL).read_bytes()[:2000])
    done = demandwatch_in(package, "config", "check")
    assert done.returncode == EXIT_CONFIG, done.stdout + done.stderr
    line = demand_model_line(done.stdout)
    assert line.startswith("error    demand model demand_model.json.gz: ")
    assert "every run matches demands by the queries alone" in line
    env_off = demandwatch_in_with(package, DEMANDWATCH_DEMAND_MODEL="off")
    assert env_off.returncode == EXIT_OK, env_off.stdout + env_off.stderr
    assert demand_model_line(env_off.stdout).startswith("skipped  demand model")


def demandwatch_in_with(root: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DEMANDWATCH_", "SLACK_"))}
    env.update(PYTHONPATH=str(root), **variables)
    return subprocess.run(
        [sys.executable, "-m", "demandwatch", "config", "check"],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
