"""The fast path of the indexed matcher on every labelled item (see
tests/unit/test_matching_vocabulary.py), and the pipeline's shared preparation on every
evaluation item (tests/unit/test_prepared.py), cut into parts as tests/gated_corpus.py cuts
the gate checks: the modules test_matching_vocabulary_every_item_1 and _2, and
test_prepared_every_item_1 and _2, hold half the parts each, so that two workers share what
was each module's one heavy test. Only counts are compared and reported, never an item."""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache

from demandwatch.bootstrap import build_matcher
from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.events import classify, classify_prepared
from demandwatch.core.matching import Matcher
from demandwatch.core.prepared import prepare
from gated_corpus import EVAL_DIR, PARTS, part


@cache
def labelled_rows() -> tuple[tuple[str, str, str | None], ...]:
    """Every labelled item's title, summary and stated language, evaluation and set-aside."""
    rows = []
    for path in sorted(EVAL_DIR.glob("*.jsonl")) + sorted(EVAL_DIR.glob("setaside/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append((row.get("title", ""), row.get("summary") or "", row.get("lang")))
    return tuple(rows)


@cache
def matchers() -> tuple[Matcher, Matcher]:
    """The shipped demands, indexed (the fast path) and evaluating every demand on the
    whole document."""
    config = load_config(SHIPPED_CONFIG_DIR)
    pairs = [(d, c.context) for c in config.campaigns for d in c.demands]
    return Matcher(pairs, prefilter=True), Matcher(pairs, prefilter=False)


def check_fast_path(index: int) -> None:
    """Part ``index``: the indexed matcher gives what evaluating every demand on every word
    gives, active demands only and all."""
    fast, full = matchers()
    rows = labelled_rows()
    assert len(rows) > 9000  # every labelled set, the set-aside ones included
    differing = matched = 0
    for title, text, language in part(rows, index):
        prepared = prepare(title, text, language)
        for active_only in (True, False):
            expected = full.match_prepared(prepared, active_only=active_only)
            differing += fast.match_prepared(prepared, active_only=active_only) != expected
            matched += bool(expected)
    assert differing == 0
    # (each part's share: the items really do match, wildcards and phrases among them)
    assert matched * PARTS > 5000


@cache
def tuning_rows() -> tuple[dict[str, str], ...]:
    """Every evaluation item (the set-aside parts left out), as its file writes it."""
    return tuple(
        json.loads(line)
        for path in sorted(EVAL_DIR.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )


@cache
def shipped_matcher() -> Matcher:
    """The shipped campaign's matcher, as the pipeline builds it."""
    return build_matcher(load_config(SHIPPED_CONFIG_DIR))


def check_shared_preparation(index: int) -> None:
    """Part ``index`` of the evaluation items: the pipeline's one preparation of an item
    gives what matching and classifying apart give (see tests/unit/test_prepared.py)."""
    matcher = shipped_matcher()
    rows = tuning_rows()
    assert len(rows) > 400
    matched = 0
    for row in part(rows, index):
        title, text = row["title"], row.get("summary") or ""
        published = datetime.fromisoformat(row["published"].replace("Z", "+00:00"))
        item = prepare(title, text)
        found = matcher.match_prepared(item, active_only=True)
        assert found == matcher.match(title, text, active_only=True)
        assert classify_prepared(item, published=published) == classify(
            title, text, published=published
        )
        matched += bool(found)
    assert matched * PARTS > 100
