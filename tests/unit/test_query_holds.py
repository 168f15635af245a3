"""``Node.holds`` (under NOT, only whether a node holds is read) answers what ``evaluate``
does, for every subquery of the shipped demands and their context, on labelled items."""

from __future__ import annotations

import json
from pathlib import Path

from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.query import And, Document, Near, Not, Or, Shared, compile_query, share
from query_support import subqueries

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"


def test_holds_is_evaluate_matched_for_every_subquery() -> None:
    config = load_config(SHIPPED_CONFIG_DIR)
    queries = [d.query for c in config.campaigns for d in c.demands]
    queries += [c.context for c in config.campaigns if c.context]
    # As the matcher holds them: subqueries the demands share are one node, read once.
    nodes = [n for q in share([compile_query(q) for q in queries]) for n in subqueries(q.root)]
    assert sum(isinstance(n, Shared) for n in nodes) > 50
    assert sum(isinstance(n, Or | And | Not | Near) for n in nodes) > 500
    items = []
    for path in (
        sorted(EVAL_DIR.glob("en-demands-*.jsonl"))[:3] + sorted(EVAL_DIR.glob("multi*.jsonl"))[:1]
    ):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                items.append((item.get("title", ""), item.get("summary", "")))
    assert len(items) > 100
    held = 0
    for title, text in items:
        # (one document asked holds first, one evaluate first: a shared node keeps either)
        asked, evaluated = Document(title, text), Document(title, text)
        for node in nodes:
            holds = node.holds(asked)
            expected = node.evaluate(evaluated).matched
            assert holds is expected, (node, title)
            assert node.holds(evaluated) is expected
            held += expected and isinstance(node, Or | And | Not | Near)
    assert held > 1000
