"""Run the benchmark suite: ``make bench`` (or ``python -m bench``).

    python -m bench                  # every figure, default repetitions (a few minutes)
    python -m bench --quick          # one run of each poll side, fewer repetitions
    python -m bench --only match,e2e # some suites only (poll, match, stories, e2e, cold)
    python -m bench --smoke --out /tmp/r.json   # tiny sizes: proves the machinery works

Prints a table and writes bench/results.json: one key per figure,
``{"value", "unit", "baseline", "ratio" (value / baseline), "better", "target", "met", ...}``.
Every comparison is measured in the same run, alternating with its baseline; figures are
medians of the runs stated in the table.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from dataclasses import replace
from pathlib import Path

from bench import coldstart, e2e, match, poll, stories
from bench.results import Figure, markdown, table, write_json

SUITES = ("poll", "match", "stories", "e2e", "cold")
DEFAULT_OUT = Path(__file__).resolve().parent / "results.json"


def _sizes(args: argparse.Namespace) -> dict[str, object]:
    if args.smoke:
        return {
            "poll": poll.PollSizes(sources=6, delay=0.02, items=5, runs=1, big_runs=0, sweep=()),
            "match": match.MatchSizes(items=40, runs=1, demands=20, items_many=20, runs_many=1),
            "stories": stories.StorySizes(small=20, large=120, runs=1),
            "e2e": e2e.ReplaySizes(sources=3, items_per_source=10, runs=1),
            "cold": coldstart.ColdSizes(runs=1),
        }
    if args.quick:
        return {
            "poll": poll.PollSizes(runs=1, big_runs=1, sweep=()),
            "match": match.MatchSizes(runs=3, runs_many=3),
            "stories": stories.StorySizes(runs=1),
            "e2e": e2e.ReplaySizes(runs=1),
            "cold": coldstart.ColdSizes(runs=3),
        }
    return {
        "poll": poll.PollSizes(),
        "match": match.MatchSizes(),
        "stories": stories.StorySizes(),
        "e2e": e2e.ReplaySizes(),
        "cold": coldstart.ColdSizes(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, for tests")
    parser.add_argument("--only", default=",".join(SUITES), help=f"comma list of {SUITES}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON path")
    parser.add_argument("--markdown", type=Path, help="also write the table as Markdown here")
    parser.add_argument(
        "--cold-instructions",
        action="store_true",
        help="also count each cold start's instructions under valgrind (about 30 s a handler)",
    )
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(SUITES))
    if unknown:
        parser.error(f"unknown suite(s): {', '.join(unknown)}")
    sizes = _sizes(args)
    if args.cold_instructions:
        sizes["cold"] = replace(sizes["cold"], instructions=True)  # type: ignore[type-var]
    mode = "smoke" if args.smoke else "quick" if args.quick else "default"
    print(
        f"demandwatch benchmarks ({mode} repetitions) on {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {platform.machine()}",
        flush=True,
    )
    if mode == "default":
        print(
            f"  the max_concurrency sweep runs {poll.PollSizes.sweep_runs} times per value "
            "(a finding, not a figure)",
            flush=True,
        )
    figures: list[Figure] = []
    runners = {
        "poll": poll.run,
        "match": match.run,
        "stories": stories.run,
        "e2e": e2e.run,
        "cold": coldstart.run,
    }
    started = time.perf_counter()
    for suite in SUITES:
        if suite not in chosen:
            continue
        print(f"{suite}: {sizes[suite]}", flush=True)
        suite_started = time.perf_counter()
        figures.extend(runners[suite](sizes[suite], lambda line: print(line, flush=True)))  # type: ignore[operator]
        print(f"  ({time.perf_counter() - suite_started:.0f}s)", flush=True)
    print()
    print(table(figures))
    print(f"\nwhole run: {time.perf_counter() - started:.0f}s; results in {args.out}")
    write_json(figures, args.out)
    if args.markdown:
        args.markdown.write_text(markdown(figures) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
