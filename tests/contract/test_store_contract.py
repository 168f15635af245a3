"""One contract for every Store adapter: the SQLite file (embedded default) and DynamoDB
(moto server on 127.0.0.1). What passes here is what the service layer may rely on."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from aws_local import client, moto_server, unique
from demandwatch.core.models import (
    Actor,
    Alert,
    Event,
    Feedback,
    Item,
    Mark,
    Match,
    NewEntry,
    Report,
    SeenDocument,
    SourceState,
    Thread,
    VoteTally,
)
from demandwatch.core.stories import (
    Candidate,
    Story,
    StoryClusterer,
    StoryItem,
    lookback,
    reaches_back,
)
from demandwatch.store.base import Delivery, Store
from demandwatch.store.dynamodb import DynamoDbStore, create_table
from demandwatch.store.sqlite import SqliteStore
from eval_stories import EVAL, story_candidates

T0 = datetime(2026, 3, 4, 15, 30, 12, 345678, tzinfo=UTC)
LEASE = timedelta(minutes=5)
TTL = timedelta(hours=1)

# A factory opening a store: every call is a new handle on the same state (as a second
# process or a second Lambda container would have).
StoreFactory = Callable[[], Store]


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    with moto_server() as endpoint:
        yield endpoint


@pytest.fixture(params=["sqlite", "dynamodb"])
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    # SQLite handles belong to the thread that opened them: only the test thread's are
    # closed here; a test that opens one in a worker thread closes it there.
    opened: list[Store] = []
    if request.param == "sqlite":
        path = tmp_path / "state.sqlite3"

        def factory() -> Store:
            store = SqliteStore(path)
            if threading.current_thread() is threading.main_thread():
                opened.append(store)
            return store

    else:
        endpoint = request.getfixturevalue("moto_endpoint")
        table = unique("demandwatch")
        create_table(client("dynamodb", endpoint), table)

        def factory() -> Store:
            # Each handle gets its own boto3 client, as separate containers would.
            store = DynamoDbStore(table, client("dynamodb", endpoint))
            opened.append(store)
            return store

    yield factory
    for store in opened:
        store.close()


@pytest.fixture
def store(open_store: StoreFactory) -> Store:
    return open_store()


def make_alert(
    key: str,
    *,
    created: datetime = T0,
    text: str = "Draft S/2026/140 vetoed.",
    story_id: str | None = "story-1",
) -> Alert:
    item = Item(
        source_id="un-press",
        key=key,
        url=f"https://press.un.org/en/2026/{key}.doc.htm",
        title=f"Security Council fails to adopt draft on Syria ({key})",
        text=text,
        published=created - timedelta(minutes=3),
        fetched=created,
        language="en",
        symbols=("S/2026/140", "SC/99950"),
        vote=VoteTally(13, 2, 0, against_members=("China", "Russian Federation"), adopted=False),
    )
    return Alert(
        id=f"alert-{key}",
        item=item,
        matches=(Match("stop-veto-obstruction", ("veto", "Syria")),),
        source_name="UN Meetings Coverage and Press Releases",
        created=created,
        demand_titles={"stop-veto-obstruction": "Stop obstructing Security Council action"},
        event=Event(
            "veto",
            actors=(Actor("Russian Federation", "vetoed"),),
            date=date(2026, 3, 4),
            vote=item.vote,
        ),
        priority="P1",
        story_id=story_id,
        ga_debate_due=date(2026, 3, 18),
    )


def with_alert(key: str, created: datetime = T0, story_id: str | None = "story-1") -> NewEntry:
    return NewEntry(key, make_alert(key, created=created, story_id=story_id))


def unseen(store: Store, keys: list[str], now: datetime) -> set[str]:
    return set(keys) - set(store.seen_documents(keys, now))


# ---------------------------------------------------------------------- insert-if-absent


def test_new_keys_are_unseen_and_recording_them_inserts_each_once(store: Store) -> None:
    keys = ["a", "b", "c"]
    assert unseen(store, keys, T0) == set(keys)
    assert unseen(store, [], T0) == set()

    inserted = store.record_new(
        "un-press", [NewEntry("a"), with_alert("b"), NewEntry("c")], T0, TTL
    )
    assert inserted == ["a", "b", "c"]
    assert unseen(store, [*keys, "d"], T0) == {"d"}
    assert store.alert_state("alert-b") == "pending"
    assert store.alert_state("alert-a") is None

    again = store.record_new("un-press", [with_alert("a"), NewEntry("b"), with_alert("d")], T0, TTL)
    assert again == ["d"]
    # The alert of an item someone recorded first is dropped, not queued twice.
    assert store.alert_state("alert-a") is None


def test_a_key_listed_twice_in_one_call_is_inserted_once(store: Store) -> None:
    assert store.record_new("un-press", [with_alert("x"), with_alert("x")], T0, TTL) == ["x"]
    assert [a.id for a in store.claim_alerts(T0, LEASE)] == ["alert-x"]


def test_a_document_is_seen_once_whichever_source_lists_it(store: Store) -> None:
    store.record_new("un-news-all", [NewEntry("unnews:1167001", fingerprint="v1")], T0, TTL)
    assert unseen(store, ["unnews:1167001"], T0) == set()
    assert store.seen_documents(["unnews:1167001"], T0) == {
        "unnews:1167001": SeenDocument("unnews:1167001", "v1", 0)
    }
    # A second source listing it (a region feed) records nothing and raises no alert.
    assert store.record_new("un-news-middle-east", [with_alert("unnews:1167001")], T0, TTL) == []
    assert store.alert_state("alert-unnews:1167001") is None


def test_a_new_version_replaces_the_one_it_revises_once(store: Store) -> None:
    first = NewEntry("press:sc16601:blog", fingerprint="to-vote", level=205)
    assert store.record_new("un-press", [first], T0, TTL) == ["press:sc16601:blog"]
    later = T0 + timedelta(minutes=5)
    revised = NewEntry(
        "press:sc16601:blog",
        make_alert("press:sc16601:blog"),
        fingerprint="fails-to-adopt",
        level=308,
        revises="to-vote",
    )
    # Two pollers read "to-vote" and both try to record the rewrite: one wins.
    assert store.record_new("un-press", [revised], later, TTL) == ["press:sc16601:blog"]
    assert store.record_new("un-press", [revised], later, TTL) == []
    assert store.seen_documents(["press:sc16601:blog"], later) == {
        "press:sc16601:blog": SeenDocument("press:sc16601:blog", "fails-to-adopt", 308)
    }
    assert [a.id for a in store.claim_alerts(later, LEASE)] == ["alert-press:sc16601:blog"]
    # A version revising one the store no longer holds is refused, alert and all.
    stale = NewEntry("press:sc16601:blog", fingerprint="other", level=0, revises="to-vote")
    assert store.record_new("un-press", [stale], later, TTL) == []
    # An expired document is not revised: it is new again.
    gone = T0 + 2 * TTL
    assert store.seen_documents(["press:sc16601:blog"], gone) == {}
    assert store.record_new("un-press", [replace(stale, revises="fails-to-adopt")], gone, TTL) == []
    assert store.record_new("un-press", [replace(stale, revises=None)], gone, TTL) == [
        "press:sc16601:blog"
    ]


def test_what_a_version_reported_is_remembered_with_it(store: Store) -> None:
    """Probe s13 P20/P5: a revision is news when it reports something else than the
    version seen last, so that version's event and demands are kept with the document."""
    voted = Report("vote_scheduled", frozenset({"icc-referral"}))
    first = NewEntry("wib:icc-vote", fingerprint="to-vote", level=305, report=voted)
    store.record_new("wib", [first], T0, TTL)
    assert store.seen_documents(["wib:icc-vote"], T0)["wib:icc-vote"].report == voted
    later = T0 + timedelta(minutes=5)
    postponed = Report("vote_scheduled", frozenset({"icc-referral", "stop-veto-obstruction"}))
    revised = NewEntry(
        "wib:icc-vote", fingerprint="postponed", level=305, revises="to-vote", report=postponed
    )
    assert store.record_new("wib", [revised], later, TTL) == ["wib:icc-vote"]
    assert store.seen_documents(["wib:icc-vote"], later) == {
        "wib:icc-vote": SeenDocument("wib:icc-vote", "postponed", 305, postponed)
    }
    # A version that matched nothing reports nothing, which is not "unknown".
    quiet = NewEntry("wib:quiet", fingerprint="q", report=Report())
    store.record_new("wib", [quiet], later, TTL)
    assert store.seen_documents(["wib:quiet"], later)["wib:quiet"].report == Report()
    # A record written without a report (as every record was before) reads as unknown.
    store.record_new("wib", [NewEntry("wib:old", fingerprint="o")], later, TTL)
    assert store.seen_documents(["wib:old"], later)["wib:old"].report is None


def test_the_facts_of_a_decision_are_remembered_beside_its_report(store: Store) -> None:
    """The facts live beside the report, which keeps the form every release reads (probe
    s15 K6: a rolled-back release read facts kept inside the report as a new demand)."""
    decided = Report(
        "veto",
        frozenset({"stop-veto-obstruction"}),
        frozenset({"doc:S/2026/3501", "vetoer:Russian Federation", "vote:13-1"}),
    )
    store.record_new("press", [NewEntry("press:veto", fingerprint="v1", report=decided)], T0, TTL)
    assert store.seen_documents(["press:veto"], T0)["press:veto"].report == decided
    none_named = Report("veto", frozenset({"stop-veto-obstruction"}), frozenset())
    revised = NewEntry("press:veto", fingerprint="v2", revises="v1", report=none_named)
    assert store.record_new("press", [revised], T0, TTL) == ["press:veto"]
    assert store.seen_documents(["press:veto"], T0)["press:veto"].report == none_named


def test_a_document_is_found_under_its_relisting_key_as_it_was_recorded(store: Store) -> None:
    """Probe s21 U3: a wire's story listed again under a new link and guid is found by the
    key recorded beside its own (its source, version and time), with what it reported."""
    reported = Report("statement", frozenset({"stop-veto-obstruction"}))
    flash = NewEntry(
        "url:wire.example/world/russia-blocks-statement",
        make_alert("url:wire.example/world/russia-blocks-statement"),
        fingerprint="v1",
        level=205,
        report=reported,
        relisting_key="relisted:wire:v1:20261230T123117",
    )
    assert store.record_new("wire", [flash], T0, TTL) == [flash.key]
    assert store.seen_documents(["relisted:wire:v1:20261230T123117"], T0) == {
        "relisted:wire:v1:20261230T123117": SeenDocument(
            "relisted:wire:v1:20261230T123117", "v1", 205, reported
        )
    }
    # Asked with the document keys of a poll, in the same call.
    both = store.seen_documents([flash.key, "url:new", "relisted:wire:v1:20261230T123117"], T0)
    assert set(both) == {flash.key, "relisted:wire:v1:20261230T123117"}
    # An entry the store refused (another poller recorded the document first) leaves none.
    lost = NewEntry(flash.key, fingerprint="v1", relisting_key="relisted:wire:v1:other")
    assert store.record_new("wire", [lost], T0, TTL) == []
    assert store.seen_documents(["relisted:wire:v1:other"], T0) == {}
    # A record written without one (as every record was before) is found by its key alone.
    store.record_new("wire", [NewEntry("url:old", fingerprint="o")], T0, TTL)
    assert set(store.seen_documents(["url:old"], T0)) == {"url:old"}
    # It expires with its document.
    assert store.seen_documents(["relisted:wire:v1:20261230T123117"], T0 + 2 * TTL) == {}


def test_the_relisting_keys_of_a_whole_answer_are_recorded(store: Store) -> None:
    """More than one write batch of them (DynamoDB takes 25 a request), two entries with
    one key among them (one answer listing a story twice)."""
    entries = [
        NewEntry(f"url:wire.example/{n}", fingerprint=f"v{n}", relisting_key=f"relisted:w:{n}")
        for n in range(60)
    ]
    entries.append(
        NewEntry("url:wire.example/again", fingerprint="v7", relisting_key="relisted:w:7")
    )
    assert len(store.record_new("wire", entries, T0, TTL)) == 61
    wanted = [f"relisted:w:{n}" for n in range(60)]
    assert set(store.seen_documents(wanted, T0)) == set(wanted)


def test_a_state_file_from_before_reports_reads_its_documents(tmp_path: Path) -> None:
    """A SQLite file written before reports were remembered: its documents read, their
    report unknown, and new versions record theirs."""
    import sqlite3

    path = tmp_path / "state.sqlite3"
    first = SqliteStore(path)
    first.record_new("s", [NewEntry("doc", fingerprint="v1", level=305)], T0, TTL)
    first.close()
    with sqlite3.connect(path) as db:  # the documents table as it was: no report column
        db.execute("ALTER TABLE documents DROP COLUMN report")
    reopened = SqliteStore(path)
    try:
        assert reopened.seen_documents(["doc"], T0) == {"doc": SeenDocument("doc", "v1", 305)}
        report = Report("veto", frozenset({"stop-veto-obstruction"}))
        entry = NewEntry("doc", fingerprint="v2", level=305, revises="v1", report=report)
        assert reopened.record_new("s", [entry], T0, TTL) == ["doc"]
        assert reopened.seen_documents(["doc"], T0)["doc"].report == report
    finally:
        reopened.close()


def test_very_long_keys_work(store: Store) -> None:
    long_key = "https://news.google.com/rss/articles/" + "CBMi" * 600
    assert store.record_new("g", [NewEntry(long_key), NewEntry(long_key + "x")], T0, TTL) == [
        long_key,
        long_key + "x",
    ]
    assert unseen(store, [long_key, long_key + "x", long_key + "y"], T0) == {long_key + "y"}


def test_many_keys_are_checked_in_one_call(store: Store) -> None:
    keys = [f"k{n}" for n in range(250)]
    store.record_new("bulk", [NewEntry(k) for k in keys[:180]], T0, TTL)
    assert unseen(store, keys, T0) == set(keys[180:])


def test_two_concurrent_writers_alert_each_item_exactly_once(open_store: StoreFactory) -> None:
    keys = [f"item-{n}" for n in range(15)]
    results: list[list[str]] = [[], []]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def write(index: int) -> None:
        writer = open_store()  # each writer is its own process/container, with its own handle
        try:
            start.wait()
            results[index] = writer.record_new("un-press", [with_alert(k) for k in keys], T0, TTL)
        except BaseException as exc:  # surfaced below, in the test thread
            errors.append(exc)
        finally:
            writer.close()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert set(results[0]).isdisjoint(results[1])
    assert sorted(results[0] + results[1]) == sorted(keys)
    claimed = open_store().claim_alerts(T0, LEASE, limit=100)
    assert sorted(a.id for a in claimed) == sorted(f"alert-{k}" for k in keys)


def test_pollers_racing_on_one_document_from_two_sources_alert_it_once(
    open_store: StoreFactory,
) -> None:
    """Two processes poll two feeds listing the same documents, new and rewritten, at once."""
    setup = open_store()
    setup.record_new("un-press", [NewEntry("rewritten", fingerprint="v1", level=205)], T0, TTL)
    new_keys = [f"unnews:{n}" for n in range(10)]
    results: list[list[str]] = [[], []]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def write(index: int, source: str) -> None:
        writer = open_store()
        try:
            entries = [with_alert(k) for k in new_keys]
            entries.append(
                NewEntry(
                    "rewritten",
                    make_alert("rewritten"),
                    fingerprint="v2",
                    level=308,
                    revises="v1",
                )
            )
            start.wait()
            results[index] = writer.record_new(source, entries, T0, TTL)
        except BaseException as exc:  # surfaced below, in the test thread
            errors.append(exc)
        finally:
            writer.close()

    threads = [
        threading.Thread(target=write, args=(i, s))
        for i, s in enumerate(("un-news-all", "un-news-middle-east"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert set(results[0]).isdisjoint(results[1])
    assert sorted(results[0] + results[1]) == sorted([*new_keys, "rewritten"])
    claimed = open_store().claim_alerts(T0, LEASE, limit=100)
    assert sorted(a.id for a in claimed) == sorted(f"alert-{k}" for k in [*new_keys, "rewritten"])


# ---------------------------------------------------------------------- TTL


def test_a_seen_key_expires_after_its_ttl_and_can_be_recorded_again(store: Store) -> None:
    store.record_new("un-press", [NewEntry("old")], T0, TTL)
    assert unseen(store, ["old"], T0 + TTL - timedelta(seconds=1)) == set()
    assert unseen(store, ["old"], T0 + TTL) == {"old"}
    # Before expiry a second recording loses; after it, the item is new again.
    assert store.record_new("un-press", [NewEntry("old")], T0 + timedelta(minutes=30), TTL) == []
    assert store.record_new("un-press", [NewEntry("old")], T0 + TTL, TTL) == ["old"]
    assert unseen(store, ["old"], T0 + 2 * TTL - timedelta(seconds=1)) == set()


def test_a_sqlite_store_deletes_the_documents_forgotten_when_it_records_more(
    tmp_path: Path,
) -> None:
    """Review V7: SQLite has no TTL, and every document ever seen kept its row (the state
    file grew for good). Recording deletes those expired by then, never a live one."""
    store = SqliteStore(tmp_path / "state.sqlite3")
    try:
        store.record_new("un-press", [NewEntry("old"), NewEntry("older")], T0, TTL)
        store.record_new("wire", [NewEntry("mid")], T0 + TTL / 2, TTL)
        store.record_new("wire", [NewEntry("new")], T0 + TTL, TTL)
        with sqlite3.connect(tmp_path / "state.sqlite3") as db:
            keys = sorted(row[0] for row in db.execute("SELECT doc_key FROM documents"))
        assert keys == ["mid", "new"]
        assert unseen(store, ["mid", "new"], T0 + TTL) == set()
    finally:
        store.close()


def test_the_seen_mark_moves_when_another_handle_writes_or_a_record_expires(
    open_store: StoreFactory,
) -> None:
    """A poll that decides in a worker reads its documents again only when the mark says
    something besides its own handle's records may have changed them (service.poll_source):
    a mark that stayed equal across another handle's record would let a document two
    processes list alert twice."""
    store, other = open_store(), open_store()
    mark = store.seen_mark()
    if mark is None:  # a store that cannot tell: every read is taken as possibly stale
        return
    store.record_new("un-press", [NewEntry("own")], T0, TTL)
    assert store.seen_mark() == mark  # its own records are the caller's to know
    other.record_new("wire", [NewEntry("theirs")], T0, TTL)
    moved = store.seen_mark()
    assert moved != mark
    assert store.seen_mark() == moved
    # "own" and "theirs" expire by T0 + TTL: recording then forgets them.
    store.record_new("un-press", [NewEntry("later")], T0 + TTL, TTL)
    assert store.seen_mark() != moved


def test_every_field_of_a_source_state_round_trips(store: Store) -> None:
    defaults = SourceState(source_id="un-press")
    full = SourceState(
        source_id="un-press",
        etag='"v1"',
        last_modified="Wed, 04 Mar 2026 15:00:00 GMT",
        body_hash="f" * 64,
        last_success=T0,
        last_attempt=T0 + timedelta(seconds=2),
        consecutive_failures=4,
        last_error="HTTP 503",
        last_new_item=T0 - timedelta(hours=1),
        baseline_done=True,
        health_notified=True,
        health_kind="failing",
        retry_at=T0 + timedelta(minutes=2),
        setup_error="appname missing",
        watching_since=T0 - timedelta(days=1),
        harvest_token="token-2",
        harvest_from=T0 - timedelta(minutes=9),
        feed="oai\x1fhttps://digitallibrary.un.org/oai2d\x1f\x1f",
    )
    # Every field is set to something other than its default: a field the store forgot
    # to keep would read back as the default.
    assert [f.name for f in fields(full) if getattr(full, f.name) == getattr(defaults, f.name)] == [
        "source_id"
    ]
    store.save_source_state(full)
    assert store.get_source_state("un-press") == full


def test_an_item_back_after_its_ttl_does_not_resurrect_its_delivered_alert(store: Store) -> None:
    assert store.record_new("un-press", [with_alert("back")], T0, TTL) == ["back"]
    [claimed] = store.claim_alerts(T0, LEASE)
    store.complete_alert(claimed.id, Delivery("#syria-un", "1700000000.000100"), T0)

    later = T0 + 2 * TTL
    assert store.record_new("un-press", [with_alert("back", later)], later, TTL) == ["back"]
    assert store.alert_state("alert-back") == "posted"
    assert store.claim_alerts(later, LEASE) == []


# ---------------------------------------------------------------------- alert life cycle


def test_claimed_alerts_round_trip_every_field(store: Store) -> None:
    original = make_alert("full", text="Arabic: مجلس الأمن — French: Conseil de sécurité")
    store.record_new("un-press", [NewEntry("full", original)], T0, TTL)
    [claimed] = store.claim_alerts(T0, LEASE)
    assert claimed == original
    assert claimed.demand_titles == original.demand_titles
    assert claimed.item.vote == original.item.vote
    assert claimed.created == original.created


def test_claim_lease_complete_and_release(store: Store) -> None:
    store.record_new("un-press", [with_alert("first")], T0, TTL)
    store.record_new("un-press", [with_alert("second")], T0 + timedelta(seconds=1), TTL)
    now = T0 + timedelta(seconds=2)

    assert [a.id for a in store.claim_alerts(now, LEASE)] == ["alert-first", "alert-second"]
    assert store.alert_state("alert-first") == "delivering"
    # Claimed alerts are nobody else's until the lease lapses ...
    assert store.claim_alerts(now + LEASE - timedelta(seconds=1), LEASE) == []
    # ... and then anyone's: a worker that died mid-delivery does not lose the alert.
    retaken = store.claim_alerts(now + LEASE, LEASE)
    assert [a.id for a in retaken] == ["alert-first", "alert-second"]

    later = now + LEASE + timedelta(seconds=1)
    store.complete_alert("alert-first", Delivery("#syria-un", "1700000000.000200"), later)
    assert store.alert_state("alert-first") == "posted"

    retry_at = later + timedelta(minutes=1)
    store.release_alert("alert-second", "HTTP 503 from Slack", retry_at)
    assert store.alert_state("alert-second") == "pending"
    assert store.claim_alerts(retry_at - timedelta(seconds=1), LEASE) == []
    assert [a.id for a in store.claim_alerts(retry_at, LEASE)] == ["alert-second"]
    # A posted alert never comes back, however late; an unfinished claim always does.
    far = retry_at + timedelta(days=30)
    assert [a.id for a in store.claim_alerts(far, LEASE)] == ["alert-second"]
    assert store.alert_state("alert-first") == "posted"


def test_a_released_alert_is_queued_again_at_its_retry_time_not_at_the_outbox_recheck(
    store: Store,
) -> None:
    """The cloud's notify consumes the message of an alert Slack failed for a moment; the
    outbox must hand the alert out again when its retry is due, not a recheck later
    (a veto would otherwise reach Slack a quarter of an hour after a blip of seconds)."""
    store.record_new("s", [with_alert("blip")], T0, TTL)
    recheck = timedelta(minutes=15)
    now = T0 + timedelta(seconds=5)
    assert [a.id for a in store.take_outbox(now, recheck)] == ["alert-blip"]
    assert store.lease_alert("alert-blip", now, LEASE) is not None
    retry_at = now + timedelta(seconds=30)
    store.release_alert("alert-blip", "HTTP 503 from Slack", retry_at)
    assert store.take_outbox(retry_at - timedelta(seconds=1), recheck) == []
    assert [a.id for a in store.take_outbox(retry_at, recheck)] == ["alert-blip"]
    # Taken again, its next turn is the recheck once more (a lost message is covered).
    assert store.take_outbox(retry_at + timedelta(minutes=14), recheck) == []
    assert [a.id for a in store.take_outbox(retry_at + recheck, recheck)] == ["alert-blip"]


def test_an_outbox_take_whose_send_failed_is_given_back_for_the_next_relay(
    store: Store,
) -> None:
    """Probe2 G1: a relay that took alerts and saw the queue refuse them gives them back
    at once; only its own take is undone (not one another relay made since, nor an alert
    delivered meanwhile)."""
    recheck = timedelta(minutes=15)
    store.record_new("s", [with_alert("one"), with_alert("two"), with_alert("three")], T0, TTL)
    now = T0 + timedelta(seconds=5)
    taken = [a.id for a in store.take_outbox(now, recheck)]
    assert sorted(taken) == ["alert-one", "alert-three", "alert-two"]
    # "three" was delivered meanwhile (an earlier message of it arrived): not given back.
    assert store.lease_alert("alert-three", now, LEASE) is not None
    store.complete_alert("alert-three", Delivery("C0SYRIAUN", "1.000100"), now)
    assert store.release_outbox(taken, now + recheck, now) == 2
    later = now + timedelta(seconds=1)
    assert sorted(a.id for a in store.take_outbox(later, recheck)) == ["alert-one", "alert-two"]
    # That second take is another relay's: the first one's late release leaves it alone.
    assert store.release_outbox(taken, now + recheck, now) == 0
    assert store.take_outbox(later + timedelta(minutes=14), recheck) == []
    assert store.release_outbox([], now + recheck, now) == 0


def test_a_pending_alert_held_back_can_be_brought_forward(store: Store) -> None:
    """A P2 held for a channel's quiet hours whose window was taken out of the
    configuration: its next try and outbox turn become now; a delivered alert and one
    in another's lease are left alone."""
    recheck = timedelta(minutes=15)
    store.record_new("s", [with_alert("quiet"), with_alert("leased")], T0, TTL)
    now = T0 + timedelta(minutes=5)
    assert store.lease_alert("alert-quiet", now, LEASE) is not None
    store.release_alert("alert-quiet", "quiet hours", now + timedelta(hours=2), counted=False)
    assert store.lease_alert("alert-leased", now, LEASE) is not None
    assert store.lease_alert("alert-quiet", now, LEASE) is None  # not due: held back
    assert store.bring_forward("alert-quiet", now) is True
    assert store.bring_forward("alert-leased", now) is False
    assert "alert-quiet" in [a.id for a in store.take_outbox(now, recheck)]  # its turn too
    assert store.lease_alert("alert-quiet", now, LEASE) is not None
    store.complete_alert("alert-quiet", Delivery("C0SYRIAUN", "1.000200"), now)
    assert store.bring_forward("alert-quiet", now) is False
    assert store.alert_state("alert-quiet") == "posted"


def test_a_pending_alert_whose_outbox_turn_is_later_can_be_brought_forward(store: Store) -> None:
    """Probe s15 K3: an alert a Slack outage left untried (due, but its outbox turn 15
    minutes on) is due with the alert that met the outage: at its retry time, half a
    minute on (or at once, for a refused token), not at the outbox's turn."""
    recheck = timedelta(minutes=15)
    store.record_new("s", [with_alert("untried"), with_alert("now")], T0, TTL)
    now = T0 + timedelta(minutes=5)
    assert sorted(a.id for a in store.take_outbox(now, recheck)) == ["alert-now", "alert-untried"]
    retry = now + timedelta(seconds=30)  # the tried alert's retry time
    assert store.bring_forward("alert-untried", retry) is True
    assert store.bring_forward("alert-now", now) is True  # a refused token: at once
    assert [a.id for a in store.take_outbox(now, recheck)] == ["alert-now"]
    assert store.take_outbox(retry - timedelta(seconds=1), recheck) == []
    assert [a.id for a in store.take_outbox(retry, recheck)] == ["alert-untried"]
    assert store.bring_forward("alert-untried", retry + 2 * recheck) is False  # never later
    store.record_new("s", [with_alert("due")], retry, TTL)
    assert store.bring_forward("alert-due", retry) is False  # due already: nothing to move


def test_an_alert_held_by_a_lease_is_due_in_the_outbox_when_the_lease_ends(store: Store) -> None:
    """Probe s18 C2: a notify invocation killed holding an alert's lease (its Timeout)
    left the alert to the outbox turn its queueing gave it, a quarter of an hour on; its
    turn becomes the lease's end, never later than it was, and only for a held alert."""
    recheck = timedelta(minutes=15)
    store.record_new("s", [with_alert("held"), with_alert("free")], T0, TTL)
    now = T0 + timedelta(seconds=5)
    assert sorted(a.id for a in store.take_outbox(now, recheck)) == ["alert-free", "alert-held"]
    assert store.lease_alert("alert-held", now, LEASE) is not None
    assert store.requeue_at_lease_end("alert-free") is None  # pending: nobody holds it
    assert store.requeue_at_lease_end("alert-held") == now + LEASE
    assert store.requeue_at_lease_end("alert-held") is None  # its turn is the lease's end now
    assert store.alert_state("alert-held") == "delivering"  # the lease itself is untouched
    assert store.take_outbox(now + LEASE - timedelta(seconds=1), recheck) == []
    assert [a.id for a in store.take_outbox(now + LEASE, recheck)] == ["alert-held"]
    assert store.lease_alert("alert-held", now + LEASE, LEASE) is not None  # lapsed: leasable
    store.complete_alert("alert-held", Delivery("C0SYRIAUN", "1.000300"), now + LEASE)
    assert store.requeue_at_lease_end("alert-held") is None
    assert store.requeue_at_lease_end("alert-unknown") is None


def test_undelivered_alerts_say_when_each_is_next_due(store: Store) -> None:
    """What a run leaves behind: pending alerts with their retry time, leased ones with
    the end of their lease, the most urgent first; delivered ones are not listed."""
    recorded = [("p2", "P2"), ("p1", "P1"), ("done", "P1")]
    for n, (key, priority) in enumerate(recorded):
        alert = replace(make_alert(key, created=T0 + timedelta(seconds=n)), priority=priority)
        store.record_new("s", [NewEntry(key, alert)], T0 + timedelta(seconds=n), TTL)
    now = T0 + timedelta(minutes=1)
    assert store.lease_alert("alert-done", now, LEASE) is not None
    store.complete_alert("alert-done", Delivery("#syria-un", "1700000000.000200"), now)
    assert store.lease_alert("alert-p1", now, LEASE) is not None
    store.release_alert(
        "alert-p1", "Slack chat.postMessage rate limited", now + timedelta(minutes=2)
    )
    assert store.lease_alert("alert-p2", now, LEASE, holder="host:1") is not None
    records = store.undelivered_alerts()
    assert [(r.alert.id, r.state, r.retry_at, r.attempts) for r in records] == [
        ("alert-p1", "pending", now + timedelta(minutes=2), 1),
        ("alert-p2", "delivering", now + LEASE, 1),
    ]
    assert records[0].last_error == "Slack chat.postMessage rate limited"
    assert [r.alert.id for r in store.undelivered_alerts(limit=1)] == ["alert-p1"]


def test_a_dead_holders_lease_ends_when_its_post_could_have_landed(store: Store) -> None:
    """Leases of a holder known to be gone end now, except for an alert whose post it
    began less than ``landing`` ago: that lease ends when the post could last have landed
    (a new lease forgets the post of the last one)."""
    for n, key in enumerate(("posting", "idle", "posted-long-ago")):
        store.record_new("s", [with_alert(key)], T0 + timedelta(seconds=n), TTL)
    leased = T0 + timedelta(minutes=1)
    assert len(store.claim_alerts(leased, LEASE, holder="host:9")) == 3
    store.note_sending("alert-posted-long-ago", leased, holder="host:9")
    now = leased + timedelta(minutes=2)
    store.note_sending("alert-posting", now - timedelta(seconds=3), holder="host:9")
    store.note_sending("alert-idle", now, holder="someone-else:1")  # not its holder: ignored
    landing = timedelta(seconds=20)
    assert store.break_leases(["host:9"], now, landing=landing) == 3
    assert [a.id for a in store.claim_alerts(now, LEASE)] == ["alert-idle", "alert-posted-long-ago"]
    [posting] = [r for r in store.undelivered_alerts() if r.alert.id == "alert-posting"]
    assert (posting.retry_at, posting.holder) == (now + timedelta(seconds=17), "host:9")
    # Found gone again by the next run: nothing to shorten, the lease stands.
    assert store.break_leases(["host:9"], now + timedelta(seconds=1), landing=landing) == 0
    assert store.claim_alerts(now + timedelta(seconds=16), LEASE) == []
    assert [a.id for a in store.claim_alerts(now + timedelta(seconds=17), LEASE)] == [
        "alert-posting"
    ]
    # A new lease forgets the dead holder's post: broken at once if its holder dies too.
    store.claim_alerts(now + timedelta(minutes=30), LEASE, holder="host:10")
    assert store.break_leases(["host:10"], now + timedelta(minutes=30), landing=landing) == 3


def test_claim_respects_the_limit_and_takes_the_oldest_first(store: Store) -> None:
    for n in range(5):
        store.record_new("s", [with_alert(f"n{n}")], T0 + timedelta(seconds=n), TTL)
    now = T0 + timedelta(minutes=1)
    assert [a.id for a in store.claim_alerts(now, LEASE, limit=2)] == ["alert-n0", "alert-n1"]
    assert [a.id for a in store.claim_alerts(now, LEASE, limit=10)] == [
        "alert-n2",
        "alert-n3",
        "alert-n4",
    ]


def test_claims_and_the_outbox_take_the_most_urgent_first_then_the_oldest(store: Store) -> None:
    """After an outage a veto recorded last must not wait behind the backlog: P1 before
    P2 before P3 whatever their age, and the oldest first within one priority."""
    recorded = [("old-p2", "P2"), ("old-p3", "P3"), ("mid-p2", "P2"), ("new-p1", "P1")]
    for n, (key, priority) in enumerate(recorded):
        alert = replace(make_alert(key, created=T0 + timedelta(seconds=n)), priority=priority)
        store.record_new("s", [NewEntry(key, alert)], T0 + timedelta(seconds=n), TTL)
    now = T0 + timedelta(minutes=1)
    urgent_first = ["alert-new-p1", "alert-old-p2", "alert-mid-p2", "alert-old-p3"]
    assert [a.id for a in store.take_outbox(now, LEASE, limit=10)] == urgent_first
    assert [a.id for a in store.claim_alerts(now, LEASE, limit=1)] == urgent_first[:1]
    assert [a.id for a in store.claim_alerts(now, LEASE, limit=10)] == urgent_first[1:]
    # A released P1 that is due again still goes first.
    store.release_alert("alert-new-p1", "HTTP 503 from Slack", now)
    store.release_alert("alert-old-p2", "HTTP 503 from Slack", now)
    later = now + LEASE
    assert [a.id for a in store.claim_alerts(later, LEASE, limit=1)] == ["alert-new-p1"]


def test_a_state_file_from_before_priorities_claims_by_priority_too(tmp_path: Path) -> None:
    """A SQLite file written before claims went by priority: its alerts get theirs from
    their payload when the file is opened."""
    import sqlite3

    path = tmp_path / "state.sqlite3"
    first = SqliteStore(path)
    p2 = replace(make_alert("old-p2"), priority="P2")
    first.record_new("s", [NewEntry("old-p2", p2)], T0, TTL)
    p1 = replace(make_alert("new-p1", created=T0 + timedelta(seconds=1)), priority="P1")
    first.record_new("s", [NewEntry("new-p1", p1)], T0 + timedelta(seconds=1), TTL)
    first.close()
    with sqlite3.connect(path) as db:  # the alerts table as it was: no priority column
        db.execute("ALTER TABLE alerts DROP COLUMN priority")
    reopened = SqliteStore(path)
    try:
        assert [a.id for a in reopened.claim_alerts(T0 + timedelta(minutes=1), LEASE)] == [
            "alert-new-p1",
            "alert-old-p2",
        ]
    finally:
        reopened.close()


def test_unknown_alerts_have_no_state_and_completing_one_creates_nothing(store: Store) -> None:
    assert store.alert_state("no-such-alert") is None
    store.complete_alert("no-such-alert", Delivery("#x", "1.2"), T0)
    store.release_alert("no-such-alert", "boom", T0)
    assert store.alert_state("no-such-alert") is None
    assert store.claim_alerts(T0 + timedelta(days=1), LEASE) == []


# ---------------------------------------------------------------------- source state


def test_a_source_that_cannot_be_asked_keeps_why_until_it_can(store: Store) -> None:
    unset = SourceState(
        "reliefweb-syria", last_error="set RELIEFWEB_APPNAME", setup_error="set RELIEFWEB_APPNAME"
    )
    store.save_source_state(unset)
    assert store.get_source_state("reliefweb-syria") == unset
    asked = replace(unset, setup_error=None, last_error=None, last_attempt=T0, last_success=T0)
    store.save_source_state(asked)
    assert store.get_source_state("reliefweb-syria").setup_error is None


def test_a_health_notice_is_taken_back_by_its_flag_alone(store: Store) -> None:
    """Review A s14 MED-3: the notify function took a notice back by writing the whole
    state it had read, erasing a good poll saved in between. The flag is switched alone,
    on condition."""
    failing = SourceState(
        "un-news", consecutive_failures=6, last_error="HTTP 503", health_notified=True
    )
    store.save_source_state(failing)
    # A good poll lands (the notify function read the state before it).
    recovered = replace(
        failing, consecutive_failures=0, last_error=None, last_success=T0, etag='"v2"'
    )
    store.save_source_state(recovered)
    assert store.switch_health_notified("un-news", was=True) is True
    assert store.get_source_state("un-news") == replace(recovered, health_notified=False)
    # Already switched (or moved on): nothing is written.
    assert store.switch_health_notified("un-news", was=True) is False
    assert store.get_source_state("un-news") == replace(recovered, health_notified=False)
    assert store.switch_health_notified("never-polled", was=True) is False


def test_source_state_round_trip(store: Store) -> None:
    assert store.get_source_state("never-polled") == SourceState(source_id="never-polled")

    full = SourceState(
        source_id="un-press",
        etag='W/"5f2-1a"',
        last_modified="Wed, 04 Mar 2026 15:00:00 GMT",
        body_hash="0" * 64,
        last_success=T0,
        last_attempt=T0 + timedelta(seconds=1),
        consecutive_failures=0,
        last_error=None,
        last_new_item=T0 - timedelta(hours=2),
        baseline_done=True,
        health_notified=True,
        health_kind="silent",
        retry_at=T0 + timedelta(seconds=120),
        watching_since=T0 - timedelta(days=3),
        feed="rss\x1fhttps://press.un.org/en/rss.xml\x1f\x1f",
    )
    store.save_source_state(full)
    assert store.get_source_state("un-press") == full

    failing = SourceState(
        source_id="un-press",
        last_attempt=T0 + timedelta(minutes=5),
        consecutive_failures=3,
        last_error="HTTP 503",
        watching_since=T0,
    )
    store.save_source_state(failing)
    assert store.get_source_state("un-press") == failing
    assert store.get_source_state("other") == SourceState(source_id="other")


def test_source_states_are_found_by_the_feed_they_polled(store: Store) -> None:
    """Probe s16 R9: a source renamed in sources.yaml finds its old id's state by the
    feed both poll; the feed survives the round trip and a state saved without one (or
    with another feed) is not found."""
    feed = "rss\x1fhttp://127.0.0.1:18985/press.xml\x1f\x1f"
    polled = SourceState("press", etag='"v9"', last_success=T0, baseline_done=True, feed=feed)
    store.save_source_state(polled)
    store.save_source_state(SourceState("wire", baseline_done=True, feed=feed + "x"))
    store.save_source_state(SourceState("undated", baseline_done=True))
    assert store.get_source_state("press") == polled
    assert store.source_states_polling(feed) == [polled]
    assert store.source_states_polling("rss\x1fhttp://elsewhere.example/feed\x1f\x1f") == []
    # A second id polling it (the state taken over), and the feed moved from the first.
    store.save_source_state(replace(polled, source_id="un-press"))
    store.save_source_state(replace(polled, feed=feed + "moved"))
    assert store.source_states_polling(feed) == [replace(polled, source_id="un-press")]


def test_a_request_slot_is_taken_once_across_processes(open_store: StoreFactory) -> None:
    first, second = open_store(), open_store()
    slot = T0 + timedelta(seconds=5)
    # A source never polled: the first process takes the slot, the second is told to wait.
    assert first.reserve_request("gdelt", T0, slot) is None
    assert second.reserve_request("gdelt", T0 + timedelta(seconds=1), slot) == slot
    assert second.get_source_state("gdelt").retry_at == slot
    # Once the bar lifts, the next slot can be taken, and the rest of the state is kept.
    first.save_source_state(replace(first.get_source_state("gdelt"), etag='"v1"'))
    later = slot + timedelta(seconds=5)
    assert second.reserve_request("gdelt", slot, later) is None
    assert first.get_source_state("gdelt") == SourceState("gdelt", etag='"v1"', retry_at=later)


def test_two_processes_racing_for_a_slot_get_it_once(open_store: StoreFactory) -> None:
    results: list[datetime | None] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)
    slot = T0 + timedelta(seconds=5)

    def take() -> None:
        handle = open_store()
        try:
            start.wait()
            results.append(handle.reserve_request("gdelt", T0, slot))
        except BaseException as exc:  # surfaced below, in the test thread
            errors.append(exc)
        finally:
            handle.close()

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(results, key=lambda r: r is not None) == [None, slot, slot, slot]


def test_state_written_by_one_handle_is_read_by_another(open_store: StoreFactory) -> None:
    writer, reader = open_store(), open_store()
    writer.save_source_state(SourceState("s", etag='"v2"', baseline_done=True))
    writer.record_new("s", [with_alert("k")], T0, TTL)
    assert reader.get_source_state("s").etag == '"v2"'
    assert unseen(reader, ["k"], T0) == set()
    assert reader.alert_state("alert-k") == "pending"


# ---------------------------------------------------------------------- Slack delivery state


def test_get_alert_and_story_alerts(store: Store) -> None:
    store.record_new(
        "s", [with_alert("late", T0 + timedelta(minutes=5))], T0 + timedelta(minutes=5), TTL
    )
    store.record_new("s", [with_alert("early")], T0, TTL)
    store.record_new("s", [with_alert("other", story_id="story-2")], T0, TTL)
    store.record_new("s", [with_alert("alone", story_id=None)], T0, TTL)

    assert store.get_alert("alert-early") == make_alert("early")
    assert store.get_alert("nope") is None
    assert [a.id for a in store.story_alerts("story-1")] == ["alert-early", "alert-late"]
    assert [a.id for a in store.story_alerts("story-2")] == ["alert-other"]
    # An alert the clustering gave no story is its own story.
    assert [a.id for a in store.story_alerts("alert-alone")] == ["alert-alone"]
    assert store.story_alerts("no-such-story") == []


def test_alert_status_follows_delivery_claim_and_dismissal(store: Store) -> None:
    assert store.alert_status("nope") is None
    store.record_new("s", [with_alert("a")], T0, TTL)
    status = store.alert_status("alert-a")
    assert status is not None
    assert (status.state, status.attempts, status.channel, status.claimed) == (
        "pending",
        0,
        None,
        None,
    )

    store.claim_alerts(T0, LEASE)
    # A person's claim while delivery is still running records the mark, keeps the lease.
    early = store.claim_alert("alert-a", "U1", T0)
    assert (early.won, early.user) == (True, "U1")
    status = store.alert_status("alert-a")
    assert status is not None
    assert (status.state, status.attempts) == ("delivering", 1)
    assert status.claimed == Mark("U1", T0)

    store.complete_alert("alert-a", Delivery("C1", "1700000000.000300"), T0)
    status = store.alert_status("alert-a")
    assert status is not None
    assert (status.state, status.channel, status.ts) == (
        "posted",
        "C1",
        "1700000000.000300",
    )

    store.record_new("s", [with_alert("b")], T0, TTL)
    [claimed] = store.claim_alerts(T0, LEASE)
    store.complete_alert(claimed.id, Delivery("C1", "1700000000.000400"), T0)
    first = store.claim_alert("alert-b", "U2", T0 + timedelta(minutes=1))
    second = store.claim_alert("alert-b", "U3", T0 + timedelta(minutes=2))
    assert (first.won, first.user) == (True, "U2")
    assert (second.won, second.user, second.at) == (False, "U2", T0 + timedelta(minutes=1))
    assert store.alert_state("alert-b") == "claimed"

    dismissed = store.dismiss_alert("alert-b", "U3", T0 + timedelta(minutes=3))
    assert dismissed.won
    assert store.dismiss_alert("alert-b", "U4", T0 + timedelta(minutes=4)).user == "U3"
    status = store.alert_status("alert-b")
    assert status is not None
    assert status.state == "dismissed"
    assert status.dismissed == Mark("U3", T0 + timedelta(minutes=3))
    assert store.alert_counts() == {"posted": 1, "dismissed": 1}


def test_threads_replies_and_mutes(store: Store) -> None:
    assert store.get_thread("story-1", "C1") is None
    stored = store.save_thread(Thread("story-1", "C1", "100.000001", "alert-a"))
    assert (stored.ts, stored.alert_id, stored.replies, stored.muted) == (
        "100.000001",
        "alert-a",
        0,
        False,
    )
    # A second poster loses: it is told where the story already lives.
    loser = store.save_thread(Thread("story-1", "C1", "100.000009", "alert-b"))
    assert (loser.ts, loser.alert_id) == ("100.000001", "alert-a")
    # The same story in another channel is another thread.
    assert store.save_thread(Thread("story-1", "C2", "200.000001", "alert-a")).ts == "200.000001"

    assert store.record_reply("story-1", "C1", "alert-b") == 1
    assert store.record_reply("story-1", "C1", "alert-b") == 1  # a retried reply counts once
    assert store.record_reply("story-1", "C1", "alert-c") == 2
    assert store.record_reply("story-1", "C2", "alert-c") == 1

    mute = store.set_muted("story-1", "U1", T0)
    assert (mute.won, mute.user, mute.at) == (True, "U1", T0)
    again = store.set_muted("story-1", "U2", T0 + timedelta(minutes=1))
    assert (again.won, again.user) == (False, "U1")
    thread = store.get_thread("story-1", "C1")
    assert thread == Thread("story-1", "C1", "100.000001", "alert-a", 2, "U1", T0)


def test_a_thread_deleted_in_slack_is_forgotten_with_its_replies_and_only_it(
    store: Store,
) -> None:
    store.save_thread(Thread("story-1", "C1", "100.000001", "alert-a"))
    store.save_thread(Thread("story-1", "C2", "200.000001", "alert-a"))
    store.record_reply("story-1", "C1", "alert-b")
    store.record_reply("story-1", "C2", "alert-b")
    assert store.forget_thread("story-1", "C1", "") is False  # a claim is not a message
    assert store.forget_thread("story-1", "C1", "999.000001") is False  # not that message
    assert store.get_thread("story-1", "C1") is not None
    assert store.forget_thread("story-1", "C1", "100.000001") is True
    assert store.get_thread("story-1", "C1") is None
    assert ("story-1", "C1") not in store.stale_parents()
    assert store.forget_thread("story-1", "C1", "100.000001") is False  # forgotten once
    # The other channel's thread is another message, untouched.
    other = store.get_thread("story-1", "C2")
    assert other is not None
    assert (other.ts, other.replies) == ("200.000001", 1)
    # The story opens again: a new message, its replies counted from nothing.
    again = store.claim_thread("story-1", "C1", "alert-c")
    assert (again.alert_id, again.ts, again.replies) == ("alert-c", "", 0)
    assert store.set_thread_ts("story-1", "C1", "alert-c", "300.000001").ts == "300.000001"
    # A run that still saw the old message cannot forget the new one.
    assert store.forget_thread("story-1", "C1", "100.000001") is False
    assert store.get_thread("story-1", "C1").ts == "300.000001"  # type: ignore[union-attr]


def test_feedback_is_recorded_once_per_alert_in_time_order(store: Store) -> None:
    def feedback(alert_id: str, user: str, at: datetime) -> Feedback:
        return Feedback(
            alert_id=alert_id,
            source_id="un-press",
            item_key=alert_id.removeprefix("alert-"),
            url="https://press.un.org/en/2026/sc1.doc.htm",
            title="Syria football qualifier report",
            matches=(Match("arms-embargo", ("embargo",)),),
            user=user,
            at=at,
        )

    later = feedback("alert-b", "U2", T0 + timedelta(hours=1))
    earlier = feedback("alert-a", "U1", T0)
    store.add_feedback(later)
    store.add_feedback(earlier)
    store.add_feedback(feedback("alert-a", "U9", T0 + timedelta(hours=2)))
    assert store.list_feedback() == [earlier, later]


# ---------------------------------------------------------------------- stories


def make_story(story_id: str, last_seen: datetime, title: str = "Veto on Syria draft") -> Story:
    return Story(
        id=story_id,
        title=title,
        first_seen=last_seen - timedelta(hours=1),
        last_seen=last_seen,
        event="veto",
        priority="P1",
        demands=("stop-veto-obstruction",),
        symbols=("S/2026/140",),
        items=(
            StoryItem(
                alert_id=f"alert-{story_id}",
                source_id="un-press",
                title=title,
                url="https://press.un.org/en/2026/sc99950.doc.htm",
                published=last_seen - timedelta(hours=1),
                event="veto",
            ),
        ),
        words={"veto": 3, "russia": 2},
        ga_debate_due=date(2026, 3, 18),
    )


def test_stories_round_trip_and_recent_ones_are_found_by_last_sighting(store: Store) -> None:
    old = make_story("old", T0 - timedelta(days=10))
    recent = make_story("recent", T0 - timedelta(hours=2))
    store.save_story(old)
    store.save_story(recent)
    assert store.get_story("recent") == recent
    assert store.get_story("recent").words == recent.words  # type: ignore[union-attr]
    assert store.get_story("nope") is None
    assert [s.id for s in store.recent_stories(T0 - timedelta(days=7))] == ["recent"]

    # A story seen again moves forward in time and is stored once.
    revived = make_story("old", T0 - timedelta(hours=1), title="Veto on Syria draft (update)")
    store.save_story(revived)
    assert [s.id for s in store.recent_stories(T0 - timedelta(days=7))] == ["recent", "old"]
    assert store.get_story("old") == revived


def test_stories_seen_at_the_same_time_come_back_by_id_and_a_tie_goes_to_the_first(
    store: Store,
) -> None:
    """Two stories last seen at the same moment, saved out of id order: both stores return
    them by id (SQLite's ``ORDER BY last_seen, story_id``, the cloud index's
    ``last_seen#id`` key), so an item they tie on joins the same one in every run and on
    either store (the clusterer gives a tie to the story it examines first)."""
    # Reported after the Council met that day (see ``likely_vote_day``), as the item is.
    seen = T0 - timedelta(minutes=30)
    store.save_story(make_story("st-tie-b", seen))
    store.save_story(make_story("st-tie-a", seen))
    stories = store.recent_stories(T0 - timedelta(days=1))
    assert [s.id for s in stories] == ["st-tie-a", "st-tie-b"]
    item = StoryItem("alert-tie", "wire", "Russia vetoes Syria draft", "", T0, "veto")
    cand = Candidate(
        item, Counter({"veto": 1, "russia": 1}), ("S/2026/140",), ("stop-veto-obstruction",), "P1"
    )
    story, new = StoryClusterer(stories).assign(cand)
    assert (new, story.id) == (False, "st-tie-a")


def test_a_story_keeps_what_its_items_counted(store: Store) -> None:
    """What a story rule reads of a story's past items is saved with it: whether each item
    of the kinds the event types do not part counted a vote's ballots."""
    story = make_story("counted", T0)
    counted = replace(story.items[0], alert_id="alert-counted-2", event="other", ballot=True)
    story = replace(story, items=(*story.items, counted))
    store.save_story(story)
    [again] = store.recent_stories(T0 - timedelta(days=1))
    assert again == story
    assert [item.ballot for item in again.items] == [None, True]


@pytest.mark.parametrize("labelled_events", [False, True], ids=["classified", "labelled"])
def test_stories_rebuilt_from_the_store_at_every_poll_are_one_clusterers(
    store: Store, labelled_events: bool
) -> None:
    """The Douma week (stories-busy-5: drafts short of votes beside the day's other news),
    one alert per poll, each poll's clusterer rebuilt from this store as a run does it,
    makes the stories one clusterer fed every item makes."""
    candidates = story_candidates(EVAL / "stories-busy-5.jsonl", labelled_events=labelled_events)
    assert len(candidates) >= 20
    memory = StoryClusterer()
    expected = [memory.assign(cand)[0].id for cand in candidates]
    got = []
    for cand in candidates:
        since = cand.item.published - lookback(reaches_back(cand.tally, cand.symbols))
        clusterer = StoryClusterer(store.recent_stories(since))
        story, _ = clusterer.assign(cand)
        store.save_story(story)
        got.append(story.id)
    assert got == expected


def test_the_story_lock_is_held_by_one_until_its_holder_gives_it_up_or_its_lease_ends(
    open_store: StoreFactory,
) -> None:
    """Two runs on one state file take it as two poll workers on one table do (review V11)."""
    first, second = open_store(), open_store()
    assert first.concurrent_writers
    at = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    lease = timedelta(seconds=30)
    assert first.lock_stories("a", at, lease)
    assert not second.lock_stories("b", at + timedelta(seconds=5), lease)
    second.unlock_stories("b")  # not the holder: changes nothing
    assert not second.lock_stories("b", at + timedelta(seconds=10), lease)
    assert second.lock_stories("b", at + lease, lease)  # a's lease ran out (a died)
    assert not first.lock_stories("a", at + lease, lease)
    second.unlock_stories("b")
    assert first.lock_stories("c", at + lease, lease)


def test_a_draft_made_is_noted_once_without_changing_the_state(store: Store) -> None:
    store.record_new("s", [with_alert("d")], T0, TTL)
    [leased] = store.claim_alerts(T0, LEASE)
    store.complete_alert(leased.id, Delivery("C1", "1700000000.000500"), T0)
    first = store.mark_drafted("alert-d", "U1", T0 + timedelta(minutes=1))
    again = store.mark_drafted("alert-d", "U2", T0 + timedelta(minutes=2))
    assert (first.won, first.user) == (True, "U1")
    assert (again.won, again.user, again.at) == (False, "U1", T0 + timedelta(minutes=1))
    status = store.alert_status("alert-d")
    assert status is not None
    assert status.drafted == Mark("U1", T0 + timedelta(minutes=1))
    assert status.state == "posted"


def test_a_notice_withdrawn_can_be_noted_again(open_store: StoreFactory) -> None:
    """An ops notice marks a problem said once; withdrawing it (the problem ended, or the
    work it claimed did not happen) lets the next occurrence be said, by any process."""
    first, other = open_store(), open_store()
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert first.forget_notice("slack:token-refused") is False  # nothing to withdraw
    assert first.first_notice("slack:token-refused", at) is True
    assert other.first_notice("slack:token-refused", at) is False
    # When it was noted (the outage's start, said when it ends), by any process.
    assert other.notice_at("slack:token-refused") == at
    assert other.notice_at("slack:unavailable") is None
    assert other.forget_notice("slack:token-refused") is True
    assert first.notice_at("slack:token-refused") is None
    assert first.forget_notice("slack:token-refused") is False  # withdrawn once only
    assert first.first_notice("slack:token-refused", at + timedelta(hours=1)) is True
    # Other keys are untouched by a withdrawal.
    assert first.first_notice("digest:2026-03-02", at) is True
    first.forget_notice("slack:token-refused")
    assert other.first_notice("digest:2026-03-02", at) is False


def test_an_allowance_is_shared_by_every_process_and_never_overdrawn(
    open_store: StoreFactory,
) -> None:
    """The flood guard's new stories per channel and window (review L9): each process
    takes what is left of the limit, never more, whoever took the rest."""
    first, other = open_store(), open_store()
    expires = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    now = datetime(2026, 3, 2, 9, 1, tzinfo=UTC)
    key = "flood:#syria-un:20260302T0900"
    assert first.take_allowance(key, 2, 3, expires, now=now) == 2
    assert other.take_allowance(key, 2, 3, expires, now=now) == 1  # one left, not two
    assert first.take_allowance(key, 1, 3, expires, now=now) == 0
    assert other.take_allowance("flood:#syria-un:20260302T0905", 4, 3, expires, now=now) == 3
    # Taken at once by several workers: the limit holds.
    granted: list[int] = []

    def take() -> None:
        store = open_store()  # a handle of its own, in its own thread
        try:
            granted.append(
                store.take_allowance("flood:#arms:20260302T0900", 2, 5, expires, now=now)
            )
        finally:
            getattr(store, "close", lambda: None)()

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(granted) == 5


def test_a_sqlite_store_purges_the_allowances_expired_when_one_is_taken(tmp_path: Path) -> None:
    """Review V9 (b): SQLite has no TTL, and every channel's window left its counter for
    good. Taking an allowance deletes those expired by then, never a live one."""
    store = SqliteStore(tmp_path / "state.sqlite3")
    try:
        nine = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        store.take_allowance(
            "flood:#syria-un:20260302T0900", 1, 3, nine + timedelta(days=1), now=nine
        )
        store.take_allowance("flood:#arms:20260302T0900", 1, 3, nine + timedelta(days=2), now=nine)
        later = nine + timedelta(days=1, minutes=5)
        store.take_allowance(
            "flood:#syria-un:20260303T0905", 1, 3, later + timedelta(days=1), now=later
        )
        with sqlite3.connect(tmp_path / "state.sqlite3") as db:
            keys = sorted(row[0] for row in db.execute("SELECT key FROM allowances"))
        assert keys == ["flood:#arms:20260302T0900", "flood:#syria-un:20260303T0905"]
    finally:
        store.close()


def test_a_claimed_notice_is_held_for_its_lease_then_retaken_unless_settled(
    open_store: StoreFactory,
) -> None:
    """A claim stands for work in flight (a digest or a re-raise being posted): one holder
    at a time, whichever process asks; a holder that died leaves a claim that lapses, so a
    later run takes it again; settled, it is noted for good and never taken again."""
    first, other = open_store(), open_store()
    at = datetime(2026, 3, 2, 13, 30, tzinfo=UTC)
    lease = timedelta(minutes=5)
    key = "digest:2026-03-02:syria-un-action"
    claim = first.claim_notice(key, at, lease)
    assert claim is not None
    assert claim.taken_over is False
    assert first.noted(key) is False  # held, not done
    assert other.claim_notice(key, at + timedelta(minutes=4), lease) is None  # still held
    taken = other.claim_notice(key, at + lease, lease)  # lapsed: taken again
    assert taken is not None
    assert taken.taken_over is True
    assert first.claim_notice(key, at + timedelta(minutes=6), lease) is None
    # The lapsed holder can neither withdraw nor settle its successor's claim.
    assert first.withdraw_claim(claim) is False
    assert first.settle_claim(claim, at + timedelta(minutes=6)) is False
    assert first.noted(key) is False
    assert other.settle_claim(taken, at + timedelta(minutes=6)) is True
    assert first.noted(key) is True
    assert first.claim_notice(key, at + timedelta(days=1), lease) is None  # for good
    assert first.first_notice(key, at) is False
    assert other.withdraw_claim(taken) is False  # settled: stays noted
    assert first.noted(key) is True

    # A claim withdrawn (its work failed) can be taken again at once, as fresh.
    retry = "escalation:st-1:C0SYRIAUN"
    held = first.claim_notice(retry, at, lease)
    assert held is not None
    assert first.withdraw_claim(held) is True
    again = other.claim_notice(retry, at, lease)
    assert again is not None
    assert again.taken_over is False
    # A claim whose lease lapsed with nobody taking it over is still its holder's to settle.
    assert other.settle_claim(again, at + timedelta(hours=1)) is True
    assert first.noted(retry) is True
    # A notice noted by first_notice (as before claims had leases) is noted for good.
    legacy = "digest:2026-03-02"
    assert first.noted(legacy) is False
    assert first.first_notice(legacy, at) is True
    assert other.noted(legacy) is True
    assert other.claim_notice(legacy, at + timedelta(days=2), lease) is None
    # Settling what was never claimed notes it all the same.
    first.settle_notice("escalation:st-2:C0SYRIAUN", at)
    assert other.noted("escalation:st-2:C0SYRIAUN") is True


def test_a_state_file_from_before_notice_leases_keeps_its_notices(tmp_path: Path) -> None:
    """Opening a state file whose ops_notices table has no lease column adds it; what was
    noted stays noted for good."""
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE ops_notices (key TEXT PRIMARY KEY, at TEXT NOT NULL)")
    db.execute("INSERT INTO ops_notices VALUES ('digest:2026-03-02', '2026-03-02T13:30:00+00:00')")
    db.commit()
    db.close()
    store = SqliteStore(path)
    try:
        at = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
        assert store.noted("digest:2026-03-02") is True
        assert store.claim_notice("digest:2026-03-02", at, timedelta(minutes=5)) is None
        assert store.claim_notice("digest:2026-03-02:c", at, timedelta(minutes=5)) is not None
    finally:
        store.close()
