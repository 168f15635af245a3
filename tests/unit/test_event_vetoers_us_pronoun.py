"""Who vetoed: "us" the pronoun is never the United States (session 44, w4; last session's
review). Folding lowers "US" into "us", and every member rule read folded "us" as the United
States, so Russia's envoy saying the draft "was vetoed by us" named the United States among
the vetoers, and "joined by us" added it to a list. As written, only "US" in capitals (or
"U.S.") is the member; "us" and "Us" are the pronoun, in a text that names the United States
elsewhere too."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify, extract_actors
from demandwatch.core.prepared import prepare
from demandwatch.core.text import fold

PUBLISHED = datetime(2026, 12, 5, 18, tzinfo=UTC)


def _vetoers(title: str, text: str = "") -> set[str]:
    return set(vetoed_by(classify(title, text, published=PUBLISHED)))


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Russia vetoes Syria aid draft",
            "Russia vetoed the draft on Tuesday. 'It was vetoed by us because it was "
            "politicised,' Ambassador Vassily Nebenzia said.",
            {"Russian Federation"},
        ),
        (
            "Russia, China veto Syria truce text",
            "Russia and China vetoed the draft on Monday. 'The text was blocked by us and our "
            "Chinese partners for good reason,' the Russian envoy told reporters.",
            {"China", "Russian Federation"},
        ),
        (
            "Russia vetoes Aleppo draft, says West 'Left Us No Choice'",
            "Russia vetoed the French draft on Saturday, saying the sponsors had left us no "
            "choice.",
            {"Russian Federation"},
        ),
        (
            "Moscow vetoes US-drafted Syria resolution",
            "Russia vetoed the US-drafted text on Tuesday. 'It was vetoed by us, and the US "
            "knows why,' the Russian envoy said.",
            {"Russian Federation"},
        ),
    ],
)
def test_the_pronoun_us_names_no_vetoer(title: str, text: str, expected: set[str]) -> None:
    assert _vetoers(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("US vetoes Gaza ceasefire draft", "The draft was vetoed by the US on Tuesday."),
        ("Gaza draft vetoed by US", "The Security Council text was vetoed by US on Friday."),
        ("U.S. vetoes Gaza draft", "The draft was vetoed by the U.S. on Wednesday."),
        # (a headline set all in capitals: "US" there may be either, and stays the member)
        ("US VETOES GAZA CEASEFIRE DRAFT", ""),
    ],
)
def test_us_in_capitals_is_still_the_united_states(title: str, text: str) -> None:
    assert _vetoers(title, text) == {"United States"}


def test_extract_actors_reads_the_pronoun_apart_too() -> None:
    text = "Russia vetoed the draft. 'It was vetoed by us,' the Russian envoy said."
    assert {a.name for a in extract_actors(text)} == {"Russian Federation"}
    assert {a.name for a in extract_actors("The draft was vetoed by US envoys.")} == {
        "United States"
    }


def test_prepared_keeps_the_text_as_written() -> None:
    item = prepare("Vetoed by US", "It was vetoed by us.")
    assert (item.title, item.written_title) == ("vetoed by us", "Vetoed by US")
    assert item.written_text == "It was vetoed by us."


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Vetoed by US", "It was vetoed by us, and the US knows why."),
        ("Russia Says West 'Left Us No Choice'", "'They left us no choice,' he said of the U.S."),
        ("Für uns: US-Veto", "Ein Veto, sagte er, gegen us und die USA; naïve us."),
        ("us", "US"),
        ("Thus must focus", "A bus, a campus, a status: no us."),
    ],
)
def test_prepare_sets_the_pronoun_apart_once(title: str, text: str) -> None:
    """prepare folds once and keeps the folding with the pronoun set apart, which is what
    folding the text as written with the pronoun marked gives (session 45: classification
    refolded the text)."""
    item = prepare(title, text)
    pronoun = re.compile(r"(?<![\w.])(?:us|Us|uS)(?!\w)")
    for folded, written, marked in (
        (item.title, item.written_title, item.event_title),
        (item.text, item.written_text, item.event_text),
    ):
        member_only = re.search(r"u(?<![\w.]u)s(?!\w)", folded) is None
        expected = folded if member_only else fold(pronoun.sub("us_", written))
        assert marked == expected
        if marked == folded:
            assert marked is folded  # nothing copied where there is no pronoun
