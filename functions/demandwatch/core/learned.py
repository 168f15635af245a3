"""A learned second opinion on an item's event: a linear model over the item's words.

The event rules (core.events) were written against the tuning items' phrasings; a model
fitted to the same labelled items weighs every word it saw instead of the phrasings a rule
names. Inference is a sparse dot product and a softmax written here, not scikit-learn's:
numpy and scipy would add some 80 MB to a 10 MB Lambda artifact and seconds to a cold start.
The weights come from ``tools/train_events.py``; loading them is the caller's I/O.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise, repeat
from types import MappingProxyType
from typing import Any, Protocol

from demandwatch.core.models import SECURITY_COUNCIL_VOTES_TO_ADOPT, Demand, Event, EventType
from demandwatch.core.prepared import Prepared

# How many of the text's words the features read: the headline and the lede say what an
# item reports (the rules read 5,000 characters for dates and tallies; the model needs
# no more than the lede), and a 50,000-character article would cost ten times as much.
TEXT_WORDS = 80

FEATURE_VERSION = 1


# The last item whose features were read, and they: a run asks the demand model about an
# item (Matcher.with_learned) and then, where it alerts, the event model (its second
# opinion on the rules' event), one after the other. Held by the item itself, not an id
# that a new item could reuse; a Prepared is never changed once made.
_last: tuple[Prepared, list[str]] | None = None


def features(item: Prepared) -> list[str]:
    """The distinct features of an item, in a fixed order: its detected language, the
    headline's words and word pairs (marked as the headline's), the text's, and both's.
    The list is shared with the next caller asking about the same item: read it only."""
    global _last
    last = _last
    if last is not None and last[0] is item:
        return last[1]
    found = _features(item)
    _last = (item, found)
    return found


def _features(item: Prepared) -> list[str]:
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


def linear_scores(
    intercepts: Sequence[float],
    weights: Mapping[str, Sequence[tuple[int, float]]],
    found: Sequence[str],
) -> list[float]:
    """Each output's intercept plus its weights of ``found``, the features scaled to unit
    length (1/sqrt(n) each, known or not): the event model's and the demand model's score."""
    if isinstance(weights, PackedWeights):
        return weights.scores(intercepts, found)
    scores = list(intercepts)
    if found:
        scale = 1.0 / math.sqrt(len(found))
        # (The features the model knows, looked up in C: most of an item's are unknown to
        # it. Each output's sum runs in the features' order, as it was fitted and tested.)
        for known in filter(None, map(weights.get, found)):
            for index, weight in known:
                scores[index] += weight * scale
    return scores


# A packed feature's weights: output i's integer weight (in units of 1/scale) times
# 2**(i * _LANE), summed. Lanes are signed: the sum of any features' integers holds each
# output's sum of units in its lane, read back from the lowest (exact while every such sum
# is under 2**(_LANE - 1) in size: units under 2**15, as ``fits`` holds, of fewer than 2**32
# features).
_LANE = 48
_LANE_SIZE = 1 << _LANE
_LANE_HALF = 1 << (_LANE - 1)
_UNIT_BOUND = 1 << 15


class PackedWeights(Mapping[str, tuple[tuple[int, float], ...]]):
    """A model file's weights (integers over its scale), each feature's as one integer:
    an item's score is the sum of its known features' integers, added in C (``sum``), its
    lanes then read once per output, where adding every (output, weight) pair of some 140
    known features one by one in Python was most of a model's reading (bench match_6).

    The units' sums are exact in any order, so each output's score is
    ``intercept + units / scale * (1 / sqrt(n))``, where adding each weight times the
    scale in turn rounded at every step: the two differ below 1e-14 of a score (6e-15 at
    most over the shipped event model's readings of the bench's items).

    Read as a mapping it is the file's (output, weight) pairs of each feature, in output
    order as the file writes them, equal ones one object (built at their first read:
    ``DemandModel.reasons`` and the tools read a few)."""

    __slots__ = ("_decoded", "_outputs", "_packed", "_pairs", "_scale", "_values")

    def __init__(self, packed: dict[str, int], outputs: int, scale: float) -> None:
        self._packed = packed
        self._outputs = outputs
        self._scale = scale
        self._decoded: dict[int, tuple[tuple[int, float], ...]] = {}
        self._pairs: dict[tuple[int, int], tuple[int, float]] = {}
        self._values: dict[int, float] = {}

    @staticmethod
    def fits(unit: int) -> bool:
        """Whether a weight of ``unit`` (in units of 1/scale) can be packed."""
        return -_UNIT_BOUND < unit < _UNIT_BOUND

    @staticmethod
    def pack(indices: Sequence[int], units: Sequence[int]) -> int:
        """One feature's integer: ``units`` (each ``fits``) of the outputs ``indices``."""
        if len(indices) != len(units):
            raise ValueError(f"{len(indices)} outputs for {len(units)} units")
        return sum(map(operator.lshift, units, map(operator.mul, indices, repeat(_LANE))))

    def _lanes(self, total: int) -> list[int]:
        """Each output's sum of units in ``total``, a sum of packed integers."""
        lanes = []
        for _ in range(self._outputs):
            lane = total & (_LANE_SIZE - 1)
            if lane >= _LANE_HALF:
                lane -= _LANE_SIZE
            lanes.append(lane)
            total = (total - lane) >> _LANE
        return lanes

    def scores(self, intercepts: Sequence[float], found: Sequence[str]) -> list[float]:
        """:func:`linear_scores` of these weights."""
        if not found:
            return list(intercepts)
        # (0 is no feature's integer: a known feature weighs at least one output)
        total = sum(filter(None, map(self._packed.get, found)))
        scale = 1.0 / math.sqrt(len(found))
        weight = self._scale
        return [
            intercept + units / weight * scale
            for intercept, units in zip(intercepts, self._lanes(total), strict=True)
        ]

    def __getitem__(self, feature: str) -> tuple[tuple[int, float], ...]:
        return self._decode(self._packed[feature])

    def get(self, feature: str, default: Any = None) -> Any:
        # (Mapping's get reads a missing key through KeyError: DemandModel.reasons asks
        # about every feature of an item, most of them unknown)
        packed = self._packed.get(feature)
        return default if packed is None else self._decode(packed)

    def _decode(self, packed: int) -> tuple[tuple[int, float], ...]:
        found = self._decoded.get(packed)
        if found is None:
            pairs = []
            for index, unit in enumerate(self._lanes(packed)):
                if unit:
                    pair = self._pairs.get((index, unit))
                    if pair is None:
                        value = self._values.get(unit)
                        if value is None:
                            value = self._values[unit] = unit / self._scale
                        pair = self._pairs[index, unit] = (index, value)
                    pairs.append(pair)
            found = self._decoded[packed] = tuple(pairs)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __contains__(self, feature: object) -> bool:
        return feature in self._packed


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
        scores = linear_scores(self.intercepts, self.weights, found)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {name: e / total for name, e in zip(self.classes, exps, strict=True)}

    def predict(self, item: Prepared) -> dict[EventType, float]:
        return self.probabilities(features(item))


@dataclass(frozen=True)
class Move:
    """What the model may do with one event."""

    # Whether the model may replace this event where the rules read it.
    taken_away: bool
    # The probability the model needs to give this event where the rules read another
    # (0.0: the user's threshold alone; None: never). The user's threshold is needed as
    # well, so the higher of the two wins: a threshold above a bar raises the bar.
    given_at: float | None


# What the model may move, and at what probability: one row per event (test_learned checks
# every event has one, so a new event is a decision, not a default).
#
# A veto pages the office (P1) and opens the General Assembly's deadline. The model never
# unmakes one the rules read (a missed veto, the worst error). Until session 36 it never
# made one either (a false page); trained since on the older set-aside parts as well
# (tools/train_events.py), it finds at 0.9 vetoes the rules read as other news, a draft or
# a statement (a veto told by its effect: "the text fell", "Moscow killed the draft"): on
# the held-out parts 31-34, 11 vetoes found and no false page of 1,360 items; on parts 26-34
# with the model trained through part 25, 23 found and 2 false pages of 3,010 items
# (tests/eval/LEARNED.md). Who vetoed is read by the rules afterwards, for the veto given.
# Session 41's refit (C=64, through part 34) is surer of itself: on the held-out parts 35-39
# (1,828 items) at 0.9 it found 29 vetoes the rules read as another event and made 2 false
# pages, one more than the session 36 file (21 and 1); at 0.94, 24 and none (0.92: 27 and 2).
# The bar was chosen on the parts it is measured on: the next blind part says whether it holds.
# Session 48's refit (C=64, through part 40) on the held-out parts 41-46 (2,485 items), the
# vetoes it would give where the rules read another event, right and false: at 0.9 22 and
# 0, at 0.94 21 and 0, at 0.96 18 and 0 (the session 41 file 21/1, 18/0, 16/0): 0.94 holds.
#
# An adoption and a scheduled vote page too (core.priority). The model never takes one
# away: a missed page costs the office its statement, a false one a look. Out of fold on
# the tuning items (review s21 W3) it took 15 items out of a paging event and 8 of those
# the rules had right; keeping the rules' pages leaves accuracy at 0.935 and misses 53
# pages instead of 61. It may find one the rules missed, at 0.9: on a high-priority
# demand that pages the office (P2 to P1), heads the alert and writes its draft. Probe
# s22 V1: calls on the Council to adopt a resolution ("The UN Security Council should
# adopt a resolution imposing an arms embargo on Syria, Rights Watch said today", "The
# European Union calls on the UN Security Council to adopt a resolution ...") read
# "resolution adopted" at 0.81 and 0.84, so a call paged on-call and its draft welcomed an
# adoption that never happened. Out of fold on the 5,174 tuning items at 0.75 the model
# added 7 pages, 4 of them right; at 0.9 it adds 2, both right: accuracy 0.9366 -> 0.9368.
#
# Taking an event the rules read down to ``other`` needs 0.9: on a demand of normal
# priority that moves the alert from the channel to the digest (P2 to P3). Out of fold on
# the 5,174 tuning items at 0.75 the model demoted 139 items and 47 of those the rules had
# right; at 0.9 it demotes 72, 10 of them right by the rules: accuracy 0.9353 -> 0.9366,
# channel alerts lost to "other" 148 -> 106, kept that should not have been 74 -> 104
# (session 22).
MOVES: Mapping[EventType, Move] = MappingProxyType(
    {
        "veto": Move(taken_away=False, given_at=0.94),
        "resolution_adopted": Move(taken_away=False, given_at=0.9),
        "vote_scheduled": Move(taken_away=False, given_at=0.9),
        "draft_resolution": Move(taken_away=True, given_at=0.0),
        "meeting": Move(taken_away=True, given_at=0.0),
        "statement": Move(taken_away=True, given_at=0.0),
        "report": Move(taken_away=True, given_at=0.0),
        "other": Move(taken_away=True, given_at=0.9),
    }
)
# The events the model never takes away where the rules read them (a veto, an adoption, a
# scheduled vote): an item the rules read as one needs no model, nor its file.
NEVER_TAKEN_AWAY: frozenset[EventType] = frozenset(
    event for event, move in MOVES.items() if not move.taken_away
)


# In an English item the model gives an adoption the rules did not read at 0.6, under the
# shipped threshold (0.75), not at MOVES' 0.9 (session 49, w4, en-events-s49-w4); an operator
# who raises the threshold above the shipped one asks for fewer moves and keeps the 0.9 bar.
# The 0.9 bar dates from session 22, when calls on the Council to adopt a text read as adoptions
# at 0.81-0.89; since then a call the rules read as a statement keeps its statement whatever
# the model says (events._call_kept). On the held-out parts 41-47 (the model fitted through
# part 40; counts only), English items the rules read as another event and the model as an
# adoption at 0.6 to 0.9 are 9 adoptions (the rules' other 4, statement 3, meeting 2: the
# Human Rights Council's texts told as "condemns", the Assembly's "creates") and nothing else;
# in the other languages and busy weeks that band holds 6 adoptions and one statement (a
# French headline alone at 0.76, a false page), so the other languages keep the 0.9 bar.
ENGLISH_ADOPTION_AT = 0.6
ENGLISH_ADOPTION_UP_TO = 0.75
# In the same English items (the shipped threshold or lower) the model gives a scheduled vote
# where the rules read a draft at 0.5, not at MOVES' 0.9: a draft "put to a vote on Friday",
# "to be voted on", is the vote ahead, and the model reads it so where the rules' draft words
# win (session 51, w4). On validation (counts only; English parts 11-49, busy weeks 11-50,
# the model fitted through part 40) English items the rules read as a draft and the model as
# a scheduled vote at 0.5 to 0.9 are 9, all scheduled votes (4 of them held-out, 41-49), and
# no draft; the other languages keep the 0.9 bar (unmeasured there).
ENGLISH_VOTE_AHEAD_AT = 0.5
# And a meeting where the rules read other news, a draft or a report at 0.6, not at the shipped
# threshold: a briefing, a session or consultations told without the rules' meeting words ("P5 talks
# on British Ghouta text go nowhere", a rapporteur's answer at the Human Rights Council, the
# Assembly's debate on a veto told by its speakers) (session 51, w4, en-events-s51-w4). On
# validation (counts only; English parts 11-49, busy weeks 11-50, the model fitted through part 40)
# the English items so read with the model's meeting at 0.6 to 0.75 are 11 meetings (2 held out,
# 41-49) and nothing else; at 0.5 to 0.6, 5 meetings and one `other` (held out), so the bar is 0.6.
# Not where the rules read a statement: there the band holds 4 meetings more, but also a call
# ("Britain urges Security Council to back text ...", the model's meeting at 0.72), and a guard
# keeping a call's statement loses calls made at the Council's meetings (branch
# w4-keep-meeting-statement).
ENGLISH_MEETING_AT = 0.6
ENGLISH_MEETING_FROM: frozenset[EventType] = frozenset({"other", "draft_resolution", "report"})


class EventOpinion(Protocol):
    """What the rules' classification asks of a second opinion: the event to give an item
    the rules read as ``rules``."""

    def event(self, rules: EventType, item: Prepared) -> EventType: ...


@dataclass(frozen=True)
class SecondOpinion:
    """The model's event in place of the rules' where it is sure of another one."""

    model: LinearModel
    # The model's probability at or above which its event replaces the rules' (or the
    # event's bar in MOVES, where higher).
    threshold: float

    def event(self, rules: EventType, item: Prepared) -> EventType:
        """The event for ``item``, whose rules read ``rules``."""
        if not MOVES[rules].taken_away:
            return rules
        probabilities = self.model.predict(item)
        best = max(self.model.classes, key=lambda name: probabilities[name])
        bar = MOVES[best].given_at
        if bar is None:
            return rules
        needed = max(self.threshold, bar)
        # (English at the shipped threshold or lower: the English bars below)
        english = item.detected == "en" and self.threshold <= ENGLISH_ADOPTION_UP_TO
        if english and best == "resolution_adopted":
            needed = ENGLISH_ADOPTION_AT
        if english and rules == "draft_resolution" and best == "vote_scheduled":
            needed = ENGLISH_VOTE_AHEAD_AT
        if english and best == "meeting" and rules in ENGLISH_MEETING_FROM:
            needed = ENGLISH_MEETING_AT
        if probabilities[best] < needed:
            return rules
        return best


@dataclass(frozen=True)
class DemandModel:
    """One logistic model per demand over the same features as the event model's: an item
    may meet several demands, so each is a yes or no of its own (a softmax would make
    them compete).

    Fitted by ``tools/train_demands.py`` to the shipped campaign's labelled items; it knows
    the demands by id.
    """

    demands: tuple[str, ...]
    intercepts: tuple[float, ...]
    # feature -> its nonzero weights, as (demand index, weight) pairs
    weights: Mapping[str, Sequence[tuple[int, float]]]

    def scores(self, found: Sequence[str]) -> list[float]:
        """Each demand's log-odds for an item with the distinct features ``found``."""
        return linear_scores(self.intercepts, self.weights, found)

    def probabilities(self, found: Sequence[str]) -> dict[str, float]:
        return {
            demand: 1.0 / (1.0 + math.exp(-score))
            for demand, score in zip(self.demands, self.scores(found), strict=True)
        }

    def reasons(self, found: Sequence[str], demand: str, most: int = 4) -> tuple[str, ...]:
        """The item's words that weigh most towards ``demand`` (the alert's why line): the
        words of its heaviest features, a word pair's both, each word once."""
        index = self.demands.index(demand)
        weighed = sorted(
            (
                (-weight, feature)
                for feature in found
                for at, weight in self.weights.get(feature, ())
                if at == index and weight > 0 and not feature.startswith("lang=")
            ),
        )
        words: dict[str, None] = {}
        for _, feature in weighed:
            for word in feature.partition(":")[2].split():
                words.setdefault(word, None)
            if len(words) >= most:
                break
        return tuple(words)[:most]


@dataclass(frozen=True)
class LearnedDemand:
    """A demand the model reads on an item, with the words that weighed most."""

    demand_id: str
    probability: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class DemandVerdict:
    """What the model reads on an item's demands: those it adds to the queries' matches,
    and those of the queries' matches it takes away."""

    added: tuple[LearnedDemand, ...] = ()
    doubted: frozenset[str] = frozenset()


class DemandOpinion(Protocol):
    """What the matcher asks of a learned opinion on demands: which of ``among`` (the
    active demands the queries did not match) ``item`` meets, and which of ``matched``
    (the queries' demands) it surely does not."""

    def read(
        self, item: Prepared, among: Sequence[str], matched: Sequence[str]
    ) -> DemandVerdict: ...


@dataclass(frozen=True)
class DemandReading:
    """The model's demands where it is at least ``threshold`` sure (see DEMAND_THRESHOLD),
    or the demand's own bar (DEMAND_BARS) where that is higher; the queries' demands it
    reads under DEMAND_DOUBT, taken away where it has read the whole item in a language of
    DOUBTED_IN."""

    model: DemandModel
    threshold: float

    def read(self, item: Prepared, among: Sequence[str], matched: Sequence[str]) -> DemandVerdict:
        known = [d for d in among if d in self.model.demands]
        doubtable = [d for d in matched if d in self.model.demands] if _read_whole(item) else []
        if not (known or doubtable):
            return DemandVerdict()  # (no features computed: most items)
        found = features(item)
        probabilities = self.model.probabilities(found)
        return DemandVerdict(
            added=tuple(
                LearnedDemand(d, probabilities[d], self.model.reasons(found, d))
                for d in known
                if probabilities[d] >= max(self.threshold, DEMAND_BARS.get(d, 0.0))
                and headline_alone_stands(d, item)
            ),
            doubted=frozenset(d for d in doubtable if probabilities[d] < DEMAND_DOUBT),
        )


def _read_whole(item: Prepared) -> bool:
    """Whether the model may doubt a query's match on ``item``: in a language of DOUBTED_IN
    and no longer than the features read (TEXT_WORDS), so that the words the query matched
    are among those it weighed (a long item's demand told past them is no doubt of its)."""
    return item.language in DOUBTED_IN and len(item.text_words) <= TEXT_WORDS


# The probability at which the model adds a demand the queries did not match. Chosen on
# the held-out set-aside parts 31-35 (busy weeks 31-36) with the model fitted to the tuning
# files and parts 1-30 (session 37, tests/eval/LEARNED.md): English macro-F1 0.879 -> 0.912
# with 12 of 281 negatives alerted against 10; at 0.7, 0.916 with 14; at 0.9, 0.903 with 11.
DEMAND_THRESHOLD = 0.8
# The veto demand needs 0.9 (the higher of this and the run's threshold wins, as MOVES'
# bars do): it pages on-call, and on the items it was fitted to the model still read
# "Council adopts Syria aid text after Russia and China decide to abstain" as one at 0.87,
# having learnt that Russia, China and Syria in one lede are mostly a veto (that was the
# session 37 model; the model refitted in session 50 reads it at 0.07). Session 51 (w1)
# measured the run's threshold for the veto demand on an English item naming a Council
# decision (4 held-out stop-veto alerts gained, none false): reverted the same session, as
# the model's match then came before the veto watch's on a veto it derives the demand from
# ("... text died on the votes of Russia and China"): the alert told the model's words, not
# the veto and its vetoers, and two items of one veto made two stories (two alerts).
# Accountability had 0.9 too until session 51 (the demand most news brushes against: the
# session 37 model read an NGO's "new evidence of cluster munition attacks" at 0.83). With
# the model refitted through part 40 (session 50) the run's threshold does better (w1,
# counts only, production path against main f531ff2's dump): held out 41-49 (busy 41-50)
# 12 accountability items fixed (English 7) and 1 new false alert, an English item
# labelled monitor-access alone that names inspectors, a chemical word and Syria (session
# 43's reading of an investigating team's access would label it accountability too; the
# validation label stays as written); parts 11-40 40 fixed and 1 such (Spanish); tuning
# files 44 fixed, none broken; no negative alerted in any pool.
DEMAND_BARS: Mapping[str, float] = MappingProxyType({"stop-veto-obstruction": 0.9})
# The probability under which the model takes away a demand a query matched: the query's
# words are there, and the model, having weighed all of the item's, is next to sure the
# news is not that demand's (mostly another file's news, or the words in passing). Measured
# in session 38 on the queries' own English matches (tests/eval/LEARNED.md): out of fold
# on the training items, under 0.01 24 false taken away against 5 right, under 0.02 47
# against 11; on the held-out parts 31-36 (model fitted to the tuning files and parts
# 1-30) 7 and 12 against none. 0.01, not 0.02: at 0.02 the shipped model also took two
# right demands off tuning items (an ICC referral told through blocked referrals, at
# 0.012), and an alert lost costs the office more than a false one read and dismissed.
# Measured again in session 44 with the refit (C=24, through part 34; LEARNED.md,
# "Session 44"): on the held-out English parts 35-42 it takes 11 false matches away and
# no right one (pool 11-42: 31 and none); without it English macro-F1 35-42 reads 0.006
# less with one more negative alerted. At 0.005 it takes 7 false, at 0.02 14 false and 3
# right; doubting only where the item's words weigh against the demand (its score under
# the demand's intercept) 7 false; only where 3 or more of the item's features weigh on
# the demand, the same 11.
DEMAND_DOUBT = 0.01
# English alone: elsewhere the model, fitted to a fifth as many items a language, is
# about as often wrong as right that sure (under 0.02 out of fold 8 false matches against
# 9 right ones, held out 3 against 3; under 0.01, 2 against 1).
DOUBTED_IN: frozenset[str] = frozenset({"en"})


# Session 50 (w1): what an English headline read alone must name for the model's demand
# to stand on it. The demand model refitted through part 40 (every fit of sessions 49 and
# 50, C=24 to 48) reads accountability at 0.96 and more on a headline with no text that
# names a chemical weapon and nothing of Syria nor of an inquiry, a court or evidence (a
# nerve agent or gas used elsewhere: Salisbury, Navalny, Iraq): it learnt the chemical words
# from the Syria inquiries' news, and a headline alone gives it no other word to weigh; no
# bar keeps it out. Measured on validation with the shipped refit (C=24 at 1.0; counts only,
# tests/eval/LEARNED.md, "Session 50"): this takes away one held-out English negative so
# read (parts 41-48) and one right reading in parts 11-40 (in the model's sample; the
# session 44 file reads it too), nothing else; en-demands-s50-w1.jsonl holds such
# headlines kept (a Syria or inquiry word) and near misses. With text, or another demand or
# language, the model's reading stands as before.
_HEADLINE_ALONE_NEEDS: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {
        "accountability-investigations": re.compile(
            r"\b(?:syria|damascus|assad|aleppo|idlib|ghouta|douma|homs|hama|raqqa|daraa"
            r"|deir|latakia|investigat|inquir|enquir|commission|mechanism|iiim\b|jim\b"
            r"|opcw|attribution|iit\b|evidence|document|court|tribunal|trial|prosecut"
            r"|warrant|verdict|sentenc|convict|charge|judge|justice|accountab|impunity"
            r"|held to account|responsib|war crime|crimes? against|atrocit|finding|report"
            r"|probe|fact-finding|inspector|expert|detain|tortur|prison|disappear|custody)"
        )
    }
)


def headline_alone_stands(demand: str, item: Prepared) -> bool:
    """Whether the model's reading of ``demand`` stands on ``item`` as far as an English
    headline with no text goes: where ``demand`` has words it needs there
    (:data:`_HEADLINE_ALONE_NEEDS`), such a headline must name one of them; any other item,
    language or demand stands."""
    needs = _HEADLINE_ALONE_NEEDS.get(demand)
    if needs is None or item.language != "en" or item.text_words:
        return True
    return needs.search(item.title) is not None


def learned_demand_stands(demand: Demand, event: Event, votes_lacking: Callable[[], bool]) -> bool:
    """Whether the model's reading of ``demand`` on an item (a demand no query matched,
    added by :class:`DemandReading`) stands beside the event read there.

    A demand against a permanent member's obstruction (one the veto watch keeps, with
    ``on_veto_by`` members) is the news of that obstruction, and a draft that failed for
    want of nine votes was not obstructed (the demand's definition, tests/eval/README.md).
    The model weighs words: a Council vote on Syria reads as a veto to it whether anyone
    blocked it or not (session 41's refit read a recount of a draft that won 7 votes, no
    veto, as the veto demand, and sent the digest's item to the channel). So where the
    event engine reads no veto, the model's veto demand stands only where nothing it reads
    says the vote was lost rather than blocked: a tally read must count nine in favour or
    more and one of the demand's members against (a veto the rules did not name); with no
    tally, the headline and the lede must not tell a draft short of the votes it needed
    (``votes_lacking``, asked only then). A threat, a criticism, a vote put off (no vote
    told) still stands. Every other demand stands: on the held-out parts 35-40 every other
    demand the model added was right (tests/eval/LEARNED.md, "Session 42")."""
    if not demand.on_veto_by or event.type == "veto":
        return True
    tally = event.vote
    if tally is not None:
        return tally.in_favour >= SECURITY_COUNCIL_VOTES_TO_ADOPT and bool(
            demand.on_veto_by & set(tally.against_members)
        )
    return not votes_lacking()
