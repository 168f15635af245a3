"""``demandwatch config check``: find what would break later, before the emergency.

Offline, it validates the three files (with line and column), then renders every draft
template against a sample story of each event type, once with every fact present and
once with as few as a real story may have, so an unknown name or a broken ``{% if %}``
in any branch a story can take shows up now rather than when someone presses "Draft".
``--online`` then asks Slack whether the token works and every channel exists with the
bot in it, and fetches each source once.
"""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from demandwatch.config import AppConfig, Settings, Source, load_config
from demandwatch.core.models import (
    EVENT_TYPES,
    Actor,
    Alert,
    Event,
    EventType,
    Item,
    Match,
    SourceState,
    VoteTally,
)
from demandwatch.exceptions import ConfigError, ConfigProblem, DemandwatchError, DraftError

CheckStatus = Literal["ok", "warning", "error", "skipped"]


@dataclass(frozen=True)
class CheckLine:
    """One check and how it went: ``template veto.txt.j2 (veto, sparse story): ok``."""

    check: str
    subject: str
    status: CheckStatus
    detail: str = ""

    def __str__(self) -> str:
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.status:<8} {self.check} {self.subject}{detail}"


@dataclass(frozen=True)
class CheckReport:
    directory: Path
    config: AppConfig | None
    problems: tuple[ConfigProblem, ...] = ()
    warnings: tuple[ConfigProblem, ...] = ()
    checks: tuple[CheckLine, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems and all(c.status != "error" for c in self.checks)

    @property
    def mention_warnings(self) -> bool:
        return any(w.field.endswith(("owner", "on_call")) for w in self.warnings)

    def lines(self) -> list[str]:
        out = [f"error    {p}" for p in self.problems]
        out += [f"warning  {w}" for w in self.warnings]
        out += [str(c) for c in self.checks]
        if self.config is not None:
            summary = (
                f"{len(self.config.sources)} sources, {len(self.config.campaigns)} campaign(s), "
                f"{len(self.config.demands)} demands"
            )
        else:
            summary = "not loaded"
        failed = len(self.problems) + sum(c.status == "error" for c in self.checks)
        warned = len(self.warnings) + sum(c.status == "warning" for c in self.checks)
        verdict = "ok" if self.ok else f"INVALID, {failed} problem(s)"
        out.append(f"{self.directory}: {verdict} — {summary}; {warned} warning(s)")
        return out

    def to_json(self) -> dict[str, Any]:
        def problem(p: ConfigProblem) -> dict[str, Any]:
            return {
                "file": p.file,
                "line": p.line,
                "column": p.column,
                "field": p.field,
                "message": p.message,
            }

        return {
            "directory": str(self.directory),
            "ok": self.ok,
            "errors": [problem(p) for p in self.problems],
            "warnings": [problem(w) for w in self.warnings],
            "checks": [
                {"check": c.check, "subject": c.subject, "status": c.status, "detail": c.detail}
                for c in self.checks
            ],
            "sources": len(self.config.sources) if self.config else None,
            "demands": len(self.config.demands) if self.config else None,
        }


def check(directory: Path) -> CheckReport:
    """Everything that can be checked without the network."""
    try:
        config = load_config(directory)
    except ConfigError as exc:
        return CheckReport(directory, None, problems=tuple(exc.problems))
    return CheckReport(
        directory, config, warnings=config.warnings, checks=tuple(check_templates(config))
    )


def check_event_model(setting: str) -> CheckLine:
    """Whether the learned event model the run would use reads (probe s22 V7: with the
    file missing or cut short the check said ok, and every run read events by the rules
    alone, said only in a log line per process). An error, not a warning: a package
    without its model is a broken build, and CI's check should stop it; the run itself
    still polls (the rules read every event), so nothing the operator starts is blocked."""
    from demandwatch.event_model import MODEL_FILE, model_problem

    return _check_model(
        "event model",
        MODEL_FILE.name,
        "DEMANDWATCH_EVENT_MODEL",
        "every run reads events by the rules alone",
        setting,
        model_problem,
    )


def check_demand_model(setting: str) -> CheckLine:
    """Whether the learned demand model the run would use reads: an error as the event
    model's is (a broken build); a run without it matches by the queries alone."""
    from demandwatch.demand_model import MODEL_FILE, model_problem

    return _check_model(
        "demand model",
        MODEL_FILE.name,
        "DEMANDWATCH_DEMAND_MODEL",
        "every run matches demands by the queries alone",
        setting,
        model_problem,
    )


def _check_model(
    check: str,
    file_name: str,
    variable: str,
    without: str,
    setting: str,
    problem_of: Callable[[str], str | None],
) -> CheckLine:
    if setting.strip().lower() == "off":
        return CheckLine(check, file_name, "skipped", f"{variable}=off")
    problem = problem_of(setting)
    if problem is None:
        return CheckLine(check, file_name, "ok")
    return CheckLine(
        check,
        file_name,
        "error",
        f"{problem}; {without} (reinstall the package, or set {variable}=off to say so)",
    )


# ------------------------------------------------------------------ templates


def check_templates(config: AppConfig) -> list[CheckLine]:
    """Parse every template, then render each event type's draft for a rich and a
    sparse sample story; one line per template and event type."""
    import jinja2

    from demandwatch.drafts import DraftRenderer, render_draft, template_dir

    directory = template_dir(config)
    renderer = DraftRenderer(directory)
    lines: list[CheckLine] = []
    # Only parsed, never rendered: escaping does not apply.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(directory)))  # noqa: S701
    for name in env.list_templates(extensions=["j2"]):
        try:
            env.parse(env.loader.get_source(env, name)[0])  # type: ignore[union-attr]
        except jinja2.TemplateSyntaxError as exc:
            lines.append(
                CheckLine("template", f"{directory / name}:{exc.lineno}", "error", str(exc.message))
            )
    if lines:
        return lines  # rendering would only repeat the syntax errors
    today = date(2012, 2, 4)
    for event_type in EVENT_TYPES:
        own = (directory / f"{event_type}.txt.j2").is_file()
        used = f"{event_type}.txt.j2" if own else "other.txt.j2"
        failures = []
        for variant, alerts in sample_stories(event_type, config).items():
            try:
                render_draft(alerts, config, today=today, renderer=renderer)
            except DraftError as exc:
                failures.append(f"{variant} story: {_where(exc, directory)}")
        subject = f"{used} ({event_type.replace('_', ' ')})"
        if failures:
            lines.append(CheckLine("template", subject, "error", "; ".join(failures)))
        else:
            lines.append(CheckLine("template", subject, "ok", "renders a rich and a sparse story"))
    return lines


def _where(exc: DraftError, directory: Path) -> str:
    """The template line a render error happened on (Jinja puts template frames in the
    traceback), with the error: 'veto.txt.j2:12: 'facts' has no attribute 'vot''."""
    cause = exc.__cause__
    if cause is None:
        return str(exc)
    frames = [f for f in traceback.extract_tb(cause.__traceback__) if f.filename.endswith(".j2")]
    if not frames:
        return str(cause)
    frame = frames[-1]
    name = Path(frame.filename).name
    return f"{directory / name}:{frame.lineno}: {cause}"


def sample_stories(event_type: EventType, config: AppConfig) -> dict[str, list[Alert]]:
    """Made-up stories to render templates with: 'rich' has every fact a template may
    use (vote, actors in each role, symbols, two sources, the General Assembly debate,
    every demand); 'sparse' has none of them (no symbol, no vote, no demand, an
    undated item). They are written here, not taken from any feed."""
    when = datetime(2012, 2, 4, 15, 30, tzinfo=UTC)
    symbol = {
        "veto": "S/2012/77",
        "resolution_adopted": "S/RES/2042 (2012)",
        "draft_resolution": "S/2012/77",
        "vote_scheduled": "S/2012/77",
        "meeting": "S/PV.6711",
        "statement": "SG/SM/14110",
        "report": "A/HRC/19/69",
        "other": "S/2012/71",
    }[event_type]
    vote = VoteTally(
        in_favour=13,
        against=2,
        abstentions=0,
        against_members=("China", "Russian Federation"),
        adopted=event_type == "resolution_adopted",
    )
    actors = (
        Actor("Russian Federation", "vetoed"),
        Actor("China", "voted_against"),
        Actor("India", "abstained"),
        Actor("France", "voted_for"),
        Actor("Russian Federation", "threatened_veto"),
    )
    matches = tuple(Match(d.id, ("sample term",)) for d in config.demands)
    titles = {d.id: d.title for d in config.demands}
    rich_item = Item(
        source_id="sample",
        key="sample-1",
        url="https://press.un.org/en/2012/sc10536.doc.htm",
        title="Security Council sample item on Syria",
        text="A sample item written to exercise every branch of the draft templates.",
        published=when,
        fetched=when,
        symbols=(symbol, "S/RES/2042 (2012)"),
        vote=vote,
        outlet="Sample Outlet",
    )
    rich = [
        Alert(
            id="sample-rich-1",
            item=rich_item,
            matches=matches,
            source_name="UN press",
            created=when,
            demand_titles=titles,
            event=Event(event_type, actors, when.date(), vote),
            priority="P1",
            story_id="sample-rich",
            ga_debate_due=date(2012, 2, 16),
        ),
        Alert(
            id="sample-rich-2",
            item=replace(rich_item, key="sample-2", url="https://news.un.org/en/story/2012/02/1"),
            matches=matches[:1],
            source_name="UN News",
            created=when,
            demand_titles=titles,
            event=Event(event_type, actors[:1]),
            priority="P2",
            story_id="sample-rich",
        ),
    ]
    sparse = [
        Alert(
            id="sample-sparse",
            item=Item(
                source_id="sample",
                key="sample-3",
                url="",
                title="",
                text="",
                published=when,
                fetched=when,
                published_trusted=False,
            ),
            matches=(),
            source_name="A source",
            created=when,
            event=Event(event_type),
            priority="P3",
        )
    ]
    return {"rich": rich, "sparse": sparse}


# ------------------------------------------------------------------ online


async def check_online(report: CheckReport, settings: Settings) -> CheckReport:
    """Slack (token, channels, membership) and one fetch of every source."""
    config = report.config
    if config is None:
        return report
    slack = await asyncio.to_thread(check_slack, config, settings)
    sources = await check_sources(config.sources, settings)
    return replace(report, checks=(*report.checks, *slack, *sources))


def configured_channels(config: AppConfig, settings: Settings) -> list[str]:
    """Every channel alerts or notices may go to, each once, in configuration order."""
    found: list[str] = []
    candidates = [
        settings.slack_channel or config.org.default_channel,
        config.org.ops_channel,
        *(c.channel for c in config.campaigns),
        *(d.channel for d in config.demands),
    ]
    for channel in candidates:
        if channel and channel not in found:
            found.append(channel)
    return found


def check_slack(config: AppConfig, settings: Settings) -> list[CheckLine]:
    if settings.slack_bot_token is None:
        return [
            CheckLine(
                "slack",
                "auth.test",
                "skipped",
                "SLACK_BOT_TOKEN is not set: alerts are printed on the console",
            )
        ]
    from slack_sdk.errors import SlackApiError

    from demandwatch.slack.api import SlackApi, build_web_client

    web = build_web_client(settings)
    api = SlackApi(web, retries=1, backoff=0.2)
    try:
        who = api.call("auth.test", web.auth_test)
    except DemandwatchError as exc:
        return [CheckLine("slack", "auth.test", "error", f"{exc} ({settings.slack_api_url})")]
    lines = [
        CheckLine(
            "slack",
            "auth.test",
            "ok",
            f"bot {who.get('user_id', '?')} in workspace {who.get('team_id', '?')}",
        )
    ]
    for channel in configured_channels(config, settings):
        try:
            channel_id = api.channel_id(channel)
            info = api.call("conversations.info", _info(web, channel_id))
        except (DemandwatchError, SlackApiError) as exc:
            lines.append(CheckLine("slack channel", channel, "error", str(exc)))
            continue
        found = info.get("channel") or {}
        if not found.get("is_member"):
            lines.append(
                CheckLine(
                    "slack channel",
                    channel,
                    "error",
                    f"{channel_id} exists but the bot is not a member: invite it "
                    "(/invite @demandwatch in the channel)",
                )
            )
        else:
            lines.append(
                CheckLine("slack channel", channel, "ok", f"{channel_id}, bot is a member")
            )
    return lines


def _info(web: Any, channel_id: str) -> Any:
    return lambda: web.conversations_info(channel=channel_id)


async def check_sources(sources: Sequence[Source], settings: Settings) -> list[CheckLine]:
    """Fetch and parse each source once, unconditionally (no stored ETag), in parallel."""
    from demandwatch.sources.http import HttpFetcher, product_token, redact_url, scrub
    from demandwatch.sources.kinds import host_intervals, parse_for, request_for

    fetcher = HttpFetcher(
        user_agent=settings.user_agent or product_token(),
        max_concurrency=settings.max_concurrency,
        per_host=settings.per_host_concurrency,
        min_interval=host_intervals(sources),
    )

    secrets = [v.get_secret_value() for v in (settings.reliefweb_appname,) if v]

    def failed(source: Source, reason: str) -> CheckLine:
        # Shown to people: no credential may ride along in the reason.
        return CheckLine("source", source.id, "error", scrub(redact_url(reason), secrets))

    async def one(source: Source) -> CheckLine:
        try:
            result = await fetcher.fetch(
                request_for(source, settings),
                SourceState(source.id),
                timeout=source.timeout.total_seconds(),
                max_bytes=source.max_bytes,
            )
            if result.status == "failed":
                return failed(source, result.reason or "failed")
            items = parse_for(source, result.body, result.headers, datetime.now(UTC))
        except DemandwatchError as exc:
            return failed(source, str(exc))
        return CheckLine(
            "source", source.id, "ok", f"{len(items)} item(s) in {result.elapsed_ms:.0f} ms"
        )

    try:
        return list(await asyncio.gather(*(one(s) for s in sources)))
    finally:
        await fetcher.aclose()
