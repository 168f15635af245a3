"""`demandwatch digest --post` against the local Slack stand-in: one message per campaign,
in the campaign's channel, tagged as a digest, with the same content the console shows."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pydantic import SecretStr

from demandwatch.app.digest import DIGEST_LEASE, post_digests_once
from demandwatch.bootstrap import build_routes
from demandwatch.cli import EXIT_OK, local_deployment, main, post_digest_if_due
from demandwatch.config import SHIPPED_CONFIG_DIR, Settings, load_config
from demandwatch.core.digest import DigestContent
from demandwatch.core.models import Event, NewEntry
from demandwatch.exceptions import NotifyError
from demandwatch.ports import Delivery
from demandwatch.slack.api import SlackApi, build_web_client
from demandwatch.slack.digest import SlackDigestPoster
from demandwatch.store.sqlite import SqliteStore
from integration.slack_server import TOKEN, SlackServer
from integration.test_source_continuity import PER_SOURCE_RELEASE
from slack_support import make_alert

pytestmark = pytest.mark.integration


@pytest.fixture
def slack(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlackServer]:
    """The Slack stand-in, and the environment `digest --post` reads (the token and the
    stand-in's URL; no channel or configuration taken from the caller's environment)."""
    for name in ("SLACK_CHANNEL", "DEMANDWATCH_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("SLACK_API_URL", slack.url)
        yield slack


def test_digest_post_sends_the_campaign_digest_to_its_channel(
    tmp_path: Path, slack: SlackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "state.sqlite3"
    store = SqliteStore(state)
    now = datetime.now(UTC)
    alert = make_alert("a-veto", priority="P1", event=Event("veto"), created=now)
    store.record_new("un-press", [NewEntry("k", alert, fingerprint="f")], now, timedelta(days=9))
    [leased] = store.claim_alerts(now, timedelta(minutes=5))
    store.complete_alert(leased.id, Delivery("C0SYRIA", "1.1"), now)
    store.mark_drafted(leased.id, "U0WRITER", now)
    store.close()
    code = main(["digest", "--post", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)])
    assert code == EXIT_OK, capsys.readouterr().err
    [posted] = slack.top_level("C0SYRIA")
    assert slack.top_level("C0ALERTS") == []
    assert posted["metadata"]["event_type"] == "demandwatch_digest"
    text = "\n".join(b["text"]["text"] for b in posted["blocks"])
    assert alert.item.title in text
    assert "draft made" in text
    assert "Sources: " in text
    assert "digest posted to Slack for 1 campaign(s)" in capsys.readouterr().out


def test_digest_post_posts_the_days_digest_once_and_force_posts_another(
    tmp_path: Path, slack: SlackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """PROBE s13 P11: `digest --post` posted again at every invocation, so a cron job
    retried after a crash doubled the digest. It now posts the day's digest once, finds
    one a killed try posted (by its metadata), and posts another only with --force."""
    state = tmp_path / "state.sqlite3"
    store = SqliteStore(state)
    now = datetime.now(UTC)
    alert = make_alert("a-veto", priority="P1", event=Event("veto"), created=now)
    store.record_new("un-press", [NewEntry("k", alert, fingerprint="f")], now, timedelta(days=9))
    store.close()
    config = load_config(SHIPPED_CONFIG_DIR)
    args = ["digest", "--post", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)]
    slack.set_time(now)
    # A try killed after Slack took its digest, before it could record it.
    killed = SlackDigestPoster(
        SlackApi(build_web_client(_loop_settings(slack))),
        build_routes(config, _loop_settings(slack)),
        deployment=local_deployment(state),
    )
    day = now.astimezone(ZoneInfo(config.org.timezone)).date().isoformat()
    [content] = [d.content for d in _built(config, state, now)]
    killed.post_digest("syria-un-action", content, day=day, since=now - timedelta(hours=24))
    assert len(_digests(slack, "C0SYRIA")) == 1

    assert main(args) == EXIT_OK
    out = capsys.readouterr().out
    assert "found in Slack for 1 campaign(s)" in out
    assert len(_digests(slack, "C0SYRIA")) == 1
    assert main(args) == EXIT_OK
    assert "already out for 1 campaign(s): not posted again" in capsys.readouterr().out
    assert len(_digests(slack, "C0SYRIA")) == 1

    assert main([*args, "--force"]) == EXIT_OK
    assert "digest posted to Slack for 1 campaign(s)" in capsys.readouterr().out
    assert len(_digests(slack, "C0SYRIA")) == 2


def test_digest_post_on_a_fresh_day_posts_it_and_records_it(
    tmp_path: Path, slack: SlackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "state.sqlite3"
    SqliteStore(state).close()
    args = ["digest", "--post", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)]
    assert main(args) == EXIT_OK
    assert "digest posted to Slack for 1 campaign(s)" in capsys.readouterr().out
    assert main(args) == EXIT_OK
    assert len(_digests(slack, "C0SYRIA")) == 1
    assert main(["digest", "--force", "--state", str(state)]) != EXIT_OK


def test_digest_post_slack_refuses_does_not_say_it_was_posted(
    tmp_path: Path, slack: SlackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review s18 V8: with the token revoked, `digest --post` printed "digest posted to
    Slack for 0 campaign(s)" on stdout before the refusal on stderr: the first line of the
    cron mail said it went out. Only the refusal is said, and the run fails."""
    state = tmp_path / "state.sqlite3"
    SqliteStore(state).close()
    slack.token, slack.auth_error = "xoxb-the-new-one", "token_revoked"
    args = ["digest", "--post", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)]
    assert main(args) != EXIT_OK
    out, err = capsys.readouterr()
    assert "posted" not in out
    assert "digest not posted yet (try again later)" in err
    assert "token_revoked" in err
    assert _digests(slack, "C0SYRIA") == []


def test_digest_post_on_the_day_of_the_upgrade_says_the_digest_is_out(
    tmp_path: Path, slack: SlackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review A s14 LOW-2: on the day of an upgrade from a version that noted the day's one
    key, `digest --post` said "digest posted to Slack for 0 campaign(s)" and nothing else."""
    state = tmp_path / "state.sqlite3"
    store = SqliteStore(state)
    config = load_config(SHIPPED_CONFIG_DIR)
    now = datetime.now(UTC)
    day = now.astimezone(ZoneInfo(config.org.timezone)).date().isoformat()
    assert store.first_notice(f"digest:{day}", now)  # what the old version left
    store.close()
    args = ["digest", "--post", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)]
    assert main(args) == EXIT_OK
    out = capsys.readouterr().out
    assert "already out for 1 campaign(s): not posted again" in out, out
    assert _digests(slack, "C0SYRIA") == []


def _built(config: Any, state: Path, now: datetime) -> list[Any]:
    from demandwatch.app.digest import build_digests

    store = SqliteStore(state)
    try:
        return build_digests(config, store, now - timedelta(hours=24), now)
    finally:
        store.close()


# ---------------------------------------------------------------------- run --loop's digest

LOOP_ARGS = argparse.Namespace(json=False)
# 08:30 in New York, after the shipped digest_at (08:00, America/New_York).
DIGEST_DUE = datetime(2026, 3, 2, 13, 30, tzinfo=UTC)


def _digests(slack: SlackServer, channel: str) -> list[dict[str, Any]]:
    return [
        m
        for m in slack.top_level(channel)
        if m.get("metadata", {}).get("event_type") == "demandwatch_digest"
    ]


def _loop_settings(slack: SlackServer) -> Settings:
    return Settings(slack_bot_token=SecretStr(TOKEN), slack_api_url=slack.url)


@pytest.mark.parametrize("outage", ["token_revoked", "slack_down"])
def test_the_loop_digest_waits_out_a_slack_outage_and_goes_out_once_after_it(
    tmp_path: Path, outage: str
) -> None:
    """The day's digest is kept as posted only once Slack took it: with the token refused
    or Slack failing, each check says it is waiting, and the first check after the outage
    posts it, once."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        if outage == "token_revoked":
            slack.token, slack.auth_error = "xoxb-the-new-one", "token_revoked"
        else:
            slack.fail("chat.postMessage", status=503, times=100)
        # (Slack failing costs the API client's own retries and their pauses at each check.)
        for minutes in (0, 1, 2) if outage == "token_revoked" else (0, 1):
            when = DIGEST_DUE + timedelta(minutes=minutes)
            assert post_digest_if_due(LOOP_ARGS, settings, config, store, when) is False
        assert _digests(slack, "C0SYRIA") == []

        slack.token = TOKEN  # the token fixed / Slack back
        slack.recover()
        assert post_digest_if_due(
            LOOP_ARGS, settings, config, store, DIGEST_DUE + timedelta(minutes=3)
        )
        for minutes in (4, 60, 8 * 60):
            when = DIGEST_DUE + timedelta(minutes=minutes)
            assert post_digest_if_due(LOOP_ARGS, settings, config, store, when) is False
        assert len(_digests(slack, "C0SYRIA")) == 1
        # The next day has its own digest.
        assert post_digest_if_due(
            LOOP_ARGS, settings, config, store, DIGEST_DUE + timedelta(days=1)
        )
        assert len(_digests(slack, "C0SYRIA")) == 2
    store.close()


def test_a_loop_that_began_watching_after_digest_time_posts_its_first_digest_the_next_day(
    tmp_path: Path,
) -> None:
    """Probe s18 P6: `run --loop` started on a fresh state file after digest_at posted an
    empty "daily digest" at its first check, for a day it had not watched. A day's digest
    is owed from the day this state was watching at digest time; a loop restarted late
    on a state that watched before is still owed it (the catch-up)."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    began = DIGEST_DUE + timedelta(minutes=30)  # the loop's first polls, after 08:00
    for source in config.sources:
        store.save_source_state(
            replace(store.get_source_state(source.id), watching_since=began, last_success=began)
        )
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        for minutes in (31, 60, 8 * 60):
            when = DIGEST_DUE + timedelta(minutes=minutes)
            assert post_digest_if_due(LOOP_ARGS, settings, config, store, when) is False
        assert _digests(slack, "C0SYRIA") == []
        # The next day it watched from before digest time: its digest goes out.
        slack.set_time(DIGEST_DUE + timedelta(days=1))
        assert post_digest_if_due(
            LOOP_ARGS, settings, config, store, DIGEST_DUE + timedelta(days=1)
        )
        assert len(_digests(slack, "C0SYRIA")) == 1
    store.close()

    # A state that watched since before digest time, its loop restarted late: posted.
    other = SqliteStore(tmp_path / "other.sqlite3")
    earlier = DIGEST_DUE - timedelta(days=3)
    for source in config.sources:
        other.save_source_state(replace(other.get_source_state(source.id), watching_since=earlier))
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        slack.set_time(DIGEST_DUE + timedelta(hours=3))
        assert post_digest_if_due(
            LOOP_ARGS, _loop_settings(slack), config, other, DIGEST_DUE + timedelta(hours=3)
        )
    other.close()


def test_a_state_upgraded_from_per_source_items_after_digest_time_is_owed_the_days_digest(
    tmp_path: Path,
) -> None:
    """Review s19 V12: the upgrade from a release that remembered items per source (before
    4ca829f) dates a source's watching from that release's last good poll (ab4fe20: what
    is news after it). Upgraded after digest time (its last poll 09:30, digest_at 08:00),
    the loop owed no digest that day, though the older release had watched for days."""
    config = load_config(SHIPPED_CONFIG_DIR)
    path = tmp_path / "state.sqlite3"
    last_good = DIGEST_DUE + timedelta(hours=1)
    old = sqlite3.connect(path)
    old.executescript(PER_SOURCE_RELEASE)
    old.execute(
        "INSERT INTO source_state (source_id, last_success, last_attempt, baseline_done) "
        "VALUES (?, ?, ?, 1)",
        (config.sources[0].id, last_good.isoformat(), last_good.isoformat()),
    )
    old.execute(
        "INSERT INTO seen VALUES (?, 'url:press.un.org/en/2026/sc17001.doc.htm', ?, ?)",
        (
            config.sources[0].id,
            (DIGEST_DUE - timedelta(days=4)).isoformat(),
            (DIGEST_DUE + timedelta(days=86)).isoformat(),
        ),
    )
    old.commit()
    old.close()
    store = SqliteStore(path)  # the upgrade
    # (what dates after the older release's last good poll is still news: ab4fe20)
    assert store.get_source_state(config.sources[0].id).watching_since == last_good
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        when = DIGEST_DUE + timedelta(hours=2)
        slack.set_time(when)
        assert post_digest_if_due(LOOP_ARGS, _loop_settings(slack), config, store, when)
        assert len(_digests(slack, "C0SYRIA")) == 1
    store.close()


@pytest.mark.parametrize("as_json", [False, True])
def test_the_loop_says_on_its_console_that_the_digest_went_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], as_json: bool
) -> None:
    """PROBE s13 P12: the loop posted the digest without a line on its console (only a
    debug-level log); with --json its stdout carries only JSON."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        slack.set_time(DIGEST_DUE)
        args = argparse.Namespace(json=as_json)
        assert post_digest_if_due(args, settings, config, store, DIGEST_DUE)
        out = capsys.readouterr().out
        if as_json:
            assert "daily digest" not in out
        else:
            assert "daily digest of 2026-03-02 posted to #syria-un" in out
        assert post_digest_if_due(args, settings, config, store, DIGEST_DUE) is False
        assert "daily digest" not in capsys.readouterr().out
    store.close()


def test_a_loop_digest_whose_channel_is_gone_is_not_tried_at_every_check(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A digest Slack refuses for its own sake (its channel does not exist) would fail the
    same way at every check: it is said once and not tried again that day."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    with SlackServer.running(C0ALERTS="un-alerts") as slack:  # no #syria-un
        settings = _loop_settings(slack)
        assert post_digest_if_due(LOOP_ARGS, settings, config, store, DIGEST_DUE) is False
        asked = len(slack.requests)
        assert asked > 0
        assert "#syria-un not found" in caplog.text
        assert "not tried again today" in caplog.text
        for minutes in (1, 2, 30):
            when = DIGEST_DUE + timedelta(minutes=minutes)
            assert post_digest_if_due(LOOP_ARGS, settings, config, store, when) is False
        assert len(slack.requests) == asked
    store.close()


# ---------------------------------------------------------------------- a run killed mid-digest


class Killed(BaseException):
    """The process is killed (kill -9) at this point: nothing after it runs, nothing is
    cleaned up; the store and Slack keep what they had."""


class DiesWhilePosting:
    """The Slack digest poster of a process killed either just before its post leaves
    (``landed=False``) or just after Slack took it (``landed=True``)."""

    def __init__(self, real: SlackDigestPoster, *, landed: bool) -> None:
        self.real = real
        self.landed = landed

    def find_digest(self, campaign_id: str, day: str, since: datetime) -> bool:
        return self.real.find_digest(campaign_id, day, since)

    def post_digest(
        self,
        campaign_id: str,
        content: DigestContent,
        *,
        day: str = "",
        since: datetime | None = None,
    ) -> None:
        if self.landed:
            self.real.post_digest(campaign_id, content, day=day, since=since)
        raise Killed


@pytest.mark.parametrize("landed", [False, True], ids=["before-the-post", "after-the-post"])
def test_a_loop_digest_killed_between_its_claim_and_its_post_goes_out_once_after_the_lease(
    tmp_path: Path, landed: bool
) -> None:
    """A `run --loop` killed while it held the day's digest claim: the claim lapses, and
    the first check after the lease posts the digest (killed before the post) or finds it
    in the channel (killed after Slack took it) - once either way, not lost for the day."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        slack.set_time(DIGEST_DUE)
        real = SlackDigestPoster(  # an earlier try of this same loop (its state file)
            SlackApi(build_web_client(settings)),
            build_routes(config, settings),
            deployment=local_deployment(store.path),
        )
        day = DIGEST_DUE.astimezone(ZoneInfo(config.org.timezone)).date().isoformat()
        with pytest.raises(Killed):
            post_digests_once(
                config,
                store,
                store,
                DiesWhilePosting(real, landed=landed),
                DIGEST_DUE - timedelta(hours=24),
                DIGEST_DUE,
                day=day,
            )
        assert len(_digests(slack, "C0SYRIA")) == (1 if landed else 0)

        # The restarted loop: inside the lease the claim may still be a live process's.
        restarted = DIGEST_DUE + timedelta(minutes=1)
        assert post_digest_if_due(LOOP_ARGS, settings, config, store, restarted) is False
        assert len(_digests(slack, "C0SYRIA")) == (1 if landed else 0)
        # After it, the digest goes out (or is found out already), once.
        later = DIGEST_DUE + DIGEST_LEASE + timedelta(minutes=1)
        assert post_digest_if_due(LOOP_ARGS, settings, config, store, later) is True
        for minutes in (1, 30, 8 * 60):
            when = later + timedelta(minutes=minutes)
            assert post_digest_if_due(LOOP_ARGS, settings, config, store, when) is False
        [digest] = _digests(slack, "C0SYRIA")
        assert digest["metadata"]["event_payload"] == {
            "campaign": "syria-un-action",
            "day": day,
            "deployment": local_deployment(store.path),
        }
    store.close()


def test_on_the_day_of_the_upgrade_a_digest_the_old_version_posted_is_not_posted_again(
    tmp_path: Path,
) -> None:
    """Before per-campaign claims (5745cce) `run --loop` noted `digest:<day>` and posted
    every campaign's digest. A loop upgraded later that day must see the day as done,
    and the next day post as usual."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    day = DIGEST_DUE.astimezone(ZoneInfo(config.org.timezone)).date().isoformat()
    # What the old version left in the state file when it posted this morning's digest.
    assert store.first_notice(f"digest:{day}", DIGEST_DUE)
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        upgraded = DIGEST_DUE + timedelta(hours=2)
        assert post_digest_if_due(LOOP_ARGS, settings, config, store, upgraded) is False
        assert _digests(slack, "C0SYRIA") == []
        assert post_digest_if_due(
            LOOP_ARGS, settings, config, store, DIGEST_DUE + timedelta(days=1)
        )
        assert len(_digests(slack, "C0SYRIA")) == 1
    store.close()


def _without_history_scope(slack: SlackServer) -> None:
    """The app may post in the channel but not read it back (a private channel configured
    by id without groups:history: the manifest makes that scope optional)."""

    def refuse(params: dict[str, Any]) -> dict[str, Any]:
        return {"ok": False, "error": "missing_scope"}

    slack.api_conversations_history = refuse  # type: ignore[method-assign]
    slack.api_conversations_replies = refuse  # type: ignore[method-assign]


def test_the_loop_digest_needs_no_history_scope(tmp_path: Path) -> None:
    """The loop's digest posts without the right to read the channel: it is looked for
    before each post, and a lookup that fails lets the post go ahead."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        slack.set_time(DIGEST_DUE)
        _without_history_scope(slack)
        checks = [
            post_digest_if_due(
                LOOP_ARGS, settings, config, store, DIGEST_DUE + timedelta(minutes=m)
            )
            for m in (0, 10, 60, 600)
        ]
        assert checks == [True, False, False, False]
        assert len(_digests(slack, "C0SYRIA")) == 1
    store.close()


def test_a_loop_digest_taken_over_after_a_kill_is_posted_when_it_cannot_be_looked_up(
    tmp_path: Path,
) -> None:
    """A process killed before its digest left: after the lease the next check would look
    for it, but the lookup fails (no history scope): it posts anyway, not lose the day."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        slack.set_time(DIGEST_DUE)
        real = SlackDigestPoster(  # an earlier try of this same loop (its state file)
            SlackApi(build_web_client(settings)),
            build_routes(config, settings),
            deployment=local_deployment(store.path),
        )
        day = DIGEST_DUE.astimezone(ZoneInfo(config.org.timezone)).date().isoformat()
        with pytest.raises(Killed):
            post_digests_once(
                config,
                store,
                store,
                DiesWhilePosting(real, landed=False),
                DIGEST_DUE - timedelta(hours=24),
                DIGEST_DUE,
                day=day,
            )
        _without_history_scope(slack)
        later = DIGEST_DUE + DIGEST_LEASE + timedelta(minutes=1)
        assert post_digest_if_due(LOOP_ARGS, settings, config, store, later) is True
        assert len(_digests(slack, "C0SYRIA")) == 1
    store.close()


class AnswerLost:
    """The Slack digest poster whose post Slack takes, but answers after the client's
    timeout: the call fails as Slack being unreachable does, and its claim is withdrawn."""

    def __init__(self, real: SlackDigestPoster) -> None:
        self.real = real

    def find_digest(self, campaign_id: str, day: str, since: datetime) -> bool:
        return self.real.find_digest(campaign_id, day, since)

    def post_digest(
        self,
        campaign_id: str,
        content: DigestContent,
        *,
        day: str = "",
        since: datetime | None = None,
    ) -> None:
        self.real.post_digest(campaign_id, content, day=day, since=since)
        raise NotifyError("Slack chat.postMessage: the read operation timed out")


def test_a_digest_slack_took_after_the_timeout_is_found_by_the_next_try_not_posted_again(
    tmp_path: Path,
) -> None:
    """The try whose answer was late withdrew its claim; the next try claims afresh and
    must find the digest in the channel (as a Lambda retry of the cloud digest does)."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        slack.set_time(DIGEST_DUE)
        real = SlackDigestPoster(  # an earlier try of this same loop (its state file)
            SlackApi(build_web_client(settings)),
            build_routes(config, settings),
            deployment=local_deployment(store.path),
        )
        day = DIGEST_DUE.astimezone(ZoneInfo(config.org.timezone)).date().isoformat()
        since = DIGEST_DUE - timedelta(hours=24)
        late = post_digests_once(config, store, store, AnswerLost(real), since, DIGEST_DUE, day=day)
        assert late.waiting is not None
        assert late.posted == []
        assert len(_digests(slack, "C0SYRIA")) == 1
        retry = post_digests_once(
            config, store, store, real, since, DIGEST_DUE + timedelta(minutes=1), day=day
        )
        assert retry.waiting is None
        assert retry.held == []
        assert len(_digests(slack, "C0SYRIA")) == 1
        # Settled: a further try neither posts nor finds anything held.
        again = post_digests_once(
            config, store, store, real, since, DIGEST_DUE + timedelta(minutes=2), day=day
        )
        assert (again.posted, again.held) == ([], [])
        assert len(_digests(slack, "C0SYRIA")) == 1
    store.close()


def test_a_loop_digest_is_posted_though_another_deployment_posted_that_days_digest(
    tmp_path: Path,
) -> None:
    """G7: another `run --loop` (its own state file; or a cloud stack) posted the campaign's
    digest of the day in the same channel first. This loop's digest is its own: posted
    (two digests, each deployment's), and the other's is not taken for it."""
    config = load_config(SHIPPED_CONFIG_DIR)
    ours = SqliteStore(tmp_path / "ours.sqlite3")
    theirs = SqliteStore(tmp_path / "theirs.sqlite3")
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        slack.set_time(DIGEST_DUE)
        assert post_digest_if_due(LOOP_ARGS, settings, config, theirs, DIGEST_DUE) is True
        assert len(_digests(slack, "C0SYRIA")) == 1
        later = DIGEST_DUE + timedelta(minutes=5)
        slack.set_time(later)
        assert post_digest_if_due(LOOP_ARGS, settings, config, ours, later) is True
        digests = _digests(slack, "C0SYRIA")
        assert [d["metadata"]["event_payload"]["deployment"] for d in digests] == [
            local_deployment(theirs.path),
            local_deployment(ours.path),
        ]
        assert local_deployment(theirs.path) != local_deployment(ours.path)
        # Each is settled for the day: neither posts again.
        assert post_digest_if_due(LOOP_ARGS, settings, config, ours, later) is False
        assert post_digest_if_due(LOOP_ARGS, settings, config, theirs, later) is False
        assert len(_digests(slack, "C0SYRIA")) == 2
    ours.close()
    theirs.close()


def test_a_loop_digest_that_landed_but_whose_answer_was_lost_is_not_posted_twice(
    tmp_path: Path,
) -> None:
    """Slack takes the digest but answers 500 (or the connection drops): the API client
    tries again, and finds the digest that landed by its metadata instead of posting it
    a second time."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        slack.set_time(DIGEST_DUE)
        slack.fail("chat.postMessage", status=500, times=1, landed=True)
        assert post_digest_if_due(LOOP_ARGS, settings, config, store, DIGEST_DUE) is True
        assert len(_digests(slack, "C0SYRIA")) == 1
    store.close()


def test_yesterdays_late_digest_is_not_taken_for_todays(tmp_path: Path) -> None:
    """Yesterday's digest went out late (30 minutes after digest_at), so today's lookup
    window (24 h) still holds it. A process killed holding today's claim leaves it to
    the next check, whose lookup must match the day: today's digest is posted."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(tmp_path / "state.sqlite3")
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        late = DIGEST_DUE + timedelta(minutes=30)
        slack.set_time(late)
        assert post_digest_if_due(LOOP_ARGS, settings, config, store, late)
        today = DIGEST_DUE + timedelta(days=1)
        slack.set_time(today)
        real = SlackDigestPoster(  # an earlier try of this same loop (its state file)
            SlackApi(build_web_client(settings)),
            build_routes(config, settings),
            deployment=local_deployment(store.path),
        )
        day = today.astimezone(ZoneInfo(config.org.timezone)).date().isoformat()
        with pytest.raises(Killed):
            post_digests_once(
                config,
                store,
                store,
                DiesWhilePosting(real, landed=False),
                today - timedelta(hours=24),
                today,
                day=day,
            )
        later = today + DIGEST_LEASE + timedelta(minutes=1)
        assert post_digest_if_due(LOOP_ARGS, settings, config, store, later) is True
        days = [d["metadata"]["event_payload"]["day"] for d in _digests(slack, "C0SYRIA")]
        assert len(days) == 2
        assert days[0] != days[1]
    store.close()


def test_a_loop_restarted_on_its_state_file_elsewhere_knows_its_own_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review A s13 L5: the deployment id in a digest's metadata was made of the host name
    and the state file's path. A `run --loop` killed after Slack took its digest, restarted
    on the same state file in another container (another host name) or mounted at another
    path, took its own digest for another deployment's and posted it again. The id is now
    kept in the state file itself."""
    import shutil
    import socket

    config = load_config(SHIPPED_CONFIG_DIR)
    first = tmp_path / "a" / "state.sqlite3"
    store = SqliteStore(first)
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        settings = _loop_settings(slack)
        slack.set_time(DIGEST_DUE)
        real = SlackDigestPoster(
            SlackApi(build_web_client(settings)),
            build_routes(config, settings),
            deployment=local_deployment(store.path),
        )
        day = DIGEST_DUE.astimezone(ZoneInfo(config.org.timezone)).date().isoformat()
        with pytest.raises(Killed):
            post_digests_once(
                config,
                store,
                store,
                DiesWhilePosting(real, landed=True),
                DIGEST_DUE - timedelta(hours=24),
                DIGEST_DUE,
                day=day,
            )
        store.close()
        assert len(_digests(slack, "C0SYRIA")) == 1

        # The same state file, in another container at another path.
        moved = tmp_path / "b" / "state.sqlite3"
        moved.parent.mkdir()
        shutil.copy(first, moved)
        store = SqliteStore(moved)
        monkeypatch.setattr(socket, "gethostname", lambda: "another-container")
        later = DIGEST_DUE + DIGEST_LEASE + timedelta(minutes=1)
        assert post_digest_if_due(LOOP_ARGS, settings, config, store, later) is True
        assert len(_digests(slack, "C0SYRIA")) == 1
    store.close()


def test_a_weekly_digest_and_the_daily_one_are_two_digests(
    tmp_path: Path, slack: SlackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review A s14 LOW-5: `digest --post --since 7d` took the daily digest's once-a-day
    key, so on that day one of the two was silently not posted."""
    state = tmp_path / "state.sqlite3"
    SqliteStore(state).close()
    args = ["digest", "--post", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)]
    assert main(args) == EXIT_OK
    assert main([*args, "--since", "7d"]) == EXIT_OK
    assert main([*args, "--since", "7d"]) == EXIT_OK
    assert len(_digests(slack, "C0SYRIA")) == 2
    days = [m["metadata"]["event_payload"]["day"] for m in _digests(slack, "C0SYRIA")]
    assert days[1] == f"{days[0]} (7d)"
