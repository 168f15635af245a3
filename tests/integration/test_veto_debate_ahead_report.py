"""A veto's own report that names the General Assembly debate it sets off, from outside:
`demandwatch run --once` against a local feed, the Slack stand-in and a SQLite state file.

Before: a wire headed "UN Security Council fails to renew Syria aid" over "Russia on Friday
vetoed ..., triggering a General Assembly debate within ten working days" read as the
Assembly's meeting: a P2 "Meeting" post, no page, no "Vetoed:" and no debate deadline, on
the day of the veto.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from feeds import Entry
from integration.cli_runs import OneFeed
from integration.slack_server import SlackServer
from slack_support import CHANNELS

pytestmark = pytest.mark.integration

VETO_REPORT = Entry(
    title="UN Security Council fails to renew Syria aid",
    link="https://wire.example.com/world/middle-east/un-fails-to-renew-syria-aid-2027-07-09/",
    description="UNITED NATIONS, July 9 (Wire) - Russia on Friday vetoed a Security Council "
    "resolution extending cross-border aid into Syria for a year, triggering a General "
    "Assembly debate within ten working days.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def test_the_veto_that_sets_off_the_debate_pages_as_the_veto(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path
) -> None:
    outside = OneFeed(httpserver, slack, tmp_path, "wire")
    outside.serve()
    outside.run()  # the baseline
    outside.serve(VETO_REPORT)
    run = outside.run().stdout
    assert "delivered=1" in run, run

    text = outside.posted_text()
    assert "P1" in text
    assert "Veto ·" in text
    assert "Vetoed:" in text
    assert "Russian Federation" in text
    assert "Meeting ·" not in text
    assert "General Assembly debate due" in text
