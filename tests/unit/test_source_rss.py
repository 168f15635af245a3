"""RSS bodies with faults: a truncated document fails the poll, lesser faults keep the feed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.exceptions import FeedParseError
from demandwatch.sources import rss

FETCHED = datetime(2026, 9, 16, 12, 0, tzinfo=UTC)

WHOLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- written for these tests in the shape of a news feed -->
<rss version="2.0"><channel><title>Example news</title><link>https://example.org/</link>
<item><title>Council meets on Syria</title><link>https://example.org/news/1</link>
<guid>https://example.org/news/1</guid><description>First item.</description></item>
<item><title>Security Council fails to adopt draft on Syria</title>
<link>https://example.org/news/2</link><guid>https://example.org/news/2</guid>
<description>Second item.</description></item>
</channel></rss>
"""


def parse(body: bytes) -> list[str]:
    return [i.key for i in rss.parse_feed(body, {}, source_id="s", fetched=FETCHED)]


def test_a_whole_feed_parses() -> None:
    assert parse(WHOLE) == ["url:example.org/news/1", "url:example.org/news/2"]
    assert rss.truncation(WHOLE) is None


@pytest.mark.parametrize("cut", [WHOLE.index(b"<link>https://example.org/news/2"), -20, -8])
def test_a_body_cut_off_before_its_root_closes_fails_and_yields_nothing(cut: int) -> None:
    with pytest.raises(FeedParseError, match=r"truncated feed: .*<rss> element closes"):
        parse(WHOLE[:cut])


def test_a_lesser_fault_the_parser_recovers_from_keeps_the_feed() -> None:
    # A bare '&' in a title is not well-formed XML; feedparser reads on, and so do we.
    faulty = WHOLE.replace(b"Council meets on Syria", b"Council meets on Syria & Yemen")
    assert parse(faulty) == ["url:example.org/news/1", "url:example.org/news/2"]


def test_an_atom_feed_with_a_comment_after_its_root_is_whole() -> None:
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        b"<entry><title>a</title><id>urn:x:1</id><link href='https://example.org/a'/></entry>"
        b"<entry><title>b & c</title><id>urn:x:2</id></entry></feed>\n<!-- cached -->\n"
    )
    assert rss.truncation(atom) is None
    assert len(parse(atom)) == 2
    with pytest.raises(FeedParseError, match="<feed> element closes"):
        parse(atom[: atom.index(b"</feed>")])
