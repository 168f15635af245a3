"""Parsing in worker processes changes nothing but where the CPU is spent: a run of many
sources polled with a parse pool records, alerts and reports exactly what the same run
parsed inline does."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from demandwatch import bootstrap
from demandwatch.bootstrap import build_matcher
from demandwatch.config import Settings, load_config
from demandwatch.core.models import NewEntry, PollOutcome
from demandwatch.core.pipeline import Examiner, unseen
from demandwatch.service import POOL_MIN_SOURCES
from demandwatch.sources.kinds import parse_source
from demandwatch.sources.pool import POOL_MAX_BYTES, ParsePool
from demandwatch.store.sqlite import SqliteStore
from feeds import QUIET_ENTRIES, VETO_ENTRY, Entry, rss, write_config
from integration.test_poll import RecordingNotifier

SOURCES = POOL_MIN_SOURCES + 1
# A source's outcome in a round: id, status, items, new, alerting.
Outcome = tuple[str, str, int, int, int]


def feed(n: int, *, with_veto: bool) -> bytes:
    quiet = [Entry(e.title, f"{e.link}-{n}") for e in QUIET_ENTRIES]
    veto = Entry(VETO_ENTRY.title, f"https://example.org/veto/{n}", VETO_ENTRY.description)
    return rss([veto, *quiet] if with_veto else quiet)


def shared_feed(n: int, *, with_veto: bool) -> bytes:
    """Every source lists the same veto release (one document) and a report of its own."""
    quiet = [Entry(e.title, f"{e.link}-{n}") for e in QUIET_ENTRIES]
    own = Entry(
        f"Syria: Russia and China veto the draft, outlet {n} reports",
        f"https://example.org/report/{n}",
        "China and the Russian Federation vetoed the draft resolution on Syria.",
    )
    return rss([VETO_ENTRY, own, *quiet] if with_veto else quiet)


def poll_twice(
    httpserver: HTTPServer,
    tmp_path: Path,
    workers: int,
    make_feed: Callable[..., bytes] = feed,
    stories: list[tuple[str, ...]] | None = None,
) -> tuple[list[list[Outcome]], list[tuple[str, str]], bool]:
    config = load_config(
        write_config(
            tmp_path / f"cfg-{workers}",
            [{"id": f"s{n:02d}", "url": httpserver.url_for(f"/f{n}.xml")} for n in range(SOURCES)],
            # The production default: these runs compare outcomes, and on a loaded machine a
            # fresh worker's first parse can outlast the suite's short 2 s budget.
            timeout="20s",
        )
    )
    notifier = RecordingNotifier()
    rounds: list[list[Outcome]] = []
    started = False

    async def go() -> None:
        nonlocal started
        async with bootstrap.service(
            Settings(),
            config,
            state_path=tmp_path / f"state-{workers}.sqlite3",
            notifier=notifier,
            parse_workers=workers,
        ) as service:
            for with_veto in (False, True):
                httpserver.clear()
                for n in range(SOURCES):
                    httpserver.expect_request(f"/f{n}.xml").respond_with_data(
                        make_feed(n, with_veto=with_veto), content_type="application/rss+xml"
                    )
                outcomes: list[PollOutcome] = await service.poll()
                rounds.append(
                    sorted((o.source_id, o.status, o.items, o.new, o.matched) for o in outcomes)
                )
                service.deliver()
            started = service.parser is not None and service.parser.started
            if stories is not None:
                since = datetime(2000, 1, 1, tzinfo=UTC)
                stories.extend(
                    sorted(
                        tuple(sorted(i.alert_id for i in story.items))
                        for story in service.store.recent_stories(since)
                    )
                )

    asyncio.run(go())
    alerts = sorted((a.item.key, a.item.title) for a in notifier.alerts)
    return rounds, alerts, started


def test_a_pooled_run_records_and_alerts_exactly_what_an_inline_run_does(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    inline_rounds, inline_alerts, inline_started = poll_twice(httpserver, tmp_path, 0)
    pooled_rounds, pooled_alerts, pooled_started = poll_twice(httpserver, tmp_path, 2)
    assert not inline_started
    assert pooled_started, "the pool must really have parsed"
    assert pooled_rounds == inline_rounds
    assert pooled_alerts == inline_alerts
    assert [r[1:] for r in inline_rounds[1]] == [("new_items", 4, 1, 1)] * SOURCES
    assert len(inline_alerts) == SOURCES


def _totals(outcomes: list[Outcome]) -> tuple[list[tuple[str, str, int]], int, int]:
    """A round's statuses and items per source, and its new and alerting items in sum."""
    return ([o[:3] for o in outcomes], sum(o[3] for o in outcomes), sum(o[4] for o in outcomes))


def test_sources_listing_one_document_alert_and_cluster_as_inline_when_pooled(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """Deciding in a worker lets other sources record meanwhile: a document every source
    lists is still recorded, alerted and put in its story once, as inline."""
    inline_stories: list[tuple[str, ...]] = []
    pooled_stories: list[tuple[str, ...]] = []
    inline = poll_twice(httpserver, tmp_path / "inline", 0, shared_feed, inline_stories)
    pooled = poll_twice(httpserver, tmp_path / "pooled", 2, shared_feed, pooled_stories)
    assert pooled[2], "the pool must really have been used"
    # Which source's poll records the shared release first is a race in both runs (the
    # first answer to arrive): per source, the credit may move; in sum it may not.
    assert [_totals(r) for r in pooled[0]] == [_totals(r) for r in inline[0]]
    assert pooled[1] == inline[1]
    assert pooled_stories == inline_stories
    # The shared release alerted once (one source's poll), each source's report once.
    assert len(inline[1]) == SOURCES + 1
    assert sum(len(s) for s in inline_stories) == SOURCES + 1


def test_a_document_another_process_records_while_a_worker_decides_is_decided_again(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """Deciding in a worker, a poll reads its documents again only when something may have
    changed them (Store.seen_mark): here another process records the veto release every
    source lists while the first answer is in a worker. Every source then finds it known,
    as if polled after that process: no source's alert and no story holds it (a poll that
    trusted its first read put the release in a story, though the other process had
    recorded, and so alerted, it)."""
    config = load_config(
        write_config(
            tmp_path / "cfg",
            [{"id": f"s{n:02d}", "url": httpserver.url_for(f"/f{n}.xml")} for n in range(SOURCES)],
            timeout="20s",
        )
    )
    state = tmp_path / "state.sqlite3"
    notifier = RecordingNotifier()
    recorded: list[str] = []

    async def go() -> list[tuple[str, ...]]:
        async with bootstrap.service(
            Settings(), config, state_path=state, notifier=notifier, parse_workers=2
        ) as service:
            assert service.parser is not None
            examine = service.parser.examine

            async def other_process_first(
                fresh: list[tuple[Any, Any]], **options: Any
            ) -> list[NewEntry]:
                for listing, _ in fresh:
                    if listing.url == VETO_ENTRY.link and not recorded:
                        other = SqliteStore(state)  # another process's handle
                        try:
                            recorded.extend(
                                other.record_new(
                                    "elsewhere",
                                    [NewEntry(listing.key, fingerprint=listing.fingerprint)],
                                    options["now"],
                                    timedelta(days=7),
                                )
                            )
                        finally:
                            other.close()
                return await examine(fresh, **options)

            service.parser.examine = other_process_first  # type: ignore[method-assign]
            for with_veto in (False, True):
                httpserver.clear()
                for n in range(SOURCES):
                    httpserver.expect_request(f"/f{n}.xml").respond_with_data(
                        shared_feed(n, with_veto=with_veto), content_type="application/rss+xml"
                    )
                await service.poll()
                service.deliver()
            since = datetime(2000, 1, 1, tzinfo=UTC)
            return [
                tuple(item.url for item in story.items)
                for story in service.store.recent_stories(since)
            ]

    stories = asyncio.run(go())
    assert len(recorded) == 1
    assert [a for a in notifier.alerts if a.item.url == VETO_ENTRY.link] == []
    assert len(notifier.alerts) == SOURCES  # each source's own report
    assert [urls for urls in stories if VETO_ENTRY.link in urls] == []


def test_the_pool_decides_what_deciding_inline_decides(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path / "cfg", [{"id": "a", "url": "http://x/a"}]))
    (source,) = config.sources
    fetched = datetime.now(UTC)
    body = shared_feed(1, with_veto=True)
    listed = parse_source(source, body, {"content-type": "application/rss+xml"}, fetched)
    examiner = Examiner(build_matcher(config), {d.id: d for d in config.demands})
    fresh = unseen(listed.entries, {})
    age = timedelta(days=3)

    async def go() -> list[list[NewEntry]]:
        pool = ParsePool(1, examiner)
        try:
            return [
                await pool.examine(fresh, baseline=b, now=fetched, max_age=age, source_name="A")
                for b in (False, True)
            ]
        finally:
            await pool.aclose()

    pooled = asyncio.run(go())
    inline = [
        examiner.examine(fresh, baseline=b, now=fetched, max_age=age, source_name="A")
        for b in (False, True)
    ]
    assert pooled == inline
    assert sum(1 for e in inline[0] if e.alert is not None) == 2


def test_the_pool_gives_what_parsing_inline_gives(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path / "cfg", [{"id": "a", "url": "http://x/a"}]))
    (source,) = config.sources
    fetched = datetime(2026, 3, 1, tzinfo=UTC)
    small = rss([VETO_ENTRY, *QUIET_ENTRIES])
    large = rss([Entry(f"Item {n}", f"https://e.org/{n}", "word " * 400) for n in range(1200)])
    assert len(large) > POOL_MAX_BYTES  # parsed inline by the pool, not copied to a worker

    async def go() -> list[object]:
        pool = ParsePool(1)
        try:
            return [
                await pool.parse(source, body, {"content-type": "application/rss+xml"}, fetched)
                for body in (small, large)
            ]
        finally:
            await pool.aclose()

    pooled = asyncio.run(go())
    inline = [
        parse_source(source, body, {"content-type": "application/rss+xml"}, fetched)
        for body in (small, large)
    ]
    assert pooled == inline


# A run that parsed in its pool, then stays busy (a source still hanging) until killed.
_BUSY_RUN = """
import asyncio, sys, time
from datetime import UTC, datetime
from pathlib import Path
from demandwatch.config import load_config
from demandwatch.sources.pool import ParsePool

if __name__ == "__main__":  # workers start from a forkserver and import this module
    source = load_config(Path(sys.argv[1])).sources[0]
    pool = ParsePool(2)
    asyncio.run(pool.parse(source, Path(sys.argv[2]).read_bytes(), {}, datetime.now(UTC)))
    print("parsed" if pool.started else "parsed inline", flush=True)
    time.sleep(600)
"""


def _children() -> dict[int, list[int]]:
    """Every process's children, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                parent = int(stat.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
        children.setdefault(parent, []).append(int(entry))
    return children


def _descendants(pid: int) -> set[int]:
    children, found, todo = _children(), set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _running(pids: set[int]) -> set[int]:
    running = set()
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as stat:
                if stat.read().rsplit(b")", 1)[1].split()[0] != b"Z":
                    running.add(pid)
        except OSError:
            continue
    return running


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_a_run_killed_9_leaves_no_parse_worker_behind(tmp_path: Path) -> None:
    """Probe s17 P8: a run killed -9 while its pool was up left the forkserver, its
    workers and the resource tracker running for good (reparented to init, ~135 MB), one
    set per killed run. The workers now exit once the run is gone, and the rest with them."""
    config = write_config(tmp_path / "cfg", [{"id": "s", "url": "http://127.0.0.1:9/f.xml"}])
    body = tmp_path / "feed.xml"
    body.write_bytes(rss(QUIET_ENTRIES))
    script = tmp_path / "busy_run.py"
    script.write_text(_BUSY_RUN)
    run = subprocess.Popen(
        [sys.executable, str(script), str(config), str(body)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    left: set[int] = set()
    try:
        assert run.stdout is not None
        assert run.stdout.readline().strip() == "parsed"
        pool = _descendants(run.pid)
        assert pool  # the forkserver and its workers, the resource tracker
        run.kill()
        run.wait()
        deadline = time.monotonic() + 60
        left = _running(pool)
        while left and time.monotonic() < deadline:
            time.sleep(0.2)
            left = _running(pool)
        assert not left, f"still running after the run was killed: {sorted(left)}"
    finally:
        run.kill()
        run.wait()
        if run.stdout is not None:
            run.stdout.close()
        for pid in _running(left):
            os.kill(pid, signal.SIGKILL)
