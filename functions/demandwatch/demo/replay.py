"""Replay a scripted day of sources through the real pipeline.

What is real: the HTTP fetcher (against a server on 127.0.0.1), every parser, the SQLite
store, matching, events, stories, the delivery use case and the notifier (the console,
or Slack when ``SLACK_BOT_TOKEN`` is set). What is scripted: what each address answers,
and the clock, which jumps from step to step.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import yaml

from demandwatch import bootstrap
from demandwatch.app.delivery import DeliveryReport
from demandwatch.config import SHIPPED_CONFIG_DIR, AppConfig, Settings, load_config
from demandwatch.core.delivery import Placement
from demandwatch.core.models import Alert, PollOutcome
from demandwatch.core.stories import Story
from demandwatch.drafts import render_draft
from demandwatch.notify.console import ConsoleNotifier, format_outcome
from demandwatch.sources.http import HttpFetcher
from demandwatch.store.sqlite import SqliteStore

_RULE = "═" * 72
_CONTENT_TYPES = {".xml": "application/rss+xml; charset=utf-8", ".json": "application/json"}


@dataclass(frozen=True)
class Served:
    """What one address answers from a step on: a scenario file, whole or cut off."""

    file: str
    cut: bool = False


@dataclass(frozen=True)
class Step:
    at: datetime
    title: str
    shows: str
    serve: Mapping[str, Served]


def day_files() -> Path:
    """The scenario's directory (package data, so it ships with an installed demandwatch)."""
    return Path(str(resources.files("demandwatch.demo") / "day"))


def load_steps(directory: Path | None = None) -> list[Step]:
    data = yaml.safe_load(((directory or day_files()) / "steps.yaml").read_text("utf-8"))
    steps = []
    for raw in data["steps"]:
        serve = {
            path: Served(**spec) if isinstance(spec, dict) else Served(str(spec))
            for path, spec in raw["serve"].items()
        }
        at = raw["at"] if isinstance(raw["at"], datetime) else datetime.fromisoformat(raw["at"])
        steps.append(Step(at.astimezone(UTC), raw["title"], " ".join(raw["shows"].split()), serve))
    return steps


class DayServer:
    """Answers each scripted address with its current file; anything else is a 404.

    An address may carry a query (``/oai2d?verb=...&resumptionToken=...``): the exact
    address with its query is looked up first, then the path alone.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.answers: dict[str, Served] = {}
        self.requests: list[str] = []
        self.user_agents: set[str] = set()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                server.user_agents.add(self.headers.get("User-Agent", ""))
                served = server.answers.get(self.path) or server.answers.get(
                    urlsplit(self.path).path
                )
                if served is None:
                    self.send_error(404)
                    return
                body = (server.directory / served.file).read_bytes()
                if served.cut:
                    body = body[: len(body) * 2 // 3]
                self.send_response(200)
                suffix = Path(served.file).suffix
                self.send_header("Content-Type", _CONTENT_TYPES.get(suffix, "text/plain"))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return  # the demo prints what matters itself

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> DayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.shutdown()
        self._http.server_close()


@contextmanager
def demo_config(base: str, directory: Path | None = None) -> Iterator[AppConfig]:
    """The shipped campaign and organisation, with the scenario's sources at ``base``."""
    day = directory or day_files()
    with tempfile.TemporaryDirectory(prefix="demandwatch-demo-") as tmp:
        target = Path(tmp)
        shutil.copy(SHIPPED_CONFIG_DIR / "demands.yaml", target / "demands.yaml")
        shutil.copy(SHIPPED_CONFIG_DIR / "org.yaml", target / "org.yaml")
        sources = (day / "sources.yaml").read_text("utf-8").replace("{base}", base)
        (target / "sources.yaml").write_text(sources, "utf-8")
        yield load_config(target)


@dataclass(frozen=True)
class Post:
    """One message the notifier was asked to post."""

    step: int
    alert: Alert
    reply: bool
    page: bool


class DemoConsole(ConsoleNotifier):
    """The console notifier, saying which post is a story's top-level message and which a
    reply in its thread, and keeping a record of the posts for the summary."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self.stream = stream
        self.posts: list[Post] = []
        self.step = 0

    def post_alert(
        self,
        channel: str,
        alert: Alert,
        placement: Placement,
        *,
        on_resend: Callable[[], None] | None = None,
    ) -> str:
        loud = placement.page or placement.escalate
        self.posts.append(Post(self.step, alert, placement.reply, loud))
        where = (
            "↳ reply in the story's thread"
            if placement.reply
            else "▶ NEW STORY — top-level message"
        )
        if loud:
            where += " · pages the on-call owners"
        print(f"\n  {where}", file=self.stream)
        return super().post_alert(channel, alert, placement, on_resend=on_resend)

    def report(self, outcomes: list[PollOutcome]) -> None:
        return None  # the replay prints its own summary per step


@dataclass
class StepResult:
    step: Step
    outcomes: list[PollOutcome]
    delivery: DeliveryReport


@dataclass
class DayResult:
    steps: list[StepResult] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    story_alerts: dict[str, list[Alert]] = field(default_factory=dict)
    draft: str = ""
    user_agents: set[str] = field(default_factory=set)


def _notable(outcome: PollOutcome, first: bool) -> bool:
    """Worth a line after the first step: news, a failure, something dropped. A source that
    is not configured was said once, at the first step."""
    if first or outcome.status == "failed":
        return True
    return bool(outcome.new or outcome.changed or outcome.skipped)


async def replay(
    settings: Settings,
    out: TextIO,
    *,
    state_path: Path,
    console: DemoConsole | None = None,
    directory: Path | None = None,
) -> DayResult:
    """Play the day; print what each step shows; end with the story's draft statement.

    ``console``: the notifier to use (default: Slack when ``settings`` has a bot token and
    a channel, else a :class:`DemoConsole` on ``out``).
    """
    day = directory or day_files()
    steps = load_steps(day)
    now = [steps[0].at]
    result = DayResult()
    slack = settings.slack_bot_token is not None
    notifier = None if slack else (console or DemoConsole(out))
    with DayServer(day) as server, demo_config(server.base, day) as config:
        store = SqliteStore(state_path)
        # The scenario's sources share one local host; GDELT's 5-second spacing is a
        # courtesy to its real host and would only slow the replay down.
        fetcher = HttpFetcher(user_agent=bootstrap.user_agent(settings, config), min_interval={})
        try:
            async with bootstrap.service(
                settings,
                config,
                store=store,
                fetcher=fetcher,
                notifier=notifier,
                clock=lambda: now[0],
            ) as service:
                for number, step in enumerate(steps):
                    now[0] = step.at
                    if isinstance(notifier, DemoConsole):
                        notifier.step = number
                    server.answers.update(step.serve)
                    _header(out, number, step, config)
                    outcomes = await service.poll()
                    report = service.deliver()
                    service.check_health()
                    _summary(out, outcomes, report, first=number == 0, slack=slack)
                    result.steps.append(StepResult(step, outcomes, report))
                result.stories = store.recent_stories(steps[0].at)
                for story in result.stories:
                    result.story_alerts[story.id] = store.story_alerts(story.id)
                posts = notifier.posts if isinstance(notifier, DemoConsole) else []
                result.draft = _ending(out, result, config, now[0], posts)
        finally:
            await fetcher.aclose()
            store.close()
        result.user_agents = set(server.user_agents)
    return result


def _header(out: TextIO, number: int, step: Step, config: AppConfig) -> None:
    local = step.at.astimezone(ZoneInfo(config.org.timezone))
    print(f"\n{_RULE}", file=out)
    print(f"Step {number} · {local:%a %d %b %H:%M} {local.tzname()} · {step.title}", file=out)
    print(f"{_RULE}\n{step.shows}", file=out, flush=True)


def _summary(
    out: TextIO, outcomes: list[PollOutcome], report: DeliveryReport, *, first: bool, slack: bool
) -> None:
    shown = [o for o in outcomes if _notable(o, first)]
    print("\n  sources:" if shown else "\n  sources: nothing new", file=out)
    for outcome in shown:
        print(f"    {format_outcome(outcome)}", file=out)
    if slack:
        for alert in report.outcomes:
            print(f"  → Slack {alert.channel}: {alert.result} · {alert.title}", file=out)
    out.flush()


def _ending(
    out: TextIO, result: DayResult, config: AppConfig, now: datetime, posts: list[Post]
) -> str:
    print(f"\n{_RULE}\nThe day in one story\n{_RULE}", file=out)
    for story in result.stories:
        alerts = result.story_alerts[story.id]
        print(
            f"{story.priority} {story.event.replace('_', ' ')} · {story.title}\n"
            f"  {len(alerts)} alerts from {len({a.item.source_id for a in alerts})} sources; "
            f"General Assembly debate due by {story.ga_debate_due or '—'}",
            file=out,
        )
    if not result.stories:
        print("no story (nothing matched)", file=out)
        return ""
    if posts:
        top = sum(1 for p in posts if not p.reply)
        paged = [p for p in posts if p.page]
        print(
            f"  {top} top-level message{'s' if top != 1 else ''}, "
            f"{len(posts) - top} replies in its thread, the on-call owners paged "
            f"{len(paged)} time{'s' if len(paged) != 1 else ''}"
            + (f" (step {paged[0].step}: {paged[0].alert.event.type})" if paged else ""),
            file=out,
        )
    lead = max(result.stories, key=lambda s: len(result.story_alerts[s.id]))
    today = now.astimezone(ZoneInfo(config.org.timezone)).date()
    draft = render_draft(result.story_alerts[lead.id], config, today=today, story_id=lead.id)
    print(f"\n{_RULE}\nThe draft statement, ready to finish\n{_RULE}\n{draft}", file=out)
    return draft
