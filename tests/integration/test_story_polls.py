"""Stories as production makes them: every poll rebuilds its clusterer from the stories the
store keeps (``service._RunStories``), so a story rule may rely only on what is saved with a
story, never on what one clusterer remembers between items. Every top-level eval set with
labelled stories is clustered one alert per poll through a SQLite store, and must give the
stories the eval reports (``core.evaluation.cluster_labelled``), so that its figures and the
floors on them state what production gets."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest

from demandwatch.cli import load_labelled
from demandwatch.core import stories as stories_module
from demandwatch.core.evaluation import story_run
from demandwatch.core.models import Alert, Event, Item, Match, NewEntry, VoteTally
from demandwatch.core.pipeline import assign_stories
from demandwatch.core.stories import (
    STORY_LOOKBACK,
    Story,
    StoryClusterer,
    StoryItem,
    assign_polled,
)
from demandwatch.core.symbols import find_symbols
from demandwatch.service import _RunStories
from demandwatch.store.sqlite import SqliteStore
from eval_stories import story_candidates, story_run_of, story_sets

SETS = list(story_sets())


def _at(when: datetime) -> datetime:
    return when


def polled_through_store(path: Path, store: SqliteStore, *, labelled_events: bool) -> list[str]:
    """Each item of the set as the one alert of a poll at its publication, as
    ``Service.poll_source`` clusters and saves it: the run's stories are read from the
    store, the alert is given its story, and the stories it touched are saved."""
    ids: list[str] = []
    for item, event, kind in story_run_of(path, labelled_events=labelled_events):
        assert item.published is not None
        text = f"{item.title}\n{item.summary}"
        alert = Alert(
            id=item.id,
            item=Item(
                source_id="eval",
                key=item.id,
                url="",
                title=item.title,
                text=item.summary,
                published=item.published,
                fetched=item.published,
                symbols=find_symbols(text),
            ),
            matches=tuple(Match(d, ()) for d in sorted(item.expected_demands)),
            source_name="eval",
            created=item.published,
            event=replace(event, type=kind),
        )
        run = _RunStories(store, partial(_at, item.published))
        entries = [NewEntry(item.id, alert)]
        [entry] = assign_stories(entries, run.clusterer(entries))
        assert entry.alert is not None
        assert entry.alert.story_id is not None
        run.touch([entry.alert.story_id])
        run.save()
        ids.append(entry.alert.story_id)
    return ids


@pytest.mark.parametrize("labelled_events", [False, True], ids=["classified", "labelled"])
def test_every_story_set_clusters_poll_by_poll_through_the_store_as_the_eval_reports(
    tmp_path: Path, labelled_events: bool
) -> None:
    assert len(SETS) >= 20
    assert {"stories-busy-5.jsonl", "stories-busy-2.jsonl"} <= {p.name for p in SETS}
    for path in SETS:
        candidates = story_candidates(path, labelled_events=labelled_events)
        if not candidates:
            continue
        saved: dict[str, Story] = {}
        reported = [assign_polled(saved, cand).id for cand in candidates]
        store = SqliteStore(tmp_path / f"{path.stem}-{labelled_events}.sqlite3")
        try:
            got = polled_through_store(path, store, labelled_events=labelled_events)
        finally:
            store.close()
        assert got == reported, path.name


@pytest.mark.parametrize("labelled_events", [False, True], ids=["classified", "labelled"])
def test_a_clusterer_rebuilt_at_every_poll_forgets_nothing_a_story_rule_needs(
    tmp_path: Path, labelled_events: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every story read back (no lookback), polls that each rebuild the clusterer from
    the store make the stories one clusterer fed every item makes: whatever a rule needs of
    a story's past items is saved with the story. (The sets span weeks to years; a real poll
    reads back a week, a voting record's 45 days, which the test above holds to.)"""
    monkeypatch.setattr(stories_module, "lookback", lambda records: timedelta(days=365 * 30))
    for path in SETS:
        candidates = story_candidates(path, labelled_events=labelled_events)
        if not candidates:
            continue
        memory = StoryClusterer()
        expected = [memory.assign(cand)[0].id for cand in candidates]
        store = SqliteStore(tmp_path / f"{path.stem}-{labelled_events}.sqlite3")
        try:
            got = polled_through_store(path, store, labelled_events=labelled_events)
        finally:
            store.close()
        assert got == expected, path.name


def test_a_voting_record_catalogued_weeks_later_joins_its_vote_through_the_store(
    tmp_path: Path,
) -> None:
    """stories-busy-2 holds voting records catalogued two to three weeks after their vote: a
    poll bringing one reads back as far as a record joins (45 days), not a week."""
    path = next(p for p in SETS if p.name == "stories-busy-2.jsonl")
    store = SqliteStore(tmp_path / "records.sqlite3")
    try:
        got = polled_through_store(path, store, labelled_events=True)
    finally:
        store.close()
    run = story_run(load_labelled(path), labelled_events=True) or []
    story_of = {item.id: story for (item, _, _), story in zip(run, got, strict=True)}
    first_of = {story: item for item, story in reversed(list(story_of.items()))}
    late = [
        item for item, _, _ in run if item.id.startswith("b2-en-undl-") and item.story is not None
    ]
    assert len(late) >= 4
    for item in late:
        # Joined the story of an item published more than a week before it.
        first = next(i for i, _, _ in run if i.id == first_of[story_of[item.id]])
        assert first.story == item.story, item.id
        assert first.published is not None
        assert item.published is not None
        assert item.published - first.published > STORY_LOOKBACK, item.id


def _alert(key: str, title: str, text: str, when: datetime, event: Event) -> NewEntry:
    item = Item("undl", key, "", title, text, when, when, symbols=find_symbols(f"{title}\n{text}"))
    return NewEntry(
        key, Alert(key, item, (Match("stop-veto-obstruction", ()),), "UNDL", when, event=event)
    )


def test_a_run_that_meets_a_voting_record_reads_back_further_keeping_what_it_changed(
    tmp_path: Path,
) -> None:
    """A run reads a week of stories for its first alerts; a voting record later in the run
    makes it save what it changed and read back as far as a record joins its vote."""
    now = datetime(2031, 5, 20, 15, tzinfo=UTC)
    voted = now - timedelta(days=20)
    vote = StoryItem("v1", "un-press", "Draft S/2031/300 vetoed", "", voted, "veto")
    old = Story(
        id="st-vote",
        title=vote.title,
        first_seen=voted,
        last_seen=voted,
        event="veto",
        priority="P1",
        demands=("stop-veto-obstruction",),
        symbols=("S/2031/300",),
        items=(vote,),
        words={"draft": 2, "veto": 2},
        tally="13-2-0",
    )
    store = SqliteStore(tmp_path / "run.sqlite3")
    try:
        store.save_story(old)
        run = _RunStories(store, partial(_at, now))
        news = _alert(
            "n1",
            "Council members meet on humanitarian access",
            "Members discussed the crossings in closed consultations.",
            now,
            Event("meeting"),
        )
        week = run.clusterer([news])
        assert old.id not in week.stories
        [entry] = assign_stories([news], week)
        assert entry.alert is not None
        run.touch([entry.alert.story_id])
        record = _alert(
            "r1",
            "Draft resolution S/2031/300 : Security Council vote",
            "Voting record. Yes: 13; No: 2. Not adopted.",
            now,
            Event("veto", vote=VoteTally(13, 2, 0)),
        )
        deeper = run.clusterer([record])
        assert deeper is not week
        assert {old.id, entry.alert.story_id} <= deeper.stories.keys()
        [joined] = assign_stories([record], deeper)
        assert joined.alert is not None
        assert joined.alert.story_id == old.id
        run.touch([old.id])
        run.save()
        saved = store.get_story(old.id)
        assert saved is not None
        assert [i.alert_id for i in saved.items] == ["v1", "r1"]
        assert store.get_story(entry.alert.story_id or "") is not None
    finally:
        store.close()
