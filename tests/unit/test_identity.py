"""Item keys, canonical URLs, trusted publication dates and timestamp parsing."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urlsplit

import pytest

from demandwatch.core import identity
from demandwatch.core.identity import (
    FUTURE_TOLERANCE,
    LEDE_WORDS,
    _document_url,
    _route,
    canonical_url,
    document_key,
    document_url,
    fingerprint,
    legacy_key,
    parse_timestamp,
    polled_feed,
    relisting_key,
    resolved_link,
    shown_url,
    trusted_published,
    un_news_story_id,
    un_press_code,
)
from demandwatch.core.text import tokens


def key(
    link: str | None,
    guid: str | None = None,
    *,
    title: str = "t",
    source: str = "src",
    published: str | None = None,
    outlet: str | None = None,
    by_outlet: bool = False,
) -> str:
    return document_key(
        source_id=source,
        guid=guid,
        link=link,
        title=title,
        published=published,
        outlet=outlet,
        by_outlet=by_outlet,
    )


# ------------------------------------------------------------------------ UN press releases


@pytest.mark.parametrize(
    "link",
    [
        "https://press.un.org/en/2026/sc16444.doc.htm",
        "https://press.un.org/en/2026/SC16444.DOC.HTM",
        "https://press.un.org/en/2026/sc16444.doc.htm?utm_source=rss&utm_medium=feed",
        "https://www.un.org/press/en/2026/sc16444.doc.htm",
    ],
)
def test_un_press_release_is_keyed_on_its_code_and_kind(link: str) -> None:
    assert key(link) == "press:sc16444:release"


@pytest.mark.parametrize(
    "link", ["https://press.un.org/en/blog/sc16444", "https://press.un.org/en/blog/sc16444/"]
)
def test_the_live_blog_of_a_meeting_is_another_document_than_its_release(link: str) -> None:
    assert key(link) == "press:sc16444:blog"
    assert key(link) != key("https://press.un.org/en/2026/sc16444.doc.htm")


def test_un_press_key_ignores_title_date_and_guid_noise() -> None:
    first = key(
        "https://press.un.org/en/2026/sc16444.doc.htm",
        "https://press.un.org/en/2026/sc16444.doc.htm",
        title="Security Council Fails to Adopt Draft Resolution",
        published="Thu, 27 Aug 2026 18:02:11 -0400",
    )
    second = key(
        "https://press.un.org/en/2026/sc16444.doc.htm?utm_campaign=x",
        "node/245113",
        title="Security Council Fails to Adopt Draft Resolution on Syria (updated)",
        published="Fri, 28 Aug 2026 09:00:00 -0400",
        source="other-source",
    )
    assert first == second == "press:sc16444:release"


def test_un_press_code_from_guid_when_link_has_none() -> None:
    assert (
        key(
            "https://press.un.org/en/content/secretary-general/press-release",
            "https://press.un.org/en/2026/sgsm22000.doc.htm",
        )
        == "press:sgsm22000:release"
    )


def test_un_press_code_kinds() -> None:
    assert un_press_code("https://press.un.org/en/2012/sc10536.doc.htm") == "sc10536"
    assert un_press_code("https://press.un.org/en/2022/ga12407.doc.htm") == "ga12407"
    assert un_press_code("https://press.un.org/en/2026/sgsm22000.doc.htm") == "sgsm22000"
    # Prefixes beyond sc/ga/sgsm exist: daily briefings, GA economic committee, deputy SG.
    assert un_press_code("https://press.un.org/en/2026/db260901.doc.htm") == "db260901"
    assert un_press_code("https://press.un.org/en/2026/gaef3600.doc.htm") == "gaef3600"
    assert un_press_code("https://press.un.org/en/2026/dsgsm2000.doc.htm") == "dsgsm2000"
    assert un_press_code("https://press.un.org/en/content/security-council") is None
    assert un_press_code("https://press.un.org/en/2026/sc16444.doc.htm/extra") is None
    # Only UN hosts: another site's /2026/ab1234.doc.htm is just a URL.
    assert un_press_code("https://example.com/en/2026/sc16444.doc.htm") is None


def test_un_press_without_code_falls_back_to_the_document_url() -> None:
    link = "https://press.un.org/en/content/secretary-general?utm_campaign=x"
    assert key(link, "abc-1") == "url:press.un.org/en/content/secretary-general"


# ------------------------------------------------------------------------ UN News


def test_un_news_story_id_survives_guid_format_change_and_feed() -> None:
    old = key(
        "https://news.un.org/en/story/2026/08/1165432",
        "https://news.un.org/en/story/2026/08/1165432",
        source="un-news-all",
    )
    new = key(
        "https://news.un.org/feed/view/en/story/2026/08/1165432?utm_source=UN+News",
        "1165432 at https://news.un.org",
        source="un-news-middle-east",
    )
    assert old == new == "unnews:1165432"


def test_un_news_story_id_from_guid_when_link_is_a_redirect_without_it() -> None:
    assert (
        key("https://news.un.org/feed/view/x/123", "https://news.un.org/en/story/2026/08/1165432")
        == "unnews:1165432"
    )


def test_un_news_story_id_forms() -> None:
    assert un_news_story_id("https://news.un.org/en/story/2012/02/402732") == "402732"
    assert un_news_story_id("https://news.un.org/story/1165432") == "1165432"
    assert un_news_story_id(
        "https://news.un.org/en/node/12", "news.un.org/story/2026/08/1165999"
    ) == ("1165999")
    assert un_news_story_id("https://news.un.org/en/node/12") is None
    assert un_news_story_id("https://example.com/story/2026/08/1165432") is None


# ------------------------------------------------------------------------ everything else


def test_the_link_names_the_document_so_a_churned_guid_changes_nothing() -> None:
    link = "https://www.example.org/news/2026/09/syria-vote"
    assert key(link, "tag:feed,2026:1") == key(link, "tag:feed,2026:2")
    assert key(link, "x") == "url:example.org/news/2026/09/syria-vote"


@pytest.mark.parametrize(
    "variant",
    [
        "http://www.example.org/news/syria-vote",
        "https://example.org/news/syria-vote/",
        "https://m.example.org/news/syria-vote",
        "https://amp.example.org/news/syria-vote",
        "https://www.example.org/news/syria-vote/amp",
        "https://www.example.org/news/syria-vote?outputType=amp",
        "https://www.example.org/news/syria-vote?amp=1&utm_source=twitter&fbclid=x",
        "https://www-example-org.cdn.ampproject.org/c/s/www.example.org/news/syria-vote",
        "https://www.example.org/news/syria-vote#comments",
    ],
)
def test_amp_mobile_and_tracking_variants_are_one_document(variant: str) -> None:
    assert key(variant) == "url:example.org/news/syria-vote"


@pytest.mark.parametrize(
    "variant",
    [
        # Probe s15 Q9: the parameters news sites' feeds and share buttons add.
        "https://www.example.org/news/syria-vote?at_medium=RSS&at_campaign=KARANGA",
        "https://www.example.org/news/syria-vote?xtor=RSS-3208&at_custom1=link",
        "https://www.example.org/news/syria-vote?cmpid=rss",
        "https://www.example.org/news/syria-vote?CMP=share_btn_tw",
        "https://www.example.org/news/syria-vote?smid=tw-share&smtyp=cur",
        "https://www.example.org/news/syria-vote?taid=65a1b2c3d4e5f6a7b8c9d0e1",
        "https://www.example.org/news/syria-vote?ns_mchannel=rss&ns_source=PublicRSS20-sa",
        "https://www.example.org/news/syria-vote?ocid=msedgntp&icid=topnav",
        "https://www.example.org/news/syria-vote?mkt_tok=abc&_hsenc=p2&_hsmi=9&WT.mc_id=x",
        "https://www.example.org/amp/news/syria-vote",
        "https://www.example.org/news/syria-vote.amp",
    ],
)
def test_news_sites_tracking_and_amp_forms_are_one_document(variant: str) -> None:
    assert key(variant) == "url:example.org/news/syria-vote"


def test_a_parameter_that_names_the_document_somewhere_is_kept() -> None:
    """``s`` is a share source on X (``?s=20``), but a search, a page or an article id on
    other sites: two of those are two documents. Only X's own links drop it."""
    assert key("https://x.com/UN/status/1865432?s=20") == key("https://x.com/UN/status/1865432")
    assert key("https://twitter.com/UN/status/1865432?s=09&t=AbC") == (
        "url:twitter.com/UN/status/1865432"
    )
    assert key("https://example.org/?s=101") != key("https://example.org/?s=102")
    assert key("https://example.org/news?id=7&s=2") != key("https://example.org/news?id=7&s=3")
    # An article whose slug is, or ends in, the letters amp is not its AMP form.
    assert key("https://example.org/news/camp") != key("https://example.org/news/c")
    assert key("https://example.org/topics/lamp.amp") == "url:example.org/topics/lamp"


def test_amp_html_suffix_and_query_order() -> None:
    assert key("https://example.org/a/story.amp.html") == "url:example.org/a/story.html"
    assert key("https://example.org/a?id=7&b=2") == key("https://example.org/a?b=2&id=7")


def test_a_front_page_link_names_no_document_and_the_guid_is_used() -> None:
    assert key("https://example.org/", " item-7 ", source="wib") == "guid:wib:item-7"
    # A guid means something only in its own feed.
    assert key(None, "item-7", source="a") != key(None, "item-7", source="b")


def test_without_guid_or_link_a_hash_of_title_and_date() -> None:
    first = key(None, title="Council meets on Syria", published="2026-08-28")
    assert first.startswith("hash:src:")
    assert first == key(None, title="Council meets on Syria", published="2026-08-28")
    assert first != key(None, title="Council meets on Syria", published="2026-08-29")
    assert first != key(None, title="Council meets on Syrian aid", published="2026-08-28")
    assert key(None, "", title="t") == key(" ", None, title="t", published="")


WIRE_TIME = datetime(2026, 12, 30, 12, 31, 17, tzinfo=UTC)


def test_a_relisting_key_is_the_sources_version_of_its_time_whatever_its_link() -> None:
    """Probe s21 U3: a wire re-slugs its story (new link, new guid or both): the document key
    is new; the relisting key, made of neither, is the same."""
    version = fingerprint("Russia blocks U.N. Council statement", "Russia on Tuesday blocked ...")
    same = relisting_key("wire", version, WIRE_TIME, has_text=True)
    assert same is not None
    assert same.startswith("relisted:wire:")
    # The same moment from a feed that writes it in its own zone.
    beirut = WIRE_TIME.astimezone(timezone(timedelta(hours=2)))
    assert relisting_key("wire", version, beirut, has_text=True) == same
    # Another source, another version (a new fact), another time: another key.
    assert relisting_key("ngo", version, WIRE_TIME, has_text=True) != same
    other = fingerprint("Russia blocks U.N. Council statement", "Russia on Tuesday blocked, 21")
    assert relisting_key("wire", other, WIRE_TIME, has_text=True) != same
    later = WIRE_TIME + timedelta(minutes=30)
    assert relisting_key("wire", version, later, has_text=True) != same


def test_no_relisting_key_without_a_text_or_a_time_of_the_sources_own() -> None:
    version = fingerprint("Security Council press statement on Syria", "")
    # A title alone: two press statements of one title would be one document.
    assert relisting_key("un-press", version, WIRE_TIME, has_text=False) is None
    # No time (the fetch time stands in, another at every poll), or a bare day.
    assert relisting_key("un-press", version, None, has_text=True) is None
    midnight = datetime(2026, 12, 30, tzinfo=UTC)
    assert relisting_key("un-press", version, midnight, has_text=True) is None


def test_aggregators_name_a_document_by_outlet_and_title() -> None:
    one = key(
        "https://news.google.com/rss/articles/CBMiAAA?oc=5",
        "CBMiAAA",
        title="Russia and China veto Syria text",
        outlet="The Daily Ledger",
        by_outlet=True,
    )
    two = key(
        "https://news.google.com/rss/articles/CBMiBBB?oc=5",
        "CBMiBBB",
        title="Russia and China  veto Syria text",
        outlet="the daily ledger",
        by_outlet=True,
    )
    assert one == two == "title:the daily ledger|russia and china veto syria text"
    other_outlet = key(
        "https://news.google.com/rss/articles/CBMiCCC",
        title="Russia and China veto Syria text",
        outlet="Harbour Times",
        by_outlet=True,
    )
    assert other_outlet != one
    # Without an outlet, the link is all there is.
    assert key("https://news.google.com/rss/articles/CBMiCCC", by_outlet=True).startswith("url:")


# ------------------------------------------------------------------------ material change


def test_fingerprint_ignores_case_accents_punctuation_and_markup_noise() -> None:
    base = fingerprint("Security Council to vote on Syria", "Members are expected to vote.")
    assert base == fingerprint(
        "SECURITY COUNCIL TO VOTE ON SYRIA ", "Members  are expected to vote"
    )
    assert base == fingerprint(
        "Security Council – to vote on Syria!", "Members are expected, to vote"
    )


def test_fingerprint_changes_with_the_title_or_the_lede_not_the_tail() -> None:
    lede = " ".join(f"word{n}" for n in range(LEDE_WORDS))
    base = fingerprint("Security Council to vote on Syria", lede)
    assert base != fingerprint("Security Council fails to adopt draft on Syria", lede)
    assert base != fingerprint("Security Council to vote on Syria", "Changed opening. " + lede)
    assert base == fingerprint("Security Council to vote on Syria", lede + " a later paragraph")


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
    assert key(f"  {link} ") == f"url:{link}"
    assert un_press_code(link) is None


def test_a_un_news_redirect_is_shown_by_its_canonical_story_url() -> None:
    # PROBE s13 P21: alerts and drafts cited the /feed/view/ redirect.
    story = "https://news.un.org/en/story/2026/09/1168001"
    assert shown_url("https://news.un.org/feed/view/en/story/2026/09/1168001", story) == story
    assert shown_url("https://news.un.org/feed/view/x/1168001", f" {story}\n") == story
    # Anything else keeps its link: another story, a guid that is not a UN News story
    # URL, a guid on another host, a link that is no redirect.
    other = "https://news.un.org/feed/view/en/story/2026/09/1168002"
    assert shown_url(other, story) == other
    redirect = "https://news.un.org/feed/view/en/story/2026/09/1168001"
    assert shown_url(redirect, "1168001 at https://news.un.org") == redirect
    assert shown_url(redirect, "https://evil.example/en/story/2026/09/1168001") == redirect
    assert shown_url(redirect, "http://news.un.org.evil.example/en/story/1168001") == redirect
    assert shown_url(redirect, None) == redirect
    assert shown_url("https://press.un.org/en/2026/sc16444.doc.htm", story) == (
        "https://press.un.org/en/2026/sc16444.doc.htm"
    )


def test_a_single_page_site_s_route_names_the_document() -> None:
    """Review s15 LOW-9: documents.un.org names each document in a "#/" route; dropped
    with the fragment, every such link was one page (or none)."""
    first = "https://documents.un.org/#/doc?symbol=S/2026/2301"
    second = "https://documents.un.org/#/doc?symbol=S/2026/2302"
    assert document_url(first) != document_url(second)
    assert document_url(first) == "documents.un.org#/doc?symbol=S/2026/2301"
    assert canonical_url(first) == first
    assert canonical_url("https://e.org/a?utm_source=x#section-2") == "https://e.org/a"
    assert document_url("https://www.e.org/a#comments") == "e.org/a"


@pytest.mark.parametrize(
    ("link", "older"),
    [
        # Probe s16 R14: what the release before s15 Q9 kept in the key.
        (
            "https://www.bbc.example/news/world-70000001?at_medium=RSS&at_campaign=KARANGA",
            "url:bbc.example/news/world-70000001?at_campaign=KARANGA&at_medium=RSS",
        ),
        (
            "https://www.gov.example/news/uk-syria?CMP=share_btn_tw",
            "url:gov.example/news/uk-syria?CMP=share_btn_tw",
        ),
        (
            "https://www.lemonde.example/a/syrie_1.html?xtor=RSS-3208",
            "url:lemonde.example/a/syrie_1.html?xtor=RSS-3208",
        ),
        ("https://x.com/unnews/status/1?s=20&t=Ab", "url:x.com/unnews/status/1?s=20&t=Ab"),
        ("https://www.example.org/news/a.amp", "url:example.org/news/a.amp"),
        ("https://www.example.org/amp/news/a?id=4&utm_source=x", "url:example.org/amp/news/a?id=4"),
        # The same key then as now: nothing to look up.
        ("https://www.example.org/news/a?utm_source=rss&fbclid=1", None),
        ("https://www.example.org/news/a?id=4", None),
        # A route: that release made every such link of the site one key.
        ("https://documents.example.org/#/doc?symbol=S/2026/1&at_medium=x", None),
    ],
)
def test_the_key_the_release_before_q9_gave_a_link(link: str, older: str | None) -> None:
    current = key(link)
    assert legacy_key(current, link) == older
    assert older != current


@pytest.mark.parametrize(
    "link",
    [
        "https://www.example.org/news/a",
        "https://m.example.org/news/a/",
        "https://amp.example.org/news/a",
        "https://www.example.org/amp/news/a",
        "https://www.example.org/news/a.amp.html",
        "https://www.example.org/news/a.AMP.html",
        "https://example-org.cdn.ampproject.org/c/s/example.org/news/a",
        "https://www.example.org:8443/news/a#top",
        "https://documents.example.org/#/doc",
        "https://www.example.org/news/a?CMP=share",
        "https://www.example.org/news/a?id=4",
        "http://[broken/news/a",
        "https://www.example.org/campaigns/champion-of-the-camp",
        "https://www.example.org/news/a.amp",
        "https://www.example.org/news/amp/",
        "https://www.example.org/amp",
        "https://www.example.org/amp/",
        "https://www.example.org/AMP/news/a",
        "https://www.example.org/news/a.amp.htm#/route",
    ],
)
def test_the_legacy_key_is_what_comparing_both_rules_gives(link: str) -> None:
    """legacy_key skips parsing a link that has neither a query nor an AMP path (".amp",
    "/amp": the only places the rules differ): the answer is the one comparing both rules'
    keys gives."""
    current = key(link)
    older = _document_url(link, older=True)
    routed = bool(_route(urlsplit(link.strip()).fragment)) if "[" not in link else False
    compared = (
        None
        if not current.startswith("url:")
        or _document_url(link) != current[4:]
        or routed
        or older is None
        or older == current[4:]
        else f"url:{older}"
    )
    assert legacy_key(current, link) == compared


@pytest.mark.parametrize(
    "link",
    [
        "https://news.example.org/story/64-5965",
        "https://www.example.org/campaigns/champion-of-the-camp#top",
        "https://www.example.org/news/2026/damp-camps-in-idlib",
    ],
)
def test_a_link_without_a_query_or_an_amp_path_is_not_parsed_again(
    link: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every new entry of a poll asks for its legacy key: one whose link has no query and
    no AMP path gets the same key from both rules, told without parsing the link (the
    "amp" of "example" made every such entry parse it twice)."""
    current = key(link)
    parses: list[str] = []

    def parse(url: str, *, older: bool = False) -> str | None:
        parses.append(url)
        return _document_url(url, older=older)

    monkeypatch.setattr(identity, "_document_url", parse)
    assert legacy_key(current, link) is None
    assert parses == []


def test_a_key_not_made_from_the_link_has_no_legacy_key() -> None:
    link = "https://press.un.org/en/2026/sc16444.doc.htm?at_medium=RSS"
    assert legacy_key(key(link), link) is None  # press:sc16444:release
    assert legacy_key("guid:src:urn:1", "https://example.org/a?CMP=x") is None
    assert legacy_key("url:example.org/b", "https://example.org/a?CMP=x") is None


def test_a_feed_is_the_same_whatever_its_url_spelling_and_not_another_search() -> None:
    """Probe s16 R9: what a source polls, for finding a renamed source's state."""
    feed = polled_feed("rss", "https://press.un.org/en/rss.xml")
    assert polled_feed("rss", "HTTPS://Press.UN.org:443/en/rss.xml?utm_source=x#top") == feed
    assert polled_feed("rss", "https://press.un.org/en/rss.xml?a=1&b=2") == polled_feed(
        "rss", "https://press.un.org/en/rss.xml?b=2&a=1"
    )
    gdelt = "https://api.gdeltproject.org/api/v2/doc/doc"
    assert polled_feed("gdelt", gdelt, "syria veto") != polled_feed("gdelt", gdelt, "syria aid")
    assert polled_feed("gdelt", gdelt, "syria veto", "syr") == polled_feed(
        "gdelt", gdelt, "syria veto", "SYR"
    )
    assert polled_feed("undl", "https://press.un.org/en/rss.xml") != feed


@pytest.mark.parametrize(
    ("link", "feed_url", "expected"),
    [
        ("../news/x", "https://ngo.example/en/feeds/atom.xml", "https://ngo.example/en/news/x"),
        ("/news/x", "https://ngo.example/en/feed?lang=en", "https://ngo.example/news/x"),
        ("//cdn.example/a", "https://ngo.example/feed", "https://cdn.example/a"),
        (" news/x ", "http://127.0.0.1:8080/f/rss.xml", "http://127.0.0.1:8080/f/news/x"),
        # The feed's own user and password are not lent to the link shown in Slack.
        ("/news/x", "https://reader:s3cret@ngo.example/feed", "https://ngo.example/news/x"),
        # Nor its query (review s19 V11): a link that is only a fragment of the feed, or
        # the feed itself, names no page of the item's own and is no link at all.
        ("#top", "https://u:pw@feeds.example/en/rss.xml?apikey=S3CRET", ""),
        ("?", "https://feeds.example/en/rss.xml?apikey=S3CRET", ""),
        ("rss.xml#item-4", "https://feeds.example/en/rss.xml?apikey=S3CRET", ""),
        (
            "?page=2",
            "https://feeds.example/en/rss.xml?apikey=S3CRET",
            "https://feeds.example/en/rss.xml?page=2",
        ),
        (
            "news/x#p2",
            "https://feeds.example/en/rss.xml?apikey=S3CRET",
            "https://feeds.example/en/news/x#p2",
        ),
        # Nor what a link repeats of the feed's key or password (review s20 V7: a feed that
        # writes its links from the address it was read at): the parameter goes, or the
        # whole link where the key stands elsewhere in it; settings ("lang=en") stay.
        (
            "https://feeds.example/en/news/x?apikey=S3CRET-K3Y&lang=en",
            "https://feeds.example/en/rss.xml?apikey=S3CRET-K3Y&lang=en",
            "https://feeds.example/en/news/x?lang=en",
        ),
        (
            "?apikey=S3CRET-K3Y&id=4",
            "https://feeds.example/en/rss.xml?apikey=S3CRET-K3Y",
            "https://feeds.example/en/rss.xml?id=4",
        ),
        (
            "https://feeds.example/en/rss.xml?apikey=S3CRET-K3Y#item-4",
            "https://feeds.example/en/rss.xml?apikey=S3CRET-K3Y",
            "",
        ),
        ("https://ngo.example/S3CRET-K3Y/x", "https://ngo.example/rss?key=S3CRET-K3Y", ""),
        (
            "https://ngo.example/x?k=S3CRET%2DK3Y",
            "https://ngo.example/rss?key=S3CRET-K3Y",
            "https://ngo.example/x",
        ),
        (
            "https://reader:pa55word@ngo.example/x",
            "https://reader:pa55word@ngo.example/feed",
            "https://ngo.example/x",
        ),
        # ... but not the feed's search words or settings, which its items' links repeat
        (
            "https://ngo.example/syria-conflict/a-report",
            "https://ngo.example/rss?topic=syria-conflict&lang=en",
            "https://ngo.example/syria-conflict/a-report",
        ),
        # A link with a scheme, or none, is as the feed wrote it.
        ("https://press.un.org/en/2026/sc1.doc.htm", "https://x.example/f", None),
        ("javascript:alert(1)", "https://x.example/f", None),
        ("", "https://x.example/f", ""),
        ("/news/x", None, None),
    ],
)
def test_a_relative_link_is_made_absolute_by_the_feed_s_address(
    link: str, feed_url: str | None, expected: str | None
) -> None:
    assert resolved_link(link, feed_url) == (link.strip() if expected is None else expected)


_RELEASE_OPENING = (
    "The Security Council today failed to adopt a draft resolution that would have extended "
    "for twelve months the authorization for United Nations humanitarian agencies to use the "
    "Bab al-Hawa crossing on the border between Türkiye and the Syrian Arab Republic, as "
    "members remained divided over the duration of the mechanism. "
)


def test_fingerprint_changes_with_a_vote_corrected_past_the_lede() -> None:
    """Probe s20 T5: a UN release tells its tally past its first fifty words, where its
    corrections land; a corrected tally or vetoer is a new version, a later paragraph
    without a vote is not."""
    title = "Security Council fails to renew Syria cross-border aid mechanism"
    vote = "Draft S/2026/1101 received 13 votes in favour to 1 against (Russian Federation)"
    base = fingerprint(title, f"{_RELEASE_OPENING}{vote}, with 1 abstention (China).")
    corrected = f"{_RELEASE_OPENING}{vote.replace('13', '12')}, with 2 abstentions."
    assert base != fingerprint(title, corrected)
    vetoer = f"{_RELEASE_OPENING}{vote.replace('Russian Federation', 'China')}, with 1 abstention."
    assert base != fingerprint(title, vetoer)
    abstaining = f"{_RELEASE_OPENING}{vote}, with 1 abstention (Pakistan)."
    assert base != fingerprint(title, abstaining)
    # Reworded spacing and case in the vote, or a later paragraph without one: the same.
    assert base == fingerprint(
        title, f"{_RELEASE_OPENING}{vote.upper()},  with 1 abstention (China).\n"
    )
    assert base == fingerprint(
        title, f"{_RELEASE_OPENING}{vote}, with 1 abstention (China). Speakers then spoke."
    )
    # A document with no vote past its lede keeps the fingerprint it had before votes
    # counted (the store holds that one): title and first fifty words.
    plain = _RELEASE_OPENING + "Speakers regretted the outcome and called for unity."
    lede = " ".join(tokens(plain)[:50])
    assert (
        fingerprint(title, plain)
        == hashlib.sha256(f"{' '.join(tokens(title))}\x1f{lede}".encode()).hexdigest()[:16]
    )
