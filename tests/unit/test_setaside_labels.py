"""The later set-aside parts (tests/eval/setaside/*-2.jsonl … *-6.jsonl) are well formed.

These files are measured only, never tuned on, so no figure is asserted here: only that
every line loads, names demands the shipped campaign knows (a renamed demand would
otherwise silently score as one nobody matches), and keeps the shape the README gives.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from demandwatch.cli import load_labelled
from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.evaluation import LabelledItem
from demandwatch.core.models import EVENT_TYPES

SETASIDE = Path(__file__).resolve().parents[1] / "eval" / "setaside"
FILES = {
    "english-2.jsonl": "s2-",
    "multilingual-2.jsonl": "s2-",
    "busy-week-2.jsonl": "s2-",
    "english-3.jsonl": "s3-",
    "multilingual-3.jsonl": "s3-",
    "busy-week-3.jsonl": "s3-bw-",
    "english-4.jsonl": "s4-en-",
    "multilingual-4.jsonl": "s4-",
    "busy-week-4.jsonl": "s4-bw-",
    "english-5.jsonl": "s5-en-",
    "multilingual-5.jsonl": "s5-",
    "busy-week-5.jsonl": "s5-bw-",
    "busy-week-6.jsonl": "s6-bw-",
}
EVENTS = set(EVENT_TYPES)


def _raw(name: str) -> list[dict[str, object]]:
    lines = (SETASIDE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize(("name", "prefix"), sorted(FILES.items()))
def test_every_line_loads_with_known_demand_ids(name: str, prefix: str) -> None:
    demand_ids = [d.id for d in load_config(SHIPPED_CONFIG_DIR).demands]
    items = load_labelled(SETASIDE / name, demand_ids)
    raw = _raw(name)
    assert len(items) == len(raw) > 0
    ids = [item.id for item in items]
    assert len(set(ids)) == len(ids)
    assert all(item_id.startswith(prefix) for item_id in ids)
    published = [str(x["published"]) for x in raw]
    assert published == sorted(published)
    assert all(item.expected_event in EVENTS for item in items)
    assert all(item.story for item in items)


def test_english_part_covers_every_demand_event_and_a_third_of_traps() -> None:
    items = load_labelled(SETASIDE / "english-2.jsonl")
    assert len(items) >= 120
    assert {item.language for item in items} == {"en"}
    assert {item.expected_event for item in items} == EVENTS
    demands = Counter(d for item in items for d in item.expected_demands)
    assert len(demands) == 6
    assert min(demands.values()) >= 10
    negatives = sum(1 for item in items if not item.expected_demands)
    assert negatives * 3 >= len(items) * 0.9  # about a third are hard negatives


def test_each_other_language_has_twenty_items_and_hard_negatives() -> None:
    items = load_labelled(SETASIDE / "multilingual-2.jsonl")
    by_language = Counter(item.language for item in items)
    assert set(by_language) == {"fr", "es", "de", "ru", "ar"}
    assert min(by_language.values()) >= 20
    negatives = Counter(item.language for item in items if not item.expected_demands)
    assert set(negatives) == set(by_language)
    assert min(negatives.values()) >= 6


def test_busy_week_keeps_near_miss_developments_apart() -> None:
    items = load_labelled(SETASIDE / "busy-week-2.jsonl")
    days = {item.published.date() for item in items if item.published is not None}
    assert len(days) <= 7
    stories = Counter(item.story for item in items)
    assert sum(1 for size in stories.values() if size > 1) >= 4
    # two vetoes of different drafts on consecutive days are two stories
    veto_stories = {item.story for item in items if item.expected_event == "veto"}
    assert len(veto_stories) >= 2


def test_ids_are_unique_across_set_aside_parts() -> None:
    ids = [item.id for name in FILES for item in load_labelled(SETASIDE / name)]
    assert len(set(ids)) == len(ids)


def test_english_part_three_covers_every_demand_event_and_a_third_of_traps() -> None:
    items = load_labelled(SETASIDE / "english-3.jsonl")
    assert len(items) >= 140
    assert {item.language for item in items} == {"en"}
    assert {item.expected_event for item in items} == EVENTS
    demands = Counter(d for item in items for d in item.expected_demands)
    assert len(demands) == 6
    assert min(demands.values()) >= 12
    negatives = sum(1 for item in items if not item.expected_demands)
    assert negatives * 3 >= len(items)  # at least a third are hard negatives


def test_each_other_language_of_part_three_has_every_demand_and_traps() -> None:
    items = load_labelled(SETASIDE / "multilingual-3.jsonl")
    by_language = Counter(item.language for item in items)
    assert set(by_language) == {"fr", "es", "de", "ru", "ar"}
    assert min(by_language.values()) >= 25
    shipped = {d.id for d in load_config(SHIPPED_CONFIG_DIR).demands}
    for language in by_language:
        mine = [item for item in items if item.language == language]
        assert {d for item in mine for d in item.expected_demands} == shipped, language
        assert sum(1 for item in mine if not item.expected_demands) >= 6, language


def test_busy_week_three_keeps_a_vote_and_its_rival_draft_apart() -> None:
    items = load_labelled(SETASIDE / "busy-week-3.jsonl")
    days = {item.published.date() for item in items if item.published is not None}
    assert len(days) <= 7
    stories = Counter(item.story for item in items)
    assert sum(1 for size in stories.values() if size > 1) >= 4
    # the veto and the rival draft that failed at the same meeting are two stories,
    # each reported in more than one language
    veto_stories = {item.story for item in items if item.expected_event == "veto"}
    failed_rival = {
        item.story
        for item in items
        if item.expected_event == "other" and item.story and "draft" in item.story
    }
    assert veto_stories
    assert failed_rival
    assert not veto_stories & failed_rival
    for story in veto_stories | failed_rival:
        assert len({item.language for item in items if item.story == story}) >= 2


@pytest.mark.parametrize("name", ["english-3.jsonl", "multilingual-3.jsonl", "busy-week-3.jsonl"])
def test_part_three_veto_items_name_who_vetoed(name: str) -> None:
    items = load_labelled(SETASIDE / name)
    vetoes = [item for item in items if item.expected_event == "veto"]
    assert vetoes
    assert all(item.expected_vetoed_by for item in vetoes)
    # drafts short of nine votes are labelled as vetoed by nobody
    assert any(item.expected_vetoed_by == frozenset() for item in items)


def test_ids_are_unique_across_every_set_aside_file() -> None:
    ids = [item.id for path in sorted(SETASIDE.glob("*.jsonl")) for item in load_labelled(path)]
    assert len(set(ids)) == len(ids)


def _veto_labels_are_complete(items: list[LabelledItem]) -> None:
    vetoes = [item for item in items if item.expected_event == "veto"]
    assert vetoes
    # every veto item names the permanent members it says voted no
    assert all(item.expected_vetoed_by for item in vetoes)
    # and a draft short of nine votes is labelled as vetoed by nobody, not as a veto
    short = [item for item in items if item.expected_vetoed_by == frozenset()]
    assert short
    assert all(item.expected_event != "veto" for item in short)


def test_english_part_four_covers_every_demand_event_and_traps() -> None:
    items = load_labelled(SETASIDE / "english-4.jsonl")
    assert len(items) >= 140
    assert {item.language for item in items} == {"en"}
    assert {item.expected_event for item in items} == EVENTS
    demands = Counter(d for item in items for d in item.expected_demands)
    assert set(demands) == {d.id for d in load_config(SHIPPED_CONFIG_DIR).demands}
    assert min(demands.values()) >= 13
    assert sum(1 for item in items if not item.expected_demands) >= 50
    years = {item.published.year for item in items if item.published is not None}
    assert min(years) == 2011
    assert max(years) == 2025
    _veto_labels_are_complete(items)


def test_each_other_language_of_part_four_has_every_demand_twice_and_traps() -> None:
    items = load_labelled(SETASIDE / "multilingual-4.jsonl")
    by_language = Counter(item.language for item in items)
    assert set(by_language) == {"fr", "es", "de", "ru", "ar"}
    assert min(by_language.values()) >= 24
    assert {item.expected_event for item in items} == EVENTS
    shipped = {d.id for d in load_config(SHIPPED_CONFIG_DIR).demands}
    for language in by_language:
        mine = [item for item in items if item.language == language]
        demands = Counter(d for item in mine for d in item.expected_demands)
        assert set(demands) == shipped, language
        assert min(demands.values()) >= 2, language
        assert sum(1 for item in mine if not item.expected_demands) >= 7, language
    # one development reported in several languages is one story
    languages_by_story: dict[str, set[str]] = {}
    for item in items:
        languages_by_story.setdefault(str(item.story), set()).add(item.language)
    assert sum(1 for langs in languages_by_story.values() if len(langs) >= 3) >= 10
    _veto_labels_are_complete(items)


def test_busy_week_four_keeps_same_day_developments_apart() -> None:
    items = load_labelled(SETASIDE / "busy-week-4.jsonl")
    days = {item.published.date() for item in items if item.published is not None}
    assert len(days) <= 7
    assert max(days) - min(days) <= timedelta(days=6)
    assert {item.language for item in items} == {"en", "fr", "es", "de", "ru", "ar"}
    stories = Counter(item.story for item in items)
    assert len(stories) >= 12
    assert sum(1 for size in stories.values() if size > 1) >= 6
    # the veto and the rival draft short of votes at the same meeting are two stories,
    # each reported in more than one language
    veto_stories = {item.story for item in items if item.expected_event == "veto"}
    short_of_votes = {item.story for item in items if item.expected_vetoed_by == frozenset()}
    assert len(veto_stories) == 1
    assert short_of_votes
    assert not veto_stories & short_of_votes
    for story in veto_stories | short_of_votes:
        assert len({item.language for item in items if item.story == story}) >= 2
    # the rival text circulated days before its vote is a story of its own
    drafts = {item.story for item in items if item.expected_event == "draft_resolution"}
    assert drafts
    assert not drafts & (veto_stories | short_of_votes)
    _veto_labels_are_complete(items)


def test_english_part_five_covers_every_demand_event_and_traps() -> None:
    items = load_labelled(SETASIDE / "english-5.jsonl")
    assert len(items) >= 140
    assert {item.language for item in items} == {"en"}
    assert {item.expected_event for item in items} == EVENTS
    demands = Counter(d for item in items for d in item.expected_demands)
    assert set(demands) == {d.id for d in load_config(SHIPPED_CONFIG_DIR).demands}
    assert min(demands.values()) >= 12
    assert sum(1 for item in items if not item.expected_demands) >= 50
    years = {item.published.year for item in items if item.published is not None}
    assert min(years) == 2011
    assert max(years) == 2025
    # vetoes on other files are traps: they carry the event but no demand
    assert any(item.expected_event == "veto" and not item.expected_demands for item in items)
    _veto_labels_are_complete(items)


def test_each_other_language_of_part_five_has_every_demand_twice_and_traps() -> None:
    items = load_labelled(SETASIDE / "multilingual-5.jsonl")
    by_language = Counter(item.language for item in items)
    assert set(by_language) == {"fr", "es", "de", "ru", "ar"}
    assert min(by_language.values()) >= 24
    assert {item.expected_event for item in items} == EVENTS
    assert all(item.id.startswith(f"s5-{item.language}-") for item in items)
    shipped = {d.id for d in load_config(SHIPPED_CONFIG_DIR).demands}
    for language in by_language:
        mine = [item for item in items if item.language == language]
        demands = Counter(d for item in mine for d in item.expected_demands)
        assert set(demands) == shipped, language
        assert min(demands.values()) >= 2, language
        assert sum(1 for item in mine if not item.expected_demands) >= 7, language
    # one development reported in several languages is one story
    languages_by_story: dict[str, set[str]] = {}
    for item in items:
        languages_by_story.setdefault(str(item.story), set()).add(item.language)
    assert sum(1 for langs in languages_by_story.values() if len(langs) >= 3) >= 10
    _veto_labels_are_complete(items)


def test_busy_week_five_keeps_a_veto_apart_from_the_week_around_it() -> None:
    items = load_labelled(SETASIDE / "busy-week-5.jsonl")
    days = {item.published.date() for item in items if item.published is not None}
    assert max(days) - min(days) <= timedelta(days=6)
    assert {item.language for item in items} == {"en", "fr", "es", "de", "ru", "ar"}
    stories = Counter(item.story for item in items)
    assert len(stories) >= 12
    assert sum(1 for size in stories.values() if size > 1) >= 6
    vetoes = [item for item in items if item.expected_event == "veto"]
    assert vetoes
    assert all(item.expected_vetoed_by for item in vetoes)
    # one vote is one story, whatever the language, the register or the day it is told
    (veto_story,) = {item.story for item in vetoes}
    told = [item for item in items if item.story == veto_story]
    assert len({item.language for item in told}) == 6
    published = [item.published for item in told if item.published is not None]
    assert max(published) - min(published) >= timedelta(days=3)  # a record catalogued later
    # the Assembly's resolution days later, reactions to other news and talks the same day
    # are stories of their own
    assert any(
        item.expected_event == "resolution_adopted" and item.story != veto_story for item in items
    )
    assert any(
        item.expected_event == "statement"
        and item.story != veto_story
        and item.published is not None
        and item.published.date() == min(published).date()
        for item in items
    )


def test_busy_week_six_keeps_each_draft_of_one_meeting_apart() -> None:
    items = load_labelled(SETASIDE / "busy-week-6.jsonl")
    days = {item.published.date() for item in items if item.published is not None}
    assert max(days) - min(days) <= timedelta(days=6)
    languages = Counter(item.language for item in items)
    assert set(languages) == {"en", "fr", "es", "de", "ru", "ar"}
    assert min(languages.values()) >= 3
    stories = Counter(item.story for item in items)
    assert len(stories) >= 12
    assert sum(1 for size in stories.values() if size > 1) >= 8
    languages_by_story: dict[str, set[str]] = {}
    for item in items:
        languages_by_story.setdefault(str(item.story), set()).add(item.language)
    assert sum(1 for langs in languages_by_story.values() if len(langs) >= 2) >= 8
    _veto_labels_are_complete(items)
    # every draft put to the vote is a story of its own: a story holds the outcome of one
    # draft, never a veto together with a draft short of votes
    voted: dict[str, set[bool]] = {}
    for item in items:
        if item.expected_vetoed_by is not None:
            voted.setdefault(str(item.story), set()).add(bool(item.expected_vetoed_by))
    assert all(len(kinds) == 1 for kinds in voted.values())
    # several drafts voted on the same day, each its own story told in two languages or more
    first_day = {
        story: min(
            item.published.date()
            for item in items
            if item.story == story and item.published is not None
        )
        for story in voted
    }
    by_day = Counter(first_day.values())
    busiest, drafts_that_day = by_day.most_common(1)[0]
    assert drafts_that_day >= 3
    assert len(by_day) >= 2  # and another draft a few days later
    for story, day in first_day.items():
        if day == busiest:
            assert len(languages_by_story[story]) >= 2, story
    # the veto is told in all six languages, from the pre-vote post to a record catalogued days later
    (veto_story,) = {item.story for item in items if item.expected_event == "veto"}
    told = [item for item in items if item.story == veto_story]
    assert {item.language for item in told} == {"en", "fr", "es", "de", "ru", "ar"}
    assert any(item.expected_event == "vote_scheduled" for item in told)
    assert any(item.expected_event == "statement" for item in told)  # a reaction led by its speaker
    published = [item.published for item in told if item.published is not None]
    assert max(published) - min(published) >= timedelta(days=5)
    # other Council business the same day, and outside reactions all week, are near misses
    assert any(
        item.expected_event == "resolution_adopted"
        and item.story not in voted
        and item.published is not None
        and item.published.date() == busiest
        for item in items
    )
    assert sum(1 for item in items if not item.expected_demands) >= 12
