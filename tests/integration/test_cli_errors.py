"""Each way an operator's command used to end in a traceback now ends in one clear line
and a documented exit code; commands that only read state never create or change it.

Most run the real console script in a subprocess (a broken pipe and a console's
encoding only exist there). Permission cases run it as the unprivileged user `nobody`
(setpriv), since root may write anywhere."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from demandwatch.cli import (
    EXIT_CODES,
    EXIT_CONFIG,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_UNDELIVERED,
    EXIT_USAGE,
    main,
)
from demandwatch.core.models import SourceState
from demandwatch.core.stories import Story, StoryItem
from demandwatch.store.sqlite import SqliteStore
from feeds import QUIET_ENTRIES, VETO_ENTRY, rss, write_config

pytestmark = pytest.mark.integration
SCRIPT = Path(sys.executable).parent / "demandwatch"


def run_cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None, user: str | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DEMANDWATCH_", "SLACK_", "RELIEFWEB_"))
    }
    environment.update(env or {})
    command = [str(SCRIPT), *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    return subprocess.run(
        command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=120
    )


def one_clear_line(err: str) -> str:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    path = tmp_path / "state" / "state.sqlite3"
    store = SqliteStore(path)
    now = datetime.now(UTC)
    store.save_source_state(SourceState("un-press", last_success=now, baseline_done=True))
    store.close()
    return path


def nobody_can_run() -> bool:
    return os.geteuid() == 0 and shutil.which("setpriv") is not None


NOBODY = "65534"
# The state file is opened before any source is asked; nothing listens on port 9.
UNREACHABLE: list[dict[str, object]] = [{"id": "local", "url": "http://127.0.0.1:9/feed"}]
needs_nobody = pytest.mark.skipif(
    not nobody_can_run(), reason="needs root and setpriv to run a command as `nobody`"
)


# ------------------------------------------------------------------ usage


def test_interval_without_loop_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["run", "--interval", "5m"])
    assert exited.value.code == EXIT_USAGE
    assert "--interval only applies to run --loop" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["stories", "--since", "2x"], "argument --since: not a duration: '2x' (use e.g. 30s"),
        (["digest", "--since", "a day"], "argument --since: not a duration: 'a day'"),
        (["run", "--loop", "--interval", "0s"], "argument --interval: '0s' must be longer than 0"),
    ],
)
def test_a_duration_that_is_not_one_is_said_in_the_operator_s_words(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Probe s18 P8: argparse said "invalid parse_duration value: '2x'" (a function's
    name), and a zero --interval was taken: run --loop would check without pause."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert said in err, err
    assert "parse_duration" not in err


def test_a_source_s_staleness_without_a_unit_is_refused_and_touches_no_state(
    tmp_path: Path, state_file: Path
) -> None:
    """Review s23 Y4: a source's ``expect_every: 2`` was taken as two seconds, so the source
    was stale after every poll. `config check` and `run` now refuse it, naming the file, the
    line and the field, and the state file is left as it was."""
    config = write_config(tmp_path / "cfg", [{**UNREACHABLE[0], "expect_every": 2}])
    sources = config / "sources.yaml"
    line = next(
        n for n, text in enumerate(sources.read_text().splitlines(), 1) if "expect_every: 2" in text
    )
    before = state_file.read_bytes()
    env = {"DEMANDWATCH_CONFIG": str(config), "DEMANDWATCH_STATE": str(state_file)}
    said = f"{sources}:{line}: sources[0].expect_every: 2 has no unit: write e.g. 2d (days)"
    for command in (["config", "check"], ["run", "--once"]):
        done = run_cli(*command, cwd=tmp_path, env=env)
        assert done.returncode == EXIT_CONFIG, done.stderr
        assert said in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    assert state_file.read_bytes() == before
    assert sorted(p.name for p in state_file.parent.iterdir()) == ["state.sqlite3"]


def test_eval_on_a_missing_file(tmp_path: Path) -> None:
    done = run_cli("eval", str(tmp_path / "labels.jsonl"), cwd=tmp_path)
    assert done.returncode == EXIT_FAILED
    line = one_clear_line(done.stderr)
    assert line.startswith(f"demandwatch: cannot read {tmp_path / 'labels.jsonl'}")
    assert "No such file" in line


def test_the_documented_exit_codes_are_the_ones_used() -> None:
    assert [code for code, _ in EXIT_CODES] == [
        EXIT_OK,
        EXIT_FAILED,
        EXIT_USAGE,
        EXIT_CONFIG,
        EXIT_UNDELIVERED,
        130,
    ]


# ------------------------------------------------------------------ state files


@pytest.mark.parametrize("command", [["stories"], ["feedback"], ["draft", "--story", "s1"]])
def test_read_only_commands_never_create_a_state_file(tmp_path: Path, command: list[str]) -> None:
    state = tmp_path / "nowhere" / "state.sqlite3"
    done = run_cli(*command, "--state", str(state), cwd=tmp_path)
    assert done.returncode == EXIT_FAILED
    line = one_clear_line(done.stderr)
    assert f"no state file at {state}" in line
    assert not state.parent.exists()


@pytest.mark.parametrize(
    ("option", "said"),
    [("--story", "no story st-nope recorded"), ("--alert", "no alert st-nope recorded")],
)
def test_draft_of_an_unknown_id_names_what_was_asked_for(
    tmp_path: Path, state_file: Path, option: str, said: str
) -> None:
    """F7: `draft --story X` for an unknown X says no *story* X, not "no alert recorded"."""
    done = run_cli("draft", option, "st-nope", "--state", str(state_file), cwd=tmp_path)
    assert done.returncode == EXIT_FAILED
    assert one_clear_line(done.stderr) == f"demandwatch draft: {said}"


def test_read_only_commands_leave_the_state_file_unchanged(
    tmp_path: Path, state_file: Path
) -> None:
    before = state_file.read_bytes()
    for command in (["stories"], ["feedback"]):
        done = run_cli(*command, "--state", str(state_file), cwd=tmp_path)
        assert done.returncode == EXIT_OK, done.stderr
    assert state_file.read_bytes() == before


@pytest.fixture
def public_dir() -> Iterator[Path]:
    """A directory `nobody` can reach (pytest's own tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="demandwatch-test-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path)


@needs_nobody
def test_a_read_only_state_file_is_readable(public_dir: Path, state_file: Path) -> None:
    state = public_dir / "state" / "state.sqlite3"
    state.parent.mkdir()
    shutil.copy(state_file, state)
    state.chmod(0o444)
    state.parent.chmod(0o555)  # not even a -wal or -shm file can be made beside it
    done = run_cli("stories", "--state", str(state), cwd=public_dir, user=NOBODY)
    assert done.returncode == EXIT_OK, done.stderr
    assert "no stories in that period" in done.stdout


def test_state_directory_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the state directory should be")
    state = blocker / "state.sqlite3"
    config = write_config(tmp_path / "config", UNREACHABLE)
    done = run_cli("run", "--config", str(config), "--state", str(state), cwd=tmp_path)
    assert done.returncode == EXIT_FAILED
    line = one_clear_line(done.stderr)
    assert f"cannot create the state directory {blocker}" in line


@needs_nobody
def test_state_directory_not_writable(public_dir: Path) -> None:
    locked = public_dir / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    config = write_config(public_dir / "config", UNREACHABLE)
    done = run_cli(
        "run",
        "--config",
        str(config),
        "--state",
        str(locked / "state" / "state.sqlite3"),
        cwd=public_dir,
        user=NOBODY,
    )
    assert done.returncode == EXIT_FAILED
    line = one_clear_line(done.stderr)
    assert "cannot create the state directory" in line
    assert "Permission denied" in line


def test_a_locked_state_file_is_waited_on_with_a_message(
    state_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    holder = sqlite3.connect(state_file, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    store = SqliteStore(state_file)
    released = threading.Event()

    def release_later() -> None:
        time.sleep(1.5)
        holder.execute("COMMIT")
        released.set()

    thread = threading.Thread(target=release_later)
    thread.start()
    try:
        with caplog.at_level("WARNING", logger="demandwatch"):
            store.save_source_state(SourceState("un-news", consecutive_failures=1))
    finally:
        thread.join()
        holder.close()
    assert released.is_set()
    assert f"state file {state_file} is locked by another process" in caplog.text
    assert store.get_source_state("un-news").consecutive_failures == 1
    store.close()


# ------------------------------------------------------------------ pipes and consoles


@pytest.fixture
def polled(tmp_path: Path, httpserver: HTTPServer) -> tuple[Path, Path]:
    """A config of one local feed and a state file in which it has been polled twice
    (baseline, then a veto): stories to list."""
    httpserver.expect_request("/feed").respond_with_data(
        rss(QUIET_ENTRIES), content_type="application/rss+xml"
    )
    config = write_config(
        tmp_path / "config", [{"id": "local", "url": httpserver.url_for("/feed")}]
    )
    state = tmp_path / "state.sqlite3"
    assert (
        run_cli("run", "--config", str(config), "--state", str(state), cwd=tmp_path).returncode == 0
    )
    httpserver.clear()
    httpserver.expect_request("/feed").respond_with_data(
        rss([VETO_ENTRY, *QUIET_ENTRIES]), content_type="application/rss+xml"
    )
    return config, state


def test_stories_into_a_closed_pipe_ends_quietly(tmp_path: Path, state_file: Path) -> None:
    # Far more than a pipe holds (64 KiB), so the writer is still writing when head exits.
    store = SqliteStore(state_file)
    now = datetime.now(UTC)
    for n in range(400):
        item = StoryItem(
            f"a{n}", "un-press", f"Item {n} " + "x" * 200, "https://e.org", now, "meeting"
        )
        store.save_story(
            Story(f"s{n}", f"Story {n}", now, now, "meeting", "P2", ("d",), (), (item,))
        )
    store.close()
    pipeline = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f"{SCRIPT} stories --state {state_file} | head -3"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert pipeline.returncode == 0, pipeline.stderr
    assert len(pipeline.stdout.splitlines()) == 3
    assert pipeline.stderr == ""


def test_a_console_that_cannot_print_the_separator_line(
    tmp_path: Path, polled: tuple[Path, Path]
) -> None:
    config, state = polled
    done = run_cli(
        "run",
        "--config",
        str(config),
        "--state",
        str(state),
        cwd=tmp_path,
        env={"PYTHONIOENCODING": "ascii"},
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert "Traceback" not in done.stderr
    # The alert and the "─" rule arrive, with what ASCII cannot show replaced.
    assert "VETO" in done.stdout
    assert "???" in done.stdout


# ------------------------------------------------------------------ Slack


def test_slack_unreachable_is_one_line(tmp_path: Path) -> None:
    done = run_cli(
        "slack",
        cwd=tmp_path,
        env={
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_APP_TOKEN": "xapp-test",
            # A port nothing listens on.
            "SLACK_API_URL": "http://127.0.0.1:9/api/",
        },
    )
    assert done.returncode == EXIT_FAILED
    line = one_clear_line(done.stderr)
    assert line.startswith("demandwatch: cannot use Slack at http://127.0.0.1:9/api/")
    assert "xoxb-test" not in done.stderr
