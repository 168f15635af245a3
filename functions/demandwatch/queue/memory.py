"""An in-process queue with FIFO semantics (order, deduplication window), for local runs
of the staged pipeline and for tests that need no AWS."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from demandwatch.queue.base import Message

# SQS FIFO forgets a deduplication id after five minutes; so does this queue.
DEDUP_WINDOW = timedelta(minutes=5)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class MemoryQueue:
    def __init__(self, clock: Callable[[], datetime] = _utc_now) -> None:
        self._clock = clock
        self._messages: deque[Message] = deque()
        self._dedup: dict[str, datetime] = {}

    def send(self, messages: Sequence[Message]) -> None:
        now = self._clock()
        self._dedup = {k: t for k, t in self._dedup.items() if now - t < DEDUP_WINDOW}
        for message in messages:
            if message.dedup_id is not None:
                if message.dedup_id in self._dedup:
                    continue
                self._dedup[message.dedup_id] = now
            self._messages.append(message)

    def receive(self, limit: int = 10) -> list[Message]:
        """Take up to ``limit`` messages, oldest first."""
        taken: list[Message] = []
        while self._messages and len(taken) < limit:
            taken.append(self._messages.popleft())
        return taken

    def __len__(self) -> int:
        return len(self._messages)
