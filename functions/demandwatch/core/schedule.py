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
# How long one local delivery run may go on before it leaves the rest to the next run:
# the loop does not poll while it delivers (a backlog of 1,000 at Slack's one post a
# second per channel would hold polling for a quarter of an hour), and it stays well
# inside the lease, so no alert leased by a run lapses while the run still holds it.
DELIVERY_RUN_BUDGET = timedelta(minutes=2)
