"""Scoring matching against labelled items: per-demand precision, recall, F1; macro-F1."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from demandwatch.core.events import classify
from demandwatch.core.stories import (
    Candidate,
    StoryClusterer,
    StoryItem,
    bag_of_words,
    pairwise_scores,
)
from demandwatch.core.symbols import find_symbols


@dataclass(frozen=True)
class LabelledItem:
    id: str
    title: str
    summary: str
    expected_demands: frozenset[str]
    expected_event: str | None = None
    story: str | None = None
    published: datetime | None = None


@dataclass
class DemandScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0 if not self.fn else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    n: int
    demands: dict[str, DemandScore]
    errors: list[tuple[str, frozenset[str], frozenset[str]]] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        if not self.demands:
            return 0.0
        return sum(s.f1 for s in self.demands.values()) / len(self.demands)

    def to_json(self) -> dict[str, object]:
        return {
            "n": self.n,
            "macro_f1": round(self.macro_f1, 4),
            "demands": {
                demand: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                }
                for demand, s in self.demands.items()
            },
        }


def score(
    demand_ids: Sequence[str],
    labelled: Iterable[LabelledItem],
    predicted: Iterable[frozenset[str]],
) -> EvalReport:
    """Compare predicted demand sets with the labels, item by item."""
    scores = {d: DemandScore() for d in demand_ids}
    report = EvalReport(n=0, demands=scores)
    for item, got in zip(labelled, predicted, strict=True):
        report.n += 1
        want = item.expected_demands
        for demand, s in scores.items():
            if demand in got and demand in want:
                s.tp += 1
            elif demand in got:
                s.fp += 1
            elif demand in want:
                s.fn += 1
        if got != want:
            report.errors.append((item.id, want, got))
    return report


def event_accuracy(pairs: Iterable[tuple[str | None, str]]) -> tuple[float, int]:
    """Share of items whose classified event equals the expected one (items with one)."""
    judged = [(want, got) for want, got in pairs if want is not None]
    if not judged:
        return 0.0, 0
    return sum(1 for want, got in judged if want == got) / len(judged), len(judged)


def clustering_scores(items: Sequence[LabelledItem]) -> tuple[float, float, int] | None:
    """Pairwise precision and recall of story clustering over items labelled with a story
    and a publication time, fed to the clusterer in time order as a poller would see them.

    Only items relevant to some demand count: the others never become alerts, so they are
    never clustered in a real run."""
    labelled = sorted(
        (
            i
            for i in items
            if i.story is not None and i.published is not None and i.expected_demands
        ),
        key=lambda i: i.published or datetime.min,
    )
    if len(labelled) < 2:
        return None
    clusterer = StoryClusterer()
    predicted: list[str] = []
    for item in labelled:
        assert item.published is not None
        event = classify(item.title, item.summary, published=item.published)
        story, _ = clusterer.assign(
            Candidate(
                item=StoryItem(item.id, "eval", item.title, "", item.published, event.type),
                words=bag_of_words(item.title, item.summary),
                symbols=find_symbols(f"{item.title}\n{item.summary}"),
                demands=tuple(sorted(item.expected_demands)),
                priority="P2",
            )
        )
        predicted.append(story.id)
    precision, recall = pairwise_scores([i.story or "" for i in labelled], predicted)
    return precision, recall, len(labelled)
