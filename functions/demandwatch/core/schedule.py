"""When a source is due for its next poll."""

from __future__ import annotations

from datetime import datetime, timedelta

# A scheduler ticks every few minutes and a poll ends seconds after its tick, so "the
# interval has passed since the last attempt", measured exactly, would skip a 5-minute
# source every other 5-minute tick. A source is due this much early (at most a fifth of
# its interval, so short intervals keep their meaning).
DUE_SLACK = timedelta(minutes=1)


def is_due(last_attempt: datetime | None, interval: timedelta, now: datetime) -> bool:
    if last_attempt is None:
        return True
    return now - last_attempt >= interval - min(DUE_SLACK, interval / 5)


# How long a claimed alert stays claimed before another run may retry it.
DELIVERY_LEASE = timedelta(minutes=5)
