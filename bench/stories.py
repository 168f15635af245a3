"""story_cost: story assignment and saving, per alert, as one cycle's alerts grow.

One poll cycle's alerts go through the clusterer as the service does it (core.pipeline
.assign_stories: the item's words, symbols, event, vote day and tally, then
``StoryClusterer.assign``), and the stories they touched are saved once at the end of the
run, as ``Service`` does, into SQLite through the real store. The same generated news
(bench.corpus: 200 feeds) makes a small cycle and a cycle six times larger; the figure is
the large cycle's CPU per alert, the baseline the small one's, measured alternately in the
same process. Flat cost per alert is a ratio near 1.

Every generated item counts as an alert here (the clusterer is given what matched; which
items match does not change its cost per item). Items are prepared (words, symbols, event)
before the clock starts: that cost belongs to matching and classification (match_6).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.corpus import feed_items
from bench.results import Figure, median
from demandwatch.core.events import classify
from demandwatch.core.stories import (
    Candidate,
    Story,
    StoryClusterer,
    StoryItem,
    bag_of_words,
    tally_key,
)
from demandwatch.core.symbols import find_symbols
from demandwatch.core.text import html_to_text
from demandwatch.store.sqlite import SqliteStore

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
SOURCES = 200


@dataclass(frozen=True)
class StorySizes:
    small: int = 1000
    large: int = 6000
    runs: int = 3


def cycle(alerts: int) -> list[Candidate]:
    """``alerts`` items of one cycle, the feeds' newest items first, one feed after another
    (as a run polls them), each as the pipeline hands it to the clusterer."""
    out: list[Candidate] = []
    k = 0
    while len(out) < alerts:
        for source in range(SOURCES):
            if len(out) == alerts:
                break
            (item,) = feed_items(source, 999 - k, 1, NOW)
            text = html_to_text(item.description)
            event = classify(item.title, text, published=item.published)
            out.append(
                Candidate(
                    StoryItem(
                        f"alert-{source}-{k}",
                        f"src-{source}",
                        item.title,
                        item.link,
                        item.published,
                        event.type,
                    ),
                    bag_of_words(item.title, text),
                    find_symbols(f"{item.title}\n{text}"),
                    ("generated",),
                    "P2",
                    vote_date=event.date,
                    tally=tally_key(event.vote),
                    vetoers=event.vetoers,
                )
            )
        k += 1
    return out


class _Counted(StoryClusterer):
    """The clusterer, counting the stories each item is compared with and scored against."""

    def __init__(self) -> None:
        super().__init__()
        self.compared = 0
        self.scored = 0

    def _candidates(self, cand: Candidate, reacted: str | None) -> list[Story]:
        found = super()._candidates(cand, reacted)
        self.compared += len(found)
        return found

    def _similarity(
        self, story: Story, cand: Candidate, idf: Callable[[str], float], norm: float
    ) -> float:
        self.scored += 1
        return super()._similarity(story, cand, idf, norm)


def one_run(cands: list[Candidate], directory: Path) -> float:
    """CPU seconds to assign every alert and save the stories touched, once, at the end."""
    store = SqliteStore(directory / f"stories-{len(cands)}-{time.perf_counter_ns()}.db")
    try:
        clusterer = StoryClusterer()
        started = time.process_time()
        touched = {clusterer.assign(c)[0].id: None for c in cands}
        for story_id in touched:
            store.save_story(clusterer.stories[story_id])
        return time.process_time() - started
    finally:
        store.close()


def counts(cands: list[Candidate], at: int) -> list[tuple[int, int, int]]:
    """The stories compared, scored and made after ``at`` alerts and after all of them, in
    an untimed pass (the small cycle is the large one's first alerts, assigned alike)."""
    counted = _Counted()
    out = []
    for i, cand in enumerate(cands, 1):
        counted.assign(cand)
        for mark in (at, len(cands)):
            if i == mark:
                out.append((counted.compared, counted.scored, len(counted.stories)))
    return out


def run(sizes: StorySizes, log: Callable[[str], object] = print) -> list[Figure]:
    # The small cycle is the large one's first alerts: the same feeds, fewer items each.
    large = cycle(sizes.large)
    small = large[: sizes.small]
    per_small: list[float] = []
    per_large: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        for _ in range(sizes.runs):
            per_small.append(one_run(small, directory) / len(small) * 1000)
            per_large.append(one_run(large, directory) / len(large) * 1000)
    (c_small, s_small, n_small), (c_large, s_large, n_large) = counts(large, len(small))
    value, baseline = median(per_large), median(per_small)
    target = 1.25
    log(
        f"  story_cost: {value:.3f} ms/alert at {len(large):,} alerts, {baseline:.3f} at "
        f"{len(small):,}; stories compared per alert {c_small / len(small):.1f} -> "
        f"{c_large / len(large):.1f}, scored {s_small / len(small):.1f} -> "
        f"{s_large / len(large):.1f}"
    )
    return [
        Figure(
            "story_cost",
            value,
            "ms CPU/alert",
            baseline=baseline,
            baseline_label=f"the same per alert in a cycle of {len(small):,} alerts",
            better="lower",
            target=f"<= {target} x the small cycle's cost per alert",
            met=value <= target * baseline,
            runs=sizes.runs,
            note=(
                f"story assignment and saving (SQLite) of one cycle of {len(large):,} generated "
                f"alerts against {len(small):,}; {n_small} and {n_large} stories; stories compared "
                f"per alert {c_small / len(small):.1f} and {c_large / len(large):.1f}, scored "
                f"(within reach of the best; see _reach_of) {s_small / len(small):.1f} "
                f"and {s_large / len(large):.1f}"
            ),
            extra={
                "alerts": [len(small), len(large)],
                "stories": [n_small, n_large],
                "compared_per_alert": [c_small / len(small), c_large / len(large)],
                "scored_per_alert": [s_small / len(small), s_large / len(large)],
                "ms_per_scored_story": [
                    baseline / (s_small / len(small)) if s_small else None,
                    value / (s_large / len(large)) if s_large else None,
                ],
            },
        )
    ]
