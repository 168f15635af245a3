"""The shipped event model (core.learned), read from the package's data file.

Read at the first item that needs it and kept (functools.cache): most polls match nothing
and never classify an event, so a cold start never pays for parsing the weights.
"""

from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from demandwatch.core.learned import FEATURE_VERSION, LinearModel, SecondOpinion
from demandwatch.core.models import EVENT_TYPES, EventType
from demandwatch.core.prepared import Prepared
from demandwatch.exceptions import ConfigError, ConfigProblem

MODEL_FILE = Path(__file__).parent / "models" / "event_model.json.gz"


def _problem(where: str, field: str, message: str) -> ConfigError:
    return ConfigError([ConfigProblem(where, None, field, message)])


def load_model(path: Path = MODEL_FILE) -> tuple[LinearModel, dict[str, object]]:
    """The model in ``path`` and what the file records of its training."""
    raw = json.loads(gzip.decompress(path.read_bytes()))
    if raw.get("feature_version") != FEATURE_VERSION:
        raise _problem(
            path.name, "feature_version", f"{raw.get('feature_version')} is not {FEATURE_VERSION}"
        )
    classes: list[EventType] = []
    for name in raw["classes"]:
        if name not in EVENT_TYPES:
            raise _problem(path.name, "classes", f"unknown event {name!r}")
        classes.append(name)
    weights = {
        feature: tuple((int(k), float(w)) for k, w in pairs)
        for feature, pairs in raw["weights"].items()
    }
    model = LinearModel(tuple(classes), tuple(float(b) for b in raw["intercepts"]), weights)
    return model, raw.get("training", {})


@functools.cache
def _shipped_model() -> LinearModel:
    return load_model()[0]


@dataclass(frozen=True)
class ShippedOpinion:
    """The shipped model's second opinion, its weights read at the first item asked about
    (in the process that asks: a parse worker reads its own, a pickled copy carries only
    the threshold)."""

    threshold: float

    def event(self, rules: EventType, item: Prepared) -> EventType:
        return SecondOpinion(_shipped_model(), self.threshold).event(rules, item)


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
        raise _problem("settings", "event_model", "on, off or a probability") from None
    if not 0.0 < threshold <= 1.0:
        raise _problem("settings", "event_model", "a probability above 0 and at most 1")
    return ShippedOpinion(threshold)


# Chosen on cross-validation over the tuning items (folds by file) and the set-aside
# parts 11-18 as validation (tests/eval/LEARNED.md): 0.75.
SHIPPED_THRESHOLD = 0.75
