"""The fault soak, shortened for every test run (``make soak`` runs at least 500 cycles).

It runs as its own process: each cycle forks a ``demandwatch run --once`` that may be
SIGKILLed, against local feeds and the Slack stand-in that fail at random (tests/soak.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

SOAK = Path(__file__).resolve().parents[1] / "soak.py"


def test_a_short_fault_soak_loses_and_repeats_nothing() -> None:
    done = subprocess.run(
        [sys.executable, str(SOAK), "--cycles", "100", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.stdout, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    # The soak exercised what it claims to: items, kills and faults of both kinds.
    assert result["cycles"] == 100
    assert result["items_generated"] >= 20
    assert result["killed"] >= 5
    assert result["feed_faults"] >= 5
    assert result["slack_faults"] >= 5
    counts = {
        k: result[k]
        for k in ("lost", "duplicated", "stories_with_two_top_level_messages", "tracebacks")
    }
    assert counts == dict.fromkeys(counts, 0), result
    assert result["delivered_exactly_once"] == result["items_generated"], result
    assert done.returncode == 0, done.stderr
