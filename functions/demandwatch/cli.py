"""Command line: ``demandwatch run | match | eval | draft | feedback | slack | config check``."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from demandwatch import bootstrap
from demandwatch.config import AppConfig, Settings, parse_duration
from demandwatch.core.evaluation import LabelledItem, evaluate
from demandwatch.core.events import classify
from demandwatch.core.identity import parse_timestamp
from demandwatch.core.language import LANGUAGES
from demandwatch.core.matching import MAX_TEXT_CHARS, capped
from demandwatch.core.models import EVENT_TYPES, Event, PollOutcome
from demandwatch.core.stories import Story
from demandwatch.core.symbols import find_symbols
from demandwatch.exceptions import ConfigError, DemandwatchError
from demandwatch.notify.console import ConsoleNotifier, format_outcome
from demandwatch.service import DeliveryReport
from demandwatch.store.sqlite import SqliteStore

log = logging.getLogger("demandwatch")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    settings = Settings.from_env()
    try:
        config = bootstrap.load(settings, args.config)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"configuration invalid: {len(exc.problems)} problem(s)", file=sys.stderr)
        return EXIT_CONFIG
    try:
        return int(args.handler(args, settings, config))
    except DemandwatchError as exc:
        print(f"demandwatch: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="demandwatch", description=__doc__)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        type=Path,
        default=None,
        help="configuration directory (default: $DEMANDWATCH_CONFIG or the shipped infra/config)",
    )
    common.add_argument("-v", "--verbose", action="store_true", help="debug logging on stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", parents=[common], help="poll sources, alert on new matches")
    mode = run.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="poll every source once (default)")
    mode.add_argument("--loop", action="store_true", help="keep polling sources as they fall due")
    run.add_argument(
        "--interval",
        type=parse_duration,
        default=parse_duration("1m"),
        help="with --loop: how often to check which sources are due (default 1m)",
    )
    run.add_argument(
        "--state",
        type=Path,
        default=None,
        help="SQLite state file (default: $DEMANDWATCH_STATE or .demandwatch/state.sqlite3)",
    )
    run.set_defaults(handler=_cmd_run)

    match = sub.add_parser("match", parents=[common], help="which demands a text matches, and why")
    match.add_argument("--title", default="", help="the item's title (title: terms look here)")
    match.add_argument("--json", action="store_true", help="machine-readable output")
    match.add_argument("text", nargs="?", default="", help="the text, or - to read standard input")
    match.set_defaults(handler=_cmd_match)

    evaluate = sub.add_parser("eval", parents=[common], help="score matching on labelled items")
    evaluate.add_argument("--json", action="store_true", help="machine-readable output")
    evaluate.add_argument("file", type=Path, help="JSON Lines file of labelled items")
    evaluate.add_argument("--errors", action="store_true", help="also list misclassified items")
    evaluate.set_defaults(handler=_cmd_eval)

    stories = sub.add_parser("stories", parents=[common], help="recent stories and their items")
    stories.add_argument(
        "--since",
        type=parse_duration,
        default=parse_duration("24h"),
        help="how far back (default 24h)",
    )
    stories.add_argument("--json", action="store_true", help="machine-readable output")
    stories.add_argument("--state", type=Path, default=None, help="SQLite state file")
    stories.set_defaults(handler=_cmd_stories)

    draft = sub.add_parser("draft", parents=[common], help="print a story's draft statement")
    which = draft.add_mutually_exclusive_group(required=True)
    which.add_argument("--story", help="story id (an alert without a story is its own story)")
    which.add_argument("--alert", help="alert id: the draft of that alert's story")
    draft.add_argument("--state", type=Path, default=None, help="SQLite state file")
    draft.set_defaults(handler=_cmd_draft)

    feedback = sub.add_parser(
        "feedback", parents=[common], help='alerts marked "Not relevant" in Slack'
    )
    feedback.add_argument("--json", action="store_true", help="machine-readable output")
    feedback.add_argument("--state", type=Path, default=None, help="SQLite state file")
    feedback.set_defaults(handler=_cmd_feedback)

    slack = sub.add_parser(
        "slack", parents=[common], help="serve Slack buttons and /demandwatch over Socket Mode"
    )
    slack.add_argument("--state", type=Path, default=None, help="SQLite state file")
    slack.set_defaults(handler=_cmd_slack)

    config = sub.add_parser("config", help="configuration commands")
    config_sub = config.add_subparsers(dest="config_command", required=True)
    check = config_sub.add_parser("check", parents=[common], help="validate the configuration")
    check.set_defaults(handler=_cmd_config_check)
    return parser


def _cmd_run(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    return asyncio.run(_run(args, settings, config))


async def _run(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    async with bootstrap.service(settings, config, state_path=args.state) as service:
        if not args.loop:
            outcomes, report = await service.run_once()
            _summarise(service.notifier, outcomes, report)
            if outcomes and all(o.status == "failed" for o in outcomes):
                print("demandwatch: no source could be polled", file=sys.stderr)
                return EXIT_FAILED
            return EXIT_OK
        tick = args.interval.total_seconds()
        while True:
            try:
                due = service.due_sources()
                if due:
                    outcomes, report = await service.run_once(due)
                    _summarise(service.notifier, outcomes, report)
                else:
                    service.deliver()  # alerts left pending by a failed send get another try
            except DemandwatchError as exc:
                # An unattended loop outlives a locked state file or a Slack outage.
                log.error("run failed, trying again in %gs: %s", tick, exc)
            await asyncio.sleep(tick)


def _summarise(notifier: object, outcomes: list[PollOutcome], report: DeliveryReport) -> None:
    """One line per source on the terminal, whichever notifier delivered the alerts."""
    if not isinstance(notifier, ConsoleNotifier):
        for outcome in outcomes:
            print(format_outcome(outcome))
    if report.held_for_digest:
        print(f"{report.held_for_digest} low-priority (P3) alert(s) held for the daily digest")


def _read_text(args: argparse.Namespace) -> str:
    return str(sys.stdin.read()) if args.text == "-" else str(args.text)


def _cmd_match(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    text = _read_text(args)
    if not text and not args.title:
        print("demandwatch match: give a TEXT, - for standard input, or --title", file=sys.stderr)
        return EXIT_USAGE
    matcher = bootstrap.build_matcher(config)
    matches = matcher.match(args.title, text)
    was_capped = capped(text)[1]
    symbols = find_symbols(f"{args.title}\n{text}")
    event = classify(args.title, text)
    if args.json:
        payload: dict[str, Any] = {
            "matches": [{"demand": m.demand_id, "terms": list(m.terms)} for m in matches],
            "symbols": list(symbols),
            "event": event.type,
            "actors": [{"name": a.name, "role": a.role} for a in event.actors],
        }
        if was_capped:
            payload["text_capped_at"] = MAX_TEXT_CHARS
        if event.vote is not None:
            payload["vote"] = event.vote.summary()
        if event.date is not None:
            payload["date"] = event.date.isoformat()
        print(json.dumps(payload, ensure_ascii=False))
        return EXIT_OK
    if not matches:
        print("no demand matches")
    titles = {d.id: d for d in config.demands}
    for m in matches:
        demand = titles[m.demand_id]
        status = "" if demand.status == "active" else f" [{demand.status}]"
        print(f"{m.demand_id}{status}: {demand.title}")
        print(f"  why: {', '.join(m.terms)}")
    if symbols:
        print(f"symbols: {', '.join(symbols)}")
    print(f"event: {_describe_event(event)}")
    return EXIT_OK


def _describe_event(event: Event) -> str:
    parts: list[str] = [event.type]
    if event.actors:
        parts.append("; ".join(f"{a.name} {a.role.replace('_', ' ')}" for a in event.actors))
    if event.vote is not None:
        parts.append(event.vote.summary())
    if event.date is not None:
        parts.append(f"on {event.date.isoformat()}")
    return " — ".join(parts)


def load_labelled(path: Path, known_demands: Iterable[str] | None = None) -> list[LabelledItem]:
    """Read a JSON Lines file of labelled items; a bad line is an error naming the line.

    With ``known_demands``, a label naming any other demand is an error too: a misspelt
    demand id would otherwise score as a demand nobody matches.
    """
    known = frozenset(known_demands) if known_demands is not None else None
    items = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                expect = data.get("expect") or {}
                demands = frozenset(expect.get("demands", []))
                language = str(data.get("lang", "en"))
                event = expect.get("event")
            except (json.JSONDecodeError, AttributeError, TypeError) as exc:
                raise DemandwatchError(f"{path}:{number}: not a labelled item: {exc}") from exc
            if known is not None and (unknown := sorted(demands - known)):
                raise DemandwatchError(
                    f"{path}:{number}: unknown demand id(s) {', '.join(unknown)} "
                    f"(configured: {', '.join(sorted(known))})"
                )
            if language not in LANGUAGES:
                raise DemandwatchError(
                    f"{path}:{number}: unknown language {language!r} (known: {', '.join(LANGUAGES)})"
                )
            if event is not None and event not in EVENT_TYPES:
                raise DemandwatchError(f"{path}:{number}: unknown event type {event!r}")
            try:
                items.append(
                    LabelledItem(
                        id=str(data.get("id", number)),
                        title=str(data.get("title", "")),
                        summary=str(data.get("summary", "")),
                        expected_demands=demands,
                        expected_event=event,
                        story=data.get("story"),
                        published=parse_timestamp(data["published"])
                        if isinstance(data.get("published"), str)
                        else None,
                        language=language,
                    )
                )
            except (ValueError, TypeError) as exc:
                raise DemandwatchError(f"{path}:{number}: not a labelled item: {exc}") from exc
    return items


def _fmt(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def _cmd_eval(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    demand_ids = [d.id for d in config.demands]
    labelled = load_labelled(args.file, demand_ids)
    matcher = bootstrap.build_matcher(config)
    result = evaluate(matcher, demand_ids, labelled)
    if args.json:
        print(json.dumps(result.to_json()))
        return EXIT_OK
    report = result.matching
    print(f"{'demand':<32} {'prec':>6} {'recall':>6} {'f1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for demand, s in report.demands.items():
        print(
            f"{demand:<32} {_fmt(s.precision if s.judged else None)} "
            f"{_fmt(s.recall if s.judged else None)} {_fmt(s.f1)} {s.tp:4d} {s.fp:4d} {s.fn:4d}"
        )
    print(
        f"items: {report.n}  macro-F1: {_fmt(report.macro_f1).strip()}  "
        f"hard negatives alerted: {report.negatives_alerted} of {report.negatives}"
    )
    if result.n_events:
        print(
            f"event accuracy: {_fmt(result.event_accuracy).strip()} over {result.n_events} "
            "items with an expected event"
        )
    if result.clustering is not None:
        precision, recall, n = result.clustering
        print(
            f"story clustering: pairwise precision {precision:.3f}, recall {recall:.3f} over {n} items"
        )
    if len(result.languages) > 1:
        print(f"{'language':<10} {'items':>5} {'macro-F1':>8} {'events':>7} {'neg. alerted':>12}")
        for language, (lang_report, accuracy, _) in result.languages.items():
            print(
                f"{language:<10} {lang_report.n:5d} {_fmt(lang_report.macro_f1):>8} "
                f"{_fmt(accuracy):>7} {lang_report.negatives_alerted:5d} of {lang_report.negatives}"
            )
    if args.errors:
        for item_id, want, got in report.errors:
            print(f"  {item_id}: expected {sorted(want)} got {sorted(got)}")
        for item_id, want_event, got_event in result.event_errors:
            print(f"  {item_id}: event expected {want_event} got {got_event}")
    return EXIT_OK


def _cmd_stories(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    store = SqliteStore(args.state or settings.state_path)
    try:
        found = store.recent_stories(bootstrap.utc_now() - args.since)
    finally:
        store.close()
    found.sort(key=lambda s: (s.priority, -s.last_seen.timestamp()))
    if args.json:
        print(json.dumps([_story_json(s) for s in found], ensure_ascii=False))
        return EXIT_OK
    if not found:
        print("no stories in that period")
    for story in found:
        print(f"{story.id}  {story.priority} {story.event}  {story.title}")
        print(
            f"  demands: {', '.join(story.demands)}   first seen {story.first_seen:%Y-%m-%d %H:%M} UTC"
        )
        if story.ga_debate_due:
            print(f"  General Assembly debate due by {story.ga_debate_due.isoformat()}")
        for item in story.items:
            print(f"  - [{item.source_id}] {item.title}  {item.url}")
    return EXIT_OK


def _story_json(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "event": story.event,
        "priority": story.priority,
        "demands": list(story.demands),
        "symbols": list(story.symbols),
        "first_seen": story.first_seen.isoformat(),
        "last_seen": story.last_seen.isoformat(),
        "ga_debate_due": story.ga_debate_due.isoformat() if story.ga_debate_due else None,
        "items": [
            {
                "alert_id": i.alert_id,
                "source": i.source_id,
                "title": i.title,
                "url": i.url,
                "published": i.published.isoformat(),
                "event": i.event,
            }
            for i in story.items
        ],
    }


def _cmd_config_check(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    print(
        f"{config.directory}: ok — {len(config.sources)} sources, "
        f"{len(config.campaigns)} campaign(s), {len(config.demands)} demands"
    )
    return EXIT_OK


def _cmd_draft(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    from zoneinfo import ZoneInfo

    from demandwatch.drafts import render_draft

    store = SqliteStore(args.state or settings.state_path)
    try:
        wanted = args.story or args.alert
        alerts = [] if args.alert else store.story_alerts(wanted)
        if not alerts:
            # An alert id (or a story id that is its first alert's id): draft its story.
            alert = store.get_alert(wanted)
            story_id = (alert.story_id or alert.id) if alert else wanted
            alerts = store.story_alerts(story_id) or ([alert] if alert else [])
        else:
            story_id = wanted
    finally:
        store.close()
    if not alerts:
        print(f"demandwatch draft: no alert recorded for {wanted}", file=sys.stderr)
        return EXIT_FAILED
    today = bootstrap.utc_now().astimezone(ZoneInfo(config.org.timezone)).date()
    print(render_draft(alerts, config, today=today, story_id=story_id), end="")
    return EXIT_OK


def _cmd_feedback(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    store = SqliteStore(args.state or settings.state_path)
    try:
        entries = store.list_feedback()
    finally:
        store.close()
    if args.json:
        payload = [
            {
                "alert_id": f.alert_id,
                "verdict": f.verdict,
                "source": f.source_id,
                "item_key": f.item_key,
                "title": f.title,
                "url": f.url,
                "matches": [{"demand": m.demand_id, "terms": list(m.terms)} for m in f.matches],
                "user": f.user,
                "at": f.at.isoformat(),
            }
            for f in entries
        ]
        print(json.dumps(payload, ensure_ascii=False))
        return EXIT_OK
    if not entries:
        print("no feedback yet")
    for f in entries:
        print(f"{f.at:%Y-%m-%d %H:%M} UTC  {f.verdict}  [{f.source_id}] {f.title}")
        for m in f.matches:
            print(f"  {m.demand_id}: {', '.join(m.terms)}")
    return EXIT_OK


def _cmd_slack(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    import threading

    from demandwatch.slack.socket_mode import SocketModeBridge, build_socket_client, run

    if settings.slack_app_token is None or settings.slack_bot_token is None:
        print(
            "demandwatch slack: set SLACK_BOT_TOKEN (xoxb-...) and SLACK_APP_TOKEN (xapp-...)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from demandwatch.slack.api import build_web_client
    from demandwatch.slack.interact import Interactions

    state = args.state or settings.state_path

    def interactions() -> Interactions:
        # One store handle per worker thread: SQLite handles stay in their thread.
        return bootstrap.build_interactions(settings, config, SqliteStore(state))

    client = build_socket_client(
        settings.slack_app_token.get_secret_value(), build_web_client(settings)
    )
    print("demandwatch: serving Slack interactions over Socket Mode (Ctrl-C stops)")
    run(client, SocketModeBridge(interactions), threading.Event())
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
