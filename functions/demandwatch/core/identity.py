"""Stable item keys, canonical URLs and dates: what makes an item the same item next time."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from demandwatch.core.models import KeyRule

# Query parameters that identify a campaign or a click, never the document.
_TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "oc"}
)
# UN press items appear both as /en/2026/sc16444.doc.htm and /en/blog/sc16444: the
# release code (sc16444, ga12345, sgsm22000, ...) is the identity.
_UN_PRESS_CODE = re.compile(
    r"/((?:sc|ga|sgsm|sg2|hrc|ecosoc|dev|org|ref|l)\d{3,6})(?:\.doc\.htm)?/?$"
)
# UN News changed its guid format; the numeric story id in the link has stayed.
_UN_NEWS_STORY = re.compile(r"/story/(?:\d{4}/\d{2}/)?(\d{5,})")

# Publishers' clocks and time zones go wrong; a date this far ahead is not believed.
FUTURE_TOLERANCE = timedelta(minutes=15)


def canonical_url(url: str) -> str:
    """The URL without tracking parameters, fragment, default port or letter-case noise."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a malformed link in untrusted feed text is still a key, not a crash
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING_PARAMS
    ]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def un_press_code(url: str) -> str | None:
    try:
        path = urlsplit(url).path
    except ValueError:  # e.g. a broken "[...]" host in feed text
        return None
    m = _UN_PRESS_CODE.search(path.lower())
    return m.group(1) if m else None


def un_news_story_id(*candidates: str) -> str | None:
    for candidate in candidates:
        m = _UN_NEWS_STORY.search(candidate)
        if m:
            return m.group(1)
    return None


def item_key(
    rule: KeyRule,
    *,
    guid: str | None,
    link: str | None,
    title: str,
    published: str | None,
) -> str:
    """The stable identity of an entry within its source.

    Source-specific rules first (press code, UN News story id); then the guid, then the
    canonical link, then a hash of title and date for entries that carry neither.
    """
    if rule == "un_press_symbol":
        for candidate in (link, guid):
            if candidate and (code := un_press_code(candidate)):
                return f"press:{code}"
    elif rule == "un_news_story_id" and (
        story := un_news_story_id(*(c for c in (link, guid) if c))
    ):
        return f"story:{story}"
    if guid and guid.strip():
        return f"guid:{guid.strip()}"
    if link and link.strip():
        return f"url:{canonical_url(link)}"
    digest = hashlib.sha256(f"{title}\x1f{published or ''}".encode()).hexdigest()[:32]
    return f"hash:{digest}"


def trusted_published(published: datetime | None, fetched: datetime) -> tuple[datetime, bool]:
    """A UTC publication time we can rely on, and whether it came from the source.

    Missing or future dates fall back to the fetch time, flagged as not trusted.
    """
    if published is None:
        return fetched, False
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    published = published.astimezone(UTC)
    if published > fetched + FUTURE_TOLERANCE:
        return fetched, False
    return published, True


_GDELT_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$")


def parse_timestamp(value: str) -> datetime | None:
    """ISO 8601 (with offset or Z) or GDELT's ``20260828T121500Z``, as UTC; None if neither.

    RFC 822 dates in feeds are parsed by feedparser before they get here.
    """
    value = value.strip()
    if m := _GDELT_STAMP.match(value):
        y, mo, d, h, mi, s = (int(g) for g in m.groups())
        try:
            return datetime(y, mo, d, h, mi, s, tzinfo=UTC)
        except ValueError:  # feed text is untrusted: month 13 is "no date", not a crash
            return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
