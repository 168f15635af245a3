"""The tally rules that open on what the regex engine cannot skip to (a boundary, a
lookbehind) are searched only in text holding a part every match holds (core.events:
``_dashed``, ``_votes_to``). The gates exist for speed and must never change a result:
over every labelled item, evaluation and set-aside alike, each gated search gives the bare
pattern's match. Only counts are compared and reported, never an item."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from demandwatch.core import events
from demandwatch.core.prepared import prepare

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"


@cache
def _labelled_texts() -> list[str]:
    """Every labelled item's headline and text as the classifier reads them (folded); read
    when a test first asks, not at collection (~3 s CPU: under xdist every worker collects
    every module, and only the one running this module needs them)."""
    texts = []
    for path in sorted(EVAL_DIR.glob("*.jsonl")) + sorted(EVAL_DIR.glob("setaside/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                item = prepare(row.get("title", ""), row.get("summary") or "", row.get("lang"))
                texts.append(events.joined(item.title, ". ", item.text))
    return texts


def _found(match: re.Match[str] | None) -> object:
    return match and (match.span(), match.groups())


@pytest.mark.parametrize(
    ("gated", "bare", "least"),
    [
        (events._dashed, events._DASHED, 40),
        (events._votes_to, events._VOTES_TO, 40),
    ],
)
def test_a_gated_tally_search_is_the_bare_search_on_every_labelled_item(
    gated: Callable[[str], re.Match[str] | None], bare: re.Pattern[str], least: int
) -> None:
    texts = _labelled_texts()
    assert len(texts) > 9000  # every labelled set, the set-aside ones included
    differing = sum(1 for text in texts if _found(gated(text)) != _found(bare.search(text)))
    matched = sum(1 for text in texts if bare.search(text) is not None)
    assert differing == 0
    assert matched >= least  # the gate is tested on items the pattern matches


@pytest.mark.parametrize(
    ("gated", "text"),
    [
        (events._dashed, "the draft was adopted 13-0-2 on tuesday"),
        (events._dashed, "the measure passed by a vote of 12 - 3"),
        (events._votes_to, "the council voted 11 to 2, with 2 abstentions"),
        (events._votes_to, "the vote was thirteen votes to two"),
    ],
)
def test_a_tally_with_its_counts_is_still_found(
    gated: Callable[[str], re.Match[str] | None], text: str
) -> None:
    assert gated(text) is not None


@pytest.mark.parametrize(
    ("gated", "text"),
    [
        (events._dashed, "update 10000-29: the draft vote was put off"),
        (events._votes_to, "the council voted to extend the mission"),
    ],
)
def test_text_without_the_counts_is_not_searched_and_has_no_tally(
    gated: Callable[[str], re.Match[str] | None], text: str
) -> None:
    assert gated(text) is None
