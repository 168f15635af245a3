"""Cross-validate a learned second opinion on an item's demands (issue 11, session 21: measured,
not shipped; see tests/eval/LEARNED.md).

One-vs-rest logistic regression per demand over the event model's features
(core.learned.features), ten folds grouped by the tuning file an item first appears in
(tests/eval/*.jsonl, never setaside/), beside the shipped rules. Policies scored: the model
adds a demand at p >= t only to an item the rules alert on (V1), or to one whose campaign
context the rules find (V2). Needs the ``train`` extra.

usage: PYTHONPATH=functions python tools/cv_demands.py [C]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from train_events import build_vocabulary, matrix, tuning_files

from demandwatch import bootstrap
from demandwatch.cli import _load, load_labelled
from demandwatch.config import Settings
from demandwatch.core.evaluation import LabelledItem
from demandwatch.core.learned import features
from demandwatch.core.prepared import prepare
from demandwatch.core.query import Document

Prediction = list[set[str]]


def macro(ids: Sequence[str], want: Sequence[frozenset[str]], got: Prediction) -> tuple[float, ...]:
    """Macro-F1, precision and recall over ``ids``."""
    f1s, ps, rs = [], [], []
    for d in ids:
        tp = sum(1 for w, g in zip(want, got, strict=True) if d in g and d in w)
        fp = sum(1 for w, g in zip(want, got, strict=True) if d in g and d not in w)
        fn = sum(1 for w, g in zip(want, got, strict=True) if d not in g and d in w)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        ps.append(p)
        rs.append(r)
    return sum(f1s) / len(ids), sum(ps) / len(ids), sum(rs) / len(ids)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    c = float(args[0]) if args else 32.0
    config = _load(argparse.Namespace(config=None), Settings.from_env({}))
    ids = [d.id for d in config.demands]
    matcher = bootstrap.build_matcher(config, "off")  # the queries alone, against the model
    items: list[LabelledItem] = []
    files: list[str] = []
    seen: set[str] = set()
    for path in tuning_files():
        for item in load_labelled(path, ids):
            if item.id not in seen:
                seen.add(item.id)
                items.append(item)
                files.append(path.name)
    rules: list[set[str]] = []
    context: list[dict[str, bool]] = []
    found: list[list[str]] = []
    for item in items:
        prepared = prepare(item.title, item.summary)
        rules.append({m.demand_id for m in matcher.match_prepared(prepared)})
        words = frozenset(prepared.title_words).union(prepared.text_words)
        doc = Document.of(prepared, words, None)
        context.append(
            {
                e.demand.id: e.context is None or e.context.evaluate(doc).matched
                for e in matcher.demands
            }
        )
        found.append(features(prepared))
    labels = np.array([[d in i.expected_demands for d in ids] for i in items], dtype=int)
    probs = np.zeros(labels.shape)
    for train, test in GroupKFold(n_splits=10).split(found, labels, files):
        vocabulary = build_vocabulary([found[i] for i in train])
        x_train = matrix([found[i] for i in train], vocabulary)
        x_test = matrix([found[i] for i in test], vocabulary)
        for k in range(len(ids)):
            if labels[train, k].sum():
                model = LogisticRegression(C=c, max_iter=2000).fit(x_train, labels[train, k])
                probs[test, k] = model.predict_proba(x_test)[:, 1]
    policies: dict[str, Callable[[int], set[str]]] = {"rules": lambda i: rules[i]}
    for t in (0.5, 0.7, 0.9):
        sure = [
            {d for d, p in zip(ids, probs[i], strict=True) if p >= t} for i in range(len(items))
        ]
        policies[f"V1 alerted, t={t}"] = lambda i, s=sure: rules[i] | (s[i] if rules[i] else set())
        policies[f"V2 context, t={t}"] = lambda i, s=sure: (
            rules[i] | {d for d in s[i] if context[i][d]}
        )
    subsets: dict[str, Callable[[int], bool]] = {
        "all": lambda i: True,
        "en": lambda i: items[i].language == "en",
        "other languages": lambda i: items[i].language != "en",
        "busy files": lambda i: "busy" in files[i],
    }
    for subset, chosen in subsets.items():
        keep = [i for i in range(len(items)) if chosen(i)]
        want = [items[i].expected_demands for i in keep]
        negatives = [i for i in keep if not items[i].expected_demands]
        print(f"== {subset} ({len(keep)} items, {len(negatives)} negatives)")
        for name, policy in policies.items():
            got = [policy(i) for i in keep]
            f1, p, r = macro(ids, want, got)
            alerted = sum(1 for i in negatives if policy(i))
            print(f"{name:22} macro-F1 {f1:.3f} P {p:.3f} R {r:.3f} negatives alerted {alerted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
