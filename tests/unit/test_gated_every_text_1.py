"""Gated rules on every tuning text, half of them (the other half: test_gated_every_text_2):
each rule's gated search and finditer give its bare pattern's answers, match for match.
Cut into parts (tests/gated_corpus.py) so that two workers share what was test_gated's
heaviest pair of tests."""

from __future__ import annotations

import pytest

from gated_corpus import PARTS, check_gated_against_bare


@pytest.mark.parametrize("index", range(0, PARTS, 2))
def test_gated_search_and_finditer_are_the_bare_ones_for_every_rule(index: int) -> None:
    check_gated_against_bare(index)
