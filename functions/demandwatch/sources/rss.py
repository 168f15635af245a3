"""RSS and Atom sources: the fetched bytes read into entries, and entries into Items.

Reading is :mod:`demandwatch.sources.feedread` (a fast path for plain RSS 2.0 and Atom,
feedparser for the rest). Each entry is then *listed*: its title and outlet as text, its
document key and its fingerprint (the title and the lede), which is all the poll needs
to tell a new or changed document from a known one. Only for those is the Item made:
the whole text, the UN symbols in it. A feed of thirty items of which five are new
reduces five descriptions to text in full, not thirty.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from demandwatch.core.identity import (
    document_key,
    fingerprint,
    relisting_key,
    resolved_link,
    shown_url,
    trusted_published,
)
from demandwatch.core.models import Body, Item
from demandwatch.core.symbols import find_symbols
from demandwatch.core.text import html_to_text
from demandwatch.sources.feedread import RawEntry, read_feed, truncation

__all__ = ["Listed", "list_feed", "parse_feed", "truncation"]

# Google News titles end in " - Outlet"; the outlet is kept in <source> instead.
_OUTLET_SUFFIX = re.compile(r"\s+[-–—|]\s+([^-–—|]{2,80})$")

# An entry's markup read for its text, at most, and the most of that text an Item keeps:
# a publisher pasting a whole report into a description (megabytes) costs a bounded time
# and memory in every later step (symbols, matching, classification, stories, the alert).
# Fifty thousand characters is what the matcher reads of a text; the markup allowance is
# twice that, as markup shrinks when reduced to text.
MAX_MARKUP_CHARS = 100_000
MAX_TEXT_CHARS = 50_000
# The markup read for the fingerprint's lede (its first words): the same for a known
# document and a new one, so the two compare. Whole for any ordinary description.
LEDE_MARKUP_CHARS = 8_000


@dataclass(frozen=True, slots=True)
class Listed:
    """One entry of a feed, known by its key and version; the Item is made on demand."""

    key: str
    fingerprint: str
    title: str
    outlet: str | None
    url: str
    published: datetime | None
    # The entry's body, at most MAX_MARKUP_CHARS of it, as markup.
    markup: str
    source_id: str
    fetched: datetime
    language: str | None
    strip_outlet: bool
    # Whether the entry has a text besides its title (its Item's text is not empty).
    worded: bool = False

    @property
    def relisting_key(self) -> str | None:
        published, trusted = trusted_published(self.published, self.fetched)
        return relisting_key(
            self.source_id, self.fingerprint, published if trusted else None, has_text=self.worded
        )

    def item(self) -> Item:
        """The Item: the entry's text (at most :data:`MAX_TEXT_CHARS`, from at most
        :data:`MAX_MARKUP_CHARS` of markup) and the symbols in it."""
        text = _text(self.markup, self.title, self.outlet, self.strip_outlet)[:MAX_TEXT_CHARS]
        published, trusted = trusted_published(self.published, self.fetched)
        return Item(
            source_id=self.source_id,
            key=self.key,
            url=self.url,
            title=self.title,
            text=text,
            published=published,
            fetched=self.fetched,
            language=self.language,
            symbols=find_symbols(f"{self.title}\n{text}"),
            published_trusted=trusted,
            outlet=self.outlet,
        )


def parse_feed(
    body: Body,
    headers: Mapping[str, str],
    *,
    source_id: str,
    fetched: datetime,
    strip_outlet: bool = False,
    feed_url: str | None = None,
) -> list[Item]:
    """Items of an RSS/Atom document; FeedParseError if it is not a feed at all.

    ``strip_outlet`` (aggregators such as Google News): titles end in " - Outlet" and links
    are opaque redirects, so the outlet is split off and, with the title, names the document.
    ``feed_url``: where the feed was asked for, which a relative link is relative to.
    """
    listed = list_feed(
        body,
        headers,
        source_id=source_id,
        fetched=fetched,
        strip_outlet=strip_outlet,
        feed_url=feed_url,
    )
    return [entry.item() for entry in listed]


def list_feed(
    body: Body,
    headers: Mapping[str, str],
    *,
    source_id: str,
    fetched: datetime,
    strip_outlet: bool = False,
    feed_url: str | None = None,
) -> list[Listed]:
    """The document's entries with their keys and versions, Items not yet made."""
    feed = read_feed(body, headers, max_markup=MAX_MARKUP_CHARS)
    # Each raw entry is let go once it is listed: its markup strings live on in its
    # listing, the rest (the entry, its title as markup, its link, guid and date as
    # written) held beside every listing until the last was made was 3.5 MB of a feed of
    # 10,000 entries, at the peak of the poll that read it again (bench memory_10k).
    raw_entries = feed.entries
    raw_entries.reverse()
    listed: list[Listed] = []
    while raw_entries:
        raw = raw_entries.pop()
        listed.append(_listed(raw, source_id, fetched, feed.language, strip_outlet, feed_url))
    return listed


def _listed(
    raw: RawEntry,
    source_id: str,
    fetched: datetime,
    language: str | None,
    strip_outlet: bool,
    feed_url: str | None,
) -> Listed:
    title = html_to_text(raw.title)
    # RSS <source> names the outlet behind an aggregator's link.
    outlet = html_to_text(raw.outlet or "") or None
    if strip_outlet:
        title, suffix = _split_outlet(title, outlet)
        outlet = outlet or suffix
    lede = _text(raw.body[:LEDE_MARKUP_CHARS], title, outlet, strip_outlet)
    return Listed(
        key=document_key(
            source_id=source_id,
            guid=raw.guid,
            link=raw.link,
            title=title,
            published=raw.published_raw,
            outlet=outlet,
            by_outlet=strip_outlet,
        ),
        fingerprint=fingerprint(title, lede),
        title=title,
        outlet=outlet,
        # The key stays the link as written (what releases before recorded); only the
        # link shown and cited is made absolute.
        url=shown_url(resolved_link(raw.link, feed_url), raw.guid),
        published=raw.published,
        markup=raw.body,
        source_id=source_id,
        fetched=fetched,
        language=language,
        strip_outlet=strip_outlet,
        worded=bool(lede),
    )


def _text(markup: str, title: str, outlet: str | None, strip_outlet: bool) -> str:
    text = html_to_text(markup)
    if strip_outlet and outlet:
        text = _strip_outlet_from_text(text, title, outlet)
    return text


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
