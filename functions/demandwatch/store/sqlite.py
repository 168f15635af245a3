"""The embedded default store: one SQLite file (standard library), WAL mode.

Concurrency: several ``demandwatch run`` processes may share one file. Every write runs
in a ``BEGIN IMMEDIATE`` transaction, and "seen" is a conditional insert (or, for a new
version of a document, a compare-and-set on its fingerprint) whose row count says who
won, so a document is alerted by exactly one process.
"""

from __future__ import annotations

import functools
import json
import logging
import shutil
import sqlite3
import time
from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from demandwatch.core.delivery import broken_lease_end, parse_state, sources_of
from demandwatch.core.models import (
    Alert,
    AlertState,
    AlertStatus,
    Feedback,
    Mark,
    NewEntry,
    Report,
    SeenDocument,
    SourceState,
    Thread,
)
from demandwatch.core.stories import Story
from demandwatch.exceptions import StoreBusyError, StoreError, StoreWriteError
from demandwatch.ports import AlertRecord, Claim, Delivery
from demandwatch.store.codec import (
    alert_from_json,
    alert_to_json,
    feedback_from_dict,
    feedback_to_dict,
    story_from_json,
    story_to_json,
)

log = logging.getLogger("demandwatch")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS stories (
    story_id  TEXT PRIMARY KEY,
    last_seen TEXT NOT NULL,
    payload   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_by_time ON stories (last_seen);
-- One row per document, whichever source listed it (see core/identity.py).
CREATE TABLE IF NOT EXISTS documents (
    doc_key     TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    level       INTEGER NOT NULL DEFAULT 0,
    source_id   TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    report      TEXT
);
CREATE INDEX IF NOT EXISTS documents_by_expiry ON documents (expires_at);
CREATE TABLE IF NOT EXISTS source_state (
    source_id TEXT PRIMARY KEY,
    etag TEXT, last_modified TEXT, body_hash TEXT,
    last_success TEXT, last_attempt TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT, last_new_item TEXT,
    baseline_done INTEGER NOT NULL DEFAULT 0,
    health_notified INTEGER NOT NULL DEFAULT 0,
    health_kind TEXT,
    retry_at TEXT,
    setup_error TEXT,
    watching_since TEXT,
    harvest_token TEXT,
    harvest_from TEXT,
    feed TEXT
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
    posted_at   TEXT,
    holder      TEXT,
    enqueue_at  TEXT,
    sent_at     TEXT,  -- when its holder began a Slack post of it (this lease)
    priority    TEXT  -- "P1".."P3": claims take the most urgent first
);
CREATE INDEX IF NOT EXISTS alerts_by_state ON alerts (state, not_before);
-- Slack delivery state: one top-level message per story and channel, its replies
-- (one row per alert, so a retried reply is counted once), mutes, claims, feedback.
CREATE TABLE IF NOT EXISTS slack_threads (
    story_id TEXT NOT NULL,
    channel  TEXT NOT NULL,
    ts       TEXT NOT NULL,
    alert_id TEXT NOT NULL,
    created  TEXT NOT NULL,
    PRIMARY KEY (story_id, channel)
);
CREATE TABLE IF NOT EXISTS slack_replies (
    story_id TEXT NOT NULL,
    channel  TEXT NOT NULL,
    alert_id TEXT NOT NULL,
    PRIMARY KEY (story_id, channel, alert_id)
);
CREATE TABLE IF NOT EXISTS story_mutes (
    story_id TEXT PRIMARY KEY,
    user     TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alert_marks (
    alert_id TEXT NOT NULL,
    kind     TEXT NOT NULL,  -- 'claim', 'dismiss' or 'draft'
    user     TEXT NOT NULL,
    at       TEXT NOT NULL,
    PRIMARY KEY (alert_id, kind)
);
-- Parents whose "+N sources" is behind their replies (refreshed on their own, coalesced).
CREATE TABLE IF NOT EXISTS stale_parents (
    story_id TEXT NOT NULL,
    channel  TEXT NOT NULL,
    replies  INTEGER NOT NULL,
    PRIMARY KEY (story_id, channel)
);
-- Counters shared by processes (the flood guard's new stories per channel and window).
CREATE TABLE IF NOT EXISTS allowances (
    key     TEXT PRIMARY KEY,
    taken   INTEGER NOT NULL,
    expires TEXT NOT NULL
);
-- Ops messages said once (a persistent delivery failure per channel, a revoked token).
CREATE TABLE IF NOT EXISTS ops_notices (
    key   TEXT PRIMARY KEY,
    at    TEXT NOT NULL,
    until TEXT  -- a claim's lease (claim_notice); NULL: noted for good
);
-- This state file's deployment, as its digests' metadata names it (one row, made once).
CREATE TABLE IF NOT EXISTS deployment (
    one  INTEGER PRIMARY KEY CHECK (one = 1),
    name TEXT NOT NULL
);
-- The story lock (see ports.StoryLock): one row, held by one run until its lease ends.
CREATE TABLE IF NOT EXISTS story_lock (
    one         INTEGER PRIMARY KEY CHECK (one = 1),
    holder      TEXT NOT NULL,
    lease_until TEXT NOT NULL  -- '' once given up
);
-- When the older release this state was upgraded from (one that remembered items per
-- source, before 4ca829f) was already watching: the first item it had seen. Its sources'
-- watching_since is that release's last good poll (what dates after it is news), which
-- says nothing of how long it had watched (review s19 V12).
CREATE TABLE IF NOT EXISTS watched_before (
    one   INTEGER PRIMARY KEY CHECK (one = 1),
    since TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    alert_id TEXT PRIMARY KEY,
    at       TEXT NOT NULL,
    payload  TEXT NOT NULL
);
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
    "health_notified",
    "health_kind",
    "retry_at",
    "setup_error",
    "watching_since",
    "harvest_token",
    "harvest_from",
    "feed",
)
_DATE_FIELDS = frozenset(
    {"last_success", "last_attempt", "last_new_item", "retry_at", "watching_since", "harvest_from"}
)


_DATE_INDEXES = tuple(i for i, name in enumerate(_STATE_FIELDS) if name in _DATE_FIELDS)
_FLAG_INDEXES = tuple(
    i for i, name in enumerate(_STATE_FIELDS) if name in ("baseline_done", "health_notified")
)
_SAVE_STATE = (
    f"INSERT INTO source_state (source_id, {', '.join(_STATE_FIELDS)}) "  # noqa: S608 - fixed names
    f"VALUES ({', '.join('?' for _ in range(len(_STATE_FIELDS) + 1))}) "
    f"ON CONFLICT (source_id) DO UPDATE SET "
    f"{', '.join(f'{c} = excluded.{c}' for c in _STATE_FIELDS)}"
)


# A report read from its columns, remembered: a poll reads every document a feed lists,
# and their reports repeat (most are "|", or one event and the same few demands). A Report
# is immutable, so one object serves every document that reports the same.
_report = functools.lru_cache(maxsize=4096)(Report.from_text)


def _source_state(source_id: str, row: Sequence[Any]) -> SourceState:
    values = dict(zip(_STATE_FIELDS, row, strict=True))
    for name in _DATE_FIELDS:
        if values[name] is not None:
            values[name] = datetime.fromisoformat(values[name])
    values["baseline_done"] = bool(values["baseline_done"])
    values["health_notified"] = bool(values["health_notified"])
    return SourceState(source_id=source_id, **values)


_LEASABLE = (
    "((state = 'pending' AND not_before <= :now) OR (state = 'delivering' AND claim_until <= :now))"
)
# The most urgent first (after an outage a new veto must not wait behind the backlog),
# the oldest first within a priority.
_URGENT_FIRST = "priority, created, alert_id"
_LEASE_ONE = (
    "UPDATE alerts SET state = 'delivering', claim_until = :until, holder = :holder, "  # noqa: S608 - fixed text
    "sent_at = NULL, attempts = attempts + 1 WHERE alert_id = :id AND " + _LEASABLE + " "
    "RETURNING payload"
)


def _stored_priority(payload: str) -> str:
    """The priority in a stored alert's payload; P2 (the default) if it cannot be read,
    so one damaged row never keeps the state file from opening."""
    try:
        value = json.loads(payload).get("priority")
    except (ValueError, AttributeError):
        return "P2"
    return value if value in ("P1", "P2", "P3") else "P2"


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


# Less free space than this beside the state file, when SQLite says "disk I/O error",
# is a full disk (SQLite says SQLITE_FULL only when it knows; a WAL or its shared-memory
# file that cannot grow is an I/O error to it).
_NEARLY_FULL = 1 << 20


def _disk_full(path: str, exc: sqlite3.Error) -> bool:
    """Whether ``exc`` means the disk under the state file is full."""
    if getattr(exc, "sqlite_errorname", None) == "SQLITE_FULL" or "disk is full" in str(exc):
        return True
    if "disk i/o error" not in str(exc).lower() or path == ":memory:":
        return False
    try:
        return shutil.disk_usage(Path(path).resolve().parent).free < _NEARLY_FULL
    except OSError:
        return False


def cannot_write(path: str, exc: sqlite3.Error, doing: str = "write") -> str:
    """One line for an operator: which file, what is wrong in their words, what to do."""
    if _disk_full(path, exc):
        return (
            f"cannot {doing} state file {path}: disk full ({exc}); free space on its disk "
            "or choose another place with --state or DEMANDWATCH_STATE"
        )
    return f"cannot {doing} state file {path}: {exc}"


# How long a write waits for another process's lock, in all; after the first second the
# wait is said out loud (a silent 30 s looks like a hang).
LOCK_TIMEOUT = 30.0
_QUIET_WAIT = 1.0


def _read_as_current(db: sqlite3.Connection) -> None:
    """Let a read-only connection read a state file written by an older build as if it
    had been migrated (probe s15 Q14: `status` after an upgrade died on a column added
    since). The readers may not migrate a file they must not write, so temporary views,
    which live in the connection and never touch the file, stand in for the current
    tables: a column added since reads as its default, a table added since is empty."""
    current = sqlite3.connect(":memory:")
    try:
        current.executescript(_SCHEMA)
        tables = current.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
        ).fetchall()
        wanted = {
            name: [(row[1], row[4]) for row in current.execute(f"PRAGMA table_info({name})")]
            for name, _ in tables
        }
    finally:
        current.close()
    for name, sql in tables:
        have = {row[1] for row in db.execute(f"PRAGMA main.table_info({name})")}
        if not have:
            db.execute(sql.replace("CREATE TABLE", "CREATE TEMP TABLE", 1))
            continue
        if all(column in have for column, _ in wanted[name]):
            continue
        columns = ", ".join(
            column if column in have else f"{default or 'NULL'} AS {column}"
            for column, default in wanted[name]
        )
        db.execute(f"CREATE TEMP VIEW {name} AS SELECT {columns} FROM main.{name}")  # noqa: S608 - names from _SCHEMA


# SQLite's answers for a file that is not a database it can read: damaged (cut short,
# overwritten) or another kind of file.
_DAMAGED = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})


class SqliteStore:
    def __init__(self, path: Path | str, *, readonly: bool = False) -> None:
        """Open (and create) the state file; ``readonly``: open an existing file for
        reading only, creating nothing, so commands that only look work on a read-only
        file and a missing file is an error naming the path."""
        self.path = str(path)
        self._data_version: int | None = None  # see stories_changed_elsewhere
        self._forgotten = 0  # see seen_mark
        if readonly:
            self._db = self._open_readonly()
            return
        if self.path != ":memory:":
            parent = Path(self.path).parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the state directory {parent}: {exc.strerror or exc} "
                    "(choose another place with --state or DEMANDWATCH_STATE)"
                ) from exc
        try:
            # isolation_level=None: we issue BEGIN ourselves, so the lock is taken up front.
            self._db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT, isolation_level=None)
            self._setup()
        except sqlite3.Error as exc:
            if _disk_full(self.path, exc):
                raise StoreWriteError(cannot_write(self.path, exc, "open")) from exc
            if getattr(exc, "sqlite_errorname", "") in _DAMAGED:
                # Not a permissions problem (probe s18 P5): the hint says what to do.
                # The file is in WAL mode: moved or restored without its -wal and -shm,
                # or under a loop that still holds them, it is paired with another
                # file's journal at the next opening (review s20 V10).
                raise StoreError(
                    f"cannot open state file {self.path}: {exc}: it is damaged or not a "
                    "demandwatch state file; left as it is. First stop any `run --loop` "
                    "using it; then restore a copy, or move it aside and run again (the "
                    "next run takes a new baseline of every source, alerting nothing it "
                    f"lists), moving {self.path}-wal and {self.path}-shm with it if they "
                    "are there"
                ) from exc
            raise StoreError(
                f"cannot open state file {self.path}: {exc} "
                "(is its directory writable? choose another with --state or DEMANDWATCH_STATE)"
            ) from exc

    def _open_readonly(self) -> sqlite3.Connection:
        path = Path(self.path)
        if not path.is_file():
            raise StoreError(
                f"no state file at {path.resolve()} (it is made by `demandwatch run`; "
                "give another with --state or DEMANDWATCH_STATE)"
            )
        uri = path.resolve().as_uri()
        try:
            db = self._query_ok(sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=LOCK_TIMEOUT))
        except sqlite3.OperationalError as exc:
            # A WAL file can only be read through a shared-memory file beside it; where
            # none can be made (a read-only directory), the file is read as it stands,
            # which is complete when no -wal file holds newer writes.
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise StoreError(f"cannot read state file {path}: {exc}") from exc
            try:
                db = self._query_ok(sqlite3.connect(f"{uri}?immutable=1", uri=True))
            except sqlite3.Error as again:
                raise StoreError(f"cannot read state file {path}: {again}") from again
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read state file {path}: {exc}") from exc
        try:
            _read_as_current(db)
        except sqlite3.Error as exc:
            db.close()
            raise StoreError(f"cannot read state file {path}: {exc}") from exc
        return db

    @staticmethod
    def _query_ok(db: sqlite3.Connection) -> sqlite3.Connection:
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchall()
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _setup(self) -> None:
        # Switching a new file to WAL needs a moment of exclusive access, and SQLite answers
        # "database is locked" at once rather than waiting when two processes open a new
        # state file together: retry briefly instead of failing the run.
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._db.executescript(_SCHEMA)
                self._migrate()
                return
            except sqlite3.OperationalError as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                # "duplicate column name": another process opening the file at the same
                # moment added the column between our look at the table and our ALTER; the
                # next pass sees it there.
                passing = "locked" in str(exc) or "duplicate column name" in str(exc)
                if not passing or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self) -> None:
        """Columns and tables changed after a state file may have been created."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(source_state)")}
        if "health_notified" not in columns:
            self._db.execute(
                "ALTER TABLE source_state ADD COLUMN health_notified INTEGER NOT NULL DEFAULT 0"
            )
        if "retry_at" not in columns:
            self._db.execute("ALTER TABLE source_state ADD COLUMN retry_at TEXT")
        if "health_kind" not in columns:
            # Which notice was said (probe s16 R8); unknown (NULL) for states saved before.
            self._db.execute("ALTER TABLE source_state ADD COLUMN health_kind TEXT")
        if "setup_error" not in columns:
            self._db.execute("ALTER TABLE source_state ADD COLUMN setup_error TEXT")
        if "watching_since" not in columns:
            self._db.execute("ALTER TABLE source_state ADD COLUMN watching_since TEXT")
        if "harvest_token" not in columns:
            # A harvest cut at its poll's time budget (service.Service._more_pages).
            self._db.execute("ALTER TABLE source_state ADD COLUMN harvest_token TEXT")
            self._db.execute("ALTER TABLE source_state ADD COLUMN harvest_from TEXT")
        if "feed" not in columns:
            # What a source polls (probe s16 R9); a state saved before says at its next save.
            self._db.execute("ALTER TABLE source_state ADD COLUMN feed TEXT")
        document_columns = {row[1] for row in self._db.execute("PRAGMA table_info(documents)")}
        if "report" not in document_columns:
            # Documents recorded before reports were remembered read as unknown (NULL).
            self._db.execute("ALTER TABLE documents ADD COLUMN report TEXT")
        if "report_facts" not in document_columns:
            # Facts of documents recorded before they had a column of their own stay in
            # their report (Report.from_text reads both forms).
            self._db.execute("ALTER TABLE documents ADD COLUMN report_facts TEXT")
        notice_columns = {row[1] for row in self._db.execute("PRAGMA table_info(ops_notices)")}
        if "until" not in notice_columns:
            # Notices noted before claims had leases are noted for good (NULL), as they were.
            self._db.execute("ALTER TABLE ops_notices ADD COLUMN until TEXT")
        alert_columns = {row[1] for row in self._db.execute("PRAGMA table_info(alerts)")}
        for name in ("holder", "enqueue_at", "priority", "sent_at"):
            if name not in alert_columns:
                self._db.execute(f"ALTER TABLE alerts ADD COLUMN {name} TEXT")
        if "priority" not in alert_columns:
            # Alerts recorded before claims went by priority: read it from their payload.
            rows = self._db.execute("SELECT alert_id, payload FROM alerts").fetchall()
            self._db.executemany(
                "UPDATE alerts SET priority = ? WHERE alert_id = ?",
                [(_stored_priority(payload), alert_id) for alert_id, payload in rows],
            )
        legacy = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'seen'"
        ).fetchone()
        if legacy is not None:
            # Items were once remembered per source under keys that are not document
            # keys: every source's next poll reads its whole feed (no validators) as a
            # baseline again (records, rather than alerting it all as new). What a source
            # dates after its last good poll by the older release is news all the same,
            # as for a baseline taken late: it was published while the release was being
            # upgraded, and a veto then was swallowed (probe s19 P1).
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute(
                "UPDATE source_state SET watching_since = CASE WHEN baseline_done = 1 "
                "THEN last_success ELSE watching_since END"
            )
            seen_columns = {row[1] for row in self._db.execute("PRAGMA table_info(seen)")}
            if "first_seen" in seen_columns:
                first = self._db.execute("SELECT min(first_seen) FROM seen").fetchone()[0]
                if first:
                    self._db.execute(
                        "INSERT OR IGNORE INTO watched_before (one, since) VALUES (1, ?)", (first,)
                    )
            self._db.execute(
                "UPDATE source_state SET baseline_done = 0, etag = NULL, "
                "last_modified = NULL, body_hash = NULL"
            )
            self._db.execute("DROP TABLE seen")
            self._db.execute("COMMIT")

    def _begin(self) -> None:
        """BEGIN IMMEDIATE, saying so when another process holds the lock for long."""
        self._db.execute(f"PRAGMA busy_timeout = {int(_QUIET_WAIT * 1000)}")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
            log.warning(
                "state file %s is locked by another process; waiting up to %gs",
                self.path,
                LOCK_TIMEOUT,
            )
            self._db.execute(f"PRAGMA busy_timeout = {int((LOCK_TIMEOUT - _QUIET_WAIT) * 1000)}")
            self._db.execute("BEGIN IMMEDIATE")
        finally:
            self._db.execute(f"PRAGMA busy_timeout = {int(LOCK_TIMEOUT * 1000)}")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._begin()
        except sqlite3.Error as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                # Another process's long transaction: it clears by itself (review s15 LOW-10).
                raise StoreBusyError(
                    f"state file {self.path} is busy: another process held its lock for "
                    f"{LOCK_TIMEOUT:g}s ({exc})"
                ) from exc
            raise StoreWriteError(cannot_write(self.path, exc, "lock")) from exc
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as exc:
            # SQLite may have rolled back already (it does on some SQLITE_FULL / IOERR):
            # a ROLLBACK then would fail and hide why.
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                # Disk full, an I/O error: no write can succeed, whichever it is.
                raise StoreWriteError(cannot_write(self.path, exc)) from exc
            raise

    # -------------------------------------------------------------------- source state

    def get_source_state(self, source_id: str) -> SourceState:
        row = self._db.execute(
            f"SELECT {', '.join(_STATE_FIELDS)} FROM source_state WHERE source_id = ?",  # noqa: S608 - fixed column names
            (source_id,),
        ).fetchone()
        if row is None:
            return SourceState(source_id=source_id)
        return _source_state(source_id, row)

    def source_states_polling(self, feed: str) -> list[SourceState]:
        # A table of one row per source ever configured: no index needed.
        rows = self._db.execute(
            f"SELECT source_id, {', '.join(_STATE_FIELDS)} FROM source_state WHERE feed = ?",  # noqa: S608 - fixed column names
            (feed,),
        ).fetchall()
        return [_source_state(row[0], row[1:]) for row in rows]

    def save_source_state(self, state: SourceState) -> None:
        # Field by field, not dataclasses.asdict (which deep-copies every value): a poll
        # saves each source's state at least once (bench poll_200).
        values = [getattr(state, name) for name in _STATE_FIELDS]
        for index in _DATE_INDEXES:
            if values[index] is not None:
                values[index] = _iso(values[index])
        for index in _FLAG_INDEXES:
            values[index] = int(values[index])
        with self._write() as db:
            db.execute(_SAVE_STATE, (state.source_id, *values))

    def switch_health_notified(self, source_id: str, *, was: bool) -> bool:
        with self._write() as db:
            changed = db.execute(
                "UPDATE source_state SET health_notified = ? "
                "WHERE source_id = ? AND health_notified = ?",
                (int(not was), source_id, int(was)),
            ).rowcount
        return changed == 1

    def reserve_request(self, source_id: str, now: datetime, until: datetime) -> datetime | None:
        with self._write() as db:  # BEGIN IMMEDIATE: no other process between read and write
            row = db.execute(
                "SELECT retry_at FROM source_state WHERE source_id = ?", (source_id,)
            ).fetchone()
            if row is not None and row[0] is not None:
                barred = datetime.fromisoformat(row[0])
                if barred > now:
                    return barred
            db.execute(
                "INSERT INTO source_state (source_id, retry_at) VALUES (?, ?) "
                "ON CONFLICT (source_id) DO UPDATE SET retry_at = excluded.retry_at",
                (source_id, _iso(until)),
            )
        return None

    # -------------------------------------------------------------------- seen items

    def seen_documents(self, keys: Sequence[str], now: datetime) -> dict[str, SeenDocument]:
        known: dict[str, SeenDocument] = {}
        # Each key as the caller's string, not the row's equal copy: a feed of 10,000
        # known items held both through its poll (bench memory_10k).
        asked = {key: key for key in keys}
        wanted = list(asked)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            placeholders = ", ".join("?" for _ in chunk)
            sql = f"SELECT doc_key, fingerprint, level, report, report_facts FROM documents WHERE expires_at > ? AND doc_key IN ({placeholders})"  # noqa: S608 - only '?' placeholders
            for row_key, version, level, report, facts in self._db.execute(
                sql, (_iso(now), *chunk)
            ):
                key = asked.get(row_key, row_key)
                known[key] = SeenDocument(key, version, level, _report(report, facts))
        return known

    def seen_mark(self) -> Hashable:
        # Another writer's commits, and this handle's own forgetting: the count moves when
        # record_new removed expired rows.
        return (self._written_elsewhere(), self._forgotten)

    def _written_elsewhere(self) -> int:
        """A number that moves when another connection commits to the file (SQLite's
        data_version), never for this connection's own commits: what the seen mark and the
        story lock ask ("did another writer change this file?")."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def record_new(
        self, source_id: str, entries: Sequence[NewEntry], now: datetime, ttl: timedelta
    ) -> list[str]:
        inserted: list[str] = []
        stamp, expires = _iso(now), _iso(now + ttl)
        with self._write() as db:
            # SQLite has no TTL: the documents forgotten by now are read as absent and a
            # listing taken over, but their rows stayed for good, the state file growing
            # by every document ever seen (review V7: 108,000 rows after 180 days of 600 a
            # day at seen_ttl 90d, 54,600 of them live).
            if db.execute("DELETE FROM documents WHERE expires_at <= ?", (stamp,)).rowcount:
                self._forgotten += 1  # see seen_mark
            for entry in entries:
                report = entry.report.to_text() if entry.report is not None else None
                facts = entry.report.facts_text() if entry.report is not None else None
                if entry.revises is None:
                    # Insert, or take over a record that has expired: an item can come back
                    # after its TTL. The row count says whether this call won.
                    cursor = db.execute(
                        "INSERT INTO documents "
                        "(doc_key, fingerprint, level, source_id, first_seen, expires_at, report, "
                        "report_facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (doc_key) DO UPDATE SET fingerprint = excluded.fingerprint, "
                        "level = excluded.level, source_id = excluded.source_id, "
                        "first_seen = excluded.first_seen, expires_at = excluded.expires_at, "
                        "report = excluded.report, report_facts = excluded.report_facts "
                        "WHERE documents.expires_at <= excluded.first_seen",
                        (
                            entry.key,
                            entry.fingerprint,
                            entry.level,
                            source_id,
                            stamp,
                            expires,
                            report,
                            facts,
                        ),
                    )
                else:
                    cursor = db.execute(
                        "UPDATE documents SET fingerprint = ?, level = ?, expires_at = ?, "
                        "report = ?, report_facts = ? "
                        "WHERE doc_key = ? AND fingerprint = ? AND expires_at > ?",
                        (
                            entry.fingerprint,
                            entry.level,
                            expires,
                            report,
                            facts,
                            entry.key,
                            entry.revises,
                            stamp,
                        ),
                    )
                if cursor.rowcount != 1:
                    continue
                inserted.append(entry.key)
                if entry.relisting_key is not None:
                    # The document's record again under its relisting key (one version of
                    # one source's document: taken over whatever it held).
                    db.execute(
                        "INSERT OR REPLACE INTO documents "
                        "(doc_key, fingerprint, level, source_id, first_seen, expires_at, report, "
                        "report_facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            entry.relisting_key,
                            entry.fingerprint,
                            entry.level,
                            source_id,
                            stamp,
                            expires,
                            report,
                            facts,
                        ),
                    )
                if entry.alert is not None:
                    db.execute(
                        "INSERT OR IGNORE INTO alerts "
                        "(alert_id, state, payload, created, not_before, priority) "
                        "VALUES (?, 'pending', ?, ?, ?, ?)",
                        (
                            entry.alert.id,
                            alert_to_json(entry.alert),
                            stamp,
                            stamp,
                            entry.alert.priority,
                        ),
                    )
        return inserted

    # -------------------------------------------------------------------- alerts

    _LEASABLE = _LEASABLE

    def claim_alerts(
        self, now: datetime, lease: timedelta, limit: int = 100, *, holder: str = ""
    ) -> list[Alert]:
        stamp = _iso(now)
        with self._write() as db:
            rows = db.execute(
                f"SELECT alert_id, payload FROM alerts WHERE {self._LEASABLE} "  # noqa: S608 - fixed text
                f"ORDER BY {_URGENT_FIRST} LIMIT :limit",
                {"now": stamp, "limit": limit},
            ).fetchall()
            for alert_id, _ in rows:
                db.execute(
                    "UPDATE alerts SET state = 'delivering', claim_until = ?, holder = ?, "
                    "sent_at = NULL, attempts = attempts + 1 WHERE alert_id = ?",
                    (_iso(now + lease), holder, alert_id),
                )
        return [alert_from_json(payload) for _, payload in rows]

    def lease_alert(
        self, alert_id: str, now: datetime, lease: timedelta, *, holder: str = ""
    ) -> Alert | None:
        with self._write() as db:
            row = db.execute(
                _LEASE_ONE,
                {"until": _iso(now + lease), "holder": holder, "id": alert_id, "now": _iso(now)},
            ).fetchone()
        return None if row is None else alert_from_json(row[0])

    def take_outbox(self, now: datetime, recheck: timedelta, limit: int = 100) -> list[Alert]:
        stamp = _iso(now)
        with self._write() as db:
            rows = db.execute(
                "SELECT alert_id, payload FROM alerts "  # noqa: S608 - fixed text
                "WHERE state IN ('pending', 'delivering') "
                "AND COALESCE(enqueue_at, created) <= ? "
                f"ORDER BY {_URGENT_FIRST} LIMIT ?",
                (stamp, limit),
            ).fetchall()
            db.executemany(
                "UPDATE alerts SET enqueue_at = ? WHERE alert_id = ?",
                [(_iso(now + recheck), alert_id) for alert_id, _ in rows],
            )
        return [alert_from_json(payload) for _, payload in rows]

    def bring_forward(self, alert_id: str, at: datetime) -> bool:
        stamp = _iso(at)
        with self._write() as db:
            moved = db.execute(
                "UPDATE alerts SET not_before = ?, enqueue_at = ? "
                "WHERE alert_id = ? AND state = 'pending' AND (not_before > ? OR enqueue_at > ?)",
                (stamp, stamp, alert_id, stamp, stamp),
            ).rowcount
        return bool(moved == 1)

    def requeue_at_lease_end(self, alert_id: str) -> datetime | None:
        with self._write() as db:
            row = db.execute(
                "UPDATE alerts SET enqueue_at = claim_until WHERE alert_id = ? "
                "AND state = 'delivering' AND claim_until IS NOT NULL "
                "AND COALESCE(enqueue_at, created) > claim_until RETURNING claim_until",
                (alert_id,),
            ).fetchone()
        return None if row is None else datetime.fromisoformat(row[0])

    def release_outbox(self, alert_ids: Sequence[str], turn_end: datetime, now: datetime) -> int:
        if not alert_ids:
            return 0
        marks = ", ".join("?" for _ in alert_ids)
        with self._write() as db:
            cursor = db.execute(
                f"UPDATE alerts SET enqueue_at = ? WHERE alert_id IN ({marks}) "  # noqa: S608 - fixed text
                "AND state IN ('pending', 'delivering') AND enqueue_at = ?",
                (_iso(now), *alert_ids, _iso(turn_end)),
            )
            return int(cursor.rowcount)

    def _move(
        self, alert_id: str, target: AlertState, sets: str, values: dict[str, object]
    ) -> None:
        sources = sources_of(target)
        names = {f"from{i}": state for i, state in enumerate(sources)}
        with self._write() as db:
            db.execute(
                f"UPDATE alerts SET state = :target, {sets} "  # noqa: S608 - fixed text
                f"WHERE alert_id = :id AND state IN ({', '.join(':' + n for n in names)})",
                {"target": target, "id": alert_id, **names, **values},
            )

    def complete_alert(self, alert_id: str, delivery: Delivery, now: datetime) -> None:
        # Only a delivery in flight completes: a late completion must not turn an alert
        # someone claimed or dismissed back into "posted" (core.delivery.TRANSITIONS).
        self._move(
            alert_id,
            "posted",
            "channel = :channel, ts = :ts, posted_at = :now, claim_until = NULL, "
            "holder = NULL, last_error = NULL",
            {"channel": delivery.channel, "ts": delivery.ts, "now": _iso(now)},
        )

    def hold_alert(self, alert_id: str, now: datetime) -> None:
        self._move(
            alert_id,
            "held",
            "posted_at = :now, claim_until = NULL, holder = NULL, last_error = NULL",
            {"now": _iso(now)},
        )

    def fail_alert(self, alert_id: str, reason: str, now: datetime) -> None:
        self._move(
            alert_id,
            "failed",
            "posted_at = :now, claim_until = NULL, holder = NULL, last_error = :reason",
            {"now": _iso(now), "reason": reason[:500]},
        )

    def release_alert(
        self, alert_id: str, error: str, retry_at: datetime, *, counted: bool = True
    ) -> None:
        self._move(
            alert_id,
            "pending",
            # Its next outbox turn is its retry time too: the message that brought it
            # was consumed, and waiting for the outbox's recheck would hold a veto back
            # a quarter of an hour after a blip of seconds.
            "not_before = :retry, enqueue_at = :retry, claim_until = NULL, holder = NULL, "
            "last_error = :error, attempts = attempts - :refund",
            {"retry": _iso(retry_at), "error": error[:500], "refund": 0 if counted else 1},
        )

    def lease_holders(self, now: datetime) -> set[str]:
        rows = self._db.execute(
            "SELECT DISTINCT holder FROM alerts WHERE state = 'delivering' AND claim_until > ? "
            "AND holder IS NOT NULL AND holder != ''",
            (_iso(now),),
        )
        return {str(r[0]) for r in rows}

    def note_sending(self, alert_id: str, now: datetime, *, holder: str) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE alerts SET sent_at = ? "
                "WHERE alert_id = ? AND state = 'delivering' AND holder = ?",
                (_iso(now), alert_id, holder),
            )

    def break_leases(
        self, holders: Sequence[str], now: datetime, *, landing: timedelta = timedelta(0)
    ) -> int:
        if not holders:
            return 0
        placeholders = ", ".join("?" for _ in holders)
        broken = 0
        with self._write() as db:
            sql = (
                "SELECT alert_id, claim_until, sent_at FROM alerts "  # noqa: S608 - only '?' placeholders
                f"WHERE state = 'delivering' AND claim_until > ? AND holder IN ({placeholders})"
            )
            for alert_id, claim_until, sent_at in db.execute(sql, (_iso(now), *holders)).fetchall():
                sent = datetime.fromisoformat(sent_at) if sent_at else None
                until = _iso(broken_lease_end(now, sent, landing))
                if until < claim_until:
                    db.execute(
                        "UPDATE alerts SET claim_until = ? WHERE alert_id = ?", (until, alert_id)
                    )
                    broken += 1
        return broken

    def alert_state(self, alert_id: str) -> AlertState | None:
        row = self._db.execute(
            "SELECT state FROM alerts WHERE alert_id = ?", (alert_id,)
        ).fetchone()
        return None if row is None else _state(row[0])

    def alerts_between(self, start: datetime, end: datetime) -> list[AlertRecord]:
        rows = self._db.execute(
            "SELECT payload, state, channel, ts, posted_at, attempts, last_error FROM alerts "
            "WHERE created >= ? AND created < ? ORDER BY created, alert_id",
            (_iso(start), _iso(end)),
        )
        return [
            AlertRecord(
                alert=alert_from_json(payload),
                state=_state(state),
                channel=channel,
                ts=ts,
                posted_at=datetime.fromisoformat(posted_at) if posted_at else None,
                attempts=int(attempts),
                last_error=last_error,
            )
            for payload, state, channel, ts, posted_at, attempts, last_error in rows
        ]

    def undelivered_alerts(self, limit: int = 100) -> list[AlertRecord]:
        rows = self._db.execute(
            "SELECT payload, state, attempts, last_error, holder, "  # noqa: S608 - fixed text
            "CASE state WHEN 'pending' THEN not_before ELSE claim_until END FROM alerts "
            f"WHERE state IN ('pending', 'delivering') ORDER BY {_URGENT_FIRST} LIMIT ?",
            (limit,),
        )
        return [
            AlertRecord(
                alert=alert_from_json(payload),
                state=_state(state),
                attempts=int(attempts),
                last_error=last_error,
                retry_at=datetime.fromisoformat(retry_at) if retry_at else None,
                holder=holder or None,
            )
            for payload, state, attempts, last_error, holder, retry_at in rows
        ]

    # --- Slack delivery state

    def get_alert(self, alert_id: str) -> Alert | None:
        row = self._db.execute(
            "SELECT payload FROM alerts WHERE alert_id = ?", (alert_id,)
        ).fetchone()
        return None if row is None else alert_from_json(row[0])

    def story_alerts(self, story_id: str) -> list[Alert]:
        # The story id lives in the alert document; stories are small, a scan is fine here.
        rows = self._db.execute(
            "SELECT payload FROM alerts "
            "WHERE json_extract(payload, '$.story_id') = ? "
            "   OR (alert_id = ? AND json_extract(payload, '$.story_id') IS NULL) "
            "ORDER BY created, alert_id",
            (story_id, story_id),
        ).fetchall()
        return [alert_from_json(r[0]) for r in rows]

    def alert_status(self, alert_id: str) -> AlertStatus | None:
        row = self._db.execute(
            "SELECT state, attempts, channel, ts FROM alerts WHERE alert_id = ?", (alert_id,)
        ).fetchone()
        if row is None:
            return None
        marks = {
            kind: Mark(user, datetime.fromisoformat(at))
            for kind, user, at in self._db.execute(
                "SELECT kind, user, at FROM alert_marks WHERE alert_id = ?", (alert_id,)
            )
        }
        return AlertStatus(
            alert_id=alert_id,
            state=_state(row[0]),
            attempts=int(row[1]),
            channel=row[2],
            ts=row[3],
            claimed=marks.get("claim"),
            dismissed=marks.get("dismiss"),
            drafted=marks.get("draft"),
        )

    def mark_drafted(self, alert_id: str, user: str, at: datetime) -> Mark:
        with self._write() as db:
            won = db.execute(
                "INSERT OR IGNORE INTO alert_marks (alert_id, kind, user, at) "
                "VALUES (?, 'draft', ?, ?)",
                (alert_id, user, _iso(at)),
            ).rowcount
            row = db.execute(
                "SELECT user, at FROM alert_marks WHERE alert_id = ? AND kind = 'draft'",
                (alert_id,),
            ).fetchone()
        return Mark(row[0], datetime.fromisoformat(row[1]), won=won == 1)

    def alert_counts(self) -> dict[str, int]:
        rows = self._db.execute("SELECT state, COUNT(*) FROM alerts GROUP BY state")
        return {str(state): int(n) for state, n in rows}

    def get_thread(self, story_id: str, channel: str) -> Thread | None:
        row = self._db.execute(
            "SELECT t.ts, t.alert_id, m.user, m.at, "
            "  (SELECT COUNT(*) FROM slack_replies r "
            "   WHERE r.story_id = t.story_id AND r.channel = t.channel) "
            "FROM slack_threads t LEFT JOIN story_mutes m ON m.story_id = t.story_id "
            "WHERE t.story_id = ? AND t.channel = ?",
            (story_id, channel),
        ).fetchone()
        if row is None:
            return None
        ts, alert_id, muted_by, muted_at, replies = row
        return Thread(
            story_id=story_id,
            channel=channel,
            ts=ts,
            alert_id=alert_id,
            replies=int(replies),
            muted_by=muted_by,
            muted_at=datetime.fromisoformat(muted_at) if muted_at else None,
        )

    def _stored_thread(self, story_id: str, channel: str) -> Thread:
        stored = self.get_thread(story_id, channel)
        if stored is None:  # pragma: no cover - the row was just written
            raise StoreError(f"thread of story {story_id} vanished")
        return stored

    def save_thread(self, thread: Thread) -> Thread:
        with self._write() as db:
            db.execute(
                "INSERT OR IGNORE INTO slack_threads (story_id, channel, ts, alert_id, created) "
                "VALUES (?, ?, ?, ?, ?)",
                (thread.story_id, thread.channel, thread.ts, thread.alert_id, _iso(_utc_now())),
            )
        return self._stored_thread(thread.story_id, thread.channel)

    def claim_thread(self, story_id: str, channel: str, alert_id: str) -> Thread:
        return self.save_thread(Thread(story_id, channel, "", alert_id))

    def set_thread_ts(self, story_id: str, channel: str, alert_id: str, ts: str) -> Thread:
        with self._write() as db:
            db.execute(
                "UPDATE slack_threads SET ts = ? "
                "WHERE story_id = ? AND channel = ? AND alert_id = ? AND ts = ''",
                (ts, story_id, channel, alert_id),
            )
        return self._stored_thread(story_id, channel)

    def drop_thread_claim(self, story_id: str, channel: str, alert_id: str) -> None:
        with self._write() as db:
            db.execute(
                "DELETE FROM slack_threads "
                "WHERE story_id = ? AND channel = ? AND alert_id = ? AND ts = ''",
                (story_id, channel, alert_id),
            )

    def forget_thread(self, story_id: str, channel: str, ts: str) -> bool:
        if not ts:
            return False
        with self._write() as db:
            gone = db.execute(
                "DELETE FROM slack_threads WHERE story_id = ? AND channel = ? AND ts = ?",
                (story_id, channel, ts),
            ).rowcount
            if gone:
                for table in ("slack_replies", "stale_parents"):
                    db.execute(
                        f"DELETE FROM {table} WHERE story_id = ? AND channel = ?",  # noqa: S608 - fixed names
                        (story_id, channel),
                    )
        return bool(gone)

    def record_reply(self, story_id: str, channel: str, alert_id: str) -> int:
        with self._write() as db:
            db.execute(
                "INSERT OR IGNORE INTO slack_replies (story_id, channel, alert_id) "
                "VALUES (?, ?, ?)",
                (story_id, channel, alert_id),
            )
            row = db.execute(
                "SELECT COUNT(*) FROM slack_replies WHERE story_id = ? AND channel = ?",
                (story_id, channel),
            ).fetchone()
            db.execute(
                "INSERT INTO stale_parents (story_id, channel, replies) VALUES (?, ?, ?) "
                "ON CONFLICT (story_id, channel) DO UPDATE SET replies = excluded.replies",
                (story_id, channel, int(row[0])),
            )
        return int(row[0])

    def stale_parents(self, limit: int = 50) -> list[tuple[str, str]]:
        rows = self._db.execute(
            "SELECT story_id, channel FROM stale_parents ORDER BY story_id, channel LIMIT ?",
            (limit,),
        )
        return [(str(story), str(channel)) for story, channel in rows]

    def parent_refreshed(self, story_id: str, channel: str, shown: int) -> None:
        with self._write() as db:
            db.execute(
                "DELETE FROM stale_parents WHERE story_id = ? AND channel = ? AND replies <= ?",
                (story_id, channel, shown),
            )

    def deployment_name(self, first: str) -> str:
        """The name of the deployment this state file belongs to: ``first`` the first time
        it is asked, then that, wherever the file is moved or the loop runs next (review A
        s13 L5: a name made of the host and the path changed with them)."""
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO deployment (one, name) VALUES (1, ?)", (first,))
            row = db.execute("SELECT name FROM deployment WHERE one = 1").fetchone()
        return str(row[0])

    def take_allowance(
        self, key: str, wanted: int, limit: int, expires: datetime, *, now: datetime
    ) -> int:
        with self._write() as db:
            # SQLite has no TTL: without this, one row per channel and window stayed for
            # good wherever a SQLite store relays (review V9 b).
            db.execute("DELETE FROM allowances WHERE expires < ?", (_iso(now),))
            row = db.execute("SELECT taken FROM allowances WHERE key = ?", (key,)).fetchone()
            granted = max(0, min(wanted, limit - (int(row[0]) if row else 0)))
            if granted:
                db.execute(
                    "INSERT INTO allowances (key, taken, expires) VALUES (?, ?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET taken = taken + excluded.taken",
                    (key, granted, _iso(expires)),
                )
        return granted

    def watching_before_upgrade(self) -> datetime | None:
        """When the older release this state was upgraded from was already watching (the
        first item it had seen), for a state that remembered items per source; None for
        any other. A loop's digest is owed for a day it watched (cli.post_digest_if_due)."""
        row = self._db.execute("SELECT since FROM watched_before WHERE one = 1").fetchone()
        if row is None:
            return None
        since = datetime.fromisoformat(row[0])
        # (an older release may have written its times without a zone: they were UTC)
        return since if since.tzinfo is not None else since.replace(tzinfo=UTC)

    def first_notice(self, key: str, at: datetime) -> bool:
        with self._write() as db:
            won = db.execute(
                "INSERT OR IGNORE INTO ops_notices (key, at) VALUES (?, ?)", (key, _iso(at))
            ).rowcount
        return bool(won == 1)

    def forget_notice(self, key: str) -> bool:
        with self._write() as db:
            gone = db.execute("DELETE FROM ops_notices WHERE key = ?", (key,)).rowcount
        return bool(gone == 1)

    def notice_at(self, key: str) -> datetime | None:
        row = self._db.execute("SELECT at FROM ops_notices WHERE key = ?", (key,)).fetchone()
        return datetime.fromisoformat(row[0]) if row is not None else None

    def claim_notice(self, key: str, at: datetime, lease: timedelta) -> Claim | None:
        with self._write() as db:
            row = db.execute("SELECT until FROM ops_notices WHERE key = ?", (key,)).fetchone()
            won = db.execute(
                "INSERT INTO ops_notices (key, at, until) VALUES (:key, :at, :until) "
                "ON CONFLICT(key) DO UPDATE SET at = excluded.at, until = excluded.until "
                "WHERE ops_notices.until IS NOT NULL AND ops_notices.until <= :at",
                {"key": key, "at": _iso(at), "until": _iso(at + lease)},
            ).rowcount
        return Claim(key, at, taken_over=row is not None) if won == 1 else None

    def settle_claim(self, claim: Claim, at: datetime) -> bool:
        with self._write() as db:
            done = db.execute(
                "UPDATE ops_notices SET until = NULL "
                "WHERE key = ? AND at = ? AND until IS NOT NULL",
                (claim.key, _iso(claim.at)),
            ).rowcount
        return bool(done == 1)

    def withdraw_claim(self, claim: Claim) -> bool:
        with self._write() as db:
            gone = db.execute(
                "DELETE FROM ops_notices WHERE key = ? AND at = ? AND until IS NOT NULL",
                (claim.key, _iso(claim.at)),
            ).rowcount
        return bool(gone == 1)

    def settle_notice(self, key: str, at: datetime) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO ops_notices (key, at, until) VALUES (?, ?, NULL) "
                "ON CONFLICT(key) DO UPDATE SET until = NULL",
                (key, _iso(at)),
            )

    def noted(self, key: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM ops_notices WHERE key = ? AND until IS NULL", (key,)
        ).fetchone()
        return row is not None

    def set_muted(self, story_id: str, user: str, at: datetime) -> Mark:
        with self._write() as db:
            won = db.execute(
                "INSERT OR IGNORE INTO story_mutes (story_id, user, at) VALUES (?, ?, ?)",
                (story_id, user, _iso(at)),
            ).rowcount
            row = db.execute(
                "SELECT user, at FROM story_mutes WHERE story_id = ?", (story_id,)
            ).fetchone()
        return Mark(row[0], datetime.fromisoformat(row[1]), won=won == 1)

    def claim_alert(self, alert_id: str, user: str, at: datetime) -> Mark:
        return self._mark(alert_id, "claim", user, at, sources_of("claimed"), "claimed")

    def dismiss_alert(self, alert_id: str, user: str, at: datetime) -> Mark:
        return self._mark(alert_id, "dismiss", user, at, sources_of("dismissed"), "dismissed")

    def _mark(
        self,
        alert_id: str,
        kind: str,
        user: str,
        at: datetime,
        from_states: tuple[str, ...],
        to_state: str,
    ) -> Mark:
        with self._write() as db:
            won = db.execute(
                "INSERT OR IGNORE INTO alert_marks (alert_id, kind, user, at) VALUES (?, ?, ?, ?)",
                (alert_id, kind, user, _iso(at)),
            ).rowcount
            if won == 1:
                # Only a delivered alert changes state: one still being delivered keeps its
                # lease, and the mark itself is what the buttons read.
                placeholders = ", ".join("?" for _ in from_states)
                db.execute(
                    f"UPDATE alerts SET state = ? WHERE alert_id = ? AND state IN ({placeholders})",  # noqa: S608 - only '?' placeholders
                    (to_state, alert_id, *from_states),
                )
            row = db.execute(
                "SELECT user, at FROM alert_marks WHERE alert_id = ? AND kind = ?",
                (alert_id, kind),
            ).fetchone()
        return Mark(row[0], datetime.fromisoformat(row[1]), won=won == 1)

    def add_feedback(self, feedback: Feedback) -> None:
        with self._write() as db:
            db.execute(
                "INSERT OR IGNORE INTO feedback (alert_id, at, payload) VALUES (?, ?, ?)",
                (feedback.alert_id, _iso(feedback.at), json.dumps(feedback_to_dict(feedback))),
            )

    def list_feedback(self) -> list[Feedback]:
        rows = self._db.execute("SELECT payload FROM feedback ORDER BY at, alert_id")
        return [feedback_from_dict(json.loads(r[0])) for r in rows]

    # -------------------------------------------------------------------- stories

    # A state file is mostly polled by one local run at a time, but nothing stops two
    # (`run --loop` and a `run --once` from cron, two terminals): each would cluster against
    # the stories it read and save its copy over the other's, so a story lost members or a
    # development got two stories (review V11). Runs take the story lock, as poll workers
    # on DynamoDB do, and read the stories again under it.
    concurrent_writers = True

    def lock_stories(self, holder: str, at: datetime, lease: timedelta) -> bool:
        with self._write() as db:
            taken = db.execute(
                "INSERT INTO story_lock (one, holder, lease_until) VALUES (1, ?, ?) "
                # Free, or held by a run whose lease ran out (it died).
                "ON CONFLICT (one) DO UPDATE SET holder = excluded.holder, "
                "lease_until = excluded.lease_until WHERE lease_until <= ?",
                (holder, _iso(at + lease), _iso(at)),
            ).rowcount
        return taken == 1

    def unlock_stories(self, holder: str) -> None:
        with self._write() as db:
            db.execute("UPDATE story_lock SET lease_until = '' WHERE holder = ?", (holder,))

    def stories_changed_elsewhere(self) -> bool:
        # Only another writer's commits count: a run alone on its state file reads its
        # stories once, not again at every alerting source (the lock of review V11 cost
        # poll_200's all-new cycle twice its CPU reading them again).
        version = self._written_elsewhere()
        changed = version != self._data_version
        self._data_version = version
        return changed

    def stories_saved_lately(self, since: datetime) -> list[Story]:
        return []  # recent_stories reads every saved story at once

    def recent_stories(self, since: datetime) -> list[Story]:
        rows = self._db.execute(
            # Ties in order of id, as the cloud store's index returns them: the clusterer
            # gives a tie to the story it examines first.
            "SELECT payload FROM stories WHERE last_seen >= ? ORDER BY last_seen, story_id",
            (_iso(since),),
        )
        return [story_from_json(r[0]) for r in rows]

    def save_story(self, story: Story) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO stories (story_id, last_seen, payload) VALUES (?, ?, ?) "
                "ON CONFLICT (story_id) DO UPDATE SET last_seen = excluded.last_seen, "
                "payload = excluded.payload",
                (story.id, _iso(story.last_seen), story_to_json(story)),
            )

    def get_story(self, story_id: str) -> Story | None:
        row = self._db.execute(
            "SELECT payload FROM stories WHERE story_id = ?", (story_id,)
        ).fetchone()
        return None if row is None else story_from_json(row[0])

    def close(self) -> None:
        self._db.close()


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _state(value: object) -> AlertState:
    state = parse_state(str(value))
    if state is None:
        raise StoreError(f"alert in unknown state {value!r}")
    return state
