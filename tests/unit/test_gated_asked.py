"""Gated rules on the very texts the classifier asks them about: the bare pattern's answers.

test_gated compares every rule with its bare pattern on the evaluation items' headline and
summary as they are. Classifying an item asks its rules about texts made from them: the
lede after its dateline, the headline joined to the first sentences, a sentence, a text
with negated vetoes or dated history written out, a tally's part. Here the tuning items
are classified with every rule's questions and answers recorded, as the classifier read
them (a kept answer, a joined text's strings read off its parts' and the junction): each
answer of ``search`` and ``finditer`` must be the bare pattern's on that text, and
``admits`` may say no only where the pattern cannot match. Speed only:
the gates, the alternatives searched apart and the places a rule is tried at must never
change a reading.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from demandwatch.core import events
from demandwatch.core.gated import Gated

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"


def _items() -> Iterator[tuple[str, str, datetime | None]]:
    # (the tuning files only: the set-aside parts are in folders of their own)
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                published = item.get("published")
                yield (
                    item.get("title", ""),
                    item.get("summary", ""),
                    datetime.fromisoformat(published.replace("Z", "+00:00")) if published else None,
                )


# Each rule asked, by how it was asked ("search", "finditer" or "admits"), with each text
# it was asked about and what it answered there, as the classifier read it (every answer:
# one text answered two ways is a fault too).
_Asked = dict[tuple[int, str], tuple[Gated, set[tuple[str, object]]]]


def _read(match: re.Match[str] | None) -> object:
    return match and (match.span(), match.groups())


def _asked(monkeypatch: pytest.MonkeyPatch) -> _Asked:
    """The rules' questions while classifying every tuning item, and their answers."""
    asked: _Asked = {}
    search, finditer, admits = Gated.search, Gated.finditer, Gated.admits

    def record(rule: Gated, how: str, text: str, answer: object) -> None:
        asked.setdefault((id(rule), how), (rule, set()))[1].add((text, answer))

    def searched(rule: Gated, text: str) -> re.Match[str] | None:
        found = search(rule, text)
        record(rule, "search", text, _read(found))
        return found

    def listed(rule: Gated, text: str) -> Iterator[re.Match[str]]:
        # (all of them, read as the classifier asked: the rules are pure)
        found = list(finditer(rule, text))
        record(rule, "finditer", text, tuple(_read(m) for m in found))
        return iter(found)

    def admitted(rule: Gated, text: str) -> bool:
        answer = admits(rule, text)
        record(rule, "admits", text, answer)
        return answer

    with monkeypatch.context() as patched:
        patched.setattr(Gated, "search", searched)
        patched.setattr(Gated, "finditer", listed)
        patched.setattr(Gated, "admits", admitted)
        for title, summary, published in _items():
            events.classify(title, summary, published=published)
    return asked


def test_every_rule_answered_what_it_was_asked_as_its_bare_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (the answers as given during the items' classification: a kept answer, a joined
    # text's strings read off its parts, are what the rules read)
    asked = _asked(monkeypatch)
    # (some 500 rules, over some 850,000 texts made from the 7,600 tuning items)
    assert len({id(rule) for rule, _ in asked.values()}) > 400
    assert sum(len(answers) for _, answers in asked.values()) > 500_000
    matched = 0
    for (_, how), (rule, answers) in asked.items():
        bare = rule.pattern
        for text, answer in answers:
            if how == "search":
                assert answer == _read(bare.search(text)), (rule.source[:80], text)
                matched += answer is not None
            elif how == "finditer":
                expected = tuple(_read(m) for m in bare.finditer(text))
                assert answer == expected, (rule.source[:80], text)
                matched += bool(answer)
            elif not answer:  # (a gate says no only where the pattern cannot match)
                assert bare.search(text) is None, (rule.source[:80], text)
    assert matched > 30_000
