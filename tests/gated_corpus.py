"""The texts and rules the gate tests read (tests/unit/test_gated.py, test_event_gates.py
and their corpus modules, test_gated_every_text_*.py and test_event_gates_every_text_*.py).

Every rule over every text is the heaviest check of the suite (some 1,600 of CI's ~8,600
worker-seconds in session 50) and grows with every labelled part. Under pytest-xdist's
``--dist loadfile`` a module runs whole on one worker, so each such check is cut into
``PARTS`` parts (``part(texts, i)``), half of them in each of two modules: the two workers
share it, and a module of many parts is handed out among the first (xdist hands out the
modules with the most tests first), not last, where one big module left a worker idle.
The parts together read every text once, as the one test read them.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

from demandwatch.core import events
from demandwatch.core.gated import Gated
from demandwatch.core.text import fold

EVAL_DIR = Path(__file__).resolve().parent / "eval"

# Parts of an every-text check, and of them each corpus module's share (PARTS // 2).
PARTS = 32
PER_MODULE = PARTS // 2

T = TypeVar("T")


def part(items: Sequence[T], index: int) -> Sequence[T]:
    """Part ``index`` of ``PARTS``: every PARTS-th item from the index-th (the parts are
    alike in size and in kind: the files' items are interleaved)."""
    return items[index::PARTS]


@cache
def tuning_texts() -> tuple[str, ...]:
    """Each evaluation item's folded headline and summary, joined (the set-aside parts
    left out), and 400 new mixes of their words."""
    texts: list[str] = []
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                title, summary = fold(item.get("title", "")), fold(item.get("summary", ""))
                texts.append(f"{title} {summary}")
    rng = random.Random(31)
    words = [w for text in texts for w in text.split()]
    for _ in range(400):
        start = rng.randrange(len(words))
        texts.append(" ".join(words[start : start + rng.randint(2, 60)] + rng.sample(words, 8)))
    return tuple(texts)


@cache
def labelled_pairs() -> tuple[tuple[str, str], ...]:
    """Every labelled item's headline and summary, folded, the set-aside parts among them;
    read when a test first asks, not at collection (under xdist every worker collects
    every module, and only the ones running these checks need them)."""
    pairs: list[tuple[str, str]] = []
    for path in sorted(EVAL_DIR.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                pairs.append((fold(item.get("title", "")), fold(item.get("summary", ""))))
    return tuple(pairs)


@cache
def labelled_texts() -> tuple[str, ...]:
    """Every distinct text of ``labelled_pairs``: the titles, the summaries, and each pair
    joined, in that order."""
    pairs = labelled_pairs()
    return tuple(
        dict.fromkeys([t for pair in pairs for t in pair] + [f"{a} {b}" for a, b in pairs])
    )


def gated_rules() -> list[Gated]:
    """Every gated rule of the event classifier: the module's rules, its cues and the
    speakers' roles."""
    rules = [g for g in vars(events).values() if isinstance(g, Gated)]
    rules += [cue for cues in events._COMPILED.values() for cue, _, _ in cues]
    rules += [rule for _, _, rule in events._ROLE_PATTERNS]
    return rules


def check_gated_against_bare(index: int) -> None:
    """Part ``index`` of the tuning texts (see ``part``): every rule's gated search and
    finditer give its bare pattern's answers, match for match (span and groups)."""
    from demandwatch.core import gated

    texts = tuning_texts()
    assert len(texts) > 1000
    rules = gated_rules()
    for rule in rules:
        rule.pattern  # noqa: B018 (compiled, so that leading strings are read below)
    # The alternatives path and the places path are exercised.
    assert len([r for r in rules if r.pattern and r._branches]) > 40
    assert len([r for r in rules if gated.leading_strings(r.source) is not None]) > 40
    searched = found = 0
    for text in part(texts, index):  # text by text, as an item's rules read it
        for rule in rules:
            # (the gated search first: the rule's first reading of this text)
            gated_first = rule.search(text)
            bare = [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]
            # The bare search is the first match the bare finditer yields (both scan from
            # the start of the text): re is asked once, not twice.
            assert (bare[0] if bare else None) == (
                gated_first and (gated_first.span(), gated_first.groups())
            ), (rule.source, text)
            assert [(m.span(), m.groups()) for m in rule.finditer(text)] == bare, (
                rule.source,
                text,
            )
            searched += bool(bare)
            found += len(bare)
    # (each part's share of what the whole reads: the parts together meet the bounds)
    assert searched * PARTS > 1000
    assert found * PARTS > 1000


def check_required_sets(index: int) -> None:
    """Part ``index`` of every distinct labelled text: every match of every gated event
    rule contains a string of each of its required sets, and the gated search finds what
    the bare pattern finds.

    Text by text, as an item's rules read it: which gate strings a text holds is then
    found once for all the rules (gated.present keeps the answer for a recent text). The
    bare pattern runs once a text: its search is the first match its finditer yields
    (both scan from the start of the text)."""
    texts = labelled_texts()
    gated_events = [g for g in vars(events).values() if isinstance(g, events._Gated)]
    assert len(gated_events) > 15
    rules = [(rule, rule.pattern, rule.gates) for rule in gated_events]
    checked = 0
    for text in part(texts, index):
        for rule, pattern, gates in rules:
            bare = None
            for m in pattern.finditer(text):
                checked += 1
                bare = bare or m
                for gate in gates:
                    assert any(s in m.group(0) for s in gate), (pattern.pattern, m.group(0))
            # The gated search finds what the bare pattern finds.
            found = rule.search(text)
            assert (bare and bare.span()) == (found and found.span()), (pattern.pattern, text)
    assert checked * PARTS > 500
