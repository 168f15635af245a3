"""Buttons and /demandwatch over signed HTTP requests and over Socket Mode.

Requests are signed exactly as Slack signs them; follow-ups run against the local Slack
server, so what people would see (updated messages, ephemeral notes, the draft in the
thread) is checked where Slack would show it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import pytest
from pydantic import SecretStr
from slack_sdk.socket_mode import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest

from demandwatch import bootstrap
from demandwatch.config import Settings
from demandwatch.core.models import NewEntry
from demandwatch.slack.api import SlackApi, build_web_client
from demandwatch.slack.blocks import ACTION_CLAIM, ACTION_DISMISS, ACTION_DRAFT, ACTION_MUTE
from demandwatch.slack.interact import FollowUp, HttpReply, Interactions, MemoryReplayCache, sign
from demandwatch.slack.notifier import SlackNotifier
from demandwatch.slack.socket_mode import SocketModeBridge, build_socket_client
from demandwatch.store.sqlite import SqliteStore
from integration.slack_server import TOKEN, SlackServer
from slack_support import (
    CHANNELS,
    SYRIA_CHANNEL,
    T0,
    Clock,
    event_alert,
    make_alert,
    make_config,
    make_item,
)

pytestmark = pytest.mark.integration

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


class App:
    """A delivered alert, and the interactive side wired to the same store and Slack."""

    def __init__(self, slack: SlackServer, path: Path) -> None:
        self.slack = slack
        self.clock = Clock(T0 + timedelta(minutes=5))
        self.store = SqliteStore(path)
        self.config = make_config()
        settings = Settings(slack_bot_token=SecretStr(TOKEN), slack_api_url=slack.url)
        client = build_web_client(settings, timeout=5)
        self.notifier = SlackNotifier(
            client, self.store, self.config, clock=self.clock, api=SlackApi(client, min_interval=0)
        )
        self.interactions = Interactions(
            store=self.store,
            config=self.config,
            notifier=self.notifier,
            matcher=bootstrap.build_matcher(self.config),
            signing_secret=SECRET,
            replay=MemoryReplayCache(clock=lambda: self.clock().timestamp()),
            clock=self.clock,
        )
        self.alert = replace(event_alert("veto"), story_id="story-1")
        self.deliver(self.alert)
        self.parent_ts = self.slack.top_level(SYRIA_CHANNEL)[0]["ts"]

    def deliver(self, alert: Any) -> None:
        self.store.record_new(
            "un-press", [NewEntry(f"key-{alert.id}", alert)], self.clock(), timedelta(days=1)
        )
        bootstrap.build_delivery(
            self.store, self.notifier, self.config, Settings(), clock=self.clock, local=False
        ).run()

    def signed(
        self, body: bytes, *, at: float | None = None, secret: str = SECRET
    ) -> dict[str, str]:
        timestamp = str(int(at if at is not None else self.clock().timestamp()))
        return {
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": sign(secret, timestamp, body),
            "Content-Type": "application/x-www-form-urlencoded",
        }

    def action_body(self, action_id: str, user: str = "U0CLAIMER") -> bytes:
        payload = {
            "type": "block_actions",
            "user": {"id": user, "username": "responder"},
            "channel": {"id": SYRIA_CHANNEL},
            "container": {
                "type": "message",
                "message_ts": self.parent_ts,
                "channel_id": SYRIA_CHANNEL,
            },
            "message": {"ts": self.parent_ts},
            "actions": [
                {
                    "type": "button",
                    "action_id": action_id,
                    "block_id": "demandwatch.actions",
                    "value": json.dumps({"alert": self.alert.id, "story": "story-1"}),
                }
            ],
            "response_url": "https://hooks.slack.invalid/actions/1",
        }
        return urlencode({"payload": json.dumps(payload)}).encode()

    def click(self, action_id: str, user: str = "U0CLAIMER") -> HttpReply:
        body = self.action_body(action_id, user)
        reply = self.interactions.handle_request(self.signed(body), body)
        assert reply.status == 200, reply.body
        return reply

    def command(self, text: str) -> dict[str, Any]:
        body = urlencode(
            {
                "command": "/demandwatch",
                "text": text,
                "user_id": "U0ASKER",
                "channel_id": SYRIA_CHANNEL,
                "response_url": "https://hooks.slack.invalid/commands/1",
                "trigger_id": "1.2.3",
            }
        ).encode()
        reply = self.interactions.handle_request(self.signed(body), body)
        assert reply.status == 200
        assert reply.headers["content-type"] == "application/json"
        assert reply.follow_ups == ()
        return dict(json.loads(reply.body))

    def parent_text(self) -> str:
        return json.dumps(
            self.slack.message(SYRIA_CHANNEL, self.parent_ts)["blocks"], ensure_ascii=False
        )


@pytest.fixture
def app(slack: SlackServer, tmp_path: Path) -> Iterator[App]:
    built = App(slack, tmp_path / "state.sqlite3")
    yield built
    built.store.close()


# ---------------------------------------------------------------------- signatures


def test_valid_signature_is_acknowledged_before_any_slack_call(app: App) -> None:
    before = len(app.slack.requests)
    started = time.monotonic()
    reply = app.click(ACTION_CLAIM)
    assert time.monotonic() - started < 3
    assert (reply.status, reply.body) == (200, b"")
    assert len(app.slack.requests) == before  # slow work waits for the follow-ups
    assert [f.kind for f in reply.follow_ups] == ["refresh"]
    assert app.store.alert_status(app.alert.id).claimed.user == "U0CLAIMER"  # type: ignore[union-attr]
    assert app.interactions.run_all(reply.follow_ups) == 0
    assert "Claimed by <@U0CLAIMER>" in app.parent_text()


def test_bad_signature_is_refused_and_changes_nothing(app: App) -> None:
    body = app.action_body(ACTION_CLAIM)
    reply = app.interactions.handle_request(app.signed(body, secret="not-the-secret"), body)
    assert (reply.status, reply.body, reply.follow_ups) == (401, b"bad signature", ())
    tampered = body.replace(b"U0CLAIMER", b"U0ATTACKR")
    assert app.interactions.handle_request(app.signed(body), tampered).status == 401
    assert app.store.alert_status(app.alert.id).claimed is None  # type: ignore[union-attr]


def test_stale_timestamp_is_refused(app: App) -> None:
    body = app.action_body(ACTION_CLAIM)
    six_minutes_ago = app.clock().timestamp() - 6 * 60
    reply = app.interactions.handle_request(app.signed(body, at=six_minutes_ago), body)
    assert (reply.status, reply.body) == (401, b"stale timestamp")
    from_the_future = app.clock().timestamp() + 6 * 60
    assert app.interactions.handle_request(app.signed(body, at=from_the_future), body).status == 401
    four_minutes_ago = app.clock().timestamp() - 4 * 60
    assert (
        app.interactions.handle_request(app.signed(body, at=four_minutes_ago), body).status == 200
    )


def test_replayed_request_is_refused(app: App) -> None:
    body = app.action_body(ACTION_DISMISS)
    headers = app.signed(body)
    assert app.interactions.handle_request(headers, body).status == 200
    again = app.interactions.handle_request(headers, body)
    assert (again.status, again.body, again.follow_ups) == (401, b"replayed request", ())


def test_missing_headers_and_missing_secret(app: App) -> None:
    body = app.action_body(ACTION_CLAIM)
    assert app.interactions.handle_request({}, body).status == 401
    unsigned = Interactions(
        store=app.store,
        config=app.config,
        notifier=app.notifier,
        matcher=bootstrap.build_matcher(app.config),
        signing_secret=None,
    )
    assert unsigned.handle_request(app.signed(body), body).status == 500


def test_headers_are_case_insensitive_and_ssl_check_is_answered(app: App) -> None:
    body = b"ssl_check=1&token=x"
    headers = {k.lower(): v for k, v in app.signed(body).items()}
    assert app.interactions.handle_request(headers, body).status == 200


# ---------------------------------------------------------------------- buttons


def test_second_claim_is_told_who_has_it(app: App) -> None:
    app.interactions.run_all(app.click(ACTION_CLAIM, "U0FIRST01").follow_ups)
    updates = len(app.slack.calls("chat.update"))
    second = app.click(ACTION_CLAIM, "U0SECOND1")
    assert [f.kind for f in second.follow_ups] == ["ephemeral"]
    app.interactions.run_all(second.follow_ups)
    note = app.slack.ephemeral[-1]
    assert note["user"] == "U0SECOND1"
    assert note["channel"] == SYRIA_CHANNEL
    assert note["text"].startswith("Already claimed by <@U0FIRST01> <!date^")
    assert len(app.slack.calls("chat.update")) == updates  # the message keeps the first claim
    assert "Claimed by <@U0FIRST01>" in app.parent_text()


def test_not_relevant_dismisses_says_so_and_records_feedback(
    app: App, capsys: pytest.CaptureFixture[str]
) -> None:
    app.interactions.run_all(app.click(ACTION_DISMISS, "U0TUNER01").follow_ups)
    assert app.store.alert_state(app.alert.id) == "dismissed"
    text = app.parent_text()
    assert "Marked *not relevant* by <@U0TUNER01>" in text
    assert "recorded as feedback" in text
    assert ACTION_DISMISS not in text  # the button is gone
    [feedback] = app.store.list_feedback()
    assert (feedback.alert_id, feedback.user, feedback.url) == (
        app.alert.id,
        "U0TUNER01",
        app.alert.item.url,
    )
    assert feedback.matches == app.alert.matches

    from demandwatch import cli

    assert cli.main(["feedback", "--json", "--state", str(app.store.path)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [
        {
            "alert_id": app.alert.id,
            "verdict": "not_relevant",
            "source": "un-press",
            "item_key": app.alert.item.key,
            "title": app.alert.item.title,
            "url": app.alert.item.url,
            "matches": [{"demand": m.demand_id, "terms": list(m.terms)} for m in app.alert.matches],
            "user": "U0TUNER01",
            "at": feedback.at.isoformat(),
        }
    ]


def test_mute_story_stops_thread_replies(app: App) -> None:
    app.interactions.run_all(app.click(ACTION_MUTE, "U0MUTER01").follow_ups)
    assert "Story muted by <@U0MUTER01>" in app.parent_text()
    assert ACTION_MUTE not in app.parent_text()
    # More coverage (P2) stays out; a veto would still come through (test_slack_notifier).
    app.deliver(
        replace(
            make_alert("a-later", item=make_item(key="later")), story_id="story-1", priority="P2"
        )
    )
    assert app.slack.replies(SYRIA_CHANNEL, app.parent_ts) == []


def test_draft_statement_is_posted_in_the_story_thread(app: App) -> None:
    reply = app.click(ACTION_DRAFT, "U0WRITER1")
    assert [f.kind for f in reply.follow_ups] == ["draft"]
    app.interactions.run_all(reply.follow_ups)
    [draft] = app.slack.replies(SYRIA_CHANNEL, app.parent_ts)
    assert draft["metadata"]["event_type"] == "demandwatch_draft"
    body = json.dumps(draft["blocks"], ensure_ascii=False)
    assert "DRAFT — NOT FOR RELEASE" in body
    assert "Russian Federation and China against draft resolution S/2012/77" in body
    assert "for <@U0WRITER1>" in body
    assert draft["text"].startswith("Draft statement (not for release): Security Council Fails")


def test_follow_ups_are_plain_data_for_a_second_invocation(app: App) -> None:
    reply = app.click(ACTION_DRAFT)
    handed_over = [json.loads(json.dumps(f.to_dict())) for f in reply.follow_ups]
    assert [FollowUp.from_dict(d) for d in handed_over] == list(reply.follow_ups)


# ---------------------------------------------------------------------- slash command


def test_slash_command_status_demands_test_and_help(app: App) -> None:
    status = app.command("status")
    assert status["response_type"] == "ephemeral"
    assert "Alerts: 1 posted" in status["text"]
    assert "Sources: 2 ok, 0 failing" in status["text"]

    demands = app.command("demands")["text"]
    assert (
        "*Stop obstructing Security Council action on Syria* (`stop-veto-obstruction`)" in demands
    )
    assert "paused" in demands  # the ICC demand

    tested = app.command("test Russia vetoed the draft resolution on Syria <!channel>")["text"]
    assert "*Stop obstructing Security Council action on Syria* — why: " in tested
    assert "<!channel>" not in tested

    assert app.command("test ")["text"].startswith("Give a text to try")
    assert app.command("")["text"].startswith("*Usage:*")


def test_status_reports_failing_sources(app: App) -> None:
    from demandwatch.core.models import SourceState

    app.store.save_source_state(
        SourceState(
            "un-news", consecutive_failures=3, last_error="HTTP 503 <!here>", last_success=T0
        )
    )
    text = app.command("status")["text"]
    assert "Sources: 1 ok, 1 failing" in text
    assert "*UN News*: 3 failure(s) in a row" in text
    assert "<!here>" not in text


# ---------------------------------------------------------------------- Socket Mode


class RecordingResponder:
    """Stands in for the Socket Mode connection: records the acks it is asked to send."""

    def __init__(self, slack: SlackServer) -> None:
        self.slack = slack
        self.responses: list[tuple[dict[str, Any], int]] = []

    def send_socket_mode_response(self, response: Any) -> None:
        self.responses.append((response.to_dict(), len(self.slack.requests)))


def test_socket_mode_acks_first_then_does_the_work(app: App) -> None:
    bridge = SocketModeBridge(lambda: app.interactions)
    responder = RecordingResponder(app.slack)
    body = app.action_body(ACTION_CLAIM)
    payload = json.loads(parse_qs(body.decode())["payload"][0])
    before = len(app.slack.requests)
    bridge(responder, SocketModeRequest(type="interactive", envelope_id="env-1", payload=payload))
    [(ack, requests_at_ack)] = responder.responses
    assert ack == {"envelope_id": "env-1"}
    assert requests_at_ack == before  # acknowledged before any Slack call
    assert len(app.slack.requests) > before
    assert "Claimed by <@U0CLAIMER>" in app.parent_text()

    command = {
        "command": "/demandwatch",
        "text": "demands",
        "user_id": "U1",
        "channel_id": SYRIA_CHANNEL,
    }
    bridge(
        responder, SocketModeRequest(type="slash_commands", envelope_id="env-2", payload=command)
    )
    ack = responder.responses[-1][0]
    assert ack["envelope_id"] == "env-2"
    assert ack["payload"]["response_type"] == "ephemeral"
    assert "*Demands*" in ack["payload"]["text"]

    bridge(
        responder, SocketModeRequest(type="events_api", envelope_id="env-3", payload={"event": {}})
    )
    assert responder.responses[-1][0] == {"envelope_id": "env-3"}


def test_socket_mode_client_is_built_from_the_app_token(app: App) -> None:
    client = build_socket_client("xapp-1-A0-123-abc", app.notifier.api.client)
    try:
        assert isinstance(client, SocketModeClient)
        assert client.app_token == "xapp-1-A0-123-abc"
        assert client.web_client is app.notifier.api.client
        assert not client.is_connected()
    finally:
        client.close()
    with pytest.raises(ValueError, match="xapp-"):
        build_socket_client("xoxb-not-an-app-token", app.notifier.api.client)


def test_cli_slack_needs_both_tokens(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from demandwatch import cli

    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-secret-value")
    assert cli.main(["slack"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "SLACK_APP_TOKEN" in err
    assert "xoxb-secret-value" not in err


def test_socket_mode_workers_each_get_their_own_store_handle(app: App) -> None:
    """The client runs listeners in a thread pool; SQLite handles must not cross threads."""
    opened: list[SqliteStore] = []

    def factory() -> Interactions:
        store = SqliteStore(app.store.path)
        opened.append(store)
        return Interactions(
            store=store,
            config=app.config,
            notifier=SlackNotifier(
                app.notifier.api.client, store, app.config, clock=app.clock, api=app.notifier.api
            ),
            matcher=bootstrap.build_matcher(app.config),
            clock=app.clock,
        )

    bridge = SocketModeBridge(factory)
    responder = RecordingResponder(app.slack)
    payload = json.loads(parse_qs(app.action_body(ACTION_CLAIM).decode())["payload"][0])
    request = SocketModeRequest(type="interactive", envelope_id="env-w", payload=payload)
    with ThreadPoolExecutor(max_workers=2) as pool:
        pool.submit(bridge, responder, request).result()
        pool.submit(bridge, responder, request).result()
    assert [r[0]["envelope_id"] for r in responder.responses] == ["env-w", "env-w"]
    assert app.store.alert_status(app.alert.id).claimed.user == "U0CLAIMER"  # type: ignore[union-attr]
    assert "Claimed by <@U0CLAIMER>" in app.parent_text()
    assert 1 <= len(opened) <= 2


def test_a_non_ascii_signature_is_refused_not_a_crash() -> None:
    from demandwatch.slack.interact import MemoryReplayCache, verify

    now = 1_700_000_000
    reason = verify(
        "s3cret",
        {"X-Slack-Request-Timestamp": str(now), "X-Slack-Signature": "v0=é" + "0" * 63},
        b"payload=x",
        now=now,
        replay=MemoryReplayCache(),
    )
    assert reason == "bad signature"
