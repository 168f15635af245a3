"""Alerts to and from JSON, for stores that keep them as documents."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from demandwatch.core.models import Alert, Item, Match


def _item_to_dict(item: Item) -> dict[str, Any]:
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
    }


def _item_from_dict(data: dict[str, Any]) -> Item:
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
    )


def alert_to_json(alert: Alert) -> str:
    return json.dumps(
        {
            "id": alert.id,
            "item": _item_to_dict(alert.item),
            "matches": [{"demand": m.demand_id, "terms": list(m.terms)} for m in alert.matches],
            "source_name": alert.source_name,
            "created": alert.created.isoformat(),
            "demand_titles": alert.demand_titles,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def alert_from_json(payload: str) -> Alert:
    data = json.loads(payload)
    return Alert(
        id=data["id"],
        item=_item_from_dict(data["item"]),
        matches=tuple(Match(m["demand"], tuple(m["terms"])) for m in data["matches"]),
        source_name=data["source_name"],
        created=datetime.fromisoformat(data["created"]),
        demand_titles=dict(data.get("demand_titles", {})),
    )
