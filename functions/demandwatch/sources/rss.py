"""RSS and Atom sources: feedparser on the bytes we fetched, normalised to Items."""

from __future__ import annotations

import calendar
import io
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser

from demandwatch.core.identity import item_key, parse_timestamp, trusted_published
from demandwatch.core.models import Item, KeyRule
from demandwatch.core.symbols import find_symbols
from demandwatch.core.text import html_to_text
from demandwatch.exceptions import FeedParseError

# Google News titles end in " - Outlet"; the outlet is kept in <source> instead.
_OUTLET_SUFFIX = re.compile(r"\s+[-–—]\s+[^-–—]{2,80}$")


def parse_feed(
    body: bytes,
    headers: Mapping[str, str],
    *,
    source_id: str,
    key_rule: KeyRule,
    fetched: datetime,
    strip_outlet: bool = False,
) -> list[Item]:
    """Items of an RSS/Atom document; FeedParseError if it is not a feed at all."""
    parsed = feedparser.parse(io.BytesIO(body), response_headers=dict(headers))
    if parsed.get("bozo") and not parsed.get("entries"):
        reason = parsed.get("bozo_exception")
        raise FeedParseError(f"unparseable feed: {type(reason).__name__}: {reason}"[:300])
    if not parsed.get("version") and not parsed.get("entries"):
        raise FeedParseError("not an RSS or Atom feed")
    language = parsed.get("feed", {}).get("language")
    return [
        _item(entry, source_id, key_rule, fetched, language, strip_outlet)
        for entry in parsed.get("entries", [])
    ]


def _item(
    entry: Any,
    source_id: str,
    key_rule: KeyRule,
    fetched: datetime,
    language: str | None,
    strip_outlet: bool,
) -> Item:
    title = html_to_text(entry.get("title", "") or "")
    outlet = (entry.get("source") or {}).get("title")
    if strip_outlet and outlet and title.endswith(outlet):
        title = title[: -len(outlet)].rstrip(" -–—")
    elif strip_outlet:
        title = _OUTLET_SUFFIX.sub("", title)
    summary = entry.get("summary", "") or ""
    content = entry.get("content") or []
    if content and len(content[0].get("value", "")) > len(summary):
        summary = content[0]["value"]
    text = html_to_text(summary)
    link = entry.get("link") or ""
    guid = entry.get("id")
    published_raw = entry.get("published") or entry.get("updated")
    published, trusted = trusted_published(_entry_time(entry, published_raw), fetched)
    return Item(
        source_id=source_id,
        key=item_key(key_rule, guid=guid, link=link, title=title, published=published_raw),
        url=link,
        title=title,
        text=text,
        published=published,
        fetched=fetched,
        language=language,
        symbols=find_symbols(f"{title}\n{text}"),
        published_trusted=trusted,
    )


def _entry_time(entry: Any, raw: str | None) -> datetime | None:
    for name in ("published_parsed", "updated_parsed"):
        parsed = entry.get(name)
        if parsed:
            # feedparser normalises to UTC struct_time; timegm keeps it in UTC.
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return parse_timestamp(raw) if raw else None
