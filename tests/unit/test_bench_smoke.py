"""The benchmark machinery runs end to end on tiny sizes (no figure is judged here).

`python -m bench --smoke` starts the local feed server, polls it with demandwatch and with
the serial bot, matches, replays and imports the handlers, and must write every figure.
The benchmark itself refuses to report a poll figure unless every source ended each
stage as intended (new items, 304, identical body), so a zero exit is meaningful.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIGURES = {
    "poll_200",
    "poll_200_all_new",
    "poll_200_unchanged",
    "poll_200_unchanged_body",
    "memory",
    "match_6",
    "match_1000",
    "story_cost",
    "e2e_replay",
    "cold_start",
    "artifact_size",
}


@pytest.mark.integration
def test_smoke_run_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    table = tmp_path / "table.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--out", str(out), "--markdown", str(table)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text())
    assert set(results) == FIGURES
    for name, figure in results.items():
        assert {"value", "unit", "baseline", "ratio", "target", "met"} <= set(figure), name
    for name in FIGURES - {"artifact_size"}:
        assert results[name]["value"] is not None, name
    for name in ("poll_200", "poll_200_unchanged", "match_6", "match_1000", "e2e_replay"):
        figure = results[name]
        assert figure["baseline"] > 0, name
        assert figure["ratio"] == pytest.approx(figure["value"] / figure["baseline"], rel=0.01)
    assert results["match_6"]["matched_share"] > 0  # the corpus really reaches the demands
    assert results["story_cost"]["alerts"] == [20, 120]
    assert results["story_cost"]["scored_per_alert"][1] > 0  # items were compared with stories
    assert "| `poll_200` |" in table.read_text()
    assert "× better" in done.stdout


def test_unknown_suite_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--only", "nonsense"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "unknown suite" in done.stderr
