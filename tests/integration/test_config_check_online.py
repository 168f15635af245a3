"""`demandwatch config check --online` against the local Slack stand-in and a local feed
server: the token, every configured channel (exists, bot is a member), every source
fetched once — one line per check."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from demandwatch.cli import EXIT_CONFIG, EXIT_OK, main
from feeds import QUIET_ENTRIES, rss, write_config
from integration.slack_server import TOKEN, SlackServer

pytestmark = pytest.mark.integration


@pytest.fixture
def config(tmp_path: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("DEMANDWATCH_CONFIG", "SLACK_CHANNEL", "SLACK_APP_TOKEN", "RELIEFWEB_APPNAME"):
        monkeypatch.delenv(name, raising=False)
    httpserver.expect_request("/feed").respond_with_data(
        rss(QUIET_ENTRIES), content_type="application/rss+xml"
    )
    httpserver.expect_request("/broken").respond_with_data("", status=200)
    return write_config(
        tmp_path / "config",
        [
            {"id": "good", "url": httpserver.url_for("/feed")},
            {"id": "empty", "url": httpserver.url_for("/broken")},
        ],
    )


def lines_of(out: str, check: str) -> list[str]:
    """The lines of one kind of check: '<status> <check> <subject>: <detail>'."""
    pattern = re.compile(rf"^\w+\s+{re.escape(check)}[ :]")
    return [line for line in out.splitlines() if pattern.match(line)]


def test_online_check_reports_each_channel_and_source(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shipped org and demands name #un-alerts, #demandwatch-ops and #syria-un.
    with SlackServer.running(C0ALERTS="un-alerts", C0SYRIA="syria-un") as slack:
        slack.outside.add("C0SYRIA")
        monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("SLACK_API_URL", slack.url)
        code = main(["config", "check", "--online", "--config", str(config)])
    out = capsys.readouterr().out
    assert code == EXIT_CONFIG
    (auth,) = lines_of(out, "slack auth.test")
    assert auth.startswith("ok ")
    assert "bot UBOT" in auth
    channels = {line.split()[3].rstrip(":"): line for line in lines_of(out, "slack channel")}
    assert set(channels) == {"#un-alerts", "#demandwatch-ops", "#syria-un"}
    assert channels["#un-alerts"].startswith("ok ")
    assert "C0ALERTS, bot is a member" in channels["#un-alerts"]
    assert channels["#syria-un"].startswith("error ")
    assert "not a member" in channels["#syria-un"]
    assert "/invite" in channels["#syria-un"]
    assert channels["#demandwatch-ops"].startswith("error ")
    assert "not found" in channels["#demandwatch-ops"]
    sources = {line.split()[2].rstrip(":"): line for line in lines_of(out, "source")}
    assert sources["good"].startswith("ok ")
    assert "3 item(s)" in sources["good"]
    assert sources["empty"].startswith("error ")
    assert "INVALID" in out.splitlines()[-2] or "INVALID" in out.splitlines()[-1]


def test_online_check_passes_when_everything_answers(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (config / "sources.yaml").write_text(
        (config / "sources.yaml").read_text(encoding="utf-8").replace("/broken", "/feed"),
        encoding="utf-8",
    )
    with SlackServer.running(C0A="un-alerts", C0B="syria-un", C0C="demandwatch-ops") as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("SLACK_API_URL", slack.url)
        code = main(["config", "check", "--online", "--json", "--config", str(config)])
        assert [c.method for c in slack.requests if c.method.startswith("chat.")] == []
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_OK
    online = [
        c for c in report["checks"] if c["check"] not in ("template", "event model", "demand model")
    ]
    assert [c["status"] for c in online] == ["ok"] * len(online)
    assert {c["check"] for c in online} == {"slack", "slack channel", "source"}
    assert len([c for c in online if c["check"] == "source"]) == 2


def test_online_check_with_slack_unreachable_is_a_failed_line(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")
    code = main(["config", "check", "--online", "--config", str(config)])
    captured = capsys.readouterr()
    assert code == EXIT_CONFIG
    (auth,) = lines_of(captured.out, "slack auth.test")
    assert auth.startswith("error ")
    assert "127.0.0.1:9" in auth
    assert TOKEN not in captured.out + captured.err


def test_online_check_without_a_token_says_slack_was_skipped(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    main(["config", "check", "--online", "--config", str(config)])
    (auth,) = lines_of(capsys.readouterr().out, "slack auth.test")
    assert auth.startswith("skipped ")
    assert "SLACK_BOT_TOKEN is not set" in auth
