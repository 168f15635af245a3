"""The Queue port: hand messages to the next stage.

Receiving is not part of the port: on AWS, Lambda's event source mapping receives from
SQS and invokes the consumer with a batch; in-process, the caller drains the queue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from demandwatch.exceptions import QueueError


@dataclass(frozen=True)
class Message:
    """One message. ``group`` and ``dedup_id`` only mean something on a FIFO queue:
    messages of one group are delivered in order, one at a time; a second message with
    the same ``dedup_id`` within five minutes is dropped."""

    body: str
    group: str | None = None
    dedup_id: str | None = None


class NotSent(QueueError):
    """A send that did not get all its messages onto the queue: ``refused`` holds the
    indexes (in the messages sent) of those the queue did not take, the others are
    queued; None when the answer was lost, so that any of them may be queued or not
    (review s15 LOW-8)."""

    def __init__(self, message: str, refused: tuple[int, ...] | None) -> None:
        super().__init__(message)
        self.refused = refused


class Queue(Protocol):
    def send(self, messages: Sequence[Message]) -> None:
        """Enqueue every message or raise QueueError (NotSent: naming the ones that were
        refused, where known)."""
        ...
