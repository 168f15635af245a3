"""The schedule and the status when the clock steps (probe s15 Q5): a last attempt later
than now by more than the scheduler's slack means the clock went back, and the source is
due now rather than after the step plus its interval; a clock that jumped ahead makes a
source due once; status never says "0s ago" for a time ahead of its clock. A Retry-After
kept with a source is rebased onto the new clock, not held for hours more."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from demandwatch import bootstrap
from demandwatch.config import Settings, load_config
from demandwatch.core.models import FetchResult, SourceState
from demandwatch.core.schedule import clock_went_back, is_due
from demandwatch.core.status import build_status, source_health, status_lines
from demandwatch.notify.console import ConsoleNotifier
from demandwatch.sources.http import RequestSpec
from demandwatch.store.sqlite import SqliteStore
from feeds import QUIET_ENTRIES, rss, write_config

NOW = datetime(2027, 3, 15, 17, 0, tzinfo=UTC)
HALF_HOUR = timedelta(minutes=30)


@dataclass(frozen=True)
class Spec:
    id: str = "lngo"
    name: str = "NGO statements"
    interval: timedelta = HALF_HOUR
    expect_every: timedelta = timedelta(days=2)


def test_a_last_attempt_hours_ahead_is_the_clock_going_back_and_the_source_is_due() -> None:
    last = NOW + timedelta(hours=3, minutes=2)
    assert is_due(last, HALF_HOUR, NOW)
    assert clock_went_back(last, HALF_HOUR, NOW) == timedelta(hours=3, minutes=2)


def test_ordinary_jitter_and_an_ordinary_wait_are_not_a_clock_step() -> None:
    # Another process's attempt a few seconds "ahead": not due, nothing said.
    assert not is_due(NOW + timedelta(seconds=20), HALF_HOUR, NOW)
    assert clock_went_back(NOW + timedelta(seconds=20), HALF_HOUR, NOW) is None
    assert not is_due(NOW - timedelta(minutes=10), HALF_HOUR, NOW)
    assert clock_went_back(NOW - timedelta(minutes=10), HALF_HOUR, NOW) is None
    assert is_due(NOW - timedelta(minutes=29, seconds=30), HALF_HOUR, NOW)  # the slack


def test_a_clock_that_jumped_ahead_makes_a_source_due_once() -> None:
    before = NOW - timedelta(minutes=1)
    woke = NOW + timedelta(hours=8)
    assert is_due(before, HALF_HOUR, woke)
    assert clock_went_back(before, HALF_HOUR, woke) is None
    assert not is_due(woke, HALF_HOUR, woke + timedelta(seconds=1))  # attempted at waking


def test_status_says_a_last_success_ahead_of_its_clock_and_that_the_source_is_due() -> None:
    ahead = NOW + timedelta(hours=3)
    state = SourceState(
        "lngo", last_attempt=ahead, last_success=ahead, last_new_item=ahead, baseline_done=True
    )
    health = source_health(Spec(), state, NOW)
    assert health.next_poll == NOW
    line = status_lines(build_status([Spec()], {"lngo": state}, {}, [], NOW))[2]
    assert "0s ago" not in line
    assert "last success 3.0h ahead of this clock" in line
    assert "due now" in line
    assert "the clock went back" in line


class Counting:
    """A fetcher answering the same quiet feed, counting the requests."""

    def __init__(self) -> None:
        self.asked = 0

    async def fetch(
        self, spec: RequestSpec, state: SourceState, *, timeout: float, max_bytes: int
    ) -> FetchResult:
        self.asked += 1
        return FetchResult(status="ok", body=rss(QUIET_ENTRIES), elapsed_ms=1.0)


def test_a_retry_after_set_by_the_clock_before_it_went_back_is_rebased(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path / "cfg", [{"id": "lngo", "url": "http://x/"}]))
    store = SqliteStore(tmp_path / "state.sqlite3")
    then = NOW + timedelta(hours=3)
    # Polled at 20:00 by the clock of then, asked to wait 10 s; the clock now says 17:00.
    store.save_source_state(
        SourceState("lngo", last_attempt=then, retry_at=then + timedelta(seconds=10))
    )
    fetcher = Counting()

    async def go() -> str:
        async with bootstrap.service(
            Settings(),
            config,
            store=store,
            fetcher=fetcher,
            notifier=ConsoleNotifier(),
            clock=lambda: NOW,
            parse_workers=0,
        ) as service:
            assert [s.id for s in service.due_sources()] == ["lngo"]
            (outcome,) = await service.poll()
            return outcome.status

    assert asyncio.run(go()) != "deferred"  # it was deferred for three hours
    assert fetcher.asked == 1
    store.close()


def test_a_retry_after_moved_onto_the_new_clock_holds_at_every_later_check(
    tmp_path: Path,
) -> None:
    """Review s15 MED-2: a 429 at 20:00 (the clock of then) asked for an hour; the clock
    now says 17:00. The wait is moved to 18:00 at the first check and must hold at the
    next ones: rebased again, it came out negative, was dropped, and the source was asked
    one minute later, inside the hour the server asked for."""
    config = load_config(write_config(tmp_path / "cfg", [{"id": "lngo", "url": "http://x/"}]))
    store = SqliteStore(tmp_path / "state.sqlite3")
    then = NOW + timedelta(hours=3)
    store.save_source_state(
        SourceState("lngo", last_attempt=then, retry_at=then + timedelta(hours=1))
    )
    fetcher = Counting()
    clock = [NOW]

    async def checks() -> list[datetime | None]:
        waits = []
        async with bootstrap.service(
            Settings(),
            config,
            store=store,
            fetcher=fetcher,
            notifier=ConsoleNotifier(),
            clock=lambda: clock[0],
            parse_workers=0,
        ) as service:
            for minute in range(3):
                clock[0] = NOW + timedelta(minutes=minute)
                await service.poll()
                state = store.get_source_state("lngo")
                waits.append(state.retry_at if state is not None else None)
        return waits

    try:
        waits = asyncio.run(checks())
    finally:
        store.close()
    assert fetcher.asked == 0
    assert waits == [NOW + timedelta(hours=1)] * 3
