"""The days of the news a background piece may name (core.background.TODAY_WORDS): one
list that both its readers build on, the event rules (core.events) and the Council's
failed-vote fact (core.council), so neither's word for today drifts from the other's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.background import TODAY_WORDS
from demandwatch.core.council import recounts_past_vote
from demandwatch.core.events import classify
from demandwatch.core.models import Item

_PUBLISHED = datetime(2026, 11, 5, 15, 0, tzinfo=UTC)
_TITLE = "FACTBOX-Security Council vote on Syria aid draft"


def _lede(day: str) -> str:
    said = f" {day}" if day else ""
    return f"The Security Council voted{said} on a draft resolution on aid to Syria, which failed."


def _item(text: str) -> Item:
    return Item("wire", "k", "https://example.org/k", _TITLE, text, _PUBLISHED, _PUBLISHED)


def test_a_background_piece_naming_no_day_is_the_record_to_both_readers() -> None:
    text = _lede("")
    assert classify(_TITLE, text, published=_PUBLISHED).type == "other"
    assert recounts_past_vote(_item(text))


@pytest.mark.parametrize("day", TODAY_WORDS)
def test_a_background_piece_naming_a_day_of_the_news_is_news_to_both_readers(day: str) -> None:
    text = _lede(day)
    assert classify(_TITLE, text, published=_PUBLISHED).type != "other"
    assert not recounts_past_vote(_item(text))
