"""Source kinds: how to ask each kind of source, and how to read its answer.

A new kind is one module under ``sources/`` with a ``request(...)`` building a
:class:`RequestSpec` and a parser from bytes to Items, plus one branch in each function
below (and its name in ``config.SourceKind``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from demandwatch.config import Settings, Source
from demandwatch.core.models import Body, Item, body_bytes
from demandwatch.core.pipeline import Listing, Ready
from demandwatch.exceptions import FeedParseError
from demandwatch.sources import gdelt, reliefweb, rss, undl
from demandwatch.sources.http import RequestSpec, host_of


def request_for(
    source: Source,
    settings: Settings,
    *,
    last_success: datetime | None = None,
    now: datetime | None = None,
) -> RequestSpec:
    """What to send for ``source``; SourceSetupError when it cannot be asked at all.
    ``last_success``: when the source was last read whole (harvests ask from then)."""
    if source.kind == "rss":
        # The feed reader reads a spooled body as a stream (sources.feedread).
        return RequestSpec(url=source.url, spool=True)
    if source.kind == "undl":
        return undl.request(source.url, query=source.query, since=last_success, now=now)
    if source.kind == "gdelt":
        return gdelt.request(source.url, query=source.query)
    if source.kind == "reliefweb":
        appname = settings.reliefweb_appname
        return reliefweb.request(
            source.url,
            appname=appname.get_secret_value() if appname is not None else None,
            country=source.country,
            query=source.query,
        )
    raise FeedParseError(f"source kind {source.kind!r} is not supported yet")


@dataclass(frozen=True)
class Parsed:
    """What a source's answer held: its entries (keys and versions; each Item is made on
    demand), and how many entries were dropped as unreadable (the rest still counts)."""

    entries: Sequence[Listing]
    skipped: int = 0

    def joined(self, page: Parsed) -> Parsed:
        """This answer with a further page of it."""
        return Parsed([*self.entries, *page.entries], self.skipped + page.skipped)

    @property
    def items(self) -> list[Item]:
        """Every entry's Item (the poll makes only the fresh ones')."""
        return [entry.item() for entry in self.entries]


def parse_source(
    source: Source, body: Body, headers: Mapping[str, str], fetched: datetime
) -> Parsed:
    """The answer's entries and what was dropped; FeedParseError if it is unusable.

    Pure computation on the bytes (no I/O, nothing shared): the poll may run it in
    another process, so what it returns pickles."""
    if source.kind == "rss":
        return Parsed(
            rss.list_feed(
                body,
                headers,
                source_id=source.id,
                fetched=fetched,
                strip_outlet=source.tier == "aggregator",
                feed_url=source.url,
            )
        )
    if source.kind == "gdelt":
        items, skipped = gdelt.read_articles(body_bytes(body), source_id=source.id, fetched=fetched)
        return Parsed([Ready(i) for i in items], skipped)
    return Parsed([Ready(i) for i in parse_for(source, body, headers, fetched)])


def parse_for(
    source: Source, body: Body, headers: Mapping[str, str], fetched: datetime
) -> list[Item]:
    if source.kind == "rss":
        return rss.parse_feed(
            body,
            headers,
            source_id=source.id,
            fetched=fetched,
            strip_outlet=source.tier == "aggregator",
            feed_url=source.url,
        )
    whole = body_bytes(body)  # (only feeds are spooled, see request_for)
    if source.kind == "undl":
        return undl.parse_records(whole, source_id=source.id, fetched=fetched, query=source.query)
    if source.kind == "gdelt":
        return gdelt.parse_articles(whole, source_id=source.id, fetched=fetched)
    if source.kind == "reliefweb":
        return reliefweb.parse_reports(whole, source_id=source.id, fetched=fetched)
    raise FeedParseError(f"source kind {source.kind!r} is not supported yet")


def next_request(source: Source, body: Body) -> RequestSpec | None:
    """The next page of the same answer, for kinds that page (OAI-PMH resumption tokens)."""
    if source.kind == "undl":
        return undl.next_request(source.url, body_bytes(body))
    return None


def page_token(source: Source, body: Body) -> str:
    """What names the page after ``body`` (its resumption token; "" for none)."""
    if source.kind == "undl":
        return undl.resumption_token(body_bytes(body)) or ""
    return ""


def resume_request(source: Source, token: str) -> RequestSpec | None:
    """The page a cut harvest stopped before (None: the source's kind does not page)."""
    if source.kind == "undl" and undl.is_oai(source.url):
        return undl.resume(source.url, token)
    return None


def min_interval_for(source: Source) -> float:
    """Seconds that must pass between two requests to this source's host."""
    configured = source.min_interval.total_seconds() if source.min_interval else 0.0
    if source.kind == "gdelt":
        # GDELT's published limit holds whatever the configuration says.
        return max(configured, gdelt.MIN_INTERVAL_SECONDS)
    return configured


def host_intervals(sources: Iterable[Source]) -> dict[str, float]:
    """Per-host minimum spacing for HttpFetcher: the strictest any source of a host asks."""
    intervals: dict[str, float] = {}
    for source in sources:
        seconds = min_interval_for(source)
        if seconds > 0:
            host = host_of(source.url)
            intervals[host] = max(seconds, intervals.get(host, 0.0))
    return intervals
