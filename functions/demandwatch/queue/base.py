"""The Queue port: hand messages to the next stage.

Receiving is not part of the port: on AWS, Lambda's event source mapping receives from
SQS and invokes the consumer with a batch; in-process, the caller drains the queue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Message:
    """One message. ``group`` and ``dedup_id`` only mean something on a FIFO queue:
    messages of one group are delivered in order, one at a time; a second message with
    the same ``dedup_id`` within five minutes is dropped."""

    body: str
    group: str | None = None
    dedup_id: str | None = None


class Queue(Protocol):
    def send(self, messages: Sequence[Message]) -> None:
        """Enqueue every message or raise QueueError naming the ones that were refused."""
        ...
