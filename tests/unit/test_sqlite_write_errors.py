"""SQLite's refusals of a write become one StoreWriteError naming the state file (probe s15
Q4): "disk full" in the operator's words, the transaction rolled back whether or not
SQLite rolled it back itself, so the first write after space returns succeeds."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from demandwatch.core.models import SourceState
from demandwatch.exceptions import StoreWriteError
from demandwatch.store.sqlite import SqliteStore

NOW = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


class FullDisk(sqlite3.Connection):
    """A connection on a disk with no room left: its COMMIT fails as SQLite's does."""

    full = False
    # SQLite rolls back by itself on some SQLITE_FULL errors, not on others.
    rolls_back = False

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if self.full and sql.strip().upper() == "COMMIT":
            if self.rolls_back:
                super().execute("ROLLBACK")
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


@pytest.mark.parametrize("rolls_back", [False, True], ids=["left-open", "rolled-back"])
def test_a_full_disk_is_one_store_write_error_and_the_next_write_after_it_succeeds(
    tmp_path: Path, rolls_back: bool
) -> None:
    path = tmp_path / "state.sqlite3"
    store = SqliteStore(path)
    store.save_source_state(SourceState("press", consecutive_failures=1))
    disk = sqlite3.connect(path, isolation_level=None, factory=FullDisk)
    store._db.close()
    store._db = disk
    disk.full, disk.rolls_back = True, rolls_back

    with pytest.raises(StoreWriteError) as caught:
        store.save_source_state(SourceState("press", consecutive_failures=2, last_attempt=NOW))
    assert str(path) in str(caught.value)
    assert "disk full" in str(caught.value)
    assert not disk.in_transaction
    assert store.get_source_state("press").consecutive_failures == 1  # nothing half-written

    disk.full = False  # space again
    store.save_source_state(SourceState("press", consecutive_failures=3))
    assert store.get_source_state("press").consecutive_failures == 3
    store.close()


def test_a_write_that_sqlite_refuses_otherwise_names_the_file_without_saying_disk_full(
    tmp_path: Path,
) -> None:
    path = tmp_path / "state.sqlite3"
    store = SqliteStore(path)
    store._db.execute("DROP TABLE source_state")  # a state file damaged by hand
    with pytest.raises(StoreWriteError) as caught:
        store.save_source_state(SourceState("press"))
    assert f"cannot write state file {path}: no such table" in str(caught.value)
    assert "disk full" not in str(caught.value)
    assert not store._db.in_transaction
    store.close()


def test_a_lock_held_past_the_wait_is_said_as_a_busy_file_not_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Review s15 LOW-10: another process's long transaction (a backup, a second run) is
    a busy file that clears in seconds, not a disk that takes no writes: said as busy, and
    the loop tells the ops channel only if it stays busy (a full disk is told at once)."""
    import logging
    import time

    from demandwatch import cli
    from demandwatch.store import sqlite as sqlite_store

    monkeypatch.setattr(sqlite_store, "LOCK_TIMEOUT", 0.3)
    monkeypatch.setattr(sqlite_store, "_QUIET_WAIT", 0.1)
    path = tmp_path / "state.sqlite3"
    store = SqliteStore(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreWriteError) as caught:
            store.save_source_state(SourceState("press", last_attempt=NOW))
    finally:
        other.execute("ROLLBACK")
        other.close()
    text = str(caught.value)
    assert f"state file {path} is busy" in text
    assert "another process" in text
    assert "disk" not in text

    class Ops:
        def __init__(self) -> None:
            self.posted: list[str] = []

        def post_ops(self, message: str) -> None:
            self.posted.append(message)

    ops = Ops()
    unwritable = cli._Unwritable(path)
    with caplog.at_level(logging.WARNING, logger="demandwatch"):
        unwritable.failed(caught.value, 5.0, ops)
    assert ops.posted == []
    assert [r.levelname for r in caplog.records if "busy" in r.getMessage()] == ["WARNING"]
    # Still busy ten minutes later: someone should look.
    assert unwritable.since is not None
    unwritable.since = time.monotonic() - 601
    unwritable.failed(caught.value, 5.0, ops)
    assert len(ops.posted) == 1
    assert "busy" in ops.posted[0]
    assert "Nothing is polled" not in ops.posted[0]
    store.save_source_state(SourceState("press", last_attempt=NOW))  # free again
    store.close()
