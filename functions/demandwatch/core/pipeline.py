"""Pipeline policy: which new items become alerts, of what kind and how urgent. Pure;
the service layer does the I/O."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from demandwatch.core.events import classify
from demandwatch.core.matching import Matcher
from demandwatch.core.models import Alert, Demand, Item, NewEntry
from demandwatch.core.priority import ga_debate_due, priority_for
from demandwatch.core.stories import Candidate, StoryClusterer, StoryItem, bag_of_words


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
    demands: Mapping[str, Demand],
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
        event = classify(item.title, item.text, published=item.published)
        if event.vote is None and item.vote is not None:
            event = replace(event, vote=item.vote)
        matched = [demands[m.demand_id] for m in matches]
        priority = priority_for(event.type, matched) or "P3"
        due = None
        if event.type == "veto":
            due = ga_debate_due(event.date or item.published.date())
        alert = Alert(
            id=alert_id(item),
            item=item,
            matches=tuple(matches),
            source_name=source_name,
            created=now,
            demand_titles={m.demand_id: demands[m.demand_id].title for m in matches},
            event=event,
            priority=priority,
            ga_debate_due=due,
        )
        entries.append(NewEntry(item.key, alert))
    return entries


def assign_stories(entries: list[NewEntry], clusterer: StoryClusterer) -> list[NewEntry]:
    """Give every alert its story: the same development from any source is one story."""
    out: list[NewEntry] = []
    for entry in entries:
        alert = entry.alert
        if alert is None:
            out.append(entry)
            continue
        item = alert.item
        story, _ = clusterer.assign(
            Candidate(
                item=StoryItem(
                    alert_id=alert.id,
                    source_id=item.source_id,
                    title=item.title,
                    url=item.url,
                    published=item.published,
                    event=alert.event.type,
                ),
                words=bag_of_words(item.title, item.text),
                symbols=item.symbols,
                demands=tuple(m.demand_id for m in alert.matches),
                priority=alert.priority,
                ga_debate_due=alert.ga_debate_due,
            )
        )
        out.append(NewEntry(entry.key, replace(alert, story_id=story.id)))
    return out
