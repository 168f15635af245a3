"""The cloud store: one DynamoDB table (single-table design, on-demand, TTL).

Every kind of record lives in the same table under a typed partition key:

==============================  ==========  ============================================
pk                              sk          what
==============================  ==========  ============================================
``SEEN#<source>``               item key    an item a source has listed (TTL ``ttl``)
``SOURCE#<source>``             ``STATE``   ETag, Last-Modified, failures, baseline ...
``ALERT#<alert id>``            ``ALERT``   the alert (JSON payload) and its delivery state
==============================  ==========  ============================================

Two sparse global secondary indexes serve the alert life cycle:

* ``outstanding`` (``gsi1pk``/``gsi1sk``) holds only alerts not yet delivered, ordered by
  creation; delivery claims and the outbox relay read it. The attributes are removed when
  an alert is posted, so the index stays as small as the backlog.
* ``by_day`` (``gsi2pk``/``gsi2sk``) holds every alert under its UTC creation day, for
  the daily digest.

Exactly-once comes from conditional writes, never from reading first: "seen" is a
``Put`` conditioned on the key being absent (or expired), made in one transaction with
the alert it raises, so of two pollers racing on the same item exactly one records it
and alerts. State transitions (claim, complete, release) are conditional updates.

DynamoDB's TTL deletes expired items lazily (typically within days), so expiry is
decided here from ``expires_at`` and the ``ttl`` attribute only reclaims storage.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import boto3
from botocore.exceptions import BotoCoreError, ClientError

from demandwatch.core.models import Alert, NewEntry, SourceState
from demandwatch.exceptions import StoreError
from demandwatch.store.base import Delivery
from demandwatch.store.codec import alert_from_json, alert_to_json

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.client import DynamoDBClient

Item = dict[str, Any]  # a DynamoDB item in the low-level wire format ({"S": ...}, {"N": ...})

OUTSTANDING_INDEX = "outstanding"
BY_DAY_INDEX = "by_day"
TTL_ATTRIBUTE = "ttl"
_OUTSTANDING = "OUTSTANDING"

# A DynamoDB item may hold 400 KB; keep the alert payload well inside it.
MAX_PAYLOAD_BYTES = 300_000
# Sort keys may be 1 KB; longer item keys (very long URLs) are stored by their hash.
_MAX_SORT_KEY_BYTES = 512
_BATCH_GET_MAX = 100
# Two writers touching one item at the same instant make DynamoDB cancel one transaction
# with "TransactionConflict"; the retry then sees the winner's write and backs off.
_CONFLICT_RETRIES = 5

_STATE_TEXT_FIELDS = ("etag", "last_modified", "body_hash", "last_error")
_STATE_DATE_FIELDS = ("last_success", "last_attempt", "last_new_item")

# The table as the code expects it; template.yaml declares the same (a test compares them).
TABLE_DEFINITION: dict[str, Any] = {
    "AttributeDefinitions": [
        {"AttributeName": name, "AttributeType": "S"}
        for name in ("pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk")
    ],
    "KeySchema": [
        {"AttributeName": "pk", "KeyType": "HASH"},
        {"AttributeName": "sk", "KeyType": "RANGE"},
    ],
    "GlobalSecondaryIndexes": [
        {
            "IndexName": OUTSTANDING_INDEX,
            "KeySchema": [
                {"AttributeName": "gsi1pk", "KeyType": "HASH"},
                {"AttributeName": "gsi1sk", "KeyType": "RANGE"},
            ],
            "Projection": {"ProjectionType": "ALL"},
        },
        {
            "IndexName": BY_DAY_INDEX,
            "KeySchema": [
                {"AttributeName": "gsi2pk", "KeyType": "HASH"},
                {"AttributeName": "gsi2sk", "KeyType": "RANGE"},
            ],
            "Projection": {"ProjectionType": "ALL"},
        },
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


@dataclass(frozen=True)
class AlertRecord:
    """An alert with what the store knows about its delivery (for digests and reports)."""

    alert: Alert
    state: str
    channel: str | None = None
    ts: str | None = None
    posted_at: datetime | None = None
    attempts: int = 0
    last_error: str | None = None


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


def _item_sort_key(key: str) -> str:
    if len(key.encode()) <= _MAX_SORT_KEY_BYTES:
        return key
    return "sha256:" + hashlib.sha256(key.encode()).hexdigest()


def _bounded_payload(alert: Alert) -> str:
    """The alert as JSON, with the item text cut until it fits in one DynamoDB item."""
    payload = alert_to_json(alert)
    text = alert.item.text
    while len(payload.encode()) > MAX_PAYLOAD_BYTES and text:
        text = text[: len(text) // 2]
        payload = alert_to_json(replace(alert, item=replace(alert.item, text=text + " …")))
    return payload


class DynamoDbStore:
    """The Store port on one DynamoDB table. ``client`` defaults to ``boto3.client("dynamodb")``."""

    def __init__(self, table_name: str, client: DynamoDBClient | None = None) -> None:
        self.table_name = table_name
        self._client: DynamoDBClient = client or boto3.client("dynamodb")

    # ------------------------------------------------------------------ plumbing

    def _fail(self, operation: str, exc: BaseException) -> StoreError:
        return StoreError(f"DynamoDB {operation} on {self.table_name} failed: {_describe(exc)}")

    # ------------------------------------------------------------------ source state

    def get_source_state(self, source_id: str) -> SourceState:
        try:
            found = self._client.get_item(
                TableName=self.table_name,
                Key={"pk": _s(f"SOURCE#{source_id}"), "sk": _s("STATE")},
                ConsistentRead=True,
            )
        except (ClientError, BotoCoreError) as exc:
            raise self._fail("GetItem(source state)", exc) from exc
        item = found.get("Item")
        if item is None:
            return SourceState(source_id=source_id)
        return SourceState(
            source_id=source_id,
            etag=_text(item, "etag"),
            last_modified=_text(item, "last_modified"),
            body_hash=_text(item, "body_hash"),
            last_success=_date(item, "last_success"),
            last_attempt=_date(item, "last_attempt"),
            consecutive_failures=_number(item, "consecutive_failures"),
            last_error=_text(item, "last_error"),
            last_new_item=_date(item, "last_new_item"),
            baseline_done=bool(item.get("baseline_done", {}).get("BOOL", False)),
        )

    def save_source_state(self, state: SourceState) -> None:
        item: Item = {
            "pk": _s(f"SOURCE#{state.source_id}"),
            "sk": _s("STATE"),
            "consecutive_failures": _n(state.consecutive_failures),
            "baseline_done": {"BOOL": state.baseline_done},
        }
        for name in _STATE_TEXT_FIELDS:
            value = getattr(state, name)
            if value is not None:
                item[name] = _s(value)
        for name in _STATE_DATE_FIELDS:
            moment = getattr(state, name)
            if moment is not None:
                item[name] = _s(_iso(moment))
        try:
            self._client.put_item(TableName=self.table_name, Item=item)
        except (ClientError, BotoCoreError) as exc:
            raise self._fail("PutItem(source state)", exc) from exc

    # ------------------------------------------------------------------ seen items

    def unseen_keys(self, source_id: str, keys: Sequence[str], now: datetime) -> set[str]:
        if not keys:
            return set()
        by_sort_key = {_item_sort_key(k): k for k in keys}  # BatchGetItem rejects duplicates
        wanted = list(by_sort_key)
        known: set[str] = set()
        stamp = _iso(now)
        for start in range(0, len(wanted), _BATCH_GET_MAX):
            for item in self._batch_get(
                f"SEEN#{source_id}", wanted[start : start + _BATCH_GET_MAX]
            ):
                if (_text(item, "expires_at") or "") > stamp:
                    known.add(by_sort_key[str(item["sk"]["S"])])
        return set(keys) - known

    def _batch_get(self, pk: str, sort_keys: list[str]) -> Iterator[Item]:
        request: dict[str, Any] = {
            self.table_name: {
                "Keys": [{"pk": _s(pk), "sk": _s(sk)} for sk in sort_keys],
                "ConsistentRead": True,
                "ProjectionExpression": "sk, expires_at",
            }
        }
        for attempt in range(8):
            try:
                answer = self._client.batch_get_item(RequestItems=request)
            except (ClientError, BotoCoreError) as exc:
                raise self._fail("BatchGetItem(seen)", exc) from exc
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
        seen_template: Item = {
            "pk": _s(f"SEEN#{source_id}"),
            "first_seen": _s(_iso(now)),
            "expires_at": _s(_iso(expires)),
            # TTL must never delete before our own expiry: round up to the next second.
            TTL_ATTRIBUTE: _n(math.ceil(expires.timestamp())),
        }
        for entry in entries:
            seen = {**seen_template, "sk": _s(_item_sort_key(entry.key))}
            won = (
                self._put_seen(seen, now)
                if entry.alert is None
                else self._put_seen_with_alert(seen, entry.alert, now)
            )
            if won:
                inserted.append(entry.key)
        return inserted

    _SEEN_ABSENT = "attribute_not_exists(pk) OR expires_at <= :now"

    def _put_seen(self, seen: Item, now: datetime) -> bool:
        try:
            self._client.put_item(
                TableName=self.table_name,
                Item=seen,
                ConditionExpression=self._SEEN_ABSENT,
                ExpressionAttributeValues={":now": _s(_iso(now))},
            )
        except ClientError as exc:
            if _code(exc) == "ConditionalCheckFailedException":
                return False
            raise self._fail("PutItem(seen)", exc) from exc
        except BotoCoreError as exc:
            raise self._fail("PutItem(seen)", exc) from exc
        return True

    def _put_seen_with_alert(self, seen: Item, alert: Alert, now: datetime) -> bool:
        """Seen item and alert in one transaction: both are written or neither is."""
        stamp = _iso(now)
        alert_item: Item = {
            "pk": _s(f"ALERT#{alert.id}"),
            "sk": _s("ALERT"),
            "state": _s("pending"),
            "payload": _s(_bounded_payload(alert)),
            "created": _s(stamp),
            "not_before": _s(stamp),
            "enqueue_at": _s(stamp),
            "attempts": _n(0),
            "gsi1pk": _s(_OUTSTANDING),
            "gsi1sk": _s(f"{stamp}#{alert.id}"),
            "gsi2pk": _s(f"DAY#{now.astimezone(UTC).date().isoformat()}"),
            "gsi2sk": _s(f"{stamp}#{alert.id}"),
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
                                "ConditionExpression": self._SEEN_ABSENT,
                                "ExpressionAttributeValues": {":now": _s(stamp)},
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
                    # The item came back after its TTL and its (deterministic) alert already
                    # exists from last time: remember the item, keep the old alert.
                    return self._put_seen(seen, now)
                if "TransactionConflict" in reasons and attempt + 1 < _CONFLICT_RETRIES:
                    time.sleep(0.02 * 2**attempt)
                    continue
                raise self._fail("TransactWriteItems(seen+alert)", exc) from exc
            except BotoCoreError as exc:
                raise self._fail("TransactWriteItems(seen+alert)", exc) from exc
            return True
        raise StoreError(f"DynamoDB TransactWriteItems on {self.table_name}: kept conflicting")

    # ------------------------------------------------------------------ alerts

    def _outstanding(self) -> Iterator[Item]:
        """Alerts not yet delivered, oldest first (the sparse ``outstanding`` index).

        Index reads are eventually consistent; every claim made from them is a conditional
        write on the table itself, so a stale read can only cost a retry, never a duplicate.
        """
        start: dict[str, Any] | None = None
        while True:
            query: dict[str, Any] = {
                "TableName": self.table_name,
                "IndexName": OUTSTANDING_INDEX,
                "KeyConditionExpression": "gsi1pk = :outstanding",
                "ExpressionAttributeValues": {":outstanding": _s(_OUTSTANDING)},
            }
            if start:
                query["ExclusiveStartKey"] = start
            try:
                page = self._client.query(**query)
            except (ClientError, BotoCoreError) as exc:
                raise self._fail("Query(outstanding)", exc) from exc
            yield from page.get("Items", [])
            start = page.get("LastEvaluatedKey")
            if not start:
                return

    _CLAIMABLE = (
        "(#state = :pending AND not_before <= :now) "
        "OR (#state = :delivering AND claim_until <= :now)"
    )

    def _claim(self, alert_id: str, now: datetime, lease: timedelta) -> Alert | None:
        try:
            answer = self._client.update_item(
                TableName=self.table_name,
                Key={"pk": _s(f"ALERT#{alert_id}"), "sk": _s("ALERT")},
                UpdateExpression=(
                    "SET #state = :delivering, claim_until = :until ADD attempts :one"
                ),
                ConditionExpression=self._CLAIMABLE,
                ExpressionAttributeNames={"#state": "state"},
                ExpressionAttributeValues={
                    ":pending": _s("pending"),
                    ":delivering": _s("delivering"),
                    ":now": _s(_iso(now)),
                    ":until": _s(_iso(now + lease)),
                    ":one": _n(1),
                },
                ReturnValues="ALL_NEW",
            )
        except ClientError as exc:
            if _code(exc) == "ConditionalCheckFailedException":
                return None
            raise self._fail("UpdateItem(claim)", exc) from exc
        except BotoCoreError as exc:
            raise self._fail("UpdateItem(claim)", exc) from exc
        return alert_from_json(str(answer["Attributes"]["payload"]["S"]))

    def claim_alerts(self, now: datetime, lease: timedelta, limit: int = 100) -> list[Alert]:
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
            alert = self._claim(str(item["pk"]["S"]).removeprefix("ALERT#"), now, lease)
            if alert is not None:
                claimed.append(alert)
        return claimed

    def lease_alert(self, alert_id: str, now: datetime, lease: timedelta) -> Alert | None:
        """Claim one alert for delivery; None when it is not claimable now.

        Not claimable: unknown, already delivered, waiting for ``not_before``, or claimed by
        another worker whose lease has not lapsed. ``alert_state`` tells which.
        """
        return self._claim(alert_id, now, lease)

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
            try:
                self._client.update_item(
                    TableName=self.table_name,
                    Key={"pk": item["pk"], "sk": item["sk"]},
                    UpdateExpression="SET enqueue_at = :next",
                    ConditionExpression="enqueue_at = :seen AND attribute_exists(gsi1pk)",
                    ExpressionAttributeValues={
                        ":seen": _s(due_at),
                        ":next": _s(_iso(now + recheck)),
                    },
                )
            except ClientError as exc:
                if _code(exc) == "ConditionalCheckFailedException":
                    continue  # another relay took it, or it was delivered meanwhile
                raise self._fail("UpdateItem(outbox)", exc) from exc
            except BotoCoreError as exc:
                raise self._fail("UpdateItem(outbox)", exc) from exc
            taken.append(alert_from_json(str(item["payload"]["S"])))
        return taken

    def complete_alert(self, alert_id: str, delivery: Delivery, now: datetime) -> None:
        try:
            self._client.update_item(
                TableName=self.table_name,
                Key={"pk": _s(f"ALERT#{alert_id}"), "sk": _s("ALERT")},
                UpdateExpression=(
                    "SET #state = :posted, channel = :channel, ts = :ts, posted_at = :now "
                    "REMOVE claim_until, last_error, enqueue_at, gsi1pk, gsi1sk"
                ),
                # Only an undelivered alert becomes posted: a second completion (a retried
                # invocation) must not undo a later "claimed" or "dismissed".
                ConditionExpression="attribute_exists(pk) AND #state IN (:pending, :delivering)",
                ExpressionAttributeNames={"#state": "state"},
                ExpressionAttributeValues={
                    ":posted": _s("posted"),
                    ":pending": _s("pending"),
                    ":delivering": _s("delivering"),
                    ":channel": _s(delivery.channel),
                    ":ts": _s(delivery.ts),
                    ":now": _s(_iso(now)),
                },
            )
        except ClientError as exc:
            if _code(exc) == "ConditionalCheckFailedException":
                return
            raise self._fail("UpdateItem(complete)", exc) from exc
        except BotoCoreError as exc:
            raise self._fail("UpdateItem(complete)", exc) from exc

    def release_alert(self, alert_id: str, error: str, retry_at: datetime) -> None:
        try:
            self._client.update_item(
                TableName=self.table_name,
                Key={"pk": _s(f"ALERT#{alert_id}"), "sk": _s("ALERT")},
                UpdateExpression=(
                    "SET #state = :pending, not_before = :retry, last_error = :error "
                    "REMOVE claim_until"
                ),
                # Only a claimed alert is given back: never turn a posted one into pending.
                ConditionExpression="#state = :delivering",
                ExpressionAttributeNames={"#state": "state"},
                ExpressionAttributeValues={
                    ":pending": _s("pending"),
                    ":delivering": _s("delivering"),
                    ":retry": _s(_iso(retry_at)),
                    ":error": _s(error[:500]),
                },
            )
        except ClientError as exc:
            if _code(exc) == "ConditionalCheckFailedException":
                return
            raise self._fail("UpdateItem(release)", exc) from exc
        except BotoCoreError as exc:
            raise self._fail("UpdateItem(release)", exc) from exc

    def _get_alert_item(self, alert_id: str, projection: str | None = None) -> Item | None:
        request: dict[str, Any] = {
            "TableName": self.table_name,
            "Key": {"pk": _s(f"ALERT#{alert_id}"), "sk": _s("ALERT")},
            "ConsistentRead": True,
        }
        if projection:
            request["ProjectionExpression"] = projection
            request["ExpressionAttributeNames"] = {"#state": "state"}
        try:
            found = self._client.get_item(**request)
        except (ClientError, BotoCoreError) as exc:
            raise self._fail("GetItem(alert)", exc) from exc
        return found.get("Item")

    def alert_state(self, alert_id: str) -> str | None:
        item = self._get_alert_item(alert_id, "#state")
        return None if item is None else _text(item, "state")

    def alerts_between(self, start: datetime, end: datetime) -> list[AlertRecord]:
        """Alerts created in [start, end), oldest first, with their delivery state."""
        records: list[AlertRecord] = []
        low, high = _iso(start), _iso(end)
        day = start.astimezone(UTC).date()
        while day <= end.astimezone(UTC).date():
            query: dict[str, Any] = {
                "TableName": self.table_name,
                "IndexName": BY_DAY_INDEX,
                "KeyConditionExpression": "gsi2pk = :day AND gsi2sk BETWEEN :low AND :high",
                "ExpressionAttributeValues": {
                    ":day": _s(f"DAY#{day.isoformat()}"),
                    ":low": _s(low),
                    ":high": _s(high),
                },
            }
            while True:
                try:
                    page = self._client.query(**query)
                except (ClientError, BotoCoreError) as exc:
                    raise self._fail("Query(by_day)", exc) from exc
                for item in page.get("Items", []):
                    if (_text(item, "created") or "") < high:
                        records.append(_record(item))
                if not page.get("LastEvaluatedKey"):
                    break
                query["ExclusiveStartKey"] = page["LastEvaluatedKey"]
            day += timedelta(days=1)
        return records

    def close(self) -> None:
        """Nothing to release: the client is shared and reused across invocations."""


def _record(item: Item) -> AlertRecord:
    return AlertRecord(
        alert=alert_from_json(str(item["payload"]["S"])),
        state=_text(item, "state") or "pending",
        channel=_text(item, "channel"),
        ts=_text(item, "ts"),
        posted_at=_date(item, "posted_at"),
        attempts=_number(item, "attempts"),
        last_error=_text(item, "last_error"),
    )
