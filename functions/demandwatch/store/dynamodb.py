"""The cloud store: one DynamoDB table (single-table design, on-demand, TTL).

Every kind of record lives in the same table under a typed partition key:

=====================  =========================  ============================================
pk                     sk                         what
=====================  =========================  ============================================
``DOC#<document key>``  ``DOC``                    a document any source listed (TTL ``ttl``);
                                                  also under its relisting key, a copy
``SOURCE#<source>``    ``STATE``                  ETag, Last-Modified, failures, baseline ...
``ALERT#<id>``         ``ALERT``                  the alert (JSON payload) and delivery state
``ALERT#<id>``         ``MARK#claim|dismiss|draft`` who claimed / dismissed it, made a draft, first
``ALERT#<id>``         ``FEEDBACK``               "not relevant" feedback on it
``STORY#<id>``         ``STORY``                  the story (JSON payload)
``STORY#<id>``         ``THREAD#<channel>``       its top-level Slack message in a channel
``STORY#<id>``         ``REPLY#<channel>#<alert>``  one alert posted in that thread
``STORY#<id>``         ``MUTE``                   who muted it first
``STALE``              ``<story>#<channel>``      a parent whose "+N sources" is behind
``OPS#<key>``          ``OPS``                    an ops message already sent once (or a claim, leased)
``REPLAY#<hash>``      ``REPLAY``                 a Slack request signature already seen (TTL)
=====================  =========================  ============================================

Global secondary indexes (all sparse: an item is in an index only if it has its keys):

* ``outstanding`` (``gsi1pk``/``gsi1sk``): alerts not yet delivered, the most urgent first
  (``P1#<created>#<id>``: by priority, then oldest first), so after an outage a new veto
  does not wait behind the backlog. Delivery claims and the outbox relay read it; the keys are removed when the alert is posted, so
  the index is only as large as the backlog.
* ``timeline`` (``gsi2pk``/``gsi2sk``): alerts by creation, stories by last sighting and
  feedback by time, each kind in one partition; and source states by the feed they
  polled (``FEED#<hash>``, one partition per feed: a renamed source finds its state). Volumes are tens a day, far below what
  one index partition takes (1,000 writes a second), and a range query then answers
  "the last day's alerts" or "stories seen this week" in one request.
* ``by_story`` (``gsi3pk``/``gsi3sk``): a story's alerts, oldest first.

Exactly-once comes from conditional writes, never from reading first: "seen" is a
``Put`` conditioned on the document being absent (or expired) — or, for a new version of
a known document, on it still holding the fingerprint that version replaces — made in
one transaction with the alert it raises, so of two pollers racing on the same document
exactly one records it and alerts. State transitions (lease, complete, release, claim, dismiss, mute) are
conditional writes too; indexes are eventually consistent, so anything read from one is
confirmed by a conditional write on the table before it counts.

DynamoDB's TTL deletes expired items lazily (typically within days), so expiry is
decided here from ``expires_at`` and the ``ttl`` attribute only reclaims storage.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from botocore.exceptions import BotoCoreError, ClientError

from demandwatch.adapters.aws import client as aws_client
from demandwatch.core.delivery import broken_lease_end, parse_state, sources_of
from demandwatch.core.models import (
    Alert,
    AlertState,
    AlertStatus,
    Feedback,
    Mark,
    NewEntry,
    Report,
    SeenDocument,
    SourceState,
    Thread,
)
from demandwatch.exceptions import StoreError
from demandwatch.ports import AlertRecord, Claim, Delivery
from demandwatch.store.codec import (
    alert_from_json,
    alert_to_json,
    feedback_from_dict,
    feedback_to_dict,
    story_from_json,
    story_to_json,
)

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.client import DynamoDBClient

    from demandwatch.core.stories import Story

log = logging.getLogger("demandwatch")

Item = dict[str, Any]  # a DynamoDB item in the low-level wire format ({"S": ...}, {"N": ...})

OUTSTANDING_INDEX = "outstanding"
TIMELINE_INDEX = "timeline"
BY_STORY_INDEX = "by_story"
TTL_ATTRIBUTE = "ttl"
_OUTSTANDING = "OUTSTANDING"
_STALE = "STALE"

# A DynamoDB item may hold 400 KB; keep the alert payload well inside it.
MAX_PAYLOAD_BYTES = 300_000
# Keys stay well inside DynamoDB's limits; longer document keys (very long URLs) are
# stored by their hash.
_MAX_SORT_KEY_BYTES = 512
_BATCH_GET_MAX = 100
_BATCH_WRITE_MAX = 25
# Two writers touching one item at the same instant make DynamoDB cancel one transaction
# with "TransactionConflict"; the retry then sees the winner's write and backs off.
_CONFLICT_RETRIES = 5
# The most items one TransactWriteItems takes.
_TRANSACTION_ITEMS = 100

_STATE_TEXT_FIELDS = (
    "etag",
    "last_modified",
    "body_hash",
    "last_error",
    "setup_error",
    "harvest_token",
    "health_kind",
    "feed",
)
_STATE_DATE_FIELDS = (
    "last_success",
    "last_attempt",
    "last_new_item",
    "retry_at",
    "watching_since",
    "harvest_from",
)


def _index(name: str, number: int) -> dict[str, Any]:
    return {
        "IndexName": name,
        "KeySchema": [
            {"AttributeName": f"gsi{number}pk", "KeyType": "HASH"},
            {"AttributeName": f"gsi{number}sk", "KeyType": "RANGE"},
        ],
        "Projection": {"ProjectionType": "ALL"},
    }


# The table as the code expects it; template.yaml declares the same (a test compares them).
TABLE_DEFINITION: dict[str, Any] = {
    "AttributeDefinitions": [
        {"AttributeName": name, "AttributeType": "S"}
        for name in ("pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk")
    ],
    "KeySchema": [
        {"AttributeName": "pk", "KeyType": "HASH"},
        {"AttributeName": "sk", "KeyType": "RANGE"},
    ],
    "GlobalSecondaryIndexes": [
        _index(OUTSTANDING_INDEX, 1),
        _index(TIMELINE_INDEX, 2),
        _index(BY_STORY_INDEX, 3),
    ],
    "BillingMode": "PAY_PER_REQUEST",
}


def create_table(client: DynamoDBClient, table_name: str) -> None:
    """Create the table with TTL on (tests and local DynamoDB; AWS gets it from template.yaml)."""
    try:
        client.create_table(TableName=table_name, **TABLE_DEFINITION)
        client.get_waiter("table_exists").wait(TableName=table_name)
        client.update_time_to_live(
            TableName=table_name,
            TimeToLiveSpecification={"Enabled": True, "AttributeName": TTL_ATTRIBUTE},
        )
    except (ClientError, BotoCoreError) as exc:
        raise StoreError(f"cannot create DynamoDB table {table_name}: {_describe(exc)}") from exc


# ---------------------------------------------------------------------- wire format


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _s(value: str) -> dict[str, str]:
    return {"S": value}


def _n(value: int) -> dict[str, str]:
    return {"N": str(value)}


def _text(item: Mapping[str, Any], name: str) -> str | None:
    value = item.get(name)
    return None if value is None else str(value["S"])


def _number(item: Mapping[str, Any], name: str, default: int = 0) -> int:
    value = item.get(name)
    return default if value is None else int(value["N"])


def _date(item: Mapping[str, Any], name: str) -> datetime | None:
    text = _text(item, name)
    return None if text is None else datetime.fromisoformat(text)


def _code(exc: BaseException) -> str:
    if isinstance(exc, ClientError):
        return str(exc.response.get("Error", {}).get("Code", ""))
    return ""


def _describe(exc: BaseException) -> str:
    """The error code and message AWS gave, or the exception type for transport errors."""
    if isinstance(exc, ClientError):
        error = exc.response.get("Error", {})
        return f"{error.get('Code', 'error')}: {error.get('Message', '')}".strip()
    return f"{type(exc).__name__}: {exc}"


_DOC_SK = "DOC"


def _source_state(source_id: str, item: Item) -> SourceState:
    # "documents_baseline" replaced "baseline_done" when what is remembered became
    # documents shared by all sources. A state saved before reads as needing a baseline,
    # without validators, so the first poll after the upgrade reads the whole feed and
    # records it (alerting nothing) instead of alerting every item as new; what it dates
    # after the older release's last good poll is news, as for a baseline taken late
    # (probe s19 P1: a veto published during the upgrade was swallowed).
    current = "documents_baseline" in item or "baseline_done" not in item
    last_success = _date(item, "last_success")
    old_baseline = not current and bool(item.get("baseline_done", {}).get("BOOL", False))
    return SourceState(
        source_id=source_id,
        etag=_text(item, "etag") if current else None,
        last_modified=_text(item, "last_modified") if current else None,
        body_hash=_text(item, "body_hash") if current else None,
        last_success=last_success,
        last_attempt=_date(item, "last_attempt"),
        consecutive_failures=_number(item, "consecutive_failures"),
        last_error=_text(item, "last_error"),
        last_new_item=_date(item, "last_new_item"),
        baseline_done=bool(item.get("documents_baseline", {}).get("BOOL", False)),
        health_notified=bool(item.get("health_notified", {}).get("BOOL", False)),
        health_kind=_text(item, "health_kind"),
        retry_at=_date(item, "retry_at"),
        setup_error=_text(item, "setup_error"),
        watching_since=last_success if old_baseline else _date(item, "watching_since"),
        harvest_token=_text(item, "harvest_token"),
        harvest_from=_date(item, "harvest_from"),
        feed=_text(item, "feed"),
    )


def _feed_partition(feed: str) -> str:
    """The timeline partition of the source states that polled ``feed``: a hash, as a
    feed (a URL with a search) may be longer than an index key takes."""
    return "FEED#" + hashlib.sha256(feed.encode()).hexdigest()[:32]


def _document_pk(key: str) -> str:
    """``DOC#<key>``; a long key (a very long URL) by its hash, as keys may hold 2 KB."""
    if len(key.encode()) <= _MAX_SORT_KEY_BYTES:
        return f"DOC#{key}"
    return "DOC#sha256:" + hashlib.sha256(key.encode()).hexdigest()


def _bounded_payload(alert: Alert) -> str:
    """The alert as JSON, with the item text cut until it fits in one DynamoDB item."""
    payload = alert_to_json(alert)
    text = alert.item.text
    while len(payload.encode()) > MAX_PAYLOAD_BYTES and text:
        text = text[: len(text) // 2]
        payload = alert_to_json(replace(alert, item=replace(alert.item, text=text + " …")))
    return payload


def _alert_key(alert_id: str, sk: str = "ALERT") -> Item:
    return {"pk": _s(f"ALERT#{alert_id}"), "sk": _s(sk)}


def _story_key(story_id: str, sk: str) -> Item:
    return {"pk": _s(f"STORY#{story_id}"), "sk": _s(sk)}


def _mark_of(item: Item, won: bool = False) -> Mark:
    return Mark(str(item["user"]["S"]), datetime.fromisoformat(item["at"]["S"]), won=won)


# ---------------------------------------------------------------------- the store


# The stories saved in the last minutes, one attribute each on one item (see save_story).
_LATELY_KEY: Item = {"pk": {"S": "STORIES#lately"}, "sk": {"S": "LATELY"}}
_LATELY_PREFIX = "saved_"
LATELY = timedelta(minutes=5)


class DynamoDbStore:
    """The Store port on one DynamoDB table. ``client`` defaults to a new DynamoDB client."""

    def __init__(self, table_name: str, client: DynamoDBClient | None = None) -> None:
        self.table_name = table_name
        self._client: DynamoDBClient = client or aws_client("dynamodb")

    # ------------------------------------------------------------------ plumbing

    def _fail(self, operation: str, exc: BaseException) -> StoreError:
        return StoreError(f"DynamoDB {operation} on {self.table_name} failed: {_describe(exc)}")

    def _call(self, operation: str, call: Callable[..., Any], **request: Any) -> Any:
        try:
            return call(TableName=self.table_name, **request)
        except (ClientError, BotoCoreError) as exc:
            raise self._fail(operation, exc) from exc

    def _conditional(self, operation: str, call: Callable[..., Any], **request: Any) -> bool:
        """Run a conditional write; False when its condition did not hold."""
        try:
            call(TableName=self.table_name, **request)
        except ClientError as exc:
            if _code(exc) == "ConditionalCheckFailedException":
                return False
            raise self._fail(operation, exc) from exc
        except BotoCoreError as exc:
            raise self._fail(operation, exc) from exc
        return True

    def _query(self, operation: str, **query: Any) -> Iterator[Item]:
        while True:
            page = self._call(operation, self._client.query, **query)
            yield from page.get("Items", [])
            if not page.get("LastEvaluatedKey"):
                return
            query["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def _get(self, operation: str, key: Item, **options: Any) -> Item | None:
        found = self._call(
            operation, self._client.get_item, Key=key, ConsistentRead=True, **options
        )
        item: Item | None = found.get("Item")
        return item

    def _timeline(
        self,
        kind: str,
        low: str | None = None,
        high: str | None = None,
        projection: str | None = None,
    ) -> Iterator[Item]:
        """One kind of record from the timeline index, oldest first, within [low, high]."""
        condition = "gsi2pk = :kind"
        values = {":kind": _s(kind)}
        if low is not None and high is not None:
            condition += " AND gsi2sk BETWEEN :low AND :high"
            values.update({":low": _s(low), ":high": _s(high)})
        elif low is not None:
            condition += " AND gsi2sk >= :low"
            values[":low"] = _s(low)
        options: dict[str, Any] = {}
        if projection:
            options = {"ProjectionExpression": projection}
            options["ExpressionAttributeNames"] = {"#state": "state"}
        return self._query(
            f"Query({TIMELINE_INDEX})",
            IndexName=TIMELINE_INDEX,
            KeyConditionExpression=condition,
            ExpressionAttributeValues=values,
            **options,
        )

    # ------------------------------------------------------------------ source state

    def get_source_state(self, source_id: str) -> SourceState:
        item = self._get(
            "GetItem(source state)", {"pk": _s(f"SOURCE#{source_id}"), "sk": _s("STATE")}
        )
        if item is None:
            return SourceState(source_id=source_id)
        return _source_state(source_id, item)

    def source_states_polling(self, feed: str) -> list[SourceState]:
        found = self._timeline(_feed_partition(feed))
        return [
            _source_state(str(item["pk"]["S"]).removeprefix("SOURCE#"), item)
            for item in found
            # The partition is a hash of the feed: the feed itself decides.
            if _text(item, "feed") == feed
        ]

    def switch_health_notified(self, source_id: str, *, was: bool) -> bool:
        # One attribute, on condition: a poll's PutItem of the whole state between a
        # read and this write is kept (review A s14 MED-3).
        return self._conditional(
            "UpdateItem(source health noted)",
            self._client.update_item,
            Key={"pk": _s(f"SOURCE#{source_id}"), "sk": _s("STATE")},
            UpdateExpression="SET health_notified = :now",
            ConditionExpression="health_notified = :was",
            ExpressionAttributeValues={":now": {"BOOL": not was}, ":was": {"BOOL": was}},
        )

    def reserve_request(self, source_id: str, now: datetime, until: datetime) -> datetime | None:
        key = {"pk": _s(f"SOURCE#{source_id}"), "sk": _s("STATE")}
        won = self._conditional(
            "UpdateItem(source request slot)",
            self._client.update_item,
            Key=key,
            UpdateExpression="SET retry_at = :until",
            # ISO 8601 UTC strings of one format order as the times do.
            ConditionExpression="attribute_not_exists(retry_at) OR retry_at <= :now",
            ExpressionAttributeValues={":until": _s(_iso(until)), ":now": _s(_iso(now))},
        )
        if won:
            return None
        item = self._get("GetItem(source state)", key)
        return (_date(item, "retry_at") if item else None) or until

    def save_source_state(self, state: SourceState) -> None:
        item: Item = {
            "pk": _s(f"SOURCE#{state.source_id}"),
            "sk": _s("STATE"),
            "consecutive_failures": _n(state.consecutive_failures),
            "documents_baseline": {"BOOL": state.baseline_done},
            "health_notified": {"BOOL": state.health_notified},
        }
        for name in _STATE_TEXT_FIELDS:
            value = getattr(state, name)
            if value is not None:
                item[name] = _s(value)
        for name in _STATE_DATE_FIELDS:
            moment = getattr(state, name)
            if moment is not None:
                item[name] = _s(_iso(moment))
        if state.feed is not None:
            item["gsi2pk"] = _s(_feed_partition(state.feed))
            item["gsi2sk"] = _s(state.source_id)
        self._call("PutItem(source state)", self._client.put_item, Item=item)

    # ------------------------------------------------------------------ seen items

    def seen_documents(self, keys: Sequence[str], now: datetime) -> dict[str, SeenDocument]:
        by_pk = {_document_pk(k): k for k in keys}  # BatchGetItem rejects duplicates
        wanted = list(by_pk)
        known: dict[str, SeenDocument] = {}
        stamp = _iso(now)
        for start in range(0, len(wanted), _BATCH_GET_MAX):
            chunk = wanted[start : start + _BATCH_GET_MAX]
            for item in self._batch_get(chunk):
                if (_text(item, "expires_at") or "") > stamp:
                    key = by_pk[str(item["pk"]["S"])]
                    known[key] = SeenDocument(
                        key,
                        _text(item, "fingerprint") or "",
                        _number(item, "level"),
                        Report.from_text(_text(item, "report"), _text(item, "report_facts")),
                    )
        return known

    def seen_mark(self) -> None:
        return None  # other pollers write the table at any time: nothing to tell it by

    def _batch_get(self, pks: list[str]) -> Iterator[Item]:
        request: dict[str, Any] = {
            self.table_name: {
                "Keys": [{"pk": _s(pk), "sk": _s(_DOC_SK)} for pk in pks],
                # Eventually consistent (half the price): a document recorded a moment ago
                # and read as unseen is only tried again, and the conditional write in
                # record_new refuses it. "Seen" is decided there, never here.
                "ConsistentRead": False,
                "ProjectionExpression": "pk, expires_at, fingerprint, #level, #report, report_facts",
                "ExpressionAttributeNames": {"#level": "level", "#report": "report"},
            }
        }
        for attempt in range(8):
            try:
                answer = self._client.batch_get_item(RequestItems=request)
            except (ClientError, BotoCoreError) as exc:
                raise self._fail("BatchGetItem(documents)", exc) from exc
            yield from answer.get("Responses", {}).get(self.table_name, [])
            request = dict(answer.get("UnprocessedKeys") or {})
            if not request:
                return
            time.sleep(min(0.05 * 2**attempt, 2.0))  # AWS asks for backoff on unprocessed keys
        raise StoreError(f"DynamoDB BatchGetItem on {self.table_name}: keys left unprocessed")

    def record_new(
        self, source_id: str, entries: Sequence[NewEntry], now: datetime, ttl: timedelta
    ) -> list[str]:
        inserted: list[str] = []
        expires = now + ttl
        stamp = _iso(now)
        relistings: dict[str, Item] = {}  # BatchWriteItem rejects two puts of one key
        for entry in entries:
            document: Item = {
                "pk": _s(_document_pk(entry.key)),
                "sk": _s(_DOC_SK),
                "fingerprint": _s(entry.fingerprint),
                "level": _n(entry.level),
                "source_id": _s(source_id),
                "first_seen": _s(stamp),
                "expires_at": _s(_iso(expires)),
                # TTL must never delete before our own expiry: round up to the next second.
                TTL_ATTRIBUTE: _n(math.ceil(expires.timestamp())),
            }
            if entry.report is not None:
                document["report"] = _s(entry.report.to_text())
                facts = entry.report.facts_text()
                if facts is not None:
                    document["report_facts"] = _s(facts)
            if entry.revises is None:
                condition = self._SEEN_ABSENT
                values = {":now": _s(stamp)}
            else:
                condition = self._SEEN_HOLDS
                values = {":now": _s(stamp), ":prev": _s(entry.revises)}
            won = (
                self._put_seen(document, condition, values)
                if entry.alert is None
                else self._put_seen_with_alert(document, entry.alert, now, condition, values)
            )
            if won:
                inserted.append(entry.key)
                if entry.relisting_key is not None:
                    pk = _document_pk(entry.relisting_key)
                    relistings[pk] = {**document, "pk": _s(pk)}
        self._put_relistings(list(relistings.values()))
        return inserted

    def _put_relistings(self, items: list[Item]) -> None:
        """The records under the documents' relisting keys, as their documents' own, put
        in batches after them (25 a request, not a request each: bench poll_200_all_new).
        Not conditional: one relisting key names one version of one source's document.

        A batch that fails is logged and let go, as a run killed before it: the documents
        and their alerts are recorded already (their alerts in the outbox), so raising
        would report the poll failed though its alerts go out; the relisting keys lost
        cost only the finding of a later re-listing (one duplicate reply at worst). The
        batches after it are still put, and the warning counts the keys not written: a
        batch's refused request, or what AWS left unprocessed of it (review s23 Z3)."""
        lost, why = 0, ""
        for start in range(0, len(items), _BATCH_WRITE_MAX):
            request: dict[str, Any] = {
                self.table_name: [
                    {"PutRequest": {"Item": item}}
                    for item in items[start : start + _BATCH_WRITE_MAX]
                ]
            }
            for attempt in range(8):
                try:
                    answer = self._client.batch_write_item(RequestItems=request)
                except (ClientError, BotoCoreError) as exc:
                    why = _describe(exc)
                    break  # the request refused: none of it written
                request = dict(answer.get("UnprocessedItems") or {})
                if not request:
                    break
                time.sleep(min(0.05 * 2**attempt, 2.0))  # AWS asks for backoff, as above
            else:
                why = "items left unprocessed"
            lost += sum(len(writes) for writes in request.values())
        if lost:
            self._relistings_lost(lost, why)

    def _relistings_lost(self, count: int, why: str) -> None:
        # The error's code and message only (_describe): never the request, whose items
        # carry the documents' reports.
        log.warning(
            "DynamoDB BatchWriteItem(relisting keys) on %s failed: %s; %d relisting key(s) "
            "not recorded (the documents and their alerts are): a re-listing of those "
            "items under another link may alert again",
            self.table_name,
            why,
            count,
        )

    _SEEN_ABSENT = "attribute_not_exists(pk) OR expires_at <= :now"
    _SEEN_HOLDS = "fingerprint = :prev AND expires_at > :now"

    def _put_seen(self, seen: Item, condition: str, values: Item) -> bool:
        return self._conditional(
            "PutItem(document)",
            self._client.put_item,
            Item=seen,
            ConditionExpression=condition,
            ExpressionAttributeValues=values,
        )

    def _put_seen_with_alert(
        self, seen: Item, alert: Alert, now: datetime, condition: str, values: Item
    ) -> bool:
        """Document and alert in one transaction: both are written or neither is."""
        stamp = _iso(now)
        order = f"{stamp}#{alert.id}"
        alert_item: Item = {
            **_alert_key(alert.id),
            "state": _s("pending"),
            "payload": _s(_bounded_payload(alert)),
            "created": _s(stamp),
            "not_before": _s(stamp),
            "enqueue_at": _s(stamp),
            "attempts": _n(0),
            "gsi1pk": _s(_OUTSTANDING),
            # Claims take the most urgent first ("P1" < "P2" < "P3"), oldest within one.
            # Alerts written before this key carried the priority sort ahead of every
            # "P" (digits first) and so are delivered first, oldest first: a backlog
            # from before the upgrade drains before new work, then the order holds.
            "gsi1sk": _s(f"{alert.priority}#{order}"),
            "gsi2pk": _s("ALERTS"),
            "gsi2sk": _s(order),
            # An alert without a story is its own story (see store.base).
            "gsi3pk": _s(f"STORY#{alert.story_id or alert.id}"),
            "gsi3sk": _s(order),
        }
        # botocore fills in a fresh ClientRequestToken per call and keeps it across its own
        # retries, so a retried request after a lost response is not mistaken for a loser.
        for attempt in range(_CONFLICT_RETRIES):
            try:
                self._client.transact_write_items(
                    TransactItems=[
                        {
                            "Put": {
                                "TableName": self.table_name,
                                "Item": seen,
                                "ConditionExpression": condition,
                                "ExpressionAttributeValues": values,
                            }
                        },
                        {
                            "Put": {
                                "TableName": self.table_name,
                                "Item": alert_item,
                                "ConditionExpression": "attribute_not_exists(pk)",
                            }
                        },
                    ],
                )
            except ClientError as exc:
                if _code(exc) != "TransactionCanceledException":
                    raise self._fail("TransactWriteItems(seen+alert)", exc) from exc
                reasons = [
                    r.get("Code", "None") for r in exc.response.get("CancellationReasons", [])
                ]
                seen_code = reasons[0] if reasons else ""
                alert_code = reasons[1] if len(reasons) > 1 else ""
                if seen_code == "ConditionalCheckFailed":
                    return False  # another poller recorded it first: its alert, not ours
                if alert_code == "ConditionalCheckFailed" and seen_code in ("None", ""):
                    # The document came back after its TTL (or a version came back) and its
                    # deterministic alert already exists: remember it, keep the old alert.
                    return self._put_seen(seen, condition, values)
                if "TransactionConflict" in reasons and attempt + 1 < _CONFLICT_RETRIES:
                    time.sleep(0.02 * 2**attempt)
                    continue
                raise self._fail("TransactWriteItems(seen+alert)", exc) from exc
            except BotoCoreError as exc:
                raise self._fail("TransactWriteItems(seen+alert)", exc) from exc
            return True
        raise StoreError(f"DynamoDB TransactWriteItems on {self.table_name}: kept conflicting")

    # ------------------------------------------------------------------ alert delivery

    def _outstanding(self) -> Iterator[Item]:
        """Alerts not yet delivered, the most urgent first and the oldest first within a
        priority (eventually consistent: confirm by a conditional write before acting on
        what it says)."""
        return self._query(
            f"Query({OUTSTANDING_INDEX})",
            IndexName=OUTSTANDING_INDEX,
            KeyConditionExpression="gsi1pk = :outstanding",
            ExpressionAttributeValues={":outstanding": _s(_OUTSTANDING)},
        )

    _LEASABLE = (
        "(#state = :pending AND not_before <= :now) "
        "OR (#state = :delivering AND claim_until <= :now)"
    )

    def lease_alert(
        self, alert_id: str, now: datetime, lease: timedelta, *, holder: str = ""
    ) -> Alert | None:
        """Lease one alert for delivery until ``now + lease``; None when it is not leasable.

        Not leasable: unknown, already delivered, waiting for ``not_before``, or leased by
        another worker whose lease has not lapsed. ``alert_state`` tells which.
        """
        try:
            answer = self._client.update_item(
                TableName=self.table_name,
                Key=_alert_key(alert_id),
                UpdateExpression=(
                    "SET #state = :delivering, claim_until = :until, holder = :holder "
                    "ADD attempts :one REMOVE sent_at"
                ),
                ConditionExpression=self._LEASABLE,
                ExpressionAttributeNames={"#state": "state"},
                ExpressionAttributeValues={
                    ":pending": _s("pending"),
                    ":delivering": _s("delivering"),
                    ":now": _s(_iso(now)),
                    ":until": _s(_iso(now + lease)),
                    ":holder": _s(holder),
                    ":one": _n(1),
                },
                ReturnValues="ALL_NEW",
            )
        except ClientError as exc:
            if _code(exc) == "ConditionalCheckFailedException":
                return None
            raise self._fail("UpdateItem(lease)", exc) from exc
        except BotoCoreError as exc:
            raise self._fail("UpdateItem(lease)", exc) from exc
        return alert_from_json(str(answer["Attributes"]["payload"]["S"]))

    def claim_alerts(
        self, now: datetime, lease: timedelta, limit: int = 100, *, holder: str = ""
    ) -> list[Alert]:
        claimed: list[Alert] = []
        stamp = _iso(now)
        for item in self._outstanding():
            if len(claimed) >= limit:
                break
            state = _text(item, "state")
            due = (state == "pending" and (_text(item, "not_before") or "") <= stamp) or (
                state == "delivering" and (_text(item, "claim_until") or "") <= stamp
            )
            if not due:
                continue
            alert = self.lease_alert(
                str(item["pk"]["S"]).removeprefix("ALERT#"), now, lease, holder=holder
            )
            if alert is not None:
                claimed.append(alert)
        return claimed

    def take_outbox(self, now: datetime, recheck: timedelta, limit: int = 100) -> list[Alert]:
        """Undelivered alerts whose turn to be (re)queued has come, each taken by one caller.

        Taking an alert moves its next turn to ``now + recheck``: a relay that crashes after
        taking but before sending, or a message that is lost, is covered by the next turn.
        """
        taken: list[Alert] = []
        stamp = _iso(now)
        for item in self._outstanding():
            if len(taken) >= limit:
                break
            due_at = _text(item, "enqueue_at") or ""
            if due_at > stamp:
                continue
            if self._conditional(
                "UpdateItem(outbox)",
                self._client.update_item,
                Key={"pk": item["pk"], "sk": item["sk"]},
                UpdateExpression="SET enqueue_at = :next",
                # Another relay took it, or it was delivered meanwhile: not ours to send.
                ConditionExpression="enqueue_at = :seen AND attribute_exists(gsi1pk)",
                ExpressionAttributeValues={
                    ":seen": _s(due_at),
                    ":next": _s(_iso(now + recheck)),
                },
            ):
                taken.append(alert_from_json(str(item["payload"]["S"])))
        return taken

    def bring_forward(self, alert_id: str, at: datetime) -> bool:
        return self._conditional(
            "UpdateItem(bring forward)",
            self._client.update_item,
            Key=_alert_key(alert_id),
            UpdateExpression="SET not_before = :at, enqueue_at = :at",
            ConditionExpression="#state = :pending AND (not_before > :at OR enqueue_at > :at)",
            ExpressionAttributeNames={"#state": "state"},
            ExpressionAttributeValues={":at": _s(_iso(at)), ":pending": _s("pending")},
        )

    def requeue_at_lease_end(self, alert_id: str) -> datetime | None:
        try:
            answer = self._client.update_item(
                TableName=self.table_name,
                Key=_alert_key(alert_id),
                UpdateExpression="SET enqueue_at = claim_until",
                # Still undelivered (in the outstanding index), held, and due in the outbox
                # after the lease's end.
                ConditionExpression=(
                    "#state = :delivering AND attribute_exists(gsi1pk) "
                    "AND attribute_exists(claim_until) AND enqueue_at > claim_until"
                ),
                ExpressionAttributeNames={"#state": "state"},
                ExpressionAttributeValues={":delivering": _s("delivering")},
                ReturnValues="UPDATED_NEW",
            )
        except ClientError as exc:
            if _code(exc) == "ConditionalCheckFailedException":
                return None
            raise self._fail("UpdateItem(requeue at lease end)", exc) from exc
        except BotoCoreError as exc:
            raise self._fail("UpdateItem(requeue at lease end)", exc) from exc
        return datetime.fromisoformat(str(answer["Attributes"]["enqueue_at"]["S"]))

    def release_outbox(self, alert_ids: Sequence[str], turn_end: datetime, now: datetime) -> int:
        released = 0
        for alert_id in dict.fromkeys(alert_ids):
            if self._conditional(
                "UpdateItem(outbox release)",
                self._client.update_item,
                Key=_alert_key(alert_id),
                UpdateExpression="SET enqueue_at = :now",
                # Still undelivered (in the outstanding index) and still at this take's
                # turn: not delivered meanwhile, not taken by another relay since.
                ConditionExpression="enqueue_at = :turn AND attribute_exists(gsi1pk)",
                ExpressionAttributeValues={
                    ":turn": _s(_iso(turn_end)),
                    ":now": _s(_iso(now)),
                },
            ):
                released += 1
        return released

    def _move(
        self,
        alert_id: str,
        target: AlertState,
        update: str,
        values: Mapping[str, Any],
    ) -> bool:
        """A transition of core.delivery.TRANSITIONS, conditioned on the state it leaves."""
        sources = sources_of(target)
        names = {f":from{i}": _s(state) for i, state in enumerate(sources)}
        return self._conditional(
            f"UpdateItem({target})",
            self._client.update_item,
            Key=_alert_key(alert_id),
            UpdateExpression=f"SET #state = :target, {update}",
            # An unknown id must not create an item; a second completion (a retried
            # invocation) must not undo a later "claimed" or "dismissed".
            ConditionExpression=f"attribute_exists(pk) AND #state IN ({', '.join(names)})",
            ExpressionAttributeNames={"#state": "state"},
            ExpressionAttributeValues={":target": _s(target), **names, **values},
        )

    _DONE = " REMOVE claim_until, holder, enqueue_at, gsi1pk, gsi1sk"

    def complete_alert(self, alert_id: str, delivery: Delivery, now: datetime) -> None:
        self._move(
            alert_id,
            "posted",
            "channel = :channel, ts = :ts, posted_at = :now" + self._DONE + ", last_error",
            {":channel": _s(delivery.channel), ":ts": _s(delivery.ts), ":now": _s(_iso(now))},
        )

    def hold_alert(self, alert_id: str, now: datetime) -> None:
        self._move(alert_id, "held", "posted_at = :now" + self._DONE, {":now": _s(_iso(now))})

    def fail_alert(self, alert_id: str, reason: str, now: datetime) -> None:
        self._move(
            alert_id,
            "failed",
            "posted_at = :now, last_error = :error" + self._DONE,
            {":now": _s(_iso(now)), ":error": _s(reason[:500])},
        )

    def release_alert(
        self, alert_id: str, error: str, retry_at: datetime, *, counted: bool = True
    ) -> None:
        self._move(
            alert_id,
            "pending",
            # Its next outbox turn is its retry time too (see SqliteStore.release_alert).
            "not_before = :retry, enqueue_at = :retry, last_error = :error, "
            "attempts = attempts - :refund REMOVE claim_until, holder",
            {
                ":retry": _s(_iso(retry_at)),
                ":error": _s(error[:500]),
                ":refund": _n(0 if counted else 1),
            },
        )

    def lease_holders(self, now: datetime) -> set[str]:
        stamp = _iso(now)
        return {
            holder
            for item in self._outstanding()
            if _text(item, "state") == "delivering"
            and (_text(item, "claim_until") or "") > stamp
            and (holder := _text(item, "holder"))
        }

    def note_sending(self, alert_id: str, now: datetime, *, holder: str) -> None:
        self._conditional(
            "UpdateItem(sending)",
            self._client.update_item,
            Key=_alert_key(alert_id),
            UpdateExpression="SET sent_at = :now",
            ConditionExpression="#state = :delivering AND holder = :holder",
            ExpressionAttributeNames={"#state": "state"},
            ExpressionAttributeValues={
                ":now": _s(_iso(now)),
                ":delivering": _s("delivering"),
                ":holder": _s(holder),
            },
        )

    def break_leases(
        self, holders: Sequence[str], now: datetime, *, landing: timedelta = timedelta(0)
    ) -> int:
        broken = 0
        for item in self._outstanding():
            holder = _text(item, "holder")
            if holder not in holders or _text(item, "state") != "delivering":
                continue
            until = _iso(broken_lease_end(now, _date(item, "sent_at"), landing))
            if (_text(item, "claim_until") or "") <= until:
                continue
            broken += self._conditional(
                "UpdateItem(break lease)",
                self._client.update_item,
                Key={"pk": item["pk"], "sk": item["sk"]},
                UpdateExpression="SET claim_until = :until",
                ConditionExpression="#state = :delivering AND holder = :holder "
                "AND claim_until > :until",
                ExpressionAttributeNames={"#state": "state"},
                ExpressionAttributeValues={
                    ":until": _s(until),
                    ":delivering": _s("delivering"),
                    ":holder": _s(holder or ""),
                },
            )
        return broken

    def undelivered_alerts(self, limit: int = 100) -> list[AlertRecord]:
        records: list[AlertRecord] = []
        for item in self._outstanding():
            if len(records) >= limit:
                break
            records.append(_record(item))
        return records

    def alert_state(self, alert_id: str) -> AlertState | None:
        item = self._get(
            "GetItem(alert)",
            _alert_key(alert_id),
            ProjectionExpression="#state",
            ExpressionAttributeNames={"#state": "state"},
        )
        return None if item is None else _state(_text(item, "state"))

    def alerts_between(self, start: datetime, end: datetime) -> list[AlertRecord]:
        """Alerts created in [start, end), oldest first, with their delivery state."""
        # Sort keys are "<created>#<id>": every key of an instant sorts after the bare instant.
        items = self._timeline("ALERTS", _iso(start), _iso(end))
        return [_record(item) for item in items if (_text(item, "created") or "") < _iso(end)]

    # ------------------------------------------------------------------ Slack delivery state

    def get_alert(self, alert_id: str) -> Alert | None:
        item = self._get("GetItem(alert)", _alert_key(alert_id), ProjectionExpression="payload")
        return None if item is None else alert_from_json(str(item["payload"]["S"]))

    def story_alerts(self, story_id: str) -> list[Alert]:
        items = self._query(
            f"Query({BY_STORY_INDEX})",
            IndexName=BY_STORY_INDEX,
            KeyConditionExpression="gsi3pk = :story",
            ExpressionAttributeValues={":story": _s(f"STORY#{story_id}")},
        )
        return [alert_from_json(str(item["payload"]["S"])) for item in items]

    def alert_status(self, alert_id: str) -> AlertStatus | None:
        # The alert and its marks share a partition: one consistent query reads them all.
        items = {
            str(item["sk"]["S"]): item
            for item in self._query(
                "Query(alert)",
                KeyConditionExpression="pk = :pk",
                ExpressionAttributeValues={":pk": _s(f"ALERT#{alert_id}")},
                ConsistentRead=True,
            )
        }
        alert = items.get("ALERT")
        if alert is None:
            return None
        claim, dismiss = items.get("MARK#claim"), items.get("MARK#dismiss")
        drafted = items.get("MARK#draft")
        return AlertStatus(
            alert_id=alert_id,
            state=_state(_text(alert, "state")),
            attempts=_number(alert, "attempts"),
            channel=_text(alert, "channel"),
            ts=_text(alert, "ts"),
            claimed=None if claim is None else _mark_of(claim),
            dismissed=None if dismiss is None else _mark_of(dismiss),
            drafted=None if drafted is None else _mark_of(drafted),
        )

    def alert_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self._timeline("ALERTS", projection="#state"):
            state = _text(item, "state") or "pending"
            counts[state] = counts.get(state, 0) + 1
        return counts

    def get_thread(self, story_id: str, channel: str) -> Thread | None:
        thread: Item | None = None
        mute: Item | None = None
        replies = 0
        reply_prefix = f"REPLY#{channel}#"
        for item in self._query(
            "Query(story)",
            KeyConditionExpression="pk = :pk",
            ExpressionAttributeValues={":pk": _s(f"STORY#{story_id}")},
            ProjectionExpression="sk, ts, alert_id, #user, #at",
            ExpressionAttributeNames={"#user": "user", "#at": "at"},
            ConsistentRead=True,
        ):
            sk = str(item["sk"]["S"])
            if sk == f"THREAD#{channel}":
                thread = item
            elif sk == "MUTE":
                mute = item
            elif sk.startswith(reply_prefix):
                replies += 1
        if thread is None:
            return None
        return Thread(
            story_id=story_id,
            channel=channel,
            ts=str(thread["ts"]["S"]),
            alert_id=str(thread["alert_id"]["S"]),
            replies=replies,
            muted_by=None if mute is None else str(mute["user"]["S"]),
            muted_at=None if mute is None else datetime.fromisoformat(mute["at"]["S"]),
        )

    def _stored_thread(self, story_id: str, channel: str) -> Thread:
        stored = self.get_thread(story_id, channel)
        if stored is None:  # pragma: no cover - the item was just written
            raise StoreError(f"thread of story {story_id} vanished")
        return stored

    def save_thread(self, thread: Thread) -> Thread:
        self._conditional(
            "PutItem(thread)",
            self._client.put_item,
            Item={
                **_story_key(thread.story_id, f"THREAD#{thread.channel}"),
                "ts": _s(thread.ts),
                "alert_id": _s(thread.alert_id),
                "created": _s(_iso(datetime.now(UTC))),
            },
            ConditionExpression="attribute_not_exists(pk)",  # the first claim of a story wins
        )
        return self._stored_thread(thread.story_id, thread.channel)

    def claim_thread(self, story_id: str, channel: str, alert_id: str) -> Thread:
        return self.save_thread(Thread(story_id, channel, "", alert_id))

    def set_thread_ts(self, story_id: str, channel: str, alert_id: str, ts: str) -> Thread:
        self._conditional(
            "UpdateItem(thread)",
            self._client.update_item,
            Key=_story_key(story_id, f"THREAD#{channel}"),
            UpdateExpression="SET ts = :ts",
            ConditionExpression="alert_id = :alert AND ts = :none",
            ExpressionAttributeValues={":ts": _s(ts), ":alert": _s(alert_id), ":none": _s("")},
        )
        return self._stored_thread(story_id, channel)

    def drop_thread_claim(self, story_id: str, channel: str, alert_id: str) -> None:
        self._conditional(
            "DeleteItem(thread)",
            self._client.delete_item,
            Key=_story_key(story_id, f"THREAD#{channel}"),
            ConditionExpression="alert_id = :alert AND ts = :none",
            ExpressionAttributeValues={":alert": _s(alert_id), ":none": _s("")},
        )

    def forget_thread(self, story_id: str, channel: str, ts: str) -> bool:
        if not ts:
            return False
        # The replies lived in the deleted thread: the story's next message starts at 0.
        # They go in one transaction with the thread and its stale mark (review A s13 L1):
        # once the thread is gone another run may open the story again, and what it
        # records then (its replies, its stale mark) must not be taken for the old ones.
        # No reply is added to the old thread meanwhile: its message is gone from Slack.
        replies = [
            _story_key(story_id, str(item["sk"]["S"]))
            for item in self._query(
                "Query(replies)",
                KeyConditionExpression="pk = :pk AND begins_with(sk, :prefix)",
                ExpressionAttributeValues={
                    ":pk": _s(f"STORY#{story_id}"),
                    ":prefix": _s(f"REPLY#{channel}#"),
                },
                ProjectionExpression="sk",
                ConsistentRead=True,
            )
        ]
        # A transaction holds 100 items: the oldest replies of a very long thread first,
        # while the thread (and so no reopened one) is still there.
        fit = _TRANSACTION_ITEMS - 2
        for key in replies[: max(len(replies) - fit, 0)]:
            self._call("DeleteItem(reply)", self._client.delete_item, Key=key)
        items: list[Any] = [
            {
                "Delete": {
                    "TableName": self.table_name,
                    "Key": _story_key(story_id, f"THREAD#{channel}"),
                    "ConditionExpression": "ts = :ts",  # a thread opened again since is kept
                    "ExpressionAttributeValues": {":ts": _s(ts)},
                }
            },
            *({"Delete": {"TableName": self.table_name, "Key": k}} for k in replies[-fit:]),
            {
                "Delete": {
                    "TableName": self.table_name,
                    "Key": {"pk": _s(_STALE), "sk": _s(f"{story_id}#{channel}")},
                }
            },
        ]
        for attempt in range(_CONFLICT_RETRIES):
            try:
                self._client.transact_write_items(TransactItems=items)
            except ClientError as exc:
                reasons = [
                    r.get("Code", "None") for r in exc.response.get("CancellationReasons", [])
                ]
                if reasons[:1] == ["ConditionalCheckFailed"]:
                    return False  # not that message any more, or forgotten already
                if "TransactionConflict" in reasons and attempt + 1 < _CONFLICT_RETRIES:
                    time.sleep(0.02 * 2**attempt)
                    continue
                raise self._fail("TransactWriteItems(thread gone)", exc) from exc
            except BotoCoreError as exc:
                raise self._fail("TransactWriteItems(thread gone)", exc) from exc
            return True
        raise StoreError(f"DynamoDB TransactWriteItems on {self.table_name}: kept conflicting")

    def record_reply(self, story_id: str, channel: str, alert_id: str) -> int:
        prefix = f"REPLY#{channel}#"
        self._conditional(
            "PutItem(reply)",
            self._client.put_item,
            Item={**_story_key(story_id, prefix + alert_id), "alert_id": _s(alert_id)},
            ConditionExpression="attribute_not_exists(pk)",  # a retried reply counts once
        )
        answer = self._call(
            "Query(replies)",
            self._client.query,
            KeyConditionExpression="pk = :pk AND begins_with(sk, :prefix)",
            ExpressionAttributeValues={":pk": _s(f"STORY#{story_id}"), ":prefix": _s(prefix)},
            Select="COUNT",
            ConsistentRead=True,
        )
        count = int(answer.get("Count", 0))
        # One marker per parent, however many replies: refreshes coalesce. Only raised,
        # never lowered, so a slower writer cannot hide a newer reply.
        self._conditional(
            "UpdateItem(stale parent)",
            self._client.update_item,
            Key={"pk": _s(_STALE), "sk": _s(f"{story_id}#{channel}")},
            UpdateExpression="SET story_id = :story, channel = :channel, wanted = :count",
            ConditionExpression="attribute_not_exists(wanted) OR wanted < :count",
            ExpressionAttributeValues={
                ":story": _s(story_id),
                ":channel": _s(channel),
                ":count": _n(count),
            },
        )
        return count

    def stale_parents(self, limit: int = 50) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for item in self._query(
            "Query(stale parents)",
            KeyConditionExpression="pk = :pk",
            ExpressionAttributeValues={":pk": _s(_STALE)},
            ConsistentRead=True,
        ):
            found.append((str(item["story_id"]["S"]), str(item["channel"]["S"])))
            if len(found) >= limit:
                break
        return found

    def parent_refreshed(self, story_id: str, channel: str, shown: int) -> None:
        self._conditional(
            "DeleteItem(stale parent)",
            self._client.delete_item,
            Key={"pk": _s(_STALE), "sk": _s(f"{story_id}#{channel}")},
            # A reply counted after the refresh read its count keeps the parent stale.
            ConditionExpression="wanted <= :shown",
            ExpressionAttributeValues={":shown": _n(shown)},
        )

    def take_allowance(
        self, key: str, wanted: int, limit: int, expires: datetime, *, now: datetime
    ) -> int:
        # Expired counters are the table's TTL's to delete: ``now`` is not needed here.
        item_key = {"pk": _s(f"ALLOW#{key}"), "sk": _s("ALLOW")}
        granted = min(wanted, limit)
        # Optimistic: ask for all; when the count moved past what leaves room for it (a
        # worker took some meanwhile), ask for what is left. Each try is one conditional
        # write: two workers never take the same unit.
        for _ in range(5):
            if granted <= 0:
                return 0
            if self._conditional(
                "UpdateItem(allowance)",
                self._client.update_item,
                Key=item_key,
                UpdateExpression="ADD taken :granted SET #ttl = if_not_exists(#ttl, :ttl)",
                ConditionExpression="attribute_not_exists(taken) OR taken <= :room",
                ExpressionAttributeNames={"#ttl": TTL_ATTRIBUTE},
                ExpressionAttributeValues={
                    ":granted": _n(granted),
                    ":room": _n(limit - granted),
                    ":ttl": _n(math.ceil(expires.timestamp())),
                },
            ):
                return granted
            item = self._get("GetItem(allowance)", item_key)
            taken = int(item["taken"]["N"]) if item is not None and "taken" in item else 0
            granted = min(wanted, limit - taken)
        return 0

    def first_notice(self, key: str, at: datetime) -> bool:
        return self._conditional(
            "PutItem(ops notice)",
            self._client.put_item,
            Item={"pk": _s(f"OPS#{key}"), "sk": _s("OPS"), "at": _s(_iso(at))},
            ConditionExpression="attribute_not_exists(pk)",
        )

    def forget_notice(self, key: str) -> bool:
        return self._conditional(
            "DeleteItem(ops notice)",
            self._client.delete_item,
            Key={"pk": _s(f"OPS#{key}"), "sk": _s("OPS")},
            ConditionExpression="attribute_exists(pk)",
        )

    def notice_at(self, key: str) -> datetime | None:
        item = self._get("GetItem(ops notice)", {"pk": _s(f"OPS#{key}"), "sk": _s("OPS")})
        at = _text(item, "at") if item is not None else None
        return datetime.fromisoformat(at) if at else None

    def claim_notice(self, key: str, at: datetime, lease: timedelta) -> Claim | None:
        try:
            answer = self._client.put_item(
                TableName=self.table_name,
                Item={
                    "pk": _s(f"OPS#{key}"),
                    "sk": _s("OPS"),
                    "at": _s(_iso(at)),
                    "lease_until": _s(_iso(at + lease)),
                },
                # Absent, or a claim whose lease lapsed; a notice without a lease is for good.
                ConditionExpression="attribute_not_exists(pk) OR lease_until <= :at",
                ExpressionAttributeValues={":at": _s(_iso(at))},
                ReturnValues="ALL_OLD",
            )
        except ClientError as exc:
            if _code(exc) == "ConditionalCheckFailedException":
                return None
            raise self._fail("PutItem(ops notice claim)", exc) from exc
        except BotoCoreError as exc:
            raise self._fail("PutItem(ops notice claim)", exc) from exc
        return Claim(key, at, taken_over=bool(answer.get("Attributes")))

    def settle_claim(self, claim: Claim, at: datetime) -> bool:
        return self._conditional(
            "UpdateItem(ops notice claim settled)",
            self._client.update_item,
            Key={"pk": _s(f"OPS#{claim.key}"), "sk": _s("OPS")},
            UpdateExpression="REMOVE lease_until",
            ConditionExpression="#at = :at AND attribute_exists(lease_until)",
            ExpressionAttributeNames={"#at": "at"},
            ExpressionAttributeValues={":at": _s(_iso(claim.at))},
        )

    def withdraw_claim(self, claim: Claim) -> bool:
        return self._conditional(
            "DeleteItem(ops notice claim)",
            self._client.delete_item,
            Key={"pk": _s(f"OPS#{claim.key}"), "sk": _s("OPS")},
            ConditionExpression="#at = :at AND attribute_exists(lease_until)",
            ExpressionAttributeNames={"#at": "at"},
            ExpressionAttributeValues={":at": _s(_iso(claim.at))},
        )

    def settle_notice(self, key: str, at: datetime) -> None:
        self._call(
            "UpdateItem(ops notice settled)",
            self._client.update_item,
            Key={"pk": _s(f"OPS#{key}"), "sk": _s("OPS")},
            UpdateExpression="SET #at = if_not_exists(#at, :at) REMOVE lease_until",
            ExpressionAttributeNames={"#at": "at"},
            ExpressionAttributeValues={":at": _s(_iso(at))},
        )

    def noted(self, key: str) -> bool:
        item = self._get("GetItem(ops notice)", {"pk": _s(f"OPS#{key}"), "sk": _s("OPS")})
        return item is not None and "lease_until" not in item

    def _first_mark(self, key: Item, user: str, at: datetime, operation: str) -> Mark:
        won = self._conditional(
            operation,
            self._client.put_item,
            Item={**key, "user": _s(user), "at": _s(_iso(at))},
            ConditionExpression="attribute_not_exists(pk)",
        )
        stored = self._get(operation, key)
        if stored is None:  # pragma: no cover - the item was just written
            raise StoreError(f"mark {key['sk']['S']} vanished")
        return _mark_of(stored, won=won)

    def set_muted(self, story_id: str, user: str, at: datetime) -> Mark:
        return self._first_mark(_story_key(story_id, "MUTE"), user, at, "PutItem(mute)")

    def claim_alert(self, alert_id: str, user: str, at: datetime) -> Mark:
        return self._alert_mark(alert_id, "claim", user, at, sources_of("claimed"), "claimed")

    def dismiss_alert(self, alert_id: str, user: str, at: datetime) -> Mark:
        return self._alert_mark(alert_id, "dismiss", user, at, sources_of("dismissed"), "dismissed")

    def mark_drafted(self, alert_id: str, user: str, at: datetime) -> Mark:
        # Beside the alert in its partition, like claims: alert_status reads it with them.
        return self._first_mark(_alert_key(alert_id, "MARK#draft"), user, at, "PutItem(draft)")

    def _alert_mark(
        self,
        alert_id: str,
        kind: str,
        user: str,
        at: datetime,
        from_states: tuple[str, ...],
        to_state: str,
    ) -> Mark:
        mark = self._first_mark(_alert_key(alert_id, f"MARK#{kind}"), user, at, f"PutItem({kind})")
        if mark.won:
            # Only a delivered alert changes state: one still being delivered keeps its
            # lease, and the mark itself is what the buttons read.
            names = [f":from{i}" for i in range(len(from_states))]
            self._conditional(
                f"UpdateItem({kind})",
                self._client.update_item,
                Key=_alert_key(alert_id),
                UpdateExpression="SET #state = :to",
                ConditionExpression=f"#state IN ({', '.join(names)})",
                ExpressionAttributeNames={"#state": "state"},
                ExpressionAttributeValues={
                    ":to": _s(to_state),
                    **{name: _s(state) for name, state in zip(names, from_states, strict=True)},
                },
            )
        return mark

    def add_feedback(self, feedback: Feedback) -> None:
        self._conditional(
            "PutItem(feedback)",
            self._client.put_item,
            Item={
                **_alert_key(feedback.alert_id, "FEEDBACK"),
                "payload": _s(json.dumps(feedback_to_dict(feedback), ensure_ascii=False)),
                "gsi2pk": _s("FEEDBACK"),
                "gsi2sk": _s(f"{_iso(feedback.at)}#{feedback.alert_id}"),
            },
            ConditionExpression="attribute_not_exists(pk)",  # the first record stands
        )

    def list_feedback(self) -> list[Feedback]:
        return [
            feedback_from_dict(json.loads(item["payload"]["S"]))
            for item in self._timeline("FEEDBACK")
        ]

    # ------------------------------------------------------------------ stories

    # Poll workers of one table run at the same time (the scale path).
    concurrent_writers = True

    def lock_stories(self, holder: str, at: datetime, lease: timedelta) -> bool:
        return self._conditional(
            "PutItem(story lock)",
            self._client.put_item,
            Item={
                "pk": _s("LOCK#stories"),
                "sk": _s("LOCK"),
                "holder": _s(holder),
                "lease_until": _s(_iso(at + lease)),
            },
            # Free, or held by a worker whose lease ran out (it died or timed out).
            ConditionExpression="attribute_not_exists(pk) OR lease_until <= :at",
            ExpressionAttributeValues={":at": _s(_iso(at))},
        )

    def unlock_stories(self, holder: str) -> None:
        # The lease ended rather than the item deleted: the poll functions may update
        # items but not delete them (template.yaml).
        self._conditional(
            "UpdateItem(story lock)",
            self._client.update_item,
            Key={"pk": _s("LOCK#stories"), "sk": _s("LOCK")},
            UpdateExpression="SET lease_until = :free",
            ConditionExpression="holder = :holder",
            ExpressionAttributeValues={":holder": _s(holder), ":free": _s("")},
        )

    def stories_changed_elsewhere(self) -> bool:
        return True  # poll workers share the table; nothing says who wrote last

    def stories_saved_lately(self, since: datetime) -> list[Story]:
        lately = self._get("GetItem(stories saved lately)", _LATELY_KEY) or {}
        stories = []
        for name in sorted(lately):
            if name.startswith(_LATELY_PREFIX):
                story = self.get_story(name.removeprefix(_LATELY_PREFIX))
                if story is not None and story.last_seen >= since:
                    stories.append(story)
        return stories

    def recent_stories(self, since: datetime) -> list[Story]:
        return [
            story_from_json(str(item["payload"]["S"]))
            for item in self._timeline("STORIES", _iso(since))
        ]

    def save_story(self, story: Story) -> None:
        self._call(
            "PutItem(story)",
            self._client.put_item,
            Item={
                **_story_key(story.id, "STORY"),
                "payload": _s(story_to_json(story)),
                "gsi2pk": _s("STORIES"),
                "gsi2sk": _s(f"{_iso(story.last_seen)}#{story.id}"),
            },
        )
        # Noted on one item read consistently, for the next poll worker that takes the
        # story lock: the timeline index may not show this save for a moment (review s16
        # A1). Notes older than LATELY go as new ones come.
        now = datetime.now(UTC)
        noted = self._call(
            "UpdateItem(stories saved lately)",
            self._client.update_item,
            Key=_LATELY_KEY,
            UpdateExpression="SET #story = :at",
            ExpressionAttributeNames={"#story": f"{_LATELY_PREFIX}{story.id}"},
            ExpressionAttributeValues={":at": _s(_iso(now))},
            ReturnValues="ALL_NEW",
        ).get("Attributes", {})
        stale = [
            name
            for name, value in noted.items()
            if name.startswith(_LATELY_PREFIX) and str(value.get("S", "")) < _iso(now - LATELY)
        ]
        if stale:
            names = {f"#s{i}": name for i, name in enumerate(stale)}
            self._call(
                "UpdateItem(stories saved lately)",
                self._client.update_item,
                Key=_LATELY_KEY,
                UpdateExpression="REMOVE " + ", ".join(names),
                ExpressionAttributeNames=names,
            )

    def get_story(self, story_id: str) -> Story | None:
        item = self._get("GetItem(story)", _story_key(story_id, "STORY"))
        return None if item is None else story_from_json(str(item["payload"]["S"]))

    def close(self) -> None:
        """Nothing to release: the client is shared and reused across invocations."""


def _state(value: str | None) -> AlertState:
    state = parse_state(value or "pending")
    if state is None:
        raise StoreError(f"alert in unknown state {value!r}")
    return state


def _record(item: Item) -> AlertRecord:
    return AlertRecord(
        alert=alert_from_json(str(item["payload"]["S"])),
        state=_state(_text(item, "state")),
        channel=_text(item, "channel"),
        ts=_text(item, "ts"),
        posted_at=_date(item, "posted_at"),
        attempts=_number(item, "attempts"),
        last_error=_text(item, "last_error"),
        retry_at=_date(item, _RETRY_FIELD.get(_text(item, "state") or "", "")),
        holder=_text(item, "holder") or None,
    )


# Where an undelivered alert keeps its next chance (AlertRecord.retry_at).
_RETRY_FIELD = {"pending": "not_before", "delivering": "claim_until"}


class DynamoDbReplayCache:
    """Slack request signatures already answered, shared by every Lambda container (the
    in-memory cache only protects one warm container). One conditional write per request;
    the TTL attribute lets DynamoDB drop them after the signature window."""

    def __init__(
        self,
        table_name: str,
        client: DynamoDBClient | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.table_name = table_name
        self._client: DynamoDBClient = client or aws_client("dynamodb")
        self._clock = clock

    def first_use(self, signature: str, expires: float) -> bool:
        digest = hashlib.sha256(signature.encode()).hexdigest()
        try:
            self._client.put_item(
                TableName=self.table_name,
                Item={
                    "pk": _s(f"REPLAY#{digest}"),
                    "sk": _s("REPLAY"),
                    "expires_at": _n(math.ceil(expires)),
                    TTL_ATTRIBUTE: _n(math.ceil(expires)),
                },
                ConditionExpression="attribute_not_exists(pk) OR expires_at <= :now",
                ExpressionAttributeValues={":now": _n(math.floor(self._clock()))},
            )
        except ClientError as exc:
            if _code(exc) == "ConditionalCheckFailedException":
                return False
            raise StoreError(f"DynamoDB PutItem(replay) failed: {_describe(exc)}") from exc
        except BotoCoreError as exc:
            raise StoreError(f"DynamoDB PutItem(replay) failed: {_describe(exc)}") from exc
        return True
