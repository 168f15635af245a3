"""The top-level eval sets' items as candidates for the clusterer, in publication order,
built as the eval builds them (shared by the story tests that replay real sets)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from demandwatch.cli import load_labelled
from demandwatch.core.evaluation import story_candidate, story_run
from demandwatch.core.events import classify
from demandwatch.core.stories import Candidate

EVAL = Path(__file__).resolve().parent / "eval"


def eval_candidates() -> Iterator[tuple[str, list[Candidate]]]:
    """Each set's name and its items as candidates.

    The set-aside part is measured on, never looked into: only the top-level sets."""
    for path in sorted(EVAL.glob("*.jsonl")):
        items = sorted(
            (i for i in load_labelled(path) if i.published is not None),
            key=lambda i: i.published or datetime.min,
        )
        out = []
        for item in items:
            event = classify(item.title, item.summary, published=item.published)
            out.append(story_candidate(item, event, event.type))
        yield path.name, out


def story_sets() -> Iterator[Path]:
    """The top-level sets whose items are labelled with stories (see ``story_run``)."""
    for path in sorted(EVAL.glob("*.jsonl")):
        if story_run(load_labelled(path)) is not None:
            yield path


def story_candidates(path: Path, *, labelled_events: bool = False) -> list[Candidate]:
    """The items the eval clusters in ``path``, as the eval makes them into candidates."""
    run = story_run(load_labelled(path), labelled_events=labelled_events) or []
    return [story_candidate(item, event, kind) for item, event, kind in run]
