"""The second set-aside part (tests/eval/setaside/*-2.jsonl) is well formed.

These files are measured only, never tuned on, so no figure is asserted here: only that
every line loads, names demands the shipped campaign knows (a renamed demand would
otherwise silently score as one nobody matches), and keeps the shape the README gives.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from demandwatch.cli import load_labelled
from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.models import EVENT_TYPES

SETASIDE = Path(__file__).resolve().parents[1] / "eval" / "setaside"
FILES = ("english-2.jsonl", "multilingual-2.jsonl", "busy-week-2.jsonl")
EVENTS = set(EVENT_TYPES)


def _raw(name: str) -> list[dict[str, object]]:
    lines = (SETASIDE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", FILES)
def test_every_line_loads_with_known_demand_ids(name: str) -> None:
    demand_ids = [d.id for d in load_config(SHIPPED_CONFIG_DIR).demands]
    items = load_labelled(SETASIDE / name, demand_ids)
    raw = _raw(name)
    assert len(items) == len(raw) > 0
    ids = [item.id for item in items]
    assert len(set(ids)) == len(ids)
    assert all(item_id.startswith("s2-") for item_id in ids)
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
