"""``demandwatch slack``: the interactive side over Socket Mode (no public URL needed).

Slack sends button clicks and slash commands over a WebSocket the app opens with its
app-level token (``xapp-...``, scope ``connections:write``). Requests arriving this way
are authenticated by that connection, so no signature check applies; the payload is
checked as over HTTP (schema, installed workspace) and each request is acknowledged at
once over the socket, then its follow-ups run.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from slack_sdk import WebClient
from slack_sdk.socket_mode import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from demandwatch.slack.interact import Ack, Interactions

log = logging.getLogger("demandwatch.slack")


class Responder(Protocol):
    def send_socket_mode_response(self, response: dict[str, Any] | SocketModeResponse) -> None: ...


def build_socket_client(app_token: str, web_client: WebClient) -> SocketModeClient:
    """The Socket Mode client (slack_sdk's built-in one: standard library only)."""
    if not app_token.startswith("xapp-"):
        raise ValueError("SLACK_APP_TOKEN must be an app-level token (xapp-...)")
    return SocketModeClient(app_token=app_token, web_client=web_client, concurrency=4)


class SocketModeBridge:
    """Turns Socket Mode requests into :class:`Interactions` calls: ack first, then work.

    The client calls listeners from a thread pool, and an SQLite handle belongs to the
    thread that opened it: ``factory`` builds one :class:`Interactions` (with its own
    store handle) per worker thread.
    """

    def __init__(self, factory: Callable[[], Interactions]) -> None:
        self._factory = factory
        self._local = threading.local()

    @property
    def interactions(self) -> Interactions:
        built: Interactions | None = getattr(self._local, "interactions", None)
        if built is None:
            built = self._local.interactions = self._factory()
        return built

    def handle(self, request: SocketModeRequest) -> Ack:
        if request.type == "interactive":
            return self.interactions.handle_payload(request.payload)
        if request.type == "slash_commands":
            # As sent: the schema checks each field's type (nothing is coerced to str).
            return self.interactions.handle_command(request.payload)
        return Ack()

    def __call__(self, client: Responder, request: SocketModeRequest) -> None:
        try:
            ack = self.handle(request)
        except Exception:  # a bug must not leave Slack waiting for the ack
            log.exception("Socket Mode %s request failed", request.type)
            ack = Ack()
        if ack.refused:
            # Acknowledged all the same (Slack would resend it), but nothing was done.
            log.warning("Socket Mode %s request refused: %s", request.type, ack.refused)
        client.send_socket_mode_response(
            SocketModeResponse(envelope_id=request.envelope_id, payload=ack.body)
        )
        if ack.follow_ups:
            self.interactions.run_all(ack.follow_ups)


def run(client: SocketModeClient, bridge: SocketModeBridge, stop: threading.Event) -> None:
    """Connect and serve until ``stop`` is set (Ctrl-C in ``demandwatch slack``)."""
    client.socket_mode_request_listeners.append(bridge)
    client.connect()
    log.info("demandwatch: Socket Mode connected; waiting for interactions")
    try:
        stop.wait()
    finally:
        client.close()
