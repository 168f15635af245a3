"""poll_200, poll_200_unchanged and memory: demandwatch's poll stage against a serial bot.

The feed server runs in its own process, the pollers each in a fresh interpreter
(bench.pollrun), so that neither shares a CPU-bound event loop or a heap with the other.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.pollrun import STARTS
from bench.results import Figure, median
from demandwatch.config import Settings

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONCURRENCY: int = Settings.model_fields["max_concurrency"].default


@dataclass(frozen=True)
class PollSizes:
    sources: int = 200
    delay: float = 0.2
    items: int = 30
    runs: int = 3
    serial_runs: int = 1
    # Also run demandwatch once with this max_concurrency (the default before the
    # benchmark showed it held requests back), to see what the default is worth.
    other_concurrency: int | None = 16


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


@contextmanager
def feed_server(sizes: PollSizes, now: datetime) -> Iterator[list[int]]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.feedserver",
            f"--sources={sizes.sources}",
            f"--delay={sizes.delay}",
            f"--items={sizes.items}",
            f"--now={now.isoformat()}",
            f"--starts={','.join(map(str, STARTS))}",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=_env(),
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("the feed server did not start")
        yield json.loads(line)["ports"]
    finally:
        assert process.stdin is not None
        process.stdin.close()  # the server's signal to stop
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _child(mode: str, spec: dict[str, Any]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.pollrun", mode, json.dumps(spec)],
        capture_output=True,
        cwd=ROOT,
        env=_env(),
        text=True,
        timeout=900,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench.pollrun {mode} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(sizes: PollSizes, log: Any = print) -> list[Figure]:
    now = datetime.now(UTC).replace(microsecond=0)
    dw: list[dict[str, Any]] = []
    other: list[dict[str, Any]] = []
    serial: list[dict[str, Any]] = []
    with feed_server(sizes, now) as ports:
        spec = {"ports": ports, "now": now.isoformat(), "items": sizes.items}
        # Interleaved, so that a noisy neighbour slows both sides alike.
        for i in range(max(sizes.runs, sizes.serial_runs)):
            if i < sizes.runs:
                dw.append(_child("demandwatch", spec))
                log(
                    f"  demandwatch run {i + 1}/{sizes.runs}: poll {dw[-1]['changed']['wall_s']:.2f}s,"
                    f" all new {dw[-1]['all_new']['wall_s']:.2f}s, 304 "
                    f"{dw[-1]['not_modified']['cpu_s'] * 1000 / sizes.sources:.2f} ms CPU/source"
                )
            if i < sizes.serial_runs:
                serial.append(_child("serial", spec))
                log(f"  serial bot run {i + 1}/{sizes.serial_runs}: {serial[-1]['wall_s']:.1f}s")
        if sizes.other_concurrency:
            other.append(
                _child(
                    "demandwatch",
                    {
                        **spec,
                        "max_concurrency": sizes.other_concurrency,
                        "stages": ["first", "changed"],
                    },
                )
            )
            log(
                f"  demandwatch at max_concurrency={sizes.other_concurrency}: "
                f"poll {other[-1]['changed']['wall_s']:.2f}s"
            )
    return figures(sizes, dw, other, serial)


def _check(runs: list[dict[str, Any]], stage: str, status: str, sources: int) -> list[str]:
    """Every source must have ended the stage as expected, or the figure means nothing."""
    problems = []
    for r in runs:
        if stage not in r:
            continue
        statuses = r[stage]["statuses"]
        if statuses.get(status) != sources:
            problems.append(f"{stage}: {statuses} {r[stage]['failures'][:3]}")
    return problems


def _poll_figure(
    name: str,
    stage: str,
    sizes: PollSizes,
    dw: list[dict[str, Any]],
    other: list[dict[str, Any]],
    serial_wall: float,
    serial_runs: int,
    what: str,
) -> Figure:
    wall = median(r[stage]["wall_s"] for r in dw)
    cpu = median(r[stage]["cpu_s"] for r in dw)
    parse_cpu = median(r["parse_cpu_s"] for r in dw)
    ideal = sizes.delay + parse_cpu
    speedup = serial_wall / wall
    io_floor = math.ceil(sizes.sources / DEFAULT_CONCURRENCY) * sizes.delay
    bound = (
        f"CPU: {cpu:.2f}s of CPU in {wall:.2f}s (parsing alone {parse_cpu:.2f}s); "
        f"max_concurrency={DEFAULT_CONCURRENCY} alone would allow {io_floor:.1f}s"
    )
    other_walls = [r[stage]["wall_s"] for r in other if stage in r]
    if other_walls:
        bound += f"; at max_concurrency={sizes.other_concurrency}: {median(other_walls):.2f}s"
    return Figure(
        name,
        wall,
        "s",
        baseline=serial_wall,
        baseline_label=(
            f"serial bot (httpx GET each URL in turn, feedparser, loop), {serial_runs} run(s)"
        ),
        better="lower",
        target=f">= 10x faster; <= 1.5 x (delay + parse CPU) = {1.5 * ideal:.2f} s",
        met=speedup >= 10 and wall <= 1.5 * ideal,
        runs=len(dw),
        note=(
            f"{sizes.sources} sources on 127.0.0.1 (one port each), {sizes.items}-item feeds "
            f"answered after {sizes.delay * 1000:.0f} ms; {what}: "
            f"{median(r[stage]['new'] for r in dw):.0f} new items, "
            f"{median(r[stage]['matched'] for r in dw):.0f} alerts; {speedup:.1f}x the serial "
            f"bot ({'met' if speedup >= 10 else 'missed'}), {wall / ideal:.2f}x the ideal "
            f"({'met' if wall <= 1.5 * ideal else 'missed'}). Bound: {bound}"
        ),
        extra={
            "speedup": speedup,
            "met_speedup": speedup >= 10,
            "met_within_ideal": wall <= 1.5 * ideal,
            "cpu_s": cpu,
            "parse_cpu_s": parse_cpu,
            "feedparser_cpu_s": median(r["feedparser_cpu_s"] for r in dw),
            "ideal_s": ideal,
            "over_ideal": wall / ideal,
            "new_items": median(r[stage]["new"] for r in dw),
            "alerts": median(r[stage]["matched"] for r in dw),
            "other_concurrency": sizes.other_concurrency if other_walls else None,
            "other_concurrency_s": median(other_walls) if other_walls else None,
        },
    )


def figures(
    sizes: PollSizes,
    dw: list[dict[str, Any]],
    other: list[dict[str, Any]],
    serial: list[dict[str, Any]],
) -> list[Figure]:
    n = sizes.sources
    problems = [
        problem
        for runs in (dw, other)
        for stage, status in (
            ("first", "new_items"),
            ("changed", "new_items"),
            ("not_modified", "not_modified"),
            ("identical", "unchanged"),
            ("all_new", "new_items"),
        )
        for problem in _check(runs, stage, status, n)
    ]
    if problems:
        raise RuntimeError("poll benchmark sources did not behave: " + "; ".join(problems))

    serial_wall = median(r["wall_s"] for r in serial)
    serial_per = median(r["cpu_s"] for r in serial) * 1000 / n
    poll = _poll_figure(
        "poll_200",
        "changed",
        sizes,
        dw,
        other,
        serial_wall,
        len(serial),
        "every feed moved on by 5 items since the last poll",
    )
    all_new = _poll_figure(
        "poll_200_all_new",
        "all_new",
        sizes,
        dw,
        other,
        serial_wall,
        len(serial),
        f"worst case, all {sizes.items} items of every feed new",
    )
    first = median(r["first"]["wall_s"] for r in dw)
    poll.extra["first_poll_s"] = first
    per_304 = median(r["not_modified"]["cpu_s"] for r in dw) * 1000 / n
    per_same = median(r["identical"]["cpu_s"] for r in dw) * 1000 / n
    unchanged = Figure(
        "poll_200_unchanged",
        per_304,
        "ms CPU/source",
        baseline=serial_per,
        baseline_label="serial bot, which fetches and parses every feed again",
        better="lower",
        target="<= 2 ms",
        met=per_304 <= 2,
        runs=len(dw),
        note=(
            "process CPU / sources; every source answers 304 to demandwatch's conditional GET "
            f"({median(r['not_modified']['wall_s'] for r in dw):.2f}s wall)"
        ),
    )
    identical = Figure(
        "poll_200_unchanged_body",
        per_same,
        "ms CPU/source",
        baseline=serial_per,
        baseline_label="serial bot, which fetches and parses every feed again",
        better="lower",
        target="<= 2 ms",
        met=per_same <= 2,
        runs=len(dw),
        note="no validators sent: the identical 200 body is recognised by its SHA-256",
    )
    peak = median(r["changed"]["peak_rss_mb"] for r in dw)
    imports = median(r["rss_after_imports_mb"] for r in dw)
    memory = Figure(
        "memory",
        peak,
        "MB peak RSS",
        baseline=median(r["peak_rss_mb"] for r in serial),
        baseline_label="peak RSS of the serial bot's process",
        better="lower",
        target="<= 120 MB",
        met=peak <= 120,
        runs=len(dw),
        note=(
            "peak RSS of a fresh interpreter through imports, the first poll and poll_200 "
            f"(imports alone {imports:.0f} MB; after all five polls "
            f"{median(r['peak_rss_mb'] for r in dw):.0f} MB)"
        ),
        extra={
            "after_imports_mb": imports,
            "after_all_polls_mb": median(r["peak_rss_mb"] for r in dw),
        },
    )
    return [poll, all_new, unchanged, identical, memory]
