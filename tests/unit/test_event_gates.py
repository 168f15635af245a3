"""Cue gates: a cue is searched only in text holding one of the strings its pattern requires.

The gates exist for speed and must never change a result. These tests check the string
sets read off patterns, that every match of every cue contains one of its gate's strings,
and that gated and ungated cue scores agree on every evaluation item and on shuffled mixes
of their words.
"""

from __future__ import annotations

import random
import re

import pytest

from demandwatch.core.events import _COMPILED, _cue_scores, required_literals, required_sets
from demandwatch.core.language import detect
from demandwatch.core.text import tokens
from gated_corpus import labelled_pairs


def _eval_texts() -> tuple[tuple[str, str], ...]:
    """Every labelled item's headline and summary, folded (tests/gated_corpus.py), read at
    first use."""
    return labelled_pairs()


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


def test_required_sets_read_off_a_pattern() -> None:
    # (That every match of every gated rule meets its sets, on every labelled text: the
    # modules test_event_gates_every_text_1 and _2, which two workers share.)
    assert required_sets(r"\b(?:expected|due) to (?:vote|adopt)") == (
        frozenset({"expected", "due"}),
        frozenset({" to "}),
        frozenset({"vote", "adopt"}),
    )


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
