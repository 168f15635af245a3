"""Fit the learned opinion on demands (core.learned.DemandModel) and write the shipped file.

    PYTHONPATH=functions python tools/train_demands.py fit [OUT]
    PYTHONPATH=functions python tools/train_demands.py check   (does fit rewrite the shipped bytes?)

One logistic regression per demand of the shipped campaign (an item may meet several), over
the event model's features (core.learned.features), fitted to the same labelled items as
the event model: the tuning files and the set-aside parts up to SETASIDE_TRAINED_THROUGH
(tools/train_events.py says why). The parts after it are the validation the queries and
the model are measured on (tests/eval/LEARNED.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from train_events import (
    MIN_DF,
    ROOT,
    SEED,
    TUNING,
    build_vocabulary,
    check,
    inputs_digest,
    labelled,
    matrix,
    training_files,
)

from demandwatch.core.learned import FEATURE_VERSION, DemandModel, features
from demandwatch.core.prepared import prepare

# The shipped campaign's demands, in its order (the model knows a demand by its id).
DEMANDS = (
    "stop-veto-obstruction",
    "arms-embargo",
    "asset-freeze",
    "icc-referral",
    "monitor-access",
    "accountability-investigations",
)
# Session 44, fitted through part 34 on the labelled files as they stand (session 43's
# relabelling in: an investigating team's access carries accountability) and read on the
# held-out parts 35-42 by the production path (the veto guard and the English doubt rule
# in): C=32, session 43's choice, now alerts a busy-week negative the session 37 file did
# not at every pruning from 1.0 to 1.25; C=16 reads less than the session 37 file; C=24
# reads more in English, the other languages and busy weeks (tests/eval/LEARNED.md,
# "Session 44"). Session 50 (w1), fitted through part 40 and read on the held-out parts
# 41-48 (busy weeks 41-49) with the accountability guard (learned.headline_alone_stands):
# C=24 at 1.0 is the one fit of C=24, 32 and 48 at 0.9 to 1.4 that alerts no validation
# negative the shipped file does not (every other alerts an English statement of parts
# 11-40 as the veto demand, the class of session 45's unlanded guard; C=32 also the S-300
# taken out of Syria, tuning; LEARNED.md, "Session 50").
C = 24.0
# Weights smaller than this are left out of the shipped file, for the Lambda artifact's
# 10 MB bound and the memory the loaded weights hold (memory_10k's bound is 100 MB, 98.7
# read at session 43's bench). Session 44: 1.2 keeps 10,766 features (85 KB; the session
# 37 file 10,364, 82 KB), and the loaded weights hold what the session 37 file's did
# (+0.04 MB); 1.0 reads more on 35-42 (15,138 features, +0.6 MB: past 10,922 features
# the weights' table doubles) and 1.15 alerts the busy-week negative. Session 50: 1.0 keeps
# 16,535 features (131 KB); both models loaded hold 6.07 -> 6.77 MB (tracemalloc); 1.1 and
# 0.9 each alert an English statement of parts 11-40 as the veto demand.
PRUNE = 1.0
DIGITS = 2
OUT = ROOT / "functions" / "demandwatch" / "models" / "demand_model.json.gz"
# The set-aside parts the shipped demand file was fitted through (sessions 43 and 44: the
# event model's cut, 34). Session 48 moved the event model's cut to 40; the demand file
# followed in session 50 (it is never past the event model's: test_learned_demands).
SETASIDE_TRAINED_THROUGH = 40


def load_items(
    root: Path = TUNING, through: int = SETASIDE_TRAINED_THROUGH
) -> list[tuple[str, str, frozenset[str]]]:
    """Every item labelled with its demands, once: (title, summary, demands)."""
    return [
        (raw["title"], raw.get("summary") or "", frozenset(demands))
        for _, raw, demands in labelled("demands", root, through)
    ]


def items_digest(items: list[tuple[str, str, frozenset[str]]]) -> str:
    """train_events.inputs_digest of the demand model's training items (their demands in
    order)."""
    return inputs_digest((title, summary, *sorted(wanted)) for title, summary, wanted in items)


def fit(items: list[tuple[str, str, frozenset[str]]], prune: float = PRUNE) -> DemandModel:
    found = [features(prepare(title, summary)) for title, summary, _ in items]
    vocabulary = build_vocabulary(found)
    x = matrix(found, vocabulary)
    intercepts: list[float] = []
    weights: dict[str, list[tuple[int, float]]] = {}
    for index, demand in enumerate(DEMANDS):
        labels = np.array([demand in wanted for _, _, wanted in items])
        model = LogisticRegression(C=C, max_iter=3000, random_state=SEED).fit(x, labels)
        intercepts.append(round(float(model.intercept_[0]), DIGITS))
        for feature, column in vocabulary.items():
            weight = float(model.coef_[0, column])
            if abs(weight) >= prune:
                weights.setdefault(feature, []).append((index, round(weight, DIGITS)))
    return DemandModel(DEMANDS, tuple(intercepts), weights)


def file_payload(
    model: DemandModel, items: list[tuple[str, str, frozenset[str]]]
) -> dict[str, Any]:
    """The shipped file's content for ``model`` fitted on ``items``."""
    scale = 10**DIGITS
    return {
        "feature_version": FEATURE_VERSION,
        "demands": list(model.demands),
        "intercepts": list(model.intercepts),
        "training": {
            "items": len(items),
            "files": len(training_files(through=SETASIDE_TRAINED_THROUGH)),
            "setaside_trained_through": SETASIDE_TRAINED_THROUGH,
            "C": C,
            "min_df": MIN_DF,
            "prune": PRUNE,
            "digits": DIGITS,
            "kept": len(model.weights),
            "seed": SEED,
            "inputs_sha256": items_digest(items),
        },
        # Flat [demand, weight * scale, ...] integers, as the event model's file.
        "scale": scale,
        "weights": {
            f: [x for k, w in model.weights[f] for x in (k, round(w * scale))]
            for f in sorted(model.weights)
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    fitp = sub.add_parser("fit")
    fitp.add_argument("out", type=Path, nargs="?", default=OUT)
    sub.add_parser("check")
    args = parser.parse_args(argv)
    items = load_items()
    if args.cmd == "check":
        return check(OUT, items_digest(items), lambda out: main(["fit", str(out)]))
    model = fit(items)
    payload = file_payload(model, items)
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))  # mtime=0: same bytes
    print(f"{args.out}: {args.out.stat().st_size} bytes, {len(model.weights)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
