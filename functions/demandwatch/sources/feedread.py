"""Reading RSS and Atom documents into raw entries: a fast path, and feedparser for the rest.

feedparser reads anything that calls itself a feed, and pays for it: it is about half
of a poll's CPU. Most feeds are well-formed RSS 2.0 or Atom 1.0 of a handful of plain
elements; for those, :func:`read_fast` walks the document with the standard library's
expat parser hardened by defusedxml (no DTD, no entity declarations, no external
entities, no network). Anything it is not sure to read exactly as feedparser would (a
DOCTYPE, RSS 1.0, Atom 0.3, XHTML content, markup as child elements, a relative link, a
date it cannot parse, an element it does not know inside an entry, an encoding other
than UTF-8/ASCII, a malformed document) is handed to feedparser whole, so both paths
give identical entries (tests/unit/test_feedread.py runs both over every feed fixture
and hostile case).

The entries are *raw*: their markup is not yet reduced to text and no symbol is looked
for. The poll computes each entry's key first and normalises only the entries it has
not seen (sources.rss).
"""

from __future__ import annotations

import calendar
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, BinaryIO, Literal
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

from demandwatch.core.identity import parse_timestamp
from demandwatch.core.models import Body, body_edges
from demandwatch.exceptions import FeedParseError

ReadBy = Literal["fast", "feedparser"]


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One entry as the feed gives it: strings with their markup, before normalisation."""

    guid: str | None
    link: str
    title: str
    summary: str
    # The first <content>/<content:encoded>, when the entry has one.
    content: str | None
    # The outlet an aggregator names (<source> in RSS, source/title in Atom).
    outlet: str | None
    # The date as written (published, else updated), and as understood (UTC), if at all.
    published_raw: str | None
    published: datetime | None

    @property
    def body(self) -> str:
        """The longer of the summary and the content: what the item's text is made of."""
        if self.content is not None and len(self.content) > len(self.summary):
            return self.content
        return self.summary


@dataclass(frozen=True, slots=True)
class RawFeed:
    language: str | None
    entries: list[RawEntry]
    read_by: ReadBy


def read_feed(body: Body, headers: Mapping[str, str], *, max_markup: int | None = None) -> RawFeed:
    """The entries of an RSS/Atom document; FeedParseError if it is not a feed at all.

    ``max_markup``: keep at most this much of each entry's body (:attr:`RawEntry.body`),
    cut as each entry is read, so a feed of entries of megabytes never holds them all.
    A spooled body is read as a stream by the fast path, never held whole.
    """
    fast = read_fast(body, headers, max_markup=max_markup)
    if fast is not None:
        return fast
    return read_with_feedparser(body, headers, max_markup=max_markup)


def bounded(entry: RawEntry, limit: int | None) -> RawEntry:
    """``entry`` with its body (the longer of summary and content) cut to ``limit``."""
    if limit is None or len(entry.body) <= limit:
        return entry
    return replace(entry, summary=entry.body[:limit], content=None)


# ---------------------------------------------------------------------- feedparser


def _stream(body: Body) -> BinaryIO:
    """The body as a file read from its start."""
    return io.BytesIO(body) if isinstance(body, bytes) else body.reader()


def read_with_feedparser(
    body: Body, headers: Mapping[str, str], *, max_markup: int | None = None
) -> RawFeed:
    """Any feed feedparser understands (it recovers from much that is broken)."""
    import feedparser  # only for what the fast path hands over: its import costs ~60 ms

    # Sanitising and resolving links inside the HTML costs ~40% of parsing, and we never
    # render that HTML: it is reduced to plain text, and Slack escapes that.
    parsed = feedparser.parse(
        _stream(body),
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
    return RawFeed(language, [_from_feedparser(e) for e in parsed.get("entries", [])], "feedparser")


# The root element's name, after the XML declaration, comments and a doctype.
_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.:-]*)",
    re.DOTALL,
)


def truncation(body: Body) -> str | None:
    """Why ``body`` ends before its document does (None when its root element closes).

    A body cut off mid-transfer (a dropped connection, a proxy's size limit) still parses
    in part; only the closing tag of the root element says the document is whole.
    """
    head, tail = body_edges(body)
    m = _ROOT.match(head)
    if m is None:
        return None  # not XML we can judge; the parser has said what it could
    root = m.group(1)
    closing = re.compile(rb"</" + re.escape(root) + rb"\s*>\s*(?:<!--.*?-->\s*)*$", re.DOTALL)
    if closing.search(tail):
        return None
    return f"the document ends before its <{root.decode(errors='replace')}> element closes"


def _from_feedparser(entry: Any) -> RawEntry:
    content = entry.get("content") or []
    # dict.get: feedparser's own get maps a missing "updated" onto "published" with a
    # DeprecationWarning; the value is the same (published was falsy already).
    published_raw = entry.get("published") or dict.get(entry, "updated")
    return RawEntry(
        guid=entry.get("id"),
        link=entry.get("link") or "",
        title=entry.get("title", "") or "",
        summary=entry.get("summary", "") or "",
        content=content[0].get("value", "") if content else None,
        outlet=(entry.get("source") or {}).get("title") or None,
        published_raw=published_raw,
        published=_feedparser_time(entry, published_raw),
    )


def _feedparser_time(entry: Any, raw: str | None) -> datetime | None:
    for name in ("published_parsed", "updated_parsed"):
        parsed = dict.get(entry, name)
        if parsed:
            # feedparser normalises to UTC struct_time; timegm keeps it in UTC.
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return parse_timestamp(raw) if raw else None


# ---------------------------------------------------------------------- fast path


class _NotSimple(Exception):
    """The document is outside what the fast path reads exactly like feedparser."""


_ATOM = "{http://www.w3.org/2005/Atom}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_MEDIA = "{http://search.yahoo.com/mrss/}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding=["']([A-Za-z0-9._-]+)["']""")
_SIMPLE_ENCODINGS = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")

# Children of an RSS <item> that feedparser maps onto nothing we read, or only onto what
# the fast path reads the same way; any other child sends the feed to feedparser.
_RSS_IGNORED = frozenset(
    {"category", "author", "comments", "enclosure", f"{_DC}creator", f"{_DC}subject"}
)
_RSS_TEXT = frozenset(
    {"title", "link", "description", "guid", "pubDate", f"{_CONTENT}encoded", f"{_DC}date"}
)
_MEDIA_EMPTY = frozenset({f"{_MEDIA}content", f"{_MEDIA}thumbnail"})
_ATOM_IGNORED = frozenset(
    {f"{_ATOM}author", f"{_ATOM}contributor", f"{_ATOM}category", f"{_ATOM}rights"}
)
_ATOM_TEXT_TYPES = frozenset({None, "text", "html"})


def read_fast(
    body: Body, headers: Mapping[str, str], *, max_markup: int | None = None
) -> RawFeed | None:
    """The feed's entries if it is plain RSS 2.0 or Atom 1.0; None to use feedparser."""
    if not _simple_encoding(body_edges(body, 200)[0], headers):
        return None
    try:
        return _read(body, headers, max_markup)
    except (_NotSimple, ParseError, DefusedXmlException, ValueError):
        return None


def _simple_encoding(start: bytes, headers: Mapping[str, str]) -> bool:
    head = start.lstrip()
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        return False  # byte-order marks and UTF-16: feedparser's own detection
    m = _ENCODING.match(head)
    declared = m.group(1).decode("ascii").lower() if m else "utf-8"
    content_type = headers.get("content-type", "")
    charset = re.search(r"charset=[\"']?([A-Za-z0-9._-]+)", content_type, re.IGNORECASE)
    if charset and charset.group(1).lower() not in _SIMPLE_ENCODINGS:
        return False
    # feedparser applies RFC 3023: text/* without a charset is us-ascii, whatever the body.
    if content_type.lower().startswith("text/") and not charset:
        return False
    return declared in _SIMPLE_ENCODINGS


def _read(body: Body, headers: Mapping[str, str], max_markup: int | None) -> RawFeed:
    events = iterparse(
        _stream(body),
        events=("start", "end"),
        forbid_dtd=True,
        forbid_entities=True,
        forbid_external=True,
    )
    _, root = next(events)
    read_entry: Callable[[Element], RawEntry]
    if root.tag == "rss":
        if root.get("version") not in ("2.0", "0.92", "0.91"):
            raise _NotSimple
        entry_tag, read_entry = "item", _rss_entry
    elif root.tag == f"{_ATOM}feed":
        entry_tag, read_entry = f"{_ATOM}entry", _atom_entry
    else:
        raise _NotSimple
    if any(_is_base(name) for name in root.attrib):
        raise _NotSimple
    language_tag = "language" if root.tag == "rss" else None
    language: str | None = None
    entries: list[RawEntry] = []
    parent: list[Element] = [root]  # the open elements above the current one
    for event, element in events:
        if event == "start":
            if any(_is_base(name) for name in element.attrib):
                raise _NotSimple  # xml:base changes how feedparser resolves links
            parent.append(element)
            continue
        parent.pop()
        if element.tag == entry_tag:
            if not _entry_parent_ok(root, parent):
                raise _NotSimple
            entries.append(bounded(read_entry(element), max_markup))
            element.clear()  # a 10,000-item feed is read in constant memory
            if parent:
                parent[-1].remove(element)
        elif language_tag and element.tag == language_tag and _is_channel_child(root, parent):
            language = _text(element).strip() or None
    if root.tag == "rss" and (root.find("channel") is None):
        raise _NotSimple
    # feedparser's order: the Content-Language header, the root's xml:lang, then <language>.
    header_language = headers.get("content-language")
    root_language = root.get(_XML_LANG)
    if language is None and root_language:
        language = root_language.replace("_", "-")
    if language is None and header_language:
        raise _NotSimple
    return RawFeed(language, entries, "fast")


def _is_base(name: str) -> bool:
    return name in ("{http://www.w3.org/XML/1998/namespace}base", "base")


def _entry_parent_ok(root: Element, parent: list[Element]) -> bool:
    if root.tag == "rss":
        return len(parent) == 2 and parent[1].tag == "channel"
    return len(parent) == 1


def _is_channel_child(root: Element, parent: list[Element]) -> bool:
    return len(parent) == 2 and parent[1].tag == "channel"


def _text(element: Element) -> str:
    """The text of a leaf element; markup as child elements is feedparser's to rebuild."""
    if len(element):
        raise _NotSimple
    return element.text or ""


def _rss_entry(item: Element) -> RawEntry:
    fields: dict[str, str] = {}
    guid_is_link = True
    outlet: str | None = None
    for child in item:
        tag = child.tag
        if tag in _RSS_TEXT:
            if tag in fields:
                raise _NotSimple  # which one feedparser keeps is its business
            fields[tag] = _text(child).strip()
            if tag == "guid":
                guid_is_link = child.get("isPermaLink", "true").lower() == "true"
        elif tag == "source":
            if outlet is not None:
                raise _NotSimple
            outlet = _text(child).strip()
        elif tag in _MEDIA_EMPTY:
            if len(child) or (child.text or "").strip():
                raise _NotSimple
        elif tag not in _RSS_IGNORED:
            raise _NotSimple
    guid = fields.get("guid")
    if "link" in fields:
        link = fields["link"]
    elif guid is not None and guid_is_link:
        link = guid
    else:
        link = ""
    if link and not _SCHEME.match(link):
        raise _NotSimple  # feedparser resolves relative links against the feed's address
    published_text = fields.get("pubDate")
    updated_text = fields.get(f"{_DC}date")
    return RawEntry(
        guid=guid,
        link=link,
        title=fields.get("title", ""),
        summary=fields.get("description", ""),
        content=fields.get(f"{_CONTENT}encoded"),
        outlet=outlet or None,
        published_raw=published_text or updated_text,
        published=_when(published_text, updated_text),
    )


def _atom_entry(entry: Element) -> RawEntry:
    fields: dict[str, str] = {}
    links: list[str] = []
    outlet: str | None = None
    for child in entry:
        tag = child.tag
        if tag in (f"{_ATOM}title", f"{_ATOM}summary", f"{_ATOM}content"):
            if tag in fields or child.get("type") not in _ATOM_TEXT_TYPES or child.get("src"):
                raise _NotSimple
            fields[tag] = _text(child).strip()
        elif tag in (f"{_ATOM}id", f"{_ATOM}published", f"{_ATOM}updated"):
            if tag in fields:
                raise _NotSimple
            fields[tag] = _text(child).strip()
        elif tag == f"{_ATOM}link":
            if len(child):
                raise _NotSimple
            rel = child.get("rel", "alternate")
            kind = child.get("type", "text/html")
            if rel == "alternate" and kind in ("text/html", "application/xhtml+xml"):
                links.append(child.get("href", "").strip())
            elif rel == "alternate":
                raise _NotSimple
        elif tag == f"{_ATOM}source":
            for part in child:
                if part.tag == f"{_ATOM}title":
                    if outlet is not None or part.get("type") not in _ATOM_TEXT_TYPES:
                        raise _NotSimple
                    outlet = _text(part).strip()
        elif tag not in _ATOM_IGNORED:
            raise _NotSimple
    if len(links) != 1:
        raise _NotSimple  # none: feedparser takes the id for the link; several: its choice
    link = links[0]
    if not _SCHEME.match(link):
        raise _NotSimple
    published_text = fields.get(f"{_ATOM}published")
    updated_text = fields.get(f"{_ATOM}updated")
    return RawEntry(
        guid=fields.get(f"{_ATOM}id"),
        link=link,
        title=fields.get(f"{_ATOM}title", ""),
        summary=fields.get(f"{_ATOM}summary", ""),
        content=fields.get(f"{_ATOM}content"),
        outlet=outlet or None,
        published_raw=published_text or updated_text,
        published=_when(published_text, updated_text),
    )


def _when(published: str | None, updated: str | None) -> datetime | None:
    """As feedparser: the published date if it parses, else the updated one."""
    for text in (published, updated):
        if text:
            return _parse_date(text)
    return None


_RFC822_ZONE = re.compile(r"(?:[+-]\d{4}|GMT|UTC|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})$")


def _parse_date(text: str) -> datetime:
    """RFC 822 (RSS) or full ISO 8601 (Atom) with a zone; anything else is feedparser's."""
    if _ISO.match(text):
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    elif _RFC822_ZONE.search(text):
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError) as exc:
            raise _NotSimple from exc
        if when.year < 1970 or when.tzinfo is None:
            raise _NotSimple
    else:
        raise _NotSimple
    # feedparser keeps whole seconds, in UTC.
    return when.astimezone(UTC).replace(microsecond=0)
