"""Classification reads an item's headline and lede, not the whole of a long article.

What the item reports is stated at its top; a long article's later paragraphs recount
background (an earlier veto, a past vote), which must neither change the event nor cost
time in proportion to the article's length.
"""

from __future__ import annotations

from datetime import UTC, datetime

from demandwatch.core.events import EVENT_TEXT_CHARS, classify
from demandwatch.core.text import clip

LEDE = (
    "The Security Council on Thursday unanimously adopted resolution 2642 (2022), "
    "extending the cross-border aid mechanism into north-west Syria for six months."
)
BACKGROUND = (
    "Diplomats recalled the long negotiations over the mechanism and the earlier years "
    "in which the crossings were debated at length in New York. "
)
# A past veto, with its tally and the members who cast it: history, not this item's news.
HISTORY = (
    "Russia vetoed an earlier draft on 8 July by a vote of 13 in favour to 1 against "
    "(Russian Federation), with 1 abstention (China)."
)


def long_article(tail: str) -> str:
    filler = BACKGROUND * (EVENT_TEXT_CHARS // len(BACKGROUND) + 5)
    return f"{LEDE} {filler}{tail}"


def test_a_veto_recounted_deep_in_a_long_article_does_not_make_it_a_veto() -> None:
    title = "Security Council extends Syria cross-border aid for six months"
    published = datetime(2022, 7, 12, 18, 0, tzinfo=UTC)
    event = classify(title, long_article(HISTORY), published=published)
    assert event.type == "resolution_adopted"
    assert event.vote is None
    assert event.actors == ()
    # The same history in the lede is read: the bound is what changes the result.
    near = classify(title, f"{LEDE} {HISTORY}", published=published)
    assert near.vote is not None
    assert near.vote.in_favour == 13


def test_text_past_the_bound_changes_nothing() -> None:
    title = "Council members discuss Syria"
    first = classify(title, long_article(HISTORY))
    second = classify(title, long_article("Nothing else happened. " * 2000))
    assert first == second == classify(title, clip(long_article(""), EVENT_TEXT_CHARS))


def test_clip_cuts_at_a_space_and_keeps_short_text() -> None:
    assert clip("a few words", 100) == "a few words"
    text = "word " * 100
    cut = clip(text, 52)
    assert len(cut) <= 52
    assert cut.endswith("word")
    assert text.startswith(cut)
    assert clip("x" * 300, 100) == "x" * 100  # no space to cut at: cut at the bound
