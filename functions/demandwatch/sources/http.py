"""HTTP for every source: httpx, bounded concurrency, conditional GET, strict failures.

A source that answers but says nothing useful (an empty 200, a 202 with no body, an HTML
error page where a feed was expected, a plain-text 429) has *failed*: silence must never
be mistaken for "no news".
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import ipaddress
import logging
import re
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import BinaryIO
from urllib.parse import quote, quote_plus, urlsplit

# httpx imports its transport (httpcore, and with it anyio and h11) when the first client
# is made, not with httpx. Every poll makes a client: imported here, its cost is in a poll
# function's cold start, where it is paid once either way (and where the cold-start bench
# counts it), rather than hidden in the first poll.
import httpcore  # noqa: F401
import httpx

from demandwatch.core.models import Body, FetchResult, SourceState

MAX_REDIRECTS = 5
_FEED_LIKE = ("xml", "rss", "atom", "json", "rdf")
# Idle connections kept for reuse: enough for the few hosts that serve several feeds. More
# costs CPU, as httpcore scans every pooled connection against every idle one per request
# (bench poll_200_unchanged_body: 2.6 ms CPU a source with 64 kept, 1.9 ms with 8).
MAX_IDLE_CONNECTIONS = 8

# Query parameters whose value is a credential (ReliefWeb's approved appname, API keys).
SECRET_PARAMS: tuple[str, ...] = ("appname", "api_key", "apikey", "key", "token", "access_token")
REDACTED = "***"

# A body larger than this, for a request that reads it as a stream (RequestSpec.spool), is
# written to a temporary file as it arrives instead of held in memory: a feed of thirty
# 1 MB items was 30 MB of the poll's peak (bench memory_huge), and its parse reads one
# entry at a time. Lambda's /tmp is disk, outside the function's memory.
SPOOL_BYTES = 4_000_000
# The ends of a body kept in memory as it is written (what classification and the
# truncation check read of it).
EDGE_BYTES = 4096
# The start of the body past its leading whitespace: what classify_response looks at.
LEAD_BYTES = 1024


@dataclass(frozen=True, repr=False)
class RequestSpec:
    """What to ask a source for; the kind's module builds it, the fetcher sends it."""

    url: str
    method: str = "GET"
    json_body: dict[str, object] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # What a good answer looks like: "feed" (XML) or "json".
    expect: str = "feed"
    # Conditional GET only where the server's validators mean something for this request.
    conditional: bool = True
    # Values that must never appear in a reason, a log line or a repr (e.g. the appname).
    secrets: tuple[str, ...] = ()
    # What a failing status means for this source, appended to the reason for the operator.
    hints: dict[int, str] = field(default_factory=dict)
    # Whether the answer's parser reads a SpooledBody as a stream: a large body is then
    # spooled to a file (SPOOL_BYTES) rather than held in memory.
    spool: bool = False

    def __repr__(self) -> str:
        # The URL may carry a credential; a repr ends up in logs and tracebacks.
        return f"RequestSpec({self.method} {scrub(redact_url(self.url), self.secrets)})"


def product_token() -> str:
    from demandwatch import __version__

    return f"demandwatch/{__version__}"


def user_agent_for(org_name: str, contact: str | None) -> str:
    """``demandwatch/0.1.0 (Amnesty International; contact: ...)``: publishers and API
    operators (GDELT throttles clients without one) can see who asks and reach them."""
    who = "; ".join(
        part.replace("(", "[").replace(")", "]").replace("\n", " ")
        for part in (org_name, f"contact: {contact}" if contact else "")
        if part
    )
    # A header carries ASCII only: "Amnistía Internacional" as "Amnistia Internacional"
    # (an accent made every poll raise before any source was fetched: review s16 A8).
    spelled = unicodedata.normalize("NFKD", who).encode("ascii", "ignore").decode("ascii")
    printable = "".join(ch for ch in spelled if ch.isprintable())
    return f"{product_token()} ({printable})"


def host_of(url: str) -> str:
    """The key under which per-host limits apply: host and port, lower case."""
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:  # unparseable (e.g. "https://[::1/x"): the request itself will fail
        return ""


def redact_url(url: str, params: Iterable[str] = SECRET_PARAMS) -> str:
    """``url`` with the value of every credential-bearing query parameter replaced."""
    names = "|".join(re.escape(p) for p in params)
    if not names:
        return url
    return re.sub(rf"([?&](?:{names})=)[^&#\s]*", rf"\g<1>{REDACTED}", url, flags=re.IGNORECASE)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret removed, in plain and URL-encoded spellings."""
    for secret in secrets:
        if not secret:
            continue
        for spelling in {secret, quote(secret, safe=""), quote_plus(secret)}:
            text = text.replace(spelling, REDACTED)
    return text


class _RedactCredentials(logging.Filter):
    """Rewrites a log record's message with credential query parameters redacted.

    httpx logs every request line at INFO ("HTTP Request: POST https://...?appname=..."):
    with verbose or Lambda logging on, that would write ReliefWeb's appname to the logs.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_url(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def _guard_client_logging() -> None:
    """Attach the redacting filter to httpx's logger, once per process."""
    logger = logging.getLogger("httpx")
    if not any(isinstance(f, _RedactCredentials) for f in logger.filters):
        logger.addFilter(_RedactCredentials())


class HttpFetcher:
    """Fetches many sources at once: at most ``max_concurrency`` requests in flight and at
    most ``per_host`` per host, so no publisher sees a burst from us.

    ``min_interval`` maps a host (as :func:`host_of` spells it) to the least number of
    seconds between the starts of two requests to it, for APIs that publish such a limit
    (GDELT: one request every 5 seconds).
    """

    def __init__(
        self,
        *,
        user_agent: str,
        max_concurrency: int = 16,
        per_host: int = 2,
        client: httpx.AsyncClient | None = None,
        min_interval: Mapping[str, float] | None = None,
        resolve: Resolver | None = None,
    ) -> None:
        _guard_client_logging()
        self._resolve = resolve or _resolve
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            # Followed by _fetch, one checked hop at a time (see _RedirectGuard).
            follow_redirects=False,
            limits=httpx.Limits(
                max_connections=max_concurrency,
                max_keepalive_connections=min(max_concurrency, MAX_IDLE_CONNECTIONS),
            ),
        )
        self._all = asyncio.Semaphore(max_concurrency)
        self._per_host_limit = per_host
        self._hosts: dict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(self._per_host_limit)
        )
        self._min_interval = {
            host.lower(): seconds for host, seconds in (min_interval or {}).items() if seconds > 0
        }
        self._spacing: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._next_start: dict[str, float] = {}

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def fetch(
        self, spec: RequestSpec, state: SourceState, *, timeout: float, max_bytes: int
    ) -> FetchResult:
        host = host_of(spec.url)
        async with self._hosts[host], self._turn(host):
            started = time.perf_counter()
            try:
                # One budget for the whole request, so a slow-drip server cannot hold us.
                # asyncio.timeout, not wait_for: on Python 3.11 wait_for can return the result
                # and lose a cancellation that lands as the request completes (Ctrl-C ignored).
                async with asyncio.timeout(timeout * 1.5):
                    result = await self._fetch(spec, state, timeout=timeout, max_bytes=max_bytes)
            except TimeoutError:
                result = FetchResult("failed", reason=f"timeout after {timeout:g}s")
            elapsed = (time.perf_counter() - started) * 1000
        result = self._explain(result, spec, self._min_interval.get(host))
        return FetchResult(
            status=result.status,
            body=result.body,
            headers=result.headers,
            http_status=result.http_status,
            reason=result.reason,
            retry_after=result.retry_after,
            elapsed_ms=elapsed,
            moved_to=result.moved_to,
        )

    @asynccontextmanager
    async def _turn(self, host: str) -> AsyncIterator[None]:
        """A global request slot, taken no sooner than the host's minimum interval allows.

        The wait happens before the global slot is taken, so a rate-limited host never
        holds slots other hosts could use; the start is stamped only once the slot is held,
        so the spacing is between real request starts.
        """
        interval = self._min_interval.get(host)
        if interval is None:
            async with self._all:
                yield
            return
        async with self._spacing[host]:
            delay = self._next_start.get(host, 0.0) - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            await self._all.acquire()
            self._next_start[host] = time.monotonic() + interval
        try:
            yield
        finally:
            self._all.release()

    @staticmethod
    def _explain(result: FetchResult, spec: RequestSpec, interval: float | None) -> FetchResult:
        """Make a failure's reason useful to an operator and safe to log."""
        if result.status != "failed":
            return result
        reason = result.reason or "failed"
        retry_after = result.retry_after
        if result.http_status == 429 and retry_after is None and interval is not None:
            # GDELT's 429 is a bare text page with no Retry-After: its published limit is
            # the best estimate of when asking again is welcome.
            retry_after = interval
            reason = reason.replace("(HTTP 429)", f"(HTTP 429, retry after {wait_words(interval)})")
        if result.http_status is not None and (hint := spec.hints.get(result.http_status)):
            reason = f"{reason}: {hint}"
        reason = scrub(redact_url(reason), spec.secrets)
        return replace(result, reason=reason, retry_after=retry_after)

    async def _fetch(
        self, spec: RequestSpec, state: SourceState, *, timeout: float, max_bytes: int
    ) -> FetchResult:
        headers = dict(spec.headers)
        if spec.conditional:
            if state.etag:
                headers["If-None-Match"] = state.etag
            if state.last_modified:
                headers["If-Modified-Since"] = state.last_modified
        method, body, url = spec.method, spec.json_body, spec.url
        guard = _RedirectGuard(spec.url, self._resolve)
        # Only a chain of permanent redirects says the feed moved (a 302 is a detour).
        permanent: bool | None = None
        # Redirects are followed here, not by httpx, so that each target is checked first.
        for hop in range(MAX_REDIRECTS + 1):
            try:
                request = self._client.build_request(
                    method,
                    url,
                    headers=headers,
                    json=body,
                    timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
                )
            except httpx.InvalidURL as exc:
                return FetchResult("failed", reason=f"invalid URL: {exc}")
            try:
                response = await self._client.send(request, stream=True, follow_redirects=False)
            except httpx.TimeoutException:
                return FetchResult("failed", reason=f"timeout after {timeout:g}s")
            except httpx.HTTPError as exc:
                if _is_dns_failure(exc):
                    return FetchResult("failed", reason=f"DNS lookup failed: {_describe(exc)}")
                return FetchResult("failed", reason=f"connection error: {_describe(exc)}")
            location = response.headers.get("location")
            if not (response.is_redirect and location):
                break
            await response.aclose()
            permanent = permanent is not False and response.status_code in (301, 308)
            if hop == MAX_REDIRECTS:
                return FetchResult("failed", reason=f"more than {MAX_REDIRECTS} redirects")
            try:
                url = str(request.url.join(location))
            except httpx.InvalidURL as exc:
                return FetchResult("failed", reason=f"invalid redirect: {exc}")
            if refused := await guard.refuses(url):
                return FetchResult("failed", http_status=response.status_code, reason=refused)
            if response.status_code == 303 or (
                response.status_code in (301, 302) and method == "POST"
            ):
                method, body = "GET", None  # as browsers and httpx do
        moved_to = scrub(redact_url(url), spec.secrets) if permanent else None
        try:
            return replace(await self._read(response, spec, max_bytes), moved_to=moved_to)
        except httpx.TimeoutException:
            return FetchResult("failed", reason=f"timeout after {timeout:g}s while reading")
        except httpx.HTTPError as exc:
            return FetchResult("failed", reason=f"error while reading: {_describe(exc)}")
        finally:
            await response.aclose()

    async def _read(
        self, response: httpx.Response, spec: RequestSpec, max_bytes: int
    ) -> FetchResult:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        if status == 304:
            return FetchResult("not_modified", headers=headers, http_status=status)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            return FetchResult(
                "failed", http_status=status, reason=f"too large: {declared} bytes > {max_bytes}"
            )
        spooled = (
            SpooledFile()
            if spec.spool and declared.isdigit() and int(declared) > SPOOL_BYTES
            else None
        )
        # BytesIO, not a list joined at the end: getvalue() hands over its buffer, where a
        # join would hold the body twice at its peak (bench: memory_huge).
        chunks = io.BytesIO()
        if (
            spooled is None
            and declared.isdigit()
            and int(declared) > 0
            and "content-encoding" not in headers
        ):
            # The buffer made at its final size at once: grown a piece at a time, a body of
            # megabytes is copied to each larger block, and the allocator may keep the
            # blocks it left (bench memory_huge: 90 or 115 MB by chance, 90 this way).
            chunks.seek(int(declared) - 1)
            chunks.write(b"\0")
            chunks.seek(0)
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    if spooled is not None:
                        spooled.close()
                    return FetchResult(
                        "failed", http_status=status, reason=f"too large: over {max_bytes} bytes"
                    )
                if spooled is not None:
                    spooled.write(chunk)
                    continue
                chunks.write(chunk)
                if spec.spool and size > SPOOL_BYTES:
                    # Larger than it said, or it did not say (compressed, chunked).
                    spooled = SpooledFile()
                    with chunks.getbuffer() as written:
                        spooled.write(written[:size])
                    chunks.close()
        except BaseException:
            if spooled is not None:
                spooled.close()
            raise
        if spooled is not None:
            spooled.finish()
            result = classify(status, headers, spooled.lead, size, spec.expect, spooled)
            if result.status != "ok":
                spooled.close()
            return result
        chunks.truncate(size)
        body = chunks.getvalue()
        chunks.close()
        return classify_response(status, headers, body, spec.expect)


class SpooledFile:
    """A body written to a temporary file as it arrives (:class:`SpooledBody`), hashed
    and its ends and lead kept on the way; the file is gone once closed."""

    def __init__(self) -> None:
        # Unnamed on POSIX: removed by the system when closed, however the process ends.
        # Held open past this call on purpose: close() (or __del__) ends it.
        self._file = tempfile.TemporaryFile(prefix="demandwatch-body-")  # noqa: SIM115
        self._hash = hashlib.sha256()
        self._size = 0
        self._head = b""
        self._tail = b""
        self.lead = b""
        self._digest = ""

    def write(self, chunk: bytes | memoryview) -> None:
        self._file.write(chunk)
        self._hash.update(chunk)
        self._size += len(chunk)
        if len(self._head) < EDGE_BYTES:
            self._head += bytes(chunk[: EDGE_BYTES - len(self._head)])
        self._tail = (self._tail + bytes(chunk[-EDGE_BYTES:]))[-EDGE_BYTES:]
        if len(self.lead) < LEAD_BYTES:
            piece = bytes(chunk[:LEAD_BYTES]) if self.lead else bytes(chunk).lstrip()
            self.lead += piece[: LEAD_BYTES - len(self.lead)]

    def finish(self) -> None:
        self._file.flush()
        self._digest = self._hash.hexdigest()

    @property
    def sha256(self) -> str:
        return self._digest

    @property
    def head(self) -> bytes:
        return self._head

    @property
    def tail(self) -> bytes:
        return self._tail

    def __len__(self) -> int:
        return self._size

    def reader(self) -> BinaryIO:
        self._file.seek(0)
        return self._file

    def read(self) -> bytes:
        return self.reader().read()

    def close(self) -> None:
        self._file.close()

    def __del__(self) -> None:
        # A body dropped unread (an unchanged feed, a failed parse) takes its file along.
        if (file := getattr(self, "_file", None)) is not None:
            file.close()


def wait_words(seconds: float) -> str:
    """A server's wait as a person reads it: "30s", "15 min", "6 hours", "365 days"
    (a year's Retry-After read "3.1536e+07s": probe s15 Q8)."""
    if seconds < 120:
        return f"{seconds:g}s"
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "min")):
        if seconds >= 2 * size or unit == "min":
            amount = round(seconds / size)
            plural = "s" if amount != 1 and unit != "min" else ""
            return f"{amount} {unit}{plural}"
    return f"{seconds:g}s"  # not reached: every wait of two minutes or more has a unit


def classify_response(
    status: int, headers: dict[str, str], body: bytes, expect: str
) -> FetchResult:
    """Decide whether an HTTP answer carries content we can parse, or is a failure."""
    return classify(status, headers, _lead(body), len(body), expect, body)


def _lead(body: bytes) -> bytes:
    """The body's first LEAD_BYTES past its leading whitespace, found without copying it
    (a copy of a body of megabytes is as large as the body)."""
    start = 0
    while start < len(body):
        piece = body[start : start + EDGE_BYTES]
        stripped = piece.lstrip()
        if stripped:
            start += len(piece) - len(stripped)
            return body[start : start + LEAD_BYTES]
        start += EDGE_BYTES
    return b""


def classify(
    status: int, headers: dict[str, str], lead: bytes, size: int, expect: str, body: Body
) -> FetchResult:
    """:func:`classify_response` on what it reads of a body: its ``lead`` (the first
    bytes past its leading whitespace) and its ``size``."""
    if status == 429:
        retry_after = parse_retry_after(headers.get("retry-after"))
        hint = f", retry after {wait_words(retry_after)}" if retry_after is not None else ""
        return FetchResult(
            "failed",
            http_status=status,
            headers=headers,
            retry_after=retry_after,
            reason=f"rate limited (HTTP 429{hint})",
        )
    if status == 503 and (retry_after := parse_retry_after(headers.get("retry-after"))) is not None:
        # A server down for maintenance says when to come back (RFC 9110 15.6.4): asked
        # again every run before then, it was polled in vain (probe s17 P3).
        return FetchResult(
            "failed",
            http_status=status,
            headers=headers,
            retry_after=retry_after,
            reason=f"HTTP 503, retry after {wait_words(retry_after)}",
        )
    if status >= 400:
        return FetchResult("failed", http_status=status, headers=headers, reason=f"HTTP {status}")
    stripped = lead
    if status != 200:
        # 202 from a web application firewall, 204, 203...: whatever it is, it is not the feed.
        detail = "no body" if not stripped else f"{size} bytes"
        return FetchResult(
            "failed", http_status=status, headers=headers, reason=f"HTTP {status} with {detail}"
        )
    if not stripped:
        return FetchResult(
            "failed", http_status=status, headers=headers, reason="empty 200 response"
        )
    content_type = headers.get("content-type", "").lower()
    head = stripped[:512].lstrip(b"\xef\xbb\xbf").lower()
    looks_html = head.startswith((b"<!doctype html", b"<html")) or (
        "text/html" in content_type and b"<rss" not in head and b"<feed" not in head
    )
    if expect == "feed" and looks_html:
        return FetchResult(
            "failed",
            http_status=status,
            headers=headers,
            reason="HTML page where a feed was expected",
        )
    if expect == "json" and not head.startswith((b"{", b"[")):
        kind = "HTML" if looks_html else "non-JSON"
        return FetchResult(
            "failed",
            http_status=status,
            headers=headers,
            reason=f"{kind} body where JSON was expected",
        )
    if (
        expect == "feed"
        and not head.startswith(b"<")
        and not any(t in content_type for t in _FEED_LIKE)
    ):
        return FetchResult("failed", http_status=status, headers=headers, reason="body is not XML")
    return FetchResult("ok", body=body, headers=headers, http_status=status)


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: either a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.replace(".", "", 1).isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


Resolver = Callable[[str], Awaitable[list[str]]]


async def _resolve(host: str) -> list[str]:
    """The addresses ``host`` resolves to (none if it does not)."""
    try:
        found = await asyncio.get_running_loop().getaddrinfo(host, None)
    except OSError:
        return []
    return [str(info[4][0]) for info in found]


def _private(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )


class _RedirectGuard:
    """Refuses a redirect to a loopback, link-local or private address — a feed must not be
    able to point us at the cloud metadata service or a machine inside the network —
    unless the configured URL itself is such an address (a local feed server; the Lambda
    runtime API listens on loopback). The configured URL is judged once, on the first
    redirect; a name is judged by every address it resolves to."""

    def __init__(self, configured: str, resolve: Resolver) -> None:
        self._configured = configured
        self._resolve = resolve
        self._local_origin: bool | None = None

    async def _is_private(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
        if not host:
            return False
        if host == "localhost" or host.endswith(".localhost"):
            return True
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
        except ValueError:
            return any(_private(a) for a in await self._resolve(host))
        return _private(host)

    async def refuses(self, target: str) -> str | None:
        """Why following ``target`` is refused (None: follow it)."""
        if not await self._is_private(target):
            return None
        if self._local_origin is None:
            self._local_origin = await self._is_private(self._configured)
        if self._local_origin:
            return None
        host = urlsplit(target).hostname or target
        return f"redirect to a private or local address refused ({host})"


_DNS_MESSAGES = (
    "name or service not known",
    "temporary failure in name resolution",
    "nodename nor servname",
    "no address associated with hostname",
    "getaddrinfo failed",
)


def _is_dns_failure(exc: httpx.HTTPError) -> bool:
    text = str(exc).lower()
    return isinstance(exc, httpx.ConnectError) and any(m in text for m in _DNS_MESSAGES)


def _describe(exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]
