"""The shipped event model (core.learned), read from the package's data file.

Read at the first item that needs it and kept (functools.cache): most polls match nothing
and never classify an event, so a cold start never pays for parsing the weights. A file
that cannot be read leaves the events to the rules alone, and the log says so: without it
the rules read every item as they did before the model (review s21 W1: raised at each
matched item, it failed the poll of every source with one, vetoes included).
"""

from __future__ import annotations

import codecs
import functools
import gzip
import json
import logging
import math
import operator
import zlib
from collections.abc import Callable, Iterator, Mapping
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
    file when it cannot be read (the event model's file and the demand model's alike).

    A file laid out as the training tools write it (compact, keys sorted: the weights
    last) is read as it is decompressed, its weights a piece at a time: the whole file's
    JSON made at once was 12.5 MB of a process's memory at its peak for the two shipped
    models, which hold 5.9 (issue 13, memory_10k). Any other file, and any file the
    pieces do not read, is read whole, as it always was, and says what is wrong with it."""
    try:
        try:
            return _read_streamed(path, model_of)
        except (_NotStreamed, ConfigError, *_UNREADABLE):
            pass
        raw = json.loads(gzip.decompress(path.read_bytes()))
        return model_of(raw, path.name), dict(raw.get("training", {}))
    except _UNREADABLE as exc:
        raise file_problem(path.name, "file", f"not a readable model ({exc})") from None


class _NotStreamed(Exception):
    """The file is not laid out as the training tools write it: it is read whole."""


# The compressed file is read this much at a time (some 64 KB of text a piece, 41,827
# features in 18 pieces for the session 41 event model).
_BLOCK = 1 << 14
# The training tools write the weights last (sort_keys), compact (separators "," and ":").
_WEIGHTS_OPEN = '"weights":{'
# A header longer than this is no file of the tools' (theirs is some 400 characters).
_HEADER_MOST = 1 << 16
# Between two features' entries: the first's list closed, the next's name opened. Never
# inside a feature's name: a name holding it ends at the quote (an unescaped quote ends a
# JSON string), so the piece cut there is no JSON and the file is read whole.
_BETWEEN = '],"'
# JSON's whitespace, which json.loads allows after the file's closing brace.
_JSON_SPACE = " \t\n\r"


def _pieces(path: Path) -> Iterator[str]:
    """The text of the gzipped UTF-8 file in ``path``, a piece at a time."""
    inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)  # (a gzip member)
    text = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as file:
        while block := file.read(_BLOCK):
            if inflate.eof:  # (a second member, or bytes past the first: read whole)
                raise _NotStreamed
            yield text.decode(inflate.decompress(block))
    if not inflate.eof or inflate.unused_data:
        raise _NotStreamed
    yield text.decode(b"", final=True)


def _header(pieces: Iterator[str]) -> tuple[dict[str, Any], str]:
    """The file's keys before its weights (parsed) and the text after the weights' brace."""
    head = ""
    for piece in pieces:
        head += piece
        at = head.find(_WEIGHTS_OPEN)
        if at >= 0:
            break
        if len(head) > _HEADER_MOST:
            raise _NotStreamed
    else:
        raise _NotStreamed
    # (a "weights" nested in another key's value leaves that value open: no JSON)
    raw = json.loads(head[:at].removesuffix(",") + "}")
    if not isinstance(raw, dict) or "weights" in raw or head[at - 1] not in "{,":
        raise _NotStreamed
    return raw, head[at + len(_WEIGHTS_OPEN) :]


class _StreamedWeights:
    """A file's weights read from its text each time they are asked for, a piece of
    some 64 KB at a time (json.loads of each piece's entries): what read_weights asks of
    the whole file's weights object. ``read_through`` says the last reading reached the
    file's end, its JSON whole."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self.read_through = False

    def items(self) -> Iterator[tuple[str, Any]]:
        self.read_through = False
        pieces = _pieces(self._path)
        _, rest = _header(pieces)
        for piece in pieces:
            rest += piece
            cut = rest.rfind(_BETWEEN)
            if cut >= 0:
                yield from json.loads("{" + rest[: cut + 1] + "}").items()
                rest = rest[cut + 2 :]
        # The last entries, the weights' closing brace and the file's.
        rest = rest.rstrip(_JSON_SPACE)
        if not rest.endswith("}"):
            raise _NotStreamed
        yield from json.loads("{" + rest[:-1]).items()
        self.read_through = True


def _read_streamed(
    path: Path, model_of: Callable[[Any, str], _Model]
) -> tuple[_Model, dict[str, object]]:
    raw, _ = _header(_pieces(path))
    weights = raw["weights"] = _StreamedWeights(path)
    model = model_of(raw, path.name)
    if not weights.read_through:
        raise _NotStreamed
    return model, dict(raw.get("training", {}))


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
    # (Equal features' integers are found by the integer, not by the file's list as a
    # tuple: 15,836 tuples of the file's integers were 4 MB more at the load's peak.)
    packed: dict[str, int] = {}
    shared_packed: dict[int, int] = {}
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
            # (a weight of 0, a class twice or out of order: read as the file's pairs)
            low, high = (min(units), max(units)) if units else (0, 0)
            packable = (
                all(units)
                and PackedWeights.fits(low)
                and PackedWeights.fits(high)
                and all(map(operator.lt, indices, indices[1:]))
            )
            number = PackedWeights.pack(indices, units)
            packed[feature] = shared_packed.setdefault(number, number)
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
