"""Several processes opening one new state file at once all succeed (WAL switch race)."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from demandwatch.exceptions import StoreError
from demandwatch.store.sqlite import SqliteStore


def _open_and_close(path: str) -> None:
    SqliteStore(path).close()


def test_processes_opening_a_new_state_file_together_all_succeed(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    for attempt in range(8):
        path = str(tmp_path / f"state-{attempt}.sqlite3")
        procs = [context.Process(target=_open_and_close, args=(path,)) for _ in range(3)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(timeout=60)
        assert [p.exitcode for p in procs] == [0, 0, 0], attempt


def test_a_state_file_from_before_documents_baselines_each_source_again(tmp_path: Path) -> None:
    """Items were remembered per source (table ``seen``) under keys that are not document
    keys: on opening, every source is due a baseline, read whole (no validators)."""
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE seen (source_id TEXT, item_key TEXT, first_seen TEXT, expires_at TEXT,
                           PRIMARY KEY (source_id, item_key));
        INSERT INTO seen VALUES ('press', 'press:sc16444', '2026-08-01', '2026-11-01');
        CREATE TABLE source_state (
            source_id TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, body_hash TEXT,
            last_success TEXT, last_attempt TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0, last_error TEXT,
            last_new_item TEXT, baseline_done INTEGER NOT NULL DEFAULT 0);
        INSERT INTO source_state (source_id, etag, body_hash, baseline_done)
            VALUES ('press', '"v3"', 'abc', 1);
        """
    )
    old.close()
    store = SqliteStore(path)
    try:
        state = store.get_source_state("press")
        assert (state.baseline_done, state.etag, state.body_hash) == (False, None, None)
        assert store.seen_documents(["press:sc16444"], datetime.now(UTC)) == {}
    finally:
        store.close()
    reopened = sqlite3.connect(path)
    tables = {r[0] for r in reopened.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    reopened.close()
    assert "seen" not in tables
    assert "documents" in tables


def test_a_damaged_state_file_is_said_to_be_damaged_and_left_as_it_is(tmp_path: Path) -> None:
    """Probe s18 P5: a state file cut short, or another file at its path, was reported as
    "... database disk image is malformed (is its directory writable? ...)", sending the
    operator after permissions."""
    good = tmp_path / "good.sqlite3"
    store = SqliteStore(good)
    store.close()
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(good.read_bytes()[:3000])
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"not a database, a note someone saved here\n" * 200)
    for path in (cut, other):
        before = path.read_bytes()
        with pytest.raises(StoreError) as raised:
            SqliteStore(path)
        said = str(raised.value)
        assert "damaged or not a demandwatch state file" in said, said
        assert "writable" not in said
        # Review s20 V10: the file is in WAL mode. Moved or restored under a running loop,
        # or without its -wal and -shm beside it, the next opening pairs it with another
        # file's journal: the hint says to stop the loop and move the three together.
        assert "stop any `run --loop`" in said, said
        assert f"{path}-wal" in said, said
        assert f"{path}-shm" in said, said
        assert path.read_bytes() == before
