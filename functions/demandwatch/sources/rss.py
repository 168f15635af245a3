"""RSS and Atom sources: feedparser on the bytes we fetched, normalised to Items."""

from __future__ import annotations

import calendar
import io
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser

from demandwatch.core.identity import document_key, parse_timestamp, trusted_published
from demandwatch.core.models import Item
from demandwatch.core.symbols import find_symbols
from demandwatch.core.text import html_to_text
from demandwatch.exceptions import FeedParseError

# Google News titles end in " - Outlet"; the outlet is kept in <source> instead.
_OUTLET_SUFFIX = re.compile(r"\s+[-–—|]\s+([^-–—|]{2,80})$")


def parse_feed(
    body: bytes,
    headers: Mapping[str, str],
    *,
    source_id: str,
    fetched: datetime,
    strip_outlet: bool = False,
) -> list[Item]:
    """Items of an RSS/Atom document; FeedParseError if it is not a feed at all.

    ``strip_outlet`` (aggregators such as Google News): titles end in " - Outlet" and links
    are opaque redirects, so the outlet is split off and, with the title, names the document.
    """
    # Sanitising and resolving links inside the HTML costs ~40% of parsing, and we never
    # render that HTML: html_to_text reduces it to plain text, and Slack escapes that.
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers=dict(headers),
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    if parsed.get("bozo") and not parsed.get("entries"):
        reason = parsed.get("bozo_exception")
        raise FeedParseError(f"unparseable feed: {type(reason).__name__}: {reason}"[:300])
    if parsed.get("bozo") and (cut := truncation(body)):
        # feedparser salvages the entries before the cut, the last one possibly half
        # written (a title without its link, a fallback key): recording them would alert
        # the half item now and the whole one again later. The poll fails; the next one
        # reads the whole feed. Lesser faults (a bad entity, a stray '&') keep the feed.
        raise FeedParseError(f"truncated feed: {cut}")
    if not parsed.get("version") and not parsed.get("entries"):
        raise FeedParseError("not an RSS or Atom feed")
    language = parsed.get("feed", {}).get("language")
    return [
        _item(entry, source_id, fetched, language, strip_outlet)
        for entry in parsed.get("entries", [])
    ]


# The root element's name, after the XML declaration, comments and a doctype.
_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.:-]*)",
    re.DOTALL,
)


def truncation(body: bytes) -> str | None:
    """Why ``body`` ends before its document does (None when its root element closes).

    A body cut off mid-transfer (a dropped connection, a proxy's size limit) still parses
    in part; only the closing tag of the root element says the document is whole.
    """
    m = _ROOT.match(body[:4096])
    if m is None:
        return None  # not XML we can judge; the parser has said what it could
    root = m.group(1)
    closing = re.compile(rb"</" + re.escape(root) + rb"\s*>\s*(?:<!--.*?-->\s*)*$", re.DOTALL)
    if closing.search(body[-4096:]):
        return None
    return f"the document ends before its <{root.decode(errors='replace')}> element closes"


def _item(
    entry: Any,
    source_id: str,
    fetched: datetime,
    language: str | None,
    strip_outlet: bool,
) -> Item:
    title = html_to_text(entry.get("title", "") or "")
    # RSS <source> names the outlet behind an aggregator's link (feedparser: source.title).
    outlet = html_to_text((entry.get("source") or {}).get("title") or "") or None
    if strip_outlet:
        title, suffix = _split_outlet(title, outlet)
        outlet = outlet or suffix
    summary = entry.get("summary", "") or ""
    content = entry.get("content") or []
    if content and len(content[0].get("value", "")) > len(summary):
        summary = content[0]["value"]
    text = html_to_text(summary)
    if strip_outlet and outlet:
        text = _strip_outlet_from_text(text, title, outlet)
    link = entry.get("link") or ""
    guid = entry.get("id")
    published_raw = entry.get("published") or entry.get("updated")
    published, trusted = trusted_published(_entry_time(entry, published_raw), fetched)
    return Item(
        source_id=source_id,
        key=document_key(
            source_id=source_id,
            guid=guid,
            link=link,
            title=title,
            published=published_raw,
            outlet=outlet,
            by_outlet=strip_outlet,
        ),
        url=link,
        title=title,
        text=text,
        published=published,
        fetched=fetched,
        language=language,
        symbols=find_symbols(f"{title}\n{text}"),
        published_trusted=trusted,
        outlet=outlet,
    )


def _split_outlet(title: str, outlet: str | None) -> tuple[str, str | None]:
    """'Russia vetoes Syria text - Reuters' -> ('Russia vetoes Syria text', 'Reuters').

    With a <source>, only that outlet after a dash is removed (a title merely ending in the
    outlet's name keeps it); without one, the last ' - ...' part is taken for the outlet.
    """
    if outlet:
        m = re.search(rf"\s+[-–—|]\s+{re.escape(outlet)}$", title)
        if m and m.start() > 0:
            return title[: m.start()], None
        return title, None
    m = _OUTLET_SUFFIX.search(title)
    if m and m.start() > 0:
        return title[: m.start()], m.group(1).strip()
    return title, None


def _strip_outlet_from_text(text: str, title: str, outlet: str) -> str:
    """Google News descriptions are the linked title and the outlet again: say nothing twice.

    Anything else (a list of related coverage, a real lede) is kept as it is.
    """
    if text.startswith(title) and text[len(title) :].strip(" -–—|") in ("", outlet):
        return ""
    return text


def _entry_time(entry: Any, raw: str | None) -> datetime | None:
    for name in ("published_parsed", "updated_parsed"):
        parsed = entry.get(name)
        if parsed:
            # feedparser normalises to UTC struct_time; timegm keeps it in UTC.
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return parse_timestamp(raw) if raw else None
