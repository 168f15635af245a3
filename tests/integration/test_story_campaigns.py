"""A story is one campaign's (probe s16 L5, R2): its thread, its digest line, its draft and a
Claim or a Mute on its message are that campaign's. A call for an arms embargo on all parties
in Yemen (a second campaign, #yemen-un) joined the story of the EU's call for an arms embargo
on Syria (#syria-un), sharing the words and the day. Polled through the real service, feed
and store, with the shipped campaign and a second one beside it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytest_httpserver import HTTPServer

from demandwatch import bootstrap
from demandwatch.config import Settings, load_config
from demandwatch.core.models import PollOutcome
from demandwatch.store.sqlite import SqliteStore
from feeds import QUIET_ENTRIES, Entry, rss, write_config

YEMEN = """
  - id: yemen-un
    title: Yemen at the Security Council
    channel: "#yemen-un"
    context: Yemen OR Yemeni
    demands:
      - id: yemen-arms-embargo
        title: An arms embargo on all parties in Yemen
        owner: "@yemen-team"
        match: '"arms embargo"'
        position: An arms embargo on every party to the conflict in Yemen.
        asks:
          - Impose an arms embargo on all parties.
        spokesperson: Yemen researcher
"""


def run_once(config_dir: Path, state: Path) -> list[PollOutcome]:
    config = load_config(config_dir)

    async def go() -> list[PollOutcome]:
        async with bootstrap.service(Settings(), config, state_path=state) as service:
            return await service.poll()

    return asyncio.run(go())


def test_a_call_of_another_campaign_is_its_own_story(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    config = write_config(
        tmp_path / "cfg", [{"id": "ngo-feed", "url": httpserver.url_for("/feed.xml")}]
    )
    with (config / "demands.yaml").open("a", encoding="utf-8") as demands:
        demands.write(YEMEN)
    state = tmp_path / "state.sqlite3"
    # The first poll records what the feed holds without alerting (its baseline).
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(QUIET_ENTRIES), content_type="application/rss+xml"
    )
    run_once(config, state)
    now = datetime.now(UTC)
    syria = Entry(
        title="EU calls for comprehensive arms embargo on Syria",
        link="https://example.org/eu-syria-embargo",
        description="European foreign ministers called for a comprehensive arms embargo on "
        "Syria, saying weapons kept reaching the government's forces.",
        published=now - timedelta(minutes=30),
    )
    yemen = Entry(
        title="Aid groups call for arms embargo on all parties in Yemen",
        link="https://example.org/yemen-embargo",
        description="Aid groups called for a comprehensive arms embargo on all parties in "
        "Yemen, saying weapons kept reaching the forces on both sides.",
        published=now - timedelta(minutes=10),
    )
    httpserver.clear()
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss([syria, yemen, *QUIET_ENTRIES]), content_type="application/rss+xml"
    )
    (outcome,) = run_once(config, state)
    assert (outcome.status, outcome.matched) == ("new_items", 2), outcome
    store = SqliteStore(state)
    try:
        stories = store.recent_stories(now - timedelta(days=1))
    finally:
        store.close()
    by_title = {story.items[0].title: story for story in stories}
    assert set(by_title) == {syria.title, yemen.title}, [s.items for s in stories]
    assert by_title[syria.title].demands == ("arms-embargo",)
    assert by_title[yemen.title].demands == ("yemen-arms-embargo",)
