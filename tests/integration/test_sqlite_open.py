"""Several processes opening one new state file at once all succeed (WAL switch race)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

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
