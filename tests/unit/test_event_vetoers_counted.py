"""Who vetoed, when the second permanent member's veto is told by its count alone after the
first member's, its noun left out: "Russia's ninth veto on Syria, and China's fourth",
"China for the third", "Beijing its fifth", "the eighth for China", "a sixth Chinese one",
"China joins for the ninth time", "China's too" (session 43, en-who-43).

Written after en-who-43 was committed with its first reading, from validation 11-41's counts
(of 16 English vetoes read with a member missing, 15 count the veto by an ordinal); the
sentences are the engineer's own. The count closes its clause: a noun after it is another
count (an abstention, a text, another file's veto); an aside ("Britain, for the second,
abstains") is not the member's count; the part is the vote told last before it, so a count
after an abstention is one more abstention; an elected member counted vetoes nothing.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = ["China", "Russian Federation"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia's ninth Syria veto, and China's fourth",
            "The draft on a truce in the east of the country won 11 votes.",
        ),
        (
            "Eleventh Russian veto on Syria \u2014 China's seventh",
            "The text on aid crossings failed on Friday.",
        ),
        (
            "Russia vetoes a Syria resolution for the fifth time; China for the third",
            "Twelve members voted in favour of the draft.",
        ),
        (
            "Russia blocks UN text on Syria truce",
            "Moscow used its eighth veto on Syria on Tuesday, Beijing its fifth. The draft had "
            "eleven votes in favour.",
        ),
        (
            "Russia's 12th veto on Syria, the eighth for China",
            "The Security Council draft on Idlib fell on Thursday.",
        ),
        (
            "A tenth Russian veto on Syria, and a sixth Chinese one",
            "The text on the crossings failed despite 13 votes in favour.",
        ),
        (
            "Russia casts its 14th Syria veto as China joins for the ninth time",
            "The aid draft fell with 13 votes in favour.",
        ),
        (
            "Russian veto on Syria truce text, and China's too",
            "Eleven members supported the draft.",
        ),
    ],
)
def test_a_member_counted_after_a_veto_vetoed_too(title: str, text: str) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert sorted(event.vetoers) == CHINA_RUSSIA


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        # another count after the member: an abstention, another file's veto recalled
        (
            "Russia's sixth Syria veto, China's third abstention",
            "The draft won 11 votes; Venezuela voted against.",
            ["Russian Federation"],
        ),
        (
            "US vetoes Gaza text, its 45th veto; Russia's 13th on Syria came in September",
            "Fourteen members backed the draft on the city.",
            ["United States"],
        ),
        # an aside, not the member's count
        (
            "US vetoes Gaza truce call for the second time; Britain, for the first, abstains",
            "Thirteen members voted for the draft.",
            ["United States"],
        ),
        # a count after an abstention is one more abstention
        (
            "Russia vetoes Syria text; China abstains, its second",
            "The draft had 12 votes in favour.",
            ["Russian Federation"],
        ),
        (
            "Russia vetoes Syria gas text as China abstains for the third time",
            "Eleven members voted in favour.",
            ["Russian Federation"],
        ),
        # an elected member's no, counted, vetoes nothing
        (
            "Russia's tenth Syria veto; Bolivia for the second",
            "The text renewing the inquiry got 11 votes.",
            ["Russian Federation"],
        ),
    ],
)
def test_a_count_that_is_not_a_veto_adds_no_vetoer(
    title: str, text: str, vetoers: list[str]
) -> None:
    event = classify(title, text)
    assert sorted(event.vetoers) == vetoers


def test_no_veto_told_no_member_counted() -> None:
    """With no veto read, a member's count names no vetoer ("China's 14th five-year plan")."""
    event = classify(
        "China's 14th, Russia's second: plans on Syria reconstruction aid",
        "Both governments said they would fund reconstruction.",
    )
    assert event.vetoers == frozenset()
