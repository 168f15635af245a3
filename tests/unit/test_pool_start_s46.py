"""The parse workers start off the event loop (a user check of session 46).

Starting them takes seconds (the fork server imports the parsers, then each worker
starts); started on the event loop's thread, that pause was charged to every request in
flight against its wall-clock limit, and a loopback feed was once reported 'timeout'.
These tests stand a thread pool in for the processes: what is checked is where the start
runs and that it runs once, not the workers themselves.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Executor, ThreadPoolExecutor

from demandwatch.sources.pool import ParsePool


class _RecordingStart(ParsePool):
    """A pool whose start records its thread and whether the event loop ran meanwhile."""

    def __init__(self) -> None:
        super().__init__(1)
        self.loop_ticked = threading.Event()
        self.loop_ran_during_start = False
        self.start_threads: list[int] = []

    def _start_once(self) -> ThreadPoolExecutor:  # type: ignore[override]
        if self._executor is None:
            self.start_threads.append(threading.get_ident())
            # On the loop's own thread this wait could only time out: the coroutine that
            # sets the event cannot run until the start returns.
            self.loop_ran_during_start = self.loop_ticked.wait(timeout=10)
            self._executor = ThreadPoolExecutor(1)  # type: ignore[assignment]
        return self._executor  # type: ignore[return-value]


async def _start_while_ticking(pool: _RecordingStart) -> tuple[int, Executor]:
    async def tick() -> None:
        pool.loop_ticked.set()

    started, _ = await asyncio.gather(pool._workers(), tick())
    return threading.get_ident(), started


def test_workers_start_off_the_event_loop_which_keeps_running() -> None:
    pool = _RecordingStart()
    loop_thread, executor = asyncio.run(_start_while_ticking(pool))
    try:
        assert len(pool.start_threads) == 1
        assert pool.start_threads[0] != loop_thread
        assert pool.loop_ran_during_start
        assert pool.started
    finally:
        executor.shutdown()


def test_concurrent_first_uses_start_the_workers_once() -> None:
    pool = _RecordingStart()
    pool.loop_ticked.set()  # nothing to wait for here

    async def three_first_uses() -> list[Executor]:
        return list(await asyncio.gather(*(pool._workers() for _ in range(3))))

    executors = asyncio.run(three_first_uses())
    try:
        assert len(pool.start_threads) == 1
        assert executors[0] is executors[1] is executors[2]
    finally:
        executors[0].shutdown()
