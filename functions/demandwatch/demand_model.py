"""The shipped demand model (core.learned.DemandModel), read from the package's data file.

Read at the first item asked about and kept (functools.cache), as the event model is. A
file that cannot be read leaves the demands to the queries alone, and the log says so
once a process: a poll never fails for it.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from demandwatch.core.learned import (
    DEMAND_THRESHOLD,
    FEATURE_VERSION,
    DemandModel,
    DemandReading,
    DemandVerdict,
)
from demandwatch.core.prepared import Prepared
from demandwatch.event_model import (
    file_problem,
    finite_number,
    read_model_file,
    read_weights,
    why_unreadable,
)
from demandwatch.exceptions import ConfigError

MODEL_FILE = Path(__file__).parent / "models" / "demand_model.json.gz"

log = logging.getLogger("demandwatch")


def load_model(path: Path = MODEL_FILE) -> tuple[DemandModel, dict[str, object]]:
    """The model in ``path`` and what the file records of its training; ConfigError naming
    the file when it is missing, damaged or not a demand model."""
    return read_model_file(path, _model)


def _model(raw: Any, where: str) -> DemandModel:
    if raw.get("feature_version") != FEATURE_VERSION:
        raise file_problem(
            where, "feature_version", f"{raw.get('feature_version')} is not {FEATURE_VERSION}"
        )
    demands = tuple(str(d) for d in raw["demands"])
    intercepts = tuple(finite_number(b) for b in raw["intercepts"])
    if len(intercepts) != len(demands) or len(set(demands)) != len(demands):
        raise file_problem(where, "intercepts", f"{len(intercepts)} for {len(demands)} demands")
    return DemandModel(demands, intercepts, read_weights(raw, len(demands), where))


def model_problem(setting: str, path: Path = MODEL_FILE) -> str | None:
    """Why a run's demands would be read by the queries alone though the model is on (for
    ``config check``); None when the setting is "off" or the file reads."""
    return why_unreadable(setting, path, load_model)


@functools.cache
def _model_at(path: Path) -> DemandModel | None:
    try:
        return load_model(path)[0]
    except ConfigError as exc:
        log.error("demand model not read, demands are read by the queries alone: %s", exc)
        return None


@dataclass(frozen=True)
class ShippedDemands:
    """The shipped model's opinion on demands, its weights read at the first item asked
    about (in the process that asks: a parse worker reads its own, a pickled matcher
    carries only the threshold and the file's path)."""

    threshold: float
    path: Path = MODEL_FILE

    def read(self, item: Prepared, among: Sequence[str], matched: Sequence[str]) -> DemandVerdict:
        model = _model_at(self.path)
        if model is None:
            return DemandVerdict()
        return DemandReading(model, self.threshold).read(item, among, matched)


def demand_opinion(setting: str) -> ShippedDemands | None:
    """The opinion of a run given ``setting`` (Settings.demand_model, checked there): None
    for "off", the shipped threshold for "on", else the probability given."""
    value = setting.strip().lower()
    if value == "off":
        return None
    if value == "on":
        return ShippedDemands(DEMAND_THRESHOLD)
    try:
        threshold = float(value)
    except ValueError:
        raise file_problem("settings", "demand_model", "on, off or a probability") from None
    if not 0.0 < threshold <= 1.0:
        raise file_problem("settings", "demand_model", "a probability above 0 and at most 1")
    return ShippedDemands(threshold)
