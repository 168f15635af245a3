"""Pipeline policy: which new items become alerts. Pure; the service layer does the I/O."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from demandwatch.core.matching import Matcher
from demandwatch.core.models import Alert, Item, NewEntry


def alert_id(item: Item) -> str:
    """Deterministic, so a retried run or a second poller names the same alert the same way."""
    return hashlib.sha256(f"{item.source_id}\x1f{item.key}".encode()).hexdigest()[:24]


def decide(
    unseen: Iterable[Item],
    *,
    matcher: Matcher,
    baseline: bool,
    now: datetime,
    max_age: timedelta,
    source_name: str,
    demand_titles: Mapping[str, str],
) -> list[NewEntry]:
    """One entry per new item: remember it, and alert when it matches an active demand.

    The first poll of a source is a baseline: everything is remembered and nothing alerts,
    so a feed whose ten items span months never floods the channel. Items older than
    ``max_age`` (a feed resurfacing old entries) are remembered without alerting too.
    """
    entries: list[NewEntry] = []
    for item in unseen:
        if baseline or now - item.published > max_age:
            entries.append(NewEntry(item.key))
            continue
        matches = matcher.match(item.title, item.text, active_only=True)
        if not matches:
            entries.append(NewEntry(item.key))
            continue
        alert = Alert(
            id=alert_id(item),
            item=item,
            matches=tuple(matches),
            source_name=source_name,
            created=now,
            demand_titles={
                m.demand_id: demand_titles.get(m.demand_id, m.demand_id) for m in matches
            },
        )
        entries.append(NewEntry(item.key, alert))
    return entries
