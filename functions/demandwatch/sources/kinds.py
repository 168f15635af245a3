"""Source kinds: how to ask each kind of source, and how to read its answer."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from demandwatch.config import Source
from demandwatch.core.models import Item
from demandwatch.exceptions import FeedParseError
from demandwatch.sources import rss
from demandwatch.sources.http import RequestSpec


def request_for(source: Source) -> RequestSpec:
    if source.kind == "rss":
        return RequestSpec(url=source.url)
    raise FeedParseError(f"source kind {source.kind!r} is not supported yet")


def parse_for(
    source: Source, body: bytes, headers: Mapping[str, str], fetched: datetime
) -> list[Item]:
    if source.kind == "rss":
        return rss.parse_feed(
            body,
            headers,
            source_id=source.id,
            key_rule=source.key,
            fetched=fetched,
            strip_outlet=source.tier == "aggregator",
        )
    raise FeedParseError(f"source kind {source.kind!r} is not supported yet")
