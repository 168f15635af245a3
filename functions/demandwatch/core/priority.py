"""Routing tiers: how urgent an alert is, from the event's severity and the demand's priority.

P1 pages the on-call owner now (a veto, an adoption or a scheduled vote on an active
high-priority demand); P2 is a channel alert; P3 waits for the digest.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from demandwatch.core.models import Demand, DemandPriority, EventType, Priority

_DECISIVE: frozenset[EventType] = frozenset({"veto", "resolution_adopted", "vote_scheduled"})
_DEVELOPING: frozenset[EventType] = frozenset(
    {"draft_resolution", "meeting", "statement", "report"}
)

_TABLE: dict[DemandPriority, dict[str, Priority]] = {
    "high": {"decisive": "P1", "developing": "P2", "other": "P2"},
    "normal": {"decisive": "P2", "developing": "P2", "other": "P3"},
    "low": {"decisive": "P2", "developing": "P3", "other": "P3"},
}


def _band(event: EventType) -> str:
    if event in _DECISIVE:
        return "decisive"
    return "developing" if event in _DEVELOPING else "other"


def priority_for(event: EventType, demands: Iterable[Demand]) -> Priority | None:
    """The most urgent tier over the matched demands; None when no active demand matched."""
    tiers = [_TABLE[d.priority][_band(event)] for d in demands if d.status == "active"]
    return min(tiers) if tiers else None  # "P1" < "P2" < "P3"


# Resolution 76/262: the General Assembly meets within ten working days of a veto.
GA_DEBATE_WORKING_DAYS = 10


# The Council sits in New York: a vote's day is New York's, whoever reports it and
# whatever zone the organisation works in.
COUNCIL_ZONE = "America/New_York"
# Where the system has no time zone database: New York's winter offset (a summer evening
# vote reported between 20:00 and 21:00 would read as the next day; nothing else moves).
_COUNCIL_STANDARD = timezone(timedelta(hours=-5))


def council_day(when: datetime) -> date:
    """The day in New York at ``when``: the day of a vote reported at ``when`` when the
    report does not state it. A veto released at 21:30 New York time is stamped 02:30 UTC
    the next day; its General Assembly deadline counts from the Council's day (probe s15
    K8: every evening veto's deadline was one working day late)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        zone: ZoneInfo | timezone = ZoneInfo(COUNCIL_ZONE)
    except ZoneInfoNotFoundError:
        zone = _COUNCIL_STANDARD
    return when.astimezone(zone).date()


def ga_debate_due(veto_day: date) -> date:
    """Ten working days (Monday to Friday) after the veto; UN holidays are not modelled."""
    day, left = veto_day, GA_DEBATE_WORKING_DAYS
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day
