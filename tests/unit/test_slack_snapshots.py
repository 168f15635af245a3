"""Snapshots: for each event type, the alert as Slack shows it and the draft statement.

The files under tests/snapshots/ were read and approved by a person; a difference fails
the test. After a deliberate change, regenerate with
``DEMANDWATCH_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/unit/test_slack_snapshots.py``
and review the diff before committing it.
"""

from __future__ import annotations

import difflib
import json
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from demandwatch.core.delivery import ParentState
from demandwatch.core.models import EVENT_TYPES, EventType, Mark
from demandwatch.drafts import render_draft
from demandwatch.slack.blocks import (
    RenderContext,
    render_alert,
    render_as_text,
    render_reply,
)
from slack_support import TODAY, event_alert, make_config

SNAPSHOTS = Path(__file__).resolve().parents[1] / "snapshots"
UPDATE = os.environ.get("DEMANDWATCH_UPDATE_SNAPSHOTS") == "1"


def _compare(name: str, actual: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(
            f"no snapshot {path}; create it with DEMANDWATCH_UPDATE_SNAPSHOTS=1 and review it"
        )
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"snapshots/{name}",
                tofile="rendered now",
            )
        )
        pytest.fail(f"snapshot {name} differs:\n{diff}")


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_alert_and_draft_snapshot(event_type: EventType) -> None:
    config = make_config()
    ctx = RenderContext.from_config(config)
    alert = event_alert(event_type)
    later = replace(
        alert,
        id=f"{alert.id}-2",
        source_name="UN News",
        item=replace(alert.item, key="later", title=f"Follow-up: {alert.item.title}"),
    )
    claimed = ParentState(
        extra_sources=1, claimed=Mark("U0RESPOND", datetime(2012, 2, 4, 17, 5, tzinfo=UTC))
    )
    parts = [
        "=== alert: top-level message (Block Kit rendered as text) ===",
        render_as_text(render_alert(alert, ctx)),
        "=== the same message after one more source and a claim ===",
        render_as_text(render_alert(alert, ctx, claimed)),
        "=== a later item: thread reply ===",
        render_as_text(render_reply(later, ctx, escalates=alert.priority != "P1")),
        "=== draft statement (demandwatch draft / the Draft statement button) ===",
        render_draft([alert, later], config, today=TODAY, story_id=alert.id),
    ]
    _compare(f"{event_type}.txt", "\n".join(parts))


def test_block_kit_json_snapshot_of_a_veto_alert() -> None:
    message = render_alert(event_alert("veto"), RenderContext.from_config(make_config()))
    payload = {"text": message.text, "blocks": list(message.blocks)}
    _compare("veto-blocks.json", json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
