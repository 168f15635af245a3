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
    utc = when.astimezone(UTC)
    if (utc.hour, utc.minute, utc.second, utc.microsecond) == (0, 0, 0, 0):
        # A feed that gives a day and no time ("Tue, 01 Dec 2026", "2026-12-01") is read
        # as that day's midnight UTC, which is the evening before in New York: the day
        # given is the day meant (review s15 MED-1).
        return utc.date()
    try:
        zone: ZoneInfo | timezone = ZoneInfo(COUNCIL_ZONE)
    except ZoneInfoNotFoundError:
        zone = _COUNCIL_STANDARD
    return when.astimezone(zone).date()


# UN Headquarters' official holidays that a rule gives (ST/IC circulars, yearly): on a
# Saturday the Friday before is closed, on a Sunday the Monday after. Presidents' Day,
# Martin Luther King Jr. Day and the floating holidays are working days at Headquarters.
_FIXED_HOLIDAYS = ((1, 1), (7, 4), (12, 25))  # New Year's, Independence, Christmas Day
# The two Eids, as the Secretariat designates them each year (they follow the moon): the
# information circular "Official holidays for <year> at United Nations Headquarters". A
# year not listed counts the holidays the rules give only, and its deadline may fall a
# working day early in an Eid week: add the year from its circular.
_EID_HOLIDAYS: dict[int, tuple[date, ...]] = {
    2017: (date(2017, 6, 26), date(2017, 9, 1)),
    2020: (date(2020, 5, 26), date(2020, 7, 31)),
    2024: (date(2024, 4, 10), date(2024, 6, 17)),
}


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``th ``weekday`` (0 = Monday) of the month; ``n = -1``: the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def un_holidays(year: int) -> frozenset[date]:
    """The days UN Headquarters in New York is closed for the holidays of ``year``: New
    Year's Day, Good Friday, Memorial Day, Independence Day, Labour Day, Thanksgiving and
    Christmas Day (a weekend one moved to the nearest weekday: New Year's Day on a
    Saturday closes 31 December of the year before), and the Eids where the year's
    circular is in ``_EID_HOLIDAYS``."""
    days = {_easter(year) - timedelta(days=2)}
    days |= {
        _nth_weekday(year, 5, 0, -1),  # Memorial Day: last Monday of May
        _nth_weekday(year, 9, 0, 1),  # Labour Day: first Monday of September
        _nth_weekday(year, 11, 3, 4),  # Thanksgiving: fourth Thursday of November
    }
    for month, day in _FIXED_HOLIDAYS:
        fixed = date(year, month, day)
        shift = {5: -1, 6: 1}.get(fixed.weekday(), 0)
        days.add(fixed + timedelta(days=shift))
    days.update(_EID_HOLIDAYS.get(year, ()))
    return frozenset(days)


def ga_debate_due(veto_day: date) -> date:
    """Ten working days after the veto: Monday to Friday, less UN Headquarters' official
    holidays (``un_holidays``; probe s15 Q13: a veto on Friday 18 December 2026 was due
    "by January 1, 2027", the tenth working day being 5 January)."""
    # Ten working days reach into the next year at most.
    closed = un_holidays(veto_day.year) | un_holidays(veto_day.year + 1)
    day, left = veto_day, GA_DEBATE_WORKING_DAYS
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in closed:
            left -= 1
    return day
