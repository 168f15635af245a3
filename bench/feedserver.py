"""A slow feed server for the poll benchmarks: many sources, each on its own port.

    python -m bench.feedserver --sources 200 --delay 0.2 --items 30 --now 2026-03-01T12:00:00+00:00 \\
        --starts 0,5,35

Listens on 127.0.0.1 only, one listening socket per source, so that each source is its
own host (host:port) for demandwatch's per-host limit, as 200 real publishers would be.
Prints one JSON line ``{"ports": [...]}`` when ready, then serves until stdin closes.

Every request is answered after ``--delay`` seconds (a publisher's latency), by asyncio
alone: the server holds hundreds of requests at once without threads. The path and query
choose the answer: ``/feed/<source>.xml?start=<k>`` is that source's feed showing its items
k to k + items - 1 (no two sources share an item; a later start is the same feed moved
on); with ``&etag=1`` the answer carries an ETag and a matching ``If-None-Match`` gets a
304. The bodies for ``--starts`` are made before the server says it is ready. With
``--big``, ``/big/10k.xml?start=k`` (one feed of 10,000 items) and ``/big/huge.xml?start=k``
(30 items of 1 MB each) are served too.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import sys
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from bench.corpus import big_feed_body, feed_body, huge_items_body

# /big/<name>.xml?start=k: the memory cases, each at the starts the benchmark polls.
BIG_FEEDS = {"10k": (big_feed_body, (0, 100)), "huge": (huge_items_body, (0, 30))}


class FeedServer:
    def __init__(self, *, sources: int, delay: float, items: int, now: datetime) -> None:
        self.sources = sources
        self.delay = delay
        self.items = items
        self.now = now
        self._bodies: dict[tuple[int, int], tuple[bytes, str]] = {}
        self.big: dict[tuple[str, int], bytes] = {}
        self.requests = 0

    def body(self, source: int, start: int) -> tuple[bytes, str]:
        key = (source, start)
        if key not in self._bodies:
            body = feed_body(source, start, self.items, self.now)
            self._bodies[key] = (body, f'"{hashlib.sha1(body).hexdigest()}"')
        return self._bodies[key]

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:  # keep-alive: one connection may carry many requests
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                target = lines[0].split(" ")[1] if len(lines[0].split(" ")) > 1 else "/"
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                self.requests += 1
                await asyncio.sleep(self.delay)
                writer.write(self.answer(target, headers))
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    return
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    def answer(self, target: str, headers: dict[str, str]) -> bytes:
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        name = parts.path.rsplit("/", 1)[-1].removesuffix(".xml")
        if parts.path.startswith("/big/"):
            body = self.big.get((name, int(query.get("start", ["0"])[0] or 0)))
            if body is None:
                return _response(404, b"not found", {"Content-Type": "text/plain"})
            return _response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})
        if not parts.path.startswith("/feed/") or not name.isdigit():
            return _response(404, b"not found", {"Content-Type": "text/plain"})
        source = int(name)
        start = query.get("start", ["0"])[0]
        if source >= self.sources or not start.isdigit():
            return _response(404, b"not found", {"Content-Type": "text/plain"})
        body, etag = self.body(source, int(start))
        extra = {"Content-Type": "application/rss+xml; charset=utf-8"}
        if query.get("etag") == ["1"]:
            extra["ETag"] = etag
            if headers.get("if-none-match") == etag:
                return _response(304, b"", {"ETag": etag})
        return _response(200, body, extra)


def _response(status: int, body: bytes, headers: dict[str, str]) -> bytes:
    reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}[status]
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers.items())]
    if status != 304:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def serve(server: FeedServer, starts: list[int], big: bool = False) -> None:
    listeners = [
        await asyncio.start_server(server.handle, "127.0.0.1", 0, backlog=256)
        for _ in range(server.sources)
    ]
    ports = [listener.sockets[0].getsockname()[1] for listener in listeners]
    # Bodies are made before the first request, so no request pays for generating them.
    for source in range(server.sources):
        for start in starts:
            server.body(source, start)
    if big:
        for name, (make, big_starts) in BIG_FEEDS.items():
            for start in big_starts:
                server.big[name, start] = make(start, server.now)
    print(json.dumps({"ports": ports}), flush=True)
    loop = asyncio.get_running_loop()
    # The parent ends the server by closing our stdin.
    await loop.run_in_executor(None, sys.stdin.read)
    for listener in listeners:
        listener.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--now", required=True, help="ISO time the items are dated before")
    parser.add_argument("--starts", default="0", help="feed windows to prepare, e.g. 0,5,35")
    parser.add_argument("--big", action="store_true", help="also serve the memory cases")
    args = parser.parse_args()
    server = FeedServer(
        sources=args.sources,
        delay=args.delay,
        items=args.items,
        now=datetime.fromisoformat(args.now),
    )
    asyncio.run(serve(server, [int(s) for s in args.starts.split(",")], args.big))


if __name__ == "__main__":
    main()
