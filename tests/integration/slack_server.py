"""A local stand-in for Slack's Web API, for integration tests.

A real ``slack_sdk.WebClient(base_url=server.url)`` talks to it over HTTP on 127.0.0.1.
It behaves like Slack for the methods demandwatch calls, as documented at
docs.slack.dev/reference/methods: it checks the bearer token, records every request,
rejects blocks over Block Kit's limits with ``invalid_blocks``, answers ``ratelimited``
(HTTP 429 with Retry-After) or a 5xx on demand, keeps posted messages with their metadata
and threads, and serves them back through conversations.history / conversations.replies
(metadata only with ``include_all_metadata``), chat.update, chat.delete and
chat.postEphemeral.

Failure injection:

* ``rate_limit(method, retry_after, times)``: the next calls answer 429.
* ``fail(method, status, times, landed=False)``: the next calls answer a 5xx; with
  ``landed=True`` the call takes effect first (a post that landed but whose answer
  was lost).
* ``drop(method, times, landed=True)``: the connection is closed without an answer.
* ``stall(method, seconds, times)``: the next calls are held ``seconds`` before they are
  answered (and take effect): a Slack slower than the client's timeout, whose post lands
  after the client gave up on it.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

TOKEN = "xoxb-test-token"
# The workspace the stand-in's app is installed in (auth.test answers with it).
TEAM_ID = "T0UNOFFICE"

# Block Kit limits (docs.slack.dev/reference/block-kit/blocks).
MAX_BLOCKS = 50
SECTION_TEXT = 3000
SECTION_FIELDS = 10
FIELD_TEXT = 2000
HEADER_TEXT = 150
CONTEXT_ELEMENTS = 10
TEXT_OBJECT = 3000
ACTIONS_ELEMENTS = 25
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
BUTTON_URL = 3000
ID_LENGTH = 255
# chat.postMessage truncates beyond 40,000 characters; 4,000 is its stated best practice.
MESSAGE_TEXT = 40_000
_EVENT_TYPE = re.compile(r"^[A-Za-z0-9_]+$")


def block_errors(blocks: Any) -> list[str]:
    """Why Slack would refuse these blocks (empty when they are valid)."""
    errors: list[str] = []
    if not isinstance(blocks, list):
        return ["blocks must be an array"]
    if len(blocks) > MAX_BLOCKS:
        errors.append(f"{len(blocks)} blocks (max {MAX_BLOCKS})")
    for i, block in enumerate(blocks):
        where = f"blocks[{i}]"
        if not isinstance(block, dict):
            errors.append(f"{where}: not an object")
            continue
        if len(str(block.get("block_id", ""))) > ID_LENGTH:
            errors.append(f"{where}: block_id too long")
        kind = block.get("type")
        if kind == "header":
            errors += _text_errors(block.get("text"), HEADER_TEXT, where, plain_only=True)
        elif kind == "section":
            if "text" not in block and "fields" not in block:
                errors.append(f"{where}: section needs text or fields")
            if "text" in block:
                errors += _text_errors(block["text"], SECTION_TEXT, where)
            fields = block.get("fields", [])
            if len(fields) > SECTION_FIELDS:
                errors.append(f"{where}: {len(fields)} fields")
            for field_ in fields:
                errors += _text_errors(field_, FIELD_TEXT, f"{where}.fields")
        elif kind == "context":
            elements = block.get("elements", [])
            if not 1 <= len(elements) <= CONTEXT_ELEMENTS:
                errors.append(f"{where}: {len(elements)} context elements")
            for element in elements:
                errors += _text_errors(element, TEXT_OBJECT, f"{where}.elements")
        elif kind == "actions":
            elements = block.get("elements", [])
            if not 1 <= len(elements) <= ACTIONS_ELEMENTS:
                errors.append(f"{where}: {len(elements)} action elements")
            for element in elements:
                if element.get("type") != "button":
                    errors.append(f"{where}: unsupported element {element.get('type')}")
                    continue
                errors += _text_errors(element.get("text"), BUTTON_TEXT, where, plain_only=True)
                if len(str(element.get("value", ""))) > BUTTON_VALUE:
                    errors.append(f"{where}: button value over {BUTTON_VALUE}")
                if len(str(element.get("url", ""))) > BUTTON_URL:
                    errors.append(f"{where}: button url over {BUTTON_URL}")
                if len(str(element.get("action_id", ""))) > ID_LENGTH:
                    errors.append(f"{where}: action_id too long")
        elif kind != "divider":
            errors.append(f"{where}: unsupported block type {kind!r}")
    return errors


def _text_errors(obj: Any, limit: int, where: str, *, plain_only: bool = False) -> list[str]:
    if not isinstance(obj, dict) or obj.get("type") not in ("plain_text", "mrkdwn"):
        return [f"{where}: not a text object"]
    if plain_only and obj["type"] != "plain_text":
        return [f"{where}: must be plain_text"]
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        return [f"{where}: empty text"]
    if len(text) > limit:
        return [f"{where}: text of {len(text)} characters (max {limit})"]
    return []


@dataclass
class Recorded:
    method: str
    params: dict[str, Any]
    status: int = 200
    error: str | None = None


@dataclass
class _Injection:
    kind: str  # "ratelimit" | "fail" | "drop" | "stall" | "refuse"
    status: int = 500
    error: str = ""
    retry_after: float = 1.0
    landed: bool = False
    seconds: float = 0.0


@dataclass
class SlackServer:
    token: str = TOKEN
    # What a call with any other token is told: Slack says invalid_auth for a token it
    # does not know, token_revoked / account_inactive for one it disabled.
    auth_error: str = "invalid_auth"
    team_id: str = TEAM_ID
    channels: dict[str, str] = field(default_factory=dict)  # id -> name
    outside: set[str] = field(default_factory=set)  # channels the bot is not a member of
    messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    ephemeral: list[dict[str, Any]] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)
    _injections: dict[str, list[_Injection]] = field(default_factory=dict)
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _clock: int = 1_700_000_000_000_100  # microseconds: ts values strictly increase
    _httpd: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    @contextmanager
    def running(cls, **channels: str) -> Iterator[SlackServer]:
        """A started server with ``channels`` (id=name); stopped on exit."""
        server = cls()
        for channel_id, name in channels.items():
            server.add_channel(channel_id, name)
        server.start()
        try:
            yield server
        finally:
            server.stop()

    def start(self) -> None:
        handler = type("Handler", (_Handler,), {"slack": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/api/"

    # ------------------------------------------------------------------ set-up

    def add_channel(self, channel_id: str, name: str) -> None:
        self.channels[channel_id] = name
        self.messages.setdefault(channel_id, [])

    def remove_channel(self, channel_id: str) -> None:
        """The channel is gone for the app (deleted, renamed, archived): every call naming
        it says channel_not_found, and conversations.list leaves it out. ``add_channel``
        brings it back with its messages."""
        with self._lock:
            self.channels.pop(channel_id, None)

    def set_time(self, when: datetime) -> None:
        """Messages posted from now on carry ts values from ``when`` on (for tests whose
        clock is not the stand-in's epoch and that look posts up by time)."""
        with self._lock:
            self._clock = max(self._clock, int(when.timestamp() * 1_000_000))

    def rate_limit(self, method: str, retry_after: float = 1, times: int = 1) -> None:
        self._inject(method, _Injection("ratelimit", status=429, retry_after=retry_after), times)

    def fail(self, method: str, status: int = 500, times: int = 1, *, landed: bool = False) -> None:
        self._inject(method, _Injection("fail", status=status, landed=landed), times)

    def refuse(self, method: str, error: str, times: int = 1) -> None:
        """Slack answers HTTP 200 with ``{"ok": false, "error": error}`` (a layout it will
        not take, ``invalid_blocks`` beyond what its documented limits say, ...)."""
        self._inject(method, _Injection("refuse", status=200, error=error), times)

    def drop(self, method: str, times: int = 1, *, landed: bool = True) -> None:
        self._inject(method, _Injection("drop", landed=landed), times)

    def stall(self, method: str, seconds: float, times: int = 1) -> None:
        self._inject(method, _Injection("stall", seconds=seconds), times)

    def recover(self) -> None:
        """Slack is back: the failures still queued by rate_limit/fail/drop are dropped."""
        with self._lock:
            self._injections.clear()

    def _inject(self, method: str, injection: _Injection, times: int) -> None:
        with self._lock:
            self._injections.setdefault(method, []).extend([injection] * times)

    # ------------------------------------------------------------------ inspection

    def calls(self, method: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.method == method]

    def top_level(self, channel: str) -> list[dict[str, Any]]:
        with self._lock:
            return [m for m in self.messages.get(channel, []) if not _is_reply(m)]

    def replies(self, channel: str, ts: str) -> list[dict[str, Any]]:
        with self._lock:
            return [
                m
                for m in self.messages.get(channel, [])
                if m.get("thread_ts") == ts and m["ts"] != ts
            ]

    def message(self, channel: str, ts: str) -> dict[str, Any]:
        with self._lock:
            return next(m for m in self.messages.get(channel, []) if m["ts"] == ts)

    def all_messages(self) -> list[dict[str, Any]]:
        with self._lock:
            return [m for msgs in self.messages.values() for m in msgs]

    # ------------------------------------------------------------------ API

    def _next_ts(self) -> str:
        self._clock += 100
        return f"{self._clock // 1_000_000}.{self._clock % 1_000_000:06d}"

    def _channel(self, value: Any) -> str | None:
        value = str(value or "")
        if value in self.channels:
            return value
        name = value.lstrip("#")
        return next((cid for cid, n in self.channels.items() if n == name), None)

    def handle(
        self, method: str, params: dict[str, Any]
    ) -> tuple[int, dict[str, str], dict[str, Any]]:
        """Apply one call; returns (HTTP status, headers, JSON body)."""
        with self._lock:
            api = getattr(self, "api_" + method.replace(".", "_"), None)
            if api is None:
                return 404, {}, {"ok": False, "error": "unknown_method"}
            return 200, {}, api(params)

    def api_auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": self.team_id}

    def api_conversations_info(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params.get("channel"))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        return {
            "ok": True,
            "channel": {
                "id": channel,
                "name": self.channels[channel],
                "is_channel": True,
                "is_member": channel not in self.outside,
            },
        }

    def api_conversations_list(self, params: dict[str, Any]) -> dict[str, Any]:
        channels = [
            {"id": cid, "name": name, "is_channel": True} for cid, name in self.channels.items()
        ]
        return {"ok": True, "channels": channels, "response_metadata": {"next_cursor": ""}}

    def _check_message(self, params: dict[str, Any]) -> str | None:
        text = params.get("text")
        blocks = params.get("blocks")
        if not text and not blocks:
            return "no_text"
        if text and len(str(text)) > MESSAGE_TEXT:
            return "msg_too_long"
        if blocks is not None and block_errors(blocks):
            return "invalid_blocks"
        metadata = params.get("metadata")
        if metadata is not None and (
            not isinstance(metadata, dict)
            or not _EVENT_TYPE.match(str(metadata.get("event_type", "")))
            or not isinstance(metadata.get("event_payload"), dict)
        ):
            return "invalid_metadata_format"
        return None

    def api_chat_postMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params.get("channel"))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        error = self._check_message(params)
        if error:
            return {"ok": False, "error": error}
        thread_ts = params.get("thread_ts")
        if thread_ts and not any(m["ts"] == thread_ts for m in self.messages[channel]):
            return {"ok": False, "error": "thread_not_found"}
        message = {
            "type": "message",
            "ts": self._next_ts(),
            "bot_id": "BBOT",
            "text": params.get("text", ""),
            "blocks": params.get("blocks") or [],
            "metadata": params.get("metadata"),
            "thread_ts": thread_ts,
            "reply_broadcast": bool(params.get("reply_broadcast")),
            "options": {
                k: params.get(k) for k in ("link_names", "parse", "unfurl_links", "unfurl_media")
            },
        }
        self.messages[channel].append(message)
        return {
            "ok": True,
            "channel": channel,
            "ts": message["ts"],
            "message": _public(message, True),
        }

    def api_chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params.get("channel"))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        found = [m for m in self.messages[channel] if m["ts"] == params.get("ts")]
        if not found:
            return {"ok": False, "error": "message_not_found"}
        error = self._check_message(params)
        if error:
            return {"ok": False, "error": error}
        message = found[0]
        message["text"] = params.get("text", "")
        message["blocks"] = params.get("blocks") or []
        if params.get("metadata") is not None:
            message["metadata"] = params["metadata"]
        message["edited"] = True
        return {"ok": True, "channel": channel, "ts": message["ts"]}

    def api_chat_delete(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params.get("channel"))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        before = len(self.messages[channel])
        self.messages[channel] = [m for m in self.messages[channel] if m["ts"] != params.get("ts")]
        if len(self.messages[channel]) == before:
            return {"ok": False, "error": "message_not_found"}
        return {"ok": True, "channel": channel, "ts": params.get("ts")}

    def api_chat_postEphemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params.get("channel"))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        if not params.get("user"):
            return {"ok": False, "error": "user_not_in_channel"}
        error = self._check_message(params)
        if error:
            return {"ok": False, "error": error}
        self.ephemeral.append({"channel": channel, **params})
        return {"ok": True, "message_ts": self._next_ts()}

    def api_conversations_history(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params.get("channel"))
        if channel is None or params.get("channel") != channel:  # ids only, like Slack
            return {"ok": False, "error": "channel_not_found"}
        oldest = float(params.get("oldest") or 0)
        with_metadata = _truthy(params.get("include_all_metadata"))
        shown = [
            m
            for m in reversed(self.messages[channel])
            if (not _is_reply(m) or m.get("reply_broadcast")) and float(m["ts"]) > oldest
        ]
        return self._page([_public(m, with_metadata) for m in shown], params)

    def api_conversations_replies(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params.get("channel"))
        if channel is None or params.get("channel") != channel:
            return {"ok": False, "error": "channel_not_found"}
        ts = params.get("ts")
        parent = [m for m in self.messages[channel] if m["ts"] == ts]
        if not parent:
            return {"ok": False, "error": "thread_not_found"}
        with_metadata = _truthy(params.get("include_all_metadata"))
        thread = parent + [
            m for m in self.messages[channel] if m.get("thread_ts") == ts and m["ts"] != ts
        ]
        return self._page([_public(m, with_metadata) for m in thread], params)

    @staticmethod
    def _page(messages: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
        limit = int(params.get("limit") or 100)
        start = int(params.get("cursor") or 0)
        page = messages[start : start + limit]
        more = start + limit < len(messages)
        return {
            "ok": True,
            "messages": page,
            "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }


def _is_reply(message: dict[str, Any]) -> bool:
    return bool(message.get("thread_ts")) and message["thread_ts"] != message["ts"]


def _truthy(value: Any) -> bool:
    return str(value).lower() in ("1", "true")


def _public(message: dict[str, Any], with_metadata: bool) -> dict[str, Any]:
    shown = {k: v for k, v in message.items() if k not in ("metadata", "options")}
    if with_metadata and message.get("metadata"):
        shown["metadata"] = message["metadata"]
    return shown


class _Handler(BaseHTTPRequestHandler):
    slack: SlackServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        return

    def do_GET(self) -> None:
        self._serve(parse_qs(urlsplit(self.path).query))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        query = parse_qs(urlsplit(self.path).query)
        if (self.headers.get("Content-Type") or "").startswith("application/json"):
            params: dict[str, Any] = {k: v[0] for k, v in query.items()}
            params.update(json.loads(raw or b"{}"))
            self._serve(params, decoded=True)
        else:
            query.update(parse_qs(raw.decode("utf-8")))
            self._serve(query)

    def _serve(self, params: dict[str, Any], *, decoded: bool = False) -> None:
        method = urlsplit(self.path).path.rsplit("/", 1)[-1]
        if not decoded:
            params = {k: v[0] for k, v in params.items()}
            # Form-encoded calls carry JSON arguments as strings.
            for key in ("blocks", "metadata"):
                if isinstance(params.get(key), str):
                    params[key] = json.loads(params[key])
        slack = self.slack
        if self.headers.get("Authorization") != f"Bearer {slack.token}":
            with slack._lock:
                slack.requests.append(Recorded(method, params, 200, slack.auth_error))
            self._send(200, {}, {"ok": False, "error": slack.auth_error})
            return
        with slack._lock:
            queue = slack._injections.get(method) or []
            held = queue.pop(0) if queue and queue[0].kind == "stall" else None
        if held is not None:
            time.sleep(held.seconds)  # outside the lock: other calls see nothing of it yet
        with slack._lock:
            queue = slack._injections.get(method) or []
            injection = queue.pop(0) if queue else None
            if injection is not None and injection.kind == "ratelimit":
                slack.requests.append(Recorded(method, params, 429, "ratelimited"))
                self._send(
                    429,
                    {"Retry-After": f"{injection.retry_after:g}"},
                    {"ok": False, "error": "ratelimited"},
                )
                return
            if injection is None or injection.landed:
                status, headers, body = slack.handle(method, params)
            else:
                status, headers, body = 200, {}, {}
            if injection is not None and injection.kind == "fail":
                slack.requests.append(Recorded(method, params, injection.status, "internal_error"))
                self._send(injection.status, {}, {"ok": False, "error": "internal_error"})
                return
            if injection is not None and injection.kind == "refuse":
                slack.requests.append(Recorded(method, params, 200, injection.error))
                self._send(200, {}, {"ok": False, "error": injection.error})
                return
            if injection is not None and injection.kind == "drop":
                slack.requests.append(Recorded(method, params, 0, "dropped"))
                self.close_connection = True
                return
            slack.requests.append(
                Recorded(method, params, status, None if body.get("ok") else body.get("error"))
            )
        self._send(status, headers, body)

    def _send(self, status: int, headers: dict[str, str], body: dict[str, Any]) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)
