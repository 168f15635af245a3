"""`demandwatch digest --post` against the local Slack stand-in: one message per campaign,
in the campaign's channel, tagged as a digest, with the same content the console shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from demandwatch.cli import EXIT_OK, main
from demandwatch.config import SHIPPED_CONFIG_DIR
from demandwatch.core.models import Event, NewEntry
from demandwatch.ports import Delivery
from demandwatch.store.sqlite import SqliteStore
from integration.slack_server import TOKEN, SlackServer
from slack_support import make_alert

pytestmark = pytest.mark.integration


def test_digest_post_sends_the_campaign_digest_to_its_channel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "state.sqlite3"
    store = SqliteStore(state)
    now = datetime.now(UTC)
    alert = make_alert("a-veto", priority="P1", event=Event("veto"), created=now)
    store.record_new("un-press", [NewEntry("k", alert, fingerprint="f")], now, timedelta(days=9))
    [leased] = store.claim_alerts(now, timedelta(minutes=5))
    store.complete_alert(leased.id, Delivery("C0SYRIA", "1.1"), now)
    store.mark_drafted(leased.id, "U0WRITER", now)
    store.close()
    for name in ("SLACK_CHANNEL", "DEMANDWATCH_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    with SlackServer.running(C0SYRIA="syria-un", C0ALERTS="un-alerts") as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("SLACK_API_URL", slack.url)
        code = main(
            ["digest", "--post", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)]
        )
        assert code == EXIT_OK, capsys.readouterr().err
        [posted] = slack.top_level("C0SYRIA")
        assert slack.top_level("C0ALERTS") == []
    assert posted["metadata"]["event_type"] == "demandwatch_digest"
    text = "\n".join(b["text"]["text"] for b in posted["blocks"])
    assert alert.item.title in text
    assert "draft made" in text
    assert "Sources: " in text
    assert "digest posted to Slack for 1 campaign(s)" in capsys.readouterr().out
