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
