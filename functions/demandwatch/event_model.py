"""The shipped event model (core.learned), read from the package's data file.

Read at the first item that needs it and kept (functools.cache): most polls match nothing
and never classify an event, so a cold start never pays for parsing the weights. A file
that cannot be read leaves the events to the rules alone, and the log says so: without it
the rules read every item as they did before the model (review s21 W1: raised at each
matched item, it failed the poll of every source with one, vetoes included).
"""

from __future__ import annotations

import functools
import gzip
import itertools
import json
import logging
import math
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from demandwatch.core.learned import (
    FEATURE_VERSION,
    NEVER_TAKEN_AWAY,
    LinearModel,
    PackedWeights,
    SecondOpinion,
)
from demandwatch.core.models import EVENT_TYPES, EventType
from demandwatch.core.prepared import Prepared
from demandwatch.exceptions import ConfigError, ConfigProblem

MODEL_FILE = Path(__file__).parent / "models" / "event_model.json.gz"

log = logging.getLogger("demandwatch")


def file_problem(where: str, field: str, message: str) -> ConfigError:
    return ConfigError([ConfigProblem(where, None, field, message)])


def load_model(path: Path = MODEL_FILE) -> tuple[LinearModel, dict[str, object]]:
    """The model in ``path`` and what the file records of its training.

    Raises ConfigError naming the file when it is missing, damaged or not a model: a
    class index outside the classes or a weight that is no finite number would otherwise
    fail at an item or weigh another event than the one trained.
    """
    return read_model_file(path, _model)


_Model = TypeVar("_Model")

# What a missing, cut or foreign file raises while it is decompressed, parsed and checked.
_UNREADABLE = (
    OSError,
    EOFError,
    zlib.error,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    ArithmeticError,
)


def read_model_file(
    path: Path, model_of: Callable[[Any, str], _Model]
) -> tuple[_Model, dict[str, object]]:
    """The model ``model_of`` makes of the gzipped JSON in ``path`` (given the file's name
    for its errors), and what the file records of its training; ConfigError naming the
    file when it cannot be read (the event model's file and the demand model's alike)."""
    try:
        raw = json.loads(gzip.decompress(path.read_bytes()))
        return model_of(raw, path.name), dict(raw.get("training", {}))
    except _UNREADABLE as exc:
        raise file_problem(path.name, "file", f"not a readable model ({exc})") from None


def why_unreadable(setting: str, path: Path, load: Callable[[Path], object]) -> str | None:
    """What ``load`` finds wrong with the file in ``path``, as ``config check`` and
    ``status`` say it; None when ``setting`` is "off" or the file reads."""
    if setting.strip().lower() == "off":
        return None
    try:
        load(path)
    except ConfigError as exc:
        said = "; ".join(
            p.message if p.field == "file" else f"{p.field}: {p.message}" for p in exc.problems
        )
        return f"{path.name} is not read: {said}"
    return None


_INTEGER = frozenset({int})


def _model(raw: Any, where: str) -> LinearModel:
    if raw.get("feature_version") != FEATURE_VERSION:
        raise file_problem(
            where, "feature_version", f"{raw.get('feature_version')} is not {FEATURE_VERSION}"
        )
    classes: list[EventType] = []
    for name in raw["classes"]:
        if name not in EVENT_TYPES:
            raise file_problem(where, "classes", f"unknown event {name!r}")
        classes.append(name)
    intercepts = tuple(finite_number(b) for b in raw["intercepts"])
    if len(intercepts) != len(classes):
        raise file_problem(where, "intercepts", f"{len(intercepts)} for {len(classes)} classes")
    # A feature's weights are written flat, a class index then the weight in units of
    # 1/scale, both integers: a fifth smaller than [index, weight] pairs before compression
    # and parsed in half the time, though the whole read, tuples built, takes about 0.01 s
    # more (0.08 s of CPU at the first matched item of a process, against 0.07). Dividing
    # the integer gives the same float as parsing the decimal the weight was rounded to.
    return LinearModel(tuple(classes), intercepts, read_weights(raw, len(classes), where))


def read_weights(raw: Any, n: int, where: str) -> Mapping[str, tuple[tuple[int, float], ...]]:
    """The file's weights of ``n`` classes (or demands), each feature's as (index, weight);
    packed (core.learned.PackedWeights: each feature's weights one integer, summed in C)
    where every feature's classes are in order and its weights fit, as the shipped files'."""
    scale = finite_number(raw["scale"])
    if scale <= 0:
        raise file_problem(where, "scale", f"{scale!r} is not above 0")
    # Equal weights are one object, kept once: the weights are integers over the scale
    # (some 800 distinct values, 3,400 distinct (class, weight) pairs and 11,000 distinct
    # features' tuples among the event model's 30,000 features). Made anew for each feature
    # they were 8.6 MB of a process's memory (a float, a pair and a tuple a weight); shared,
    # 3.5 MB (bench memory_10k). Packed, equal features' integers are one object too.
    packed: dict[str, int] = {}
    shared_packed: dict[tuple[int, ...], int] = {}
    packable = True
    for feature, flat in raw["weights"].items():
        indices, units = flat[::2], flat[1::2]
        if len(indices) != len(units):
            raise file_problem(where, "weights", f"{feature!r} has a class without its weight")
        # Integers only (a type per value, checked in C: 30,000 features): an integer over a
        # finite scale is a finite weight or an OverflowError, never NaN nor infinity.
        if not set(map(type, flat)) <= _INTEGER:
            raise file_problem(where, "weights", f"{feature!r} holds a value that is no integer")
        if indices and (min(indices) < 0 or max(indices) >= n):
            raise file_problem(where, "weights", f"{feature!r} weighs a class that is not there")
        if packable:
            key = tuple(flat)
            number = shared_packed.get(key)
            if number is None:
                # (a weight of 0, a class twice or out of order: read as the file's pairs)
                packable = (
                    all(units)
                    and all(map(PackedWeights.fits, units))
                    and all(a < b for a, b in itertools.pairwise(indices))
                )
                number = shared_packed[key] = PackedWeights.pack(indices, units)
            packed[feature] = number
    if packable:
        return PackedWeights(packed, n, scale)
    shared: dict[tuple[int, ...], tuple[tuple[int, float], ...]] = {}
    pairs: dict[tuple[int, int], tuple[int, float]] = {}
    values: dict[int, float] = {}
    return {
        feature: _kept(shared, pairs, values, tuple(flat), scale)
        for feature, flat in raw["weights"].items()
    }


def _kept(
    shared: dict[tuple[int, ...], tuple[tuple[int, float], ...]],
    pairs: dict[tuple[int, int], tuple[int, float]],
    values: dict[int, float],
    flat: tuple[int, ...],
    scale: float,
) -> tuple[tuple[int, float], ...]:
    """A feature's written weights ``flat`` as (index, weight) pairs, equal ones one object."""
    kept = shared.get(flat)
    if kept is None:
        kept = shared[flat] = tuple(
            _shared_pair(pairs, values, index, unit, scale)
            for index, unit in zip(flat[::2], flat[1::2], strict=True)
        )
    return kept


def _shared_pair(
    pairs: dict[tuple[int, int], tuple[int, float]],
    values: dict[int, float],
    index: int,
    unit: int,
    scale: float,
) -> tuple[int, float]:
    """The pair (index, unit / scale), one object for every feature that holds it."""
    pair = pairs.get((index, unit))
    if pair is None:
        value = values.get(unit)
        if value is None:
            value = values[unit] = unit / scale
        pair = pairs[index, unit] = (index, value)
    return pair


def finite_number(value: Any) -> float:
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{value!r} is no finite number")
    return number


def model_problem(setting: str, path: Path = MODEL_FILE) -> str | None:
    """Why a run's events would be read by the rules alone though the model is on: the
    file named and what is wrong with it (probe s22 V7). None when the setting is "off" or
    the file reads. Reads the whole file (some 0.1 s of CPU): for ``config check`` and
    ``status``, never a poll."""
    return why_unreadable(setting, path, load_model)


@functools.cache
def _model_at(path: Path) -> LinearModel | None:
    """The model in ``path``, or None (said once a process) when it cannot be read."""
    try:
        return load_model(path)[0]
    except ConfigError as exc:
        log.error("event model not read, events are read by the rules alone: %s", exc)
        return None


@dataclass(frozen=True)
class ShippedOpinion:
    """The shipped model's second opinion, its weights read at the first item asked about
    (in the process that asks: a parse worker reads its own, a pickled copy carries only
    the threshold and the file's path)."""

    threshold: float
    path: Path = MODEL_FILE

    def event(self, rules: EventType, item: Prepared) -> EventType:
        if rules in NEVER_TAKEN_AWAY:  # (a veto or another page never waits on the file)
            return rules
        model = _model_at(self.path)
        if model is None:
            return rules
        return SecondOpinion(model, self.threshold).event(rules, item)


def second_opinion(setting: str) -> ShippedOpinion | None:
    """The second opinion of a run given ``setting`` (Settings.event_model, checked there):
    None for "off", the shipped threshold for "on", else the probability given."""
    value = setting.strip().lower()
    if value == "off":
        return None
    if value == "on":
        return ShippedOpinion(SHIPPED_THRESHOLD)
    try:
        threshold = float(value)
    except ValueError:
        raise file_problem("settings", "event_model", "on, off or a probability") from None
    if not 0.0 < threshold <= 1.0:
        raise file_problem("settings", "event_model", "a probability above 0 and at most 1")
    return ShippedOpinion(threshold)


# Chosen on cross-validation over the tuning items (folds by file) and the set-aside
# parts 11-18 as validation (tests/eval/LEARNED.md): 0.75.
SHIPPED_THRESHOLD = 0.75
