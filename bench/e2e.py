"""e2e_replay: 10,000 items through parse -> store -> match -> render, on SQLite.

The service's own poll path runs (Service.poll_source: parse, seen-set, decide, story
clustering, alerts recorded), fed from memory instead of the network, then delivery
renders every alert as Slack Block Kit (slack.blocks.render_alert) through the store's
claim/complete cycle. Every source has had its first poll, so every item is new and
eligible to alert. The baseline is feedparser alone on the same bytes.
"""

from __future__ import annotations

import asyncio
import io
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import feedparser

from bench.corpus import feed_body
from bench.results import Figure, median
from demandwatch import bootstrap
from demandwatch.config import SHIPPED_CONFIG_DIR, AppConfig, Settings, Source, load_config
from demandwatch.core.delivery import ParentState, Placement
from demandwatch.core.health import HealthReport
from demandwatch.core.models import Alert, FetchResult, PollOutcome, SourceState
from demandwatch.slack.blocks import (
    Message,
    RenderContext,
    render_alert,
    render_escalation,
    render_flood_summary,
)
from demandwatch.sources.http import RequestSpec
from demandwatch.store.sqlite import SqliteStore

HEADERS = {"content-type": "application/rss+xml; charset=utf-8"}


@dataclass(frozen=True)
class ReplaySizes:
    sources: int = 200
    items_per_source: int = 50
    runs: int = 3


class MemoryFetcher:
    """The Fetcher port answered from memory: the body of each source's URL."""

    def __init__(self, bodies: dict[str, bytes]) -> None:
        self._bodies = bodies

    async def fetch(
        self, spec: RequestSpec, state: SourceState, *, timeout: float, max_bytes: int
    ) -> FetchResult:
        return FetchResult("ok", body=self._bodies[spec.url], headers=HEADERS, http_status=200)


class RenderingNotifier:
    """The Poster and Notifier ports in one: renders every alert as the Slack message it
    would post, and keeps the count. Signatures follow the ports so mypy holds it to them."""

    def __init__(self, config: AppConfig) -> None:
        self._context = RenderContext.from_config(config)
        self.rendered = 0  # alert messages, compared with the alerts recorded
        self.others = 0  # flood summaries and re-raises: rendered, not alerts
        self.blocks = 0

    def _count(self, message: Message, *, alert: bool = True) -> str:
        if alert:
            self.rendered += 1
        else:
            self.others += 1
        self.blocks += len(message.blocks)
        return f"{self.rendered + self.others}.000"

    # The Poster port: top-level messages and replies are rendered alike here.

    def resolve(self, channel: str) -> str:
        return channel

    def post_alert(
        self,
        channel: str,
        alert: Alert,
        placement: Placement,
        *,
        on_resend: Callable[[], None] | None = None,
    ) -> str:
        return self._count(render_alert(alert, self._context))

    def post_summary(self, channel: str, alerts: Sequence[Alert]) -> str:
        return self._count(render_flood_summary(alerts, self._context), alert=False)

    def find_summary(self, channel: str, alerts: Sequence[Alert]) -> str | None:
        return None

    def window_summary(
        self, channel: str, window: str, alerts: Sequence[Alert]
    ) -> tuple[str, list[str]] | None:
        return None

    def post_window_summary(
        self, channel: str, window: str, alerts: Sequence[Alert], ts: str | None = None
    ) -> str:
        return self.post_summary(channel, alerts) if ts is None else ts

    def find_alert(self, channel: str, alert: Alert, *, thread_ts: str | None = None) -> str | None:
        return None

    def update_parent(self, channel: str, ts: str, alert: Alert, shown: ParentState) -> None:
        return None

    def delete(self, channel: str, ts: str) -> None:
        return None

    def post_ops(self, text: str) -> None:
        return None

    def post_escalation(
        self,
        channel: str,
        thread_ts: str | None,
        alert: Alert,
        *,
        mention: str | None,
        after: timedelta,
        look_first: bool = False,
    ) -> str:
        message = render_escalation(alert, self._context, mention=mention, after=after)
        return self._count(message, alert=False)

    # The Notifier port: the run summary and source health are not part of the figure.

    def report(self, outcomes: list[PollOutcome]) -> None:
        return None

    def health(self, notice: HealthReport) -> None:
        return None


def _sources(count: int) -> tuple[Source, ...]:
    return tuple(
        Source(
            id=f"replay-{i:03d}",
            name=f"Replay source {i}",
            kind="rss",
            url=f"https://replay{i}.example.org/rss.xml",
            tier="news",
            key="default",
            interval=timedelta(minutes=10),
            timeout=timedelta(seconds=20),
            expect_every=timedelta(days=2),
            max_bytes=5_000_000,
        )
        for i in range(count)
    )


def replay_once(
    config: AppConfig, bodies: dict[str, bytes], sources: tuple[Source, ...]
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="demandwatch-replay-") as tmp:
        state = Path(tmp) / "state.sqlite3"
        store = SqliteStore(state)
        for source in sources:  # past the first poll: new items may alert
            store.save_source_state(SourceState(source.id, baseline_done=True))
        notifier = RenderingNotifier(config)

        async def go() -> tuple[list[PollOutcome], int, int, float, float]:
            async with bootstrap.service(
                Settings(state_path=state),
                config,
                store=store,
                fetcher=MemoryFetcher(bodies),
                notifier=notifier,
                poster=notifier,
            ) as service:
                started = time.perf_counter()
                outcomes = await service.poll(sources)
                polled = time.perf_counter()
                delivered = held = 0
                while report := service.deliver(limit=500):
                    if not report.delivered and not report.held_for_digest:
                        break
                    delivered += report.delivered
                    held += report.held_for_digest  # P3: kept for the digest, not rendered
                return outcomes, delivered, held, polled - started, time.perf_counter() - polled

        try:
            outcomes, delivered, held, poll_s, render_s = asyncio.run(go())
        finally:
            store.close()
    failed = [o.reason for o in outcomes if o.status != "new_items"]
    if failed:
        raise RuntimeError(f"replay sources failed: {failed[:3]}")
    return {
        "items": sum(o.new for o in outcomes),
        "alerts": sum(o.matched for o in outcomes) - held,
        "held_for_digest": held,
        "delivered": delivered,
        "rendered": notifier.rendered,
        "poll_s": poll_s,
        "render_s": render_s,
        "total_s": poll_s + render_s,
    }


def feedparser_only(bodies: dict[str, bytes]) -> tuple[int, float]:
    started = time.perf_counter()
    entries = 0
    for body in bodies.values():
        entries += len(feedparser.parse(io.BytesIO(body), response_headers=HEADERS).entries)
    return entries, time.perf_counter() - started


def run(sizes: ReplaySizes, log: Callable[[str], object] = print) -> list[Figure]:
    sources = _sources(sizes.sources)
    config = replace(load_config(SHIPPED_CONFIG_DIR), sources=sources)
    now = datetime.now(UTC).replace(microsecond=0)
    bodies = {
        s.url: feed_body(10_000 + i, 0, sizes.items_per_source, now) for i, s in enumerate(sources)
    }
    runs: list[dict[str, Any]] = []
    base: list[float] = []
    for i in range(sizes.runs):
        runs.append(replay_once(config, bodies, sources))
        entries, seconds = feedparser_only(bodies)
        base.append(entries / seconds)
        log(
            f"  replay run {i + 1}/{sizes.runs}: {runs[-1]['items'] / runs[-1]['total_s']:,.0f}"
            f" items/s ({runs[-1]['alerts']} alerts rendered); feedparser alone "
            f"{base[-1]:,.0f} items/s"
        )
    first = runs[0]
    if first["rendered"] != first["alerts"] or first["delivered"] != first["alerts"]:
        raise RuntimeError(f"replay rendered {first['rendered']} of {first['alerts']} alerts")
    value = median(r["items"] / r["total_s"] for r in runs)
    return [
        Figure(
            "e2e_replay",
            value,
            "items/s",
            baseline=median(base),
            baseline_label="feedparser alone on the same bytes (no store, match or render)",
            better="higher",
            target=None,
            met=None,
            runs=sizes.runs,
            note=(
                f"{first['items']:,} new items from {sizes.sources} feeds: parse, seen-set and "
                f"alerts in SQLite, match, classify, story clustering, {first['alerts']:,} "
                "alerts rendered as Slack blocks; poll stage "
                f"{median(r['poll_s'] for r in runs):.1f}s, delivery/render "
                f"{median(r['render_s'] for r in runs):.1f}s"
            ),
            extra={
                "items": first["items"],
                "alerts": first["alerts"],
                "poll_s": median(r["poll_s"] for r in runs),
                "render_s": median(r["render_s"] for r in runs),
            },
        )
    ]
