"""Required string sets on every labelled text, half of them (the other half:
test_event_gates_every_text_2): every match of every gated event rule contains a string
of each of its sets, and its gated search finds what the bare pattern finds. Cut into parts
(tests/gated_corpus.py) so that two workers share what was test_event_gates' heaviest test."""

from __future__ import annotations

import pytest

from gated_corpus import PARTS, check_required_sets


@pytest.mark.parametrize("index", range(0, PARTS, 2))
def test_required_sets_are_each_met_by_every_match(index: int) -> None:
    check_required_sets(index)
