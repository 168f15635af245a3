"""Scoring matching against labelled items: per-demand precision, recall, F1; macro-F1;
event accuracy, who vetoed, and story clustering; each overall and per language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from demandwatch.core.events import classify
from demandwatch.core.learned import EventOpinion
from demandwatch.core.matching import Matcher
from demandwatch.core.models import EVENT_TYPES, Event, EventType
from demandwatch.core.prepared import prepare
from demandwatch.core.stories import (
    Candidate,
    Story,
    StoryItem,
    assign_polled,
    candidate_of,
    pairwise_scores,
    read_text,
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
    # The language the item is written in, as labelled ("en" unless stated).
    language: str = "en"
    # The permanent members the item says vetoed, by the names actors carry ("China",
    # "Russian Federation"); empty when it says nobody did (a draft short of votes), None
    # when not labelled.
    expected_vetoed_by: frozenset[str] | None = None


@dataclass
class DemandScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def judged(self) -> bool:
        """Whether the items say anything about this demand: a labelled example or an alert.

        A demand nobody labelled and nothing matched has no score (n/a), not a perfect one:
        a set without Russian asset-freeze items says nothing about Russian asset freezes.
        """
        return bool(self.tp + self.fp + self.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0 if not self.fn else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float | None:
        if not self.judged:
            return None
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    n: int
    demands: dict[str, DemandScore]
    errors: list[tuple[str, frozenset[str], frozenset[str]]] = field(default_factory=list)

    # Items labelled with no demand that matched one anyway (hard negatives alerted).
    negatives: int = 0
    negatives_alerted: int = 0

    @property
    def macro_f1(self) -> float | None:
        """Mean F1 over the demands the items say something about; None if none."""
        scored = [f for s in self.demands.values() if (f := s.f1) is not None]
        if not scored:
            return None
        return sum(scored) / len(scored)

    def to_json(self) -> dict[str, object]:
        macro = self.macro_f1
        return {
            "n": self.n,
            "macro_f1": None if macro is None else round(macro, 4),
            "negatives": self.negatives,
            "negatives_alerted": self.negatives_alerted,
            "demands": {
                demand: {
                    "precision": round(s.precision, 4) if s.judged else None,
                    "recall": round(s.recall, 4) if s.judged else None,
                    "f1": None if (f := s.f1) is None else round(f, 4),
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
        got = got & scores.keys()
        want = item.expected_demands
        if not want:
            report.negatives += 1
            report.negatives_alerted += bool(got & scores.keys())
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


def actor_accuracy(
    pairs: Iterable[tuple[frozenset[str] | None, frozenset[str]]],
) -> tuple[float | None, int]:
    """Share of items labelled with who vetoed whose vetoing members were read exactly
    (none missing, none extra); None when no item carries that label."""
    judged = [(want, got) for want, got in pairs if want is not None]
    if not judged:
        return None, 0
    return sum(1 for want, got in judged if want == got) / len(judged), len(judged)


def vetoed_by(event: Event) -> frozenset[str]:
    """The members an event names as having vetoed."""
    return event.vetoers


def event_accuracy(pairs: Iterable[tuple[str | None, str]]) -> tuple[float, int]:
    """Share of items whose classified event equals the expected one (items with one)."""
    judged = [(want, got) for want, got in pairs if want is not None]
    if not judged:
        return 0.0, 0
    return sum(1 for want, got in judged if want == got) / len(judged), len(judged)


@dataclass(frozen=True)
class Clustering:
    """Story clustering scored pairwise, and where it went wrong."""

    precision: float
    recall: float
    n: int
    # Each story the clusterer made out of items labelled as different developments, and
    # each development it split: the item ids, grouped as labelled.
    joined: list[list[list[str]]] = field(default_factory=list)
    split: list[list[list[str]]] = field(default_factory=list)


def story_candidate(item: LabelledItem, event: Event, kind: EventType) -> Candidate:
    """A labelled item as the clusterer sees it in a run, its event read as ``kind``: built
    by the run's own builder (``candidate_of``) from what ``read_text`` reads for ``kind``,
    so that an item's keys are the ones a run gives it (an item read ``other`` names no
    failure, as in a run)."""
    assert item.published is not None
    return candidate_of(
        StoryItem(item.id, "eval", item.title, "", item.published, kind),
        read_text(item.title, item.summary, item.published, kind),
        event,
        symbols=find_symbols(f"{item.title}\n{item.summary}"),
        demands=tuple(sorted(item.expected_demands)),
        priority="P2",
    )


def story_items(
    items: Sequence[LabelledItem], *, labelled_events: bool = False
) -> list[LabelledItem] | None:
    """The items ``story_run`` clusters, in time order, without classifying them: None
    where it gives None (fewer than two; with ``labelled_events``, one without a label)."""
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
    if labelled_events and any(i.expected_event is None for i in labelled):
        return None
    return labelled


def story_run(
    items: Sequence[LabelledItem],
    *,
    labelled_events: bool = False,
    second_opinion: EventOpinion | None = None,
    classified: Mapping[int, Event] | None = None,
) -> list[tuple[LabelledItem, Event, EventType]] | None:
    """The items story clustering is scored on, in time order as a poller would see them,
    each with its event and the type it is clustered as: items labelled with a story and
    a publication time, and relevant to some demand (the others never become alerts, so
    they are never clustered in a real run). With ``labelled_events``, each item's labelled
    event type stands in for the classified one (None when an item has none); None too
    for fewer than two items. ``classified``: the events already read for ``items`` with
    the same ``second_opinion``, by ``id`` of the item (``evaluate``'s own reading), so
    that none is classified twice."""
    labelled = story_items(items, labelled_events=labelled_events)
    if labelled is None:
        return None
    run: list[tuple[LabelledItem, Event, EventType]] = []
    for item in labelled:
        event = (
            classified[id(item)]
            if classified is not None
            else classify(
                item.title, item.summary, published=item.published, second_opinion=second_opinion
            )
        )
        kind = event.type
        if labelled_events and item.expected_event in EVENT_TYPES:
            kind = item.expected_event
        run.append((item, event, kind))
    return run


def cluster_labelled(
    items: Sequence[LabelledItem],
    *,
    labelled_events: bool = False,
    second_opinion: EventOpinion | None = None,
    classified: Mapping[int, Event] | None = None,
) -> Clustering | None:
    """Pairwise precision and recall of story clustering over the items of ``story_run``,
    each as a poll of its own: the clusterer is rebuilt from the stories saved before it
    (``assign_polled``), as production runs it. With ``labelled_events``, the labelled event
    types: the stories' own share of the errors."""
    run = story_run(
        items,
        labelled_events=labelled_events,
        second_opinion=second_opinion,
        classified=classified,
    )
    if run is None:
        return None
    saved: dict[str, Story] = {}
    predicted = [
        assign_polled(saved, story_candidate(item, event, kind)).id for item, event, kind in run
    ]
    ids = [item.id for item, _, _ in run]
    truth = [item.story or "" for item, _, _ in run]
    precision, recall = pairwise_scores(truth, predicted)
    return Clustering(
        precision,
        recall,
        len(run),
        joined=_mixed(ids, predicted, truth),
        split=_mixed(ids, truth, predicted),
    )


def _mixed(ids: Sequence[str], outer: Sequence[str], inner: Sequence[str]) -> list[list[list[str]]]:
    """Groups of ``outer`` that hold more than one group of ``inner``: item ids by inner group."""
    groups: dict[str, dict[str, list[str]]] = {}
    for item_id, a, b in zip(ids, outer, inner, strict=True):
        groups.setdefault(a, {}).setdefault(b, []).append(item_id)
    return [list(parts.values()) for parts in groups.values() if len(parts) > 1]


@dataclass
class Evaluation:
    """Everything ``eval`` reports: matching, events and stories, overall and per language."""

    matching: EvalReport
    event_accuracy: float | None
    n_events: int
    clustering: Clustering | None
    languages: dict[str, tuple[EvalReport, float | None, int]]
    event_errors: list[tuple[str, str, str]] = field(default_factory=list)
    # Who vetoed, on the items labelled with it: overall, per language, and the misses
    # (item id, labelled members, members read).
    actor_accuracy: float | None = None
    n_actors: int = 0
    language_actors: dict[str, tuple[float | None, int]] = field(default_factory=dict)
    actor_errors: list[tuple[str, frozenset[str], frozenset[str]]] = field(default_factory=list)
    # The clustering again with the labelled event types: the stories' errors alone.
    clustering_labelled_events: Clustering | None = None

    def to_json(self) -> dict[str, object]:
        payload = self.matching.to_json()
        payload["event_accuracy"] = (
            None if self.event_accuracy is None else round(self.event_accuracy, 4)
        )
        payload["n_events"] = self.n_events
        payload["actor_accuracy"] = (
            None if self.actor_accuracy is None else round(self.actor_accuracy, 4)
        )
        payload["n_actors"] = self.n_actors
        for key, clustering in (
            ("clustering", self.clustering),
            ("clustering_labelled_events", self.clustering_labelled_events),
        ):
            if clustering is not None:
                payload[key] = {
                    "pairwise_precision": round(clustering.precision, 4),
                    "pairwise_recall": round(clustering.recall, 4),
                    "n": clustering.n,
                    "joined": clustering.joined,
                    "split": clustering.split,
                }
        languages: dict[str, object] = {}
        for language, (report, accuracy, n_events) in self.languages.items():
            entry = report.to_json()
            entry["event_accuracy"] = None if accuracy is None else round(accuracy, 4)
            entry["n_events"] = n_events
            lang_actors, lang_n_actors = self.language_actors.get(language, (None, 0))
            entry["actor_accuracy"] = None if lang_actors is None else round(lang_actors, 4)
            entry["n_actors"] = lang_n_actors
            languages[language] = entry
        payload["languages"] = languages
        return payload


def predicted_demands(matcher: Matcher, item: LabelledItem, event: Event) -> frozenset[str]:
    """The demands a run alerts ``item`` on: its query matches, and those its event meets
    (core.vetoed), as the pipeline joins them."""
    matches, _ = matcher.alerting(
        prepare(item.title, item.summary), lambda _prepared: event, title=item.title
    )
    return frozenset(m.demand_id for m in matches)


def evaluate(
    matcher: Matcher,
    demand_ids: Sequence[str],
    labelled: Sequence[LabelledItem],
    *,
    second_opinion: EventOpinion | None = None,
) -> Evaluation:
    """Match, classify and cluster every labelled item and score the results (the events
    with ``second_opinion`` beside the rules, as a run given it classifies them)."""
    classified = [
        classify(item.title, item.summary, published=item.published, second_opinion=second_opinion)
        for item in labelled
    ]
    predicted = [
        predicted_demands(matcher, item, event)
        for item, event in zip(labelled, classified, strict=True)
    ]
    got_events = [event.type for event in classified]
    got_vetoed = [vetoed_by(event) for event in classified]
    overall = score(demand_ids, labelled, predicted)
    accuracy, n_events = event_accuracy(
        (item.expected_event, got) for item, got in zip(labelled, got_events, strict=True)
    )
    languages: dict[str, tuple[EvalReport, float | None, int]] = {}
    language_actors: dict[str, tuple[float | None, int]] = {}
    for language in sorted({item.language for item in labelled}):
        chosen = [i for i, item in enumerate(labelled) if item.language == language]
        report = score(demand_ids, [labelled[i] for i in chosen], [predicted[i] for i in chosen])
        lang_accuracy, lang_events = event_accuracy(
            (labelled[i].expected_event, got_events[i]) for i in chosen
        )
        languages[language] = (report, lang_accuracy if lang_events else None, lang_events)
        language_actors[language] = actor_accuracy(
            (labelled[i].expected_vetoed_by, got_vetoed[i]) for i in chosen
        )
    event_errors: list[tuple[str, str, str]] = [
        (item.id, item.expected_event, str(got))
        for item, got in zip(labelled, got_events, strict=True)
        if item.expected_event is not None and item.expected_event != got
    ]
    actors, n_actors = actor_accuracy(
        (item.expected_vetoed_by, got) for item, got in zip(labelled, got_vetoed, strict=True)
    )
    actor_errors = [
        (item.id, item.expected_vetoed_by, got)
        for item, got in zip(labelled, got_vetoed, strict=True)
        if item.expected_vetoed_by is not None and item.expected_vetoed_by != got
    ]
    return Evaluation(
        matching=overall,
        event_accuracy=accuracy if n_events else None,
        n_events=n_events,
        clustering=cluster_labelled(
            labelled,
            second_opinion=second_opinion,
            classified={id(item): event for item, event in zip(labelled, classified, strict=True)},
        ),
        clustering_labelled_events=cluster_labelled(labelled, labelled_events=True),
        languages=languages,
        event_errors=event_errors,
        actor_accuracy=actors,
        n_actors=n_actors,
        language_actors=language_actors,
        actor_errors=actor_errors,
    )
