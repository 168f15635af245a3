"""Compiling the event rules stays small: no rule is compiled as one pattern longer than
the bound, and the first classification of a veto needs little memory beyond what it keeps.

The rules compile at their first use, which in a poll comes while the feeds' bodies are
held: a transient there adds to the poll's peak memory. The member-name rules are long
alternations (the names are written into every alternative), and compiling one whole cost
about 10 MB for a moment. Each alternative of such a rule is now compiled alone (see
``core.gated.WHOLE_AT_MOST``). Run in a fresh interpreter, so that no other test has
compiled a rule whole first.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Longer than any single alternative of the rules (about 5,000 characters), far shorter
# than a member-name rule written whole (36,000 and 89,000).
LONGEST = 8_000
# What the first classification of a veto may add to the process's peak memory (the rules
# it reaches, compiled, and the moment of compiling each): about 2 MB now, 11 MB with the
# member-name rules compiled whole.
FIRST_USE_MB = 6.0

_SCRIPT = r"""
import gc, json, re, sys
from datetime import datetime
from pathlib import Path
from demandwatch.core.events import classify

def peak_kb():
    # This process's own peak (ru_maxrss would carry the parent's over exec).
    status = Path("/proc/self/status").read_text()
    return int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1])

# (the peak so far is the memory after import: nothing has been freed yet)
before = peak_kb()
veto = classify(
    "Rusia y China vetan la resolución sobre Siria",
    "Con su doble veto, Rusia y China bloquearon el texto; solo Rusia y China votaron a favor "
    "de su propuesta. Russia and China vetoed the draft, the veto of Russia the fifth.",
)
after = peak_kb()
# Every rule any evaluation item reaches (the set-aside part is never read).
for path in sorted(Path(sys.argv[1]).glob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            classify(item.get("title", ""), item.get("summary", ""))
longest = max(
    (o for o in gc.get_objects() if isinstance(o, re.Pattern) and isinstance(o.pattern, str)),
    key=lambda o: len(o.pattern),
)
print(json.dumps({
    "type": veto.type,
    "actors": sorted(a.name for a in veto.actors),
    "first_use_kb": after - before,
    "longest": len(longest.pattern),
    "longest_head": longest.pattern[:60],
}))
"""


@pytest.mark.skipif(
    sys.platform != "linux", reason="peak memory read from /proc, as Linux reports it"
)
def test_no_rule_is_compiled_whole_past_the_bound() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(ROOT / "tests" / "eval")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    # The first item reached the member-name veto rules (it names who vetoed).
    assert found["type"] == "veto"
    assert found["actors"] == ["China", "Russian Federation"]
    assert found["longest"] <= LONGEST, found["longest_head"]
    assert found["first_use_kb"] < FIRST_USE_MB * 1024, found["first_use_kb"]
