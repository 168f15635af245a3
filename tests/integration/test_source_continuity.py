"""What the store remembers of sources and documents across an operator's edits and an
upgrade, from outside: `demandwatch run --once` against local feeds, the Slack stand-in
(tests/integration/slack_server.py) and a SQLite state file.

Probe s16 R9: renaming a source's id in sources.yaml (same URL) made its next poll a fresh
baseline, and the veto the feed had published since the last poll was swallowed ("new=1
matched=0"), never alerted. Probe s16 R14: after an upgrade, the documents the previous
release had recorded under keys with tracking parameters (``?at_medium=...``, ``?CMP=...``,
stripped from keys since s15 Q9) were new documents, and each one already alerted was
posted again in its story's thread. Probe s19 P1: after an upgrade from a release that
remembered items per source (before 4ca829f), each source's first poll was a baseline taken
from then on, and the veto published while the release was being upgraded was swallowed.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from feeds import QUIET_ENTRIES, Entry, rss, write_config
from integration.slack_server import TOKEN, SlackServer
from slack_support import CHANNELS, SYRIA_CHANNEL

pytestmark = pytest.mark.integration


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


class Outside:
    """The feeds, the operator's sources.yaml and the runs an operator starts."""

    def __init__(self, server: HTTPServer, slack: SlackServer, tmp_path: Path) -> None:
        self.server = server
        self.slack = slack
        self.config = tmp_path / "cfg"
        self.state = tmp_path / "state.sqlite3"
        self.served: dict[str, list[Entry]] = {}

    def sources(self, **feeds: str) -> None:
        """sources.yaml: each id polling the named feed of the local server."""
        write_config(
            self.config,
            [
                {"id": ident, "url": self.server.url_for(f"/{feed}.xml")}
                for ident, feed in feeds.items()
            ],
        )

    def serve(self, feed: str, *entries: Entry) -> None:
        self.served[feed] = [*entries, *self.served.get(feed, [])]
        self.server.clear()
        for name, served in self.served.items():
            self.server.expect_request(f"/{name}.xml").respond_with_data(
                rss([*served, *QUIET_ENTRIES]), content_type="application/rss+xml"
            )

    def run(self, *, python: str | None = None) -> str:
        """``run --once``; ``python``: code run before the CLI in its process (an older
        release's rules)."""
        env = {
            **os.environ,
            "DEMANDWATCH_CONFIG": str(self.config),
            "DEMANDWATCH_STATE": str(self.state),
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_API_URL": self.slack.url,
        }
        env.pop("SLACK_CHANNEL", None)
        command = [sys.executable, "-m", "demandwatch.cli", "run", "--once"]
        if python is not None:
            command = [
                sys.executable,
                "-c",
                f"{python}\nimport sys\nfrom demandwatch.cli import main\n"
                "sys.exit(main(['run', '--once']))",
            ]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    def top_level(self) -> list[dict[str, Any]]:
        return self.slack.top_level(SYRIA_CHANNEL)


@pytest.fixture
def outside(httpserver: HTTPServer, slack: SlackServer, tmp_path: Path) -> Outside:
    return Outside(httpserver, slack, tmp_path)


def _veto(symbol: str, code: str) -> Entry:
    return Entry(
        title=f"Security Council fails to adopt Syria ceasefire draft {symbol}, owing to "
        "negative vote of Russian Federation",
        link=f"https://press.un.org/en/2027/{code}.doc.htm",
        description=f"The Security Council today failed to adopt draft resolution {symbol}, "
        "which would have demanded a ceasefire across Syria, owing to the negative vote of "
        "the Russian Federation. The text received 13 votes in favour, 1 against (Russian "
        "Federation), with 1 abstention (China).",
    )


def test_a_renamed_source_keeps_its_state_and_the_veto_since_its_last_poll_alerts(
    outside: Outside,
) -> None:
    """Probe s16 R9: `press` renamed `un-press` (same URL, as the shipped config spells
    ids): the feed is not new, so its next poll is no baseline, and the veto published
    since the last poll under the old id alerts."""
    outside.sources(press="press")
    outside.serve("press")
    outside.run()  # the baseline, months ago
    outside.serve("press", _veto("S/2027/290", "sc17290"))
    outside.sources(**{"un-press": "press"})
    out = outside.run()
    assert "delivered=1" in out, out
    [top] = outside.top_level()
    assert "Veto" in top["text"], top["text"]


def test_a_new_source_still_takes_a_quiet_baseline(outside: Outside) -> None:
    """A source added on another URL (a feed never polled) alerts nothing at its first
    poll, whatever it lists: its items span months (README: the first poll is a baseline)."""
    outside.sources(press="press")
    outside.serve("press")
    outside.run()
    outside.serve("wire", _veto("S/2027/291", "sc17291"))
    outside.sources(press="press", wire="wire")
    out = outside.run()
    assert "baseline" in out, out
    assert outside.top_level() == []


# The document keys of the release before s15 Q9 (940c23a): only utm_* and ten click ids
# were taken off a link, so AT Internet's at_*, the Guardian's CMP and the rest stayed in
# the key. Run before the CLI, this makes the run record what that release recorded.
OLDER_RULES = """
import demandwatch.core.identity as identity
_OLD = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "oc"}
identity._is_tracking = lambda name, host="": (
    name.lower().startswith("utm_") or name.lower() in _OLD
)
"""


def test_documents_the_previous_release_keyed_with_tracking_parameters_do_not_alert_again(
    outside: Outside,
) -> None:
    """Probe s16 R14: articles the release before s15 Q9 recorded (and alerted) under keys
    with ``?at_medium=RSS&at_campaign=...`` or ``?CMP=...`` are the same documents to the
    new release: after the upgrade nothing is posted again, not as a reply, not as a
    message of its own; an article with such parameters never seen before still alerts."""
    outside.sources(press="press", wire="wire")
    outside.serve("press")
    outside.serve("wire")
    outside.run(python=OLDER_RULES)  # the baseline, under the old release
    outside.serve(
        "wire",
        Entry(
            title="Syria: Russia vetoes UN draft on arms embargo, ministers say",
            link="https://www.bbc.example/news/world-middle-east-70000001"
            "?at_medium=RSS&at_campaign=KARANGA",
            description="Russia has vetoed a UN Security Council draft resolution that would "
            "have imposed an arms embargo on Syria, the Council's other members said. Thirteen "
            "members voted in favour and China abstained.",
        ),
        Entry(
            title="Syria: UK calls for independent investigation into deaths in detention",
            link="https://www.gov.example/news/uk-syria-detention?CMP=share_btn_tw",
            description="The United Kingdom called for an independent investigation into "
            "deaths of detainees in Syrian government prisons.",
        ),
    )
    out = outside.run(python=OLDER_RULES)
    assert "delivered=2" in out, out
    before = outside.slack.all_messages()
    assert len(before) == 2, before

    # The upgrade; the feed adds a routine item and still lists the two articles.
    outside.serve("wire", Entry("Committee meets on fisheries, part 9", "https://example.org/f/9"))
    out = outside.run()
    assert "delivered=0" in out, out
    assert outside.slack.all_messages() == before
    assert outside.slack.calls("chat.update") == []

    # A new article carrying such parameters is news all the same.
    outside.serve(
        "wire",
        Entry(
            title="Syria: China and Russia veto UN draft on detainees",
            link="https://www.bbc.example/news/world-middle-east-70000002"
            "?at_medium=RSS&at_campaign=KARANGA",
            description="China and Russia vetoed a Security Council draft resolution on "
            "the release of detainees in Syria. Thirteen members voted in favour.",
        ),
    )
    out = outside.run()
    assert "delivered=1" in out, out


# What the release before 4ca829f (e8994ec) kept of a source: items per source in ``seen``,
# under keys that are not document keys, and its baseline flag.
PER_SOURCE_RELEASE = """
CREATE TABLE seen (
    source_id TEXT NOT NULL, item_key TEXT NOT NULL, first_seen TEXT NOT NULL,
    expires_at TEXT NOT NULL, PRIMARY KEY (source_id, item_key));
CREATE TABLE source_state (
    source_id TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, body_hash TEXT,
    last_success TEXT, last_attempt TEXT, consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT, last_new_item TEXT, baseline_done INTEGER NOT NULL DEFAULT 0,
    health_notified INTEGER NOT NULL DEFAULT 0);
"""


def test_after_an_upgrade_from_per_source_items_the_veto_published_meanwhile_alerts(
    outside: Outside,
) -> None:
    """Probe s19 P1: the older release polled the feed an hour ago (the veto of three hours
    ago among what it had seen and alerted); a veto published since, while it was being
    upgraded, alerts at the first poll by this one, and the earlier veto is not posted again."""
    now = datetime.now(UTC)
    last_good = now - timedelta(hours=1)
    earlier = replace(_veto("S/2027/280", "sc17280"), published=now - timedelta(hours=3))
    outside.sources(press="press")
    old = sqlite3.connect(outside.state)
    old.executescript(PER_SOURCE_RELEASE)
    old.execute(
        "INSERT INTO source_state (source_id, body_hash, last_success, last_attempt, "
        "last_new_item, baseline_done) VALUES ('press', 'e3b0c442', ?, ?, ?, 1)",
        (last_good.isoformat(), last_good.isoformat(), earlier.published.isoformat()),
    )
    old.execute(
        "INSERT INTO seen VALUES ('press', ?, ?, ?)",
        (f"url:{earlier.link}", last_good.isoformat(), (now + timedelta(days=90)).isoformat()),
    )
    old.commit()
    old.close()
    meanwhile = replace(_veto("S/2027/292", "sc17292"), published=now - timedelta(minutes=20))
    outside.serve("press", earlier)
    outside.serve("press", meanwhile)
    out = outside.run()
    assert "delivered=1" in out, out
    [top] = outside.top_level()
    assert "S/2027/292" in str(top["blocks"]), top
    assert "S/2027/280" not in str(top["blocks"]), top
