"""`demandwatch status [--json]`: each source's health, last success, last new item,
failure streak, last error and next poll; the alerts that did not reach people, with
reasons. The same report as Slack's `/demandwatch status` (one use case)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from demandwatch.app.status import gather_status
from demandwatch.cli import EXIT_FAILED, EXIT_OK, main
from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.models import NewEntry, SourceState
from demandwatch.core.status import build_status, health_summary, source_health, status_lines
from demandwatch.slack.status import status_mrkdwn
from demandwatch.store.sqlite import SqliteStore
from slack_support import make_alert

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
NEWS_NAME = next(s.name for s in load_config(SHIPPED_CONFIG_DIR).sources if s.id == "un-news-all")


@dataclass(frozen=True)
class Spec:
    id: str
    name: str
    interval: timedelta = timedelta(minutes=10)
    expect_every: timedelta = timedelta(days=2)


def test_health_follows_the_state() -> None:
    spec = Spec("un-news", "UN News")
    assert source_health(spec, SourceState("un-news"), NOW).health == "waiting"
    ok = SourceState(
        "un-news",
        last_attempt=NOW - timedelta(minutes=4),
        last_success=NOW - timedelta(minutes=4),
        last_new_item=NOW - timedelta(hours=3),
        baseline_done=True,
    )
    health = source_health(spec, ok, NOW)
    assert health.health == "ok"
    # Due again an interval after the last attempt, less the scheduler's minute of slack.
    assert health.next_poll == NOW - timedelta(minutes=4) + timedelta(minutes=9)
    silent = source_health(spec, replace(ok, last_new_item=NOW - timedelta(days=3)), NOW)
    assert silent.health == "silent"
    failing = source_health(
        spec,
        SourceState(
            "un-news",
            last_attempt=NOW - timedelta(hours=1),
            consecutive_failures=4,
            last_error="HTTP 503",
        ),
        NOW,
    )
    assert (failing.health, failing.failures, failing.last_error) == ("failing", 4, "HTTP 503")
    assert failing.next_poll == NOW  # overdue: due now


def test_the_summary_line_names_failing_and_silent_sources() -> None:
    report = build_status(
        [Spec("a", "UN News"), Spec("b", "GDELT"), Spec("c", "UN press")],
        {
            "a": SourceState("a", last_attempt=NOW, consecutive_failures=2, last_error="x"),
            "b": SourceState(
                "b", last_attempt=NOW, last_success=NOW - timedelta(days=5), baseline_done=True
            ),
        },
        {},
        [],
        NOW,
    )
    assert health_summary(report.sources) == "Sources: 1 ok, 1 failing (UN News), 1 silent (GDELT)"


@pytest.fixture
def state(tmp_path: Path) -> Path:
    """A state file: one source failing, one fine, two alerts not delivered, one posted."""
    path = tmp_path / "state.sqlite3"
    store = SqliteStore(path)
    now = datetime.now(UTC)
    store.save_source_state(
        SourceState(
            "un-news-all",
            last_attempt=now - timedelta(minutes=2),
            last_success=now - timedelta(hours=5),
            consecutive_failures=3,
            last_error="HTTP 503 from news.un.org",
            baseline_done=True,
        )
    )
    store.save_source_state(
        SourceState(
            "un-press",
            last_attempt=now - timedelta(minutes=2),
            last_success=now - timedelta(minutes=2),
            last_new_item=now - timedelta(hours=1),
            baseline_done=True,
        )
    )
    alerts = [
        make_alert("a-failed", priority="P1", created=now - timedelta(minutes=30)),
        make_alert("a-pending", priority="P2", created=now - timedelta(minutes=20)),
        make_alert("a-posted", priority="P2", created=now - timedelta(minutes=10)),
    ]
    store.record_new(
        "un-press",
        [NewEntry(f"k-{a.id}", a, fingerprint=a.id) for a in alerts],
        now,
        timedelta(days=90),
    )
    for alert in store.claim_alerts(now, timedelta(minutes=5)):
        if alert.id == "a-failed":
            store.fail_alert(alert.id, "channel_not_found: #syria-un", now)
        elif alert.id == "a-pending":
            store.release_alert(alert.id, "Slack chat.postMessage failed: HTTP 503", now)
        else:
            from demandwatch.ports import Delivery

            store.complete_alert(alert.id, Delivery("C1", "1.0"), now)
    store.close()
    return path


def test_status_command_shows_sources_and_undelivered_alerts(
    state: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["status", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[1].startswith("Sources: ")
    assert f"1 failing ({NEWS_NAME})" in lines[1]
    news = next(line for line in lines if line.strip().startswith("un-news-all "))
    assert "failing (3 in a row)" in news
    assert "last success 5.0h ago" in news
    assert "next poll in" in news
    assert "last error: HTTP 503 from news.un.org" in out
    press = next(line for line in lines if line.strip().startswith("un-press "))
    assert " ok " in press
    assert "last new item 60m ago" in press
    assert "Not delivered (2):" in out
    failed = next(line for line in lines if "a-failed" in line)
    assert failed.strip().startswith("P1 failed")
    assert "channel_not_found: #syria-un" in failed
    pending = next(line for line in lines if "a-pending" in line)
    assert "HTTP 503" in pending
    assert "a-posted" not in out


def test_status_json(state: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["status", "--json", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)])
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_OK
    news = next(s for s in report["sources"] if s["id"] == "un-news-all")
    assert (news["health"], news["failures"], news["last_error"]) == (
        "failing",
        3,
        "HTTP 503 from news.un.org",
    )
    assert news["next_poll"] is not None
    assert [(a["alert_id"], a["state"]) for a in report["undelivered"]] == [
        ("a-failed", "failed"),
        ("a-pending", "pending"),
    ]
    assert report["alerts"]["posted"] == 1


def test_status_without_a_state_file_is_an_error_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "state.sqlite3"
    code = main(["status", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(missing)])
    assert code == EXIT_FAILED
    assert f"no state file at {missing}" in capsys.readouterr().err
    assert not missing.exists()


def test_slack_status_is_the_same_report(state: Path) -> None:
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(state, readonly=True)
    report = gather_status(config.sources, store, datetime.now(UTC))
    store.close()
    text = status_mrkdwn(report)
    plain = status_lines(report)
    assert health_summary(report.sources, names=False) in text
    assert plain[1].startswith(health_summary(report.sources, names=False))
    assert f"*{NEWS_NAME}*: 3 failure(s) in a row" in text
    assert "*Not delivered* (2)" in text
    assert "channel_not_found: #syria-un" in text


def test_a_source_that_cannot_be_asked_is_not_configured_not_waiting_nor_ok() -> None:
    """A source whose last poll found a setting missing was never asked: status says so,
    with what to set, in place of "waiting" for ever, and the summary line does not count
    it as ok. Its earlier failure streak no longer describes it."""
    spec = Spec("reliefweb", "ReliefWeb")
    why = "ReliefWeb needs an approved appname: set RELIEFWEB_APPNAME"
    unset = source_health(spec, SourceState("reliefweb", setup_error=why), NOW)
    assert (unset.health, unset.last_error) == ("not_configured", why)
    was_failing = SourceState(
        "reliefweb", consecutive_failures=2, last_error="HTTP 403", setup_error=why
    )
    assert source_health(spec, was_failing, NOW).health == "not_configured"
    ok = source_health(
        Spec("un-news", "UN News"),
        SourceState("un-news", last_attempt=NOW, last_success=NOW, baseline_done=True),
        NOW,
    )
    assert health_summary([ok, unset]) == "Sources: 1 ok, 0 failing, 1 not configured (ReliefWeb)"
    report = build_status(
        [spec], {"reliefweb": SourceState("reliefweb", setup_error=why)}, {}, [], NOW
    )
    assert f"not polled: {why}" in "\n".join(status_lines(report))
    slack = status_mrkdwn(report)
    assert "*ReliefWeb*: not configured" in slack
    assert "RELIEFWEB_APPNAME" in slack


def test_status_and_digest_read_a_state_file_from_before_an_upgrade(
    state: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Probe s15 Q14: the first thing run after an upgrade is often `status`, on the
    state file the last build wrote. The readers never write (they work on a read-only
    file), so they read the older schema as it stands: a column added since reads as its
    default, no traceback, and the file is left as it was."""
    import sqlite3

    with sqlite3.connect(state) as db:  # the tables as an older build made them
        for table, column in [
            ("source_state", "watching_since"),
            ("source_state", "setup_error"),
            ("source_state", "retry_at"),
            ("source_state", "health_notified"),
            ("documents", "report_facts"),
            ("ops_notices", "until"),
            ("alerts", "priority"),
            ("alerts", "sent_at"),
        ]:
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    db.close()
    before = state.read_bytes()
    state.chmod(0o444)
    try:
        code = main(["status", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)])
        captured = capsys.readouterr()
        assert (code, captured.err) == (EXIT_OK, "")
        assert "failing (3 in a row)" in captured.out
        assert "Not delivered (2):" in captured.out
        code = main(["digest", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)])
        captured = capsys.readouterr()
        assert (code, captured.err) == (EXIT_OK, "")
    finally:
        state.chmod(0o644)
    assert state.read_bytes() == before
