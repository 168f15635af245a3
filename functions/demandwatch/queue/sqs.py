"""The Queue port on Amazon SQS (standard or FIFO)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from botocore.exceptions import BotoCoreError, ClientError

from demandwatch.adapters.aws import client as aws_client
from demandwatch.exceptions import QueueError
from demandwatch.queue.base import Message, NotSent

if TYPE_CHECKING:
    from mypy_boto3_sqs.client import SQSClient

_BATCH = 10  # SendMessageBatch takes at most ten entries


class SqsQueue:
    """Sends to one queue URL. ``client`` defaults to a new SQS client."""

    def __init__(self, queue_url: str, client: SQSClient | None = None) -> None:
        self.queue_url = queue_url
        self._client: SQSClient = client or aws_client("sqs")
        self._fifo = queue_url.endswith(".fifo")

    def send(self, messages: Sequence[Message]) -> None:
        for start in range(0, len(messages), _BATCH):
            chunk = messages[start : start + _BATCH]
            entries: list[Any] = []
            for index, message in enumerate(chunk):
                entry: dict[str, Any] = {"Id": str(index), "MessageBody": message.body}
                if self._fifo:
                    if message.group is None:
                        raise QueueError(f"a message to FIFO queue {self._name} needs a group")
                    entry["MessageGroupId"] = message.group
                    if message.dedup_id is not None:
                        entry["MessageDeduplicationId"] = message.dedup_id
                entries.append(entry)
            unsent = tuple(range(start + len(chunk), len(messages)))  # later chunks
            try:
                answer = self._client.send_message_batch(QueueUrl=self.queue_url, Entries=entries)
            except ClientError as exc:  # SQS answered: none of this chunk was taken
                raise NotSent(
                    f"SQS SendMessageBatch to {self._name} failed: {exc}",
                    (*range(start, start + len(chunk)), *unsent),
                ) from exc
            except BotoCoreError as exc:  # no answer: this chunk may have been taken
                raise NotSent(
                    f"SQS SendMessageBatch to {self._name} failed (taken or not): {exc}", None
                ) from exc
            failed = answer.get("Failed", [])
            if failed:
                # Only ids and codes: message bodies are never put in errors or logs.
                reasons = ", ".join(f"{f.get('Id')}: {f.get('Code')}" for f in failed)
                raise NotSent(
                    f"SQS refused {len(failed)} of {len(chunk)} messages to {self._name}: "
                    f"{reasons}",
                    (*sorted(start + int(str(f.get("Id"))) for f in failed), *unsent),
                )

    def hand_back(self, receipts: Sequence[tuple[str, int]]) -> None:
        """Make received messages visible again after the given seconds (receipt handle,
        seconds): a failed message comes back when its retry is due rather than at the
        queue's visibility timeout. On a FIFO queue an in-flight message holds every later
        message of its group, so this is how long it holds them too."""
        for start in range(0, len(receipts), _BATCH):
            chunk = receipts[start : start + _BATCH]
            entries: list[Any] = [
                {"Id": str(i), "ReceiptHandle": handle, "VisibilityTimeout": seconds}
                for i, (handle, seconds) in enumerate(chunk)
            ]
            try:
                answer = self._client.change_message_visibility_batch(
                    QueueUrl=self.queue_url, Entries=entries
                )
            except (ClientError, BotoCoreError) as exc:
                raise QueueError(
                    f"SQS ChangeMessageVisibilityBatch on {self._name} failed: {exc}"
                ) from exc
            failed = answer.get("Failed", [])
            if failed:
                reasons = ", ".join(f"{f.get('Id')}: {f.get('Code')}" for f in failed)
                raise QueueError(
                    f"SQS did not hand back {len(failed)} of {len(chunk)} messages on "
                    f"{self._name}: {reasons}"
                )

    @property
    def _name(self) -> str:
        return self.queue_url.rsplit("/", 1)[-1]
