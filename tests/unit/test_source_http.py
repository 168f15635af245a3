"""The fetcher's additions for the new kinds: credential redaction, failure hints, the 429
delay. httpx's own MockTransport stands in for the network (no sockets); the real-server
behaviour, spacing included, is in tests/integration."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
from collections.abc import AsyncIterator

import httpx
import pytest

from demandwatch.core.models import FetchResult, SourceState
from demandwatch.sources import http
from demandwatch.sources.http import (
    HttpFetcher,
    RequestSpec,
    SpooledFile,
    classify_response,
    host_of,
    redact_url,
    scrub,
    user_agent_for,
)

SECRET = "acme-monitoring-9xQ2"
URL = f"https://api.reliefweb.int/v2/reports?appname={SECRET}"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (URL, "https://api.reliefweb.int/v2/reports?appname=***"),
        (
            f"https://x.example/a?limit=5&APPNAME={SECRET}&b=2#top",
            "https://x.example/a?limit=5&APPNAME=***&b=2#top",
        ),
        ("https://x.example/a?api_key=k1&token=t2", "https://x.example/a?api_key=***&token=***"),
        ("https://x.example/monkey=1?keyword=syria", "https://x.example/monkey=1?keyword=syria"),
        (
            f"GET {URL} failed: connection reset",
            "GET https://api.reliefweb.int/v2/reports?appname=*** failed: connection reset",
        ),
    ],
)
def test_redact_url_hides_credential_parameters(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_scrub_removes_every_spelling_of_a_secret() -> None:
    secret = "org app/2026 +x"
    text = f"plain {secret}; quoted org%20app%2F2026%20%2Bx; plus org+app%2F2026+%2Bx"
    assert scrub(text, [secret, ""]) == "plain ***; quoted ***; plus ***"


def test_a_request_spec_never_shows_its_secret() -> None:
    spec = RequestSpec(url=URL, method="POST", secrets=(SECRET,))
    assert SECRET not in repr(spec)
    assert SECRET not in str(spec)
    assert repr(spec) == "RequestSpec(POST https://api.reliefweb.int/v2/reports?appname=***)"


def test_host_of_keeps_the_port_and_ignores_case() -> None:
    assert host_of("https://API.gdeltproject.org/api/v2/doc/doc?q=1") == "api.gdeltproject.org"
    assert host_of("http://127.0.0.1:8080/x") == "127.0.0.1:8080"


def fetch(handler: httpx.MockTransport, spec: RequestSpec, **fetcher_args: object) -> FetchResult:
    async def go() -> FetchResult:
        async with httpx.AsyncClient(transport=handler) as client:
            fetcher = HttpFetcher(user_agent="test", client=client, **fetcher_args)  # type: ignore[arg-type]
            return await fetcher.fetch(spec, SourceState("s"), timeout=5, max_bytes=1_000_000)

    return asyncio.run(go())


def test_a_transport_error_quoting_the_url_is_scrubbed() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot connect to {request.url} ({SECRET})", request=request)

    result = fetch(httpx.MockTransport(refuse), RequestSpec(url=URL, secrets=(SECRET,)))
    assert result.status == "failed"
    assert result.reason is not None
    assert SECRET not in result.reason
    assert result.reason.startswith("connection error: cannot connect to https://api.reliefweb")


def test_a_failing_status_gets_the_sources_hint() -> None:
    def forbid(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"status": 403})

    spec = RequestSpec(url=URL, secrets=(SECRET,), hints={403: "appname not approved"})
    result = fetch(httpx.MockTransport(forbid), spec)
    assert (result.status, result.http_status) == ("failed", 403)
    assert result.reason == "HTTP 403: appname not approved"


def test_a_429_without_retry_after_waits_the_hosts_published_interval() -> None:
    def limit(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, text="Please limit requests to one every 5 seconds.")

    spec = RequestSpec(url="https://api.gdeltproject.org/api/v2/doc/doc?query=syria", expect="json")
    spaced = fetch(httpx.MockTransport(limit), spec, min_interval={"api.gdeltproject.org": 5.0})
    assert (spaced.status, spaced.retry_after) == ("failed", 5.0)
    assert spaced.reason == "rate limited (HTTP 429, retry after 5s)"

    unspaced = fetch(httpx.MockTransport(limit), spec)
    assert (unspaced.status, unspaced.retry_after) == ("failed", None)


def test_an_invalid_url_is_a_failure_not_a_crash() -> None:
    def never(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    result = fetch(httpx.MockTransport(never), RequestSpec(url=f"https://[::1/x?appname={SECRET}"))
    assert result.status == "failed"
    assert result.reason is not None
    assert result.reason.startswith("invalid URL")


# ---------------------------------------------------------------------- redirects


def redirecting(hops: dict[str, str]) -> httpx.MockTransport:
    """Redirects each URL in ``hops`` to its value; any other URL answers with a feed."""

    def handle(request: httpx.Request) -> httpx.Response:
        target = hops.get(str(request.url))
        if target is not None:
            return httpx.Response(302, headers={"Location": target})
        return httpx.Response(
            200,
            text="<rss version='2.0'><channel/></rss>",
            headers={"Content-Type": "application/rss+xml"},
        )

    return httpx.MockTransport(handle)


async def fake_dns(host: str) -> list[str]:
    return {
        "feeds.example": ["151.101.2.10"],
        "intranet.example": ["10.1.2.3"],
        "mirror.example": ["151.101.66.10", "2a04:4e42::10"],
    }.get(host, [])


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:8080/feed",
        "http://localhost/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/feed",
        "http://192.168.1.1/feed",
        "http://[::1]/feed",
        "http://[::ffff:127.0.0.1]/feed",
        "http://intranet.example/feed",  # a name that resolves to a private address
    ],
)
def test_a_redirect_to_a_private_or_local_address_is_refused(target: str) -> None:
    start = "https://feeds.example/rss.xml"
    result = fetch(redirecting({start: target}), RequestSpec(url=start), resolve=fake_dns)
    assert result.status == "failed"
    assert result.reason is not None
    assert result.reason.startswith("redirect to a private or local address refused")


def test_a_redirect_between_public_addresses_is_followed() -> None:
    start = "https://feeds.example/rss.xml"
    hops = {start: "https://mirror.example/rss.xml"}
    result = fetch(redirecting(hops), RequestSpec(url=start), resolve=fake_dns)
    assert result.status == "ok"


def test_a_configured_local_address_may_redirect_locally() -> None:
    start = "http://127.0.0.1:9001/runtime/feed"
    hops = {start: "http://127.0.0.1:9001/runtime/feed2"}
    result = fetch(redirecting(hops), RequestSpec(url=start), resolve=fake_dns)
    assert result.status == "ok"


def test_a_redirect_loop_is_a_failure_with_its_reason() -> None:
    a, b = "https://feeds.example/a", "https://feeds.example/b"
    result = fetch(redirecting({a: b, b: a}), RequestSpec(url=a), resolve=fake_dns)
    assert (result.status, result.reason) == ("failed", "more than 5 redirects")


class _Chunks(httpx.AsyncByteStream):
    """A body arriving in pieces, as from a socket."""

    def __init__(self, body: bytes, size: int = 7) -> None:
        self._pieces = [body[i : i + size] for i in range(0, len(body), size)]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces:
            yield piece


FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'


@pytest.mark.parametrize(
    "declared",
    [
        str(len(FEED)),  # the usual case: the buffer is made at its size at once
        str(len(FEED) + 50),  # fewer bytes than declared: only what came is the body
        str(len(FEED) - 20),  # more than declared: the buffer grows
        None,  # chunked: no length declared
    ],
)
def test_the_body_read_is_exactly_the_bytes_received(declared: str | None) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "application/rss+xml"}
        if declared is not None:
            headers["Content-Length"] = declared
        return httpx.Response(200, headers=headers, stream=_Chunks(FEED))

    result = fetch(httpx.MockTransport(answer), RequestSpec(url="https://feeds.example/rss"))
    assert (result.status, result.body) == ("ok", FEED)


def test_an_empty_body_declared_empty_is_a_failure_not_a_crash() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": "0"}, stream=_Chunks(b""))

    result = fetch(httpx.MockTransport(answer), RequestSpec(url="https://feeds.example/rss"))
    assert (result.status, result.reason) == ("failed", "empty 200 response")


def test_a_compressed_body_is_read_whole_whatever_its_declared_length() -> None:
    packed = gzip.compress(FEED * 50)

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {
            "Content-Type": "application/rss+xml",
            "Content-Encoding": "gzip",
            "Content-Length": str(len(packed)),
        }
        return httpx.Response(200, headers=headers, stream=_Chunks(packed, 100))

    result = fetch(httpx.MockTransport(answer), RequestSpec(url="https://feeds.example/rss"))
    assert (result.status, result.body) == ("ok", FEED * 50)


LARGE_FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    + b"".join(
        b"<item><title>Item %d</title><link>https://e.org/%d</link></item>" % (n, n)
        for n in range(400)
    )
    + b"</channel></rss>"
)


def spooled_fetch(
    monkeypatch: pytest.MonkeyPatch, headers: dict[str, str], body: bytes, *, spool: bool = True
) -> FetchResult:
    """A fetch of ``body`` (sent as it is, ``headers`` saying how) with SPOOL_BYTES small
    enough for it to spool."""
    monkeypatch.setattr(http, "SPOOL_BYTES", 2_000)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=_Chunks(body, 997))

    spec = RequestSpec(url="https://feeds.example/rss", spool=spool)
    return fetch(httpx.MockTransport(answer), spec)


@pytest.mark.parametrize(
    "how",
    [
        {"Content-Length": str(len(LARGE_FEED))},  # spooled from the start
        {"Content-Length": "1500"},  # said less than it sent: spooled once past the limit
        {},  # chunked: spooled once past the limit
        {"Content-Encoding": "gzip"},  # compressed: spooled as it inflates past the limit
    ],
    ids=["declared", "declared-short", "chunked", "gzip"],
)
def test_a_large_feed_body_is_spooled_to_a_file_hashed_and_read_whole(
    monkeypatch: pytest.MonkeyPatch, how: dict[str, str]
) -> None:
    """memory_huge: a body of megabytes is written to a temporary file as it arrives, not
    held in memory; its hash and ends are taken on the way, and it reads back whole."""
    sent = gzip.compress(LARGE_FEED) if "Content-Encoding" in how else LARGE_FEED
    result = spooled_fetch(monkeypatch, {"Content-Type": "application/rss+xml", **how}, sent)
    body = result.body
    assert result.status == "ok"
    assert not isinstance(body, bytes)
    assert len(body) == len(LARGE_FEED)
    assert body.sha256 == hashlib.sha256(LARGE_FEED).hexdigest()
    assert (body.head, body.tail) == (LARGE_FEED[:4096], LARGE_FEED[-4096:])
    assert body.read() == LARGE_FEED
    assert body.reader().read() == LARGE_FEED  # again, from its start
    file = body.reader()
    body.close()
    assert file.closed


def test_a_body_is_spooled_only_for_a_request_that_reads_a_stream(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = spooled_fetch(monkeypatch, {}, LARGE_FEED, spool=False)
    assert (result.status, result.body) == ("ok", LARGE_FEED)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<!DOCTYPE html><html>" + b"x" * 5000, "HTML page where a feed was expected"),
        (b" \n" * 2000 + b"<html>" + b"x" * 3000, "HTML page where a feed was expected"),
        (b"\n" * 5000 + b"Service unavailable", "body is not XML"),
        (b" " * 9000, "empty 200 response"),
    ],
    ids=["html", "html-after-blank", "text-after-blank", "blank"],
)
def test_a_spooled_body_is_judged_as_the_same_bytes_and_dropped_when_failed(
    monkeypatch: pytest.MonkeyPatch, body: bytes, reason: str
) -> None:
    files: list[SpooledFile] = []
    made = http.SpooledFile

    def tracked() -> SpooledFile:
        files.append(made())
        return files[-1]

    monkeypatch.setattr(http, "SpooledFile", tracked)
    result = spooled_fetch(monkeypatch, {"Content-Length": str(len(body))}, body)
    assert (result.status, result.reason) == ("failed", reason)
    assert classify_response(200, {}, body, "feed").reason == reason
    assert len(files) == 1
    with pytest.raises(ValueError, match="closed file"):
        files[0].reader()  # its file closed at once


def test_the_default_user_agent_spells_an_accented_organisation_name_in_ascii() -> None:
    """Review s16 A8: org.yaml's "Amnistía Internacional" in the default User-Agent made
    every poll raise (httpx encodes header values as ASCII)."""
    agent = user_agent_for("Amnistía Internacional", "prensa@amnistía.example")
    assert agent.isascii()
    assert agent.endswith("(Amnistia Internacional; contact: prensa@amnistia.example)")
    httpx.Headers({"User-Agent": agent})  # what the poll's client is given
