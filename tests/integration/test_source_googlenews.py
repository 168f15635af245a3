"""Google News search RSS from a local HTTP server, gzip-encoded as Google sends it,
through the fetcher and the aggregator path of the RSS kind."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from demandwatch.config import Source
from demandwatch.core.models import FetchResult, Item
from feeds import fetch_and_parse

pytestmark = pytest.mark.integration

FIXTURE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "googlenews" / "syria-security-council.xml"
)
NOW = datetime(2026, 8, 28, 12, 30, tzinfo=UTC)
PATH = "/rss/search"


def google_news(url: str) -> Source:
    return Source(
        id="google-news-syria-council",
        name="Google News — Syria at the Security Council",
        kind="rss",
        url=url,
        tier="aggregator",
        key="default",
        interval=timedelta(minutes=15),
        timeout=timedelta(seconds=5),
        expect_every=timedelta(days=2),
        max_bytes=5_000_000,
    )


def poll(source: Source) -> tuple[FetchResult, list[Item]]:
    return fetch_and_parse(source, now=NOW)


def test_search_feed_titles_outlets_and_text(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        gzip.compress(FIXTURE.read_bytes()),
        content_type="application/xml; charset=utf-8",
        headers={"Content-Encoding": "gzip"},
    )
    url = httpserver.url_for(PATH) + "?q=Syria+%22Security+Council%22&hl=en-US&gl=US&ceid=US:en"

    result, items = poll(google_news(url))

    assert result.status == "ok"
    assert [(i.title, i.outlet) for i in items][:2] == [
        ("Russia and China veto UN Security Council draft on Syria aid", "Fixture Wire"),
        ("Syria - UN envoy briefs Council on Idlib ceasefire", "Al Fixture English"),
    ]
    assert [i.outlet for i in items][2:] == ["Fixture Report", "Fixture Times", "Fixture Post"]
    assert items[0].text == ""
    assert "Russia's envoy signals opposition" in items[2].text
    assert all("<" not in i.text and "&nbsp;" not in i.text for i in items)


def test_a_consent_page_instead_of_the_feed_is_a_failure(httpserver: HTTPServer) -> None:
    # Google answers some clients with an HTML consent or "unusual traffic" page.
    httpserver.expect_request(PATH).respond_with_data(
        b"<!doctype html><html><head><title>Before you continue</title></head></html>",
        content_type="text/html; charset=utf-8",
    )
    result, _ = poll(google_news(httpserver.url_for(PATH)))
    assert (result.status, result.reason) == ("failed", "HTML page where a feed was expected")
