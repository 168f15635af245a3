"""Source health through the real poll: a local feed server, the real Service and SQLite
state, a recording notifier in place of Slack."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytest_httpserver import HTTPServer

from demandwatch.store.sqlite import SqliteStore
from feeds import QUIET_ENTRIES, rss, write_config
from integration.test_poll import RecordingNotifier, run_once


def test_a_source_reported_silent_that_then_fails_is_reported_failing(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """Probe s16 R8: once a "silent" notice was given, only "recovered" could follow; a
    quiet source that then answered errors poll after poll was never reported failing
    (the ops channel's last word on it stayed "silent", the quiet season's)."""
    config_dir = write_config(
        tmp_path / "cfg",
        [{"id": "wib", "url": httpserver.url_for("/wib.xml"), "expect_every": "1d"}],
    )
    state = tmp_path / "s.db"
    notifier = RecordingNotifier()
    httpserver.expect_request("/wib.xml").respond_with_data(
        rss(QUIET_ENTRIES), content_type="application/rss+xml"
    )
    run_once(config_dir, state, notifier)  # the baseline
    # Its newest item was three days ago: the next good poll finds it silent.
    store = SqliteStore(state)
    try:
        three_days_ago = datetime.now(UTC) - timedelta(days=3)
        store.save_source_state(
            replace(store.get_source_state("wib"), last_new_item=three_days_ago)
        )
    finally:
        store.close()
    run_once(config_dir, state, notifier)
    assert [n.kind for n in notifier.notices] == ["silent"]

    httpserver.clear()
    httpserver.expect_request("/wib.xml").respond_with_data("", status=503)
    for _ in range(4):
        run_once(config_dir, state, notifier)
    assert [n.kind for n in notifier.notices] == ["silent", "failing"]
    assert "HTTP 503" in notifier.notices[1].text()

    # Back and still quiet, then failing again, answering again: said once, not at each
    # turn (review s16 A7: a quiet source that fails most of the time flapped).
    for _ in range(2):
        httpserver.clear()
        httpserver.expect_request("/wib.xml").respond_with_data(
            rss(QUIET_ENTRIES), content_type="application/rss+xml"
        )
        run_once(config_dir, state, notifier)
        httpserver.clear()
        httpserver.expect_request("/wib.xml").respond_with_data("", status=503)
        for _ in range(4):
            run_once(config_dir, state, notifier)
    assert [n.kind for n in notifier.notices] == ["silent", "failing"]
