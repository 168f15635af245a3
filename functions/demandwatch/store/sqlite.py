"""The embedded default store: one SQLite file (standard library), WAL mode.

Concurrency: several ``demandwatch run`` processes may share one file. Every write runs
in a ``BEGIN IMMEDIATE`` transaction, and "seen" is an ``INSERT OR IGNORE`` whose row count
says who won, so an item is alerted by exactly one process.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from demandwatch.core.models import Alert, NewEntry, SourceState
from demandwatch.exceptions import StoreError
from demandwatch.store.base import Delivery
from demandwatch.store.codec import alert_from_json, alert_to_json

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    source_id  TEXT NOT NULL,
    item_key   TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (source_id, item_key)
);
CREATE TABLE IF NOT EXISTS source_state (
    source_id TEXT PRIMARY KEY,
    etag TEXT, last_modified TEXT, body_hash TEXT,
    last_success TEXT, last_attempt TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT, last_new_item TEXT,
    baseline_done INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS alerts (
    alert_id    TEXT PRIMARY KEY,
    state       TEXT NOT NULL,
    payload     TEXT NOT NULL,
    created     TEXT NOT NULL,
    not_before  TEXT NOT NULL,
    claim_until TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    channel     TEXT,
    ts          TEXT,
    posted_at   TEXT
);
CREATE INDEX IF NOT EXISTS alerts_by_state ON alerts (state, not_before);
"""

_STATE_FIELDS = (
    "etag",
    "last_modified",
    "body_hash",
    "last_success",
    "last_attempt",
    "consecutive_failures",
    "last_error",
    "last_new_item",
    "baseline_done",
)
_DATE_FIELDS = frozenset({"last_success", "last_attempt", "last_new_item"})


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class SqliteStore:
    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # isolation_level=None: we issue BEGIN ourselves, so the lock is taken up front.
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open state file {self.path}: {exc}") from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot lock state file {self.path}: {exc}") from exc
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    # -------------------------------------------------------------------- source state

    def get_source_state(self, source_id: str) -> SourceState:
        row = self._db.execute(
            f"SELECT {', '.join(_STATE_FIELDS)} FROM source_state WHERE source_id = ?",  # noqa: S608 - fixed column names
            (source_id,),
        ).fetchone()
        if row is None:
            return SourceState(source_id=source_id)
        values = dict(zip(_STATE_FIELDS, row, strict=True))
        for name in _DATE_FIELDS:
            if values[name] is not None:
                values[name] = datetime.fromisoformat(values[name])
        values["baseline_done"] = bool(values["baseline_done"])
        return SourceState(source_id=source_id, **values)

    def save_source_state(self, state: SourceState) -> None:
        values = asdict(state)
        for name in _DATE_FIELDS:
            if values[name] is not None:
                values[name] = _iso(values[name])
        values["baseline_done"] = int(values["baseline_done"])
        columns = ("source_id", *_STATE_FIELDS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in _STATE_FIELDS)
        with self._write() as db:
            db.execute(
                f"INSERT INTO source_state ({', '.join(columns)}) "  # noqa: S608 - fixed names
                f"VALUES ({', '.join('?' for _ in columns)}) "
                f"ON CONFLICT (source_id) DO UPDATE SET {updates}",
                tuple(values[c] for c in columns),
            )

    # -------------------------------------------------------------------- seen items

    def unseen_keys(self, source_id: str, keys: Sequence[str], now: datetime) -> set[str]:
        if not keys:
            return set()
        known: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            placeholders = ", ".join("?" for _ in chunk)
            sql = f"SELECT item_key FROM seen WHERE source_id = ? AND expires_at > ? AND item_key IN ({placeholders})"  # noqa: S608, E501 - only '?' placeholders
            rows = self._db.execute(sql, (source_id, _iso(now), *chunk))
            known.update(r[0] for r in rows)
        return set(keys) - known

    def record_new(
        self, source_id: str, entries: Sequence[NewEntry], now: datetime, ttl: timedelta
    ) -> list[str]:
        inserted: list[str] = []
        stamp, expires = _iso(now), _iso(now + ttl)
        with self._write() as db:
            # Expired rows are replaced, so an item can come back after its TTL.
            db.execute(
                "DELETE FROM seen WHERE source_id = ? AND expires_at <= ?", (source_id, stamp)
            )
            for entry in entries:
                cursor = db.execute(
                    "INSERT OR IGNORE INTO seen (source_id, item_key, first_seen, expires_at) "
                    "VALUES (?, ?, ?, ?)",
                    (source_id, entry.key, stamp, expires),
                )
                if cursor.rowcount != 1:
                    continue
                inserted.append(entry.key)
                if entry.alert is not None:
                    db.execute(
                        "INSERT OR IGNORE INTO alerts "
                        "(alert_id, state, payload, created, not_before) "
                        "VALUES (?, 'pending', ?, ?, ?)",
                        (entry.alert.id, alert_to_json(entry.alert), stamp, stamp),
                    )
        return inserted

    # -------------------------------------------------------------------- alerts

    def claim_alerts(self, now: datetime, lease: timedelta, limit: int = 100) -> list[Alert]:
        stamp = _iso(now)
        with self._write() as db:
            rows = db.execute(
                "SELECT alert_id, payload FROM alerts "
                "WHERE (state = 'pending' AND not_before <= ?) "
                "   OR (state = 'delivering' AND claim_until <= ?) "
                "ORDER BY created LIMIT ?",
                (stamp, stamp, limit),
            ).fetchall()
            for alert_id, _ in rows:
                db.execute(
                    "UPDATE alerts SET state = 'delivering', claim_until = ?, "
                    "attempts = attempts + 1 WHERE alert_id = ?",
                    (_iso(now + lease), alert_id),
                )
        return [alert_from_json(payload) for _, payload in rows]

    def complete_alert(self, alert_id: str, delivery: Delivery, now: datetime) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE alerts SET state = 'posted', channel = ?, ts = ?, posted_at = ?, "
                "claim_until = NULL, last_error = NULL WHERE alert_id = ?",
                (delivery.channel, delivery.ts, _iso(now), alert_id),
            )

    def release_alert(self, alert_id: str, error: str, retry_at: datetime) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE alerts SET state = 'pending', not_before = ?, claim_until = NULL, "
                "last_error = ? WHERE alert_id = ?",
                (_iso(retry_at), error[:500], alert_id),
            )

    def alert_state(self, alert_id: str) -> str | None:
        row = self._db.execute(
            "SELECT state FROM alerts WHERE alert_id = ?", (alert_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def close(self) -> None:
        self._db.close()
