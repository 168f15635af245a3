"""A publisher pasting megabytes into one description costs a bounded time and memory:
the Item keeps the first MAX_TEXT_CHARS of the text, read from at most MAX_MARKUP_CHARS of
markup, and what is kept is exactly the beginning of the whole entry's text."""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape

from demandwatch.core.text import html_to_text
from demandwatch.sources.rss import MAX_MARKUP_CHARS, MAX_TEXT_CHARS, list_feed, parse_feed

FETCHED = datetime(2026, 3, 1, tzinfo=UTC)


def feed(description: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>Council report</title><link>https://e.org/r</link>"
        f"<description>{escape(description)}</description></item></channel></rss>"
    ).encode()


def test_a_huge_description_is_cut_to_the_text_cap() -> None:
    paragraph = "<p>The Council recalled S/2026/101 and heard the envoy on access. </p>"
    markup = paragraph * (1_000_000 // len(paragraph))
    (item,) = parse_feed(feed(markup), {}, source_id="s", fetched=FETCHED)
    assert len(item.text) == MAX_TEXT_CHARS
    assert item.text == html_to_text(markup)[:MAX_TEXT_CHARS]
    assert item.symbols == ("S/2026/101",)
    (listed,) = list_feed(feed(markup), {}, source_id="s", fetched=FETCHED)
    assert len(listed.markup) == MAX_MARKUP_CHARS  # the rest was never kept


def test_an_ordinary_description_is_whole() -> None:
    markup = "<p>Short lede.</p><p>Second paragraph with S/2026/140.</p>"
    (item,) = parse_feed(feed(markup), {}, source_id="s", fetched=FETCHED)
    assert item.text == html_to_text(markup)
