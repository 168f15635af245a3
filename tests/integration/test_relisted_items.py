"""A story its feed lists again under another link or guid, from outside: `demandwatch run
--once` against a local feed server, the Slack stand-in (tests/integration/slack_server.py)
and a SQLite state file (probe s21 U3).

Wires re-slug a story's link, with or without a new guid, and list it again, word for word
and of the same time: the same document, said once. One listed again with a new text is
another version, a reply in its thread as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from feeds import Entry
from integration.cli_runs import OneFeed
from integration.slack_server import SlackServer
from slack_support import CHANNELS, SYRIA_CHANNEL

pytestmark = pytest.mark.integration

# Half an hour ago, at a second past the minute a wire stamps (never a bare day's midnight).
PUBLISHED = (datetime.now(UTC) - timedelta(minutes=30)).replace(second=17, microsecond=0)
FLASH = Entry(
    title="Russia blocks U.N. Council statement on Idlib camp shelling",
    link="https://wire.example/world/middle-east/russia-blocks-un-council-statement-on-idlib-"
    "camp-shelling-2026-12-30/",
    description="Russia on Tuesday blocked a U.N. Security Council press statement condemning "
    "the shelling of a camp for displaced people in Syria's Idlib province that killed at "
    "least 14 civilians, diplomats said. The text, drafted by France, called for "
    "accountability and unhindered humanitarian access.",
    guid="w-idlib-1230",
    published=PUBLISHED,
)
# The same story under the wire's article address and a newsml guid (the probe's case).
NEW_LINK_AND_GUID = replace(
    FLASH,
    link="https://wire.example/article/idUSL1N3X0ABC?utm_source=rss",
    guid="tag:wire.example,2026:newsml_L1N3X0ABC",
)
# The flash re-slugged, its guid kept.
NEW_SLUG = replace(
    FLASH,
    link="https://wire.example/world/middle-east/russia-blocks-un-statement-on-idlib-camp-"
    "shelling-diplomats-2026-12-30/",
)
# The story rewritten, with a new fact, under a new link: another version.
UPDATED = replace(
    NEW_LINK_AND_GUID,
    description="Russia on Tuesday blocked a U.N. Security Council press statement condemning "
    "the shelling of a camp for displaced people in Syria's Idlib province, where the death "
    "toll rose to 21 civilians, diplomats said. The text, drafted by France, called for "
    "accountability and unhindered humanitarian access.",
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


@pytest.fixture
def outside(httpserver: HTTPServer, slack: SlackServer, tmp_path: Path) -> OneFeed:
    world = OneFeed(httpserver, slack, tmp_path, "wire")
    world.serve()
    world.run()  # the baseline
    return world


def _alerted(outside: OneFeed, first: Entry) -> None:
    outside.serve(first)
    posted = outside.run()
    assert "delivered=1" in posted.stdout, posted.stdout
    top, replies = outside.thread()
    assert "Russia blocks U.N. Council statement" in top["text"]
    assert replies == []


@pytest.mark.parametrize(
    ("first", "again", "old_listing_kept"),
    [
        pytest.param(FLASH, NEW_LINK_AND_GUID, False, id="new link and guid"),
        pytest.param(FLASH, NEW_SLUG, False, id="new slug, same guid"),
        # A feed whose links all name its front page: its items are keyed on their guid.
        pytest.param(
            replace(FLASH, link="https://wire.example/"),
            replace(FLASH, link="https://wire.example/", guid="w-idlib-1230-r1"),
            False,
            id="new guid, no link of its own",
        ),
        # The wire lists both addresses a while.
        pytest.param(FLASH, NEW_LINK_AND_GUID, True, id="new link beside the old"),
    ],
)
def test_a_story_listed_again_under_another_link_or_guid_is_not_said_again(
    outside: OneFeed, first: Entry, again: Entry, old_listing_kept: bool
) -> None:
    _alerted(outside, first)

    listed = (again, first) if old_listing_kept else (again,)
    outside.serve(*listed)
    relisted = outside.run()
    assert "new=0" in relisted.stdout, relisted.stdout
    assert "delivered=0" in relisted.stdout, relisted.stdout
    top, replies = outside.thread()
    assert replies == []  # no "➕ Statement: Russia blocks ..." under itself
    assert "+1 source" not in top["text"]

    # Found under its new key from now on: the next poll is as quiet.
    outside.serve(*listed)
    quiet = outside.run()
    assert "delivered=0" in quiet.stdout, quiet.stdout
    assert outside.thread()[1] == []


def test_a_story_rewritten_under_a_new_link_is_still_said_in_its_thread(outside: OneFeed) -> None:
    _alerted(outside, FLASH)

    outside.serve(UPDATED)
    updated = outside.run()
    assert "new=1" in updated.stdout, updated.stdout
    assert "delivered=1" in updated.stdout, updated.stdout
    _, [reply] = outside.thread()  # one top-level message: the reply is in its thread
    assert "death toll rose to 21" in str(reply["blocks"])


def test_two_links_of_one_story_first_seen_in_one_answer_alert_once(outside: OneFeed) -> None:
    outside.serve(FLASH, NEW_LINK_AND_GUID)
    posted = outside.run()
    assert "new=1" in posted.stdout, posted.stdout
    assert "delivered=1" in posted.stdout, posted.stdout
    assert outside.thread()[1] == []

    outside.serve(FLASH, NEW_LINK_AND_GUID)
    again = outside.run()
    assert "delivered=0" in again.stdout, again.stdout
    assert outside.thread()[1] == []


def test_a_state_from_before_relisting_keys_alerts_nothing_again(outside: OneFeed) -> None:
    """An upgrade: a state the previous release wrote holds its documents without relisting
    keys (their rows are otherwise the same). Its documents are known by their keys: the
    same feed read again says nothing."""
    _alerted(outside, FLASH)
    with sqlite3.connect(outside.state) as db:
        dropped = db.execute("DELETE FROM documents WHERE doc_key LIKE 'relisted:%'").rowcount
    assert dropped == 1  # the story's: the quiet items have a title alone
    outside.serve(FLASH)  # the quiet items re-dated: another body, read and decided again
    again = outside.run()
    assert "new=0" in again.stdout, again.stdout
    assert "delivered=0" in again.stdout, again.stdout
    assert outside.thread()[1] == []
    assert len(outside.slack.top_level(SYRIA_CHANNEL)) == 1
