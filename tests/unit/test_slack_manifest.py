"""The Slack app manifest asks for the least this code uses, and for what it uses."""

from __future__ import annotations

from pathlib import Path

import yaml

MANIFEST = Path(__file__).resolve().parents[2] / "infra" / "slack" / "manifest.yaml"


def test_manifest_least_scopes_and_features() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert manifest["oauth_config"]["scopes"] == {
        "bot": ["chat:write", "channels:history", "channels:read", "commands"]
    }
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    [command] = manifest["features"]["slash_commands"]
    assert command["command"] == "/demandwatch"
    assert command["usage_hint"] == "status | demands | test <text>"
