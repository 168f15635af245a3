"""The top-level eval sets' items as candidates for the clusterer, in publication order,
built as the eval builds them (shared by the story tests that replay real sets).

Each set is read and classified once per test session (issue 13's neighbour, the suite's
wall time): the candidates and events are frozen values, and a clusterer copies what it
keeps of them, so every test that replays a set gets the same lists (fresh list objects)
that reading it afresh would give."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import cache
from pathlib import Path

from demandwatch.cli import load_labelled
from demandwatch.core.evaluation import LabelledItem, story_candidate, story_items, story_run
from demandwatch.core.events import classify
from demandwatch.core.models import Event, EventType
from demandwatch.core.stories import Candidate

EVAL = Path(__file__).resolve().parent / "eval"


@cache
def _eval_candidates() -> tuple[tuple[str, tuple[Candidate, ...]], ...]:
    out = []
    for path in sorted(EVAL.glob("*.jsonl")):
        items = sorted(
            (i for i in load_labelled(path) if i.published is not None),
            key=lambda i: i.published or datetime.min,
        )
        candidates = []
        for item in items:
            event = classify(item.title, item.summary, published=item.published)
            candidates.append(story_candidate(item, event, event.type))
        out.append((path.name, tuple(candidates)))
    return tuple(out)


def eval_candidates() -> Iterator[tuple[str, list[Candidate]]]:
    """Each set's name and its items as candidates.

    The set-aside part is measured on, never looked into: only the top-level sets."""
    for name, candidates in _eval_candidates():
        yield name, list(candidates)


def story_sets() -> Iterator[Path]:
    """The top-level sets whose items are labelled with stories (see ``story_run``): read
    by ``story_items``, which tells it without classifying them."""
    for path in sorted(EVAL.glob("*.jsonl")):
        if story_items(load_labelled(path)) is not None:
            yield path


@cache
def _story_run(
    path: Path, labelled_events: bool
) -> tuple[tuple[LabelledItem, Event, EventType], ...]:
    return tuple(story_run(load_labelled(path), labelled_events=labelled_events) or [])


def story_run_of(
    path: Path, *, labelled_events: bool = False
) -> list[tuple[LabelledItem, Event, EventType]]:
    """``story_run`` of the set at ``path`` (empty where it gives None), once a session."""
    return list(_story_run(path, labelled_events))


@cache
def _story_candidates(path: Path, labelled_events: bool) -> tuple[Candidate, ...]:
    return tuple(
        story_candidate(item, event, kind)
        for item, event, kind in _story_run(path, labelled_events)
    )


def story_candidates(path: Path, *, labelled_events: bool = False) -> list[Candidate]:
    """The items the eval clusters in ``path``, as the eval makes them into candidates."""
    return list(_story_candidates(path, labelled_events))
