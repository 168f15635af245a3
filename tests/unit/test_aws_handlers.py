"""The pure parts of the Lambda side: event parsing, partial batch responses, message
formats, the in-process queue, cloud settings, the digest text. No network."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from demandwatch.config import CloudSettings
from demandwatch.core.digest import build_digest
from demandwatch.core.models import Alert, AlertStatus, Event, Item, Mark, Match
from demandwatch.exceptions import ConfigError, DeferredError, NotifyError, PoisonMessageError
from demandwatch.handlers._runtime import (
    SqsRecord,
    failure_kind,
    process_batch,
    sqs_records,
)
from demandwatch.handlers._schedules import parse_event
from demandwatch.handlers.interact import http_response, request_body
from demandwatch.queue.base import Message
from demandwatch.queue.fanout import AlertNotice, FollowUpNotice, PollRequest, parse_notice
from demandwatch.queue.memory import MemoryQueue
from demandwatch.slack.digest import compose_digest
from demandwatch.store.dynamodb import AlertRecord

EVENTS = Path(__file__).resolve().parents[1] / "events"
T0 = datetime(2026, 11, 26, 19, 0, tzinfo=UTC)


def load(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((EVENTS / name).read_text(encoding="utf-8"))
    return data


# ---------------------------------------------------------------------- events


def test_scheduler_event_is_read_and_a_strange_one_is_not_fatal() -> None:
    event = parse_event(load("scheduler_poll_tick.json"))
    assert event.scheduled_time == T0
    assert event.execution_id == "4f0c7c2e-9a51-4d8a-a0d3-53c1f6c7e9b2"
    assert parse_event({"scheduled_time": "not a time"}).scheduled_time is None
    assert parse_event({}).schedule_arn is None
    # A field of the wrong kind, or no mapping at all, counts as no payload.
    assert parse_event({"scheduled_time": T0.isoformat(), "execution_id": 7}) == parse_event({})
    assert parse_event(["not", "a", "mapping"]) == parse_event({})
    offset = parse_event({"scheduled_time": "2026-11-26T20:00:00+01:00"}).scheduled_time
    assert offset == T0


def test_sqs_records_carry_fifo_attributes() -> None:
    records = sqs_records(load("sqs_alert_batch.json"))
    assert [r.group for r in records] == ["#syria-un", "#syria-un"]
    assert records[0].receive_count == 1
    assert AlertNotice.parse(records[0].body) == AlertNotice(
        "0d2f6a9b1c3e5f7a9b1c3e5f", "#syria-un"
    )
    [standard] = sqs_records(load("sqs_poll_batch.json"))
    assert standard.group is None
    assert PollRequest.parse(standard.body) == PollRequest("un-press")


@pytest.mark.parametrize(
    "body",
    ["", "not json", "[]", '{"alert": ""}', '{"alert": 42, "channel": "#x"}', '{"channel": "#x"}'],
)
def test_malformed_alert_messages_are_poison(body: str) -> None:
    with pytest.raises(PoisonMessageError):
        AlertNotice.parse(body)


def test_the_alerts_queue_carries_alerts_and_button_follow_ups() -> None:
    follow_up = {"kind": "refresh", "channel": "C0SYRIAUN", "story_id": "s1"}
    message = FollowUpNotice(follow_up).to_message("dedup-1")
    assert (message.group, message.dedup_id) == ("C0SYRIAUN", "dedup-1")
    # The press it comes from is named by its first message (one note per press, whichever
    # copy meets the wait: review s14 MED-4); a copy sent again carries it and its tries.
    assert parse_notice(message.body) == FollowUpNotice(follow_up, origin="dedup-1")
    again = FollowUpNotice(follow_up, tries=2, origin="dedup-1").to_message("dedup-2")
    assert parse_notice(again.body) == FollowUpNotice(follow_up, tries=2, origin="dedup-1")
    alert = AlertNotice("a1", "#syria-un").to_message()
    assert parse_notice(alert.body) == AlertNotice("a1", "#syria-un")
    for bad in ('{"follow_up": "refresh"}', '{"follow_up": {"channel": "C1"}}', "[1]"):
        with pytest.raises(PoisonMessageError):
            parse_notice(bad)


def test_messages_round_trip_with_fifo_group_and_deduplication() -> None:
    message = AlertNotice("a1", "#syria-un").to_message()
    assert (message.group, message.dedup_id) == ("#syria-un", "a1")
    assert AlertNotice.parse(message.body) == AlertNotice("a1", "#syria-un")
    poll = PollRequest("un-press").to_message()
    assert (poll.group, poll.dedup_id) == (None, None)


# ---------------------------------------------------------------------- batches


def record(message_id: str, group: str | None = None) -> dict[str, Any]:
    """An SQS record as Lambda hands it over (FIFO records carry their group)."""
    attributes = {"ApproximateReceiveCount": "1"}
    if group is not None:
        attributes["MessageGroupId"] = group
    return {
        "messageId": message_id,
        "receiptHandle": f"handle-{message_id}",
        "body": "{}",
        "attributes": attributes,
        "messageAttributes": {},
        "eventSource": "aws:sqs",
        "eventSourceARN": "arn:aws:sqs:us-east-1:000000000000:alerts.fifo",
        "awsRegion": "us-east-1",
    }


def batch(*records: dict[str, Any]) -> dict[str, Any]:
    return {"Records": list(records)}


def test_partial_batch_failure_reports_only_failed_messages() -> None:
    def handle(r: SqsRecord) -> None:
        if r.message_id == "bad":
            raise PoisonMessageError("no")

    seen: list[str] = []
    result = process_batch(
        batch(record("a"), record("bad"), record("c")),
        handle,
        lambda r, e: seen.append(r.message_id),
    )
    assert result.response() == {"batchItemFailures": [{"itemIdentifier": "bad"}]}
    assert result.succeeded == 2
    assert seen == ["bad"]


def test_after_a_failure_the_rest_of_its_fifo_group_waits_but_other_groups_go_on() -> None:
    handled: list[str] = []

    def handle(r: SqsRecord) -> None:
        handled.append(r.message_id)
        if r.message_id == "c1-first":
            raise NotifyError("Slack said 503")

    event = batch(
        record("c1-first", "C1"),
        record("c2-first", "C2"),
        record("c1-second", "C1"),
        record("c2-second", "C2"),
    )
    result = process_batch(event, handle, lambda r, e: None)
    assert result.failed == ("c1-first", "c1-second")
    # The second C1 message was not even tried: it must not overtake the first.
    assert handled == ["c1-first", "c2-first", "c2-second"]


def test_failures_are_classified() -> None:
    assert failure_kind(PoisonMessageError("x")) == "poison"
    assert failure_kind(DeferredError("x")) == "deferred"
    assert failure_kind(NotifyError("x")) == "failed"
    assert failure_kind(KeyError("x")) == "internal_error"


# ---------------------------------------------------------------------- in-process queue


def test_memory_queue_keeps_order_and_drops_duplicates_within_five_minutes() -> None:
    now = [T0]
    queue = MemoryQueue(clock=lambda: now[0])
    queue.send([Message("1", "g", "d1"), Message("2", "g", "d2"), Message("1 again", "g", "d1")])
    assert [m.body for m in queue.receive()] == ["1", "2"]
    now[0] = T0 + timedelta(minutes=4)
    queue.send([Message("1 resent", "g", "d1")])
    assert len(queue) == 0
    now[0] = T0 + timedelta(minutes=5)
    queue.send([Message("1 after the window", "g", "d1"), Message("no id")])
    assert [m.body for m in queue.receive(limit=1)] == ["1 after the window"]
    assert [m.body for m in queue.receive()] == ["no id"]


# ---------------------------------------------------------------------- Function URL


def test_request_bodies_are_decoded_exactly() -> None:
    raw = b"payload=%7B%22type%22%3A%22block_actions%22%7D&x=%C3%A9"
    encoded = {"body": base64.b64encode(raw).decode(), "isBase64Encoded": True}
    assert request_body(encoded) == raw
    assert request_body({"body": raw.decode(), "isBase64Encoded": False}) == raw
    assert request_body({"body": "%%%not base64", "isBase64Encoded": True}) is None
    assert request_body({}) == b""


def test_http_responses_are_function_url_shaped() -> None:
    response = http_response(200, {"content-type": "application/json"}, b'{"ok":true}')
    assert response == {
        "statusCode": 200,
        "headers": {"content-type": "application/json"},
        "body": '{"ok":true}',
        "isBase64Encoded": False,
    }


# ---------------------------------------------------------------------- settings


def test_cloud_settings_name_every_missing_or_bad_variable() -> None:
    with pytest.raises(ConfigError) as caught:
        CloudSettings.from_env(
            {"DEMANDWATCH_SECRET_MAX_AGE": "-1"}, require=("alert_queue_url", "secret_id")
        )
    problems = {p.field for p in caught.value.problems}
    assert problems == {
        "DEMANDWATCH_ALERT_QUEUE_URL",
        "DEMANDWATCH_SECRET_ID",
        "DEMANDWATCH_TABLE",
        "DEMANDWATCH_SECRET_MAX_AGE",
    }
    settings = CloudSettings.from_env(
        {"DEMANDWATCH_TABLE": "t", "DEMANDWATCH_DIGEST_WINDOW": "12h"}, require=()
    )
    assert settings.digest_window == timedelta(hours=12)
    assert settings.inline_poll_max == 20
    with pytest.raises(ConfigError) as caught:
        CloudSettings.from_env(
            {
                "DEMANDWATCH_INLINE_POLL_MAX": "twenty",
                "DEMANDWATCH_SECRET_MAX_AGE": "-1",
                "DEMANDWATCH_DIGEST_WINDOW": "a day",
            }
        )
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("DEMANDWATCH_TABLE", "Field required"),
        (
            "DEMANDWATCH_INLINE_POLL_MAX",
            "Input should be a valid integer, unable to parse string as an integer",
        ),
        ("DEMANDWATCH_SECRET_MAX_AGE", "Input should be greater than or equal to 0"),
        ("DEMANDWATCH_DIGEST_WINDOW", "not a duration: 'a day' (use e.g. 30s, 5m, 2h, 1d)"),
    ]
    assert (
        CloudSettings.from_env(
            {"DEMANDWATCH_TABLE": "t", "DEMANDWATCH_INLINE_POLL_MAX": " 5 "}
        ).inline_poll_max
        == 5
    )
    # Digits other than ASCII's (an Arabic-Indic three) are no integer here, as before.
    with pytest.raises(ConfigError) as caught:
        CloudSettings.from_env({"DEMANDWATCH_TABLE": "t", "DEMANDWATCH_INLINE_POLL_MAX": "\u0663"})
    assert [p.field for p in caught.value.problems] == ["DEMANDWATCH_INLINE_POLL_MAX"]


# ---------------------------------------------------------------------- digest


def alert(key: str, *, title: str, priority: str = "P2", story: str | None = None) -> Alert:
    item = Item(
        source_id="un-press",
        key=key,
        url=f"https://press.un.org/en/2026/{key}.doc.htm",
        title=title,
        text="",
        published=T0,
        fetched=T0,
    )
    return Alert(
        id=f"alert-{key}",
        item=item,
        matches=(Match("stop-veto-obstruction", ("veto",)),),
        source_name="UN press",
        created=T0,
        event=Event("veto" if priority == "P1" else "statement"),
        priority=priority,
        story_id=story,
    )


def test_digest_groups_by_story_most_severe_first_and_escapes_feed_text() -> None:
    records = [
        AlertRecord(alert("a", title="Statement on Syria <!channel> & friends"), "posted"),
        AlertRecord(alert("b", title="Veto on Syria", priority="P1", story="s1"), "claimed"),
        AlertRecord(
            alert("c", title="Veto on Syria, follow-up", priority="P2", story="s1"), "posted"
        ),
    ]
    claimed = AlertStatus("alert-b", "claimed", claimed=Mark("U0ABC123", T0))
    content = build_digest(
        title="Syria at the Council",
        start=T0 - timedelta(days=1),
        end=T0,
        records=records,
        statuses={"alert-b": claimed, "alert-a": AlertStatus("alert-a", "posted")},
        health="Sources: 0 ok, 1 failing (UN press <b>)",
    )
    (section,) = content.sections
    assert [(s.story_id, s.lead.id, s.items) for s in section.stories] == [
        ("s1", "alert-b", 2),
        ("alert-a", "alert-a", 1),
    ]
    message = compose_digest(content)
    text = "\n".join(b["text"]["text"] for b in message.blocks)
    assert "3 alert(s) on 2 story/stories" in text
    assert "claimed by <@U0ABC123>" in text
    assert "<!channel>" not in text
    assert "Statement on Syria &amp; friends" in text  # HTML-looking text is dropped
    assert "Sources: 0 ok, 1 failing (UN press &lt;b&gt;)" in text
    assert text.index("Veto on Syria") < text.index("Statement on Syria")
    assert all(len(b["text"]["text"]) <= 3000 for b in message.blocks)


def test_a_quiet_day_says_so_and_a_busy_one_stays_within_block_kit() -> None:
    quiet = compose_digest(
        build_digest(title="t", start=T0, end=T0, records=[], statuses={}, health="Sources: -")
    )
    assert "No alerts in this period." in quiet.blocks[0]["text"]["text"]
    many = [AlertRecord(alert(f"k{n}", title="x" * 390), "posted") for n in range(40)]
    busy = compose_digest(
        build_digest(title="t", start=T0, end=T0, records=many, statuses={}, health="-")
    )
    text = "\n".join(b["text"]["text"] for b in busy.blocks)
    assert "… and 25 more" in text
    assert len(busy.blocks) <= 50
    assert all(len(b["text"]["text"]) <= 3000 for b in busy.blocks)


def test_the_digest_reminds_of_a_general_assembly_veto_debate_until_it_is_due() -> None:
    from datetime import date

    from demandwatch.core.stories import Story

    veto = Story(
        id="st-1",
        title="Russia vetoes <b>Syria</b> draft",
        first_seen=T0 - timedelta(days=3),
        last_seen=T0 - timedelta(days=3),
        event="veto",
        priority="P1",
        demands=("stop-veto-obstruction",),
        symbols=(),
        items=(),
        ga_debate_due=date(2026, 3, 17),
    )
    message = compose_digest(
        build_digest(
            title="t",
            start=T0 - timedelta(days=1),
            end=T0,
            records=[],
            statuses={},
            health="-",
            ga_debates=[veto],
        )
    )
    text = "\n".join(b["text"]["text"] for b in message.blocks)
    assert "General Assembly debate on the veto due by *Tue 17 Mar 2026*" in text
    assert "<b>" not in text


def test_a_container_keeps_one_slack_client_per_token_and_its_notifier_shares_it() -> None:
    from demandwatch.bootstrap import AwsClients, CloudApp

    # No AWS call is made: the store only keeps its client, and no secret is read here.
    app = CloudApp({"DEMANDWATCH_TABLE": "t"}, clients=AwsClients(dynamodb=object()))
    first = app.settings().with_credentials({"slack_bot_token": "xoxb-first"}, "secrets")
    api = app.slack_api(first)
    assert app.slack_api(first) is api
    assert app.notifier(first).api is api
    assert app.notifier(first) is app.notifier(first)
    # A rotated token: a new client, and a notifier on it.
    rotated = first.with_credentials({"slack_bot_token": "xoxb-rotated"}, "secrets")
    assert app.slack_api(rotated) is not api
    assert app.notifier(rotated).api is app.slack_api(rotated)
    with pytest.raises(ConfigError, match="slack_bot_token"):
        app.slack_api(app.settings())


def test_a_refused_token_reads_the_secret_past_its_cache_at_most_once_a_minute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Probe s15 K1: a token rotated in the secret is read at once when Slack refuses the
    cached one; a token that is really wrong does not make every alert read the secret."""
    import json as json_module

    from demandwatch import bootstrap
    from demandwatch.bootstrap import AwsClients, CloudApp

    class Secrets:
        def __init__(self) -> None:
            self.reads = 0
            self.token = "xoxb-first"

        def get_secret_value(self, SecretId: str) -> dict[str, str]:
            self.reads += 1
            return {"SecretString": json_module.dumps({"slack_bot_token": self.token})}

    secrets = Secrets()
    clock = [1000.0]
    monkeypatch.setattr(bootstrap.time, "monotonic", lambda: clock[0])
    app = CloudApp(
        {"DEMANDWATCH_TABLE": "t", "DEMANDWATCH_SECRET_ID": "s"},
        clients=AwsClients(dynamodb=object(), secretsmanager=secrets),  # type: ignore[arg-type]
    )
    app.settings()
    assert secrets.reads == 1
    assert app._token_in_secret() == "xoxb-first"  # read past the cache: the same token
    assert secrets.reads == 2
    secrets.token = "xoxb-rotated"
    clock[0] += 30
    assert app._token_in_secret() is None  # not again within the minute
    assert secrets.reads == 2
    clock[0] += 31
    assert app._token_in_secret() == "xoxb-rotated"
    assert secrets.reads == 3
    secrets.token = "xoxb-broken\r\nX-Injected: yes"
    clock[0] += 61
    assert app._token_in_secret() is None  # never sent as a header
    assert secrets.reads == 4


def test_a_follow_up_slack_keeps_rate_limiting_backs_off_by_receive_not_only_retry_after() -> None:
    """A draft Slack answers 429 with a 2 s Retry-After at every try would be handed back
    every 2 s and reach the dead-letter queue (its fifth receive) in seconds: after
    Slack's own delay at first, the waits grow with the receives, to minutes in all."""
    from demandwatch.exceptions import RateLimitedError
    from demandwatch.handlers.notify import due_in

    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    limited = RateLimitedError("Slack chat.postMessage rate limited", 2)
    waits = [due_in(limited, now, receive) for receive in range(1, 5)]
    assert waits[0] == timedelta(seconds=2)
    assert waits == sorted(waits)
    assert sum(waits, timedelta()) >= timedelta(minutes=2)
    # A long Retry-After is honoured as it is.
    assert due_in(RateLimitedError("x", 300), now, 2) == timedelta(seconds=300)


# ---------------------------------------------------------------------- time budget


class _Context:
    def __init__(self, millis: int) -> None:
        self.millis = millis

    def get_remaining_time_in_millis(self) -> int:
        return self.millis


def test_polls_keep_a_quarter_of_the_remaining_time_at_most_thirty_seconds() -> None:
    from demandwatch.queue.fanout import poll_budget

    assert poll_budget(120) == 90  # ScheduleFunction's Timeout
    assert poll_budget(8) == 6
    assert poll_budget(300) == 270
    assert poll_budget(0) == 0


def test_an_invocation_reads_its_remaining_time_from_lambdas_context() -> None:
    import time

    from demandwatch.handlers._runtime import Invocation

    timed = Invocation(app=None, metrics=None, logger=None, context=_Context(8000))  # type: ignore[arg-type]
    assert timed.remaining_seconds() == 8.0
    deadline = timed.deadline(lambda left: left - 2)
    assert deadline is not None
    assert 5.5 < deadline - time.monotonic() <= 6.0
    # A context that does not say (a test's, an older runtime's): no budget, as before.
    untimed = Invocation(app=None, metrics=None, logger=None, context=object())  # type: ignore[arg-type]
    assert untimed.remaining_seconds() is None
    assert untimed.deadline(lambda left: left) is None
