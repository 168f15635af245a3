"""UN Digital Library voting records polled from a local HTTP server through the real
fetcher and the kind dispatch: the MARCXML search, and the firewall's empty 202."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from demandwatch.config import Source
from demandwatch.core.models import FetchResult, Item, SourceState
from feeds import fetch_and_parse

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "undl"
NOW = datetime(2026, 8, 28, 12, 0, tzinfo=UTC)


def undl_source(url: str) -> Source:
    return Source(
        id="undl-sc-syria-votes",
        name="UN Digital Library — Security Council votes on Syria",
        kind="undl",
        url=url,
        tier="official",
        key="default",
        interval=timedelta(hours=2),
        timeout=timedelta(seconds=5),
        expect_every=timedelta(days=120),
        max_bytes=5_000_000,
        query="syria",
    )


def poll(source: Source, state: SourceState | None = None) -> tuple[FetchResult, list[Item]]:
    return fetch_and_parse(source, now=NOW, state=state)


def test_voting_records_are_fetched_as_marcxml_and_parsed(httpserver: HTTPServer) -> None:
    seen: list[Request] = []

    def search(request: Request) -> Response:
        seen.append(request)
        return Response(
            (FIXTURES / "sc-syria-votes.xml").read_bytes(),
            content_type="application/marcxml+xml; charset=utf-8",
            headers={"ETag": '"undl-1"'},
        )

    httpserver.expect_request("/search").respond_with_handler(search)
    source = undl_source(httpserver.url_for("/search?ln=en&cc=Voting+Data&fct__2=Security+Council"))

    result, items = poll(source)

    assert result.status == "ok"
    (request,) = seen
    assert request.args["of"] == "xm"
    assert request.args["p"] == "syria"
    assert request.args["fct__2"] == "Security Council"
    assert "xml" in request.headers["Accept"]
    assert [i.symbols[0] for i in items] == ["S/RES/2642 (2022)", "S/RES/2118 (2013)"]
    vote = items[0].vote
    assert vote is not None
    assert vote.summary() == (
        "12 in favour, 0 against, 3 abstentions (France, United Kingdom, United States)"
    )


def test_an_unchanged_search_is_not_modified(httpserver: HTTPServer) -> None:
    def search(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"undl-1"':
            return Response(status=304)
        body = (FIXTURES / "sc-syria-votes.xml").read_bytes()
        return Response(body, content_type="text/xml", headers={"ETag": '"undl-1"'})

    httpserver.expect_request("/search").respond_with_handler(search)
    source = undl_source(httpserver.url_for("/search"))
    result, _ = poll(source, SourceState(source.id, etag='"undl-1"'))
    assert result.status == "not_modified"


def test_the_firewalls_empty_202_is_a_failure(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/search").respond_with_data(b"", status=202)
    result, items = poll(undl_source(httpserver.url_for("/search")))
    assert (result.status, result.http_status, items) == ("failed", 202, [])
    assert result.reason is not None
    assert result.reason.startswith("HTTP 202 with no body: the UN Digital Library firewall")


def test_an_html_page_instead_of_marcxml_is_a_failure(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/search").respond_with_data(
        b"<!DOCTYPE html><html><head><title>Search</title></head><body>Results</body></html>",
        content_type="text/html; charset=utf-8",
    )
    result, _ = poll(undl_source(httpserver.url_for("/search")))
    assert (result.status, result.reason) == ("failed", "HTML page where a feed was expected")


def test_an_empty_200_is_a_failure_not_an_empty_search(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/search").respond_with_data(b"", content_type="text/xml")
    result, _ = poll(undl_source(httpserver.url_for("/search")))
    assert (result.status, result.reason) == ("failed", "empty 200 response")
