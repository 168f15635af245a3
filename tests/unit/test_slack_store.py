"""The Slack delivery state in the SQLite store: threads, replies, mutes, claims, feedback.

Each check opens a second handle on the same file where it matters: that is what a second
process (another `demandwatch run`, the Socket Mode server) sees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from demandwatch.core.models import Feedback, Match, NewEntry, Thread
from demandwatch.store.base import Delivery
from demandwatch.store.sqlite import SqliteStore
from slack_support import event_alert

NOW = datetime(2012, 2, 4, 16, 5, tzinfo=UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "state.sqlite3"


@pytest.fixture
def open_store(path: Path) -> Iterator[Callable[[], SqliteStore]]:
    """Opens handles on the same file (each as another process would); closes them after."""
    opened: list[SqliteStore] = []

    def open_() -> SqliteStore:
        opened.append(SqliteStore(path))
        return opened[-1]

    yield open_
    for store in opened:
        store.close()


def _record(store: SqliteStore, *alerts) -> None:  # type: ignore[no-untyped-def]
    store.record_new(
        "un-press", [NewEntry(a.item.key + a.id, a) for a in alerts], NOW, timedelta(days=1)
    )


def test_threads_first_save_wins_and_replies_count_once(
    open_store: Callable[[], SqliteStore],
) -> None:
    one, two = open_store(), open_store()
    assert one.get_thread("s1", "C1") is None
    saved = one.save_thread(Thread("s1", "C1", "100.000100", "a1"))
    assert saved == Thread("s1", "C1", "100.000100", "a1", replies=0)
    # A second process posting the same story loses, and learns the winner's ts.
    assert two.save_thread(Thread("s1", "C1", "200.000200", "a9")).ts == "100.000100"
    assert one.record_reply("s1", "C1", "a2") == 1
    assert two.record_reply("s1", "C1", "a2") == 1  # a retried reply is not counted twice
    assert two.record_reply("s1", "C1", "a3") == 2
    assert one.get_thread("s1", "C1").replies == 2  # type: ignore[union-attr]
    assert one.get_thread("s1", "C2") is None  # threads are per channel


def test_mute_first_wins_and_shows_on_every_thread_of_the_story(
    open_store: Callable[[], SqliteStore],
) -> None:
    store = open_store()
    store.save_thread(Thread("s1", "C1", "1.1", "a1"))
    first = store.set_muted("s1", "U1", NOW)
    again = open_store().set_muted("s1", "U2", NOW + timedelta(minutes=1))
    assert first.won
    assert first.user == "U1"
    assert not again.won
    assert again.user == "U1"
    assert again.at == NOW
    thread = store.get_thread("s1", "C1")
    assert thread is not None
    assert thread.muted
    assert thread.muted_by == "U1"
    store.save_thread(Thread("s1", "C2", "2.2", "a1"))
    assert store.get_thread("s1", "C2").muted  # type: ignore[union-attr]


def test_first_claim_wins_and_state_follows(open_store: Callable[[], SqliteStore]) -> None:
    store = open_store()
    alert = event_alert("veto")
    _record(store, alert)
    store.claim_alerts(NOW, timedelta(minutes=5))
    store.complete_alert(alert.id, Delivery("C1", "1.1"), NOW)
    mine = store.claim_alert(alert.id, "U1", NOW)
    theirs = open_store().claim_alert(alert.id, "U2", NOW + timedelta(seconds=1))
    assert mine.won
    assert mine.user == "U1"
    assert not theirs.won
    assert theirs.user == "U1"
    assert theirs.at == NOW
    status = store.alert_status(alert.id)
    assert status is not None
    assert status.state == "claimed"
    assert status.claimed == replace(mine, won=False)
    assert (status.channel, status.ts, status.attempts) == ("C1", "1.1", 1)
    dismissed = store.dismiss_alert(alert.id, "U3", NOW)
    assert dismissed.won
    assert store.alert_state(alert.id) == "dismissed"
    assert store.alert_counts() == {"dismissed": 1}


def test_claim_does_not_steal_an_alert_being_delivered(
    open_store: Callable[[], SqliteStore],
) -> None:
    store = open_store()
    alert = event_alert("veto")
    _record(store, alert)
    store.claim_alerts(NOW, timedelta(minutes=5))
    assert store.claim_alert(alert.id, "U1", NOW).won
    assert store.alert_state(alert.id) == "delivering"  # the lease is the deliverer's
    assert store.alert_status("unknown") is None


def test_story_alerts_by_story_id_or_own_id(open_store: Callable[[], SqliteStore]) -> None:
    store = open_store()
    veto = replace(event_alert("veto"), story_id="s1")
    vote = replace(event_alert("vote_scheduled"), story_id="s1")
    lone = event_alert("statement")
    _record(store, veto, vote, lone)
    assert {a.id for a in store.story_alerts("s1")} == {veto.id, vote.id}
    assert [a.id for a in store.story_alerts(lone.id)] == [lone.id]
    assert store.story_alerts(veto.id) == []  # it belongs to s1
    assert store.get_alert(vote.id) == vote
    assert store.get_alert("nope") is None


def test_feedback_one_per_alert(open_store: Callable[[], SqliteStore]) -> None:
    store = open_store()
    feedback = Feedback(
        alert_id="a1",
        source_id="google-news",
        item_key="url:x",
        url="https://example.org/x",
        title="Syria football qualifier",
        matches=(Match("stop-veto-obstruction", ("veto*", "syria*")),),
        user="U1",
        at=NOW,
    )
    store.add_feedback(feedback)
    store.add_feedback(replace(feedback, user="U2"))
    assert open_store().list_feedback() == [feedback]
