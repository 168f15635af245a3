"""Session 31's English event class (issue 11, en-events-s31), from a count of validation
11-29's English misses by cue (counts only): vetoes read `other` with no veto cue at all.

- A member casting, using, wielding or exercising its veto with an ordinal, a file, "U.N."
  or "Council" between the verb and the noun ("Russia casts fifth Syria veto", "Moscow
  wields U.N. veto again", "casts another Security Council veto") is the veto, with who
  vetoed read from the subject; so is the plural's present ("Russia, China use their
  vetoes"). Not a count of vetoes ("which has cast 16 Syria vetoes"), nor a veto asked about
  ("Will Russia cast another Syria veto?"), a question on history ("When did Britain last
  use its veto?") or a vow ("says it will use its Syria veto").
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = ["China", "Russian Federation"]
RUSSIA = ["Russian Federation"]


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        ("Russia casts fifth Syria veto over Aleppo air strikes", "", RUSSIA),
        ("Moscow wields U.N. veto again to halt Syria aid mandate", "", RUSSIA),
        (
            "Russia casts another Security Council veto on chemical weapons investigators",
            "The compromise to extend the inquiry for a month drew twelve votes in favour.",
            RUSSIA,
        ),
        (
            "Russia and China cast joint Syria veto on Idlib truce",
            "Twelve members backed the text, and one abstained.",
            CHINA_RUSSIA,
        ),
        (
            "Russia, China use their vetoes on Syria aid crossings",
            "Thirteen members voted to keep the crossings open.",
            CHINA_RUSSIA,
        ),
        (
            "Border aid lapses after Council vote",
            "Russia cast its lone Council veto on Tuesday against an extension backed by thirteen"
            " members.",
            RUSSIA,
        ),
    ],
)
def test_member_casting_its_qualified_veto_is_the_veto(
    title: str, text: str, vetoed: list[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert sorted(event.vetoers) == vetoed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia, which has cast 16 Syria vetoes, takes over Council presidency",
            "Moscow plans an open debate on the Gulf.",
        ),
        (
            "Will Russia cast another Syria veto? What to watch at Friday's vote",
            "The Council votes on Friday on the text to extend the crossing for a year.",
        ),
        ("When did Britain last use its veto? A look back", ""),
        (
            "Russia says it will use its Syria veto again on Idlib text",
            "Diplomats said Moscow objects to the draft, which is still being negotiated.",
        ),
    ],
)
def test_veto_counted_asked_about_or_vowed_is_not_a_veto(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"
