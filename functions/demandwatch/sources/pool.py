"""Reading answers on other cores: a pool of worker processes for the poll's parsing.

A poll fetches hundreds of feeds at once and then parses them on one event loop: on a
machine with more than one core, the parsing (the poll's largest CPU cost) runs in
worker processes while the loop goes on fetching, matching and storing. Where there is
one core or less (a Lambda function below 1,769 MB has a fraction of one vCPU) a pool
only adds the cost of copying bodies between processes: parsing stays inline.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime, timedelta
from typing import Any

from demandwatch.config import Source
from demandwatch.core.models import Body, NewEntry, SeenDocument
from demandwatch.core.pipeline import Examiner, Listing
from demandwatch.sources.kinds import Parsed, parse_source

log = logging.getLogger("demandwatch")

# Bodies larger than this are parsed inline: sending one to a worker holds a second copy
# of it (the pickled message) in each process, and the memory budget matters more for a
# body of megabytes than the event loop's pause.
POOL_MAX_BYTES = 2_000_000
# At most this many workers: the event loop keeps a core busy with HTTP and matching.
MAX_WORKERS = 4


def usable_cores() -> int:
    """The cores this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_workers() -> int:
    """Workers for a local run: none on one core, else one per core (up to MAX_WORKERS)."""
    cores = usable_cores()
    return 0 if cores < 2 else min(cores, MAX_WORKERS)


def _warm() -> None:
    """Nothing: a first task starts a worker (and its imports) before the first feed."""


# In a worker: the pool's Examiner, installed when the worker starts.
_examiner: Examiner | None = None


def _install(examiner: Examiner | None, owner: int | None = None) -> None:
    global _examiner
    _examiner = examiner
    if owner is not None:
        threading.Thread(target=_exit_with, args=(owner,), name="owner-watch", daemon=True).start()


# How often a worker looks whether the process that started the pool is still there.
OWNER_CHECK_SECONDS = 1.0


def _exit_with(owner: int) -> None:
    """In a worker: exit once ``owner``, the process that started the pool, is gone. A
    worker started by the forkserver is not the run's child and waits on its task queue
    for good: a run killed -9 (a supervisor, the OOM killer) left its workers, forkserver
    and resource tracker running, one set per killed run (probe s17 P8)."""
    while _alive(owner):
        time.sleep(OWNER_CHECK_SECONDS)
    os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # there, under another user (not ours; the pid was reused)
        return True
    try:  # killed but not yet reaped by its parent: a zombie, gone all the same
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):  # no /proc (not Linux)
        return True


def _examine_timed(
    fresh: list[tuple[Listing, SeenDocument | None]], options: dict[str, Any]
) -> tuple[list[NewEntry], float, int]:
    """In a worker: the fresh entries decided on, the CPU seconds, the peak memory (kB)."""
    if _examiner is None:
        raise RuntimeError("this worker was started without an examiner")
    started = time.process_time()
    entries = _examiner.examine(fresh, **options)
    return entries, time.process_time() - started, _peak_rss_kb()


def _parse_timed(
    source: Source, body: bytes, headers: Mapping[str, str], fetched: datetime
) -> tuple[Parsed, float, int]:
    """In a worker: the answer parsed, the CPU seconds it took there, and the worker's
    peak resident memory so far (kB)."""
    started = time.process_time()
    parsed = parse_source(source, body, headers, fetched)
    return parsed, time.process_time() - started, _peak_rss_kb()


def _peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # not on Unix
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class ParsePool:
    """``parse_source`` in worker processes, and with an ``examiner``, deciding on the
    fresh entries (making their Items, matching, classifying); ``aclose`` when done."""

    def __init__(self, workers: int, examiner: Examiner | None = None) -> None:
        if workers < 1:
            raise ValueError("a parse pool needs at least one worker")
        self.workers = workers
        self.examiner = examiner
        self._executor: ProcessPoolExecutor | None = None
        self._start_lock = threading.Lock()
        self._broken = False
        # CPU seconds the workers spent parsing (what this process's own clock misses),
        # and the largest peak resident memory a worker reported (kB).
        self.cpu_seconds = 0.0
        self.peak_rss_kb = 0

    @property
    def started(self) -> bool:
        """Whether any worker was started (a run that never needed them starts none)."""
        return self._executor is not None

    async def _workers(self) -> ProcessPoolExecutor:
        """The workers, started off the event loop on first use. Starting them (the fork
        server importing the parsers, then each worker) takes seconds, and every request in
        flight meanwhile would be charged for it against its wall-clock limit: a loopback
        feed was once reported 'timeout' for the pause."""
        if self._executor is not None:
            return self._executor
        return await asyncio.to_thread(self._started)

    def _started(self) -> ProcessPoolExecutor:
        """The workers, started on first use (a run that never needs them starts none)."""
        # Locked: the first parse and the first examination may both start them, each
        # from its own thread.
        with self._start_lock:
            return self._start_once()

    def _start_once(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # forkserver: workers start from a clean process that imported the parsers
            # once, never from a copy of this one with its threads and open connections.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["demandwatch.sources.kinds"])
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=context,
                initializer=_install,
                initargs=(self.examiner, os.getpid()),
            )
            for _ in range(self.workers):
                self._executor.submit(_warm)
        return self._executor

    async def parse(
        self, source: Source, body: Body, headers: Mapping[str, str], fetched: datetime
    ) -> Parsed:
        if not isinstance(body, bytes) or len(body) > POOL_MAX_BYTES or self._broken:
            # (A spooled body is larger still, and read from this process's file.)
            return parse_source(source, body, headers, fetched)
        loop = asyncio.get_running_loop()
        try:
            parsed, cpu, rss = await loop.run_in_executor(
                await self._workers(), _parse_timed, source, body, dict(headers), fetched
            )
        except (BrokenProcessPool, OSError, RuntimeError) as exc:
            # Workers that cannot start or died (out of memory, killed): the poll goes on
            # parsing inline rather than failing every source.
            if not self._broken:
                log.warning("parse workers unavailable, parsing inline: %s", exc)
            self._broken = True
            return parse_source(source, body, headers, fetched)
        self.cpu_seconds += cpu
        self.peak_rss_kb = max(self.peak_rss_kb, rss)
        return parsed

    async def examine(
        self,
        fresh: list[tuple[Listing, SeenDocument | None]],
        *,
        baseline: bool,
        news_from: datetime | None = None,
        now: datetime,
        max_age: timedelta,
        source_name: str,
    ) -> list[NewEntry]:
        """``examiner.examine`` on ``fresh`` in a worker (inline if the workers are gone)."""
        if self.examiner is None:
            raise RuntimeError("this pool was made without an examiner")
        options: dict[str, Any] = {
            "baseline": baseline,
            "news_from": news_from,
            "now": now,
            "max_age": max_age,
            "source_name": source_name,
        }
        if not fresh:
            return []
        if self._broken:
            return self.examiner.examine(fresh, **options)
        loop = asyncio.get_running_loop()
        try:
            entries, cpu, rss = await loop.run_in_executor(
                await self._workers(), _examine_timed, fresh, options
            )
        except (BrokenProcessPool, OSError, RuntimeError) as exc:
            # As for parsing: workers that cannot start or died leave the work inline.
            if not self._broken:
                log.warning("parse workers unavailable, examining inline: %s", exc)
            self._broken = True
            return self.examiner.examine(fresh, **options)
        self.cpu_seconds += cpu
        self.peak_rss_kb = max(self.peak_rss_kb, rss)
        return entries

    async def aclose(self) -> None:
        if self._executor is not None:
            await asyncio.get_running_loop().run_in_executor(None, self._executor.shutdown)
