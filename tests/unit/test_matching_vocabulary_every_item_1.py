"""The indexed matcher's fast path on every labelled item, half of them (the other half:
test_matching_vocabulary_every_item_2): it gives what evaluating every demand on the
whole document gives. Cut into parts (tests/vocabulary_corpus.py) so that two workers share
what was test_matching_vocabulary's heaviest test. Only counts are compared."""

from __future__ import annotations

import pytest

from gated_corpus import PARTS
from vocabulary_corpus import check_fast_path


@pytest.mark.parametrize("index", range(0, PARTS, 2))
def test_the_fast_path_matches_as_every_demand_on_every_word_on_every_labelled_item(
    index: int,
) -> None:
    check_fast_path(index)
