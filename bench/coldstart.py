"""cold_start and artifact_size: what a new Lambda container pays before the first event.

Each handler module (functions/demandwatch/handlers/*.py) is imported in a fresh
interpreter, several times; the figure is the slowest handler's median. The baseline is a
fresh interpreter importing boto3 alone, which any Python function that talks to AWS
pays. Measured with this virtualenv's Python and packages: the artifact itself targets
Lambda's python3.13 and cannot be imported here. The artifact is measured if
``make build`` made it, never built here.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.results import Figure, median

ROOT = Path(__file__).resolve().parents[1]
HANDLERS = ROOT / "functions" / "demandwatch" / "handlers"
ARTIFACT = ROOT / "build" / "demandwatch-lambda.zip"

_PROBE = (
    "import time, importlib; t = time.perf_counter(); importlib.import_module({module!r}); "
    "print(time.perf_counter() - t)"
)


@dataclass(frozen=True)
class ColdSizes:
    runs: int = 5


def handler_modules() -> list[str]:
    return sorted(
        f"demandwatch.handlers.{p.stem}"
        for p in HANDLERS.glob("*.py")
        if not p.stem.startswith("_")
    )


def import_seconds(module: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module=module)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"importing {module} failed: {done.stderr.strip()[-500:]}")
    return float(done.stdout.strip().splitlines()[-1])


def run(sizes: ColdSizes, log: Callable[[str], object] = print) -> list[Figure]:
    figures = []
    modules = handler_modules()
    timings: dict[str, float] = {}
    errors: dict[str, str] = {}
    samples: dict[str, list[float]] = {m: [] for m in [*modules, "boto3"]}
    # Round-robin, so that a busy moment on the machine hits every module alike.
    for _ in range(sizes.runs):
        for module in samples:
            if module in errors:
                continue
            try:
                samples[module].append(import_seconds(module))
            except RuntimeError as exc:
                errors[module] = str(exc)
    for module in modules:
        if samples[module]:
            timings[module.rsplit(".", 1)[-1]] = median(samples[module]) * 1000
    boto3_ms = median(samples["boto3"]) * 1000 if samples["boto3"] else None
    if timings:
        slowest = max(timings, key=lambda k: timings[k])
        value: float | None = timings[slowest]
        note = (
            "slowest handler: "
            + slowest
            + "; "
            + ", ".join(f"{k} {v:.0f} ms" for k, v in sorted(timings.items()))
        )
    else:
        value, note = None, "no handler module found"
    if errors:
        note += "; import failed: " + "; ".join(f"{k}: {v[:200]}" for k, v in errors.items())
    log(f"  cold_start: {note}")
    figures.append(
        Figure(
            "cold_start",
            value,
            "ms import",
            baseline=boto3_ms,
            baseline_label="a fresh interpreter importing boto3 alone",
            better="lower",
            target="<= 300 ms per handler",
            met=None if value is None else value <= 300 and not errors,
            runs=sizes.runs,
            note=note,
            extra={"handlers_ms": timings, "errors": errors},
        )
    )
    figures.append(artifact_figure())
    return figures


def artifact_figure() -> Figure:
    if not ARTIFACT.exists():
        return Figure(
            "artifact_size",
            None,
            "MB zipped",
            target="<= 15 MB",
            met=None,
            note="not built (make build makes build/demandwatch-lambda.zip)",
        )
    size = ARTIFACT.stat().st_size / 1_000_000
    with zipfile.ZipFile(ARTIFACT) as archive:
        by_top: Counter[str] = Counter()
        for info in archive.infolist():
            by_top[info.filename.split("/", 1)[0]] += info.compress_size
    largest = ", ".join(f"{name} {n / 1_000_000:.1f}" for name, n in by_top.most_common(5))
    return Figure(
        "artifact_size",
        size,
        "MB zipped",
        target="<= 15 MB",
        met=size <= 15,
        note=f"{ARTIFACT.relative_to(ROOT)}; largest parts (MB compressed): {largest}",
        extra={"largest_mb": {k: v / 1_000_000 for k, v in by_top.most_common(8)}},
    )
