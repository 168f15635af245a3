"""One poll benchmark run in a fresh interpreter (so its peak RSS is its own).

    python -m bench.pollrun demandwatch '<json spec>'
    python -m bench.pollrun serial '<json spec>'

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

``serial``: what a typical feed bot does: for each URL in turn, GET it with httpx,
feedparser the body, loop over the entries into a seen-set.
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
from typing import Any


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
    """A notifier that keeps nothing: the poll stage is measured, not delivery."""

    def send(self, alert: Any) -> Any:
        raise AssertionError("the poll benchmark never delivers")

    def report(self, outcomes: Any) -> None:
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
            settings, config, state_path=state, notifier=_Silent()
        ) as service:
            for name in spec.get("stages", list(STAGES)):
                chosen = sources(*STAGES[name])
                wall, cpu = time.perf_counter(), time.process_time()
                outcomes = await service.poll(chosen)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                out[name] = {
                    "wall_s": wall,
                    "cpu_s": cpu,
                    "statuses": dict(Counter(o.status for o in outcomes)),
                    "items": sum(o.items for o in outcomes),
                    "new": sum(o.new for o in outcomes),
                    "matched": sum(o.matched for o in outcomes),
                    "failures": sorted({o.reason or "" for o in outcomes if o.status == "failed"}),
                    "peak_rss_mb": _peak_rss_mb(),
                }

    with tempfile.TemporaryDirectory(prefix="demandwatch-bench-") as tmp:
        asyncio.run(go(Path(tmp) / "state.sqlite3"))

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


def run_serial(spec: dict[str, Any]) -> dict[str, Any]:
    import feedparser
    import httpx

    start, _ = STAGES["changed"]
    urls = [_url(port, i, start, False) for i, port in enumerate(spec["ports"])]
    seen: set[str] = set()
    entries = 0
    wall, cpu = time.perf_counter(), time.process_time()
    with httpx.Client(timeout=60) as client:
        for url in urls:
            response = client.get(url)
            response.raise_for_status()
            feed = feedparser.parse(io.BytesIO(response.content))
            for entry in feed.entries:
                entries += 1
                seen.add(entry.get("id") or entry.get("link"))
    return {
        "wall_s": time.perf_counter() - wall,
        "cpu_s": time.process_time() - cpu,
        "entries": entries,
        "unique": len(seen),
        "peak_rss_mb": _peak_rss_mb(),
    }


def main() -> None:
    mode, spec = sys.argv[1], json.loads(sys.argv[2])
    result = {"demandwatch": run_demandwatch, "serial": run_serial}[mode](spec)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
