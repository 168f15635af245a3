"""Item keys, canonical URLs, trusted publication dates and timestamp parsing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from demandwatch.core.identity import (
    FUTURE_TOLERANCE,
    canonical_url,
    item_key,
    parse_timestamp,
    trusted_published,
    un_news_story_id,
    un_press_code,
)
from demandwatch.core.models import KeyRule

# ------------------------------------------------------------------------ UN press releases


@pytest.mark.parametrize(
    "link",
    [
        "https://press.un.org/en/2026/sc16444.doc.htm",
        "https://press.un.org/en/blog/sc16444",
        "https://press.un.org/en/blog/sc16444/",
        "https://press.un.org/en/2026/SC16444.DOC.HTM",
        "https://press.un.org/en/2026/sc16444.doc.htm?utm_source=rss&utm_medium=feed",
    ],
)
def test_un_press_same_meeting_same_key(link: str) -> None:
    key = item_key("un_press_symbol", guid=None, link=link, title="t", published=None)
    assert key == "press:sc16444"


def test_un_press_key_ignores_title_date_and_guid_noise() -> None:
    first = item_key(
        "un_press_symbol",
        guid="https://press.un.org/en/2026/sc16444.doc.htm",
        link="https://press.un.org/en/2026/sc16444.doc.htm",
        title="Security Council Fails to Adopt Draft Resolution",
        published="Thu, 27 Aug 2026 18:02:11 -0400",
    )
    second = item_key(
        "un_press_symbol",
        guid="node/245113",
        link="https://press.un.org/en/blog/sc16444",
        title="Security Council Fails to Adopt Draft Resolution on Syria (updated)",
        published="Fri, 28 Aug 2026 09:00:00 -0400",
    )
    assert first == second == "press:sc16444"


def test_un_press_code_from_guid_when_link_has_none() -> None:
    key = item_key(
        "un_press_symbol",
        guid="https://press.un.org/en/2026/sgsm22000.doc.htm",
        link="https://press.un.org/en/content/secretary-general/press-release",
        title="t",
        published=None,
    )
    assert key == "press:sgsm22000"


def test_un_press_code_kinds() -> None:
    assert un_press_code("https://press.un.org/en/2012/sc10536.doc.htm") == "sc10536"
    assert un_press_code("https://press.un.org/en/2022/ga12407.doc.htm") == "ga12407"
    assert un_press_code("https://press.un.org/en/2026/sgsm22000.doc.htm") == "sgsm22000"
    assert un_press_code("https://press.un.org/en/content/security-council") is None
    assert un_press_code("https://press.un.org/en/2026/sc16444.doc.htm/extra") is None


def test_un_press_without_code_falls_back_to_guid_then_url() -> None:
    link = "https://press.un.org/en/content/secretary-general?utm_campaign=x"
    assert (
        item_key("un_press_symbol", guid="abc-1", link=link, title="t", published=None)
        == "guid:abc-1"
    )
    assert (
        item_key("un_press_symbol", guid=None, link=link, title="t", published=None)
        == "url:https://press.un.org/en/content/secretary-general"
    )


# ------------------------------------------------------------------------ UN News


def test_un_news_story_id_from_link_survives_guid_format_change() -> None:
    old = item_key(
        "un_news_story_id",
        guid="https://news.un.org/en/story/2026/08/1165432",
        link="https://news.un.org/en/story/2026/08/1165432",
        title="Syria: Council fails to renew cross-border aid",
        published=None,
    )
    new = item_key(
        "un_news_story_id",
        guid="1165432 at https://news.un.org",
        link="https://news.un.org/en/story/2026/08/1165432?utm_source=UN+News&utm_medium=rss",
        title="Syria: Council fails to renew cross-border aid",
        published=None,
    )
    assert old == new == "story:1165432"


def test_un_news_story_id_from_guid_when_link_lacks_it() -> None:
    key = item_key(
        "un_news_story_id",
        guid="https://news.un.org/en/story/2026/08/1165432",
        link="https://news.un.org/en/audio/2026/08/1165000",
        title="t",
        published=None,
    )
    assert key == "story:1165432"


def test_un_news_story_id_forms() -> None:
    assert un_news_story_id("https://news.un.org/en/story/2012/02/402732") == "402732"
    assert un_news_story_id("https://news.un.org/story/1165432") == "1165432"
    assert un_news_story_id("https://news.un.org/en/node/12", "x/story/2026/08/1165999") == (
        "1165999"
    )
    assert un_news_story_id("https://news.un.org/en/node/12") is None


def test_un_news_without_story_id_uses_guid() -> None:
    key = item_key(
        "un_news_story_id",
        guid="https://news.un.org/en/node/123",
        link=None,
        title="t",
        published=None,
    )
    assert key == "guid:https://news.un.org/en/node/123"


# ------------------------------------------------------------------------ default rule


def test_default_prefers_guid_stripped() -> None:
    key = item_key(
        "default", guid="  tag:wib,2026:1234 ", link="https://x", title="t", published=""
    )
    assert key == "guid:tag:wib,2026:1234"


def test_default_without_guid_uses_canonical_url() -> None:
    key = item_key(
        "default",
        guid="  ",
        link="HTTPS://WWW.Example.COM:443/news/a?utm_source=x&b=2&fbclid=zz&a=1#comments",
        title="t",
        published=None,
    )
    assert key == "url:https://www.example.com/news/a?b=2&a=1"


def test_default_without_guid_or_link_hashes_title_and_date() -> None:
    def key(title: str, published: str | None) -> str:
        return item_key("default", guid=None, link=None, title=title, published=published)

    first = key("Council meets on Syria", "2026-08-28")
    assert first.startswith("hash:")
    assert first == key("Council meets on Syria", "2026-08-28")  # stable across runs
    assert first != key("Council meets on Syria", "2026-08-29")
    assert first != key("Council meets on Syrian aid", "2026-08-28")
    assert key("t", None) == item_key("default", guid="", link=" ", title="t", published="")


def test_site_rules_do_not_apply_under_the_default_rule() -> None:
    link = "https://press.un.org/en/2026/sc16444.doc.htm"
    key = item_key("default", guid=None, link=link, title="t", published=None)
    assert key == f"url:{link}"


# ------------------------------------------------------------------------ canonical URLs


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://example.com", "http://example.com/"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a#frag", "https://example.com/a"),
        (
            "https://example.com/a?utm_source=a&UTM_Medium=b&gclid=c&msclkid=d&mc_cid=e&x=1",
            "https://example.com/a?x=1",
        ),
        ("https://example.com/a?Ref=home&ref_src=twsrc&id=7", "https://example.com/a?id=7"),
        ("  https://example.com/a?q=syria+veto  ", "https://example.com/a?q=syria+veto"),
        ("https://example.com/Case/Sensitive", "https://example.com/Case/Sensitive"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


# ------------------------------------------------------------------------ publication dates

FETCHED = datetime(2026, 8, 28, 12, 0, tzinfo=UTC)


def test_missing_date_falls_back_to_fetch_time_untrusted() -> None:
    assert trusted_published(None, FETCHED) == (FETCHED, False)


def test_naive_date_is_utc() -> None:
    published, trusted = trusted_published(datetime(2026, 8, 28, 11, 0), FETCHED)
    assert trusted
    assert published == datetime(2026, 8, 28, 11, 0, tzinfo=UTC)
    assert published.utcoffset() == timedelta(0)


def test_offsets_are_converted_to_utc() -> None:
    beirut = timezone(timedelta(hours=3))
    new_york = timezone(timedelta(hours=-4))
    published, trusted = trusted_published(datetime(2026, 8, 28, 14, 0, tzinfo=beirut), FETCHED)
    assert (published, trusted) == (datetime(2026, 8, 28, 11, 0, tzinfo=UTC), True)
    assert published.tzinfo is UTC
    published, _ = trusted_published(datetime(2026, 8, 28, 7, 30, tzinfo=new_york), FETCHED)
    assert published == datetime(2026, 8, 28, 11, 30, tzinfo=UTC)
    assert published.tzinfo is UTC


def test_future_dates_are_distrusted() -> None:
    tomorrow = FETCHED + timedelta(days=1)
    assert trusted_published(tomorrow, FETCHED) == (FETCHED, False)
    # A wrong time zone label makes a fresh item look hours ahead: also distrusted.
    mislabelled = datetime(2026, 8, 28, 14, 0)  # really 14:00 in Damascus, stamped as UTC
    assert trusted_published(mislabelled, FETCHED) == (FETCHED, False)


def test_small_clock_skew_is_tolerated() -> None:
    slightly_ahead = FETCHED + FUTURE_TOLERANCE
    assert trusted_published(slightly_ahead, FETCHED) == (slightly_ahead, True)
    too_far = FETCHED + FUTURE_TOLERANCE + timedelta(seconds=1)
    assert trusted_published(too_far, FETCHED) == (FETCHED, False)


# ------------------------------------------------------------------------ timestamps


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20260828T121500Z", datetime(2026, 8, 28, 12, 15, tzinfo=UTC)),
        (" 20260828T121500Z\n", datetime(2026, 8, 28, 12, 15, tzinfo=UTC)),
        ("2026-08-28T12:15:00Z", datetime(2026, 8, 28, 12, 15, tzinfo=UTC)),
        ("2026-08-28T14:15:00+02:00", datetime(2026, 8, 28, 12, 15, tzinfo=UTC)),
        ("2026-08-28T08:15:00-04:00", datetime(2026, 8, 28, 12, 15, tzinfo=UTC)),
        ("2026-08-28T12:15:00", datetime(2026, 8, 28, 12, 15, tzinfo=UTC)),
        ("2026-08-28T12:15:00.250Z", datetime(2026, 8, 28, 12, 15, 0, 250000, tzinfo=UTC)),
        ("2026-08-28", datetime(2026, 8, 28, tzinfo=UTC)),
    ],
)
def test_parse_timestamp(value: str, expected: datetime) -> None:
    parsed = parse_timestamp(value)
    assert parsed == expected
    assert parsed is not None
    assert parsed.tzinfo is UTC


@pytest.mark.parametrize(
    "value",
    [
        "",
        "yesterday",
        "Fri, 28 Aug 2026 12:15:00 GMT",  # RFC 822 is feedparser's job, not this function's
        "20261328T121500Z",  # GDELT shape, impossible month
        "20260231T121500Z",  # GDELT shape, impossible day
        "2026-13-01T00:00:00Z",
    ],
)
def test_unparseable_timestamp_is_none(value: str) -> None:
    assert parse_timestamp(value) is None


@pytest.mark.parametrize(
    "link",
    ["http://example.com:abc/story", "https://example.com:99999/story", "http://[bad/story"],
)
def test_malformed_links_still_give_a_key(link: str) -> None:
    # Feed text is untrusted: one broken link must not crash the parse of a whole feed.
    assert canonical_url(link) == link
    rules: tuple[KeyRule, ...] = ("default", "un_press_symbol", "un_news_story_id")
    for rule in rules:
        key = item_key(rule, guid=None, link=f"  {link} ", title="t", published=None)
        assert key == f"url:{link}"
    assert un_press_code(link) is None
