"""ReliefWeb API v2 from a local HTTP server: the POST it receives, the reports read back,
each refusal ReliefWeb gives (403, 410) as a failure, and the appname never shown —
not in a reason, not in the store, not in the logs."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import SecretStr
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from demandwatch import bootstrap
from demandwatch.app.status import gather_status
from demandwatch.config import Settings, Source, load_config
from demandwatch.core.models import FetchResult, Item, PollOutcome
from demandwatch.core.status import StatusReport, health_summary, status_json, status_lines
from demandwatch.exceptions import SourceSetupError
from demandwatch.slack.status import status_mrkdwn
from demandwatch.sources.kinds import request_for
from demandwatch.store.sqlite import SqliteStore
from feeds import fetch_and_parse, write_config

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reliefweb"
NOW = datetime(2026, 8, 28, 12, 0, tzinfo=UTC)
APPNAME = "acme-un-office-monitor-Zq83Kd"
MISSING = "ReliefWeb needs an approved appname: set RELIEFWEB_APPNAME"


def reliefweb_source(url: str) -> Source:
    return Source(
        id="reliefweb-syria",
        name="ReliefWeb — Syria reports",
        kind="reliefweb",
        url=url,
        tier="aggregator",
        key="default",
        interval=timedelta(minutes=30),
        timeout=timedelta(seconds=5),
        expect_every=timedelta(days=2),
        max_bytes=5_000_000,
        country="syr",
    )


def client_logs(caplog: pytest.LogCaptureFixture) -> str:
    """Everything our process logged; werkzeug's lines are the fake ReliefWeb's own access
    log (the server side), which of course sees the appname it was sent."""
    return "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug"))


def poll(source: Source, settings: Settings) -> tuple[FetchResult, list[Item]]:
    return fetch_and_parse(source, now=NOW, settings=settings)


def test_reports_are_posted_for_and_parsed(httpserver: HTTPServer) -> None:
    received: list[Request] = []

    def reports(request: Request) -> Response:
        received.append(request)
        return Response(
            (FIXTURES / "syria-reports.json").read_bytes(), content_type="application/json"
        )

    httpserver.expect_request("/v2/reports", method="POST").respond_with_handler(reports)
    source = reliefweb_source(httpserver.url_for("/v2/reports"))

    result, items = poll(source, Settings(reliefweb_appname=APPNAME))

    assert result.status == "ok"
    (request,) = received
    assert request.args.to_dict() == {"appname": APPNAME}
    assert request.headers["Content-Type"] == "application/json"
    body = json.loads(request.get_data())
    assert body["filter"] == {
        "operator": "AND",
        "conditions": [{"field": "primary_country.iso3", "value": "syr"}],
    }
    assert body["sort"] == ["date.created:desc"]
    assert {"title", "url_alias", "body-html", "date.created", "source.name"} <= set(
        body["fields"]["include"]
    )
    assert [i.key for i in items] == [
        "reliefweb:4190001",
        "reliefweb:4189876",
        "reliefweb:4189500",
    ]


@pytest.mark.parametrize(
    ("status", "fixture", "hint"),
    [
        (403, "forbidden.json", "ReliefWeb refused the appname"),
        (400, "forbidden.json", "ReliefWeb rejected the request"),
        (410, "v1-gone.json", "this ReliefWeb API version is retired"),
    ],
)
def test_refusals_are_failures_that_never_name_the_appname(
    httpserver: HTTPServer, caplog: pytest.LogCaptureFixture, status: int, fixture: str, hint: str
) -> None:
    httpserver.expect_request("/v2/reports", method="POST").respond_with_data(
        (FIXTURES / fixture).read_bytes(), status=status, content_type="application/json"
    )
    caplog.set_level(logging.DEBUG)

    result, items = poll(
        reliefweb_source(httpserver.url_for("/v2/reports")), Settings(reliefweb_appname=APPNAME)
    )

    assert (result.status, result.http_status, items) == ("failed", status, [])
    assert result.reason is not None
    assert result.reason.startswith(f"HTTP {status}: {hint}")
    assert APPNAME not in result.reason
    # httpx logs each request line with its URL; the appname is redacted from it.
    assert "appname=***" in client_logs(caplog)
    assert APPNAME not in client_logs(caplog)


def test_a_refused_connection_never_names_the_appname() -> None:
    # Port 1 on loopback: nothing listens there, the connection is refused at once.
    closed = "http://127.0.0.1:1/v2/reports"
    result, _ = poll(reliefweb_source(closed), Settings(reliefweb_appname=APPNAME))
    assert result.status == "failed"
    assert result.reason is not None
    assert result.reason.startswith("connection error")
    assert APPNAME not in result.reason


def test_without_an_appname_nothing_is_sent(httpserver: HTTPServer) -> None:
    source = reliefweb_source(httpserver.url_for("/v2/reports"))
    with pytest.raises(SourceSetupError, match="set RELIEFWEB_APPNAME"):
        request_for(source, Settings())
    assert httpserver.log == []


def run_once(config_dir: Path, state: Path, settings: Settings) -> list[PollOutcome]:
    config = load_config(config_dir)

    async def go() -> list[PollOutcome]:
        async with bootstrap.service(settings, config, state_path=state) as service:
            return await service.poll()

    return asyncio.run(go())


def test_a_missing_appname_is_not_configured_not_a_failing_source(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    config = write_config(
        tmp_path / "cfg",
        [
            {
                "id": "reliefweb-syria",
                "kind": "reliefweb",
                "tier": "aggregator",
                "url": httpserver.url_for("/v2/reports"),
                "country": "syr",
            }
        ],
    )
    state = tmp_path / "state.sqlite3"

    # Run after run: "not configured", never a failure that would raise health notices.
    for _ in range(4):
        (outcome,) = run_once(config, state, Settings())
        assert (outcome.source_id, outcome.status, outcome.reason) == (
            "reliefweb-syria",
            "not_configured",
            MISSING,
        )
    assert httpserver.log == []
    store = SqliteStore(state)
    try:
        saved = store.get_source_state("reliefweb-syria")
    finally:
        store.close()
    assert (saved.consecutive_failures, saved.last_error) == (0, MISSING)
    assert not saved.health_notified


def test_status_says_a_source_without_its_appname_is_not_configured_until_it_is(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """Before: ReliefWeb without an appname showed as "waiting" for a first poll, and was
    counted ok, for ever. Status says it is not configured and what to set, in the
    terminal, as JSON, in Slack and in the digest's health line; once the appname is set
    the next poll asks it and the status moves on."""
    httpserver.expect_request("/v2/reports", method="POST").respond_with_data(
        (FIXTURES / "syria-reports.json").read_bytes(), content_type="application/json"
    )
    config_dir = write_config(
        tmp_path / "cfg",
        [
            {
                "id": "reliefweb-syria",
                "name": "ReliefWeb Syria",
                "kind": "reliefweb",
                "tier": "aggregator",
                "url": httpserver.url_for("/v2/reports"),
                "country": "syr",
            }
        ],
    )
    config = load_config(config_dir)
    state = tmp_path / "state.sqlite3"

    def status() -> StatusReport:
        store = SqliteStore(state, readonly=True)
        try:
            return gather_status(config.sources, store, datetime.now(UTC))
        finally:
            store.close()

    run_once(config_dir, state, Settings())
    run_once(config_dir, state, Settings())
    (health,) = status().sources
    assert (health.health, health.last_error) == ("not_configured", MISSING)
    assert health_summary(status().sources) == (
        "Sources: 0 ok, 0 failing, 1 not configured (ReliefWeb Syria)"
    )
    assert any("not polled: " + MISSING in line for line in status_lines(status()))
    as_json = json.loads(json.dumps(status_json(status())))
    assert [(s["health"], s["last_error"]) for s in as_json["sources"]] == [
        ("not_configured", MISSING)
    ]
    assert "not configured" in status_mrkdwn(status())
    assert httpserver.log == []

    (outcome,) = run_once(config_dir, state, Settings(reliefweb_appname=SecretStr("ngo-app")))
    assert outcome.status == "new_items"
    (health,) = status().sources
    assert (health.health, health.last_error) == ("ok", None)
    assert health_summary(status().sources) == "Sources: 1 ok, 0 failing"


def test_the_service_stores_a_403_without_the_appname(
    httpserver: HTTPServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    httpserver.expect_request("/v2/reports", method="POST").respond_with_data(
        (FIXTURES / "forbidden.json").read_bytes(), status=403, content_type="application/json"
    )
    config = write_config(
        tmp_path / "cfg",
        [
            {
                "id": "reliefweb-syria",
                "kind": "reliefweb",
                "tier": "aggregator",
                "url": httpserver.url_for("/v2/reports"),
                "country": "syr",
            }
        ],
    )
    state = tmp_path / "state.sqlite3"
    caplog.set_level(logging.DEBUG)

    (outcome,) = run_once(config, state, Settings(reliefweb_appname=APPNAME))

    assert (outcome.status, outcome.reason) == (
        "failed",
        "HTTP 403: ReliefWeb refused the appname: it must be one ReliefWeb has approved",
    )
    store = SqliteStore(state)
    try:
        saved = store.get_source_state("reliefweb-syria")
    finally:
        store.close()
    assert saved.last_error == outcome.reason
    assert APPNAME not in client_logs(caplog)
