"""A Council draft voted down without a veto, as the console and `demandwatch stories` say
it (review s19 V6): `demandwatch run --once` without Slack against a local feed server
with a SQLite state file. Slack headed such a vote "Draft voted down" (ff02cfd), but the
console headed the same alert "P2 DRAFT RESOLUTION" and `stories` listed it as a draft
resolution, as if the text still circulated.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from demandwatch.cli import main
from feeds import QUIET_ENTRIES, Entry, rss, write_config

pytestmark = pytest.mark.integration

# (the wire tells the vote of its own day: a weekday two days or more before is a past vote)
PUBLISHED = datetime.now(UTC) - timedelta(minutes=20)
VOTED_DOWN = Entry(
    title="Syria chemical weapons inquiry draft fails to win enough votes in Security Council",
    link="https://wire.example/world/syria-inquiry-draft-fails",
    description=(
        "A draft resolution renewing the investigation into chemical weapons attacks in Syria "
        "(S/2026/914) failed to obtain the required number of votes in the Security Council "
        f"on {PUBLISHED:%A}. It received 7 votes in favour, 2 against (Russian Federation, "
        "China) and 6 abstentions."
    ),
    published=PUBLISHED,
)


def test_a_draft_voted_down_is_said_so_by_the_console_and_stories(
    httpserver: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    config = write_config(tmp_path / "cfg", [{"id": "wire", "url": httpserver.url_for("/w.xml")}])
    common = ["--config", str(config), "--state", str(tmp_path / "state.sqlite3")]

    def serve(*entries: Entry) -> None:
        httpserver.clear()
        httpserver.expect_request("/w.xml").respond_with_data(
            rss([*entries, *QUIET_ENTRIES]), content_type="application/rss+xml"
        )

    serve()
    assert main(["run", "--once", *common]) == 0  # the baseline
    capsys.readouterr()
    serve(VOTED_DOWN)
    assert main(["run", "--once", *common]) == 0
    out = capsys.readouterr().out
    assert "P2 DRAFT VOTED DOWN" in out, out
    assert "DRAFT RESOLUTION" not in out, out
    assert "vote: 7 in favour, 2 against" in out, out

    assert main(["stories", *common]) == 0
    listed = capsys.readouterr().out
    [head] = [line for line in listed.splitlines() if line[:1].strip()]  # the story's line
    assert " P2 draft voted down  " in head, listed
    assert "draft_resolution" not in listed, listed
