"""One poll benchmark run in a fresh interpreter (so its peak RSS is its own).

    python -m bench.pollrun demandwatch '<json spec>'
    python -m bench.pollrun concurrent '<json spec>'
    python -m bench.pollrun big|big_bot '{"ports": [...], "feed": "10k"|"huge"}'

Prints one JSON line with wall time, process CPU time and peak RSS of each stage.

``demandwatch``: the real composition root (bootstrap.service: HttpFetcher, SQLite store,
the shipped demands) polls every source five times:

1. ``first``: items 0-29, the first poll of each source: a baseline (every item parsed and
   remembered, nothing alerts);
2. ``changed`` (**poll_200**): every feed moved on by 5 items (5-34), so every body is
   fetched and parsed, 5 items per feed are new and go through store, match, classify and
   story clustering; the server sends ETags;
3. ``not_modified``: the same again; the server answers 304 (**poll_200_unchanged**);
4. ``identical``: the same feeds without ETag: an identical 200 body, known by its hash;
5. ``all_new`` (**poll_200_all_new**): every feed replaced by 30 new items (35-64).

``concurrent`` (the baseline of **poll_200**): what a plain concurrent feed bot does:
every GET at once with httpx (asyncio.gather, httpx's default limits), then feedparser on
each body, the entries into a seen-set. It stores, matches and clusters nothing.

``big`` / ``big_bot``: the memory cases, demandwatch and the plain bot on one feed:
``10k`` (10,000 items; demandwatch's first poll, then the feed moved on by 100) and
``huge`` (30 items of 1 MB; the first poll, then 30 new 1 MB items, whose CPU is
**cpu_huge**). Peak RSS is the process's own; with a parsing pool, its largest worker's
too.
"""

from __future__ import annotations

import asyncio
import io
import json
import resource
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # demandwatch is imported inside each run, after its RSS is read
    from demandwatch.core.health import HealthReport
    from demandwatch.core.models import PollOutcome


def _peak_rss_mb() -> float:
    # Linux reports ru_maxrss in kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# Each stage: the first item the feeds show, and whether the server sends an ETag.
STAGES: dict[str, tuple[int, bool]] = {
    "first": (0, False),
    "changed": (5, True),
    "not_modified": (5, True),
    "identical": (5, False),
    "all_new": (35, True),
}
STARTS = sorted({start for start, _ in STAGES.values()})


def _url(port: int, source: int, start: int, etag: bool) -> str:
    return f"http://127.0.0.1:{port}/feed/{source}.xml?start={start}" + ("&etag=1" if etag else "")


class _Silent:
    """The Notifier port keeping nothing: the poll stage is measured, not delivery (the
    service is built without delivery, as in the cloud's polling functions)."""

    def report(self, outcomes: list[PollOutcome]) -> None:
        return None

    def health(self, notice: HealthReport) -> None:
        return None


def run_demandwatch(spec: dict[str, Any]) -> dict[str, Any]:
    from demandwatch import bootstrap
    from demandwatch.config import SHIPPED_CONFIG_DIR, Settings, Source, load_config
    from demandwatch.sources.kinds import parse_for

    ports: list[int] = spec["ports"]
    shipped = load_config(SHIPPED_CONFIG_DIR)

    def sources(start: int, etag: bool) -> tuple[Source, ...]:
        return tuple(
            Source(
                id=f"bench-{i:03d}",
                name=f"Bench source {i}",
                kind="rss",
                url=_url(port, i, start, etag),
                tier="news",
                key="default",
                interval=timedelta(minutes=10),
                timeout=timedelta(seconds=60),
                expect_every=timedelta(days=2),
                max_bytes=5_000_000,
            )
            for i, port in enumerate(ports)
        )

    out: dict[str, Any] = {"rss_after_imports_mb": _peak_rss_mb()}
    settings_args: dict[str, Any] = {}
    if spec.get("max_concurrency"):
        settings_args["max_concurrency"] = spec["max_concurrency"]

    async def go(state: Path) -> None:
        settings = Settings(state_path=state, **settings_args)
        config = replace(shipped, sources=sources(0, False))
        async with bootstrap.service(
            settings, config, state_path=state, notifier=_Silent(), deliver=False
        ) as service:
            for name in spec.get("stages", list(STAGES)):
                chosen = sources(*STAGES[name])
                workers = service.parser.cpu_seconds if service.parser else 0.0
                wall, cpu = time.perf_counter(), time.process_time()
                outcomes = await service.poll(chosen)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                workers = (service.parser.cpu_seconds if service.parser else 0.0) - workers
                out[name] = {
                    "wall_s": wall,
                    "cpu_s": cpu,
                    "workers_cpu_s": workers,
                    "statuses": dict(Counter(o.status for o in outcomes)),
                    "items": sum(o.items for o in outcomes),
                    "new": sum(o.new for o in outcomes),
                    "matched": sum(o.matched for o in outcomes),
                    "failures": sorted({o.reason or "" for o in outcomes if o.status == "failed"}),
                    "peak_rss_mb": _peak_rss_mb(),
                }
            workers_peak["kb"] = service.parser.peak_rss_kb if service.parser else 0

    workers_peak = {"kb": 0}
    with tempfile.TemporaryDirectory(prefix="demandwatch-bench-") as tmp:
        asyncio.run(go(Path(tmp) / "state.sqlite3"))
    out["workers_peak_rss_mb"] = workers_peak["kb"] / 1024
    if not spec.get("bound", True):  # (the max_concurrency sweep's runs: the wall alone)
        out["peak_rss_mb"] = _peak_rss_mb()
        return out

    # The bound the issue sets: the CPU time of parsing every changed feed, alone.
    from bench.corpus import feed_body

    now = datetime.fromisoformat(spec["now"])
    start, _ = STAGES["changed"]
    bodies = [feed_body(i, start, spec["items"], now) for i in range(len(ports))]
    headers = {"content-type": "application/rss+xml; charset=utf-8"}
    fetched = datetime.now(UTC)
    chosen = sources(*STAGES["changed"])
    cpu = time.process_time()
    parsed = sum(
        len(parse_for(s, b, headers, fetched)) for s, b in zip(chosen, bodies, strict=True)
    )
    out["parse_cpu_s"] = time.process_time() - cpu
    out["parsed_items"] = parsed

    import feedparser

    cpu = time.process_time()
    for body in bodies:
        feedparser.parse(io.BytesIO(body), response_headers=headers)
    out["feedparser_cpu_s"] = time.process_time() - cpu
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def _bot(urls: list[str]) -> dict[str, Any]:
    """GET every URL at once, then feedparser each body into a seen-set."""
    import feedparser
    import httpx

    async def fetch_all() -> list[bytes]:
        async with httpx.AsyncClient(timeout=60) as client:
            responses = await asyncio.gather(*(client.get(url) for url in urls))
        for response in responses:
            response.raise_for_status()
        return [response.content for response in responses]

    seen: set[str] = set()
    entries = 0
    wall, cpu = time.perf_counter(), time.process_time()
    bodies = asyncio.run(fetch_all())
    parse_cpu = time.process_time()
    for body in bodies:
        feed = feedparser.parse(io.BytesIO(body))
        for entry in feed.entries:
            entries += 1
            seen.add(entry.get("id") or entry.get("link"))
    done = time.process_time()
    return {
        "wall_s": time.perf_counter() - wall,
        "cpu_s": done - cpu,
        "parse_cpu_s": done - parse_cpu,
        "entries": entries,
        "unique": len(seen),
        "peak_rss_mb": _peak_rss_mb(),
    }


def run_concurrent(spec: dict[str, Any]) -> dict[str, Any]:
    start, _ = STAGES["changed"]
    return _bot([_url(port, i, start, False) for i, port in enumerate(spec["ports"])])


# The memory cases: the feed, and the two windows polled (the second is measured for CPU).
BIG_STARTS = {"10k": (0, 100), "huge": (0, 30)}


def _big_url(port: int, name: str, start: int) -> str:
    return f"http://127.0.0.1:{port}/big/{name}.xml?start={start}"


def run_big_bot(spec: dict[str, Any]) -> dict[str, Any]:
    name = spec["feed"]
    return _bot([_big_url(spec["ports"][0], name, BIG_STARTS[name][1])])


def run_big(spec: dict[str, Any]) -> dict[str, Any]:
    from demandwatch import bootstrap
    from demandwatch.config import SHIPPED_CONFIG_DIR, Settings, Source, load_config

    name = spec["feed"]
    port = spec["ports"][0]
    shipped = load_config(SHIPPED_CONFIG_DIR)

    def source(start: int) -> Source:
        return Source(
            id=f"big-{name}",
            name=f"Big feed {name}",
            kind="rss",
            url=_big_url(port, name, start),
            tier="news",
            key="default",
            interval=timedelta(minutes=10),
            timeout=timedelta(seconds=120),
            expect_every=timedelta(days=2),
            max_bytes=100_000_000,
        )

    out: dict[str, Any] = {"rss_after_imports_mb": _peak_rss_mb()}

    async def go(state: Path) -> None:
        settings = Settings(state_path=state)
        config = replace(shipped, sources=(source(0),))
        async with bootstrap.service(
            settings, config, state_path=state, notifier=_Silent(), deliver=False
        ) as service:
            for stage, start in zip(("first", "next"), BIG_STARTS[name], strict=True):
                wall, cpu = time.perf_counter(), time.process_time()
                outcomes = await service.poll([source(start)])
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                (outcome,) = outcomes
                if outcome.status != "new_items":
                    raise RuntimeError(f"{name} {stage}: {outcome.status} {outcome.reason}")
                out[stage] = {
                    "wall_s": wall,
                    "cpu_s": cpu,
                    "items": outcome.items,
                    "new": outcome.new,
                    "matched": outcome.matched,
                    "peak_rss_mb": _peak_rss_mb(),
                }

    with tempfile.TemporaryDirectory(prefix="demandwatch-bench-") as tmp:
        asyncio.run(go(Path(tmp) / "state.sqlite3"))
    out["peak_rss_mb"] = _peak_rss_mb()
    # One source: parsed inline (the pool serves runs of many sources), no worker.
    out["workers_peak_rss_mb"] = 0.0
    return out


def main() -> None:
    mode, spec = sys.argv[1], json.loads(sys.argv[2])
    result = {
        "demandwatch": run_demandwatch,
        "concurrent": run_concurrent,
        "big": run_big,
        "big_bot": run_big_bot,
    }[mode](spec)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
