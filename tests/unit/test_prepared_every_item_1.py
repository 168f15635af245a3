"""The pipeline's shared preparation on every evaluation item, half of them (the other half:
test_prepared_every_item_2): matching and classifying the one preparation give what
matching and classifying apart give. Cut into parts (tests/vocabulary_corpus.py) so that two
workers share what was test_prepared's heaviest test."""

from __future__ import annotations

import pytest

from gated_corpus import PARTS
from vocabulary_corpus import check_shared_preparation


@pytest.mark.parametrize("index", range(0, PARTS, 2))
def test_the_pipeline_s_shared_preparation_gives_what_matching_and_classifying_apart_give(
    index: int,
) -> None:
    check_shared_preparation(index)
