"""GDELT DOC 2.0 from a local HTTP server: the artlist request and answer, "{}" as no news
but an empty body as a failure, the plain-text 429, and the fetcher's per-host spacing
measured on the server's clock."""

from __future__ import annotations

import asyncio
import itertools
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from demandwatch.config import Source
from demandwatch.core.models import FetchResult, Item, SourceState
from demandwatch.sources.http import HttpFetcher, RequestSpec, host_of
from feeds import fetch_and_parse

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gdelt"
NOW = datetime(2026, 8, 28, 12, 30, tzinfo=UTC)
PATH = "/api/v2/doc/doc"


def gdelt_source(url: str) -> Source:
    return Source(
        id="gdelt-syria-council",
        name="GDELT — Syria at the Security Council",
        kind="gdelt",
        url=url,
        tier="aggregator",
        key="default",
        interval=timedelta(minutes=15),
        timeout=timedelta(seconds=5),
        expect_every=timedelta(days=2),
        max_bytes=5_000_000,
        query='Syria "Security Council"',
    )


def poll(source: Source) -> tuple[FetchResult, list[Item]]:
    return fetch_and_parse(source, now=NOW)


def test_the_artlist_is_requested_and_parsed(httpserver: HTTPServer) -> None:
    seen: list[Request] = []

    def artlist(request: Request) -> Response:
        seen.append(request)
        body = (FIXTURES / "syria-council-artlist.json").read_bytes()
        return Response(body, content_type="application/json; charset=utf-8")

    httpserver.expect_request(PATH).respond_with_handler(artlist)

    result, items = poll(gdelt_source(httpserver.url_for(PATH)))

    assert result.status == "ok"
    (request,) = seen
    assert request.args.to_dict() == {
        "query": 'Syria "Security Council"',
        "mode": "artlist",
        "format": "json",
        "maxrecords": "50",
        "sort": "datedesc",
    }
    assert [i.outlet for i in items] == [
        "fixture-wire.example",
        "fixture-journal.example",
        "fixture-gazette.example",
        "fixture-daily.example",
    ]
    assert items[0].published == datetime(2026, 8, 28, 12, 15, tzinfo=UTC)


def test_an_empty_object_is_a_successful_poll_with_no_articles(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        (FIXTURES / "empty-result.json").read_bytes(), content_type="application/json"
    )
    result, items = poll(gdelt_source(httpserver.url_for(PATH)))
    assert (result.status, items) == ("ok", [])


def test_an_empty_body_is_a_failure(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_data(b"", content_type="application/json")
    result, _ = poll(gdelt_source(httpserver.url_for(PATH)))
    assert (result.status, result.reason) == ("failed", "empty 200 response")


def test_a_plain_text_error_with_200_is_a_failure(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        b"Your search contained a keyword that was too short.", content_type="text/plain"
    )
    result, _ = poll(gdelt_source(httpserver.url_for(PATH)))
    assert (result.status, result.reason) == ("failed", "non-JSON body where JSON was expected")


def test_the_plain_text_429_is_a_failure_with_gdelts_delay(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        (FIXTURES / "rate-limited.txt").read_bytes(), status=429, content_type="text/plain"
    )
    result, items = poll(gdelt_source(httpserver.url_for(PATH)))
    assert (result.status, result.http_status, items) == ("failed", 429, [])
    assert result.retry_after == 5.0
    assert result.reason == (
        "rate limited (HTTP 429, retry after 5s): GDELT allows one request every 5 seconds"
    )


def test_a_429_retry_after_header_is_kept(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        (FIXTURES / "rate-limited.txt").read_bytes(),
        status=429,
        content_type="text/plain",
        headers={"Retry-After": "30"},
    )
    result, _ = poll(gdelt_source(httpserver.url_for(PATH)))
    assert (result.status, result.retry_after) == ("failed", 30.0)
    assert result.reason is not None
    assert result.reason.startswith("rate limited (HTTP 429, retry after 30s)")


def test_requests_to_a_spaced_host_are_spaced_and_others_are_not(httpserver: HTTPServer) -> None:
    # Wide enough that a loaded machine's scheduling jitter (tens of ms) cannot pass for spacing
    # or hide it; the margin below is the jitter allowed.
    interval = 1.0
    margin = 0.15
    arrivals: list[tuple[str, float]] = []

    def record(request: Request) -> Response:
        arrivals.append((request.host, time.monotonic()))
        return Response(b'{"articles": []}', content_type="application/json")

    httpserver.expect_request(PATH).respond_with_handler(record)
    spaced_url = f"http://127.0.0.1:{httpserver.port}{PATH}?query=syria"
    # The same server under another name is another host to the fetcher: not spaced.
    other_url = f"http://localhost:{httpserver.port}{PATH}?query=syria"
    spaced = host_of(spaced_url)

    async def go() -> float:
        fetcher = HttpFetcher(user_agent="demandwatch-test", min_interval={spaced: interval})
        started = time.monotonic()
        try:
            results = await asyncio.gather(
                *(
                    fetcher.fetch(
                        RequestSpec(url, expect="json", conditional=False),
                        SourceState("s"),
                        timeout=5,
                        max_bytes=10_000,
                    )
                    for url in (spaced_url, spaced_url, spaced_url, other_url)
                )
            )
        finally:
            await fetcher.aclose()
        assert [r.status for r in results] == ["ok"] * 4
        return started

    started = asyncio.run(go())

    spaced_times = sorted(t for host, t in arrivals if host == spaced)
    other_times = [t for host, t in arrivals if host != spaced]
    assert len(spaced_times) == 3
    assert len(other_times) == 1
    gaps = [b - a for a, b in itertools.pairwise(spaced_times)]
    # Stamped as each request arrives: connection and scheduling jitter either way.
    assert all(gap >= interval - margin for gap in gaps), gaps
    assert spaced_times[-1] - started >= 2 * interval - margin
    assert other_times[0] - started < interval - margin
