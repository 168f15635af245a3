"""Figures: one measured value beside its baseline, the table, and results.json."""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Better = Literal["lower", "higher"]


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


@dataclass
class Figure:
    """One benchmark figure. ``ratio`` is value / baseline; ``better`` says which way is good."""

    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    better: Better = "lower"
    target: str | None = None
    met: bool | None = None
    runs: int = 1
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def advantage(self) -> float | None:
        """How many times better than the baseline (above 1: demandwatch wins)."""
        ratio = self.ratio
        if ratio is None or ratio == 0:
            return None
        return 1 / ratio if self.better == "lower" else ratio

    def as_json(self) -> dict[str, Any]:
        return {
            "value": _round(self.value),
            "unit": self.unit,
            "baseline": _round(self.baseline),
            "ratio": _round(self.ratio, 4),
            "better": self.better,
            "baseline_is": self.baseline_label,
            "times_better": _round(self.advantage, 2),
            "target": self.target,
            "met": self.met,
            "runs": self.runs,
            "note": self.note,
            **{k: _jsonable(v) for k, v in self.extra.items()},
        }


def _round(value: float | None, digits: int = 3) -> float | None:
    if value is None:
        return None
    return float(f"{value:.{digits}g}") if abs(value) < 1 else round(value, digits)


def _jsonable(value: Any) -> Any:
    if isinstance(value, float):
        return _round(value, 4)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def table(figures: Sequence[Figure]) -> str:
    """A plain-text table, one row per figure, notes underneath."""
    rows = [("figure", "value", "unit", "baseline", "× better", "target", "met")]
    for f in figures:
        advantage = f.advantage
        rows.append(
            (
                f.name,
                _fmt(f.value) if f.value is not None else "not measured",
                f.unit,
                _fmt(f.baseline),
                f"{advantage:.1f}×" if advantage is not None else "—",
                f.target or "—",
                {True: "yes", False: "NO", None: "—"}[f.met],
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"- {f.name}: {f.note}" for f in figures if f.note]
    baselines = [f"- {f.name} baseline: {f.baseline_label}" for f in figures if f.baseline_label]
    return "\n".join([*lines, "", *baselines, "", *notes])


def markdown(figures: Sequence[Figure]) -> str:
    """The same table in Markdown (for the README)."""
    out = [
        "| figure | value | baseline (same run) | × better | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        advantage = f.advantage
        value = f"{_fmt(f.value)} {f.unit}" if f.value is not None else "not measured"
        baseline = f"{_fmt(f.baseline)} {f.unit}" if f.baseline is not None else "—"
        out.append(
            f"| `{f.name}` | {value} | {baseline} | "
            f"{f'{advantage:.1f}×' if advantage is not None else '—'} | {f.target or '—'} | "
            f"{ {True: 'yes', False: '**no**', None: '—'}[f.met] } |"
        )
    return "\n".join(out)


def write_json(figures: Sequence[Figure], path: Path) -> None:
    """``{"<name>": {"value", "unit", "baseline", "ratio", ...}}``, one key per figure."""
    document = {f.name: f.as_json() for f in figures}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
