"""The top-level eval sets' items as candidates for the clusterer, in publication order,
built as the eval builds them (shared by the story tests that replay real sets)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from demandwatch.cli import load_labelled
from demandwatch.core.events import classify
from demandwatch.core.stories import Candidate, StoryItem, bag_of_words, tally_key
from demandwatch.core.symbols import find_symbols

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
            assert item.published is not None
            event = classify(item.title, item.summary, published=item.published)
            out.append(
                Candidate(
                    item=StoryItem(item.id, "eval", item.title, "", item.published, event.type),
                    words=bag_of_words(item.title, item.summary),
                    symbols=find_symbols(f"{item.title}\n{item.summary}"),
                    demands=tuple(sorted(item.expected_demands)),
                    priority="P2",
                    vote_date=event.date,
                    tally=tally_key(event.vote),
                    vetoers=event.vetoers,
                )
            )
        yield path.name, out
