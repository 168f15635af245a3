"""match_6 and match_1000: items per second through matching and event classification.

What the pipeline does per new item (core.pipeline.decide): Matcher.match over the
active demands, then core.events.classify for an item that matched. The baseline is the
same Matcher evaluating every demand on every item (``prefilter=False``), measured in
the same process, alternating with the indexed matcher run by run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.corpus import demand_queries, plain_items
from bench.results import Figure, median
from demandwatch.bootstrap import build_matcher
from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.events import classify_prepared
from demandwatch.core.learned import EventOpinion
from demandwatch.core.matching import Matcher
from demandwatch.core.models import Demand, Event, Match
from demandwatch.core.prepared import Prepared, prepare
from demandwatch.demand_model import demand_opinion
from demandwatch.event_model import second_opinion


@dataclass(frozen=True)
class MatchSizes:
    items: int = 3000
    runs: int = 5
    demands: int = 1000
    items_many: int = 1000
    runs_many: int = 3


def generated_demands(count: int) -> list[tuple[Demand, str | None]]:
    """``count`` demands of the shipped shape (topic NEAR places, phrases, wildcards, NOT)."""
    return [
        (
            Demand(
                id=f"generated-{i:04d}",
                campaign_id=f"campaign-{i % 50:02d}",
                title=f"Generated demand {i}",
                status="active",
                priority="normal",
                owner="@bench",
                query=query,
                position="We call for it.",
                asks=("Do it.",),
                spokesperson="Someone",
            ),
            context,
        )
        for i, (query, context) in enumerate(demand_queries(count))
    ]


def throughput(
    matcher: Matcher, items: Sequence[tuple[str, str]], opinion: EventOpinion | None
) -> tuple[float, int]:
    """Items per second through match + classify (as decide does: the item prepared once
    for both, its event read with ``opinion`` where it may alert), and how many matched."""
    matched = 0

    def read_event(prepared: Prepared) -> Event:
        return classify_prepared(prepared, second_opinion=opinion)

    started = time.perf_counter()
    for title, text in items:
        prepared = prepare(title, text)
        _, event = matcher.alerting(prepared, read_event, title=title, active_only=True)
        matched += event is not None
    return len(items) / (time.perf_counter() - started), matched


def results(matcher: Matcher, items: Sequence[tuple[str, str]]) -> list[list[Match]]:
    return [
        matcher.alerting(prepare(title, text), lambda _: Event(), title=title, active_only=True)[0]
        for title, text in items
    ]


def compare(
    name: str,
    make: Callable[[bool], Matcher],
    items: Sequence[tuple[str, str]],
    runs: int,
    target: float,
    note: str,
) -> Figure:
    indexed, naive = make(True), make(False)
    if results(indexed, items) != results(naive, items):
        raise RuntimeError(f"{name}: the prefilter changed the results")
    # The shipped event model, as a run reads events (Settings.event_model "on").
    opinion = second_opinion("on")
    fast: list[float] = []
    slow: list[float] = []
    matched = 0
    for _ in range(runs):
        rate, matched = throughput(indexed, items, opinion)
        fast.append(rate)
        slow.append(throughput(naive, items, opinion)[0])
    value = median(fast)
    return Figure(
        name,
        value,
        "items/s",
        baseline=median(slow),
        baseline_label="the same Matcher evaluating every demand on every item",
        better="higher",
        target=f">= {target:,.0f} items/s",
        met=value >= target,
        runs=runs,
        note=(
            f"{note}; {len(items)} generated items, {matched / len(items):.0%} match a demand "
            "and are classified; results identical to the baseline (checked)"
        ),
        extra={"matched_share": matched / len(items), "items": len(items)},
    )


def run(sizes: MatchSizes, log: Callable[[str], object] = print) -> list[Figure]:
    config = load_config(SHIPPED_CONFIG_DIR)
    shipped = compare(
        "match_6",
        lambda prefilter: (
            build_matcher(config)
            if prefilter
            else Matcher(
                ((d, c.context) for c in config.campaigns for d in c.demands),
                prefilter=False,
                learned=demand_opinion("on"),
            )
        ),
        plain_items(sizes.items),
        sizes.runs,
        20_000,
        "the 6 shipped demands and their campaign context, the demand model on",
    )
    log(f"  match_6: {shipped.value:,.0f} items/s (every demand: {shipped.baseline:,.0f})")
    demands = generated_demands(sizes.demands)
    many = compare(
        "match_1000",
        lambda prefilter: Matcher(demands, prefilter=prefilter),
        plain_items(sizes.items_many, seed=2),
        sizes.runs_many,
        5_000,
        f"{sizes.demands} generated demands in 50 campaigns (the demand model knows none)",
    )
    log(
        f"  match_1000 ({sizes.demands} demands): {many.value:,.0f} items/s (every demand: {many.baseline:,.0f})"
    )
    return [shipped, many]
