"""The ``demandwatch`` command: everything an operator runs locally."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import io
import json
import logging
import os
import sys
import textwrap
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from demandwatch import __version__, bootstrap
from demandwatch.app.delivery import DeliveryReport, summarise
from demandwatch.config import MENTION_HELP, AppConfig, Settings, format_duration, parse_duration
from demandwatch.core.evaluation import LabelledItem, evaluate
from demandwatch.core.events import PERMANENT_MEMBERS
from demandwatch.core.identity import parse_timestamp
from demandwatch.core.language import LANGUAGES
from demandwatch.core.matching import MAX_TEXT_CHARS, capped
from demandwatch.core.models import EVENT_TYPES, Event, PollOutcome
from demandwatch.core.stories import Story
from demandwatch.core.symbols import find_symbols
from demandwatch.core.terminal import terminal_safe
from demandwatch.exceptions import (
    ConfigError,
    DemandwatchError,
    StoreBusyError,
    StoreWriteError,
)
from demandwatch.notify.console import ConsoleNotifier, format_outcome
from demandwatch.store.base import Store
from demandwatch.store.sqlite import SqliteStore

if TYPE_CHECKING:
    from demandwatch.app.digest import DigestPoster

log = logging.getLogger("demandwatch")

# What the local digest covers (the cloud's is DEMANDWATCH_DIGEST_WINDOW, also a day).
DIGEST_WINDOW = timedelta(hours=24)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_UNDELIVERED = 4  # a P1/P2 alert is pending or failed after this run
EXIT_INTERRUPTED = 130

# Every exit status the command uses, for the help and the README (a test holds them equal).
EXIT_CODES: tuple[tuple[int, str], ...] = (
    (EXIT_OK, "done (also when a reader such as `head` stops reading early)"),
    (
        EXIT_FAILED,
        "the command could not do its job: no source could be polled, the state file "
        "is missing or unusable, Slack cannot be reached or a token it needs is not set, "
        "a file cannot be read",
    ),
    (EXIT_USAGE, "wrong usage: unknown command or option, --interval without --loop"),
    (EXIT_CONFIG, "the configuration is invalid (each problem is printed as file:line)"),
    (
        EXIT_UNDELIVERED,
        "run: a P1 or P2 alert could not be delivered (pending: retried next run; failed: reported)",
    ),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C)"),
)

DESCRIPTION = """\
Watch UN and news feeds for developments on a campaign's demands and alert with a
draft statement. Without Slack settings alerts are printed here; state is one SQLite
file. Start with `demandwatch init my-campaign`, edit it, `demandwatch config check
--config my-campaign`, then `demandwatch run --config my-campaign`."""


def _epilog() -> str:
    width = max(len(var) for var in Settings.ENVIRONMENT.values())
    lines = ["environment variables:"]
    lines += [
        f"  {var:<{width}}  {Settings.DESCRIPTIONS.get(var, '')}"
        for var in Settings.ENVIRONMENT.values()
    ]
    lines += ["", "exit codes:"]
    for code, text in EXIT_CODES:
        lines += textwrap.wrap(
            text, width=88, initial_indent=f"  {code:<3}  ", subsequent_indent=" " * 7
        )
    lines += ["", "`demandwatch COMMAND --help` describes a command's options."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_console()
    parser = _parser()
    args = parser.parse_args(argv)
    if getattr(args, "interval", None) is not None and not args.loop:
        parser.error("--interval only applies to run --loop")
    handler = logging.StreamHandler(sys.stderr)
    formatter = logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%Y-%m-%dT%H:%M:%SZ"
    )
    formatter.converter = time.gmtime  # UTC, like every time demandwatch prints
    handler.setFormatter(formatter)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, handlers=[handler]
    )
    if not args.verbose:
        # slack_sdk logs each failed request itself; demandwatch says what failed, once.
        logging.getLogger("slack_sdk").setLevel(logging.CRITICAL)
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        # One line per bad variable (a token with a line break, ...); never its value.
        for problem in exc.problems:
            print(f"demandwatch: {problem}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        return int(args.handler(args, settings))
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"configuration invalid: {len(exc.problems)} problem(s)", file=sys.stderr)
        return EXIT_CONFIG
    except DemandwatchError as exc:
        print(f"demandwatch: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader has gone (`demandwatch stories | head -3`): nothing more to say to it.
        _detach_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _tolerant_console() -> None:
    """A console that cannot show a character (a Latin-1 or ASCII terminal) gets a
    replacement for it, not a UnicodeEncodeError halfway through an alert."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def _detach_stdout() -> None:
    # Python flushes stdout at exit and would fail again on the closed pipe.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _load(args: argparse.Namespace, settings: Settings) -> AppConfig:
    return bootstrap.load(settings, args.config)


def _state(args: argparse.Namespace, settings: Settings) -> Path:
    return Path(args.state or settings.state_path)


def _reader(args: argparse.Namespace, settings: Settings) -> SqliteStore:
    """The state file, opened for reading only: looking never creates or changes it."""
    return SqliteStore(_state(args, settings), readonly=True)


def _duration_arg(value: str) -> timedelta:
    """A command-line duration (--since, --interval): longer than nothing, and said in
    the operator's words when it is not one ("argument --since: not a duration: '2x'
    (use e.g. 30s, ...)", not argparse's "invalid parse_duration value"; probe s18 P8).
    A zero --interval would make run --loop check the state file without pause."""
    try:
        duration = parse_duration(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if duration <= timedelta(0):
        raise argparse.ArgumentTypeError(f"{value!r} must be longer than 0 (e.g. 30s, 5m, 24h)")
    return duration


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="demandwatch",
        description=DESCRIPTION,
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"demandwatch {__version__}")
    # --config and -v are taken before the command or after it (probe s14 N12:
    # `demandwatch -v run` was a usage error). After it, their defaults are SUPPRESS:
    # a sub-command's defaults would otherwise overwrite what was given before it.
    common = argparse.ArgumentParser(add_help=False)
    for options, default in ((parser, None), (common, argparse.SUPPRESS)):
        options.add_argument(
            "--config",
            type=Path,
            default=default,
            help="configuration directory (default: $DEMANDWATCH_CONFIG or the shipped one)",
        )
        options.add_argument(
            "-v",
            "--verbose",
            action="store_true",
            default=False if default is None else default,
            help="debug logging on stderr",
        )
    state = argparse.ArgumentParser(add_help=False)
    state.add_argument(
        "--state",
        type=Path,
        default=None,
        help="SQLite state file (default: $DEMANDWATCH_STATE or .demandwatch/state.sqlite3)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", title="commands")

    run = sub.add_parser(
        "run", parents=[common, state], help="poll sources, alert on new matches (once or --loop)"
    )
    mode = run.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="poll every source once (default)")
    mode.add_argument("--loop", action="store_true", help="keep polling sources as they fall due")
    run.add_argument(
        "--interval",
        type=_duration_arg,
        default=None,
        help="with --loop: how often to check which sources are due (default 1m)",
    )
    run.add_argument("--json", action="store_true", help="one JSON object per run on stdout")
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

    stories = sub.add_parser(
        "stories", parents=[common, state], help="recent stories and their items"
    )
    stories.add_argument(
        "--since",
        type=_duration_arg,
        default=parse_duration("24h"),
        help="how far back (default 24h)",
    )
    stories.add_argument("--json", action="store_true", help="machine-readable output")
    stories.set_defaults(handler=_cmd_stories)

    draft = sub.add_parser("draft", parents=[common, state], help="print a story's draft statement")
    which = draft.add_mutually_exclusive_group(required=True)
    which.add_argument("--story", help="story id (an alert without a story is its own story)")
    which.add_argument("--alert", help="alert id: the draft of that alert's story")
    draft.set_defaults(handler=_cmd_draft)

    feedback = sub.add_parser(
        "feedback", parents=[common, state], help='alerts marked "Not relevant" in Slack'
    )
    feedback.add_argument("--json", action="store_true", help="machine-readable output")
    feedback.set_defaults(handler=_cmd_feedback)

    digest = sub.add_parser(
        "digest",
        parents=[common, state],
        help="the daily digest: stories by demand, held items, source health",
    )
    digest.add_argument(
        "--since",
        type=_duration_arg,
        default=parse_duration("24h"),
        help="the period it covers, ending now (default 24h)",
    )
    digest.add_argument(
        "--post",
        action="store_true",
        help="post it to each campaign's Slack channel (needs SLACK_BOT_TOKEN), once a day: "
        "a digest of today already in the channel (or posted by run --loop) is not posted again",
    )
    digest.add_argument(
        "--force",
        action="store_true",
        help="with --post: post it even if today's is out already",
    )
    digest.set_defaults(handler=_cmd_digest)

    status = sub.add_parser(
        "status",
        parents=[common, state],
        help="each source's health and the alerts not delivered, with reasons",
    )
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(handler=_cmd_status)

    slack = sub.add_parser(
        "slack",
        parents=[common, state],
        help="serve Slack buttons and /demandwatch over Socket Mode",
    )
    slack.set_defaults(handler=_cmd_slack)

    config = sub.add_parser("config", help="configuration commands: config check")
    config_sub = config.add_subparsers(
        dest="config_command", required=True, metavar="SUBCOMMAND", title="subcommands"
    )
    check = config_sub.add_parser(
        "check",
        parents=[common],
        help="validate the configuration (files, queries, templates, channels)",
    )
    check.add_argument(
        "--online",
        action="store_true",
        help="also ask Slack (token, channels, membership) and fetch each source once",
    )
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(handler=_cmd_config_check)

    init = sub.add_parser("init", help="copy the shipped configuration into DIR for editing")
    init.add_argument("directory", type=Path, metavar="DIR", help="where to put it (new or empty)")
    init.set_defaults(handler=_cmd_init, verbose=False)
    return parser


def _cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    try:
        config = _load(args, settings)
    except ConfigError as exc:
        # A scheduled run's stderr reaches nobody: the ops channel is told (probe s20 T9).
        _tell_ops_of(exc, args.config or settings.config_dir, settings)
        raise
    return asyncio.run(_run(args, settings, config))


def _tell_ops_of(
    error: ConfigError, directory: Path, settings: Settings, *, loop: bool = False
) -> None:
    """Tell the ops channel of ``error`` and say on stderr what was done. ``loop``: a running
    loop met it after an edit and polls on with the configuration it had, so "nothing
    polled" would be false on its console and in the channel."""
    from demandwatch.confignotice import tell_ops

    said = tell_ops(settings, directory, error, now=bootstrap.utc_now(), loop=loop)
    done = "the previous one runs on" if loop else "nothing polled"
    print(f"demandwatch: invalid configuration, {done}; {said}", file=sys.stderr)


async def _run(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    if args.loop:
        return await _loop(args, settings, config)
    async with bootstrap.service(
        settings, config, state_path=_state(args, settings), notifier=_json_console(args, settings)
    ) as service:
        outcomes, report = await service.run_once()
        _summarise(service.notifier, outcomes, report, as_json=args.json)
        if outcomes and all(o.status in ("failed", "not_configured") for o in outcomes):
            print("demandwatch: no source could be polled", file=sys.stderr)
            return EXIT_FAILED
        return _delivery_exit(report)


def _json_console(args: argparse.Namespace, settings: Settings) -> ConsoleNotifier | None:
    """With --json, stdout carries only JSON: console alerts go to stderr."""
    if args.json and settings.slack_bot_token is None:
        return ConsoleNotifier(sys.stderr)
    return None


async def _loop(args: argparse.Namespace, settings: Settings, config: AppConfig) -> int:
    """Poll as sources fall due until interrupted. Every line is timestamped; the
    configuration is read again at the next cycle after any of its files changes."""
    tick = (args.interval or parse_duration("1m")).total_seconds()
    plain = sys.stdout
    if not args.json:
        sys.stdout = _Timestamped(plain)
    try:
        stamp = _config_stamp(config.directory)
        first = True
        unwritable = _Unwritable(_state(args, settings))
        said_back: timedelta | None = None
        while True:
            async with bootstrap.service(
                settings,
                config,
                state_path=_state(args, settings),
                notifier=_json_console(args, settings),
            ) as service:
                if first:
                    _banner(service.notifier, config, _state(args, settings), tick)
                    first = False
                opened = _file_identity(_state(args, settings))
                while True:
                    try:
                        back = service.clock_went_back()
                        if back is not None and back != said_back:
                            # Its sources are due now (core.schedule.is_due): said once.
                            log.warning(
                                "the clock went back by %s (the last poll is later than "
                                "now): polling the sources it held back now",
                                _about(back.total_seconds()),
                            )
                        said_back = back
                        due = service.due_sources()
                        if due:
                            outcomes, report = await service.run_once(due)
                            # A poll that recorded anything wrote the state file.
                            unwritable.over(service.notifier)
                            _summarise(service.notifier, outcomes, report, as_json=args.json)
                        else:
                            # Alerts waiting for a retry get another try between polls.
                            report = service.deliver()
                            if report.outcomes or report.parents_updated:
                                _summarise(service.notifier, [], report, as_json=args.json)
                        post_digest_if_due(
                            args, settings, config, service.store, bootstrap.utc_now()
                        )
                    except StoreWriteError as exc:
                        # An unattended loop that exits stops every alert: it says so once,
                        # and its sources stay due, so each check tries them again.
                        unwritable.failed(exc, tick, service.notifier)
                    except DemandwatchError as exc:
                        # An unattended loop outlives a locked state file or a Slack outage.
                        log.error("run failed, trying again in %gs: %s", tick, exc)
                    _stop_if_interrupted()
                    await asyncio.sleep(tick)
                    if _file_identity(_state(args, settings)) != opened:
                        # The state file was replaced (a backup restored) or moved aside
                        # while this loop held it: an open handle keeps the old file, so
                        # every later write would go where no run reads it and be lost at
                        # the restart (review s19 V4). Closing checkpoints what it wrote
                        # into the old file; the path is opened again.
                        log.warning(
                            "the state file %s was replaced or moved while this loop ran: "
                            "opening it again",
                            _state(args, settings),
                        )
                        break
                    changed = _config_stamp(config.directory)
                    if changed == stamp:
                        continue
                    stamp = changed
                    try:
                        config = bootstrap.load(settings, config.directory)
                    except ConfigError as exc:
                        log.error(
                            "the configuration changed but is invalid; still running the "
                            "previous one:\n%s",
                            exc,
                        )
                        # Said in the ops channel too (probe s19 P7): a loop runs unwatched.
                        _tell_ops_of(exc, config.directory, settings, loop=True)
                        continue
                    print(
                        f"configuration reloaded from {config.directory}: "
                        f"{len(config.sources)} sources, {len(config.demands)} demands"
                    )
                    break  # rebuild the service around the new configuration
    finally:
        sys.stdout = plain


def _file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` now (device and inode), None when none is."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


# A state file busy this long (another process holding its lock) is worth a person's
# look; shorter is a backup or a second run finishing.
BUSY_BEFORE_OPS = timedelta(minutes=10)


class _Unwritable:
    """The loop's state file taking no writes (disk full): said once when it starts, to the
    console and (Slack) the ops channel, and once when it ends. Kept here, not in the state
    file, which cannot take it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.since: float | None = None  # time.monotonic() of the first refused write
        self.said: str | None = None
        self.ops_told = False

    def failed(self, exc: StoreWriteError, tick: float, notifier: object) -> None:
        if self.since is None:
            self.since = time.monotonic()
        text = str(exc)
        busy = isinstance(exc, StoreBusyError)
        if text != self.said:
            # A busy file (another process's long transaction) clears by itself: a warning,
            # not an error, and the ops channel only when it lasts (review s15 LOW-10).
            log.log(
                logging.WARNING if busy else logging.ERROR,
                "%s; nothing is lost: trying again every %s",
                text,
                format_duration(tick),
            )
            self.said = text
        else:
            log.debug("state file still takes no writes: %s", text)
        if busy:
            lasted = time.monotonic() - self.since
            if not self.ops_told and lasted >= BUSY_BEFORE_OPS.total_seconds():
                self.ops_told = _tell_ops(
                    notifier,
                    f"demandwatch: state file {self.path} has been busy for "
                    f"{format_duration(round(lasted))}: another process holds its lock ({text}). "
                    "Polls and alerts wait for it; it tries at each check.",
                )
            return
        if not self.ops_told:
            self.ops_told = _tell_ops(
                notifier,
                f"demandwatch {text}. Nothing is polled or alerted until it can write "
                "again; it tries at each check and alerts what it missed then.",
            )

    def over(self, notifier: object) -> None:
        if self.since is None:
            return
        lasted = format_duration(round(time.monotonic() - self.since))
        text = f"state file {self.path} can be written again (it could not for {lasted})"
        log.warning("%s", text)
        if self.ops_told:
            _tell_ops(notifier, f"demandwatch {text}: polling and alerts go on.")
        self.since, self.said, self.ops_told = None, None, False


def _tell_ops(notifier: object, text: str) -> bool:
    """Post ``text`` to the ops channel when alerts go to Slack (the console has the log
    line already); True when it was said."""
    if isinstance(notifier, ConsoleNotifier):
        return True
    post = getattr(notifier, "post_ops", None)
    if post is None:
        return True
    try:
        post(text)
    except DemandwatchError as exc:
        log.warning("ops notice not posted: %s", exc)
        return False
    return True


def _stop_if_interrupted() -> None:
    """End the loop if Ctrl-C arrived during the cycle (asyncio.run cancels the main task),
    even when something awaited inside the cycle swallowed the CancelledError: the task
    still counts the request, and a loop told to stop must not poll on."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


def _config_stamp(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes when someone edits the configuration: each file's name, size, mtime."""
    found = []
    for path in sorted(directory.rglob("*")):
        try:
            if path.is_file():
                info = path.stat()
                found.append((str(path), info.st_size, info.st_mtime_ns))
        except OSError:
            continue
    return tuple(found)


def _banner(notifier: object, config: AppConfig, state: Path, tick: float) -> None:
    lines = [
        f"demandwatch {__version__}: polling sources as they fall due, checking every "
        f"{format_duration(tick)} (Ctrl-C stops)",
        f"  config:   {config.directory}",
        f"  state:    {state.resolve()}",
        "  notifier: "
        + (
            "console (set SLACK_BOT_TOKEN to post to Slack)"
            if isinstance(notifier, ConsoleNotifier)
            else f"Slack, default channel {config.org.default_channel}"
        ),
        f"  sources:  {len(config.sources)}: "
        + ", ".join(
            f"{s.id} every {format_duration(s.interval.total_seconds())}" for s in config.sources
        ),
    ]
    print("\n".join(lines), file=sys.stderr if not isinstance(sys.stdout, _Timestamped) else None)


def _about(seconds: float) -> str:
    """A step of the clock as people say it: 3h, 2.5h, 40m, 20s."""
    if seconds >= 3600:
        return f"{seconds / 3600:.1f}".removesuffix(".0") + "h"
    if seconds >= 60:
        return f"{seconds / 60:.0f}m"
    return f"{seconds:.0f}s"


class _Timestamped(io.TextIOBase):
    """stdout for ``run --loop``: each line starts with the UTC time it was written."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._line_start = True

    def write(self, text: str) -> int:
        out = []
        for piece in text.splitlines(keepends=True):
            if self._line_start:
                out.append(datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ "))
            out.append(piece)
            self._line_start = piece.endswith("\n")
        self._stream.write("".join(out))
        if "\n" in text:
            # A log file or a pipe sees each line when it happens, not a block later.
            self._stream.flush()
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def writable(self) -> bool:
        return True


def _delivery_exit(report: DeliveryReport) -> int:
    """Non-zero when a P1 or P2 alert could not be delivered this run, or an unclaimed
    P1's re-raise (the page of the on-call group) could not be posted."""
    urgent = report.urgent_undelivered
    if urgent:
        print(
            f"demandwatch: {len(urgent)} P1/P2 alert(s) not delivered (see above)",
            file=sys.stderr,
        )
    unraised = report.escalations_waiting + report.escalations_given_up
    if unraised:
        print(
            f"demandwatch: {len(unraised)} unclaimed P1 re-raise(s) not posted (see above)",
            file=sys.stderr,
        )
    return EXIT_UNDELIVERED if urgent or unraised else EXIT_OK


def _summarise(
    notifier: object, outcomes: list[PollOutcome], report: DeliveryReport, *, as_json: bool = False
) -> None:
    """One line per source on the terminal, whichever notifier delivered the alerts, then
    what became of the alerts: delivered / held / pending / failed, with reasons.
    With --json: one JSON object instead."""
    if as_json:
        payload = {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "sources": [dataclasses.asdict(o) for o in outcomes],
            "delivery": {
                "delivered": report.delivered,
                "held": report.held,
                "quiet": report.quiet,
                "pending": report.pending,
                "failed": report.failed,
                "parents_updated": report.parents_updated,
                "stopped": report.stopped,
                "left": report.left,
                "notices": list(report.notices),
                # Notices the ops channel did not take (notice -> why): nobody heard them.
                "notices_not_posted": dict(report.notices_not_posted),
                "alerts": [dataclasses.asdict(o) for o in report.outcomes],
                # Left undelivered untried, their time not come (counted in pending/quiet).
                "waiting": [dataclasses.asdict(o) for o in report.waiting],
            },
        }
        print(json.dumps(payload, ensure_ascii=False, default=str), flush=True)
        return
    if not isinstance(notifier, ConsoleNotifier):
        for outcome in outcomes:
            print(terminal_safe(format_outcome(outcome), keep_newlines=True))
    for line in summarise(report):
        print(terminal_safe(line, keep_newlines=True))
    sys.stdout.flush()


def _read_text(args: argparse.Namespace) -> str:
    return str(sys.stdin.read()) if args.text == "-" else str(args.text)


def _cmd_match(args: argparse.Namespace, settings: Settings) -> int:
    config = _load(args, settings)
    text = _read_text(args)
    if not text and not args.title:
        print("demandwatch match: give a TEXT, - for standard input, or --title", file=sys.stderr)
        return EXIT_USAGE
    matcher = bootstrap.build_matcher(config, settings.demand_model)
    from demandwatch.app.trial import trial
    from demandwatch.event_model import second_opinion

    # What a run would alert and the event it would give (review s21 W5: the same second
    # opinion as a run's; probe s23 Z5: the demands a veto meets too, as a run joins them).
    tried = trial(matcher, args.title, text, second_opinion(settings.event_model))
    matches, event = tried.matches, tried.event
    was_capped = capped(text)[1]
    symbols = find_symbols(f"{args.title}\n{text}")
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
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise DemandwatchError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                expect = data.get("expect") or {}
                demands = frozenset(expect.get("demands", []))
                language = str(data.get("lang", "en"))
                event = expect.get("event")
                vetoed = expect.get("vetoed_by")
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
            if vetoed is not None and (
                not isinstance(vetoed, list)
                or (strange := sorted(str(v) for v in vetoed if v not in PERMANENT_MEMBERS))
            ):
                named = "not a list" if not isinstance(vetoed, list) else ", ".join(strange)
                raise DemandwatchError(
                    f"{path}:{number}: vetoed_by: {named} "
                    f"(permanent members: {', '.join(sorted(PERMANENT_MEMBERS))})"
                )
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
                        expected_vetoed_by=None if vetoed is None else frozenset(vetoed),
                    )
                )
            except (ValueError, TypeError, KeyError) as exc:
                raise DemandwatchError(f"{path}:{number}: not a labelled item: {exc}") from exc
    return items


def _fmt(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def _cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    config = _load(args, settings)
    demand_ids = [d.id for d in config.demands]
    labelled = load_labelled(args.file, demand_ids)
    matcher = bootstrap.build_matcher(config, settings.demand_model)
    from demandwatch.event_model import second_opinion

    result = evaluate(
        matcher, demand_ids, labelled, second_opinion=second_opinion(settings.event_model)
    )
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
    if result.n_actors:
        print(
            f"who vetoed: {_fmt(result.actor_accuracy).strip()} over {result.n_actors} "
            "items labelled with it"
        )
    clustering = result.clustering
    if clustering is not None:
        print(
            f"story clustering: pairwise precision {clustering.precision:.3f}, "
            f"recall {clustering.recall:.3f} over {clustering.n} items"
        )
    alone = result.clustering_labelled_events
    if alone is not None:
        print(
            f"  with the labelled events: precision {alone.precision:.3f}, "
            f"recall {alone.recall:.3f}"
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
        for item_id, want_vetoed, got_vetoed in result.actor_errors:
            print(f"  {item_id}: vetoed by expected {sorted(want_vetoed)} got {sorted(got_vetoed)}")
        if clustering is not None:
            for groups in clustering.joined:
                print("  one story, labelled apart: " + " | ".join(", ".join(g) for g in groups))
            for groups in clustering.split:
                print("  one development, split: " + " | ".join(", ".join(g) for g in groups))
    return EXIT_OK


def _cmd_stories(args: argparse.Namespace, settings: Settings) -> int:
    from demandwatch.core.digest import story_title

    store = _reader(args, settings)
    try:
        found = store.recent_stories(bootstrap.utc_now() - args.since)
        found.sort(key=lambda s: (s.priority, -s.last_seen.timestamp()))
        labels = {} if args.json else {s.id: _story_label(s, store) for s in found}
    finally:
        store.close()
    if args.json:
        print(json.dumps([_story_json(s) for s in found], ensure_ascii=False))
        return EXIT_OK
    if not found:
        print("no stories in that period")
    for story in found:
        print(
            f"{story.id}  {story.priority} {labels[story.id]}  {terminal_safe(story_title(story))}"
        )
        print(
            f"  demands: {', '.join(story.demands)}   first seen {story.first_seen:%Y-%m-%d %H:%M} UTC"
        )
        if story.ga_debate_due:
            print(f"  General Assembly debate due by {story.ga_debate_due.isoformat()}")
        for item in story.items:
            print(f"  - [{item.source_id}] {terminal_safe(item.title)}  {terminal_safe(item.url)}")
    return EXIT_OK


def _story_label(story: Story, store: SqliteStore) -> str:
    """A story's development as the digest says it (core.digest.story_label). Only a draft
    or vote story, or one read `other`, reads its alerts (a 7-2-6 vote is "draft voted
    down")."""
    from demandwatch.core.digest import VOTE_STORY_EVENTS, story_label

    reads = story.event in VOTE_STORY_EVENTS
    return story_label(story.event, store.story_alerts(story.id) if reads else [])


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


def _cmd_draft(args: argparse.Namespace, settings: Settings) -> int:
    from zoneinfo import ZoneInfo

    from demandwatch.drafts import render_draft

    config = _load(args, settings)
    store = _reader(args, settings)
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
        asked = "story" if args.story else "alert"
        print(f"demandwatch draft: no {asked} {wanted} recorded", file=sys.stderr)
        return EXIT_FAILED
    today = bootstrap.utc_now().astimezone(ZoneInfo(config.org.timezone)).date()
    print(render_draft(alerts, config, today=today, story_id=story_id), end="")
    return EXIT_OK


def _cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    from demandwatch.app.digest import build_digests, post_digests
    from demandwatch.core.digest import digest_lines

    config = _load(args, settings)
    if args.post and settings.slack_bot_token is None:
        raise DemandwatchError(
            "--post needs SLACK_BOT_TOKEN (without --post the digest is printed)"
        )
    if args.force and not args.post:
        raise DemandwatchError("--force goes with --post")
    store = _reader(args, settings)
    if args.post and not args.force:
        # Posting once a day is remembered in the state file, like run --loop's digest.
        store.close()
        store = SqliteStore(_state(args, settings))
    # Said under the sources' health when the event model is on but unread (review s23 Z2).
    events_problem = bootstrap.event_model_problem(settings)
    try:
        end = bootstrap.utc_now()
        start = end - args.since
        if args.post:
            poster = bootstrap.build_digest_poster(
                settings, config, deployment=local_deployment(_state(args, settings))
            )
            if args.force:
                posted = post_digests(
                    config, store, poster, start, end, events_problem=events_problem
                )
                print(f"digest posted to Slack for {len(posted)} campaign(s)")
                return EXIT_OK
            return _post_digest_once(config, store, poster, start, end, events_problem)
        for digest in build_digests(config, store, start, end, events_problem=events_problem):
            print(terminal_safe("\n".join(digest_lines(digest.content)), keep_newlines=True))
    finally:
        store.close()
    return EXIT_OK


def _post_digest_once(
    config: AppConfig,
    store: SqliteStore,
    poster: DigestPoster,
    start: datetime,
    end: datetime,
    events_problem: str | None,
) -> int:
    """`digest --post`: today's digest of each campaign, once (PROBE s13 P11: a cron job
    retried after a crash, or run twice, posted it again). The same claim, look-up in
    Slack and record as run --loop's, so the two never both post a day's digest."""
    from zoneinfo import ZoneInfo

    from demandwatch.app.digest import DIGEST_LEASE, post_digests_once

    day = end.astimezone(ZoneInfo(config.org.timezone)).date().isoformat()
    if end - start != DIGEST_WINDOW:
        # Another period is another digest (a weekly one): its own once-a-day key and
        # Slack metadata, apart from the daily one run --loop posts (review A s14 LOW-5).
        day = f"{day} ({_period(end - start)})"
    done = post_digests_once(
        config, store, store, poster, start, end, day=day, events_problem=events_problem
    )
    if done.posted:
        # Said only of digests that went out: a refused one is said on stderr alone, not
        # after "posted for 0 campaign(s)" (review s18 V8, as run --loop says it).
        print(f"digest posted to Slack for {len(done.posted)} campaign(s)")
    if done.found:
        print(
            f"digest of {day} found in Slack for {len(done.found)} campaign(s) "
            "(an earlier try posted it): not posted again"
        )
    if done.settled:
        print(
            f"digest of {day} already out for {len(done.settled)} campaign(s): "
            "not posted again (--force posts another)"
        )
    if done.held:
        # Failed, so that a cron job retried after a crash tries again once the dead
        # try's claim lapses, rather than taking "held" for done (review A s14 LOW-1).
        print(
            f"digest of {day} being posted by another process for {len(done.held)} "
            f"campaign(s): try again in {DIGEST_LEASE.total_seconds() / 60:g} min if it "
            "does not come",
            file=sys.stderr,
        )
    for refused in done.refused:
        print(f"digest not posted (not tried again today): {refused}", file=sys.stderr)
    if done.waiting is not None:
        print(f"digest not posted yet (try again later): {done.waiting}", file=sys.stderr)
    return EXIT_FAILED if done.refused or done.held or done.waiting is not None else EXIT_OK


def _period(span: timedelta) -> str:
    """A digest's period as --since takes it: 7d, 36h, 90m."""
    seconds = int(span.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def post_digest_if_due(
    args: argparse.Namespace, settings: Settings, config: AppConfig, store: Store, now: datetime
) -> bool:
    """`run --loop`: the day's digest once the configured local time has passed, once a
    day whichever process gets there first. The store keeps each campaign's digest as
    posted only once Slack took it: with the token refused or Slack down the digest is
    said to be waiting and goes out at a later check the same day (app.digest)."""
    from zoneinfo import ZoneInfo

    from demandwatch.app.digest import post_digests_once
    from demandwatch.core.digest import digest_start
    from demandwatch.notify.digest import ConsoleDigestPoster

    zone = ZoneInfo(config.org.timezone)
    local = now.astimezone(zone)
    if local.time() < config.org.digest_at:
        return False
    due = datetime.combine(local.date(), config.org.digest_at, tzinfo=zone)
    began = [store.get_source_state(s.id).watching_since for s in config.sources]
    # A state upgraded from a release that remembered items per source dates its sources'
    # watching from that release's last good poll (what is news after the upgrade), though
    # it watched long before: since its first item seen (review s19 V12). Only a state
    # file (the loop's) can be one; asked of the SQLite store by its type, so a renamed
    # method is mypy's error rather than a silently skipped check (review s20 V11).
    if isinstance(store, SqliteStore):
        began.append(store.watching_before_upgrade())
    watched = [at for at in began if at is not None]
    if watched and min(watched) > due:
        # This state began watching after today's digest time (a loop started on a fresh
        # state file at noon): nothing of the day was watched, and an empty digest would
        # go to the campaign channel at once (probe s18 P6). Tomorrow's is owed.
        return False
    # The state file this loop keeps (the store's), which names this deployment.
    state = getattr(store, "path", None) or _state(args, settings)
    poster = bootstrap.build_digest_poster(settings, config, deployment=local_deployment(state))
    if args.json and isinstance(poster, ConsoleDigestPoster):
        poster = ConsoleDigestPoster(sys.stderr)  # stdout carries only JSON
    # A day back on the local clock: 23 or 25 hours on the days clocks change.
    start = digest_start(now, zone, DIGEST_WINDOW)
    done = post_digests_once(
        config,
        store,
        store,
        poster,
        start,
        now,
        day=local.date().isoformat(),
        events_problem=bootstrap.event_model_problem(settings),
    )
    for refused in done.refused:
        log.error("daily digest not posted (not tried again today): %s", refused)
    if done.waiting is not None:
        log.warning("daily digest not posted yet (tried again at the next check): %s", done.waiting)
    if done.found:
        # A try of this loop killed after Slack took it: out already, not posted again.
        log.info("daily digest found already posted for %d campaign(s)", len(done.found))
    if done.posted:
        log.info("daily digest posted for %d campaign(s)", len(done.posted))
        if not args.json:
            # PROBE s13 P12: the loop's console said nothing of it (stdout is the
            # operator's record of the loop; with --json it carries only JSON).
            routes = bootstrap.build_routes(config, settings)
            channels = sorted({routes.for_campaign(d.campaign_id) for d in done.posted})
            print(f"daily digest of {local.date().isoformat()} posted to {', '.join(channels)}")
    return bool(done.posted or done.found)


def local_deployment(state: str | Path) -> str:
    """This local deployment, in its digests' metadata: its state file's (a cloud stack,
    or `run --loop` on another state file, posting to the channel is another). The name
    is kept in the state file, made the first time from the host and the file's path (as
    digests posted before it was kept were named), so the same state file is the same
    deployment on another host or at another path (review A s13 L5)."""
    import socket

    from demandwatch.slack.digest import deployment_id

    store = SqliteStore(state)
    try:
        name = store.deployment_name(f"sqlite:{socket.gethostname()}:{Path(state).resolve()}")
    finally:
        store.close()
    return deployment_id(name)


def _cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from demandwatch.app.status import gather_status
    from demandwatch.core.status import status_json, status_lines
    from demandwatch.event_model import model_problem

    config = _load(args, settings)
    store = _reader(args, settings)
    try:
        # The model file read here, as each run reads it: a run that reads events by the
        # rules alone says so in its log only (probe s22 V7), and status is where it shows.
        problem = model_problem(settings.event_model)
        report = gather_status(config.sources, store, bootstrap.utc_now(), problem)
    finally:
        store.close()
    if args.json:
        print(json.dumps(status_json(report), ensure_ascii=False))
    else:
        print(terminal_safe("\n".join(status_lines(report)), keep_newlines=True))
    return EXIT_OK


def _cmd_feedback(args: argparse.Namespace, settings: Settings) -> int:
    store = _reader(args, settings)
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
        print(f"{f.at:%Y-%m-%d %H:%M} UTC  {f.verdict}  [{f.source_id}] {terminal_safe(f.title)}")
        for m in f.matches:
            print(f"  {m.demand_id}: {', '.join(m.terms)}")
    return EXIT_OK


def _cmd_slack(args: argparse.Namespace, settings: Settings) -> int:
    import threading

    from slack_sdk.errors import SlackClientError

    from demandwatch.slack.socket_mode import SocketModeBridge, build_socket_client, run

    config = _load(args, settings)
    if settings.slack_app_token is None or settings.slack_bot_token is None:
        print(
            "demandwatch slack: set SLACK_BOT_TOKEN (xoxb-...) and SLACK_APP_TOKEN (xapp-...)",
            file=sys.stderr,
        )
        # A token not set is a command that cannot do its job, as for `digest --post`,
        # not wrong usage (probe s15 Q12).
        return EXIT_FAILED
    from demandwatch.slack.api import SlackApi, build_web_client
    from demandwatch.slack.interact import Interactions

    state = _state(args, settings)
    web = build_web_client(settings)
    # Ask Slack once before serving: a wrong token or an unreachable Slack is one line now,
    # not a traceback from the Socket Mode thread later.
    try:
        SlackApi(web, retries=0).call("auth.test", web.auth_test)
    except DemandwatchError as exc:
        reason = exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
        raise DemandwatchError(f"cannot use Slack at {settings.slack_api_url}: {reason}") from exc
    team = bootstrap.installed_team(settings)  # one for every worker: asked at most once

    def interactions() -> Interactions:
        # One store handle per worker thread: SQLite handles stay in their thread.
        return bootstrap.build_interactions(settings, config, SqliteStore(state), team=team)

    try:
        client = build_socket_client(settings.slack_app_token.get_secret_value(), web)
        print("demandwatch: serving Slack interactions over Socket Mode (Ctrl-C stops)")
        run(client, SocketModeBridge(interactions), threading.Event())
    except (ValueError, SlackClientError, OSError) as exc:
        raise DemandwatchError(f"Socket Mode connection failed: {exc}") from exc
    return EXIT_OK


# ------------------------------------------------------------------ config check, init


def _cmd_config_check(args: argparse.Namespace, settings: Settings) -> int:
    from demandwatch import configcheck

    directory = args.config or settings.config_dir
    report = configcheck.check(directory)
    if report.config is None and not args.json:
        raise ConfigError(list(report.problems))  # printed on stderr, one line each
    models = (
        configcheck.check_event_model(settings.event_model),
        configcheck.check_demand_model(settings.demand_model),
    )
    report = dataclasses.replace(report, checks=(*report.checks, *models))
    if args.online and report.config is not None:
        report = asyncio.run(configcheck.check_online(report, settings))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        for line in report.lines():
            print(line)
        if report.mention_warnings:
            print(f"hint: {MENTION_HELP}")
    return EXIT_OK if report.ok else EXIT_CONFIG


def _cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    target: Path = args.directory
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise DemandwatchError(f"{target} exists and is not an empty directory: choose a new one")
    shipped = resources.files("demandwatch") / "shipped_config"
    try:
        copied = _copy_tree(shipped, target)
    except OSError as exc:
        raise DemandwatchError(f"cannot write to {target}: {exc.strerror or exc}") from exc
    print(f"copied the shipped configuration to {target} ({copied} files):")
    print("  sources.yaml   what to poll          demands.yaml   campaigns and their demands")
    print("  org.yaml       who you are, channels  templates/     the draft statements")
    print("next:")
    print(f"  demandwatch config check --config {target}")
    print(f"  demandwatch run --config {target}      (or export DEMANDWATCH_CONFIG={target})")
    return EXIT_OK


def _copy_tree(source: Traversable, target: Path) -> int:
    """Copy package data (a directory or a zip member alike) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    copied = 0
    for entry in sorted(source.iterdir(), key=lambda e: e.name):
        if entry.name.startswith((".", "__")):
            continue
        if entry.is_dir():
            copied += _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())
            copied += 1
    return copied


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
