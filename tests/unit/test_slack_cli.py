"""`demandwatch draft` prints the same stub the Draft statement button posts."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from demandwatch import cli
from demandwatch.core.models import NewEntry
from demandwatch.store.sqlite import SqliteStore
from slack_support import T0, event_alert


@pytest.fixture
def state(tmp_path: Path) -> Path:
    path = tmp_path / "state.sqlite3"
    store = SqliteStore(path)
    alerts = [
        replace(event_alert("vote_scheduled"), story_id="story-77"),
        replace(event_alert("veto"), story_id="story-77"),
        event_alert("statement"),  # no story yet: its own story
    ]
    store.record_new("un-press", [NewEntry(a.id, a) for a in alerts], T0, timedelta(days=1))
    store.close()
    return path


def _draft(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["draft", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_draft_by_story_uses_every_item_of_the_story(
    state: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _draft(capsys, "--story", "story-77", "--state", str(state))
    assert code == 0
    assert out.startswith("DRAFT — NOT FOR RELEASE\n")
    assert "(story story-77, event: veto)" in out
    assert "Prepared by demandwatch from 2 source items" in out
    assert "veto cast by the Russian Federation and China against draft resolution S/2012/77" in out


def test_draft_by_alert_drafts_its_story(state: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, by_alert, _ = _draft(capsys, "--alert", "a0vote", "--state", str(state))
    assert code == 0
    assert "(story story-77, event: veto)" in by_alert


def test_an_alert_without_story_is_its_own_story(
    state: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _draft(capsys, "--story", "a0statement", "--state", str(state))
    assert code == 0
    assert "(story a0statement, event: statement)" in out


def test_unknown_id_fails_clearly(state: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _draft(capsys, "--story", "nope", "--state", str(state))
    assert code == cli.EXIT_FAILED
    assert out == ""
    assert "no story nope recorded" in err


def test_feedback_when_there_is_none(state: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["feedback", "--state", str(state)]) == 0
    assert capsys.readouterr().out == "no feedback yet\n"
