"""Session 46 (w6, bench memory_10k): a poll lets go of what it no longer reads, with the
same results. The raw entries are dropped as they are listed, the listings as their Items
are made, and a known document's key is the caller's string, not the store row's copy."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from demandwatch.core.models import NewEntry, Report, SeenDocument
from demandwatch.service import _drained
from demandwatch.sources import rss
from demandwatch.sources.feedread import read_feed
from demandwatch.store.sqlite import SqliteStore

CHECKOUT = Path(__file__).resolve().parents[2]  # where bench/ is: not installed, not on the path
FEEDS = CHECKOUT / "tests" / "fixtures" / "feeds"
FETCHED = datetime(2026, 3, 1, tzinfo=UTC)


def _listed_whole(body: bytes, **options: object) -> list[rss.Listed]:
    """The listing as it was made before: every raw entry held until the last is listed."""
    feed = read_feed(body, {}, max_markup=rss.MAX_MARKUP_CHARS)
    return [
        rss._listed(
            raw,
            "s",
            FETCHED,
            feed.language,
            bool(options.get("strip_outlet", False)),
            options.get("feed_url"),  # type: ignore[arg-type]
        )
        for raw in feed.entries
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in FEEDS.glob("*.xml")))
@pytest.mark.parametrize("strip_outlet", [False, True])
def test_each_fixture_lists_as_it_did(name: str, strip_outlet: bool) -> None:
    body = (FEEDS / name).read_bytes()
    url = "https://example.org/feed.xml"
    listed = rss.list_feed(
        body, {}, source_id="s", fetched=FETCHED, strip_outlet=strip_outlet, feed_url=url
    )
    assert listed
    assert listed == _listed_whole(body, strip_outlet=strip_outlet, feed_url=url)


def test_a_bench_feed_lists_as_it_did_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(CHECKOUT))
    from bench.corpus import feed_body

    body = feed_body(7, 0, 30, FETCHED)
    listed = rss.list_feed(body, {}, source_id="s", fetched=FETCHED)
    assert len(listed) == 30
    assert listed == _listed_whole(body)


def test_drained_yields_each_in_order_and_lets_each_go() -> None:
    pairs = [("a", 1), ("b", 2), ("c", 3)]
    taken = []
    for pair in _drained(pairs):
        taken.append(pair)
        assert len(pairs) == 3 - len(taken)  # the list no longer holds what was taken
    assert taken == [("a", 1), ("b", 2), ("c", 3)]
    assert pairs == []
    assert list(_drained([])) == []


def test_known_documents_carry_the_callers_keys(tmp_path: Path) -> None:
    store = SqliteStore(str(tmp_path / "state.sqlite3"))
    try:
        report = Report("veto", frozenset({"stop-veto"}), frozenset({"vetoer:Russia"}))
        store.record_new(
            "s",
            [NewEntry("url:a", fingerprint="f1", level=3, report=report), NewEntry("url:b")],
            FETCHED,
            timedelta(days=30),
        )
        keys = ["".join(["url:", "a"]), "".join(["url:", "b"]), "url:c", "url:a"]
        known = store.seen_documents(keys, FETCHED)
        assert known == {
            "url:a": SeenDocument("url:a", "f1", 3, report),
            "url:b": SeenDocument("url:b", "", 0, None),
        }
        # (each the caller's string object: one of the equal ones it passed)
        for key, seen in known.items():
            assert any(key is mine for mine in keys)
            assert seen.key is key
    finally:
        store.close()


def test_a_seen_document_still_pickles_for_the_parse_workers() -> None:
    seen = SeenDocument("url:a", "f1", 3, Report("veto", frozenset({"stop-veto"}), None))
    assert pickle.loads(pickle.dumps(seen)) == seen
    assert not hasattr(seen, "__dict__")
