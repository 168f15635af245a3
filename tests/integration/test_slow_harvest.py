"""The local run with a slow, paged UN Digital Library harvest (probe s15 K9): the other
sources' alerts go out at the run's poll budget, and the harvest resumes where it was cut."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from demandwatch import bootstrap, service
from demandwatch.config import Settings, load_config
from demandwatch.core.models import PollOutcome
from demandwatch.store.sqlite import SqliteStore
from feeds import VETO_ENTRY, rss, write_config
from slow_library import SlowLibrary

from .test_poll import RecordingNotifier, by_id

UNDL = "undl-sc-syria-votes"


def run_once(config_dir: Path, state: Path, notifier: RecordingNotifier) -> list[PollOutcome]:
    async def go() -> list[PollOutcome]:
        async with bootstrap.service(
            Settings(), load_config(config_dir), store=None, state_path=state, notifier=notifier
        ) as polling:
            outcomes, _ = await polling.run_once()
            return outcomes

    return asyncio.run(go())


def test_a_slow_harvest_holds_no_local_alert_and_resumes_where_the_budget_cut_it(
    httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = SlowLibrary(pages=5)
    try:
        httpserver.expect_request("/press.xml").respond_with_data(
            rss([VETO_ENTRY]), content_type="application/rss+xml"
        )
        config = write_config(
            tmp_path / "config",
            [
                {"id": "press", "url": httpserver.url_for("/press.xml"), "key": "un_press_symbol"},
                {
                    "id": UNDL,
                    "kind": "undl",
                    "tier": "official",
                    "url": library.url,
                    "query": "syria",
                },
            ],
            timeout="10s",
        )
        state = tmp_path / "state.sqlite3"
        notifier = RecordingNotifier()
        run_once(config, state, notifier)  # the baseline, the library answering at once
        assert library.asked == ["from", "p2", "p3", "p4", "p5"]

        # The library slows down (each page 1.5 s, within its 10 s timeout; 7.5 s in all)
        # past the run's poll budget; a veto comes in on the press feed.
        monkeypatch.setattr(service, "LOCAL_POLL_BUDGET", service.timedelta(seconds=3))
        library.delay = 1.5
        library.asked.clear()
        httpserver.clear()
        fresh = VETO_ENTRY.__class__(
            title="Security Council fails to adopt Syria draft after veto by Russian Federation",
            link="https://press.un.org/en/2026/sc99950.doc.htm",
            description="The draft (S/2026/150) received 13 votes in favour and 1 against.",
        )
        httpserver.expect_request("/press.xml").respond_with_data(
            rss([fresh, VETO_ENTRY]), content_type="application/rss+xml"
        )
        started = time.monotonic()
        outcomes = by_id(run_once(config, state, notifier))
        assert time.monotonic() - started < 3 + 5  # the budget, and the run's other work
        assert len(notifier.alerts) == 1  # the veto went out
        assert outcomes[UNDL].status == "failed"
        assert "poll budget" in (outcomes[UNDL].reason or "")
        cut = SqliteStore(state).get_source_state(UNDL)
        assert cut.harvest_token is not None
        assert cut.consecutive_failures == 1
        assert 1 <= len(library.asked) < 5

        for _ in range(6):
            outcome = by_id(run_once(config, state, notifier))[UNDL]
            if outcome.status != "failed":
                break
        assert library.asked.count("from") == 1, library.asked
        assert library.asked[-1] == "p5"
        whole = SqliteStore(state).get_source_state(UNDL)
        assert (whole.harvest_token, whole.consecutive_failures, whole.last_error) == (
            None,
            0,
            None,
        )
        # Read whole from when the cut harvest began: the next asks from then.
        assert whole.last_success == cut.harvest_from
        assert len(notifier.alerts) == 1
    finally:
        library.close()


def test_a_resumed_harvest_page_failing_once_resumes_there_again_not_from_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """K9's leftover: a harvest cut at the poll budget keeps its resumption token; when the
    resumed page then failed once (a 503 blip), the token was dropped and the next poll
    harvested from the start again, pages already read included (a slow library's harvest
    could so never finish). A transient failure keeps the token: the next poll asks that
    page again."""
    library = SlowLibrary(pages=4)
    try:
        config = write_config(
            tmp_path / "config",
            [
                {
                    "id": UNDL,
                    "kind": "undl",
                    "tier": "official",
                    "url": library.url,
                    "query": "syria",
                }
            ],
            timeout="10s",
        )
        state = tmp_path / "state.sqlite3"
        notifier = RecordingNotifier()
        monkeypatch.setattr(service, "LOCAL_POLL_BUDGET", service.timedelta(seconds=2))
        library.delay = 1.2
        run_once(config, state, notifier)  # cut after a page or two
        cut = SqliteStore(state).get_source_state(UNDL)
        assert cut.harvest_token is not None
        library.asked.clear()
        library.fail_next = 1
        failed = by_id(run_once(config, state, notifier))[UNDL]
        assert failed.status == "failed"
        assert library.asked == [cut.harvest_token]
        kept = SqliteStore(state).get_source_state(UNDL)
        assert (kept.harvest_token, kept.harvest_from) == (cut.harvest_token, cut.harvest_from)

        library.delay = 0.0
        library.asked.clear()
        by_id(run_once(config, state, notifier))
        assert library.asked[0] == cut.harvest_token, library.asked
        assert "from" not in library.asked
    finally:
        library.close()
