"""The AWS adapters' own behaviour against moto server: what the contract suite cannot
cover because only the cloud path has it (the outbox, leasing one named alert, the
replay cache, the SQS adapter), and vendor errors turned into our own."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
import pytest
from botocore.awsrequest import AWSResponse
from botocore.exceptions import ClientError

from aws_local import REGION, client, moto_server, unique
from demandwatch.core.models import Alert, Item, Match, NewEntry, Thread
from demandwatch.exceptions import QueueError, StoreError
from demandwatch.queue.base import Message
from demandwatch.queue.sqs import SqsQueue
from demandwatch.store.base import Delivery
from demandwatch.store.dynamodb import DynamoDbReplayCache, DynamoDbStore, create_table

T0 = datetime(2026, 3, 4, 15, 30, tzinfo=UTC)
TTL = timedelta(days=90)
LEASE = timedelta(minutes=5)
RECHECK = timedelta(minutes=15)


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with moto_server() as url:
        yield url


@pytest.fixture
def store(endpoint: str) -> DynamoDbStore:
    table = unique("demandwatch")
    create_table(client("dynamodb", endpoint), table)
    return DynamoDbStore(table, client("dynamodb", endpoint))


def make_alert(key: str) -> Alert:
    item = Item("s", key, f"https://example.org/{key}", f"Veto on Syria {key}", "", T0, T0)
    return Alert(f"alert-{key}", item, (Match("stop-veto-obstruction", ("veto",)),), "S", T0)


def record(store: DynamoDbStore, *keys: str) -> None:
    store.record_new("s", [NewEntry(k, make_alert(k)) for k in keys], T0, TTL)


# ---------------------------------------------------------------------- outbox


def test_the_outbox_hands_each_alert_out_once_per_turn_until_it_is_posted(
    store: DynamoDbStore, endpoint: str
) -> None:
    record(store, "a", "b")
    other = DynamoDbStore(store.table_name, client("dynamodb", endpoint))
    taken: list[list[str]] = [[], []]
    barrier = threading.Barrier(2)

    def take(index: int, handle: DynamoDbStore) -> None:
        barrier.wait()
        taken[index] = [a.id for a in handle.take_outbox(T0, RECHECK)]

    threads = [threading.Thread(target=take, args=(i, h)) for i, h in enumerate((store, other))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Two relays at once: each alert is sent by exactly one of them.
    assert sorted(taken[0] + taken[1]) == ["alert-a", "alert-b"]

    assert store.take_outbox(T0 + RECHECK - timedelta(seconds=1), RECHECK) == []
    store.lease_alert("alert-a", T0, LEASE)
    store.complete_alert("alert-a", Delivery("C1", "1.1"), T0)
    # Its turn comes again only for the alert still undelivered.
    assert [a.id for a in store.take_outbox(T0 + RECHECK, RECHECK)] == ["alert-b"]
    assert store.take_outbox(T0 + RECHECK, RECHECK) == []


def test_leasing_one_alert_says_nothing_about_others_and_respects_leases(
    store: DynamoDbStore,
) -> None:
    record(store, "a", "b")
    leased = store.lease_alert("alert-a", T0, LEASE)
    assert leased is not None
    assert leased.id == "alert-a"
    assert store.alert_state("alert-b") == "pending"
    assert store.lease_alert("alert-a", T0 + LEASE - timedelta(seconds=1), LEASE) is None
    assert store.lease_alert("alert-a", T0 + LEASE, LEASE) is not None  # the lease lapsed
    store.release_alert("alert-a", "HTTP 503", T0 + timedelta(hours=1))
    assert store.lease_alert("alert-a", T0 + LEASE, LEASE) is None  # waits for retry_at
    assert store.lease_alert("alert-a", T0 + timedelta(hours=1), LEASE) is not None
    store.complete_alert("alert-a", Delivery("C1", "1.2"), T0 + timedelta(hours=1))
    assert store.lease_alert("alert-a", T0 + timedelta(days=9), LEASE) is None
    assert store.lease_alert("no-such-alert", T0, LEASE) is None
    status = store.alert_status("alert-a")
    assert status is not None
    assert status.attempts == 3


def test_alerts_between_lists_a_window_with_delivery_state(store: DynamoDbStore) -> None:
    for n, key in enumerate(("early", "inside", "late")):
        moment = T0 + timedelta(hours=n * 12)
        store.record_new("s", [NewEntry(key, make_alert(key))], moment, TTL)
    store.lease_alert("alert-inside", T0 + timedelta(hours=12), LEASE)
    store.complete_alert("alert-inside", Delivery("C1", "1.3"), T0 + timedelta(hours=12))
    window = store.alerts_between(T0 + timedelta(hours=1), T0 + timedelta(hours=24))
    assert [(r.alert.id, r.state, r.channel) for r in window] == [("alert-inside", "posted", "C1")]
    everything = store.alerts_between(T0, T0 + timedelta(days=1, seconds=1))
    assert [r.alert.id for r in everything] == ["alert-early", "alert-inside", "alert-late"]


def test_an_oversized_item_text_is_cut_to_fit_one_dynamodb_item(store: DynamoDbStore) -> None:
    huge = make_alert("huge")
    huge = replace(huge, item=replace(huge.item, text="word " * 200_000))
    store.record_new("s", [NewEntry("huge", huge)], T0, TTL)
    stored = store.get_alert("alert-huge")
    assert stored is not None
    assert stored.item.title == huge.item.title
    assert 0 < len(stored.item.text) < len(huge.item.text)


# ---------------------------------------------------------------------- replay cache


def test_replay_cache_accepts_a_signature_once_until_it_expires(
    store: DynamoDbStore, endpoint: str
) -> None:
    now = [1_800_000_000.0]
    cache = DynamoDbReplayCache(
        store.table_name, client("dynamodb", endpoint), clock=lambda: now[0]
    )
    elsewhere = DynamoDbReplayCache(
        store.table_name, client("dynamodb", endpoint), clock=lambda: now[0]
    )
    assert cache.first_use("v0=abc", now[0] + 300)
    assert not elsewhere.first_use("v0=abc", now[0] + 300)  # another container: still a replay
    assert cache.first_use("v0=def", now[0] + 300)
    now[0] += 301
    assert cache.first_use("v0=abc", now[0] + 300)


# ---------------------------------------------------------------------- upgrade


def test_a_source_state_saved_before_documents_reads_as_needing_a_baseline(
    store: DynamoDbStore,
) -> None:
    """Items seen per source (SEEN#...) are not documents: after the upgrade, each source's
    first poll records a baseline again rather than alerting what it already listed."""
    store._client.put_item(  # the item as the previous version wrote it
        TableName=store.table_name,
        Item={
            "pk": {"S": "SOURCE#un-press"},
            "sk": {"S": "STATE"},
            "consecutive_failures": {"N": "0"},
            "baseline_done": {"BOOL": True},
            "health_notified": {"BOOL": False},
            "etag": {"S": '"v7"'},
        },
    )
    state = store.get_source_state("un-press")
    assert (state.baseline_done, state.etag) == (False, None)
    store.save_source_state(replace(state, baseline_done=True))
    assert store.get_source_state("un-press").baseline_done


def test_a_source_state_saved_before_documents_takes_its_baseline_from_its_last_good_poll(
    store: DynamoDbStore,
) -> None:
    """Probe s19 P1: the baseline after the upgrade examines as news what the source dates
    after the older release's last good poll (published while it was being upgraded), as a
    baseline taken late does; a source the older release never read takes a plain one."""
    last_good = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    for source_id, baseline in (("un-press", True), ("wire", False)):
        store._client.put_item(  # the item as the previous version wrote it
            TableName=store.table_name,
            Item={
                "pk": {"S": f"SOURCE#{source_id}"},
                "sk": {"S": "STATE"},
                "consecutive_failures": {"N": "0"},
                "baseline_done": {"BOOL": baseline},
                "health_notified": {"BOOL": False},
                "last_success": {"S": last_good.isoformat()},
            },
        )
    press = store.get_source_state("un-press")
    assert (press.baseline_done, press.watching_since) == (False, last_good)
    assert store.get_source_state("wire").watching_since is None
    store.save_source_state(replace(press, baseline_done=True))
    assert store.get_source_state("un-press").watching_since == last_good


# ---------------------------------------------------------------------- errors


RELISTED = ("a", "b")


def _store_refusing_relistings(
    endpoint: str, secret: str, answer: Callable[[dict[str, Any]], tuple[int, dict[str, Any]]]
) -> tuple[DynamoDbStore, list[int]]:
    """A store whose client's BatchWriteItem calls (the relisting keys') get ``answer``,
    as botocore hands a response to the client: every other call reaches moto."""
    dynamodb = boto3.client(
        "dynamodb",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id="AKIARELISTINGTEST",
        aws_secret_access_key=secret,
    )
    table = unique("demandwatch")
    create_table(dynamodb, table)
    calls: list[int] = []

    def refuse(params: dict[str, Any], **_: Any) -> tuple[AWSResponse, dict[str, Any]]:
        calls.append(1)
        status, parsed = answer(json.loads(params["body"]))
        return AWSResponse(endpoint, status, {}, None), parsed

    dynamodb.meta.events.register("before-call.dynamodb.BatchWriteItem", refuse)
    return DynamoDbStore(table, dynamodb), calls


def _relisted_entries() -> list[NewEntry]:
    return [
        NewEntry(
            key,
            make_alert(key),
            fingerprint=f"v-{key}",
            relisting_key=f"relisted:s:v-{key}:20260304T153000",
        )
        for key in RELISTED
    ]


def _recorded_without_relistings(store: DynamoDbStore) -> None:
    """The documents and their alerts recorded as if the batch had gone through; only the
    relisting keys missing."""
    assert {r.alert.id for r in store.undelivered_alerts()} == {"alert-a", "alert-b"}
    assert set(store.seen_documents(list(RELISTED), T0)) == set(RELISTED)
    relisting_keys = [e.relisting_key or "" for e in _relisted_entries()]
    assert store.seen_documents(relisting_keys, T0) == {}


def test_a_throttled_relisting_write_is_logged_and_the_polls_alerts_stand(
    endpoint: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The relisting keys are put after the documents' conditional puts, their alerts in
    the outbox by then: a refused batch raised, the source was reported failed and its
    alerts went out anyway. It is logged, code and message, and let go (ca784f3)."""
    secret = f"relisting-secret-{unique('k')}"
    throttled = {
        "Error": {
            "Code": "ProvisionedThroughputExceededException",
            "Message": "The level of configured provisioned throughput for the table was exceeded.",
        },
        "ResponseMetadata": {"HTTPStatusCode": 400},
    }
    store, calls = _store_refusing_relistings(endpoint, secret, lambda _: (400, throttled))
    with caplog.at_level(logging.WARNING, logger="demandwatch"):
        assert store.record_new("s", _relisted_entries(), T0, TTL) == list(RELISTED)
    assert calls == [1]
    _recorded_without_relistings(store)
    [warning] = [r.getMessage() for r in caplog.records if "relisting" in r.getMessage()]
    assert store.table_name in warning
    assert "ProvisionedThroughputExceededException" in warning
    assert "2 relisting key(s) not recorded" in warning
    assert secret not in caplog.text
    assert "Veto on Syria a" not in caplog.text  # nor the items' words


def test_relisting_items_left_unprocessed_are_logged_and_let_go(
    endpoint: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("demandwatch.store.dynamodb.time.sleep", lambda _: None)
    secret = f"relisting-secret-{unique('k')}"
    store, calls = _store_refusing_relistings(
        endpoint,
        secret,
        lambda body: (200, {"UnprocessedItems": body["RequestItems"]}),
    )
    with caplog.at_level(logging.WARNING, logger="demandwatch"):
        assert store.record_new("s", _relisted_entries(), T0, TTL) == list(RELISTED)
    assert len(calls) == 8  # AWS's backoff spent, then let go
    _recorded_without_relistings(store)
    [warning] = [r.getMessage() for r in caplog.records if "relisting" in r.getMessage()]
    assert "items left unprocessed" in warning
    assert secret not in caplog.text


@pytest.mark.parametrize("fault", ["throttled", "two left unprocessed"])
def test_a_refused_relisting_batch_counts_its_own_keys_and_the_next_batches_are_put(
    endpoint: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    """Review s23 Z3: the warning counted every key from the refused batch on (30 of 30 when
    25 or 2 were not written), and the batches after it were never sent. 30 relisting keys
    go in two batches (25, then 5); the first is refused or leaves two items unprocessed, the
    second reaches moto."""
    monkeypatch.setattr("demandwatch.store.dynamodb.time.sleep", lambda _: None)
    dynamodb = client("dynamodb", endpoint)
    table = unique("demandwatch")
    create_table(dynamodb, table)
    throttled = {
        "Error": {"Code": "ThrottlingException", "Message": "Rate of requests exceeds the allowed"},
        "ResponseMetadata": {"HTTPStatusCode": 400},
    }

    def first_batch_refused(params: dict[str, Any], **_: Any) -> Any:
        writes = json.loads(params["body"])["RequestItems"][table]
        if len(writes) == 5:
            return None  # the second batch: to moto
        if fault == "throttled":
            return AWSResponse(endpoint, 400, {}, None), throttled
        return AWSResponse(endpoint, 200, {}, None), {"UnprocessedItems": {table: writes[-2:]}}

    dynamodb.meta.events.register("before-call.dynamodb.BatchWriteItem", first_batch_refused)
    store = DynamoDbStore(table, dynamodb)
    entries = [
        NewEntry(
            f"k{n}",
            make_alert(f"k{n}"),
            fingerprint=f"v-{n}",
            relisting_key=f"relisted:s:v-{n}:20260304T153000",
        )
        for n in range(30)
    ]
    with caplog.at_level(logging.WARNING, logger="demandwatch"):
        assert len(store.record_new("s", entries, T0, TTL)) == 30
    [warning] = [r.getMessage() for r in caplog.records if "relisting" in r.getMessage()]
    lost = 25 if fault == "throttled" else 2
    assert f"; {lost} relisting key(s) not recorded" in warning
    # The second batch was put: its keys are found.
    later = [e.relisting_key or "" for e in entries[25:]]
    assert set(store.seen_documents(later, T0)) == set(later)


def test_vendor_errors_become_store_errors_with_their_cause(endpoint: str) -> None:
    missing = DynamoDbStore(unique("no-such-table"), client("dynamodb", endpoint))
    with pytest.raises(StoreError, match="ResourceNotFoundException") as caught:
        missing.get_source_state("s")
    assert isinstance(caught.value.__cause__, ClientError)
    with pytest.raises(StoreError):
        missing.record_new("s", [NewEntry("k", make_alert("k"))], T0, TTL)
    with pytest.raises(StoreError):
        missing.seen_documents(["k"], T0)


# ---------------------------------------------------------------------- SQS


def test_sqs_queue_sends_in_batches_with_fifo_group_and_deduplication(endpoint: str) -> None:
    sqs = client("sqs", endpoint)
    url = sqs.create_queue(
        QueueName=unique("alerts") + ".fifo",
        Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "false"},
    )["QueueUrl"]
    queue = SqsQueue(url, sqs)
    queue.send(
        [Message(json.dumps({"n": n}), group="#syria-un", dedup_id=f"a{n}") for n in range(13)]
    )
    queue.send([Message(json.dumps({"n": 0}), group="#syria-un", dedup_id="a0")])  # a duplicate
    bodies = []
    while True:
        got = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
        if not got:
            break
        bodies += [json.loads(m["Body"])["n"] for m in got]
        for m in got:
            sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    assert bodies == list(range(13))  # in order, the duplicate dropped

    with pytest.raises(QueueError, match="needs a group"):
        queue.send([Message("{}")])


def test_sqs_errors_become_queue_errors(endpoint: str) -> None:
    sqs = client("sqs", endpoint)
    gone = SqsQueue(f"{endpoint}/123456789012/{unique('missing')}", sqs)
    with pytest.raises(QueueError) as caught:
        gone.send([Message("{}")])
    assert isinstance(caught.value.__cause__, ClientError)


class _ReopensAfterThreadDelete:
    """A DynamoDB client through which, the moment a story's THREAD item is deleted (its
    message is gone from Slack), another run opens the story again: claims it, posts,
    counts a reply and marks the new parent stale, before the forgetting run goes on."""

    def __init__(self, real: Any, reopen: Callable[[], None]) -> None:
        self._real = real
        self._reopen = reopen
        self.done = False

    def delete_item(self, **request: Any) -> Any:
        answer = self._real.delete_item(**request)
        self._after([request["Key"]])
        return answer

    def transact_write_items(self, **request: Any) -> Any:
        answer = self._real.transact_write_items(**request)
        self._after([i["Delete"]["Key"] for i in request["TransactItems"] if "Delete" in i])
        return answer

    def _after(self, deleted: list[dict[str, Any]]) -> None:
        if not self.done and any(k["sk"]["S"].startswith("THREAD#") for k in deleted):
            self.done = True
            self._reopen()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def test_forgetting_a_deleted_thread_keeps_what_a_reopened_thread_recorded_since(
    store: DynamoDbStore, endpoint: str
) -> None:
    """Review A s13 L1: forget_thread deleted the THREAD item, then queried the story's
    replies and deleted them and the stale marker, unconditionally: a reopened message's
    reply and stale mark, recorded in between by another run, went with them (its
    "+N sources" under-counted and never refreshed). SQLite does it in one transaction."""
    other = DynamoDbStore(store.table_name, client("dynamodb", endpoint))
    store.save_thread(Thread("story-1", "C1", "100.000001", "alert-a"))
    store.record_reply("story-1", "C1", "alert-b")

    def reopen() -> None:
        other.claim_thread("story-1", "C1", "alert-c")
        other.set_thread_ts("story-1", "C1", "alert-c", "300.000001")
        other.record_reply("story-1", "C1", "alert-d")

    racing = _ReopensAfterThreadDelete(store._client, reopen)
    store._client = racing
    assert store.forget_thread("story-1", "C1", "100.000001") is True
    assert racing.done
    thread = other.get_thread("story-1", "C1")
    assert thread is not None
    assert (thread.ts, thread.replies) == ("300.000001", 1)
    assert ("story-1", "C1") in other.stale_parents()
