"""A learned second opinion on an item's event: a linear model over the item's words.

The event rules (core.events) were written against the tuning items' phrasings; a model
fitted to the same labelled items weighs every word it saw instead of the phrasings a rule
names. Inference is a sparse dot product and a softmax written here, not scikit-learn's:
numpy and scipy would add some 80 MB to a 10 MB Lambda artifact and seconds to a cold start.
The weights come from ``tools/train_events.py``; loading them is the caller's I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from demandwatch.core.models import EventType
from demandwatch.core.prepared import Prepared

# How many of the text's words the features read: the headline and the lede say what an
# item reports (the rules read 5,000 characters for dates and tallies; the model needs
# no more than the lede), and a 50,000-character article would cost ten times as much.
TEXT_WORDS = 80

FEATURE_VERSION = 1


def features(item: Prepared) -> list[str]:
    """The distinct features of an item, in a fixed order: its detected language, the
    headline's words and word pairs (marked as the headline's), the text's, and both's."""
    title = item.title_words
    text = item.text_words[:TEXT_WORDS]
    found: dict[str, None] = {f"lang={item.detected}": None}
    for prefix, run in (("t", title), ("x", text)):
        for word in run:
            found[f"{prefix}:{word}"] = None
            found[f"w:{word}"] = None
        for first, second in pairwise(run):
            found[f"{prefix}:{first} {second}"] = None
            found[f"w:{first} {second}"] = None
    return list(found)


@dataclass(frozen=True)
class LinearModel:
    """A multinomial logistic model over binary features scaled to unit length.

    Every feature of an item counts towards the length (1/sqrt(n) each, n the item's
    distinct features, known or not), so pruning a feature from the vocabulary leaves the
    others' values as they were fitted.
    """

    classes: tuple[EventType, ...]
    intercepts: tuple[float, ...]
    # feature -> its nonzero weights, as (class index, weight) pairs
    weights: Mapping[str, Sequence[tuple[int, float]]]

    def probabilities(self, found: Sequence[str]) -> dict[EventType, float]:
        """Each class's probability for an item with the distinct features ``found``."""
        scores = list(self.intercepts)
        if found:
            scale = 1.0 / math.sqrt(len(found))
            for feature in found:
                for index, weight in self.weights.get(feature, ()):
                    scores[index] += weight * scale
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {name: e / total for name, e in zip(self.classes, exps, strict=True)}

    def predict(self, item: Prepared) -> dict[EventType, float]:
        return self.probabilities(features(item))


# The events the model never decides: a veto pages the office (P1) and opens the General
# Assembly's deadline, so a veto is the rules' alone to read, to find or to miss; the
# model neither makes one (a false page) nor unmakes one (a missed veto, the worst error).
RULES_ONLY: frozenset[EventType] = frozenset({"veto"})
# The other events that page (core.priority): an adoption and a scheduled vote. The model
# may find one the rules missed (at PAGING_BAR), but never takes one away: a missed page
# costs the office its statement, a false one a look. Measured out of fold on the tuning items (review s21
# W3): the model took 15 items out of a paging event and 8 of those the rules had right;
# keeping the rules' pages leaves accuracy at 0.935 and misses 53 pages instead of 61.
RULES_KEPT: frozenset[EventType] = RULES_ONLY | {"resolution_adopted", "vote_scheduled"}
# The probability the model needs to take an event the rules read down to ``other``. On
# a demand of normal priority that moves the alert from the channel to the digest (P2 to
# P3), so the model must be surer there than elsewhere. Out of fold on the 5,174 tuning
# items at 0.75 it demoted 139 items and 47 of those the rules had right; at 0.9 it
# demotes 72, 10 of them right by the rules: accuracy 0.9353 -> 0.9366, channel alerts
# lost to "other" 148 -> 106, kept that should not have been 74 -> 104 (session 22).
DEMOTION_BAR = 0.9
# The probability the model needs to give an item a paging event (an adoption or a
# scheduled vote) the rules did not read: on a high-priority demand that pages the office
# (P2 to P1), heads the alert and writes its draft. Probe s22 V1: calls on the Council to
# adopt a resolution ("The UN Security Council should adopt a resolution imposing an arms
# embargo on Syria, Rights Watch said today", "The European Union calls on the UN Security
# Council to adopt a resolution ...") read "resolution adopted" at 0.81 and 0.84, so a
# call paged on-call and its draft welcomed an adoption that never happened. Out of fold
# on the 5,174 tuning items at 0.75 the model added 7 pages, 4 of them right; at 0.9 it
# adds 2, both right: accuracy 0.9366 -> 0.9368.
PAGING_BAR = 0.9


class EventOpinion(Protocol):
    """What the rules' classification asks of a second opinion: the event to give an item
    the rules read as ``rules``."""

    def event(self, rules: EventType, item: Prepared) -> EventType: ...


@dataclass(frozen=True)
class SecondOpinion:
    """The model's event in place of the rules' where it is sure of another one."""

    model: LinearModel
    # The model's probability at or above which its event replaces the rules'.
    threshold: float

    def event(self, rules: EventType, item: Prepared) -> EventType:
        """The event for ``item``, whose rules read ``rules``."""
        if rules in RULES_KEPT:
            return rules
        probabilities = self.model.predict(item)
        best = max(self.model.classes, key=lambda name: probabilities[name])
        if best in RULES_ONLY or probabilities[best] < self.threshold:
            return rules
        if best == "other" and probabilities[best] < DEMOTION_BAR:
            return rules
        if best in RULES_KEPT and probabilities[best] < PAGING_BAR:
            return rules
        return best
