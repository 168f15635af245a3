"""Cue gates: a cue is searched only in text holding one of the strings its pattern requires.

The gates exist for speed and must never change a result. These tests check the string
sets read off patterns, that every match of every cue contains one of its gate's strings,
and that gated and ungated cue scores agree on every evaluation item and on shuffled mixes
of their words.
"""

from __future__ import annotations

import json
import random
import re
from functools import cache
from pathlib import Path

import pytest

from demandwatch.core import events
from demandwatch.core.events import _COMPILED, _cue_scores, required_literals, required_sets
from demandwatch.core.language import detect
from demandwatch.core.text import fold, tokens

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"


@cache
def _eval_texts() -> list[tuple[str, str]]:
    """Every labelled item's headline and summary, folded; read when a test first asks, not
    at collection (under xdist every worker collects every module, and only the one running
    this module needs them)."""
    pairs: list[tuple[str, str]] = []
    for path in sorted(EVAL_DIR.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                pairs.append((fold(item.get("title", "")), fold(item.get("summary", ""))))
    return pairs


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bvetoe[sd]\b", {"vetoe"}),
        (r"\bfails? to adopt\b", {" to adopt"}),
        (r"\b(?:vetan|vetaron|vetado)\b", {"veta"}),  # the parser factors the prefix out
        (r"\b(?:sitzung|debatte)\b", {"sitzung", "debatte"}),
        (r"\bbrief(?:s|ed|ing)\b", {"brief"}),
        (r"\b(?:legt\w*|eingelegt)\b.{0,30}\bvetos\b", {"vetos"}),
        (r"ab\w+cdef", {"cdef"}),  # the most selective (longest) run is kept
        (r"x(?:abc)+", {"abc"}),
        (r"заседани\w*|брифинг\w*", {"заседани", "брифинг"}),
    ],
)
def test_required_literals_read_off_the_pattern(pattern: str, expected: set[str]) -> None:
    assert required_literals(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b\w+ veto\b|\w+",  # one branch requires nothing
        r"(?:veto)?\w+",  # an optional group requires nothing
        r"(?:veto){0,2}",
        r"(?i)veto",  # a case-blind literal matches other spellings
        r"(?i:veto)s?",
        r"[a-z]+",
        r"",
    ],
)
def test_no_gate_when_nothing_is_required(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_gate_rejects_text_that_lacks_its_strings_and_passes_text_that_has_them() -> None:
    gate = required_literals(r"\b(?:cast|used) (?:a |its )?veto")
    assert gate is not None
    assert not any(s in "the council met on syria" for s in gate)
    assert any(s in "russia cast its veto" for s in gate)


def test_every_cue_has_a_gate() -> None:
    # Not a correctness property, but an ungated cue silently costs a full search.
    ungated = [p.pattern for cues in _COMPILED.values() for p, _, gate in cues if gate is None]
    assert ungated == []


def test_every_match_of_every_cue_contains_a_gate_string() -> None:
    checked = 0
    for cues in _COMPILED.values():
        for pattern, _, gate in cues:
            assert gate is not None
            for title, text in _eval_texts():
                for folded in (title, text):
                    for m in pattern.pattern.finditer(folded):
                        checked += 1
                        assert any(s in m.group(0) for s in gate), (pattern.pattern, m.group(0))
    assert checked > 500  # the evaluation items exercise the cues


def test_required_sets_are_each_met_by_every_match() -> None:
    assert required_sets(r"\b(?:expected|due) to (?:vote|adopt)") == (
        frozenset({"expected", "due"}),
        frozenset({" to "}),
        frozenset({"vote", "adopt"}),
    )
    gated = [g for g in vars(events).values() if isinstance(g, events._Gated)]
    assert len(gated) > 15
    # Every rule over every distinct text (titles, summaries, and each pair joined). Text by
    # text, as an item's rules read it: which gate strings a text holds is then found once
    # for all the rules (gated.present keeps the answer for a recent text), where rule by
    # rule it was found again for each of ~230 rules, two thirds of this test's time. The
    # bare pattern runs once a text: its search is the first match its finditer yields (both
    # scan from the start of the text). Same rules, texts, matches and assertions as before.
    texts = list(
        dict.fromkeys(
            [t for pair in _eval_texts() for t in pair] + [f"{a} {b}" for a, b in _eval_texts()]
        )
    )
    rules = [(rule, rule.pattern, rule.gates) for rule in gated]
    checked = 0
    for text in texts:
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
    assert checked > 500


def _scores_agree(title: str, text: str) -> None:
    language = detect(tokens(f"{title}. {text}"))
    gated = _cue_scores(language, title, text)
    assert gated == _cue_scores(language, title, text, gated=False), (title, text)


def test_gated_scores_equal_ungated_on_every_eval_item() -> None:
    assert len(_eval_texts()) > 400
    for title, text in _eval_texts():
        _scores_agree(title, text)


def test_gated_scores_equal_ungated_on_shuffled_word_mixes() -> None:
    # New combinations of the eval items' own words and punctuation, across languages.
    rng = random.Random(13)
    words = [w for title, text in _eval_texts() for w in re.findall(r"\S+", f"{title} {text}")]
    for _ in range(400):
        start = rng.randrange(len(words))
        run = words[start : start + rng.randint(3, 40)]
        mixed = rng.sample(words, rng.randint(0, 25))
        title = " ".join(run[: rng.randint(1, len(run))])
        _scores_agree(title, " ".join(run + mixed))
