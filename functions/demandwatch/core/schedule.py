"""When a source is due for its next poll."""

from __future__ import annotations

from datetime import datetime, timedelta

# A scheduler ticks every few minutes and a poll ends seconds after its tick, so "the
# interval has passed since the last attempt", measured exactly, would skip a 5-minute
# source every other 5-minute tick. A source is due this much early (at most a fifth of
# its interval, so short intervals keep their meaning).
DUE_SLACK = timedelta(minutes=1)


def due_at(last_attempt: datetime, interval: timedelta) -> datetime:
    """When a source attempted at ``last_attempt`` is next due (by the clock of then)."""
    return last_attempt + interval - min(DUE_SLACK, interval / 5)


def clock_went_back(
    last_attempt: datetime | None, interval: timedelta, now: datetime
) -> timedelta | None:
    """How far the clock went back, when a source's next poll lies further ahead than a
    whole interval: no poll could have set that time by this clock (its last attempt is
    later than now). Waiting for it would silence the source for as long as the clock
    stepped back (probe s15 Q5), so it is due now. None when the clock did not."""
    if last_attempt is None or due_at(last_attempt, interval) <= now + interval:
        return None
    return last_attempt - now


# The longest a source's Retry-After is honoured: the longer of an hour and its own
# interval. Real rate limiters ask for seconds to minutes (a CDN on a veto day: a day at
# most); an hour keeps a source that is asked too often quiet well past any such window,
# and a source polled less often than hourly is never asked sooner than its schedule
# anyway. Past it the source is asked again, and a source that answers 429 every time
# fails every time, so three in a row reach the ops channel like any outage (probe s15
# Q8: a Retry-After of a year silenced a source for a year, "1 in a row", unreported).
LONGEST_HOLD = timedelta(hours=1)


def longest_hold(interval: timedelta) -> timedelta:
    """How long a source polled every ``interval`` may be held back by its own request."""
    return max(LONGEST_HOLD, interval)


def is_due(last_attempt: datetime | None, interval: timedelta, now: datetime) -> bool:
    """Due when its interval has passed since the last attempt (a clock that jumped ahead
    makes it due once: the attempt is recorded at the new time), or when the clock went
    back past that attempt."""
    if last_attempt is None:
        return True
    return now >= due_at(last_attempt, interval) or (
        clock_went_back(last_attempt, interval, now) is not None
    )


# How long a claimed alert stays claimed before another run may retry it.
DELIVERY_LEASE = timedelta(minutes=5)
# How long one local delivery run may go on before it leaves the rest to the next run:
# the loop does not poll while it delivers (a backlog of 1,000 at Slack's one post a
# second per channel would hold polling for a quarter of an hour), and it stays well
# inside the lease, so no alert leased by a run lapses while the run still holds it.
DELIVERY_RUN_BUDGET = timedelta(minutes=2)
