"""Alerts to and from JSON, for stores and queues that keep them as documents."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from demandwatch.core.models import Actor, Alert, Event, Feedback, Item, Match, VoteTally
from demandwatch.core.stories import Story, StoryItem


def _vote_to_dict(vote: VoteTally | None) -> dict[str, Any] | None:
    if vote is None:
        return None
    return {
        "in_favour": vote.in_favour,
        "against": vote.against,
        "abstentions": vote.abstentions,
        "non_voting": vote.non_voting,
        "against_members": list(vote.against_members),
        "abstaining_members": list(vote.abstaining_members),
        "adopted": vote.adopted,
    }


def _vote_from_dict(data: dict[str, Any] | None) -> VoteTally | None:
    if data is None:
        return None
    return VoteTally(
        in_favour=data["in_favour"],
        against=data["against"],
        abstentions=data["abstentions"],
        non_voting=data.get("non_voting", 0),
        against_members=tuple(data.get("against_members", ())),
        abstaining_members=tuple(data.get("abstaining_members", ())),
        adopted=data.get("adopted"),
    )


def item_to_dict(item: Item) -> dict[str, Any]:
    return {
        "source_id": item.source_id,
        "key": item.key,
        "url": item.url,
        "title": item.title,
        "text": item.text,
        "published": item.published.isoformat(),
        "fetched": item.fetched.isoformat(),
        "language": item.language,
        "symbols": list(item.symbols),
        "published_trusted": item.published_trusted,
        "vote": _vote_to_dict(item.vote),
        "outlet": item.outlet,
    }


def item_from_dict(data: dict[str, Any]) -> Item:
    return Item(
        source_id=data["source_id"],
        key=data["key"],
        url=data["url"],
        title=data["title"],
        text=data["text"],
        published=datetime.fromisoformat(data["published"]),
        fetched=datetime.fromisoformat(data["fetched"]),
        language=data.get("language"),
        symbols=tuple(data.get("symbols", ())),
        published_trusted=bool(data.get("published_trusted", True)),
        vote=_vote_from_dict(data.get("vote")),
        outlet=data.get("outlet"),
    )


def event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "actors": [{"name": a.name, "role": a.role} for a in event.actors],
        "date": event.date.isoformat() if event.date else None,
        "vote": _vote_to_dict(event.vote),
    }


def event_from_dict(data: dict[str, Any]) -> Event:
    return Event(
        type=data.get("type", "other"),
        actors=tuple(Actor(a["name"], a["role"]) for a in data.get("actors", ())),
        date=date.fromisoformat(data["date"]) if data.get("date") else None,
        vote=_vote_from_dict(data.get("vote")),
    )


def alert_to_dict(alert: Alert) -> dict[str, Any]:
    return {
        "id": alert.id,
        "item": item_to_dict(alert.item),
        "matches": [{"demand": m.demand_id, "terms": list(m.terms)} for m in alert.matches],
        "source_name": alert.source_name,
        "created": alert.created.isoformat(),
        "demand_titles": alert.demand_titles,
        "event": event_to_dict(alert.event),
        "priority": alert.priority,
        "story_id": alert.story_id,
        "ga_debate_due": alert.ga_debate_due.isoformat() if alert.ga_debate_due else None,
    }


def alert_from_dict(data: dict[str, Any]) -> Alert:
    return Alert(
        id=data["id"],
        item=item_from_dict(data["item"]),
        matches=tuple(Match(m["demand"], tuple(m["terms"])) for m in data["matches"]),
        source_name=data["source_name"],
        created=datetime.fromisoformat(data["created"]),
        demand_titles=dict(data.get("demand_titles", {})),
        event=event_from_dict(data.get("event") or {}),
        priority=data.get("priority", "P2"),
        story_id=data.get("story_id"),
        ga_debate_due=date.fromisoformat(data["ga_debate_due"])
        if data.get("ga_debate_due")
        else None,
    )


def alert_to_json(alert: Alert) -> str:
    return json.dumps(alert_to_dict(alert), ensure_ascii=False, separators=(",", ":"))


def alert_from_json(payload: str) -> Alert:
    return alert_from_dict(json.loads(payload))


def story_to_json(story: Story) -> str:
    return json.dumps(
        {
            "id": story.id,
            "title": story.title,
            "first_seen": story.first_seen.isoformat(),
            "last_seen": story.last_seen.isoformat(),
            "event": story.event,
            "priority": story.priority,
            "demands": list(story.demands),
            "symbols": list(story.symbols),
            "items": [
                {
                    "alert_id": i.alert_id,
                    "source_id": i.source_id,
                    "title": i.title,
                    "url": i.url,
                    "published": i.published.isoformat(),
                    "event": i.event,
                }
                for i in story.items
            ],
            "words": story.words,
            "ga_debate_due": story.ga_debate_due.isoformat() if story.ga_debate_due else None,
            "vote_date": story.vote_date.isoformat() if story.vote_date else None,
            "tally": story.tally,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def story_from_json(payload: str) -> Story:
    data = json.loads(payload)
    return Story(
        id=data["id"],
        title=data["title"],
        first_seen=datetime.fromisoformat(data["first_seen"]),
        last_seen=datetime.fromisoformat(data["last_seen"]),
        event=data["event"],
        priority=data["priority"],
        demands=tuple(data["demands"]),
        symbols=tuple(data["symbols"]),
        items=tuple(
            StoryItem(
                alert_id=i["alert_id"],
                source_id=i["source_id"],
                title=i["title"],
                url=i["url"],
                published=datetime.fromisoformat(i["published"]),
                event=i["event"],
            )
            for i in data["items"]
        ),
        words={str(k): int(v) for k, v in data.get("words", {}).items()},
        ga_debate_due=date.fromisoformat(data["ga_debate_due"])
        if data.get("ga_debate_due")
        else None,
        # Stories stored before the development keys existed have none.
        vote_date=date.fromisoformat(data["vote_date"]) if data.get("vote_date") else None,
        tally=data.get("tally"),
    )


def feedback_to_dict(feedback: Feedback) -> dict[str, Any]:
    return {
        "alert_id": feedback.alert_id,
        "source_id": feedback.source_id,
        "item_key": feedback.item_key,
        "url": feedback.url,
        "title": feedback.title,
        "matches": [{"demand": m.demand_id, "terms": list(m.terms)} for m in feedback.matches],
        "user": feedback.user,
        "at": feedback.at.isoformat(),
        "verdict": feedback.verdict,
    }


def feedback_from_dict(data: dict[str, Any]) -> Feedback:
    return Feedback(
        alert_id=data["alert_id"],
        source_id=data["source_id"],
        item_key=data["item_key"],
        url=data["url"],
        title=data["title"],
        matches=tuple(Match(m["demand"], tuple(m["terms"])) for m in data["matches"]),
        user=data["user"],
        at=datetime.fromisoformat(data["at"]),
        verdict=data.get("verdict", "not_relevant"),
    )
