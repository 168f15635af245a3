"""Builders for test feeds and configuration directories (shared by several test modules)."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

from demandwatch.config import SHIPPED_CONFIG_DIR, Settings, Source
from demandwatch.core.models import FetchResult, Item, SourceState
from demandwatch.sources.http import HttpFetcher
from demandwatch.sources.kinds import host_intervals, parse_for, request_for

SHIPPED_CONFIG = SHIPPED_CONFIG_DIR


@dataclass(frozen=True)
class Entry:
    title: str
    link: str
    description: str = ""
    guid: str | None = None
    published: datetime | None = None


def rss(entries: list[Entry], *, title: str = "Test feed") -> bytes:
    """An RSS 2.0 document with the given entries (dates in RFC 822, as feeds send them)."""
    now = datetime.now(UTC)
    items = []
    for i, e in enumerate(entries):
        when = e.published or now - timedelta(minutes=i + 1)
        guid = f'<guid isPermaLink="false">{escape(e.guid)}</guid>' if e.guid else ""
        items.append(
            "<item>"
            f"<title>{escape(e.title)}</title><link>{escape(e.link)}</link>"
            f"<description>{escape(e.description)}</description>{guid}"
            f"<pubDate>{format_datetime(when)}</pubDate>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.org/</link>"
        f"<description>test</description>{''.join(items)}</channel></rss>"
    ).encode()


def write_config(directory: Path, sources: list[dict[str, object]], *, timeout: str = "2s") -> Path:
    """A config dir: the shipped demands and org, with ``sources`` replacing the shipped ones."""
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copy(SHIPPED_CONFIG / "demands.yaml", directory / "demands.yaml")
    shutil.copy(SHIPPED_CONFIG / "org.yaml", directory / "org.yaml")
    full = [{"tier": "news", "kind": "rss", **s} for s in sources]
    for s in full:
        s.setdefault("name", f"Source {s['id']}")
    document = {"defaults": {"timeout": timeout, "interval": "1s"}, "sources": full}
    (directory / "sources.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    return directory


VETO_ENTRY = Entry(
    title="Security Council fails to adopt draft resolution on Syria owing to negative votes "
    "of China, Russian Federation",
    link="https://press.un.org/en/2026/sc99901.doc.htm",
    description="The draft (S/2026/101) received 13 votes in favour and 2 against.",
)
QUIET_ENTRIES = [
    Entry(title=f"Committee meets on fisheries, part {n}", link=f"https://example.org/fish/{n}")
    for n in range(1, 4)
]


def fetch_and_parse(
    source: Source,
    *,
    now: datetime,
    settings: Settings | None = None,
    state: SourceState | None = None,
) -> tuple[FetchResult, list[Item]]:
    """One source through the real fetcher and its kind's parser, as a poll does."""

    async def go() -> tuple[FetchResult, list[Item]]:
        fetcher = HttpFetcher(user_agent="demandwatch-test", min_interval=host_intervals([source]))
        try:
            result = await fetcher.fetch(
                request_for(source, settings or Settings()),
                state or SourceState(source.id),
                timeout=source.timeout.total_seconds(),
                max_bytes=source.max_bytes,
            )
        finally:
            await fetcher.aclose()
        if result.status != "ok":
            return result, []
        return result, parse_for(source, result.body, result.headers, now)

    return asyncio.run(go())
