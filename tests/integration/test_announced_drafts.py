"""The draft of an announced meeting, from outside (probe s13 P13): `demandwatch run --once`
against a local feed server with a SQLite state file, then `demandwatch draft --story`.

"Security Council to hold emergency meeting ... on Friday", published on a Tuesday, is
about the Friday ahead: the draft dates it then and does not write it up as held.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from demandwatch.cli import main
from demandwatch.core.drafts import long_date
from feeds import QUIET_ENTRIES, Entry, rss, write_config

pytestmark = pytest.mark.integration

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def test_an_announced_meeting_is_drafted_ahead_on_the_day_it_is_to_be_held(
    httpserver: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    published = datetime.now(UTC) - timedelta(minutes=30)
    meeting_day = published.date() + timedelta(days=3)
    weekday = WEEKDAYS[meeting_day.weekday()]
    announced = Entry(
        title=f"Security Council to hold emergency meeting on Syria detainees on {weekday}",
        link="https://news.un.org/en/story/2026/12/1170700",
        description=f"The Security Council will hold an emergency meeting on {weekday} on "
        "reports of mass executions of detainees in Syria, at the request of France. The "
        "Commission of Inquiry is expected to brief on access for monitors.",
        published=published,
    )
    config = write_config(tmp_path / "cfg", [{"id": "news", "url": httpserver.url_for("/n.xml")}])
    state = tmp_path / "state.sqlite3"
    common = ["--config", str(config), "--state", str(state)]

    def serve(*entries: Entry) -> None:
        httpserver.clear()
        httpserver.expect_request("/n.xml").respond_with_data(
            rss([*entries, *QUIET_ENTRIES]), content_type="application/rss+xml"
        )

    serve()
    assert main(["run", "--once", *common]) == 0  # the baseline
    serve(announced)
    assert main(["run", "--once", *common]) == 0
    capsys.readouterr()
    assert main(["stories", "--json", *common]) == 0
    [story] = json.loads(capsys.readouterr().out)
    assert story["event"] == "meeting"

    assert main(["draft", "--story", story["id"], *common]) == 0
    draft = capsys.readouterr().out
    assert long_date(meeting_day) in draft
    past = published.date() - timedelta(days=(published.weekday() - meeting_day.weekday()) % 7)
    assert long_date(past) not in draft
    # Not yet held: nothing "was said" at it, and it is not "its meeting on" a day gone by.
    assert "was said at the meeting" not in draft
    assert "ahead of" in draft
    assert "the UN Security Council ahead of its meeting" in draft
