"""Fault soak of the real pipeline: ``make soak`` (and a shorter run in ``make test``).

Every cycle runs ``demandwatch run --once`` as its own process (forked from this one, so
the imports are paid once) on ONE state file, against:

* two local RSS feeds where items matching a demand appear at random — new stories and
  more sources on earlier stories, some listed by both feeds — and which fail at random
  (HTTP 500, an empty 200, an HTML error page, a body cut off mid-document);
* the Slack Web API stand-in (tests/integration/slack_server.py), which at random answers
  500 (the post landed or not), 429 with a short Retry-After, or drops the connection
  after recording the message;
* SIGKILL of the run at a random moment, and now and then two runs at once.

Then the faults stop and runs go on until no alert is left to deliver (bounded), and the
soak counts, from what Slack shows: items generated, delivered exactly once, lost,
duplicated, stories with more than one top-level message, and tracebacks in the runs'
output. Targets: 0 lost, 0 duplicated, 0 tracebacks.

    python tests/soak.py --cycles 500 [--seed N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))

from feeds import write_config  # noqa: E402
from integration.slack_server import TOKEN, SlackServer  # noqa: E402
from slack_support import CHANNELS  # noqa: E402

REF = re.compile(r"ref K(\d+)\b")
FEEDS = ("alpha", "beta")


# ---------------------------------------------------------------------- the feeds


@dataclass
class FeedItem:
    ref: int
    story: int
    title: str
    link: str
    text: str
    published: datetime
    feeds: tuple[str, ...]


class Feeds:
    """Two RSS feeds that grow at random and fail at random."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.items: list[FeedItem] = []
        self.faults: dict[str, str] = {}
        self.lock = threading.Lock()
        self.stories = 0

    def add(self, count: int) -> None:
        with self.lock:
            for _ in range(count):
                if self.stories == 0 or self.rng.random() < 0.45:
                    self.stories += 1
                    story = self.stories
                else:
                    story = self.rng.randint(max(1, self.stories - 4), self.stories)
                ref = len(self.items) + 1
                symbol = f"S/2026/{500 + story}"
                both = self.rng.random() < 0.2
                self.items.append(
                    FeedItem(
                        ref=ref,
                        story=story,
                        title=(
                            f"Russian Federation vetoes draft resolution {symbol} on Syria "
                            f"humanitarian access (ref K{ref})"
                        ),
                        link=f"https://news.example.org/syria/{story}/{ref}",
                        text=(
                            f"The Security Council failed to adopt draft resolution {symbol} on "
                            "Syria owing to the negative vote of a permanent member, the "
                            "Russian Federation; 13 members voted in favour."
                        ),
                        published=datetime.now(UTC),
                        feeds=FEEDS if both else (self.rng.choice(FEEDS),),
                    )
                )

    def plan_faults(self, rate: float) -> None:
        kinds = ("500", "empty", "html", "truncated")
        with self.lock:
            self.faults = {
                feed: self.rng.choice(kinds) for feed in FEEDS if self.rng.random() < rate
            }

    def body(self, feed: str) -> tuple[int, bytes, str]:
        with self.lock:
            fault = self.faults.get(feed)
            items = [i for i in self.items if feed in i.feeds][-60:]
        if fault == "500":
            return 500, b"<html><body>Internal Server Error</body></html>", "text/html"
        if fault == "empty":
            return 200, b"", "application/rss+xml"
        if fault == "html":
            return 200, b"<!DOCTYPE html><html><body>Please wait...</body></html>", "text/html"
        xml = _rss(feed, items)
        if fault == "truncated":
            return 200, xml[: len(xml) // 2], "application/rss+xml"
        return 200, xml, "application/rss+xml"

    def serve(self) -> ThreadingHTTPServer:
        feeds = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                name = self.path.strip("/").removesuffix(".xml")
                status, body, kind = feeds.body(name)
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


def _rss(feed: str, items: list[FeedItem]) -> bytes:
    entries = "".join(
        "<item>"
        f"<title>{escape(i.title)}</title><link>{escape(i.link)}</link>"
        f"<description>{escape(i.text)}</description>"
        f"<pubDate>{format_datetime(i.published)}</pubDate>"
        "</item>"
        for i in reversed(items)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Soak feed {feed}</title><link>https://news.example.org/</link>"
        f"<description>soak</description>{entries}</channel></rss>"
    ).encode()


# ---------------------------------------------------------------------- Slack faults


def slack_faults(slack: SlackServer, rng: random.Random, rate: float) -> int:
    """At most one fault per method and cycle: the client's own retries absorb one, and a
    fault it cannot absorb is the delivery use case's to retry on the next run."""
    with slack._lock:
        slack._injections.clear()
    injected = 0
    for method in ("chat.postMessage", "chat.update", "conversations.history"):
        if rng.random() >= rate:
            continue
        injected += 1
        kind = rng.choice(("500", "500-landed", "429", "drop"))
        if kind == "429":
            slack.rate_limit(method, retry_after=rng.choice((0.2, 1.0)))
        elif kind == "drop":
            slack.drop(method, landed=rng.random() < 0.7)
        else:
            slack.fail(method, status=rng.choice((500, 502, 503)), landed=kind == "500-landed")
    return injected


# ---------------------------------------------------------------------- runs


@dataclass
class Run:
    pid: int
    out: Path
    killed: bool = False
    status: int | None = None


def start_run(workdir: Path, number: int, env: dict[str, str]) -> Run:
    out = workdir / f"run-{number:05d}.log"
    # Opened before the fork: a run killed before its first instruction (a busy machine can
    # let the soak's kill land that early) still leaves its log, empty, for the count below.
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    pid = os.fork()
    if pid == 0:  # the run: a process of its own, killed or not as the soak decides
        try:
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            os.environ.update(env)
            from demandwatch.cli import main

            code = main(["run", "--once"])
        except BaseException:
            import traceback

            traceback.print_exc()
            code = 70
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    os.close(fd)
    return Run(pid, out)


def finish(run: Run, *, kill_after: float | None, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + (kill_after if kill_after is not None else timeout)
    while True:
        done, status = os.waitpid(run.pid, os.WNOHANG)
        if done:
            run.status = status
            return
        if time.monotonic() >= deadline:
            os.kill(run.pid, signal.SIGKILL)
            run.killed = kill_after is not None
            # Reaped at once: a dead run leaves no zombie that would still look alive.
            _, run.status = os.waitpid(run.pid, 0)
            return
        time.sleep(0.005)


# ---------------------------------------------------------------------- the soak


@dataclass
class Result:
    cycles: int
    runs: int
    killed: int
    items_generated: int
    delivered_exactly_once: int
    lost: int
    duplicated: int
    stories_with_two_top_level_messages: int
    tracebacks: int
    still_pending: int
    failed: int
    feed_faults: int
    seconds: float
    slack_faults: int = 0  # Slack answers that were a 5xx, a 429 or a dropped connection
    lost_refs: list[int] = field(default_factory=list)
    duplicated_refs: list[int] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.lost == self.duplicated == self.tracebacks == 0 and (
            self.stories_with_two_top_level_messages == 0
        )


def soak(
    cycles: int,
    *,
    seed: int,
    workdir: Path,
    kill_rate: float = 0.3,
    slack_fault_rate: float = 0.25,
    feed_fault_rate: float = 0.15,
    drain_seconds: float = 120.0,
) -> Result:
    started = time.monotonic()
    rng = random.Random(seed)
    feeds = Feeds(rng)
    server = feeds.serve()
    port = server.server_address[1]
    config = write_config(
        workdir / "config",
        [{"id": f, "url": f"http://127.0.0.1:{port}/{f}.xml"} for f in FEEDS],
    )
    state = workdir / "state.sqlite3"
    _check_items_match(config, feeds)
    # Everything a run imports, imported once here: each forked run starts warm.
    import demandwatch.cli
    import demandwatch.service
    import demandwatch.slack.notifier
    import demandwatch.sources.http
    import demandwatch.sources.kinds  # noqa: F401

    runs: list[Run] = []
    feed_faults = slack_injected = 0
    with SlackServer.running(**CHANNELS) as slack:
        # The runs use the real clock, and a retry looks for its earlier post in the
        # channel's history since the alert's creation (less a margin): the stand-in's
        # message timestamps must be real time too, or that lookup never finds a post
        # that landed and the retry posts it again.
        slack._clock = int(time.time() * 1_000_000)
        env = {
            "DEMANDWATCH_CONFIG": str(config),
            "DEMANDWATCH_STATE": str(state),
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_API_URL": slack.url,
        }
        # The first poll of a source is a baseline (alerts nothing): done before items.
        first = start_run(workdir, 0, env)
        finish(first, kill_after=None)
        runs.append(first)
        for _ in range(cycles):
            if rng.random() < 0.5:
                feeds.add(rng.choice((1, 1, 2)))
            feeds.plan_faults(feed_fault_rate)
            feed_faults += len(feeds.faults)
            slack_injected += slack_faults(slack, rng, slack_fault_rate)
            together = 2 if rng.random() < 0.1 else 1
            batch = [start_run(workdir, len(runs) + i + 1, env) for i in range(together)]
            for run in batch:
                kill = rng.uniform(0.0, 0.6) if rng.random() < kill_rate else None
                finish(run, kill_after=kill)
            runs.extend(batch)
        # The faults stop; runs go on until every alert is delivered (or the time is up).
        feeds.faults = {}
        with slack._lock:
            slack._injections.clear()
        deadline = time.monotonic() + drain_seconds
        while True:
            run = start_run(workdir, len(runs) + 1, env)
            finish(run, kill_after=None)
            runs.append(run)
            open_alerts = _undelivered(state)
            if open_alerts == 0 or time.monotonic() > deadline:
                break
            time.sleep(1.0)
        messages = slack.all_messages()
        slack_answered = sum(1 for r in slack.requests if r.status != 200 or r.error == "dropped")
    server.shutdown()
    result = _count(feeds, messages, runs, state, cycles, feed_faults, time.monotonic() - started)
    result.slack_faults = slack_answered
    return result


def _check_items_match(config: Path, feeds: Feeds) -> None:
    """The generated items must be alerts (P1/P2) for the counts to mean anything."""
    from demandwatch import bootstrap
    from demandwatch.config import load_config
    from demandwatch.core.events import classify

    app = load_config(config)
    probe = Feeds(random.Random(0))
    probe.add(1)
    item = probe.items[0]
    matches = bootstrap.build_matcher(app).match(item.title, item.text)
    event = classify(item.title, item.text)
    if not matches or event.type != "veto":
        raise SystemExit(f"soak items no longer match a demand as a veto: {matches} {event}")


def _undelivered(state: Path) -> int:
    with sqlite3.connect(state, timeout=30) as db:
        row = db.execute(
            "SELECT COUNT(*) FROM alerts WHERE state IN ('pending', 'delivering')"
        ).fetchone()
    return int(row[0])


def _count(
    feeds: Feeds,
    messages: list[dict[str, Any]],
    runs: list[Run],
    state: Path,
    cycles: int,
    feed_faults: int,
    seconds: float,
) -> Result:
    seen: Counter[int] = Counter()
    top_level: Counter[str] = Counter()
    for message in messages:
        metadata = message.get("metadata") or {}
        if metadata.get("event_type") != "demandwatch_alert":
            continue
        if not message.get("thread_ts") or message["thread_ts"] == message["ts"]:
            top_level[str(metadata["event_payload"]["story_id"])] += 1
        found = REF.search(message.get("text") or "")
        if found:
            seen[int(found.group(1))] += 1
    refs = [i.ref for i in feeds.items]
    lost = [r for r in refs if seen[r] == 0]
    duplicated = [r for r in refs if seen[r] > 1]
    tracebacks = sum(run.out.read_text(errors="replace").count("Traceback") for run in runs)
    with sqlite3.connect(state, timeout=30) as db:
        states = dict(db.execute("SELECT state, COUNT(*) FROM alerts GROUP BY state").fetchall())
    return Result(
        cycles=cycles,
        runs=len(runs),
        killed=sum(1 for r in runs if r.killed),
        items_generated=len(refs),
        delivered_exactly_once=sum(1 for r in refs if seen[r] == 1),
        lost=len(lost),
        duplicated=len(duplicated),
        stories_with_two_top_level_messages=sum(1 for n in top_level.values() if n > 1),
        tracebacks=tracebacks,
        still_pending=int(states.get("pending", 0)) + int(states.get("delivering", 0)),
        failed=int(states.get("failed", 0)),
        feed_faults=feed_faults,
        seconds=round(seconds, 1),
        lost_refs=lost[:20],
        duplicated_refs=duplicated[:20],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--kill-rate", type=float, default=0.3)
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--keep", type=Path, default=None, help="keep state and logs here")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    with tempfile.TemporaryDirectory(prefix="demandwatch-soak-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        result = soak(args.cycles, seed=seed, workdir=workdir, kill_rate=args.kill_rate)
    if args.json:
        print(json.dumps({"seed": seed, **asdict(result), "clean": result.clean}))
    else:
        print(
            f"soak: seed {seed}, {result.cycles} cycles, {result.runs} runs "
            f"({result.killed} killed), {result.feed_faults} feed faults, "
            f"{result.slack_faults} Slack faults, {result.seconds} s"
        )
        print(f"items generated        {result.items_generated}")
        print(f"delivered exactly once {result.delivered_exactly_once}")
        print(f"lost                   {result.lost} {result.lost_refs or ''}")
        print(f"duplicated             {result.duplicated} {result.duplicated_refs or ''}")
        print(f"stories posted twice   {result.stories_with_two_top_level_messages}")
        print(f"tracebacks             {result.tracebacks}")
        print(f"alerts failed / still pending: {result.failed} / {result.still_pending}")
    return 0 if result.clean else 1


if __name__ == "__main__":
    sys.exit(main())
