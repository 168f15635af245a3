"""Source health transitions: reported once when failing or silent, once on recovery."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from demandwatch.core.health import assess
from demandwatch.core.models import SourceState

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def check(state: SourceState):  # type: ignore[no-untyped-def]
    return assess(state, source_name="UN News", expect_every=DAY, now=NOW)


def healthy() -> SourceState:
    return SourceState(
        "un-news", last_success=NOW, last_new_item=NOW - timedelta(hours=2), baseline_done=True
    )


def test_a_healthy_source_says_nothing() -> None:
    assert check(healthy()) is None


def test_one_or_two_failures_are_weather_three_are_an_outage() -> None:
    assert check(replace(healthy(), consecutive_failures=2, last_error="HTTP 500")) is None
    notice = check(replace(healthy(), consecutive_failures=3, last_error="empty 200 response"))
    assert notice is not None
    assert notice.kind == "failing"
    assert "empty 200 response" in notice.text()


def test_an_outage_already_reported_is_not_repeated() -> None:
    state = replace(healthy(), consecutive_failures=7, health_notified=True)
    assert check(state) is None


def test_recovery_is_reported_once() -> None:
    notice = check(replace(healthy(), health_notified=True))
    assert notice is not None
    assert notice.kind == "recovered"


def test_a_source_that_answers_but_brings_nothing_new_is_silent() -> None:
    state = replace(healthy(), last_new_item=NOW - 3 * DAY)
    notice = check(state)
    assert notice is not None
    assert notice.kind == "silent"
    assert "1 days" in notice.text() or "24 hours" in notice.text()
    assert check(replace(state, health_notified=True)) is None


def test_a_source_is_due_a_little_before_its_interval_has_fully_passed() -> None:
    from demandwatch.core.schedule import is_due

    five = timedelta(minutes=5)
    assert is_due(None, five, NOW)
    assert is_due(NOW - timedelta(minutes=4, seconds=30), five, NOW)  # the next 5-minute tick
    assert not is_due(NOW - timedelta(minutes=3), five, NOW)
    one = timedelta(minutes=1)
    assert not is_due(NOW - timedelta(seconds=30), one, NOW)  # slack is at most a fifth


def test_which_notice_stands_decides_what_follows() -> None:
    """Probe s16 R8: a source said silent that then fails is said failing; one said failing
    that answers again with nothing new says nothing more until it recovers (review s16
    A7); a state saved before the kind was
    kept (None) says nothing more until it recovers, as before."""
    old = NOW - timedelta(days=3)
    silent_said = SourceState(
        "wib",
        last_success=NOW,
        last_new_item=old,
        baseline_done=True,
        health_notified=True,
        health_kind="silent",
    )
    failing_now = replace(silent_said, consecutive_failures=3, last_error="HTTP 429")
    notice = assess(failing_now, source_name="WiB", expect_every=timedelta(days=1), now=NOW)
    assert notice is not None
    assert (notice.kind, notice.detail) == (
        "failing",
        "3 polls in a row failed; last error: HTTP 429",
    )
    assert assess(silent_said, source_name="WiB", expect_every=timedelta(days=1), now=NOW) is None

    failing_said = replace(failing_now, health_kind="failing")
    assert assess(failing_said, source_name="WiB", expect_every=timedelta(days=1), now=NOW) is None
    back_quiet = replace(failing_said, consecutive_failures=0, last_error=None)
    # Said until it recovers: "silent" here flapped with "failing" (review s16 A7).
    assert assess(back_quiet, source_name="WiB", expect_every=timedelta(days=1), now=NOW) is None
    recovered = replace(back_quiet, last_new_item=NOW)
    notice = assess(recovered, source_name="WiB", expect_every=timedelta(days=1), now=NOW)
    assert notice is not None
    assert notice.kind == "recovered"

    unknown = replace(failing_now, health_kind=None)
    assert assess(unknown, source_name="WiB", expect_every=timedelta(days=1), now=NOW) is None


def test_several_sources_alike_are_one_report_and_a_source_alone_its_own() -> None:
    """Review L11: the network down fails every source at once; ops hear it once, with
    each source named; a source failing alone is said as before."""
    from demandwatch.core.health import HealthGroup, HealthNotice, grouped, members
    from demandwatch.queue.fanout import HealthMessage, parse_notice

    def failing(source: str) -> HealthNotice:
        return HealthNotice(source, f"Wire {source}", "failing", "last error: timed out")

    back = HealthNotice("un-news", "UN News", "recovered", "polling normally again")
    [group, alone] = grouped([failing("a"), back, failing("b"), failing("c")])
    assert isinstance(group, HealthGroup)
    assert [n.source_id for n in members(group)] == ["a", "b", "c"]
    assert group.text().startswith("3 sources are failing: Wire a (a), Wire b (b), Wire c (c)\n")
    assert alone == back
    assert grouped([failing("a")]) == [failing("a")]

    # Queued by the schedule function, read back whole by the notify function.
    for report in (group, alone):
        message = HealthMessage(report, NOW).to_message()
        parsed = parse_notice(message.body)
        assert isinstance(parsed, HealthMessage)
        assert parsed.notice == report

    # Rollback (review V5): a group queued by this release and read by the previous one's
    # notify function, which reads "health" as one source's object and poisoned a list (every
    # receive into the DLQ, the sources recorded as said, ops told of none). "health" stays
    # the first source's object, as every release wrote it; the rest ride beside it.
    body = json.loads(HealthMessage(group, NOW).to_message().body)
    assert isinstance(body["health"], dict)
    assert body["health"]["source_id"] == "a"
    assert body["health"]["kind"] == "failing"
