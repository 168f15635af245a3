"""The fast feed reader gives exactly what feedparser gives, or steps aside.

Every feed fixture and every hostile case below is read by both paths: where the fast
path answers, its entries and language must equal feedparser's field for field (so the
Items made from them are identical); where it is not sure, it must hand the document to
feedparser, and ``read_feed`` then answers exactly as feedparser does, errors included.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from demandwatch.core.models import Body
from demandwatch.exceptions import FeedParseError
from demandwatch.sources.feedread import (
    RawFeed,
    read_fast,
    read_feed,
    read_with_feedparser,
    truncation,
)
from demandwatch.sources.http import SpooledFile

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FEED_FIXTURES = sorted(
    p
    for p in FIXTURES.rglob("*.xml")
    if b"<rss" in p.read_bytes()[:2000] or b"<feed" in p.read_bytes()[:2000]
)
RSS = {"content-type": "application/rss+xml; charset=utf-8"}
NO_HEADERS: dict[str, str] = {}


def rss(items: str, *, channel: str = "", root: str = '<rss version="2.0">') -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"{root}<channel><title>t</title><link>https://example.org/</link>"
        f"<description>d</description>{channel}{items}</channel></rss>"
    ).encode()


def item(*children: str) -> str:
    return "<item>" + "".join(children) + "</item>"


PLAIN = (
    "<title>Council meets on Syria</title>",
    "<link>https://example.org/a</link>",
    "<pubDate>Tue, 03 Mar 2026 10:00:00 +0000</pubDate>",
)


def atom(entries: str, *, attrs: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<feed xmlns="http://www.w3.org/2005/Atom"{attrs}><title>t</title><id>urn:t</id>'
        f"<updated>2026-03-01T00:00:00Z</updated>{entries}</feed>"
    ).encode()


ATOM_ENTRY = (
    "<entry><title>Statement</title><id>urn:e1</id>"
    '<link href="https://example.org/e1"/><updated>2026-03-01T10:00:00Z</updated>'
    "<summary>Text</summary></entry>"
)

# Documents the fast path reads itself (and must read exactly as feedparser does).
FAST_CASES: dict[str, tuple[bytes, dict[str, str]]] = {
    "plain": (rss(item(*PLAIN, "<description>x</description>")), RSS),
    "no headers": (rss(item(*PLAIN)), NO_HEADERS),
    "guid is the link": (
        rss(item("<title>a</title><guid>https://example.org/g</guid>")),
        RSS,
    ),
    "guid not a link": (
        rss(item('<title>a</title><guid isPermaLink="false">https://example.org/g</guid>')),
        RSS,
    ),
    "guid then link": (
        rss(item("<guid>https://example.org/g</guid><link>https://example.org/l</link>")),
        RSS,
    ),
    "empty link": (rss(item("<title>a</title><link></link><guid>https://x.org/g</guid>")), RSS),
    "javascript link": (rss(item("<title>a</title><link>javascript:alert(1)</link>")), RSS),
    "escaped markup twice": (
        rss(item(*PLAIN, "<description>&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;</description>")),
        RSS,
    ),
    "cdata with script": (
        rss(item(*PLAIN, "<description><![CDATA[<script>x()</script><p>hi</p>]]></description>")),
        RSS,
    ),
    "content longer than description": (
        rss(
            item(*PLAIN, "<description>short</description>")[:-7]
            + "<content:encoded>a much longer body of text</content:encoded></item>",
            root='<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        ),
        RSS,
    ),
    "only dc:date": (
        rss(
            item(
                "<title>a</title><link>https://e.org/a</link><dc:date>2026-03-01T10:00:00+02:00</dc:date>"
            ),
            root='<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        ),
        RSS,
    ),
    "no date": (rss(item("<title>a</title><link>https://e.org/a</link>")), RSS),
    "whitespace everywhere": (
        rss(item("<title>\n  a  \n</title><link>\n https://e.org/a \n</link><guid>\t g \t</guid>")),
        RSS,
    ),
    "no items": (rss(""), RSS),
    "channel language": (rss(item(*PLAIN), channel="<language> fr </language>"), RSS),
    "xml:lang on rss": (rss(item(*PLAIN), root='<rss version="2.0" xml:lang="ar">'), RSS),
    "header and channel language": (
        rss(item(*PLAIN), channel="<language>fr</language>"),
        {**RSS, "content-language": "de"},
    ),
    "xml:lang and channel language": (
        rss(
            item(*PLAIN),
            channel="<language>fr</language>",
            root='<rss version="2.0" xml:lang="ar">',
        ),
        RSS,
    ),
    "rss 0.91": (rss(item(*PLAIN), root='<rss version="0.91">'), RSS),
    "numeric entities": (rss(item("<title>caf&#233; &#x2014; d&#xE9;j&#224;</title>")), RSS),
    "arabic": (rss(item("<title>مجلس الأمن</title><link>https://e.org/ar</link>")), RSS),
    "atom": (atom(ATOM_ENTRY), NO_HEADERS),
    "atom with lang": (atom(ATOM_ENTRY, attrs=' xml:lang="en-GB"'), NO_HEADERS),
    "atom html title": (
        atom(ATOM_ENTRY.replace("<title>Statement", '<title type="html">&lt;b&gt;Statement')),
        NO_HEADERS,
    ),
    "atom published and updated": (
        atom(
            ATOM_ENTRY.replace(
                "<summary>", "<published>2026-02-28T09:00:00-05:00</published><summary>"
            )
        ),
        NO_HEADERS,
    ),
    "atom fractional seconds": (
        atom(ATOM_ENTRY.replace("10:00:00Z", "10:00:00.999999Z")),
        NO_HEADERS,
    ),
    "atom self and enclosure links": (
        atom(
            ATOM_ENTRY.replace(
                "<summary>",
                '<link rel="self" href="https://example.org/self"/>'
                '<link rel="enclosure" href="https://example.org/f.pdf"/><summary>',
            )
        ),
        NO_HEADERS,
    ),
}

# Documents the fast path must hand to feedparser (hostile, odd or beyond it).
# A thousand million "lol"s from a few hundred bytes, were entities expanded.
BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a0 "lol">'
    + b"".join(b'<!ENTITY a%d "%s">' % (n, b"&a%d;" % (n - 1) * 10) for n in range(1, 10))
    + b']><rss version="2.0"><channel><title>t</title><item><title>&a9;</title>'
    b"<link>https://e.org/a</link></item></channel></rss>"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<rss version="2.0"><channel><title>t</title><item><title>&x;</title>'
    b"<link>https://e.org/a</link></item></channel></rss>"
)
FALLBACK_CASES: dict[str, tuple[bytes, dict[str, str]]] = {
    "billion laughs": (BILLION_LAUGHS, RSS),
    "external entity": (EXTERNAL_ENTITY, RSS),
    "doctype": (
        b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">' + rss(item(*PLAIN))[38:],
        RSS,
    ),
    "malformed": (rss(item(*PLAIN))[:-30] + b"<item><title>broken</item>", RSS),
    "truncated": (rss(item(*PLAIN, "<description>cut here"))[:-40], RSS),
    "markup as children": (
        rss(item(*PLAIN, "<description><p>raw <b>html</b></p></description>")),
        RSS,
    ),
    "relative link": (rss(item("<title>a</title><link>/story/1</link>")), RSS),
    "relative guid link": (rss(item("<title>a</title><guid>story/1</guid>")), RSS),
    "xml:base": (rss(item(*PLAIN), root='<rss version="2.0" xml:base="https://e.org/">'), RSS),
    "duplicate title": (rss(item(*PLAIN, "<title>second</title>")), RSS),
    "unknown element": (
        rss(
            item(*PLAIN, "<itunes:summary>s</itunes:summary>"),
            root='<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">',
        ),
        RSS,
    ),
    "media description": (
        rss(
            item(*PLAIN, "<media:description>m</media:description>"),
            root='<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">',
        ),
        RSS,
    ),
    "media content with children": (
        rss(
            item(*PLAIN, '<media:content url="u"><media:title>m</media:title></media:content>'),
            root='<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">',
        ),
        RSS,
    ),
    "date without zone": (
        rss(item("<title>a</title><pubDate>Tue, 03 Mar 2026 10:00:00</pubDate>")),
        RSS,
    ),
    "date in words": (rss(item("<title>a</title><pubDate>Tuesday, 3 March 2026</pubDate>")), RSS),
    "date iso in rss": (rss(item("<title>a</title><pubDate>2026-03-03</pubDate>")), RSS),
    "date with unknown zone": (
        rss(item("<title>a</title><pubDate>Tue, 03 Mar 2026 10:00:00 CEST</pubDate>")),
        RSS,
    ),
    "date nonsense": (rss(item("<title>a</title><pubDate>yesterday</pubDate>")), RSS),
    "latin-1": (
        rss(item("<title>caf\u00e9</title>"))
        .replace(b"UTF-8", b"ISO-8859-1")
        .replace("caf\u00e9".encode(), "caf\u00e9".encode("latin-1")),
        {"content-type": "application/rss+xml"},
    ),
    "charset header disagrees": (
        rss(item(*PLAIN)),
        {"content-type": "application/xml; charset=windows-1252"},
    ),
    "text/xml without charset": (rss(item(*PLAIN)), {"content-type": "text/xml"}),
    "utf-16": (rss(item(*PLAIN)).replace(b"UTF-8", b"UTF-16").decode().encode("utf-16"), RSS),
    "byte order mark": (b"\xef\xbb\xbf" + rss(item(*PLAIN)), RSS),
    "content-language header": (rss(item(*PLAIN)), {**RSS, "content-language": "de"}),
    "rss 1.0": (
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://e.org/"><title>t</title>'
        b'</channel><item rdf:about="https://e.org/a"><title>a</title><link>https://e.org/a</link>'
        b"</item></rdf:RDF>",
        RSS,
    ),
    "rss 3.0": (rss(item(*PLAIN), root='<rss version="3.0">'), RSS),
    "atom 0.3": (
        b'<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">'
        b"<title>t</title><entry><title>a</title><id>urn:a</id></entry></feed>",
        NO_HEADERS,
    ),
    "atom xhtml": (
        atom(
            ATOM_ENTRY.replace(
                "<summary>Text</summary>",
                '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content>',
            )
        ),
        NO_HEADERS,
    ),
    "atom content src": (
        atom(ATOM_ENTRY.replace("<summary>Text</summary>", '<content src="https://e.org/c"/>')),
        NO_HEADERS,
    ),
    "atom no link": (
        atom(ATOM_ENTRY.replace('<link href="https://example.org/e1"/>', "")),
        NO_HEADERS,
    ),
    "atom two alternate links": (
        atom(ATOM_ENTRY.replace("<summary>", '<link href="https://example.org/other"/><summary>')),
        NO_HEADERS,
    ),
    "atom relative link": (atom(ATOM_ENTRY.replace("https://example.org/e1", "/e1")), NO_HEADERS),
    "atom date only": (atom(ATOM_ENTRY.replace("2026-03-01T10:00:00Z", "2026-03-01")), NO_HEADERS),
    "atom pdf alternate": (
        atom(
            ATOM_ENTRY.replace(
                "<summary>",
                '<link rel="alternate" type="application/pdf" href="https://e.org/f.pdf"/><summary>',
            )
        ),
        NO_HEADERS,
    ),
    "html page": (b"<!DOCTYPE html><html><body>Not a feed</body></html>", RSS),
    "plain text": (b"not xml at all", RSS),
    "json": (b'{"items": []}', RSS),
    "empty": (b"", RSS),
    "nul byte": (rss(item("<title>a\x00b</title>")), RSS),
    "items at rss root": (
        b'<?xml version="1.0"?><rss version="2.0"><item><title>a</title>'
        b"<link>https://e.org/a</link></item></rss>",
        RSS,
    ),
}


def feedparser_or_error(body: bytes, headers: dict[str, str]) -> RawFeed | str:
    try:
        return read_with_feedparser(body, headers)
    except FeedParseError as exc:
        return f"FeedParseError: {exc}"


def assert_same(fast: RawFeed, slow: RawFeed | str) -> None:
    assert not isinstance(slow, str), slow
    assert fast.language == slow.language
    assert len(fast.entries) == len(slow.entries)
    for mine, theirs in zip(fast.entries, slow.entries, strict=True):
        assert mine == theirs


@pytest.mark.parametrize("path", FEED_FIXTURES, ids=lambda p: p.name)
def test_every_feed_fixture_is_read_fast_and_identically(path: Path) -> None:
    body = path.read_bytes()
    fast = read_fast(body, RSS)
    assert fast is not None, "a well-formed fixture must take the fast path"
    assert fast.entries, "a fixture with entries"
    assert_same(fast, feedparser_or_error(body, RSS))


def test_the_fixtures_cover_rss_atom_and_an_aggregator() -> None:
    names = {p.name for p in FEED_FIXTURES}
    assert {"ohchr-atom.xml", "un-press-rss.xml", "syria-security-council.xml"} <= names


@pytest.mark.parametrize("case", sorted(FAST_CASES))
def test_well_formed_cases_are_read_fast_and_identically(case: str) -> None:
    body, headers = FAST_CASES[case]
    fast = read_fast(body, headers)
    assert fast is not None, "expected the fast path"
    assert fast.read_by == "fast"
    assert_same(fast, feedparser_or_error(body, headers))


@pytest.mark.parametrize("case", sorted(FALLBACK_CASES))
def test_hostile_and_odd_cases_go_to_feedparser_and_read_the_same(case: str) -> None:
    body, headers = FALLBACK_CASES[case]
    assert read_fast(body, headers) is None
    expected = feedparser_or_error(body, headers)
    try:
        got: RawFeed | str = read_feed(body, headers)
    except FeedParseError as exc:
        got = f"FeedParseError: {exc}"
    if isinstance(expected, str):
        assert got == expected
    else:
        assert isinstance(got, RawFeed)
        assert got.read_by == "feedparser"
        assert (got.language, got.entries) == (expected.language, expected.entries)


def test_no_entity_is_expanded_and_no_file_is_read() -> None:
    for body in (BILLION_LAUGHS, EXTERNAL_ENTITY):
        try:
            feed = read_feed(body, RSS)
        except FeedParseError:
            continue
        for entry in feed.entries:
            assert len(entry.title) < 100
            assert "root:" not in entry.title


def test_a_large_feed_is_read_fast() -> None:
    items = "".join(
        item(f"<title>Item {n}</title>", f"<link>https://e.org/{n}</link>", f"<guid>g{n}</guid>")
        for n in range(3000)
    )
    body = rss(items)
    fast = read_fast(body, RSS)
    assert fast is not None
    assert [e.guid for e in fast.entries] == [f"g{n}" for n in range(3000)]
    assert_same(fast, feedparser_or_error(body, RSS))


def spooled(body: bytes) -> SpooledFile:
    """``body`` as the fetcher hands over a large one: in a temporary file, written in
    pieces as they arrived."""
    spool = SpooledFile()
    for start in range(0, len(body), 1000):
        spool.write(body[start : start + 1000])
    spool.finish()
    return spool


def read_or_error(body: Body, headers: dict[str, str]) -> RawFeed | str:
    try:
        return read_feed(body, headers, max_markup=50)
    except FeedParseError as exc:
        return f"FeedParseError: {exc}"


CASES = {
    **{f"fast {name}": case for name, case in FAST_CASES.items()},
    **{f"fallback {name}": case for name, case in FALLBACK_CASES.items()},
    **{f"fixture {p.name}": (p.read_bytes(), RSS) for p in FEED_FIXTURES},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_spooled_body_reads_exactly_as_the_same_bytes(case: str) -> None:
    """A large body reaches the reader as a file (sources.http.SpooledFile): both paths,
    the truncation check and every error read it as they read the bytes."""
    body, headers = CASES[case]
    spool = spooled(body)
    try:
        assert read_or_error(spool, headers) == read_or_error(body, headers)
        fast = read_fast(spool, headers)
        assert (fast.read_by if fast else None) == (
            "fast" if case.startswith(("fast", "fixture")) else None
        )
        assert truncation(spool) == truncation(body)
        # Read again from its start, as the feedparser fallback does after the fast path.
        assert spool.read() == body
    finally:
        spool.close()


def test_a_spooled_truncated_feed_fails_as_the_bytes_do() -> None:
    body = rss("".join(item(*PLAIN) for _ in range(3)))
    cut = body[: len(body) - 40]
    spool = spooled(cut)
    try:
        assert truncation(spool) == truncation(cut) is not None
        assert read_or_error(spool, RSS) == read_or_error(cut, RSS)
        assert str(read_or_error(spool, RSS)).startswith("FeedParseError: truncated feed")
    finally:
        spool.close()
